"""TariffApp: the cost-recovery tariff of a shared machine, with sliders (Day 5, dashboards).

    >>> from ikm_kit.widgets.tariffs import TariffApp
    >>> app = TariffApp("MSN-M02")
    >>> app.result.machine_id
    'MSN-M02'
"""
from __future__ import annotations

import html
import math

import ipywidgets as widgets

from ikm_kit import formats
from ikm_kit.figures.tariffs import tariff_components_figure, tariff_curve_figure
from ikm_kit.i18n import t
from ikm_kit.operations.tariffs import (available_hours_per_year, machine_assumptions, machine_tariff,
                                        tariff_curve)
from ikm_kit.widgets.common import BaseApp, guarded, kpi_card
from ikm_kit.widgets.plot import PlotView


def _machines():
    from ikm_kit import data

    return data.load("machines")


class TariffApp(BaseApp):
    """Pick a machine; move used hours, electricity price, operator wage and subsidy; see the cost per hour.

    Shows the components as a stacked bar (with today's fee), the cost curve
    against used hours with the break-even hours, and one sentence.  Starting
    values come from the shipped data (:func:`~ikm_kit.operations.machine_assumptions`).
    ``sentra`` limits the machine list (``"mebel"``/``"pangan"``, default all).
    """

    title_key = "tariffs.app.title"

    def __init__(self, machine_id: str = "MSN-M01", *, sentra: str | None = None, year: int = 2023) -> None:
        super().__init__()
        self.year = year
        m = _machines()
        if sentra is not None:
            m = m[m["sentra"] == sentra]
        self._rows = {str(r["machine_id"]): r for _, r in m.iterrows()}
        if machine_id not in self._rows:
            machine_id = next(iter(self._rows))
        wide = widgets.Layout(width="auto", max_width="36em")
        style = {"description_width": "13em"}
        self.machine = widgets.Dropdown(options=[(f"{k} {r['name']}", k) for k, r in self._rows.items()],
                                        value=machine_id, layout=wide, style=style)
        self.hours = widgets.IntSlider(min=50, max=8760, step=10, continuous_update=False, layout=wide, style=style)
        self.price = widgets.FloatSlider(min=300, max=2500, step=10, continuous_update=False, layout=wide,
                                         style=style, readout_format=".0f")
        self.operator = widgets.IntSlider(min=0, max=60_000_000, step=50_000, continuous_update=False,
                                          layout=wide, style=style)
        self.subsidy = widgets.IntSlider(min=0, max=90, step=5, continuous_update=False, layout=wide, style=style)
        self.depreciation = widgets.Checkbox(value=True, indent=False)
        self.kpis = widgets.HTML()
        self.sentence = widgets.HTML()
        self.assumptions = widgets.HTML()
        self.bar = PlotView()
        self.curve = PlotView()
        self._loading = False
        self.machine.observe(self._on_machine, names="value")
        for w in (self.hours, self.price, self.operator, self.subsidy, self.depreciation):
            w.observe(self._on_change, names="value")
        self._apply_texts()
        controls = widgets.VBox([self.machine, self.hours, self.price, self.operator, self.subsidy, self.depreciation])
        self.set_body([controls, self.kpis, self.sentence, self.bar, self.curve, self.assumptions])
        self._load_machine(machine_id)

    # ------------------------------------------------------------------ texts
    def _apply_texts(self) -> None:
        self.machine.description = t("tariffs.app.machine")
        self.hours.description = t("tariffs.app.hours")
        self.price.description = t("tariffs.app.electricity")
        self.operator.description = t("tariffs.app.operator")
        self.subsidy.description = t("tariffs.app.subsidy")
        self.depreciation.description = t("tariffs.app.depreciation")

    # ------------------------------------------------------------------ events
    def _load_machine(self, machine_id: str) -> None:
        self._loading = True
        try:
            try:
                a = machine_assumptions(machine_id, self.year)
            except Exception:  # noqa: BLE001 - no bookings: start from a quarter of the opening hours
                a = machine_assumptions("MSN-M02", self.year)
                a["used_hours_per_year"] = 0.25 * available_hours_per_year(machine_id)
                a["operator_rp_per_year"] = 0.0
            self._base = a
            top = int(min(8760, max(available_hours_per_year(machine_id), a["used_hours_per_year"])))
            self.hours.max = max(top, 100)
            self.hours.value = int(round(min(a["used_hours_per_year"], self.hours.max)))
            self.price.value = a["electricity_rp_per_kwh"]
            self.operator.value = int(round(a["operator_rp_per_year"] / 50_000) * 50_000)
        finally:
            self._loading = False
        self.refresh()

    @guarded
    def _on_machine(self, change: dict) -> None:
        self._load_machine(change["new"])

    @guarded
    def _on_change(self, change: dict) -> None:
        if not self._loading:
            self.refresh()

    def _kwargs(self) -> dict:
        a = self._base
        return dict(electricity_rp_per_kwh=self.price.value, operator_rp_per_year=self.operator.value,
                    maintenance_pct=a["maintenance_pct"],
                    salvage_pct=a["salvage_pct"] if self.depreciation.value else 100.0,
                    load_factor=a["load_factor"], subsidy_pct=self.subsidy.value)

    def refresh(self) -> None:
        mid = self.machine.value
        kw = self._kwargs()
        r = machine_tariff(mid, used_hours_per_year=self.hours.value, **kw)
        self.result = r
        fee = r.current_fee
        if fee is None:
            fee_value, fee_note = "–", t("tariffs.app.kpi_fee_unknown")
        else:
            be = r.break_even_hours(fee)
            fee_value = formats.rupiah(fee)
            fee_note = (t("tariffs.app.kpi_fee_never") if math.isinf(be)
                        else t("tariffs.app.kpi_fee_note", be=formats.number(be)))
        self.kpis.value = (
            '<div class="ikm-wrap" style="display:flex;flex-wrap:wrap;gap:0.5em">'
            + kpi_card(t("tariffs.app.kpi_cost"), formats.rupiah(r.cost_per_hour),
                       t("tariffs.app.kpi_cost_note", hours=formats.number(r.used_hours_per_year)))
            + kpi_card(t("tariffs.app.kpi_tariff"), formats.rupiah(r.tariff_per_hour),
                       t("tariffs.app.kpi_tariff_note", per_year=formats.rupiah(r.subsidy_per_year)))
            + kpi_card(t("tariffs.app.kpi_fee"), fee_value, fee_note)
            + "</div>")
        self.sentence.value = f'<p style="max-width:60em">{html.escape(r.sentence)}</p>'
        self.assumptions.value = (
            '<p style="font-size:0.85em;color:#555;max-width:60em">'
            + html.escape(t("tariffs.app.assumptions", maint=formats.number(kw["maintenance_pct"], 1),
                            salvage=formats.number(self._base["salvage_pct"], 0),
                            lf=formats.number(kw["load_factor"], 2), price=formats.rupiah(self.price.value, 2)))
            + "</p>")
        self.bar.show_figure(tariff_components_figure([r]))
        curve = tariff_curve(mid, hours=_grid(self.hours.max), **kw)
        be = r.break_even_hours(fee) if fee is not None else None
        self.curve.show_figure(tariff_curve_figure(curve, used_hours=r.used_hours_per_year, break_even=be))


def _grid(top: float, n: int = 40) -> list[float]:
    lo = max(top * 0.05, 10.0)
    return [lo + (top - lo) * i / (n - 1) for i in range(n)]


__all__ = ["TariffApp"]
