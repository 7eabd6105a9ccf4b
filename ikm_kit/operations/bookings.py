"""Machine bookings: clashes, bookings outside opening hours, conflict-free schedules, fairness.

    >>> import pandas as pd
    >>> b = pd.DataFrame({"booking_id": ["B1", "B2"], "machine_id": ["G1", "G1"], "tenant": ["A", "B"],
    ...     "start": ["2023-01-02 08:00", "2023-01-02 09:00"], "end": ["2023-01-02 10:00", "2023-01-02 11:00"],
    ...     "status": ["selesai", "selesai"]})
    >>> find_conflicts(b)[["booking_a", "booking_b", "overlap_min"]].values.tolist()
    [['B1', 'B2', 60.0]]
"""
from __future__ import annotations

import math
from bisect import bisect_left
from dataclasses import dataclass
from typing import Iterable, Mapping

import numpy as np
import pandas as pd

from ikm_kit import formats
from ikm_kit.errors import DataError, InputError
from ikm_kit.formats import number, percent
from ikm_kit.i18n import t
from ikm_kit.formats_html import html_frame, html_table
from ikm_kit.validation import choice, columns, non_negative
from ikm_kit.validation import number as _number

from ._common import holiday_set, opening, to_timestamps
from .utilization import BOOKED, clean_bookings

POLICIES = ("first_come", "priority")


def _statuses(statuses: object) -> list:
    if isinstance(statuses, str):
        return [statuses]
    if isinstance(statuses, (bytes, dict, pd.DataFrame)) or not isinstance(statuses, Iterable):
        from ikm_kit.validation import type_name

        raise InputError(t("operations.error.statuses", value=type_name(statuses)))
    out = list(statuses)
    if not all(isinstance(s, str) for s in out):
        raise InputError(t("operations.error.statuses", value=out))
    return out


def find_conflicts(bookings: pd.DataFrame, *, statuses=BOOKED) -> pd.DataFrame:
    """Pairs of bookings of the same machine whose times overlap.

    Only bookings whose status is in ``statuses`` count (cancelled ones do
    not).  Columns: ``machine_id, booking_a, booking_b, tenant_a, tenant_b,
    overlap_start, overlap_end, overlap_min``.  Touching bookings (one ends
    at 10:00, the next starts at 10:00) do not clash.  Vectorised: O(n log n + k).
    """
    b = clean_bookings(bookings)
    if statuses is not None:
        b = b[b["status"].isin(_statuses(statuses))]
    cols = ["machine_id", "booking_a", "booking_b", "tenant_a", "tenant_b", "overlap_start", "overlap_end",
            "overlap_min"]
    if len(b) < 2:
        return pd.DataFrame(columns=cols)
    b = b.sort_values(["machine_id", "start", "end"], ignore_index=True)
    mid = b["machine_id"].to_numpy()
    starts = b["start"].to_numpy()
    ends = b["end"].to_numpy()
    # per machine group, candidates j > i with start_j < end_i (sorted by start)
    _, first = np.unique(mid, return_index=True)
    bounds = np.append(np.sort(first), len(b))
    ii, jj = [], []
    for g in range(len(bounds) - 1):
        lo, hi = bounds[g], bounds[g + 1]
        st = starts[lo:hi]
        en = ends[lo:hi]
        last = np.searchsorted(st, en, side="left")  # first j with start_j >= end_i
        own = np.arange(hi - lo)
        n = np.maximum(last - own - 1, 0)
        if n.sum() == 0:
            continue
        i = np.repeat(own, n)
        j = i + 1 + (np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n))
        ii.append(i + lo)
        jj.append(j + lo)
    if not ii:
        return pd.DataFrame(columns=cols)
    i = np.concatenate(ii)
    j = np.concatenate(jj)
    o_start = np.maximum(starts[i], starts[j])
    o_end = np.minimum(ends[i], ends[j])
    keep = o_end > o_start
    i, j, o_start, o_end = i[keep], j[keep], o_start[keep], o_end[keep]
    out = pd.DataFrame({
        "machine_id": mid[i],
        "booking_a": b["booking_id"].to_numpy()[i],
        "booking_b": b["booking_id"].to_numpy()[j],
        "tenant_a": b["tenant"].to_numpy()[i],
        "tenant_b": b["tenant"].to_numpy()[j],
        "overlap_start": o_start,
        "overlap_end": o_end,
    })
    out["overlap_min"] = (out["overlap_end"] - out["overlap_start"]).dt.total_seconds() / 60.0
    return out[cols].reset_index(drop=True)


def outside_opening_hours(bookings: pd.DataFrame, machines: pd.DataFrame, *, holidays=None,
                          statuses=BOOKED) -> pd.DataFrame:
    """Bookings that start before opening, end after closing, span days, or fall on closed days/holidays.

    Columns: ``booking_id, machine_id, tenant, start, end, reason`` with reason
    ``hari_tutup`` (closed day), ``hari_libur`` (holiday), ``lintas_hari``
    (over midnight), ``sebelum_buka`` (before opening), ``setelah_tutup``
    (after closing).
    """
    columns(machines, ["machine_id", "open_hour", "close_hour", "open_days"], "machines")
    b = clean_bookings(bookings, machines)
    if statuses is not None:
        b = b[b["status"].isin(list(statuses))]
    hol = holiday_set(holidays)
    info = {str(r["machine_id"]): opening(r) for _, r in machines.iterrows()}
    o = b["machine_id"].map({k: v[0] for k, v in info.items()}).to_numpy(float)
    c = b["machine_id"].map({k: v[1] for k, v in info.items()}).to_numpy(float)
    days = b["machine_id"].map({k: v[2] for k, v in info.items()})
    day0 = b["start"].dt.normalize()
    s_h = ((b["start"] - day0).dt.total_seconds() / 3600).to_numpy()
    e_h = ((b["end"] - day0).dt.total_seconds() / 3600).to_numpy()
    wd = b["start"].dt.day_of_week.to_numpy()
    closed_day = np.array([w not in d for w, d in zip(wd, days)], dtype=bool)
    holiday = day0.isin(list(hol)).to_numpy() if hol else np.zeros(len(b), bool)
    # machines open round the clock (0–24) may be booked across midnight
    round_clock = (o <= 0) & (c >= 24)
    spans = (e_h > 24 + 1e-9) & ~round_clock
    if round_clock.any():
        end_day = b["end"].dt.normalize() - pd.to_timedelta((b["end"] == b["end"].dt.normalize()).astype(int), unit="D")
        for k in np.flatnonzero(round_clock & (e_h > 24 + 1e-9)):
            covered = pd.date_range(day0.iloc[k], end_day.iloc[k], freq="D")
            if any(d.weekday() not in days.iloc[k] for d in covered):
                closed_day[k] = True
    before = s_h < o - 1e-9
    after = (e_h > c + 1e-9) & ~round_clock
    reason = np.select([holiday, closed_day, spans, before, after],
                       ["hari_libur", "hari_tutup", "lintas_hari", "sebelum_buka", "setelah_tutup"], default="")
    out = b.assign(reason=reason)
    out = out[out["reason"] != ""]
    return out[["booking_id", "machine_id", "tenant", "start", "end", "reason"]].reset_index(drop=True)


# --------------------------------------------------------------------------- scheduling

class _MachineDiary:
    """Granted intervals of one machine (sorted, non-overlapping) + its opening hours."""

    def __init__(self, open_hour: float, close_hour: float, open_days, holidays) -> None:
        self.o, self.c, self.days, self.hol = open_hour, close_hour, set(open_days), holidays
        self.starts: list[pd.Timestamp] = []
        self.ends: list[pd.Timestamp] = []

    def window(self, when: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp] | None:
        day = when.normalize()
        if day.weekday() not in self.days or day in self.hol:
            return None
        return day + pd.Timedelta(hours=self.o), day + pd.Timedelta(hours=self.c)

    def fits_hours(self, s: pd.Timestamp, e: pd.Timestamp) -> bool:
        w = self.window(s)
        return w is not None and w[0] <= s and e <= w[1]

    def free(self, s: pd.Timestamp, e: pd.Timestamp) -> bool:
        i = bisect_left(self.starts, s)
        if i < len(self.starts) and self.starts[i] < e:
            return False
        if i > 0 and self.ends[i - 1] > s:
            return False
        return True

    def add(self, s: pd.Timestamp, e: pd.Timestamp) -> None:
        i = bisect_left(self.starts, s)
        self.starts.insert(i, s)
        self.ends.insert(i, e)

    def earliest(self, s: pd.Timestamp, dur: pd.Timedelta, latest: pd.Timestamp) -> pd.Timestamp | None:
        """Earliest start ≥ s (and ≤ latest) inside opening hours and free."""
        candidates = {s}
        day = s.normalize()
        while day <= latest:
            w = self.window(day)
            if w is not None and w[0] >= s:
                candidates.add(w[0])
            day += pd.Timedelta(days=1)
        i = bisect_left(self.ends, s)
        for e in self.ends[i:]:
            if e > latest:
                break
            candidates.add(e)
        for cand in sorted(candidates):
            if cand > latest:
                break
            end = cand + dur
            if self.fits_hours(cand, end) and self.free(cand, end):
                return cand
        return None


@dataclass
class ScheduleResult:
    """Outcome of :func:`schedule_requests`: ``schedule`` (one row per request) and ``fairness``."""

    schedule: pd.DataFrame
    fairness: "FairnessResult"
    policy: str

    @property
    def granted(self) -> pd.DataFrame:
        return self.schedule[self.schedule["decision"] != "ditolak"]

    @property
    def interpretation(self) -> str:
        d = self.schedule["decision"].value_counts()
        return t("operations.sched.interp", n=len(self.schedule), ok=int(d.get("diterima", 0)),
                 moved=int(d.get("digeser", 0)), rejected=int(d.get("ditolak", 0)),
                 policy=t(f"operations.policy.{self.policy}")) + " " + self.fairness.interpretation

    def _repr_html_(self) -> str:
        s = self.schedule
        shown = pd.DataFrame({
            t("operations.col.request_id"): s["request_id"],
            t("operations.col.tenant"): s["tenant"],
            t("operations.col.machine_id"): s["machine_id"],
            t("operations.col.requested_start"): s["requested_start"].map(formats.day_time),
            t("operations.col.start"): s["start"].map(formats.day_time),
            t("operations.col.decision"): [t(f"operations.decision.{v}") for v in s["decision"]],
        })
        return html_frame(shown, t("operations.sched.title")) + html_table("", [], note=self.interpretation)


def schedule_requests(requests: pd.DataFrame, machines: pd.DataFrame, *, policy: str = "first_come",
                      priorities: Mapping[str, float] | None = None, existing: pd.DataFrame | None = None,
                      holidays=None, allow_shift: bool = True, max_shift_days: float = 7) -> ScheduleResult:
    """Grant machine requests without any clash, inside opening hours.

    ``requests``: ``booking_id`` (or ``request_id``), ``machine_id``,
    ``tenant``, ``start``, ``end`` (the wished slot) and ``requested_at`` (when
    asked; default: row order).  ``policy``:

    * ``"first_come"`` — handled in the order they were asked;
    * ``"priority"`` — by priority (lower number first: a ``priority`` column
      or ``priorities={tenant: number}``), then by time asked.

    Each request gets its wished slot if free; otherwise (``allow_shift``)
    the earliest free slot of the same length on the same machine within
    ``max_shift_days``; otherwise it is rejected.  ``existing`` bookings are
    kept fixed.  ``decision``: ``diterima`` (as asked), ``digeser`` (moved),
    ``ditolak`` (rejected).
    """
    choice(policy, POLICIES, t("operations.sched.policy"))
    if not isinstance(allow_shift, (bool, np.bool_)):
        raise InputError(t("error.unknown_choice", field="allow_shift", value=allow_shift, valid="True, False"))
    columns(machines, ["machine_id", "open_hour", "close_hour", "open_days"], "machines")
    columns(requests, ["machine_id", "tenant", "start", "end"], "requests")
    if requests.empty:
        raise InputError(t("error.empty", field="requests", minimum=1))
    req = requests.copy()
    if "request_id" in req.columns and "booking_id" not in req.columns:
        req["booking_id"] = req["request_id"]
    req = clean_bookings(req, machines, where="requests")
    if "requested_at" not in req.columns:
        req["requested_at"] = pd.NaT
    req["_order"] = np.arange(len(req))
    if policy == "priority":
        if priorities is not None:
            if not isinstance(priorities, Mapping):
                from ikm_kit.validation import type_name

                raise InputError(t("operations.error.priorities", value=type_name(priorities)))
            prio = req["tenant"].astype(str).map({str(k): _number(v, f"priority ({k})")
                                                  for k, v in priorities.items()})
            if prio.isna().any():
                missing = req.loc[prio.isna(), "tenant"].iloc[0]
                raise InputError(t("operations.error.no_priority", tenant=missing))
        elif "priority" in req.columns:
            prio = pd.to_numeric(req["priority"], errors="coerce")
            if prio.isna().any():
                raise InputError(t("operations.error.bad_priority"))
        else:
            raise InputError(t("operations.error.no_priority_given"))
        req["_prio"] = prio.to_numpy(float)
        order = req.sort_values(["_prio", "requested_at", "_order"], na_position="last").index
    else:
        order = req.sort_values(["requested_at", "_order"], na_position="last").index
    hol = holiday_set(holidays)
    diaries = {}
    for _, row in machines.iterrows():
        o, c, days = opening(row)
        diaries[str(row["machine_id"])] = _MachineDiary(o, c, days, hol)
    if existing is not None:
        ex = clean_bookings(existing, machines, where="existing")
        for _, r in ex[ex["status"].isin(BOOKED)].iterrows():
            diaries[r["machine_id"]].add(r["start"], r["end"])
    shift = pd.Timedelta(days=non_negative(max_shift_days, "max_shift_days"))
    start_out = pd.Series(pd.NaT, index=req.index, dtype=req["start"].dtype)
    end_out = start_out.copy()
    decision = pd.Series("ditolak", index=req.index, dtype=object)
    reason = pd.Series("", index=req.index, dtype=object)
    for i in order:
        r = req.loc[i]
        d = diaries[r["machine_id"]]
        s, e = r["start"], r["end"]
        dur = e - s
        if d.fits_hours(s, e) and d.free(s, e):
            d.add(s, e)
            start_out[i], end_out[i], decision[i] = s, e, "diterima"
            continue
        if dur > pd.Timedelta(hours=d.c - d.o):
            reason[i] = "lebih_lama_dari_jam_buka"
            continue
        if allow_shift:
            cand = d.earliest(s, dur, s + shift)
            if cand is not None:
                d.add(cand, cand + dur)
                start_out[i], end_out[i], decision[i] = cand, cand + dur, "digeser"
                continue
        reason[i] = "bentrok" if d.fits_hours(s, e) else "di_luar_jam_buka"
    out = pd.DataFrame({
        "request_id": req["booking_id"],
        "tenant": req["tenant"].astype(str),
        "machine_id": req["machine_id"],
        "requested_at": req["requested_at"],
        "requested_start": req["start"],
        "requested_end": req["end"],
        "start": start_out,
        "end": end_out,
        "decision": decision,
        "reason": reason,
    })
    out["requested_h"] = (out["requested_end"] - out["requested_start"]).dt.total_seconds() / 3600
    out["granted_h"] = ((out["end"] - out["start"]).dt.total_seconds() / 3600).fillna(0.0)
    out["shift_h"] = (out["start"] - out["requested_start"]).dt.total_seconds() / 3600
    out = out.reset_index(drop=True)
    return ScheduleResult(out, fairness(out), policy)


# --------------------------------------------------------------------------- fairness

def jain_index(values) -> float:
    """Jain's fairness index (Σx)² / (n·Σx²): 1 = perfectly equal, 1/n = one gets all."""
    from ikm_kit.validation import array

    x = array(values, "x", allow_nan=True, min_size=0)
    x = x[np.isfinite(x)]
    if x.size == 0:
        raise InputError(t("error.empty", field="x", minimum=1))
    if (x < 0).any():
        raise InputError(t("error.must_be_non_negative", field="x", value=float(x.min())))
    sq = float((x * x).sum())
    if sq == 0:
        return 1.0
    return float(x.sum() ** 2 / (x.size * sq))


@dataclass
class FairnessResult:
    """Per tenant hours requested and granted; Jain's index of the granted ÷ requested shares."""

    by_tenant: pd.DataFrame
    jain: float

    @property
    def interpretation(self) -> str:
        if not math.isfinite(self.jain):
            return ""
        worst = self.by_tenant.sort_values("granted_share").iloc[0]
        level = (t("operations.fair.level_high") if self.jain >= 0.9 else
                 t("operations.fair.level_mid") if self.jain >= 0.7 else t("operations.fair.level_low"))
        return t("operations.fair.interp", jain=number(self.jain, 2), level=level, tenant=worst["tenant"],
                 share=percent(worst["granted_share"]))

    def _repr_html_(self) -> str:
        df = self.by_tenant
        shown = pd.DataFrame({
            t("operations.col.tenant"): df["tenant"],
            t("operations.col.requested_h"): [number(v, 1) for v in df["requested_h"]],
            t("operations.col.granted_h"): [number(v, 1) for v in df["granted_h"]],
            t("operations.col.granted_share"): [percent(v) for v in df["granted_share"]],
        })
        return html_frame(shown, t("operations.fair.title")) + html_table("", [], note=self.interpretation)


def fairness(table: pd.DataFrame) -> FairnessResult:
    """Fairness between tenants from a schedule (``requested_h``, ``granted_h``) or a bookings table.

    For bookings (``start``, ``end``, ``status``): requested = all bookings,
    granted = not cancelled.  ``granted_share`` = granted ÷ requested per
    tenant; ``jain`` = Jain's index of those shares.
    """
    columns(table, ["tenant"], "fairness")
    if {"requested_h", "granted_h"} <= set(table.columns):
        df = table[["tenant", "requested_h", "granted_h"]].copy()
        for c in ("requested_h", "granted_h"):
            v = pd.to_numeric(df[c], errors="coerce")
            bad = (v.isna() & df[c].notna()) | ~np.isfinite(v.fillna(0).to_numpy(dtype=float)) | (v < 0)
            if bad.any():
                i = int(np.flatnonzero(bad.to_numpy())[0])
                raise DataError(t("error.must_be_non_negative", field=f"{c} [{i + 1}]", value=df[c].iloc[i]))
            df[c] = v.fillna(0.0)
    else:
        b = clean_bookings(table)
        hours = b["duration_min"] / 60
        df = pd.DataFrame({"tenant": b["tenant"], "requested_h": hours,
                           "granted_h": np.where(b["status"].isin(BOOKED), hours, 0.0)})
    g = df.groupby(df["tenant"].astype(str))[["requested_h", "granted_h"]].sum()
    g["granted_share"] = np.where(g["requested_h"] > 0, g["granted_h"] / g["requested_h"].where(g["requested_h"] > 0, 1),
                                  np.nan)
    g = g.reset_index().sort_values("tenant", ignore_index=True)
    if not np.isfinite(g["granted_share"].to_numpy(dtype=float)).any():
        raise DataError(t("operations.error.no_requested_hours"))
    return FairnessResult(g, jain_index(g["granted_share"]))


def is_conflict_free(schedule: pd.DataFrame) -> bool:
    """True when no two granted slots of one machine overlap."""
    columns(schedule, ["machine_id", "start", "end"], "schedule")
    schedule = schedule.assign(start=to_timestamps(schedule["start"], "start"),
                               end=to_timestamps(schedule["end"], "end"))
    s = schedule.dropna(subset=["start", "end"]).sort_values(["machine_id", "start"])
    for _, grp in s.groupby("machine_id"):
        st = grp["start"].to_numpy()
        en = grp["end"].to_numpy()
        if (st[1:] < en[:-1]).any():
            return False
    return True


__all__ = ["find_conflicts", "outside_opening_hours", "schedule_requests", "ScheduleResult", "fairness",
           "FairnessResult", "jain_index", "is_conflict_free", "POLICIES"]
