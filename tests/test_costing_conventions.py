"""Issue 19: wood price units in the sensitivity analysis; one source for the hours in a working day.

Expected numbers are first-principles calculations written out in each test.
"""
import pytest

from ikm_kit.costing import (CostModel, LabourInput, Material, Triangular, catalogue, hpp, monte_carlo,
                             sensitivity_inputs, tornado)
from ikm_kit.costing.sensitivity import _check_consistency, is_cubic_metre


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


# ------------------------------------------------------------ (5) one home for the hours in a working day
def test_hours_per_day_comes_from_the_data():
    """data/parameters.csv: jam_kerja_per_hari = 7 (8 hours less one hour's break).  The code has no
    second copy of that number."""
    from ikm_kit import data
    from ikm_kit.costing import HOURS_PER_DAY, PARAMETERS

    p = data.load("parameters")
    assert HOURS_PER_DAY == float(p.loc[p["key"] == "jam_kerja_per_hari", "value"].iloc[0]) == 7
    assert PARAMETERS["hours_per_day"].value == HOURS_PER_DAY
    assert "parameters.csv" in PARAMETERS["hours_per_day"].source


def test_a_working_day_costs_the_day_wage():
    """UMK Kendari 2022 Rp2.823.315 ÷ 25 days = Rp112.932,60 per day; a 7-hour day at the hourly rate
    (÷ 7) costs exactly that day wage (with ÷ 8 it cost 7/8 of it, Rp98.816)."""
    day = LabourInput("Tukang", hours_per_batch=7)
    assert day.hourly_rate == pytest.approx(2_823_315 / 25 / 7)
    assert day.cost == pytest.approx(112_932.60)
    assert LabourInput("Tukang", days_per_batch=1).cost == pytest.approx(day.cost)


def test_excel_workbook_uses_the_same_hours(tmp_path):
    """The workbook's fallback formula divides the day wage by the same 7 hours."""
    from openpyxl import load_workbook

    from ikm_kit.costing import examples
    from ikm_kit.costing.excel import to_excel

    path = to_excel(examples.lemari_2_badan(), tmp_path / "hpp.xlsx")
    formulas = [c.value for ws in load_workbook(path).worksheets for row in ws.iter_rows() for c in row
                if isinstance(c.value, str) and c.value.startswith("=IF(") and "/7" in c.value.replace(" ", "")]
    assert formulas, "no formula divides by the 7 working hours"
    texts = [c.value for ws in load_workbook(path).worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str) and c.value.startswith("=IF(")]
    assert not any("/8," in f.replace(" ", "") for f in texts)
