"""Several products in one workshop sharing fixed costs (multi-product view).

Ranks the products by contribution margin per machine hour — the right
measure when the (shared) machines are the bottleneck — and gives the
workshop's monthly profit and the sales-mix break-even.

    >>> from ikm_kit.costing import examples, portfolio
    >>> p = portfolio([examples.lemari_2_badan(), examples.abon_ikan()], fixed_cost=2_000_000)
    >>> p.best_per_machine_hour
    'Lemari 2 badan (ilustrasi)'
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from ikm_kit import validation as V
from ikm_kit.errors import InputError
from ikm_kit.i18n import t
from ikm_kit.costing.model import CostModel, HppResult, hpp


def _f(key: str) -> str:
    return t(f"costing.field.{key}")


@dataclass(frozen=True)
class PortfolioResult:
    """Per-product table and workshop totals (money in Rp per month)."""

    table: pd.DataFrame = field(repr=False)
    fixed_cost: float
    machine_hours_available: float | None

    @property
    def total_contribution(self) -> float:
        return float(self.table["contribution_total"].sum())

    @property
    def profit(self) -> float:
        return self.total_contribution - self.fixed_cost

    @property
    def revenue(self) -> float:
        return float(self.table["revenue"].sum())

    @property
    def cm_ratio(self) -> float:
        return self.total_contribution / self.revenue if self.revenue > 0 else float("nan")

    @property
    def break_even_revenue(self) -> float:
        """Revenue at break-even for the current sales mix: fixed cost ÷ weighted CM ratio."""
        return self.fixed_cost / self.cm_ratio if self.cm_ratio > 0 else float("inf")

    @property
    def machine_hours_used(self) -> float:
        return float(self.table["machine_hours_total"].sum())

    @property
    def best_per_machine_hour(self) -> str | None:
        df = self.table[self.table["machine_hours_per_unit"] > 0]
        if df.empty:
            return None
        return str(df.sort_values("cm_per_machine_hour", ascending=False).iloc[0]["product"])

    def interpretation(self) -> str:
        from ikm_kit.formats import number, rupiah

        parts = [t("costing.interp.portfolio", cm=rupiah(self.total_contribution), fixed=rupiah(self.fixed_cost),
                   profit=rupiah(self.profit), bep=rupiah(self.break_even_revenue))]
        best = self.best_per_machine_hour
        if best is not None:
            row = self.table.set_index("product").loc[best]
            parts.append(t("costing.interp.best_mh", name=best, value=rupiah(row["cm_per_machine_hour"])))
        if self.machine_hours_available:
            parts.append(t("costing.interp.capacity", used=number(self.machine_hours_used, 1),
                           available=number(self.machine_hours_available, 1)))
        return " ".join(parts)

    def _repr_html_(self) -> str:
        from ikm_kit.formats import number, rupiah
        from ikm_kit.formats_html import html_table

        rows = [(r.product, rupiah(r.price), rupiah(r.variable_cost), rupiah(r.contribution_margin),
                 number(r.machine_hours_per_unit, 2), rupiah(r.cm_per_machine_hour),
                 rupiah(r.contribution_total)) for r in self.table.itertuples()]
        header = [t("costing.label.product"), t("costing.label.price"), t("costing.label.variable_cost"),
                  t("costing.label.contribution_margin"), t("costing.label.machine_hours_unit"),
                  t("costing.label.cm_per_mh"), t("costing.label.contribution_total")]
        return html_table(t("costing.title.portfolio"), rows, note=self.interpretation(), header=header)


def _list(values: object, field: str) -> list:
    if isinstance(values, (str, bytes, Mapping, pd.DataFrame)) or not isinstance(values, Iterable):
        raise InputError(t("error.not_a_list", field=field, value=V.type_name(values)))
    return list(values)


def portfolio(products: Sequence[CostModel | HppResult], fixed_cost: float | None = None,
              volumes: Sequence[float] | None = None, prices: Sequence[float] | None = None,
              machine_hours_available: float | None = None) -> PortfolioResult:
    """Contribution of several products sharing the workshop's fixed costs.

    ``fixed_cost`` (Rp/month) is the shared fixed cost of the workshop; when
    omitted the products' own monthly fixed costs are added up (assumes they
    are not shared).  ``volumes``/``prices`` override each model's
    ``units_per_month``/``price``.  Table columns: ``product, price,
    variable_cost, contribution_margin, cm_ratio, machine_hours_per_unit,
    cm_per_machine_hour, units, revenue, contribution_total,
    machine_hours_total, rank_machine_hour``.
    """
    items = _list(products, _f("products"))
    if not items:
        raise InputError(t("error.empty", field=_f("products"), minimum=1))
    results = [p if isinstance(p, HppResult) else hpp(p) for p in items]
    n = len(results)
    vols = [r.units_per_month for r in results] if volumes is None else _list(volumes, _f("volume"))
    prs = [r.price for r in results] if prices is None else _list(prices, _f("price"))
    if len(vols) != n or len(prs) != n:
        raise InputError(t("costing.error.length", n=n))
    rows = []
    for r, q, p in zip(results, vols, prs):
        q = V.non_negative(q, f"{_f('volume')} ({r.model.name})")
        p = V.non_negative(p, f"{_f('price')} ({r.model.name})")
        cm = p - r.variable_cost
        mh = r.machine_hours_per_unit
        rows.append({
            "product": r.model.name, "price": p, "variable_cost": r.variable_cost,
            "contribution_margin": cm, "cm_ratio": cm / p if p > 0 else np.nan,
            "machine_hours_per_unit": mh, "cm_per_machine_hour": cm / mh if mh > 0 else np.nan,
            "units": q, "revenue": p * q, "contribution_total": cm * q, "machine_hours_total": mh * q,
        })
    table = pd.DataFrame(rows)
    table["rank_machine_hour"] = table["cm_per_machine_hour"].rank(ascending=False, method="min")
    fc = sum(r.fixed_cost for r in results) if fixed_cost is None else V.non_negative(fixed_cost, _f("fixed_cost"))
    mh_avail = None if machine_hours_available is None else V.positive(machine_hours_available,
                                                                       _f("machine_hours_per_month"))
    return PortfolioResult(table=table, fixed_cost=float(fc), machine_hours_available=mh_avail)


__all__ = ["PortfolioResult", "portfolio"]
