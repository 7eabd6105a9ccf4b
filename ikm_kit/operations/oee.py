"""Overall Equipment Effectiveness (OEE) and the six big losses.

Definitions (Nakajima; as explained on oee.com by Vorne Industries):

* run time = planned production time − downtime (breakdowns, setups)
* availability A = run time / planned time
* performance P = ideal cycle time × total count / run time
* quality Q = good count / total count (undefined — NaN — when nothing was
  produced; OEE is then good × ideal cycle / planned = 0)
* OEE = A × P × Q = good count × ideal cycle time / planned time

Performance above 100 % is an input error, not a value to cut silently (see
:data:`PERFORMANCE_TOLERANCE`).

The same quantities as *time* give the waterfall: planned time → (availability
loss) run time → (performance loss) net run time = total × ideal cycle →
(quality loss) fully productive time = good × ideal cycle.

    >>> r = oee(420, 47, 1.0, 19271, 18848)
    >>> round(r.availability, 4), round(r.performance, 4), round(r.quality, 4), round(r.oee, 4)
    (0.8881, 0.8611, 0.978, 0.7479)
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ikm_kit.errors import DataError, InputError
from ikm_kit.formats import number, percent, rupiah
from ikm_kit.i18n import t
from ikm_kit.formats_html import html_frame, html_table
from ikm_kit.validation import columns, non_negative, positive

from ._common import known_ids, to_timestamps

#: Performance above 100 % is an input error (the ideal cycle time is too long
#: or the count is wrong): the default tolerance is 0.  ``oee(...,
#: performance_tolerance=0.005)`` / ``oee_from_log(...)`` accept up to 100,5 %
#: as rounding noise of a cycle time written with few decimals; such a value
#: is then cut to 100 % and the result says so (``performance_clipped``).
PERFORMANCE_TOLERANCE = 0.0
_FLOAT_NOISE = 1e-9

WORLD_CLASS_OEE = 0.85

LOSS_KEYS = ("breakdown", "setup", "minor_stops", "speed", "startup_rejects", "production_rejects")


def oee_interpretation(availability: float, performance: float, quality: float, value: float) -> str:
    """Plain-language reading of an OEE result (active language)."""
    if not math.isfinite(value):
        return t("operations.oee.interp_none")
    if value >= WORLD_CLASS_OEE:
        level = t("operations.oee.level_world")
    elif value >= 0.6:
        level = t("operations.oee.level_typical")
    elif value >= 0.4:
        level = t("operations.oee.level_low")
    else:
        level = t("operations.oee.level_very_low")
    factors = {
        t("operations.oee.availability"): availability,
        t("operations.oee.performance"): performance,
        t("operations.oee.quality"): quality,
    }
    weakest = min(factors, key=lambda k: factors[k] if math.isfinite(factors[k]) else 2.0)
    return t("operations.oee.interp", oee=percent(value), level=level, weakest=weakest,
             value=percent(factors[weakest]))


@dataclass
class OeeResult:
    """OEE of one machine and period. Times in minutes, fractions in 0…1."""

    planned_time: float
    downtime: float
    ideal_cycle_time: float
    total_count: float
    good_count: float
    availability: float
    performance: float
    quality: float
    oee: float
    run_time: float
    net_run_time: float
    fully_productive_time: float
    losses: pd.DataFrame = field(repr=False)
    performance_clipped: bool = False

    @property
    def availability_loss(self) -> float:
        return self.planned_time - self.run_time

    @property
    def performance_loss(self) -> float:
        return self.run_time - self.net_run_time

    @property
    def quality_loss(self) -> float:
        return self.net_run_time - self.fully_productive_time

    def as_dict(self) -> dict[str, float]:
        return {"availability": self.availability, "performance": self.performance,
                "quality": self.quality, "oee": self.oee}

    def waterfall(self) -> pd.DataFrame:
        """Steps for a waterfall chart: ``step``, ``minutes``, ``kind`` (absolute/relative/total)."""
        return pd.DataFrame({
            "step": ["planned", "availability_loss", "performance_loss", "quality_loss", "effective"],
            "minutes": [self.planned_time, -self.availability_loss, -self.performance_loss,
                        -self.quality_loss, self.fully_productive_time],
            "kind": ["absolute", "relative", "relative", "relative", "total"],
        })

    @property
    def interpretation(self) -> str:
        return oee_interpretation(self.availability, self.performance, self.quality, self.oee)

    def _repr_html_(self) -> str:
        rows = [
            (t("operations.oee.planned_time"), f"{number(self.planned_time, 1)} {t('unit.minutes')}"),
            (t("operations.oee.run_time"), f"{number(self.run_time, 1)} {t('unit.minutes')}"),
            (t("operations.oee.availability"), percent(self.availability)),
            (t("operations.oee.performance"), percent(self.performance)),
            (t("operations.oee.quality"), percent(self.quality)),
            ("OEE", percent(self.oee)),
        ]
        out = html_table(t("operations.oee.title"), rows, note=self.interpretation)
        if self.losses["minutes"].notna().any():
            shown = self.losses.assign(
                loss=[t(f"operations.loss.{k}") for k in self.losses["loss"]],
                minutes=[number(v, 1) for v in self.losses["minutes"]],
            )[["loss", "minutes"]]
            shown.columns = [t("operations.col.loss"), t("operations.col.minutes")]
            out += html_frame(shown, t("operations.oee.six_losses"))
        return out


def _split(total: float, parts: dict[str, float | None]) -> dict[str, float]:
    """Split ``total`` over the given parts in proportion to their logged sizes."""
    known = {k: v for k, v in parts.items() if v is not None and math.isfinite(v)}
    if not known:
        return {k: math.nan for k in parts}
    s = sum(known.values())
    if s <= 0:
        out = {k: 0.0 for k in parts}
        first = next(iter(parts))
        out[first] = total  # nothing logged: attribute to the first category
        return out if total > 0 else {k: 0.0 for k in parts}
    return {k: total * known.get(k, 0.0) / s for k in parts}


def oee(planned_time: float, downtime: float, ideal_cycle_time: float, total_count: float,
        good_count: float, *, breakdown: float | None = None, setup: float | None = None,
        minor_stops: float | None = None, speed_loss: float | None = None,
        startup_rejects: float | None = None,
        performance_tolerance: float = PERFORMANCE_TOLERANCE) -> OeeResult:
    """OEE from planned time and downtime (minutes), ideal cycle time (seconds per unit) and counts.

    Optional detail (minutes, counts) splits the three losses into the six big
    losses: ``breakdown`` + ``setup`` (availability; their sum should equal
    ``downtime``), ``minor_stops`` + ``speed_loss`` (performance, split in
    proportion when they do not add up exactly) and ``startup_rejects`` (the
    rest of the rejects are production rejects).

    Performance above 100 % raises :class:`~ikm_kit.errors.InputError`; with
    ``performance_tolerance`` (fraction, e.g. 0.005) a value up to 1 + tolerance
    is cut to 100 % and ``performance_clipped`` is True.  With no output
    (``total_count`` 0) quality is NaN (undefined) and OEE is 0.

    Example (oee.com worked example): ``oee(420, 47, 1.0, 19271, 18848).oee`` → 0.7479.
    """
    planned = positive(planned_time, t("operations.oee.planned_time"))
    down = non_negative(downtime, t("operations.oee.downtime"))
    ict = positive(ideal_cycle_time, t("operations.oee.ideal_cycle"))
    total = non_negative(total_count, t("operations.oee.total_count"))
    good = non_negative(good_count, t("operations.oee.good_count"))
    if down > planned:
        raise InputError(t("operations.error.downtime_gt_planned", down=number(down, 1),
                           planned=number(planned, 1)))
    if good > total:
        raise InputError(t("operations.error.good_gt_total", good=number(good), total=number(total)))
    run = planned - down
    net = total * ict / 60.0
    full = good * ict / 60.0
    if run <= 0:
        if total > 0:
            raise InputError(t("operations.error.count_without_runtime", total=number(total)))
        performance = 0.0
    else:
        performance = net / run
    tol = non_negative(performance_tolerance, "performance_tolerance")
    if performance > 1 + tol + _FLOAT_NOISE:
        raise InputError(t("operations.error.performance_gt_1", performance=percent(performance),
                           ideal=number(ict, 2), total=number(total), run=number(run, 1)))
    clipped = performance > 1
    performance = min(performance, 1.0)
    net = min(net, run)
    full = min(full, net)
    availability = run / planned
    quality = good / total if total > 0 else math.nan
    value = availability * performance * quality if total > 0 else full / planned

    detail = [None if v is None else non_negative(v, t(f"operations.loss.{name}"))
              for name, v in zip(LOSS_KEYS, [breakdown, setup, minor_stops, speed_loss, startup_rejects])]
    breakdown, setup, minor_stops, speed_loss, startup_rejects = detail
    if any(v is not None for v in detail):
        a = _split(planned - run, {"breakdown": breakdown, "setup": setup})
        p = _split(run - net, {"minor_stops": minor_stops, "speed": speed_loss})
        rejects = total - good
        if startup_rejects is not None:
            if startup_rejects > rejects:
                raise InputError(t("operations.error.startup_gt_rejects", startup=number(startup_rejects),
                                   rejects=number(rejects)))
            q = {"startup_rejects": startup_rejects * ict / 60.0,
                 "production_rejects": (rejects - startup_rejects) * ict / 60.0}
        else:
            q = {"startup_rejects": math.nan, "production_rejects": math.nan}
        minutes = [a["breakdown"], a["setup"], p["minor_stops"], p["speed"], q["startup_rejects"],
                   q["production_rejects"]]
    else:
        minutes = [math.nan] * 6
    losses = pd.DataFrame({
        "loss": list(LOSS_KEYS),
        "factor": ["availability", "availability", "performance", "performance", "quality", "quality"],
        "minutes": minutes,
    })
    return OeeResult(planned, down, ict, total, good, availability, performance, quality, value,
                     run, net, full, losses, performance_clipped=bool(clipped))


# --------------------------------------------------------------------------- logs

@dataclass
class OeeTable:
    """OEE per machine (and period) from a production log; see :func:`oee_from_log`."""

    table: pd.DataFrame
    freq: str | None

    @property
    def overall(self) -> pd.Series:
        """Totals over every row (minutes, counts and the four ratios)."""
        sums = self.table[["planned_min", "downtime_min", "run_min", "net_run_min",
                           "fully_productive_min"]].sum()
        planned, run, net, full = (sums["planned_min"], sums["run_min"], sums["net_run_min"],
                                   sums["fully_productive_min"])
        a = run / planned if planned > 0 else math.nan
        p = net / run if run > 0 else math.nan
        q = full / net if net > 0 else math.nan
        return pd.Series({**sums.to_dict(), "availability": a, "performance": p, "quality": q,
                          "oee": full / planned if planned > 0 else math.nan})

    @property
    def interpretation(self) -> str:
        o = self.overall
        return oee_interpretation(o["availability"], o["performance"], o["quality"], o["oee"])

    def _repr_html_(self) -> str:
        df = self.table
        cols = [c for c in ("machine_id", "period", "availability", "performance", "quality", "oee",
                            "loss_total_rp") if c in df.columns]
        shown = df[cols].copy()
        for c in ("availability", "performance", "quality", "oee"):
            shown[c] = [percent(v) for v in shown[c]]
        if "loss_total_rp" in shown:
            shown["loss_total_rp"] = [rupiah(v) for v in shown["loss_total_rp"]]
        if "period" in shown:
            shown["period"] = shown["period"].astype(str)
        shown.columns = [t(f"operations.col.{c}") for c in cols]
        return html_frame(shown, t("operations.oee.table_title")) + html_table(
            "", [], note=self.interpretation)


_LOG_REQUIRED = ["date", "machine_id", "planned_min", "total_count", "good_count"]


def oee_from_log(log: pd.DataFrame, machines: pd.DataFrame | None = None, *, freq: str | None = "M",
                 by: str = "machine", rp_per_hour: float | dict | None = None,
                 performance_tolerance: float = PERFORMANCE_TOLERANCE) -> OeeTable:
    """OEE per machine per period from a daily machine log (vectorised).

    ``log`` columns: ``date, machine_id, planned_min, total_count, good_count``
    and ``ideal_cycle_s`` (or take it from ``machines``), plus the downtime as
    ``breakdown_min`` + ``setup_min`` or as ``run_min``.  With
    ``minor_stop_min``, ``speed_loss_min`` and ``startup_reject_count`` the six
    big losses are split out.  ``freq``: ``"M"`` month, ``"W"`` week, ``"D"``
    day, ``"Q"``, ``"Y"`` or ``None`` (whole log).  ``by="machine"`` or
    ``"sentra"`` (needs ``machines``).

    Losses are priced as lost hours × ``rp_per_hour`` (a number, or a dict per
    machine; e.g. the contribution margin per machine hour) or, by default, ×
    ``hourly_fee_rp`` from ``machines`` (the rental income the sentra loses).

    A day with performance above 100 % is a :class:`~ikm_kit.errors.DataError`
    unless ``performance_tolerance`` allows it (then cut to 100 %, and the
    ``performance_clipped_days`` column counts such days); a period with no
    output has quality NaN and OEE 0.

    Example: ``oee_from_log(load("machine_log"), load("machines")).table``.
    """
    columns(log, _LOG_REQUIRED, "machine_log")
    if not isinstance(by, str) or by not in ("machine", "sentra"):
        raise InputError(t("error.unknown_choice", field="by", value=by, valid="machine, sentra"))
    df = pd.DataFrame({
        "date": to_timestamps(log["date"], "date").to_numpy(),
        "machine_id": log["machine_id"].astype(str).to_numpy(),
    })
    for c in ("planned_min", "total_count", "good_count", "breakdown_min", "setup_min", "run_min",
              "minor_stop_min", "speed_loss_min", "startup_reject_count", "ideal_cycle_s"):
        if c in log.columns:
            values = pd.to_numeric(log[c], errors="coerce").to_numpy(dtype=float)
            if np.isnan(values).any():
                i = int(np.flatnonzero(np.isnan(values))[0])
                raise DataError(t("operations.error.log_value", column=c, row=i + 1, value=log[c].iloc[i]))
            if (values < 0).any():
                i = int(np.flatnonzero(values < 0)[0])
                raise DataError(t("operations.error.log_negative", column=c, row=i + 1,
                                  value=values[i], machine=df["machine_id"].iloc[i]))
            df[c] = values
    fee = None
    if machines is not None:
        columns(machines, ["machine_id"], "machines")
        known_ids(df["machine_id"].unique(), machines["machine_id"].astype(str), "machine_id")
        mach = machines.assign(machine_id=machines["machine_id"].astype(str)).set_index("machine_id")
        if "ideal_cycle_s" not in df and "ideal_cycle_s" in mach:
            df["ideal_cycle_s"] = df["machine_id"].map(mach["ideal_cycle_s"]).astype(float)
        if "hourly_fee_rp" in mach:
            fee = mach["hourly_fee_rp"].astype(float)
        if by == "sentra":
            columns(machines, ["machine_id", "sentra"], "machines")
            df["sentra"] = df["machine_id"].map(mach["sentra"])
    if "ideal_cycle_s" not in df:
        raise DataError(t("operations.error.no_ideal_cycle", existing=", ".join(map(str, log.columns))))
    if (df["ideal_cycle_s"] <= 0).any():
        i = int(np.flatnonzero(df["ideal_cycle_s"].to_numpy() <= 0)[0])
        raise DataError(t("operations.error.log_value", column="ideal_cycle_s", row=i + 1,
                          value=df["ideal_cycle_s"].iloc[i]))

    bad = df["good_count"] > df["total_count"]
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise DataError(t("operations.error.log_good_gt_total", row=i + 1, machine=df["machine_id"].iloc[i],
                          good=number(df["good_count"].iloc[i]), total=number(df["total_count"].iloc[i])))
    if "breakdown_min" in df or "setup_min" in df:
        df["downtime_min"] = df.get("breakdown_min", 0.0) + df.get("setup_min", 0.0)
    elif "run_min" in df:
        df["downtime_min"] = df["planned_min"] - df["run_min"]
    else:
        raise DataError(t("operations.error.no_downtime", existing=", ".join(map(str, log.columns))))
    over = df["downtime_min"] > df["planned_min"] + 1e-9
    if over.any():
        i = int(np.flatnonzero(over.to_numpy())[0])
        raise DataError(t("operations.error.log_downtime", row=i + 1, machine=df["machine_id"].iloc[i]))
    df["run_min"] = df["planned_min"] - df["downtime_min"]
    df["net_run_min"] = df["total_count"] * df["ideal_cycle_s"] / 60.0
    df["fully_productive_min"] = df["good_count"] * df["ideal_cycle_s"] / 60.0
    tol = non_negative(performance_tolerance, "performance_tolerance")
    too_fast = df["net_run_min"] > df["run_min"] * (1 + tol + _FLOAT_NOISE) + 1e-9
    if too_fast.any():
        i = int(np.flatnonzero(too_fast.to_numpy())[0])
        raise DataError(t("operations.error.log_performance", row=i + 1, machine=df["machine_id"].iloc[i],
                          date=str(df["date"].iloc[i].date())))
    df["performance_clipped_days"] = (df["net_run_min"] > df["run_min"] * (1 + _FLOAT_NOISE)).astype(int)
    df["net_run_min"] = np.minimum(df["net_run_min"], df["run_min"])
    df["fully_productive_min"] = np.minimum(df["fully_productive_min"], df["net_run_min"])
    if "startup_reject_count" in df:
        start_rej = np.minimum(df["startup_reject_count"], df["total_count"] - df["good_count"])
        df["loss_startup_rejects_min"] = start_rej * df["ideal_cycle_s"] / 60.0
        df["loss_production_rejects_min"] = (df["net_run_min"] - df["fully_productive_min"]
                                             - df["loss_startup_rejects_min"]).clip(lower=0)

    if not isinstance(by, str) or by not in ("machine", "sentra"):
        raise InputError(t("error.unknown_choice", field="by", value=by, valid="machine, sentra"))
    key = "sentra" if by == "sentra" else "machine_id"
    if key == "sentra" and "sentra" not in df:
        raise DataError(t("operations.error.need_sentra_column"))
    group = [key]
    if freq is not None:
        fmap = {"M": "M", "MS": "M", "ME": "M", "W": "W", "D": "D", "Q": "Q", "Y": "Y", "A": "Y", "YE": "Y"}
        if not isinstance(freq, str) or freq not in fmap:
            raise InputError(t("error.unknown_choice", field="freq", value=freq, valid="D, W, M, Q, Y"))
        df["period"] = df["date"].dt.to_period(fmap[freq])
        group.append("period")
    sum_cols = [c for c in ("planned_min", "downtime_min", "breakdown_min", "setup_min", "run_min",
                            "net_run_min", "fully_productive_min", "minor_stop_min", "speed_loss_min",
                            "total_count", "good_count", "startup_reject_count",
                            "loss_startup_rejects_min", "loss_production_rejects_min",
                            "performance_clipped_days") if c in df]
    g = df.groupby(group, sort=True, observed=True)[sum_cols].sum()
    g["days"] = df.groupby(group, sort=True, observed=True).size()
    out = g.reset_index()
    planned = out["planned_min"].to_numpy(float)
    run = out["run_min"].to_numpy(float)
    net = out["net_run_min"].to_numpy(float)
    full = out["fully_productive_min"].to_numpy(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        out["availability"] = np.where(planned > 0, run / planned, np.nan)
        out["performance"] = np.where(run > 0, net / run, np.nan)
        out["quality"] = np.where(net > 0, full / net, np.nan)  # no output: quality undefined
        out["oee"] = np.where(planned > 0, full / planned, np.nan)
    out["loss_availability_min"] = planned - run
    out["loss_performance_min"] = run - net
    out["loss_quality_min"] = net - full
    # six big losses (time), split in proportion to what was logged
    if "breakdown_min" in out and "setup_min" in out:
        out["loss_breakdown_min"] = out["breakdown_min"]
        out["loss_setup_min"] = out["setup_min"]
    if "minor_stop_min" in out and "speed_loss_min" in out:
        logged = (out["minor_stop_min"] + out["speed_loss_min"]).to_numpy(float)
        share = np.where(logged > 0, out["minor_stop_min"].to_numpy(float) / np.where(logged > 0, logged, 1), 0.5)
        out["loss_minor_stops_min"] = out["loss_performance_min"] * share
        out["loss_speed_min"] = out["loss_performance_min"] * (1 - share)
    # prices
    if rp_per_hour is not None:
        if isinstance(rp_per_hour, dict):
            rate = out[key].map({str(k): non_negative(v, f"{t('operations.col.rp_per_hour')} ({k})")
                                 for k, v in rp_per_hour.items()})
            if rate.isna().any():
                missing = out.loc[rate.isna(), key].iloc[0]
                raise InputError(t("operations.error.no_rate", machine=missing))
        else:
            rate = pd.Series(non_negative(rp_per_hour, t("operations.col.rp_per_hour")), index=out.index)
    elif fee is not None and key == "machine_id":
        rate = out["machine_id"].map(fee)
    elif fee is not None:
        # sentra level: average fee weighted by planned minutes
        w = df.assign(_fee=df["machine_id"].map(fee) * df["planned_min"])
        num = w.groupby(group, observed=True)["_fee"].sum().to_numpy()
        rate = pd.Series(num / np.where(planned > 0, planned, 1), index=out.index)
    else:
        rate = None
    if rate is not None:
        out["rp_per_hour"] = rate.to_numpy(float)
        for name in ("availability", "performance", "quality"):
            out[f"loss_{name}_rp"] = out[f"loss_{name}_min"] / 60.0 * out["rp_per_hour"]
        out["loss_total_rp"] = (planned - full) / 60.0 * out["rp_per_hour"]
    return OeeTable(out, freq)


__all__ = ["oee", "OeeResult", "oee_from_log", "OeeTable", "oee_interpretation", "LOSS_KEYS",
           "WORLD_CLASS_OEE"]
