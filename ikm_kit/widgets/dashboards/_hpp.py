"""Dashboard ``kalkulator_hpp``: the costing simulator with checked uploads."""
from __future__ import annotations

import re
import tempfile
from pathlib import Path, PurePath
from typing import Any

import ipywidgets as widgets

from ikm_kit.data import uploads
from ikm_kit.errors import FileFormatError
from ikm_kit.i18n import t
from ikm_kit.widgets.common import guarded
from ikm_kit.widgets.costing import CostingApp
from ikm_kit.widgets.dashboards._common import DASHBOARD_CSS


class HppCalculatorDashboard(CostingApp):
    """The costing simulator as a dashboard: uploads are size- and zip-checked before opening."""

    max_upload_bytes = uploads.DEFAULT_MAX_BYTES

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.upload.accept = ".xlsx"
        self._css2 = widgets.HTML(DASHBOARD_CSS)
        self.children = (self._css2, *self.children)

    @guarded
    def _on_upload(self, change: dict) -> None:
        files = change["new"]
        if not files:
            return
        name, content = uploads.upload_content(files[0])
        try:
            model = self.model_from_upload(name, content)
        finally:
            self.upload.value = ()
        self.load_model(model)
        self.refresh()
        self.show_message(t("costing.app.uploaded", name=model.name), "ok")

    def model_from_upload(self, name: str, content: bytes):
        """Check size and zip structure, then read the filled costing workbook (FileFormatError if wrong)."""
        from ikm_kit.costing import from_excel

        safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", PurePath(name or "unggahan.xlsx").name)[:80] or "unggahan.xlsx"
        uploads.check_size(content, self.max_upload_bytes, safe)
        if PurePath(safe).suffix.lower() == ".xls":
            raise FileFormatError(t("dashboards.upload.old_xls", name=safe))
        uploads.check_xlsx_bytes(content, safe)
        with tempfile.TemporaryDirectory() as d:
            p = Path(d) / (safe if safe.lower().endswith(".xlsx") else safe + ".xlsx")
            p.write_bytes(content)
            return from_excel(p)


__all__ = ['HppCalculatorDashboard']
