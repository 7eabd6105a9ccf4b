"""Interactive quality apps: control charts, capability, sampling plans, a virtual line.

    >>> from ikm_kit.widgets.quality import ControlChartExplorer
    >>> app = ControlChartExplorer()      # display it: put ``app`` last in a cell

Each app has one ``PlotView`` chart updated in place; every callback is
``guarded`` so a viewer sees an Indonesian message, never a traceback.
"""
from __future__ import annotations

import html

import ipywidgets as widgets
import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ikm_kit import formats
from ikm_kit.errors import DataError
from ikm_kit.figures.common import vline
from ikm_kit.figures.quality import capability_figure, control_chart_figure, oc_curve_figure
from ikm_kit.i18n import t
from ikm_kit.quality import (
    AQL_VALUES, c_chart, capability, imr, iso2859_plan, p_chart, p_for_acceptance, switching_rules, xbar_r,
    xbar_s,
)
from ikm_kit.quality.iso2859 import INSPECTIONS, LEVELS
from ikm_kit.quality.production_line import PRESETS, ProductionLine
from ikm_kit.widgets.common import BaseApp, guarded, kpi_card
from ikm_kit.widgets.plot import PlotView
from ikm_kit.widgets.sliders import set_slider

_WIDE = widgets.Layout(width="auto", max_width="100%")


def _row(children: list[widgets.Widget]) -> widgets.HBox:
    box = widgets.HBox(children, layout=widgets.Layout(flex_flow="row wrap", gap="0.6em"))
    box.add_class("ikm-wrap")
    return box


# ---------------------------------------------------------------- datasets
def _load(name: str) -> pd.DataFrame | None:
    try:
        from ikm_kit import data
    except ImportError:  # pragma: no cover - data package missing
        return None
    try:
        return data.load(name)
    except DataError:  # pragma: no cover - dataset missing
        return None


def _datasets() -> dict[str, dict]:
    """Dataset key → {"label", "kind", "charts", data...} for the control-chart explorer."""
    out: dict[str, dict] = {}
    meas = _load("measurements")
    if meas is not None:
        for char in ("panjang_kaki_meja", "berat_kemasan_abon"):
            part = meas[meas["characteristic"] == char]
            if len(part):
                out[char] = {"kind": "variables", "frame": part, "charts": ["xbar_r", "xbar_s", "imr"],
                             "unit": str(part["unit"].iloc[0]), "label": f"quality.app.ds.{char}"}
        part = meas[meas["characteristic"] == "kadar_air_kayu"]
        if len(part):
            out["kadar_air_kayu"] = {"kind": "individuals", "frame": part, "charts": ["imr"],
                                     "unit": "%", "label": "quality.app.ds.kadar_air_kayu"}
    insp = _load("inspections")
    if insp is not None:
        for pid in sorted(insp["product_id"].astype(str).unique()):
            part = insp[insp["product_id"].astype(str) == pid]
            out[f"inspections_{pid}"] = {"kind": "p", "frame": part, "charts": ["p"],
                                         "label": "quality.app.ds.inspections", "product": pid}
    defects = _load("defects")
    if defects is not None:
        for sentra in sorted(defects["sentra"].astype(str).unique()):
            part = defects[defects["sentra"].astype(str) == sentra]
            daily = part.groupby("date", sort=True)["count"].sum()
            out[f"defects_{sentra}"] = {"kind": "c", "series": daily, "charts": ["c"],
                                        "label": f"quality.app.ds.defects_{sentra}"}
    line = ProductionLine(preset="panjang_kaki_meja", seed=7, shift_at_hour=30, shift_size_sigma=1.5)
    out["simulasi"] = {"kind": "variables", "frame": line.run(50).rename(columns={"hour": "subgroup"}),
                       "charts": ["xbar_r", "xbar_s", "imr"], "unit": "mm", "label": "quality.app.ds.simulation"}
    return out


def _chart_for(ds: dict, chart: str, rules: str, phase1: int | None):
    kind = ds["kind"]

    def build(limits=None, stop=None):
        if kind in ("variables", "individuals"):
            frame = ds["frame"]
            if chart == "imr" or kind == "individuals":
                values = frame.groupby("subgroup", sort=True)["value"].mean() if kind == "variables" \
                    else frame.set_index("subgroup")["value"]
                values = values.iloc[:stop]
                return imr(values.to_numpy(), labels=values.index.to_numpy(), limits=limits, rules=rules)
            keys = frame["subgroup"].drop_duplicates().iloc[:stop]
            part = frame[frame["subgroup"].isin(keys)]
            fn = xbar_r if chart == "xbar_r" else xbar_s
            return fn(part, value="value", subgroup="subgroup", limits=limits, rules=rules)
        if kind == "p":
            frame = ds["frame"].iloc[:stop]
            return p_chart(frame["defectives"], frame["inspected"], limits=limits, rules=rules,
                           labels=[formats.date(d) for d in frame["date"]])
        series = ds["series"].iloc[:stop]
        return c_chart(series.to_numpy(), limits=limits, rules=rules,
                       labels=[formats.date(d) for d in series.index])

    full = build()
    total = full.points.size
    if phase1 is None or phase1 >= total:
        return full
    return build(limits=build(stop=phase1))


def _count(ds: dict) -> int:
    if "series" in ds:
        return len(ds["series"])
    frame = ds["frame"]
    return int(frame["subgroup"].nunique()) if "subgroup" in frame.columns else len(frame)


class ControlChartExplorer(BaseApp):
    """Pick a dataset, a chart type and run rules; optionally judge later points (phase II)."""

    title_key = "quality.app.control.title"

    def __init__(self, dataset: str | None = None) -> None:
        super().__init__()
        self._data = _datasets()
        self.dataset = widgets.Dropdown(layout=_WIDE)
        self.chart = widgets.Dropdown(layout=_WIDE)
        self.rules = widgets.Dropdown(layout=_WIDE)
        self.phase2 = widgets.Checkbox(value=False, indent=False)
        self.phase1_points = widgets.IntSlider(min=2, max=10, value=10, continuous_update=False,
                                               layout=widgets.Layout(width="100%", max_width="32em"))
        self.summary = widgets.HTML()
        self.figure = PlotView()
        self._apply_texts()
        if dataset in self._data:
            self.dataset.value = dataset
        self._sync_dataset()
        for w in (self.dataset, self.chart, self.rules, self.phase2, self.phase1_points):
            w.observe(self._on_change, names="value")
        self.set_body([_row([self.dataset, self.chart, self.rules]),
                       _row([self.phase2, self.phase1_points]), self.summary, self.figure])
        self.refresh()

    def _apply_texts(self) -> None:
        ds = self.dataset.value
        self.dataset.options = [(self._ds_label(k, v), k) for k, v in self._data.items()]
        self.dataset.value = ds if ds in self._data else next(iter(self._data))
        self.dataset.description = t("quality.app.dataset")
        self._chart_options()
        self.chart.description = t("quality.app.chart")
        rules = self.rules.value or "western_electric"
        self.rules.options = [(t(f"quality.rules.{r}"), r) for r in ("western_electric", "nelson", "none")]
        self.rules.value = rules
        self.rules.description = t("quality.rules")
        self.phase2.description = t("quality.app.phase2")
        self.phase1_points.description = t("quality.app.phase1_points")

    @staticmethod
    def _ds_label(key: str, ds: dict) -> str:
        return t(ds["label"], product=ds.get("product", ""))

    def _chart_options(self) -> None:
        ds = self._data.get(self.dataset.value) or next(iter(self._data.values()))
        current = self.chart.value
        self.chart.options = [(t(f"quality.chart.{c}"), c) for c in ds["charts"]]
        self.chart.value = current if current in ds["charts"] else ds["charts"][0]

    def _sync_dataset(self) -> None:
        self._chart_options()
        total = _count(self._data[self.dataset.value])
        self.phase1_points.max = max(total - 1, 2)
        self.phase1_points.value = min(max(2, total // 2), self.phase1_points.max)

    @guarded
    def _on_change(self, change: dict) -> None:
        if change["owner"] is self.dataset:
            self._sync_dataset()
        self.refresh()

    def refresh(self) -> None:
        ds = self._data[self.dataset.value]
        self.phase1_points.disabled = not self.phase2.value
        phase1 = self.phase1_points.value if self.phase2.value else None
        result = _chart_for(ds, self.chart.value, self.rules.value, phase1)
        summary = result.summary()
        text = html.escape(summary)
        if phase1:
            text = html.escape(t("quality.app.phase2_note", k=phase1)) + "<br>" + text
        self.summary.value = f"<p>{text}</p>"
        self.figure.show_figure(control_chart_figure(result))


# ---------------------------------------------------------------- capability
class CapabilityExplorer(BaseApp):
    """Move the specification limits and the process mean; Cp/Cpk/ppm update."""

    title_key = "quality.app.capability.title"

    def __init__(self, values: np.ndarray | None = None, *, lsl: float | None = None, usl: float | None = None,
                 unit: str = "", subgroup_size: int = 1) -> None:
        super().__init__()
        self._sources = self._make_sources(values, lsl, usl, unit, subgroup_size)
        self.source = widgets.Dropdown(layout=_WIDE)
        self.use_lsl = widgets.Checkbox(indent=False)
        self.use_usl = widgets.Checkbox(indent=False)
        slider = dict(continuous_update=False, readout_format=".2f",
                      layout=widgets.Layout(width="100%", max_width="36em"))
        self.lsl = widgets.FloatSlider(**slider)
        self.usl = widgets.FloatSlider(**slider)
        self.shift = widgets.FloatSlider(**slider)
        self.kpis = widgets.HTML()
        self.note = widgets.HTML()
        self.figure = PlotView()
        self._apply_texts()
        self._sync_source()
        for w in (self.source,):
            w.observe(self._on_source, names="value")
        for w in (self.use_lsl, self.use_usl, self.lsl, self.usl, self.shift):
            w.observe(self._on_change, names="value")
        self.set_body([self.source, _row([self.use_lsl, self.lsl]), _row([self.use_usl, self.usl]),
                       self.shift, self.kpis, self.note, self.figure])
        self.refresh()

    @staticmethod
    def _make_sources(values, lsl, usl, unit, size) -> dict[str, dict]:
        out: dict[str, dict] = {}
        if values is not None:
            out["custom"] = {"values": np.asarray(values, dtype=float), "lsl": lsl, "usl": usl, "unit": unit,
                             "size": size, "label": "quality.app.ds.custom"}
        meas = _load("measurements")
        if meas is not None:
            for char, size_ in (("panjang_kaki_meja", 5), ("berat_kemasan_abon", 5), ("kadar_air_kayu", 1)):
                part = meas[meas["characteristic"] == char]
                if len(part):
                    lo, hi = part["lsl"].iloc[0], part["usl"].iloc[0]
                    out[char] = {"values": part["value"].to_numpy(dtype=float),
                                 "lsl": None if pd.isna(lo) else float(lo), "usl": None if pd.isna(hi) else float(hi),
                                 "unit": str(part["unit"].iloc[0]), "size": size_,
                                 "label": f"quality.app.ds.{char}"}
        line = ProductionLine(preset="panjang_kaki_meja", seed=3)
        spec = PRESETS["panjang_kaki_meja"]
        out["simulasi"] = {"values": line.run(40)["value"].to_numpy(), "lsl": spec.lsl, "usl": spec.usl,
                           "unit": spec.unit, "size": 5, "label": "quality.app.ds.simulation"}
        return out

    def _apply_texts(self) -> None:
        current = self.source.value
        self.source.options = [(t(v["label"], product=""), k) for k, v in self._sources.items()]
        self.source.value = current if current in self._sources else next(iter(self._sources))
        self.source.description = t("quality.app.dataset")
        self.use_lsl.description = t("quality.lsl_long")
        self.use_usl.description = t("quality.usl_long")
        self.lsl.description = t("quality.lsl")
        self.usl.description = t("quality.usl")
        self.shift.description = t("quality.app.shift_mean")

    def _sync_source(self) -> None:
        src = self._sources[self.source.value]
        x = src["values"]
        mean, sd = float(np.nanmean(x)), float(np.nanstd(x, ddof=1)) or 1.0
        lo_range, hi_range = mean - 8 * sd, mean + 8 * sd
        step = 10 ** np.floor(np.log10(sd / 10)) if sd > 0 else 0.01
        fmt = f".{max(0, int(-np.log10(step)))}f"
        lsl = src["lsl"] if src["lsl"] is not None else mean - 4 * sd
        usl = src["usl"] if src["usl"] is not None else mean + 4 * sd
        with self.hold_trait_notifications():
            # range, step and value in one browser message each (set_slider): otherwise the browser
            # clamps the old value into the new range and sends it back after the new one
            for slider, value in ((self.lsl, lsl), (self.usl, usl)):
                slider.readout_format = fmt
                set_slider(slider, value, min=lo_range, max=hi_range, step=step)
            self.shift.readout_format = fmt
            set_slider(self.shift, 0.0, min=-3 * sd, max=3 * sd, step=step)
            self.use_lsl.value = src["lsl"] is not None
            self.use_usl.value = src["usl"] is not None

    @guarded
    def _on_source(self, change: dict) -> None:
        self._sync_source()
        self.refresh()

    @guarded
    def _on_change(self, change: dict) -> None:
        self.refresh()

    def refresh(self) -> None:
        src = self._sources[self.source.value]
        self.lsl.disabled = not self.use_lsl.value
        self.usl.disabled = not self.use_usl.value
        values = src["values"] + self.shift.value
        res = capability(values, lsl=self.lsl.value if self.use_lsl.value else None,
                         usl=self.usl.value if self.use_usl.value else None, subgroup_size=src["size"])
        self.kpis.value = "".join([
            kpi_card("Cp", formats.number(res.cp, 2), t("quality.app.cp_note")),
            kpi_card("Cpk", formats.number(res.cpk, 2), t("quality.app.cpk_note")),
            kpi_card("Ppk", formats.number(res.ppk, 2), t("quality.app.ppk_note")),
            kpi_card("ppm", formats.number(res.ppm_within, 0), t("quality.app.ppm_note")),
        ])
        self.note.value = f"<p>{html.escape(res.interpretation)}</p>"
        self.figure.show_figure(capability_figure(res, unit=src["unit"]))


# ---------------------------------------------------------------- sampling plans
class SamplingPlanExplorer(BaseApp):
    """Lot size, AQL, inspection level and severity → ISO 2859-1 plan and its OC curve."""

    title_key = "quality.app.sampling.title"

    def __init__(self, lot_size: int = 1000, aql: str = "1.0") -> None:
        super().__init__()
        self.lot_size = widgets.BoundedIntText(value=lot_size, min=2, max=10_000_000, layout=_WIDE)
        self.aql = widgets.Dropdown(options=list(AQL_VALUES), value=aql, layout=_WIDE)
        self.level = widgets.Dropdown(options=list(LEVELS), value="II", layout=_WIDE)
        self.inspection = widgets.ToggleButtons(style={"button_width": "auto"})
        self.plan_html = widgets.HTML()
        self.figure = PlotView()
        self._apply_texts()
        for w in (self.lot_size, self.aql, self.level, self.inspection):
            w.observe(self._on_change, names="value")
        self.set_body([_row([self.lot_size, self.aql, self.level]), self.inspection, self.plan_html,
                       self.figure])
        self.refresh()

    def _apply_texts(self) -> None:
        current = self.inspection.value or "normal"
        self.inspection.options = [(t(f"quality.iso.{k}"), k) for k in INSPECTIONS]
        self.inspection.value = current
        aql = self.aql.value
        # the table's AQL keys ("0.65") shown with the language's decimal mark ("0,65")
        self.aql.options = [(formats.number(float(a), len(a.partition(".")[2])), a) for a in AQL_VALUES]
        self.aql.value = aql
        self.lot_size.description = t("quality.lot_size")
        self.aql.description = "AQL (%)"
        self.level.description = t("quality.iso.level")

    @guarded
    def _on_change(self, change: dict) -> None:
        self.refresh()

    def refresh(self) -> None:
        plan = iso2859_plan(self.lot_size.value, self.aql.value, level=self.level.value,
                            inspection=self.inspection.value)
        rows = "".join(
            f"<tr><td>{html.escape(t('quality.iso.' + k))}</td><td>{html.escape(p.plan_letter)} {html.escape(p.arrow)}</td>"
            f"<td>{formats.number(p.n)}</td><td>{p.ac}</td><td>{p.re}</td></tr>" for k, p in plan.plans.items())
        head = "".join(f"<th style='text-align:left;padding:2px 10px'>{html.escape(h)}</th>" for h in
                       (t("quality.iso.inspection"), t("quality.iso.plan_letter"), "n", "Ac", "Re"))
        switching = "".join(f"<li>{html.escape(s)}</li>" for s in switching_rules())
        self.plan_html.value = (
            f"<p><b>{html.escape(plan.explanation())}</b></p>"
            f"<table style='border-collapse:collapse'><tr>{head}</tr>{rows}</table>"
            f"<details><summary>{html.escape(t('quality.iso.switching_title'))}</summary><ol>{switching}</ol></details>")
        n = plan.sample_size
        if float(plan.aql) > 10 or plan.ac >= n:
            # AQL above 10 means nonconformities per 100 units: a binomial OC curve does not apply
            self.show_message(t("quality.app.sampling.no_oc"), "info")
            self.figure.show_figure(go.Figure())
            return
        if self._message_level == "info":
            self.clear_message()
        ltpd = p_for_acceptance(n, plan.ac, 0.10)
        others = [(p.n, p.ac) for k, p in plan.plans.items()
                  if k != plan.inspection and p.n <= plan.lot_size and p.ac < p.n]
        self.figure.show_figure(oc_curve_figure(n, plan.ac, aql=float(plan.aql) / 100, ltpd=ltpd, compare=others))


# ---------------------------------------------------------------- production line
class ProductionLineSimulator(BaseApp):
    """Run a virtual line hour by hour, detect the hidden shift; a scoreboard counts the hours.

    The first ``phase1_hours`` hours set the control limits (phase I).  Then
    trainees take one sample per hour and press "I see a shift!" when they
    believe the process changed.  The hidden shift hour comes from the seed.
    """

    title_key = "quality.app.sim.title"

    def __init__(self, preset: str = "panjang_kaki_meja", seed: int = 1, *, shift_size_sigma: float = 1.5,
                 phase1_hours: int = 20, rules: str = "western_electric") -> None:
        super().__init__()
        self._shift_size = shift_size_sigma
        self._phase1 = int(phase1_hours)
        self._rules = rules
        self.scores: list[dict] = []
        self.preset = widgets.Dropdown(layout=_WIDE)
        self.seed = widgets.BoundedIntText(value=seed, min=0, max=1_000_000, layout=widgets.Layout(width="14em"))
        self.new_round = widgets.Button(icon="refresh")
        self.next_hour = widgets.Button(icon="step-forward", button_style="primary")
        self.next_five = widgets.Button(icon="fast-forward")
        self.claim = widgets.Button(icon="flag", button_style="warning")
        self.status = widgets.HTML()
        self.scoreboard = widgets.HTML()
        self.figure = PlotView()
        self._apply_texts()
        self.preset.value = preset
        self.new_round.on_click(self._on_new_round)
        self.next_hour.on_click(self._on_next)
        self.next_five.on_click(self._on_five)
        self.claim.on_click(self._on_claim)
        self.set_body([_row([self.preset, self.seed, self.new_round]),
                       _row([self.next_hour, self.next_five, self.claim]), self.status, self.figure,
                       self.scoreboard])
        self._start()

    def _apply_texts(self) -> None:
        current = self.preset.value or "panjang_kaki_meja"
        self.preset.options = [(t(f"quality.sim.preset.{k}"), k) for k in PRESETS]
        self.preset.value = current
        self.preset.description = t("quality.sim.preset")
        self.seed.description = t("quality.app.sim.seed")
        self.new_round.description = t("quality.app.sim.new_round")
        self.next_hour.description = t("quality.app.sim.next_hour")
        self.next_five.description = t("quality.app.sim.next_five")
        self.claim.description = t("quality.app.sim.claim")

    # -------------------------------------------------------------- game state
    def _start(self) -> None:
        rng = np.random.default_rng([int(self.seed.value), 99])
        self._shift_hour = int(rng.integers(self._phase1 + 5, self._phase1 + 26))
        self.line = ProductionLine(preset=self.preset.value, seed=int(self.seed.value),
                                   shift_at_hour=self._shift_hour, shift_size_sigma=self._shift_size)
        self.hours = self._phase1
        self._claimed: int | None = None
        self._data = self.line.subgroups(self._phase1)
        self._limits = xbar_r(self._data, rules=self._rules)
        self.refresh()

    @guarded
    def _on_new_round(self, _button=None) -> None:
        if self._claimed is not None:       # a finished round: next seed, so the answer is new
            self.seed.value = int(self.seed.value) + 1
        self.clear_message()
        self._start()

    @guarded
    def _on_next(self, _button=None) -> None:
        self.advance(1)

    @guarded
    def _on_five(self, _button=None) -> None:
        self.advance(5)

    def advance(self, hours: int) -> None:
        if self._claimed is not None:
            self.show_message(t("quality.app.sim.round_over"), "info")
            return
        new = np.vstack([self.line.sample(h)["value"].to_numpy()[None, :]
                         for h in range(self.hours, self.hours + hours)])
        self._data = np.vstack([self._data, new])
        self.hours += hours
        self.refresh()

    @guarded
    def _on_claim(self, _button=None) -> None:
        self.claim_shift()

    def claim_shift(self) -> dict:
        """Record the trainee's claim at the current hour and reveal the truth."""
        if self._claimed is not None:
            return self.scores[-1]
        self._claimed = self.hours - 1
        first_signal = self._first_signal()
        delay = self._claimed - self._shift_hour
        entry = {"round": len(self.scores) + 1, "preset": self.preset.value, "seed": int(self.seed.value),
                 "shift_hour": self._shift_hour, "claimed_hour": self._claimed,
                 "hours_taken": delay if delay >= 0 else None, "false_alarm": delay < 0,
                 "first_signal_hour": first_signal}
        self.scores.append(entry)
        self.refresh()
        return entry

    def _first_signal(self) -> int | None:
        if self._data.shape[0] <= self._phase1:
            return None
        res = xbar_r(self._data[self._phase1:], limits=self._limits, rules=self._rules)
        flagged = np.union1d(res.xbar.flagged, res.range.flagged)
        return int(flagged[0]) + self._phase1 if flagged.size else None

    def refresh(self) -> None:
        if self._data.shape[0] > self._phase1:
            res = xbar_r(self._data, limits=self._limits, rules=self._rules)
        else:
            res = self._limits
        fig = control_chart_figure(res, title=t("quality.app.sim.chart_title", hours=self.hours))
        vline(fig, self._phase1 + 0.5, line=dict(color="#777", dash="dot"),
              text=t("quality.app.sim.phase1_end"), side="left")
        if self._claimed is not None:
            vline(fig, self._shift_hour + 0.5, line=dict(color="#D55E00", width=2),
                  text=t("quality.app.sim.true_shift", hour=self._shift_hour), side="right")
        self.figure.show_figure(fig)
        if self._claimed is None:
            self.status.value = "<p>" + html.escape(t("quality.app.sim.status", hours=self.hours,
                                                      phase1=self._phase1)) + "</p>"
        else:
            last = self.scores[-1]
            key = "quality.app.sim.false_alarm" if last["false_alarm"] else "quality.app.sim.detected"
            self.status.value = "<p><b>" + html.escape(t(key, claimed=last["claimed_hour"], shift=self._shift_hour,
                                                         taken=last["hours_taken"] or 0)) + "</b></p>"
        self.scoreboard.value = self._scoreboard_html()

    def _scoreboard_html(self) -> str:
        if not self.scores:
            return ""
        head = "".join(f"<th style='padding:2px 10px;text-align:left'>{html.escape(t(k))}</th>" for k in (
            "quality.app.sim.col_round", "quality.sim.preset", "quality.app.sim.col_shift",
            "quality.app.sim.col_claim", "quality.app.sim.col_taken", "quality.app.sim.col_rules"))
        rows = []
        for s in self.scores:
            taken = t("quality.app.sim.false_alarm_short") if s["false_alarm"] else formats.number(s["hours_taken"])
            rule = "–" if s["first_signal_hour"] is None else formats.number(s["first_signal_hour"])
            cells = (s["round"], t(f"quality.sim.preset.{s['preset']}"), s["shift_hour"], s["claimed_hour"], taken,
                     rule)
            rows.append("<tr>" + "".join(f"<td style='padding:2px 10px'>{html.escape(str(c))}</td>"
                                         for c in cells) + "</tr>")
        return (f"<h4>{html.escape(t('quality.app.sim.scoreboard'))}</h4>"
                f"<table style='border-collapse:collapse'><tr>{head}</tr>{''.join(rows)}</table>")


__all__ = ["ControlChartExplorer", "CapabilityExplorer", "SamplingPlanExplorer", "ProductionLineSimulator"]
