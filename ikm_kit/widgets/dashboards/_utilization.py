"""Dashboard ``utilisasi_sentra``: one figure for the board's views, what-if on demand, uploads."""
from __future__ import annotations

import html
from pathlib import PurePath

import ipywidgets as widgets
import pandas as pd
import plotly.graph_objects as go

from ikm_kit import formats
from ikm_kit.data import uploads
from ikm_kit.errors import DataError, IkmError
from ikm_kit.i18n import t
from ikm_kit.widgets.common import guarded
from ikm_kit.widgets.dashboards._common import DASHBOARD_CSS, UploadBox, _embed, _relabel
from ikm_kit.widgets.operations import OperationsBoard, WhatIfSimulator
from ikm_kit.widgets.plot import PlotView

UTIL_VIEWS = ("site_map", "heatmap", "oee", "gantt", "trend", "whatif", "tariff")


class _FigureSink:
    """Stands in for a chart (``show_figure``): keeps the last figure built for a view, draws nothing."""

    def __init__(self) -> None:
        self.figure = go.Figure()

    def show_figure(self, figure: go.Figure) -> None:
        self.figure = figure

    @property
    def data(self):
        return self.figure.data

    @property
    def layout(self) -> go.Layout:
        return self.figure.layout


class UtilizationDashboard(OperationsBoard):
    """Site map, occupancy and rent, machine heatmap, OEE and losses in Rp, bookings and clashes,
    the occupancy trend and the what-if simulator — one figure, switched by the view buttons.

    Occupancy or workshop templates (CSV/XLSX) can be uploaded; a bad file
    leaves the previous data on screen.
    """

    title_key = "dashboards.util.title"

    def _make_figures(self) -> widgets.Widget:
        self.fig_map, self.fig_heat, self.fig_oee, self.fig_gantt, self.fig_trend = (_FigureSink() for _ in range(5))
        self.figure = PlotView()
        self.view = widgets.ToggleButtons(options=[(v, v) for v in UTIL_VIEWS], value="site_map",
                                          style={"button_width": "auto"})
        self.view_holder = widgets.VBox([self.figure], layout=widgets.Layout(width="100%"))
        self.whatif: WhatIfSimulator | None = None
        self.tariff_panel = None        # TariffRentPanel, built when its view is first opened
        self.upload_box = UploadBox(("occupancy", "workshops"), self._upload, "dashboards.util.upload_title")
        self.view.observe(self._on_view, names="value")
        return widgets.VBox([widgets.HTML(DASHBOARD_CSS), self.view, self.view_holder, self.upload_box],
                            layout=widgets.Layout(width="100%"))

    def _label_figures(self) -> None:
        if self._message_level == "ok":
            self.clear_message()
        value = self.view.value
        self.view.options = [(t(f"dashboards.util.view_{v}"), v) for v in UTIL_VIEWS]
        self.view.value = value
        self.upload_box.title.value = f"<b>{html.escape(t('dashboards.util.upload_title'))}</b>"
        self.upload_box.apply_texts()
        if self.whatif is not None:
            _relabel(self.whatif)
        if self.tariff_panel is not None:
            _relabel(self.tariff_panel)

    def _sinks(self) -> dict[str, _FigureSink]:
        return {"site_map": self.fig_map, "heatmap": self.fig_heat, "oee": self.fig_oee, "gantt": self.fig_gantt,
                "trend": self.fig_trend}

    def refresh(self) -> None:
        super().refresh()
        self._show_view()

    def _show_view(self) -> None:
        view = self.view.value
        if view == "whatif":
            if self.whatif is None:
                self.whatif = _embed(WhatIfSimulator(sentra=self.sentra.value if self.sentra.value == "mebel" else "mebel"))
            self.view_holder.children = (self.whatif,)
            return
        if view == "tariff":
            self._show_tariff_panel()
            return
        self.figure.show_figure(self._sinks()[view].figure)
        if self.view_holder.children != (self.figure,):
            self.view_holder.children = (self.figure,)

    def _show_tariff_panel(self) -> None:
        from ikm_kit.widgets.tariffs import TariffRentPanel

        m = self._occ.monthly
        row = m[(m["sentra"] == self.sentra.value) & (m["month"] == self.month.value)]
        occupancy = float(row["occupancy_rate"].iloc[0]) if not row.empty else None
        if self.tariff_panel is None:
            self.tariff_panel = _embed(TariffRentPanel(self.sentra.value, occupancy))
        else:
            self.tariff_panel.set_sentra(self.sentra.value, occupancy)
        self.view_holder.children = (self.tariff_panel,)

    @guarded
    def _on_view(self, change: dict) -> None:
        self._show_view()

    def _on_presentation_mode(self, on: bool) -> None:
        if self.whatif is not None:
            self.whatif._on_presentation_mode(on)
        if self.tariff_panel is not None:
            self.tariff_panel._on_presentation_mode(on)

    # ------------------------------------------------------------- upload
    @guarded
    def _upload(self, name: str, content: bytes) -> None:
        kind = uploads.detect_kind(content, name, ("occupancy", "workshops"), max_bytes=self.upload_box.max_bytes)
        df = uploads.parse_upload(content, name, kind, max_bytes=self.upload_box.max_bytes)
        self.set_data(**{"occupancy" if kind == "occupancy" else "workshops": df})
        self.show_message(t("dashboards.upload.ok", name=PurePath(name).name, rows=len(df)), "ok")

    def set_data(self, *, occupancy: pd.DataFrame | None = None, workshops: pd.DataFrame | None = None) -> None:
        """Replace the occupancy and/or workshop data; on any problem the previous data stay."""
        from ikm_kit.operations import occupancy_summary

        saved = (self._workshops, self._occupancy, self._occ, self._months)
        ws = workshops if workshops is not None else self._workshops
        occ = occupancy if occupancy is not None else self._occupancy
        for sentra in set(occ["sentra"].astype(str)):
            known = set(ws.loc[ws["sentra"].astype(str) == sentra, "unit_id"].astype(str))
            unknown = sorted(set(occ.loc[occ["sentra"].astype(str) == sentra, "unit_id"].astype(str)) - known)
            if unknown:
                raise DataError(t("dashboards.upload.unknown_units", units=", ".join(unknown[:5])))
        summary = occupancy_summary(occ)
        months = sorted(set(summary.monthly["month"]))
        sentras = sorted(summary.monthly["sentra"].astype(str).unique())
        old_state = (self.sentra.options, self.sentra.value, self.month.options, self.month.value)

        def set_filters(sentra_opts, sentra, month_opts, month) -> None:
            self.sentra.unobserve(self._on_change, names="value")
            self.month.unobserve(self._on_change, names="value")
            try:
                self.sentra.options = sentra_opts
                self.sentra.value = sentra
                self.month.options = month_opts
                self.month.value = month
                self._fill_filters()
            finally:
                self.sentra.observe(self._on_change, names="value")
                self.month.observe(self._on_change, names="value")

        try:
            self._workshops, self._occupancy, self._occ, self._months = ws, occ, summary, months
            set_filters(sentras, self.sentra.value if self.sentra.value in sentras else sentras[0],
                        [(formats.month(m.to_timestamp()), m) for m in months],
                        self.month.value if self.month.value in months else months[-1])
            self.refresh()
        except Exception as exc:
            self._workshops, self._occupancy, self._occ, self._months = saved
            set_filters(*old_state)
            self.refresh()
            if isinstance(exc, IkmError):
                raise DataError(t("dashboards.upload.mismatch", problem=str(exc))) from None
            raise


__all__ = ['UTIL_VIEWS', 'UtilizationDashboard']
