"""Timing of the quality computations (run: ``python benchmarks/bench_quality.py``).

* every control chart including run rules on 1,000,000 points (target < 1 s);
* capability on 1,000,000 values (target < 0.2 s);
* an ISO 2859-1 plan lookup (target < 1 ms).

``run()`` returns one dict per measure with ``name``, ``value`` (median ms),
``unit``, ``target`` (text), ``ok`` and ``max_ms`` — the format of
``benchmarks/run_all.py``.  Prints a markdown table when run as a script.
"""
from __future__ import annotations

import statistics
import time
from typing import Callable

import numpy as np

N = 1_000_000


def _time(fn: Callable[[], object], repeats: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000.0)
    return out


def run(repeats: int = 5) -> list[dict]:
    from ikm_kit import quality as q

    rng = np.random.default_rng(2022)
    sub5 = rng.normal(720.0, 0.5, (N, 5))            # 1,000,000 subgroups = 1,000,000 points
    ind = rng.normal(12.0, 0.5, N)
    sizes = rng.integers(40, 61, N)
    defectives = rng.binomial(sizes, 0.05)
    counts = rng.poisson(6.0, N)
    units = rng.integers(5, 15, N)
    cases: list[tuple[str, Callable[[], object], float, str]] = [
        ("x̄–R, 1,000,000 subgroups of 5, Western Electric", lambda: q.xbar_r(sub5), 1000.0, "points"),
        ("x̄–R, 1,000,000 subgroups of 5, Nelson", lambda: q.xbar_r(sub5, rules="nelson"), 1000.0, "points"),
        ("x̄–s, 1,000,000 subgroups of 5, Nelson", lambda: q.xbar_s(sub5, rules="nelson"), 1000.0, "points"),
        ("I–MR, 1,000,000 values, Nelson", lambda: q.imr(ind, rules="nelson"), 1000.0, "points"),
        ("p chart, varying n, 1,000,000 samples, Nelson",
         lambda: q.p_chart(defectives, sizes, rules="nelson"), 1000.0, "points"),
        ("np chart, 1,000,000 samples, Nelson",
         lambda: q.np_chart(np.minimum(defectives, 40), 40, rules="nelson"), 1000.0, "points"),
        ("c chart, 1,000,000 samples, Nelson", lambda: q.c_chart(counts, rules="nelson"), 1000.0, "points"),
        ("u chart, varying units, 1,000,000 samples, Nelson",
         lambda: q.u_chart(counts, units, rules="nelson"), 1000.0, "points"),
        ("capability, 1,000,000 values (n = 1)", lambda: q.capability(ind, lsl=10.0, usl=14.0), 200.0, "values"),
        ("capability, 1,000,000 values (subgroups of 5)",
         lambda: q.capability(ind, lsl=10.0, usl=14.0, subgroup_size=5), 200.0, "values"),
        ("ISO 2859-1 plan lookup (lot 1000, AQL 1.0, II)", lambda: q.iso2859_plan(1000, 1.0), 1.0, ""),
        ("OC curve, 1,000 points (n = 80, c = 2)",
         lambda: q.oc_single(80, 2, np.linspace(0, 0.2, 1000)), 50.0, ""),
    ]
    rows = []
    for name, fn, target, _ in cases:
        reps = repeats if target >= 10 else 200
        times = _time(fn, reps, warmup=1)
        med = statistics.median(times)
        rows.append({"name": name, "value": round(med, 3), "unit": "ms", "target": f"< {target:g} ms",
                     "ok": med < target, "max_ms": round(max(times), 3), "repeats": reps})
    return rows


def markdown(rows: list[dict]) -> str:
    lines = ["| measure | median (ms) | max (ms) | target | met |", "|---|---:|---:|---|:---:|"]
    for r in rows:
        lines.append(f"| {r['name']} | {r['value']:.3f} | {r['max_ms']:.3f} | {r['target']} | "
                     f"{'yes' if r['ok'] else '**no**'} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown(run()))
