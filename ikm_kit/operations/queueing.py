"""Analytic M/M/c queue (Erlang C) and its simulated counterpart.

Rates are per hour: ``arrival_rate`` λ jobs/hour, ``service_rate`` μ jobs/hour
per machine, ``machines`` c identical machines sharing one FIFO queue.

    >>> r = erlang_c(2, 3, 2)          # Hillier & Lieberman, County Hospital, 2 doctors
    >>> round(r.lq, 4), round(r.wq_hours, 4), round(r.p_wait, 4)
    (0.0833, 0.0417, 0.1667)
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

from ikm_kit.errors import InputError
from ikm_kit.formats import number, percent
from ikm_kit.i18n import t
from ikm_kit.formats_html import html_table
from ikm_kit.validation import positive


@dataclass
class ErlangCResult:
    """Steady-state M/M/c values; times in hours (``*_minutes`` in minutes)."""

    arrival_rate: float
    service_rate: float
    machines: int
    rho: float          # utilisation of each machine λ/(cμ)
    offered_load: float  # a = λ/μ (erlangs)
    p_wait: float       # probability an arriving job has to wait (Erlang C)
    lq: float           # mean number waiting
    l: float            # mean number in the system
    wq_hours: float     # mean wait in queue
    w_hours: float      # mean time in system
    p0: float           # probability the system is empty
    stable: bool

    @property
    def wq_minutes(self) -> float:
        return self.wq_hours * 60.0

    @property
    def w_minutes(self) -> float:
        return self.w_hours * 60.0

    @property
    def interpretation(self) -> str:
        if not self.stable:
            return t("operations.queue.interp_unstable", rho=percent(self.rho),
                     need=int(math.floor(self.offered_load)) + 1)
        return t("operations.queue.interp", rho=percent(self.rho), p_wait=percent(self.p_wait),
                 wq=number(self.wq_minutes, 1), lq=number(self.lq, 2))

    def _repr_html_(self) -> str:
        rows = [
            (t("operations.queue.rho"), percent(self.rho)),
            (t("operations.queue.p_wait"), percent(self.p_wait)),
            (t("operations.queue.wq"), f"{number(self.wq_minutes, 1)} {t('unit.minutes')}"),
            (t("operations.queue.lq"), number(self.lq, 2)),
            (t("operations.queue.w"), f"{number(self.w_minutes, 1)} {t('unit.minutes')}"),
        ]
        return html_table(t("operations.queue.erlang_title", c=self.machines), rows, note=self.interpretation)


MAX_MACHINES = 10_000  # Erlang C sums over the machines; a sentra has a handful


def _machines(value: object) -> int:
    c = positive(value, t("operations.queue.machines"))
    if not float(c).is_integer():
        raise InputError(t("operations.error.whole_number", field=t("operations.queue.machines"), value=value))
    if c > MAX_MACHINES:
        raise InputError(t("operations.error.too_many_machines", value=value, maximum=MAX_MACHINES))
    return int(c)


def erlang_c(arrival_rate: float, service_rate: float, machines: int) -> ErlangCResult:
    """M/M/c steady state: P(wait), Lq, Wq, L, W, ρ (rates per hour).

    Uses the numerically stable Erlang B recursion
    ``B(k) = a·B(k−1) / (k + a·B(k−1))`` and ``C = B / (1 − ρ(1 − B))``.
    With ρ ≥ 1 the queue grows without limit: ``stable`` is False and the
    waiting values are infinite.

    Example: ``erlang_c(2, 3, 2).wq_minutes`` → 2.5.
    """
    lam = positive(arrival_rate, t("operations.queue.arrival_rate"))
    mu = positive(service_rate, t("operations.queue.service_rate"))
    c = _machines(machines)
    a = lam / mu
    rho = a / c
    if rho >= 1:
        inf = math.inf
        return ErlangCResult(lam, mu, c, rho, a, 1.0, inf, inf, inf, inf, 0.0, False)
    b = 1.0
    for k in range(1, c + 1):
        b = a * b / (k + a * b)
    p_wait = b / (1 - rho * (1 - b))
    lq = p_wait * rho / (1 - rho)
    wq = lq / lam
    w = wq + 1 / mu
    l_sys = lq + a
    # P0 via log-sum for large c
    log_terms = [k * math.log(a) - math.lgamma(k + 1) for k in range(c)] if a > 0 else [0.0]
    log_last = c * math.log(a) - math.lgamma(c + 1) - math.log(1 - rho)
    m = max(log_terms + [log_last])
    p0 = 1.0 / math.exp(m) / (sum(math.exp(x - m) for x in log_terms) + math.exp(log_last - m))
    return ErlangCResult(lam, mu, c, rho, a, p_wait, lq, l_sys, wq, w, p0, True)


def simulate_queue(arrival_rate: float, service_rate: float, machines: int, *, hours: float = 10_000,
                   replications: int = 1, seed: int | None = None, warmup_hours: float = 0.0,
                   confidence: float = 0.95, progress: Callable[[int, int], None] | None = None):
    """Simulate an M/M/c queue (exponential arrivals and service, FIFO, always open).

    Runs the same SimPy engine as :func:`ikm_kit.operations.simulate` and
    returns a :class:`~ikm_kit.operations.simulation.SimulationResult`; its
    ``summary`` has ``mean_wait_minutes``, ``utilization``,
    ``mean_queue_length`` and ``jobs_finished`` with t-intervals over the
    replications.  Example::

        r = simulate_queue(2, 3, 2, hours=20_000, replications=3, seed=1)
        r.value("mean_wait_minutes")   # ≈ 2.5 (erlang_c(2, 3, 2).wq_minutes)
    """
    from .simulation import Distribution, Scenario, Station, simulate

    lam = positive(arrival_rate, t("operations.queue.arrival_rate"))
    mu = positive(service_rate, t("operations.queue.service_rate"))
    c = _machines(machines)
    hrs = positive(hours, t("operations.sim.hours"))
    station = Station("M", name="M/M/c", servers=c, arrival_rate=lam,
                      service=Distribution("exponential", mean=60.0 / mu), always_open=True)
    scenario = Scenario(f"M/M/{c}", [station])
    return simulate(scenario, hours=hrs, replications=replications, seed=seed, warmup_hours=warmup_hours,
                    confidence=confidence, progress=progress)


__all__ = ["erlang_c", "ErlangCResult", "simulate_queue"]
