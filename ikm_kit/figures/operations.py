"""Figures of the sentra-operations area; every label comes from :func:`ikm_kit.i18n.t`.

    >>> from ikm_kit.operations import oee
    >>> from ikm_kit.figures.operations import oee_waterfall_figure
    >>> fig = oee_waterfall_figure(oee(420, 47, 1.0, 19271, 18848))
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ikm_kit import formats
from ikm_kit.errors import DataError
from ikm_kit.figures.common import COLORS, PALETTE, apply_layout, new_figure
from ikm_kit.i18n import t
from ikm_kit.operations._common import weekday_name
from ikm_kit.operations.bookings import find_conflicts
from ikm_kit.operations.capacity import CapacityResult
from ikm_kit.operations.occupancy import OccupancyResult
from ikm_kit.operations.oee import OeeResult, OeeTable
from ikm_kit.operations.simulation import ScenarioComparison
from ikm_kit.operations.utilization import UtilizationResult, clean_bookings

STATUS_COLORS = {"terisi": COLORS["ok"], "kosong": "#c7c7c7", "perawatan": COLORS["warning"]}
BOOKING_COLORS = {"selesai": COLORS["primary"], "tidak_hadir": "#9ecae1", "batal": "#d9d9d9"}


def _pct(v: float) -> str:
    return formats.percent(v) if v is not None and math.isfinite(v) else "–"


# --------------------------------------------------------------------------- site map

def site_map_figure(units: pd.DataFrame, *, title: str | None = None) -> go.Figure:
    """The workshops as a grid of squares coloured by status; rent arrears outlined in red.

    ``units`` is :func:`ikm_kit.operations.unit_status`'s result.  Hover shows
    tenant, product line and rent status.  Squares are shapes in data
    coordinates, so the map scales with the screen width.
    """
    fig = new_figure()
    arrears = (units["rent_status"] == "menunggak") if "rent_status" in units else pd.Series(False, index=units.index)
    shapes = []
    for i, r in units.iterrows():
        owe = bool(arrears[i])
        shapes.append(dict(type="rect", x0=r["grid_col"] - 0.44, x1=r["grid_col"] + 0.44, y0=r["grid_row"] - 0.42,
                           y1=r["grid_row"] + 0.42, fillcolor=STATUS_COLORS.get(r["status"], "#c7c7c7"),
                           line=dict(color=COLORS["danger"] if owe else "#555", width=4 if owe else 1), layer="below"))
    for status in ("terisi", "perawatan", "kosong"):
        d = units[units["status"] == status]
        if d.empty:
            continue
        hover = []
        for _, r in d.iterrows():
            tenant = r["tenant"] if isinstance(r["tenant"], str) and r["tenant"] else "–"
            product = r["product_line"] if isinstance(r.get("product_line"), str) and r.get("product_line") else "–"
            rent = t(f"operations.rent_status.{r.get('rent_status', '-')}")
            if r.get("rent_status") == "menunggak":
                rent += f" ({formats.rupiah(r['arrears_rp'])})"
            hover.append(f"<b>{r['unit_id']}</b> · {t(f'operations.status.{status}')}<br>"
                         f"{t('operations.col.tenant')}: {tenant}<br>{t('operations.fig.product')}: {product}<br>"
                         f"{t('operations.fig.rent')}: {rent}")
        fig.add_trace(go.Scatter(
            x=d["grid_col"], y=d["grid_row"], mode="markers+text", text=d["unit_id"],
            textfont=dict(size=11, color="#000"), name=t(f"operations.status.{status}"),
            marker=dict(symbol="square", size=14, color=STATUS_COLORS[status], opacity=0),
            hovertext=hover, hoverinfo="text", showlegend=False,
        ))
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=t(f"operations.status.{status}"),
                                 marker=dict(symbol="square", size=14, color=STATUS_COLORS[status])))
    if arrears.any():
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=t("operations.rent_status.menunggak"),
                                 marker=dict(symbol="square-open", size=14, color=COLORS["danger"],
                                             line=dict(width=3))))
    month = units["month"].dropna().iloc[0] if "month" in units and units["month"].notna().any() else None
    heading = title or (t("operations.fig.site_map_month", month=formats.month(pd.Period(month).to_timestamp()))
                        if month else t("operations.fig.site_map"))
    n_rows = int(units["grid_row"].max() - units["grid_row"].min() + 1) if len(units) else 1
    fig.update_layout(shapes=shapes)
    apply_layout(fig, title=heading, height=max(260, 130 + 60 * n_rows))
    fig.update_xaxes(visible=False, range=[units["grid_col"].min() - 0.6, units["grid_col"].max() + 0.6])
    fig.update_yaxes(visible=False, range=[units["grid_row"].max() + 0.6, units["grid_row"].min() - 0.6])
    return fig


# --------------------------------------------------------------------------- occupancy

def occupancy_trend_figure(result: OccupancyResult, sentra: str | None = None) -> go.Figure:
    """Stacked bars of units by status per month with the occupancy rate as a line (right axis)."""
    m = result.monthly
    if sentra is not None:
        m = m[m["sentra"] == sentra]
    if m.empty:
        raise DataError(t("operations.error.no_rows_sentra", sentra=sentra,
                          valid=", ".join(sorted(result.monthly["sentra"].astype(str).unique()))))
    months = [formats.month(p.to_timestamp()) for p in m["month"]]
    fig = new_figure()
    for status in ("terisi", "perawatan", "kosong"):
        label = t(f"operations.status.{status}")
        fig.add_trace(go.Bar(x=months, y=m[status], name=label, marker_color=STATUS_COLORS[status],
                             hovertemplate="%{x}<br>" + label + ": %{y}<extra></extra>"))
    rate_label = t("operations.col.occupancy_rate")
    fig.add_trace(go.Scatter(x=months, y=m["occupancy_rate"], name=rate_label, yaxis="y2", mode="lines+markers",
                             line=dict(color="#000", width=2),
                             hovertext=[_pct(v) for v in m["occupancy_rate"]], hoverinfo="x+text+name"))
    fig.update_layout(barmode="stack", yaxis2=dict(overlaying="y", side="right", range=[0, 1.05],
                                                   tickformat=".0%", showgrid=False, title=rate_label))
    title = t("operations.fig.occupancy_trend", sentra=sentra) if sentra else t("operations.occ.title")
    apply_layout(fig, title=title, x_title=t("operations.col.month"))
    fig.update_layout(yaxis=dict(title=t("operations.fig.units")), yaxis2=dict(title=rate_label))
    fig.update_xaxes(tickangle=-45, type="category")
    return fig


def rent_figure(result: OccupancyResult, sentra: str | None = None) -> go.Figure:
    """Rent billed vs paid per month (bars) and the cumulative arrears (line)."""
    m = result.monthly if sentra is None else result.monthly[result.monthly["sentra"] == sentra]
    m = m.groupby("month", as_index=False)[["rent_billed_rp", "rent_paid_rp", "arrears_rp"]].sum()
    months = [formats.month(p.to_timestamp()) for p in m["month"]]
    fig = new_figure()
    for col, colour in (("rent_billed_rp", "#9ecae1"), ("rent_paid_rp", COLORS["primary"])):
        fig.add_trace(go.Bar(x=months, y=m[col], name=t(f"operations.col.{col}"), marker_color=colour,
                             hovertext=[formats.rupiah(v) for v in m[col]], hoverinfo="x+text+name"))
    cum = m["arrears_rp"].cumsum()
    fig.add_trace(go.Scatter(x=months, y=cum, name=t("operations.fig.cumulative_arrears"), mode="lines+markers",
                             line=dict(color=COLORS["danger"]), hovertext=[formats.rupiah(v) for v in cum],
                             hoverinfo="x+text+name"))
    apply_layout(fig, title=t("operations.fig.rent_title"), x_title=t("operations.col.month"), y_title="Rp")
    fig.update_layout(barmode="group")
    fig.update_xaxes(tickangle=-45, type="category")
    return fig


# --------------------------------------------------------------------------- utilisation

def utilization_heatmap_figure(result: UtilizationResult, *, only_open: bool = True) -> go.Figure:
    """Weekday × hour-of-day heatmap of utilisation (used ÷ available machine hours)."""
    h = result.heatmap
    m = result.heatmap_matrix("utilization")
    used = result.heatmap_matrix("used_h")
    avail = result.heatmap_matrix("available_h")
    hours = list(range(24))
    days = list(range(7))
    if only_open:
        hours = [c for c in m.columns if (avail[c] > 0).any() or (used[c] > 0).any()] or hours
        days = [d for d in m.index if (avail.loc[d] > 0).any() or (used.loc[d] > 0).any()] or days
    z = m.loc[days, hours].to_numpy()
    text = [[_pct(v) if np.isfinite(v) else "" for v in row] for row in z]
    hover = [[f"{weekday_name(d, short=False)} {hr:02d}.00–{hr + 1:02d}.00<br>{t('operations.col.utilization')}: "
              f"{_pct(m.loc[d, hr])}<br>{t('operations.col.used_h')}: {formats.number(used.loc[d, hr], 1)} / "
              f"{formats.number(avail.loc[d, hr], 1)}" for hr in hours] for d in days]
    fig = new_figure(go.Heatmap(
        z=z, x=[f"{hr:02d}" for hr in hours], y=[weekday_name(d) for d in days], text=text,
        texttemplate="%{text}", hovertext=hover, hoverinfo="text", zmin=0, zmax=max(1.0, float(np.nanmax(z)) if
                                                                                   np.isfinite(z).any() else 1.0),
        colorscale="Blues", colorbar=dict(title=t("operations.col.utilization"), tickformat=".0%"),
    ))
    del h
    apply_layout(fig, title=t("operations.fig.heatmap_title"), x_title=t("operations.fig.hour"),
                 y_title=t("operations.fig.weekday"), legend=False, height=380)
    fig.update_yaxes(autorange="reversed")
    return fig


def utilization_by_machine_figure(result: UtilizationResult) -> go.Figure:
    """Stacked horizontal bars per machine: used, no-show, idle hours (and downtime, if logged)."""
    bm = result.by_machine
    labels = [f"{r['machine_id']} {r['name']}" if "name" in bm and isinstance(r["name"], str) else r["machine_id"]
              for _, r in bm.iterrows()]
    fig = new_figure()
    for col, colour in (("used_h", COLORS["primary"]), ("no_show_h", "#9ecae1"), ("idle_h", "#d9d9d9")):
        fig.add_trace(go.Bar(y=labels, x=bm[col], orientation="h", name=t(f"operations.col.{col}"),
                             marker_color=colour, hovertext=[formats.number(v, 1) for v in bm[col]],
                             hoverinfo="y+text+name"))
    if bm["downtime_h"].sum() > 0:
        fig.add_trace(go.Scatter(y=labels, x=bm["downtime_h"], mode="markers", name=t("operations.col.downtime_h"),
                                 marker=dict(symbol="x", size=12, color=COLORS["danger"])))
    fig.update_layout(barmode="stack")
    apply_layout(fig, title=t("operations.util.title"), x_title=t("unit.hours"),
                 height=max(300, 80 + 40 * len(bm)))
    fig.update_yaxes(autorange="reversed")
    return fig


# --------------------------------------------------------------------------- OEE

def _oee_parts(result) -> tuple[float, float, float, float, float, dict]:
    if isinstance(result, OeeResult):
        return (result.planned_time, result.availability_loss, result.performance_loss, result.quality_loss,
                result.fully_productive_time, result.as_dict())
    if isinstance(result, OeeTable):
        result = result.overall
    r = result
    return (float(r["planned_min"]), float(r["planned_min"] - r["run_min"]), float(r["run_min"] - r["net_run_min"]),
            float(r["net_run_min"] - r["fully_productive_min"]), float(r["fully_productive_min"]),
            {k: float(r[k]) for k in ("availability", "performance", "quality", "oee")})


def oee_waterfall_figure(result, *, title: str | None = None) -> go.Figure:
    """Waterfall: planned time → availability loss → performance loss → quality loss → effective time.

    ``result``: an :class:`~ikm_kit.operations.OeeResult`, an
    :class:`~ikm_kit.operations.OeeTable` (its totals) or one row of its table.
    """
    planned, a_loss, p_loss, q_loss, full, ratios = _oee_parts(result)
    names = [t("operations.fig.planned"), t("operations.fig.availability_loss"),
             t("operations.fig.performance_loss"), t("operations.fig.quality_loss"), t("operations.fig.effective")]
    values = [planned, -a_loss, -p_loss, -q_loss, full]
    unit = t("unit.minutes")
    text = [f"{formats.number(planned, 0)} {unit}", f"−{formats.number(a_loss, 0)}", f"−{formats.number(p_loss, 0)}",
            f"−{formats.number(q_loss, 0)}", f"{formats.number(full, 0)} ({_pct(ratios['oee'])})"]
    fig = new_figure(go.Waterfall(
        x=names, y=values, measure=["absolute", "relative", "relative", "relative", "total"], text=text,
        textposition="outside", connector=dict(line=dict(color="#999")),
        increasing=dict(marker=dict(color=COLORS["primary"])), decreasing=dict(marker=dict(color=COLORS["danger"])),
        totals=dict(marker=dict(color=COLORS["ok"])), hoverinfo="x+text",
    ))
    sub = (f"{t('operations.oee.availability')} {_pct(ratios['availability'])} × "
           f"{t('operations.oee.performance')} {_pct(ratios['performance'])} × "
           f"{t('operations.oee.quality')} {_pct(ratios['quality'])} = OEE {_pct(ratios['oee'])}")
    apply_layout(fig, title=title or t("operations.fig.oee_waterfall"), y_title=unit, legend=False)
    fig.add_annotation(text=sub, xref="paper", yref="paper", x=0, y=1.02, showarrow=False, xanchor="left",
                       yanchor="bottom", font=dict(size=12))
    fig.update_yaxes(range=[0, planned * 1.15 if planned > 0 else 1])
    return fig


def oee_trend_figure(table: OeeTable) -> go.Figure:
    """OEE per machine per period (lines) with the world-class 85 % reference."""
    df = table.table
    if "period" not in df:
        raise DataError(t("operations.error.no_period"))
    fig = new_figure()
    for mid, grp in df.groupby("machine_id", sort=True):
        fig.add_trace(go.Scatter(x=grp["period"].astype(str), y=grp["oee"], name=str(mid), mode="lines+markers",
                                 hovertext=[_pct(v) for v in grp["oee"]], hoverinfo="x+text+name"))
    fig.add_hline(y=0.85, line=dict(dash="dash", color=COLORS["ok"]), annotation_text=t("operations.fig.world_class"))
    apply_layout(fig, title=t("operations.oee.table_title"), x_title=t("operations.col.period"), y_title="OEE")
    fig.update_yaxes(tickformat=".0%", range=[0, 1.05])
    return fig


# --------------------------------------------------------------------------- bookings

def bookings_gantt_figure(bookings: pd.DataFrame, *, start=None, end=None, conflicts: pd.DataFrame | None = None,
                          highlight_tenant: str | None = None, max_bookings: int = 600) -> go.Figure:
    """Gantt of bookings per machine; clashing bookings drawn in red.

    Shows ``[start, end)`` (default: the first 7 days of the bookings).
    ``conflicts`` defaults to :func:`ikm_kit.operations.find_conflicts`.
    ``highlight_tenant`` draws that tenant's bookings with a thick outline.
    """
    b = clean_bookings(bookings)
    lo = pd.Timestamp(start) if start is not None else b["start"].min().normalize()
    hi = pd.Timestamp(end) if end is not None else lo + pd.Timedelta(days=7)
    b = b[(b["end"] > lo) & (b["start"] < hi)].sort_values("start").head(max_bookings)
    if conflicts is None:
        conflicts = find_conflicts(b) if len(b) > 1 else pd.DataFrame(columns=["booking_a", "booking_b"])
    clash = set(conflicts["booking_a"]) | set(conflicts["booking_b"])
    fig = new_figure()
    groups = [(s, b[(b["status"] == s) & ~b["booking_id"].isin(clash)]) for s in ("selesai", "tidak_hadir", "batal")]
    groups.append(("clash", b[b["booking_id"].isin(clash)]))
    for key, d in groups:
        if d.empty:
            continue
        name = t("operations.fig.clash") if key == "clash" else t(f"operations.booking_status.{key}")
        colour = COLORS["danger"] if key == "clash" else BOOKING_COLORS[key]
        dur_ms = (d["end"] - d["start"]).dt.total_seconds() * 1000
        hl = (d["tenant"] == highlight_tenant).to_numpy() if highlight_tenant else np.zeros(len(d), bool)
        hover = [f"{bid} · {tenant}<br>{formats.day_time(s)} – {formats.day_time(e)}<br>{t(f'operations.booking_status.{st}')}"
                 for bid, tenant, s, e, st in zip(d["booking_id"], d["tenant"], d["start"], d["end"], d["status"])]
        fig.add_trace(go.Bar(
            y=d["machine_id"], x=dur_ms, base=d["start"].dt.strftime("%Y-%m-%d %H:%M:%S"), orientation="h",
            name=name, marker=dict(color=colour, opacity=0.85 if key != "batal" else 0.5,
                                   line=dict(color=np.where(hl, "#000", "rgba(0,0,0,0.3)").tolist(),
                                             width=np.where(hl, 3, 0.5).tolist())),
            hovertext=hover, hoverinfo="text",
        ))
    fig.update_layout(barmode="overlay")
    title = t("operations.fig.gantt_title", n=len(clash))
    apply_layout(fig, title=title, x_title=t("operations.fig.time"), y_title=t("operations.col.machine_id"),
                 height=max(300, 120 + 45 * max(b["machine_id"].nunique(), 1)))
    fig.update_xaxes(type="date", range=[lo, hi], tickformat="%d/%m %H.%M")
    fig.update_yaxes(type="category", autorange="reversed")
    return fig


# --------------------------------------------------------------------------- simulation / capacity

def scenario_comparison_figure(comparison: ScenarioComparison, metric: str = "mean_wait_minutes") -> go.Figure:
    """Bars per scenario with confidence-interval error bars for one metric."""
    tab = comparison.table[comparison.table["metric"] == metric]
    if tab.empty:
        from ikm_kit.operations._common import known_ids

        known_ids([metric], comparison.table["metric"].unique(), "metric")
    names = [r.scenario.name for r in comparison.results]
    tab = tab.set_index("scenario").loc[names]
    mean = tab["mean"].to_numpy(float)
    up = np.nan_to_num(tab["high"].to_numpy(float) - mean)
    down = np.nan_to_num(mean - tab["low"].to_numpy(float))
    pct = metric in ("utilization", "p_wait", "downtime_fraction")
    fmt = _pct if pct else (lambda v: formats.number(v, 1))
    hover = [f"{n}<br>{fmt(m)}" + (f" ({fmt(lo)} – {fmt(hi)})" if np.isfinite(lo) else "")
             for n, m, lo, hi in zip(names, mean, tab["low"], tab["high"])]
    colours = [COLORS["neutral"]] + PALETTE[: max(len(names) - 1, 0)]
    fig = new_figure(go.Bar(
        x=names, y=mean, marker_color=colours[: len(names)], text=[fmt(v) for v in mean], textposition="inside",
        insidetextanchor="start",
        error_y=dict(type="data", symmetric=False, array=up, arrayminus=down, color="#333", thickness=1.5, width=6),
        hovertext=hover, hoverinfo="text",
    ))
    conf = formats.percent(comparison.results[0].confidence, 0)
    apply_layout(fig, title=t("operations.fig.compare_title", metric=t(f"operations.metric.{metric}"), conf=conf),
                 y_title=t(f"operations.metric.{metric}"), legend=False)
    if pct:
        fig.update_yaxes(tickformat=".0%")
    return fig


def capacity_figure(result: CapacityResult) -> go.Figure:
    """Load per machine (needed ÷ available hours) with the 100 % line; the bottleneck in red."""
    tab = result.table
    colours = [COLORS["danger"] if m == result.bottleneck else COLORS["primary"] for m in tab["machine_id"]]
    labels = [f"{r['machine_id']} {r['name']}" if "name" in tab and isinstance(r["name"], str) else r["machine_id"]
              for _, r in tab.iterrows()]
    fig = new_figure(go.Bar(
        x=labels, y=tab["load"], marker_color=colours, text=[_pct(v) for v in tab["load"]], textposition="outside",
        hovertext=[f"{t('operations.col.needed_h')}: {formats.number(n, 1)}<br>{t('operations.col.available_h')}: "
                   f"{formats.number(a, 1)}" for n, a in zip(tab["needed_h"], tab["available_h"])],
        hoverinfo="x+text"))
    fig.add_hline(y=1.0, line=dict(dash="dash", color=COLORS["danger"]))
    apply_layout(fig, title=t("operations.cap.title"), y_title=t("operations.col.load"), legend=False)
    fig.update_yaxes(tickformat=".0%")
    return fig


__all__ = ["site_map_figure", "occupancy_trend_figure", "rent_figure", "utilization_heatmap_figure",
           "utilization_by_machine_figure", "oee_waterfall_figure", "oee_trend_figure", "bookings_gantt_figure",
           "scenario_comparison_figure", "capacity_figure", "STATUS_COLORS"]
