"""Dashboard ``simulator_mutu``: virtual line, capability, sampling plans (lazy sections)."""
from __future__ import annotations

import html
from pathlib import PurePath

import ipywidgets as widgets
import numpy as np

from ikm_kit.data import uploads
from ikm_kit.errors import FileFormatError
from ikm_kit.i18n import t
from ikm_kit.widgets.common import BaseApp, guarded
from ikm_kit.widgets.dashboards._common import DASHBOARD_CSS, UploadBox, _embed, _relabel
from ikm_kit.widgets.quality import CapabilityExplorer, ProductionLineSimulator, SamplingPlanExplorer

QUALITY_MODES = ("line", "capability", "sampling")


class QualitySimulatorDashboard(BaseApp):
    """Virtual line + control chart + scoreboard, capability/ppm, sampling plans — one section at a time.

    Sections other than the first are created when first opened (one
    chart at the first render).  Measurements can be uploaded in
    the capability section.
    """

    title_key = "dashboards.quality.title"

    def __init__(self, mode: str = "line") -> None:
        super().__init__()
        self.apps: dict[str, BaseApp] = {}
        self.sections: dict[str, widgets.Widget] = {}
        self.mode = widgets.ToggleButtons(options=[(m, m) for m in QUALITY_MODES], value="line",
                                          style={"button_width": "auto"})
        self.holder = widgets.VBox(layout=widgets.Layout(width="100%"))
        self.upload_box = UploadBox("measurements", self._upload, "dashboards.quality.upload_title")
        self.set_body([widgets.HTML(DASHBOARD_CSS), self.mode, self.holder])
        self._apply_texts()
        self.mode.observe(self._on_mode, names="value")
        self.mode.value = mode if mode in QUALITY_MODES else "line"
        self._show(self.mode.value)

    # ------------------------------------------------------------- sections
    def app(self, mode: str) -> BaseApp:
        """The section's app, created on first use."""
        if mode not in self.apps:
            if mode == "line":
                app = ProductionLineSimulator()
                app.seed.layout = widgets.Layout(width="20em", max_width="100%")
                section: widgets.Widget = app
            elif mode == "capability":
                app = CapabilityExplorer()
                section = widgets.VBox([self.upload_box, app])
            else:
                app = SamplingPlanExplorer()
                section = app
            _embed(app)
            if self.presentation_toggle.value:
                app.add_class("ikm-present")
                app._on_presentation_mode(True)
            self.apps[mode], self.sections[mode] = app, section
        return self.apps[mode]

    def _show(self, mode: str) -> None:
        self.app(mode)
        self.holder.children = (self.sections[mode],)

    @guarded
    def _on_mode(self, change: dict) -> None:
        self._show(change["new"])

    # ------------------------------------------------------------- texts
    def _apply_texts(self) -> None:
        if self._message_level == "ok":
            self.clear_message()
        value = self.mode.value
        self.mode.options = [(t(f"dashboards.quality.mode_{m}"), m) for m in QUALITY_MODES]
        self.mode.value = value
        self.upload_box.title.value = f"<b>{html.escape(t('dashboards.quality.upload_title'))}</b>"
        self.upload_box.apply_texts()
        for app in self.apps.values():
            _relabel(app)

    def _on_presentation_mode(self, on: bool) -> None:
        for app in self.apps.values():
            app._on_presentation_mode(on)

    # ------------------------------------------------------------- upload
    @guarded
    def _upload(self, name: str, content: bytes) -> None:
        self.load_measurements(name, content)

    def load_measurements(self, name: str, content: bytes) -> None:
        """Parse an uploaded measurements template and show it in the capability section."""
        from ikm_kit.quality import capability

        df = uploads.parse_upload(content, name, "measurements", max_bytes=self.upload_box.max_bytes)
        values = df["value"].to_numpy(dtype=float)
        lsl = float(df["lsl"].dropna().iloc[0]) if df["lsl"].notna().any() else None
        usl = float(df["usl"].dropna().iloc[0]) if df["usl"].notna().any() else None
        unit = next((u for u in df["unit"] if str(u).strip()), "")
        size = 1
        if df["subgroup"].notna().all():
            counts = df.groupby("subgroup").size()
            size = int(counts.median()) if len(counts) and (counts == counts.median()).all() else 1
        if len(values) < 2 * size or np.nanstd(values) == 0:
            raise FileFormatError(t("dashboards.upload.too_few_values", n=len(values)), column="value")
        capability(values, lsl=lsl, usl=usl, subgroup_size=size)      # validate before switching
        cap = self.app("capability")
        cap._sources["upload"] = {"values": values, "lsl": lsl, "usl": usl, "unit": unit, "size": size,
                                  "label": "quality.app.ds.custom"}
        cap._apply_texts()
        if cap.source.value == "upload":
            cap._sync_source()
            cap.refresh()
        else:
            cap.source.value = "upload"
        self.mode.value = "capability"
        self.show_message(t("dashboards.upload.ok", name=PurePath(name).name, rows=len(df)), "ok")


__all__ = ['QUALITY_MODES', 'QualitySimulatorDashboard']
