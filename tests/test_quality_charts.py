"""Control charts against published textbook results, run rules, phase II,
properties and bad input.  Reference data: /work/shared/reference (Montgomery,
Introduction to Statistical Quality Control, as shipped with R package qcc)."""
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from ikm_kit.errors import ColumnError, IkmError, InputError
from ikm_kit.i18n import language
from ikm_kit.quality import (
    c_chart, imr, np_chart, p_chart, rule_descriptions, u_chart, xbar_r, xbar_s,
)
from ikm_kit.quality.rules import evaluate

REF = Path("/work/shared/reference")
needs_ref = pytest.mark.skipif(not REF.exists(), reason="reference datasets not available")


@pytest.fixture(scope="module")
def piston():
    return pd.read_csv(REF / "pistonrings.csv")


# ------------------------------------------------------------ literature
@needs_ref
def test_montgomery_piston_rings_xbar_r_phase_one(piston):
    """Montgomery, piston-ring inside diameter, 25 trial samples of n = 5:
    x̿ = 74.001, x̄ limits 73.988 / 74.014, R̄ = 0.023, R limits 0 / 0.049."""
    trial = piston[piston["trial"]]
    res = xbar_r(trial, value="diameter", subgroup="sample")
    assert res.center == pytest.approx(74.001, abs=5e-4)
    assert res.lcl == pytest.approx(73.988, abs=5e-4)
    assert res.ucl == pytest.approx(74.014, abs=5e-4)
    assert res.range.center == pytest.approx(0.023, abs=5e-4)
    assert res.range.lcl == 0
    assert 0.048 <= res.range.ucl <= 0.0495
    assert res.in_control
    assert res.points.size == 25 and res.xbar is res.main
    assert res.sigma == pytest.approx(res.range.center / 2.326)


@needs_ref
def test_montgomery_piston_rings_phase_two_signals_the_last_samples(piston):
    """Montgomery: applying the trial limits to samples 26–40, the last samples
    (37, 38, 39) plot above the UCL."""
    trial = piston[piston["trial"]]
    phase1 = xbar_r(trial, value="diameter", subgroup="sample")
    phase2 = xbar_r(piston[~piston["trial"]], value="diameter", subgroup="sample", limits=phase1)
    assert phase2.phase == 2 and phase2.center == phase1.center and phase2.ucl == phase1.ucl
    assert [int(phase2.labels[i]) for i in phase2.beyond_limits] == [37, 38, 39]
    assert not phase2.in_control


@needs_ref
def test_piston_rings_wide_matrix_equals_long_table(piston):
    trial = piston[piston["trial"]]
    matrix = trial["diameter"].to_numpy().reshape(25, 5)
    a = xbar_r(matrix)
    b = xbar_r(trial, value="diameter", subgroup="sample")
    assert a.ucl == pytest.approx(b.ucl) and a.range.ucl == pytest.approx(b.range.ucl)
    s = xbar_s(matrix)
    assert s.center == pytest.approx(74.001, abs=5e-4)
    # x̄–s limits close to x̄–R limits for this data (Montgomery example 6.3 ~ 73.988/74.014)
    assert s.lcl == pytest.approx(73.988, abs=1e-3) and s.ucl == pytest.approx(74.014, abs=1e-3)
    assert s.s.center == pytest.approx(np.std(matrix, axis=1, ddof=1).mean())


@needs_ref
def test_montgomery_orange_juice_p_chart():
    """Montgomery, frozen orange-juice cans, 30 samples of 50: p̄ = 0.2313,
    limits 0.0524 / 0.4102; samples 15 and 23 above the UCL."""
    oj = pd.read_csv(REF / "orangejuice.csv")
    trial = oj[oj["trial"]]
    res = p_chart(trial["D"], trial["size"])
    assert res.center == pytest.approx(0.2313, abs=1e-4)
    assert res.lcl == pytest.approx(0.0524, abs=1e-4)
    assert res.ucl == pytest.approx(0.4102, abs=1e-4)
    assert list(res.beyond_limits + 1) == [15, 23]
    # Montgomery then removes 15 and 23 (assignable causes): revised p̄ = 0.2150
    revised = p_chart(trial["D"], trial["size"], exclude=[14, 22])
    assert revised.center == pytest.approx(0.2150, abs=1e-4)
    assert list(revised.excluded) == [14, 22]


@needs_ref
def test_montgomery_circuit_boards_c_chart():
    """Montgomery, printed circuit boards, 26 samples: c̄ = 19.85, limits 6.48 / 33.22;
    sample 6 below the LCL and sample 20 above the UCL."""
    ci = pd.read_csv(REF / "circuit.csv")
    res = c_chart(ci[ci["trial"]]["x"])
    assert res.center == pytest.approx(19.85, abs=5e-3)
    assert res.lcl == pytest.approx(6.48, abs=5e-3)
    assert res.ucl == pytest.approx(33.22, abs=1.2e-2)   # the book rounds c̄ first
    assert list(res.beyond_limits + 1) == [6, 20]


@needs_ref
def test_montgomery_dyed_cloth_u_chart_with_varying_size():
    """Montgomery, dyed cloth (units of 50 m²): ū = 1.42, per-point limits."""
    dc = pd.read_csv(REF / "dyedcloth.csv")
    res = u_chart(dc["x"], dc["size"])
    assert res.center == pytest.approx(1.42, abs=5e-3)
    assert isinstance(res.ucl, np.ndarray) and res.ucl.shape == (10,)
    expected = res.center + 3 * np.sqrt(res.center / dc["size"].to_numpy())
    np.testing.assert_allclose(res.ucl, expected)
    assert res.in_control


# ------------------------------------------------------------ other charts
def test_imr_uses_moving_range_over_d2():
    x = np.array([10.0, 12.0, 11.0, 13.0, 12.0])
    res = imr(x)
    mr = np.abs(np.diff(x)).mean()
    assert res.sigma == pytest.approx(mr / 1.128)
    assert res.ucl == pytest.approx(x.mean() + 3 * mr / 1.128)
    assert np.isnan(res.moving_range.points[0])
    assert res.moving_range.ucl == pytest.approx(3.267 * mr)
    assert res.moving_range.lcl == 0


def test_np_chart_matches_p_chart_times_n():
    d = [3, 5, 2, 4, 6, 1, 3]
    p = p_chart(d, 50)
    npc = np_chart(d, 50)
    assert npc.center == pytest.approx(50 * p.center)
    assert npc.ucl == pytest.approx(50 * p.ucl)
    assert npc.lcl == pytest.approx(max(0.0, 50 * p.lcl))
    assert npc.sigma_points == pytest.approx(50 * p.sigma_points)


def test_p_chart_with_varying_sizes_gives_per_point_limits():
    res = p_chart([5, 9, 3], [100, 200, 50])
    assert res.center == pytest.approx(17 / 350)
    assert isinstance(res.lcl, np.ndarray) and res.ucl[1] < res.ucl[2]


def test_unequal_subgroups_and_missing_readings():
    data = [[10.0, 10.2, 9.8, 10.1], [10.1, 9.9, np.nan, np.nan], [9.9, 10.0, 10.3]]
    res = xbar_r(data)
    assert list(res.sizes) == [4, 2, 3]
    assert isinstance(res.ucl, np.ndarray)
    assert res.points[1] == pytest.approx(10.0)
    d2 = np.array([2.059, 1.128, 1.693])
    ranges = np.array([0.4, 0.2, 0.4])
    assert res.sigma == pytest.approx(np.mean(ranges / d2))


def test_phase_two_with_known_standards_mapping():
    res = xbar_r([[74.0, 74.01], [73.99, 74.0], [74.2, 74.21]], limits={"mean": 74.0, "sigma": 0.01})
    assert res.center == 74.0 and res.phase == 2
    assert list(res.beyond_limits) == [2]
    pc = p_chart([1, 2, 9], 50, limits={"p": 0.04})
    assert pc.center == 0.04 and list(pc.beyond_limits) == [2]
    with pytest.raises(InputError):
        c_chart([1, 2, 3], limits=p_chart([1, 2], 10))


def test_phase_two_works_with_a_single_new_subgroup():
    first = xbar_r(np.random.default_rng(2).normal(5, 1, (20, 4)))
    one = xbar_r([[5.1, 4.9, 5.0, 5.2]], limits=first)
    assert one.points.size == 1


# ------------------------------------------------------------ run rules
STD = {"mean": 0.0, "sigma": 1.0}


def _signals(values, rules):
    res = imr(np.asarray(values, dtype=float), limits=STD, rules=rules)
    return res.individuals.violations


def _at(v, rule):
    return v.loc[v["rule"] == rule, "index"].tolist()


def test_beyond_limits_is_always_flagged_even_without_rules():
    v = _signals([0, 0.5, 3.5, 0, -3.2], None)
    assert sorted(v["index"]) == [2, 4]
    assert "BKA" in v.iloc[0]["explanation"] and "BKB" in v.iloc[1]["explanation"]


def test_western_electric_rules():
    x = np.zeros(40)
    x[[3, 5]] = 2.5                     # 2 of 3 beyond 2σ (points 3, 4, 5)
    x[10:15] = [1.5, 1.5, 0.2, 1.5, 1.5]  # 4 of 5 beyond 1σ
    x[20:28] = 0.4                      # 8 on one side
    v = _signals(x, "western_electric")
    assert _at(v, "WE2") == [5]
    assert _at(v, "WE3") == [14]
    assert _at(v, "WE4") == [27]
    assert set(v["rule"]) <= {"WE1", "WE2", "WE3", "WE4"}


def test_nelson_rules_each_fire():
    x = np.zeros(120)
    x[0:9] = 0.3                                    # N2: 9 on one side → index 8
    x[20:26] = [-0.5, -0.3, -0.1, 0.1, 0.3, 0.5]    # N3: 6 increasing → index 25
    x[30:44] = [0.2, -0.2] * 7                      # N4: 14 alternating → index 43
    x[50:53] = [-2.5, 0.0, -2.5]                    # N5 → index 52
    x[60:65] = [-1.5, -1.5, 0.1, -1.5, -1.5]        # N6 → index 64
    x[70:78] = [1.5, -1.5] * 4                      # N8: 8 beyond 1σ either side → 77
    v = _signals(x, "nelson")
    assert 8 in _at(v, "N2")
    assert 25 in _at(v, "N3")
    assert 43 in _at(v, "N4")
    assert _at(v, "N5") == [52]
    assert _at(v, "N6") == [64]
    assert 77 in _at(v, "N8")
    assert 100 in _at(v, "N7")                      # long quiet stretch near 0


def test_rule_descriptions_are_indonesian_and_switch_language():
    we = rule_descriptions("western_electric")
    assert len(we) == 4 and "berturut-turut" in we[1][1]
    assert len(rule_descriptions("nelson")) == 8
    with language("en"):
        assert "consecutive" in rule_descriptions("we")[1][1]
    with pytest.raises(InputError):
        rule_descriptions("shewhart-x")


def _naive(z, rules):
    """Straightforward loop implementation used as an oracle for the vectorised one."""
    out = set()
    n = len(z)
    for i in range(n):
        if abs(z[i]) > 3:
            out.add(("1", i))
    if rules == "western_electric":
        for i in range(n):
            for k, m, thr, code in ((2, 3, 2, "WE2"), (4, 5, 1, "WE3")):
                # at the start of the chart the window is the points so far (issue 19)
                w = z[max(i - m + 1, 0):i + 1]
                if (sum(w > thr) >= k and z[i] > thr) or (sum(w < -thr) >= k and z[i] < -thr):
                    out.add((code, i))
            if i >= 7 and (all(z[i - 7:i + 1] > 0) or all(z[i - 7:i + 1] < 0)):
                out.add(("WE4", i))
    return out


@settings(max_examples=60, deadline=None)
@given(arrays(np.float64, st.integers(1, 60), elements=st.floats(-4, 4, allow_nan=False)))
def test_vectorised_rules_equal_a_naive_loop(z):
    beyond, v = evaluate(z, 0.0, 1.0, -3.0, 3.0, "western_electric")
    got = {("1" if r.endswith("1") else r, i) for r, i in zip(v["rule"], v["index"])}
    assert got == _naive(z, "western_electric")
    assert set(beyond) == {i for c, i in got if c == "1"}


def test_one_million_points_with_rules_works():
    # speed is measured in benchmarks/bench_quality.py, not asserted here
    x = np.random.default_rng(3).normal(size=1_000_000)
    res = imr(x, rules="nelson")
    assert res.points.size == 1_000_000
    # about 0.27 % of N(0,1) points fall beyond 3 sigma
    assert 0.002 < len(res.beyond_limits) / x.size < 0.0035


# ------------------------------------------------------------ properties
subgroup_data = arrays(np.float64, st.tuples(st.integers(2, 15), st.integers(2, 6)),
                       elements=st.floats(-1e3, 1e3, allow_nan=False, allow_infinity=False))


@given(subgroup_data)
def test_limits_contain_the_centre(data):
    res = xbar_r(data)
    assert np.all(res.lcl <= res.center + 1e-9) and np.all(res.center <= res.ucl + 1e-9)
    assert np.all(res.range.lcl <= res.range.center + 1e-12)
    s = xbar_s(data)
    assert np.all(s.s.lcl <= s.s.center + 1e-12) and np.all(s.s.center <= s.s.ucl + 1e-12)


@given(subgroup_data, st.floats(0.1, 100), st.floats(-1e3, 1e3))
def test_scaling_the_data_scales_the_limits(data, scale, shift):
    a = xbar_r(data)
    b = xbar_r(data * scale + shift)
    assert b.center == pytest.approx(a.center * scale + shift, rel=1e-9, abs=1e-6)
    assert np.allclose(np.asarray(b.ucl) - b.center, (np.asarray(a.ucl) - a.center) * scale,
                       rtol=1e-9, atol=1e-6)
    assert np.allclose(b.range.ucl, np.asarray(a.range.ucl) * scale, rtol=1e-9, atol=1e-9)


@given(arrays(np.int64, st.integers(2, 30), elements=st.integers(0, 40)), st.integers(40, 200))
def test_p_chart_lcl_never_below_zero(d, n):
    res = p_chart(d, n)
    assert np.all(np.asarray(res.lcl) >= 0) and np.all(np.asarray(res.ucl) <= 1)
    assert np.all(res.lcl <= res.center) and np.all(res.center <= res.ucl)


@given(arrays(np.int64, st.integers(2, 30), elements=st.integers(0, 500)))
def test_c_chart_limits_are_order_independent(c):
    a, b = c_chart(c), c_chart(c[::-1])
    assert a.center == pytest.approx(b.center) and a.ucl == pytest.approx(b.ucl)
    assert a.lcl >= 0


# ------------------------------------------------------------ bad input
@pytest.mark.parametrize("call", [
    lambda: xbar_r([]),
    lambda: xbar_r([[np.nan, np.nan], [np.nan, np.nan]]),
    lambda: xbar_r("abc"),
    lambda: xbar_r([["a", "b"], ["c", "d"]]),
    lambda: xbar_r([[1.0, 2.0, 3.0]]),                 # single subgroup
    lambda: xbar_r([[1.0], [2.0], [3.0]]),             # subgroup size 1
    lambda: xbar_r([1.0, 2.0, 3.0]),                   # 1-D
    lambda: xbar_r([[1.0, 2.0], [3.0, np.nan]]),       # a subgroup with one reading
    lambda: xbar_s([[1.0, np.inf], [2.0, 3.0]]),
    lambda: imr([]),
    lambda: imr([np.nan, np.nan]),
    lambda: imr([5.0]),
    lambda: imr(["x", "y"]),
    lambda: p_chart([1, 2], [0, 10]),
    lambda: p_chart([11, 2], 10),
    lambda: p_chart([-1, 2], 10),
    lambda: p_chart([1, 2, 3], [10, 10]),
    lambda: np_chart([1, 2], [10, 20]),
    lambda: c_chart([3]),
    lambda: u_chart([1, 2], [1, 0]),
    lambda: c_chart([1, 2, 3], exclude=[5]),
    lambda: c_chart([1, 2, 3], limits="earlier"),
    lambda: c_chart([1, 2, 3], rules="shewhart"),
    lambda: xbar_r(pd.DataFrame({"v": [1, 2], "g": [1, 1]}), value="v"),
])
def test_bad_input_raises_indonesian_ikm_error(call):
    with pytest.raises(IkmError) as info:
        call()
    msg = str(info.value)
    assert msg and "Traceback" not in msg
    assert any(w in msg for w in ("harus", "tidak", "perlu", "berikan", "Berikan", "kosong",
                                  "memerlukan", "hanya", "ebutkan", "lebih", "dikenal")), msg


def test_missing_column_names_the_columns():
    df = pd.DataFrame({"nilai": [1.0, 2.0], "jam": [1, 1]})
    with pytest.raises(ColumnError, match="'value'"):
        xbar_r(df, value="value", subgroup="jam")


def test_repr_html_is_indonesian_with_locale_numbers():
    res = p_chart([12, 15, 8, 10, 4, 7], 50)
    html = res._repr_html_()
    assert "Garis tengah" in html and "BKA" in html and "0,187" in html
    with language("en"):
        assert "Center line" in res._repr_html_()
    frame = res.to_frame()
    assert list(frame.columns[:4]) == ["point", "label", "n", "value"]
    assert "x̄" in xbar_r(np.arange(20.0).reshape(10, 2))._repr_html_()
