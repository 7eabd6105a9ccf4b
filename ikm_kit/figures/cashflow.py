"""Plotly figure of a cash plan: cash in and out per month as bars, closing cash as a line.

    >>> from ikm_kit.costing.cashflow import cash_plan
    >>> fig = cash_flow_figure(cash_plan(0, 3, sales=[1, 2, 3]))
    >>> [tr.type for tr in fig.data]
    ['bar', 'bar', 'scatter']
"""
from __future__ import annotations

import plotly.graph_objects as go

from ikm_kit.errors import InputError
from ikm_kit.figures.common import COLORS, apply_layout, new_figure
from ikm_kit.formats import rupiah
from ikm_kit.i18n import t


def cash_flow_figure(plan, *, highlight_month: int | None = None, height: int = 430) -> go.Figure:
    """Bars: cash in (up) and cash out (down) per month; line: closing cash, red markers below zero.

    ``plan`` is a :class:`~ikm_kit.costing.cashflow.CashPlan`; ``highlight_month`` (1-based)
    draws a band behind one month (e.g. the month the rent is due and cannot be paid).
    """
    from ikm_kit.costing.cashflow import CashPlan

    if not isinstance(plan, CashPlan):
        raise InputError(t("costing.error.wrong_item", field="plan", value=type(plan).__name__, valid="CashPlan"))
    tb = plan.table
    months = [t("cashflow.month_short", n=int(m)) for m in tb["month"]]
    closing = tb["closing_cash"].tolist()
    marker_colors = [COLORS["danger"] if c < 0 else COLORS["ok"] for c in closing]
    fig = new_figure([
        go.Bar(x=months, y=tb["cash_in"].tolist(), name=t("cashflow.col.cash_in"), marker_color=COLORS["primary"],
               customdata=[rupiah(v) for v in tb["cash_in"]], hovertemplate="%{x}: %{customdata}<extra></extra>"),
        go.Bar(x=months, y=(-tb["cash_out"]).tolist(), name=t("cashflow.col.cash_out"),
               marker_color=COLORS["secondary"], customdata=[rupiah(v) for v in tb["cash_out"]],
               hovertemplate="%{x}: −%{customdata}<extra></extra>"),
        go.Scatter(x=months, y=closing, name=t("cashflow.col.closing_cash"), mode="lines+markers",
                   line=dict(color=COLORS["neutral"], width=2), marker=dict(color=marker_colors, size=10),
                   customdata=[rupiah(v) for v in closing], hovertemplate="%{x}: %{customdata}<extra></extra>"),
    ])
    fig.update_layout(barmode="relative", bargap=0.25)
    fig.add_hline(y=0, line=dict(color=COLORS["danger"], width=1.5, dash="dash"))
    if highlight_month is not None and 1 <= int(highlight_month) <= len(months):
        i = int(highlight_month) - 1
        fig.add_vrect(x0=i - 0.5, x1=i + 0.5, fillcolor=COLORS["danger"], opacity=0.10, line_width=0)
    apply_layout(fig, title=t("cashflow.fig.title"), height=height)
    fig.update_yaxes(tickprefix="Rp ", tickformat=",.0f", separatethousands=True, title_text=None)
    return fig


__all__ = ["cash_flow_figure"]
