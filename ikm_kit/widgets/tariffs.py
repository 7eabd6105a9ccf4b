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

from ikm_kit.errors import IkmError
from ikm_kit.figures.tariffs import rent_occupancy_figure, tariff_components_figure, tariff_curve_figure
from ikm_kit.i18n import t
from ikm_kit.operations.tariffs import (available_hours_per_year, cost_assumptions, machine_assumptions,
                                        machine_tariff, parameter, rent_assumptions, tariff_curve,
                                        workshop_rent)
from ikm_kit.widgets.common import BaseApp, guarded, kpi_card
from ikm_kit.widgets.plot import PlotView
from ikm_kit.widgets.sliders import set_slider


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
        slider = dict(continuous_update=False, readout=False, style=style)

        def track() -> widgets.Layout:      # the track grows with the screen, label and value beside it
            return widgets.Layout(flex="1 1 24em", min_width="14em", max_width="34em")

        self.hours = widgets.IntSlider(min=50, max=8760, step=10, layout=track(), **slider)
        self.price = widgets.FloatSlider(min=300, max=2500, step=10, layout=track(), **slider)
        self.operator = widgets.IntSlider(min=0, max=60_000_000, step=50_000, layout=track(), **slider)
        self.subsidy = widgets.IntSlider(min=0, max=90, step=5, layout=track(), **slider)
        # readouts in Indonesian number format (the slider's own readout is English-style)
        self.hours_out, self.price_out, self.operator_out, self.subsidy_out = (widgets.HTML() for _ in range(4))
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
        rows = [widgets.HBox([w, out], layout=widgets.Layout(flex_flow="row wrap", align_items="center",
                                                             width="100%"))
                for w, out in ((self.hours, self.hours_out), (self.price, self.price_out),
                               (self.operator, self.operator_out), (self.subsidy, self.subsidy_out))]
        controls = widgets.VBox([self.machine, *rows, self.depreciation])
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
            except IkmError:  # no bookings (e.g. the freezer): start from a quarter of the opening hours
                a = {"used_hours_per_year": 0.25 * available_hours_per_year(machine_id),
                     **cost_assumptions(machine_id, self.year)}
            self._base = a
            top = int(min(8760, max(available_hours_per_year(machine_id), a["used_hours_per_year"])))
            top = max(top, 100)
            set_slider(self.hours, int(round(min(a["used_hours_per_year"], top))), min=self.hours.min, max=top)
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
        self.hours_out.value = html.escape(f"{formats.number(self.hours.value)} {t('tariffs.fig.hours_short')}")
        self.price_out.value = html.escape(formats.rupiah(self.price.value))
        self.operator_out.value = html.escape(formats.rupiah(self.operator.value))
        self.subsidy_out.value = html.escape(f"{formats.number(self.subsidy.value)} %")
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


class TariffRentPanel(BaseApp):
    """Tariff and rent panel of a sentra (for the ``utilisasi_sentra`` dashboard).

    The :class:`TariffApp` limited to the sentra's machines, and the workshop rent
    that recovers the building's cost at the occupancy of the chosen month,
    with the rent-by-occupancy curve against the planned rent.  ``set_sentra``
    switches sentra and occupancy without rebuilding.
    """

    title_key = "tariffs.panel.title"

    def __init__(self, sentra: str = "mebel", occupancy: float | None = None) -> None:
        super().__init__()
        self.sentra = None
        self.tariffs: TariffApp | None = None
        self.tariff_box = widgets.VBox(layout=widgets.Layout(width="100%"))
        self.rent_title = widgets.HTML()
        self.rent = widgets.HTML()
        self.rent_figure = PlotView()
        self.set_body([self.tariff_box, self.rent_title, self.rent, self.rent_figure])
        self.set_sentra(sentra, occupancy)

    def _apply_texts(self) -> None:
        self.rent_title.value = f"<h4>{html.escape(t('tariffs.panel.rent_title'))}</h4>"
        if self.tariffs is not None:
            self.tariffs._base_texts()
            self.tariffs._apply_texts()
            self.tariffs.refresh()

    def _on_presentation_mode(self, on: bool) -> None:
        for view in self._views():
            view.set_font_size(20 if on else None)

    def _views(self) -> list[PlotView]:
        views = [self.rent_figure]
        if self.tariffs is not None:
            views += [self.tariffs.bar, self.tariffs.curve]
        return views

    def set_sentra(self, sentra: str, occupancy: float | None = None) -> None:
        """Show ``sentra``; ``occupancy`` (fraction) for the rent, default the sentra's 2023 average."""
        if sentra != self.sentra:
            first = {"mebel": "MSN-M01", "pangan": "MSN-P01"}.get(sentra, "MSN-M01")
            self.tariffs = TariffApp(first, sentra=sentra)
            self.tariffs.toolbar.layout.display = "none"
            self.tariff_box.children = (self.tariffs,)
            self.sentra = sentra
            self.rent_title.value = f"<h4>{html.escape(t('tariffs.panel.rent_title'))}</h4>"
        self._occupancy = occupancy
        self.refresh()

    def refresh(self) -> None:
        kw = rent_assumptions(self.sentra, 2023)
        if self._occupancy is not None:
            kw["occupancy"] = self._occupancy
        if kw["occupancy"] <= 0:
            self.rent.value = f"<p>{html.escape(t('tariffs.panel.no_tenants'))}</p>"
            self.rent_figure.show_figure(rent_occupancy_figure(workshop_rent(**{**kw, "occupancy": 1.0})))
            return
        r = workshop_rent(**kw)
        planned = parameter("sewa_workshop_per_bulan" if self.sentra == "mebel" else "sewa_workshop_pangan_per_bulan")
        self.rent.value = r._repr_html_() + (
            '<p style="font-size:0.85em;color:#555;max-width:60em">'
            + html.escape(t("tariffs.panel.rent_note", planned=formats.rupiah(planned))) + "</p>")
        self.rent_figure.show_figure(rent_occupancy_figure(r, market_rp_per_month=planned))


def budget_line_html(year: int, sentras: tuple[str, ...] = ("mebel", "pangan")) -> str:
    """The leaders' yearly budget line per sentra (penerimaan, biaya, subsidi) with the tariffs behind it (HTML).

    The same numbers, labels and markup as the leaders' report (:mod:`ikm_kit.leaders.budget`); years
    without data are skipped, the U assumptions, the source and the retribusi note close the block.
    """
    from ikm_kit.leaders.budget import budget_html, leaders_budget

    return budget_html(leaders_budget(year, sentras))


def _grid(top: float, n: int = 40) -> list[float]:
    lo = max(top * 0.05, 10.0)
    return [lo + (top - lo) * i / (n - 1) for i in range(n)]


__all__ = ["TariffApp", "TariffRentPanel", "budget_line_html"]
