"""Timing of the operations computations (run: ``python benchmarks/bench_operations.py``).

* one simulated year of the furniture sentra (per replication; target < 1 s);
* utilisation + OEE from a year of machine logs and bookings (target < 0.2 s for OEE);
* an M/M/c check run (simulation vs Erlang C).

Uses the shipped data when ``ikm_kit.data`` can load it, otherwise a
synthetic year generated here.  Prints a markdown table; :func:`run` returns
the rows as dicts.
"""
from __future__ import annotations

import time

import numpy as np
import pandas as pd

from ikm_kit.operations import (erlang_c, furniture_scenario, machine_utilization, oee_from_log, simulate,
                                simulate_queue)


def _shipped():
    try:
        from ikm_kit import data

        return data.load("machines"), data.load("machine_bookings"), data.load("machine_log"), "shipped"
    except Exception:  # noqa: BLE001 - fall back to a synthetic year
        return None


def synthetic_year(seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, str]:
    """Five machines, a year of bookings (~4,000) and a daily log, Mon–Sat 08–16."""
    rng = np.random.default_rng(seed)
    ids = [f"MB0{i}" for i in range(1, 6)]
    machines = pd.DataFrame({"machine_id": ids, "sentra": "mebel", "name": ids, "hourly_fee_rp": 25_000,
                             "ideal_cycle_s": [30, 40, 45, 60, 600], "open_hour": 8, "close_hour": 16,
                             "open_days": "Sen-Sab"})
    days = pd.date_range("2023-01-02", "2023-12-30", freq="D")
    days = days[days.weekday < 6]
    rows = []
    k = 0
    for d in days:
        for m in ids:
            t = d + pd.Timedelta(hours=8)
            while True:
                t += pd.Timedelta(minutes=int(rng.integers(0, 90)))
                dur = pd.Timedelta(minutes=int(rng.choice([30, 60, 90, 120])))
                if t + dur > d + pd.Timedelta(hours=16):
                    break
                k += 1
                rows.append((f"B{k:05d}", m, f"T{rng.integers(1, 41):02d}", t - pd.Timedelta(days=2), t, t + dur,
                             rng.choice(["selesai", "selesai", "selesai", "batal", "tidak_hadir"])))
                t += dur
    bookings = pd.DataFrame(rows, columns=["booking_id", "machine_id", "tenant", "requested_at", "start", "end",
                                           "status"])
    n = len(days) * len(ids)
    planned = np.full(n, 420.0)
    bd = rng.uniform(0, 40, n)
    setup = rng.uniform(0, 30, n)
    ict = np.tile(machines["ideal_cycle_s"].to_numpy(float), len(days))
    total = np.floor((planned - bd - setup) * 60 / ict * rng.uniform(0.6, 0.95, n))
    log = pd.DataFrame({"date": np.repeat(days, len(ids)), "machine_id": np.tile(ids, len(days)),
                        "planned_min": planned, "breakdown_min": bd, "setup_min": setup,
                        "minor_stop_min": rng.uniform(0, 20, n), "speed_loss_min": rng.uniform(0, 40, n),
                        "total_count": total, "good_count": np.floor(total * 0.97),
                        "startup_reject_count": np.floor(total * 0.005), "ideal_cycle_s": ict})
    return machines, bookings, log, "synthetic"


def _best(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def run(replications: int = 5) -> list[dict]:
    """Time the benchmarks; returns one dict per task (``task``, ``seconds``, ``target_s``, ``detail``)."""
    got = _shipped() or synthetic_year()
    machines, bookings, log, source = got
    rows = []
    scen = furniture_scenario(machines, bookings) if source == "shipped" else furniture_scenario()
    res = simulate(scen, days=365, replications=replications, seed=1)
    rows.append({"task": "simulate furniture year (per replication)", "seconds": res.seconds_per_replication,
                 "target_s": 1.0, "detail": f"{res.value('jobs_finished'):.0f} jobs, {len(scen.stations)} machines, "
                                            f"{replications} reps"})
    res_def = simulate(furniture_scenario(), days=365, replications=replications, seed=1)
    rows.append({"task": "simulate default furniture scenario (per replication)",
                 "seconds": res_def.seconds_per_replication, "target_s": 1.0,
                 "detail": f"{res_def.value('jobs_finished'):.0f} jobs"})
    t_oee = _best(lambda: oee_from_log(log, machines))
    rows.append({"task": "OEE per machine per month from a year of logs", "seconds": t_oee, "target_s": 0.2,
                 "detail": f"{len(log)} log rows ({source})"})
    t_util = _best(lambda: machine_utilization(machines, bookings, start="2023-01-01", end="2023-12-31", log=log))
    rows.append({"task": "utilisation (machine, tenant, heatmap) for a year", "seconds": t_util, "target_s": None,
                 "detail": f"{len(bookings)} bookings ({source})"})
    t_both = t_oee + t_util
    rows.append({"task": "utilisation + OEE from a year of logs", "seconds": t_both, "target_s": None, "detail": ""})
    t0 = time.perf_counter()
    q = simulate_queue(4, 1.25, 4, hours=20_000, replications=2, seed=3)
    exact = erlang_c(4, 1.25, 4)
    rows.append({"task": "M/M/4 check, 2 × 20,000 h", "seconds": time.perf_counter() - t0, "target_s": None,
                 "detail": f"Wq sim {q.mean_wait_minutes:.2f} vs Erlang C {exact.wq_minutes:.2f} min"})
    return rows


def markdown(rows: list[dict]) -> str:
    lines = ["| task | seconds | target | detail |", "|---|---:|---:|---|"]
    for r in rows:
        target = f"< {r['target_s']}" if r["target_s"] else "–"
        lines.append(f"| {r['task']} | {r['seconds']:.3f} | {target} | {r['detail']} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown(run()))
