"""Selling price: markup on cost vs margin on price, target-profit price, market check.

The classic confusion (beginisob.com, "cara menghitung harga jual produk", brief §2):
cost Rp10.000 — **markup** 30 % on cost → Rp13.000, but a **margin** of 30 % of
the price → 10.000 ÷ (1 − 0,30) = Rp14.286.

    >>> from ikm_kit.costing import price_from_markup, price_from_margin
    >>> price_from_markup(10_000, 30), round(price_from_margin(10_000, 30))
    (13000.0, 14286)

Percent arguments (``*_pct``) are percent numbers: ``30`` means 30 %.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ikm_kit import validation as V
from ikm_kit.errors import InputError
from ikm_kit.i18n import t


def _f(key: str) -> str:
    return t(f"costing.field.{key}")


def price_from_markup(cost: float, markup_pct: float) -> float:
    """Harga jual = biaya × (1 + markup/100); markup is a % **of cost**.

    >>> price_from_markup(10_000, 30)
    13000.0
    """
    c = V.non_negative(cost, _f("cost"))
    m = V.non_negative(markup_pct, _f("markup_pct"))
    return c * (1.0 + m / 100.0)


def price_from_margin(cost: float, margin_pct: float) -> float:
    """Harga jual = biaya ÷ (1 − margin/100); margin is a % **of the price** (< 100 %).

    >>> round(price_from_margin(10_000, 30))
    14286
    """
    c = V.non_negative(cost, _f("cost"))
    m = V.non_negative(margin_pct, _f("margin_pct"))
    if m >= 100:
        raise InputError(t("costing.error.pct_below_100", field=_f("margin_pct"), value=margin_pct))
    return c / (1.0 - m / 100.0)


def markup_pct(price: float, cost: float) -> float:
    """Markup in % of cost: (harga − biaya) ÷ biaya × 100."""
    p = V.non_negative(price, _f("price"))
    c = V.positive(cost, _f("cost"))
    return (p - c) / c * 100.0


def margin_pct(price: float, cost: float) -> float:
    """Margin in % of price: (harga − biaya) ÷ harga × 100."""
    p = V.positive(price, _f("price"))
    c = V.non_negative(cost, _f("cost"))
    return (p - c) / p * 100.0


def markup_to_margin(markup: float) -> float:
    """Convert markup % (of cost) to margin % (of price): m ÷ (100 + m) × 100."""
    m = V.non_negative(markup, _f("markup_pct"))
    return m / (100.0 + m) * 100.0


def margin_to_markup(margin: float) -> float:
    """Convert margin % (of price) to markup % (of cost): g ÷ (100 − g) × 100."""
    g = V.non_negative(margin, _f("margin_pct"))
    if g >= 100:
        raise InputError(t("costing.error.pct_below_100", field=_f("margin_pct"), value=margin))
    return g / (100.0 - g) * 100.0


def markup_vs_margin(cost: float, pct: float) -> pd.DataFrame:
    """The same % used as markup and as margin — the common trainee error.

    Columns: ``method`` (markup/margin), ``label``, ``pct``, ``price``, ``profit``,
    ``markup_pct``, ``margin_pct`` (both recomputed from the price).

    >>> markup_vs_margin(10_000, 30)["price"].round().tolist()
    [13000.0, 14286.0]
    """
    p1 = price_from_markup(cost, pct)
    p2 = price_from_margin(cost, pct)
    c = V.non_negative(cost, _f("cost"))
    pct = V.number(pct, _f("markup_pct"))
    rows = []
    for method, p in (("markup", p1), ("margin", p2)):
        rows.append({
            "method": method,
            "label": t(f"costing.label.method_{method}"),
            "pct": float(pct),
            "price": p,
            "profit": p - c,
            "markup_pct": (p - c) / c * 100.0 if c > 0 else float("nan"),
            "margin_pct": (p - c) / p * 100.0 if p > 0 else float("nan"),
        })
    return pd.DataFrame(rows)


def target_profit_price(fixed_cost: float, variable_cost: float, units: float,
                        target_profit: float = 0.0) -> float:
    """Price that earns ``target_profit`` (Rp/period) at ``units`` sold per period.

    Harga = biaya variabel + (biaya tetap + target laba) ÷ volume.

    >>> target_profit_price(140_000_000, 75_000, 7_000, 0)
    95000.0
    """
    fc = V.non_negative(fixed_cost, _f("fixed_cost"))
    vc = V.non_negative(variable_cost, _f("variable_cost"))
    q = V.positive(units, _f("volume"))
    tp = V.number(target_profit, _f("target_profit"))
    return vc + (fc + tp) / q


@dataclass(frozen=True)
class MarketComparison:
    """Where a price or cost stands in a market price range (Rp/unit)."""

    value: float
    low: float
    high: float
    source: str = ""

    @property
    def position(self) -> str:
        """``below``, ``within`` or ``above`` the range."""
        if self.value < self.low:
            return "below"
        if self.value > self.high:
            return "above"
        return "within"

    @property
    def position_ratio(self) -> float:
        """0 at the low end, 1 at the high end (may fall outside 0–1)."""
        span = self.high - self.low
        return (self.value - self.low) / span if span > 0 else 0.5

    def interpretation(self) -> str:
        from ikm_kit.formats import rupiah

        return t(f"costing.interp.market_{self.position}", value=rupiah(self.value),
                 low=rupiah(self.low), high=rupiah(self.high),
                 source=f" ({self.source})" if self.source else "")

    def _repr_html_(self) -> str:
        from ikm_kit.formats import rupiah
        from ikm_kit.formats_html import html_table

        rows = [(t("costing.label.value"), rupiah(self.value)),
                (t("costing.label.market_low"), rupiah(self.low)),
                (t("costing.label.market_high"), rupiah(self.high))]
        return html_table(t("costing.title.market"), rows, note=self.interpretation())


def compare_with_market(value: float, low: float | None = None, high: float | None = None, *,
                        product_id: str | None = None) -> MarketComparison:
    """Compare a price or HPP (Rp/unit) with a market price range.

    Give ``low``/``high`` directly, or a ``product_id`` of the shipped catalogue
    (``ikm_kit.data.load("products")``: ``market_price_low_rp``,
    ``market_price_high_rp``, ``price_source``).

    >>> compare_with_market(1_952_016, 1_800_000, 2_200_000).position
    'within'
    """
    v = V.non_negative(value, _f("value"))
    source = ""
    if product_id is not None:
        from ikm_kit.costing.catalogue import market_prices

        low, high, source = market_prices(product_id)
    if low is None or high is None:
        raise InputError(t("costing.error.market_missing"))
    lo = V.non_negative(low, _f("market_low"))
    hi = V.non_negative(high, _f("market_high"))
    if lo > hi:
        raise InputError(t("costing.error.market_range", low=lo, high=hi))
    return MarketComparison(v, lo, hi, source)


__all__ = [
    "price_from_markup", "price_from_margin", "markup_pct", "margin_pct", "markup_to_margin",
    "margin_to_markup", "markup_vs_margin", "target_profit_price", "MarketComparison",
    "compare_with_market",
]
