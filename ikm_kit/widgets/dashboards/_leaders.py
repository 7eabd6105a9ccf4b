"""Dashboard ``ringkasan_pimpinan``: the leaders' one-page summary with exports."""
from __future__ import annotations

import html
import math
from typing import Any

import ipywidgets as widgets
import pandas as pd

from ikm_kit import formats
from ikm_kit.i18n import t
from ikm_kit.widgets.common import BaseApp, guarded, kpi_card
from ikm_kit.leaders.summary import METRICS, SENTRAS, format_metric, leaders_summary, monthly_indicators
from ikm_kit.widgets.dashboards._common import DASHBOARD_CSS, _row
from ikm_kit.widgets.plot import PlotView


class LeadersSummaryApp(BaseApp):
    """One page for the leaders: KPI cards of both sentras, a trend chart, what changed and
    what needs attention, and exports (printable HTML report, XLSX) as download links."""

    title_key = "dashboards.leaders.title"

    def __init__(self, trends: pd.DataFrame | None = None, month: object = None) -> None:
        super().__init__()
        self.trends = trends if trends is not None else monthly_indicators()
        self.summary = leaders_summary(month, trends=self.trends)
        self._all_months = [pd.Timestamp(m) for m in sorted(self.trends["month"].unique())]
        self.month = widgets.SelectionSlider(options=self._month_options(), value=self.summary.month,
                                             continuous_update=False,
                                             layout=widgets.Layout(width="100%", max_width="40em"))
        self.metric = widgets.Dropdown(layout=widgets.Layout(width="auto", max_width="100%"))
        self.kpis = widgets.HTML()
        self.paragraph = widgets.HTML()
        self.budget = widgets.HTML()    # yearly budget line with the tariffs behind it (ikm_kit.widgets.tariffs)
        self.figure = PlotView()
        self.export_html = widgets.Button(icon="file-text", layout=widgets.Layout(width="auto"))
        self.export_pdf = widgets.Button(icon="file", layout=widgets.Layout(width="auto"))
        self.export_xlsx = widgets.Button(icon="table", layout=widgets.Layout(width="auto"))
        self._reports: dict[pd.Timestamp, str] = {}
        self.links = widgets.HTML()
        self._apply_texts()
        self.metric.value = "occupancy_rate"
        self.month.observe(self._on_month, names="value")
        self.metric.observe(self._on_metric, names="value")
        self.export_html.on_click(self._on_export_html)
        self.export_pdf.on_click(self._on_export_pdf)
        self.export_xlsx.on_click(self._on_export_xlsx)
        self.set_body([widgets.HTML(DASHBOARD_CSS), self.month, self.kpis, self.paragraph, self.budget, self.metric,
                       self.figure,
                       _row([self.export_html, self.export_pdf, self.export_xlsx]), self.links])
        self.refresh()

    def _month_options(self) -> list[tuple[str, pd.Timestamp]]:
        return [(formats.month(m), m) for m in self._all_months]

    def _apply_texts(self) -> None:
        value = self.month.value
        self.month.options = self._month_options()
        self.month.value = value
        self.month.description = t("dashboards.leaders.month")
        metric = self.metric.value or "occupancy_rate"
        self.metric.options = [(t(f"dashboards.metric.{m}"), m) for m in METRICS]
        self.metric.value = metric
        self.metric.description = t("dashboards.leaders.trend")
        self.export_html.description = t("dashboards.leaders.export_html")
        self.export_pdf.description = t("laporan.export_pdf")
        self.export_xlsx.description = t("dashboards.leaders.export_xlsx")
        self._reports = {}
        self.links.value = ""

    def _on_presentation_mode(self, on: bool) -> None:
        self.figure.set_font_size(20 if on else None)

    # ------------------------------------------------------------- callbacks
    @guarded
    def _on_month(self, change: dict) -> None:
        self.summary = leaders_summary(change["new"], trends=self.trends)
        self.links.value = ""
        self.refresh()

    @guarded
    def _on_metric(self, change: dict) -> None:
        self._draw()

    def _report_html(self) -> str:
        """The same document as ``ikm-kit laporan`` (charts drawn once per month and language)."""
        from ikm_kit.figures.leaders_report import report_html

        if self.summary.month not in self._reports:
            self._reports[self.summary.month] = report_html(self.summary)
        return self._reports[self.summary.month]

    @guarded
    def _on_export_html(self, _button: Any = None) -> None:
        from ikm_kit.leaders.export import HTML_MIME, download_anchor, report_filename

        name = report_filename(self.summary.month, "html")
        self._add_link("html", download_anchor(self._report_html(), HTML_MIME, name,
                                               t("dashboards.leaders.download", file=name)))

    @guarded
    def _on_export_pdf(self, _button: Any = None) -> None:
        import tempfile
        from pathlib import Path

        from ikm_kit.leaders.export import PDF_MIME, download_anchor, report_filename
        from ikm_kit.figures.export import html_to_pdf

        name = report_filename(self.summary.month, "pdf")
        with tempfile.TemporaryDirectory(prefix="ikm-report-") as tmp:
            content = html_to_pdf(self._report_html(), Path(tmp) / name).read_bytes()
        self._add_link("pdf", download_anchor(content, PDF_MIME, name, t("dashboards.leaders.download", file=name)))

    @guarded
    def _on_export_xlsx(self, _button: Any = None) -> None:
        from ikm_kit.leaders.export import XLSX_MIME, download_anchor, report_filename, summary_xlsx

        name = report_filename(self.summary.month, "xlsx")
        self._add_link("xlsx", download_anchor(summary_xlsx(self.summary), XLSX_MIME, name,
                                               t("dashboards.leaders.download", file=name)))

    def _add_link(self, kind: str, anchor: str) -> None:
        self._links = getattr(self, "_links", {}) if self.links.value else {}
        self._links[kind] = anchor
        self.links.value = "<p>" + " &nbsp; ".join(self._links[k] for k in ("html", "pdf", "xlsx") if k in self._links) + "</p>"

    # ------------------------------------------------------------- drawing
    def _cards(self, sentra: str) -> str:
        now = self.summary.current.get(sentra, {})
        return "".join(kpi_card(t(f"dashboards.metric.{metric}"), format_metric(metric, now.get(metric, math.nan)),
                                self.summary.kpi_note(sentra, metric))
                       for metric in METRICS)

    def refresh(self) -> None:
        blocks = []
        for sentra in SENTRAS:
            if sentra not in self.summary.current:
                continue
            heading = html.escape(t(f"overview.sentra_{sentra}"))
            if not self.summary.current[sentra]:
                body = f"<p>{html.escape(t('dashboards.summary.no_data'))}</p>"
            else:
                body = self._cards(sentra)
            blocks.append(f'<div class="ikm-sentra-h">{heading}</div><div class="ikm-kpis">{body}</div>')
        self.kpis.value = "".join(blocks)
        self.paragraph.value = (f"<h4>{html.escape(t('dashboards.leaders.what_changed'))}</h4>"
                                f'<p class="ikm-paragraph">{html.escape(self.summary.paragraph())}</p>')
        from ikm_kit.widgets.tariffs import budget_line_html

        self.budget.value = budget_line_html(self.summary.month.year)
        self._draw()

    def _draw(self) -> None:
        from ikm_kit.figures.summary import summary_trend_figure

        self.figure.show_figure(summary_trend_figure(self.trends, self.metric.value, self.summary.month))


__all__ = ['LeadersSummaryApp']
