"""Issue 16 — the tenant's own business in costing: owner's wage, production ≠ sales
(full vs variable costing), whole-unit BEP and prices per sales channel.

Every expected value is a hand calculation written out below (textbook
absorption-vs-variable costing reconciliation, e.g. Horngren, *Cost Accounting*,
ch. "Inventory costing": operating income difference = fixed manufacturing
overhead in ending inventory − in beginning inventory).
"""
from __future__ import annotations

import math

import pandas as pd
import pytest

from ikm_kit.costing import (
    UMK_KENDARI_2022, Asset, CostModel, Material, Overhead, break_even, channel_prices, examples, from_excel, hpp,
    load_channels, to_excel,
)
from ikm_kit.errors import InputError


def _meja(**kw) -> CostModel:
    # batch of 1; material Rp200.000/unit; rent Rp1.000.000/month; owner's wage Rp2.000.000/month
    base = dict(name="Meja", batch_size=1, units_per_month=8, units_produced_per_month=10, price=700_000,
                materials=[Material("Kayu", 1, 200_000)], overheads=[Overhead("Sewa", 1_000_000, "bulan")],
                owner_wage_rp_per_month=2_000_000)
    base.update(kw)
    return CostModel(**base)


def test_full_vs_variable_profit_with_stock_increase():
    r = hpp(_meja())
    # fixed costs F = 1.000.000 + 2.000.000 = 3.000.000 per month
    assert r.fixed_cost == 3_000_000
    # full costing spreads F over 10 units produced: 300.000 per unit (100.000 BOP + 200.000 owner's wage)
    assert r.bop_fixed == pytest.approx(100_000)
    assert r.owner_wage == pytest.approx(200_000)
    assert r.hpp_full == pytest.approx(500_000)          # 200.000 + 300.000
    assert r.hpp_variable == pytest.approx(200_000)
    # variable costing: 8 × (700.000 − 200.000) − 3.000.000 = 1.000.000
    assert r.profit_variable_per_month == pytest.approx(1_000_000)
    # full costing: 8 × (700.000 − 500.000) = 1.600.000 (all of F absorbed by the 10 units made)
    assert r.profit_full_per_month == pytest.approx(1_600_000)
    # the difference is the fixed cost in the 2 units added to stock: 2 × 300.000 = 600.000
    assert r.fixed_in_stock == pytest.approx(600_000)
    rec = r.reconciliation().set_index("item")
    assert rec["rp"].tolist() == pytest.approx([1_000_000, 600_000, 0, 1_600_000])
    assert rec.loc["fixed_closing_stock", "units"] == 2
    assert rec.loc["profit_variable", "rp"] + rec.loc["fixed_closing_stock", "rp"] \
        + rec.loc["fixed_opening_stock", "rp"] == pytest.approx(rec.loc["profit_full", "rp"])
    pl = r.income_statements().set_index("item")
    # full: 5.600.000 − 1.600.000 − 2.400.000 − 0 = 1.600.000; variable: 5.600.000 − 1.600.000 − 3.000.000
    assert pl["full_costing"].tolist() == pytest.approx([5_600_000, -1_600_000, -2_400_000, 0, 1_600_000])
    assert pl["variable_costing"].tolist() == pytest.approx([5_600_000, -1_600_000, 0, -3_000_000, 1_000_000])
    text = r.interpretation()
    assert "Rp 600.000" in text and "Upah pemilik Rp 2.000.000" in text


def test_full_vs_variable_profit_with_stock_decrease():
    r = hpp(_meja(units_produced_per_month=6))
    # 3.000.000 ÷ 6 = 500.000 fixed per unit → HPP full 700.000 = the price
    assert r.hpp_full == pytest.approx(700_000)
    assert r.profit_full_per_month == pytest.approx(0)                 # 8 × (700.000 − 700.000)
    assert r.profit_variable_per_month == pytest.approx(1_000_000)     # unchanged: production does not matter
    # 2 units sold from opening stock release 2 × 500.000 of fixed cost
    rec = r.reconciliation().set_index("item")["rp"]
    assert rec["fixed_opening_stock"] == pytest.approx(-1_000_000)
    assert rec["fixed_closing_stock"] == 0


def test_machine_hour_allocation_keeps_the_identity():
    from ikm_kit.costing import MachineUse

    m = _meja(machines=[MachineUse("Gergaji", 2)], allocation="jam_mesin", machine_hours_per_month=40)
    r = hpp(m)
    # per unit: 3.000.000 ÷ 40 h × 2 h = 150.000; 10 units absorb 1.500.000, 1.500.000 is under-absorbed
    assert r.fixed_per_unit == pytest.approx(150_000)
    assert r.profit_full_per_month == pytest.approx(8 * (700_000 - 350_000) - 1_500_000)
    assert r.profit_full_per_month - r.profit_variable_per_month == pytest.approx(150_000 * 2)


def test_defaults_keep_existing_numbers():
    m = examples.lemari_2_badan()
    assert m.owner_wage_rp_per_month == 0 and m.units_produced_per_month is None
    r = hpp(m)
    assert round(r.hpp_full) == 1_952_016 and round(r.hpp_variable) == 1_718_683
    assert r.profit_full_per_month == pytest.approx(r.profit_per_month)
    assert "owner_wage" not in r.breakdown()["component"].tolist()
    assert r.reconciliation()["rp"].iloc[1:3].abs().sum() == 0


def test_owner_wage_in_hpp_and_bep_of_the_wardrobe():
    base = hpp(examples.lemari_2_badan())
    withw = hpp(examples.lemari_2_badan().replace(owner_wage_rp_per_month=UMK_KENDARI_2022))
    # fixed: rent 10.000.000 ÷ 12 + tools 6.000.000 ÷ 5 ÷ 12 = 933.333,33; + UMK 2022 2.823.315
    assert base.fixed_cost == pytest.approx(10_000_000 / 12 + 100_000)
    assert withw.fixed_cost == pytest.approx(10_000_000 / 12 + 100_000 + 2_823_315)
    # per unit over 4 wardrobes: + 2.823.315 ÷ 4 = 705.828,75
    assert withw.hpp_full - base.hpp_full == pytest.approx(2_823_315 / 4)
    cm = 2_200_000 - base.variable_cost
    b0, b1 = base.break_even(), withw.break_even()
    assert b0.units == pytest.approx(933_333.3333 / cm, rel=1e-6)          # ≈ 1,94
    assert b1.units == pytest.approx(3_756_648.3333 / cm, rel=1e-6)        # ≈ 7,80
    assert (b0.units_whole, b1.units_whole) == (2, 8)
    assert b0.margin_of_safety_ratio > 0.5 > 0 > b1.margin_of_safety_ratio   # 4 planned: safe only without wage
    comp = withw.breakdown().set_index("component")
    assert comp.loc["owner_wage", "full_costing"] == pytest.approx(705_828.75)
    assert comp.loc["owner_wage", "variable_costing"] == 0


def test_units_whole_rounds_up_and_exact_values_stay():
    assert break_even(1_000_000, 500_000, 200_000).units == pytest.approx(3.3333333)
    assert break_even(1_000_000, 500_000, 200_000).units_whole == 4
    assert break_even(140_000_000, 95_000, 75_000).units_whole == 7_000   # exactly 7.000: not 7.001
    assert "4 unit" in break_even(1_000_000, 500_000, 200_000).interpretation()


def test_bad_new_inputs_are_clear():
    with pytest.raises(InputError, match="Upah pemilik"):
        _meja(owner_wage_rp_per_month=-1)
    with pytest.raises(InputError, match="produksi"):
        _meja(units_produced_per_month="banyak")


def test_channel_prices_hand_calculation():
    df = channel_prices(100_000, markup_pct=30).set_index("channel_id")
    # the workshop wants 100.000 × 1,30 = 130.000 in every channel
    assert df["to_workshop_rp"].tolist() == pytest.approx([130_000] * 5)
    assert df.loc["bengkel", "price_rp"] == pytest.approx(130_000)
    # reseller keeps 20 % of ITS selling price: 130.000 ÷ (1 − 0,20) = 162.500 (not 130.000 + 20 % × 100.000)
    assert df.loc["toko_oleh_oleh", "price_rp"] == pytest.approx(162_500)
    assert df.loc["toko_oleh_oleh", "channel_keeps_rp"] == pytest.approx(32_500)
    # marketplace: 6,97 % commission + Rp1.250 per order: (130.000 + 1.250) ÷ (1 − 0,0697) = 141.083,52
    assert df.loc["marketplace", "price_rp"] == pytest.approx(131_250 / 0.9303)
    assert df.loc["marketplace", "fee_rp"] == pytest.approx(131_250 / 0.9303 * 0.0697 + 1_250)
    assert df.loc["konsinyasi", "days_to_cash"] == 30 and df.loc["e_katalog", "days_to_cash"] == 60
    assert df["margin_rp"].tolist() == pytest.approx([30_000] * 5)


def test_channel_prices_same_buyer_price_and_hpp_result():
    df = channel_prices(100_000, ["konsinyasi", "marketplace"], price=150_000).set_index("channel_id")
    # consignment 20 % of 150.000 = 30.000 → 120.000 reaches the workshop, margin 20.000
    assert df.loc["konsinyasi", "to_workshop_rp"] == pytest.approx(120_000)
    assert df.loc["konsinyasi", "margin_rp"] == pytest.approx(20_000)
    assert df.loc["konsinyasi", "margin_pct"] == pytest.approx(20_000 / 150_000 * 100)
    # marketplace 150.000 × 6,97 % + 1.250 = 11.705 kept
    assert df.loc["marketplace", "channel_keeps_rp"] == pytest.approx(11_705)
    r = hpp(_meja())
    res = channel_prices(r, ["bengkel"])            # full-costing HPP 500.000, model markup 30 %
    assert res.loc[0, "hpp_rp"] == pytest.approx(500_000) and res.loc[0, "price_rp"] == pytest.approx(650_000)


def test_channel_table_is_editable_and_checked():
    table = load_channels()
    table.loc[table["channel_id"] == "konsinyasi", "discount_pct"] = 10      # a kinder shop
    df = channel_prices(100_000, table, price=150_000).set_index("channel_id")
    assert df.loc["konsinyasi", "channel_keeps_rp"] == pytest.approx(15_000)
    assert {"source", "mark"} <= set(load_channels().columns)
    assert set(load_channels()["mark"]) <= {"V", "P", "U", "ilustratif"}
    with pytest.raises(InputError, match="tidak dikenal"):
        channel_prices(100_000, ["pasar_malam"])
    bad = table.copy()
    bad.loc[0, "discount_pct"] = 100
    with pytest.raises(InputError, match="100 %"):
        channel_prices(100_000, bad)
    with pytest.raises(InputError, match="kurang kolom"):
        channel_prices(100_000, pd.DataFrame({"channel_id": ["x"]}))


def test_workbook_round_trip_with_owner_wage_and_production(tmp_path):
    m = examples.lemari_2_badan().replace(owner_wage_rp_per_month=UMK_KENDARI_2022, units_produced_per_month=6)
    assert from_excel(to_excel(m, tmp_path / "m.xlsx")) == m
    m0 = examples.lemari_2_badan()
    assert from_excel(to_excel(m0, tmp_path / "m0.xlsx")).units_produced_per_month is None
    assert not math.isnan(hpp(m).profit_full_per_month)


def test_costing_app_owner_wage_and_channel_prices():
    from ikm_kit.widgets.costing import CostingApp

    app = CostingApp(product="contoh_lemari")
    assert app.owner_wage.value == 0 and app.result.owner_wage_month == 0
    assert "Upah pemilik belum dihitung" in app.note.value
    app.owner_wage_umk.click()                                    # propose the UMK 2022 [P]
    assert app.result.owner_wage_month == UMK_KENDARI_2022 == 2_823_315
    assert app.current_model().owner_wage_rp_per_month == 2_823_315
    assert 'ikm-kpi-value">8<' in app.kpis.value                  # BEP 7,80 → 8 whole wardrobes
    html_table = app.channels.value
    assert html_table.count("<tr>") == 1 + 5                      # header + five shipped channels
    # reseller row: (HPP full × 1,30) ÷ 0,80
    target = app.result.hpp_full * 1.30
    from ikm_kit.formats import rupiah

    assert rupiah(target / 0.8) in html_table and rupiah(target) in html_table
    assert app.message.value == ""
