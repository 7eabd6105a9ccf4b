"""Process capability (kapabilitas proses): Cp, Cpk, Pp, Ppk, Cpm and ppm.

* ``sigma_within`` (short-term): MR̄/d2 (d2 = 1.128) of neighbouring values for
  ``subgroup_size=1``, otherwise R̄/d2(n) (default; or pooled SD / s̄/c4, see
  ``sigma_method``) of consecutive subgroups of ``subgroup_size`` values (or of
  the rows of a 2-D input) — the same rule as :func:`xbar_r` and :func:`imr`;
* ``sigma_overall`` (long-term): the sample standard deviation (n − 1).

Cp = (BSA − BSB)/6σw, Cpu = (BSA − μ)/3σw, Cpl = (μ − BSB)/3σw,
Cpk = min(Cpl, Cpu); Pp, Ppk likewise with σ overall;
Cpm = (BSA − BSB)/(6·√(σ²overall + (μ − T)²)) with target T (default: the
middle of the specification).  One-sided specifications give only the
indices that exist (the others are NaN).  Constant data (σ = 0) is refused
with an Indonesian message about the gauge's resolution (an infinite Cp
would only say that the gauge cannot see the variation).
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
from ikm_kit.errors import DataError, InputError
from ikm_kit.quality import _sigma
from ikm_kit.quality._inputs import subgroups as _subgroup_rows
from ikm_kit.i18n import t
from ikm_kit.quality._inputs import integer as _integer
from ikm_kit.quality._inputs import series as _series
from ikm_kit.quality._report import decimals_for, plain, share
from ikm_kit.quality.constants import MAX_N, exact_c4
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
    n_missing: int = 0
    sigma_method: str = "rbar"
    cpm_method: str = "overall"

    @property
    def fraction_out_within(self) -> float:
        return self.ppm_within / 1e6

    def _repr_html_(self) -> str:
        d = decimals_for(self.sigma_overall, extra=2)
        rows = [
            (t("quality.cap.n"), formats.number(self.n)),
            (t("quality_conv.cap.n_missing"), formats.number(self.n_missing)),
            (t("quality.cap.mean"), formats.number(self.mean, d)),
            (t("quality.lsl"), formats.number(self.lsl, d) if self.lsl is not None else "–"),
            (t("quality.usl"), formats.number(self.usl, d) if self.usl is not None else "–"),
            (t("quality.cap.sigma_within") + f" ({t('quality_conv.method.' + self.sigma_method)})",
             formats.number(self.sigma_within, d + 1)),
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


def sigma_within(values: object, subgroup_size: int = 1, *, sigma_method: str = "rbar",
                 unbiased: bool = True) -> float:
    """Short-term σ: MR̄/1,128 (``subgroup_size=1``) or, for subgroups, ``sigma_method``.

    ``sigma_method``: ``"rbar"`` (default, R̄/d2 as :func:`xbar_r`), ``"sbar"``
    (s̄/c4 as :func:`xbar_s`) or ``"pooled"`` (pooled SD, ÷ c4(d+1) when
    ``unbiased``, Minitab's default).  A missing reading (NaN) keeps its place:
    subgroups are never shifted and moving ranges never bridge a gap.
    Example: ``sigma_within([[10.1, 9.9], [10.2, 10.0]])`` → R̄/d2 = 0,2/1,128.
    """
    kind = _sigma.method(sigma_method)
    x, matrix, size = _prepare(values, subgroup_size)
    return _within(x, matrix, kind, bool(unbiased))


def _within(x: np.ndarray, matrix: np.ndarray | None, kind: str, unbiased: bool) -> float:
    if matrix is None:
        return _sigma.individuals(x)
    return _sigma.subgroups(matrix, kind, unbiased=unbiased)


def _prepare(values: object, subgroup_size: object) -> tuple[np.ndarray, np.ndarray | None, int]:
    """``(readings in time order, subgroup matrix or None for individuals, subgroup size)``."""
    field_name = t("quality.values")
    matrix = None
    try:
        two_d = not isinstance(values, (str, bytes)) and np.ndim(values) == 2 and not hasattr(values, "columns")
    except ValueError:  # ragged rows: numpy cannot even tell the dimension
        two_d = True
    if two_d:
        matrix, _labels = _subgroup_rows(values, field_name)
        if subgroup_size is None or (isinstance(subgroup_size, (int, float, np.integer))
                                     and subgroup_size in (1, matrix.shape[1])):
            subgroup_size = matrix.shape[1]
        else:  # an explicit other subgroup size regroups the readings in row order
            matrix = None
        arr = (matrix if matrix is not None else _subgroup_rows(values, field_name)[0]).ravel()
    else:
        arr = values
    size = _integer(subgroup_size, t("quality.subgroup_size"), minimum=1)
    if size > MAX_N:
        raise InputError(t("quality.error.subgroup_size_max", n=size, maximum=MAX_N))
    x = _series(arr, field_name, min_size=2)
    if matrix is None and size > 1:
        matrix = _sigma.regroup(x, size)
    return x, matrix, size


def capability(values: object, *, lsl: float | None = None, usl: float | None = None,
               target: float | None = None, subgroup_size: int = 1, sigma_method: str = "rbar",
               unbiased: bool = True, overall_c4: bool = False,
               cpm_method: str = "overall") -> CapabilityResult:
    """Capability of a process against specification limits (BSB ``lsl``, BSA ``usl``).

    ``values``: measurements in time order (mm, %, g, ...) — a list, array,
    Series, or a 2-D array with one subgroup per row.  At least one limit is
    required.  ``interpretation`` is a plain-language sentence in the active
    language with numbers formatted by :mod:`ikm_kit.formats`.

    Conventions (docs/konvensi-statistik.md):

    * σ within: ``sigma_method="rbar"`` (default, R̄/d2 — qcc), ``"pooled"``
      (Minitab's default, ÷ c4(d+1) when ``unbiased=True``) or ``"sbar"``;
      individuals always MR̄/1,128;
    * σ overall: sample SD (n − 1); ``overall_c4=True`` divides it by c4(N);
    * Cpm: ``cpm_method="overall"`` (default, τ² = s²overall + (x̄ − T)²,
      Montgomery), ``"qcc"`` (τ² = σ²within + (x̄ − T)²) or ``"minitab"``
      (τ² = Σ(x − T)²/(N − 1), Cpm = min(T − BSB, BSA − T)/3τ);
    * missing readings (NaN) are left out but keep their place (no shifted
      subgroups, no moving range across a gap); ``n_missing`` counts them;
    * identical readings (σ = 0) raise :class:`~ikm_kit.errors.DataError`: the
      gauge's resolution is too coarse — measure with more decimals.

    Example: ``capability(panjang, lsl=718, usl=722, subgroup_size=5)``.
    """
    kind = _sigma.method(sigma_method)
    cpm_kind = _cpm_method(cpm_method)
    raw, matrix, size = _prepare(values, subgroup_size)
    x = raw[np.isfinite(raw)]
    n_missing = int(raw.size - x.size)
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
    if s_overall == 0:
        raise DataError(t("quality_conv.error.constant", n=int(x.size), value=plain(mean)))
    if overall_c4:
        s_overall /= exact_c4(int(x.size))
    s_within = _within(raw, matrix, kind, bool(unbiased))
    if s_within == 0:
        raise DataError(t("quality_conv.error.constant_within"))

    def indices(sigma: float) -> tuple[float, float, float, float]:
        both = lo is not None and hi is not None
        cp = _div(hi - lo, 6 * sigma) if both else math.nan
        cpu = _div(hi - mean, 3 * sigma) if hi is not None else math.nan
        cpl = _div(mean - lo, 3 * sigma) if lo is not None else math.nan
        cpk = float(np.nanmin([cpl, cpu]))
        return cp, cpk, cpl, cpu

    cp, cpk, cpl, cpu = indices(s_within)
    pp, ppk, _, _ = indices(s_overall)
    cpm = _cpm(cpm_kind, x, mean, s_within, s_overall, lo, hi, tgt)
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
    if n_missing:
        text += " " + t("quality_conv.cap.missing", count=n_missing)
    return CapabilityResult(cp=cp, cpk=cpk, cpl=cpl, cpu=cpu, pp=pp, ppk=ppk, cpm=cpm,
                            sigma_within=s_within, sigma_overall=s_overall, ppm_within=ppm_w,
                            ppm_overall=ppm_o, ppm_observed=ppm_obs, mean=mean, n=int(x.size),
                            lsl=lo, usl=hi, target=tgt, subgroup_size=size, interpretation=text,
                            values=x, n_missing=n_missing, sigma_method="mr" if matrix is None else kind,
                            cpm_method=cpm_kind)


CPM_METHODS = ("overall", "qcc", "minitab")


def _cpm_method(value: object) -> str:
    key = str(value).strip().lower()
    if key not in CPM_METHODS:
        raise InputError(t("error.unknown_choice", field="Cpm", value=value, valid=", ".join(CPM_METHODS)))
    return key


def _cpm(kind: str, x: np.ndarray, mean: float, s_within: float, s_overall: float,
         lo: float | None, hi: float | None, tgt: float | None) -> float:
    if lo is None or hi is None or tgt is None:
        return math.nan
    if kind == "minitab":
        tau = math.sqrt(float(np.sum((x - tgt) ** 2)) / (x.size - 1))
        return _div(min(tgt - lo, hi - tgt), 3 * tau)
    sigma = s_within if kind == "qcc" else s_overall
    return _div(hi - lo, 6 * math.hypot(sigma, mean - tgt))  # hypot: no overflow for a far target


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
