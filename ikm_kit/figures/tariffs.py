"""Figures for machine tariffs, workshop rent and the sentra budget (plotly; built from the results).

    >>> from ikm_kit.operations import machine_tariff
    >>> r = machine_tariff("MSN-M02", used_hours_per_year=600, electricity_rp_per_kwh=1444.70)
    >>> [d.name for d in tariff_components_figure([r]).data][:5]
    ['Penyusutan', 'Pemeliharaan', 'Listrik', 'Operator', 'Biaya umum']
"""
from __future__ import annotations

import math
from typing import Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ikm_kit import formats
from ikm_kit.figures.common import COLORS, PALETTE, apply_layout, new_figure, vline
from ikm_kit.i18n import t
from ikm_kit.operations.tariffs import COMPONENTS, MachineTariff, SentraBudget, WorkshopRent, workshop_rent

_COMPONENT_COLORS = dict(zip(COMPONENTS, (PALETTE[0], PALETTE[4], PALETTE[1], PALETTE[2], "#9e9e9e")))


def _short(name: str, limit: int = 22) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def tariff_components_figure(results: MachineTariff | Sequence[MachineTariff], *,
                             labels: Sequence[str] | None = None, title: str | None = None) -> go.Figure:
    """Stacked bar of the cost components (Rp per hour), one bar per result, with today's fee as a marker.

    ``labels`` name the bars (default: the machine names), e.g. to compare the
    same machine with and without depreciation.
    """
    items = [results] if isinstance(results, MachineTariff) else list(results)
    names = list(labels) if labels is not None else [_short(r.name) for r in items]
    fig = new_figure()
    for key in COMPONENTS:
        values = [r.components[key] for r in items]
        fig.add_trace(go.Bar(x=names, y=values, name=t(f"tariffs.component.{key}"),
                             marker_color=_COMPONENT_COLORS[key],
                             hovertext=[formats.rupiah(v) for v in values], hoverinfo="x+text+name"))
    totals = [r.cost_per_hour for r in items]
    fig.add_trace(go.Scatter(x=names, y=totals, mode="text", text=[formats.rupiah(v) for v in totals],
                             textposition="top center", showlegend=False, hoverinfo="skip"))
    fees = [(n, r.current_fee) for n, r in zip(names, items) if r.current_fee is not None]
    if fees:
        fig.add_trace(go.Scatter(x=[n for n, _ in fees], y=[f for _, f in fees], mode="markers",
                                 name=t("tariffs.fig.current_fee"),
                                 marker=dict(symbol="line-ew-open", size=60, color=COLORS["danger"],
                                             line=dict(width=3, color=COLORS["danger"])),
                                 hovertext=[formats.rupiah(f) for _, f in fees], hoverinfo="x+text+name"))
    subsidised = [(n, r.tariff_per_hour) for n, r in zip(names, items) if r.subsidy_pct > 0]
    if subsidised:
        fig.add_trace(go.Scatter(x=[n for n, _ in subsidised], y=[v for _, v in subsidised], mode="markers",
                                 name=t("tariffs.fig.tariff_after_subsidy"),
                                 marker=dict(symbol="diamond", size=12, color=COLORS["ok"]),
                                 hovertext=[formats.rupiah(v) for _, v in subsidised], hoverinfo="x+text+name"))
    fig.update_layout(barmode="stack")
    apply_layout(fig, title=title if title is not None else t("tariffs.fig.components_title"),
                 y_title=t("tariffs.col.rp_per_hour"), height=440)
    fig.update_yaxes(rangemode="tozero")
    return fig


def tariff_curve_figure(curve: pd.DataFrame, *, used_hours: float | None = None, title: str | None = None,
                        break_even: float | None = None) -> go.Figure:
    """Cost per hour against used hours a year (from :func:`~ikm_kit.operations.tariff_curve`).

    Draws the cost, the tariff after subsidy (if different), today's fee as a
    horizontal line and vertical lines at today's use and the break-even hours.
    """
    x = curve["used_hours_per_year"]
    fig = new_figure()
    fig.add_trace(go.Scatter(x=x, y=curve["cost_per_hour"], mode="lines", name=t("tariffs.fig.cost_per_hour"),
                             line=dict(color=COLORS["primary"], width=3),
                             hovertext=[f"{formats.number(h)} {t('tariffs.fig.hours_short')}: {formats.rupiah(v)}"
                                        for h, v in zip(x, curve["cost_per_hour"])], hoverinfo="text+name"))
    if (curve["tariff_per_hour"] < curve["cost_per_hour"] - 1e-9).any():
        fig.add_trace(go.Scatter(x=x, y=curve["tariff_per_hour"], mode="lines",
                                 name=t("tariffs.fig.tariff_after_subsidy"),
                                 line=dict(color=COLORS["ok"], width=2, dash="dash"),
                                 hovertext=[formats.rupiah(v) for v in curve["tariff_per_hour"]],
                                 hoverinfo="x+text+name"))
    energy = curve["energy"]
    fig.add_trace(go.Scatter(x=x, y=energy, mode="lines", name=t("tariffs.fig.energy_floor"),
                             line=dict(color=PALETTE[1], width=1, dash="dot"), hoverinfo="skip"))
    fee = curve["current_fee"].iloc[0] if "current_fee" in curve and len(curve) else float("nan")
    if isinstance(fee, (int, float)) and math.isfinite(fee):
        fig.add_trace(go.Scatter(x=[x.min(), x.max()], y=[fee, fee], mode="lines", name=t("tariffs.fig.current_fee"),
                                 line=dict(color=COLORS["danger"], width=2),
                                 hovertext=[formats.rupiah(fee)] * 2, hoverinfo="text+name"))
    if used_hours is not None:
        vline(fig, used_hours, line=dict(color=COLORS["neutral"], dash="dot"),
              text=t("tariffs.fig.today_use", hours=formats.number(used_hours)))
    if break_even is not None and math.isfinite(break_even) and break_even <= x.max() * 1.5:
        vline(fig, break_even, line=dict(color=COLORS["danger"], dash="dash"),
              text=t("tariffs.fig.break_even", hours=formats.number(break_even)), side="left")
    apply_layout(fig, title=title if title is not None else t("tariffs.fig.curve_title"),
                 x_title=t("tariffs.fig.hours_axis"), y_title=t("tariffs.col.rp_per_hour"), height=420)
    top = float(curve["cost_per_hour"].quantile(0.9)) * 1.4
    if math.isfinite(fee):
        top = max(top, fee * 1.4)
    fig.update_yaxes(range=[0, top])
    return fig


def rent_occupancy_figure(rent: WorkshopRent, *, occupancies: Sequence[float] | None = None,
                          market_rp_per_month: float | None = None, title: str | None = None) -> go.Figure:
    """Cost-recovery rent per unit per month against occupancy, with the rent after subsidy and a market rent."""
    occ = list(occupancies) if occupancies is not None else [i / 20 for i in range(3, 21)]
    values = [workshop_rent(building_value_rp=rent.building_value_rp, building_life_years=rent.building_life_years,
                            unit_area_m2=rent.unit_area_m2, total_area_m2=rent.total_area_m2, occupancy=o,
                            maintenance_rp_per_year=rent.maintenance_rp_per_year,
                            shared_costs_rp_per_year=rent.shared_costs_rp_per_year).rent_per_month for o in occ]
    fig = new_figure(go.Scatter(x=np.asarray(occ) * 100, y=values, mode="lines+markers",
                                name=t("tariffs.fig.rent_cost_recovery"), line=dict(color=COLORS["primary"], width=3),
                                hovertext=[f"{formats.percent(o, 0)}: {formats.rupiah(v)}"
                                           for o, v in zip(occ, values)],
                                hoverinfo="text+name"))
    if market_rp_per_month is not None:
        fig.add_trace(go.Scatter(x=[occ[0] * 100, occ[-1] * 100], y=[market_rp_per_month] * 2, mode="lines",
                                 name=t("tariffs.fig.rent_reference"), line=dict(color=COLORS["danger"], width=2),
                                 hovertext=[formats.rupiah(market_rp_per_month)] * 2, hoverinfo="text+name"))
    vline(fig, rent.occupancy * 100, line=dict(color=COLORS["neutral"], dash="dot"),
          text=t("tariffs.fig.today_occupancy", occ=formats.percent(rent.occupancy, 0)))
    apply_layout(fig, title=title if title is not None else t("tariffs.fig.rent_title"),
                 x_title=t("tariffs.fig.occupancy_axis"), y_title=t("tariffs.fig.rent_axis"), height=400)
    fig.update_yaxes(rangemode="tozero")
    return fig


def budget_figure(budget: SentraBudget, *, title: str | None = None) -> go.Figure:
    """Bars of the yearly account: penerimaan daerah (rent, machine fees), UPTD costs, subsidy needed."""
    a = budget.amount
    groups = [t("tariffs.fig.budget_revenue"), t("tariffs.fig.budget_cost"), t("tariffs.fig.budget_subsidy")]
    fig = new_figure()
    stacks = [
        ("sewa_diterima", 0, PALETTE[0]), ("retribusi_mesin", 0, PALETTE[4]),
        ("listrik_mesin", 1, PALETTE[1]), ("pemeliharaan_mesin", 1, "#f6c26b"), ("operator_mesin", 1, PALETTE[2]),
        ("pemeliharaan_bangunan", 1, "#b7b7b7"), ("biaya_bersama", 1, "#8c8c8c"),
    ]
    for item, group, colour in stacks:
        v = a(item)
        fig.add_trace(go.Bar(x=[groups[group]], y=[v], name=t(f"tariffs.budget.line.{item}"), marker_color=colour,
                             hovertext=[formats.rupiah(v)], hoverinfo="text+name"))
    sub = a("subsidi_apbd")
    fig.add_trace(go.Bar(x=[groups[2]], y=[max(sub, 0)], name=t("tariffs.budget.line.subsidi_apbd"),
                         marker_color=COLORS["danger"], hovertext=[formats.rupiah(sub)], hoverinfo="text+name"))
    dep = a("subsidi_dengan_penyusutan") - max(sub, 0)
    fig.add_trace(go.Bar(x=[groups[2]], y=[max(dep, 0)], name=t("tariffs.fig.budget_depreciation"),
                         marker=dict(color="rgba(213,94,0,0.25)", line=dict(color=COLORS["danger"], width=1)),
                         hovertext=[formats.rupiah(a("subsidi_dengan_penyusutan"))], hoverinfo="text+name"))
    totals = [a("total_penerimaan"), a("total_biaya"), max(a("subsidi_dengan_penyusutan"), 0)]
    fig.add_trace(go.Scatter(x=groups, y=totals, mode="text", text=[formats.rupiah(v) for v in totals],
                             textposition="top center", showlegend=False, hoverinfo="skip"))
    fig.update_layout(barmode="stack")
    apply_layout(fig, title=title if title is not None else
                 t("tariffs.budget.title", sentra=budget.sentra, year=budget.year), y_title="Rp", height=460)
    fig.update_yaxes(rangemode="tozero")
    return fig


__all__ = ["tariff_components_figure", "tariff_curve_figure", "rent_occupancy_figure", "budget_figure"]
