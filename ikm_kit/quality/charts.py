"""Shewhart control charts (peta kendali): x̄–R, x̄–s, I–MR, p, np, c, u.

Every function returns a result with ``center`` (garis tengah), ``lcl``
(BKB), ``ucl`` (BKA) — a float, or a 1-D array when the limits vary with
the sample size — ``points`` (the plotted statistic), ``sigma``,
``beyond_limits`` (0-based indexes) and ``violations`` (a table of rule,
index, point, Indonesian explanation).  Limits are at ±3σ; a negative lower
limit is cut at 0 for ranges, standard deviations and attribute charts.

Phase I / phase II: pass ``limits=earlier_result`` to judge new data with
the centre and σ estimated earlier (or a mapping of known standards such as
``{"mean": 74.0, "sigma": 0.01}``, ``{"p": 0.02}``, ``{"c": 4}``, ``{"u": 1.2}``).
``exclude=[...]`` leaves points (0-based) out of the phase-I estimate, e.g.
after an assignable cause was found; they are still plotted and judged.

What ``sigma`` means: for variables charts it is the estimated process
standard deviation σ̂ of one measurement (R̄/d2, s̄/c4, MR̄/d2); for
attribute charts the standard deviation of one inspected unit
(√(p̄(1−p̄)) for p, √(np̄(1−p̄)) for np, √c̄ for c, √ū for u).
``sigma_points`` is the standard deviation of each plotted point.

    >>> import numpy as np
    >>> from ikm_kit.quality import xbar_r
    >>> res = xbar_r(np.array([[10.1, 9.9, 10.0], [10.2, 10.0, 9.8], [9.9, 10.1, 10.0]]))
    >>> round(res.center, 3)
    10.0
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

import numpy as np
import pandas as pd

from ikm_kit import formats
from ikm_kit.errors import InputError
from ikm_kit.i18n import t
from ikm_kit.quality import _sigma
from ikm_kit.quality import rules as _rules
from ikm_kit.quality._inputs import counts as _counts
from ikm_kit.quality._inputs import series as _series
from ikm_kit.quality._inputs import subgroups as _subgroups
from ikm_kit.quality._report import decimals_for, num, point_list
from ikm_kit.quality.constants import constant, constants_array
from ikm_kit.formats_html import html_table

FAMILY = {"xbar": "variables", "r": "variables", "s": "variables", "i": "variables",
          "mr": "variables", "p": "p", "np": "p", "c": "c", "u": "u"}


def _scalar_or_array(values: np.ndarray) -> float | np.ndarray:
    arr = np.asarray(values, dtype=float)
    if arr.ndim == 0:
        return float(arr)
    finite = arr[np.isfinite(arr)]
    if finite.size and np.allclose(finite, finite[0], rtol=1e-12, atol=0) and finite.size == arr.size:
        return float(finite[0])
    return arr


@dataclass(repr=False)
class ChartResult:
    """One control chart: centre line, limits, points and signals."""

    chart: str
    center: float | np.ndarray
    lcl: float | np.ndarray
    ucl: float | np.ndarray
    points: np.ndarray
    sigma: float
    sigma_points: float | np.ndarray
    beyond_limits: np.ndarray
    violations: pd.DataFrame
    sizes: np.ndarray | None = None
    labels: np.ndarray | None = None
    rules: str = "western_electric"
    phase: int = 1
    params: dict[str, float] = field(default_factory=dict)
    excluded: np.ndarray = field(default_factory=lambda: np.array([], dtype=np.int64))

    # ------------------------------------------------------------ questions
    @property
    def in_control(self) -> bool:
        """True when no point is beyond the limits and no run rule fires."""
        return self.beyond_limits.size == 0 and self.violations.empty

    @property
    def flagged(self) -> np.ndarray:
        """Sorted 0-based indexes of points with any signal."""
        return np.unique(np.concatenate([self.beyond_limits, self.violations["index"].to_numpy()]))

    @property
    def title(self) -> str:
        return t(f"quality.chart.{self.chart}")

    def decimals(self) -> int:
        sp = np.asarray(self.sigma_points, dtype=float)
        scale = 3 * float(np.nanmean(sp)) if sp.size and np.isfinite(sp).any() else 0.0
        if scale == 0:
            scale = float(np.nanmax(np.abs(self.points))) if np.isfinite(self.points).any() else 1.0
        return decimals_for(scale, extra=2)

    def to_frame(self) -> pd.DataFrame:
        """One row per point: label, value, centre, limits and the signals (text)."""
        n = self.points.size
        msgs = [""] * n
        for row in self.violations.itertuples(index=False):
            msgs[row.index] = (msgs[row.index] + "; " if msgs[row.index] else "") + row.rule
        return pd.DataFrame({
            "point": np.arange(1, n + 1),
            "label": self.labels if self.labels is not None else np.arange(1, n + 1),
            "n": self.sizes if self.sizes is not None else np.full(n, np.nan),
            "value": self.points,
            "center": np.broadcast_to(self.center, (n,)),
            "lcl": np.broadcast_to(self.lcl, (n,)),
            "ucl": np.broadcast_to(self.ucl, (n,)),
            "beyond_limits": np.isin(np.arange(n), self.beyond_limits),
            "rules": msgs,
        })

    def summary(self) -> str:
        """One sentence in the active language: in control or which signals."""
        if self.in_control:
            return t("quality.in_control")
        return t("quality.out_of_control", beyond=self.beyond_limits.size,
                 points=point_list(self.flagged), signals=len(self.violations))

    def rows(self) -> list[tuple[str, str]]:
        d = self.decimals()
        out = [
            (t("quality.center_line"), num(self.center, d)),
            (t("quality.lcl"), num(self.lcl, d)),
            (t("quality.ucl"), num(self.ucl, d)),
            (t("quality.points_count"), formats.number(self.points.size)),
            (t("quality.beyond_limits"), point_list(self.beyond_limits)),
            (t("quality.rule_signals"), formats.number(len(self.violations))),
        ]
        if self.phase == 2:
            out.append((t("quality.phase"), t("quality.phase2_note")))
        return out

    def _repr_html_(self) -> str:
        return html_table(self.title, self.rows(), note=self.summary())

    def __repr__(self) -> str:
        d = self.decimals()
        return (f"<{self.title}: {t('quality.center_line')} {num(self.center, d)}, "
                f"{t('quality.lcl')} {num(self.lcl, d)}, {t('quality.ucl')} {num(self.ucl, d)}, "
                f"{self.points.size} {t('quality.points_word')}, {self.summary()}>")


class _CompoundChart:
    """Two linked charts; top-level attributes refer to the location chart."""

    _main_name = ""
    _spread_name = ""
    kind = ""

    @property
    def main(self) -> ChartResult:
        return getattr(self, self._main_name)

    @property
    def spread(self) -> ChartResult:
        return getattr(self, self._spread_name)

    @property
    def charts(self) -> tuple[ChartResult, ChartResult]:
        return self.main, self.spread

    center = property(lambda self: self.main.center)
    lcl = property(lambda self: self.main.lcl)
    ucl = property(lambda self: self.main.ucl)
    points = property(lambda self: self.main.points)
    sigma_points = property(lambda self: self.main.sigma_points)
    beyond_limits = property(lambda self: self.main.beyond_limits)
    violations = property(lambda self: self.main.violations)
    sizes = property(lambda self: self.main.sizes)
    labels = property(lambda self: self.main.labels)
    rules = property(lambda self: self.main.rules)
    phase = property(lambda self: self.main.phase)
    params = property(lambda self: self.main.params)
    flagged = property(lambda self: self.main.flagged)

    @property
    def in_control(self) -> bool:
        return self.main.in_control and self.spread.in_control

    @property
    def all_violations(self) -> pd.DataFrame:
        """Signals of both charts, with a ``chart`` column."""
        parts = []
        for chart in self.charts:
            v = chart.violations.copy()
            v.insert(0, "chart", chart.chart)
            parts.append(v)
        return pd.concat(parts, ignore_index=True)

    def summary(self) -> str:
        return f"{self.main.title}: {self.main.summary()} {self.spread.title}: {self.spread.summary()}"

    def _repr_html_(self) -> str:
        d = self.main.decimals()
        first = html_table(self.main.title, self.main.rows(), note=self.main.summary())
        second = html_table(self.spread.title, self.spread.rows(), note=self.spread.summary())
        sigma = html_table("", [(t("quality.sigma_hat"), num(self.sigma, d + 1))])  # type: ignore[attr-defined]
        return first + second + sigma

    def __repr__(self) -> str:
        return f"<{t('quality.chart.' + self.kind)}: {self.summary()}>"


@dataclass(repr=False)
class XbarRResult(_CompoundChart):
    """x̄ chart and R chart (``.xbar``, ``.range``); ``sigma`` = R̄/d2."""

    xbar: ChartResult
    range: ChartResult
    sigma: float
    _main_name = "xbar"
    _spread_name = "range"
    kind = "xbar_r"


@dataclass(repr=False)
class XbarSResult(_CompoundChart):
    """x̄ chart and s chart (``.xbar``, ``.s``); ``sigma`` = s̄/c4."""

    xbar: ChartResult
    s: ChartResult
    sigma: float
    _main_name = "xbar"
    _spread_name = "s"
    kind = "xbar_s"


@dataclass(repr=False)
class IMRResult(_CompoundChart):
    """Individuals chart and moving-range chart; ``sigma`` = MR̄/d2 (d2 = 1.128)."""

    individuals: ChartResult
    moving_range: ChartResult
    sigma: float
    _main_name = "individuals"
    _spread_name = "moving_range"
    kind = "imr"


# ---------------------------------------------------------------- helpers
def _standard(limits: object, family: str, chart: str) -> dict[str, float] | None:
    """Known parameters from an earlier result or a mapping (phase II)."""
    if limits is None:
        return None
    if isinstance(limits, (ChartResult, _CompoundChart)):
        params = dict(limits.params)
        source_family = FAMILY[limits.main.chart if isinstance(limits, _CompoundChart) else limits.chart]
        if source_family != family:
            raise InputError(t("quality.error.limits_mismatch",
                               source=t("quality.family." + source_family),
                               target=t("quality.family." + family)))
        return params
    if isinstance(limits, Mapping):
        from ikm_kit import validation

        params = {str(k).lower(): v for k, v in limits.items()}
        if family == "variables":
            if "mean" not in params and "center" in params:
                params["mean"] = params["center"]
            missing = [k for k in ("mean", "sigma") if k not in params]
            if missing:
                raise InputError(t("quality.error.limits_keys", keys="mean, sigma"))
            mean = validation.number(params["mean"], "mean")
            sigma = validation.positive(params["sigma"], "sigma")
            return {"mean": mean, "sigma": sigma}
        key = family
        if key not in params and "center" in params and family in ("c", "u"):
            params[key] = params["center"]
        if key not in params:
            raise InputError(t("quality.error.limits_keys", keys=key))
        value = validation.non_negative(params[key], key)
        if family == "p" and value > 1:
            raise InputError(t("quality.error.probability", field="p", value=value))
        return {key: value}
    from ikm_kit.validation import type_name

    raise InputError(t("quality.error.limits_type", value=type_name(limits)))


def _included(n_points: int, exclude: object, labels: np.ndarray | None = None) -> np.ndarray:
    mask = np.ones(n_points, dtype=bool)
    if exclude is None:
        return mask
    try:
        idx = np.atleast_1d(np.asarray(exclude))
    except (TypeError, ValueError):  # ragged nested lists
        raise InputError(t("quality.error.exclude", value=exclude, count=n_points)) from None
    if idx.size == 0:
        return mask
    if idx.dtype == bool:
        if idx.size != n_points:
            raise InputError(t("quality.error.exclude", value=idx.size, count=n_points))
        return ~idx
    try:
        as_int = idx.astype(np.int64) if idx.dtype.kind in "iuf" else np.array([], dtype=np.int64)
    except (TypeError, ValueError, OverflowError):
        as_int = np.array([], dtype=np.int64)
    if as_int.size != idx.size or not np.array_equal(as_int, idx):  # text, 0.5, complex, NaN: not an index
        raise InputError(t("quality.error.exclude", value=exclude, count=n_points))
    idx = as_int
    if (idx < 0).any() or (idx >= n_points).any():
        raise InputError(t("quality.error.exclude", value=exclude, count=n_points))
    mask[idx] = False
    return mask


def _need_two(included: np.ndarray, chart: str) -> None:
    if included.sum() < 2:
        raise InputError(t("quality.error.single_subgroup", chart=t(f"quality.chart.{chart}")))


def _make(chart: str, points: np.ndarray, center, sigma: float, sigma_points, lcl, ucl, *,
          rules: object, phase: int, params: dict, sizes=None, labels=None,
          excluded: np.ndarray | None = None) -> ChartResult:
    center_v = _scalar_or_array(center)
    lcl_v, ucl_v = _scalar_or_array(lcl), _scalar_or_array(ucl)
    sp_v = _scalar_or_array(sigma_points)
    beyond, violations = _rules.evaluate(points, center_v, sp_v, lcl_v, ucl_v, rules)
    return ChartResult(
        chart=chart, center=center_v, lcl=lcl_v, ucl=ucl_v, points=points, sigma=float(sigma),
        sigma_points=sp_v, beyond_limits=beyond, violations=violations,
        sizes=None if sizes is None else np.asarray(sizes),
        labels=labels, rules=_rules.normalise_rules(rules), phase=phase, params=dict(params),
        excluded=np.flatnonzero(~excluded) if excluded is not None else np.array([], dtype=np.int64),
    )


def _subgroup_stats(matrix: np.ndarray, stat: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(sizes, means, spread) per row; spread is the range or the sample sd."""
    missing = np.isnan(matrix)
    if not missing.any():
        n = np.full(matrix.shape[0], matrix.shape[1], dtype=np.int64)
        means = matrix.mean(axis=1)
        if stat == "range":
            spread = matrix.max(axis=1) - matrix.min(axis=1)
        else:
            spread = matrix.std(axis=1, ddof=1) if matrix.shape[1] > 1 else np.full(matrix.shape[0], np.nan)
        return n, means, spread
    n = (~missing).sum(axis=1)
    filled = np.where(missing, 0.0, matrix)
    means = filled.sum(axis=1) / n
    if stat == "range":
        spread = np.where(missing, -np.inf, matrix).max(axis=1) - np.where(missing, np.inf, matrix).min(axis=1)
    else:
        dev = np.where(missing, 0.0, matrix - means[:, None])
        with np.errstate(invalid="ignore", divide="ignore"):
            spread = np.sqrt((dev ** 2).sum(axis=1) / (n - 1))
    return n, means, spread


def _check_sizes(n: np.ndarray, labels: np.ndarray, chart: str) -> None:
    if n.max() < 2:
        raise InputError(t("quality.error.subgroup_size_one", chart=t(f"quality.chart.{chart}")))
    small = np.flatnonzero(n < 2)
    if small.size:
        i = int(small[0])
        raise InputError(t("quality.error.subgroup_too_small", label=labels[i], n=int(n[i]),
                           chart=t(f"quality.chart.{chart}")))


def _xbar_chart(means: np.ndarray, n: np.ndarray, mean: float, sigma: float, *, rules, phase, params,
                labels, included) -> ChartResult:
    sp = sigma / np.sqrt(n)
    return _make("xbar", means, mean, sigma, sp, mean - 3 * sp, mean + 3 * sp, rules=rules, phase=phase,
                 params=params, sizes=n, labels=labels, excluded=included)


# ---------------------------------------------------------------- variables
def xbar_r(samples: object, *, value: str | None = None, subgroup: str | None = None,
           limits: object = None, rules: object = "western_electric",
           exclude: object = None, sigma_method: str = "rbar", unbiased: bool = True) -> XbarRResult:
    """x̄ and R charts from subgroups (rows; NaN = missing reading).

    ``samples``: 2-D array-like, one row per subgroup (sizes may differ), or a
    long DataFrame with ``value=`` and ``subgroup=`` column names.  σ̂ = R̄/d2
    (with unequal sizes the mean of Rᵢ/d2(nᵢ)); x̄ limits x̿ ± 3σ̂/√n; R chart
    centre d2σ̂ = R̄, limits D3·R̄ and D4·R̄ (Montgomery Table VI).
    ``sigma_method="pooled"`` (Minitab's default; ÷ c4(d+1) when ``unbiased``)
    or ``"sbar"`` estimates σ̂ otherwise; the R chart is then centred on d2·σ̂
    — the same rule as :func:`~ikm_kit.quality.capability`.  A missing reading
    leaves its subgroup smaller (nᵢ − 1), never shifts the others.
    Example: ``xbar_r(df, value="panjang_mm", subgroup="jam")``.
    """
    kind = _sigma.method(sigma_method)
    matrix, labels = _subgroups(samples, t("quality.samples"), value=value, subgroup=subgroup)
    n, means, ranges = _subgroup_stats(matrix, "range")
    _check_sizes(n, labels, "xbar_r")
    std = _standard(limits, "variables", "xbar_r")
    included = _included(means.size, exclude if std is None else None)
    d2 = constants_array("d2", n)
    if std is None:
        _need_two(included, "xbar_r")
        w = n[included]
        mean = float(np.sum(means[included] * w) / np.sum(w))
        sigma = _sigma.subgroups(matrix[included], kind, unbiased=bool(unbiased))
        phase = 1
    else:
        mean, sigma, phase = std["mean"], std["sigma"], 2
    params = {"mean": mean, "sigma": sigma}
    xbar = _xbar_chart(means, n, mean, sigma, rules=rules, phase=phase, params=params, labels=labels,
                       included=included)
    r_center = d2 * sigma
    rng = _make("r", ranges, r_center, sigma, constants_array("d3", n) * sigma,
                constants_array("D3", n) * r_center, constants_array("D4", n) * r_center,
                rules=None, phase=phase, params=params, sizes=n, labels=labels, excluded=included)
    return XbarRResult(xbar=xbar, range=rng, sigma=sigma)


def xbar_s(samples: object, *, value: str | None = None, subgroup: str | None = None,
           limits: object = None, rules: object = "western_electric",
           exclude: object = None) -> XbarSResult:
    """x̄ and s charts; σ̂ = s̄/c4 (unequal sizes: mean of sᵢ/c4(nᵢ)).

    s chart centre c4σ̂ = s̄, limits B3·s̄ and B4·s̄; x̄ limits x̿ ± A3·s̄.
    Same inputs as :func:`xbar_r`.
    """
    matrix, labels = _subgroups(samples, t("quality.samples"), value=value, subgroup=subgroup)
    n, means, sds = _subgroup_stats(matrix, "sd")
    _check_sizes(n, labels, "xbar_s")
    std = _standard(limits, "variables", "xbar_s")
    included = _included(means.size, exclude if std is None else None)
    c4 = constants_array("c4", n)
    if std is None:
        _need_two(included, "xbar_s")
        w = n[included]
        mean = float(np.sum(means[included] * w) / np.sum(w))
        sigma = float(np.mean(sds[included] / c4[included]))
        phase = 1
    else:
        mean, sigma, phase = std["mean"], std["sigma"], 2
    params = {"mean": mean, "sigma": sigma}
    xbar = _xbar_chart(means, n, mean, sigma, rules=rules, phase=phase, params=params, labels=labels,
                       included=included)
    s_center = c4 * sigma
    s_chart = _make("s", sds, s_center, sigma, np.sqrt(1 - c4 ** 2) * sigma,
                    constants_array("B3", n) * s_center,
                    constants_array("B4", n) * s_center,
                    rules=None, phase=phase, params=params, sizes=n, labels=labels, excluded=included)
    return XbarSResult(xbar=xbar, s=s_chart, sigma=sigma)


def imr(values: object, *, value: str | None = None, limits: object = None,
        rules: object = "western_electric", exclude: object = None,
        labels: object = None) -> IMRResult:
    """Individuals (I) and moving-range (MR) charts for single readings.

    σ̂ = MR̄/d2 with d2 = 1.128 (n = 2); I limits x̄ ± 3σ̂; MR chart centre MR̄,
    UCL = D4·MR̄ = 3.267·MR̄, LCL = 0.  The first moving range is missing
    (NaN).  ``values``: list/array/Series, or a DataFrame with ``value=``.
    Example: ``imr(log["kadar_air_pct"])``.
    """
    x = _series(values, t("quality.values"), value=value)
    lab = np.arange(1, x.size + 1, dtype=object) if labels is None else np.asarray(labels, dtype=object)
    if lab.size != x.size:
        raise InputError(t("quality.error.length_mismatch", first=t("quality.labels"),
                           second=t("quality.values"), a=lab.size, b=x.size))
    mr = _sigma.moving_ranges(x)  # NaN next to a missing reading: no range across a gap
    std = _standard(limits, "variables", "imr")
    included = _included(x.size, exclude if std is None else None)
    if std is None:
        use = included & np.isfinite(x)
        if use.sum() < 2:
            raise InputError(t("quality.error.single_subgroup", chart=t("quality.chart.imr")))
        # a moving range is used only when both of its readings are included
        mr_use = np.zeros_like(included)
        mr_use[1:] = included[1:] & included[:-1]
        mr_use &= np.isfinite(mr)
        if not mr_use.any():
            raise InputError(t("quality.error.single_subgroup", chart=t("quality.chart.imr")))
        mean = float(np.mean(x[use]))
        mr_bar = float(np.mean(mr[mr_use]))
        sigma = mr_bar / constant("d2", 2)
        phase = 1
    else:
        mean, sigma, phase = std["mean"], std["sigma"], 2
        mr_bar = constant("d2", 2) * sigma
    params = {"mean": mean, "sigma": sigma}
    ind = _make("i", x, mean, sigma, sigma, mean - 3 * sigma, mean + 3 * sigma, rules=rules,
                phase=phase, params=params, labels=lab, excluded=included)
    mrc = _make("mr", mr, mr_bar, sigma, constant("d3", 2) * sigma, 0.0, constant("D4", 2) * mr_bar,
                rules=None, phase=phase, params=params, labels=lab, excluded=included)
    return IMRResult(individuals=ind, moving_range=mrc, sigma=sigma)


# ---------------------------------------------------------------- attributes
def _sizes_for(sizes: object, count: int, field: str) -> np.ndarray:
    from ikm_kit import validation

    arr = validation.array(sizes, field)
    if arr.size == 1 and count != 1:
        arr = np.full(count, arr[0])
    if arr.size != count:
        raise InputError(t("quality.error.length_mismatch", first=field, second=t("quality.defectives"),
                           a=arr.size, b=count))
    if (arr <= 0).any():
        idx = int(np.flatnonzero(arr <= 0)[0])
        raise InputError(t("error.must_be_positive", field=f"{field} [{idx + 1}]", value=arr[idx]))
    return arr


def _attr_labels(labels: object, count: int) -> np.ndarray:
    if labels is None:
        return np.arange(1, count + 1, dtype=object)
    lab = np.asarray(labels, dtype=object)
    if lab.size != count:
        raise InputError(t("quality.error.length_mismatch", first=t("quality.labels"),
                           second=t("quality.points_word"), a=lab.size, b=count))
    return lab


def p_chart(defectives: object, sizes: object, *, limits: object = None,
            rules: object = "western_electric", exclude: object = None,
            labels: object = None) -> ChartResult:
    """p chart (fraction nonconforming) — peta kendali p.

    ``defectives``: number of nonconforming units in each sample; ``sizes``:
    sample sizes (one number, or one per sample → per-point limits).
    p̄ = Σd/Σn; limits p̄ ± 3√(p̄(1−p̄)/nᵢ), LCL cut at 0, UCL at most 1.
    Example: ``p_chart([12, 15, 8], 50)``.
    """
    d = _counts(defectives, t("quality.defectives"))
    n = _sizes_for(sizes, d.size, t("quality.sample_size"))
    if (d > n).any():
        idx = int(np.flatnonzero(d > n)[0])
        raise InputError(t("quality.error.more_defectives", point=idx + 1, d=d[idx], n=n[idx]))
    std = _standard(limits, "p", "p")
    included = _included(d.size, exclude if std is None else None)
    if std is None:
        _need_two(included, "p")
        p_bar = float(d[included].sum() / n[included].sum())
        phase = 1
    else:
        p_bar, phase = std["p"], 2
    sigma = float(np.sqrt(p_bar * (1 - p_bar)))
    sp = sigma / np.sqrt(n)
    return _make("p", d / n, p_bar, sigma, sp, np.maximum(0.0, p_bar - 3 * sp),
                 np.minimum(1.0, p_bar + 3 * sp), rules=rules, phase=phase, params={"p": p_bar},
                 sizes=n, labels=_attr_labels(labels, d.size), excluded=included)


def np_chart(defectives: object, size: object, *, limits: object = None,
             rules: object = "western_electric", exclude: object = None,
             labels: object = None) -> ChartResult:
    """np chart (number nonconforming) for a constant sample size ``size``.

    Centre np̄, limits np̄ ± 3√(np̄(1−p̄)), LCL cut at 0.
    Example: ``np_chart([3, 5, 2, 4], 50)``.
    """
    d = _counts(defectives, t("quality.defectives"))
    n_arr = _sizes_for(size, d.size, t("quality.sample_size"))
    if not np.all(n_arr == n_arr[0]):
        raise InputError(t("quality.error.np_constant"))
    n = float(n_arr[0])
    if (d > n).any():
        idx = int(np.flatnonzero(d > n)[0])
        raise InputError(t("quality.error.more_defectives", point=idx + 1, d=d[idx], n=n))
    std = _standard(limits, "p", "np")
    included = _included(d.size, exclude if std is None else None)
    if std is None:
        _need_two(included, "np")
        p_bar = float(d[included].sum() / (n * included.sum()))
        phase = 1
    else:
        p_bar, phase = std["p"], 2
    center = n * p_bar
    sigma = float(np.sqrt(n * p_bar * (1 - p_bar)))
    return _make("np", d, center, sigma, sigma, max(0.0, center - 3 * sigma), min(n, center + 3 * sigma),
                 rules=rules, phase=phase, params={"p": p_bar}, sizes=n_arr,
                 labels=_attr_labels(labels, d.size), excluded=included)


def c_chart(counts: object, *, limits: object = None, rules: object = "western_electric",
            exclude: object = None, labels: object = None) -> ChartResult:
    """c chart (nonconformities per inspection unit) — peta kendali c.

    c̄ = mean count; limits c̄ ± 3√c̄, LCL cut at 0.
    Example: ``c_chart([21, 24, 16, 12])``.
    """
    c = _counts(counts, t("quality.counts"))
    std = _standard(limits, "c", "c")
    included = _included(c.size, exclude if std is None else None)
    if std is None:
        _need_two(included, "c")
        c_bar = float(c[included].mean())
        phase = 1
    else:
        c_bar, phase = std["c"], 2
    sigma = float(np.sqrt(c_bar))
    return _make("c", c, c_bar, sigma, sigma, max(0.0, c_bar - 3 * sigma), c_bar + 3 * sigma,
                 rules=rules, phase=phase, params={"c": c_bar}, labels=_attr_labels(labels, c.size),
                 excluded=included)


def u_chart(defects: object, units: object, *, limits: object = None,
            rules: object = "western_electric", exclude: object = None,
            labels: object = None) -> ChartResult:
    """u chart (nonconformities per unit) with ``units`` inspection units per sample.

    ū = Σc/Σn; limits ū ± 3√(ū/nᵢ) (per point when nᵢ vary), LCL cut at 0.
    Example: ``u_chart([14, 12, 20], [10, 8, 13])``.
    """
    c = _counts(defects, t("quality.counts"))
    n = _sizes_for(units, c.size, t("quality.units"))
    std = _standard(limits, "u", "u")
    included = _included(c.size, exclude if std is None else None)
    if std is None:
        _need_two(included, "u")
        u_bar = float(c[included].sum() / n[included].sum())
        phase = 1
    else:
        u_bar, phase = std["u"], 2
    sigma = float(np.sqrt(u_bar))
    sp = sigma / np.sqrt(n)
    return _make("u", c / n, u_bar, sigma, sp, np.maximum(0.0, u_bar - 3 * sp), u_bar + 3 * sp,
                 rules=rules, phase=phase, params={"u": u_bar}, sizes=n,
                 labels=_attr_labels(labels, c.size), excluded=included)


CHART_FUNCTIONS: dict[str, Any] = {
    "xbar_r": xbar_r, "xbar_s": xbar_s, "imr": imr,
    "p": p_chart, "np": np_chart, "c": c_chart, "u": u_chart,
}

__all__ = ["ChartResult", "XbarRResult", "XbarSResult", "IMRResult", "xbar_r", "xbar_s", "imr",
           "p_chart", "np_chart", "c_chart", "u_chart", "CHART_FUNCTIONS"]
