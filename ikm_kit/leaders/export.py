"""Export the leaders' summary: a self-contained, printable HTML page and an XLSX workbook.

The HTML report holds no script and loads nothing: KPI cards, the dashboard's
trend charts as inline SVG (drawn offline by Chromium with the pinned plotly.js,
:mod:`ikm_kit.figures.export`) and print CSS; :func:`write_report` also prints it
to PDF with Chromium (``ikm-kit laporan --bulan 2023-12 --out DIR``).
The XLSX workbook escapes text starting with ``= + - @`` (formula injection).

    >>> from ikm_kit.leaders.summary import leaders_summary
    >>> from ikm_kit.leaders.export import summary_html, summary_xlsx
    >>> s = leaders_summary("2023-12")
    >>> summary_html(s).startswith("<!DOCTYPE html>")
    True
    >>> summary_xlsx(s)[:2]
    b'PK'
"""
from __future__ import annotations

import base64
import html
import io
import math
import re
from pathlib import Path

import pandas as pd

from ikm_kit import formats
from ikm_kit._version import __version__
from ikm_kit.data import escape_formula
from ikm_kit.i18n import t
from ikm_kit.leaders.budget import budget_html, leaders_budget
from ikm_kit.leaders.summary import METRICS, SENTRAS, LeadersSummary, format_metric

HTML_MIME = "text/html"
PDF_MIME = "application/pdf"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

_CSS = """
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif;
       margin: 1em auto; max-width: 62em; padding: 0 0.8em; color: #222; line-height: 1.45;
       overflow-wrap: break-word; }
h1 { font-size: 1.35em; margin: 0.2em 0; } h2 { font-size: 1.12em; margin: 1.2em 0 0.4em; }
h3 { font-size: 1em; margin: 0.8em 0 0.3em; }
.kpis { display: flex; flex-wrap: wrap; gap: 0.4em; }
.kpi { flex: 1 1 13em; min-width: 0; border: 1px solid #d8dee6; border-radius: 6px; padding: 0.4em 0.6em;
       background: #f7f9fb; break-inside: avoid; }
.kpi .label { font-size: 0.85em; color: #444; }
.kpi .value { font-size: 1.35em; font-weight: 700; white-space: nowrap; }
.kpi .note { font-size: 0.8em; color: #555; }
.charts { display: flex; flex-wrap: wrap; gap: 0.8em; }
figure.chart { flex: 1 1 22em; min-width: 0; max-width: 36em; margin: 0; border: 1px solid #ddd;
               border-radius: 6px; padding: 0.3em; break-inside: avoid; }
figure.chart figcaption { font-weight: 600; font-size: 0.95em; }
figure.chart svg { display: block; width: 100%; height: auto; }
.note { color: #555; font-size: 0.85em; }
.budget .ikm-budget-line { margin: 0.5em 0; break-inside: avoid; }
.budget .ikm-budget-line p { margin: 0.2em 0; }
.budget summary { font-size: 0.9em; color: #333; }
.budget table { margin: 0.2em 0; }
nav.top { font-size: 0.9em; background: #eef4fb; border-radius: 6px; padding: 0.4em 0.6em; }
nav.top a { font-weight: 600; }
@media (max-width: 600px) { .kpi { flex: 1 1 40%; padding: 0.35em 0.45em; } .kpi .value { font-size: 1.15em; } }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { break-after: avoid; }
  .kpi { flex: 1 1 12em; }
  figure.chart { flex: 1 1 45%; }
  nav.top { display: none; }
  @page { size: A4; margin: 12mm; }
}
"""
#: the report's charts: width × height in px at which plotly draws them (scaled to fit the page)
CHART_SIZE = (380, 280)


def _e(text: object) -> str:
    return html.escape(str(text))


def report_filename(month: pd.Timestamp, ext: str) -> str:
    """File name of the leaders' report for ``month``: ``ringkasan_pimpinan_2023_12.<ext>``."""
    return f"ringkasan_pimpinan_{pd.Timestamp(month):%Y_%m}.{ext}"


_SVG_ROOT = re.compile(r"^<svg\b[^>]*>")


def _inline_svg(svg: str, label: str) -> str:
    """A plotly SVG made responsive (viewBox, no fixed size) and labelled for screen readers."""
    m = _SVG_ROOT.match(svg)
    if not m:
        raise ValueError("not an SVG document")
    root = m.group(0)
    w = re.search(r'\swidth="([\d.]+)"', root)
    h = re.search(r'\sheight="([\d.]+)"', root)
    view = f' viewBox="0 0 {w.group(1)} {h.group(1)}"' if w and h and "viewBox" not in root else ""
    root = re.sub(r'\s(width|height)="[\d.]+"', "", root)
    root = re.sub(r'\sstyle="[^"]*"', "", root)
    root = root[:-1] + f'{view} role="img" aria-label="{_e(label)}">'
    return root + svg[m.end():]


def summary_html(summary: LeadersSummary, charts: dict[str, str] | None = None,
                 nav: list[tuple[str, str | None]] | None = None) -> str:
    """The whole report as one HTML document: no script, no external file, readable on a phone.

    ``charts``: ``metric → <svg>`` (drawn by :func:`ikm_kit.figures.leaders_report.trend_svgs`; ``None``
    or ``{}``: no charts). :func:`ikm_kit.figures.leaders_report.report_html` passes them in.
    ``nav``: ``(text, url or None)`` pieces of a line above the title (the server's summary
    page links to the dashboards there; the ``laporan`` file has none).
    The sentras' budget line of the month's year (:mod:`ikm_kit.leaders.budget`, as on the dashboard)
    follows the indicators, its tariff tables open so that they print.
    """
    charts = charts or {}
    month = formats.month(summary.month)
    title = t("dashboards.report.title", month=month)
    blocks = []
    for sentra in SENTRAS:
        if sentra not in summary.current:
            continue
        now = summary.current[sentra]
        cards = "".join(
            f'<div class="kpi" data-metric="{metric}" data-sentra="{sentra}">'
            f'<div class="label">{_e(t(f"dashboards.metric.{metric}"))}</div>'
            f'<div class="value">{_e(format_metric(metric, now.get(metric, math.nan)))}</div>'
            f'<div class="note">{_e(summary.kpi_note(sentra, metric))}</div></div>'
            for metric in METRICS) if now else f"<p>{_e(t('dashboards.summary.no_data'))}</p>"
        blocks.append(f"<h3>{_e(t(f'overview.sentra_{sentra}'))}</h3><div class='kpis'>{cards}</div>")
    figures = "".join(
        f'<figure class="chart" data-metric="{metric}"><figcaption>'
        f'{_e(t("dashboards.leaders.trend_title", metric=t(f"dashboards.metric.{metric}")))}</figcaption>'
        f'{_inline_svg(charts[metric], t(f"dashboards.metric.{metric}"))}</figure>'
        for metric in METRICS if metric in charts)
    lang = "en" if t("common.yes") == "Yes" else "id"
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>"
        f"{_nav(nav)}<h1>{_e(title)}</h1>"
        f"<h2>{_e(t('dashboards.leaders.what_changed'))}</h2><p>{_e(summary.paragraph())}</p>"
        f"<h2>{_e(t('laporan.kpis'))}</h2>{''.join(blocks)}"
        f"{_budget_section(summary)}"
        f"<h2>{_e(t('dashboards.report.trends'))}</h2><div class='charts'>{figures}</div>"
        f"<p class='note'>{_e(t('dashboards.report.notes'))}<br>"
        f"{_e(t('laporan.footer', version=__version__))}</p>"
        "</body></html>")


def _budget_section(summary: LeadersSummary) -> str:
    block = budget_html(leaders_budget(summary.month.year), expanded=True, heading="h2")
    return f"<section class='budget'>{block}</section>" if block else ""


def _nav(nav: list[tuple[str, str | None]] | None) -> str:
    if not nav:
        return ""
    parts = [f'<a href="{_e(url)}">{_e(text)}</a>' if url else _e(text) for text, url in nav]
    return f"<nav class='top'>{' '.join(parts)}</nav>"


def _cell(value: object) -> object:
    if isinstance(value, str):
        return escape_formula(value)
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if hasattr(value, "item"):
        return value.item()
    return value


def summary_xlsx(summary: LeadersSummary) -> bytes:
    """The report as an XLSX workbook (sheets: summary with KPIs and the paragraph; monthly trends)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = t("dashboards.report.sheet_summary")[:31]
    bold = Font(bold=True)
    ws.append([_cell(t("dashboards.report.title", month=formats.month(summary.month)))])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    header = [t("dashboards.report.col_metric"), t("dashboards.report.col_sentra"),
              t("dashboards.report.col_value"), t("dashboards.report.col_previous")]
    ws.append([_cell(h) for h in header])
    for c in ws[3]:
        c.font = bold
    for metric in METRICS:
        for sentra in SENTRAS:
            if sentra not in summary.current:
                continue
            now = summary.current[sentra].get(metric, math.nan)
            before = summary.previous.get(sentra, {}).get(metric, math.nan)
            ws.append([_cell(t(f"dashboards.metric.{metric}")), _cell(t(f"overview.sentra_{sentra}")),
                       _cell(float(now)), _cell(float(before))])
            fmt = "#,##0" if metric == "revenue_rp" else "0.0%"
            for c in ws[ws.max_row][2:4]:
                c.number_format = fmt
    ws.append([])
    ws.append([_cell(t("dashboards.leaders.what_changed"))])
    ws.cell(ws.max_row, 1).font = bold
    ws.append([_cell(summary.paragraph())])
    ws.cell(ws.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.append([_cell(t("dashboards.report.notes"))])
    for col, width in zip("ABCD", (26, 36, 18, 18)):
        ws.column_dimensions[col].width = width

    tr = wb.create_sheet(t("dashboards.report.sheet_trends")[:31])
    cols = ["sentra", "month", *METRICS, "occupied", "units", "rent_paid_rp", "machine_fees_rp", "used_h",
            "available_h", "inspected", "defectives"]
    tr.append([_cell(c) for c in cols])
    for c in tr[1]:
        c.font = bold
    df = summary.trends
    for _, r in df.iterrows():
        tr.append([_cell(r[c]) if c in df.columns else None for c in cols])
        tr.cell(tr.max_row, 2).number_format = "yyyy-mm"
    tr.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def data_uri(content: bytes | str, mime: str) -> str:
    """``data:<mime>;base64,...`` for a download anchor."""
    raw = content.encode("utf-8") if isinstance(content, str) else content
    return f"data:{mime};base64,{base64.b64encode(raw).decode('ascii')}"


def download_anchor(content: bytes | str, mime: str, filename: str, label: str) -> str:
    """An ``<a download>`` anchor with the content inlined as a data URI (escaped)."""
    return (f'<a class="ikm-download" download="{_e(filename)}" href="{data_uri(content, mime)}" '
            f'style="font-weight:600">{_e(label)}</a>')


__all__ = ["CHART_SIZE", "HTML_MIME", "PDF_MIME", "XLSX_MIME", "data_uri", "download_anchor", "report_filename",
           "summary_html", "summary_xlsx"]
