"""SimPy engine: opening hours, breakdowns, reservations, CIs, reproducibility, what-ifs, speed."""
import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from ikm_kit.errors import DataError, InputError, SimulationError
from ikm_kit.operations import (Distribution, Scenario, Station, add_machine, compare_scenarios, extend_hours,
                                furniture_scenario, reserve_slots, simulate)


def test_opening_hours_hand_case():
    """Open Mon–Fri 08–16; a job arrives every 300 open minutes and needs 600 minutes.

    Job 1 arrives Mon 13:00, works 13–16 (180 min), resumes Tue 08:00 and ends Tue 15:00.
    Job 2 arrives Tue 10:00 (300 open minutes later) and starts when job 1 ends: waits 300 min.
    """
    st = Station("G1", servers=1, arrival_rate=0.2, interarrival=Distribution("fixed", mean=300),
                 service=Distribution("fixed", mean=600), open_days="Sen-Jum")
    r = simulate(Scenario("x", [st]), days=3, replications=1, seed=0)
    jobs = r.jobs
    assert jobs["arrival"].iloc[0] == pd.Timestamp("2023-01-02 13:00")
    assert jobs["end"].iloc[0] == pd.Timestamp("2023-01-03 15:00")
    assert jobs["arrival"].iloc[1] == pd.Timestamp("2023-01-03 10:00")
    assert jobs["start"].iloc[1] == pd.Timestamp("2023-01-03 15:00")
    assert jobs["wait_min"].iloc[1] == pytest.approx(300)


def test_arrivals_and_starts_respect_calendar():
    sc = Scenario("cal", [Station("G1", arrival_rate=1.0, service=Distribution("exponential", mean=30),
                                  open_hour=8, close_hour=16, open_days="Sen-Sab")],
                  holidays=("2023-01-04",))
    jobs = simulate(sc, days=28, replications=1, seed=4).jobs
    for col in ("arrival", "start"):
        ts = jobs[col].dropna()
        assert (ts.dt.day_of_week <= 5).all()
        hours = ts.dt.hour + ts.dt.minute / 60
        assert ((hours >= 8) & (hours < 16)).all()
        assert not (ts.dt.normalize() == pd.Timestamp("2023-01-04")).any()
    assert (jobs["wait_min"].dropna() >= -1e-9).all()


def test_deterministic_queue():
    st = Station("D", arrival_rate=1, interarrival=Distribution("fixed", mean=60),
                 service=Distribution("fixed", mean=30), always_open=True)
    r = simulate(Scenario("D/D/1", [st]), hours=100, replications=1, seed=0)
    assert r.mean_wait_minutes == 0
    assert r.utilization == pytest.approx(0.5, abs=0.01)
    assert r.mean_queue_length == 0


def test_breakdowns_reduce_capacity():
    base = Station("M", arrival_rate=0.5, service=Distribution("exponential", mean=60), always_open=True)
    broken = Station("M", arrival_rate=0.5, service=Distribution("exponential", mean=60), always_open=True,
                     mtbf_hours=20, mttr_hours=5)
    a = simulate(Scenario("ok", [base]), hours=5000, replications=2, seed=2)
    b = simulate(Scenario("rusak", [broken]), hours=5000, replications=2, seed=2)
    # busy ≈ 0.5 of time; one repair (5 h) per 20 working hours → down ≈ 0.5 × 5/20 = 0.125
    assert b.value("downtime_fraction") == pytest.approx(0.125, rel=0.15)
    assert b.mean_wait_minutes > 1.5 * a.mean_wait_minutes
    assert a.value("downtime_fraction") == 0


def test_reproducible_and_ci_is_t_interval():
    sc = furniture_scenario()
    a = simulate(sc, days=60, replications=4, seed=7)
    b = simulate(sc, days=60, replications=4, seed=7)
    pd.testing.assert_frame_equal(a.summary, b.summary)
    c = simulate(sc, days=60, replications=4, seed=8)
    assert not a.summary["mean"].equals(c.summary["mean"])
    w = a.replications[a.replications["machine_id"] == "all"]["mean_wait_minutes"].to_numpy()
    half = stats.t.ppf(0.975, 3) * w.std(ddof=1) / math.sqrt(4)
    lo, hi = a.ci("mean_wait_minutes")
    assert lo == pytest.approx(max(w.mean() - half, 0)) and hi == pytest.approx(w.mean() + half)
    assert "95 %" in a.interpretation


def test_progress_callback():
    calls = []
    simulate(furniture_scenario(), days=10, replications=3, seed=1, progress=lambda d, n: calls.append((d, n)))
    assert calls == [(1, 3), (2, 3), (3, 3)]
    calls = []
    base = furniture_scenario()
    compare_scenarios([base, add_machine(base, "MB01")], days=10, replications=2,
                      progress=lambda d, n: calls.append((d, n)))
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_what_if_scenarios():
    base = furniture_scenario(load_factor=1.6)
    more = add_machine(base, "MB02")
    longer = extend_hours(base, 2)
    reserved = reserve_slots(base, "MB01", 8, 10, priority_share=0.2)
    assert more.station("MB02").servers == 2
    assert longer.station("MB01").close_hour == 18 and longer.station("MB01").arrival_window == (8, 16)
    cmp = compare_scenarios([base, more, longer, reserved], days=120, replications=3, seed=5)
    waits = cmp.wide()["mean_wait_minutes"]
    assert waits[more.name] < waits[base.name]
    assert waits[longer.name] < waits[base.name]
    # same demand in every scenario (common random numbers): same arrivals
    arrived = cmp.wide()["jobs_arrived"]
    assert arrived[more.name] == arrived[base.name] == arrived[longer.name]
    assert set(cmp.table.columns) >= {"scenario", "metric", "mean", "low", "high"}
    assert cmp.interpretation
    # priority jobs get through the reserved window faster than regular jobs on MB01
    r = simulate(reserve_slots(furniture_scenario(load_factor=1.6), "MB01", 8, 11, priority_share=0.2),
                 days=200, replications=1, seed=3)
    j = r.jobs[r.jobs["machine_id"] == "MB01"]
    assert j[j["priority"]]["wait_min"].mean() < j[~j["priority"]]["wait_min"].mean()


def test_furniture_year_under_one_second_per_replication():
    r = simulate(furniture_scenario(), days=365, replications=2, seed=1)
    assert r.seconds_per_replication < 1.0
    assert 2000 < r.value("jobs_finished") < 10_000  # "a few thousand jobs"


def test_scenario_from_machine_and_booking_tables():
    machines = pd.DataFrame({"machine_id": ["A", "B", "F"], "sentra": ["mebel", "mebel", "pangan"],
                             "name": ["Gergaji", "Ketam", "Oven"], "open_hour": 8, "close_hour": 16,
                             "open_days": "Sen-Sab"})
    bookings = pd.DataFrame({"machine_id": ["A", "A", "B"], "start": ["2023-01-02 08:00", "2023-01-03 08:00",
                                                                       "2023-01-02 09:00"],
                             "end": ["2023-01-02 09:00", "2023-01-03 10:00", "2023-01-02 10:00"],
                             "status": "selesai"})
    sc = furniture_scenario(machines, bookings)
    assert [s.machine_id for s in sc.stations] == ["A", "B"]
    assert sc.station("A").service.mean == pytest.approx(90)
    with pytest.raises(SimulationError):
        furniture_scenario(machines, sentra="kayu")


def test_distributions():
    rng = np.random.default_rng(0)
    for d in (Distribution("lognormal", mean=50, cv=0.5), Distribution("gamma", mean=50, cv=0.5),
              Distribution("normal", mean=50, cv=0.2), Distribution("eksponensial", mean=50),
              Distribution("segitiga", low=20, mode=50, high=80), Distribution("seragam", low=20, high=80)):
        x = d.draw(rng, 40_000)
        assert (x > 0).all()
        assert x.mean() == pytest.approx(d.expected, rel=0.03)
    with pytest.raises(InputError, match="tidak dikenal"):
        Distribution("poisson", mean=3)
    with pytest.raises(InputError, match="lebih besar dari 0"):
        Distribution("exponential", mean=-1)


def test_bad_configuration():
    with pytest.raises(InputError, match="MTBF"):
        Station("A", mtbf_hours=10)
    with pytest.raises(InputError, match="jam tutup"):
        Station("A", open_hour=16, close_hour=8)
    with pytest.raises(SimulationError, match="unik"):
        Scenario("x", [Station("A"), Station("A")])
    with pytest.raises(SimulationError):
        simulate("bukan skenario")
    with pytest.raises(InputError, match="hari ATAU"):
        simulate(furniture_scenario(), days=3, hours=10)
    with pytest.raises(DataError, match="tidak dikenal"):
        add_machine(furniture_scenario(), "ZZ")
    with pytest.raises(InputError, match="bilangan bulat"):
        Station("A", servers=1.5)


def test_benchmark_script_runs():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_operations.py"
    spec = importlib.util.spec_from_file_location("bench_operations", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    rows = bench.run(replications=2)
    assert {"task", "seconds", "target_s", "detail"} <= set(rows[0])
    for r in rows:
        if r["target_s"]:
            assert r["seconds"] < r["target_s"], r
    assert bench.markdown(rows).startswith("| task |")
