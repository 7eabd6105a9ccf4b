"""Prices per sales channel: what each channel keeps and what reaches the workshop.

A tenant sells the same product at the workshop, through a reseller or
oleh-oleh shop, on consignment (*titip jual*), on a marketplace or to the
government through the e-katalog.  Each channel keeps part of the price the
end buyer pays — a discount or commission (% of that price), a platform fee
(% and Rp per order), shipping borne by the seller — and pays later or sooner.
The shipped rates are ``data/sales_channels.csv`` (sources and V/P/U marks in
``data/README.md``); pass an edited copy of :func:`load_channels` to change them.

The classic error is to add the channel's discount **to the cost**; the
discount is taken from the **price**, so the price must be
target ÷ (1 − discount): for a target of Rp130.000 and a 20 % reseller
discount, Rp162.500 — not 130.000 + 20 % × 100.000 = Rp150.000.

    >>> from ikm_kit.costing import channel_prices
    >>> df = channel_prices(100_000, ["bengkel", "toko_oleh_oleh"], markup_pct=30)
    >>> df["price_rp"].round().tolist(), df["to_workshop_rp"].round().tolist()
    ([130000.0, 162500.0], [130000.0, 130000.0])
"""
from __future__ import annotations

from typing import Iterable

import numpy as np
import pandas as pd

from ikm_kit import validation as V
from ikm_kit.errors import InputError
from ikm_kit.i18n import has_key, t

#: rate columns of a channel table (besides ``channel_id`` and ``name``)
RATE_COLUMNS = ("discount_pct", "fee_pct", "fee_rp_per_unit", "shipping_pct", "days_to_cash")
RESULT_COLUMNS = ["channel_id", "channel", "price_rp", "discount_rp", "fee_rp", "shipping_rp", "channel_keeps_rp",
                  "to_workshop_rp", "hpp_rp", "margin_rp", "margin_pct", "days_to_cash", "mark"]


def load_channels() -> pd.DataFrame:
    """The shipped channel table (a copy you may edit): one row per channel.

    Columns ``channel_id, name, discount_pct, fee_pct, fee_rp_per_unit,
    shipping_pct, days_to_cash, source, mark, note``.

    >>> load_channels()["channel_id"].tolist()
    ['bengkel', 'toko_oleh_oleh', 'konsinyasi', 'marketplace', 'e_katalog']
    """
    from ikm_kit import data

    return data.load("sales_channels")


def channel_label(channel_id: str, name: str = "") -> str:
    """Display name of a channel in the active language (falls back to ``name``)."""
    if not isinstance(channel_id, str):
        raise InputError(t("channels.error.unknown", value=repr(channel_id)[:40],
                           valid=", ".join(load_channels()["channel_id"])))
    if not isinstance(name, str):
        name = ""
    key = f"channels.name.{channel_id}"
    return t(key) if has_key(key) else (name.strip() or channel_id)


def _table(channels: object) -> pd.DataFrame:
    shipped = load_channels()
    if channels is None:
        return shipped
    if isinstance(channels, pd.DataFrame):
        missing = [c for c in ("channel_id",) + RATE_COLUMNS if c not in channels.columns]
        if missing:
            raise InputError(t("channels.error.columns", missing=", ".join(missing),
                               needed=", ".join(("channel_id",) + RATE_COLUMNS)))
        df = channels.copy().reset_index(drop=True)
        if "name" not in df.columns:
            df["name"] = df["channel_id"].astype(str)
        if "mark" not in df.columns:
            df["mark"] = ""
        return df
    if isinstance(channels, str) or not isinstance(channels, Iterable):
        channels = [channels]
    ids = list(channels)
    valid = shipped["channel_id"].tolist()
    for c in ids:
        if not isinstance(c, str) or c not in valid:
            raise InputError(t("channels.error.unknown", value=c, valid=", ".join(valid)))
    return shipped.set_index("channel_id").loc[ids].reset_index()


def channel_prices(hpp_or_result: object, channels: object = None, *, price: float | None = None,
                   markup_pct: float | None = None) -> pd.DataFrame:
    """One row per sales channel: buyer's price, what the channel keeps, what reaches the workshop.

    ``hpp_or_result``: HPP in Rp per unit, or an :class:`~ikm_kit.costing.HppResult`
    (its full-costing HPP is used, owner's wage included).  ``channels``: ``None``
    (all shipped channels), a list of channel ids, or an edited
    :func:`load_channels` table.

    * Without ``price``: each channel's price to the end buyer is set so that the
      workshop receives HPP × (1 + ``markup_pct``/100) —
      price = (target + fee Rp) ÷ (1 − (discount + fee + shipping)/100).
      ``markup_pct`` defaults to the model's markup (30 for a plain HPP).
    * With ``price`` (Rp per unit): the same buyer's price in every channel; the
      table shows how much less reaches the workshop in each.

    Columns: ``channel_id, channel, price_rp, discount_rp, fee_rp, shipping_rp,
    channel_keeps_rp, to_workshop_rp, hpp_rp, margin_rp`` (Rp per unit),
    ``margin_pct`` (margin as % of the buyer's price), ``days_to_cash``, ``mark``.

    >>> df = channel_prices(100_000, ["konsinyasi"], price=150_000)
    >>> float(df.loc[0, "channel_keeps_rp"]), float(df.loc[0, "margin_rp"])
    (30000.0, 20000.0)
    """
    from ikm_kit.costing.model import HppResult

    if isinstance(hpp_or_result, HppResult):
        cost = float(hpp_or_result.hpp_full)
        default_markup = hpp_or_result.model.markup_pct
    else:
        cost = V.non_negative(hpp_or_result, t("channels.field.hpp"))
        default_markup = 30.0
    df = _table(channels)
    if df.empty:
        raise InputError(t("channels.error.empty"))
    rates = {}
    for col in RATE_COLUMNS:
        label = t(f"channels.field.{col}")
        try:
            vals = np.array([V.non_negative(v, label) for v in df[col].tolist()], dtype=float)
        except InputError as exc:
            raise InputError(t("channels.error.rate", error=str(exc))) from None
        rates[col] = vals
    pct = (rates["discount_pct"] + rates["fee_pct"] + rates["shipping_pct"]) / 100.0
    for i, share in enumerate(pct):
        if share >= 1.0:
            raise InputError(t("channels.error.pct_total", channel=channel_label(df.loc[i, "channel_id"],
                                                                                  str(df.loc[i, "name"])),
                               total=round(share * 100, 2)))
    if price is None:
        mk = default_markup if markup_pct is None else V.non_negative(markup_pct, t("costing.field.markup_pct"))
        target = cost * (1.0 + mk / 100.0)
        p = (target + rates["fee_rp_per_unit"]) / (1.0 - pct)
    else:
        p = np.full(len(df), V.positive(price, t("costing.field.price")), dtype=float)
    discount = p * rates["discount_pct"] / 100.0
    fee = p * rates["fee_pct"] / 100.0 + rates["fee_rp_per_unit"]
    shipping = p * rates["shipping_pct"] / 100.0
    keeps = discount + fee + shipping
    net = p - keeps
    margin = net - cost
    out = pd.DataFrame({
        "channel_id": df["channel_id"].astype(str).tolist(),
        "channel": [channel_label(c, str(n)) for c, n in zip(df["channel_id"], df["name"])],
        "price_rp": p, "discount_rp": discount, "fee_rp": fee, "shipping_rp": shipping,
        "channel_keeps_rp": keeps, "to_workshop_rp": net, "hpp_rp": np.full(len(df), cost),
        "margin_rp": margin, "margin_pct": np.divide(margin * 100.0, p, out=np.full(len(p), np.nan), where=p > 0),
        "days_to_cash": rates["days_to_cash"].astype(int), "mark": df["mark"].astype(str).tolist(),
    })
    return out[RESULT_COLUMNS]


def channel_sentence(table: pd.DataFrame) -> str:
    """One plain sentence on a :func:`channel_prices` table: lowest margin and slowest money."""
    from ikm_kit.formats import rupiah

    if table.empty:
        return ""
    slow = table.loc[table["days_to_cash"].idxmax()]
    if table["margin_rp"].max() - table["margin_rp"].min() < 0.5:      # prices set for the same margin
        high = table.loc[table["price_rp"].idxmax()]
        return t("channels.sentence_same", margin=rupiah(table["margin_rp"].iloc[0]), high=high["channel"],
                 price=rupiah(high["price_rp"]), slow=slow["channel"], days=int(slow["days_to_cash"]))
    low = table.loc[table["margin_rp"].idxmin()]
    return t("channels.sentence", low=low["channel"], margin=rupiah(low["margin_rp"]),
             slow=slow["channel"], days=int(slow["days_to_cash"]))


__all__ = ["channel_prices", "load_channels", "channel_label", "channel_sentence", "RATE_COLUMNS",
           "RESULT_COLUMNS"]
