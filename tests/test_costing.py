"""Costing computation: published worked examples, hand-checked examples, bad input."""
from __future__ import annotations

import re

import numpy as np
import pytest

import ikm_kit
from ikm_kit.costing import (
    Asset, BatchYield, CostModel, LabourInput, MachineUse, Material, Normal, Overhead, Triangular, Uniform,
    WoodPart, break_even, compare_with_market, default_uncertainty, examples, hpp, margin_of_safety,
    margin_pct, margin_to_markup, markup_pct, markup_to_margin, markup_vs_margin, monte_carlo, portfolio,
    price_from_margin, price_from_markup, product_from_catalogue, profit_at, sensitivity_inputs,
    target_profit_price, tornado,
)
from ikm_kit.costing.sensitivity import _check_consistency
from ikm_kit.errors import DataError, IkmError, InputError, SimulationError


def no_missing_key(text: str) -> bool:
    """t() returns the key itself when a string is missing: catch 'costing.area.key'."""
    return re.search(r"\bcosting\.[a-z_]+\.[a-z_]", text) is None


@pytest.fixture(autouse=True)
def _indonesian():
    ikm_kit.set_language("id")
    yield
    ikm_kit.set_language("id")


# --------------------------------------------------------------------------- published examples

def test_bep_idxchannel_example():
    """idxchannel.com "contoh cara menghitung break even point" (brief §2, [V]):
    FC Rp140 jt/bulan, VC Rp75.000 (BBB 35k + BTKL 25k + lain 15k), P Rp95.000.
    BEP unit = 140.000.000 / (95.000 − 75.000) = 7.000 unit;
    BEP Rp = 140.000.000 / (20.000/95.000) = 7.000 × 95.000 = Rp665.000.000."""
    r = break_even(140_000_000, 95_000, 75_000)
    assert r.units == pytest.approx(7_000)
    assert r.revenue == pytest.approx(665_000_000)
    assert r.contribution_margin == 20_000
    assert r.cm_ratio == pytest.approx(20_000 / 95_000)
    # BEP Rp via the ratio formula gives the same
    assert 140_000_000 / r.cm_ratio == pytest.approx(r.revenue)
    # same example as a full product model
    m = examples.idx_example()
    res = hpp(m)
    assert res.bbb == 35_000 and res.btkl == pytest.approx(25_000) and res.bop_variable == 15_000
    assert res.variable_cost == pytest.approx(75_000)
    assert res.break_even().units == pytest.approx(7_000)
    assert res.profit_per_month == pytest.approx(0, abs=1e-6)   # planned volume = BEP
    assert res.hpp_full == pytest.approx(75_000 + 140_000_000 / 7_000)  # = 95.000


def test_markup_vs_margin_beginisob_example():
    """beginisob.com (2025-12, "cara menghitung harga jual produk", [V]): cost Rp10.000;
    markup 30 % → 10.000 × 1,3 = Rp13.000; margin 30 % → 10.000 / 0,7 = Rp14.286."""
    assert price_from_markup(10_000, 30) == pytest.approx(13_000)
    assert round(price_from_margin(10_000, 30)) == 14_286
    df = markup_vs_margin(10_000, 30)
    assert df["method"].tolist() == ["markup", "margin"]
    assert df["price"].round().tolist() == [13_000, 14_286]
    # the markup price is only a 23,1 % margin; the margin price is a 42,9 % markup
    assert df.loc[0, "margin_pct"] == pytest.approx(300 / 13)
    assert df.loc[1, "markup_pct"] == pytest.approx(300 / 7)
    assert markup_pct(13_000, 10_000) == pytest.approx(30)
    assert margin_pct(14_285.714285, 10_000) == pytest.approx(30, abs=1e-6)
    assert markup_to_margin(30) == pytest.approx(300 / 13)
    assert margin_to_markup(30) == pytest.approx(300 / 7)


# --------------------------------------------------------------------------- hand-checked examples

def test_lemari_2_badan_by_hand():
    """Lemari 2 badan (illustrative; sourced prices, assumed quantities), batch = 1 unit.

    Wood, Rp1.600.000/m3 (Konsel 2021 [V]), +20 % waste:
      samping 1800×500×20 ×2 = 0,036 m3; atas/bawah 1000×500×20 ×2 = 0,020;
      belakang 1800×1000×10 ×1 = 0,018; pintu 1800×500×20 ×2 = 0,036; rak 1000×500×20 ×4 = 0,040
      net 0,150 m3 × 1,2 = 0,180 m3 × 1.600.000 = Rp288.000
    Hardware 4×10.000 + 35.000 + 2×15.000 + 20.000 = Rp125.000
    Finishing 30.000 + 5×5.000 + 85.000 = Rp140.000      → BBB = Rp553.000
    BTKL: UMK 2022 Rp2.823.315 ÷ 25 = Rp112.932,60/day; 2 people × 5 days = Rp1.129.326
    BOP variable: table saw 2 h × Rp15.000 + 2 h × 2,2 kW × Rp1.444,70 = 30.000 + 6.356,68 = Rp36.356,68
    Variable cost = 553.000 + 1.129.326 + 36.356,68 = Rp1.718.682,68   (HPP variable costing)
    Fixed/month: rent 10.000.000/12 = 833.333,33 + tools 6.000.000/5/12 = 100.000 → Rp933.333,33
    4 units/month → BOP tetap 233.333,33/unit → HPP full costing Rp1.952.016,01
    Price Rp2.200.000 (Konsel 2021 [V]): CM 481.317,32; BEP = 933.333,33/481.317,32 = 1,939 unit;
    profit at 4 units = 4 × 481.317,32 − 933.333,33 = Rp991.935,95."""
    r = hpp(examples.lemari_2_badan())
    wood = sum(m.cost for m in r.model.materials if m.kind == "kayu")
    assert sum(m.volume_m3 for m in r.model.materials if m.kind == "kayu") == pytest.approx(0.150)
    assert wood == pytest.approx(288_000)
    assert r.bbb == pytest.approx(553_000)
    assert r.btkl == pytest.approx(1_129_326)
    assert r.bop_variable == pytest.approx(36_356.68)
    assert r.hpp_variable == pytest.approx(1_718_682.68)
    assert r.fixed_cost == pytest.approx(933_333.3333)
    assert r.bop_fixed == pytest.approx(233_333.3333)
    assert r.hpp_full == pytest.approx(1_952_016.0133)
    bep = r.break_even()
    assert bep.units == pytest.approx(1.93912, rel=1e-5)
    assert r.profit_per_month == pytest.approx(991_935.9467)
    assert bep.planned_units == 4
    # at the old price Rp1,8 jt the planned 4 units are below break-even → loss
    old = hpp(examples.lemari_2_badan(price=1_800_000))
    assert old.break_even().units == pytest.approx(933_333.3333 / 81_317.32)
    assert old.profit_per_month < 0
    # breakdown table adds up
    b = r.breakdown().set_index("component")
    assert b.loc[["bbb", "btkl", "bop_variable", "bop_fixed"], "full_costing"].sum() == pytest.approx(r.hpp_full)
    assert b.loc["bop_fixed", "variable_costing"] == 0
    # lines sum to the totals
    assert r.lines["per_unit"].sum() == pytest.approx(r.hpp_full)
    assert r.lines.loc[r.lines.behaviour == "tetap", "per_month"].sum() == pytest.approx(r.fixed_cost)


def test_abon_ikan_by_hand():
    """Abon ikan 100 g (illustrative). Batch: 10 kg cakalang, 60 % edible → 6 kg, 50 % shrinkage
    in cooking/frying → 3 kg abon ÷ 0,1 kg = 30 packs.
    BBB: ikan 10 × 25.000 = 250.000 (TPI Kendari 2023 [V]); bumbu 60.000; gula 15.000;
         minyak 2 × 18.000 = 36.000; kelapa 3 × 10.000 = 30.000; pouch 30 × 1.500 = 45.000 → 436.000
    BTKL: 2 orang × 1 hari × 112.932,60 = 225.865,20
    BOP variable: LPG 22.000 + spinner 1 h × (10.000 + 0,25 kW × 1.444,70) = 22.000 + 10.361,175
    per pack: (436.000 + 225.865,20 + 32.361,175)/30 = 694.226,375/30 = 23.140,88 (variable costing)
    Fixed: rent 833.333,33 + cooking tools 3.000.000/3/12 = 83.333,33 → 916.666,67/month;
    8 batches = 240 packs → 3.819,44/pack → HPP full costing 26.960,32.
    Price Rp30.000 (top of Rp20–30k [P]) → CM 6.859,12; BEP = 916.666,67/6.859,12 = 133,6 packs."""
    m = examples.abon_ikan()
    assert m.batch_yield == BatchYield(10, 60, 50, 0.1)
    assert m.effective_batch_size == pytest.approx(30)
    r = hpp(m)
    assert r.bbb_batch == pytest.approx(436_000)
    assert r.btkl_batch == pytest.approx(225_865.2)
    assert r.bop_variable_batch == pytest.approx(32_361.175)
    assert r.hpp_variable == pytest.approx(694_226.375 / 30)
    assert r.fixed_cost == pytest.approx(916_666.6667)
    assert r.bop_fixed == pytest.approx(916_666.6667 / 240)
    assert r.hpp_full == pytest.approx(26_960.3236, rel=1e-8)
    assert r.break_even().units == pytest.approx(133.642, rel=1e-4)
    # the yield drives the unit cost: 50 % edible instead of 60 % → 25 packs per batch
    worse = m.replace(batch_yield=BatchYield(10, 50, 50, 0.1), units_per_month=200)
    assert hpp(worse).hpp_variable == pytest.approx(694_226.375 / 25)


def test_labour_rate_and_wood_part_and_depreciation():
    lab = LabourInput("Tukang", days_per_batch=2, hours_per_batch=4, workers=3)
    assert lab.daily_rate == pytest.approx(2_823_315 / 25)
    # 7 working hours a day (data/parameters.csv jam_kerja_per_hari): 112.932,60 ÷ 7 = 16.133,23 per hour
    assert lab.hourly_rate == pytest.approx(2_823_315 / 25 / 7)
    assert lab.cost == pytest.approx(3 * (2 * 112_932.6 + 4 * 112_932.6 / 7))
    part = WoodPart("Papan", 2000, 200, 30, pieces=5, price_per_m3=1_600_000, waste_pct=10)
    assert part.volume_m3 == pytest.approx(0.06)
    assert part.cost == pytest.approx(0.06 * 1.1 * 1_600_000)
    assert Asset("Mesin", 12_000_000, 2_000_000, 5).depreciation_per_month == pytest.approx(10_000_000 / 60)
    mc = MachineUse("Planer", 1.5, fee_per_hour=20_000, power_kw=3, tariff=1_114.74)
    assert mc.cost == pytest.approx(1.5 * 20_000 + 4.5 * 1_114.74)
    assert Overhead("Label", 500, "unit").variable_per_batch(20) == 10_000


def test_full_costing_allocation_per_machine_hour():
    m = examples.lemari_2_badan().replace(allocation="jam mesin", machine_hours_per_month=40)
    r = hpp(m)
    # fixed 933.333,33 / 40 h = 23.333,33 per machine hour × 2 h per lemari
    assert r.bop_fixed == pytest.approx(933_333.3333 / 40 * 2)
    assert r.hpp_variable == pytest.approx(1_718_682.68)
    with pytest.raises(InputError, match="jam mesin"):
        hpp(m.replace(machine_hours_per_month=0))


def test_full_ge_variable_and_interpretation_text():
    for m in (examples.lemari_2_badan(), examples.abon_ikan(), examples.idx_example()):
        r = hpp(m)
        assert r.hpp_full >= r.hpp_variable
        text = r.interpretation()
        assert "full costing" in text and "Titik impas" in text
        html = r._repr_html_()
        assert "Harga pokok produksi" in html and no_missing_key(html)
    ikm_kit.set_language("en")
    assert "Break-even" in hpp(examples.lemari_2_badan()).interpretation()


def test_break_even_helpers():
    r = break_even(140_000_000, 95_000, 75_000, planned_units=8_000)
    assert r.profit_at(8_000) == pytest.approx(20_000_000)
    assert np.allclose(r.profit_at(np.array([0, 7_000])), [-140_000_000, 0])
    assert r.margin_of_safety_ratio == pytest.approx(1 / 8)
    assert r.margin_of_safety()["revenue"] == pytest.approx(1_000 * 95_000)
    assert r.units_for_profit(20_000_000) == pytest.approx(8_000)
    assert margin_of_safety(8_000, 7_000) == pytest.approx(0.125)
    assert profit_at(8_000, 140_000_000, 95_000, 75_000) == pytest.approx(20_000_000)
    tab = r.table(points=11)
    assert tab.loc[tab["profit"].abs().idxmin(), "units"] == pytest.approx(7_000, rel=0.15)
    assert no_missing_key(r._repr_html_())
    assert target_profit_price(140_000_000, 75_000, 7_000) == pytest.approx(95_000)
    assert target_profit_price(140_000_000, 75_000, 7_000, 14_000_000) == pytest.approx(97_000)


def test_market_comparison():
    c = compare_with_market(1_952_016, 1_800_000, 2_200_000)
    assert c.position == "within" and 0 < c.position_ratio < 1
    assert compare_with_market(2_500_000, 1_800_000, 2_200_000).position == "above"
    assert "kisaran harga pasar" in c.interpretation()
    with pytest.raises(InputError):
        compare_with_market(100, 300, 200)
    with pytest.raises(InputError):
        compare_with_market(100)


# --------------------------------------------------------------------------- sensitivity

def test_decomposition_matches_hpp():
    models = [examples.lemari_2_badan(), examples.abon_ikan(), examples.idx_example(),
              examples.lemari_2_badan().replace(allocation="jam_mesin", machine_hours_per_month=30)]
    for m in models:
        assert _check_consistency(m) < 1e-6


def test_tornado():
    m = examples.lemari_2_badan()
    df = tornado(m, pct=10)
    assert df["swing"].is_monotonic_decreasing
    assert df.iloc[0]["input"] == "upah"       # labour dominates a hand-made wardrobe
    row = df.set_index("input").loc["upah"]
    # ±10 % wage changes HPP by ±10 % of BTKL = ±112.932,6
    assert row["output_high"] - row["output_base"] == pytest.approx(112_932.6)
    assert "ukuran_batch" not in df["input"].tolist()   # batch of one is left out
    prof = tornado(m, pct=20, output="profit")
    assert prof.iloc[0]["input"] == "harga_jual"
    assert set(sensitivity_inputs(m)["input"]) >= {"harga_kayu", "upah", "tarif_listrik", "biaya_tetap"}
    assert "ukuran_batch" in tornado(examples.abon_ikan())["input"].tolist()
    with pytest.raises(InputError):
        tornado(m, inputs=["tidak_ada"])
    with pytest.raises(InputError):
        tornado(m, output="omzet")


def test_monte_carlo_seeded_and_progress():
    m = examples.lemari_2_badan()
    unc = {"harga_kayu": Triangular(1_400_000, 1_600_000, 1_800_000), "tarif_listrik": Uniform(1_114.74, 1_444.70),
           "upah": Normal(2_823_315, 50_000), "volume": Triangular(2, 4, 5)}
    seen: list[float] = []
    a = monte_carlo(m, unc, n=50_000, seed=7, progress=seen.append, chunk_size=10_000)
    b = monte_carlo(m, unc, n=50_000, seed=7, chunk_size=50_000)
    assert np.array_equal(a.samples["hpp_full"].to_numpy(), b.samples["hpp_full"].to_numpy())
    assert seen == pytest.approx([0.2, 0.4, 0.6, 0.8, 1.0])
    assert 0 <= a.prob_loss <= 1
    pct = a.percentiles()
    assert pct.loc["hpp_full", "p5"] < pct.loc["hpp_full", "p50"] < pct.loc["hpp_full", "p95"]
    # wood price mean 1,6 jt → mean HPP close to the base except volume effects
    assert a.samples["harga_kayu"].mean() == pytest.approx(1_600_000, rel=0.01)
    # profit: loss whenever volume < BEP (1,94 units) → compare with the drawn volumes
    bep_like = a.samples["profit"] < 0
    assert bep_like.mean() == a.prob_loss
    assert "Peluang rugi" in a.interpretation() and no_missing_key(a._repr_html_())
    # monotone check: with price certain and only cost uncertain, P(loss) = 0 at 4 units
    only_cost = monte_carlo(m, {"harga_kayu": Triangular(1_400_000, 1_600_000, 1_800_000)}, n=1_000, seed=1)
    assert only_cost.prob_loss == 0.0
    assert monte_carlo(m, n=100, seed=1).n == 100    # default uncertainty
    assert set(default_uncertainty(m)) >= {"harga_kayu", "tarif_listrik", "harga_jual"}



def test_monte_carlo_bad_input():
    m = examples.lemari_2_badan()
    with pytest.raises(SimulationError):
        monte_carlo(m, n=0)
    with pytest.raises(InputError):
        monte_carlo(m, {"tidak_ada": Uniform(1, 2)})
    with pytest.raises(InputError):
        monte_carlo(m, {"upah": (1, 2)})
    with pytest.raises(SimulationError, match="negatif"):
        monte_carlo(m, {"upah": Uniform(-1, 2)}, n=100)
    with pytest.raises(InputError):
        Triangular(3, 1, 2)
    with pytest.raises(InputError):
        Uniform(2, 2)


# --------------------------------------------------------------------------- portfolio

def test_portfolio_contribution_per_machine_hour():
    """Lemari: CM 481.317,32 / 2 h = 240.658,66 per machine hour.
    Abon: CM 6.859,12 per pack; 1 h per 30 packs → 205.773,63 per machine hour."""
    p = portfolio([examples.lemari_2_badan(), examples.abon_ikan()], fixed_cost=2_000_000,
                  machine_hours_available=40)
    tab = p.table.set_index("product")
    assert tab.iloc[0]["cm_per_machine_hour"] == pytest.approx(240_658.66)
    assert tab.iloc[1]["cm_per_machine_hour"] == pytest.approx(205_773.625)
    assert p.best_per_machine_hour == "Lemari 2 badan (ilustrasi)"
    assert p.total_contribution == pytest.approx(4 * 481_317.32 + 240 * 6_859.120833)
    assert p.profit == pytest.approx(p.total_contribution - 2_000_000)
    assert p.break_even_revenue == pytest.approx(2_000_000 / p.cm_ratio)
    assert p.machine_hours_used == pytest.approx(16)
    assert no_missing_key(p._repr_html_())
    # default fixed cost: the products' own fixed costs added up
    q = portfolio([examples.lemari_2_badan(), examples.abon_ikan()])
    assert q.fixed_cost == pytest.approx(933_333.3333 + 916_666.6667)
    # a higher abon price turns the ranking
    r = portfolio([examples.lemari_2_badan(), examples.abon_ikan()], prices=[2_200_000, 35_000])
    assert r.best_per_machine_hour == "Abon ikan 100 g (ilustrasi)"
    with pytest.raises(InputError):
        portfolio([])
    with pytest.raises(InputError):
        portfolio([examples.abon_ikan()], volumes=[1, 2])


# --------------------------------------------------------------------------- bad input

@pytest.mark.parametrize("call, fragment", [
    (lambda: break_even(1_000, 75_000, 75_000), "harus lebih tinggi dari biaya variabel"),
    (lambda: break_even(1_000, 50_000, 75_000), "Titik impas tidak ada"),
    (lambda: break_even(-1, 95_000, 75_000), "tidak boleh negatif"),
    (lambda: break_even("seratus", 95_000, 75_000), "harus berupa angka"),
    (lambda: Material("Engsel", -4, 10_000), "tidak boleh negatif"),
    (lambda: WoodPart("Papan", 1000, -5, 20), "tidak boleh negatif"),
    (lambda: CostModel("Kursi", batch_size=0), "harus lebih besar dari 0"),
    (lambda: CostModel("", batch_size=1), "wajib diisi"),
    (lambda: Material("Kaca", 1, 10_000, kind="kaca"), "tidak dikenal"),
    (lambda: Overhead("Sewa", 100, "minggu"), "tidak dikenal"),
    (lambda: CostModel("X", materials=["kayu jati"]), "tidak dikenal"),
    (lambda: LabourInput("Tukang", working_days=0), "harus lebih besar dari 0"),
    (lambda: Asset("Mesin", 1_000, 2_000, 5), "Nilai sisa"),
    (lambda: BatchYield(10, 120, 0, 0.1), "tidak boleh lebih dari 100"),
    (lambda: price_from_margin(10_000, 100), "harus kurang dari 100"),
    (lambda: hpp("bukan model"), "tidak dikenal"),
    (lambda: CostModel("X", market_low=300, market_high=200), "Harga pasar terendah"),
])
def test_bad_input_raises_indonesian(call, fragment):
    with pytest.raises(IkmError) as exc:
        call()
    assert fragment in str(exc.value)


def test_unknown_catalogue_product():
    with pytest.raises((DataError, InputError)):
        product_from_catalogue("TIDAK-ADA-999")


def test_strings_exist_in_both_languages():
    from ikm_kit.i18n import catalogue

    cat = {k: v for k, v in catalogue().items() if k.startswith("costing.")}
    assert len(cat) > 100
    for key, texts in cat.items():
        assert texts.get("id") and texts.get("en"), key
