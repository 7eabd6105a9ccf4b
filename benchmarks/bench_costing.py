"""Timing of the costing area: Monte Carlo draws and a CostingApp update.

    python benchmarks/bench_costing.py          # prints a markdown table

``run()`` returns one dict per case: ``case``, ``repeats``, ``median_ms``,
``max_ms``, ``target_ms``, ``ok``.
"""
from __future__ import annotations

import statistics
import time
from typing import Callable


def _time(fn: Callable[[], object], repeats: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000.0)
    return out


def run(repeats: int = 7) -> list[dict]:
    from ikm_kit.costing import examples, hpp, monte_carlo, tornado, workbook_bytes

    model = examples.lemari_2_badan()
    cases: list[tuple[str, Callable[[], object], float]] = [
        ("hpp() lemari 2 badan", lambda: hpp(model), 5.0),
        ("tornado ±10 %", lambda: tornado(model), 20.0),
        ("Monte Carlo 100.000 draws (default uncertainty)", lambda: monte_carlo(model, n=100_000, seed=1), 500.0),
        ("Monte Carlo 100.000 draws, progress callback", lambda: monte_carlo(
            model, n=100_000, seed=1, progress=lambda f: None, chunk_size=10_000), 500.0),
        ("Excel workbook bytes", lambda: workbook_bytes(model), 500.0),
    ]
    try:
        from ikm_kit.widgets.costing import CostingApp

        app = CostingApp()
        state = {"i": 0}

        def slide(chart: str) -> Callable[[], None]:
            def step() -> None:
                if app.chart.value != chart:
                    app.chart.value = chart
                state["i"] += 1
                app.price.value = 1_950_000 + 10_000 * (state["i"] % 20)
            return step

        for chart in ("breakdown", "break_even", "tornado", "monte_carlo"):
            cases.append((f"CostingApp price slider → {chart}", slide(chart), 100.0))
    except ImportError:  # pragma: no cover - widgets not installed
        pass
    rows = []
    for name, fn, target in cases:
        times = _time(fn, repeats, warmup=2)
        med = statistics.median(times)
        rows.append({"case": name, "repeats": repeats, "median_ms": round(med, 2), "max_ms": round(max(times), 2),
                     "target_ms": target, "ok": med < target})
    return rows


def markdown(rows: list[dict]) -> str:
    lines = ["| case | median (ms) | max (ms) | target (ms) | ok |", "|---|---:|---:|---:|:---:|"]
    for r in rows:
        lines.append(f"| {r['case']} | {r['median_ms']:.1f} | {r['max_ms']:.1f} | {r['target_ms']:.0f} | "
                     f"{'✓' if r['ok'] else '✗'} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown(run()))
