"""Figures of the costing area: cost breakdown, break-even, tornado, Monte Carlo, portfolio.

Every function takes a computation result from :mod:`ikm_kit.costing` and
returns a ``plotly.graph_objects.Figure`` with Indonesian labels (active
language) and Rupiah amounts formatted by :mod:`ikm_kit.formats`.

    >>> from ikm_kit.costing import examples, hpp
    >>> from ikm_kit.figures.costing import cost_breakdown_figure
    >>> fig = cost_breakdown_figure(hpp(examples.lemari_2_badan()))
    >>> len(fig.data)
    4
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ikm_kit.costing.breakeven import BreakEvenResult
from ikm_kit.costing.model import HppResult
from ikm_kit.costing.portfolio import PortfolioResult
from ikm_kit.costing.sensitivity import MonteCarloResult
from ikm_kit.errors import InputError
from ikm_kit.figures.common import COLORS, PALETTE, apply_layout
from ikm_kit.formats import number, percent, rupiah
from ikm_kit.i18n import t

_COMPONENT_COLORS = {
    "bbb": PALETTE[0],
    "btkl": PALETTE[1],
    "bop_variable": PALETTE[2],
    "bop_fixed": PALETTE[3],
}


def _rp_axis(fig: go.Figure, axis: str = "y") -> None:
    upd = dict(tickprefix="Rp ", tickformat=",.0f", separatethousands=True)
    (fig.update_yaxes if axis == "y" else fig.update_xaxes)(**upd)


def cost_breakdown_figure(result: HppResult, mode: str = "stacked", height: int = 420) -> go.Figure:
    """HPP per unit split into BBB, BTKL, BOP variabel and BOP tetap.

    ``mode="stacked"``: two stacked bars, full costing next to variable
    costing, with the selling price as a dashed line.  ``mode="waterfall"``:
    the full-costing HPP built up step by step.
    """
    if not isinstance(result, HppResult):
        raise InputError(t("costing.error.wrong_item", field=t("costing.field.model"),
                           value=type(result).__name__, valid="HppResult"))
    b = result.breakdown().set_index("component")
    parts = ["bbb", "btkl", "bop_variable", "bop_fixed"]
    fig = go.Figure()
    if mode == "waterfall":
        values = [float(b.loc[k, "full_costing"]) for k in parts]
        labels = [t(f"costing.fig.short_{k}") for k in parts] + [t("costing.fig.hpp_full_short")]
        fig.add_trace(go.Waterfall(
            x=labels, y=values + [0.0], measure=["relative"] * 4 + ["total"],
            text=[rupiah(v) for v in values] + [rupiah(result.hpp_full)], textposition="outside",
            connector=dict(line=dict(color=COLORS["neutral"], width=1)),
            increasing=dict(marker=dict(color=COLORS["primary"])),
            totals=dict(marker=dict(color=COLORS["secondary"])),
            hovertemplate="%{x}: %{text}<extra></extra>", name=t("costing.component.hpp"),
        ))
        legend = False
    elif mode == "stacked":
        cats = [t("costing.label.full_costing"), t("costing.label.variable_costing")]
        for k in parts:
            vals = [float(b.loc[k, "full_costing"]), float(b.loc[k, "variable_costing"])]
            fig.add_trace(go.Bar(
                x=cats, y=vals, name=t(f"costing.component.{k}"), marker_color=_COMPONENT_COLORS[k],
                customdata=[rupiah(v) for v in vals],
                hovertemplate="%{x}<br>" + t(f"costing.component.{k}") + ": %{customdata}<extra></extra>",
            ))
        fig.update_layout(barmode="stack")
        for x, total in zip(cats, (result.hpp_full, result.hpp_variable)):
            fig.add_annotation(x=x, y=total, text=f"<b>{rupiah(total)}</b>", showarrow=False, yshift=12)
        legend = True
    else:
        raise InputError(t("error.unknown_choice", field="mode", value=mode, valid="stacked, waterfall"))
    if result.price > 0:
        fig.add_hline(y=result.price, line=dict(color=COLORS["danger"], dash="dash", width=2),
                      annotation_text=t("costing.fig.price_line", price=rupiah(result.price)),
                      annotation_position="top left")
    apply_layout(fig, title=t("costing.fig.breakdown_title", name=result.model.name),
                 y_title=t("costing.fig.rp_per_unit"), height=height, legend=legend)
    _rp_axis(fig)
    return fig


def break_even_figure(result: BreakEvenResult | HppResult, max_units: float | None = None,
                      height: int = 420) -> go.Figure:
    """Revenue and total cost against volume with the break-even point marked.

    Accepts a :class:`~ikm_kit.costing.BreakEvenResult` or an
    :class:`~ikm_kit.costing.HppResult` (its monthly figures).  The planned
    volume, when known, is a dotted vertical line; profit and loss areas are
    shaded.
    """
    bep = result.break_even() if isinstance(result, HppResult) else result
    if not isinstance(bep, BreakEvenResult):
        raise InputError(t("costing.error.wrong_item", field=t("costing.field.model"),
                           value=type(result).__name__, valid="BreakEvenResult, HppResult"))
    tab = bep.table(max_units=max_units, points=81)
    q = tab["units"].to_numpy()
    rev, cost = tab["revenue"].to_numpy(), tab["total_cost"].to_numpy()
    fig = go.Figure()
    # loss area (cost above revenue) and profit area, as fills between the two lines
    fig.add_trace(go.Scatter(x=q, y=np.minimum(rev, cost), line=dict(width=0), hoverinfo="skip",
                             showlegend=False))
    fig.add_trace(go.Scatter(x=q, y=cost, fill="tonexty", fillcolor="rgba(213,94,0,0.12)", line=dict(width=0),
                             hoverinfo="skip", name=t("costing.fig.loss_area")))
    fig.add_trace(go.Scatter(x=q, y=np.minimum(rev, cost), line=dict(width=0), hoverinfo="skip",
                             showlegend=False))
    fig.add_trace(go.Scatter(x=q, y=np.maximum(rev, cost), fill="tonexty", fillcolor="rgba(0,158,115,0.12)",
                             line=dict(width=0), hoverinfo="skip", name=t("costing.fig.profit_area")))
    fig.add_trace(go.Scatter(x=q, y=rev, name=t("costing.fig.revenue"), line=dict(color=COLORS["primary"], width=3),
                             customdata=[rupiah(v) for v in rev],
                             hovertemplate="%{x:,.1f} " + t("unit.units") + ": %{customdata}<extra></extra>"))
    fig.add_trace(go.Scatter(x=q, y=cost, name=t("costing.fig.total_cost"),
                             line=dict(color=COLORS["danger"], width=3), customdata=[rupiah(v) for v in cost],
                             hovertemplate="%{x:,.1f} " + t("unit.units") + ": %{customdata}<extra></extra>"))
    fig.add_trace(go.Scatter(x=q, y=tab["fixed_cost"], name=t("costing.fig.fixed_cost"),
                             line=dict(color=COLORS["neutral"], dash="dot", width=2), hoverinfo="skip"))
    fig.add_trace(go.Scatter(
        x=[bep.units], y=[bep.revenue], mode="markers+text", name=t("costing.fig.bep"),
        marker=dict(size=14, color=COLORS["secondary"], line=dict(color="#000", width=1.5)),
        text=[t("costing.fig.bep_label", units=number(bep.units, 1), revenue=rupiah(bep.revenue))],
        textposition="middle right", hoverinfo="text"))
    if bep.planned_units:
        fig.add_vline(x=bep.planned_units, line=dict(color=COLORS["neutral"], dash="dot"),
                      annotation_text=t("costing.fig.planned", units=number(bep.planned_units)),
                      annotation_position="top right")
    apply_layout(fig, title=t("costing.fig.bep_title"), x_title=t("costing.fig.units_per_period"),
                 y_title=t("costing.fig.rp_per_period"), height=height)
    _rp_axis(fig)
    fig.update_xaxes(rangemode="tozero")
    return fig


def tornado_figure(df: pd.DataFrame, height: int | None = None) -> go.Figure:
    """Tornado chart of :func:`ikm_kit.costing.tornado`: largest effect on top.

    Bars start at the base output; one colour for the input lowered by x %, one
    for the input raised by x %.
    """
    if not isinstance(df, pd.DataFrame) or "output_low" not in df.columns:
        raise InputError(t("costing.error.wrong_item", field="tornado", value=type(df).__name__,
                           valid="DataFrame (ikm_kit.costing.tornado)"))
    d = df.iloc[::-1]   # plotly draws the first category at the bottom
    out = df.attrs.get("output", "hpp_full")
    pct = df.attrs.get("pct", 10.0)
    base = float(df["output_base"].iloc[0]) if len(df) else 0.0
    fig = go.Figure()
    for col, key, colour in (("output_low", "costing.fig.input_down", COLORS["primary"]),
                             ("output_high", "costing.fig.input_up", COLORS["secondary"])):
        delta = d[col].to_numpy() - base
        fig.add_trace(go.Bar(
            y=d["label"], x=delta, base=base, orientation="h", name=t(key, pct=number(pct)),
            marker_color=colour, customdata=[rupiah(v) for v in d[col]],
            hovertemplate="%{y}: %{customdata}<extra>" + t(key, pct=number(pct)) + "</extra>",
        ))
    fig.update_layout(barmode="overlay")
    fig.add_vline(x=base, line=dict(color="#000", width=1))
    apply_layout(fig, title=t("costing.fig.tornado_title", output=t(f"costing.output.{out}"), pct=number(pct)),
                 x_title=t(f"costing.output.{out}"), height=height or max(300, 60 + 38 * len(df)))
    _rp_axis(fig, "x")
    fig.update_yaxes(automargin=True)
    return fig


def monte_carlo_figure(result: MonteCarloResult, output: str = "profit", bins: int = 60,
                       height: int = 420) -> go.Figure:
    """Histogram of Monte Carlo draws; for profit the loss side (< 0) is red and
    the probability of loss is in the title; P5/P50/P95 are marked."""
    if not isinstance(result, MonteCarloResult):
        raise InputError(t("costing.error.wrong_item", field="monte_carlo", value=type(result).__name__,
                           valid="MonteCarloResult"))
    if output not in ("profit", "hpp_full", "hpp_variable"):
        raise InputError(t("error.unknown_choice", field="output", value=output,
                           valid="profit, hpp_full, hpp_variable"))
    x = result.samples[output].to_numpy()
    lo, hi = float(np.min(x)), float(np.max(x))
    if hi <= lo:
        hi = lo + 1.0
    edges = np.linspace(lo, hi, int(bins) + 1)
    counts, _ = np.histogram(x, bins=edges)
    centers = (edges[:-1] + edges[1:]) / 2
    share = counts / max(1, len(x))
    colours = ([COLORS["danger"] if c < 0 else COLORS["ok"] for c in centers] if output == "profit"
               else [COLORS["primary"]] * len(centers))
    fig = go.Figure(go.Bar(
        x=centers, y=share, width=(edges[1] - edges[0]), marker_color=colours, name=t(f"costing.output.{output}"),
        customdata=[f"{rupiah(a)} – {rupiah(b)}" for a, b in zip(edges[:-1], edges[1:])],
        hovertemplate="%{customdata}<br>%{y:.1%}<extra></extra>", showlegend=False,
    ))
    p5, p50, p95 = np.percentile(x, [5, 50, 95])
    for val, lab, dash in ((p5, "P5", "dot"), (p50, "P50", "dash"), (p95, "P95", "dot")):
        fig.add_vline(x=float(val), line=dict(color="#333", dash=dash, width=1.5),
                      annotation_text=f"{lab}: {rupiah(val)}", annotation_position="top")
    if output == "profit":
        title = t("costing.fig.mc_profit_title", loss=percent(result.prob_loss), n=number(result.n))
        if lo < 0 < hi:
            fig.add_vline(x=0, line=dict(color=COLORS["danger"], width=2))
    else:
        title = t("costing.fig.mc_cost_title", output=t(f"costing.output.{output}"), n=number(result.n))
    apply_layout(fig, title=title, x_title=t(f"costing.output.{output}"), y_title=t("costing.fig.share_draws"),
                 height=height, legend=False)
    _rp_axis(fig, "x")
    fig.update_yaxes(tickformat=".0%")
    return fig


def portfolio_figure(result: PortfolioResult, height: int = 380) -> go.Figure:
    """Contribution margin per machine hour by product (the best one highlighted)."""
    if not isinstance(result, PortfolioResult):
        raise InputError(t("costing.error.wrong_item", field="portfolio", value=type(result).__name__,
                           valid="PortfolioResult"))
    tab = result.table.sort_values("cm_per_machine_hour", ascending=True, na_position="first")
    best = result.best_per_machine_hour
    vals = tab["cm_per_machine_hour"].fillna(0).to_numpy()
    fig = go.Figure(go.Bar(
        y=tab["product"], x=vals, orientation="h",
        marker_color=[COLORS["ok"] if p == best else COLORS["primary"] for p in tab["product"]],
        text=[rupiah(v) for v in vals], textposition="auto",
        hovertemplate="%{y}: %{text}<extra></extra>", showlegend=False,
    ))
    apply_layout(fig, title=t("costing.fig.portfolio_title"), x_title=t("costing.label.cm_per_mh"),
                 height=height, legend=False)
    _rp_axis(fig, "x")
    fig.update_yaxes(automargin=True)
    return fig


__all__ = ["cost_breakdown_figure", "break_even_figure", "tornado_figure", "monte_carlo_figure",
           "portfolio_figure"]
