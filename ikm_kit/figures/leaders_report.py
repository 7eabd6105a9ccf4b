"""The leaders' report with its charts: the dashboard's trend charts drawn offline as SVG (Chromium with
the shipped plotly.js) inside the self-contained HTML of :func:`ikm_kit.leaders.export.summary_html`,
and printed to PDF — what ``ikm-kit laporan``, the dashboard's download buttons and the server's
``/ringkasan`` page give.

    >>> from ikm_kit.figures.leaders_report import report_html   # doctest: +SKIP
    >>> report_html(leaders_summary("2023-12"))                   # doctest: +SKIP
"""
from __future__ import annotations

from pathlib import Path

from ikm_kit.leaders.export import CHART_SIZE, report_filename, summary_html
from ikm_kit.leaders.summary import METRICS, LeadersSummary


def trend_figures(summary: LeadersSummary) -> dict:
    """The dashboard's trend chart of every indicator, laid out for a small static image."""
    from ikm_kit.figures.summary import summary_trend_figure

    out = {}
    for metric in METRICS:
        if summary.trends[metric].notna().any():
            fig = summary_trend_figure(summary.trends, metric, summary.month)
            fig.update_layout(title=None, height=None, width=None, font=dict(size=13),
                              margin=dict(l=62, r=10, t=12, b=70),
                              legend=dict(orientation="h", yanchor="top", y=-0.16, xanchor="left", x=0))
            out[metric] = fig
    return out


def trend_svgs(summary: LeadersSummary) -> dict[str, str]:
    """``metric → <svg>`` of :func:`trend_figures`, drawn offline by Chromium (see :mod:`ikm_kit.figures.export`)."""
    from ikm_kit.figures.export import figures_to_svg

    figs = trend_figures(summary)
    width, height = CHART_SIZE
    return dict(zip(figs, figures_to_svg(list(figs.values()), width=width, height=height)))


def report_html(summary: LeadersSummary, nav: list[tuple[str, str | None]] | None = None) -> str:
    """The report of ``summary.month`` as one HTML document with its trend charts (see ``summary_html``)."""
    return summary_html(summary, charts=trend_svgs(summary), nav=nav)


def write_report(summary: LeadersSummary, out_dir: str | Path, *, pdf: bool = True) -> list[Path]:
    """Write the report of ``summary.month`` into ``out_dir``: HTML (always) and PDF (printed by Chromium).

    Returns the paths written, e.g. ``[.../ringkasan_pimpinan_2023_12.html, ...pdf]``.
    """
    from ikm_kit.figures.export import html_to_pdf

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    document = report_html(summary)
    html_path = out / report_filename(summary.month, "html")
    html_path.write_text(document, encoding="utf-8")
    paths = [html_path]
    if pdf:
        paths.append(html_to_pdf(document, out / report_filename(summary.month, "pdf")))
    return paths
