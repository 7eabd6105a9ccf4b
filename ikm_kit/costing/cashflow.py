"""Cash-flow plan (*rencana arus kas*) of a tenant's business, month by month.

Profit is not cash: a school order delivered in March and paid in May earns
its profit in March but brings the money in May — and the rent is due in
between.  :func:`cash_plan` follows the money: sales become cash according to
``collection`` (``{delay_in_months: share}``), purchases and payments leave in
their month, and the owner's drawings (*prive*) are kept apart from business
payments.

Money in Rp; months are numbered 1 … ``months``.  Pure computation: numbers
and lists in, a :class:`CashPlan` (dataclass with a DataFrame) out.

    >>> from ikm_kit.costing.cashflow import cash_plan
    >>> p = cash_plan(1_000_000, 3, sales=[0, 5_000_000, 0], collection={1: 1.0},
    ...               payments={"Sewa": 833_333})
    >>> p.table["closing_cash"].round().tolist()
    [166667.0, -666666.0, 3500001.0]
    >>> p.months_below_zero
    [2]
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from ikm_kit import validation as V
from ikm_kit.errors import InputError
from ikm_kit.i18n import t

#: fixed columns of :attr:`CashPlan.table` (payment columns come between ``purchases`` and ``owner_draw``)
FIRST_COLUMNS = ["month", "opening_cash", "sales", "cash_in"]
LAST_COLUMNS = ["owner_draw", "cash_out", "net_cash", "closing_cash", "receivables"]
MAX_MONTHS = 120


def _f(key: str) -> str:
    return t(f"cashflow.field.{key}")


def _series(value: object, months: int, label: str) -> np.ndarray:
    """A number (same every month) or a list of ``months`` numbers ≥ 0 → array."""
    if value is None:
        return np.zeros(months)
    if isinstance(value, (str, bytes)):
        return np.full(months, V.non_negative(value, label))
    if isinstance(value, (Sequence, np.ndarray, pd.Series)):
        vals = list(value)
        if len(vals) != months:
            raise InputError(t("cashflow.error.length", field=label, got=len(vals), months=months))
        return np.array([V.non_negative(v, f"{label} ({t('cashflow.month', n=i + 1)})")
                         for i, v in enumerate(vals)], dtype=float)
    return np.full(months, V.non_negative(value, label))


def _collection(collection: Mapping | None) -> dict[int, float]:
    if collection is None:
        return {0: 1.0}
    if not isinstance(collection, Mapping) or not collection:
        raise InputError(t("cashflow.error.collection", value=repr(collection)[:60]))
    out: dict[int, float] = {}
    for delay, share in collection.items():
        d = V.non_negative(delay, _f("delay"))
        if d != int(d):
            raise InputError(t("cashflow.error.delay_whole", value=delay))
        out[int(d)] = out.get(int(d), 0.0) + V.non_negative(share, _f("share"))
    total = sum(out.values())
    if abs(total - 1.0) > 1e-9:
        raise InputError(t("cashflow.error.share_sum", total=round(total, 4)))
    return out


@dataclass(frozen=True)
class CashPlan:
    """A month-by-month cash plan.  ``table`` has one row per month:

    ``month`` (1-based), ``opening_cash``, ``sales`` (invoiced), ``cash_in``
    (sales collected), ``purchases``, one column per payment name, ``owner_draw``
    (prive), ``cash_out``, ``net_cash``, ``closing_cash``, ``receivables``
    (sales not yet collected at month end) — all Rp.
    """

    opening_cash: float
    table: pd.DataFrame = field(repr=False)
    payment_names: tuple[str, ...] = ()
    collection: Mapping[int, float] = field(default_factory=dict)

    @property
    def months(self) -> int:
        return len(self.table)

    @property
    def lowest_cash(self) -> float:
        """Lowest closing cash of all months (Rp)."""
        return float(self.table["closing_cash"].min())

    @property
    def lowest_month(self) -> int:
        """Month number (1-based) of the lowest closing cash (first one on ties)."""
        return int(self.table.loc[self.table["closing_cash"].idxmin(), "month"])

    @property
    def months_below_zero(self) -> list[int]:
        """Month numbers (1-based) whose closing cash is below zero."""
        return [int(m) for m in self.table.loc[self.table["closing_cash"] < 0, "month"]]

    @property
    def total_sales(self) -> float:
        return float(self.table["sales"].sum())

    @property
    def total_cash_in(self) -> float:
        return float(self.table["cash_in"].sum())

    def can_pay(self, name: str, month: int) -> bool:
        """Whether the cash at hand covers payment ``name`` in ``month``.

        Cash at hand = opening cash of the month + cash in − all other cash out;
        the payment can be made if that is ≥ the payment.
        """
        if name not in self.payment_names:
            raise InputError(t("cashflow.error.unknown_payment", value=name, valid=", ".join(self.payment_names)))
        m = int(V.positive(month, _f("month")))
        if m > self.months:
            raise InputError(t("cashflow.error.month_range", value=month, months=self.months))
        row = self.table.iloc[m - 1]
        before = row["closing_cash"] + row[name]
        return bool(before >= row[name] - 1e-9)

    def interpretation(self) -> str:
        """Plain-language sentence: lowest cash, months below zero, cash still to collect."""
        from ikm_kit.formats import rupiah

        below = self.months_below_zero
        if below:
            parts = [t("cashflow.interp.below", months=", ".join(str(m) for m in below),
                       lowest=rupiah(self.lowest_cash), month=self.lowest_month)]
        else:
            parts = [t("cashflow.interp.ok", lowest=rupiah(self.lowest_cash), month=self.lowest_month)]
        last = self.table.iloc[-1]
        parts.append(t("cashflow.interp.closing", closing=rupiah(last["closing_cash"]), months=self.months))
        if last["receivables"] > 0.5:
            parts.append(t("cashflow.interp.receivables", amount=rupiah(last["receivables"])))
        return " ".join(parts)

    sentence = interpretation

    def __add__(self, other: "CashPlan") -> "CashPlan":
        """Two plans of the same length added month by month (e.g. the regular business + one big order)."""
        if not isinstance(other, CashPlan):
            return NotImplemented
        if other.months != self.months:
            raise InputError(t("cashflow.error.add_months", a=self.months, b=other.months))
        names = tuple(dict.fromkeys(self.payment_names + other.payment_names))
        a = self.table.set_index("month")
        b = other.table.set_index("month")
        sums = a.reindex(columns=FIRST_COLUMNS[1:] + ["purchases", *names] + LAST_COLUMNS, fill_value=0.0) \
            .add(b.reindex(columns=FIRST_COLUMNS[1:] + ["purchases", *names] + LAST_COLUMNS, fill_value=0.0))
        table = sums.reset_index()[FIRST_COLUMNS + ["purchases", *names] + LAST_COLUMNS]
        return CashPlan(self.opening_cash + other.opening_cash, table, names, {})

    def _repr_html_(self) -> str:
        from ikm_kit.formats import rupiah
        from ikm_kit.formats_html import html_table

        cols = ["cash_in", "cash_out", "closing_cash"]
        rows = [(t("cashflow.month", n=int(r.month)),) + tuple(rupiah(getattr(r, c)) for c in cols)
                for r in self.table.itertuples()]
        header = [t("cashflow.col.month")] + [t(f"cashflow.col.{c}") for c in cols]
        return html_table(t("cashflow.title"), rows, note=self.interpretation(), header=header)


def cash_plan(opening_cash_rp: float, months: int, *, sales: object,
              collection: Mapping[int, float] | None = None, purchases: object = None,
              payments: Mapping[str, object] | None = None, owner_draw_rp_per_month: object = 0) -> CashPlan:
    """Plan the cash of ``months`` months from ``opening_cash_rp`` (Rp; may be negative = overdraft).

    * ``sales`` — Rp invoiced per month: a list of ``months`` numbers (or one
      number for every month);
    * ``collection`` — when sales become cash, ``{delay_in_months: share}``:
      ``{0: 1.0}`` cash (default), ``{1: 1.0}`` 30-day credit, ``{0: 0.5, 2: 0.5}``
      half now and half after the consignment sells; shares add up to 1;
    * ``purchases`` — Rp per month (materials), paid in the month;
    * ``payments`` — ``{name: Rp per month}`` (a number for every month, or a
      list): rent, wages, electricity, loan instalments;
    * ``owner_draw_rp_per_month`` — the owner's drawings for the household
      (*prive*), a number or a list.

    Sales collected after the last month stay in ``receivables``.

    >>> p = cash_plan(2_000_000, 2, sales=[3_000_000, 3_000_000], collection={0: 0.5, 1: 0.5},
    ...               purchases=1_000_000, owner_draw_rp_per_month=500_000)
    >>> p.table[["cash_in", "closing_cash", "receivables"]].values.tolist()
    [[1500000.0, 2000000.0, 1500000.0], [3000000.0, 3500000.0, 1500000.0]]
    """
    opening = V.number(opening_cash_rp, _f("opening_cash"))
    n = V.positive(months, _f("months"))
    if n != int(n) or n > MAX_MONTHS:
        raise InputError(t("cashflow.error.months", value=months, max=MAX_MONTHS))
    n = int(n)
    sold = _series(sales, n, _f("sales"))
    col = _collection(collection)
    bought = _series(purchases, n, _f("purchases"))
    pays: dict[str, np.ndarray] = {}
    if payments is not None:
        if not isinstance(payments, Mapping):
            raise InputError(t("cashflow.error.payments", value=V.type_name(payments)))
        for name, value in payments.items():
            key = str(name).strip()
            if not key:
                raise InputError(t("cashflow.error.payment_name"))
            if key in FIRST_COLUMNS + LAST_COLUMNS + ["purchases"] or key in pays:
                raise InputError(t("cashflow.error.payment_name_taken", value=key))
            pays[key] = _series(value, n, key)
    draw = _series(owner_draw_rp_per_month, n, _f("owner_draw"))

    cash_in = np.zeros(n)
    for delay, share in col.items():
        if delay < n:
            cash_in[delay:] += sold[: n - delay] * share
    invoiced_to_date = np.cumsum(sold)
    collected_to_date = np.cumsum(cash_in)
    out = bought + draw + (sum(pays.values()) if pays else 0.0)
    net = cash_in - out
    closing = opening + np.cumsum(net)
    opening_col = np.concatenate([[opening], closing[:-1]])
    data = {"month": np.arange(1, n + 1), "opening_cash": opening_col, "sales": sold, "cash_in": cash_in,
            "purchases": bought}
    data.update(pays)
    data.update({"owner_draw": draw, "cash_out": out, "net_cash": net, "closing_cash": closing,
                 "receivables": invoiced_to_date - collected_to_date})
    table = pd.DataFrame(data)
    return CashPlan(opening, table, tuple(pays), dict(col))


def _parameter(key: str, year: int | None = None) -> float:
    from ikm_kit import data

    p = data.load("parameters")
    rows = p[p["key"] == key]
    if year is not None:
        rows = rows[rows["year"] == year]
    if rows.empty:   # pragma: no cover - shipped data
        raise InputError(t("cashflow.error.parameter", key=key))
    return float(rows["value"].iloc[-1])


def tenant_year(*, order_value_rp: float = 40_000_000, order_month: int = 6, down_payment_pct: float = 0,
                payment_delay_months: int = 2, order_material_pct: float = 45, opening_cash_rp: float = 3_000_000,
                regular_sales_rp: float = 14_000_000, ramadan_months: Sequence[int] = (2, 3),
                ramadan_uplift_pct: float = 50, material_pct: float = 40,
                owner_draw_rp_per_month: float | None = None, months: int = 12) -> CashPlan:
    """A furniture tenant's year (*ilustrasi*) with a Ramadan peak and one big order paid late.

    Regular business: ``regular_sales_rp`` per month in cash, ``ramadan_uplift_pct`` more in
    ``ramadan_months`` (Ramadan 2026 ≈ Feb–Mar), materials ``material_pct`` % of sales bought in the
    month; rent Rp833.333/month (planned Lepo-Lepo rent Rp10 jt/year [V], data/parameters.csv),
    one helper at UMK Kota Kendari 2026 Rp3.516.070 [V]; the owner draws the same UMK for the
    household unless ``owner_draw_rp_per_month`` is given.  The big order (e.g. school desks):
    ``order_value_rp`` agreed in ``order_month``, ``order_material_pct`` % of it bought that month,
    ``down_payment_pct`` % paid at once, the rest ``payment_delay_months`` months after delivery
    (delivery one month after the order).  Sales levels and percentages are assumptions [U].

    >>> tenant_year(payment_delay_months=3).months_below_zero
    [6, 7, 8, 9]
    >>> tenant_year(down_payment_pct=30).months_below_zero
    []
    """
    n = int(V.positive(months, _f("months")))
    m0 = int(V.positive(order_month, _f("order_month")))
    if m0 > n:
        raise InputError(t("cashflow.error.month_range", value=order_month, months=n))
    dp = V.non_negative(down_payment_pct, _f("down_payment_pct"))
    if dp > 100:
        raise InputError(t("costing.error.pct_max", field=_f("down_payment_pct"), value=dp))
    delay = V.non_negative(payment_delay_months, _f("payment_delay_months"))
    if delay != int(delay):
        raise InputError(t("cashflow.error.delay_whole", value=payment_delay_months))
    rent = _parameter("sewa_workshop_per_bulan")
    umk = _parameter("umk_kendari", 2026)
    draw = umk if owner_draw_rp_per_month is None else V.non_negative(owner_draw_rp_per_month, _f("owner_draw"))
    up = V.non_negative(ramadan_uplift_pct, _f("ramadan_uplift_pct"))
    base = V.non_negative(regular_sales_rp, _f("sales"))
    sales = [base * (1 + up / 100) if m in set(ramadan_months) else base for m in range(1, n + 1)]
    mat = V.non_negative(material_pct, _f("material_pct")) / 100
    regular = cash_plan(opening_cash_rp, n, sales=sales, purchases=[s * mat for s in sales],
                        payments={t("cashflow.rent"): rent, t("cashflow.helper_wage"): umk},
                        owner_draw_rp_per_month=draw)
    value = V.non_negative(order_value_rp, _f("order_value"))
    order_sales = [value if m == m0 else 0.0 for m in range(1, n + 1)]
    buy = [value * V.non_negative(order_material_pct, _f("order_material_pct")) / 100 if m == m0 else 0.0
           for m in range(1, n + 1)]
    collection = {0: dp / 100, 1 + int(delay): 1 - dp / 100} if dp < 100 else {0: 1.0}
    order = cash_plan(0, n, sales=order_sales, collection=collection, purchases=buy)
    return regular + order


__all__ = ["CashPlan", "cash_plan", "tenant_year", "FIRST_COLUMNS", "LAST_COLUMNS"]
