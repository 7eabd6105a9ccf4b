"""The 08.30 peak of a class day: K participants press *Run All* on the same notebook at the same moment.

    .venv/bin/python benchmarks/bench_class.py            # K = 4, 8, 12 (IKM_BENCH_CLASS_K="2" to try)
    from benchmarks.bench_class import run; run()        # list of dicts (benchmarks/run_all.py)

For each K a real hub from ``deploy/hub/jupyterhub_config.py`` is started
(simple spawner, temporary homes, 127.0.0.1; ``tests/hub_helpers.py``). K
participants log in through the login form (each setting an own password),
their servers are started together, and each opens the participant edition
of the day's notebook from their own workspace (a kernel through the
sessions API, as JupyterLab does). Then, released by one barrier, every
participant runs all code cells top to bottom through the kernel websocket,
as *Run All* does, with the answers a participant gives:

- exercise cells (``latihan``, the trainer's ``solusi`` code replaced by a
  placeholder in the participant edition) get the trainer's solution code —
  what a participant who solved it types;
- answer widgets (``NumberQuestion``/``ChoiceQuestion``) get the expected
  answer typed in (numbers without unit, e.g. ``124.484``) and *Periksa*
  pressed (the widget's own check callback: feedback and progres.json);
- the Day 5 what-if simulator (``WhatIfSimulator``) is started with its
  *Jalankan* button, as the whole class does together.

Notebooks: Day 4 costing (``04_harga_pokok_produksi``) and Day 5 capacity and
simulation (``05_kapasitas_dan_simulasi``, with the what-if simulator).
Measured: time until the last participant's Run All finished, each
participant's Run All, p50/p95 of the time per cell (all cells of all
participants), CPU use of the machine (psutil, sampled every 0,5 s) and the
memory (PSS) of all participants' servers and kernels at the end. The 1-minute
load average (``os.getloadavg``) before each run is recorded beside the
figures: on a shared machine other work slows everything down.
"""
from __future__ import annotations

import ast
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

NOTEBOOKS = ("04_harga_pokok_produksi", "05_kapasitas_dan_simulasi")
DEFAULT_K = (4, 8, 12)
LIMIT_S = 60.0       # the slowest participant's Run All should stay under a minute
RAW = Path(__file__).resolve().parent / "class_results.json"   # every figure of the last run
MB = 1024 * 1024

ANSWER_CODE = """
{var}.control.value = (lambda t: t if not isinstance({var}.control, __import__('ipywidgets').Text)
                       else __import__('re').search(r'-?[\\d.,]*\\d', t).group())({var}.exercise.expected_text())
{var}._on_check()
{var}"""


# the what-if simulator of Day 5 is started with its button (the class presses it together)
RUN_CODE = """
{var}._on_run()
{var}"""


def _with_answer(source: str) -> str:
    """A widget cell as a participant uses it: answer typed in and *Periksa* pressed, or *Jalankan*."""
    tree = ast.parse(source)
    last = tree.body[-1] if tree.body else None
    kind = getattr(getattr(getattr(last, "value", None), "func", None), "id", "")
    if not (isinstance(last, ast.Expr) and isinstance(last.value, ast.Call)
            and kind in ("NumberQuestion", "ChoiceQuestion", "WhatIfSimulator")):
        return source
    lines = source.splitlines()
    head = "\n".join(lines[:last.lineno - 1])
    expr = "\n".join(lines[last.lineno - 1:])
    action = RUN_CODE if kind == "WhatIfSimulator" else ANSWER_CODE
    return f"{head}\n_widget = {expr}" + action.format(var="_widget")


def participant_cells(trainer_nb, participant_nb) -> list[str]:
    """The code a participant runs: the own edition, answers typed in (see module docstring)."""
    solutions = {c.get("id"): c.source for c in trainer_nb.cells
                 if c.cell_type == "code" and "solusi" in c.metadata.get("tags", [])}
    ordered = list(solutions.values())
    cells, n = [], 0
    for cell in participant_nb.cells:
        if cell.cell_type != "code":
            continue
        # a placeholder ("jawaban = ..." or a value to change, marked "# ←"): the participant types the answer
        if "latihan" in cell.metadata.get("tags", []):
            source = solutions.get(cell.get("id")) or ordered[n]
            n += 1
        else:
            source = _with_answer(cell.source)
        cells.append(source)
    return cells


def _pss(procs) -> float:
    import psutil

    total = 0
    for proc in procs:
        try:
            info = proc.memory_full_info()
            total += getattr(info, "pss", info.rss)
        except psutil.Error:
            continue
    return total / MB


def _percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    if not values:
        return float("nan")
    k = (len(values) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


class _Sampler(threading.Thread):
    """Machine CPU % (all cores = 100 %) every 0,5 s until stopped."""

    def __init__(self):
        super().__init__(daemon=True)
        self.samples: list[float] = []
        self.done = threading.Event()

    def run(self) -> None:
        import psutil

        psutil.cpu_percent(None)
        while not self.done.wait(0.5):
            self.samples.append(psutil.cpu_percent(None))


def peak(hub, names: list[str], notebook: str) -> dict:
    """Everyone in ``names`` runs ``notebook`` at once; the figures of that run."""
    import nbformat

    from hub_helpers import Kernel

    path = f"notebooks/{notebook}.ipynb"
    trainer_nb = nbformat.read(ROOT / path, as_version=4)
    kernels, programs = {}, {}
    for name in names:
        token = hub.tokens[name]
        own = nbformat.from_dict(hub.user_get(name, f"api/contents/{path}", token).json()["content"])
        programs[name] = participant_cells(trainer_nb, own)
        kernels[name] = Kernel(hub, name, token, path=path)
        # the kernel is up and idle when the notebook is open (not part of Run All)
        kernels[name].execute("1")
    barrier = threading.Barrier(len(names) + 1)
    results: dict[str, dict] = {}

    def participant(name: str) -> None:
        cell_s, errors = [], []
        barrier.wait()
        t0 = time.perf_counter()
        for source in programs[name]:
            c0 = time.perf_counter()
            reply = kernels[name].execute(source, timeout=900)
            cell_s.append(time.perf_counter() - c0)
            if reply["status"] != "ok":
                errors.append(reply["error"])
        results[name] = {"total": time.perf_counter() - t0, "cells": cell_s, "errors": errors}

    threads = [threading.Thread(target=participant, args=(n,)) for n in names]
    for thread in threads:
        thread.start()
    load = os.getloadavg()[0]
    # CPU seconds used by the class (hub, proxy, servers, kernels) — other work on the machine excluded
    class_procs = hub.marked_processes()
    cpu_before = _cpu_seconds(class_procs)
    sampler = _Sampler()
    sampler.start()
    barrier.wait()
    t0 = time.perf_counter()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - t0
    sampler.done.set()
    sampler.join()
    class_cpu_s = _cpu_seconds(class_procs) - cpu_before
    procs = [p for p in hub.marked_processes()
             if _env(p).get("JUPYTERHUB_USER") in names]
    memory = _pss(procs)
    for kernel in kernels.values():
        kernel.close()
    passed = []   # exercises each participant's answers passed (the widgets wrote progres.json)
    for name in names:
        try:
            data = json.loads((hub.homes / name / ".ikm-kit" / "progres.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {"exercises": {}}
        passed.append(sum(1 for k, e in data["exercises"].items()
                          if k.startswith(notebook[:2] + ".") and e.get("passed")))
    cells = [s for r in results.values() for s in r["cells"]]
    totals = [r["total"] for r in results.values()]
    return {
        "K": len(names), "notebook": notebook, "cells": len(programs[names[0]]),
        "last_done_s": wall, "run_all_median_s": statistics.median(totals),
        "cell_p50_s": _percentile(cells, 0.5), "cell_p95_s": _percentile(cells, 0.95),
        "cpu_mean_pct": statistics.fmean(sampler.samples) if sampler.samples else float("nan"),
        "cpu_peak_pct": max(sampler.samples, default=float("nan")),
        "memory_mb": memory, "memory_per_participant_mb": memory / len(names),
        "load_before": load, "load_after": os.getloadavg()[0],
        "class_cpu_s": class_cpu_s, "cpu_s_per_participant": class_cpu_s / len(names),
        "passed_min": min(passed), "passed_max": max(passed),
        "errors": sorted({e for r in results.values() for e in r["errors"]}),
    }


def _cpu_seconds(procs) -> float:
    import psutil

    total = 0.0
    for proc in procs:
        try:
            times = proc.cpu_times()
            total += times.user + times.system
        except psutil.Error:
            continue
    return total


def _env(proc) -> dict:
    try:
        return proc.environ()
    except Exception:  # noqa: BLE001 - process gone
        return {}


def class_run(k: int, notebooks=NOTEBOOKS) -> list[dict]:
    """A fresh hub, ``k`` participants logged in with servers started, then each notebook's peak."""
    from hub_helpers import ClassHub

    names = [f"peserta{i:02d}" for i in range(1, k + 1)]
    out = []
    with tempfile.TemporaryDirectory(prefix="ikm-bench-class-") as tmp, \
            ClassHub(Path(tmp), collect_interval=60) as hub:
        for name in names:
            hub.login(name, hub.password(name))
        t0 = time.perf_counter()
        for name in names:
            hub.api("POST", f"/users/{name}/server")
        for name in names:
            hub.start_server(name, timeout=600)
        spawn_s = time.perf_counter() - t0
        hub.tokens = {name: hub.user_token(name) for name in names}
        for notebook in notebooks:
            result = peak(hub, names, notebook)
            result["spawn_all_s"] = spawn_s
            out.append(result)
            print(_line(result), flush=True)
    return out


def _line(r: dict) -> str:
    return (f"K={r['K']:>2} {r['notebook']:<27} last done {r['last_done_s']:6.1f} s | Run All median "
            f"{r['run_all_median_s']:6.1f} s | cell p50 {r['cell_p50_s']:.2f} s p95 {r['cell_p95_s']:.2f} s | "
            f"CPU mean {r['cpu_mean_pct']:.0f} % peak {r['cpu_peak_pct']:.0f} % | memory {r['memory_mb']:.0f} MB "
            f"({r['memory_per_participant_mb']:.0f}/participant) | class CPU {r['cpu_s_per_participant']:.1f} s per "
            f"participant | load {r['load_before']:.1f}→{r['load_after']:.1f} | passed {r['passed_min']}–"
            f"{r['passed_max']} | errors {len(r['errors'])}")


def participants_per_core(results: list[dict], cores: int, limit_s: float = LIMIT_S) -> dict:
    """How many participants per core keep the slowest Run All under ``limit_s``.

    - ``k_under_limit``: the largest measured K whose slowest Run All stayed
      under the limit on every notebook (on this machine, with its other load);
    - ``cpu_s_per_run_all``: CPU seconds the class (hub, proxy, server,
      kernel) spends on one participant's Run All of the heaviest notebook,
      from the processes' own CPU time (other work on the machine excluded);
    - ``slowdown``: how much longer the slowest Run All took than the CPU
      alone explains (K × CPU seconds ÷ cores) at the largest K measured (the
      peak; with few participants the machine's other load dominates the
      ratio), worst notebook, at least 1 — it holds scheduling, waiting on the
      websocket/proxy and the machine's other load;
    - ``per_core_planned``: ``limit_s ÷ (cpu_s_per_run_all × slowdown)``,
      rounded down: the planning figure.

    >>> participants_per_core([{"K": 4, "notebook": "a", "last_done_s": 30, "cpu_s_per_participant": 12.0},
    ...                        {"K": 8, "notebook": "a", "last_done_s": 70, "cpu_s_per_participant": 15.0}], 2)
    {'k_under_limit': 4, 'per_core_measured': 2.0, 'cpu_s_per_run_all': 15.0, 'slowdown': 1.17, 'per_core_planned': 3}
    """
    by_k: dict[int, list[dict]] = {}
    for r in results:
        by_k.setdefault(r["K"], []).append(r)
    ok = [k for k, rows in by_k.items() if all(r["last_done_s"] < limit_s for r in rows)]
    k_ok = max(ok, default=0)
    cpu_s = max(r["cpu_s_per_participant"] for r in results)
    peak = max(by_k)
    slowdown = max(1.0, *(r["last_done_s"] / (r["K"] * r["cpu_s_per_participant"] / cores) for r in by_k[peak]))
    return {"k_under_limit": k_ok, "per_core_measured": k_ok / cores, "cpu_s_per_run_all": round(cpu_s, 1),
            "slowdown": round(slowdown, 2), "per_core_planned": int(limit_s / (cpu_s * slowdown))}


def _ks() -> list[int]:
    text = os.environ.get("IKM_BENCH_CLASS_K", "")
    return [int(x) for x in text.replace(",", " ").split()] or list(DEFAULT_K)


def run() -> list[dict]:
    from hub_helpers import find_proxy

    if find_proxy() is None:
        return [dict(name="configurable-http-proxy missing (make test installs it)", value=0, unit="",
                     target="", ok=None)]
    results = []
    for k in _ks():
        results.extend(class_run(k))
        RAW.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    rows = []
    for r in results:
        label = f"K={r['K']} {r['notebook']} (load {r['load_before']:.1f})"
        rows.append(dict(name=f"{label}: last Run All done", value=round(r["last_done_s"], 1), unit="s",
                         target=f"< {LIMIT_S:.0f} s", ok=r["last_done_s"] < LIMIT_S and not r["errors"]))
        rows.append(dict(name=f"{label}: cell p50 / p95", value=f"{r['cell_p50_s']:.2f} / {r['cell_p95_s']:.2f}",
                         unit="s", target="measure", ok=None))
        rows.append(dict(name=f"{label}: CPU mean / peak (2 cores = 100 %)",
                         value=f"{r['cpu_mean_pct']:.0f} / {r['cpu_peak_pct']:.0f}", unit="%",
                         target="measure", ok=None))
        rows.append(dict(name=f"{label}: class CPU seconds per participant", value=round(r["cpu_s_per_participant"], 1),
                         unit="s", target="measure", ok=None))
        rows.append(dict(name=f"{label}: exercises passed per participant (min–max)",
                         value=f"{r['passed_min']}–{r['passed_max']}", unit="", target="measure", ok=None))
        rows.append(dict(name=f"{label}: memory of servers + kernels (PSS, per participant)",
                         value=f"{r['memory_mb']:.0f} ({r['memory_per_participant_mb']:.0f})", unit="MB",
                         target="measure", ok=None))
    cores = os.cpu_count() or 1
    est = participants_per_core(results, cores)
    rows.append(dict(name=f"largest K measured with the slowest Run All < {LIMIT_S:.0f} s on {cores} cores "
                          "(with the machine's other load)", value=est["k_under_limit"], unit="participants",
                     target="measure", ok=None))
    rows.append(dict(name="class CPU seconds per participant's Run All (heaviest notebook; hub + proxy + "
                          "server + kernel)", value=est["cpu_s_per_run_all"], unit="s", target="measure", ok=None))
    rows.append(dict(name="slowdown of the slowest Run All against the CPU alone (largest K)",
                     value=est["slowdown"], unit="×", target="measure", ok=None))
    rows.append(dict(name=f"participants per core for everyone's Run All under {LIMIT_S:.0f} s "
                          f"({LIMIT_S:.0f} s ÷ (CPU seconds × slowdown))", value=est["per_core_planned"],
                     unit="per core", target="measure", ok=None))
    return rows


if __name__ == "__main__":
    for row in run():
        print(f"{row['name']:<100} {row['value']!s:>12} {row['unit']}")
