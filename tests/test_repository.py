"""Repository hygiene: notebooks stored without outputs; no assert for validation.

The layering rules (only ikm_kit.widgets imports ipywidgets; plotly only in
figures and widgets) are import-linter contracts in pyproject.toml, run by
tests/test_architecture.py.
"""
import ast
from pathlib import Path

import pytest

from ikm_kit import devtools

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = devtools.notebook_paths([ROOT / "notebooks", ROOT / "dashboards"])


def test_there_are_notebooks_and_dashboards():
    assert (ROOT / "notebooks" / "00_mulai_di_sini.ipynb").exists()
    assert any(p.parent.name == "dashboards" for p in NOTEBOOKS)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_stored_without_outputs_or_widget_state(path):
    assert devtools.problems(path) == [], "run: make strip-notebooks"


PACKAGE_FILES = sorted((ROOT / "ikm_kit").rglob("*.py"))


def test_no_assert_used_for_validation_in_package():
    for path in PACKAGE_FILES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        asserts = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Assert)]
        assert not asserts, f"{path.relative_to(ROOT)} uses assert at lines {asserts}"
