"""Sentra-operations apps: ``OperationsBoard``, ``OeeCalculator``, ``WhatIfSimulator``.

    >>> from ikm_kit.widgets.operations import OeeCalculator
    >>> app = OeeCalculator()          # display it: put ``app`` last in a cell

Every callback is wrapped by :func:`ikm_kit.widgets.common.guarded`: bad input
shows an Indonesian message in the app, never a traceback.
"""
from __future__ import annotations

import html
import math

import ipywidgets as widgets
import pandas as pd
import plotly.graph_objects as go

from ikm_kit import formats
from ikm_kit.figures.operations import (bookings_gantt_figure, occupancy_trend_figure, oee_waterfall_figure,
                                        scenario_comparison_figure, site_map_figure, utilization_heatmap_figure)
from ikm_kit.i18n import t
from ikm_kit.operations import (add_machine, compare_scenarios, extend_hours, furniture_scenario,
                                machine_utilization, occupancy_summary, oee, oee_from_log, rent_arrears,
                                reserve_slots, unit_status)
from ikm_kit.operations.utilization import clean_bookings
from ikm_kit.widgets.common import BaseApp, guarded, kpi_card
from ikm_kit.widgets.plot import PlotView

ALL = "__all__"


def _load(name: str) -> pd.DataFrame:
    from ikm_kit import data

    return data.load(name)


def _empty_figure(text: str) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=text, showarrow=False, xref="paper", yref="paper", x=0.5, y=0.5)
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    fig.update_layout(height=220, template="plotly_white")
    return fig


def _p(text: str) -> str:
    return f"<p style='max-width:60em'>{html.escape(text)}</p>"


# --------------------------------------------------------------------------- operations board

class OperationsBoard(BaseApp):
    """Sentra operations board: pick sentra, month, machine and tenant.

    Shows KPI cards (occupancy, rent collected, machine utilisation, OEE) with
    plain-language notes, the site map, the utilisation heatmap, the OEE
    waterfall, the bookings Gantt (clashes in red) and the occupancy trend.
    Data default to the shipped datasets; hand-made frames work too.
    """

    title_key = "operations.board.title"

    def __init__(self, *, workshops: pd.DataFrame | None = None, occupancy: pd.DataFrame | None = None,
                 machines: pd.DataFrame | None = None, bookings: pd.DataFrame | None = None,
                 log: pd.DataFrame | None = None, sentra: str = "mebel") -> None:
        super().__init__()
        self._workshops = workshops if workshops is not None else _load("workshops")
        self._occupancy = occupancy if occupancy is not None else _load("occupancy_monthly")
        self._machines = machines if machines is not None else _load("machines")
        self._bookings = clean_bookings(bookings if bookings is not None else _load("machine_bookings"), self._machines)
        self._log = log if log is not None else _load("machine_log")
        self._occ = occupancy_summary(self._occupancy)
        months = sorted(set(self._occ.monthly["month"]))
        self._months = months
        sentras = sorted(self._occ.monthly["sentra"].astype(str).unique())
        self.sentra = widgets.Dropdown(options=sentras, value=sentra if sentra in sentras else sentras[0],
                                       layout=widgets.Layout(width="auto"))
        default_month = months[-1]
        self.month = widgets.SelectionSlider(options=[(formats.month(m.to_timestamp()), m) for m in months],
                                             value=default_month, continuous_update=False,
                                             layout=widgets.Layout(width="100%", max_width="40em"))
        self.machine = widgets.Dropdown(layout=widgets.Layout(width="auto"))
        self.tenant = widgets.Dropdown(layout=widgets.Layout(width="auto"))
        self.kpis = widgets.HTML()
        self.note = widgets.HTML()
        figures = self._make_figures()
        self._fill_filters()
        self._apply_texts()
        for w in (self.sentra, self.month, self.machine, self.tenant):
            w.observe(self._on_change, names="value")
        controls = widgets.HBox([self.sentra, self.month, self.machine, self.tenant],
                                layout=widgets.Layout(flex_flow="row wrap"))
        controls.add_class("ikm-wrap")
        self.set_body([controls, self.kpis, self.note, figures])
        self.refresh()

    # ----------------------------------------------------------------- figures
    #: the five views, in order (tab titles ``operations.board.tab_<key>``)
    VIEWS = ("site_map", "heatmap", "oee", "gantt", "trend")

    def _make_figures(self) -> widgets.Widget:
        """Create ``fig_map`` … ``fig_trend`` and return the widget showing them (a Tab).

        A dashboard may override this to keep the figures as plain ``go.Figure``
        objects and show one at a time in a single ``PlotView``.
        """
        self.fig_map = PlotView()
        self.fig_heat = PlotView()
        self.fig_oee = PlotView()
        self.fig_gantt = PlotView()
        self.fig_trend = PlotView()
        self.tabs = widgets.Tab(children=[self.fig_map, self.fig_heat, self.fig_oee, self.fig_gantt, self.fig_trend])
        return self.tabs

    def _label_figures(self) -> None:
        for i, key in enumerate(self.VIEWS):
            self.tabs.set_title(i, t(f"operations.board.tab_{key}"))

    # ----------------------------------------------------------------- filters
    def _sentra_machines(self) -> pd.DataFrame:
        m = self._machines
        if "sentra" in m.columns:
            m = m[m["sentra"].astype(str) == self.sentra.value]
        return m

    def _fill_filters(self) -> None:
        m = self._sentra_machines()
        mach_opts = [(t("operations.board.all_machines"), ALL)] + [
            (f"{r['machine_id']} {r.get('name', '')}".strip(), str(r["machine_id"])) for _, r in m.iterrows()]
        old = self.machine.value
        self.machine.options = mach_opts
        self.machine.value = old if old in [v for _, v in mach_opts] else ALL
        ids = set(m["machine_id"].astype(str))
        occ = self._occupancy
        tenants = set(occ.loc[occ["sentra"].astype(str) == self.sentra.value, "tenant"].dropna().astype(str))
        tenants |= set(self._bookings.loc[self._bookings["machine_id"].isin(ids), "tenant"].dropna().astype(str))
        tenants.discard("")
        ten_opts = [(t("operations.board.all_tenants"), ALL)] + [(x, x) for x in sorted(tenants)]
        old = self.tenant.value
        self.tenant.options = ten_opts
        self.tenant.value = old if old in [v for _, v in ten_opts] else ALL

    def _apply_texts(self) -> None:
        self.sentra.description = t("operations.col.sentra")
        self.month.description = t("operations.col.month")
        self.machine.description = t("operations.col.machine_id")
        self.tenant.description = t("operations.col.tenant")
        value = self.month.value
        self.month.options = [(formats.month(m.to_timestamp()), m) for m in self._months]
        self.month.value = value
        self._label_figures()
        self._fill_filters()

    @guarded
    def _on_change(self, change: dict) -> None:
        if change["owner"] is self.sentra:
            self._fill_filters()
        self.refresh()

    # ----------------------------------------------------------------- compute
    def refresh(self) -> None:
        sentra, month = self.sentra.value, self.month.value
        machine = None if self.machine.value == ALL else self.machine.value
        tenant = None if self.tenant.value == ALL else self.tenant.value
        start = month.to_timestamp()
        end = (month + 1).to_timestamp()
        cards, notes = [], []

        # occupancy & rent
        row = self._occ.monthly[(self._occ.monthly["sentra"] == sentra) & (self._occ.monthly["month"] == month)]
        if not row.empty:
            r = row.iloc[0]
            cards.append(kpi_card(t("operations.col.occupancy_rate"), formats.percent(r["occupancy_rate"]),
                                  t("operations.board.kpi_units", occupied=int(r["terisi"]), units=int(r["units"]))))
            coll = r["collection_rate"]
            cards.append(kpi_card(t("operations.col.collection_rate"), formats.percent(coll) if pd.notna(coll) else "–",
                                  t("operations.board.kpi_rent", paid=formats.rupiah(r["rent_paid_rp"]),
                                    billed=formats.rupiah(r["rent_billed_rp"]))))
            notes.append(t("operations.board.occ_note", month=formats.month(start), occupied=int(r["terisi"]),
                           units=int(r["units"]), vacant=int(r["kosong"]), maint=int(r["perawatan"]),
                           arrears=formats.rupiah(r["cumulative_arrears_rp"])))
        if tenant is not None:
            arr = rent_arrears(self._occupancy, sentra=sentra, until=start)
            owed = arr.loc[arr["tenant"] == tenant, "arrears_rp"]
            notes.append(t("operations.board.tenant_note", tenant=tenant,
                           arrears=formats.rupiah(float(owed.iloc[0]) if len(owed) else 0.0)))
        ws = self._workshops
        units = unit_status(ws, self._occupancy, month, sentra=sentra)
        self.fig_map.show_figure(site_map_figure(units))

        # utilisation (machines of the sentra, or the chosen one; bookings of the tenant)
        mach = self._sentra_machines()
        if machine is not None:
            mach = mach[mach["machine_id"].astype(str) == machine]
        ids = set(mach["machine_id"].astype(str))
        b = self._bookings[self._bookings["machine_id"].isin(ids)]
        if tenant is not None:
            b = b[b["tenant"] == tenant]
        in_month = b[(b["end"] > start) & (b["start"] < end)]
        if in_month.empty:
            cards.append(kpi_card(t("operations.col.utilization"), "–", t("operations.board.no_bookings")))
            self.fig_heat.show_figure(_empty_figure(t("operations.board.no_bookings")))
            self.fig_gantt.show_figure(_empty_figure(t("operations.board.no_bookings")))
        else:
            u = machine_utilization(mach, in_month, start=start, end=end)
            bm = u.by_machine
            util = bm["used_h"].sum() / bm["available_h"].sum() if bm["available_h"].sum() > 0 else math.nan
            cards.append(kpi_card(t("operations.col.utilization"), formats.percent(util),
                                  t("operations.board.kpi_util", used=formats.number(bm["used_h"].sum(), 0),
                                    available=formats.number(bm["available_h"].sum(), 0))))
            notes.append(u.interpretation)
            self.fig_heat.show_figure(utilization_heatmap_figure(u))
            week_end = start + pd.Timedelta(days=7)
            all_b = self._bookings[self._bookings["machine_id"].isin(ids)]
            self.fig_gantt.show_figure(bookings_gantt_figure(all_b, start=start, end=week_end, highlight_tenant=tenant))

        # OEE of the month
        lg = self._log
        lg = lg[lg["machine_id"].astype(str).isin(ids)]
        lg = lg[(pd.to_datetime(lg["date"]) >= start) & (pd.to_datetime(lg["date"]) < end)]
        if lg.empty:
            cards.append(kpi_card("OEE", "–", t("operations.board.no_log")))
            self.fig_oee.show_figure(_empty_figure(t("operations.board.no_log")))
        else:
            tab = oee_from_log(lg, self._machines, freq=None)
            o = tab.overall
            loss = tab.table["loss_total_rp"].sum() if "loss_total_rp" in tab.table else math.nan
            cards.append(kpi_card("OEE", formats.percent(o["oee"]),
                                  t("operations.board.kpi_oee", loss=formats.rupiah(loss))))
            notes.append(tab.interpretation)
            self.fig_oee.show_figure(oee_waterfall_figure(tab))
        self.fig_trend.show_figure(occupancy_trend_figure(self._occ, sentra))
        self.kpis.value = "".join(cards)
        self.note.value = "".join(_p(n) for n in notes)


# --------------------------------------------------------------------------- OEE calculator

class OeeCalculator(BaseApp):
    """Type planned time, downtime, ideal cycle time and counts; see A, P, Q, OEE and the waterfall.

    Starts with the oee.com worked example (420 min, 47 min down, 1 s, 19,271 total, 18,848 good).
    """

    title_key = "operations.calc.title"

    def __init__(self, planned: float = 420, downtime: float = 47, ideal_cycle: float = 1.0,
                 total: float = 19_271, good: float = 18_848) -> None:
        super().__init__()
        lay = widgets.Layout(width="auto", max_width="28em")
        self.planned = widgets.FloatText(value=planned, layout=lay)
        self.downtime = widgets.FloatText(value=downtime, layout=lay)
        self.ideal = widgets.FloatText(value=ideal_cycle, layout=lay)
        self.total = widgets.FloatText(value=total, layout=lay)
        self.good = widgets.FloatText(value=good, layout=lay)
        self.detail = widgets.Checkbox(value=False)
        self.breakdown = widgets.FloatText(value=0.0, layout=lay)
        self.setup = widgets.FloatText(value=0.0, layout=lay)
        self.minor = widgets.FloatText(value=0.0, layout=lay)
        self.speed = widgets.FloatText(value=0.0, layout=lay)
        self.startup = widgets.FloatText(value=0.0, layout=lay)
        self.detail_box = widgets.VBox([self.breakdown, self.setup, self.minor, self.speed, self.startup])
        self.kpis = widgets.HTML()
        self.note = widgets.HTML()
        self.losses = widgets.HTML()
        self.figure = PlotView()
        self._inputs = [self.planned, self.downtime, self.ideal, self.total, self.good, self.detail, self.breakdown,
                        self.setup, self.minor, self.speed, self.startup]
        for w in self._inputs:
            w.observe(self._on_change, names="value")
        self._apply_texts()
        self.set_body([widgets.VBox([self.planned, self.downtime, self.ideal, self.total, self.good, self.detail]),
                       self.detail_box, self.kpis, self.note, self.losses, self.figure])
        self.refresh()

    def _apply_texts(self) -> None:
        self.planned.description = f"{t('operations.oee.planned_time')} ({t('unit.minutes')})"
        self.downtime.description = f"{t('operations.oee.downtime')} ({t('unit.minutes')})"
        self.ideal.description = t("operations.oee.ideal_cycle")
        self.total.description = t("operations.oee.total_count")
        self.good.description = t("operations.oee.good_count")
        self.detail.description = t("operations.calc.detail")
        for w, key in ((self.breakdown, "breakdown"), (self.setup, "setup"), (self.minor, "minor_stops"),
                       (self.speed, "speed")):
            w.description = f"{t(f'operations.loss.{key}')} ({t('unit.minutes')})"
        self.startup.description = f"{t('operations.loss.startup_rejects')} ({t('unit.units')})"
        for w in self._inputs:
            w.style = {"description_width": "16em"}

    @guarded
    def _on_change(self, change: dict) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.detail_box.layout.display = "flex" if self.detail.value else "none"
        kw = {}
        if self.detail.value:
            kw = dict(breakdown=self.breakdown.value, setup=self.setup.value, minor_stops=self.minor.value,
                      speed_loss=self.speed.value, startup_rejects=self.startup.value)
        r = oee(self.planned.value, self.downtime.value, self.ideal.value, self.total.value, self.good.value, **kw)
        self.result = r
        self.kpis.value = "".join([
            kpi_card(t("operations.oee.availability"), formats.percent(r.availability),
                     t("operations.calc.note_a", run=formats.number(r.run_time, 0),
                       planned=formats.number(r.planned_time, 0))),
            kpi_card(t("operations.oee.performance"), formats.percent(r.performance),
                     t("operations.calc.note_p", ideal=formats.number(r.net_run_time, 0),
                       run=formats.number(r.run_time, 0))),
            kpi_card(t("operations.oee.quality"), formats.percent(r.quality),
                     t("operations.calc.note_q", good=formats.number(r.good_count),
                       total=formats.number(r.total_count))),
            kpi_card("OEE", formats.percent(r.oee), t("operations.calc.note_oee")),
        ])
        self.note.value = _p(r.interpretation)
        if self.detail.value and r.losses["minutes"].notna().any():
            rows = "".join(f"<tr><td>{html.escape(t(f'operations.loss.{k}'))}</td>"
                           f"<td style='text-align:right'>{formats.number(v, 1)}</td></tr>"
                           for k, v in zip(r.losses["loss"], r.losses["minutes"]))
            self.losses.value = (f"<table><caption>{html.escape(t('operations.oee.six_losses'))} "
                                 f"({html.escape(t('unit.minutes'))})</caption>{rows}</table>")
        else:
            self.losses.value = ""
        self.figure.show_figure(oee_waterfall_figure(r))


# --------------------------------------------------------------------------- what-if simulator

class WhatIfSimulator(BaseApp):
    """Compare the current situation with what-if scenarios (add a machine, longer hours, reserved slots).

    Runs :func:`ikm_kit.operations.compare_scenarios` on demand (button) with
    a progress bar; shows bars with confidence intervals and a plain reading.
    """

    title_key = "operations.whatif.title"

    def __init__(self, machines: pd.DataFrame | None = None, bookings: pd.DataFrame | None = None, *,
                 sentra: str = "mebel", replications: int = 5, days: int = 365) -> None:
        super().__init__()
        if machines is None:
            try:
                machines, bookings = _load("machines"), _load("machine_bookings")
            except Exception:  # noqa: BLE001 - shipped data missing: use the built-in scenario
                machines = None
        self._machines, self._bookings, self._sentra = machines, bookings, sentra
        ids = [s.machine_id for s in self._base(1.0).stations]
        names = {s.machine_id: s.label for s in self._base(1.0).stations}
        opts = [(names[i], i) for i in ids]
        wide = widgets.Layout(width="auto", max_width="32em")
        self.load = widgets.FloatSlider(value=1.0, min=0.5, max=2.5, step=0.1, continuous_update=False, layout=wide)
        self.use_add = widgets.Checkbox(value=True)
        self.add_which = widgets.Dropdown(options=opts, value=ids[min(1, len(ids) - 1)], layout=wide)
        self.use_extend = widgets.Checkbox(value=True)
        self.extend_by = widgets.IntSlider(value=2, min=1, max=6, layout=wide)
        self.use_reserve = widgets.Checkbox(value=False)
        self.reserve_which = widgets.Dropdown(options=opts, value=ids[0], layout=wide)
        self.reserve_hours = widgets.IntRangeSlider(value=(8, 10), min=0, max=24, layout=wide)
        self.reserve_share = widgets.FloatSlider(value=0.2, min=0.05, max=0.9, step=0.05, layout=wide)
        self.replications = widgets.IntSlider(value=replications, min=2, max=30, layout=wide)
        self.days = widgets.IntSlider(value=days, min=30, max=730, step=5, layout=wide)
        self.seed = widgets.IntText(value=2023, layout=widgets.Layout(width="auto", max_width="16em"))
        self.metric = widgets.Dropdown(layout=wide)
        self.run_button = widgets.Button(button_style="primary", icon="play")
        self.progress = widgets.IntProgress(value=0, min=0, max=1, layout=widgets.Layout(width="100%",
                                                                                         max_width="32em"))
        self.table = widgets.HTML()
        self.note = widgets.HTML()
        self.figure = PlotView()
        self.comparison = None
        self.run_button.on_click(self._on_run)
        self.metric.observe(self._on_metric, names="value")
        self._apply_texts()
        self.set_body([
            self.load,
            widgets.HBox([self.use_add, self.add_which], layout=widgets.Layout(flex_flow="row wrap")),
            widgets.HBox([self.use_extend, self.extend_by], layout=widgets.Layout(flex_flow="row wrap")),
            widgets.HBox([self.use_reserve, self.reserve_which], layout=widgets.Layout(flex_flow="row wrap")),
            widgets.HBox([self.reserve_hours, self.reserve_share], layout=widgets.Layout(flex_flow="row wrap")),
            self.replications, self.days, self.seed,
            widgets.HBox([self.run_button, self.progress], layout=widgets.Layout(flex_flow="row wrap")),
            self.metric, self.note, self.table, self.figure,
        ])
        self.show_message(t("operations.whatif.hint"), "info")

    def _base(self, load: float):
        if self._machines is None:
            return furniture_scenario(load_factor=load)
        return furniture_scenario(self._machines, self._bookings, sentra=self._sentra, load_factor=load)

    def _apply_texts(self) -> None:
        style = {"description_width": "14em"}
        self.load.description = t("operations.whatif.load")
        self.use_add.description = t("operations.whatif.add")
        self.add_which.description = t("operations.col.machine_id")
        self.use_extend.description = t("operations.whatif.extend")
        self.extend_by.description = t("unit.hours")
        self.use_reserve.description = t("operations.whatif.reserve")
        self.reserve_which.description = t("operations.col.machine_id")
        self.reserve_hours.description = t("operations.whatif.reserve_hours")
        self.reserve_share.description = t("operations.sim.priority_share")
        self.replications.description = t("operations.sim.replications")
        self.days.description = t("operations.sim.days")
        self.seed.description = t("operations.whatif.seed")
        self.metric.description = t("operations.whatif.metric")
        for w in (self.load, self.add_which, self.extend_by, self.reserve_which, self.reserve_hours,
                  self.reserve_share, self.replications, self.days, self.seed, self.metric):
            w.style = style
        current = self.metric.value or "mean_wait_minutes"
        self.metric.options = [(t(f"operations.metric.{m}"), m) for m in
                               ("mean_wait_minutes", "mean_queue_length", "utilization", "jobs_finished", "p_wait")]
        self.metric.value = current
        self.run_button.description = t("operations.whatif.run")

    def scenarios(self) -> list:
        """The scenarios the current controls describe (baseline first)."""
        base = self._base(self.load.value)
        out = [base]
        if self.use_add.value:
            out.append(add_machine(base, self.add_which.value))
        if self.use_extend.value:
            out.append(extend_hours(base, self.extend_by.value))
        if self.use_reserve.value:
            lo, hi = self.reserve_hours.value
            out.append(reserve_slots(base, self.reserve_which.value, lo, hi, self.reserve_share.value))
        return out

    def _progress(self, done: int, total: int) -> None:
        self.progress.max = total
        self.progress.value = done

    @guarded
    def _on_run(self, _button=None) -> None:
        self.run()

    def run(self) -> None:
        scenarios = self.scenarios()
        self.progress.value = 0
        self.progress.max = self.replications.value * len(scenarios)
        self.show_message(t("operations.whatif.running", n=len(scenarios), reps=self.replications.value), "info")
        self.run_button.disabled = True
        try:
            self.comparison = compare_scenarios(scenarios, days=self.days.value, replications=self.replications.value,
                                                seed=self.seed.value, progress=self._progress)
        finally:
            self.run_button.disabled = False
        self.clear_message()
        self.refresh()

    @guarded
    def _on_metric(self, change: dict) -> None:
        self.refresh()

    def refresh(self) -> None:
        if self.comparison is None:
            return
        cmp = self.comparison
        self.note.value = _p(cmp.interpretation)
        self.table.value = cmp._repr_html_()
        self.figure.show_figure(scenario_comparison_figure(cmp, self.metric.value))


__all__ = ["OperationsBoard", "OeeCalculator", "WhatIfSimulator"]
