"""The house keeps its shape: import contracts, no import cycle, moved modules still import.

The layer rules of docs/architecture.md are import-linter contracts in
pyproject.toml ([tool.importlinter]); these tests run them, prove that they
catch a wrong import, and check with the import graph (grimp, which
import-linter is built on) that no module of ikm_kit imports itself through
others.

Lazy imports count.  A function-level ``import`` (used to keep a dashboard
kernel's start fast, e.g. scipy.stats or the Excel writer) is still a
dependency: the module needs the other one to work, and a circle through a
lazy import is still a circle a newcomer must untangle.  grimp reads every
``import`` statement in a file, wherever it stands, and so do these tests;
``if TYPE_CHECKING:`` imports count too.  Laziness is for start-up time, never
for hiding a cycle.
"""
from __future__ import annotations

import ast
import importlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

from ikm_kit._moved import MOVED

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint_imports(package_parent: Path, cwd: Path) -> subprocess.CompletedProcess:
    """Run ``lint-imports`` with this repository's contracts on the ``ikm_kit`` found in ``package_parent``."""
    assert LINT_IMPORTS.exists(), f"{LINT_IMPORTS} missing: install the test extras (pip install -e '.[test]')"
    env = dict(os.environ, PYTHONPATH=str(package_parent), COLUMNS="200", NO_COLOR="1")
    return subprocess.run([str(LINT_IMPORTS), "--no-cache", "--no-logo", str(ROOT / "pyproject.toml")],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_import_contracts_hold():
    """Every contract of pyproject.toml is kept; a broken one fails with lint-imports' own report."""
    result = _lint_imports(ROOT, ROOT)
    if result.returncode != 0:
        pytest.fail("lint-imports: an import breaks the architecture's rules\n\n" + result.stdout + result.stderr,
                    pytrace=False)
    assert "0 broken" in result.stdout and " kept" in result.stdout


# (module to edit, line to add, contract name in the report, the offending import in the report)
WRONG_IMPORTS = {
    "plotly-in-computation": ("quality/capability.py", "import plotly.graph_objects",
                              "never import plotly, ipywidgets or anywidget",
                              "ikm_kit.quality.capability -> plotly"),
    "ipywidgets-in-figures": ("figures/common.py", "import ipywidgets",
                              "Figures never import ipywidgets",
                              "ikm_kit.figures.common -> ipywidgets"),
    "computation-imports-widgets": ("costing/model.py", "from ikm_kit.widgets import common as _w",
                                    "Layers (docs/architecture.md)",
                                    "ikm_kit.costing.model -> ikm_kit.widgets.common"),
    "cycle-i18n-errors": ("i18n/__init__.py", "from ikm_kit.errors import DataError",
                          "No import cycle",
                          "ikm_kit.i18n -> ikm_kit.errors"),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(WRONG_IMPORTS))
def test_contracts_fail_on_a_wrong_import_and_name_the_rule(case, tmp_path):
    """A copy of the package with one deliberate wrong import breaks the contract that forbids it."""
    rel, line, contract, offending = WRONG_IMPORTS[case]
    shutil.copytree(ROOT / "ikm_kit", tmp_path / "ikm_kit", ignore=shutil.ignore_patterns("__pycache__"))
    target = tmp_path / "ikm_kit" / rel
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")
    result = _lint_imports(tmp_path, tmp_path)
    report = " ".join((result.stdout + result.stderr).split())
    assert result.returncode != 0, report
    assert contract in report, report
    assert offending in report, report


def _cycles(graph: grimp.ImportGraph) -> list[tuple[str, ...]]:
    found: dict[frozenset, tuple[str, ...]] = {}
    for importer in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            back = graph.find_shortest_chain(importer=imported, imported=importer)
            if back:
                cycle = (importer, *back)
                found.setdefault(frozenset(cycle), cycle)
    return sorted(found.values())


def test_no_import_cycle_inside_ikm_kit():
    """No module of ikm_kit imports itself through others (module level, lazy imports included)."""
    graph = grimp.build_graph("ikm_kit", cache_dir=None)
    assert "ikm_kit.cli" in graph.modules and "ikm_kit.workspace" in graph.modules
    cycles = _cycles(graph)

    def where(a: str, b: str) -> str:
        lines = sorted({d["line_number"] for d in graph.get_import_details(importer=a, imported=b)})
        return f"{a} -> {b} (line {', '.join(map(str, lines))})"

    report = ["  " + "; ".join(where(a, b) for a, b in zip(c, c[1:])) for c in cycles]
    assert not cycles, "import cycles inside ikm_kit:\n" + "\n".join(report[:20])


def test_cycle_finder_finds_a_cycle():
    """The check above is not vacuous: a graph with a circle is reported."""
    graph = grimp.ImportGraph()
    for name in ("pkg", "pkg.a", "pkg.b", "pkg.c"):
        graph.add_module(name)
    graph.add_import(importer="pkg.a", imported="pkg.b")
    graph.add_import(importer="pkg.b", imported="pkg.c")
    graph.add_import(importer="pkg.c", imported="pkg.a")
    assert [set(c) for c in _cycles(graph)] == [{"pkg.a", "pkg.b", "pkg.c"}]
    graph.remove_import(importer="pkg.c", imported="pkg.a")
    assert _cycles(graph) == []


# ------------------------------------------------------------------ moved modules
@pytest.mark.parametrize("old", sorted(MOVED))
def test_old_module_path_imports_the_moved_module(old):
    new = importlib.import_module(MOVED[old])
    assert importlib.import_module(old) is new
    assert new.__spec__.name == MOVED[old]          # the module keeps its own identity
    leaf = old.rsplit(".", 1)[1]
    namespace: dict = {}
    exec(f"from ikm_kit import {leaf}", namespace)  # the ``from ikm_kit import uploads`` form
    assert namespace[leaf] is new
    for name in getattr(new, "__all__", ()):
        assert getattr(importlib.import_module(old), name) is getattr(new, name)


def test_old_module_paths_are_not_files():
    """A file at an old path would shadow the alias and turn the git rename into a conflict."""
    for old in MOVED:
        rel = Path(*old.split("."))
        assert not (ROOT / rel.with_suffix(".py")).exists(), old
        assert not (ROOT / rel / "__init__.py").exists(), old


def test_old_path_imports_of_user_code_still_work():
    """What a notebook or another branch may still write, run in a fresh interpreter."""
    code = ("from ikm_kit.summary import leaders_summary\n"
            "from ikm_kit.reports import summary_html\n"
            "from ikm_kit.report import html_table\n"
            "from ikm_kit.overview import occupancy_trend\n"
            "from ikm_kit.simulate import ProductionLine\n"
            "from ikm_kit import uploads\n"
            "import ikm_kit.quality.production_line as pl, ikm_kit.leaders.summary as ls\n"
            "assert ProductionLine is pl.ProductionLine and leaders_summary is ls.leaders_summary\n"
            "assert uploads.__name__ == 'ikm_kit.data.uploads'\n"
            "print('ok')\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "ok", result.stderr


def _old_path_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        for name in names:
            for old, new in MOVED.items():
                if name == old or name.startswith(old + "."):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} imports {old}; use {new}")
    return found


def test_code_of_the_repository_uses_the_new_module_paths():
    """ikm_kit/, tests/, benchmarks/ and deploy/ import moved modules from their new homes
    (notebooks and dashboards may still use the old paths until they are updated)."""
    files = [p for folder in ("ikm_kit", "tests", "benchmarks", "deploy") for p in (ROOT / folder).rglob("*.py")]
    files = [p for p in files if p.name != "test_architecture.py"]
    problems = [msg for p in sorted(files) for msg in _old_path_imports(p)]
    assert not problems, "\n".join(problems)
