"""Cash-flow app: move the payment terms of a big order and see when the cash runs out.

A furniture tenant's year (:func:`ikm_kit.costing.cashflow.tenant_year`: regular sales with a
Ramadan peak, rent, a helper, the owner's drawings) plus one big order (school desks).  The
participant moves the order's month, down payment and payment delay; the app shows the lowest
cash, the months below zero, whether the workshop rent can be paid in the chosen month, and a
chart.  Everything computed by :mod:`ikm_kit.costing.cashflow`.

    >>> app = CashFlowApp()
    >>> app.plan.months_below_zero
    [6, 7, 8]
"""
from __future__ import annotations

import html

import ipywidgets as widgets

from ikm_kit import formats
from ikm_kit.costing.cashflow import CashPlan, tenant_year
from ikm_kit.figures.cashflow import cash_flow_figure
from ikm_kit.i18n import t
from ikm_kit.widgets.common import BaseApp, guarded, kpi_card
from ikm_kit.widgets.plot import PlotView


class CashFlowApp(BaseApp):
    """Interactive cash plan of a tenant's year with one big order paid late."""

    title_key = "cashflow.app.title"

    def __init__(self, *, order_value_rp: float = 40_000_000, order_month: int = 6, down_payment_pct: float = 0,
                 payment_delay_months: int = 2, opening_cash_rp: float = 3_000_000) -> None:
        super().__init__()
        self._loading = True
        self.plan: CashPlan | None = None
        slider = dict(continuous_update=False, style={"description_width": "20em"},
                      layout=widgets.Layout(width="100%", max_width="40em"))
        self.order_value = widgets.IntSlider(min=0, max=100_000_000, step=1_000_000, value=int(order_value_rp),
                                             readout=False, **slider)
        self.order_value_out = widgets.HTML()
        self.order_month = widgets.IntSlider(min=1, max=12, value=int(order_month), **slider)
        self.down_payment = widgets.IntSlider(min=0, max=100, step=10, value=int(down_payment_pct), **slider)
        self.delay = widgets.IntSlider(min=0, max=6, value=int(payment_delay_months), **slider)
        self.opening = widgets.IntSlider(min=0, max=30_000_000, step=500_000, value=int(opening_cash_rp),
                                         readout=False, **slider)
        self.opening_out = widgets.HTML()
        self.rent_month = widgets.IntSlider(min=1, max=12, value=int(order_month), **slider)
        self.kpis = widgets.HTML()
        self.note = widgets.HTML()
        self.figure = PlotView()
        for w in (self.order_value, self.order_month, self.down_payment, self.delay, self.opening, self.rent_month):
            w.observe(self._on_change, names="value")
        row = lambda a, b: widgets.HBox([a, b], layout=widgets.Layout(flex_flow="row wrap", align_items="center"))  # noqa: E731
        self.set_body([
            row(self.order_value, self.order_value_out), self.order_month, self.down_payment, self.delay,
            row(self.opening, self.opening_out), self.rent_month, self.kpis, self.note, self.figure,
        ])
        self._apply_texts()
        self._loading = False
        self._safe_refresh()

    def _apply_texts(self) -> None:
        self.order_value.description = t("cashflow.field.order_value")
        self.order_month.description = t("cashflow.field.order_month")
        self.down_payment.description = t("cashflow.field.down_payment_pct")
        self.delay.description = t("cashflow.field.payment_delay_months")
        self.opening.description = t("cashflow.field.opening_cash")
        self.rent_month.description = t("cashflow.app.rent_month")
        self.figure.apply_texts()

    @guarded
    def _on_change(self, change: dict) -> None:
        self.refresh()

    def _safe_refresh(self) -> None:
        guarded(lambda self: self.refresh())(self)

    def current_plan(self) -> CashPlan:
        """The plan for the current slider values."""
        return tenant_year(order_value_rp=self.order_value.value, order_month=self.order_month.value,
                           down_payment_pct=self.down_payment.value,
                           payment_delay_months=self.delay.value, opening_cash_rp=self.opening.value)

    def refresh(self) -> None:
        if self._loading:
            return
        plan = self.current_plan()
        self.plan = plan
        rp = formats.rupiah
        self.order_value_out.value = f"<b>{rp(self.order_value.value)}</b>"
        self.opening_out.value = f"<b>{rp(self.opening.value)}</b>"
        below = plan.months_below_zero
        month = self.rent_month.value
        rent_ok = plan.can_pay(t("cashflow.rent"), month)
        cards = [
            kpi_card(t("cashflow.app.kpi_lowest"), rp(plan.lowest_cash),
                     t("cashflow.app.kpi_lowest_note", month=plan.lowest_month)),
            kpi_card(t("cashflow.app.kpi_below"), ", ".join(map(str, below)) if below else "–",
                     t("cashflow.app.kpi_below_note") if below else t("cashflow.app.kpi_never_below")),
            kpi_card(t("cashflow.app.kpi_rent", month=month),
                     t("cashflow.app.rent_yes") if rent_ok else t("cashflow.app.rent_no"),
                     t("cashflow.app.rent_yes_note") if rent_ok else t("cashflow.app.rent_no_note")),
        ]
        self.kpis.value = "".join(cards)
        self.note.value = f'<p style="max-width:60em">{html.escape(plan.interpretation())}</p>'
        self.figure.show_figure(cash_flow_figure(plan, highlight_month=month if not rent_ok else None))


__all__ = ["CashFlowApp"]
