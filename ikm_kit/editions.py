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
import math
import re
from pathlib import Path
from typing import Iterable

import nbformat

from ikm_kit.exercises.forms import form_exercise_ids
from ikm_kit.errors import DataError
from ikm_kit.i18n import t
from ikm_kit.paths import project_root

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


EDIT_MARKER = "# ←"
_EXERCISE_ID = re.compile(r"[\"'](\d\d\.[a-z0-9_]+)[\"']")


def code_entry_cells(nb: nbformat.NotebookNode) -> list[nbformat.NotebookNode]:
    """Cells of a participant edition in which the participant must type code.

    That is every code cell that is a placeholder of a solution (tag
    ``latihan``) or that carries the edit marker ``# ←`` ("change this").
    Widget cells (``NumberQuestion``, ``ChoiceQuestion``, forms) are not
    counted: they are answered without typing code.
    """
    return [c for c in nb.cells if c.get("cell_type") == "code"
            and ("latihan" in _tags(c) or EDIT_MARKER in c.get("source", ""))]


def exercise_kinds(nb: nbformat.NotebookNode) -> dict[str, str]:
    """Exercise id → how a participant answers it in this (participant) notebook:
    ``"kode"`` (types code), ``"angka"`` (number box), ``"pilihan"`` (choice) or
    ``"formulir"`` (any other widget, e.g. a form)."""
    typing = {id(c) for c in code_entry_cells(nb)}
    kinds: dict[str, str] = {}
    for cell in nb.cells:
        if cell.get("cell_type") != "code":
            continue
        src = cell.get("source", "")
        for ex_id in form_exercise_ids(src):
            kinds[ex_id] = "formulir"
        for ex_id in _EXERCISE_ID.findall(src):
            if id(cell) in typing:
                kinds[ex_id] = "kode"
            elif "NumberQuestion(" in src and f'NumberQuestion("{ex_id}"' in src:
                kinds[ex_id] = "angka"
            elif f'ChoiceQuestion("{ex_id}"' in src:
                kinds[ex_id] = "pilihan"
            else:
                kinds.setdefault(ex_id, "formulir")
    return kinds


KINDS = ("kode", "angka", "pilihan", "formulir")


def course_shape(src_dir: str | Path | None = None) -> dict[str, dict[str, int]]:
    """Per day (``"00"``…``"06"``): how many exercises of the participant edition are answered by typing
    code, in a number box, by a choice or in a form, and how many cells need code typed (``"sel_kode"``)."""
    from ikm_kit.paths import project_root

    src = Path(src_dir) if src_dir else project_root(None) / "notebooks"
    shape: dict[str, dict[str, int]] = {}
    for path in sorted(src.glob("*.ipynb")):
        nb = participant_notebook(nbformat.read(path, as_version=4))
        day = shape.setdefault(path.name[:2], {k: 0 for k in (*KINDS, "sel_kode")})
        for kind in exercise_kinds(nb).values():
            day[kind] += 1
        day["sel_kode"] += len(code_entry_cells(nb))
    return shape


def render_course_shape(shape: dict[str, dict[str, int]], lang: str = "id") -> str:
    """Markdown table of :func:`course_shape` (for the facilitator guide)."""
    head = [t(f"editions.shape_{k}", lang) for k in ("day", *KINDS, "sel_kode")]
    rows = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    total = {k: 0 for k in (*KINDS, "sel_kode")}
    for day, counts in sorted(shape.items()):
        rows.append(f"| {int(day)} | " + " | ".join(str(counts[k]) for k in total) + " |")
        for k in total:
            total[k] += counts[k]
    rows.append(f"| **{t('editions.shape_total', lang)}** | " + " | ".join(f"**{total[k]}**" for k in total) + " |")
    return "\n".join(rows)


def _expected_number(exercise) -> tuple[float, str] | None:
    """The exact expected value and unit of a numeric exercise (``kind == "angka"``), or None."""
    if exercise.kind != "angka":
        return None
    try:
        value = float(exercise.expected_value())
    except (TypeError, ValueError):
        return None
    return (value, exercise.unit or "") if math.isfinite(value) else None


def answer_forms(value: float, unit: str = "") -> set[str]:
    """How a person would see ``value`` written in Indonesian text (``27,5 %``, ``0,87``, ``Rp14,2 juta``).

    Only forms with at least three significant digits (two for a share such as
    ``0,87``) are returned, so that small counts do not match every page.
    """
    from ikm_kit import formats

    def num(x: float, d: int) -> str:
        return formats.number(x, d, lang="id")

    forms: set[str] = set()
    v = abs(value)
    if v == 0:
        return forms
    if unit == "Rp" or v >= 1000:
        forms.add(num(round(v), 0))
        scaled = [(v / 1e6, ("juta", "jt"))] if v >= 1_000_000 else [(v / 1e3, ("ribu",))] if v >= 100_000 else []
        for x, words in scaled:
            for d in ((2,) if x < 10 else (1, 2) if x < 100 else (0, 1)):
                forms |= {f"{num(x, d)} {w}" for w in words}
        return forms
    if float(v).is_integer():
        return {num(v, 0)} if v >= 100 else set()
    if unit == "%" or (unit == "" and v < 1):
        pct = v if unit == "%" else v * 100
        if unit == "":
            forms |= {num(v, 2), num(v, 3)}
        for d in ((0, 1) if pct >= 10 else (1, 2)):
            forms |= {num(pct, d) + " %", num(pct, d) + "%"}
        return forms
    for d in (1, 2, 3):   # a measurement (Cp 1,29; 101,07 g; 0,86 mm)
        text = num(v, d)
        if len(text.replace(",", "").replace(".", "").lstrip("0")) >= 3:
            forms.add(text)
    return forms


def _visible_text(nb: nbformat.NotebookNode) -> list[tuple[int, str]]:
    """(cell index, text) a participant reads: markdown, and the text literals of code cells."""
    import ast

    out = []
    for i, cell in enumerate(nb.cells):
        src = cell.get("source", "")
        if cell.get("cell_type") == "markdown":
            out.append((i, src))
        elif cell.get("cell_type") == "code":
            try:
                tree = ast.parse(src)
            except SyntaxError:
                continue
            strings = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
            strings += [ln.split("#", 1)[1] for ln in src.splitlines() if "#" in ln]
            out.append((i, "\n".join(strings)))
            for output in cell.get("outputs", []) or []:
                data = output.get("data", {}) if isinstance(output, dict) else {}
                text = output.get("text") or data.get("text/plain") or ""
                out.append((i, text if isinstance(text, str) else "".join(text)))
    return out


def find_answer_leaks(nb: nbformat.NotebookNode, exercise_ids: Iterable[str] | None = None) -> list[str]:
    """Expected values of numeric exercises found in participant-visible text.

    Looks for every exercise of ``exercise_ids`` (default: the exercises this
    notebook uses) written the ways a person would see it (:func:`answer_forms`)
    in the markdown, the text literals and comments of code cells and any
    stored output.  Returns ``"<exercise id>: '<form>' in cell <n>"`` per hit.
    """
    from ikm_kit.exercises import registry

    if exercise_ids is None:
        exercise_ids = {i for c in nb.cells if c.get("cell_type") == "code"
                        for i in _EXERCISE_ID.findall(c.get("source", ""))}
    wanted = set(exercise_ids)
    hits = []
    texts = _visible_text(nb)
    for ex in registry().values():
        if ex.id not in wanted:
            continue
        found = _expected_number(ex)
        if found is None:
            continue
        for form in sorted(answer_forms(*found)):
            pattern = re.compile(r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)")
            for i, text in texts:
                if pattern.search(text):
                    hits.append(f"{ex.id}: {form!r} in cell {i}")
    return sorted(set(hits))


def build_participant_edition(out_dir: str | Path, src_dir: str | Path | None = None) -> list[Path]:
    """Write the participant edition of every notebook in ``src_dir`` (default ``notebooks/``)."""
    src = Path(src_dir) if src_dir else project_root(None) / "notebooks"
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for path in sorted(src.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        edition = participant_notebook(nb)
        leaks = find_leaks(nb, edition) + find_answer_leaks(edition)
        if leaks:
            raise DataError(t("editions.leak", notebook=path.name, line=leaks[0]))
        target = out / path.name
        nbformat.write(edition, target)
        written.append(target)
    return written


def strip_outputs(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    for cell in nb.cells:
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
    return nb


def notebook_json(nb: nbformat.NotebookNode) -> str:
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"
