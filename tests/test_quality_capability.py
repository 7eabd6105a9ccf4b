"""Process capability: textbook example, definitions, properties, bad input."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from scipy.stats import norm

from ikm_kit.errors import DataError, InputError
from ikm_kit.i18n import language
from ikm_kit.quality import capability, sigma_within

REF = Path("/work/shared/reference")


@pytest.mark.skipif(not REF.exists(), reason="reference datasets not available")
def test_montgomery_piston_rings_capability():
    """Montgomery §6.2: piston rings, specs 74.000 ± 0.05 mm, σ̂ = R̄/d2 ≈ 0.0099 →
    Cp = 0.10/(6·0.0099) = 1.68 (the book rounds R̄ to 0.023)."""
    pr = pd.read_csv(REF / "pistonrings.csv")
    values = pr[pr["trial"]]["diameter"].to_numpy()
    res = capability(values, lsl=73.95, usl=74.05, subgroup_size=5)
    assert res.sigma_within == pytest.approx(0.0099, abs=2e-4)
    assert res.cp == pytest.approx(1.68, abs=0.03)
    assert res.cpk <= res.cp
    assert "mampu" in res.interpretation
    # same result from the matrix form (one subgroup per row)
    res2 = capability(values.reshape(25, 5), lsl=73.95, usl=74.05)
    assert res2.cp == pytest.approx(res.cp) and res2.subgroup_size == 5


def test_definitions_individual_values():
    x = np.array([9.8, 10.1, 10.0, 10.3, 9.9, 10.2, 10.0, 9.7, 10.1, 10.0])
    res = capability(x, lsl=9.0, usl=11.0, target=10.0)
    sw = np.abs(np.diff(x)).mean() / 1.128
    so = x.std(ddof=1)
    m = x.mean()
    assert res.sigma_within == pytest.approx(sw) and res.sigma_overall == pytest.approx(so)
    assert res.cp == pytest.approx(2 / (6 * sw))
    assert res.cpu == pytest.approx((11 - m) / (3 * sw)) and res.cpl == pytest.approx((m - 9) / (3 * sw))
    assert res.cpk == pytest.approx(min(res.cpu, res.cpl))
    assert res.pp == pytest.approx(2 / (6 * so)) and res.ppk == pytest.approx(min(11 - m, m - 9) / (3 * so))
    assert res.cpm == pytest.approx(2 / (6 * np.sqrt(so ** 2 + (m - 10) ** 2)))
    expected_ppm = (norm.cdf((9 - m) / sw) + norm.sf((11 - m) / sw)) * 1e6
    assert res.ppm_within == pytest.approx(expected_ppm)


def test_one_sided_specification():
    rng = np.random.default_rng(4)
    x = rng.normal(12.0, 0.6, 200)                   # wood moisture %, USL 14 %
    res = capability(x, usl=14.0)
    assert np.isnan(res.cp) and np.isnan(res.cpl) and np.isnan(res.cpm)
    assert res.cpk == pytest.approx(res.cpu)
    assert res.ppm_within == pytest.approx(norm.sf((14 - res.mean) / res.sigma_within) * 1e6)


def test_interpretation_not_capable_mentions_percent_out():
    """The issue's example wording: 'proses belum mampu: sekitar 2,3 % ... di luar spesifikasi'."""
    rng = np.random.default_rng(5)
    x = rng.normal(0.0, 1.0, 5000)
    res = capability(x, lsl=-2.0, usl=2.0)          # Cp ≈ 0.67, about 4.6 % out
    assert "belum mampu" in res.interpretation and "%" in res.interpretation
    assert "di luar spesifikasi" in res.interpretation and "," in res.interpretation
    with language("en"):
        res_en = capability(x, lsl=-2.0, usl=2.0)
        assert "not capable" in res_en.interpretation


def test_off_centre_note():
    x = np.random.default_rng(6).normal(11.0, 0.2, 300)
    res = capability(x, lsl=9.0, usl=12.0)
    assert res.cp > 1.5 and res.cpk < res.cp
    assert "tengah" in res.interpretation



finite = st.floats(-1e4, 1e4, allow_nan=False, allow_infinity=False)


@given(arrays(np.float64, st.integers(5, 60), elements=st.floats(-100, 100)), finite,
       st.floats(0.5, 50))
def test_cp_is_invariant_to_shifting_data_and_specs_together(x, shift, width):
    if np.ptp(x) < 1e-6:
        return
    lsl, usl = float(np.mean(x) - width), float(np.mean(x) + width)
    a = capability(x, lsl=lsl, usl=usl)
    b = capability(x + shift, lsl=lsl + shift, usl=usl + shift)
    assert b.cp == pytest.approx(a.cp, rel=1e-6)
    assert b.cpk == pytest.approx(a.cpk, rel=1e-6, abs=1e-6)
    assert b.pp == pytest.approx(a.pp, rel=1e-6)


@given(arrays(np.float64, st.integers(3, 60), elements=st.floats(-100, 100)), st.randoms())
def test_overall_sigma_is_independent_of_row_order(x, rnd):
    if np.ptp(x) < 1e-6:
        return
    y = x.copy()
    rnd.shuffle(y)
    a = capability(x, lsl=-200, usl=200)
    b = capability(y, lsl=-200, usl=200)
    assert b.sigma_overall == pytest.approx(a.sigma_overall, rel=1e-9)
    assert b.pp == pytest.approx(a.pp, rel=1e-9) and b.ppk == pytest.approx(a.ppk, rel=1e-9)


@pytest.mark.parametrize("call", [
    lambda: capability([], lsl=0, usl=1),
    lambda: capability([np.nan, np.nan, np.nan], lsl=0, usl=1),
    lambda: capability(["a", "b"], lsl=0, usl=1),
    lambda: capability([1.0, 2.0, 3.0]),
    lambda: capability([1.0, 2.0, 3.0], lsl=5, usl=5),
    lambda: capability([1.0, 2.0, 3.0], lsl=6, usl=5),
    lambda: capability([1.0, 2.0, 3.0], lsl="nol", usl=5),
    lambda: capability([1.0], lsl=0, usl=5),
    lambda: capability([1.0, 2.0, 3.0], lsl=0, usl=5, subgroup_size=0),
    lambda: capability([1.0, 2.0, 3.0], lsl=0, usl=5, subgroup_size="tiga"),
    lambda: sigma_within("abc"),
])
def test_bad_input(call):
    with pytest.raises(InputError):
        call()


def test_constant_data_is_a_gauge_resolution_error():
    """Issue 19 (7): identical readings give σ = 0; Cp = (BSA − BSB)/0 would be ∞.  The user gets an
    Indonesian message about the gauge's resolution instead of an infinite index."""
    with pytest.raises(DataError, match="resolusi alat ukur") as err:
        capability([2.0] * 20, lsl=1, usl=3)
    assert "desimal" in str(err.value)
    # within-subgroup σ = 0 (every subgroup constant, subgroups differ): same diagnosis
    with pytest.raises(DataError, match="resolusi alat ukur"):
        capability([[2.0, 2.0], [2.1, 2.1], [2.0, 2.0]], lsl=1, usl=3)


def test_repr_html_in_indonesian():
    res = capability(np.random.default_rng(2).normal(720, 0.5, 100), lsl=718, usl=722)
    html = res._repr_html_()
    assert "Kapabilitas proses" in html and "BSB" in html and "ppm" in html
