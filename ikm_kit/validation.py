"""Input checks shared by every module; they raise :mod:`ikm_kit.errors` only.

All helpers take a ``field`` name (already translated, or a plain name) used in
the Indonesian message, e.g. ``positive(0, "Harga jual")`` raises
``InputError("Harga jual harus lebih besar dari 0 (diberikan: 0).")``.
"""
from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

from ikm_kit.errors import ColumnError, DataError, InputError
from ikm_kit.i18n import t


def number(value: object, field: str, *, allow_nan: bool = False) -> float:
    """Return ``value`` as a finite float or raise :class:`InputError`."""
    if isinstance(value, (bool, bytes, bytearray)):
        raise InputError(t("error.not_a_number", field=field, value=value))
    if isinstance(value, str):
        from ikm_kit.formats import parse_number

        try:
            value = parse_number(value)  # Indonesian notation accepted: 1.250.000,5
        except ValueError:
            raise InputError(t("error.not_a_number", field=field, value=value)) from None
    try:
        result = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        raise InputError(t("error.not_a_number", field=field, value=value)) from None
    if not allow_nan and not math.isfinite(result):
        raise InputError(t("error.must_be_finite", field=field, value=value))
    return result


def positive(value: object, field: str) -> float:
    result = number(value, field)
    if result <= 0:
        raise InputError(t("error.must_be_positive", field=field, value=value))
    return result


def non_negative(value: object, field: str) -> float:
    result = number(value, field)
    if result < 0:
        raise InputError(t("error.must_be_non_negative", field=field, value=value))
    return result


def array(values: object, field: str, *, min_size: int = 1, allow_nan: bool = False) -> np.ndarray:
    """Return a 1-D float array; text, empty input or (unless allowed) NaN/inf raise."""
    if isinstance(values, (str, bytes)):
        raise InputError(t("error.not_a_number", field=field, value=values))
    if isinstance(values, (pd.Series, pd.Index)):
        values = values.to_numpy()
    try:
        arr = np.asarray(values, dtype=float)
    except (TypeError, ValueError):
        bad = _first_non_numeric(values)
        raise InputError(t("error.not_a_number", field=field, value=bad)) from None
    arr = np.atleast_1d(arr)
    if arr.ndim != 1:
        arr = arr.ravel()
    if arr.size < min_size:
        raise InputError(t("error.empty", field=field, minimum=min_size))
    if not allow_nan and not np.all(np.isfinite(arr)):
        idx = int(np.flatnonzero(~np.isfinite(arr))[0])
        raise InputError(t("error.must_be_finite", field=f"{field} [{idx}]", value=arr[idx]))
    return arr


def _first_non_numeric(values: object) -> object:
    try:
        for item in values:  # type: ignore[union-attr]
            try:
                float(item)
            except (TypeError, ValueError):
                return item
    except TypeError:
        return values
    return values


def path(value: object, field: str) -> Path:
    """A file or folder name (text or ``Path``) as a :class:`~pathlib.Path`, else :class:`InputError`."""
    if isinstance(value, (str, os.PathLike)) and str(value).strip() and "\0" not in str(value):
        return Path(value)
    raise InputError(t("error.not_a_path", field=field, value=value if isinstance(value, str) else type_name(value)))


from ikm_kit.formats import type_name  # noqa: E402  (a short description of a wrong value's kind)


def _has_column(df: pd.DataFrame, name: object) -> bool:
    try:
        return name in df.columns
    except (TypeError, ValueError):  # unhashable names (lists, arrays) are never columns
        return False


def columns(df: pd.DataFrame, required: Sequence[str], where: str = "") -> None:
    """Raise :class:`ColumnError` naming the missing and the existing columns."""
    if not isinstance(df, pd.DataFrame):
        raise DataError(t("error.not_a_table", field=where or "data", value=type_name(df)))
    missing = [c for c in required if not _has_column(df, c)]
    if missing:
        raise ColumnError.missing([str(c) for c in missing], [str(c) for c in df.columns], where)


def _is_option(value: object, options: list) -> bool:
    if not isinstance(value, (str, int, float, np.integer, np.floating)) or isinstance(value, bool):
        return False  # arrays, frames, lists, None, ... are never one of the text choices
    try:
        return bool(value in options)
    except (TypeError, ValueError):
        return False


def choice(value: object, valid: Iterable[str], field: str) -> str:
    options = list(valid)
    if not _is_option(value, options):
        shown = value if isinstance(value, (str, int, float)) else type_name(value)
        raise InputError(
            t("error.unknown_choice", field=field, value=shown, valid=", ".join(map(str, options)))
        )
    return str(value)
