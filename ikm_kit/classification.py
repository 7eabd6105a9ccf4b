"""Official size classes of a business unit: industry (Permenperin 64/2016), UMKM (PP 7/2021), BPS.

Three *different* systems, used by different offices — one unit can be
"industri kecil" (Kemenperin) and "usaha mikro" (UMKM law) at the same time:

* **Permenperin 64/M-IND/PER/7/2016** (industry size; workers **and** investment,
  investment excludes land and buildings):

  - industri kecil: ≤ 19 workers **and** investment < Rp1 miliar;
  - industri menengah: (≤ 19 workers and investment ≥ Rp1 miliar) **or**
    (≥ 20 workers and investment ≤ Rp15 miliar);
  - industri besar: ≥ 20 workers and investment > Rp15 miliar.

* **PP 7/2021 Pasal 35** (UMKM): by *modal usaha* (business capital excl. land
  and buildings; used when a business is founded/registered) or by *hasil
  penjualan tahunan* (annual sales; used for businesses already running):

  ============  ====================  ==========================
  class         modal usaha           hasil penjualan tahunan
  ============  ====================  ==========================
  mikro         ≤ Rp1 M               ≤ Rp2 M
  kecil         > Rp1 M – Rp5 M       > Rp2 M – Rp15 M
  menengah      > Rp5 M – Rp10 M      > Rp15 M – Rp50 M
  besar         > Rp10 M              > Rp50 M  (not an UMKM)
  ============  ====================  ==========================

  When both are given, ``size`` follows annual sales (the criterion for a
  running business); both readings are kept.

* **BPS** statistical classes (workers only): mikro/rumah tangga 1–4, kecil
  5–19, sedang 20–99, besar ≥ 100.

Sources: ``/work/shared/domain/brief.md`` §1.1–1.3 (Permenperin 64/2016 via
scribd/haloedukasi/banyuasinkab; PP 7/2021 Pasal 35 via scribd/DDTC; BPS via
helloborneo [V] and pvinasia [P] for 20–99/≥100).

    >>> from ikm_kit.classification import classify_unit
    >>> r = classify_unit(8, 450_000_000, annual_sales_rp=1_200_000_000)
    >>> r.industry.size, r.umkm.size, r.bps.size
    ('kecil', 'mikro', 'kecil')
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ikm_kit import formats, validation
from ikm_kit.errors import DataError, IkmError, InputError
from ikm_kit.i18n import t
from ikm_kit.formats_html import html_frame, html_table

MILIAR = 1_000_000_000

# Permenperin 64/M-IND/PER/7/2016
SMALL_MAX_WORKERS = 19                 # industri kecil: at most 19 workers …
SMALL_INVESTMENT_LIMIT_RP = 1 * MILIAR  # … and investment strictly below Rp1 M
MEDIUM_MAX_INVESTMENT_RP = 15 * MILIAR  # ≥ 20 workers: menengah up to Rp15 M (inclusive)

# PP 7/2021 Pasal 35 — upper limits (inclusive) of mikro, kecil, menengah
UMKM_CAPITAL_LIMITS_RP = (1 * MILIAR, 5 * MILIAR, 10 * MILIAR)
UMKM_SALES_LIMITS_RP = (2 * MILIAR, 15 * MILIAR, 50 * MILIAR)

# BPS: lower bounds of kecil, sedang, besar (workers)
BPS_LIMITS = (5, 20, 100)

# PP 29/2018 Pasal 1: a sentra IKM has at least this many business units
SENTRA_MIN_UNITS = 5

INDUSTRY_SIZES = ("kecil", "menengah", "besar")
UMKM_SIZES = ("mikro", "kecil", "menengah", "besar")
BPS_SIZES = ("mikro", "kecil", "sedang", "besar")
SYSTEMS = ("industri", "umkm", "bps")


def money(value: float) -> str:
    """Short money text: ``Rp 450 juta``, ``Rp 1,5 miliar``, ``Rp 75.000`` (active language)."""
    value = float(value)
    for divisor, key in ((MILIAR, "classification.billion"), (1_000_000, "classification.million")):
        if abs(value) >= divisor:
            shown = value / divisor
            if round(shown, 2) % 1:
                text = formats.number(shown, 2).rstrip("0")
            else:
                text = formats.number(shown)
            return f"Rp {text} {t(key)}"
    return formats.rupiah(value)


@dataclass(frozen=True)
class SizeClass:
    """One reading: ``system`` ("industri", "umkm", "bps"), ``size`` code, label, reason, legal basis."""

    system: str
    size: str
    basis_key: str
    reason: str

    @property
    def label(self) -> str:
        """E.g. "Industri kecil", "Usaha mikro", "Bukan UMKM (usaha besar)"."""
        return t(f"classification.{self.system}.{self.size}")

    @property
    def basis(self) -> str:
        return t(self.basis_key)

    def _repr_html_(self) -> str:
        return html_table(self.label, [(t("classification.col.basis"), self.basis)], note=self.reason)

    def __str__(self) -> str:
        return f"{self.label}: {self.reason}"


@dataclass(frozen=True)
class UmkmClass(SizeClass):
    """UMKM size; ``by_capital`` / ``by_sales`` hold the separate readings (or ``None``)."""

    by_capital: str | None = None
    by_sales: str | None = None


@dataclass(frozen=True)
class UnitClassification:
    """The three readings of one unit, with the inputs (Rp, workers)."""

    name: str
    workers: int
    investment_rp: float | None
    capital_rp: float | None
    annual_sales_rp: float | None
    industry: SizeClass | None
    umkm: UmkmClass | None
    bps: SizeClass

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "workers": self.workers, "investment_rp": self.investment_rp,
            "capital_rp": self.capital_rp, "annual_sales_rp": self.annual_sales_rp,
            "industry_size": self.industry.size if self.industry else None,
            "industry_reason": self.industry.reason if self.industry else "",
            "umkm_size": self.umkm.size if self.umkm else None,
            "umkm_reason": self.umkm.reason if self.umkm else "",
            "bps_size": self.bps.size, "bps_reason": self.bps.reason,
        }

    @property
    def interpretation(self) -> str:
        parts = []
        if self.industry and self.umkm:
            parts.append(t("classification.interp_both", industry=self.industry.label.lower(),
                           umkm=self.umkm.label.lower()))
        if self.industry and self.industry.size == "menengah" and self.bps.size in ("mikro", "kecil"):
            parts.append(t("classification.interp_investment_driven"))
        return " ".join(parts)

    def _repr_html_(self) -> str:
        rows = []
        for item in (self.industry, self.umkm, self.bps):
            if item is not None:
                rows.append((item.basis, item.label, item.reason))
        title = t("classification.title_unit", name=self.name) if self.name else t("classification.title")
        return html_table(title, rows, note=self.interpretation or None,
                          header=[t("classification.col.basis"), t("classification.col.class"),
                                  t("classification.col.reason")])


# ----------------------------------------------------------------- inputs
def _workers(value: object) -> int:
    field = t("classification.field.workers")
    number = validation.number(value, field)
    if number != math.floor(number):
        raise InputError(t("classification.error.workers_whole", field=field, value=value))
    if number < 1:
        raise InputError(t("classification.error.workers_min", field=field, value=value))
    return int(number)


def _rupiah_amount(value: object, key: str) -> float:
    return validation.non_negative(value, t(key))


# ----------------------------------------------------------------- the three systems
def industry_size(workers: object, investment_rp: object) -> SizeClass:
    """Industry size per Permenperin 64/2016 from workers and investment (Rp, excl. land & buildings).

    ``industry_size(19, 1_000_000_000).size`` → ``"menengah"`` (kecil needs investment *below* Rp1 M).
    """
    n = _workers(workers)
    inv = _rupiah_amount(investment_rp, "classification.field.investment")
    fmt = {"workers": formats.number(n), "investment": money(inv)}
    if n <= SMALL_MAX_WORKERS:
        if inv < SMALL_INVESTMENT_LIMIT_RP:
            size, reason = "kecil", t("classification.reason.industry_small", **fmt)
        else:
            size, reason = "menengah", t("classification.reason.industry_medium_investment", **fmt)
    elif inv <= MEDIUM_MAX_INVESTMENT_RP:
        size, reason = "menengah", t("classification.reason.industry_medium_workers", **fmt)
    else:
        size, reason = "besar", t("classification.reason.industry_large", **fmt)
    return SizeClass("industri", size, "classification.basis.industry", reason)


def _band(value: float, limits: tuple[float, float, float]) -> str:
    for size, limit in zip(UMKM_SIZES, limits):
        if value <= limit:
            return size
    return "besar"


def umkm_size(*, capital_rp: object = None, annual_sales_rp: object = None) -> UmkmClass:
    """UMKM class per PP 7/2021 Pasal 35 by modal usaha and/or hasil penjualan tahunan (Rp).

    Give at least one.  With both, ``size`` follows annual sales (running
    business) and the reason names both readings.
    """
    if _missing(capital_rp) and _missing(annual_sales_rp):
        raise InputError(t("classification.error.need_capital_or_sales"))
    by_capital = by_sales = None
    reasons = []
    if not _missing(capital_rp):
        cap = _rupiah_amount(capital_rp, "classification.field.capital")
        by_capital = _band(cap, UMKM_CAPITAL_LIMITS_RP)
        reasons.append(t(f"classification.reason.capital_{by_capital}", value=money(cap)))
    if not _missing(annual_sales_rp):
        sales = _rupiah_amount(annual_sales_rp, "classification.field.sales")
        by_sales = _band(sales, UMKM_SALES_LIMITS_RP)
        reasons.append(t(f"classification.reason.sales_{by_sales}", value=money(sales)))
    size = by_sales if by_sales is not None else by_capital
    reason = " ".join(reasons)
    if by_capital is not None and by_sales is not None and by_capital != by_sales:
        reason += " " + t("classification.reason.umkm_differ", sales=t(f"classification.umkm.{by_sales}").lower())
    return UmkmClass("umkm", size, "classification.basis.umkm", reason, by_capital=by_capital, by_sales=by_sales)


def bps_size(workers: object) -> SizeClass:
    """BPS statistical size class from the number of workers (1–4, 5–19, 20–99, ≥ 100)."""
    n = _workers(workers)
    size = "besar"
    for candidate, limit in zip(BPS_SIZES, BPS_LIMITS):
        if n < limit:
            size = candidate
            break
    return SizeClass("bps", size, "classification.basis.bps",
                     t(f"classification.reason.bps_{size}", workers=formats.number(n)))


def _missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def classify_unit(workers: object, investment_rp: object = None, *, capital_rp: object = None,
                  annual_sales_rp: object = None, name: str = "") -> UnitClassification:
    """All three readings of one unit.

    ``workers``: number of workers (owner included, ≥ 1); ``investment_rp``:
    machines and equipment, Rp, without land and buildings (Permenperin);
    ``capital_rp`` / ``annual_sales_rp`` for PP 7/2021 (optional).

    Example: ``classify_unit(8, 450e6, annual_sales_rp=1.2e9, name="CV Interior Bahteramas")``.
    """
    n = _workers(workers)
    industry = None if _missing(investment_rp) else industry_size(n, investment_rp)
    umkm = None
    if not (_missing(capital_rp) and _missing(annual_sales_rp)):
        umkm = umkm_size(capital_rp=capital_rp, annual_sales_rp=annual_sales_rp)
    return UnitClassification(
        name=str(name or ""), workers=n,
        investment_rp=None if _missing(investment_rp) else float(validation.number(investment_rp, "investment")),
        capital_rp=None if _missing(capital_rp) else float(validation.number(capital_rp, "capital")),
        annual_sales_rp=None if _missing(annual_sales_rp) else float(validation.number(annual_sales_rp, "sales")),
        industry=industry, umkm=umkm, bps=bps_size(n))


# ----------------------------------------------------------------- tables
RESULT_COLUMNS = ["industry_size", "industry_reason", "umkm_size", "umkm_reason", "bps_size", "bps_reason"]


class ClassificationTable(pd.DataFrame):
    """A DataFrame of classified units that renders with Indonesian headers in a notebook."""

    _metadata: list[str] = []

    @property
    def _constructor(self):  # keep the subclass through pandas operations
        return ClassificationTable

    def _repr_html_(self) -> str:  # type: ignore[override]
        shown = self.copy()
        shown = pd.DataFrame(shown)
        for col in ("investment_rp", "capital_rp", "annual_sales_rp"):
            if col in shown:
                shown[col] = [money(v) if not _missing(v) else "–" for v in shown[col]]
        for col, system in (("industry_size", "industri"), ("umkm_size", "umkm"), ("bps_size", "bps")):
            if col in shown:
                shown[col] = [t(f"classification.{system}.{v}") if isinstance(v, str) else "–" for v in shown[col]]
        shown.columns = [t(f"classification.col.{c}") if _has_col_label(c) else str(c) for c in shown.columns]
        return html_frame(shown, t("classification.title_table"), max_rows=60)


def _has_col_label(column: object) -> bool:
    from ikm_kit.i18n import has_key

    return has_key(f"classification.col.{column}")


def classify_units(units: pd.DataFrame, *, workers: str = "workers", investment: str = "investment_rp",
                   capital: str = "capital_rp", sales: str = "annual_sales_rp",
                   name: str = "name") -> ClassificationTable:
    """Classify every row of ``units``; returns the input columns plus
    ``industry_size, industry_reason, umkm_size, umkm_reason, bps_size, bps_reason``.

    Required column: ``workers``; ``investment_rp``, ``capital_rp``,
    ``annual_sales_rp`` and ``name`` are used when present (empty cells allowed).
    A bad value raises :class:`ikm_kit.errors.DataError` naming the row and unit.

    Example: ``classify_units(example_units())``.
    """
    validation.columns(units, [workers], "units")
    if units.empty:
        raise DataError(t("error.empty", field="units", minimum=1))
    rows = []
    for i, (_, row) in enumerate(units.iterrows(), start=1):
        label = str(row[name]) if name in units.columns and not _missing(row[name]) else f"#{i}"
        try:
            result = classify_unit(row[workers],
                                   row[investment] if investment in units.columns else None,
                                   capital_rp=row[capital] if capital in units.columns else None,
                                   annual_sales_rp=row[sales] if sales in units.columns else None,
                                   name=label)
        except IkmError as exc:
            raise DataError(t("classification.error.row", row=i, name=label, problem=str(exc))) from None
        d = result.as_dict()
        rows.append({c: d[c] for c in RESULT_COLUMNS})
    out = pd.concat([units.reset_index(drop=True), pd.DataFrame(rows)], axis=1)
    return ClassificationTable(out)


def example_units() -> pd.DataFrame:
    """Eight Kendari-like units for the Day-1 exercise (names from the shipped data are fictional;
    workers, investment, capital and sales are **illustrative**, not survey data).

    Columns: ``name, sentra, product, workers, investment_rp, capital_rp, annual_sales_rp``.
    """
    rows = [
        ("Mebel Berkah Ilahi", "mebel", "lemari, meja, kursi", 3, 120e6, 150e6, 350e6),
        ("CV Interior Bahteramas", "mebel", "kitchen set, plafon", 8, 450e6, 600e6, 1.2e9),
        ("UD Barokah Jati", "mebel", "mebel jati Muna", 12, 1.3e9, 1.5e9, 2.5e9),
        ("CV Meja Sekolah Sultra", "mebel", "meja belajar sekolah", 24, 900e6, 1.1e9, 4e9),
        ("UD Mete Sultra Jaya", "pangan", "kacang mete goreng", 6, 75e6, 100e6, 480e6),
        ("Abon Tuna Mama Ani", "pangan", "abon ikan tuna", 4, 40e6, 50e6, 200e6),
        ("UD Ikan Asap Teluk Kendari", "pangan", "ikan asap cakalang", 19, 1e9, 1.2e9, 1.8e9),
        ("PT Rumput Laut Sultra (di luar sentra)", "pangan", "karagenan rumput laut", 120, 22e9, 25e9, 60e9),
    ]
    return pd.DataFrame(rows, columns=["name", "sentra", "product", "workers", "investment_rp", "capital_rp",
                                       "annual_sales_rp"])


__all__ = [
    "industry_size", "umkm_size", "bps_size", "classify_unit", "classify_units", "example_units", "money",
    "SizeClass", "UmkmClass", "UnitClassification", "ClassificationTable",
    "INDUSTRY_SIZES", "UMKM_SIZES", "BPS_SIZES", "SENTRA_MIN_UNITS",
    "SMALL_MAX_WORKERS", "SMALL_INVESTMENT_LIMIT_RP", "MEDIUM_MAX_INVESTMENT_RP",
    "UMKM_CAPITAL_LIMITS_RP", "UMKM_SALES_LIMITS_RP", "BPS_LIMITS",
]
