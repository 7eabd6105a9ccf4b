"""Private helpers shared by the operations modules: calendars, months, t-intervals."""
from __future__ import annotations

import datetime as _dt
import math
import re
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

from ikm_kit._lazy import lazy_module
from ikm_kit.errors import DataError, InputError
from ikm_kit.i18n import t

stats = lazy_module("scipy.stats")      # ~1 s to import: only when a t-interval is computed

#: Monday 00:00, origin for "minutes since epoch" so that ``(m // 1440) % 7`` is the weekday.
EPOCH = pd.Timestamp("1970-01-05")

_DAY_NAMES = {
    # Indonesian
    "sen": 0, "senin": 0, "sel": 1, "selasa": 1, "rab": 2, "rabu": 2, "kam": 3, "kamis": 3,
    "jum": 4, "jumat": 4, "jum'at": 4, "sab": 5, "sabtu": 5, "min": 6, "minggu": 6, "ahad": 6,
    # English
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "wednesday": 2,
    "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4, "sat": 5,
    "saturday": 5, "sun": 6, "sunday": 6,
}


def weekday_name(day: int, short: bool = True) -> str:
    """Localised weekday name, 0 = Monday (``Sen``/``Mon``)."""
    return t(f"operations.weekday{'_short' if short else ''}.{int(day)}")


def _day_token(token: str, field: str) -> int:
    token = token.strip().lower().rstrip(".")
    if token.isdigit():
        day = int(token)
        if 0 <= day <= 6:
            return day
    elif token in _DAY_NAMES:
        return _DAY_NAMES[token]
    raise InputError(t("operations.error.open_days", field=field, value=token))


def parse_open_days(value: object, field: str = "open_days") -> tuple[int, ...]:
    """Weekdays a machine is open, as sorted numbers 0 = Monday … 6 = Sunday.

    Accepts a count from Monday (``6`` → Mon–Sat), ranges and lists of numbers
    or names in Indonesian or English (``"0-5"``, ``"Sen-Sab"``,
    ``"Senin,Rabu,Jumat"``, ``"Mon-Fri"``), a 7-character ``"1111110"`` mask,
    or an iterable of numbers.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        raise InputError(t("operations.error.open_days", field=field, value=value))
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
        n = int(value)
        if 1 <= n <= 7:
            return tuple(range(n))
        raise InputError(t("operations.error.open_days", field=field, value=value))
    if isinstance(value, float) and value.is_integer():
        return parse_open_days(int(value), field)
    if isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"[01]{7}", text):
            return tuple(i for i, c in enumerate(text) if c == "1")
        if text.isdigit() and len(text) == 1:
            return parse_open_days(int(text), field)
        days: set[int] = set()
        for part in re.split(r"[,;/ ]+", text):
            if not part:
                continue
            if "-" in part or "–" in part:
                a, b = re.split(r"[-–]", part, maxsplit=1)
                lo, hi = _day_token(a, field), _day_token(b, field)
                if hi < lo:
                    days.update(range(lo, 7))
                    days.update(range(0, hi + 1))
                else:
                    days.update(range(lo, hi + 1))
            else:
                days.add(_day_token(part, field))
        if not days:
            raise InputError(t("operations.error.open_days", field=field, value=value))
        return tuple(sorted(days))
    try:
        items = list(value)  # type: ignore[arg-type]
    except TypeError:
        raise InputError(t("operations.error.open_days", field=field, value=value)) from None
    days = {_day_token(str(int(v)) if isinstance(v, (int, np.integer, float)) else str(v), field)
            for v in items}
    if not days:
        raise InputError(t("operations.error.open_days", field=field, value=value))
    return tuple(sorted(days))


def parse_hour(value: object, field: str) -> float:
    """Hour of day as a float: ``8``, ``"08:00"``, ``"16.30"`` → 8.0, 8.0, 16.5."""
    if isinstance(value, (_dt.time,)):
        return value.hour + value.minute / 60
    if isinstance(value, str) and re.fullmatch(r"\s*\d{1,2}[:.]\d{2}\s*", value):
        h, m = re.split(r"[:.]", value.strip())
        hour = int(h) + int(m) / 60
    else:
        from ikm_kit.validation import number

        hour = number(value, field)
    if not 0 <= hour <= 24:
        raise InputError(t("operations.error.hour_range", field=field, value=value))
    return float(hour)


def opening(row: pd.Series | dict, where: str = "") -> tuple[float, float, tuple[int, ...]]:
    """(open_hour, close_hour, open_days) of one machine row, validated."""
    name = str(row.get("machine_id", where))
    o = parse_hour(row.get("open_hour", 8), f"open_hour ({name})")
    c = parse_hour(row.get("close_hour", 16), f"close_hour ({name})")
    if c <= o:
        raise InputError(t("operations.error.close_before_open", machine=name, open=o, close=c))
    days = parse_open_days(row.get("open_days", 6), f"open_days ({name})")
    return o, c, days


def _first_bad_time(values: object) -> str:
    """The first value that is not a readable date/time (shown to the user instead of pandas' English)."""
    try:
        items = list(pd.Series(values))
    except (TypeError, ValueError):
        return str(values)[:60]
    for v in items:
        try:
            if pd.isna(v):
                continue
        except (TypeError, ValueError):
            return str(v)[:60]
        try:
            pd.Timestamp(v)
        except (ValueError, TypeError, OverflowError):
            return repr(v)[:60]
    return "-"


def to_timestamps(values: object, field: str) -> pd.Series:
    """Parse a column of dates/times; unparseable values raise an Indonesian error."""
    try:
        out = pd.to_datetime(pd.Series(values), errors="raise")
    except (ValueError, TypeError, OverflowError):
        raise DataError(t("operations.error.bad_datetime", field=field, detail=_first_bad_time(values))) from None
    if getattr(out.dt, "tz", None) is not None:
        out = out.dt.tz_localize(None)
    return out


def to_month(values: object, field: str = "month") -> pd.Series:
    """Month column (``"2023-01"``, dates, periods) → ``Period[M]`` series."""
    s = pd.Series(values)
    if isinstance(s.dtype, pd.PeriodDtype):
        return s.dt.asfreq("M")
    return to_timestamps(s, field).dt.to_period("M")


def as_period(value: object, field: str = "month") -> pd.Period:
    """A month as ``Period[M]`` from a Period, date or text (``"2023-06"``)."""
    if isinstance(value, pd.Period):
        return value.asfreq("M")
    return pd.Period(as_date(value, field), freq="M")


def as_date(value: object, field: str) -> pd.Timestamp:
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError, OverflowError):
        raise InputError(t("operations.error.bad_datetime", field=field, detail=str(value))) from None
    # pandas reads e.g. "1.234,5" as 5 January of year 1: outside 1900–2200 a date is a typo
    if ts is pd.NaT or not 1900 <= ts.year <= 2200:
        raise InputError(t("operations.error.bad_datetime", field=field, detail=str(value)))
    if ts.tzinfo is not None:
        ts = ts.tz_localize(None)
    return ts


def holiday_set(holidays: Iterable[object] | None) -> set[pd.Timestamp]:
    if holidays is None:
        return set()
    if isinstance(holidays, (str, _dt.date, pd.Timestamp, np.datetime64)):
        holidays = [holidays]
    if isinstance(holidays, (bytes, dict, pd.DataFrame)) or not isinstance(holidays, Iterable):
        from ikm_kit.validation import type_name

        raise InputError(t("operations.error.holidays", value=type_name(holidays)))
    return {as_date(h, "holidays").normalize() for h in holidays}


def minutes_since_epoch(ts: pd.Series | pd.DatetimeIndex) -> np.ndarray:
    return ((pd.Series(ts) - EPOCH) / pd.Timedelta(minutes=1)).to_numpy(dtype=float)


def daily_open_minutes(start: pd.Timestamp, end: pd.Timestamp, open_hour: float, close_hour: float,
                       open_days: Sequence[int], holidays: set[pd.Timestamp]) -> pd.DataFrame:
    """One row per calendar day in ``[start, end)``: date, weekday, open minutes."""
    days = pd.date_range(start.normalize(), end, freq="D", inclusive="left")
    if len(days) == 0:
        return pd.DataFrame({"date": days, "weekday": [], "open_min": []})
    weekday = days.day_of_week.to_numpy()
    is_open = np.isin(weekday, list(open_days))
    if holidays:
        is_open &= ~days.isin(list(holidays))
    # clip to [start, end) on the first / last day
    day_start = (days - start.normalize()) / pd.Timedelta(minutes=1)
    s_min = (start - start.normalize()) / pd.Timedelta(minutes=1)
    e_min = (end - start.normalize()) / pd.Timedelta(minutes=1)
    o = day_start.to_numpy() + open_hour * 60
    c = day_start.to_numpy() + close_hour * 60
    minutes = np.clip(np.minimum(c, e_min) - np.maximum(o, s_min), 0, None) * is_open
    return pd.DataFrame({"date": days, "weekday": weekday, "open_min": minutes})


def open_intervals_minutes(start: pd.Timestamp, end: pd.Timestamp, open_hour: float, close_hour: float,
                           open_days: Sequence[int], holidays: set[pd.Timestamp]) -> tuple[np.ndarray, np.ndarray]:
    """Open intervals in minutes since ``start`` (arrays of starts and ends)."""
    days = pd.date_range(start.normalize(), end, freq="D", inclusive="left")
    keep = np.isin(days.day_of_week, list(open_days))
    if holidays:
        keep &= ~days.isin(list(holidays))
    base = ((days[keep] - start) / pd.Timedelta(minutes=1)).to_numpy(dtype=float)
    horizon = (end - start) / pd.Timedelta(minutes=1)
    s = np.clip(base + open_hour * 60, 0, horizon)
    e = np.clip(base + close_hour * 60, 0, horizon)
    ok = e > s
    return s[ok], e[ok]


def t_interval(values: Sequence[float], confidence: float = 0.95) -> tuple[float, float, float, float]:
    """(mean, half-width, low, high) of a Student-t interval; NaN width for n < 2."""
    arr = np.asarray([v for v in values if v is not None and np.isfinite(v)], dtype=float)
    n = arr.size
    if n == 0:
        return (math.nan, math.nan, math.nan, math.nan)
    mean = float(arr.mean())
    if n < 2:
        return (mean, math.nan, math.nan, math.nan)
    sd = float(arr.std(ddof=1))
    half = float(stats.t.ppf(0.5 + confidence / 2, n - 1) * sd / math.sqrt(n))
    return (mean, half, mean - half, mean + half)


def known_ids(values: Iterable[object], known: Iterable[object], field: str) -> None:
    """Raise an Indonesian error naming the first unknown id."""
    known_set = {str(k) for k in known}
    for v in values:
        if str(v) not in known_set:
            valid = ", ".join(sorted(known_set)[:12]) + (" …" if len(known_set) > 12 else "")
            raise DataError(t("operations.error.unknown_id", field=field, value=v, valid=valid))
