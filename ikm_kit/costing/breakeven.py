"""Break-even point (titik impas, BEP), contribution margin and margin of safety.

BEP unit = biaya tetap ÷ (harga jual − biaya variabel per unit);
BEP Rupiah = biaya tetap ÷ rasio margin kontribusi = BEP unit × harga.

Worked example (idxchannel.com, "contoh cara menghitung break even point"; brief §2):
fixed cost Rp140 jt/month, variable cost Rp75.000/unit, price Rp95.000 →
BEP 7.000 units ≈ Rp665 jt.

    >>> from ikm_kit.costing import break_even
    >>> r = break_even(140_000_000, 95_000, 75_000)
    >>> r.units, r.revenue
    (7000.0, 665000000.0)
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ikm_kit import validation as V
from ikm_kit.errors import InputError
from ikm_kit.i18n import t


def _f(key: str) -> str:
    return t(f"costing.field.{key}")


@dataclass(frozen=True)
class BreakEvenResult:
    """Break-even of one product; money in Rp, volumes in units per period.

    ``units`` and ``revenue`` are the BEP; ``contribution_margin`` (Rp/unit)
    and ``cm_ratio`` (fraction); ``planned_units`` (optional) gives
    ``margin_of_safety_*`` and ``planned_profit``.
    """

    fixed_cost: float
    price: float
    variable_cost: float
    planned_units: float | None = None

    @property
    def contribution_margin(self) -> float:
        return self.price - self.variable_cost

    @property
    def cm_ratio(self) -> float:
        return self.contribution_margin / self.price

    @property
    def units(self) -> float:
        return self.fixed_cost / self.contribution_margin

    @property
    def units_whole(self) -> int:
        """BEP rounded **up** to whole units (a 1,2-unit BEP means 2 units must be sold).

        >>> break_even(1_000_000, 500_000, 200_000).units_whole
        4
        """
        return int(math.ceil(round(self.units, 9)))

    @property
    def revenue(self) -> float:
        return self.units * self.price

    def profit_at(self, units: float | np.ndarray) -> float | np.ndarray:
        """Profit (Rp) at a sales volume: units × margin kontribusi − biaya tetap."""
        q = np.asarray(units, dtype=float) if not np.isscalar(units) else V.non_negative(units, _f("volume"))
        return q * self.contribution_margin - self.fixed_cost

    def units_for_profit(self, target_profit: float) -> float:
        """Units needed to earn ``target_profit`` (Rp): (FC + target) ÷ margin kontribusi."""
        target = V.number(target_profit, _f("target_profit"))
        return (self.fixed_cost + target) / self.contribution_margin

    def margin_of_safety(self, units: float | None = None) -> dict[str, float]:
        """How far sales can fall before a loss: units, Rp and ratio of planned sales."""
        q = self.planned_units if units is None else units
        if q is None:
            raise InputError(t("costing.error.planned_needed"))
        q = V.positive(q, _f("volume"))
        mos_units = q - self.units
        return {"units": mos_units, "revenue": mos_units * self.price, "ratio": mos_units / q}

    @property
    def margin_of_safety_units(self) -> float | None:
        return None if not self.planned_units else self.planned_units - self.units

    @property
    def margin_of_safety_ratio(self) -> float | None:
        return None if not self.planned_units else (self.planned_units - self.units) / self.planned_units

    @property
    def planned_profit(self) -> float | None:
        return None if self.planned_units is None else float(self.profit_at(self.planned_units))

    def table(self, max_units: float | None = None, points: int = 101) -> pd.DataFrame:
        """Revenue, total cost and profit for 0 … ``max_units`` (default 2 × BEP)."""
        top = max_units if max_units is not None else max(2 * self.units, (self.planned_units or 0) * 1.2, 1.0)
        q = np.linspace(0.0, V.positive(top, _f("volume")), int(points))
        return pd.DataFrame({
            "units": q,
            "revenue": q * self.price,
            "variable_cost": q * self.variable_cost,
            "fixed_cost": np.full_like(q, self.fixed_cost),
            "total_cost": self.fixed_cost + q * self.variable_cost,
            "profit": q * self.contribution_margin - self.fixed_cost,
        })

    def interpretation(self) -> str:
        from ikm_kit.formats import number, percent, rupiah

        text = t("costing.interp.bep_basic", units=number(self.units_whole), revenue=rupiah(self.revenue),
                 cm=rupiah(self.contribution_margin), ratio=percent(self.cm_ratio))
        if self.planned_units:
            mos = self.margin_of_safety_ratio
            key = "costing.interp.mos_pos" if mos >= 0 else "costing.interp.mos_neg"
            text += " " + t(key, planned=number(self.planned_units), ratio=percent(abs(mos)),
                            profit=rupiah(abs(self.planned_profit)))
        return text

    def _repr_html_(self) -> str:
        from ikm_kit.formats import number, percent, rupiah
        from ikm_kit.formats_html import html_table

        rows = [
            (t("costing.label.fixed_cost"), rupiah(self.fixed_cost)),
            (t("costing.label.price"), rupiah(self.price)),
            (t("costing.label.variable_cost"), rupiah(self.variable_cost)),
            (t("costing.label.contribution_margin"), rupiah(self.contribution_margin)),
            (t("costing.label.cm_ratio"), percent(self.cm_ratio)),
            (t("costing.label.bep_units"), number(self.units_whole)),
            (t("costing.label.bep_revenue"), rupiah(self.revenue)),
        ]
        if self.planned_units:
            rows += [
                (t("costing.label.planned_units"), number(self.planned_units)),
                (t("costing.label.margin_of_safety"), percent(self.margin_of_safety_ratio)),
                (t("costing.label.profit"), rupiah(self.planned_profit)),
            ]
        return html_table(t("costing.title.bep"), rows, note=self.interpretation())


def break_even(fixed_cost: float, price: float, variable_cost: float,
               planned_units: float | None = None) -> BreakEvenResult:
    """Break-even point: ``.units`` and ``.revenue`` (Rp) plus contribution margin.

    ``fixed_cost`` Rp per period (e.g. per month), ``price`` and ``variable_cost``
    Rp per unit.  A price at or below the variable cost has no break-even and
    raises :class:`ikm_kit.errors.InputError` (in Indonesian).

    >>> break_even(140_000_000, 95_000, 75_000).units
    7000.0
    """
    fc = V.non_negative(fixed_cost, _f("fixed_cost"))
    p = V.positive(price, _f("price"))
    vc = V.non_negative(variable_cost, _f("variable_cost"))
    if p <= vc:
        from ikm_kit.formats import rupiah

        raise InputError(t("costing.error.price_below_vc", price=rupiah(p), vc=rupiah(vc)))
    planned = None if planned_units is None else V.non_negative(planned_units, _f("volume"))
    return BreakEvenResult(fc, p, vc, planned)


def margin_of_safety(planned_units: float, bep_units: float) -> float:
    """Margin of safety as a fraction of planned sales: (planned − BEP) ÷ planned."""
    q = V.positive(planned_units, _f("volume"))
    return (q - V.non_negative(bep_units, _f("bep_units"))) / q


def profit_at(volume: float, fixed_cost: float, price: float, variable_cost: float) -> float:
    """Profit (Rp) at a volume: volume × (price − variable cost) − fixed cost."""
    q = V.non_negative(volume, _f("volume"))
    return q * (V.number(price, _f("price")) - V.number(variable_cost, _f("variable_cost"))) \
        - V.non_negative(fixed_cost, _f("fixed_cost"))


__all__ = ["BreakEvenResult", "break_even", "margin_of_safety", "profit_at"]
