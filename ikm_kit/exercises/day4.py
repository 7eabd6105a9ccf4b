"""Exercises of day 4 (biaya produksi dan harga jual): notebooks ``04_*``.

Expected answers are computed with :mod:`ikm_kit.costing` and the shipped
catalogue (``products``, ``bom``, ``routings``, ``machines``), never typed in.
The costing package is imported lazily, inside the callables, so that loading
the exercise registry stays light.

The models used here are the ones built in the notebooks:

* the **lemari 2 badan** of the catalogue (``MB04``) with a depreciable asset
  added (hand tools and small machines Rp6 jt, 5 years [U], as in
  :func:`ikm_kit.costing.examples.lemari_2_badan`); price = middle of the
  Konsel 2021 range, 4 units per month (catalogue defaults, [U]);
* the **kursi makan** of the catalogue (``MB01``) with its defaults (batch of 6,
  24 chairs per month, price Rp300.000 = middle of the Konsel 2021 range).

The worked examples in the notebooks use the lemari; most exercises ask the
same question about another product or figure so that the answer is not on
the screen already.
"""
from __future__ import annotations

from ikm_kit import formats
from ikm_kit.exercises.core import choice, numeric

LEMARI_ID = "MB04"
KURSI_ID = "MB01"
ASSET_NAME = "Alat tangan dan mesin kecil"
ASSET_COST = 6_000_000      # Rp, illustrative [U]
ASSET_LIFE = 5              # years, illustrative [U]
WASTE_SIDE_PCT = 30         # catalogue MB04, line "Dinding samping"
TARGET_PROFIT = 3_000_000   # Rp per month, exercise 04.harga_target (kursi makan)
WOOD_RISE_PCT = 20          # exercise 04.kayu_naik
MC_SEED = 4
MC_DRAWS = 20_000


def _ex(name: str) -> str:
    return f"ex.04_{name}"


def _hints(name: str, n: int = 2) -> list[str]:
    return [f"{_ex(name)}.h{i}" for i in range(1, n + 1)]


# ------------------------------------------------------------------ models
def _lemari():
    from ikm_kit.costing import Asset, product_from_catalogue

    return product_from_catalogue(LEMARI_ID).replace(
        assets=[Asset(ASSET_NAME, ASSET_COST, salvage=0, life_years=ASSET_LIFE)])


def _lemari_hpp():
    from ikm_kit.costing import hpp

    return hpp(_lemari())


def _kursi_hpp():
    from ikm_kit.costing import hpp, product_from_catalogue

    return hpp(product_from_catalogue(KURSI_ID))


def _bom_line(product_id: str, item: str):
    from ikm_kit import data

    bom = data.load("bom")
    return bom[(bom["product_id"] == product_id) & (bom["item"] == item)].iloc[0]


def _side_panel(waste: bool = True):
    from ikm_kit.costing import WoodPart

    b = _bom_line(LEMARI_ID, "Dinding samping")
    return WoodPart(b["item"], b["length_mm"], b["width_mm"], b["thickness_mm"], pieces=int(b["pieces"]),
                    price_per_m3=b["unit_price_rp"], waste_pct=b["waste_pct"] if waste else 0)


def _umk(year: int = 2022) -> float:
    """UMK Kota Kendari (Rp/month) of ``year`` from the shipped ``parameters`` table."""
    from ikm_kit import data

    p = data.load("parameters")
    return float(p[(p["key"] == "umk_kendari") & (p["year"] == year)]["value"].iloc[0])


def _daily(days: float = 25, year: int = 2022) -> float:
    return _umk(year) / days


def _hourly(days: float = 25) -> float:
    from ikm_kit.costing import HOURS_PER_DAY

    return _daily(days) / HOURS_PER_DAY


# ================================================================== notebook 04_harga_pokok_produksi
_volume = numeric(
    "04.volume_kayu", lambda: _side_panel().volume_m3, tol=0.01, unit="m³",
    hints=_hints("volume_kayu"),
    mistakes=[
        (lambda: _side_panel().volume_m3 / _side_panel().pieces, _ex("volume_kayu.m_satu_papan")),
        (lambda: _side_panel().volume_m3 * 1e9, _ex("volume_kayu.m_mm3")),
        (lambda: _side_panel().volume_m3 * 1e3, _ex("volume_kayu.m_satuan")),
        (lambda: _side_panel().volume_m3 * 1e6, _ex("volume_kayu.m_satuan")),
        (lambda: _side_panel().volume_m3 * (1 + WASTE_SIDE_PCT / 100), _ex("volume_kayu.m_susut")),
    ],
    explanation=_ex("volume_kayu.explain"),
)
_volume.expected_text = lambda: f"{formats.number(_side_panel().volume_m3, 4)} m³"

numeric(
    "04.biaya_kayu", lambda: _side_panel().cost, tol=0.005, unit="Rp",
    hints=_hints("biaya_kayu"),
    mistakes=[(lambda: _side_panel(waste=False).cost, _ex("biaya_kayu.m_tanpa_susut"))],
    explanation=_ex("biaya_kayu.explain"),
)

numeric(
    "04.upah_harian", lambda: _daily(25, 2024), tol=0.002, unit="Rp",
    hints=_hints("upah_harian"),
    mistakes=[
        (lambda: _daily(30, 2024), _ex("upah_harian.m_bagi30")),
        (lambda: _daily(26, 2024), _ex("upah_harian.m_bagi26")),
        (lambda: _daily(22, 2024), _ex("upah_harian.m_bagi22")),
        (lambda: _daily(25, 2022), _ex("upah_harian.m_tahun")),
    ],
    explanation=_ex("upah_harian.explain"),
)

def _kursi_batch() -> tuple[float, float]:
    """(labour hours per batch, chairs per batch) of the catalogue's kursi makan."""
    from ikm_kit import data

    p = data.load("products")
    row = p[p["product_id"] == KURSI_ID].iloc[0]
    return float(row["labour_hours_per_batch"]), float(row["batch_size"])


def _btkl_kursi(days: float = 25, per_hour: bool = True, per_unit: bool = True) -> float:
    hours, batch = _kursi_batch()
    rate = _hourly(days) if per_hour else _daily(days)
    return hours * rate / (batch if per_unit else 1)


numeric(
    "04.btkl_kursi", lambda: _kursi_hpp().btkl, tol=0.005, unit="Rp",
    hints=_hints("btkl_kursi", 3),
    mistakes=[
        (lambda: _btkl_kursi(days=30), _ex("btkl_kursi.m_bagi30")),
        (lambda: _btkl_kursi(per_unit=False), _ex("btkl_kursi.m_per_batch")),
        (lambda: _btkl_kursi(per_hour=False), _ex("btkl_kursi.m_jam_hari")),
    ],
    explanation=_ex("btkl_kursi.explain"),
)

SLOW_UNITS = 2   # exercise 04.bop_tetap_unit: a slow month, 2 wardrobes instead of 4


def _bop_slow() -> float:
    from ikm_kit.costing import hpp

    return hpp(_lemari().replace(units_per_month=SLOW_UNITS)).bop_fixed


numeric(
    "04.bop_tetap_unit", _bop_slow, tol=0.005, unit="Rp",
    hints=_hints("bop_tetap_unit", 3),
    mistakes=[
        (0, _ex("bop_tetap_unit.m_tidak_dialokasikan")),
        (lambda: _lemari_hpp().bop_fixed, _ex("bop_tetap_unit.m_volume_lama")),
        (lambda: _lemari_hpp().fixed_cost, _ex("bop_tetap_unit.m_tidak_dibagi")),
        (lambda: (10_000_000 / 12) / SLOW_UNITS, _ex("bop_tetap_unit.m_lupa_penyusutan")),
        (lambda: (10_000_000 + ASSET_COST / ASSET_LIFE) / SLOW_UNITS, _ex("bop_tetap_unit.m_tahunan")),
        (lambda: (10_000_000 + ASSET_COST) / 12 / SLOW_UNITS, _ex("bop_tetap_unit.m_harga_aset")),
    ],
    explanation=_ex("bop_tetap_unit.explain"),
)

numeric(
    "04.hpp_kursi", lambda: _kursi_hpp().hpp_full, tol=0.005, unit="Rp",
    hints=_hints("hpp_kursi"),
    mistakes=[
        (lambda: _kursi_hpp().hpp_variable, _ex("hpp_kursi.m_variabel")),
        (lambda: _kursi_hpp().bbb + _kursi_hpp().btkl, _ex("hpp_kursi.m_tanpa_bop")),
        (lambda: _kursi_hpp().hpp_full * _kursi_hpp().batch_size, _ex("hpp_kursi.m_per_batch")),
    ],
    explanation=_ex("hpp_kursi.explain"),
)

choice(
    "04.lupa_penyusutan", "terlalu_rendah",
    hints=_hints("lupa_penyusutan", 1),
    mistakes=[("bukan_biaya", _ex("lupa_penyusutan.m_bukan_biaya")),
              ("terlalu_tinggi", _ex("lupa_penyusutan.m_terlalu_tinggi"))],
    explanation=_ex("lupa_penyusutan.explain"),
)


def _packs(input_kg: float, yield_pct: float, shrink_pct: float, pack_kg: float = 0.1) -> float:
    from ikm_kit.costing import BatchYield

    return BatchYield(input_kg, yield_pct, shrink_pct, pack_kg).units


ABON_KG, ABON_YIELD, ABON_SHRINK = 20, 50, 40   # exercise 04.abon_bungkus (the worked example: 10 kg, 60 %, 50 %)

_abon = numeric(
    "04.abon_bungkus", lambda: _packs(ABON_KG, ABON_YIELD, ABON_SHRINK), tol=0.0, rel=False, unit="bungkus",
    hints=_hints("abon_bungkus"),
    mistakes=[
        (lambda: _packs(ABON_KG, 100, 0), _ex("abon_bungkus.m_tanpa_susut")),
        (lambda: _packs(ABON_KG, ABON_YIELD, 0), _ex("abon_bungkus.m_hanya_rendemen")),
        (lambda: _packs(ABON_KG, 100, ABON_SHRINK), _ex("abon_bungkus.m_hanya_masak")),
        (lambda: _packs(ABON_KG, 100 - ABON_YIELD, 100 - ABON_SHRINK), _ex("abon_bungkus.m_terbalik")),
    ],
    explanation=_ex("abon_bungkus.explain"),
)
_abon.expected_text = lambda: f"{formats.number(_packs(ABON_KG, ABON_YIELD, ABON_SHRINK), 0)} bungkus"

# ================================================================== notebook 04_bep_dan_harga_jual
# the published example (idxchannel.com; brief §2): FC Rp140 jt, VC Rp75.000, P Rp95.000 → 7.000 unit.
# The notebook works that example; the exercises raise the price to Rp100.000.
IDX_FC, IDX_VC, IDX_P = 140_000_000, 75_000, 100_000


def _idx():
    from ikm_kit.costing import break_even

    return break_even(IDX_FC, IDX_P, IDX_VC)


numeric(
    "04.bep_unit", lambda: _idx().units, tol=0.001, unit="unit",
    hints=_hints("bep_unit"),
    mistakes=[(lambda: IDX_FC / IDX_P, _ex("bep_unit.m_bagi_harga")),
              (lambda: IDX_FC / IDX_VC, _ex("bep_unit.m_bagi_vc"))],
    explanation=_ex("bep_unit.explain"),
)

numeric(
    "04.bep_rupiah", lambda: _idx().revenue, tol=0.001, unit="Rp",
    hints=_hints("bep_rupiah"),
    mistakes=[(lambda: _idx().units * IDX_VC, _ex("bep_rupiah.m_pakai_vc")),
              (lambda: _idx().units * (IDX_P - IDX_VC), _ex("bep_rupiah.m_pakai_margin"))],
    explanation=_ex("bep_rupiah.explain"),
)

numeric(
    "04.bep_kursi", lambda: _kursi_hpp().break_even().units, tol=0.01, unit="unit",
    hints=_hints("bep_kursi"),
    mistakes=[(lambda: _kursi_hpp().fixed_cost / (_kursi_hpp().price - _kursi_hpp().hpp_full),
               _ex("bep_kursi.m_hpp_full")),
              (lambda: _kursi_hpp().fixed_cost / _kursi_hpp().price, _ex("bep_kursi.m_bagi_harga"))],
    explanation=_ex("bep_kursi.explain"),
)


ABON_COST, MARGIN_PCT = 20_000, 30   # exercise 04.harga_margin (the worked example: Rp10.000)


def _price_margin() -> float:
    from ikm_kit.costing import price_from_margin

    return price_from_margin(ABON_COST, MARGIN_PCT)


def _price_markup() -> float:
    from ikm_kit.costing import price_from_markup

    return price_from_markup(ABON_COST, MARGIN_PCT)


numeric(
    "04.harga_margin", _price_margin, tol=0.001, unit="Rp",
    hints=_hints("harga_margin"),
    mistakes=[(_price_markup, _ex("harga_margin.m_markup")),
              (lambda: ABON_COST * (1 - MARGIN_PCT / 100), _ex("harga_margin.m_dikurangi"))],
    explanation=_ex("harga_margin.explain"),
)

def _pct_text(fn_name: str, value: float) -> str:
    from ikm_kit import costing

    return str(round(getattr(costing, fn_name)(value)))


choice(
    "04.margin_ke_markup", lambda: _pct_text("margin_to_markup", 20),          # 25
    hints=_hints("margin_ke_markup", 1),
    mistakes=[("20", _ex("margin_ke_markup.m_sama")),
              (lambda: _pct_text("markup_to_margin", 20), _ex("margin_ke_markup.m_terbalik"))],  # 17
    explanation=_ex("margin_ke_markup.explain"),
)


KURSI_MARKUP = 40   # exercise 04.harga_markup_kursi


def _kursi_markup(base: str = "full", method: str = "markup") -> float:
    from ikm_kit.costing import price_from_margin, price_from_markup

    r = _kursi_hpp()
    cost = r.hpp_full if base == "full" else r.hpp_variable
    fn = price_from_markup if method == "markup" else price_from_margin
    return fn(cost, KURSI_MARKUP)


numeric(
    "04.harga_markup_kursi", _kursi_markup, tol=0.002, unit="Rp",
    hints=_hints("harga_markup_kursi"),
    mistakes=[(lambda: _kursi_markup("full", "margin"), _ex("harga_markup_kursi.m_margin")),
              (lambda: _kursi_markup("variable", "markup"), _ex("harga_markup_kursi.m_variabel"))],
    explanation=_ex("harga_markup_kursi.explain"),
)


def _target(include_fixed: bool = True, per_unit: bool = True) -> float:
    r = _kursi_hpp()
    q = r.units_per_month
    fixed = r.fixed_cost if include_fixed else 0.0
    return r.variable_cost + (fixed + TARGET_PROFIT) / q if per_unit else r.variable_cost + fixed / q + TARGET_PROFIT


numeric(
    "04.harga_target", _target, tol=0.002, unit="Rp",
    hints=_hints("harga_target"),
    mistakes=[(lambda: _target(include_fixed=False), _ex("harga_target.m_lupa_tetap")),
              (lambda: _target(per_unit=False), _ex("harga_target.m_tidak_dibagi"))],
    explanation=_ex("harga_target.explain"),
)

MARKET_PRODUCTS = ("MB01", "MB02", "MB03", "MB04", "MB05")


def _above_market() -> set[str]:
    from ikm_kit.costing import compare_with_market, hpp, price_from_markup, product_from_catalogue

    out = set()
    for pid in MARKET_PRODUCTS:
        r = hpp(product_from_catalogue(pid))
        if compare_with_market(price_from_markup(r.hpp_full, 30), product_id=pid).position == "above":
            out.add(pid)
    return out


choice(
    "04.posisi_pasar", _above_market,
    hints=_hints("posisi_pasar"),
    mistakes=[(set(), _ex("posisi_pasar.m_kosong"))],
    explanation=_ex("posisi_pasar.explain"),
)

# ================================================================== notebook 04_risiko_dan_excel


def _wood_rise() -> float:
    from ikm_kit.costing import tornado

    row = tornado(_lemari(), pct=WOOD_RISE_PCT, output="hpp_full", inputs=["harga_kayu"]).iloc[0]
    return float(row["output_high"])


numeric(
    "04.kayu_naik", _wood_rise, tol=0.002, unit="Rp",
    hints=_hints("kayu_naik"),
    mistakes=[(lambda: _lemari_hpp().hpp_full * (1 + WOOD_RISE_PCT / 100), _ex("kayu_naik.m_semua_naik")),
              (lambda: _lemari_hpp().hpp_full + _lemari_hpp().bbb * WOOD_RISE_PCT / 100,
               _ex("kayu_naik.m_semua_bahan"))],
    explanation=_ex("kayu_naik.explain"),
)


def _largest_input() -> str:
    from ikm_kit.costing import tornado

    return str(tornado(_lemari(), pct=WOOD_RISE_PCT, output="hpp_full").iloc[0]["input"])


choice(
    "04.input_terbesar", _largest_input,
    hints=_hints("input_terbesar", 1),
    mistakes=[("harga_kayu", _ex("input_terbesar.m_kayu")),
              ("tarif_listrik", _ex("input_terbesar.m_listrik"))],
    explanation=_ex("input_terbesar.explain"),
)


def _mc_scenario(mode: float = 2):
    """Default uncertainty of the lemari with a slow market: volume 1–4, most often ``mode``."""
    from ikm_kit.costing import Triangular, default_uncertainty

    unc = default_uncertainty(_lemari())
    unc["volume"] = Triangular(1, mode, 4)
    return unc


def _prob_loss(mode: float = 2) -> float:
    from ikm_kit.costing import monte_carlo

    return monte_carlo(_lemari(), _mc_scenario(mode), n=MC_DRAWS, seed=MC_SEED).prob_loss


# The probability as a fraction (0,21) or in percent ("21 %", 21): both read by the checker;
# the probability of *profit* and the old scenario get their own explanations.
numeric(
    "04.peluang_rugi", _prob_loss, tol=0.005, rel=False, share="fraction",
    hints=_hints("peluang_rugi"),
    mistakes=[(lambda: 1 - _prob_loss(), _ex("peluang_rugi.m_kebalikan")),
              (lambda: _prob_loss(3), _ex("peluang_rugi.m_skenario_lama"))],
    explanation=_ex("peluang_rugi.explain"),
)


def _portfolio():
    from ikm_kit.costing import hpp, portfolio, product_from_catalogue

    fixed = _lemari_hpp().fixed_cost     # one workshop: rent + depreciation, shared by all products
    return portfolio([product_from_catalogue(pid) for pid in MARKET_PRODUCTS], fixed_cost=fixed)


def _best_per_machine_hour() -> str:
    table = _portfolio().table
    return str(table.sort_values("cm_per_machine_hour", ascending=False).iloc[0]["product"])


def _best_per_unit() -> str:
    table = _portfolio().table
    return str(table.sort_values("contribution_margin", ascending=False).iloc[0]["product"])


choice(
    "04.produk_jam_mesin", _best_per_machine_hour,
    hints=_hints("produk_jam_mesin"),
    mistakes=[(_best_per_unit, _ex("produk_jam_mesin.m_per_unit"))],
    explanation=_ex("produk_jam_mesin.explain"),
)

choice(
    "04.sel_excel", "input_kuning",
    hints=_hints("sel_excel", 1),
    mistakes=[("hpp_hijau", _ex("sel_excel.m_rumus")), ("info", _ex("sel_excel.m_info"))],
    explanation=_ex("sel_excel.explain"),
)

__all__: list[str] = []
