"""The leaders' one-page summary of both sentras (pure computation, no widgets).

Monthly indicators per sentra, from the shipped datasets or your own frames:

- ``occupancy_rate`` — occupied workshops ÷ all workshops (``occupancy_monthly``)
- ``utilization`` — machine hours used ÷ hours open (``machines``, ``machine_bookings``)
- ``oee`` — overall equipment effectiveness (``machine_log``)
- ``defect_rate`` — defective ÷ inspected units (``inspections``)
- ``revenue_rp`` — estimated income of the sentra management: rent received +
  machine fees (hours used × ``hourly_fee_rp``), in Rp per month

    >>> from ikm_kit.leaders.summary import leaders_summary
    >>> s = leaders_summary("2023-12")
    >>> sorted(s.current)
    ['mebel', 'pangan']
    >>> 0 < s.current["mebel"]["occupancy_rate"] < 1
    True
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ikm_kit import formats
from ikm_kit.errors import DataError
from ikm_kit.i18n import t

SENTRAS = ("mebel", "pangan")
METRICS = ("occupancy_rate", "utilization", "oee", "defect_rate", "revenue_rp")
#: metrics where a higher value is better (defect rate: lower is better)
HIGHER_IS_BETTER = {"occupancy_rate": True, "utilization": True, "oee": True, "defect_rate": False,
                    "revenue_rp": True}
#: thresholds for "needs attention" (fractions)
THRESHOLDS = {"occupancy_rate": 0.60, "utilization": 0.35, "oee": 0.60, "defect_rate": 0.05,
              "collection_rate": 0.80}
#: relative change that counts as "changed" in the paragraph
NOTABLE_CHANGE = {"occupancy_rate": 0.02, "utilization": 0.03, "oee": 0.03, "defect_rate": 0.005,
                  "revenue_rp": 0.10}


def _month_index(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values).dt.to_period("M").dt.to_timestamp()


def monthly_indicators(*, occupancy: pd.DataFrame | None = None, machines: pd.DataFrame | None = None,
                       bookings: pd.DataFrame | None = None, log: pd.DataFrame | None = None,
                       inspections: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per sentra and month with the five indicators and their parts.

    Columns: ``sentra, month, units, occupied, occupancy_rate, rent_billed_rp,
    rent_paid_rp, collection_rate, cumulative_arrears_rp, available_h, used_h,
    utilization, oee, inspected, defectives, defect_rate, machine_fees_rp,
    revenue_rp``.  Months without data for an indicator hold NaN.
    Missing frames are loaded from :mod:`ikm_kit.data`.
    """
    from ikm_kit import data
    from ikm_kit.operations import machine_utilization, occupancy_summary, oee_from_log

    occupancy = data.load("occupancy_monthly") if occupancy is None else occupancy
    machines = data.load("machines") if machines is None else machines
    bookings = data.load("machine_bookings") if bookings is None else bookings
    log = data.load("machine_log") if log is None else log
    inspections = data.load("inspections") if inspections is None else inspections

    occ = occupancy_summary(occupancy).monthly.copy()
    occ["sentra"] = occ["sentra"].astype(str)
    occ["month"] = pd.PeriodIndex(occ["month"]).to_timestamp() if isinstance(occ["month"].dtype, pd.PeriodDtype) \
        else _month_index(occ["month"])
    out = occ.rename(columns={"terisi": "occupied"})[
        ["sentra", "month", "units", "occupied", "occupancy_rate", "rent_billed_rp", "rent_paid_rp",
         "collection_rate", "cumulative_arrears_rp"]]

    # machine utilisation: open hours (from the opening times) vs hours used, per month
    mach = machines.assign(machine_id=machines["machine_id"].astype(str), sentra=machines["sentra"].astype(str))
    util = pd.DataFrame(columns=["sentra", "month", "available_h", "used_h", "machine_fees_rp"])
    if len(bookings):
        b = bookings.copy()
        b["machine_id"] = b["machine_id"].astype(str)
        start, end = pd.to_datetime(b["start"]).min().normalize(), pd.to_datetime(b["end"]).max().normalize()
        u = machine_utilization(mach, b, start=start, end=end)
        daily = u.daily.merge(mach[["machine_id", "sentra"]], on="machine_id")
        daily["month"] = _month_index(daily["date"])
        avail = daily.groupby(["sentra", "month"])["available_h"].sum()
        used = b[b["status"].astype(str) == "selesai"].copy()
        used["hours"] = (pd.to_datetime(used["end"]) - pd.to_datetime(used["start"])).dt.total_seconds() / 3600
        used["month"] = _month_index(used["start"])
        used = used.merge(mach[["machine_id", "sentra", "hourly_fee_rp"]], on="machine_id")
        used["fee"] = used["hours"] * used["hourly_fee_rp"].astype(float)
        agg = used.groupby(["sentra", "month"])[["hours", "fee"]].sum()
        util = pd.DataFrame({"available_h": avail}).join(agg, how="outer").reset_index()
        util = util.rename(columns={"hours": "used_h", "fee": "machine_fees_rp"})
        util["used_h"] = util["used_h"].fillna(0.0)
        util["machine_fees_rp"] = util["machine_fees_rp"].fillna(0.0)
        # months with no bookings at all for a sentra (e.g. before it opened) stay NaN
        active = used.groupby(["sentra", "month"]).size().rename("n").reset_index()
        util = util.merge(active, on=["sentra", "month"], how="left")
        util.loc[util["n"].isna(), ["used_h", "machine_fees_rp"]] = np.nan
        util = util.drop(columns="n")
    out = out.merge(util, on=["sentra", "month"], how="left")
    out["utilization"] = out["used_h"] / out["available_h"].where(out["available_h"] > 0)

    if len(log):
        tab = oee_from_log(log, mach, freq="M", by="sentra").table.copy()
        tab["sentra"] = tab["sentra"].astype(str)
        tab["month"] = tab["period"].astype("period[M]").dt.to_timestamp() if not isinstance(
            tab["period"].dtype, pd.PeriodDtype) else tab["period"].dt.to_timestamp()
        out = out.merge(tab[["sentra", "month", "oee"]], on=["sentra", "month"], how="left")
    else:
        out["oee"] = np.nan

    if len(inspections):
        ins = inspections.assign(sentra=inspections["sentra"].astype(str), month=_month_index(inspections["date"]))
        agg = ins.groupby(["sentra", "month"])[["inspected", "defectives"]].sum().reset_index()
        out = out.merge(agg, on=["sentra", "month"], how="left")
    else:
        out["inspected"] = np.nan
        out["defectives"] = np.nan
    out["defect_rate"] = out["defectives"] / out["inspected"].where(out["inspected"] > 0)
    out["revenue_rp"] = out["rent_paid_rp"].astype(float) + out["machine_fees_rp"].fillna(0.0)
    # a sentra is reported from its first month with a tenant (the food sentra opened in July 2023)
    started = out[out["occupied"] > 0].groupby("sentra")["month"].min()
    keep = out["month"] >= out["sentra"].map(started).fillna(out["month"].max() + pd.DateOffset(days=1))
    return out[keep].sort_values(["sentra", "month"], ignore_index=True)


def _fmt(metric: str, value: float) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if metric == "revenue_rp":
        return formats.rupiah(value)
    if metric == "defect_rate":
        return formats.percent(value, 1)
    return formats.percent(value, 0)


def format_metric(metric: str, value: float) -> str:
    """A KPI value in the active locale (percent or Rp); ``–`` when missing."""
    return _fmt(metric, value)


@dataclass
class LeadersSummary:
    """KPIs of both sentras for ``month`` and the month before, with trends and a plain reading."""

    month: pd.Timestamp
    trends: pd.DataFrame
    current: dict[str, dict[str, float]] = field(default_factory=dict)
    previous: dict[str, dict[str, float]] = field(default_factory=dict)

    @property
    def months(self) -> list[pd.Timestamp]:
        return sorted(self.trends["month"].unique())

    def kpi_note(self, sentra: str, metric: str) -> str:
        """The plain note under a KPI: what it measures and the change since last month."""
        now = self.current.get(sentra, {})
        a = now.get(metric, math.nan)
        b = self.previous.get(sentra, {}).get(metric, math.nan)
        if metric == "occupancy_rate" and now:
            note = t("dashboards.metric_note.occupancy_rate", occupied=int(now.get("occupied", 0)),
                     units=int(now.get("units", 0)))
        else:
            note = t(f"dashboards.metric_note.{metric}")
        if not (math.isnan(a) or math.isnan(b)):
            delta = a - b
            arrow = "▲" if delta > 0 else ("▼" if delta < 0 else "=")
            shown = (formats.rupiah(abs(delta)) if metric == "revenue_rp"
                     else formats.number(abs(delta) * 100, 1) + " " + t("dashboards.points"))
            note += " · " + t("dashboards.vs_previous", arrow=arrow, delta=shown)
        return note

    def kpi_table(self) -> pd.DataFrame:
        """Rows: indicator × sentra with this month, last month and the change."""
        rows = []
        for metric in METRICS:
            for sentra in SENTRAS:
                now = self.current.get(sentra, {}).get(metric, math.nan)
                before = self.previous.get(sentra, {}).get(metric, math.nan)
                rows.append({"metric": metric, "sentra": sentra, "value": now, "previous": before,
                             "change": now - before if not (math.isnan(now) or math.isnan(before)) else math.nan})
        return pd.DataFrame(rows)

    # ------------------------------------------------------------- reading
    def changes(self) -> list[str]:
        """Plain sentences about notable changes since the month before."""
        out = []
        for sentra in SENTRAS:
            now, before = self.current.get(sentra, {}), self.previous.get(sentra, {})
            name = t(f"overview.sentra_{sentra}")
            for metric in METRICS:
                a, b = now.get(metric, math.nan), before.get(metric, math.nan)
                if math.isnan(a) or math.isnan(b):
                    continue
                delta = a - b
                limit = NOTABLE_CHANGE[metric] * (abs(b) if metric == "revenue_rp" else 1)
                if abs(delta) < limit or (metric == "revenue_rp" and b == 0):
                    continue
                better = (delta > 0) == HIGHER_IS_BETTER[metric]
                out.append(_sentence(t("dashboards.summary.change_" + ("up" if delta > 0 else "down"),
                             sentra=name, metric=t(f"dashboards.metric.{metric}"),
                             before=_fmt(metric, b), now=_fmt(metric, a),
                             judgement=t("dashboards.summary.better" if better else "dashboards.summary.worse"))))
        return out

    def attention(self) -> list[str]:
        """Plain sentences about what needs attention this month."""
        out = []
        for sentra in SENTRAS:
            now = self.current.get(sentra, {})
            name = t(f"overview.sentra_{sentra}")
            occ = now.get("occupancy_rate", math.nan)
            if not math.isnan(occ) and occ < THRESHOLDS["occupancy_rate"]:
                out.append(t("dashboards.summary.att_occupancy", sentra=name, value=_fmt("occupancy_rate", occ),
                             vacant=int(now.get("units", 0) - now.get("occupied", 0))))
            util = now.get("utilization", math.nan)
            if not math.isnan(util) and util < THRESHOLDS["utilization"]:
                out.append(t("dashboards.summary.att_utilization", sentra=name, value=_fmt("utilization", util)))
            o = now.get("oee", math.nan)
            if not math.isnan(o) and o < THRESHOLDS["oee"]:
                out.append(t("dashboards.summary.att_oee", sentra=name, value=_fmt("oee", o)))
            d = now.get("defect_rate", math.nan)
            prev_d = self.previous.get(sentra, {}).get("defect_rate", math.nan)
            if not math.isnan(d) and (d > THRESHOLDS["defect_rate"] or
                                      (not math.isnan(prev_d) and d > prev_d * 1.2 and d - prev_d > 0.005)):
                out.append(t("dashboards.summary.att_defects", sentra=name, value=_fmt("defect_rate", d)))
            coll = now.get("collection_rate", math.nan)
            if not math.isnan(coll) and coll < THRESHOLDS["collection_rate"]:
                out.append(t("dashboards.summary.att_collection", sentra=name, value=formats.percent(coll, 0),
                             arrears=formats.rupiah(now.get("cumulative_arrears_rp", 0.0))))
        return out

    def paragraph(self) -> str:
        """The plain-language paragraph: headline, what changed, what needs attention."""
        parts = [t("dashboards.summary.headline", month=formats.month(self.month),
                   revenue=_fmt("revenue_rp", sum(v.get("revenue_rp", 0.0) for v in self.current.values()
                                                  if not math.isnan(v.get("revenue_rp", math.nan)))))]
        changes = self.changes()
        parts.append(" ".join(changes) if changes else t("dashboards.summary.no_change"))
        att = self.attention()
        if att:
            text = " ".join(att).rstrip(" ;")
            parts.append(t("dashboards.summary.attention_intro") + " " + text + ".")
        else:
            parts.append(t("dashboards.summary.all_fine"))
        return " ".join(parts)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _row_dict(df: pd.DataFrame, sentra: str, month: pd.Timestamp) -> dict[str, float]:
    row = df[(df["sentra"] == sentra) & (df["month"] == month)]
    if row.empty:
        return {}
    r = row.iloc[0]
    return {k: float(r[k]) if pd.notna(r[k]) else math.nan for k in df.columns if k not in ("sentra", "month")}


def leaders_summary(month: object = None, *, trends: pd.DataFrame | None = None, **frames) -> LeadersSummary:
    """Summary for ``month`` (``"2023-12"``, a date, or ``None`` = the latest month with OEE data).

    ``trends``: a frame from :func:`monthly_indicators` (computed when omitted,
    from ``frames`` passed through: ``occupancy=``, ``machines=``, ...).
    """
    df = monthly_indicators(**frames) if trends is None else trends
    if df.empty:
        raise DataError(t("dashboards.summary.no_data"))
    months = sorted(df["month"].unique())
    if month is None:
        with_oee = df.dropna(subset=["oee"])["month"]
        target = pd.Timestamp(with_oee.max()) if len(with_oee) else pd.Timestamp(months[-1])
    else:
        try:
            target = pd.Timestamp(str(month)[:7] + "-01") if isinstance(month, str) else pd.Timestamp(month)
        except (ValueError, TypeError):
            raise DataError(t("overview.bad_month", value=month)) from None
        target = target.to_period("M").to_timestamp()
        if target not in set(pd.to_datetime(months)):
            raise DataError(t("overview.month_missing", value=str(month), first=formats.month(months[0]),
                              last=formats.month(months[-1])))
    prev = target - pd.DateOffset(months=1)
    return LeadersSummary(month=target, trends=df,
                          current={s: _row_dict(df, s, target) for s in SENTRAS if (df["sentra"] == s).any()},
                          previous={s: _row_dict(df, s, prev) for s in SENTRAS if (df["sentra"] == s).any()})


__all__ = ["HIGHER_IS_BETTER", "METRICS", "SENTRAS", "THRESHOLDS", "LeadersSummary", "format_metric",
           "leaders_summary", "monthly_indicators"]
