"""Tariff figures and TariffApp: built from the results, react to controls, never raise to the viewer."""
import math

import pytest

from ikm_kit.figures.tariffs import (budget_figure, rent_occupancy_figure, tariff_components_figure,
                                     tariff_curve_figure)
from ikm_kit.i18n import get_language, set_language
from ikm_kit.operations import (machine_assumptions, machine_tariff, rent_assumptions, sentra_budget, tariff_curve,
                                workshop_rent)


@pytest.fixture(autouse=True)
def _keep_language():
    before = get_language()
    yield
    set_language(before)


def test_components_bar_stacks_to_the_cost_and_marks_the_fee():
    with_dep = machine_tariff("MSN-M01", **machine_assumptions("MSN-M01"))
    without = machine_tariff("MSN-M01", **{**machine_assumptions("MSN-M01"), "salvage_pct": 100})
    fig = tariff_components_figure([with_dep, without], labels=["dengan penyusutan", "tanpa penyusutan"])
    bars = [d for d in fig.data if d.type == "bar"]
    assert [d.name for d in bars] == ["Penyusutan", "Pemeliharaan", "Listrik", "Operator", "Biaya umum"]
    assert sum(d.y[0] for d in bars) == pytest.approx(with_dep.cost_per_hour)
    assert sum(d.y[1] for d in bars) == pytest.approx(without.cost_per_hour)
    assert bars[0].y[1] == 0  # salvage 100 % = no replacement fund
    fee = [d for d in fig.data if d.name == "Tarif sekarang"][0]
    assert list(fee.y) == [15_000, 15_000]


def test_curve_figure_lines():
    r = machine_tariff("MSN-M02", **machine_assumptions("MSN-M02"), subsidy_pct=30)
    kw = {k: v for k, v in machine_assumptions("MSN-M02").items() if k != "used_hours_per_year"}
    curve = tariff_curve("MSN-M02", subsidy_pct=30, **kw)
    fig = tariff_curve_figure(curve, used_hours=r.used_hours_per_year, break_even=r.break_even_hours())
    names = [d.name for d in fig.data]
    assert "Biaya per jam" in names and "Tarif sesudah subsidi" in names and "Tarif sekarang" in names
    assert len(fig.layout.shapes) == 2  # today's use and the break-even hours
    assert fig.layout.yaxis.range[0] == 0


def test_rent_and_budget_figures():
    w = workshop_rent(**rent_assumptions("mebel"))
    fig = rent_occupancy_figure(w, market_rp_per_month=833_333)
    assert fig.data[0].y[0] > fig.data[0].y[-1]  # rent falls as occupancy rises
    b = sentra_budget("mebel", 2023)
    fig = budget_figure(b)
    rev = sum(d.y[0] for d in fig.data if d.type == "bar" and d.x[0] == "Penerimaan daerah")
    assert rev == pytest.approx(b.revenue_rp)
    cost = sum(d.y[0] for d in fig.data if d.type == "bar" and d.x[0] == "Biaya UPTD")
    assert cost == pytest.approx(b.operating_cost_rp)


def test_tariff_app_reacts_and_shows_errors_in_indonesian():
    from ikm_kit.widgets import TariffApp

    app = TariffApp("MSN-M02")
    base = machine_tariff("MSN-M02", **machine_assumptions("MSN-M02"))
    assert app.result.cost_per_hour == pytest.approx(base.cost_per_hour, rel=1e-3)
    assert "Rp" in app.kpis.value and "titik impas" in app.kpis.value
    before = app.result.cost_per_hour
    app.hours.value = app.hours.value * 2
    assert app.result.cost_per_hour < before
    app.subsidy.value = 40
    assert app.result.tariff_per_hour == pytest.approx(app.result.cost_per_hour * 0.6)
    app.depreciation.value = False
    assert app.result.components["depreciation"] == 0
    app.machine.value = "MSN-M01"
    assert app.result.machine_id == "MSN-M01" and app.message.value == ""
    assert len(app.bar.data) >= 5 and len(app.curve.data) >= 2
    app.price.value = 2500
    app.hours.value = 50
    assert math.isfinite(app.result.cost_per_hour)
    app.language_toggle.value = "en"
    assert "hours of use" in app.sentence.value
    app.machine.value = "MSN-P04"  # the freezer has no bookings: starts from a quarter of its hours
    assert app.message.value == "" and app.result.machine_id == "MSN-P04"


def test_rent_panel_and_budget_line():
    from ikm_kit.operations import sentra_budget
    from ikm_kit.widgets.tariffs import TariffRentPanel, budget_line_html

    panel = TariffRentPanel("mebel", 0.275)
    assert panel.message.value == "" and "27,5 %" in panel.rent.value
    panel.set_sentra("pangan", 0.0)              # nobody in yet: a message, not an error
    assert "Belum ada unit terisi" in panel.rent.value and panel.tariffs.machine.value == "MSN-P01"
    html = budget_line_html(2023)
    b = sentra_budget("pangan", 2023)
    from ikm_kit.formats import rupiah
    assert rupiah(b.revenue_rp) in html and rupiah(b.subsidy_needed_rp) in html
    assert "surplus operasional" in html          # mebel 2023 covers its operating costs (assumptions U)
    assert budget_line_html(2019) == ""          # no data: nothing shown
