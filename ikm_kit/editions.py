"""Trainer and participant editions from one source, and printable handouts.

The notebooks in ``notebooks/`` are the **trainer edition**.  In them:

- a cell tagged ``solusi`` holds an exercise's solution; its metadata
  ``ikm.placeholder`` holds what participants get instead (typically the same
  code with ``...`` where the answer goes);
- a cell tagged ``catatan-pelatih`` holds trainer notes (timing, discussion
  answers) and is removed from the participant edition.

    ikm-kit edisi-peserta --out peserta/        # participant edition
    ikm-kit handout --out handout/ [--pdf]      # HTML (and PDF) without code
"""
from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Iterable

import nbformat

from ikm_kit.errors import DataError
from ikm_kit.i18n import t

SOLUTION_TAG = "solusi"
TRAINER_NOTE_TAG = "catatan-pelatih"
DEFAULT_PLACEHOLDER = "# Tulis jawaban Anda di sini, lalu jalankan sel ini.\n..."


def _tags(cell: dict) -> set[str]:
    return set(cell.get("metadata", {}).get("tags", []) or [])


def participant_notebook(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Return a copy of ``nb`` with solutions replaced by placeholders and trainer notes removed."""
    out = copy.deepcopy(nb)
    cells = []
    for cell in out.cells:
        tags = _tags(cell)
        if TRAINER_NOTE_TAG in tags:
            continue
        if SOLUTION_TAG in tags:
            placeholder = cell.get("metadata", {}).get("ikm", {}).get("placeholder", DEFAULT_PLACEHOLDER)
            cell["source"] = placeholder
            cell["metadata"]["tags"] = [tg for tg in cell["metadata"].get("tags", []) if tg != SOLUTION_TAG] + ["latihan"]
            cell["metadata"].pop("ikm", None)
            if cell.get("cell_type") == "code":
                cell["outputs"] = []
                cell["execution_count"] = None
        cells.append(cell)
    out.cells = cells
    out.metadata["ikm_edition"] = "peserta"
    return out


def solution_lines(nb: nbformat.NotebookNode) -> set[str]:
    """Distinctive lines of the solution cells (what must not leak)."""
    lines: set[str] = set()
    for cell in nb.cells:
        if SOLUTION_TAG in _tags(cell) or TRAINER_NOTE_TAG in _tags(cell):
            placeholder = cell.get("metadata", {}).get("ikm", {}).get("placeholder", "")
            keep = {ln.strip() for ln in placeholder.splitlines()}
            for line in cell["source"].splitlines():
                s = line.strip()
                if len(s) >= 8 and s not in keep and not s.startswith(("#", "from ", "import ")):
                    lines.add(s)
    return lines


def find_leaks(trainer: nbformat.NotebookNode, participant: nbformat.NotebookNode) -> list[str]:
    """Solution or trainer-note lines that still appear in the participant edition."""
    text = "\n".join(c["source"] for c in participant.cells)
    return sorted(line for line in solution_lines(trainer) if line in text)


def build_participant_edition(out_dir: str | Path, src_dir: str | Path | None = None) -> list[Path]:
    """Write the participant edition of every notebook in ``src_dir`` (default ``notebooks/``)."""
    from ikm_kit.cli import project_root

    src = Path(src_dir) if src_dir else project_root(None) / "notebooks"
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for path in sorted(src.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        edition = participant_notebook(nb)
        leaks = find_leaks(nb, edition)
        if leaks:
            raise DataError(t("editions.leak", notebook=path.name, line=leaks[0]))
        target = out / path.name
        nbformat.write(edition, target)
        written.append(target)
    return written


def build_handouts(out_dir: str | Path, src_dir: str | Path | None = None, *, pdf: bool = False,
                   notebooks: Iterable[str] | None = None, timeout: int = 180,
                   edition: str = "peserta") -> list[Path]:
    """Printed handouts (``peserta``) or the answer-key booklet (``pelatih``): see :mod:`ikm_kit.handouts`."""
    from ikm_kit import handouts

    return handouts.build_handouts(out_dir, src_dir, pdf=pdf, notebooks=notebooks, edition=edition,
                                   timeout=timeout)


def strip_outputs(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    for cell in nb.cells:
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
    return nb


def notebook_json(nb: nbformat.NotebookNode) -> str:
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"
