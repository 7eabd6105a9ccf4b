"""Shared-machine utilisation from opening hours, bookings and (optionally) the machine log.

Definitions (hours over the chosen period):

* available = opening hours on open days, minus holidays;
* booked = bookings not cancelled (``selesai`` done + ``tidak_hadir`` no-show);
* used = bookings done (``selesai``); no-show = booked but not used;
* idle = available − booked (nobody booked the machine);
* downtime = ``breakdown_min`` (+ ``setup_min``) from the machine log;
* utilisation = used ÷ available; booking rate = booked ÷ available.

    >>> import pandas as pd
    >>> machines = pd.DataFrame({"machine_id": ["G1"], "open_hour": [8], "close_hour": [16], "open_days": ["Sen-Jum"]})
    >>> bookings = pd.DataFrame({"booking_id": ["B1"], "machine_id": ["G1"], "tenant": ["A"],
    ...     "start": ["2023-01-02 08:00"], "end": ["2023-01-02 12:00"], "status": ["selesai"]})
    >>> r = machine_utilization(machines, bookings, start="2023-01-02", end="2023-01-07")
    >>> float(r.by_machine["available_h"].iloc[0]), float(r.by_machine["utilization"].iloc[0])
    (40.0, 0.1)
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ikm_kit.errors import DataError
from ikm_kit.formats import number, percent
from ikm_kit.i18n import t
from ikm_kit.formats_html import html_frame, html_table
from ikm_kit.validation import columns

from ._common import (as_date, daily_open_minutes, holiday_set, known_ids, minutes_since_epoch,
                      opening, to_timestamps, weekday_name)

BOOKING_STATUSES = ("selesai", "batal", "tidak_hadir")
BOOKED = ("selesai", "tidak_hadir")


def clean_bookings(bookings: pd.DataFrame, machines: pd.DataFrame | None = None, *,
                   where: str = "machine_bookings") -> pd.DataFrame:
    """Validated copy of a bookings table with parsed times and ``duration_min``.

    Errors (Indonesian): missing columns, a booking that ends before it starts,
    an unknown machine (when ``machines`` is given), an unknown status.
    """
    columns(bookings, ["machine_id", "start", "end"], where)
    df = bookings.copy()
    if "booking_id" not in df.columns:
        df["booking_id"] = [f"#{i + 1}" for i in range(len(df))]
    if "tenant" not in df.columns:
        df["tenant"] = "-"
    if "status" not in df.columns:
        df["status"] = "selesai"
    df["machine_id"] = df["machine_id"].astype(str)
    df["booking_id"] = df["booking_id"].astype(str)
    df["start"] = to_timestamps(df["start"], "start").to_numpy()
    df["end"] = to_timestamps(df["end"], "end").to_numpy()
    if df["start"].isna().any() or df["end"].isna().any():
        i = int(np.flatnonzero((df["start"].isna() | df["end"].isna()).to_numpy())[0])
        raise DataError(t("operations.error.booking_missing_time", booking=df["booking_id"].iloc[i]))
    if "requested_at" in df.columns:
        df["requested_at"] = to_timestamps(df["requested_at"], "requested_at").to_numpy()
    bad = df["end"] <= df["start"]
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise DataError(t("operations.error.booking_end_before_start", booking=df["booking_id"].iloc[i],
                          start=str(df["start"].iloc[i]), end=str(df["end"].iloc[i])))
    status = df["status"].astype(str).str.strip().str.lower()
    unknown = ~status.isin(BOOKING_STATUSES)
    if unknown.any():
        i = int(np.flatnonzero(unknown.to_numpy())[0])
        raise DataError(t("operations.error.bad_booking_status", booking=df["booking_id"].iloc[i],
                          value=df["status"].iloc[i], valid=", ".join(BOOKING_STATUSES)))
    df["status"] = status.to_numpy()
    if machines is not None:
        columns(machines, ["machine_id"], "machines")
        known_ids(df["machine_id"].unique(), machines["machine_id"].astype(str), "machine_id")
    df["duration_min"] = (df["end"] - df["start"]).dt.total_seconds().to_numpy() / 60.0
    return df


def _period(start, end, bookings: pd.DataFrame | None, log: pd.DataFrame | None) -> tuple[pd.Timestamp, pd.Timestamp]:
    if start is None or end is None:
        candidates_lo, candidates_hi = [], []
        if bookings is not None and len(bookings):
            candidates_lo.append(bookings["start"].min())
            candidates_hi.append(bookings["end"].max())
        if log is not None:
            columns(log, ["date", "machine_id"], "machine_log")
        if log is not None and len(log):
            d = to_timestamps(log["date"], "date")
            candidates_lo.append(d.min())
            candidates_hi.append(d.max() + pd.Timedelta(days=1))
        if not candidates_lo:
            raise DataError(t("operations.error.no_period"))
        lo = min(candidates_lo).normalize()
        hi = max(candidates_hi)
        hi = hi.normalize() + (pd.Timedelta(days=1) if hi != hi.normalize() else pd.Timedelta(0))
    s = as_date(start, "start") if start is not None else lo
    e = as_date(end, "end") if end is not None else hi
    if isinstance(end, str) and len(end) <= 10:
        # an end *date* is inclusive: through the end of that day
        e = e.normalize() + pd.Timedelta(days=1)
    if e <= s:
        raise DataError(t("operations.error.period_end_before_start", start=str(s), end=str(e)))
    return s, e


def available_hours(machines: pd.DataFrame, start: object, end: object, *, holidays=None) -> pd.DataFrame:
    """Opening hours per machine and day in ``[start, end)``.

    Columns: ``machine_id, date, weekday, available_h``.  An ``end`` given as a
    date string (``"2023-12-31"``) includes that day.
    """
    columns(machines, ["machine_id", "open_hour", "close_hour", "open_days"], "machines")
    if machines.empty:
        raise DataError(t("error.empty", field="machines", minimum=1))
    s, e = _period(start, end, None, None)
    hol = holiday_set(holidays)
    frames = []
    for _, row in machines.iterrows():
        o, c, days = opening(row)
        d = daily_open_minutes(s, e, o, c, days, hol)
        frames.append(d.assign(machine_id=str(row["machine_id"]), available_h=d["open_min"] / 60.0))
    out = pd.concat(frames, ignore_index=True)
    return out[["machine_id", "date", "weekday", "available_h"]]


def _split_hourly(start_min: np.ndarray, end_min: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Split intervals (minutes since a Monday epoch) into hour slots: (row index, slot, minutes)."""
    hs = np.floor(start_min / 60.0).astype(np.int64)
    he = np.ceil(end_min / 60.0).astype(np.int64)
    n = np.maximum(he - hs, 1)
    idx = np.repeat(np.arange(start_min.size), n)
    offset = np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n)
    slot = hs[idx] + offset
    minutes = np.minimum(end_min[idx], (slot + 1) * 60.0) - np.maximum(start_min[idx], slot * 60.0)
    keep = minutes > 0
    return idx[keep], slot[keep], minutes[keep]


@dataclass
class UtilizationResult:
    """Utilisation tables: ``by_machine``, ``by_tenant``, ``heatmap`` (weekday × hour) and ``daily``."""

    by_machine: pd.DataFrame
    by_tenant: pd.DataFrame
    heatmap: pd.DataFrame
    daily: pd.DataFrame
    start: pd.Timestamp
    end: pd.Timestamp

    def heatmap_matrix(self, value: str = "utilization") -> pd.DataFrame:
        """Weekday (rows, 0 = Monday) × hour of day (columns) matrix of ``value``."""
        m = self.heatmap.pivot(index="weekday", columns="hour", values=value)
        return m.reindex(index=range(7), columns=range(24))

    @property
    def interpretation(self) -> str:
        bm = self.by_machine
        total_av = bm["available_h"].sum()
        util = bm["used_h"].sum() / total_av if total_av > 0 else math.nan
        parts = [t("operations.util.interp", util=percent(util), idle=number(bm["idle_h"].sum(), 0),
                   noshow=number(bm["no_show_h"].sum(), 0))]
        if len(bm) > 1:
            top = bm.sort_values("utilization", ascending=False).iloc[0]
            low = bm.sort_values("utilization").iloc[0]
            parts.append(t("operations.util.interp_machines", top=top["machine_id"], top_util=percent(top["utilization"]),
                           low=low["machine_id"], low_util=percent(low["utilization"])))
        hm = self.heatmap.dropna(subset=["utilization"])
        if not hm.empty:  # ignore thin slots (e.g. only a round-the-clock kiln open at night)
            hm = hm[hm["available_h"] >= 0.5 * hm["available_h"].max()]
        if not hm.empty:
            peak = hm.sort_values("utilization", ascending=False).iloc[0]
            parts.append(t("operations.util.interp_peak", day=weekday_name(int(peak["weekday"]), short=False),
                           hour=int(peak["hour"]), util=percent(peak["utilization"])))
        return " ".join(parts)

    def _repr_html_(self) -> str:
        cols = ["machine_id", "available_h", "booked_h", "used_h", "no_show_h", "idle_h", "downtime_h",
                "utilization"]
        shown = self.by_machine[cols].copy()
        for c in cols[1:-1]:
            shown[c] = [number(v, 1) for v in shown[c]]
        shown["utilization"] = [percent(v) for v in shown["utilization"]]
        shown.columns = [t(f"operations.col.{c}") for c in cols]
        return html_frame(shown, t("operations.util.title")) + html_table("", [], note=self.interpretation)


def machine_utilization(machines: pd.DataFrame, bookings: pd.DataFrame, *, start: object = None,
                        end: object = None, holidays=None, log: pd.DataFrame | None = None) -> UtilizationResult:
    """Available, booked, used, idle hours and downtime by machine, tenant and weekday × hour.

    ``machines``: ``machine_id, open_hour, close_hour, open_days`` (+ ``name``,
    ``sentra``).  ``bookings``: ``booking_id, machine_id, tenant, start, end,
    status``.  ``log`` (optional): the daily machine log, for downtime.  The
    period defaults to the span of the bookings; an ``end`` date includes that
    day.  Bookings are clipped to the period.

    Example: ``machine_utilization(load("machines"), load("machine_bookings"), start="2023-01-01", end="2023-12-31")``.
    """
    columns(machines, ["machine_id", "open_hour", "close_hour", "open_days"], "machines")
    b = clean_bookings(bookings, machines)
    s, e = _period(start, end, b, log)
    hol = holiday_set(holidays)
    mach = machines.assign(machine_id=machines["machine_id"].astype(str))

    # --- available time per machine-day and per (weekday, hour) slot
    daily_frames, slot_frames = [], []
    for _, row in mach.iterrows():
        o, c, days = opening(row)
        d = daily_open_minutes(s, e, o, c, days, hol)
        daily_frames.append(d.assign(machine_id=row["machine_id"]))
        # minutes of each hour-of-day that fall inside [o, c), on each open day
        hours = np.arange(24)
        per_hour = np.clip(np.minimum(c * 60, (hours + 1) * 60) - np.maximum(o * 60, hours * 60), 0, None)
        open_days_count = d[d["open_min"] > 0].groupby("weekday").size()
        for wd, n_days in open_days_count.items():
            slot_frames.append(pd.DataFrame({"weekday": int(wd), "hour": hours, "available_min": per_hour * n_days}))
    daily = pd.concat(daily_frames, ignore_index=True)
    avail_slots = (pd.concat(slot_frames).groupby(["weekday", "hour"])["available_min"].sum()
                   if slot_frames else pd.Series(dtype=float))

    # --- bookings clipped to the period
    bs = b["start"].clip(lower=s, upper=e)
    be = b["end"].clip(lower=s, upper=e)
    b = b.assign(start_c=bs, end_c=be, hours=(be - bs).dt.total_seconds() / 3600.0)
    b = b[b["hours"] > 0]
    booked_mask = b["status"].isin(BOOKED)
    used_mask = b["status"] == "selesai"

    g_av = daily.groupby("machine_id")["open_min"].sum() / 60.0
    by_machine = pd.DataFrame({"machine_id": mach["machine_id"]})
    for name in ("name", "sentra", "hourly_fee_rp"):
        if name in mach.columns:
            by_machine[name] = mach[name].to_numpy()
    by_machine["available_h"] = by_machine["machine_id"].map(g_av).fillna(0.0).to_numpy()
    by_machine["booked_h"] = by_machine["machine_id"].map(b[booked_mask].groupby("machine_id")["hours"].sum()).fillna(0.0)
    by_machine["used_h"] = by_machine["machine_id"].map(b[used_mask].groupby("machine_id")["hours"].sum()).fillna(0.0)
    by_machine["no_show_h"] = by_machine["booked_h"] - by_machine["used_h"]
    by_machine["cancelled_h"] = by_machine["machine_id"].map(
        b[b["status"] == "batal"].groupby("machine_id")["hours"].sum()).fillna(0.0)
    by_machine["idle_h"] = (by_machine["available_h"] - by_machine["booked_h"]).clip(lower=0)
    by_machine["n_bookings"] = by_machine["machine_id"].map(b[booked_mask].groupby("machine_id").size()).fillna(0).astype(int)
    if log is not None:
        columns(log, ["date", "machine_id"], "machine_log")
        lg = log.assign(_d=to_timestamps(log["date"], "date").to_numpy(), machine_id=log["machine_id"].astype(str))
        lg = lg[(lg["_d"] >= s.normalize()) & (lg["_d"] < e)]
        down = sum(pd.to_numeric(lg[c], errors="coerce").fillna(0) for c in ("breakdown_min", "setup_min")
                   if c in lg.columns)
        if isinstance(down, int):
            if "run_min" in lg.columns and "planned_min" in lg.columns:
                down = lg["planned_min"] - lg["run_min"]
            else:
                down = pd.Series(0.0, index=lg.index)
        by_machine["downtime_h"] = by_machine["machine_id"].map(
            (down / 60.0).groupby(lg["machine_id"]).sum()).fillna(0.0)
        if "breakdown_min" in lg.columns:
            by_machine["breakdown_h"] = by_machine["machine_id"].map(
                (pd.to_numeric(lg["breakdown_min"], errors="coerce").fillna(0) / 60.0).groupby(lg["machine_id"]).sum()
            ).fillna(0.0)
    else:
        by_machine["downtime_h"] = 0.0
    av = by_machine["available_h"].to_numpy(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        by_machine["utilization"] = np.where(av > 0, by_machine["used_h"] / av, np.nan)
        by_machine["booking_rate"] = np.where(av > 0, by_machine["booked_h"] / av, np.nan)
        bk = by_machine["booked_h"].to_numpy(float)
        by_machine["no_show_rate"] = np.where(bk > 0, by_machine["no_show_h"] / bk, np.nan)

    # --- by tenant
    by_tenant = b.groupby("tenant").agg(
        n_requests=("booking_id", "size"),
        requested_h=("hours", "sum"),
    )
    by_tenant["booked_h"] = b[booked_mask].groupby("tenant")["hours"].sum()
    by_tenant["used_h"] = b[used_mask].groupby("tenant")["hours"].sum()
    by_tenant["cancelled_h"] = b[b["status"] == "batal"].groupby("tenant")["hours"].sum()
    by_tenant = by_tenant.fillna(0.0)
    by_tenant["no_show_h"] = by_tenant["booked_h"] - by_tenant["used_h"]
    total_used = by_tenant["used_h"].sum()
    by_tenant["share_of_used"] = by_tenant["used_h"] / total_used if total_used > 0 else np.nan
    bt = by_tenant["booked_h"].to_numpy(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        by_tenant["no_show_rate"] = np.where(bt > 0, by_tenant["no_show_h"] / bt, np.nan)
    by_tenant = by_tenant.reset_index().sort_values("used_h", ascending=False, ignore_index=True)

    # --- weekday × hour heatmap (used hours / available hours)
    u = b[used_mask]
    if len(u):
        idx, slot, minutes = _split_hourly(minutes_since_epoch(u["start_c"]), minutes_since_epoch(u["end_c"]))
        used_slots = pd.DataFrame({"weekday": (slot // 24) % 7, "hour": slot % 24, "used_min": minutes}) \
            .groupby(["weekday", "hour"])["used_min"].sum()
    else:
        used_slots = pd.Series(dtype=float)
    grid = pd.MultiIndex.from_product([range(7), range(24)], names=["weekday", "hour"])
    heat = pd.DataFrame(index=grid)
    heat["available_h"] = avail_slots.reindex(grid).fillna(0.0).to_numpy() / 60.0
    heat["used_h"] = used_slots.reindex(grid).fillna(0.0).to_numpy() / 60.0
    with np.errstate(divide="ignore", invalid="ignore"):
        heat["utilization"] = np.where(heat["available_h"] > 0, heat["used_h"] / heat["available_h"], np.nan)
    heat = heat.reset_index()

    daily = daily.assign(available_h=daily["open_min"] / 60.0)[["machine_id", "date", "weekday", "available_h"]]
    return UtilizationResult(by_machine, by_tenant, heat, daily, s, e)


__all__ = ["machine_utilization", "UtilizationResult", "available_hours", "clean_bookings", "BOOKING_STATUSES"]
