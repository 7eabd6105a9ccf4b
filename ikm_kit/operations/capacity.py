"""Capacity: machine hours needed for a production plan vs hours available; bottleneck; order check.

hours needed on machine m = Σ over products (quantity × minutes per unit on m) ÷ 60;
hours available = (opening hours in the period − ``reserved_h``) × ``efficiency``:
hours other tenants have booked are clock hours taken off the opening hours,
and only the hours left to us carry our own efficiency loss (e.g. the OEE) —
the same as Day 5's ``realistic_efficiency()`` (free share × OEE) applied to
the opening hours;
load = needed ÷ available; the bottleneck is the machine with the highest load.

    >>> import pandas as pd
    >>> routings = pd.DataFrame({"product_id": ["meja", "meja"], "machine_id": ["G1", "K1"],
    ...                          "minutes_per_unit": [30, 60]})
    >>> machines = pd.DataFrame({"machine_id": ["G1", "K1"], "open_hour": 8, "close_hour": 16, "open_days": "Sen-Jum"})
    >>> r = order_capacity("meja", 200, 30, routings, machines, start="2023-01-02")
    >>> r.bottleneck, r.max_units, r.feasible
    ('K1', 176, False)
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Mapping

import numpy as np
import pandas as pd

from ikm_kit.errors import DataError, InputError
from ikm_kit.formats import number, percent
from ikm_kit.i18n import t
from ikm_kit.formats_html import html_frame, html_table
from ikm_kit.validation import columns, non_negative, positive

from ._common import as_date, daily_open_minutes, holiday_set, known_ids, opening


def _per_machine(value, machine_ids, field: str, default: float) -> pd.Series:
    if value is None:
        return pd.Series(default, index=machine_ids, dtype=float)
    if isinstance(value, Mapping):
        known_ids(value.keys(), machine_ids, "machine_id")
        s = pd.Series({str(k): non_negative(v, f"{field} ({k})") for k, v in value.items()},
                      dtype=float).reindex(machine_ids).fillna(default)
    else:
        s = pd.Series(non_negative(value, field), index=machine_ids)
    for v in s:
        non_negative(v, field)
    return s


MAX_DAYS = 3660  # ten years of calendar: longer plans are a typo (and overflow the calendar)


def _days(days: object) -> float:
    d = positive(days, t("operations.cap.days"))
    if d > MAX_DAYS:
        raise InputError(t("error.too_large", field=t("operations.cap.days"), value=days, maximum=MAX_DAYS))
    return d


def _available(machines: pd.DataFrame, start, end, days, holidays) -> pd.Series:
    """Opening hours per machine in the period (calendar ``days`` from ``start``)."""
    columns(machines, ["machine_id", "open_hour", "close_hour", "open_days"], "machines")
    dup = machines["machine_id"].astype(str).duplicated()
    if dup.any():
        raise DataError(t("operations.error.duplicate_machine", machine=machines["machine_id"][dup].iloc[0]))
    out = {}
    if start is None and end is None:
        # no calendar: average week
        d = _days(days)
        for _, row in machines.iterrows():
            o, c, od = opening(row)
            out[str(row["machine_id"])] = d * len(od) / 7.0 * (c - o)
        return pd.Series(out, dtype=float)
    s = as_date(start, "start").normalize()
    if end is not None:
        e = as_date(end, "end").normalize() + pd.Timedelta(days=1)
    else:
        e = s + pd.Timedelta(days=_days(days))
    if e <= s:
        raise DataError(t("operations.error.period_end_before_start", start=str(s), end=str(e)))
    hol = holiday_set(holidays)
    for _, row in machines.iterrows():
        o, c, od = opening(row)
        out[str(row["machine_id"])] = daily_open_minutes(s, e, o, c, od, hol)["open_min"].sum() / 60.0
    return pd.Series(out, dtype=float)


def _routings(routings: pd.DataFrame, machines: pd.DataFrame) -> pd.DataFrame:
    columns(routings, ["product_id", "machine_id", "minutes_per_unit"], "routings")
    columns(machines, ["machine_id"], "machines")
    r = routings.assign(product_id=routings["product_id"].astype(str), machine_id=routings["machine_id"].astype(str))
    r["minutes_per_unit"] = pd.to_numeric(r["minutes_per_unit"], errors="coerce")
    if r["minutes_per_unit"].isna().any() or (r["minutes_per_unit"] < 0).any():
        i = int(np.flatnonzero((r["minutes_per_unit"].isna() | (r["minutes_per_unit"] < 0)).to_numpy())[0])
        raise DataError(t("operations.error.bad_minutes", product=r["product_id"].iloc[i],
                          machine=r["machine_id"].iloc[i], value=routings["minutes_per_unit"].iloc[i]))
    known_ids(r["machine_id"].unique(), machines["machine_id"].astype(str), "machine_id")
    return r


@dataclass
class CapacityResult:
    """Load per machine (``table``), the bottleneck and how far the plan could be scaled."""

    table: pd.DataFrame
    bottleneck: str | None
    max_load: float

    @property
    def feasible(self) -> bool:
        return bool(self.max_load <= 1 + 1e-12)

    @property
    def max_scale(self) -> float:
        """Factor by which every quantity of the plan could be multiplied (1 / max load)."""
        return 1.0 / self.max_load if self.max_load > 0 else math.inf

    @property
    def interpretation(self) -> str:
        if self.bottleneck is None:
            return t("operations.cap.interp_empty")
        row = self.table.set_index("machine_id").loc[self.bottleneck]
        key = "operations.cap.interp_ok" if self.feasible else "operations.cap.interp_over"
        return t(key, machine=self.bottleneck, load=percent(self.max_load), needed=number(row["needed_h"], 1),
                 available=number(row["available_h"], 1), scale=percent(self.max_scale))

    def _repr_html_(self) -> str:
        df = self.table
        shown = pd.DataFrame({
            t("operations.col.machine_id"): df["machine_id"],
            t("operations.col.needed_h"): [number(v, 1) for v in df["needed_h"]],
            t("operations.col.available_h"): [number(v, 1) for v in df["available_h"]],
            t("operations.col.load"): [percent(v) for v in df["load"]],
        })
        return html_frame(shown, t("operations.cap.title")) + html_table("", [], note=self.interpretation)


def capacity_check(plan, routings: pd.DataFrame, machines: pd.DataFrame, *, days: float | None = 30,
                   start=None, end=None, holidays=None, efficiency=1.0, reserved_h=None) -> CapacityResult:
    """Machine hours needed for ``plan`` vs hours available in the period.

    ``plan``: ``{product_id: quantity}`` or a table ``product_id, quantity``.
    Period: ``start`` (+ ``end`` inclusive, or ``days`` calendar days) with
    holidays, or only ``days`` for an average week.  ``reserved_h`` (clock
    hours, number or per machine) is already booked by others;
    ``efficiency`` (0–1, number or per machine, e.g. the machine's OEE)
    scales the hours that are left: available = (opening − reserved) × efficiency.
    Example by hand: 40 h open, 10 h booked, OEE 0,5 → (40 − 10) × 0,5 = 15 h.

    Example: ``capacity_check({"P01": 200}, load("routings"), load("machines"), days=30)``.
    """
    if isinstance(plan, Mapping):
        plan = pd.DataFrame({"product_id": list(plan.keys()), "quantity": list(plan.values())})
    columns(plan, ["product_id", "quantity"], "plan")
    p = plan.assign(product_id=plan["product_id"].astype(str))
    p["quantity"] = [non_negative(q, t("operations.col.quantity")) for q in p["quantity"]]
    r = _routings(routings, machines)
    known_ids(p["product_id"].unique(), r["product_id"].unique(), "product_id")
    mids = machines["machine_id"].astype(str).tolist()
    eff = _per_machine(efficiency, mids, t("operations.cap.efficiency"), 1.0)
    if (eff > 1).any():
        raise InputError(t("operations.error.fraction", field=t("operations.cap.efficiency"), value=float(eff.max())))
    res = _per_machine(reserved_h, mids, t("operations.cap.reserved"), 0.0)
    opening_h = _available(machines, start, end, days, holidays).reindex(mids)
    need = (r.merge(p, on="product_id").assign(h=lambda d: d["quantity"] * d["minutes_per_unit"] / 60.0)
            .groupby("machine_id")["h"].sum())
    table = pd.DataFrame({"machine_id": mids})
    if "name" in machines.columns:
        table["name"] = machines["name"].to_numpy()
    table["opening_h"] = opening_h.to_numpy()
    table["available_h"] = ((opening_h - res).clip(lower=0) * eff).to_numpy()
    table["needed_h"] = table["machine_id"].map(need).fillna(0.0).to_numpy()
    av = table["available_h"].to_numpy(float)
    nd = table["needed_h"].to_numpy(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        table["load"] = np.where(av > 0, nd / np.where(av > 0, av, 1), np.where(nd > 0, np.inf, 0.0))
    table["spare_h"] = table["available_h"] - table["needed_h"]
    used = table[table["needed_h"] > 0]
    if used.empty:
        return CapacityResult(table, None, 0.0)
    top = used.sort_values("load", ascending=False).iloc[0]
    return CapacityResult(table, str(top["machine_id"]), float(top["load"]))


@dataclass
class OrderCapacity:
    """Can the sentra deliver ``quantity`` of a product in ``days``?"""

    product_id: str
    quantity: float
    days: float
    max_units: int
    bottleneck: str
    days_needed: float
    table: pd.DataFrame

    @property
    def feasible(self) -> bool:
        return self.max_units >= self.quantity

    @property
    def interpretation(self) -> str:
        key = "operations.cap.order_ok" if self.feasible else "operations.cap.order_short"
        return t(key, quantity=number(self.quantity), product=self.product_id, days=number(self.days),
                 max_units=number(self.max_units), machine=self.bottleneck,
                 days_needed=number(self.days_needed, 1) if math.isfinite(self.days_needed) else "∞")

    def _repr_html_(self) -> str:
        df = self.table
        shown = pd.DataFrame({
            t("operations.col.machine_id"): df["machine_id"],
            t("operations.col.minutes_per_unit"): [number(v, 1) for v in df["minutes_per_unit"]],
            t("operations.col.available_h"): [number(v, 1) for v in df["available_h"]],
            t("operations.col.max_units"): [number(v) for v in df["max_units"]],
        })
        return html_frame(shown, t("operations.cap.order_title", product=self.product_id)) + html_table(
            "", [], note=self.interpretation)


def order_capacity(product_id: str, quantity: float, days: float, routings: pd.DataFrame, machines: pd.DataFrame,
                   *, start=None, holidays=None, efficiency=1.0, reserved_h=None) -> OrderCapacity:
    """Most units of one product the shared machines can make in ``days`` calendar days.

    ``max_units`` = min over the product's machines of available minutes ÷
    minutes per unit (whole units); the machine giving the minimum is the
    bottleneck; ``days_needed`` = days for ``quantity`` at that pace.
    Available hours = (opening − ``reserved_h``) × ``efficiency``, as in
    :func:`capacity_check`.
    Example: ``order_capacity("P01", 200, 30, load("routings"), load("machines"))`` — 200 desks in 30 days?
    """
    q = non_negative(quantity, t("operations.col.quantity"))
    d = positive(days, t("operations.cap.days"))
    r = _routings(routings, machines)
    pid = str(product_id)
    known_ids([pid], r["product_id"].unique(), "product_id")
    steps = r[(r["product_id"] == pid) & (r["minutes_per_unit"] > 0)].groupby("machine_id")["minutes_per_unit"].sum()
    if steps.empty:
        raise DataError(t("operations.error.no_routing", product=pid))
    mids = machines["machine_id"].astype(str).tolist()
    eff = _per_machine(efficiency, mids, t("operations.cap.efficiency"), 1.0)
    res = _per_machine(reserved_h, mids, t("operations.cap.reserved"), 0.0)
    avail = (_available(machines, start, None, d, holidays).reindex(mids) - res).clip(lower=0) * eff
    table = pd.DataFrame({"machine_id": steps.index, "minutes_per_unit": steps.to_numpy()})
    table["available_h"] = table["machine_id"].map(avail).to_numpy()
    table["max_units"] = np.floor(table["available_h"] * 60.0 / table["minutes_per_unit"] + 1e-9).astype(int)
    table["needed_h"] = q * table["minutes_per_unit"] / 60.0
    table["load"] = np.where(table["available_h"] > 0, table["needed_h"] / table["available_h"].where(
        table["available_h"] > 0, 1), np.inf)
    top = table.sort_values(["max_units", "load"], ascending=[True, False]).iloc[0]
    exact_rate = float(top["available_h"]) * 60.0 / float(top["minutes_per_unit"]) / d
    days_needed = q / exact_rate if exact_rate > 0 else math.inf
    return OrderCapacity(pid, q, d, int(top["max_units"]), str(top["machine_id"]), days_needed, table)


__all__ = ["capacity_check", "CapacityResult", "order_capacity", "OrderCapacity"]
