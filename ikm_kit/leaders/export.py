"""Export the leaders' summary: a self-contained, printable HTML page and an XLSX workbook.

The HTML report holds no script and loads nothing: tables plus small inline
SVG charts drawn here, and print CSS (use the browser's *Print → Save as PDF*).
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

import pandas as pd

from ikm_kit import formats
from ikm_kit._version import __version__
from ikm_kit.data import escape_formula
from ikm_kit.i18n import t
from ikm_kit.leaders.summary import METRICS, SENTRAS, LeadersSummary, format_metric

HTML_MIME = "text/html"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_COLORS = {"mebel": "#0072B2", "pangan": "#E69F00"}

_CSS = """
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif;
       margin: 1.5em auto; max-width: 60em; padding: 0 1em; color: #222; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; } h2 { font-size: 1.15em; margin-top: 1.4em; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0; }
th, td { border: 1px solid #ccc; padding: 0.3em 0.5em; text-align: left; }
td.num { text-align: right; white-space: nowrap; }
th { background: #f0f4f8; }
.charts { display: flex; flex-wrap: wrap; gap: 1em; }
.chart { flex: 1 1 17em; border: 1px solid #ddd; border-radius: 6px; padding: 0.4em; break-inside: avoid; }
.chart svg { width: 100%; height: auto; }
.legend span { display: inline-block; margin-right: 1em; font-size: 0.85em; }
.legend i { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.3em; vertical-align: -0.1em; }
.note { color: #555; font-size: 0.85em; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  table, .chart { break-inside: avoid; }
  .noprint { display: none; }
  @page { size: A4; margin: 14mm; }
}
"""


def _e(text: object) -> str:
    return html.escape(str(text))


def _arrow(summary: LeadersSummary, sentra: str, metric: str) -> str:
    now = summary.current.get(sentra, {}).get(metric, math.nan)
    before = summary.previous.get(sentra, {}).get(metric, math.nan)
    if math.isnan(now) or math.isnan(before) or now == before:
        return ""
    return "▲" if now > before else "▼"


def _svg_trend(trends: pd.DataFrame, metric: str, month: pd.Timestamp) -> str:
    """A small line chart (both sentras) as inline SVG, 320 × 150 user units."""
    w, h, left, right, top, bottom = 320, 150, 46, 8, 10, 24
    data = trends[trends[metric].notna()]
    if data.empty:
        return ""
    months = sorted(data["month"].unique())
    scale = 1.0 if metric == "revenue_rp" else 100.0
    vmax = float(data[metric].max()) * scale
    vmax = vmax * 1.1 if vmax > 0 else 1.0
    n = max(len(months) - 1, 1)

    def x(m) -> float:
        return left + (w - left - right) * months.index(m) / n

    def y(v: float) -> float:
        return top + (h - top - bottom) * (1 - v * scale / vmax)

    parts = [f'<svg viewBox="0 0 {w} {h}" xmlns="http://www.w3.org/2000/svg" role="img" '
             f'aria-label="{_e(t(f"dashboards.metric.{metric}"))}">']
    for frac in (0, 0.5, 1):
        yy = top + (h - top - bottom) * (1 - frac)
        label = formats.number(vmax * frac / (1e6 if metric == "revenue_rp" else 1), 0)
        label += " jt" if metric == "revenue_rp" else " %"
        parts.append(f'<line x1="{left}" x2="{w - right}" y1="{yy:.1f}" y2="{yy:.1f}" stroke="#e5e5e5"/>'
                     f'<text x="{left - 4}" y="{yy + 3:.1f}" font-size="9" text-anchor="end" fill="#555">{_e(label)}</text>')
    if month in months:
        xm = x(month)
        parts.append(f'<line x1="{xm:.1f}" x2="{xm:.1f}" y1="{top}" y2="{h - bottom}" stroke="#555" stroke-dasharray="3,3"/>')
    for m in (months[0], months[-1]):
        anchor = "start" if m == months[0] else "end"
        parts.append(f'<text x="{x(m):.1f}" y="{h - 8}" font-size="9" text-anchor="{anchor}" fill="#555">'
                     f'{_e(formats.short_month(m))}</text>')
    for sentra in SENTRAS:
        part = data[data["sentra"] == sentra]
        if part.empty:
            continue
        pts = " ".join(f"{x(m):.1f},{y(float(v)):.1f}" for m, v in zip(part["month"], part[metric]))
        parts.append(f'<polyline fill="none" stroke="{_COLORS[sentra]}" stroke-width="2" points="{pts}"/>')
    parts.append("</svg>")
    return "".join(parts)


def summary_html(summary: LeadersSummary) -> str:
    """The whole report as one HTML document (no scripts, no external files)."""
    month = formats.month(summary.month)
    title = t("dashboards.report.title", month=month)
    head = "".join(f"<th>{_e(h)}</th>" for h in (
        t("dashboards.report.indicator"), t("dashboards.report.col_sentra"), t("dashboards.report.this_month"),
        t("dashboards.report.last_month")))
    rows = []
    for metric in METRICS:
        for sentra in SENTRAS:
            if sentra not in summary.current:
                continue
            now = summary.current[sentra].get(metric, math.nan)
            before = summary.previous.get(sentra, {}).get(metric, math.nan)
            rows.append(f"<tr><td>{_e(t(f'dashboards.metric.{metric}'))}</td>"
                        f"<td>{_e(t(f'overview.sentra_{sentra}'))}</td>"
                        f"<td class='num'>{_e(format_metric(metric, now))} {_arrow(summary, sentra, metric)}</td>"
                        f"<td class='num'>{_e(format_metric(metric, before))}</td></tr>")
    legend = "".join(f'<span><i style="background:{_COLORS[s]}"></i>{_e(t(f"overview.sentra_{s}"))}</span>'
                     for s in SENTRAS)
    charts = "".join(
        f'<div class="chart"><b>{_e(t(f"dashboards.metric.{m}"))}</b>{_svg_trend(summary.trends, m, summary.month)}</div>'
        for m in METRICS)
    lang = "en" if t("common.yes") == "Yes" else "id"
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>"
        f"<h1>{_e(title)}</h1>"
        f"<h2>{_e(t('dashboards.leaders.what_changed'))}</h2><p>{_e(summary.paragraph())}</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f"<h2>{_e(t('dashboards.report.trends'))}</h2><div class='legend'>{legend}</div>"
        f"<div class='charts'>{charts}</div>"
        f"<p class='note'>{_e(t('dashboards.report.notes'))}<br>"
        f"{_e(t('dashboards.report.generated', version=__version__))}</p>"
        "</body></html>")


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


__all__ = ["HTML_MIME", "XLSX_MIME", "data_uri", "download_anchor", "summary_html", "summary_xlsx"]
