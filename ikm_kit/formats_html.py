"""Small HTML building blocks for result objects' ``_repr_html_``.

Result dataclasses in every module render as a compact Indonesian table in a
notebook::

    class MyResult:
        def _repr_html_(self):
            return html_table(t("quality.capability.title"),
                              [(t("quality.cp"), number(self.cp, 2))],
                              note=self.interpretation)
"""
from __future__ import annotations

from html import escape
from typing import Iterable, Sequence

import pandas as pd

_STYLE = (
    "border-collapse:collapse;font-family:system-ui,sans-serif;font-size:0.95em;"
    "margin:0.3em 0"
)


def html_table(title: str, rows: Iterable[Sequence[object]], note: str | None = None,
               header: Sequence[str] | None = None) -> str:
    """Render ``rows`` (label, value[, ...]) as a small titled HTML table.

    Every cell is HTML-escaped; numbers should be formatted by the caller with
    :mod:`ikm_kit.formats` so they follow the active language.
    """
    parts = [f'<div class="ikm-result"><table style="{_STYLE}">']
    if title:
        parts.append(
            f'<caption style="text-align:left;font-weight:600;padding:0.2em 0">{escape(str(title))}</caption>'
        )
    if header:
        parts.append("<tr>" + "".join(
            f'<th style="text-align:left;padding:2px 10px;border-bottom:1px solid #999">{escape(str(h))}</th>'
            for h in header) + "</tr>")
    for row in rows:
        cells = list(row)
        parts.append("<tr>" + "".join(
            f'<td style="padding:2px 10px;border-bottom:1px solid #eee;{"font-weight:500" if i == 0 else "text-align:right"}">'
            f"{escape(str(c))}</td>"
            for i, c in enumerate(cells)) + "</tr>")
    parts.append("</table>")
    if note:
        parts.append(f'<p style="margin:0.3em 0;max-width:60em">{escape(str(note))}</p>')
    parts.append("</div>")
    return "".join(parts)


def html_frame(df: pd.DataFrame, title: str = "", max_rows: int = 30) -> str:
    """Render a DataFrame (already with display column names) with a title."""
    body = df.head(max_rows).to_html(index=False, border=0, escape=True)
    head = f'<div style="font-weight:600">{escape(title)}</div>' if title else ""
    return f'<div class="ikm-result">{head}{body}</div>'
