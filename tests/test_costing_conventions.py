"""Issue 19: wood price units in the sensitivity analysis; one source for the hours in a working day.

Expected numbers are first-principles calculations written out in each test.
"""
import numpy as np
import pandas as pd
import pytest

from ikm_kit.costing import (CostModel, LabourInput, Material, Triangular, catalogue, hpp, monte_carlo,
                             sensitivity_inputs, tornado)
from ikm_kit.costing.sensitivity import _check_consistency, _Components, is_cubic_metre


def _mixed_model():
    """One solid-wood part 0,05 m³ × Rp 2.000.000/m³ = Rp 100.000 and 3 plywood sheets × Rp 70.000 =
    Rp 210.000 per batch of 1 unit; no other costs."""
    return CostModel("Lemari uji", batch_size=1, units_per_month=1,
                     materials=[Material("Papan jati", 0.05, 2_000_000, unit="m3", kind="kayu"),
                                Material("Tripleks", 3, 70_000, unit="lembar", kind="kayu")])


def test_sheets_are_not_counted_as_cubic_metres():
    """Base m³ price = Rp 100.000 ÷ 0,05 m³ = Rp 2.000.000/m³ (the old code averaged the sheets in:
    (100.000 + 210.000) ÷ (0,05 + 3) = Rp 101.639/m³); the sheets are their own input, Rp 210.000/batch."""
    base = sensitivity_inputs(_mixed_model()).set_index("input")["base"]
    assert base["harga_kayu"] == pytest.approx(2_000_000)
    assert base["kayu_lain"] == pytest.approx(210_000)
    assert _check_consistency(_mixed_model()) < 1e-6


def test_wood_price_change_scales_only_m3_lines():
    """+10 % on the m³ price: HPP 310.000 → 310.000 + 0,10 × 100.000 = 320.000 (sheets unchanged)."""
    row = tornado(_mixed_model(), pct=10, inputs=["harga_kayu"]).iloc[0]
    assert row["output_base"] == pytest.approx(310_000)
    assert row["output_high"] == pytest.approx(320_000)
    assert row["output_low"] == pytest.approx(300_000)
    # Monte Carlo at a fixed m³ price of 2,2 jt (a degenerate triangle is not allowed: 2,2 ± 1 Rp)
    r = monte_carlo(_mixed_model(), {"harga_kayu": Triangular(2_199_999, 2_200_000, 2_200_001)}, n=1000, seed=1)
    assert r.samples["hpp_full"].mean() == pytest.approx(0.05 * 2_200_000 + 210_000, rel=1e-6)


def test_shipped_wardrobe_with_plywood_back():
    """MB04 (data/bom.csv): five solid parts 0,0486 + 0,018 + 0,020736 + 0,03024 + 0,01296 m³ at
    Rp 1,6 jt/m³ plus 2 sheets 'Tripleks belakang' in lembar.  The docstring's Triangular(1,4; 1,6;
    1,8 jt)/m³ has mean 1,6 jt = the base price, so the mean HPP equals the deterministic HPP (the old
    mixed-unit price gave a mean of ≈ 5 jt)."""
    m = catalogue.product_from_catalogue("MB04")
    base = sensitivity_inputs(m).set_index("input")["base"]
    assert base["harga_kayu"] == pytest.approx(1_600_000)
    assert base["kayu_lain"] == pytest.approx(2 * 65_000 * 1.10)          # 10 % waste on the sheets
    r = monte_carlo(m, {"harga_kayu": Triangular(1_400_000, 1_600_000, 1_800_000)}, n=100_000, seed=1)
    assert r.samples["hpp_full"].mean() == pytest.approx(hpp(m).hpp_full, rel=2e-3)


@pytest.mark.parametrize("unit, cubic", [("m3", True), ("M³", True), ("", True), ("meter kubik", True),
                                         ("lembar", False), ("batang", False)])
def test_unit_names(unit, cubic):
    assert is_cubic_metre(unit) is cubic
