"""The seeded virtual production line."""
import numpy as np
import pandas as pd
import pytest

from ikm_kit.errors import IkmError, SimulationError
from ikm_kit.quality import xbar_r
from ikm_kit.quality.production_line import PRESETS, ProductionLine


def test_same_seed_same_line_in_any_order():
    a = ProductionLine(preset="panjang_kaki_meja", seed=1, shift_at_hour=20, shift_size_sigma=1.5)
    b = ProductionLine(preset="panjang_kaki_meja", seed=1, shift_at_hour=20, shift_size_sigma=1.5)
    late_first = b.sample(30)
    pd.testing.assert_frame_equal(a.run(40), b.run(40))
    pd.testing.assert_frame_equal(a.sample(30), late_first)
    c = ProductionLine(preset="panjang_kaki_meja", seed=2)
    assert not np.array_equal(a.sample(3)["value"], c.sample(3)["value"])


def test_step_shift_changes_the_mean_from_that_hour():
    line = ProductionLine(seed=5, shift_at_hour=20, shift_size_sigma=1.5)
    assert line.true_mean(19) == 720.0 and line.true_mean(20) == pytest.approx(720.0 + 1.5 * 0.5)
    assert line.change_hour == 20
    data = line.subgroups(60)
    before, after = data[:20].mean(), data[20:].mean()
    assert after - before == pytest.approx(0.75, abs=0.15)


def test_shift_is_detected_by_phase_two_chart():
    line = ProductionLine(seed=3, shift_at_hour=25, shift_size_sigma=2.0)
    phase1 = xbar_r(line.subgroups(25))
    phase2 = xbar_r(line.subgroups(40, start=25), limits=phase1)
    assert not phase2.in_control


def test_drift_wear_defects_and_presets():
    line = ProductionLine(preset="berat_kemasan", seed=1, drift_per_hour=-0.05, tool_wear_per_hour=0.1,
                          defect_rate=0.5)
    assert line.true_mean(10) == pytest.approx(101.5 - 0.5)
    assert line.true_sd(10) == pytest.approx(0.8 * 2)
    df = line.run(50)
    assert 0.35 < df["defect"].mean() < 0.65
    assert set(df.columns) == {"hour", "unit_no", "value", "defect", "out_of_spec"}
    moist = ProductionLine(preset="kadar_air_kayu", seed=0)
    assert moist.unit == "%" and moist.sample(0).shape[0] == PRESETS["kadar_air_kayu"].subgroup_size
    assert ProductionLine(seed=1).with_settings(sd=1.0).sd == 1.0


@pytest.mark.parametrize("kwargs", [
    {"preset": "kursi"}, {"sd": 0}, {"sd": -1}, {"defect_rate": 1.5}, {"seed": -1},
    {"shift_at_hour": -3}, {"shifts": [(1,)]}, {"subgroup_size": 0}, {"mean": "tujuh"},
])
def test_bad_settings_raise_simulation_error(kwargs):
    with pytest.raises(SimulationError):
        ProductionLine(**kwargs)


def test_bad_hours():
    line = ProductionLine(seed=1)
    for bad in (-1, 2.5, "satu"):
        with pytest.raises(IkmError):
            line.sample(bad)
    with pytest.raises(SimulationError):
        line.run(0)
