"""Shared parts of the dashboards: CSS, child-app embedding, the upload box."""
from __future__ import annotations

import html
from typing import Callable

import ipywidgets as widgets

from ikm_kit.data import uploads
from ikm_kit.i18n import t
from ikm_kit.widgets.common import BaseApp, guarded

DASHBOARD_CSS = """
<style>
.ikm-app .widget-toggle-buttons .widget-toggle-button { margin-bottom: 2px; }
.ikm-app .widget-toggle-buttons { flex-wrap: wrap; height: auto; }
.ikm-app .ikm-upload { border: 1px dashed #9ab; border-radius: 8px; padding: 0.4em 0.7em; margin: 0.5em 0; }
.ikm-app .widget-upload { width: auto; max-width: 100%; }
.ikm-app .ikm-sentra-h { font-weight: 600; margin: 0.6em 0 0.1em 0; }
.ikm-app .ikm-paragraph { max-width: 60em; line-height: 1.45; }
.ikm-app .ikm-down { color: #8a1f11; } .ikm-app .ikm-up { color: #0b5e3b; }
.ikm-app .js-plotly-plot, .ikm-app .jupyter-widgets.widget-box { max-width: 100%; }
.ikm-app .widget-html-content { white-space: normal; line-height: 1.4; }
.ikm-app .ikm-kpis { display: flex; flex-wrap: wrap; gap: 0.4em; }
.ikm-app .ikm-kpis .ikm-kpi { flex: 1 1 13em; margin: 0; min-width: 0; }
.ikm-app .widget-button { width: auto; max-width: 100%; }
.ikm-app .widget-toggle-button { width: auto; }
@media (max-width: 600px) {
  .ikm-app .ikm-kpis .ikm-kpi { flex: 1 1 40%; padding: 0.4em 0.5em; }
  .ikm-app .ikm-kpi .ikm-kpi-value { font-size: 1.25em; }
  .ikm-app table { display: block; overflow-x: auto; max-width: 100%; }
  .ikm-app .widget-inline-hbox { flex-wrap: wrap; }
  .ikm-app .widget-inline-hbox .widget-label { max-width: 100%; }
  .ikm-app .widget-selection-slider .slider-container, .ikm-app .widget-hslider .slider-container { min-width: 8em; }
}
</style>
"""


def _relabel(app: BaseApp) -> None:
    """Re-label a child app in the active language and redraw it (errors shown in the child)."""
    guarded(lambda self: (self._base_texts(), self._apply_texts(), self.refresh()))(app)


def _embed(app: BaseApp) -> BaseApp:
    """Hide a child app's own toolbar: the dashboard's toolbar switches everything."""
    app.toolbar.layout.display = "none"
    return app


def _row(children: list[widgets.Widget]) -> widgets.HBox:
    box = widgets.HBox(children, layout=widgets.Layout(flex_flow="row wrap", gap="0.6em", align_items="center"))
    box.add_class("ikm-wrap")
    return box


class UploadBox(widgets.VBox):
    """FileUpload + template download link + hint; calls ``on_file(name, content)``.

    The upload's value is cleared after each file so the same file can be
    chosen again after fixing it.
    """

    def __init__(self, kind: str | tuple[str, ...], on_file: Callable[[str, bytes], None],
                 title_key: str, max_bytes: int = uploads.DEFAULT_MAX_BYTES) -> None:
        self.kinds = (kind,) if isinstance(kind, str) else tuple(kind)
        self.max_bytes = max_bytes
        self._on_file = on_file
        self.title = widgets.HTML()
        self.upload = widgets.FileUpload(accept=".csv,.xlsx,.txt", multiple=False)
        self.templates = widgets.HTML()
        self.hint = widgets.HTML()
        self._template_cache: dict[tuple[str, str], str] = {}
        super().__init__([self.title, _row([self.upload, self.templates]), self.hint])
        self.add_class("ikm-upload")
        self.upload.observe(self._changed, names="value")
        self.apply_texts()

    def apply_texts(self) -> None:
        from ikm_kit.leaders.export import download_anchor

        self.upload.description = t("dashboards.upload.button")
        self.upload.layout.width = "auto"
        links = []
        for kind in self.kinds:
            name = uploads.TEMPLATES[kind].name
            key = (kind, "csv")
            if key not in self._template_cache:
                self._template_cache[key] = download_anchor(uploads.template_bytes(kind, "csv"), "text/csv",
                                                            f"templat_{name}.csv", "{label}")
            links.append(self._template_cache[key].replace("{label}", html.escape(
                t("dashboards.upload.template", name=name))))
        self.templates.value = " · ".join(links)
        self.hint.value = (f"<small>{html.escape(t('dashboards.upload.hint', limit=uploads._mb(self.max_bytes)))}"
                           "</small>")

    def _changed(self, change: dict) -> None:
        files = change["new"]
        if not files:
            return
        name, content = uploads.upload_content(files[0])
        try:
            self._on_file(name, content)
        finally:
            self.upload.value = ()



__all__ = ["DASHBOARD_CSS", "UploadBox", "_embed", "_relabel", "_row"]
