"""Where each piece of an exercise lives: its check, its texts, its notebook.

An exercise is one id, ``"DD.name"`` (day, dot, name, e.g. ``"03.cp_within"``),
and three pieces tied by that id:

============  ==========================================  =====================================
piece         file                                        tied by
============  ==========================================  =====================================
check         ``ikm_kit/exercises/dayD.py``               ``numeric("03.cp_within", ...)``,
                                                          ``choice(...)``, ``custom(...)``
texts         ``ikm_kit/i18n/exercises_dayD.py``          keys ``ex.03_cp_within.*``: ``title``,
                                                          hints ``h1``, ``h2``…, typical mistakes
                                                          ``m_*``, ``explain``
question      one notebook ``notebooks/DD_*.ipynb``       ``NumberQuestion("03.cp_within")``,
                                                          ``ChoiceQuestion(...)`` or
                                                          ``cek("03.cp_within", ...)``
============  ==========================================  =====================================

``tests/test_exercise_places.py`` checks that every registered exercise has
its texts in both languages in its day's catalogue and is asked in exactly one
notebook, and that every exercise a notebook asks is registered.

    >>> from ikm_kit.exercises.where import where
    >>> places = where("00.pendapatan_kursi")
    >>> places.check_files, places.text_files, places.notebooks
    (('ikm_kit/exercises/day0.py',), ('ikm_kit/i18n/exercises_day0.py',), ('notebooks/00_mulai_di_sini.ipynb',))
"""
from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ikm_kit.exercises.forms import form_exercise_ids
from ikm_kit import i18n
from ikm_kit.exercises.core import get, registry

_HERE = Path(__file__).resolve().parent
#: an exercise id: two-digit day, dot, name
_ID = re.compile(r"\d{2}\.[A-Za-z0-9_]+")
#: how a notebook asks an exercise: an exercise widget or ``cek`` with the id as first argument
NOTEBOOK_PATTERN = re.compile(r"""\b(?:cek|NumberQuestion|ChoiceQuestion)\(\s*["'](\d{2}\.[A-Za-z0-9_]+)["']""")


@dataclass(frozen=True)
class ExercisePlaces:
    """The files holding one exercise's pieces (paths relative to the project folder)."""

    id: str
    check_files: tuple[str, ...]      # e.g. ("ikm_kit/exercises/day3.py",): exactly one when all is well
    text_keys: tuple[str, ...]        # i18n keys: title, hints, mistakes, explanation
    text_files: tuple[str, ...]       # catalogue files holding those keys
    notebooks: tuple[str, ...]        # notebooks asking the exercise (exactly one when all is well)


def text_prefix(exercise_id: str) -> str:
    """The i18n key prefix of an exercise: ``"03.cp_within"`` → ``"ex.03_cp_within."``."""
    return f"ex.{exercise_id.replace('.', '_')}."


def text_keys(exercise_id: str) -> tuple[str, ...]:
    """Every catalogue key of the exercise: those under its prefix plus its hints and explanation."""
    exercise = get(exercise_id)
    prefix = text_prefix(exercise_id)
    keys = {k for k in i18n.catalogue() if k.startswith(prefix)}
    keys.update(exercise.hints)
    if exercise.explanation:
        keys.add(exercise.explanation)
    return tuple(sorted(keys))


@lru_cache(maxsize=None)
def _ids_registered_in(path: Path) -> frozenset[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    # a call with an exercise id as first argument: the builders numeric(), choice(), custom(),
    # Exercise(), and a day's own wrappers around them (e.g. percent_numeric in day5)
    ids = set()
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str) and _ID.fullmatch(node.args[0].value)):
            ids.add(node.args[0].value)
    return frozenset(ids)


def check_files(exercise_id: str) -> list[Path]:
    """The ``exercises/day*.py`` files that register ``exercise_id`` (exactly one when all is well)."""
    return [p for p in sorted(_HERE.glob("day*.py")) if exercise_id in _ids_registered_in(p)]


def notebook_exercise_ids(path: str | Path) -> set[str]:
    """Ids of the exercises asked in a notebook's code cells (and their participant placeholders)."""
    nb = json.loads(Path(path).read_text(encoding="utf-8"))
    ids: set[str] = set()
    for cell in nb.get("cells", []):
        if cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        source = "".join(source) if isinstance(source, list) else source
        placeholder = cell.get("metadata", {}).get("ikm", {}).get("placeholder", "")
        ids.update(NOTEBOOK_PATTERN.findall(source + "\n" + placeholder))
        ids.update(form_exercise_ids(source))
    return ids


def notebooks_by_exercise(project: str | Path | None = None) -> dict[str, list[str]]:
    """Exercise id → the notebooks (``notebooks/NAME.ipynb``) asking it."""
    from ikm_kit.paths import project_root

    root = project_root(project)
    out: dict[str, list[str]] = {}
    for path in sorted((root / "notebooks").glob("*.ipynb")):
        for exercise_id in notebook_exercise_ids(path):
            out.setdefault(exercise_id, []).append(path.relative_to(root).as_posix())
    return out


def _places(exercise_id: str, notebooks: dict[str, list[str]]) -> ExercisePlaces:
    from ikm_kit.paths import PACKAGE_ROOT

    keys = text_keys(exercise_id)
    text_files = sorted({f"ikm_kit/i18n/{i18n.catalogue_source(k)}.py" for k in keys if i18n.has_key(k)})
    return ExercisePlaces(
        id=exercise_id,
        check_files=tuple(p.relative_to(PACKAGE_ROOT).as_posix() for p in check_files(exercise_id)),
        text_keys=keys,
        text_files=tuple(text_files),
        notebooks=tuple(notebooks.get(exercise_id, [])),
    )


def where(exercise_id: str, project: str | Path | None = None) -> ExercisePlaces:
    """Where the check, the texts and the notebook of ``exercise_id`` are.

    Unknown ids raise :class:`ikm_kit.errors.InputError` listing the known ones.
    Example: ``where("03.cp_within").notebooks``.
    """
    get(exercise_id)  # InputError for an unknown id
    return _places(exercise_id, notebooks_by_exercise(project))


def all_places(project: str | Path | None = None) -> list[ExercisePlaces]:
    """:func:`where` for every registered exercise, in id order."""
    notebooks = notebooks_by_exercise(project)
    return [_places(exercise_id, notebooks) for exercise_id in sorted(registry())]


__all__ = ["ExercisePlaces", "NOTEBOOK_PATTERN", "all_places", "check_files", "notebook_exercise_ids",
           "notebooks_by_exercise", "text_keys", "text_prefix", "where"]
