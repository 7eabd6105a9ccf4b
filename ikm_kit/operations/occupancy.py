"""Workshop occupancy and rent: units occupied / vacant / under maintenance, rent billed vs paid.

Input is the ``occupancy_monthly`` table (one row per unit and month):
``month, sentra, unit_id, status, tenant, rent_billed_rp, rent_paid_rp`` with
status ``"terisi"`` (occupied), ``"kosong"`` (vacant) or ``"perawatan"``
(under maintenance).

* occupancy rate = occupied units ÷ all units;
* occupancy of usable units = occupied ÷ (occupied + vacant) — units under
  maintenance cannot be let;
* collection rate = rent paid ÷ rent billed; arrears = billed − paid.

    >>> import pandas as pd
    >>> df = pd.DataFrame({"month": ["2023-01"] * 4, "sentra": "mebel", "unit_id": ["M01", "M02", "M03", "M04"],
    ...     "status": ["terisi", "terisi", "kosong", "perawatan"], "tenant": ["A", "B", None, None],
    ...     "rent_billed_rp": [833_000, 833_000, 0, 0], "rent_paid_rp": [833_000, 400_000, 0, 0]})
    >>> r = occupancy_summary(df)
    >>> float(r.monthly["occupancy_rate"].iloc[0]), float(r.monthly["arrears_rp"].iloc[0])
    (0.5, 433000.0)
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ikm_kit.errors import DataError
from ikm_kit.formats import month as fmt_month
from ikm_kit.formats import percent, rupiah
from ikm_kit.i18n import t
from ikm_kit.formats_html import html_frame, html_table
from ikm_kit.validation import choice, columns

from ._common import as_period, to_month

STATUSES = ("terisi", "kosong", "perawatan")
_REQUIRED = ["month", "unit_id", "status", "tenant", "rent_billed_rp", "rent_paid_rp"]


def _sentra_text(sentra: object, frame: pd.DataFrame) -> None:
    """A sentra name must be text (a list or table is a mistake, not a filter)."""
    if not isinstance(sentra, str):
        choice(sentra, sorted({str(v) for v in frame["sentra"].unique()}), "sentra")  # always raises


def _clean(occupancy: pd.DataFrame, sentra: str | None) -> pd.DataFrame:
    columns(occupancy, _REQUIRED, "occupancy_monthly")
    df = occupancy.copy()
    if sentra is not None:
        columns(df, ["sentra"], "occupancy_monthly")
        _sentra_text(sentra, df)
        df = df[df["sentra"].astype(str) == str(sentra)]
        if df.empty:
            raise DataError(t("operations.error.no_rows_sentra", sentra=sentra,
                              valid=", ".join(sorted({str(v) for v in occupancy["sentra"].unique()}))))
    if "sentra" not in df.columns:
        df["sentra"] = "-"
    df["month"] = to_month(df["month"]).to_numpy()
    status = df["status"].astype(str).str.strip().str.lower()
    bad = ~status.isin(STATUSES)
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise DataError(t("operations.error.bad_status", value=df["status"].iloc[i], unit=df["unit_id"].iloc[i],
                          valid=", ".join(STATUSES)))
    df["status"] = status.to_numpy()
    for c in ("rent_billed_rp", "rent_paid_rp"):
        v = pd.to_numeric(df[c], errors="coerce")
        unread = v.isna() & df[c].notna() & (df[c].astype(str).str.strip() != "")
        if unread.any() or np.isinf(v.to_numpy(dtype=float)).any():
            i = int(np.flatnonzero((unread | np.isinf(v.astype(float))).to_numpy())[0])
            raise DataError(t("operations.error.rent_value", unit=df["unit_id"].iloc[i], column=c,
                              value=df[c].iloc[i]))
        v = v.fillna(0.0).astype(float)
        if (v < 0).any():
            i = int(np.flatnonzero((v < 0).to_numpy())[0])
            raise DataError(t("operations.error.negative_rent", column=c, unit=df["unit_id"].iloc[i],
                              value=rupiah(v.iloc[i])))
        df[c] = v.to_numpy()
    dup = df.duplicated(["month", "sentra", "unit_id"])
    if dup.any():
        i = int(np.flatnonzero(dup.to_numpy())[0])
        raise DataError(t("operations.error.duplicate_unit_month", unit=df["unit_id"].iloc[i],
                          month=str(df["month"].iloc[i])))
    df["tenant"] = df["tenant"].astype(object).where(df["tenant"].notna(), None)
    return df


@dataclass
class OccupancyResult:
    """Monthly occupancy and rent per sentra (``monthly``) and arrears per tenant (``by_tenant``)."""

    monthly: pd.DataFrame
    by_tenant: pd.DataFrame

    def latest(self, sentra: str | None = None) -> pd.Series:
        df = self.monthly if sentra is None else self.monthly[self.monthly["sentra"] == sentra]
        return df.sort_values("month").iloc[-1]

    @property
    def interpretation(self) -> str:
        parts = []
        for sentra, grp in self.monthly.groupby("sentra", sort=True):
            first, last = grp.iloc[0], grp.iloc[-1]
            parts.append(t("operations.occ.interp", sentra=sentra, month=fmt_month(last["month"].to_timestamp()),
                           occupied=int(last["terisi"]), units=int(last["units"]),
                           rate=percent(last["occupancy_rate"]), first=percent(first["occupancy_rate"]),
                           first_month=fmt_month(first["month"].to_timestamp()),
                           collection=percent(grp["rent_paid_rp"].sum() / grp["rent_billed_rp"].sum())
                           if grp["rent_billed_rp"].sum() > 0 else "–"))
        debtors = self.by_tenant[self.by_tenant["arrears_rp"] > 0]
        if not debtors.empty:
            top = debtors.iloc[0]
            parts.append(t("operations.occ.interp_arrears", n=len(debtors),
                           total=rupiah(debtors["arrears_rp"].sum()), tenant=top["tenant"],
                           amount=rupiah(top["arrears_rp"])))
        else:
            parts.append(t("operations.occ.interp_no_arrears"))
        return " ".join(parts)

    def _repr_html_(self) -> str:
        rows = []
        for sentra, grp in self.monthly.groupby("sentra", sort=True):
            last = grp.iloc[-1]
            rows.append((sentra, fmt_month(last["month"].to_timestamp()),
                         f"{int(last['terisi'])}/{int(last['units'])}", percent(last["occupancy_rate"]),
                         rupiah(grp["rent_billed_rp"].sum()), rupiah(grp["rent_paid_rp"].sum()),
                         rupiah(grp["arrears_rp"].sum())))
        head = [t("operations.col.sentra"), t("operations.col.month"), t("operations.col.occupied_units"),
                t("operations.col.occupancy_rate"), t("operations.col.rent_billed_rp"),
                t("operations.col.rent_paid_rp"), t("operations.col.arrears_rp")]
        out = html_table(t("operations.occ.title"), rows, note=self.interpretation, header=head)
        top = self.by_tenant[self.by_tenant["arrears_rp"] > 0].head(10)
        if not top.empty:
            shown = pd.DataFrame({
                t("operations.col.tenant"): top["tenant"],
                t("operations.col.arrears_rp"): [rupiah(v) for v in top["arrears_rp"]],
                t("operations.col.months_in_arrears"): top["months_in_arrears"],
                t("operations.col.collection_rate"): [percent(v) for v in top["collection_rate"]],
            })
            out += html_frame(shown, t("operations.occ.arrears_title"))
        return out


def occupancy_summary(occupancy: pd.DataFrame, *, sentra: str | None = None) -> OccupancyResult:
    """Units by status, occupancy rate and rent billed/paid per sentra and month.

    ``monthly`` columns: ``sentra, month, units, terisi, kosong, perawatan,
    occupancy_rate, usable_occupancy_rate, rent_billed_rp, rent_paid_rp,
    arrears_rp, collection_rate, cumulative_arrears_rp``.  ``by_tenant``: see
    :func:`rent_arrears`.  Example: ``occupancy_summary(load("occupancy_monthly"), sentra="mebel")``.
    """
    df = _clean(occupancy, sentra)
    counts = (df.groupby(["sentra", "month", "status"], observed=True).size()
              .unstack("status", fill_value=0).reindex(columns=list(STATUSES), fill_value=0))
    money = df.groupby(["sentra", "month"], observed=True)[["rent_billed_rp", "rent_paid_rp"]].sum()
    out = counts.join(money).reset_index().sort_values(["sentra", "month"], ignore_index=True)
    out["units"] = out[list(STATUSES)].sum(axis=1)
    out["occupancy_rate"] = out["terisi"] / out["units"]
    usable = out["terisi"] + out["kosong"]
    out["usable_occupancy_rate"] = np.where(usable > 0, out["terisi"] / usable.where(usable > 0, 1), np.nan)
    out["arrears_rp"] = out["rent_billed_rp"] - out["rent_paid_rp"]
    billed = out["rent_billed_rp"]
    out["collection_rate"] = np.where(billed > 0, out["rent_paid_rp"] / billed.where(billed > 0, 1), np.nan)
    out["cumulative_arrears_rp"] = out.groupby("sentra")["arrears_rp"].cumsum()
    cols = ["sentra", "month", "units", *STATUSES, "occupancy_rate", "usable_occupancy_rate", "rent_billed_rp",
            "rent_paid_rp", "arrears_rp", "collection_rate", "cumulative_arrears_rp"]
    return OccupancyResult(out[cols], rent_arrears(df, _clean_done=True))


def rent_arrears(occupancy: pd.DataFrame, *, sentra: str | None = None, until: object = None,
                 _clean_done: bool = False) -> pd.DataFrame:
    """Rent billed, paid and owed per tenant (largest arrears first).

    Columns: ``tenant, sentra, units, months_billed, rent_billed_rp,
    rent_paid_rp, arrears_rp, collection_rate, months_in_arrears,
    last_month``.  ``arrears_rp`` is billed − paid over the whole period
    (over-payments reduce it, never below 0); ``months_in_arrears`` counts months
    paid less than billed.  ``until``: last month to include (``"2023-06"``).
    """
    df = occupancy if _clean_done else _clean(occupancy, sentra)
    if until is not None:
        limit = as_period(until, "until")
        df = df[df["month"] <= limit]
    df = df[df["tenant"].notna() & (df["rent_billed_rp"] + df["rent_paid_rp"] > 0)]
    cols = ["tenant", "sentra", "units", "months_billed", "rent_billed_rp", "rent_paid_rp", "arrears_rp",
            "collection_rate", "months_in_arrears", "last_month"]
    if df.empty:
        return pd.DataFrame(columns=cols)
    df = df.assign(short=(df["rent_paid_rp"] < df["rent_billed_rp"] - 0.5).astype(int),
                   tenant=df["tenant"].astype(str))
    g = df.groupby(["tenant", "sentra"], observed=True)
    out = pd.DataFrame({
        "units": g["unit_id"].nunique(),
        "months_billed": g["month"].nunique(),
        "rent_billed_rp": g["rent_billed_rp"].sum(),
        "rent_paid_rp": g["rent_paid_rp"].sum(),
        "months_in_arrears": g["short"].sum(),
        "last_month": g["month"].max(),
    }).reset_index()
    out["arrears_rp"] = (out["rent_billed_rp"] - out["rent_paid_rp"]).clip(lower=0)
    billed = out["rent_billed_rp"]
    out["collection_rate"] = np.where(billed > 0, out["rent_paid_rp"] / billed.where(billed > 0, 1), np.nan)
    return out[cols].sort_values(["arrears_rp", "tenant"], ascending=[False, True], ignore_index=True)


def unit_status(workshops: pd.DataFrame, occupancy: pd.DataFrame | None = None, month: object = None, *,
                sentra: str | None = "mebel") -> pd.DataFrame:
    """One row per workshop for a site map: position, status, tenant, product, rent status.

    ``workshops`` needs ``unit_id, grid_row, grid_col`` (and usually
    ``sentra, block, tenant, product_line, status, monthly_rent_rp``).  With
    ``occupancy`` the status and tenant of ``month`` (default: the last month)
    are used and ``rent_status`` is ``"lunas"`` (paid up), ``"menunggak"``
    (owes rent; ``arrears_rp`` to date) or ``"-"``.
    """
    columns(workshops, ["unit_id", "grid_row", "grid_col"], "workshops")
    w = workshops.copy()
    if sentra is not None and "sentra" in w.columns:
        _sentra_text(sentra, w)
        w = w[w["sentra"].astype(str) == sentra]
        if w.empty:
            raise DataError(t("operations.error.no_rows_sentra", sentra=sentra,
                              valid=", ".join(sorted({str(v) for v in workshops["sentra"].unique()}))))
    for c, default in (("tenant", None), ("product_line", None), ("status", "kosong"), ("block", ""),
                       ("monthly_rent_rp", np.nan)):
        if c not in w.columns:
            w[c] = default
    w["unit_id"] = w["unit_id"].astype(str)
    w["arrears_rp"] = 0.0
    w["rent_status"] = "-"
    w["month"] = None
    if occupancy is not None:
        occ = _clean(occupancy, None)
        occ = occ.assign(unit_id=occ["unit_id"].astype(str))
        occ = occ[occ["unit_id"].isin(w["unit_id"])]
        if occ.empty:
            raise DataError(t("operations.error.no_matching_units"))
        m = occ["month"].max() if month is None else as_period(month)
        now = occ[occ["month"] == m].set_index("unit_id")
        if now.empty:
            valid = f"{occ['month'].min()} … {occ['month'].max()}"
            raise DataError(t("operations.error.month_not_in_data", month=str(m), valid=valid))
        w["status"] = w["unit_id"].map(now["status"]).fillna(w["status"]).to_numpy()
        w["tenant"] = w["unit_id"].map(now["tenant"]).to_numpy()
        upto = occ[occ["month"] <= m]
        owed = (upto["rent_billed_rp"] - upto["rent_paid_rp"]).groupby(
            [upto["unit_id"], upto["tenant"].astype(str)]).sum()
        owed_now = [max(float(owed.get((u, str(tn)), 0.0)), 0.0) if tn is not None else 0.0
                    for u, tn in zip(w["unit_id"], w["tenant"])]
        w["arrears_rp"] = owed_now
        w["rent_status"] = np.where(w["status"] != "terisi", "-",
                                    np.where(w["arrears_rp"] > 0.5, "menunggak", "lunas"))
        w["month"] = str(m)
    tenant = w["tenant"].astype(object)
    w["tenant"] = tenant.where(tenant.notna() & (w["status"] == "terisi"), None)
    keep = ["unit_id", "block", "grid_row", "grid_col", "status", "tenant", "product_line", "monthly_rent_rp",
            "rent_status", "arrears_rp", "month"]
    if "sentra" in w.columns:
        keep.insert(1, "sentra")
    return w[keep].sort_values(["grid_row", "grid_col"], ignore_index=True)


__all__ = ["occupancy_summary", "OccupancyResult", "rent_arrears", "unit_status", "STATUSES"]
