"""Process capability (kapabilitas proses): Cp, Cpk, Pp, Ppk, Cpm and ppm.

* ``sigma_within`` (short-term): MR̄/d2 (d2 = 1.128) of consecutive values for
  ``subgroup_size=1``, otherwise R̄/d2(n) of consecutive subgroups of
  ``subgroup_size`` values (or of the rows of a 2-D input);
* ``sigma_overall`` (long-term): the sample standard deviation (n − 1).

Cp = (BSA − BSB)/6σw, Cpu = (BSA − μ)/3σw, Cpl = (μ − BSB)/3σw,
Cpk = min(Cpl, Cpu); Pp, Ppk likewise with σ overall;
Cpm = (BSA − BSB)/(6·√(σ²overall + (μ − T)²)) with target T (default: the
middle of the specification).  One-sided specifications give only the
indices that exist (the others are NaN).  Constant data (σ = 0) gives +∞,
−∞ (mean beyond a limit) or 0 (mean exactly on a limit), never NaN.
ppm are expected parts per million
outside the specification for a normal distribution.

    >>> from ikm_kit.quality import capability
    >>> res = capability([9.9, 10.1, 10.0, 10.2, 9.8, 10.0], lsl=9.4, usl=10.6)
    >>> res.cp > 1
    True
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from scipy.special import ndtr

from ikm_kit import formats, validation
from ikm_kit.errors import InputError
from ikm_kit.i18n import t
from ikm_kit.quality._inputs import integer as _integer
from ikm_kit.quality._inputs import series as _series
from ikm_kit.quality._report import decimals_for, plain, share
from ikm_kit.quality.constants import MAX_N, constant, constants_array
from ikm_kit.formats_html import html_table

CAPABLE = 1.33   # common benchmark ("≥ 1,33 mampu"), see docs/domain brief §3.1


@dataclass(repr=False)
class CapabilityResult:
    """Capability indices; NaN where a one-sided specification makes one undefined."""

    cp: float
    cpk: float
    cpl: float
    cpu: float
    pp: float
    ppk: float
    cpm: float
    sigma_within: float
    sigma_overall: float
    ppm_within: float
    ppm_overall: float
    ppm_observed: float
    mean: float
    n: int
    lsl: float | None
    usl: float | None
    target: float | None
    subgroup_size: int
    interpretation: str
    values: np.ndarray = field(default_factory=lambda: np.array([]))

    @property
    def fraction_out_within(self) -> float:
        return self.ppm_within / 1e6

    def _repr_html_(self) -> str:
        d = decimals_for(self.sigma_overall, extra=2)
        rows = [
            (t("quality.cap.n"), formats.number(self.n)),
            (t("quality.cap.mean"), formats.number(self.mean, d)),
            (t("quality.lsl"), formats.number(self.lsl, d) if self.lsl is not None else "–"),
            (t("quality.usl"), formats.number(self.usl, d) if self.usl is not None else "–"),
            (t("quality.cap.sigma_within"), formats.number(self.sigma_within, d + 1)),
            (t("quality.cap.sigma_overall"), formats.number(self.sigma_overall, d + 1)),
            ("Cp", formats.number(self.cp, 2)), ("Cpk", formats.number(self.cpk, 2)),
            ("Cpl / Cpu", f"{formats.number(self.cpl, 2)} / {formats.number(self.cpu, 2)}"),
            ("Pp", formats.number(self.pp, 2)), ("Ppk", formats.number(self.ppk, 2)),
            ("Cpm", formats.number(self.cpm, 2)),
            (t("quality.cap.ppm_within"), formats.number(self.ppm_within, 0)),
            (t("quality.cap.ppm_overall"), formats.number(self.ppm_overall, 0)),
            (t("quality.cap.ppm_observed"), formats.number(self.ppm_observed, 0)),
        ]
        return html_table(t("quality.cap.title"), rows, note=self.interpretation)

    def __repr__(self) -> str:
        return (f"<{t('quality.cap.title')}: Cp={formats.number(self.cp, 2)}, "
                f"Cpk={formats.number(self.cpk, 2)}, Ppk={formats.number(self.ppk, 2)}; "
                f"{self.interpretation}>")


def _div(a: float, b: float) -> float:
    """a/b for a capability index; σ = 0 (constant data) gives ±inf, or 0 when the mean sits on the limit."""
    if b == 0:
        return math.inf if a > 0 else (-math.inf if a < 0 else 0.0)
    return a / b


def _ppm(mean: float, sigma: float, lsl: float | None, usl: float | None) -> float:
    if sigma == 0:
        out = 0.0
        if lsl is not None and mean < lsl:
            out = 1.0
        if usl is not None and mean > usl:
            out = 1.0
        return out * 1e6
    out = 0.0
    if lsl is not None:
        out += float(ndtr((lsl - mean) / sigma))
    if usl is not None:
        out += float(ndtr((mean - usl) / sigma))
    return out * 1e6


def sigma_within(values: object, subgroup_size: int = 1) -> float:
    """Short-term σ: MR̄/1.128 (``subgroup_size=1``) or R̄/d2 of consecutive subgroups."""
    x, size = _prepare(values, subgroup_size)
    return _sigma_within(x, size)


def _prepare(values: object, subgroup_size: object) -> tuple[np.ndarray, int]:
    field_name = t("quality.values")
    arr = values
    try:
        two_d = not isinstance(values, (str, bytes)) and np.ndim(values) == 2 and not hasattr(values, "columns")
    except ValueError:  # ragged rows: numpy cannot even tell the dimension
        two_d = False
        try:
            arr = np.concatenate([np.atleast_1d(np.asarray(r, dtype=float)) for r in values])  # type: ignore[union-attr]
        except (TypeError, ValueError):
            raise InputError(t("error.not_a_number", field=field_name, value=values)) from None
    if two_d:
        try:
            matrix = np.asarray(values, dtype=float)
        except (TypeError, ValueError):
            raise InputError(t("error.not_a_number", field=field_name, value=values)) from None
        if subgroup_size is None or (isinstance(subgroup_size, (int, float, np.integer)) and subgroup_size == 1):
            subgroup_size = matrix.shape[1]
        arr = matrix.ravel()
    size = _integer(subgroup_size, t("quality.subgroup_size"), minimum=1)
    if size > MAX_N:
        raise InputError(t("quality.error.subgroup_size_max", n=size, maximum=MAX_N))
    x = _series(arr, field_name, min_size=2)
    return x, size


def _sigma_within(x: np.ndarray, size: int) -> float:
    if size == 1:
        finite = x[np.isfinite(x)]
        if finite.size < 2:
            raise InputError(t("error.empty", field=t("quality.values"), minimum=2))
        return float(np.mean(np.abs(np.diff(finite)))) / constant("d2", 2)
    groups = math.ceil(x.size / size)
    padded = np.full(groups * size, np.nan)
    padded[: x.size] = x
    matrix = padded.reshape(groups, size)
    n = np.isfinite(matrix).sum(axis=1)
    ok = n >= 2
    if not ok.any():
        raise InputError(t("quality.error.subgroup_size_one", chart=t("quality.cap.title")))
    m = matrix[ok]
    r = np.nanmax(m, axis=1) - np.nanmin(m, axis=1)
    return float(np.mean(r / constants_array("d2", n[ok])))


def capability(values: object, *, lsl: float | None = None, usl: float | None = None,
               target: float | None = None, subgroup_size: int = 1) -> CapabilityResult:
    """Capability of a process against specification limits (BSB ``lsl``, BSA ``usl``).

    ``values``: measurements in time order (mm, %, g, ...) — a list, array,
    Series, or a 2-D array with one subgroup per row.  At least one limit is
    required.  ``interpretation`` is a plain-language sentence in the active
    language with numbers formatted by :mod:`ikm_kit.formats`.
    Example: ``capability(panjang, lsl=718, usl=722, subgroup_size=5)``.
    """
    x, size = _prepare(values, subgroup_size)
    x = x[np.isfinite(x)]
    if x.size < 2:
        raise InputError(t("error.empty", field=t("quality.values"), minimum=2))
    lo = None if lsl is None else validation.number(lsl, t("quality.lsl"))
    hi = None if usl is None else validation.number(usl, t("quality.usl"))
    if lo is None and hi is None:
        raise InputError(t("quality.error.need_spec"))
    if lo is not None and hi is not None and lo >= hi:
        raise InputError(t("quality.error.spec_order", lsl=plain(lo), usl=plain(hi)))
    tgt = None if target is None else validation.number(target, t("quality.target"))
    if tgt is None and lo is not None and hi is not None:
        tgt = (lo + hi) / 2

    mean = float(np.mean(x))
    s_overall = float(np.std(x, ddof=1))
    s_within = _sigma_within(x, size)

    def indices(sigma: float) -> tuple[float, float, float, float]:
        both = lo is not None and hi is not None
        cp = _div(hi - lo, 6 * sigma) if both else math.nan
        cpu = _div(hi - mean, 3 * sigma) if hi is not None else math.nan
        cpl = _div(mean - lo, 3 * sigma) if lo is not None else math.nan
        cpk = float(np.nanmin([cpl, cpu]))
        return cp, cpk, cpl, cpu

    cp, cpk, cpl, cpu = indices(s_within)
    pp, ppk, _, _ = indices(s_overall)
    if lo is not None and hi is not None and tgt is not None:
        cpm = _div(hi - lo, 6 * math.hypot(s_overall, mean - tgt))  # hypot: no overflow for a far target
    else:
        cpm = math.nan
    ppm_w = _ppm(mean, s_within, lo, hi)
    ppm_o = _ppm(mean, s_overall, lo, hi)
    outside = np.zeros(x.size, dtype=bool)
    if lo is not None:
        outside |= x < lo
    if hi is not None:
        outside |= x > hi
    ppm_obs = float(outside.mean() * 1e6)
    text = interpret(cp=cp, cpk=cpk, ppm=ppm_w, mean=mean, target=tgt,
                     decimals=decimals_for(s_overall, extra=2))
    return CapabilityResult(cp=cp, cpk=cpk, cpl=cpl, cpu=cpu, pp=pp, ppk=ppk, cpm=cpm,
                            sigma_within=s_within, sigma_overall=s_overall, ppm_within=ppm_w,
                            ppm_overall=ppm_o, ppm_observed=ppm_obs, mean=mean, n=int(x.size),
                            lsl=lo, usl=hi, target=tgt, subgroup_size=size, interpretation=text,
                            values=x)


def interpret(*, cp: float, cpk: float, ppm: float, mean: float, target: float | None,
              decimals: int = 2) -> str:
    """Plain-language verdict from Cpk (and Cp for centring), in the active language."""
    out_share = share(ppm / 1e6)
    if not math.isfinite(cpk) and cpk > 0:
        verdict = t("quality.cap.capable", cpk="∞", share=out_share)
    elif cpk >= CAPABLE:
        verdict = t("quality.cap.capable", cpk=formats.number(cpk, 2), share=out_share)
    elif cpk >= 1.0:
        verdict = t("quality.cap.marginal", cpk=formats.number(cpk, 2), share=out_share)
    else:
        verdict = t("quality.cap.not_capable", cpk=formats.number(cpk, 2), share=out_share)
    if math.isfinite(cp) and math.isfinite(cpk) and target is not None and cp - cpk > 0.2 and cp >= 1.0:
        verdict += " " + t("quality.cap.off_center", target=formats.number(target, decimals),
                           mean=formats.number(mean, decimals), cp=formats.number(cp, 2))
    return verdict


__all__ = ["CapabilityResult", "capability", "sigma_within", "interpret", "CAPABLE"]
