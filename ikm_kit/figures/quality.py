"""Plotly figures for the quality tools; every text from i18n, numbers in the locale.

    >>> from ikm_kit.quality import p_chart
    >>> from ikm_kit.figures.quality import control_chart_figure
    >>> fig = control_chart_figure(p_chart([12, 15, 8, 10, 4, 7], 50))
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ikm_kit import formats
from ikm_kit.figures.common import COLORS, apply_layout, new_figure, new_subplots
from ikm_kit.i18n import t
from ikm_kit.quality import sampling
from ikm_kit.quality.capability import CapabilityResult
from ikm_kit.quality.charts import ChartResult, _CompoundChart
from ikm_kit.quality.iso2859 import Iso2859Plan
from ikm_kit.quality.tools import SIX_M, Fishbone, HistogramResult, ScatterResult, histogram, six_m_label

MAX_MARKERS = 20_000   # beyond this many points the chart shows lines only (browser speed)


def _d3(decimals: int) -> str:
    return f",.{max(0, decimals)}f"


def _chart_traces(chart: ChartResult, row: int | None = None, *, show_legend: bool = True) -> list[go.Scatter]:
    n = chart.points.size
    x = np.arange(1, n + 1)
    dec = chart.decimals()
    fmt = _d3(dec)
    labels = chart.labels if chart.labels is not None else x
    explanations = [""] * n
    for r in chart.violations.itertuples(index=False):
        explanations[r.index] = (explanations[r.index] + "<br>" if explanations[r.index] else "") + r.explanation
    traces: list[go.Scatter] = []
    label_text = np.asarray([str(v) for v in labels], dtype=object) if n <= MAX_MARKERS else None
    traces.append(go.Scatter(
        x=x, y=chart.points, mode="lines+markers" if n <= MAX_MARKERS else "lines",
        name=chart.title, line=dict(color=COLORS["primary"], width=1.5), marker=dict(size=6),
        customdata=label_text,
        hovertemplate=(f"{t('quality.fig.point')} %{{x}} (%{{customdata}})<br>"
                       f"{t('quality.fig.value')}: %{{y:{fmt}}}<extra></extra>") if label_text is not None else None,
        showlegend=False,
    ))

    def limit_line(values, name: str, color: str, dash: str) -> go.Scatter:
        arr = np.broadcast_to(np.asarray(values, dtype=float), (n,))
        if np.ndim(values) == 0:
            xs, ys, shape = [0.5, n + 0.5], [float(values)] * 2, "linear"
        else:
            xs = np.concatenate([x - 0.5, [n + 0.5]])
            ys = np.concatenate([arr, arr[-1:]])
            shape = "hv"
        return go.Scatter(x=xs, y=ys, mode="lines", name=name, line=dict(color=color, dash=dash, width=1.5,
                                                                            shape=shape),
                          hovertemplate=f"{name}: %{{y:{fmt}}}<extra></extra>", showlegend=show_legend)

    traces.append(limit_line(chart.ucl, t("quality.ucl_long"), COLORS["limit"], "dash"))
    traces.append(limit_line(chart.center, t("quality.center_line"), COLORS["center"], "solid"))
    traces.append(limit_line(chart.lcl, t("quality.lcl_long"), COLORS["limit"], "dash"))
    flagged = chart.flagged
    if flagged.size:
        texts = []
        for i in flagged:
            parts = [explanations[i]] if explanations[i] else []
            if i in set(chart.beyond_limits.tolist()) and not parts:
                parts = [t("quality.rule.beyond")]
            texts.append("<br>".join(parts))
        traces.append(go.Scatter(
            x=flagged + 1, y=chart.points[flagged], mode="markers", name=t("quality.fig.signals"),
            marker=dict(color=COLORS["danger"], size=11, symbol="circle-open", line=dict(width=2.5)),
            customdata=np.array(texts, dtype=object),
            hovertemplate=f"{t('quality.fig.point')} %{{x}}: %{{y:{fmt}}}<br>%{{customdata}}<extra></extra>",
            showlegend=show_legend,
        ))
    return traces


def control_chart_figure(result: ChartResult | _CompoundChart, *, title: str | None = None,
                         height: int | None = None) -> go.Figure:
    """Control chart(s) with centre line, BKA/BKB and highlighted, explained signals.

    A compound result (x̄–R, x̄–s, I–MR) gives two stacked panels.
    """
    if isinstance(result, _CompoundChart):
        fig = new_subplots(rows=2, cols=1, shared_xaxes=True, vertical_spacing=0.08,
                            subplot_titles=(result.main.title, result.spread.title), row_heights=[0.6, 0.4])
        for k, chart in enumerate(result.charts, start=1):
            for trace in _chart_traces(chart, show_legend=(k == 1)):
                fig.add_trace(trace, row=k, col=1)
        apply_layout(fig, title=title or _titled(t(f"quality.chart.{result.kind}"), result.main),
                     height=height or 580)
        fig.update_xaxes(title_text=t("quality.fig.subgroup"), row=2, col=1)
        fig.update_yaxes(title_text=t(f"quality.fig.y.{result.main.chart}"), row=1, col=1)
        fig.update_yaxes(title_text=t(f"quality.fig.y.{result.spread.chart}"), row=2, col=1)
        # two panels: legend below the plot so it never covers a panel title
        fig.update_layout(legend=dict(orientation="h", yanchor="top", y=-0.12, xanchor="left", x=0),
                          margin=dict(b=100))
        return fig
    fig = new_figure(_chart_traces(result))
    apply_layout(fig, title=title or _titled(result.title, result),
                 x_title=t("quality.fig.subgroup" if result.chart == "xbar" else "quality.fig.sample"),
                 y_title=t(f"quality.fig.y.{result.chart}"), height=height or 420)
    return fig


def _titled(title: str, chart: ChartResult) -> str:
    return f"{title} — {t('quality.fig.phase2')}" if chart.phase == 2 else title


def pareto_figure(table: pd.DataFrame, *, title: str | None = None) -> go.Figure:
    """Bars (counts, or Rp when weighted by cost) with the cumulative-percent line and 80 % mark."""
    by_cost = table.attrs.get("weighted_by") == "cost"
    value = table["cost"] if by_cost else table["count"]
    colors = [COLORS["danger"] if v else COLORS["primary"] for v in table["vital_few"]]
    fig = new_subplots(specs=[[{"secondary_y": True}]])
    y_name = t("quality.fig.cost_rp") if by_cost else t("quality.fig.count")
    fig.add_trace(go.Bar(x=table["category"], y=value, marker_color=colors, name=y_name, showlegend=False,
                         customdata=table["percent"],
                         hovertemplate="%{x}: %{y:,.0f} (%{customdata:.1f} %)<extra></extra>"),
                  secondary_y=False)
    fig.add_trace(go.Scatter(x=table["category"], y=table["cumulative_percent"], mode="lines+markers",
                             name=t("quality.pareto.cumulative"), line=dict(color=COLORS["secondary"]),
                             hovertemplate="%{x}: %{y:.1f} %<extra></extra>"), secondary_y=True)
    threshold = float(table.attrs.get("threshold", 80.0))
    fig.add_trace(go.Scatter(x=[table["category"].iloc[0], table["category"].iloc[-1]], y=[threshold] * 2,
                             mode="lines", name=f"{formats.number(threshold, 0)} %", hoverinfo="skip",
                             line=dict(color=COLORS["neutral"], dash="dot")), secondary_y=True)
    fig.add_trace(go.Bar(x=[None], y=[None], marker_color=COLORS["danger"], name=t("quality.pareto.vital_few")))
    fig.add_trace(go.Bar(x=[None], y=[None], marker_color=COLORS["primary"], name=t("quality.pareto.trivial_many")))
    apply_layout(fig, title=title or t("quality.pareto.by_cost" if by_cost else "quality.pareto.title"),
                 height=440)
    total = float(value.sum())
    # the bar axis runs to the grand total, so bar heights line up with the percent axis
    fig.update_yaxes(title_text=y_name, secondary_y=False, range=[0, total * 1.05])
    fig.update_yaxes(title_text=t("quality.pareto.cumulative") + " (%)", range=[0, 105], secondary_y=True,
                     tickmode="array", tickvals=[0, 20, 40, 60, 80, 100], showgrid=False)
    return fig


def fishbone_figure(diagram: Fishbone, *, title: str | None = None, height: int = 520) -> go.Figure:
    """The fishbone (Ishikawa) drawing: effect at the head, 6M bones with their causes."""
    fig = new_figure()
    shapes = [dict(type="line", x0=0.3, y0=0, x1=8.6, y1=0, line=dict(width=4, color="#333"))]
    fig.add_annotation(x=9.3, y=0, text=f"<b>{_wrap(diagram.effect, 18)}</b>", showarrow=False,
                       bordercolor="#333", borderwidth=2, borderpad=8, bgcolor="#fff4e0", font=dict(size=14))
    xs = [2.0, 4.6, 7.2]
    for k, key in enumerate(SIX_M):
        top = k < 3
        x_end = xs[k % 3]
        y_tip = 3.2 if top else -3.2
        x_tip = x_end - 1.6
        shapes.append(dict(type="line", x0=x_tip, y0=y_tip, x1=x_end, y1=0, line=dict(width=2.5, color="#555")))
        fig.add_annotation(x=x_tip, y=y_tip + (0.35 if top else -0.35), text=f"<b>{six_m_label(key)}</b>",
                           showarrow=False, font=dict(size=14, color=COLORS["primary"]))
        causes = diagram.causes[key] or ["…"]
        for j, cause in enumerate(causes[:6]):
            frac = (j + 1) / (min(len(causes), 6) + 1)
            cx = x_tip + (x_end - x_tip) * frac
            cy = y_tip * (1 - frac)
            shapes.append(dict(type="line", x0=cx - 1.1, y0=cy, x1=cx, y1=cy, line=dict(width=1, color="#999")))
            fig.add_annotation(x=cx - 1.15, y=cy, text=_wrap(cause, 15), showarrow=False, xanchor="right",
                               font=dict(size=11))
    fig.update_layout(shapes=shapes)
    fig.update_xaxes(visible=False, range=[-1.2, 10.4])
    fig.update_yaxes(visible=False, range=[-4.0, 4.0])
    apply_layout(fig, title=title or t("quality.fishbone.title"), height=height, legend=False)
    return fig


def _wrap(text: str, width: int) -> str:
    words, lines, line = str(text).split(), [], ""
    for w in words:
        if line and len(line) + len(w) + 1 > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    if line:
        lines.append(line)
    return "<br>".join(lines)


def histogram_figure(data: HistogramResult | CapabilityResult, *, title: str | None = None,
                     unit: str = "", height: int = 420) -> go.Figure:
    """Histogram with the fitted normal curve and BSB/BSA (and target/mean) lines."""
    hist = data if isinstance(data, HistogramResult) else histogram(data.values, lsl=data.lsl, usl=data.usl)
    centers = (hist.edges[:-1] + hist.edges[1:]) / 2
    width = hist.edges[1] - hist.edges[0]
    dec = max(1, int(-math.floor(math.log10(width))) + 1) if width > 0 else 2
    fmt = _d3(dec)
    fig = new_figure()
    fig.add_trace(go.Bar(x=centers, y=hist.counts, width=width, marker_color=COLORS["primary"], opacity=0.75,
                         name=t("quality.hist.frequency"),
                         hovertemplate=f"%{{x:{fmt}}}: %{{y}}<extra></extra>"))
    fig.add_trace(go.Scatter(x=hist.curve_x, y=hist.curve_y, mode="lines", name=t("quality.hist.normal_curve"),
                             line=dict(color=COLORS["secondary"], width=2), hoverinfo="skip"))
    lines = [(hist.lsl, t("quality.lsl"), COLORS["danger"]), (hist.usl, t("quality.usl"), COLORS["danger"]),
             (hist.mean, t("quality.cap.mean"), COLORS["center"])]
    if isinstance(data, CapabilityResult) and data.target is not None:
        lines.append((data.target, t("quality.target"), COLORS["neutral"]))
    for value, name, color in lines:
        if value is None:
            continue
        fig.add_vline(x=value, line=dict(color=color, dash="dash" if name != t("quality.cap.mean") else "dot",
                                         width=2), annotation_text=f"{name} {formats.number(value, dec)}",
                      annotation_position="top")
    y_title = t("quality.hist.frequency")
    x_title = t("quality.fig.value") + (f" ({unit})" if unit else "")
    fig_title = title or t("quality.hist.title")
    if isinstance(data, CapabilityResult):
        fig_title = title or (f"{t('quality.cap.title')}: Cp {formats.number(data.cp, 2)}, "
                              f"Cpk {formats.number(data.cpk, 2)}")
    apply_layout(fig, title=fig_title, x_title=x_title, y_title=y_title, height=height)
    fig.update_layout(bargap=0.02)
    return fig


def capability_figure(result: CapabilityResult, *, unit: str = "", height: int = 420) -> go.Figure:
    """Histogram of the capability data with specs, target and the indices in the title."""
    return histogram_figure(result, unit=unit, height=height)


def scatter_figure(result: ScatterResult, *, x_title: str = "x", y_title: str = "y",
                   title: str | None = None) -> go.Figure:
    """Scatter diagram with least-squares trend line; r in the title."""
    fig = new_figure()
    fig.add_trace(go.Scatter(x=result.x, y=result.y, mode="markers", name=t("quality.fig.data"),
                             marker=dict(color=COLORS["primary"], size=8, opacity=0.8)))
    xs = np.array([result.x.min(), result.x.max()])
    fig.add_trace(go.Scatter(x=xs, y=result.intercept + result.slope * xs, mode="lines",
                             name=t("quality.scatter.trend"), line=dict(color=COLORS["danger"], width=2)))
    apply_layout(fig, title=title or f"{t('quality.scatter.title')}: r = {formats.number(result.r, 2)}",
                 x_title=x_title, y_title=y_title)
    return fig


def oc_curve_figure(n: int | Iso2859Plan, c: int | None = None, *, aql: float | None = None,
                    ltpd: float | None = None, lot_size: int | None = None, height: int = 420,
                    compare: list[tuple[int, int]] | None = None) -> go.Figure:
    """OC curve Pa(p) of a single plan (n, c), with the AQL and LTPD points marked.

    ``aql``/``ltpd`` are fractions (0.01 = 1 %); an :class:`Iso2859Plan` may be
    given instead of (n, c), its AQL is then marked.  ``compare`` adds more
    plans ((n, c) pairs) as thin lines.
    """
    if isinstance(n, Iso2859Plan):
        plan = n
        n, c = plan.n, plan.ac
        if aql is None:
            aql = float(plan.aql) / 100.0 if float(plan.aql) <= 10 else None
    if c is None:
        c = 0
    hi = min(1.0, max(p for p in (sampling.p_for_acceptance(n, c, 0.02) if c < n else 1.0,
                                  (ltpd or 0) * 1.3, (aql or 0) * 3, 0.01)))
    p = np.linspace(0.0, hi, 301)
    pa = sampling.oc_single(n, c, p)
    fig = new_figure()
    for nn, cc in compare or []:
        fig.add_trace(go.Scatter(x=p * 100, y=sampling.oc_single(nn, cc, p), mode="lines",
                                 name=f"n = {nn}, c = {cc}", line=dict(width=1, dash="dot")))
    fig.add_trace(go.Scatter(x=p * 100, y=pa, mode="lines", name=f"n = {n}, c = {c}",
                             line=dict(color=COLORS["primary"], width=3),
                             hovertemplate=f"p = %{{x:.2f}} %<br>Pa = %{{y:.3f}}<extra></extra>"))
    for value, label, color in ((aql, "AQL", COLORS["ok"]), (ltpd, "LTPD", COLORS["danger"])):
        if value is None:
            continue
        v = float(value)
        pav = sampling.oc_single(n, c, v)
        fig.add_trace(go.Scatter(x=[v * 100], y=[pav], mode="markers+text", name=label,
                                 marker=dict(color=color, size=12),
                                 text=[f"{label}: Pa = {formats.number(pav, 2)}"], textposition="top right",
                                 hovertemplate=f"{label} %{{x:.2f}} %<br>Pa = %{{y:.3f}}<extra></extra>"))
        fig.add_vline(x=v * 100, line=dict(color=color, dash="dot"))
    apply_layout(fig, title=t("quality.fig.oc_title", n=n, c=c), x_title=t("quality.fig.p_percent"),
                 y_title=t("quality.fig.pa"), height=height)
    fig.update_yaxes(range=[0, 1.05])
    return fig


__all__ = ["control_chart_figure", "pareto_figure", "fishbone_figure", "histogram_figure",
           "capability_figure", "scatter_figure", "oc_curve_figure"]
