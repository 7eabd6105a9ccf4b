"""``PlotView``: a light plotly chart widget for apps and dashboards.

plotly's own ``FigureWidget`` (plotly 6/7, an anywidget) carries the whole
plotly.js bundle (~5 MB) inside every widget's state: each Voila page load
pushes it through the kernel websocket and the browser compiles it again,
uncached.  ``PlotView`` sends only the figure as JSON; plotly.js is a static
file served by the ``ikm`` Voila template (installed with the package, see
``hatch_build.py``), loaded once per page and cached by the browser.
Updates go through ``Plotly.react`` (one redraw of what changed).

    >>> import plotly.graph_objects as go
    >>> from ikm_kit.widgets.plot import PlotView
    >>> view = PlotView()
    >>> view.show_figure(go.Figure(go.Bar(x=["A", "B"], y=[3, 5])))
    >>> view.data[0].type
    'bar'

``data`` and ``layout`` read the figure last shown, so code written for a
``FigureWidget`` that only reads them keeps working.
"""
from __future__ import annotations

from pathlib import Path

import anywidget
import plotly.graph_objects as go
import plotly.io as pio
import traitlets

from ikm_kit.i18n import t

ASSET_PATH = "voila/templates/ikm/static/plotly.min.js"
"""Where the ``ikm`` template serves plotly.js, relative to the server's base URL (the same path is in
the template's ``ikm_extra_head.html`` and in ``hatch_build.py``; a test keeps them equal)."""


class PlotView(anywidget.AnyWidget):
    """A plotly figure drawn in the browser from JSON (plotly.js loaded once per page)."""

    _esm = (Path(__file__).with_name("plot.js")).read_text(encoding="utf-8")
    _css = """
    .ikm-plot { width: 100%; min-height: 2em; }
    .ikm-plot .ikm-plot-note { color: #555; padding: 0.5em 0; }
    .ikm-plot .ikm-plot-error { color: #8a1f11; background: #fdecea; padding: 0.5em 0.8em; border-radius: 6px; }
    """
    spec = traitlets.Unicode("").tag(sync=True)
    asset = traitlets.Unicode(ASSET_PATH).tag(sync=True)
    loading_text = traitlets.Unicode("").tag(sync=True)
    error_text = traitlets.Unicode("").tag(sync=True)

    def __init__(self, figure: go.Figure | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self._figure = go.Figure()
        self._font_size: int | None = None
        self.apply_texts()
        if figure is not None:
            self.show_figure(figure)

    # ----------------------------------------------------------------- API
    def show_figure(self, figure: go.Figure) -> None:
        """Draw ``figure`` (replaces what is shown; one message to the browser)."""
        self._figure = figure
        if self._font_size is not None:
            figure = go.Figure(figure)
            figure.update_layout(font_size=self._font_size)
        self.spec = pio.to_json(figure, validate=False, remove_uids=True)

    def set_font_size(self, size: int | None) -> None:
        """Base font size in px for this and later figures (presentation mode); ``None`` = the figure's own."""
        self._font_size = size
        if self._figure.data or self._figure.layout.title.text:
            self.show_figure(self._figure)

    def apply_texts(self) -> None:
        """(Re)label the loading and error notes in the current language."""
        self.loading_text = t("plot.loading")
        self.error_text = t("plot.unavailable")

    @property
    def figure(self) -> go.Figure:
        """The figure last shown (a plain ``go.Figure``; changing it does not redraw)."""
        return self._figure

    @property
    def data(self):
        return self._figure.data

    @property
    def layout(self) -> go.Layout:
        return self._figure.layout


__all__ = ["PlotView", "ASSET_PATH"]
