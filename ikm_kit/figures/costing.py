"""Figures of the costing area: cost breakdown, break-even, tornado, Monte Carlo, portfolio.

Every function takes a computation result from :mod:`ikm_kit.costing` and
returns a ``plotly.graph_objects.Figure`` with Indonesian labels (active
language) and Rupiah amounts formatted by :mod:`ikm_kit.formats`.

Each figure is described by a cheap *spec* (trace dicts + layout dict), so a
widget can update the figure it shows in place with
:func:`update_figure` (only data, title, shapes and annotations change) instead
of rebuilding it.

    >>> from ikm_kit.costing import examples, hpp
    >>> from ikm_kit.figures.costing import cost_breakdown_figure
    >>> fig = cost_breakdown_figure(hpp(examples.lemari_2_badan()))
    >>> len(fig.data)
    4
"""
from __future__ import annotations

from typing import Any, Callable

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ikm_kit.costing.breakeven import BreakEvenResult
from ikm_kit.costing.model import HppResult
from ikm_kit.costing.portfolio import PortfolioResult
from ikm_kit.costing.sensitivity import MonteCarloResult
from ikm_kit.errors import InputError
from ikm_kit.figures.common import COLORS, FONT_FAMILY, PALETTE, apply_layout, new_figure
from ikm_kit.formats import number, percent, rupiah
from ikm_kit.i18n import t

_COMPONENT_COLORS = {"bbb": PALETTE[0], "btkl": PALETTE[1], "bop_variable": PALETTE[2], "bop_fixed": PALETTE[3], "owner_wage": PALETTE[4]}
_RP_AXIS = dict(tickprefix="Rp ", tickformat=",.0f", separatethousands=True)

Spec = tuple[list[dict[str, Any]], dict[str, Any]]


def _wrong(field: str, value: object, valid: str) -> InputError:
    return InputError(t("costing.error.wrong_item", field=field, value=type(value).__name__, valid=valid))


def _hline(y: float, color: str, dash: str = "dash", width: float = 2) -> dict:
    return dict(type="line", xref="paper", x0=0, x1=1, yref="y", y0=y, y1=y,
                line=dict(color=color, dash=dash, width=width))


def _vline(x: float, color: str, dash: str = "dot", width: float = 1.5) -> dict:
    return dict(type="line", yref="paper", y0=0, y1=1, xref="x", x0=x, x1=x,
                line=dict(color=color, dash=dash, width=width))


def _title(text: str) -> dict:
    return dict(text=text, x=0, xanchor="left", font=dict(size=17))


# --------------------------------------------------------------------------- specs

def breakdown_spec(result: HppResult, mode: str = "stacked") -> Spec:
    """Trace dicts and layout for :func:`cost_breakdown_figure`."""
    if not isinstance(result, HppResult):
        raise _wrong(t("costing.field.model"), result, "HppResult")
    b = result.breakdown().set_index("component")
    parts = ["bbb", "btkl", "bop_variable", "bop_fixed"] + (["owner_wage"] if "owner_wage" in b.index else [])
    shapes: list[dict] = []
    annotations: list[dict] = []
    if mode == "waterfall":
        values = [float(b.loc[k, "full_costing"]) for k in parts]
        labels = [t(f"costing.fig.short_{k}") for k in parts] + [t("costing.fig.hpp_full_short")]
        traces = [dict(
            type="waterfall", x=labels, y=values + [0.0], measure=["relative"] * len(parts) + ["total"],
            text=[rupiah(v) for v in values] + [rupiah(result.hpp_full)], textposition="outside",
            connector=dict(line=dict(color=COLORS["neutral"], width=1)),
            increasing=dict(marker=dict(color=COLORS["primary"])),
            totals=dict(marker=dict(color=COLORS["secondary"])),
            hovertemplate="%{x}: %{text}<extra></extra>", name=t("costing.component.hpp"))]
        legend = False
    elif mode == "stacked":
        cats = [t("costing.label.full_costing"), t("costing.label.variable_costing")]
        traces = []
        for k in parts:
            vals = [float(b.loc[k, "full_costing"]), float(b.loc[k, "variable_costing"])]
            traces.append(dict(
                type="bar", x=cats, y=vals, name=t(f"costing.component.{k}"), marker=dict(color=_COMPONENT_COLORS[k]),
                customdata=[rupiah(v) for v in vals],
                hovertemplate="%{x}<br>" + t(f"costing.component.{k}") + ": %{customdata}<extra></extra>"))
        for x, total in zip(cats, (result.hpp_full, result.hpp_variable)):
            annotations.append(dict(x=x, y=total, text=f"<b>{rupiah(total)}</b>", showarrow=False, yshift=12))
        legend = True
    else:
        raise InputError(t("error.unknown_choice", field="mode", value=mode, valid="stacked, waterfall"))
    if result.price > 0:
        shapes.append(_hline(result.price, COLORS["danger"]))
        annotations.append(dict(xref="paper", x=0, y=result.price, xanchor="left", yanchor="bottom",
                                text=t("costing.fig.price_line", price=rupiah(result.price)), showarrow=False,
                                font=dict(color=COLORS["danger"])))
    layout = dict(title=_title(t("costing.fig.breakdown_title", name=result.model.name)), barmode="stack",
                  shapes=shapes, annotations=annotations, showlegend=legend,
                  yaxis=dict(title=dict(text=t("costing.fig.rp_per_unit")), rangemode="tozero", **_RP_AXIS),
                  xaxis=dict(title=dict(text=None)))
    return traces, layout


def break_even_spec(result: BreakEvenResult | HppResult, max_units: float | None = None) -> Spec:
    """Trace dicts and layout for :func:`break_even_figure`."""
    bep = result.break_even() if isinstance(result, HppResult) else result
    if not isinstance(bep, BreakEvenResult):
        raise _wrong(t("costing.field.model"), result, "BreakEvenResult, HppResult")
    tab = bep.table(max_units=max_units, points=61)
    q = tab["units"].to_numpy()
    rev, cost = tab["revenue"].to_numpy(), tab["total_cost"].to_numpy()
    lower = np.minimum(rev, cost)
    unit = t("unit.units")
    traces = [
        dict(type="scatter", x=q, y=lower, line=dict(width=0), hoverinfo="skip", showlegend=False, mode="lines"),
        dict(type="scatter", x=q, y=cost, fill="tonexty", fillcolor="rgba(213,94,0,0.12)", line=dict(width=0),
             hoverinfo="skip", name=t("costing.fig.loss_area"), mode="lines"),
        dict(type="scatter", x=q, y=lower, line=dict(width=0), hoverinfo="skip", showlegend=False, mode="lines"),
        dict(type="scatter", x=q, y=np.maximum(rev, lower), fill="tonexty", fillcolor="rgba(0,158,115,0.12)",
             line=dict(width=0),
             hoverinfo="skip", name=t("costing.fig.profit_area"), mode="lines"),
        dict(type="scatter", x=q, y=rev, name=t("costing.fig.revenue"), mode="lines",
             line=dict(color=COLORS["primary"], width=3), customdata=[rupiah(v) for v in rev],
             hovertemplate="%{x:,.1f} " + unit + ": %{customdata}<extra></extra>"),
        dict(type="scatter", x=q, y=cost, name=t("costing.fig.total_cost"), mode="lines",
             line=dict(color=COLORS["danger"], width=3), customdata=[rupiah(v) for v in cost],
             hovertemplate="%{x:,.1f} " + unit + ": %{customdata}<extra></extra>"),
        dict(type="scatter", x=q, y=tab["fixed_cost"].to_numpy(), name=t("costing.fig.fixed_cost"), mode="lines",
             line=dict(color=COLORS["neutral"], dash="dot", width=2), hoverinfo="skip"),
        dict(type="scatter", x=[bep.units], y=[bep.revenue], mode="markers+text", name=t("costing.fig.bep"),
             marker=dict(size=14, color=COLORS["secondary"], line=dict(color="#000", width=1.5)),
             text=[t("costing.fig.bep_label", units=number(bep.units, 1), revenue=rupiah(bep.revenue))],
             textposition="middle right", hoverinfo="text"),
    ]
    shapes, annotations = [], []
    if bep.planned_units:
        shapes.append(_vline(bep.planned_units, COLORS["neutral"]))
        annotations.append(dict(x=bep.planned_units, yref="paper", y=1, xanchor="left", yanchor="top",
                                text=t("costing.fig.planned", units=number(bep.planned_units)), showarrow=False))
    layout = dict(title=_title(t("costing.fig.bep_title")), shapes=shapes, annotations=annotations, showlegend=True,
                  xaxis=dict(title=dict(text=t("costing.fig.units_per_period")), rangemode="tozero"),
                  yaxis=dict(title=dict(text=t("costing.fig.rp_per_period")), **_RP_AXIS))
    return traces, layout


def tornado_spec(df: pd.DataFrame) -> Spec:
    """Trace dicts and layout for :func:`tornado_figure`."""
    if not isinstance(df, pd.DataFrame) or "output_low" not in df.columns:
        raise _wrong("tornado", df, "DataFrame (ikm_kit.costing.tornado)")
    d = df.iloc[::-1]   # plotly draws the first category at the bottom
    out = df.attrs.get("output", "hpp_full")
    pct = df.attrs.get("pct", 10.0)
    base = float(df["output_base"].iloc[0]) if len(df) else 0.0
    traces = []
    for col, key, colour in (("output_low", "costing.fig.input_down", COLORS["primary"]),
                             ("output_high", "costing.fig.input_up", COLORS["secondary"])):
        name = t(key, pct=number(pct))
        traces.append(dict(
            type="bar", y=d["label"].tolist(), x=d[col].to_numpy() - base, base=base, orientation="h", name=name,
            marker=dict(color=colour), customdata=[rupiah(v) for v in d[col]],
            hovertemplate="%{y}: %{customdata}<extra>" + name + "</extra>"))
    layout = dict(title=_title(t("costing.fig.tornado_title", output=t(f"costing.output.{out}"), pct=number(pct))),
                  barmode="overlay", shapes=[_vline(base, "#000", "solid", 1)], annotations=[], showlegend=True,
                  xaxis=dict(title=dict(text=t(f"costing.output.{out}")), **_RP_AXIS),
                  yaxis=dict(automargin=True, title=dict(text=None)))
    return traces, layout


def monte_carlo_spec(result: MonteCarloResult, output: str = "profit", bins: int = 60) -> Spec:
    """Trace dicts and layout for :func:`monte_carlo_figure`."""
    if not isinstance(result, MonteCarloResult):
        raise _wrong("monte_carlo", result, "MonteCarloResult")
    if output not in ("profit", "hpp_full", "hpp_variable"):
        raise InputError(t("error.unknown_choice", field="output", value=output,
                           valid="profit, hpp_full, hpp_variable"))
    x = result.samples[output].to_numpy()
    lo, hi = float(np.min(x)), float(np.max(x))
    if hi <= lo:
        lo, hi = lo - 0.5, lo + 0.5
    edges = np.linspace(lo, hi, int(bins) + 1)
    counts, _ = np.histogram(x, bins=edges)
    centers = (edges[:-1] + edges[1:]) / 2
    share = counts / max(1, len(x))
    colours = ([COLORS["danger"] if c < 0 else COLORS["ok"] for c in centers] if output == "profit"
               else [COLORS["primary"]] * len(centers))
    traces = [dict(
        type="bar", x=centers, y=share, width=float(edges[1] - edges[0]), marker=dict(color=colours),
        name=t(f"costing.output.{output}"), showlegend=False,
        customdata=[f"{rupiah(a)} – {rupiah(b)}" for a, b in zip(edges[:-1], edges[1:])],
        hovertemplate="%{customdata}<br>%{y:.1%}<extra></extra>")]
    shapes, annotations = [], []
    for val, lab, dash, y in zip(np.percentile(x, [5, 50, 95]), ("P5", "P50", "P95"), ("dot", "dash", "dot"),
                                 (1.0, 0.93, 1.0)):
        shapes.append(_vline(float(val), "#333", dash))
        annotations.append(dict(x=float(val), yref="paper", y=y, text=f"{lab}: {rupiah(val)}", showarrow=False,
                                yanchor="bottom", font=dict(size=12)))
    if output == "profit":
        title = t("costing.fig.mc_profit_title", loss=percent(result.prob_loss), n=number(result.n))
        if lo < 0 < hi:
            shapes.append(_vline(0.0, COLORS["danger"], "solid", 2))
    else:
        title = t("costing.fig.mc_cost_title", output=t(f"costing.output.{output}"), n=number(result.n))
    layout = dict(title=_title(title), shapes=shapes, annotations=annotations, showlegend=False, bargap=0,
                  xaxis=dict(title=dict(text=t(f"costing.output.{output}")), **_RP_AXIS),
                  yaxis=dict(title=dict(text=t("costing.fig.share_draws")), tickformat=".1%"))
    return traces, layout


def portfolio_spec(result: PortfolioResult) -> Spec:
    """Trace dicts and layout for :func:`portfolio_figure`."""
    if not isinstance(result, PortfolioResult):
        raise _wrong("portfolio", result, "PortfolioResult")
    tab = result.table.sort_values("cm_per_machine_hour", ascending=True, na_position="first")
    best = result.best_per_machine_hour
    vals = tab["cm_per_machine_hour"].fillna(0).to_numpy()
    traces = [dict(
        type="bar", y=tab["product"].tolist(), x=vals, orientation="h",
        marker=dict(color=[COLORS["ok"] if p == best else COLORS["primary"] for p in tab["product"]]),
        text=[rupiah(v) for v in vals], textposition="auto", hovertemplate="%{y}: %{text}<extra></extra>",
        showlegend=False)]
    layout = dict(title=_title(t("costing.fig.portfolio_title")), shapes=[], annotations=[], showlegend=False,
                  xaxis=dict(title=dict(text=t("costing.label.cm_per_mh")), **_RP_AXIS),
                  yaxis=dict(automargin=True, title=dict(text=None)))
    return traces, layout


# --------------------------------------------------------------------------- figures

# legend under the plot: long Indonesian titles need the whole top line
_LEGEND = dict(legend=dict(orientation="h", yanchor="top", y=-0.2, xanchor="left", x=0),
               margin=dict(b=110, t=60))


def _build(spec: Spec, height: int) -> go.Figure:
    traces, layout = spec
    fig = new_figure(data=[dict(tr) for tr in traces])
    apply_layout(fig, height=height, legend=bool(layout.get("showlegend", True)))
    fig.update_layout(**_LEGEND)
    fig.update_layout(**layout)
    return fig


def cost_breakdown_figure(result: HppResult, mode: str = "stacked", height: int = 420) -> go.Figure:
    """HPP per unit split into BBB, BTKL, BOP variabel and BOP tetap.

    ``mode="stacked"``: two stacked bars, full costing next to variable
    costing, with the selling price as a dashed line.  ``mode="waterfall"``:
    the full-costing HPP built up step by step.
    """
    return _build(breakdown_spec(result, mode), height)


def break_even_figure(result: BreakEvenResult | HppResult, max_units: float | None = None,
                      height: int = 420) -> go.Figure:
    """Revenue and total cost against volume with the break-even point marked.

    Accepts a :class:`~ikm_kit.costing.BreakEvenResult` or an
    :class:`~ikm_kit.costing.HppResult` (its monthly figures).  The planned
    volume, when known, is a dotted vertical line; profit and loss areas are shaded.
    """
    return _build(break_even_spec(result, max_units), height)


def tornado_figure(df: pd.DataFrame, height: int | None = None) -> go.Figure:
    """Tornado chart of :func:`ikm_kit.costing.tornado`: largest effect on top;
    bars start at the base output, one colour per direction (−x % / +x %)."""
    return _build(tornado_spec(df), height or max(300, 90 + 38 * len(df)))


def monte_carlo_figure(result: MonteCarloResult, output: str = "profit", bins: int = 60,
                       height: int = 420) -> go.Figure:
    """Histogram of Monte Carlo draws; for profit the loss side (< 0) is red and
    the probability of loss is in the title; P5/P50/P95 are marked."""
    return _build(monte_carlo_spec(result, output, bins), height)


def portfolio_figure(result: PortfolioResult, height: int = 380) -> go.Figure:
    """Contribution margin per machine hour by product (the best one highlighted)."""
    return _build(portfolio_spec(result), height)


SPECS: dict[str, Callable[..., Spec]] = {
    "breakdown": breakdown_spec,
    "break_even": break_even_spec,
    "tornado": tornado_spec,
    "monte_carlo": monte_carlo_spec,
    "portfolio": portfolio_spec,
}


def update_figure(fig: go.Figure, spec: Spec, height: int | None = None) -> go.Figure:
    """Put ``spec`` into ``fig`` in place, in one batch (the figure a ``PlotView`` then shows).

    When the traces have the same types as before only their data and the
    title/shapes/annotations change (fast: no template rebuild); otherwise the
    traces are replaced.  The first call on an empty figure applies the
    ikm-kit layout.
    """
    traces, layout = spec
    same = len(fig.data) == len(traces) and all(a.type == b["type"] for a, b in zip(fig.data, traces))
    with fig.batch_update():
        if not same:
            fig.data = []
            fig.add_traces([dict(tr) for tr in traces])
        else:
            for old, new in zip(fig.data, traces):
                props = {k: v for k, v in new.items() if k != "type"}
                old.update(props)
        if fig.layout.font.family != FONT_FAMILY:      # first use: the ikm-kit look
            apply_layout(fig, height=height or 420)
            fig.update_layout(**_LEGEND)
        if height is not None and fig.layout.height != height:
            fig.layout.height = height
        fig.update_layout(**layout)
    return fig


__all__ = ["cost_breakdown_figure", "break_even_figure", "tornado_figure", "monte_carlo_figure",
           "portfolio_figure", "breakdown_spec", "break_even_spec", "tornado_spec", "monte_carlo_spec",
           "portfolio_spec", "update_figure", "SPECS"]
