"""Figure of the leaders' summary: one indicator per month, both sentras."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ikm_kit import formats
from ikm_kit.figures.common import PALETTE, apply_layout, new_figure
from ikm_kit.i18n import t

SENTRA_COLORS = {"mebel": PALETTE[0], "pangan": PALETTE[1]}


def summary_trend_figure(trends: pd.DataFrame, metric: str, month: pd.Timestamp | None = None) -> go.Figure:
    """Lines of ``metric`` per month for each sentra; the chosen ``month`` is marked.

    ``trends`` is :func:`ikm_kit.leaders.summary.monthly_indicators`'s frame.  Percent
    metrics are shown in %, money in Rp.
    """
    money = metric == "revenue_rp"
    fig = new_figure()
    for sentra in ("mebel", "pangan"):
        part = trends[(trends["sentra"] == sentra) & trends[metric].notna()]
        if part.empty:
            continue
        y = part[metric].astype(float) * (1 if money else 100)
        text = [formats.rupiah(v) if money else formats.percent(v, 1) for v in part[metric]]
        fig.add_trace(go.Scatter(
            x=list(part["month"]), y=list(y), mode="lines+markers", name=t(f"overview.sentra_{sentra}"),
            line=dict(color=SENTRA_COLORS[sentra], width=3), marker=dict(size=7),
            customdata=[[formats.month(m), s] for m, s in zip(part["month"], text)],
            hovertemplate="%{customdata[0]}: %{customdata[1]}<extra>" + t(f"overview.sentra_{sentra}") + "</extra>",
        ))
    if month is not None:
        fig.add_vline(x=pd.Timestamp(month), line=dict(color="#555", dash="dot", width=1.5))
    apply_layout(fig, title=t("dashboards.leaders.trend_title", metric=t(f"dashboards.metric.{metric}")),
                 y_title="Rp" if money else "%", height=400)
    fig.update_xaxes(tickformat="%b %Y")
    # legend under the plot: on a 375 px phone a legend at the top covers the title
    fig.update_layout(margin=dict(l=70, r=15, t=60, b=90),
                      legend=dict(orientation="h", yanchor="top", y=-0.18, xanchor="left", x=0))
    if not money:
        fig.update_yaxes(rangemode="tozero")
    return fig


__all__ = ["summary_trend_figure"]
