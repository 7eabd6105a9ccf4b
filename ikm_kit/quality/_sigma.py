"""The one σ-within rule of the quality package (capability, sigma_within, x̄–R, I–MR agree).

Subgroups are the rows of a matrix (NaN = missing reading).  A missing
reading stays in its place: it never shifts the later readings into another
subgroup, and a moving range is only taken between two readings that are
next to each other in time (never across a missing one).

Methods for subgroups of n ≥ 2 (``method``):

* ``"rbar"`` (default; qcc ``UWAVE-R`` with equal n, Montgomery §6.2):
  mean of Rᵢ/d2(nᵢ) — with equal n that is R̄/d2;
* ``"sbar"``: mean of sᵢ/c4(nᵢ) (``unbiased=False``: mean of sᵢ);
* ``"pooled"`` (Minitab's default): Sp = √(Σ(nᵢ−1)sᵢ² / Σ(nᵢ−1)), divided by
  c4(d + 1) with d = Σ(nᵢ−1) when ``unbiased`` (Minitab's default).

Individuals (subgroup size 1) always use MR̄/d2(2) = MR̄/1,128 (qcc
``xbar.one`` and Minitab's default "average moving range").
"""
from __future__ import annotations

import numpy as np

from ikm_kit.errors import InputError
from ikm_kit.i18n import t
from ikm_kit.quality.constants import constant, constants_array, exact_c4

SIGMA_METHODS = ("rbar", "sbar", "pooled")


def method(value: object) -> str:
    key = str(value).strip().lower().replace("-", "").replace("_", "").replace(" ", "")
    key = {"rbar": "rbar", "r": "rbar", "range": "rbar", "uwaver": "rbar",
           "sbar": "sbar", "s": "sbar", "uwavesd": "sbar",
           "pooled": "pooled", "pooledsd": "pooled", "sp": "pooled", "gabungan": "pooled"}.get(key, key)
    if key not in SIGMA_METHODS:
        raise InputError(t("error.unknown_choice", field=t("quality_conv.sigma_method"), value=value,
                           valid=", ".join(SIGMA_METHODS)))
    return key


def moving_ranges(x: np.ndarray) -> np.ndarray:
    """|xᵢ − xᵢ₋₁| with NaN for the first point and next to a missing reading."""
    mr = np.full(x.shape, np.nan)
    if x.size > 1:
        mr[1:] = np.abs(np.diff(x))  # NaN wherever either neighbour is missing
    return mr


def individuals(x: np.ndarray, use: np.ndarray | None = None) -> float:
    """MR̄/d2(2) of the moving ranges of neighbouring readings (``use``: which ranges may count)."""
    mr = moving_ranges(np.asarray(x, dtype=float))
    ok = np.isfinite(mr) if use is None else (np.isfinite(mr) & use)
    if not ok.any():
        raise InputError(t("quality_conv.error.no_moving_range"))
    return float(np.mean(mr[ok])) / constant("d2", 2)


def subgroups(matrix: np.ndarray, how: str = "rbar", *, unbiased: bool = True) -> float:
    """σ within from the rows of ``matrix``; rows with fewer than 2 readings are left out."""
    m = np.asarray(matrix, dtype=float)
    n = np.isfinite(m).sum(axis=1)
    ok = n >= 2
    if not ok.any():
        raise InputError(t("quality.error.subgroup_size_one", chart=t("quality.cap.title")))
    m, n = m[ok], n[ok]
    if how == "rbar":
        r = np.nanmax(m, axis=1) - np.nanmin(m, axis=1)
        return float(np.mean(r / constants_array("d2", n)))
    means = np.nanmean(m, axis=1)
    ss = np.nansum((m - means[:, None]) ** 2, axis=1)
    if how == "sbar":
        s = np.sqrt(ss / (n - 1))
        return float(np.mean(s / constants_array("c4", n))) if unbiased else float(np.mean(s))
    dof = int(np.sum(n - 1))
    sp = float(np.sqrt(ss.sum() / dof))
    return sp / exact_c4(dof + 1) if unbiased else sp


def regroup(x: np.ndarray, size: int) -> np.ndarray:
    """Consecutive readings in rows of ``size`` (NaN-padded); missing readings keep their place."""
    groups = -(-x.size // size)
    padded = np.full(groups * size, np.nan)
    padded[: x.size] = x
    return padded.reshape(groups, size)


__all__ = ["SIGMA_METHODS", "individuals", "moving_ranges", "regroup", "subgroups", "method"]
