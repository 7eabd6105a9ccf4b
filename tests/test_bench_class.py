"""benchmarks/bench_class.py runs what a participant runs: the own edition with the answers typed in.

The measuring itself needs a hub and is run with ``make bench``; here only the
cell programs and the sizing arithmetic are checked (no hub, no kernel).
"""
import sys

import nbformat
import pytest

from ikm_kit.editions import participant_notebook

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import bench_class  # noqa: E402


def _last_call(source: str) -> str:
    import ast

    try:
        body = ast.parse(source).body
    except SyntaxError:
        return ""
    last = body[-1] if body else None
    return getattr(getattr(getattr(last, "value", None), "func", None), "id", "") if isinstance(last, ast.Expr) else ""


@pytest.mark.parametrize("notebook", bench_class.NOTEBOOKS)
def test_participant_cells_type_the_answers(notebook):
    trainer = nbformat.read(ROOT / "notebooks" / f"{notebook}.ipynb", as_version=4)
    participant = participant_notebook(trainer)
    cells = bench_class.participant_cells(trainer, participant)
    assert len(cells) == sum(c.cell_type == "code" for c in participant.cells)
    assert not any("jawaban = ..." in c for c in cells)          # every placeholder answered
    solutions = [c.source for c in trainer.cells if "solusi" in c.metadata.get("tags", [])]
    assert all(s in cells for s in solutions)                     # with the trainer's solution code
    kinds = [_last_call(c.source) for c in participant.cells if c.cell_type == "code"]
    questions = sum(k in ("NumberQuestion", "ChoiceQuestion") for k in kinds)
    assert questions >= 3, (notebook, questions)                  # the day's exercises are widgets now
    assert sum("_widget._on_check()" in c for c in cells) == questions
    assert sum("_widget._on_run()" in c for c in cells) == kinds.count("WhatIfSimulator")
    for c in cells:
        compile(c, notebook, "exec")


def test_participants_per_core_arithmetic():
    # 2 cores; the slowest Run All of K=8 took 70 s (> 60 s), of K=4 30 s; 15 CPU-s per Run All
    rows = [{"K": 4, "notebook": "a", "last_done_s": 30, "cpu_s_per_participant": 12.0},
            {"K": 8, "notebook": "a", "last_done_s": 70, "cpu_s_per_participant": 15.0}]
    est = bench_class.participants_per_core(rows, cores=2, limit_s=60)
    assert est["k_under_limit"] == 4 and est["per_core_measured"] == 2.0
    assert est["cpu_s_per_run_all"] == 15.0
    # the CPU alone explains 8 × 15 / 2 = 60 s of the peak run (K=8), which took 70 s → 1,17× slower;
    # the hungriest Run All, 15 CPU-s: 60 / (15 × 70/60) = 3,4 → 3 per core
    assert est["slowdown"] == 1.17
    assert est["per_core_planned"] == 3
