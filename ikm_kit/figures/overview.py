"""Figure of the sentra overview: workshops by status per month."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ikm_kit import formats
from ikm_kit.figures.common import COLORS, apply_layout, new_figure
from ikm_kit.i18n import t


def occupancy_trend_figure(trend: pd.DataFrame, sentra: str,
                           selected_month: pd.Timestamp | None = None) -> go.Figure:
    """Stacked bars of occupied / maintenance / vacant workshops per month.

    ``trend`` is :func:`ikm_kit.leaders.overview.occupancy_trend`'s result; the
    selected month is outlined.  Hover shows the month in words.
    """
    months = [formats.short_month(m) for m in trend["month"]]
    fig = new_figure()
    series = [
        ("occupied", "overview.occupied", COLORS["ok"]),
        ("maintenance", "overview.maintenance", COLORS["warning"]),
        ("vacant", "overview.vacant", "#c7c7c7"),
    ]
    selected = None
    if selected_month is not None:
        hits = trend.index[trend["month"] == selected_month]
        selected = int(hits[0]) if len(hits) else None
    for column, key, colour in series:
        widths = [2.5 if i == selected else 0 for i in range(len(trend))]
        fig.add_trace(go.Bar(
            x=months, y=trend[column], name=t(key), marker=dict(color=colour, line=dict(width=widths, color="#000")),
            customdata=[formats.month(m) for m in trend["month"]],
            hovertemplate="%{customdata}<br>" + t(key) + ": %{y}<extra></extra>",
        ))
    fig.update_layout(barmode="stack", bargap=0.15)
    apply_layout(fig, title=t("overview.chart_title", sentra=t(f"overview.sentra_{sentra}")),
                 x_title=t("overview.axis_month"), y_title=t("overview.axis_units"), height=400)
    fig.update_xaxes(tickangle=-45, type="category")
    return fig
