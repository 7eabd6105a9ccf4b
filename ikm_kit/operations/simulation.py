"""Discrete-event simulation (SimPy) of jobs from the workshops at shared machines.

Model, per station (a machine type with ``servers`` identical machines and one
queue):

* jobs arrive during the arrival window (default: the opening hours) on open
  days, ``arrival_rate`` jobs per hour, with exponential (Poisson) or any
  :class:`Distribution` of inter-arrival times;
* each job needs one service time (minutes) from ``service``;
* machines work only during opening hours; a job unfinished at closing time
  resumes the next open day (waiting therefore includes nights);
* machines break down after an exponential number of *working* hours with
  mean ``mtbf_hours`` and are repaired (during opening hours) in an
  exponential time with mean ``mttr_hours``; the interrupted job then resumes;
* an optional daily ``reserved`` window (e.g. 08–10) may only be used by
  priority jobs (``priority_share`` of arrivals); outside it the queue is FIFO.

:func:`simulate` runs replications with independent, seeded random streams
and reports waiting time, queue length, utilisation and jobs finished with
Student-t confidence intervals.  Streams depend on (seed, replication,
machine_id) so that scenarios compared with :func:`compare_scenarios` share
common random numbers.

    >>> sc = furniture_scenario()
    >>> res = simulate(sc, days=30, replications=2, seed=1)
    >>> round(res.value("utilization"), 2) > 0
    True
"""
from __future__ import annotations

import datetime as _dt
import math
import zlib
from bisect import bisect_right
from collections import deque
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Sequence

import numpy as np
import pandas as pd
import simpy

from ikm_kit.errors import InputError, SimulationError
from ikm_kit.formats import number, percent
from ikm_kit.i18n import t
from ikm_kit.formats_html import html_table
from ikm_kit.validation import non_negative, positive

from ._common import holiday_set, open_intervals_minutes, parse_hour, parse_open_days, t_interval

_EPS = 1e-9
DEFAULT_START = "2023-01-02"  # a Monday

DISTRIBUTIONS = ("exponential", "fixed", "uniform", "triangular", "lognormal", "gamma", "normal")
_ALIASES = {"eksponensial": "exponential", "exp": "exponential", "tetap": "fixed", "konstan": "fixed",
            "deterministic": "fixed", "seragam": "uniform", "segitiga": "triangular",
            "lognormal": "lognormal", "log-normal": "lognormal", "gamma": "gamma", "normal": "normal"}

METRICS = ("jobs_arrived", "jobs_finished", "mean_wait_minutes", "p_wait", "mean_queue_length",
           "max_queue_length", "utilization", "downtime_fraction")


@dataclass(frozen=True)
class Distribution:
    """A positive random time in minutes.

    ``kind``: ``exponential`` (mean), ``fixed`` (mean), ``uniform`` (low, high),
    ``triangular`` (low, mode, high), ``lognormal``/``gamma``/``normal`` (mean,
    cv = standard deviation ÷ mean; normal is truncated at a small positive
    value).  Indonesian names work too (``eksponensial``, ``tetap``, ``seragam``,
    ``segitiga``).  Example: ``Distribution("lognormal", mean=75, cv=0.6)``.
    """

    kind: str = "exponential"
    mean: float | None = None
    cv: float | None = None
    low: float | None = None
    mode: float | None = None
    high: float | None = None

    def __post_init__(self) -> None:
        kind = _ALIASES.get(str(self.kind).strip().lower(), str(self.kind).strip().lower())
        if kind not in DISTRIBUTIONS:
            raise InputError(t("error.unknown_choice", field=t("operations.sim.distribution"), value=self.kind,
                               valid=", ".join(DISTRIBUTIONS)))
        object.__setattr__(self, "kind", kind)
        if kind in ("uniform", "triangular"):
            lo = non_negative(self.low, t("operations.sim.low"))
            hi = positive(self.high, t("operations.sim.high"))
            if hi < lo:
                raise InputError(t("operations.error.low_high", low=lo, high=hi))
            object.__setattr__(self, "low", lo)
            object.__setattr__(self, "high", hi)
            if kind == "triangular":
                mode = non_negative(self.mode if self.mode is not None else (lo + hi) / 2, t("operations.sim.mode"))
                if not lo <= mode <= hi:
                    raise InputError(t("operations.error.mode_range", low=lo, mode=mode, high=hi))
                object.__setattr__(self, "mode", mode)
        else:
            object.__setattr__(self, "mean", positive(self.mean, t("operations.sim.mean")))
            if kind in ("lognormal", "gamma", "normal"):
                cv = positive(self.cv if self.cv is not None else 0.5, t("operations.sim.cv"))
                object.__setattr__(self, "cv", cv)

    @property
    def expected(self) -> float:
        if self.kind == "uniform":
            return (float(self.low) + float(self.high)) / 2
        if self.kind == "triangular":
            mode = self.mode if self.mode is not None else (self.low + self.high) / 2
            return (float(self.low) + float(mode) + float(self.high)) / 3
        return float(self.mean)

    def draw(self, rng: np.random.Generator, n: int) -> np.ndarray:
        """``n`` draws (minutes)."""
        k = self.kind
        if k == "exponential":
            return rng.exponential(self.mean, n)
        if k == "fixed":
            return np.full(n, float(self.mean))
        if k == "uniform":
            return rng.uniform(self.low, self.high, n)
        if k == "triangular":
            mode = self.mode if self.mode is not None else (self.low + self.high) / 2
            if self.high == self.low:
                return np.full(n, float(self.low))
            return rng.triangular(self.low, mode, self.high, n)
        cv = float(self.cv if self.cv is not None else 0.5)
        m = float(self.mean)
        if k == "lognormal":
            s2 = math.log1p(cv * cv)
            return rng.lognormal(math.log(m) - s2 / 2, math.sqrt(s2), n)
        if cv * cv == 0:  # a cv so small that its square underflows: the time is fixed
            return np.full(n, m)
        if k == "gamma":
            shape = 1 / (cv * cv)
            return rng.gamma(shape, m / shape, n)
        x = rng.normal(m, cv * m, n)
        return np.maximum(x, m * 1e-3)

    def label(self) -> str:
        name = t(f"operations.dist.{self.kind}")
        if self.kind in ("uniform",):
            return f"{name} ({number(self.low, 1)}–{number(self.high, 1)})"
        if self.kind == "triangular":
            return f"{name} ({number(self.low, 1)}; {number(self.mode, 1)}; {number(self.high, 1)})"
        if self.kind in ("lognormal", "gamma", "normal"):
            return f"{name} ({number(self.mean, 1)}; cv {number(self.cv if self.cv is not None else 0.5, 2)})"
        return f"{name} ({number(self.mean, 1)})"


@dataclass(frozen=True)
class Station:
    """A shared machine type: ``servers`` identical machines with one queue.

    ``arrival_rate`` jobs per hour during ``arrival_window`` (default: the
    opening hours); ``service`` minutes per job; ``mtbf_hours`` mean working
    hours between breakdowns and ``mttr_hours`` mean repair hours (None = no
    breakdowns); ``reserved`` = (from_hour, to_hour) daily window only for
    priority jobs, ``priority_share`` of the jobs being priority jobs.
    """

    machine_id: str
    name: str = ""
    servers: int = 1
    arrival_rate: float = 0.4
    service: Distribution = field(default_factory=lambda: Distribution("exponential", mean=75.0))
    interarrival: Distribution | None = None
    mtbf_hours: float | None = None
    mttr_hours: float | None = None
    open_hour: float = 8.0
    close_hour: float = 16.0
    open_days: tuple[int, ...] = (0, 1, 2, 3, 4, 5)
    arrival_window: tuple[float, float] | None = None
    always_open: bool = False
    reserved: tuple[float, float] | None = None
    priority_share: float = 0.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "machine_id", str(self.machine_id))
        s = positive(self.servers, t("operations.sim.servers"))
        if not float(s).is_integer():
            raise InputError(t("operations.error.whole_number", field=t("operations.sim.servers"), value=self.servers))
        object.__setattr__(self, "servers", int(s))
        object.__setattr__(self, "arrival_rate", non_negative(self.arrival_rate, t("operations.queue.arrival_rate")))
        if not isinstance(self.service, Distribution):
            raise InputError(t("operations.error.not_distribution", field=t("operations.sim.service")))
        o = parse_hour(self.open_hour, "open_hour")
        c = parse_hour(self.close_hour, "close_hour")
        if c <= o:
            raise InputError(t("operations.error.close_before_open", machine=self.machine_id, open=o, close=c))
        object.__setattr__(self, "open_hour", o)
        object.__setattr__(self, "close_hour", c)
        object.__setattr__(self, "open_days", parse_open_days(self.open_days))
        if (self.mtbf_hours is None) != (self.mttr_hours is None):
            raise InputError(t("operations.error.mtbf_mttr", machine=self.machine_id))
        if self.mtbf_hours is not None:
            object.__setattr__(self, "mtbf_hours", positive(self.mtbf_hours, "MTBF"))
            object.__setattr__(self, "mttr_hours", positive(self.mttr_hours, "MTTR"))
        share = non_negative(self.priority_share, t("operations.sim.priority_share"))
        if share > 1:
            raise InputError(t("operations.error.fraction", field=t("operations.sim.priority_share"), value=share))
        object.__setattr__(self, "priority_share", share)
        if self.interarrival is not None and not isinstance(self.interarrival, Distribution):
            raise InputError(t("operations.error.not_distribution", field="interarrival"))
        for win_name in ("reserved", "arrival_window"):
            win = getattr(self, win_name)
            if win is not None:
                if not isinstance(win, (tuple, list, np.ndarray)) or len(win) != 2:
                    raise InputError(t("operations.error.window_pair", field=win_name))
                a, b = (parse_hour(win[0], win_name), parse_hour(win[1], win_name))
                if b <= a:
                    raise InputError(t("operations.error.window", field=win_name, start=a, end=b))
                object.__setattr__(self, win_name, (a, b))

    @property
    def label(self) -> str:
        return f"{self.machine_id} {self.name}".strip()


@dataclass(frozen=True)
class Scenario:
    """A named set of stations plus calendar (holidays, start date)."""

    name: str
    stations: tuple[Station, ...] | list[Station]
    holidays: tuple = ()
    start: str = DEFAULT_START

    def __post_init__(self) -> None:
        from ikm_kit.validation import type_name

        stations = (self.stations,) if isinstance(self.stations, Station) else self.stations
        if isinstance(stations, (str, bytes, dict)) or not isinstance(stations, Iterable):
            raise SimulationError(t("operations.error.not_stations", value=type_name(stations)))
        stations = tuple(stations)
        if not all(isinstance(s, Station) for s in stations):
            raise SimulationError(t("operations.error.not_stations", value=type_name(stations[0])))
        object.__setattr__(self, "name", "" if self.name is None else str(self.name))
        holidays = () if self.holidays is None else self.holidays
        if isinstance(holidays, (str, _dt.date, pd.Timestamp)):
            holidays = (holidays,)
        holiday_set(holidays)  # an unreadable date or a wrong type raises here, not in the middle of a run
        object.__setattr__(self, "holidays", holidays)
        if not stations:
            raise SimulationError(t("operations.error.no_stations"))
        ids = [s.machine_id for s in stations]
        if len(set(ids)) != len(ids):
            raise SimulationError(t("operations.error.duplicate_station", ids=", ".join(ids)))
        object.__setattr__(self, "stations", stations)
        object.__setattr__(self, "holidays", tuple(self.holidays))

    def station(self, machine_id: str) -> Station:
        for s in self.stations:
            if s.machine_id == str(machine_id):
                return s
        from ._common import known_ids

        known_ids([machine_id], [s.machine_id for s in self.stations], "machine_id")
        raise AssertionError  # pragma: no cover

    def describe(self) -> pd.DataFrame:
        """One row per station: machines, hours, rates, service, breakdowns, reservation."""
        return pd.DataFrame([{
            "machine_id": s.machine_id, "name": s.name, "servers": s.servers,
            "open_hour": s.open_hour, "close_hour": s.close_hour, "open_days": s.open_days,
            "arrival_rate": s.arrival_rate, "service_mean_min": s.service.expected,
            "mtbf_hours": s.mtbf_hours, "mttr_hours": s.mttr_hours, "reserved": s.reserved,
            "priority_share": s.priority_share,
            "offered_load": s.arrival_rate * s.service.expected / 60.0 / s.servers,
        } for s in self.stations])


# --------------------------------------------------------------------------- what-if helpers

def _replace_station(scenario: Scenario, machine_ids: Iterable[str] | None, name: str, **changes) -> Scenario:
    _need_scenario(scenario)
    if machine_ids is not None and (isinstance(machine_ids, (bytes, dict)) or not isinstance(machine_ids, Iterable)):
        machine_ids = [machine_ids]
    ids = None if machine_ids is None else {str(m) for m in ([machine_ids] if isinstance(machine_ids, str) else machine_ids)}
    if ids is not None:
        for m in ids:
            scenario.station(m)  # raises for an unknown machine
    new = []
    for s in scenario.stations:
        if ids is None or s.machine_id in ids:
            ch = {k: (v(s) if callable(v) else v) for k, v in changes.items()}
            s = replace(s, **ch)
        new.append(s)
    return replace(scenario, name=name, stations=tuple(new))


def _scenario_name(name: object, default: str) -> str:
    if name is None:
        return default
    if not isinstance(name, str):
        from ikm_kit.validation import type_name

        raise InputError(t("operations.error.name_text", value=type_name(name)))
    return name.strip() or default


def _seed(seed: object) -> int | None:
    if seed is None:
        return None
    s = non_negative(seed, "seed")
    if not float(s).is_integer():
        raise InputError(t("operations.error.whole_number", field="seed", value=seed))
    return int(s)


def _need_scenario(scenario: object) -> None:
    if not isinstance(scenario, Scenario):
        raise SimulationError(t("operations.error.not_scenario"))


def add_machine(scenario: Scenario, machine_id: str, count: int = 1, name: str | None = None) -> Scenario:
    """Scenario with ``count`` more machines of type ``machine_id``."""
    _need_scenario(scenario)
    n = positive(count, t("operations.sim.servers"))
    if not float(n).is_integer():
        raise InputError(t("operations.error.whole_number", field=t("operations.sim.servers"), value=count))
    n = int(n)
    return _replace_station(scenario, [machine_id],
                            _scenario_name(name, t("operations.sim.what_add", machine=machine_id, n=n)),
                            servers=lambda s: s.servers + n)


def extend_hours(scenario: Scenario, hours: float = 2.0, machine_ids: Iterable[str] | None = None,
                 name: str | None = None) -> Scenario:
    """Scenario with closing time ``hours`` later (max 24:00); jobs keep arriving in the old hours."""
    h = positive(hours, t("unit.hours"))

    def window(s: Station):
        return s.arrival_window or (s.open_hour, s.close_hour)

    def close(s: Station):
        return min(24.0, s.close_hour + h)

    default = t("operations.sim.what_extend", hours=number(h, 0 if float(h).is_integer() else 1))
    return _replace_station(scenario, machine_ids, _scenario_name(name, default),
                            arrival_window=window, close_hour=close)


def reserve_slots(scenario: Scenario, machine_id: str, start_hour: float, end_hour: float,
                  priority_share: float = 0.2, name: str | None = None) -> Scenario:
    """Scenario where ``[start_hour, end_hour)`` daily is reserved for priority jobs."""
    _need_scenario(scenario)
    a, b = parse_hour(start_hour, "start_hour"), parse_hour(end_hour, "end_hour")
    return _replace_station(scenario, [machine_id],
                            _scenario_name(name, t("operations.sim.what_reserve", machine=machine_id,
                                                   start=number(a, 0), end=number(b, 0))),
                            reserved=(start_hour, end_hour), priority_share=priority_share)


# --------------------------------------------------------------------------- default furniture sentra

_FURNITURE_DEFAULTS = [
    # machine_id, name, arrival jobs/hour, mean service min, cv, MTBF h, MTTR h
    ("MB01", "Gergaji panel", 0.45, 70.0, 0.6, 120.0, 3.0),
    ("MB02", "Mesin ketam (planer)", 0.40, 80.0, 0.6, 150.0, 4.0),
    ("MB03", "Mesin router/profil", 0.30, 90.0, 0.7, 160.0, 4.0),
    ("MB04", "Mesin bor & pen", 0.35, 60.0, 0.5, 200.0, 2.0),
    ("MB05", "Mesin amplas", 0.40, 65.0, 0.5, 180.0, 2.5),
]


def furniture_scenario(machines: pd.DataFrame | None = None, bookings: pd.DataFrame | None = None, *,
                       sentra: str = "mebel", name: str | None = None, mtbf_hours: float = 150.0,
                       mttr_hours: float = 3.0, load_factor: float = 1.0) -> Scenario:
    """The furniture sentra's shared machines as a :class:`Scenario`.

    Without arguments: five typical machines (illustrative rates, open Mon–Sat
    08–16; about 5,000 jobs a year from the 40 workshops).  With the
    ``machines`` table: its ``sentra == "mebel"`` machines and opening hours;
    with ``bookings`` too, each machine's arrival rate and mean/cv of job
    duration are estimated from the completed bookings.  ``load_factor``
    scales every arrival rate (1.2 = 20 % more jobs).
    """
    lf = positive(load_factor, "load_factor")
    if machines is None:
        stations = [Station(m, n, 1, lam * lf, Distribution("lognormal", mean=mu, cv=cv), mtbf_hours=f, mttr_hours=r)
                    for m, n, lam, mu, cv, f, r in _FURNITURE_DEFAULTS]
        return Scenario(_scenario_name(name, t("operations.sim.baseline")), stations)
    from ikm_kit.validation import columns

    from ._common import opening, to_timestamps

    columns(machines, ["machine_id"], "machines")
    if sentra is not None and not isinstance(sentra, str):
        raise InputError(t("error.unknown_choice", field="sentra", value=sentra, valid="mebel, pangan"))
    m = machines
    if "sentra" in m.columns and sentra is not None:
        m = m[m["sentra"].astype(str) == sentra]
        if m.empty:
            raise SimulationError(t("operations.error.no_machines_sentra", sentra=sentra))
    est: dict[str, tuple[float, float, float]] = {}
    if bookings is not None:
        columns(bookings, ["machine_id", "start", "end", "status"], "machine_bookings")
        b = bookings[bookings["status"].astype(str) == "selesai"]
        dur = (to_timestamps(b["end"], "end") - to_timestamps(b["start"], "start")).dt.total_seconds().to_numpy() / 60
        b = pd.DataFrame({"machine_id": b["machine_id"].astype(str).to_numpy(), "dur": dur})
        start = to_timestamps(bookings["start"], "start")
        days_span = max((start.max() - start.min()).days + 1, 1)
        for mid, grp in b.groupby("machine_id"):
            est[mid] = (len(grp), float(grp["dur"].mean()), float(grp["dur"].std(ddof=1) / grp["dur"].mean())
                        if len(grp) > 1 and grp["dur"].mean() > 0 else 0.5, days_span)
    stations = []
    for i, (_, row) in enumerate(m.iterrows()):
        o, c, days = opening(row)
        mid = str(row["machine_id"])
        default = _FURNITURE_DEFAULTS[i % len(_FURNITURE_DEFAULTS)]
        lam, mu, cv = default[2], default[3], default[4]
        if mid in est:
            n, mean_dur, cv_est, span = est[mid]
            open_h = span * len(days) / 7 * (c - o)
            lam = n / open_h if open_h > 0 else lam
            mu, cv = mean_dur, max(min(cv_est, 2.0), 0.05)
        stations.append(Station(mid, str(row.get("name", "")), 1, lam * lf,
                                Distribution("lognormal", mean=mu, cv=cv), mtbf_hours=mtbf_hours,
                                mttr_hours=mttr_hours, open_hour=o, close_hour=c, open_days=days))
    return Scenario(_scenario_name(name, t("operations.sim.baseline")), stations)


# --------------------------------------------------------------------------- engine

def _stream_seed(seed: int | None, rep: int, machine_id: str, purpose: int) -> np.random.Generator:
    key = zlib.crc32(machine_id.encode("utf-8"))
    entropy = seed if seed is not None else 0
    return np.random.default_rng(np.random.SeedSequence(entropy, spawn_key=(rep, key, purpose)))


class _Calendar:
    """Open intervals (minutes from the start) with fast look-ups."""

    __slots__ = ("starts", "ends", "cum")

    def __init__(self, starts: np.ndarray, ends: np.ndarray) -> None:
        self.starts = starts.tolist()
        self.ends = ends.tolist()
        self.cum = np.concatenate([[0.0], np.cumsum(ends - starts)])

    def open_until(self, tm: float) -> float | None:
        i = bisect_right(self.starts, tm) - 1
        if i >= 0 and tm < self.ends[i] - _EPS:
            return self.ends[i]
        return None

    def next_open(self, tm: float) -> float:
        i = bisect_right(self.ends, tm + _EPS)
        if i >= len(self.starts):
            return math.inf
        return max(self.starts[i], tm)

    def total(self) -> float:
        return float(self.cum[-1])

    def map_open_time(self, x: np.ndarray) -> np.ndarray:
        """Open-time offsets → calendar minutes."""
        i = np.searchsorted(self.cum, x, side="right") - 1
        i = np.clip(i, 0, len(self.starts) - 1)
        return np.asarray(self.starts)[i] + (x - self.cum[i])

    def open_between(self, a: float, b: float) -> float:
        s = np.asarray(self.starts)
        e = np.asarray(self.ends)
        return float(np.clip(np.minimum(e, b) - np.maximum(s, a), 0, None).sum())


def _calendars(st: Station, start: pd.Timestamp, end: pd.Timestamp, holidays) -> tuple[_Calendar, _Calendar, _Calendar | None]:
    horizon = (end - start) / pd.Timedelta(minutes=1)
    if st.always_open:
        open_cal = _Calendar(np.array([0.0]), np.array([horizon]))
        all_days = tuple(range(7))
        aw = st.arrival_window
        arr_cal = open_cal if aw is None else _Calendar(*open_intervals_minutes(start, end, aw[0], aw[1], all_days, set()))
        res = None if st.reserved is None else _Calendar(
            *open_intervals_minutes(start, end, st.reserved[0], st.reserved[1], all_days, set()))
        return open_cal, arr_cal, res
    open_cal = _Calendar(*open_intervals_minutes(start, end, st.open_hour, st.close_hour, st.open_days, holidays))
    aw = st.arrival_window
    if aw is None:
        arr_cal = open_cal
    else:
        arr_cal = _Calendar(*open_intervals_minutes(start, end, aw[0], aw[1], st.open_days, holidays))
    res = None
    if st.reserved is not None:
        res = _Calendar(*open_intervals_minutes(start, end, st.reserved[0], st.reserved[1], st.open_days, holidays))
    return open_cal, arr_cal, res


class _StationRun:
    def __init__(self, env: simpy.Environment, st: Station, calendars, seed, rep, warm: float, horizon: float):
        self.env, self.st, self.warm, self.horizon = env, st, warm, horizon
        self.cal, arr_cal, self.res = calendars
        rng_arr = _stream_seed(seed, rep, st.machine_id, 1)
        rng_srv = _stream_seed(seed, rep, st.machine_id, 2)
        rng_pri = _stream_seed(seed, rep, st.machine_id, 3)
        self.rng_fail = _stream_seed(seed, rep, st.machine_id, 4)
        # arrivals in "arrival-window time", mapped to the calendar
        total = arr_cal.total()
        if st.arrival_rate > 0 and total > 0:
            ia = st.interarrival or Distribution("exponential", mean=60.0 / st.arrival_rate)
            mean_gap = ia.expected
            n_guess = int(total / mean_gap * 1.2 + 50)
            gaps = ia.draw(rng_arr, n_guess)
            x = np.cumsum(gaps)
            while x[-1] < total:
                more = np.cumsum(ia.draw(rng_arr, n_guess)) + x[-1]
                x = np.concatenate([x, more])
            x = x[x < total]
            self.arrival = arr_cal.map_open_time(x)
        else:
            self.arrival = np.empty(0)
        n = self.arrival.size
        self.service = st.service.draw(rng_srv, n) if n else np.empty(0)
        self.priority = (rng_pri.random(n) < st.priority_share) if n else np.zeros(0, bool)
        self.start = np.full(n, np.nan)
        self.end = np.full(n, np.nan)
        self.queue: deque[int] = deque()
        self.pqueue: deque[int] = deque()
        self.idle: deque = deque()
        self.q_area = 0.0
        self.q_last = 0.0
        self.q_max = 0
        self.busy = 0.0
        self.down = 0.0
        self.seg = [(0.0, 0)] * st.servers  # (segment start, kind 1 busy / 2 down)
        self.failures = 0
        for k in range(st.servers):
            env.process(self._server(k))
        env.process(self._arrivals())
        env.process(self._calendar_wakeups())

    # -- queue bookkeeping
    def _q_change(self) -> None:
        now = self.env.now
        a = max(self.q_last, self.warm)
        if now > a:
            self.q_area += (now - a) * (len(self.queue) + len(self.pqueue))
        self.q_last = now

    def _dispatch(self) -> None:
        if not self.idle:
            return
        now = self.env.now
        if self.cal.open_until(now) is None:
            return
        reserved = self.res is not None and self.res.open_until(now) is not None
        q, pq = self.queue, self.pqueue
        while self.idle:
            if reserved:
                if not pq:
                    return
                src = pq
            elif q and pq:
                src = q if q[0] < pq[0] else pq
            elif q:
                src = q
            elif pq:
                src = pq
            else:
                return
            self._q_change()
            j = src.popleft()
            self.start[j] = now
            self.idle.popleft().succeed(j)

    def _arrivals(self):
        env = self.env
        arrival, pri = self.arrival, self.priority
        for j in range(arrival.size):
            delay = arrival[j] - env.now
            if delay > 0:
                yield env.timeout(delay)
            self._q_change()
            (self.pqueue if pri[j] else self.queue).append(j)
            ql = len(self.queue) + len(self.pqueue)
            if ql > self.q_max and env.now >= self.warm:
                self.q_max = ql
            self._dispatch()

    def _calendar_wakeups(self):
        env = self.env
        times = list(self.cal.starts)
        if self.res is not None:
            times += list(self.res.ends)
        for tm in sorted(set(times)):
            if tm > env.now:
                yield env.timeout(tm - env.now)
            self._dispatch()

    def _work(self, k: int, amount: float, kind: int):
        """Spend ``amount`` minutes of open time; yields timeouts. Returns leftover fail clock use."""
        env, cal, warm = self.env, self.cal, self.warm
        remaining = amount
        while remaining > _EPS:
            now = env.now
            until = cal.open_until(now)
            if until is None:
                nxt = cal.next_open(now)
                if nxt == math.inf:
                    yield env.timeout(self.horizon + 1 - now)
                    return
                yield env.timeout(nxt - now)
                continue
            seg = min(remaining, until - now)
            self.seg[k] = (now, kind)
            yield env.timeout(seg)
            used = env.now - max(now, warm)
            if used > 0:
                if kind == 1:
                    self.busy += used
                else:
                    self.down += used
            self.seg[k] = (env.now, 0)
            remaining -= seg

    def _server(self, k: int):
        env, st = self.env, self.st
        fail_mean = st.mtbf_hours * 60.0 if st.mtbf_hours else None
        rep_mean = st.mttr_hours * 60.0 if st.mttr_hours else None
        rng = self.rng_fail
        ttf = rng.exponential(fail_mean) if fail_mean else math.inf
        while True:
            ev = env.event()
            self.idle.append(ev)
            self._dispatch()
            j = yield ev
            remaining = self.service[j]
            while remaining > _EPS:
                piece = min(remaining, ttf)
                yield from self._work(k, piece, 1)
                remaining -= piece
                ttf -= piece
                if ttf <= _EPS:
                    self.failures += 1
                    yield from self._work(k, rng.exponential(rep_mean), 2)
                    ttf = rng.exponential(fail_mean)
            self.end[j] = env.now

    def finish(self) -> dict[str, float]:
        env, horizon, warm = self.env, self.horizon, self.warm
        self._q_change()
        for s0, kind in self.seg:
            if kind:
                used = horizon - max(s0, warm)
                if used > 0:
                    if kind == 1:
                        self.busy += used
                    else:
                        self.down += used
        after = self.arrival >= warm
        started = after & ~np.isnan(self.start)
        waits = (self.start[started] - self.arrival[started])
        finished = (~np.isnan(self.end)) & (self.end >= warm)
        open_min = self.cal.open_between(warm, horizon) * self.st.servers
        span = horizon - warm
        return {
            "jobs_arrived": float(after.sum()),
            "jobs_finished": float(finished.sum()),
            "mean_wait_minutes": float(waits.mean()) if waits.size else math.nan,
            "p_wait": float((waits > 1e-7).mean()) if waits.size else math.nan,
            "mean_queue_length": self.q_area / span if span > 0 else math.nan,
            "max_queue_length": float(self.q_max),
            "utilization": self.busy / open_min if open_min > 0 else math.nan,
            "downtime_fraction": self.down / open_min if open_min > 0 else math.nan,
            "_busy": self.busy, "_down": self.down, "_open": open_min, "_wait_sum": float(waits.sum()),
            "_wait_n": float(waits.size), "_wait_pos": float((waits > 1e-7).sum()),
            "_q_area": self.q_area, "_span": span, "failures": float(self.failures),
        }


def _run_once(scenario: Scenario, start: pd.Timestamp, end: pd.Timestamp, seed, rep: int, warm: float,
              keep_jobs: bool) -> tuple[list[dict], pd.DataFrame | None]:
    env = simpy.Environment()
    horizon = (end - start) / pd.Timedelta(minutes=1)
    holidays = holiday_set(scenario.holidays)
    runs = [_StationRun(env, st, _calendars(st, start, end, holidays), seed, rep, warm, horizon)
            for st in scenario.stations]
    env.run(until=horizon)
    rows = []
    for r in runs:
        m = r.finish()
        m["machine_id"] = r.st.machine_id
        rows.append(m)
    jobs = None
    if keep_jobs:
        frames = []
        for r in runs:
            frames.append(pd.DataFrame({
                "machine_id": r.st.machine_id,
                "arrival": start + pd.to_timedelta(r.arrival, unit="min"),
                "start": start + pd.to_timedelta(r.start, unit="min"),
                "end": start + pd.to_timedelta(r.end, unit="min"),
                "service_min": r.service,
                "wait_min": r.start - r.arrival,
                "priority": r.priority,
            }))
        jobs = pd.concat(frames, ignore_index=True).sort_values("arrival", ignore_index=True)
    return rows, jobs


def _aggregate(rows: list[dict]) -> dict[str, float]:
    s = {k: sum(r[k] for r in rows) for k in ("jobs_arrived", "jobs_finished", "_busy", "_down", "_open",
                                                "_wait_sum", "_wait_n", "_wait_pos", "_q_area", "failures")}
    span = rows[0]["_span"]
    return {
        "machine_id": "all",
        "jobs_arrived": s["jobs_arrived"], "jobs_finished": s["jobs_finished"],
        "mean_wait_minutes": s["_wait_sum"] / s["_wait_n"] if s["_wait_n"] else math.nan,
        "p_wait": s["_wait_pos"] / s["_wait_n"] if s["_wait_n"] else math.nan,
        "mean_queue_length": s["_q_area"] / span if span > 0 else math.nan,
        "max_queue_length": max(r["max_queue_length"] for r in rows),
        "utilization": s["_busy"] / s["_open"] if s["_open"] else math.nan,
        "downtime_fraction": s["_down"] / s["_open"] if s["_open"] else math.nan,
        "failures": s["failures"],
    }


@dataclass
class SimulationResult:
    """Replications of one scenario.

    ``replications``: one row per replication × machine (plus ``"all"``);
    ``summary``: per machine and metric the mean and the t-interval
    (``low``, ``high``, ``half_width``) over replications (``low`` is cut at 0:
    every metric is non-negative); ``jobs``: every job
    of the first replication (arrival, start, end, wait).
    """

    scenario: Scenario
    replications: pd.DataFrame
    summary: pd.DataFrame
    jobs: pd.DataFrame | None
    confidence: float
    hours: float
    seconds_per_replication: float = math.nan

    def value(self, metric: str, machine_id: str = "all") -> float:
        row = self.summary[(self.summary["machine_id"] == machine_id) & (self.summary["metric"] == metric)]
        if row.empty:
            from ._common import known_ids

            known_ids([metric], METRICS, "metric")
            known_ids([machine_id], self.summary["machine_id"].unique(), "machine_id")
        return float(row["mean"].iloc[0])

    def ci(self, metric: str, machine_id: str = "all") -> tuple[float, float]:
        row = self.summary[(self.summary["machine_id"] == machine_id) & (self.summary["metric"] == metric)]
        return float(row["low"].iloc[0]), float(row["high"].iloc[0])

    def __getitem__(self, metric: str) -> float:
        return self.value(metric)

    @property
    def mean_wait_minutes(self) -> float:
        return self.value("mean_wait_minutes")

    @property
    def utilization(self) -> float:
        return self.value("utilization")

    @property
    def mean_queue_length(self) -> float:
        return self.value("mean_queue_length")

    @property
    def jobs_finished(self) -> float:
        return self.value("jobs_finished")

    @property
    def interpretation(self) -> str:
        n = int(self.replications["replication"].nunique())
        w = self.value("mean_wait_minutes")
        lo, hi = self.ci("mean_wait_minutes")
        per = self.summary[(self.summary["metric"] == "utilization") & (self.summary["machine_id"] != "all")]
        busiest = per.sort_values("mean", ascending=False).iloc[0] if not per.empty else None
        text = t("operations.sim.interp", n=n, wait=number(w, 1), jobs=number(self.value("jobs_finished")),
                 util=percent(self.value("utilization")))
        if math.isfinite(lo):
            text += " " + t("operations.sim.interp_ci", conf=percent(self.confidence, 0), lo=number(lo, 1),
                            hi=number(hi, 1))
        else:
            text += " " + t("operations.sim.interp_no_ci")
        if busiest is not None and len(per) > 1:
            text += " " + t("operations.sim.interp_busiest", machine=busiest["machine_id"],
                            util=percent(busiest["mean"]))
        return text

    def _repr_html_(self) -> str:
        rows = []
        for metric in ("mean_wait_minutes", "mean_queue_length", "utilization", "jobs_finished"):
            r = self.summary[(self.summary["machine_id"] == "all") & (self.summary["metric"] == metric)].iloc[0]
            fmt = percent if metric == "utilization" else (lambda v: number(v, 1))
            ci = f"{fmt(r['low'])} – {fmt(r['high'])}" if math.isfinite(r["low"]) else "–"
            rows.append((t(f"operations.metric.{metric}"), fmt(r["mean"]), ci))
        return html_table(t("operations.sim.title", name=self.scenario.name), rows, note=self.interpretation,
                          header=["", t("operations.col.mean"),
                                  t("operations.col.ci", conf=percent(self.confidence, 0))])


def _summarise(reps: pd.DataFrame, confidence: float) -> pd.DataFrame:
    out = []
    for mid, grp in reps.groupby("machine_id", sort=False):
        for metric in METRICS:
            mean, half, lo, hi = t_interval(grp[metric].to_numpy(float), confidence)
            lo = max(lo, 0.0) if math.isfinite(lo) else lo  # every metric is ≥ 0
            out.append({"machine_id": mid, "metric": metric, "mean": mean, "half_width": half, "low": lo,
                        "high": hi, "n": int(grp[metric].notna().sum())})
    return pd.DataFrame(out)


MAX_SIM_HOURS = 50 * 365 * 24  # horizon × replications: a run must end in minutes, not days


def _horizon(scenario: Scenario, days, hours) -> tuple[pd.Timestamp, pd.Timestamp, float]:
    from ._common import as_date

    start = as_date(scenario.start, "start").normalize()
    if hours is not None and days is not None:
        raise InputError(t("operations.error.days_or_hours"))
    if hours is None:
        hours = positive(365 if days is None else days, t("operations.sim.days")) * 24.0
    else:
        hours = positive(hours, t("operations.sim.hours"))
    if hours > MAX_SIM_HOURS:
        raise SimulationError(t("operations.error.sim_too_long", hours=number(hours), reps=1,
                                maximum=number(MAX_SIM_HOURS)))
    if hours < 1 / 60:
        raise SimulationError(t("operations.error.sim_too_short", hours=hours))
    return start, start + pd.Timedelta(hours=hours), hours


def simulate(scenario: Scenario, *, days: float | None = None, hours: float | None = None,
             replications: int = 5, seed: int | None = None, warmup_hours: float = 0.0,
             confidence: float = 0.95, keep_jobs: bool = True,
             progress: Callable[[int, int], None] | None = None) -> SimulationResult:
    """Run ``replications`` of ``scenario`` over ``days`` (default 365) or ``hours``.

    Seeded and reproducible: the same ``seed`` gives the same numbers.
    ``progress(done, total)`` is called after each replication (e.g. to move a
    progress bar).  Example: ``simulate(furniture_scenario(), replications=5, seed=1).summary``.
    """
    import time

    if not isinstance(scenario, Scenario):
        raise SimulationError(t("operations.error.not_scenario"))
    start, end, hrs = _horizon(scenario, days, hours)
    n = positive(replications, t("operations.sim.replications"))
    if not float(n).is_integer():
        raise InputError(t("operations.error.whole_number", field=t("operations.sim.replications"), value=replications))
    n = int(n)
    if hrs * n > MAX_SIM_HOURS:
        raise SimulationError(t("operations.error.sim_too_long", hours=number(hrs), reps=number(n),
                                maximum=number(MAX_SIM_HOURS)))
    warm = non_negative(warmup_hours, t("operations.sim.warmup")) * 60.0
    if warm >= hrs * 60:
        raise SimulationError(t("operations.error.warmup_too_long"))
    seed = _seed(seed)
    conf = non_negative(confidence, "confidence")
    if not 0 < conf < 1:
        raise InputError(t("operations.error.fraction", field="confidence", value=confidence))
    rows_all: list[dict] = []
    jobs = None
    t0 = time.perf_counter()
    for rep in range(n):
        rows, jb = _run_once(scenario, start, end, seed, rep, warm, keep_jobs and rep == 0)
        if jb is not None:
            jobs = jb
        agg = _aggregate(rows)
        for r in rows + [agg]:
            rows_all.append({"replication": rep, **{k: v for k, v in r.items() if not k.startswith("_")}})
        if progress is not None:
            progress(rep + 1, n)
    elapsed = (time.perf_counter() - t0) / n
    reps = pd.DataFrame(rows_all)
    return SimulationResult(scenario, reps, _summarise(reps, conf), jobs, conf, hrs, elapsed)


@dataclass
class ScenarioComparison:
    """Several scenarios side by side; ``table`` has one row per scenario × metric (machine ``all``)."""

    results: list[SimulationResult]
    table: pd.DataFrame

    def wide(self, metric_stat: str = "mean") -> pd.DataFrame:
        return self.table.pivot(index="scenario", columns="metric", values=metric_stat).loc[
            [r.scenario.name for r in self.results]]

    @property
    def interpretation(self) -> str:
        waits = {r.scenario.name: r.value("mean_wait_minutes") for r in self.results}
        base_name = self.results[0].scenario.name
        base = waits[base_name]
        best = min(waits, key=lambda k: waits[k] if math.isfinite(waits[k]) else math.inf)
        if best == base_name:
            return t("operations.sim.compare_base_best", base=base_name, wait=number(base, 1))
        r_best = self.results[[r.scenario.name for r in self.results].index(best)]
        lo, hi = r_best.ci("mean_wait_minutes")
        r_base = self.results[0]
        blo, bhi = r_base.ci("mean_wait_minutes")
        overlap = math.isfinite(lo) and math.isfinite(blo) and not (hi < blo or bhi < lo)
        text = t("operations.sim.compare_interp", best=best, wait=number(waits[best], 1), base=base_name,
                 base_wait=number(base, 1))
        if overlap:
            text += " " + t("operations.sim.compare_overlap")
        return text

    def _repr_html_(self) -> str:
        rows = []
        for r in self.results:
            rows.append((r.scenario.name, number(r.value("mean_wait_minutes"), 1),
                         number(r.value("mean_queue_length"), 2), percent(r.value("utilization")),
                         number(r.value("jobs_finished"))))
        return html_table(t("operations.sim.compare_title"), rows, note=self.interpretation,
                          header=[t("operations.col.scenario")] + [t(f"operations.metric.{m}") for m in
                                  ("mean_wait_minutes", "mean_queue_length", "utilization", "jobs_finished")])


def compare_scenarios(scenarios: Sequence[Scenario], *, days: float | None = None, hours: float | None = None,
                      replications: int = 5, seed: int | None = 0, warmup_hours: float = 0.0,
                      confidence: float = 0.95,
                      progress: Callable[[int, int], None] | None = None) -> ScenarioComparison:
    """Simulate each scenario with the same seeds (common random numbers) and compare.

    The first scenario is the baseline.  ``progress(done, total)`` counts
    replications over all scenarios.  Example::

        base = furniture_scenario()
        compare_scenarios([base, add_machine(base, "MB02"), extend_hours(base, 2)], replications=5)
    """
    from ikm_kit.validation import type_name

    if isinstance(scenarios, Scenario):
        scenarios = [scenarios]
    if isinstance(scenarios, (str, bytes, dict)) or not isinstance(scenarios, Iterable):
        raise SimulationError(t("operations.error.not_scenarios", value=type_name(scenarios)))
    scenarios = list(scenarios)
    if not all(isinstance(s, Scenario) for s in scenarios):
        raise SimulationError(t("operations.error.not_scenarios", value=type_name(scenarios)))
    if not scenarios:
        raise SimulationError(t("operations.error.no_scenarios"))
    names = [s.name for s in scenarios]
    if len(set(names)) != len(names):
        raise SimulationError(t("operations.error.duplicate_scenario", names=", ".join(names)))
    n = positive(replications, t("operations.sim.replications"))
    if not float(n).is_integer():
        raise InputError(t("operations.error.whole_number", field=t("operations.sim.replications"), value=replications))
    n = int(n)
    _, _, hrs = _horizon(scenarios[0], days, hours)
    if hrs * n * len(scenarios) > MAX_SIM_HOURS:
        raise SimulationError(t("operations.error.sim_too_long", hours=number(hrs), reps=number(n * len(scenarios)),
                                maximum=number(MAX_SIM_HOURS)))
    total = n * len(scenarios)
    results = []
    for i, sc in enumerate(scenarios):
        cb = None
        if progress is not None:
            cb = (lambda done, _n, i=i: progress(i * n + done, total))
        results.append(simulate(sc, days=days, hours=hours, replications=n, seed=seed, warmup_hours=warmup_hours,
                                confidence=confidence, keep_jobs=False, progress=cb))
    frames = []
    for r in results:
        s = r.summary[r.summary["machine_id"] == "all"].drop(columns="machine_id")
        frames.append(s.assign(scenario=r.scenario.name))
    table = pd.concat(frames, ignore_index=True)[["scenario", "metric", "mean", "half_width", "low", "high", "n"]]
    return ScenarioComparison(results, table)


__all__ = ["Distribution", "Station", "Scenario", "simulate", "SimulationResult", "compare_scenarios",
           "ScenarioComparison", "furniture_scenario", "add_machine", "extend_hours", "reserve_slots",
           "METRICS", "DISTRIBUTIONS"]
