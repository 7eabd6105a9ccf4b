"""Developer tools: strip notebook outputs and widget state before committing.

    python -m ikm_kit.devtools strip notebooks dashboards
    python -m ikm_kit.devtools check notebooks dashboards   # exit 1 if any has outputs
    python -m ikm_kit.devtools timetable [--write]          # guide timetable from notebook metadata
"""
from __future__ import annotations

import json
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


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "timetable":
        return timetable(write="--write" in argv[1:])
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
