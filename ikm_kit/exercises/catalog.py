"""Choice options as the notebooks show them (labels for answer keys, reveals and tests).

The notebooks are the one place where a choice's labels are written
(``ChoiceQuestion("06.faktor_oee", [("Ketersediaan (…)", "ketersediaan"), ...])``);
this module reads those literals without running the notebooks.

    >>> from ikm_kit.exercises.catalog import notebook_options
    >>> notebook_options()["06.tahap_pdca"][2]            # doctest: +SKIP
    ('check', 'Check — periksa')
"""
from __future__ import annotations

import ast
import json
from functools import lru_cache
from pathlib import Path
from typing import Any


def _notebook_dirs() -> list[Path]:
    """The source tree's trainer notebooks, else the workspace's (kernel cwd is ``<workspace>/notebooks``)."""
    import os

    here = Path(__file__).resolve().parents[2]
    dirs = [here / "notebooks", Path.cwd(), Path.cwd() / "notebooks"]
    workspace = os.environ.get("IKM_WORKSPACE")
    if workspace:
        dirs.append(Path(workspace) / "notebooks")
    seen, out = set(), []
    for d in dirs:
        if d.is_dir() and any(d.glob("0*_*.ipynb")) and d.resolve() not in seen:
            seen.add(d.resolve())
            out.append(d)
    return out


def _options_in(source: str) -> dict[str, list[tuple[Any, str]]]:
    found: dict[str, list[tuple[Any, str]]] = {}
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return found
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None))
                == "ChoiceQuestion" and len(node.args) >= 2):
            continue
        try:
            exercise_id = ast.literal_eval(node.args[0])
            options = ast.literal_eval(node.args[1])
        except ValueError:
            continue
        pairs = []
        for option in options:
            if isinstance(option, (tuple, list)) and len(option) == 2:
                label, code = option
                pairs.append((code, str(label)))
            else:
                pairs.append((option, str(option)))
        found[exercise_id] = pairs
    return found


@lru_cache(maxsize=1)
def notebook_options() -> dict[str, list[tuple[Any, str]]]:
    """``{exercise_id: [(code, label), ...]}`` for every ``ChoiceQuestion`` in the notebooks."""
    found: dict[str, list[tuple[Any, str]]] = {}
    for folder in _notebook_dirs():
        for path in sorted(folder.glob("*.ipynb")):
            try:
                cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
            except (OSError, ValueError):
                continue
            for cell in cells:
                if cell.get("cell_type") == "code":
                    source = cell.get("source", "")
                    found.update({k: v for k, v in _options_in("".join(source) if isinstance(source, list)
                                                               else source).items() if k not in found})
    return found
