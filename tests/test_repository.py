"""Repository hygiene: notebooks stored without outputs; layering rules hold."""
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


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


PACKAGE_FILES = sorted((ROOT / "ikm_kit").rglob("*.py"))


@pytest.mark.parametrize("path", PACKAGE_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_only_widgets_import_ipywidgets(path):
    rel = path.relative_to(ROOT / "ikm_kit")
    if rel.parts[0] == "widgets":
        return
    assert "ipywidgets" not in _imports(path), f"{rel} imports ipywidgets"


@pytest.mark.parametrize("path", PACKAGE_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_computation_layers_do_not_import_plotly(path):
    rel = path.relative_to(ROOT / "ikm_kit")
    if rel.parts[0] in ("widgets", "figures"):
        return
    assert "plotly" not in _imports(path), f"{rel} imports plotly"


def test_no_assert_used_for_validation_in_package():
    for path in PACKAGE_FILES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        asserts = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Assert)]
        assert not asserts, f"{path.relative_to(ROOT)} uses assert at lines {asserts}"
