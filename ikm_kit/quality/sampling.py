"""Acceptance sampling by attributes (sampling penerimaan): OC, AOQ, ATI, AOQL.

A single sampling plan (n, c) takes ``n`` units from a lot and accepts the lot
when at most ``c`` units are nonconforming.  Probabilities of acceptance use
the binomial distribution (type B OC curve, scipy.stats) unless
``lot_size`` is given for :func:`oc_single`, which then uses the
hypergeometric distribution (type A, isolated lot, D = p·N rounded to the
nearest whole unit, an exact half to the even one); ``method="poisson"``
gives the Poisson approximation.  :func:`aoq`, :func:`ati` and :func:`aoql`
use type B by default and type A with ``method="hypergeometric"``.

* AOQ(p) = Pa·p·(N − n)/N (rectifying inspection: rejected lots are
  100 % inspected and nonconforming units replaced);
* ATI(p) = n + (1 − Pa)(N − n);
* AOQL = max over p of AOQ(p).

Double sampling (n1, c1, r1, n2, c2): accept if d1 ≤ c1, reject if d1 ≥ r1,
otherwise take a second sample and accept if d1 + d2 ≤ c2.

    >>> from ikm_kit.quality import oc_single
    >>> round(oc_single(89, 2, 0.01), 4)     # Montgomery, single-sampling example
    0.9397
"""
from __future__ import annotations

import numpy as np

from ikm_kit._lazy import lazy_module
from ikm_kit import validation
from ikm_kit.errors import InputError
from ikm_kit.i18n import t
from ikm_kit.quality._inputs import integer as _integer
from ikm_kit.quality._inputs import probabilities as _probabilities

stats = lazy_module("scipy.stats")      # ~1 s to import: deferred to the first OC curve
optimize = lazy_module("scipy.optimize")


MAX_LOT = 10 ** 9  # lots beyond a billion units: the hypergeometric OC takes seconds, then leaves int64


def _plan(n: object, c: object) -> tuple[int, int]:
    n_i = _integer(n, t("quality.sample_size"), minimum=1)
    if n_i > MAX_LOT:
        raise InputError(t("error.too_large", field=t("quality.sample_size"), value=n, maximum=MAX_LOT))
    c_i = _integer(c, t("quality.acceptance_number"), minimum=0)
    if c_i > n_i:
        raise InputError(t("quality.error.c_above_n", c=c_i, n=n_i))
    return n_i, c_i


def _lot(lot_size: object, n: int) -> int:
    big_n = _integer(lot_size, t("quality.lot_size"), minimum=1)
    if big_n > MAX_LOT:
        raise InputError(t("error.too_large", field=t("quality.lot_size"), value=lot_size, maximum=MAX_LOT))
    if n > big_n:
        raise InputError(t("quality.error.sample_larger_than_lot", n=n, lot=big_n))
    return big_n


def _out(values: np.ndarray, scalar: bool):
    return float(values[0]) if scalar else values


OC_METHODS = ("binomial", "hypergeometric", "poisson")
ROUNDINGS = ("nearest", "down", "up")


def _method(method: object, lot_size: object) -> str:
    if method is None:
        return "binomial" if lot_size is None else "hypergeometric"
    key = str(method).strip().lower()
    key = {"b": "binomial", "binom": "binomial", "type_b": "binomial", "tipe_b": "binomial",
           "a": "hypergeometric", "hypergeom": "hypergeometric", "hipergeometrik": "hypergeometric",
           "type_a": "hypergeometric", "tipe_a": "hypergeometric"}.get(key, key)
    if key not in OC_METHODS:
        raise InputError(t("error.unknown_choice", field=t("quality_conv.oc_method"), value=method,
                           valid=", ".join(OC_METHODS)))
    if key == "hypergeometric" and lot_size is None:
        raise InputError(t("quality_conv.error.need_lot"))
    return key


def _rounding(rounding: object) -> str:
    key = str(rounding).strip().lower()
    if key not in ROUNDINGS:
        raise InputError(t("error.unknown_choice", field="D = p·N", value=rounding, valid=", ".join(ROUNDINGS)))
    return key


def lot_defectives(p: object, lot_size: int, rounding: str = "nearest"):
    """Nonconforming units in a lot, D = p·N made whole: ``nearest`` (default; an exact half goes to
    the even number, numpy ``rint``), ``down`` (floor) or ``up`` (ceiling).

    Example: ``lot_defectives(0.0125, 200)`` → 2 (2.5 → 2, the even neighbour).
    """
    big_n = _integer(lot_size, t("quality.lot_size"), minimum=1)
    p_arr, scalar = _probabilities(p, "p")
    how = _rounding(rounding)
    raw = p_arr * big_n
    # 1e-9: 0.07·100 is 7.000000000000001 in floating point, still 7 units
    d = {"nearest": np.rint(raw), "down": np.floor(raw + 1e-9), "up": np.ceil(raw - 1e-9)}[how]
    d = np.clip(d, 0, big_n)
    return _out(d, scalar)


def _pa(n_i: int, c_i: int, p_arr: np.ndarray, method: str, lot_size: object, rounding: str) -> np.ndarray:
    if method == "binomial":
        return np.asarray(stats.binom.cdf(c_i, n_i, p_arr), dtype=float)
    if method == "poisson":
        return np.asarray(stats.poisson.cdf(c_i, n_i * p_arr), dtype=float)
    big_n = _lot(lot_size, n_i)
    defectives = np.atleast_1d(lot_defectives(p_arr, big_n, rounding))
    return np.asarray(stats.hypergeom.cdf(c_i, big_n, defectives, n_i), dtype=float).reshape(p_arr.shape)


def oc_single(n: int, c: int, p: object, *, lot_size: int | None = None, method: str | None = None,
              rounding: str = "nearest"):
    """Probability of accepting a lot with fraction nonconforming ``p``.

    ``p`` may be a number or an array (0 ≤ p ≤ 1); the result has the same
    shape.  ``method``: ``"binomial"`` (type B OC curve, a stream of lots —
    the default without ``lot_size``), ``"hypergeometric"`` (type A, an
    isolated lot of ``lot_size`` units with D = p·N made whole by ``rounding``,
    see :func:`lot_defectives` — the default with ``lot_size``) or
    ``"poisson"`` (the textbook approximation, λ = n·p).
    Example: ``oc_single(89, 2, [0.01, 0.05])``.
    """
    n_i, c_i = _plan(n, c)
    p_arr, scalar = _probabilities(p, "p")
    how = _method(method, lot_size)
    if lot_size is not None:
        _lot(lot_size, n_i)
    return _out(_pa(n_i, c_i, p_arr, how, lot_size, rounding), scalar)


def aoq(n: int, c: int, p: object, lot_size: int, *, method: str = "binomial", rounding: str = "nearest"):
    """Average outgoing quality Pa·p·(N − n)/N (fraction nonconforming after inspection).

    Pa is the type B (binomial) probability by default; ``method="hypergeometric"``
    gives the type A AOQ of an isolated lot of ``lot_size`` units (``"poisson"``:
    the approximation).  Example: ``aoq(89, 2, 0.01, 10_000)``.
    """
    n_i, c_i = _plan(n, c)
    big_n = _lot(lot_size, n_i)
    p_arr, scalar = _probabilities(p, "p")
    pa = _pa(n_i, c_i, p_arr, _method(method, big_n), big_n, rounding)
    return _out(pa * p_arr * (big_n - n_i) / big_n, scalar)


def ati(n: int, c: int, p: object, lot_size: int, *, method: str = "binomial", rounding: str = "nearest"):
    """Average total inspection n + (1 − Pa)(N − n) (units per lot); ``method`` as for :func:`aoq`."""
    n_i, c_i = _plan(n, c)
    big_n = _lot(lot_size, n_i)
    p_arr, scalar = _probabilities(p, "p")
    pa = _pa(n_i, c_i, p_arr, _method(method, big_n), big_n, rounding)
    return _out(n_i + (1 - pa) * (big_n - n_i), scalar)


def aoql(n: int, c: int, lot_size: int | None = None, *, method: str = "binomial") -> float:
    """Average outgoing quality limit: the largest AOQ over all p.

    Without ``lot_size`` the factor (N − n)/N is taken as 1 (large lots).
    ``method``: ``binomial`` (default) or ``poisson``; for ``hypergeometric``
    (needs ``lot_size``) the maximum is taken over p = D/N, D = 0 … N.
    """
    p_max, value = aoql_point(n, c, lot_size, method=method)
    return value


def aoql_point(n: int, c: int, lot_size: int | None = None, *, method: str = "binomial") -> tuple[float, float]:
    """``(p, AOQL)``: where the AOQ curve peaks and its height."""
    n_i, c_i = _plan(n, c)
    how = _method(method, lot_size)
    factor = 1.0 if lot_size is None else (_lot(lot_size, n_i) - n_i) / _lot(lot_size, n_i)
    if how == "hypergeometric":
        big_n = _lot(lot_size, n_i)
        d = np.arange(big_n + 1)
        if d.size > 2_000_001:
            d = np.unique(np.linspace(0, big_n, 2_000_001).round().astype(np.int64))
        curve = stats.hypergeom.cdf(c_i, big_n, d, n_i) * d / big_n
        k = int(np.argmax(curve))
        return float(d[k] / big_n), float(curve[k]) * factor

    def pa(q):
        return stats.binom.cdf(c_i, n_i, q) if how == "binomial" else stats.poisson.cdf(c_i, n_i * q)

    upper = min(1.0, 10.0 * (c_i + 1) / n_i)
    grid = np.linspace(0.0, upper, 2001)
    curve = pa(grid) * grid
    k = int(np.argmax(curve))
    lo, hi = grid[max(k - 1, 0)], grid[min(k + 1, grid.size - 1)]
    if hi > lo:
        res = optimize.minimize_scalar(lambda q: -pa(q) * q, bounds=(lo, hi), method="bounded",
                                       options={"xatol": 1e-10})
        p_best = float(res.x)
        best = float(-res.fun)
        if best < curve[k]:
            p_best, best = float(grid[k]), float(curve[k])
    else:
        p_best, best = float(grid[k]), float(curve[k])
    return p_best, best * factor


def p_for_acceptance(n: int, c: int, pa: float, *, method: str = "binomial") -> float:
    """The fraction nonconforming p at which the plan accepts with probability ``pa``.

    ``pa=0.95`` gives the producer's-risk point (often read as the AQL of the
    plan), ``pa=0.10`` the consumer's-risk point (LTPD/LQL).  ``method``:
    ``binomial`` (default) or ``poisson``.
    """
    n_i, c_i = _plan(n, c)
    how = _method(method, None)
    target = validation.number(pa, "Pa")
    if not 0 < target < 1:
        raise InputError(t("quality.error.probability_open", field="Pa", value=pa))
    if how == "poisson":
        # λ with P(Poisson(λ) ≤ c) = Pa, via the χ² quantile (exact): λ = χ²(1 − Pa; 2c + 2)/2
        return float(stats.chi2.ppf(1 - target, 2 * c_i + 2) / 2 / n_i)
    if c_i >= n_i:
        return 1.0
    return float(optimize.brentq(lambda q: stats.binom.cdf(c_i, n_i, q) - target, 0.0, 1.0,
                                 xtol=1e-12))


def _double(n1, c1, r1, n2, c2) -> tuple[int, int, int, int, int]:
    n1_i, c1_i = _plan(n1, c1)
    n2_i, c2_i = _plan(n2, c2)
    r1_i = _integer(r1, "r1", minimum=1)
    if r1_i <= c1_i:
        raise InputError(t("quality.error.double_r1", c1=c1_i, r1=r1_i))
    if c2_i < c1_i:
        raise InputError(t("quality.error.double_c2", c1=c1_i, c2=c2_i))
    return n1_i, c1_i, r1_i, n2_i, c2_i


def oc_double(n1: int, c1: int, r1: int, n2: int, c2: int, p: object):
    """Probability of acceptance of a double sampling plan.

    Pa = P(d1 ≤ c1) + Σ_{d1=c1+1}^{r1−1} P(d1)·P(d2 ≤ c2 − d1) (binomial).
    Example (Montgomery): ``oc_double(50, 1, 4, 100, 3, 0.05)``.
    """
    n1_i, c1_i, r1_i, n2_i, c2_i = _double(n1, c1, r1, n2, c2)
    p_arr, scalar = _probabilities(p, "p")
    pa = stats.binom.cdf(c1_i, n1_i, p_arr)
    for d1 in range(c1_i + 1, r1_i):
        if d1 > c2_i:
            break
        pa = pa + stats.binom.pmf(d1, n1_i, p_arr) * stats.binom.cdf(c2_i - d1, n2_i, p_arr)
    return _out(np.asarray(pa, dtype=float), scalar)


def asn_double(n1: int, c1: int, r1: int, n2: int, c2: int, p: object):
    """Average sample number of a double plan: n1 + n2·P(c1 < d1 < r1)."""
    n1_i, c1_i, r1_i, n2_i, c2_i = _double(n1, c1, r1, n2, c2)
    p_arr, scalar = _probabilities(p, "p")
    second = stats.binom.cdf(r1_i - 1, n1_i, p_arr) - stats.binom.cdf(c1_i, n1_i, p_arr)
    return _out(n1_i + n2_i * second, scalar)


__all__ = ["OC_METHODS", "ROUNDINGS", "lot_defectives", "oc_single", "aoq", "ati", "aoql", "aoql_point", "p_for_acceptance", "oc_double",
           "asn_double"]
