"""Control-chart constants for subgroup sizes n = 2..25.

Source: D. C. Montgomery, *Introduction to Statistical Quality Control*,
Appendix Table VI "Factors for constructing variables control charts"
(the same values appear in ASTM E2587 and ASTM STP 15D).  Values are stored
with the table's precision (3 decimals; ``c4`` 4 decimals) so that a trainee's
hand calculation with the printed table gives the same limits as ikm-kit.

Definitions (checked by ``tests/test_quality_constants.py``, which recomputes
``d2``, ``d3`` and ``c4`` from them and compares with this table):

* ``c4(n) = sqrt(2/(n-1)) * Γ(n/2) / Γ((n-1)/2)`` — E[s] = c4·σ;
* ``d2(n) = E[R]/σ`` — expected range of n standard normal values,
  ``∫ 1 - Φ(x)^n - (1-Φ(x))^n dx``;
* ``d3(n) = sd[R]/σ``;
* ``A2 = 3/(d2·√n)``, ``A3 = 3/(c4·√n)``, ``A = 3/√n``;
* ``B3, B4 = 1 ∓ 3·√(1-c4²)/c4`` (B3 cut at 0); ``B5, B6 = c4 ∓ 3·√(1-c4²)``;
* ``D3, D4 = 1 ∓ 3·d3/d2`` (D3 cut at 0); ``D1, D2 = d2 ∓ 3·d3``.

For n > 25 (rare in practice) the constants are computed from the
definitions with scipy and cached.

    >>> from ikm_kit.quality.constants import constant
    >>> constant("A2", 5)
    0.577
"""
from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from ikm_kit.errors import InputError
from ikm_kit.i18n import t

SOURCE = ("D. C. Montgomery, Introduction to Statistical Quality Control, Appendix Table VI; "
          "ASTM E2587 (identical values)")

_N = list(range(2, 26))

# Transcribed from the table, one list per factor, n = 2 .. 25.
_TABLE: dict[str, list[float]] = {
    "A": [2.121, 1.732, 1.500, 1.342, 1.225, 1.134, 1.061, 1.000, 0.949, 0.905, 0.866, 0.832,
          0.802, 0.775, 0.750, 0.728, 0.707, 0.688, 0.671, 0.655, 0.640, 0.626, 0.612, 0.600],
    "A2": [1.880, 1.023, 0.729, 0.577, 0.483, 0.419, 0.373, 0.337, 0.308, 0.285, 0.266, 0.249,
           0.235, 0.223, 0.212, 0.203, 0.194, 0.187, 0.180, 0.173, 0.167, 0.162, 0.157, 0.153],
    "A3": [2.659, 1.954, 1.628, 1.427, 1.287, 1.182, 1.099, 1.032, 0.975, 0.927, 0.886, 0.850,
           0.817, 0.789, 0.763, 0.739, 0.718, 0.698, 0.680, 0.663, 0.647, 0.633, 0.619, 0.606],
    "c4": [0.7979, 0.8862, 0.9213, 0.9400, 0.9515, 0.9594, 0.9650, 0.9693, 0.9727, 0.9754,
           0.9776, 0.9794, 0.9810, 0.9823, 0.9835, 0.9845, 0.9854, 0.9862, 0.9869, 0.9876,
           0.9882, 0.9887, 0.9892, 0.9896],
    "B3": [0, 0, 0, 0, 0.030, 0.118, 0.185, 0.239, 0.284, 0.321, 0.354, 0.382,
           0.406, 0.428, 0.448, 0.466, 0.482, 0.497, 0.510, 0.523, 0.534, 0.545, 0.555, 0.565],
    "B4": [3.267, 2.568, 2.266, 2.089, 1.970, 1.882, 1.815, 1.761, 1.716, 1.679, 1.646, 1.618,
           1.594, 1.572, 1.552, 1.534, 1.518, 1.503, 1.490, 1.477, 1.466, 1.455, 1.445, 1.435],
    "B5": [0, 0, 0, 0, 0.029, 0.113, 0.179, 0.232, 0.276, 0.313, 0.346, 0.374,
           0.399, 0.421, 0.440, 0.458, 0.475, 0.490, 0.504, 0.516, 0.528, 0.539, 0.549, 0.559],
    "B6": [2.606, 2.276, 2.088, 1.964, 1.874, 1.806, 1.751, 1.707, 1.669, 1.637, 1.610, 1.585,
           1.563, 1.544, 1.526, 1.511, 1.496, 1.483, 1.470, 1.459, 1.448, 1.438, 1.429, 1.420],
    "d2": [1.128, 1.693, 2.059, 2.326, 2.534, 2.704, 2.847, 2.970, 3.078, 3.173, 3.258, 3.336,
           3.407, 3.472, 3.532, 3.588, 3.640, 3.689, 3.735, 3.778, 3.819, 3.858, 3.895, 3.931],
    "d3": [0.853, 0.888, 0.880, 0.864, 0.848, 0.833, 0.820, 0.808, 0.797, 0.787, 0.778, 0.770,
           0.763, 0.756, 0.750, 0.744, 0.739, 0.734, 0.729, 0.724, 0.720, 0.716, 0.712, 0.708],
    "D1": [0, 0, 0, 0, 0, 0.204, 0.388, 0.547, 0.687, 0.811, 0.922, 1.025,
           1.118, 1.203, 1.282, 1.356, 1.424, 1.487, 1.549, 1.605, 1.659, 1.710, 1.759, 1.806],
    "D2": [3.686, 4.358, 4.698, 4.918, 5.078, 5.204, 5.306, 5.393, 5.469, 5.535, 5.594, 5.647,
           5.696, 5.741, 5.782, 5.820, 5.856, 5.891, 5.921, 5.951, 5.979, 6.006, 6.031, 6.056],
    "D3": [0, 0, 0, 0, 0, 0.076, 0.136, 0.184, 0.223, 0.256, 0.283, 0.307,
           0.328, 0.347, 0.363, 0.378, 0.391, 0.403, 0.415, 0.425, 0.434, 0.443, 0.451, 0.459],
    "D4": [3.267, 2.574, 2.282, 2.114, 2.004, 1.924, 1.864, 1.816, 1.777, 1.744, 1.717, 1.693,
           1.672, 1.653, 1.637, 1.622, 1.608, 1.597, 1.585, 1.575, 1.566, 1.557, 1.548, 1.541],
}

NAMES = tuple(_TABLE)
MAX_N = 100  # larger subgroups are a wrong subgroup column, not a control chart (and slow to integrate)


def _exact_c4(n: int) -> float:
    return math.exp(math.lgamma(n / 2) - math.lgamma((n - 1) / 2)) * math.sqrt(2.0 / (n - 1))


@lru_cache(maxsize=256)
def exact_d2(n: int) -> float:
    """d2 = E[R]/σ from its definition, ``∫ 1 - Φ(x)^n - (1-Φ(x))^n dx`` (scipy quad)."""
    from scipy import integrate
    from scipy.stats import norm

    def tail(x: float) -> float:
        return 1.0 - norm.cdf(x) ** n - norm.sf(x) ** n

    return float(integrate.quad(tail, -np.inf, np.inf, limit=200)[0])


@lru_cache(maxsize=256)
def exact_d3(n: int) -> float:
    """d3 = sd(R)/σ from the distribution of the range of n standard normals.

    P(R ≤ w) = n ∫ φ(x) [Φ(x + w) − Φ(x)]^(n−1) dx and E[R²] = ∫ 2w P(R > w) dw,
    both integrated on a fine grid (numpy); accurate to about 1e-6.
    """
    from scipy.special import ndtr
    from scipy.stats import norm

    x = np.linspace(-9.0, 9.0, 3601)
    w = np.linspace(0.0, 14.0, 1401)
    inner = (ndtr(x[None, :] + w[:, None]) - ndtr(x)[None, :]) ** (n - 1)
    cdf = n * np.trapezoid(norm.pdf(x)[None, :] * inner, x, axis=1)
    er2 = float(np.trapezoid(2.0 * w * (1.0 - cdf), w))
    d2 = exact_d2(n)
    return math.sqrt(max(er2 - d2 * d2, 0.0))


def exact_c4(n: int) -> float:
    """c4 = E[s]/σ, closed form ``sqrt(2/(n-1))·Γ(n/2)/Γ((n-1)/2)``."""
    return _exact_c4(n)


@lru_cache(maxsize=256)
def _computed(n: int) -> dict[str, float]:
    d2, d3 = exact_d2(n), exact_d3(n)
    c4 = _exact_c4(n)
    root = math.sqrt(n)
    k = 3.0 * math.sqrt(1.0 - c4 * c4)
    return {
        "A": 3.0 / root, "A2": 3.0 / (d2 * root), "A3": 3.0 / (c4 * root), "c4": c4,
        "B3": max(0.0, 1.0 - k / c4), "B4": 1.0 + k / c4, "B5": max(0.0, c4 - k), "B6": c4 + k,
        "d2": d2, "d3": d3, "D1": max(0.0, d2 - 3 * d3), "D2": d2 + 3 * d3,
        "D3": max(0.0, 1.0 - 3 * d3 / d2), "D4": 1.0 + 3 * d3 / d2,
    }


def constant(name: str, n: int) -> float:
    """The factor ``name`` (``"A2"``, ``"d2"``, ...) for subgroup size ``n`` ≥ 2."""
    if not isinstance(name, str) or name not in _TABLE:
        raise InputError(t("error.unknown_choice", field=t("quality.constant"), value=name,
                           valid=", ".join(NAMES)))
    try:
        n_int = int(n)
    except (TypeError, ValueError, OverflowError):
        raise InputError(t("error.not_a_number", field=t("quality.subgroup_size"), value=n)) from None
    if n_int != n or n_int < 2:
        raise InputError(t("quality.error.subgroup_size_min", n=n))
    if n_int > MAX_N:
        raise InputError(t("quality.error.subgroup_size_max", n=n_int, maximum=MAX_N))
    if n_int <= 25:
        return _TABLE[name][n_int - 2]
    return _computed(n_int)[name]


def constants_array(name: str, sizes: np.ndarray) -> np.ndarray:
    """Vectorised :func:`constant` for an integer array of subgroup sizes (each ≥ 2)."""
    sizes = np.asarray(sizes, dtype=np.int64)
    if sizes.size and sizes.min() < 2:
        raise InputError(t("quality.error.subgroup_size_min", n=int(sizes.min())))
    top = int(sizes.max()) if sizes.size else 2
    if top > MAX_N:
        raise InputError(t("quality.error.subgroup_size_max", n=top, maximum=MAX_N))
    lookup = np.empty(max(top, 25) + 1)
    lookup[:2] = np.nan
    lookup[2:26] = _TABLE[name]
    for m in np.unique(sizes[sizes > 25]):  # only the sizes present: each costs an integration
        lookup[m] = _computed(int(m))[name]
    return lookup[sizes]


def table() -> "pd.DataFrame":  # noqa: F821 - pandas imported lazily
    """The whole table as a DataFrame (rows n = 2..25), for display in a notebook."""
    import pandas as pd

    df = pd.DataFrame(_TABLE, index=pd.Index(_N, name="n"))
    df.attrs["source"] = SOURCE
    return df


__all__ = ["SOURCE", "NAMES", "constant", "constants_array", "exact_c4", "exact_d2", "exact_d3", "table"]
