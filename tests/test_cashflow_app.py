"""Tenant's-year scenario, the cash-flow figure and CashFlowApp (issue 16)."""
from __future__ import annotations

import pytest

from ikm_kit.costing.cashflow import cash_plan, tenant_year
from ikm_kit.errors import InputError
from ikm_kit.figures.cashflow import cash_flow_figure


def test_tenant_year_hand_calculation():
    p = tenant_year()     # order Rp40 jt in month 6, no down payment, paid 2 months after delivery
    # regular month: sales 14.000.000 − materials 40 % 5.600.000 − rent 833.333 − helper (UMK 2026)
    # 3.516.070,42 − owner's drawings 3.516.070,42 = +534.526,16
    # Ramadan months 2–3: sales 21.000.000 − 8.400.000 − 833.333 − 2 × 3.516.070,42 = +4.734.526,16
    regular, ramadan = 534_526.16, 4_734_526.16
    t = p.table.set_index("month")
    assert t.loc[1, "closing_cash"] == pytest.approx(3_000_000 + regular)
    # month 6: + the order's materials 45 % × 40.000.000 = 18.000.000 paid, nothing received yet
    m6 = 3_000_000 + 4 * regular + 2 * ramadan - 18_000_000
    assert m6 == pytest.approx(-3_392_843.04)
    assert t.loc[6, "closing_cash"] == pytest.approx(m6)
    # delivered in month 7, paid 2 months later: month 9 receives 40.000.000
    assert t.loc[9, "cash_in"] == pytest.approx(14_000_000 + 40_000_000)
    assert t.loc[9, "closing_cash"] == pytest.approx(m6 + 3 * regular + 40_000_000)
    assert p.months_below_zero == [6, 7, 8]
    assert t.loc[8, "receivables"] == pytest.approx(40_000_000)
    assert not p.can_pay("Sewa workshop", 6) and p.can_pay("Sewa workshop", 5)
    # a 30 % down payment (12.000.000 in month 6) keeps the cash above zero all year
    assert tenant_year(down_payment_pct=30).months_below_zero == []
    with pytest.raises(InputError, match="Uang muka"):
        tenant_year(down_payment_pct=120)
    with pytest.raises(InputError):
        tenant_year(order_month=13)


def test_plans_add_up():
    a = cash_plan(1_000, 2, sales=[100, 100], payments={"Sewa": 50})
    b = cash_plan(0, 2, sales=[0, 300], collection={1: 1.0}, purchases=[20, 0])
    c = a + b
    assert c.table["closing_cash"].tolist() == pytest.approx([1_000 + 50 - 20, 1_030 + 50])
    assert c.table["receivables"].tolist() == pytest.approx([0, 300])
    assert list(c.payment_names) == ["Sewa"]
    with pytest.raises(InputError, match="sama"):
        a + cash_plan(0, 3, sales=1)


def test_cash_flow_figure():
    p = tenant_year()
    fig = cash_flow_figure(p, highlight_month=6)
    bar_in, bar_out, line = fig.data
    assert list(bar_in.y) == pytest.approx(p.table["cash_in"].tolist())
    assert list(bar_out.y) == pytest.approx((-p.table["cash_out"]).tolist())
    assert list(line.y) == pytest.approx(p.table["closing_cash"].tolist())
    red = [c for c, v in zip(line.marker.color, line.y) if v < 0]
    assert len(red) == 3 and set(red) == {"#D55E00"}
    assert fig.layout.title.text.startswith("Kas masuk")
    with pytest.raises(InputError):
        cash_flow_figure("bukan rencana")


def test_cash_flow_app_moves_payment_terms():
    from ikm_kit.widgets import CashFlowApp

    app = CashFlowApp()
    assert app.plan.months_below_zero == [6, 7, 8]
    assert "TIDAK bisa dibayar" in app.kpis.value          # rent month defaults to the order month (6)
    app.down_payment.value = 30
    assert app.plan.months_below_zero == [] and "bisa dibayar" in app.kpis.value
    assert "TIDAK" not in app.kpis.value
    app.down_payment.value = 0
    app.delay.value = 4
    assert app.plan.months_below_zero == [6, 7, 8, 9, 10]
    assert app.plan.table["closing_cash"].tolist() == pytest.approx(
        tenant_year(payment_delay_months=4).table["closing_cash"].tolist())
    app.rent_month.value = 11
    assert "bisa dibayar" in app.kpis.value and "TIDAK" not in app.kpis.value
    assert app.figure.spec        # a chart was sent
    app.language_toggle.value = "en"
    try:
        assert "Cash runs out" in app.note.value and "can be paid" in app.kpis.value
    finally:
        app.language_toggle.value = "id"
    assert app.message.value == ""
