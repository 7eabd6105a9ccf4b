"""Developer tools: strip notebook outputs and widget state before committing.

    python -m ikm_kit.devtools strip notebooks dashboards
    python -m ikm_kit.devtools check notebooks dashboards   # exit 1 if any has outputs
    python -m ikm_kit.devtools timetable [--write]          # guide timetable from notebook metadata
    python -m ikm_kit.devtools voila-css [--write]          # the dashboards' CSS from Voila's voila-style.js
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Iterable


def notebook_paths(roots: Iterable[str | Path]) -> list[Path]:
    paths: list[Path] = []
    for root in roots:
        root = Path(root)
        if root.is_file() and root.suffix == ".ipynb":
            paths.append(root)
        elif root.is_dir():
            paths.extend(p for p in sorted(root.rglob("*.ipynb")) if ".ipynb_checkpoints" not in p.parts)
    return paths


def problems(path: Path) -> list[str]:
    """What in a notebook file should not be committed (outputs, counts, widget state)."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    found = []
    if "widgets" in nb.get("metadata", {}):
        found.append("metadata.widgets")
    for i, cell in enumerate(nb.get("cells", [])):
        if cell.get("cell_type") == "code":
            if cell.get("outputs"):
                found.append(f"cell {i}: outputs")
            if cell.get("execution_count") is not None:
                found.append(f"cell {i}: execution_count")
        if "widgets" in cell.get("metadata", {}):
            found.append(f"cell {i}: metadata.widgets")
        if "execution" in cell.get("metadata", {}):
            found.append(f"cell {i}: metadata.execution")
    return found


def strip(path: Path) -> bool:
    """Remove outputs, execution counts and widget state; return True if changed."""
    text = path.read_text(encoding="utf-8")
    nb = json.loads(text)
    nb.get("metadata", {}).pop("widgets", None)
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
        cell.get("metadata", {}).pop("widgets", None)
        cell.get("metadata", {}).pop("execution", None)
    new = json.dumps(nb, indent=1, ensure_ascii=False) + "\n"
    if new != text:
        path.write_text(new, encoding="utf-8")
        return True
    return False


SHAPE_BEGIN, SHAPE_END = "<!-- jenis-latihan -->", "<!-- /jenis-latihan -->"


def _update_course_shape(text: str, root: Path) -> str:
    """Replace the block between the 'jenis-latihan' markers (if present) by the generated table."""
    from ikm_kit import editions

    if SHAPE_BEGIN not in text:
        return text
    block = f"{SHAPE_BEGIN}\n{editions.render_course_shape(editions.course_shape(root / 'notebooks'))}\n{SHAPE_END}"
    head, rest = text.split(SHAPE_BEGIN, 1)
    _old, tail = rest.split(SHAPE_END, 1)
    return head + block + tail


def timetable(write: bool = False, root: Path | None = None) -> int:
    """Compare (or rewrite, with ``write``) the facilitator guide's timetable with the notebooks' slots."""
    from ikm_kit import timetable as tt
    from ikm_kit.i18n import t

    root = root or Path(__file__).resolve().parent.parent
    guide = root / "docs" / "panduan-fasilitator.md"
    text = guide.read_text(encoding="utf-8")
    new = tt.update_guide(text, tt.load_schedule(root / "notebooks"))
    new = _update_course_shape(new, root)
    if new == text:
        print(t("timetable.up_to_date", guide=guide.name))
        return 0
    if write:
        guide.write_text(new, encoding="utf-8")
        print(t("timetable.written", guide=guide.name))
        return 0
    print(t("timetable.stale", guide=guide.name))
    return 1


# ------------------------------------------------------------------ the dashboards' CSS
#: the ``ikm`` Voila template's stylesheet made from Voila's ``voila-style.js``
VOILA_CSS = Path(__file__).resolve().parent.parent / "share/jupyter/voila/templates/ikm/static/voila-style-ikm.css"
#: blocks of voila-style.js no dashboard page uses: dropped when one of these strings is in the block
UNUSED_CSS = {
    "Font Awesome": "icon font (buttons carry text labels; the template hides their icons)",
    "--jp-icon-add-above": "deprecated icons as CSS background images (78 kB)",
    "MJXZERO": "MathJax fonts (no dashboard typesets LaTeX)",
    "lm-CommandPalette": "JupyterLab's command palette",
    "jp-DocumentSearch": "JupyterLab's search bar",
    "jp-FileBrowser": "JupyterLab's file browser",
    "jp-StatusBar": "JupyterLab's status bar",
    "jp-CollaboratorCursor": "code editor cursors",
    "jp-RenderedMermaid": "Mermaid diagrams",
    "jp-JSONEditor": "JSON editor",
    "jp-sortable-table": "JupyterLab's sortable tables",
}
#: collects the <style> elements voila-style.js adds (style-loader) into a <pre> for --dump-dom
_COLLECT = """<!DOCTYPE html><html><head><meta charset="utf-8"><script src="voila-style.js"></script></head>
<body><script>
document.body.insertAdjacentHTML("beforeend", "<pre id='ikm-css'></pre>");
document.getElementById("ikm-css").textContent =
  JSON.stringify([...document.querySelectorAll("style")].map((s) => s.textContent));
</script></body></html>"""


def voila_style_js() -> Path:
    """Voila's ``voila-style.js`` (its base template's CSS, bundled as a script) in this environment."""
    from jupyter_core.paths import jupyter_path

    for candidate in jupyter_path("voila", "templates", "base", "static", "voila-style.js"):
        if Path(candidate).is_file():
            return Path(candidate)
    raise FileNotFoundError("voila-style.js not found: is Voila installed?")


def voila_css() -> str:
    """The CSS that ``voila-style.js`` injects when it runs, minus the blocks in ``UNUSED_CSS``.

    Run in the local headless Chromium (the script adds ``<style>`` elements); a dashboard page
    then loads one cacheable stylesheet instead of a 344 kB script (58 kB compressed).
    Example: ``"lm-TabBar" in voila_css()``.
    """
    import hashlib
    import html
    import shutil
    import subprocess
    import tempfile

    import voila

    from ikm_kit.printing import CHROMIUM_FLAGS, browser_path

    source = voila_style_js()
    browser = browser_path()
    if not browser:
        raise RuntimeError("Chromium is needed to read voila-style.js (apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="ikm-voila-css-") as tmp:
        shutil.copy(source, Path(tmp) / "voila-style.js")
        page = Path(tmp) / "page.html"
        page.write_text(_COLLECT, encoding="utf-8")
        out = subprocess.run([browser, *CHROMIUM_FLAGS, "--dump-dom", page.as_uri()],
                             check=True, capture_output=True, text=True, timeout=120).stdout
    found = re.search(r"<pre id=\"ikm-css\">(.*?)</pre>", out, re.S)
    if not found:
        raise RuntimeError("voila-style.js added no styles")
    blocks = json.loads(html.unescape(found.group(1)))
    kept = [b.strip() for b in blocks if b.strip() and not any(marker in b for marker in UNUSED_CSS)]
    if not kept or any("url(file:" in b for b in kept):
        raise RuntimeError("unexpected voila-style.js: blocks refer to files next to the script")
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    dropped = "; ".join(UNUSED_CSS.values())
    header = (f"/* Made by `python -m ikm_kit.devtools voila-css --write` from voila-style.js of Voila "
              f"{voila.__version__} (sha256 {digest}...): the CSS that script injects, without: {dropped}.\n"
              f"   {len(kept)} of {len(blocks)} blocks kept. Licences: see each block (Jupyter, Lumino: BSD-3). */")
    return header + "\n" + "\n".join(kept) + "\n"


def check_generated(path: Path, new: str, write: bool, stale: str, note: str = "") -> int:
    """Compare a generated file with what it should hold; rewrite it with ``write``.

    Returns 0 when up to date or written, 1 when stale (then prints ``stale``).
    Example: ``check_generated(VOILA_CSS, voila_css(), write=False, stale="run with --write")``.
    """
    old = path.read_text(encoding="utf-8") if path.is_file() else ""
    if new == old:
        print(f"{path.name}: up to date{note}")
        return 0
    if write:
        path.write_text(new, encoding="utf-8")
        print(f"{path.name}: written{note}")
        return 0
    print(f"{path.name}: {stale}")
    return 1


def voila_css_check(write: bool = False) -> int:
    """Compare (or rewrite, with ``write``) the template's stylesheet with the installed Voila's."""
    new = voila_css()
    return check_generated(VOILA_CSS, new, write, "differs from the installed Voila's voila-style.js; run with --write",
                           f" ({len(new.encode()):,} bytes)")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "timetable":
        return timetable(write="--write" in argv[1:])
    if argv and argv[0] == "voila-css":
        return voila_css_check(write="--write" in argv[1:])

    if not argv or argv[0] not in ("strip", "check"):
        print(__doc__)
        return 2
    action, roots = argv[0], argv[1:] or ["notebooks", "dashboards"]
    bad = 0
    for path in notebook_paths(roots):
        if action == "strip":
            if strip(path):
                print(f"stripped {path}")
        else:
            found = problems(path)
            if found:
                bad += 1
                print(f"{path}: {', '.join(found)}")
    return 1 if bad else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
