"""Shared plotly styling: one look for every figure, numbers in the active locale.

    >>> import plotly.graph_objects as go
    >>> from ikm_kit.figures.common import apply_layout
    >>> fig = apply_layout(go.Figure(), title="Contoh", x_title="Jam", y_title="mm")
"""
from __future__ import annotations

import os

import plotly.graph_objects as go
import plotly.io as pio
from plotly.subplots import make_subplots

from ikm_kit.formats import plotly_separators

# Colour-blind-safe palette (Okabe-Ito) plus semantic colours.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
COLORS = {
    "primary": "#0072B2",
    "secondary": "#E69F00",
    "ok": "#009E73",
    "warning": "#E69F00",
    "danger": "#D55E00",
    "neutral": "#7f7f7f",
    "limit": "#D55E00",
    "center": "#009E73",
    "spec": "#CC79A7",
    "grid": "#e5e5e5",
}
FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif"


#: plotly validates every property assignment (≈ half the time of building a
#: figure, e.g. 42 → 25 ms for a control chart).  Builders create figures
#: through :func:`new_figure`, which skips it unless ``IKM_VALIDATE_FIGURES=1``
#: (the test suite sets it, so a misspelt property fails a test; a test also
#: checks that both ways give the same JSON).
VALIDATE = os.environ.get("IKM_VALIDATE_FIGURES", "") == "1"


def new_figure(data=None, layout=None) -> go.Figure:
    """A ``go.Figure`` for the builders (validated only under ``IKM_VALIDATE_FIGURES=1``).

        >>> fig = new_figure(go.Bar(y=[1, 2]))
        >>> fig.data[0].type
        'bar'
    """
    return go.Figure(data=data, layout=layout, _validate=VALIDATE)


def new_subplots(**kwargs) -> go.Figure:
    """``plotly.subplots.make_subplots`` on a :func:`new_figure` (same arguments)."""
    return make_subplots(figure=new_figure(), **kwargs)


def vline(fig: go.Figure, x, *, line: dict, text: str | None = None, side: str = "right") -> go.Figure:
    """A vertical line across all panels at data position ``x`` with an optional label at the top.

    Like ``fig.add_vline`` but one shape spanning the whole plot area (a few
    ms instead of ~15 ms per line on a two-panel chart).  ``side`` is where the
    label sits relative to the line (``"left"``/``"right"``).

        >>> fig = vline(new_figure(go.Scatter(y=[1, 2, 3])), 1.5, line=dict(dash="dot"), text="mulai")
        >>> fig.layout.shapes[0].yref
        'paper'
    """
    fig.add_shape(type="line", xref="x", yref="paper", x0=x, x1=x, y0=0, y1=1, line=line)
    if text:
        # inside the plot, at the top: clear of panel titles and legends on any screen width
        fig.add_annotation(x=x, xref="x", y=1, yref="paper", yanchor="top", text=text, showarrow=False,
                           xanchor="left" if side == "right" else "right", bgcolor="rgba(255,255,255,0.85)",
                           font=dict(size=12))
    return fig


def _template():
    # an object, not the name: an unvalidated figure would keep the bare name,
    # which plotly.js does not know
    return pio.templates["plotly_white"]


def apply_layout(fig: go.Figure, *, title: str | None = None, x_title: str | None = None,
                 y_title: str | None = None, height: int = 420, legend: bool = True) -> go.Figure:
    """Apply the ikm-kit look (white template, locale separators, readable fonts).

    Returns the same figure so calls can be chained.  ``height`` in pixels; the
    width follows the container (works from a 375 px phone to a projector).
    """
    fig.update_layout(
        template=_template(),
        separators=plotly_separators(),
        font=dict(family=FONT_FAMILY, size=14),
        height=height,
        autosize=True,
        margin=dict(l=60, r=20, t=80 if title else 40, b=50),
        colorway=PALETTE,
        showlegend=legend,
        legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="right", x=1),
        hoverlabel=dict(font=dict(family=FONT_FAMILY, size=13)),
    )
    if title is not None:
        fig.update_layout(title=dict(text=title, x=0, xanchor="left", font=dict(size=17)))
    if x_title is not None:
        fig.update_xaxes(title_text=x_title)
    if y_title is not None:
        fig.update_yaxes(title_text=y_title)
    return fig


__all__ = ["PALETTE", "COLORS", "VALIDATE", "apply_layout", "new_figure", "new_subplots", "vline"]
