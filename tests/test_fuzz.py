"""Issue 8 — "Bad input, everywhere": property-based fuzzing of the public computation API.

Every public function of the computation layer is listed in :data:`CASES` with a
strategy builder for its arguments.  Each example is one call; the contract is

* the only exceptions that escape are :class:`ikm_kit.errors.IkmError` subclasses,
  with a non-empty message in Indonesian (no English Python error text such as
  "could not convert", no raw i18n key, no unfilled ``{placeholder}``);
* no hang: every call runs under a ``signal`` timer (:data:`CALL_TIMEOUT_S`);
* no silent wrong number: when a call returns for inputs of realistic magnitude
  (|x| ≤ :data:`REALISTIC`), the numbers it promises are not NaN (per-function
  checks below; where ``inf`` is the documented answer it is allowed), and the
  result's ``repr``/``_repr_html_`` work (they are user-visible too).

Decisions per function, documented here once:

* ``capability``: constant data gives σ = 0; the indices are then ``+inf`` (or
  ``-inf``/``0`` when the mean sits outside/on a limit) — never NaN; Cpk is
  never NaN because at least one limit is required.
* control charts: σ̂ = 0 (constant data) is allowed: the limits collapse onto
  the centre line (finite, not NaN).
* ``erlang_c``: ρ ≥ 1 returns ``stable=False`` and ``inf`` waits (documented).
* ratios over nothing stay NaN where the table also says "nothing": ``collection_rate``
  (nothing billed), ``usable_occupancy_rate`` (every unit in maintenance),
  ``no_show_rate`` (nothing booked), simulation metrics with
  ``n = 0`` jobs, ``markup_pct``/``margin_pct`` of a zero cost in ``markup_vs_margin``;
  every other number checked must not be NaN.
* ``jain_index`` of no values and ``fairness`` when nobody requested hours raise
  (they used to return NaN silently).
* inputs near the float limit (|x| ~ 1e308) may overflow to inf/NaN inside
  arithmetic; for those only the exception contract is checked, not the
  numbers (money in Rupiah and times in minutes never get there).

Each argument is drawn in one of three modes: all valid ("valid"), exactly one
argument replaced by a bad value ("one_bad"), or every argument bad with
probability ½ ("many_bad").  Bad values: wrong types (str, None, dict, list of
str, bool, bytes, objects), NaN/±inf, zero/negative/huge numbers, empty and
huge (10^5) arrays, mismatched lengths, and DataFrames with dropped/renamed
columns, wrong dtypes, text in number columns, NaN, duplicates or no rows.

The number of examples tried per function is written to
``benchmarks/fuzz_cases.json`` (and the total printed) at the end of the module.
"""
from __future__ import annotations

import collections
import contextlib
import dataclasses
import datetime as _dt
import inspect
import json
import math
import os
import re
import signal
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import ikm_kit.costing as costing
import ikm_kit.data as data
import ikm_kit.formats as formats
import ikm_kit.operations as operations
import ikm_kit.leaders.overview as overview
import ikm_kit.quality as quality
import ikm_kit.quality.production_line as simulate_mod
import ikm_kit.validation as validation
from ikm_kit import i18n
from ikm_kit.costing import examples
from ikm_kit.errors import IkmError

ROOT = Path(__file__).resolve().parent.parent
CALL_TIMEOUT_S = 10.0
REALISTIC = 1e12
COUNTS: collections.Counter[str] = collections.Counter()

# English Python error text that must never reach a participant.
ENGLISH = ("could not convert", "object of type", "unsupported operand", "index out of", "keyerror",
           "traceback", "has no attribute", "not supported between", "invalid literal", "positional argument",
           "nonetype", "must be real number", "cannot convert", "is not iterable", "division by zero",
           "out of bounds", "unhashable", "got an unexpected", "invalid isoformat", "cannot be interpreted",
           "truth value of", "is not subscriptable", "argument must be", "expected str", "object is not",
           "unknown string format", "could not be converted", "no such file", "errno", "permission denied")
RAW_KEY = re.compile(r"[a-z_]+(\.[a-z0-9_]+)+")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


class FuzzTimeout(BaseException):
    """Raised by the timer; a BaseException so library ``except Exception`` cannot swallow it."""


@contextlib.contextmanager
def time_limit(seconds: float):
    def handler(signum, frame):  # pragma: no cover - only on a hang
        raise FuzzTimeout(f"call took longer than {seconds} s")

    old = signal.signal(signal.SIGALRM, handler)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


# --------------------------------------------------------------------------- values
TEXT = st.text(alphabet="abcxyzABC0123456789 ,.-_%Rp", max_size=8)
JUNK = st.one_of(
    st.none(), st.booleans(), TEXT, st.sampled_from(["", "abc", "1.234,5", "NaN", "-", "Rp 12.000", "1e999"]),
    st.dictionaries(TEXT, st.integers(-5, 5), max_size=3),
    st.lists(TEXT, max_size=4), st.builds(object), st.just(b"12"), st.just(1 + 2j),
    st.just(frozenset({1, 2})), st.builds(pd.DataFrame), st.just([[1, "a"], [2]]),
    st.just(np.array(["a", "b"])), st.just(pd.NaT), st.just(pd.NA),
)
SPECIAL = st.sampled_from([math.nan, math.inf, -math.inf, 0, 0.0, -0.0, -1, -1.5, -1e-9, 1e-300,
                           1e308, -1e308, 10 ** 30, 2 ** 63, 10 ** 12, np.float64("nan"), np.int64(-3)])
BAD = st.one_of(SPECIAL, JUNK)


def num(lo: float = 0.0, hi: float = 1e6, *, integer: bool = False) -> st.SearchStrategy:
    """A realistic number in [lo, hi] as int, float or numpy scalar (and sometimes a numeric string)."""
    floats = st.floats(lo, hi, allow_nan=False, allow_infinity=False)
    if math.ceil(lo) > math.floor(hi):
        return st.one_of(floats, floats.map(np.float64))
    ints = st.integers(int(math.ceil(lo)), int(math.floor(hi)))
    if integer:
        return st.one_of(ints, ints.map(np.int64), ints.map(float))
    return st.one_of(floats, ints, floats.map(np.float64), ints.map(str))


def maybe(s: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(st.none(), s)


_ARRAY_SIZES = [0, 1, 2, 3, 4, 5, 8, 25, 200, 100_000]
_ARRAY_KINDS = ["normal", "normal", "constant", "some_nan", "some_inf", "negative", "all_nan", "ints",
                "huge", "tiny", "zeros"]


def _make_array(n: int, kind: str, seed: int, container: str, level: float = 10.0):
    rng = np.random.default_rng(seed)
    if kind == "normal":
        a = level + rng.standard_normal(n)
    elif kind == "constant":
        a = np.full(n, level)
    elif kind == "some_nan":
        a = level + rng.standard_normal(n)
        a[rng.random(n) < 0.3] = np.nan
    elif kind == "some_inf":
        a = level + rng.standard_normal(n)
        if n:
            a[rng.integers(n)] = np.inf
    elif kind == "negative":
        a = -np.abs(rng.standard_normal(n)) * level - 1
    elif kind == "all_nan":
        a = np.full(n, np.nan)
    elif kind == "ints":
        a = rng.integers(0, 20, n).astype(float)
    elif kind == "huge":
        a = rng.standard_normal(n) * 1e300
    elif kind == "tiny":
        a = rng.standard_normal(n) * 1e-300
    else:
        a = np.zeros(n)
    if container == "list":
        return a.tolist()
    if container == "tuple":
        return tuple(a.tolist())
    if container == "series":
        return pd.Series(a)
    if container == "ints_list":
        return [int(v) if math.isfinite(v) else v for v in a]
    return a


def arrays(*, sizes=_ARRAY_SIZES, kinds=_ARRAY_KINDS, level=st.sampled_from([10.0, 0.5, 720.0, 3.0])):
    return st.builds(_make_array, st.sampled_from(sizes), st.sampled_from(kinds), st.integers(0, 2 ** 16),
                     st.sampled_from(["list", "array", "series", "tuple", "ints_list"]), level)


def good_arrays(min_size: int = 2, level=st.sampled_from([10.0, 0.5, 720.0, 3.0])):
    return arrays(sizes=[s for s in _ARRAY_SIZES if s >= min_size and s <= 1000],
                  kinds=["normal", "normal", "constant", "ints", "some_nan"], level=level)


def count_arrays(min_size: int = 2):
    sizes = st.sampled_from([s for s in _ARRAY_SIZES if s >= min_size])
    return st.builds(lambda n, seed, hi: np.random.default_rng(seed).integers(0, hi + 1, n).tolist(),
                     sizes, st.integers(0, 2 ** 16), st.sampled_from([0, 1, 5, 30]))


BAD_ARRAYS = st.one_of(arrays(), JUNK, st.lists(st.one_of(TEXT, st.none(), st.floats()), max_size=5),
                       st.just([[1.0, 2.0], [3.0]]), st.just(np.ones((2, 2, 2))), st.just(np.array([], dtype=object)))


def _matrix(rows: int, cols: int, kind: str, seed: int, container: str):
    rng = np.random.default_rng(seed)
    m = 10 + rng.standard_normal((rows, cols))
    if kind == "constant":
        m[:] = 10.0
    elif kind == "some_nan":
        m[rng.random((rows, cols)) < 0.3] = np.nan
    elif kind == "all_nan_row" and rows:
        m[0] = np.nan
    elif kind == "inf" and m.size:
        m.flat[0] = np.inf
    elif kind == "ragged":
        return [list(r[: max(1, cols - (i % 2))]) for i, r in enumerate(m)]
    if container == "list":
        return m.tolist()
    if container == "frame":
        return pd.DataFrame(m)
    return m


def matrices(rows=st.sampled_from([0, 1, 2, 3, 5, 25, 2000]), cols=st.sampled_from([1, 2, 3, 5, 10])):
    return st.builds(_matrix, rows, cols, st.sampled_from(["normal", "normal", "constant", "some_nan",
                                                            "all_nan_row", "inf", "ragged"]),
                     st.integers(0, 2 ** 16), st.sampled_from(["list", "array", "frame"]))


# --------------------------------------------------------------------------- data frames
_DATASETS: dict[str, pd.DataFrame] = {}


def dataset(name: str) -> pd.DataFrame:
    if name not in _DATASETS:
        _DATASETS[name] = data.load(name)
    return _DATASETS[name]


def _subset(name: str, rows: int, seed: int, how: str) -> pd.DataFrame:
    df = dataset(name)
    rows = min(rows, len(df))
    if how == "head":
        return df.head(rows).copy()
    if how == "all":
        return df.copy()
    return df.sample(n=rows, random_state=seed).sort_index().copy()


_MUTATIONS = ["drop", "rename", "text", "mixed", "none", "nan", "negative", "inf", "zero", "empty", "huge",
              "dup", "bool", "int_columns", "upper_columns", "extra_category", "shuffle", "date_text", "one_row"]


def _mutate(df: pd.DataFrame, op: str, col: int, seed: int) -> pd.DataFrame:
    df = df.copy()
    cols = list(df.columns)
    if not cols:
        return df
    c = cols[col % len(cols)]
    numeric = pd.api.types.is_numeric_dtype(df[c]) and not pd.api.types.is_bool_dtype(df[c])
    if op == "drop":
        return df.drop(columns=[c])
    if op == "rename":
        return df.rename(columns={c: f"{c}_lama"})
    if op == "text":
        df[c] = "abc"
    elif op == "mixed" and len(df):
        s = df[c].astype(object)
        s.iloc[seed % len(df)] = "dua belas"
        df[c] = s
    elif op == "none":
        df[c] = None
    elif op == "nan":
        df[c] = np.nan
    elif op == "negative" and numeric:
        df[c] = -df[c].abs() - 1
    elif op == "inf" and numeric and len(df):
        s = df[c].astype(float)
        s.iloc[seed % len(df)] = np.inf
        df[c] = s
    elif op == "zero":
        df[c] = 0
    elif op == "empty":
        return df.iloc[0:0]
    elif op == "huge" and numeric:
        df[c] = 1e300
    elif op == "dup":
        return pd.concat([df, df], ignore_index=True)
    elif op == "bool":
        df[c] = True
    elif op == "int_columns":
        df.columns = range(len(cols))
    elif op == "upper_columns":
        df.columns = [str(x).upper() for x in cols]
    elif op == "extra_category" and len(df):
        s = df[c].astype(object)
        s.iloc[seed % len(df)] = "zzz"
        df[c] = s
    elif op == "shuffle":
        return df.sample(frac=1.0, random_state=seed)
    elif op == "date_text":
        df[c] = "bukan tanggal"
    elif op == "one_row":
        return df.head(1)
    return df


def frames(name: str, *, rows=st.sampled_from([1, 2, 5, 20, 60, 400]), how=("head", "sample")) -> st.SearchStrategy:
    return st.builds(_subset, st.just(name), rows, st.integers(0, 2 ** 16), st.sampled_from(how))


def bad_frames(name: str, **kw) -> st.SearchStrategy:
    return st.one_of(
        st.builds(_mutate, frames(name, **kw), st.sampled_from(_MUTATIONS), st.integers(0, 40), st.integers(0, 99)),
        st.builds(lambda df, a, b, s: _mutate(_mutate(df, a, 3, s), b, 7, s), frames(name, **kw),
                  st.sampled_from(_MUTATIONS), st.sampled_from(_MUTATIONS), st.integers(0, 99)),
        JUNK, st.builds(pd.DataFrame), st.just(pd.DataFrame({"x": [1, 2]})),
    )


# --------------------------------------------------------------------------- the table
@dataclasses.dataclass
class Case:
    """One public callable: valid and bad strategies per argument, and a result check."""

    fn: Callable[..., Any]
    valid: dict[str, st.SearchStrategy]
    bad: dict[str, st.SearchStrategy] = dataclasses.field(default_factory=dict)
    check: Callable[[Any, dict], None] | None = None
    examples: int = 40
    pos: tuple[str, ...] = ()  # arguments passed positionally (in this order)


def call_args(case: Case) -> st.SearchStrategy:
    names = list(case.valid)

    @st.composite
    def build(draw):
        if not names:
            return {}
        mode = draw(st.sampled_from(["valid", "valid", "one_bad", "one_bad", "many_bad"]))
        target = draw(st.sampled_from(names))
        out = {}
        for n in names:
            bad = case.bad.get(n, BAD)
            use_bad = (mode == "one_bad" and n == target) or (mode == "many_bad" and draw(st.booleans()))
            out[n] = draw(bad if use_bad else case.valid[n])
        return out

    return build()


def _numbers_in(obj, depth: int = 0):
    if depth > 3:
        return
    if isinstance(obj, (bool, np.bool_)):
        return
    if isinstance(obj, (int, float, np.integer, np.floating)):
        yield float(obj)
    elif isinstance(obj, str):
        try:
            yield formats.parse_number(obj)
        except (ValueError, OverflowError):
            return
    elif isinstance(obj, np.ndarray) and obj.dtype.kind in "fiu":
        if obj.size:
            yield float(np.nanmax(np.abs(obj))) if np.isfinite(obj).any() or np.isnan(obj).all() else math.inf
    elif isinstance(obj, pd.DataFrame):
        num_ = obj.select_dtypes("number")
        if num_.size:
            vals = num_.to_numpy(dtype=float)
            yield float(np.nanmax(np.abs(vals))) if not np.isnan(vals).all() else 0.0
    elif isinstance(obj, pd.Series):
        yield from _numbers_in(obj.to_numpy(), depth + 1)
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _numbers_in(v, depth + 1)
    elif isinstance(obj, (list, tuple)):
        for v in obj[:2000]:
            yield from _numbers_in(v, depth + 1)
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            yield from _numbers_in(getattr(obj, f.name), depth + 1)


def realistic(kwargs: dict) -> bool:
    """True when every number in the arguments is finite-or-NaN and |x| ≤ REALISTIC."""
    for v in _numbers_in(list(kwargs.values())):
        if math.isinf(v) or abs(v) > REALISTIC:
            return False
    return True


def _assert_message(name: str, exc: IkmError) -> None:
    msg = str(exc)
    assert msg.strip(), f"{name}: empty error message ({type(exc).__name__})"
    low = msg.lower()
    hits = [w for w in ENGLISH if w in low]
    assert not hits, f"{name}: English Python error text {hits} in message: {msg!r}"
    assert not RAW_KEY.fullmatch(msg.strip()), f"{name}: raw i18n key as message: {msg!r}"
    assert not PLACEHOLDER.search(msg), f"{name}: unfilled placeholder in message: {msg!r}"


def _show(result) -> None:
    """repr and HTML of a result are user-visible: they must work too."""
    repr(result)
    html = getattr(result, "_repr_html_", None)
    if callable(html) and not isinstance(result, (pd.DataFrame, pd.Series)):
        html()
    interp = getattr(type(result), "interpretation", None)
    if isinstance(interp, property):
        result.interpretation
    elif callable(interp):
        result.interpretation()


def run_case(name: str, case: Case, kwargs: dict) -> None:
    COUNTS[name] += 1
    args = [kwargs[k] for k in case.pos]
    kw = {k: v for k, v in kwargs.items() if k not in case.pos}
    try:
        with time_limit(CALL_TIMEOUT_S):
            result = case.fn(*args, **kw)
            _show(result)
            if case.check is not None and realistic(kwargs):
                case.check(result, kwargs)
    except IkmError as exc:
        _assert_message(name, exc)
    except FuzzTimeout:
        pytest.fail(f"{name}: no answer within {CALL_TIMEOUT_S} s for {_short(kwargs)}")
    except AssertionError:
        raise
    except Exception as exc:  # noqa: BLE001 - this is what the test is about
        pytest.fail(f"{name}: {type(exc).__name__}: {exc} — for {_short(kwargs)}")


def _short(kwargs: dict) -> str:
    parts = []
    for k, v in kwargs.items():
        if isinstance(v, pd.DataFrame):
            text = f"DataFrame{v.shape} cols={list(v.columns)[:8]} dtypes={list(v.dtypes.astype(str))[:8]}"
        elif isinstance(v, (np.ndarray, pd.Series)):
            text = f"{type(v).__name__}(size={v.size}, head={np.asarray(v).ravel()[:4].tolist()})"
        elif isinstance(v, (list, tuple)) and len(v) > 6:
            text = f"{type(v).__name__}(len={len(v)}, head={list(v[:4])})"
        else:
            text = repr(v)[:200]
        parts.append(f"{k}={text}")
    return ", ".join(parts)


# ---------------------------------------------------------------- result checks
def not_nan(*values, what: str = "") -> None:
    for v in values:
        arr = np.asarray(v, dtype=float)
        assert not np.isnan(arr).any(), f"silent NaN {what}: {values}"


def finite(*values, what: str = "") -> None:
    for v in values:
        arr = np.asarray(v, dtype=float)
        assert np.isfinite(arr).all(), f"non-finite {what}: {values}"


def check_capability(r, kw):
    not_nan(r.cpk, r.ppk, r.ppm_within, r.ppm_overall, r.ppm_observed, r.mean, r.sigma_within,
            r.sigma_overall, what="capability")
    if r.lsl is not None and r.usl is not None:
        not_nan(r.cp, r.pp, r.cpm, what="capability (two-sided)")
    assert r.interpretation


def check_chart(r, kw):
    for c in getattr(r, "charts", (r,)):
        finite(c.center, c.lcl, c.ucl, c.sigma, what=f"{c.chart} limits")
        assert np.all(np.asarray(c.lcl) <= np.asarray(c.ucl) + 1e-9)


def check_prob(r, kw):
    a = np.asarray(r, dtype=float)
    finite(a, what="probability")
    assert np.all((a >= -1e-12) & (a <= 1 + 1e-12)), a


def check_finite_scalar(r, kw):
    not_nan(r, what="result")  # ±inf from a ratio with a denormal denominator is allowed, NaN is not


def check_frame_numbers(columns):
    def check(r, kw):
        df = r if isinstance(r, pd.DataFrame) else getattr(r, "table", r)
        for c in columns:
            if c in df.columns:
                not_nan(df[c].to_numpy(dtype=float), what=f"column {c}")
    return check


def check_hpp(r, kw):
    # a volume of ~1e-300 units/month gives +inf fixed cost per unit: allowed; NaN is not
    not_nan(r.hpp_full, r.hpp_variable, r.bbb, r.btkl, r.bop_variable, r.bop_fixed, r.fixed_cost, what="HPP")
    scale = max(1.0, abs(r.fixed_cost), abs(r.fixed_per_unit * r.units_produced),
                abs(r.price * r.units_per_month), abs(r.hpp_full * r.units_per_month))
    if math.isfinite(scale):   # full − variable profit = fixed cost carried into stock (up to rounding)
        assert abs(r.profit_full_per_month - r.profit_variable_per_month - r.fixed_in_stock) <= 1e-9 * scale, \
            "reconciliation"


def check_break_even(r, kw):
    finite(r.units, r.revenue, r.contribution_margin, r.cm_ratio, what="BEP")


def check_oee(r, kw):
    finite(r.availability, r.performance, r.oee, what="OEE")
    # quality is undefined (NaN, stated) when nothing was made; otherwise a finite share
    if np.isnan(r.quality):
        assert r.oee == 0, (r.quality, r.oee)
    else:
        finite(r.quality, what="OEE quality")


def check_erlang(r, kw):
    not_nan(r.rho, r.p_wait, r.lq, r.wq_hours, r.w_hours, r.p0, what="Erlang C")
    if r.stable:
        finite(r.lq, r.wq_hours, r.p0)


def check_month_summary(r, kw):
    not_nan(r.occupancy_rate, r.rent_billed_rp, r.rent_paid_rp, what="month summary")


def check_trend(r, kw):
    not_nan(r["occupancy_rate"].to_numpy(dtype=float), r["rent_billed_rp"].to_numpy(dtype=float),
            what="occupancy trend")


def check_text(r, kw):
    assert isinstance(r, str) and r


# ---------------------------------------------------------------- builders
RULES = st.sampled_from(["western_electric", "nelson", "Nelson", "we", None])
BAD_RULES = st.one_of(st.sampled_from(["acak", "", 3, ["nelson"]]), JUNK)
CHART_LIMITS = st.one_of(st.none(), st.fixed_dictionaries({"mean": num(0, 800), "sigma": num(0.001, 10)}))
ATTR_LIMITS = {
    "p": st.one_of(st.none(), st.fixed_dictionaries({"p": num(0, 1)})),
    "c": st.one_of(st.none(), st.fixed_dictionaries({"c": num(0, 50)})),
    "u": st.one_of(st.none(), st.fixed_dictionaries({"u": num(0, 5)})),
}
BAD_LIMITS = st.one_of(JUNK, st.just({"mean": "x", "sigma": 0}), st.just({"p": 2}), st.just({"sigma": -1}),
                       st.just({"c": math.nan}), st.just({}), st.builds(lambda: quality.c_chart([1, 2, 3])))
EXCLUDE = st.one_of(st.none(), st.lists(st.integers(0, 3), max_size=3), st.just([True, False]))
BAD_EXCLUDE = st.one_of(JUNK, st.just([-1]), st.just([10 ** 9]), st.just([0.5]), st.just(["a"]),
                        st.just(np.array([True])))
LIMIT = maybe(st.sampled_from([9.0, 10.0, 11.0, 0.0, 718.0, 722.0]) | num(-100, 1000))
MEAS = "measurements"


def model_strategy() -> st.SearchStrategy:
    simple = st.builds(
        lambda q, p, bs, upm, price, fixed, per, alloc, mh: costing.CostModel(
            "Produk", batch_size=bs, units_per_month=upm, price=price,
            materials=[costing.Material("Kayu", q, p, kind="kayu")],
            labour=[costing.LabourInput("Tukang", days_per_batch=1)],
            overheads=[costing.Overhead("Sewa", fixed, per)],
            assets=[costing.Asset("Alat", 1_000_000, life_years=5)],
            machines=[costing.MachineUse("Gergaji", 1, fee_per_hour=10_000, power_kw=2)],
            allocation=alloc, machine_hours_per_month=mh),
        num(0, 100), num(0, 2e6), num(0.01, 100), num(0, 1000), num(0, 5e6), num(0, 5e7),
        st.sampled_from(["bulan", "tahun", "batch", "unit"]), st.sampled_from(["unit", "jam_mesin"]),
        num(0, 500))
    return st.one_of(simple, st.builds(examples.lemari_2_badan), st.builds(examples.abon_ikan),
                     st.builds(examples.idx_example),
                     st.builds(lambda: costing.CostModel("Kosong")),
                     # issue 16: the owner's wage and production ≠ sales
                     st.builds(lambda w, up: examples.lemari_2_badan().replace(
                         owner_wage_rp_per_month=w, units_produced_per_month=up), num(0, 1e7), maybe(num(0, 100))))


def requests_frames():
    def make(n, seed):
        b = _subset("machine_bookings", n, seed, "sample")
        return b.rename(columns={"booking_id": "request_id"})[["request_id", "machine_id", "tenant",
                                                               "requested_at", "start", "end"]]
    return st.builds(make, st.sampled_from([1, 3, 10, 40]), st.integers(0, 999))


def small_scenario():
    return st.builds(
        lambda servers, rate, mean, kind: operations.Scenario(
            "S", [operations.Station("M1", servers=servers, arrival_rate=rate,
                                     service=operations.Distribution(kind, mean=mean, low=1, high=2 * mean))]),
        st.integers(1, 3), num(0, 3), num(1, 120), st.sampled_from(["exponential", "fixed", "lognormal", "gamma",
                                                                     "normal", "uniform", "triangular"]))


SCENARIO = st.one_of(small_scenario(), st.builds(operations.furniture_scenario))
BAD_SCENARIO = st.one_of(JUNK, st.builds(lambda: operations.furniture_scenario().stations))
DATE = st.one_of(st.sampled_from(["2023-01-02", "2023-01", "2022-06-15", "2023-03-31"]),
                 st.dates(_dt.date(2021, 6, 1), _dt.date(2024, 1, 1)),
                 st.datetimes(_dt.datetime(2021, 6, 1), _dt.datetime(2024, 1, 1)).map(pd.Timestamp))
BAD_DATE = st.one_of(JUNK, st.sampled_from(["2023-13-45", "kemarin", "31/12/2022", "1900-01-01", "2999-01-01",
                                            "9999-12-31"]), st.integers(-10 ** 12, 10 ** 12))
HOLIDAYS = maybe(st.lists(DATE, max_size=3))
BAD_HOLIDAYS = st.one_of(JUNK, st.just(["bukan tanggal"]), st.just([None]), st.just("2023-01-02"))
MACHINES = st.one_of(frames("machines", rows=st.sampled_from([3, 10]), how=("all", "sample")))
LINE = st.builds(simulate_mod.ProductionLine, st.sampled_from(list(simulate_mod.PRESETS)), st.integers(0, 99))
XLSX_DIR = Path(tempfile.mkdtemp(prefix="ikm-fuzz-"))


def _workbook_file(model, mutation: str, seed: int) -> str:
    """A real costing workbook with one cell broken (or a non-workbook)."""
    path = XLSX_DIR / f"wb_{seed}_{mutation}.xlsx"
    if mutation == "text_file":
        path.write_text("bukan excel", encoding="utf-8")
        return str(path)
    if mutation == "missing":
        return str(XLSX_DIR / "tidak_ada.xlsx")
    if mutation == "other_workbook":
        from openpyxl import Workbook

        wb = Workbook()
        wb.active["A1"] = "halo"
        wb.save(path)
        return str(path)
    wb = costing.build_workbook(model)
    ws = wb[wb.sheetnames[0]]
    rng = np.random.default_rng(seed)
    cells = [c for row in ws.iter_rows(min_row=1, max_row=ws.max_row, min_col=3, max_col=8) for c in row
             if isinstance(c.value, (int, float)) and not isinstance(c.value, bool)]
    value = {"text": "dua ribu", "negative": -5, "blank": None, "nan_text": "NaN", "huge": 1e308,
             "bool": True, "formula": "=1/0", "date": _dt.datetime(2023, 1, 1), "zero": 0,
             "valid": None}[mutation]
    if cells and mutation != "valid":
        for c in rng.choice(np.array(cells, dtype=object), size=min(3, len(cells)), replace=False):
            c.value = value
    wb.save(path)
    return str(path)


WORKBOOK = st.builds(_workbook_file, model_strategy(),
                     st.sampled_from(["valid", "text", "negative", "blank", "nan_text", "huge", "bool", "formula",
                                      "date", "zero", "text_file", "missing", "other_workbook"]),
                     st.integers(0, 10 ** 6))
OUT_DIR = st.builds(lambda s: str(XLSX_DIR / f"out_{s}"), st.integers(0, 5))
BAD_PATH = st.one_of(st.none(), st.integers(), st.builds(object), st.just(""), st.just(str(XLSX_DIR / "a\0b")),
                     st.just(["x"]), st.just({"a": 1}), st.just("/proc/ikm_tidak_boleh/x"))


CASES: dict[str, Case] = {}


def case(name: str, fn, valid: dict, bad: dict | None = None, check=None, examples: int = 40, pos=()) -> None:
    assert name not in CASES, name
    CASES[name] = Case(fn, valid, bad or {}, check, examples, tuple(pos))


# ---- quality
case("quality.capability", quality.capability,
     {"values": good_arrays(2, level=st.sampled_from([10.0, 9.0, 11.0, 720.0])), "lsl": LIMIT, "usl": LIMIT,
      "target": maybe(num(0, 800)), "subgroup_size": st.sampled_from([1, 2, 5])},
     {"values": st.one_of(BAD_ARRAYS, matrices())}, check_capability)
case("quality.sigma_within", quality.sigma_within,
     {"values": st.one_of(good_arrays(2), matrices()), "subgroup_size": st.sampled_from([1, 2, 3, 5])},
     {"values": BAD_ARRAYS}, lambda r, kw: finite(r))
for _chart in ("xbar_r", "xbar_s"):
    case(f"quality.{_chart}", getattr(quality, _chart),
         {"samples": matrices(), "limits": CHART_LIMITS, "rules": RULES, "exclude": EXCLUDE},
         {"samples": st.one_of(BAD_ARRAYS, bad_frames(MEAS)), "limits": BAD_LIMITS, "rules": BAD_RULES,
          "exclude": BAD_EXCLUDE}, check_chart)
    case(f"quality.{_chart}[long]", getattr(quality, _chart),
         {"samples": frames(MEAS), "value": st.just("value"), "subgroup": st.sampled_from(["subgroup", "operator"])},
         {"samples": bad_frames(MEAS), "value": st.one_of(JUNK, st.just("unit")), "subgroup": JUNK}, check_chart,
         examples=30)
case("quality.imr", quality.imr,
     {"values": good_arrays(2), "limits": CHART_LIMITS, "rules": RULES, "exclude": EXCLUDE,
      "labels": st.none()},
     {"values": st.one_of(BAD_ARRAYS, bad_frames(MEAS)), "limits": BAD_LIMITS, "rules": BAD_RULES,
      "exclude": BAD_EXCLUDE, "labels": st.one_of(JUNK, st.just([1, 2]))}, check_chart)
case("quality.p_chart", quality.p_chart,
     {"defectives": count_arrays(), "sizes": st.sampled_from([30, 50, 1000]), "limits": ATTR_LIMITS["p"],
      "rules": RULES, "exclude": EXCLUDE},
     {"defectives": BAD_ARRAYS, "sizes": st.one_of(BAD_ARRAYS, st.just([50, 50])), "limits": BAD_LIMITS,
      "rules": BAD_RULES, "exclude": BAD_EXCLUDE}, check_chart)
case("quality.np_chart", quality.np_chart,
     {"defectives": count_arrays(), "size": st.sampled_from([30, 50, 1000]), "limits": ATTR_LIMITS["p"],
      "rules": RULES, "exclude": EXCLUDE},
     {"defectives": BAD_ARRAYS, "size": st.one_of(BAD_ARRAYS, st.just([50, 60])), "limits": BAD_LIMITS,
      "rules": BAD_RULES, "exclude": BAD_EXCLUDE}, check_chart)
case("quality.c_chart", quality.c_chart,
     {"counts": count_arrays(), "limits": ATTR_LIMITS["c"], "rules": RULES, "exclude": EXCLUDE},
     {"counts": BAD_ARRAYS, "limits": BAD_LIMITS, "rules": BAD_RULES, "exclude": BAD_EXCLUDE}, check_chart)
case("quality.u_chart", quality.u_chart,
     {"defects": count_arrays(), "units": st.sampled_from([1, 5, 12.5]), "limits": ATTR_LIMITS["u"],
      "rules": RULES, "exclude": EXCLUDE},
     {"defects": BAD_ARRAYS, "units": st.one_of(BAD_ARRAYS, st.just([0, 1])), "limits": BAD_LIMITS,
      "rules": BAD_RULES, "exclude": BAD_EXCLUDE}, check_chart)
CONST_NAMES = st.sampled_from(["d2", "d3", "c4", "A2", "A3", "D3", "D4", "B3", "B4", "E2"])
case("quality.constant", quality.constant, {"name": CONST_NAMES, "n": st.integers(2, 30)},
     {"n": st.one_of(BAD, st.integers(-5, 1), st.integers(10 ** 6, 10 ** 18))}, check_finite_scalar)
case("quality.constants_table", quality.constants_table, {}, examples=3)
case("quality.check_ccp", quality.check_ccp,
     {"log": frames("ccp_log"), "limits": st.one_of(st.none(), st.just(quality.EXAMPLE_CRITICAL_LIMITS))},
     {"log": bad_frames("ccp_log"), "limits": st.one_of(JUNK, st.just({"x": (1, 0)}), st.just({"x": "a"}))})
case("quality.check_sheet", quality.check_sheet,
     {"records": st.one_of(frames("defects"), st.lists(st.sampled_from(["retak", "cat belang"]), min_size=1)),
      "by": st.sampled_from(["defect_type", ["defect_type", "shift"], "shift"]),
      "count": st.sampled_from([None, "count"]), "total": st.booleans()},
     {"records": bad_frames("defects"), "by": st.one_of(JUNK, st.just(["a", "b", "c"]), st.just([])),
      "count": st.one_of(JUNK, st.just("defect_type"), st.just("operator"))})
case("quality.blank_check_sheet", quality.blank_check_sheet,
     {"categories": st.lists(TEXT, min_size=1, max_size=5), "periods": maybe(st.lists(TEXT, max_size=5)),
      "title": maybe(TEXT), "fields": maybe(st.lists(TEXT, max_size=3))},
     {"categories": st.one_of(JUNK, st.just([]), st.integers())})
case("quality.fishbone", quality.fishbone,
     {"effect": TEXT.filter(str.strip), "causes": maybe(st.dictionaries(
         st.sampled_from(["Mesin", "manusia", "Method", "bahan"]), st.lists(TEXT.filter(str.strip), max_size=3),
         max_size=3))},
     {"causes": st.one_of(JUNK, st.just({"Uang": ["x"]}), st.just({"Mesin": [""]}), st.just({"Mesin": 5}))})
case("quality.histogram", quality.histogram,
     {"values": good_arrays(2), "lsl": LIMIT, "usl": LIMIT,
      "bins": st.one_of(st.just("auto"), st.integers(1, 200))},
     {"values": BAD_ARRAYS, "bins": st.one_of(BAD, st.sampled_from([10 ** 9, 10 ** 18, "sturges", 2.5]))},
     lambda r, kw: finite(r.mean, r.std, r.fraction_below, r.fraction_above))
case("quality.iso2859_plan", quality.iso2859_plan,
     {"lot_size": st.integers(2, 10 ** 6), "aql": st.sampled_from(["0.65", "1.0", 1.5, 2.5, "4,0", 0.065]),
      "level": st.sampled_from(["I", "II", "III", "S-1", "S-4", "ii"]),
      "inspection": st.sampled_from(["normal", "tightened", "reduced", "normal"])},
     {"lot_size": st.one_of(BAD, st.integers(-10, 1), st.just(10 ** 30))})
case("quality.code_letter", quality.code_letter,
     {"lot_size": st.integers(2, 10 ** 7), "level": st.sampled_from(["I", "II", "III", "S-1", "S-2", "S-3", "S-4"])},
     check=check_text)
case("quality.master_table", quality.master_table, {"inspection": st.sampled_from(["normal", "tightened", "reduced"])},
     examples=10)
case("quality.switching_rules", quality.switching_rules, {}, examples=2)
case("quality.level_from_counts", quality.level_from_counts,
     {"counts": st.dictionaries(st.sampled_from(["minor", "mayor", "serius", "kritis"]), st.integers(0, 20))},
     {"counts": st.one_of(JUNK, st.just({"minor": -1}), st.just({"minor": 1.5}), st.just({"lain": 1}))},
     check_text)


def _checklist(n, seed, met):
    df = _subset("cppob_checklist", n, seed, "sample")
    rng = np.random.default_rng(seed)
    df["met"] = rng.random(len(df)) < met
    return df


case("quality.score_checklist", quality.score_checklist,
     {"checklist": st.one_of(st.builds(_checklist, st.integers(1, 41), st.integers(0, 999),
                                       st.sampled_from([0.0, 0.5, 0.9, 1.0])),
                             st.dictionaries(st.sampled_from(["minor", "mayor", "serius", "kritis"]),
                                             st.integers(0, 20)))},
     {"checklist": st.one_of(bad_frames("cppob_checklist"), st.builds(
         lambda df, op, s: _mutate(df, op, 5, s), st.builds(_checklist, st.integers(1, 41), st.integers(0, 999),
                                                            st.just(0.5)), st.sampled_from(_MUTATIONS),
         st.integers(0, 99)))})
_PLAN = {"n": st.integers(1, 500), "c": st.integers(0, 5)}
_P = st.one_of(num(0, 1), st.lists(st.floats(0, 1), min_size=1, max_size=50), st.just(np.linspace(0, 1, 101)))
BAD_P = st.one_of(BAD, st.just([0.1, 2.0]), st.just([]), st.just([0.1, "a"]))
case("quality.oc_single", quality.oc_single,
     {**_PLAN, "p": _P, "lot_size": maybe(st.integers(500, 10 ** 6)),
      "method": st.sampled_from([None, "binomial", "hypergeometric", "poisson"]),
      "rounding": st.sampled_from(["nearest", "down", "up"])},
     {"p": BAD_P, "method": JUNK, "rounding": JUNK}, check_prob)
case("quality.lot_defectives", quality.lot_defectives,
     {"p": _P, "lot_size": st.integers(1, 10 ** 6), "rounding": st.sampled_from(["nearest", "down", "up"])},
     {"p": BAD_P, "lot_size": JUNK, "rounding": JUNK},
     lambda r, kw: finite(r))
case("quality.aoq", quality.aoq, {**_PLAN, "p": _P, "lot_size": st.integers(500, 10 ** 6)}, {"p": BAD_P}, check_prob)
case("quality.ati", quality.ati, {**_PLAN, "p": _P, "lot_size": st.integers(500, 10 ** 6)}, {"p": BAD_P},
     lambda r, kw: finite(r))
case("quality.aoql", quality.aoql, {**_PLAN, "lot_size": maybe(st.integers(500, 10 ** 6))}, check=check_prob)
case("quality.aoql_point", quality.aoql_point, {**_PLAN, "lot_size": maybe(st.integers(500, 10 ** 6))},
     check=lambda r, kw: check_prob(list(r), kw))
case("quality.p_for_acceptance", quality.p_for_acceptance, {**_PLAN, "pa": num(0.01, 0.99)},
     {"pa": st.one_of(BAD, st.just(1), st.just(0))}, check_prob)
_DOUBLE = {"n1": st.integers(1, 200), "c1": st.integers(0, 3), "r1": st.integers(1, 8), "n2": st.integers(1, 300),
           "c2": st.integers(0, 8), "p": _P}
case("quality.oc_double", quality.oc_double, _DOUBLE, {"p": BAD_P}, check_prob)
case("quality.asn_double", quality.asn_double, _DOUBLE, {"p": BAD_P}, lambda r, kw: finite(r))
case("quality.pareto", quality.pareto,
     {"counts": st.one_of(st.dictionaries(st.sampled_from(["retak", "cat", "ukuran", "lain"]), num(0, 100)),
                          st.lists(st.sampled_from(["retak", "cat"]), min_size=1, max_size=30),
                          st.builds(lambda df: quality.check_sheet(df, count="count"), frames("defects"))),
      "threshold": num(1, 100), "other": maybe(st.just("lain"))},
     {"counts": st.one_of(JUNK, st.just({"a": -1}), st.just({"a": 0}), st.just({"a": "x"}), bad_frames("defects")),
      "threshold": BAD}, check_frame_numbers(["count", "percent", "cumulative_percent"]))
case("quality.pareto[cost]", lambda counts, cost: quality.pareto(counts, cost=cost),
     {"counts": st.just({"retak": 3, "cat": 5}), "cost": st.just({"retak": 1000, "cat": 10})},
     {"cost": st.one_of(JUNK, st.just({"retak": 1}), st.just({"retak": -1, "cat": 1}), st.just([1, 2]))},
     check_frame_numbers(["cost", "percent"]), examples=20)
case("quality.rule_descriptions", quality.rule_descriptions, {"rules": RULES}, {"rules": BAD_RULES}, examples=20)
case("quality.scatter", quality.scatter, {"x": good_arrays(3), "y": good_arrays(3)},
     {"x": BAD_ARRAYS, "y": BAD_ARRAYS},
     lambda r, kw: finite(r.r, r.r_squared, r.slope, r.intercept, what="scatter"))
case("quality.stratify", quality.stratify,
     {"data": frames(MEAS), "value": st.just("value"), "by": st.sampled_from(["operator", ["shift", "operator"]]),
      "lsl": maybe(num(0, 800)), "usl": maybe(num(0, 800))},
     {"data": bad_frames(MEAS), "value": st.one_of(JUNK, st.just("unit")), "by": st.one_of(JUNK, st.just([]))})

# ---- costing
MONEY = num(0, 1e9)
case("costing.Material", costing.Material,
     {"name": TEXT.filter(str.strip), "quantity": num(0, 1e3), "unit_price": MONEY,
      "kind": st.sampled_from(costing.MATERIAL_KINDS), "waste_pct": num(0, 50)},
     check=lambda r, kw: finite(r.cost))
case("costing.WoodPart", costing.WoodPart,
     {"name": TEXT.filter(str.strip), "length_mm": num(0, 3000), "width_mm": num(0, 1000),
      "thickness_mm": num(0, 100), "pieces": num(0, 20), "price_per_m3": MONEY, "waste_pct": num(0, 50)},
     check=lambda r, kw: finite(r.cost, r.volume_m3))
case("costing.LabourInput", costing.LabourInput,
     {"name": TEXT.filter(str.strip), "days_per_batch": num(0, 30), "hours_per_batch": num(0, 100),
      "workers": num(0, 10), "monthly_wage": MONEY, "working_days": num(1, 31), "hours_per_day": num(1, 24)},
     check=lambda r, kw: finite(r.cost))
case("costing.Overhead", costing.Overhead,
     {"name": TEXT.filter(str.strip), "amount": MONEY, "per": st.sampled_from(costing.OVERHEAD_BASES)})
case("costing.Asset", costing.Asset,
     {"name": TEXT.filter(str.strip), "cost": MONEY, "salvage": num(0, 1e5), "life_years": num(0.5, 30)},
     check=lambda r, kw: finite(r.depreciation_per_month))
case("costing.MachineUse", costing.MachineUse,
     {"name": TEXT.filter(str.strip), "hours_per_batch": num(0, 100), "fee_per_hour": MONEY,
      "power_kw": num(0, 50), "tariff": num(0, 3000)}, check=lambda r, kw: finite(r.cost))
case("costing.BatchYield", costing.BatchYield,
     {"input_qty": num(0.1, 1000), "yield_pct": num(1, 100), "shrinkage_pct": num(0, 99),
      "unit_size": num(0.01, 10)}, check=lambda r, kw: finite(r.units))
case("costing.CostModel", costing.CostModel,
     {"name": TEXT.filter(str.strip), "batch_size": num(0.01, 100), "units_per_month": num(0, 1e4),
      "price": MONEY, "materials": st.just([costing.Material("Kayu", 1, 1000)]),
      "allocation": st.sampled_from(["unit", "jam_mesin", "Jam Mesin"]), "batch_yield": maybe(
          st.builds(costing.BatchYield, num(1, 100))), "market_low": num(0, 1e5), "market_high": num(1e5, 1e6)},
     {"materials": st.one_of(JUNK, st.just([1, 2]), st.just(["Kayu"])), "batch_yield": JUNK},
     check=lambda r, kw: check_hpp(costing.hpp(r), kw))
case("costing.hpp", costing.hpp, {"model": model_strategy()}, {"model": st.one_of(JUNK, st.just(
    costing.Material("x", 1, 1)))}, check_hpp)
case("costing.product_cost", costing.product_cost, {"model": model_strategy()}, check=check_hpp, examples=20)
case("costing.break_even", costing.break_even,
     {"fixed_cost": MONEY, "price": num(1, 1e7), "variable_cost": num(0, 1e7), "planned_units": maybe(num(0, 1e5))},
     check=check_break_even)
case("costing.margin_of_safety", costing.margin_of_safety, {"planned_units": num(0, 1e5), "bep_units": num(0, 1e5)},
     check=check_finite_scalar)
case("costing.profit_at", costing.profit_at,
     {"volume": num(0, 1e5), "fixed_cost": MONEY, "price": MONEY, "variable_cost": MONEY}, check=check_finite_scalar)
case("costing.price_from_markup", costing.price_from_markup, {"cost": MONEY, "markup_pct": num(-50, 500)},
     check=check_finite_scalar)
case("costing.price_from_margin", costing.price_from_margin, {"cost": MONEY, "margin_pct": num(-50, 100)},
     check=check_finite_scalar)
case("costing.markup_pct", costing.markup_pct, {"price": MONEY, "cost": MONEY}, check=check_finite_scalar)
case("costing.margin_pct", costing.margin_pct, {"price": MONEY, "cost": MONEY}, check=check_finite_scalar)
case("costing.markup_to_margin", costing.markup_to_margin, {"markup": num(-200, 1000)}, check=check_finite_scalar)
case("costing.margin_to_markup", costing.margin_to_markup, {"margin": num(-200, 100)}, check=check_finite_scalar)
case("costing.markup_vs_margin", costing.markup_vs_margin, {"cost": MONEY, "pct": num(-50, 200)},
     # markup/margin % of a zero cost/price are undefined: NaN there is documented, the prices are not
     check=lambda r, kw: not_nan(r[["pct", "price", "profit"]].to_numpy(dtype=float)))
case("costing.target_profit_price", costing.target_profit_price,
     {"fixed_cost": MONEY, "variable_cost": MONEY, "units": num(0, 1e5), "target_profit": num(-1e6, 1e8)},
     check=check_finite_scalar)
case("costing.compare_with_market", costing.compare_with_market,
     {"value": MONEY, "low": maybe(num(0, 1e6)), "high": maybe(num(0, 1e7)),
      "product_id": maybe(st.sampled_from(["meja", "kursi", "abon_ikan", "lemari"]))},
     {"product_id": st.one_of(JUNK, st.just("tidak_ada"))})
case("costing.Triangular", costing.Triangular, {"low": num(-10, 10), "mode": num(-10, 20), "high": num(-10, 30)})
case("costing.Uniform", costing.Uniform, {"low": num(-10, 10), "high": num(-10, 30)})
case("costing.Normal", costing.Normal, {"mean": num(-10, 10), "sd": num(0, 5)})
case("costing.tornado", costing.tornado,
     {"model": model_strategy(), "pct": num(0, 90),
      "output": st.sampled_from(["hpp_full", "hpp_variable", "profit_per_month", "bep_units"]),
      "inputs": st.none()},
     {"output": st.one_of(JUNK, st.just("laba")), "inputs": st.one_of(JUNK, st.just(["tidak_ada"]))},
     check_frame_numbers(["low", "high"]), examples=30)
case("costing.monte_carlo", costing.monte_carlo,
     {"model": model_strategy(), "uncertainties": st.none(), "n": st.integers(1, 2000), "seed": maybe(st.integers(0, 99)),
      "chunk_size": st.integers(1, 5000)},
     {"n": st.one_of(BAD, st.just(10 ** 12)), "uncertainties": st.one_of(JUNK, st.just({"x": 1}),
                                                                         st.just({"price": "a"})),
      "chunk_size": st.one_of(BAD, st.just(10 ** 12))}, examples=30)
case("costing.default_uncertainty", costing.default_uncertainty, {"model": model_strategy()}, examples=20)
case("costing.sensitivity_inputs", costing.sensitivity_inputs, {"model": model_strategy()}, examples=20)
case("costing.portfolio", costing.portfolio,
     {"products": st.lists(model_strategy(), min_size=1, max_size=3), "fixed_cost": maybe(MONEY),
      "volumes": st.none(), "prices": st.none(), "machine_hours_available": maybe(num(0, 1000))},
     {"products": st.one_of(JUNK, st.just([]), st.just([1, 2])), "volumes": st.one_of(JUNK, st.just([1, 2, 3, 4, 5])),
      "prices": st.one_of(JUNK, st.just([-1]))}, examples=30)
case("costing.to_excel", costing.to_excel, {"model": model_strategy(), "path": OUT_DIR.map(lambda d: d + ".xlsx")},
     {"path": BAD_PATH, "model": JUNK}, examples=6)
case("costing.from_excel", costing.from_excel, {"path": WORKBOOK}, {"path": BAD_PATH},
     lambda r, kw: check_hpp(costing.hpp(r), kw), examples=14)
case("costing.write_templates", costing.write_templates, {"out_dir": OUT_DIR}, {"out_dir": BAD_PATH}, examples=4)
case("costing.build_workbook", costing.build_workbook, {"model": maybe(model_strategy())}, {"model": JUNK}, examples=6)
case("costing.hpp_cells", costing.hpp_cells, {}, examples=2)
case("costing.workbook_bytes", costing.workbook_bytes, {"model": maybe(model_strategy())}, {"model": JUNK},
     examples=5)
case("costing.product_from_catalogue", costing.product_from_catalogue,
     {"product_id": st.sampled_from(list(dataset("products")["product_id"])), "units_per_month": maybe(num(0, 1e4)),
      "price": maybe(MONEY), "monthly_wage": MONEY, "rent_per_year": maybe(MONEY)},
     {"product_id": st.one_of(JUNK, st.just("tidak_ada"))}, lambda r, kw: check_hpp(costing.hpp(r), kw))
case("costing.market_prices", costing.market_prices,
     {"product_id": st.sampled_from(list(dataset("products")["product_id"]))},
     {"product_id": st.one_of(JUNK, st.just("tidak_ada"))}, lambda r, kw: finite(r[0], r[1]))
case("costing.catalogue_products", costing.catalogue_products, {}, examples=2)
case("costing.channel_prices", costing.channel_prices,
     {"hpp_or_result": st.one_of(MONEY, st.just(costing.hpp(examples.lemari_2_badan()))),
      "channels": st.one_of(st.none(), st.sampled_from([["bengkel"], ["marketplace", "e_katalog"]])),
      "price": maybe(num(1, 1e7)), "markup_pct": maybe(num(0, 300))},
     {"hpp_or_result": JUNK, "channels": st.one_of(JUNK, st.just(["tidak_ada"])), "price": BAD},
     check_frame_numbers(["price_rp", "to_workshop_rp", "margin_rp"]), examples=30)
case("costing.load_channels", costing.load_channels, {}, examples=2)
case("costing.channel_label", costing.channel_label,
     {"channel_id": st.sampled_from(["bengkel", "e_katalog", "lain"]), "name": st.text(max_size=20)}, examples=10)
case("costing.examples.lemari_2_badan", examples.lemari_2_badan, {"price": MONEY, "units_per_month": num(0, 100)},
     check=lambda r, kw: check_hpp(costing.hpp(r), kw), examples=20)
case("costing.examples.abon_ikan", examples.abon_ikan, {"price": MONEY, "batches_per_month": num(0, 100)},
     check=lambda r, kw: check_hpp(costing.hpp(r), kw), examples=20)
case("costing.examples.idx_example", examples.idx_example, {}, examples=2)

# ---- operations
OCC = "occupancy_monthly"
case("operations.occupancy_summary", operations.occupancy_summary,
     {"occupancy": frames(OCC), "sentra": st.sampled_from([None, "mebel", "pangan"])},
     {"occupancy": bad_frames(OCC), "sentra": st.one_of(JUNK, st.just("kayu"))},
     # collection_rate (nothing billed) and usable_occupancy_rate (every unit in maintenance) are NaN by design
     lambda r, kw: not_nan(r.monthly.select_dtypes("number").drop(
         columns=["collection_rate", "usable_occupancy_rate"], errors="ignore").to_numpy(dtype=float)))
case("operations.rent_arrears", operations.rent_arrears,
     {"occupancy": frames(OCC), "sentra": st.sampled_from([None, "mebel"]), "until": maybe(DATE)},
     {"occupancy": bad_frames(OCC), "until": BAD_DATE})
case("operations.unit_status", operations.unit_status,
     {"workshops": frames("workshops", rows=st.sampled_from([5, 52]), how=("all",)),
      "occupancy": maybe(frames(OCC, how=("all", "sample"))), "month": maybe(DATE),
      "sentra": st.sampled_from(["mebel", "pangan", None])},
     {"workshops": bad_frames("workshops"), "occupancy": bad_frames(OCC), "month": BAD_DATE,
      "sentra": st.one_of(JUNK, st.just("kayu"))})
case("operations.machine_utilization", operations.machine_utilization,
     {"machines": MACHINES, "bookings": frames("machine_bookings"), "start": maybe(DATE), "end": maybe(DATE),
      "holidays": HOLIDAYS, "log": maybe(frames("machine_log"))},
     {"machines": bad_frames("machines"), "bookings": bad_frames("machine_bookings"), "start": BAD_DATE,
      "end": BAD_DATE, "holidays": BAD_HOLIDAYS, "log": bad_frames("machine_log")},
     lambda r, kw: not_nan(r.by_machine.select_dtypes("number").drop(
         columns=[c for c in r.by_machine.columns if "share" in c or "utilization" in c or "rate" in c],
         errors="ignore")
         .to_numpy(dtype=float)), examples=40)
case("operations.available_hours", operations.available_hours,
     {"machines": MACHINES, "start": DATE, "end": DATE, "holidays": HOLIDAYS},
     {"machines": bad_frames("machines"), "start": BAD_DATE, "end": BAD_DATE, "holidays": BAD_HOLIDAYS},
     check_frame_numbers(["available_h", "hours"]))
case("operations.clean_bookings", operations.clean_bookings,
     {"bookings": frames("machine_bookings"), "machines": maybe(MACHINES)},
     {"bookings": bad_frames("machine_bookings"), "machines": bad_frames("machines")})
case("operations.parse_open_days", operations.parse_open_days,
     {"value": st.one_of(st.sampled_from(["Sen-Jum", "Sen-Sab", "senin,rabu", "Sen–Sab", "0-5", "Min"]),
                         st.lists(st.integers(0, 6), min_size=1, max_size=7))},
     {"value": st.one_of(JUNK, st.sampled_from(["Sen-Xyz", "", "-", "7", [9], [-1], "Jum-Sen"]))})
case("operations.oee", operations.oee,
     {"planned_time": num(0, 1000), "downtime": num(0, 500), "ideal_cycle_time": num(0, 10),
      "total_count": num(0, 1e5), "good_count": num(0, 1e5), "breakdown": maybe(num(0, 300)),
      "setup": maybe(num(0, 300)), "minor_stops": maybe(num(0, 100)), "speed_loss": maybe(num(0, 100)),
      "startup_rejects": maybe(num(0, 100))}, check=check_oee, examples=80)
case("operations.oee_from_log", operations.oee_from_log,
     {"log": frames("machine_log"), "machines": maybe(MACHINES), "freq": st.sampled_from([None, "M", "W", "D", "Q"]),
      "by": st.sampled_from(["machine", "sentra"]), "rp_per_hour": st.one_of(st.none(), num(0, 1e6))},
     {"log": bad_frames("machine_log"), "machines": bad_frames("machines"),
      "freq": st.one_of(JUNK, st.just("jam")), "by": JUNK, "rp_per_hour": st.one_of(JUNK, st.just({"X": 1}))},
     check_frame_numbers(["availability", "performance", "quality", "oee"]))
case("operations.find_conflicts", operations.find_conflicts,
     {"bookings": frames("machine_bookings"), "statuses": st.sampled_from([("selesai", "tidak_hadir"), None,
                                                                           ("selesai",)])},
     {"bookings": bad_frames("machine_bookings"), "statuses": st.one_of(JUNK, st.just(["hilang"]))})
case("operations.outside_opening_hours", operations.outside_opening_hours,
     {"bookings": frames("machine_bookings"), "machines": MACHINES, "holidays": HOLIDAYS},
     {"bookings": bad_frames("machine_bookings"), "machines": bad_frames("machines"), "holidays": BAD_HOLIDAYS})
case("operations.schedule_requests", operations.schedule_requests,
     {"requests": requests_frames(), "machines": MACHINES,
      "policy": st.sampled_from(["first_come", "round_robin", "shortest_first", "fair_share"]),
      "priorities": st.none(), "existing": maybe(frames("machine_bookings", rows=st.sampled_from([1, 10]))),
      "holidays": HOLIDAYS, "allow_shift": st.booleans(), "max_shift_days": num(0, 14)},
     {"requests": st.one_of(bad_frames("machine_bookings"), st.builds(lambda df, op, s: _mutate(df, op, s, s),
                                                                      requests_frames(), st.sampled_from(_MUTATIONS),
                                                                      st.integers(0, 9))),
      "machines": bad_frames("machines"), "policy": st.one_of(JUNK, st.just("priority"), st.just("acak")),
      "priorities": st.one_of(JUNK, st.just({"A": "x"})), "existing": bad_frames("machine_bookings"),
      "holidays": BAD_HOLIDAYS, "max_shift_days": st.one_of(BAD, st.just(1e9))}, examples=30)
case("operations.fairness", operations.fairness,
     {"table": st.builds(lambda n, s: pd.DataFrame({
         "tenant": np.random.default_rng(s).choice(["A", "B", "C"], n),
         "requested_h": np.random.default_rng(s).integers(0, 5, n),
         "granted_h": np.random.default_rng(s + 1).integers(0, 5, n)}), st.integers(1, 30), st.integers(0, 99))},
     {"table": st.one_of(bad_frames("machine_bookings"), JUNK, st.just(pd.DataFrame({"tenant": ["A"]})),
                         st.just(pd.DataFrame({"tenant": ["A"], "requested_h": [0], "granted_h": [0]})),
                         st.just(pd.DataFrame({"tenant": ["A"], "requested_h": ["x"], "granted_h": [1]})))},
     lambda r, kw: not_nan(r.jain))
case("operations.jain_index", operations.jain_index,
     {"values": st.one_of(good_arrays(1), count_arrays(1))}, {"values": BAD_ARRAYS}, check_finite_scalar)
case("operations.is_conflict_free", operations.is_conflict_free,
     {"schedule": frames("machine_bookings")}, {"schedule": bad_frames("machine_bookings")})
PLAN = st.one_of(st.dictionaries(st.sampled_from(list(dataset("routings")["product_id"].unique())), num(0, 500),
                                 min_size=1, max_size=3),
                 st.builds(lambda p, q: pd.DataFrame({"product_id": [p], "quantity": [q]}),
                           st.sampled_from(list(dataset("routings")["product_id"].unique())), num(0, 500)))
BAD_PLAN = st.one_of(JUNK, st.just({"tidak_ada": 5}), st.just({"meja": -1}), st.just({"meja": "x"}),
                     st.just(pd.DataFrame({"product_id": ["meja"]})), st.just({}))
ROUT = frames("routings", rows=st.sampled_from([56]), how=("all",))
case("operations.capacity_check", operations.capacity_check,
     {"plan": PLAN, "routings": ROUT, "machines": frames("machines", rows=st.just(10), how=("all",)),
      "days": maybe(num(1, 365)), "start": maybe(DATE), "end": st.none(), "holidays": HOLIDAYS,
      "efficiency": num(0.1, 1), "reserved_h": maybe(num(0, 10))},
     {"plan": BAD_PLAN, "routings": bad_frames("routings"), "machines": bad_frames("machines"),
      "days": st.one_of(BAD, st.just(10 ** 9)), "start": BAD_DATE, "end": BAD_DATE, "holidays": BAD_HOLIDAYS,
      "efficiency": st.one_of(BAD, st.just({"X": 0.5}), st.just(2)), "reserved_h": st.one_of(BAD, st.just({"X": -1}))},
     check_frame_numbers(["needed_h", "available_h"]))
case("operations.order_capacity", operations.order_capacity,
     {"product_id": st.sampled_from(list(dataset("routings")["product_id"].unique())), "quantity": num(0, 1000),
      "days": num(1, 365), "routings": ROUT, "machines": frames("machines", rows=st.just(10), how=("all",)),
      "start": maybe(DATE), "holidays": HOLIDAYS, "efficiency": num(0.1, 1), "reserved_h": maybe(num(0, 10))},
     {"product_id": st.one_of(JUNK, st.just("tidak_ada")), "days": st.one_of(BAD, st.just(10 ** 9)),
      "routings": bad_frames("routings"), "machines": bad_frames("machines"), "start": BAD_DATE,
      "holidays": BAD_HOLIDAYS}, lambda r, kw: not_nan(r.days_needed))
DIST_KINDS = st.sampled_from(list(operations.DISTRIBUTIONS) + ["eksponensial", "tetap", "seragam", "segitiga"])
case("operations.Distribution", operations.Distribution,
     {"kind": DIST_KINDS, "mean": maybe(num(0.1, 200)), "cv": maybe(num(0.01, 3)), "low": maybe(num(0, 50)),
      "mode": maybe(num(0, 100)), "high": maybe(num(1, 200))},
     check=lambda r, kw: (finite(r.expected), finite(r.draw(np.random.default_rng(0), 50))))
case("operations.Station", operations.Station,
     {"machine_id": TEXT, "servers": st.integers(1, 5), "arrival_rate": num(0, 5),
      "service": st.builds(operations.Distribution, st.just("exponential"), num(1, 100)),
      "mtbf_hours": st.sampled_from([None, 100.0]), "mttr_hours": st.sampled_from([None, 2.0]),
      "open_hour": num(0, 12), "close_hour": num(12, 24), "open_days": st.sampled_from(["Sen-Jum", (0, 1, 2)]),
      "reserved": maybe(st.tuples(num(8, 10), num(10, 12))), "priority_share": num(0, 1)},
     {"reserved": st.one_of(JUNK, st.just((12, 8)), st.just((1,))), "arrival_window": st.one_of(JUNK, st.just((5, 5))),
      "open_days": st.one_of(JUNK, st.just("Xyz"))})
case("operations.Scenario", operations.Scenario,
     {"name": TEXT, "stations": st.builds(lambda: operations.furniture_scenario().stations),
      "holidays": st.just(()), "start": DATE.map(str)},
     {"stations": st.one_of(JUNK, st.just([]), st.just([1]), st.builds(
         lambda: [operations.Station("A"), operations.Station("A")])), "holidays": BAD_HOLIDAYS, "start": BAD_DATE})
SIM_DAYS = maybe(num(0.2, 3))
case("operations.simulate", operations.simulate,
     {"scenario": SCENARIO, "days": SIM_DAYS, "hours": st.none(), "replications": st.integers(1, 2),
      "seed": maybe(st.integers(0, 99)), "warmup_hours": num(0, 2), "confidence": num(0.5, 0.99)},
     {"scenario": BAD_SCENARIO, "days": st.one_of(BAD, st.just(10 ** 7)), "hours": st.one_of(BAD, st.just(1e9)),
      "replications": st.one_of(BAD, st.just(10 ** 9), st.just(2.5)), "confidence": st.one_of(BAD, st.just(1))},
     # a metric over no jobs (n = 0, e.g. arrival rate 0) is NaN by design; with n > 0 it must be a number
     lambda r, kw: not_nan(r.summary.loc[r.summary["n"] > 0, "mean"].to_numpy(dtype=float)), examples=25)
case("operations.compare_scenarios", operations.compare_scenarios,
     {"scenarios": st.builds(lambda s: [s, operations.add_machine(s, s.stations[0].machine_id)], SCENARIO),
      "days": maybe(num(0.2, 2)), "replications": st.integers(1, 2), "seed": st.integers(0, 9)},
     {"scenarios": st.one_of(JUNK, st.just([]), st.builds(lambda: [operations.furniture_scenario()] * 2)),
      "days": st.one_of(BAD, st.just(10 ** 7)), "replications": st.one_of(BAD, st.just(10 ** 9))}, examples=12)
case("operations.furniture_scenario", operations.furniture_scenario,
     {"machines": maybe(MACHINES), "bookings": maybe(frames("machine_bookings")),
      "sentra": st.sampled_from(["mebel", "pangan"]), "name": maybe(TEXT), "mtbf_hours": num(1, 500),
      "mttr_hours": num(0.1, 10), "load_factor": num(0, 3)},
     {"machines": bad_frames("machines"), "bookings": bad_frames("machine_bookings"),
      "sentra": st.one_of(JUNK, st.just("kayu"))})
case("operations.add_machine", operations.add_machine,
     {"scenario": SCENARIO, "machine_id": st.sampled_from(["M1", "MB02", "G1"]), "count": st.integers(1, 3),
      "name": maybe(TEXT)},
     {"scenario": BAD_SCENARIO, "count": st.one_of(BAD, st.just(2.5), st.just(10 ** 12))})
case("operations.extend_hours", operations.extend_hours,
     {"scenario": SCENARIO, "hours": num(0, 8), "machine_ids": st.sampled_from([None, ["M1"], "M1"]),
      "name": maybe(TEXT)},
     {"scenario": BAD_SCENARIO, "hours": st.one_of(BAD, st.just(30)), "machine_ids": st.one_of(JUNK, st.just(["X"]))})
case("operations.reserve_slots", operations.reserve_slots,
     {"scenario": SCENARIO, "machine_id": st.sampled_from(["M1", "MB02"]), "start_hour": num(8, 10),
      "end_hour": num(10, 16), "priority_share": num(0, 1), "name": maybe(TEXT)},
     {"scenario": BAD_SCENARIO, "start_hour": st.one_of(BAD, st.just(25)), "end_hour": st.one_of(BAD, st.just(-1))})
case("operations.erlang_c", operations.erlang_c,
     {"arrival_rate": num(0.001, 100), "service_rate": num(0.001, 100), "machines": st.integers(1, 50)},
     {"machines": st.one_of(BAD, st.just(2.5), st.just(10 ** 9), st.just(10 ** 12))}, check_erlang, examples=80)
case("operations.simulate_queue", operations.simulate_queue,
     {"arrival_rate": num(0.1, 3), "service_rate": num(0.5, 5), "machines": st.integers(1, 3),
      "hours": num(1, 100), "replications": st.integers(1, 2), "seed": maybe(st.integers(0, 9))},
     {"machines": st.one_of(BAD, st.just(10 ** 9)), "hours": st.one_of(BAD, st.just(1e12), st.just(1e7)),
      "replications": st.one_of(BAD, st.just(10 ** 9))}, examples=25)

# ---- simulate (virtual production line)
case("simulate.ProductionLine", simulate_mod.ProductionLine,
     {"preset": st.sampled_from(list(simulate_mod.PRESETS)), "seed": st.integers(0, 10 ** 6),
      "mean": maybe(num(0, 1000)), "sd": maybe(num(0.01, 10)), "drift_per_hour": num(-1, 1),
      "shift_at_hour": maybe(num(0, 50)), "shift_size_sigma": num(-3, 3),
      "shifts": st.lists(st.tuples(num(0, 50), num(-3, 3)), max_size=3), "tool_wear_per_hour": num(0, 1),
      "defect_rate": maybe(num(0, 1)), "subgroup_size": maybe(st.integers(1, 10))},
     {"shifts": st.one_of(JUNK, st.just([(1,)]), st.just([("a", 1)]), st.just([1, 2])),
      "seed": st.one_of(BAD, st.just(10 ** 30))})
case("simulate.ProductionLine.sample", lambda line, hour, n, draw: line.sample(hour, n, draw=draw),
     {"line": LINE, "hour": st.integers(0, 100), "n": maybe(st.integers(1, 50)), "draw": st.integers(0, 5)},
     {"line": LINE, "hour": st.one_of(BAD, st.just(2.5)), "n": st.one_of(BAD, st.just(10 ** 12)), "draw": BAD},
     lambda r, kw: not_nan(r["value"].to_numpy(dtype=float)))
case("simulate.ProductionLine.run", lambda line, hours, start, n: line.run(hours, start=start, n=n),
     {"line": LINE, "hours": st.integers(1, 30), "start": st.integers(0, 100), "n": maybe(st.integers(1, 10))},
     {"line": LINE, "hours": st.one_of(BAD, st.just(10 ** 9), st.just(10 ** 5), st.just(10 ** 4)), "start": BAD,
      "n": st.one_of(BAD, st.just(10 ** 12))}, examples=30)
case("simulate.ProductionLine.subgroups", lambda line, hours, start: line.subgroups(hours, start=start),
     {"line": LINE, "hours": st.integers(1, 30), "start": st.integers(0, 100)},
     {"line": LINE, "hours": st.one_of(BAD, st.just(10 ** 9)), "start": BAD}, lambda r, kw: finite(r),
     examples=30)
case("simulate.ProductionLine.true_mean", lambda line, hour: line.true_mean(hour),
     {"line": LINE, "hour": num(0, 1000)}, {"line": LINE}, check=check_finite_scalar, examples=30)
case("simulate.ProductionLine.true_sd", lambda line, hour: line.true_sd(hour),
     {"line": LINE, "hour": num(0, 1000)}, {"line": LINE}, check=check_finite_scalar, examples=30)
case("simulate.ProductionLine.with_settings", lambda line, sd, mean: line.with_settings(sd=sd, mean=mean),
     {"line": LINE, "sd": num(0.01, 5), "mean": num(0, 100)}, {"line": LINE}, examples=30)

# ---- formats
LANG = st.sampled_from([None, "id", "en"])
case("formats.parse_number", formats.parse_number,
     {"text": st.one_of(TEXT, st.sampled_from(["Rp 1.250.000", "12,5", "1,250,000.5", "30 %", "-7"]))},
     check=lambda r, kw: None)
case("formats.read_number", formats.read_number,
     {"text": st.one_of(TEXT, num(-1e12, 1e12), st.integers(-10 ** 12, 10 ** 12),
                        st.sampled_from(["400 juta", "14,2 jt", "101 ribu", "1,5 M", "0,63", "63,5 %", "1e-5"]))},
     check=lambda r, kw: None)
for _f in ("number", "rupiah", "percent"):
    case(f"formats.{_f}", getattr(formats, _f),
         {"value" if _f != "percent" else "fraction": st.one_of(num(-1e9, 1e9), st.none(), st.just(math.nan),
                                                                 st.just(math.inf)),
          "decimals": st.integers(0, 6), "lang": LANG},
         {"decimals": st.one_of(BAD, st.just(-3), st.just(10 ** 6)), "lang": st.one_of(JUNK, st.just("fr"))},
         check_text, examples=60)
for _f in ("date", "month", "short_month"):
    case(f"formats.{_f}", getattr(formats, _f), {"value": DATE, "lang": LANG},
         {"value": BAD_DATE, "lang": st.one_of(JUNK, st.just("fr"))}, check_text, examples=60)
case("formats.plotly_separators", formats.plotly_separators, {"lang": LANG}, {"lang": JUNK}, check_text, examples=20)

# ---- overview
case("overview.occupancy_trend", overview.occupancy_trend,
     {"occupancy": frames(OCC, rows=st.sampled_from([5, 60, 1248])), "sentra": st.sampled_from(["mebel", "pangan"])},
     {"occupancy": bad_frames(OCC), "sentra": st.one_of(JUNK, st.just("kayu"))}, check_trend)
case("overview.month_summary", overview.month_summary,
     {"occupancy": frames(OCC, rows=st.sampled_from([60, 1248])), "sentra": st.sampled_from(["mebel", "pangan"]),
      "month": DATE},
     {"occupancy": bad_frames(OCC), "sentra": st.one_of(JUNK, st.just("kayu")), "month": BAD_DATE},
     check_month_summary)

# ---- data
SMALL_SETS = ["routings", "machines", "products", "cppob_checklist", "materials"]
case("data.load", data.load, {"name": st.sampled_from(data.names())},
     {"name": st.one_of(JUNK, st.just("Machines"), st.just("../secret"))}, examples=30)
case("data.export", data.export,
     {"name_or_all": st.one_of(st.sampled_from(SMALL_SETS), st.lists(st.sampled_from(SMALL_SETS), min_size=1,
                                                                       max_size=2)),
      "fmt": st.sampled_from(["csv", "xlsx", ".CSV"]), "out_dir": OUT_DIR},
     {"name_or_all": st.one_of(JUNK, st.just(["machines", "x"]), st.just([])), "fmt": st.one_of(JUNK, st.just("pdf")),
      "out_dir": BAD_PATH}, examples=14)
case("data.escape_formula", data.escape_formula, {"text": TEXT}, {"text": JUNK})
case("data.names", data.names, {}, examples=2)
case("data.list_datasets", data.list_datasets, {}, examples=2)
case("data.data_dir", data.data_dir, {}, examples=2)
case("data.write_xlsx", data.write_xlsx,
     {"frames": st.builds(lambda n: {n: dataset(n).head(20)}, st.sampled_from(SMALL_SETS)),
      "path": OUT_DIR.map(lambda d: d + "_w.xlsx")},
     {"frames": st.one_of(JUNK, st.just({"a": "x"}), st.just({"a": pd.DataFrame({"x": [object()]})})),
      "path": BAD_PATH}, examples=8)
case("data.read_xlsx", data.read_xlsx,
     {"path": st.builds(lambda n: str(data.export(n, "xlsx", XLSX_DIR / "rx")[0]), st.sampled_from(SMALL_SETS)),
      "name": maybe(st.sampled_from(SMALL_SETS))},
     {"path": st.one_of(BAD_PATH, WORKBOOK), "name": st.one_of(JUNK, st.just("tidak_ada"))}, examples=8)

# ---- validation
FIELD = st.just("Harga jual")
# field names, required column lists and the valid choices come from ikm-kit code, not from a participant:
# they are never replaced by bad values (DEV_ARGS).
DEV_ARGS = {"field": FIELD, "required": st.lists(st.sampled_from(["machine_id", "name", "x"]), max_size=3),
            "valid": st.just(["a", "b"]), "where": TEXT}
for _f in ("number", "positive", "non_negative"):
    case(f"validation.{_f}", getattr(validation, _f), {"value": num(-1e6, 1e6), "field": FIELD},
         {"value": st.one_of(BAD, st.just(np.array([1.0, 2.0])), st.just(pd.Series([1.0])), st.just(10 ** 400)),
          **DEV_ARGS},
         check_finite_scalar, examples=60)
case("validation.path", validation.path, {"value": st.one_of(TEXT.filter(str.strip), st.builds(Path, TEXT)),
                                          "field": FIELD}, {"value": BAD_PATH, **DEV_ARGS}, examples=40)
case("validation.type_name", validation.type_name, {"value": st.one_of(JUNK, SPECIAL)}, check=check_text, examples=40)
case("validation.array", validation.array,
     {"values": good_arrays(1), "field": FIELD, "min_size": st.integers(0, 3), "allow_nan": st.booleans()},
     {"values": BAD_ARRAYS, "min_size": st.just(10 ** 6), **DEV_ARGS, "allow_nan": st.booleans()}, examples=60)
# ---- operations: machine tariffs, workshop rent, the sentra budget (issue 15)
_MACHINE = st.one_of(st.sampled_from(list(dataset("machines")["machine_id"])),
                     st.fixed_dictionaries({"purchase_value_rp": MONEY, "life_years": num(1, 40),
                                            "power_kw": num(0, 50)}))
_TARIFF_KW = {"electricity_rp_per_kwh": num(0, 3000), "operator_rp_per_year": num(0, 1e8),
              "maintenance_pct": num(0, 30), "salvage_pct": num(0, 100), "overhead_rp_per_year": num(0, 1e8),
              "load_factor": num(0.01, 1), "subsidy_pct": num(0, 99)}
_BAD_MACHINE = st.one_of(JUNK, st.just("MSN-X99"), st.just({"purchase_value_rp": 1e6, "power_kw": 1}),
                         st.just({"purchase_value_rp": 1e6, "power_kw": 1, "life_years": 0}))
_YEAR = st.sampled_from([2022, 2023])
case("operations.machine_tariff", operations.machine_tariff,
     {"machine": _MACHINE, "used_hours_per_year": num(1, 8760), **_TARIFF_KW}, {"machine": _BAD_MACHINE},
     lambda r, kw: finite(r.cost_per_hour, r.tariff_per_hour, r.subsidy_per_year, *r.components.values()))
case("operations.tariff_curve", operations.tariff_curve,
     {"machine": _MACHINE, "hours": maybe(st.lists(num(1, 8760), min_size=1, max_size=5)), **_TARIFF_KW},
     {"machine": _BAD_MACHINE, "hours": st.one_of(JUNK, st.just([]), st.just([0, -5]), st.just([1e9]))},
     lambda r, kw: finite(r["cost_per_hour"], r["tariff_per_hour"]), examples=20)
case("operations.workshop_rent", operations.workshop_rent,
     {"building_value_rp": num(0, 1e11), "building_life_years": num(1, 100), "unit_area_m2": num(1, 200),
      "total_area_m2": num(200, 10_000), "occupancy": num(0.01, 1), "maintenance_rp_per_year": MONEY,
      "shared_costs_rp_per_year": MONEY, "subsidy_pct": num(0, 99)}, {},
     lambda r, kw: finite(r.rent_per_month, r.rent_full_occupancy, r.rent_after_subsidy, r.gap_rp_per_year,
                          r.incentive(months_free=2, discount_pct=10, new_tenants=3).cost_to_city))
case("operations.sentra_budget", operations.sentra_budget,
     {"sentra": st.sampled_from(["mebel", "pangan"]), "year": _YEAR,
      "tariffs": maybe(st.dictionaries(st.sampled_from(["MSN-M01", "MSN-M02"]), num(0, 1e5), max_size=2)),
      "rent": maybe(num(0, 1e7))},
     {"sentra": st.one_of(JUNK, st.just("kayu")), "year": st.one_of(BAD, st.just(2019)),
      "tariffs": st.one_of(st.just({"MSN-X": 1}), st.just({"MSN-M01": -1}), st.just({"MSN-M01": "abc"}))},
     lambda r, kw: finite(r.lines["amount_rp"]), examples=6)
case("operations.machine_assumptions", operations.machine_assumptions,
     {"machine_id": st.sampled_from(list(dataset("machines")["machine_id"])), "year": _YEAR},
     {"machine_id": _BAD_MACHINE, "year": st.one_of(BAD, st.just(1800))},
     lambda r, kw: finite(list(r.values())), examples=10)
case("operations.rent_assumptions", operations.rent_assumptions,
     {"sentra": st.sampled_from(["mebel", "pangan"]), "year": _YEAR},
     {"sentra": st.one_of(JUNK, st.just("kayu")), "year": st.one_of(BAD, st.just(2019))},
     lambda r, kw: finite(list(r.values())), examples=10)
case("validation.columns", validation.columns,
     {"df": frames("machines"), "required": st.lists(st.sampled_from(["machine_id", "name", "x"]), max_size=3),
      "where": TEXT}, {"df": bad_frames("machines"), **DEV_ARGS}, examples=40)
case("validation.choice", validation.choice,
     {"value": st.sampled_from(["a", "b", "c"]), "valid": st.just(["a", "b"]), "field": FIELD},
     {"value": st.one_of(JUNK, st.just(np.array([1, 2])), st.just(pd.Series(["a"])), st.just([1])), **DEV_ARGS},
     examples=60)


# --------------------------------------------------------------------------- coverage of the public API
SKIP = {
    "formats.TypedNumber": "result dataclass of formats.read_number (fuzzed through it)",
    "costing.channel_sentence": "display helper over a channel_prices table (covered through the costing app tests)",
    # result and value types: constructed by the functions above, exercised through repr/_repr_html_
    **{n: "result type returned by a covered function (repr/_repr_html_ checked on every result)" for n in (
        "quality.BlankCheckSheet", "quality.CapabilityResult", "quality.CcpCheckResult", "quality.ChartResult",
        "quality.CheckSheet", "quality.ChecklistScore", "quality.Fishbone", "quality.HistogramResult",
        "quality.IMRResult", "quality.Iso2859Plan", "quality.ScatterResult", "quality.SinglePlan",
        "quality.XbarRResult", "quality.XbarSResult", "costing.HppResult", "costing.BreakEvenResult",
        "costing.MarketComparison", "costing.MonteCarloResult", "costing.PortfolioResult",
        "operations.OccupancyResult", "operations.UtilizationResult", "operations.OeeResult", "operations.OeeTable",
        "operations.ScheduleResult", "operations.FairnessResult", "operations.CapacityResult",
        "operations.OrderCapacity", "operations.SimulationResult", "operations.ScenarioComparison",
        "operations.ErlangCResult", "overview.MonthSummary", "operations.MachineTariff", "operations.WorkshopRent",
        "operations.RentIncentive", "operations.SentraBudget")},
    # constants and catalogues (data, not callables)
    **{n: "constant (no input)" for n in (
        "quality.AQL_VALUES", "quality.EXAMPLE_CRITICAL_LIMITS", "quality.SIX_M", "costing.PARAMETERS",
        "costing.UMK_KENDARI_2022", "costing.WORKING_DAYS", "costing.HOURS_PER_DAY", "costing.WOOD_PRICE_M3",
        "costing.WORKSHOP_RENT_YEAR", "costing.TARIFF_B2", "costing.TARIFF_I3", "costing.MATERIAL_KINDS",
        "costing.OVERHEAD_BASES", "costing.ALLOCATION_BASES", "operations.STATUSES", "operations.BOOKING_STATUSES",
        "operations.LOSS_KEYS", "operations.WORLD_CLASS_OEE", "operations.POLICIES", "operations.METRICS",
        "operations.DISTRIBUTIONS", "simulate.PRESETS", "data.ALL", "data.FORMATS", "overview.REQUIRED",
        "overview.SENTRAS", "overview.STATUSES")},
    "costing.Parameter": "frozen record of a sourced default (no validation, not user input)",
    "simulate.Preset": "frozen record of the shipped presets (chosen by name in ProductionLine, which is covered)",
    "costing.examples": "module: its functions are covered as costing.examples.*",
    "data.schema": "module: internal schema used by data.load/export (covered through them)",
    "data.clear_cache": "no arguments; mutates the shared cache (would slow every other case)",
}


def _public_names() -> dict[str, list[str]]:
    """Names each module offers: its ``__all__``, or the public callables it defines."""
    out = {}
    for prefix, mod in (("quality", quality), ("costing", costing), ("operations", operations),
                        ("simulate", simulate_mod), ("formats", formats), ("overview", overview), ("data", data),
                        ("validation", validation)):
        names = getattr(mod, "__all__", None)
        if names is None:
            names = [n for n, v in vars(mod).items() if not n.startswith("_") and
                     getattr(v, "__module__", None) == mod.__name__ and (callable(v) or not inspect.ismodule(v))]
            names += [n for n, v in vars(mod).items() if n.isupper() and not n.startswith("_")]
        out[prefix] = sorted(set(names))
    return out


def test_every_public_name_is_fuzzed_or_skipped_with_reason():
    covered = {name.split("[")[0] for name in CASES}
    covered |= {".".join(n.split(".")[:2]) for n in covered}  # ProductionLine.sample → ProductionLine
    missing = []
    for prefix, names in _public_names().items():
        for n in names:
            full = f"{prefix}.{n}"
            if full not in covered and full not in SKIP:
                missing.append(full)
    assert not missing, f"public names neither fuzzed (CASES) nor skipped with a reason (SKIP): {missing}"
    stale = [k for k in SKIP if k.split(".", 1)[1] not in _public_names()[k.split(".")[0]]]
    assert not stale, f"SKIP lists names that are not public any more: {stale}"
    assert all(isinstance(r, str) and len(r) > 10 for r in SKIP.values())


# --------------------------------------------------------------------------- the fuzz tests
# IKM_FUZZ_NO_SHRINK=1 skips shrinking (quicker triage of many failures at once).
PHASES = [p for p in Phase if not (p == Phase.shrink and os.environ.get("IKM_FUZZ_NO_SHRINK"))]
# IKM_FUZZ_SCALE multiplies every case's example count (default sized for < 90 s on 2 cores).
SCALE = float(os.environ.get("IKM_FUZZ_SCALE", "2"))
@pytest.fixture(scope="module", autouse=True)
def _sandbox(tmp_path_factory, request):
    """Run in a temporary folder (no stray files), Indonesian messages; write the counts at the end."""
    old_cwd, old_lang = os.getcwd(), i18n.get_language()
    os.chdir(tmp_path_factory.mktemp("fuzz-cwd"))
    i18n.set_language("id")
    started = time.perf_counter()
    yield
    os.chdir(old_cwd)
    i18n.set_language(old_lang)
    if COUNTS and set(COUNTS) >= set(CASES):          # a partial run (-k …) does not overwrite the record
        total = sum(COUNTS.values())
        out = ROOT / "benchmarks" / "fuzz_cases.json"
        out.write_text(json.dumps({
            "total": total, "functions": len(COUNTS), "seconds": round(time.perf_counter() - started, 1),
            "per_function": dict(sorted(COUNTS.items())),
        }, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        line = f"fuzz: {total} cases tried over {len(COUNTS)} public functions → {out.relative_to(ROOT)}"
        reporter = request.config.pluginmanager.get_plugin("terminalreporter")
        capman = request.config.pluginmanager.get_plugin("capturemanager")
        with capman.global_and_fixture_disabled() if capman is not None else contextlib.nullcontext():
            if reporter is not None:
                reporter.write_line("")
                reporter.write_line(line)
            else:  # pragma: no cover
                print(line)


@pytest.mark.parametrize("name", sorted(CASES))
def test_fuzz(name):
    case_ = CASES[name]

    @settings(max_examples=max(1, round(case_.examples * SCALE)), deadline=None, database=None,
              suppress_health_check=list(HealthCheck), phases=PHASES)
    @given(call_args(case_))
    def run(kwargs):
        run_case(name, case_, kwargs)

    run()


def test_fuzz_counts_recorded():
    """Runs after the fuzz tests (file order): at least one case per function was tried."""
    if not COUNTS:
        pytest.skip("fuzz tests were deselected")
    tried = {n for n in COUNTS}
    assert tried <= set(CASES)
    assert sum(COUNTS.values()) >= len(tried)
