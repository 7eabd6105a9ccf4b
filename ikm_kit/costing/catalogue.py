"""Build a :class:`CostModel` from the shipped catalogue (``ikm_kit.data``), tolerantly.

The computation never needs the shipped data; these helpers only translate
rows of ``products``, ``bom``, ``routings`` and ``machines`` into the model when
that data is installed.  Missing datasets or columns give an Indonesian
:class:`ikm_kit.errors.DataError`.
"""
from __future__ import annotations

import math
from typing import Any

import pandas as pd

from ikm_kit.errors import DataError, DatasetNotFoundError, InputError
from ikm_kit import validation as V
from ikm_kit.i18n import t
from ikm_kit.costing.model import (
    UMK_KENDARI_2022, WORKSHOP_RENT_YEAR, TARIFF_B2, CostModel, LabourInput, MachineUse, Material,
    MATERIAL_KINDS, Overhead, WoodPart,
)


def _load(name: str) -> pd.DataFrame:
    try:
        from ikm_kit import data  # type: ignore[attr-defined]
    except ImportError:
        raise DataError(t("costing.error.no_catalogue")) from None
    try:
        return data.load(name)
    except DatasetNotFoundError:
        raise
    except (OSError, KeyError, ValueError) as exc:
        if isinstance(exc, DataError):
            raise
        raise DataError(t("costing.error.no_catalogue")) from exc


def _num(value: Any, default: float = 0.0) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return default
    return default if math.isnan(v) else v


def _str(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value).strip()


def _rent_for(sentra: str) -> float:
    """Rent per year for a sentra from the shipped parameters; Rp10 jt/year [V] otherwise."""
    try:
        params = _load("parameters")
        values = dict(zip(params["key"].astype(str), params["value"]))
    except (DataError, KeyError):
        return WORKSHOP_RENT_YEAR
    if sentra == "pangan" and "sewa_workshop_pangan_per_bulan" in values:
        return _num(values["sewa_workshop_pangan_per_bulan"]) * 12 or WORKSHOP_RENT_YEAR
    return _num(values.get("sewa_workshop_per_tahun"), WORKSHOP_RENT_YEAR) or WORKSHOP_RENT_YEAR


def catalogue_products() -> pd.DataFrame:
    """The shipped product list (``product_id``, ``name``, ``sentra`` …); empty if not installed."""
    try:
        return _load("products")
    except DataError:
        return pd.DataFrame(columns=["product_id", "name"])


def _product_row(product_id: str) -> pd.Series:
    products = _load("products")
    if "product_id" not in products.columns:
        raise DataError(t("costing.error.no_catalogue"))
    hit = products[products["product_id"].astype(str) == str(product_id)]
    if hit.empty:
        valid = ", ".join(products["product_id"].astype(str).tolist()[:30])
        raise InputError(t("costing.error.unknown_product", value=product_id, valid=valid))
    return hit.iloc[0]


def market_prices(product_id: str) -> tuple[float, float, str]:
    """(low, high, source) market price in Rp/unit from the shipped ``products`` table."""
    row = _product_row(product_id)
    return (_num(row.get("market_price_low_rp")), _num(row.get("market_price_high_rp")),
            _str(row.get("price_source")))


def product_from_catalogue(product_id: str, *, units_per_month: float | None = None,
                           price: float | None = None, monthly_wage: float = UMK_KENDARI_2022,
                           rent_per_year: float | None = None) -> CostModel:
    """A :class:`CostModel` for a shipped product (bill of materials, routings, machines).

    Labour: ``labour_hours_per_batch`` at the UMK-based hourly rate; machines:
    ``minutes_per_unit`` × batch size; overhead: the planned workshop rent
    (Rp10 jt/year [V] for the furniture sentra; for the food sentra the shipped
    ``sewa_workshop_pangan_per_bulan`` parameter, illustrative).  ``units_per_month`` defaults to 4 batches per month
    and ``price`` to the middle of the market range — both **assumptions [U]**.
    """
    row = _product_row(product_id)
    pid = str(product_id)
    batch = _num(row.get("batch_size"), 1.0) or 1.0
    materials: list = []
    try:
        bom = _load("bom")
    except DataError:
        bom = pd.DataFrame()
    if not bom.empty and "product_id" in bom.columns:
        lines = bom[bom["product_id"].astype(str) == pid]
        if "line" in lines.columns:
            lines = lines.sort_values("line")
        for _, b in lines.iterrows():
            kind = _str(b.get("kind")).lower() or "bahan"
            if kind not in MATERIAL_KINDS:
                kind = "bahan"
            name = _str(b.get("item")) or kind
            price_u = _num(b.get("unit_price_rp"))
            waste = _num(b.get("waste_pct"))
            dims = [_num(b.get(c)) for c in ("length_mm", "width_mm", "thickness_mm")]
            if kind == "kayu" and all(d > 0 for d in dims):
                materials.append(WoodPart(name, *dims, pieces=_num(b.get("pieces"), 1.0) or 1.0,
                                          price_per_m3=price_u, species=_str(b.get("species")), waste_pct=waste))
            else:
                materials.append(Material(name, _num(b.get("quantity")), price_u, unit=_str(b.get("unit")),
                                          kind=kind, waste_pct=waste))
    labour_h = _num(row.get("labour_hours_per_batch"))
    labour = [LabourInput(t("costing.default.labour"), hours_per_batch=labour_h, monthly_wage=monthly_wage)] \
        if labour_h > 0 else []
    machines: list = []
    try:
        routings = _load("routings")
        mach = _load("machines")
    except DataError:
        routings = mach = pd.DataFrame()
    if not routings.empty and {"product_id", "machine_id"} <= set(routings.columns):
        mach_idx = mach.set_index("machine_id") if "machine_id" in mach.columns else pd.DataFrame()
        for _, r in routings[routings["product_id"].astype(str) == pid].iterrows():
            mid = _str(r.get("machine_id"))
            info = mach_idx.loc[mid] if mid in getattr(mach_idx, "index", []) else {}
            if isinstance(info, pd.DataFrame):
                info = info.iloc[0]
            name = _str(info.get("name")) if hasattr(info, "get") else ""
            machines.append(MachineUse(name or mid, _num(r.get("minutes_per_unit")) * batch / 60.0,
                                       fee_per_hour=_num(info.get("hourly_fee_rp")) if hasattr(info, "get") else 0,
                                       power_kw=_num(info.get("power_kw")) if hasattr(info, "get") else 0,
                                       tariff=TARIFF_B2))
    if rent_per_year is None:
        rent_per_year = _rent_for(_str(row.get("sentra")))
    else:
        rent_per_year = V.non_negative(rent_per_year, t("costing.default.rent"))
    low, high = _num(row.get("market_price_low_rp")), _num(row.get("market_price_high_rp"))
    if high < low:
        low, high = high, low
    return CostModel(
        name=_str(row.get("name")) or pid,
        batch_size=batch,
        units_per_month=batch * 4 if units_per_month is None else units_per_month,
        price=(low + high) / 2 if price is None else price,
        materials=materials,
        labour=labour,
        overheads=[Overhead(t("costing.default.rent"), rent_per_year, "tahun")] if rent_per_year else [],
        machines=machines,
        market_low=low,
        market_high=high,
    )


__all__ = ["catalogue_products", "market_prices", "product_from_catalogue"]
