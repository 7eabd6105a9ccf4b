"""Day-4 exercises on the owner's wage and prices per sales channel (``04_bep_dan_harga_jual``).

Expected answers are computed with :mod:`ikm_kit.costing` (catalogue products, the
UMK parameter and the shipped ``sales_channels`` rates), never typed in.
"""
from __future__ import annotations

import math

from ikm_kit.exercises.core import numeric

SCHOOL_DESK_ID = "MB09"      # meja belajar sekolah (05_kapasitas_dan_simulasi: 200 desks in 30 days)
SCHOOL_ORDER_UNITS = 200


def _lemari(owner_wage: bool = True):
    from ikm_kit.costing import UMK_KENDARI_2022
    from ikm_kit.exercises.day4 import _lemari as base

    return base().replace(owner_wage_rp_per_month=UMK_KENDARI_2022 if owner_wage else 0)


def _bep(owner_wage: bool = True):
    from ikm_kit.costing import hpp

    return hpp(_lemari(owner_wage)).break_even()


def _kursi():
    from ikm_kit.costing import hpp, product_from_catalogue

    return hpp(product_from_catalogue("MB01"))


def _reseller_price() -> float:
    from ikm_kit.costing import channel_prices

    return float(channel_prices(_kursi(), ["toko_oleh_oleh"])["price_rp"].iloc[0])


def _reseller_discount() -> float:
    from ikm_kit.costing import load_channels

    ch = load_channels().set_index("channel_id")
    return float(ch.loc["toko_oleh_oleh", "discount_pct"]) / 100


def _desks(owner_wage: bool = True):
    from ikm_kit.costing import UMK_KENDARI_2022, hpp, product_from_catalogue

    m = product_from_catalogue(SCHOOL_DESK_ID).replace(units_per_month=SCHOOL_ORDER_UNITS,
                                                       owner_wage_rp_per_month=UMK_KENDARI_2022 if owner_wage else 0)
    return hpp(m)


def _ekatalog_total(owner_wage: bool = True, per_unit: bool = False, variable: bool = False) -> float:
    from ikm_kit.costing import channel_prices

    r = _desks(owner_wage)
    base = r.hpp_variable if variable else r
    price = float(channel_prices(base, ["e_katalog"], markup_pct=r.model.markup_pct)["price_rp"].iloc[0])
    return price if per_unit else price * SCHOOL_ORDER_UNITS


numeric(
    "04.bep_upah_pemilik", lambda: _bep().units_whole, tol=0, rel=False, unit="lemari",
    hints=["ex.04_bep_upah_pemilik.h1", "ex.04_bep_upah_pemilik.h2"],
    mistakes=[(lambda: _bep(False).units_whole, "ex.04_bep_upah_pemilik.m_lupa_upah"),
              (lambda: math.floor(_bep().units), "ex.04_bep_upah_pemilik.m_bulat_bawah")],
    explanation="ex.04_bep_upah_pemilik.explain",
)

numeric(
    "04.harga_reseller", _reseller_price, tol=0.005, unit="Rp",
    hints=["ex.04_harga_reseller.h1", "ex.04_harga_reseller.h2"],
    mistakes=[(lambda: _kursi().hpp_full * (1.3 + _reseller_discount()), "ex.04_harga_reseller.m_dari_biaya"),
              (lambda: _kursi().hpp_full * 1.3 * (1 + _reseller_discount()), "ex.04_harga_reseller.m_markup_diskon"),
              (lambda: _kursi().hpp_full * 1.3, "ex.04_harga_reseller.m_tanpa_diskon")],
    explanation="ex.04_harga_reseller.explain",
)

numeric(
    "04.ekatalog_meja", _ekatalog_total, tol=0.005, unit="Rp",
    hints=["ex.04_ekatalog_meja.h1", "ex.04_ekatalog_meja.h2"],
    mistakes=[(lambda: _ekatalog_total(per_unit=True), "ex.04_ekatalog_meja.m_per_unit"),
              (lambda: _ekatalog_total(owner_wage=False), "ex.04_ekatalog_meja.m_lupa_upah"),
              (lambda: _ekatalog_total(variable=True), "ex.04_ekatalog_meja.m_variabel")],
    explanation="ex.04_ekatalog_meja.explain",
)
