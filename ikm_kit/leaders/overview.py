"""Sentra overview: occupancy and rent per month for one sentra (pure computation).

    >>> from ikm_kit import data
    >>> from ikm_kit.leaders.overview import occupancy_trend, month_summary
    >>> occ = data.load("occupancy_monthly")
    >>> trend = occupancy_trend(occ, "mebel")
    >>> int(trend.iloc[0]["occupied"])       # January 2022: 11 workshops in use
    11
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ikm_kit import formats, validation
from ikm_kit.errors import DataError
from ikm_kit.i18n import t
from ikm_kit.formats_html import html_table

STATUSES = ("terisi", "kosong", "perawatan")
SENTRAS = ("mebel", "pangan")
REQUIRED = ["month", "sentra", "unit_id", "status", "rent_billed_rp", "rent_paid_rp"]


def occupancy_trend(occupancy: pd.DataFrame, sentra: str) -> pd.DataFrame:
    """Units by status per month for ``sentra`` ("mebel" or "pangan").

    Returns columns ``month, occupied, vacant, maintenance, units, occupancy_rate``
    (rate as a fraction of all units), ``rent_billed_rp, rent_paid_rp`` (Rp).
    """
    validation.columns(occupancy, REQUIRED, "occupancy_monthly")
    validation.choice(sentra, SENTRAS, t("overview.sentra"))
    df = occupancy[occupancy["sentra"] == sentra]
    if df.empty:
        raise DataError(t("overview.no_rows", sentra=sentra))
    status = df["status"].astype(str)
    unknown = ~status.isin(STATUSES)
    if unknown.any():
        raise DataError(t("overview.bad_status", value=status[unknown].iloc[0], valid=", ".join(STATUSES)))
    month = pd.to_datetime(df["month"], errors="coerce")
    if month.isna().any():
        raise DataError(t("overview.bad_month", value=df["month"][month.isna()].iloc[0]))
    df = df.assign(month=month)
    for c in ("rent_billed_rp", "rent_paid_rp"):
        v = pd.to_numeric(df[c], errors="coerce")
        bad = v.isna() | ~np.isfinite(v.fillna(0).to_numpy(dtype=float)) | (v < 0)
        if bad.any():
            raise DataError(t("overview.bad_rent", column=c, value=df[c][bad].iloc[0]))
        df = df.assign(**{c: v})
    counts = (df.groupby(["month", status.rename("status")]).size().unstack(fill_value=0)
              .reindex(columns=list(STATUSES), fill_value=0))
    money = df.groupby("month")[["rent_billed_rp", "rent_paid_rp"]].sum()
    out = pd.DataFrame({
        "month": counts.index,
        "occupied": counts["terisi"].to_numpy(),
        "vacant": counts["kosong"].to_numpy(),
        "maintenance": counts["perawatan"].to_numpy(),
    })
    out["units"] = out[["occupied", "vacant", "maintenance"]].sum(axis=1)
    out["occupancy_rate"] = out["occupied"] / out["units"]
    out["rent_billed_rp"] = money["rent_billed_rp"].to_numpy(dtype=float)
    out["rent_paid_rp"] = money["rent_paid_rp"].to_numpy(dtype=float)
    return out.reset_index(drop=True)


@dataclass(frozen=True)
class MonthSummary:
    """Occupancy and rent of one sentra in one month (rent in Rp)."""

    sentra: str
    month: pd.Timestamp
    units: int
    occupied: int
    vacant: int
    maintenance: int
    occupancy_rate: float
    rent_billed_rp: float
    rent_paid_rp: float

    @property
    def collection_rate(self) -> float:
        """Share of billed rent that was paid (NaN when nothing was billed)."""
        return self.rent_paid_rp / self.rent_billed_rp if self.rent_billed_rp else float("nan")

    def interpretation(self) -> str:
        text = t("overview.interpret_occupancy", occupied=self.occupied, units=self.units,
                 rate=formats.percent(self.occupancy_rate))
        if self.rent_billed_rp <= 0:
            text += " " + t("overview.interpret_no_rent")
        else:
            text += " " + t("overview.interpret_rent", paid=formats.rupiah(self.rent_paid_rp),
                           billed=formats.rupiah(self.rent_billed_rp),
                           rate=formats.percent(self.collection_rate, 0))
        return text

    def _repr_html_(self) -> str:
        rows = [
            (t("overview.units"), formats.number(self.units)),
            (t("overview.occupied"), formats.number(self.occupied)),
            (t("overview.occupancy_rate"), formats.percent(self.occupancy_rate)),
            (t("overview.rent_billed"), formats.rupiah(self.rent_billed_rp)),
            (t("overview.rent_paid"), formats.rupiah(self.rent_paid_rp)),
        ]
        title = t("overview.summary_title", sentra=t(f"overview.sentra_{self.sentra}"),
                  month=formats.month(self.month))
        return html_table(title, rows, note=self.interpretation())


def month_summary(occupancy: pd.DataFrame, sentra: str, month: object, *,
                  trend: pd.DataFrame | None = None) -> MonthSummary:
    """Summary of ``sentra`` in ``month`` (any date inside the month, e.g. ``"2022-01"``).

    ``trend`` (optional): ``occupancy_trend(occupancy, sentra)`` already computed
    by the caller, to avoid computing it twice.
    """
    if trend is None:
        trend = occupancy_trend(occupancy, sentra)
    try:
        period = pd.Timestamp(str(month)[:7] + "-01") if isinstance(month, str) else pd.Timestamp(month)
    except (ValueError, TypeError, OverflowError):
        raise DataError(t("overview.bad_month", value=month)) from None
    if period is pd.NaT:
        raise DataError(t("overview.bad_month", value=month))
    period = period.to_period("M").to_timestamp()
    row = trend[trend["month"] == period]
    if row.empty:
        raise DataError(t("overview.month_missing", value=str(month),
                          first=formats.month(trend["month"].min()), last=formats.month(trend["month"].max())))
    r = row.iloc[0]
    return MonthSummary(sentra=sentra, month=period, units=int(r["units"]), occupied=int(r["occupied"]),
                        vacant=int(r["vacant"]), maintenance=int(r["maintenance"]),
                        occupancy_rate=float(r["occupancy_rate"]),
                        rent_billed_rp=float(r["rent_billed_rp"]), rent_paid_rp=float(r["rent_paid_rp"]))
