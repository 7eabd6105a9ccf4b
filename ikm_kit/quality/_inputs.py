"""Input parsing shared by the quality functions (always raising ikm_kit errors)."""
from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd

from ikm_kit import validation
from ikm_kit.errors import ColumnError, DataError, InputError
from ikm_kit.i18n import t


def _to_float_2d(rows: Sequence[Sequence[object]], field: str) -> np.ndarray:
    width = max((len(r) for r in rows), default=0)
    out = np.full((len(rows), width), np.nan)
    for i, row in enumerate(rows):
        if len(row):
            out[i, : len(row)] = validation.array(row, f"{field} [{i + 1}]", allow_nan=True, min_size=0)
    return out


def subgroups(samples: object, field: str, *, value: str | None = None,
              subgroup: str | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Return ``(matrix, labels)``: one row per subgroup, NaN for a missing reading.

    Accepts a 2-D array / list of lists (ragged allowed), a wide DataFrame (one
    row per subgroup, numeric columns), or a long DataFrame with ``value`` and
    ``subgroup`` column names (subgroups in order of first appearance).
    Subgroups without any reading are dropped; ``labels`` keep the original
    subgroup names (1-based row numbers for arrays).
    """
    if isinstance(samples, (str, bytes)):
        raise InputError(t("error.not_a_number", field=field, value=samples))
    if isinstance(samples, pd.DataFrame):
        if value is not None or subgroup is not None:
            if value is None or subgroup is None:
                raise InputError(t("quality.error.value_and_subgroup"))
            validation.columns(samples, [value, subgroup], field)
            vals = validation.array(samples[value], f"{field}: {value}", allow_nan=True, min_size=0)
            keys = samples[subgroup]
            if keys.isna().any():
                raise DataError(t("quality.error.missing_subgroup", column=subgroup))
            codes, uniques = pd.factorize(keys, sort=False)
            if codes.size == 0:
                raise InputError(t("error.empty", field=field, minimum=2))
            order = np.argsort(codes, kind="stable")
            sizes = np.bincount(codes, minlength=len(uniques))
            width = int(sizes.max())
            starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
            pos = np.arange(codes.size) - np.repeat(starts, sizes)
            matrix = np.full((len(uniques), width), np.nan)
            matrix[codes[order], pos] = vals[order]
            labels = np.asarray(uniques, dtype=object)
        else:
            numeric = samples.select_dtypes(include="number")
            if numeric.shape[1] == 0:
                bad = samples.iloc[0, 0] if samples.size else samples
                raise InputError(t("error.not_a_number", field=field, value=bad))
            if numeric.shape[1] != samples.shape[1]:
                other = [str(c) for c in samples.columns if c not in numeric.columns]
                raise ColumnError(t("quality.error.non_numeric_columns", columns=", ".join(other)))
            matrix = numeric.to_numpy(dtype=float)
            labels = np.asarray(samples.index, dtype=object)
            if isinstance(samples.index, pd.RangeIndex):
                labels = np.arange(1, len(samples) + 1, dtype=object)
    else:
        if isinstance(samples, pd.Series):
            samples = samples.to_numpy()
        try:
            matrix = np.asarray(samples, dtype=float)
        except (TypeError, ValueError):
            if isinstance(samples, np.ndarray) and samples.dtype != object:
                raise InputError(t("error.not_a_number", field=field, value=samples.flat[0])) from None
            try:
                rows = [list(r) if np.ndim(r) else [r] for r in samples]  # type: ignore[union-attr]
            except TypeError:
                raise InputError(t("error.not_a_number", field=field, value=samples)) from None
            matrix = _to_float_2d(rows, field)
        if matrix.ndim == 1:
            raise InputError(t("quality.error.need_2d", field=field))
        if matrix.ndim != 2:
            raise InputError(t("quality.error.need_2d", field=field))
        labels = np.arange(1, matrix.shape[0] + 1, dtype=object)
    if matrix.size == 0:
        raise InputError(t("error.empty", field=field, minimum=2))
    if np.isinf(matrix).any():
        raise InputError(t("error.must_be_finite", field=field, value="inf"))
    keep = ~np.all(np.isnan(matrix), axis=1)
    if not keep.any():
        raise InputError(t("quality.error.all_missing", field=field))
    if not keep.all():
        matrix, labels = matrix[keep], labels[keep]
    return matrix, labels


def series(values: object, field: str, *, value: str | None = None, allow_nan: bool = True,
           min_size: int = 1) -> np.ndarray:
    """A 1-D float array from a list/Series/array or a DataFrame column ``value``."""
    if isinstance(values, pd.DataFrame):
        if value is None:
            numeric = values.select_dtypes(include="number")
            if numeric.shape[1] != 1:
                raise InputError(t("quality.error.which_column", columns=", ".join(map(str, values.columns))))
            value = numeric.columns[0]
        validation.columns(values, [value], field)
        values = values[value]
    arr = validation.array(values, field, allow_nan=True, min_size=min_size)
    if np.isinf(arr).any():
        raise InputError(t("error.must_be_finite", field=field, value="inf"))
    if not allow_nan and np.isnan(arr).any():
        idx = int(np.flatnonzero(np.isnan(arr))[0])
        raise InputError(t("error.must_be_finite", field=f"{field} [{idx}]", value="NaN"))
    if np.isnan(arr).all():
        raise InputError(t("quality.error.all_missing", field=field))
    return arr


def counts(values: object, field: str, *, allow_zero_length: bool = False) -> np.ndarray:
    """Non-negative finite counts (may be non-integer for weighted data)."""
    arr = validation.array(values, field, min_size=0 if allow_zero_length else 1)
    if (arr < 0).any():
        idx = int(np.flatnonzero(arr < 0)[0])
        raise InputError(t("error.must_be_non_negative", field=f"{field} [{idx + 1}]", value=arr[idx]))
    return arr


def integer(value: object, field: str, *, minimum: int = 0) -> int:
    num = validation.number(value, field)
    if num != int(num):
        raise InputError(t("quality.error.integer", field=field, value=value))
    if num < minimum:
        key = "error.must_be_positive" if minimum == 1 else "quality.error.at_least"
        raise InputError(t(key, field=field, value=value, minimum=minimum))
    return int(num)


def probabilities(p: object, field: str) -> tuple[np.ndarray, bool]:
    """p as a float array in [0, 1]; the flag says whether the input was a scalar."""
    try:
        scalar = np.ndim(p) == 0 and not isinstance(p, (list, tuple))
    except ValueError:  # ragged nested lists
        raise InputError(t("error.not_a_number", field=field, value=p)) from None
    arr = validation.array(p, field)
    bad = (arr < 0) | (arr > 1)
    if bad.any():
        idx = int(np.flatnonzero(bad)[0])
        raise InputError(t("quality.error.probability", field=field, value=arr[idx]))
    # denormal p (< 1e-300) is 0 for any sampling plan, and scipy's binomial overflows on it
    return np.where(arr < 1e-300, 0.0, arr), scalar
