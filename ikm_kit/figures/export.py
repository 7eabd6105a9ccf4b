"""Offline static export with the system's Chromium: plotly figures → SVG, HTML → PDF.

No network and no extra Python package: headless Chromium (Debian's ``chromium``
or ``IKM_CHROMIUM``) loads the plotly.js file shipped with the pinned ``plotly``
package from disk, draws every figure with ``Plotly.toImage`` and hands the SVG
back through the DOM; PDFs are printed by the same browser.

    >>> from ikm_kit.figures.export import figures_to_svg   # doctest: +SKIP
    >>> import plotly.graph_objects as go                   # doctest: +SKIP
    >>> figures_to_svg([go.Figure(go.Scatter(y=[1, 3, 2]))], width=400, height=300)[0][:4]  # doctest: +SKIP
    '<svg'
"""
from __future__ import annotations

import html
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Sequence

from ikm_kit.errors import IkmError
from ikm_kit.i18n import t
from ikm_kit.printing import CHROMIUM_FLAGS, CHROMIUM_NAMES, browser_path

TIMEOUT_S = 120


class ExportError(IkmError):
    """Chromium is missing or failed to draw/print."""


def find_chromium() -> str:
    """Path of the Chromium executable (see :func:`ikm_kit.printing.browser_path`); an Indonesian
    :class:`ExportError` naming where it looked when there is none."""
    found = browser_path()
    if found:
        return found
    explicit = os.environ.get("IKM_CHROMIUM") or os.environ.get("BROWSER_PATH")
    raise ExportError(t("laporan.no_chromium", path=explicit or ", ".join(CHROMIUM_NAMES)))


def plotly_js_path() -> Path:
    """plotly.js of the pinned ``plotly`` package (the same version ``plotly.py`` writes JSON for)."""
    import plotly

    path = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    if not path.is_file():
        raise ExportError(t("laporan.no_plotly_js", path=str(path)))
    return path


def _run(args: list[str], workdir: Path) -> subprocess.CompletedProcess:
    profile = workdir / "profile"
    cmd = [find_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args]
    try:
        return subprocess.run(cmd, capture_output=True, timeout=TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        raise ExportError(t("laporan.chromium_failed", detail=f"timeout {TIMEOUT_S} s")) from None
    except OSError as exc:
        raise ExportError(t("laporan.chromium_failed", detail=str(exc))) from None


_RENDER_JS = """
(async () => {
  const figs = JSON.parse(document.getElementById('figs').textContent);
  const out = document.getElementById('out');
  try {
    for (const f of figs) {
      const div = document.createElement('div');
      document.body.appendChild(div);
      await Plotly.newPlot(div, f.data, f.layout, {staticPlot: true});
      const url = await Plotly.toImage(div, {format: 'svg', width: f.width, height: f.height});
      const pre = document.createElement('pre');
      pre.className = 'svg';
      pre.textContent = decodeURIComponent(url.slice(url.indexOf(',') + 1));
      out.appendChild(pre);
      Plotly.purge(div); div.remove();
    }
    out.setAttribute('data-done', 'ok');
  } catch (e) {
    out.setAttribute('data-done', 'error');
    out.setAttribute('data-error', String(e && e.stack || e));
  }
})();
"""


def figures_to_svg(figures: Sequence, *, width: int = 420, height: int = 300) -> list[str]:
    """Each plotly figure as a standalone ``<svg>`` string (``width`` × ``height`` px), drawn offline."""
    import plotly.io as pio

    if not figures:
        return []
    specs = []
    for fig in figures:
        spec = json.loads(pio.to_json(fig, validate=False))
        layout = spec.get("layout") or {}
        spec["width"], spec["height"] = layout.get("width") or width, layout.get("height") or height
        specs.append(spec)
    payload = json.dumps(specs).replace("</", "<\\/")
    page = (f'<!DOCTYPE html><html><head><meta charset="utf-8">'
            f'<script src="{plotly_js_path().as_uri()}"></script></head><body>'
            f'<script type="application/json" id="figs">{payload}</script><div id="out"></div>'
            f"<script>{_RENDER_JS}</script></body></html>")
    with tempfile.TemporaryDirectory(prefix="ikm-svg-") as tmp:
        workdir = Path(tmp)
        src = workdir / "render.html"
        src.write_text(page, encoding="utf-8")
        proc = _run(["--allow-file-access-from-files", "--virtual-time-budget=60000", "--dump-dom",
                     src.as_uri()], workdir)
    dom = proc.stdout.decode("utf-8", errors="replace")
    if 'data-done="ok"' not in dom:
        detail = dom.split('data-error="', 1)[1].split('"', 1)[0] if 'data-error="' in dom else \
            proc.stderr.decode("utf-8", errors="replace")[-400:]
        raise ExportError(t("laporan.chromium_failed", detail=html.unescape(detail)))
    svgs = [html.unescape(part.split("</pre>", 1)[0]) for part in dom.split('<pre class="svg">')[1:]]
    if len(svgs) != len(specs):
        raise ExportError(t("laporan.chromium_failed", detail=f"{len(svgs)} / {len(specs)} SVG"))
    return svgs


def html_to_pdf(document: str, target: str | os.PathLike) -> Path:
    """Print an HTML document (string) to ``target`` as PDF (A4, the page's print CSS)."""
    target = Path(target)
    with tempfile.TemporaryDirectory(prefix="ikm-pdf-") as tmp:
        workdir = Path(tmp)
        src = workdir / "page.html"
        src.write_text(document, encoding="utf-8")
        out = workdir / "page.pdf"
        proc = _run(["--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
                     f"--print-to-pdf={out}", src.as_uri()], workdir)
        if not out.is_file() or out.stat().st_size == 0:
            raise ExportError(t("laporan.chromium_failed",
                                detail=proc.stderr.decode("utf-8", errors="replace")[-400:]))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, target)
    return target


__all__ = ["ExportError", "figures_to_svg", "find_chromium", "html_to_pdf", "plotly_js_path"]
