"""Acceptance sampling: OC/AOQ/ATI/AOQL and the ISO 2859-1 (MIL-STD-105E) tables."""


import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from scipy import stats

from ikm_kit.errors import IkmError, InputError
from ikm_kit.i18n import language
from ikm_kit.quality import (
    AQL_VALUES, aoq, aoql, aoql_point, asn_double, ati, code_letter, iso2859_plan, master_table,
    oc_double, oc_single, p_for_acceptance, switching_rules,
)
from ikm_kit.quality import iso2859


# ------------------------------------------------------------ OC curves
def test_montgomery_single_sampling_oc_value():
    """Montgomery §15.2: plan n = 89, c = 2 accepts a lot with p = 0.01 with Pa ≈ 0.9397."""
    assert oc_single(89, 2, 0.01) == pytest.approx(0.9397, abs=1e-4)
    curve = oc_single(89, 2, [0.01, 0.02, 0.05])
    assert curve.shape == (3,) and np.all(np.diff(curve) < 0)
    assert curve[1] == pytest.approx(0.7366, abs=5e-4)   # Montgomery's OC table, p = 0.02


def test_montgomery_double_sampling_plan():
    """Montgomery §15.4: n1 = 50, c1 = 1, n2 = 100, c2 = 3 at p = 0.05:
    Pa = P(d1 ≤ 1) + P(d1 = 2)·P(d2 ≤ 1) + P(d1 = 3)·P(d2 = 0) ≈ 0.279 + 0.011 = 0.290."""
    pa = oc_double(50, 1, 4, 100, 3, 0.05)
    assert pa == pytest.approx(0.290, abs=1.5e-3)
    first = stats.binom.cdf(1, 50, 0.05)
    assert first == pytest.approx(0.279, abs=1e-3)
    asn = asn_double(50, 1, 4, 100, 3, 0.05)
    assert asn == pytest.approx(50 + 100 * (stats.binom.pmf(2, 50, .05) + stats.binom.pmf(3, 50, .05)))


def test_aoq_ati_and_aoql():
    n, c, lot = 89, 2, 10_000
    p = np.array([0.005, 0.01, 0.02])
    pa = stats.binom.cdf(c, n, p)
    np.testing.assert_allclose(aoq(n, c, p, lot), pa * p * (lot - n) / lot)
    np.testing.assert_allclose(ati(n, c, p, lot), n + (1 - pa) * (lot - n))
    grid = np.linspace(0, 0.2, 20001)
    brute = np.max(stats.binom.cdf(c, n, grid) * grid) * (lot - n) / lot
    assert aoql(n, c, lot) == pytest.approx(brute, rel=1e-5)
    p_star, value = aoql_point(n, c)
    assert 0.01 < p_star < 0.03 and value == pytest.approx(0.0155, abs=3e-4)   # Montgomery: AOQL ≈ 0.0155


def test_hypergeometric_oc_for_small_lots():
    assert oc_single(10, 0, 0.1, lot_size=20) == pytest.approx(stats.hypergeom.cdf(0, 20, 2, 10))


def test_aql_and_ltpd_points():
    p95 = p_for_acceptance(89, 2, 0.95)
    p10 = p_for_acceptance(89, 2, 0.10)
    assert oc_single(89, 2, p95) == pytest.approx(0.95) and oc_single(89, 2, p10) == pytest.approx(0.10)
    assert p95 < p10


@given(st.integers(1, 300), st.data())
def test_oc_curve_is_decreasing_and_bounded(n, data):
    c = data.draw(st.integers(0, n))
    p = np.linspace(0, 1, 21)
    pa = oc_single(n, c, p)
    assert np.all((pa >= -1e-12) & (pa <= 1 + 1e-12)) and np.all(np.diff(pa) <= 1e-12)
    assert pa[0] == pytest.approx(1.0)


@pytest.mark.parametrize("call", [
    lambda: oc_single(50, 2, 1.5),
    lambda: oc_single(50, 2, -0.1),
    lambda: oc_single(50, 60, 0.1),
    lambda: oc_single(0, 0, 0.1),
    lambda: oc_single(50.5, 1, 0.1),
    lambda: oc_single("lima puluh", 1, 0.1),
    lambda: aoq(200, 2, 0.01, 100),          # sample larger than lot
    lambda: ati(200, 2, 0.01, 100),
    lambda: oc_single(200, 2, 0.01, lot_size=100),
    lambda: oc_double(50, 2, 2, 100, 3, 0.05),
    lambda: oc_double(50, 2, 5, 100, 1, 0.05),
    lambda: p_for_acceptance(50, 1, 1.2),
    lambda: oc_single(50, 1, []),
])
def test_sampling_bad_input(call):
    with pytest.raises(IkmError):
        call()


def test_sample_larger_than_lot_message_is_indonesian():
    with pytest.raises(InputError, match="lebih besar dari ukuran lot"):
        aoq(200, 2, 0.01, 100)


# ------------------------------------------------------------ ISO 2859-1 / MIL-STD-105E
@pytest.mark.parametrize("lot, level, letter", [
    (2, "II", "A"), (8, "III", "B"), (15, "II", "B"), (20, "I", "B"), (50, "S-2", "B"),
    (90, "II", "E"), (150, "II", "F"), (151, "II", "G"), (500, "II", "H"), (1000, "II", "J"),
    (1200, "II", "J"), (1201, "II", "K"), (2000, "II", "K"), (3200, "III", "L"), (10_000, "I", "J"),
    (35_000, "II", "M"), (100_000, "S-4", "J"), (500_000, "II", "P"), (600_000, "III", "R"),
    (600_000, "S-1", "D"), (5000, "S-3", "F"),
])
def test_table_one_code_letters(lot, level, letter):
    assert code_letter(lot, level) == letter


@pytest.mark.parametrize("lot, aql, inspection, expected", [
    # textbook example: lot 1000, level II → J, n = 80; AQL 1.0 → Ac 2 Re 3
    (1000, 1.0, "normal", ("J", "J", 80, 2, 3)),
    (1000, 1.0, "tightened", ("J", "J", 80, 1, 2)),
    (1000, 1.0, "reduced", ("J", "J", 32, 1, 3)),
    # Montgomery §15.5 example: N = 2000, AQL 0.65 %, level II → K: normal 125/2, tightened 125/1, reduced 50/1
    (2000, 0.65, "normal", ("K", "K", 125, 2, 3)),
    (2000, 0.65, "tightened", ("K", "K", 125, 1, 2)),
    (2000, 0.65, "reduced", ("K", "K", 50, 1, 3)),
    # arrows: letter A with AQL 1.0 → ↓ to the first plan below, letter E (n = 13, Ac 0 Re 1)
    (5, 1.0, "normal", ("A", "E", 13, 0, 1)),
    # letter F, AQL 1.0 → ↑ to E (n = 13, 0/1); letter G, AQL 1.0 → ↓ to H (n = 50, 1/2)
    (100, 1.0, "normal", ("F", "E", 13, 0, 1)),
    (200, 1.0, "normal", ("G", "H", 50, 1, 2)),
    # common textbook/inspection-practice cells
    (200, 4.0, "normal", ("G", "G", 32, 3, 4)),
    (3000, 2.5, "normal", ("K", "K", 125, 7, 8)),
    (10_000, 1.5, "normal", ("L", "L", 200, 7, 8)),
    (500, 6.5, "normal", ("H", "H", 50, 7, 8)),
    (10_000, 4.0, "normal", ("L", "L", 200, 14, 15)),
    (1000, 0.15, "normal", ("J", "J", 80, 0, 1)),
    (1000, 10, "normal", ("J", "J", 80, 14, 15)),
    # right-hand staircase (nonconformities per 100 units)
    (1000, 25, "normal", ("J", "H", 50, 21, 22)),
    (5, 1000, "normal", ("A", "A", 2, 30, 31)),
    (10, 1000, "normal", ("B", "B", 3, 44, 45)),
    # tightened: extra row S (n = 3150) under AQL 0.025 (lot > 500 000, level II → Q)
    (600_000, 0.025, "tightened", ("Q", "S", 3150, 1, 2)),
    (600_000, 0.015, "tightened", ("Q", "Q", 1250, 0, 1)),
    (1000, 1.5, "tightened", ("J", "J", 80, 2, 3)),
    (1000, 6.5, "tightened", ("J", "J", 80, 8, 9)),
    # reduced
    (1000, 2.5, "reduced", ("J", "J", 32, 2, 5)),
    (3000, 0.65, "reduced", ("K", "K", 50, 1, 3)),
    (1000, 0.25, "reduced", ("J", "H", 20, 0, 1)),
])
def test_iso2859_lookups(lot, aql, inspection, expected):
    plan = iso2859_plan(lot, aql, inspection=inspection)
    assert (plan.code_letter, plan.plan_letter, plan.n, plan.ac, plan.re) == expected
    assert plan.re > plan.ac


def test_bottom_row_r_level_three():
    plan = iso2859_plan(600_000, 0.015, level="III", inspection="tightened")
    assert (plan.code_letter, plan.plan_letter, plan.n, plan.ac) == ("R", "Q", 1250, 0)
    assert iso2859_plan(600_000, 0.025, level="III", inspection="tightened").n == 3150
    # normal R/0.015: no row below R, the arrow points up (to P, n = 800, 0/1)
    normal = iso2859_plan(600_000, 0.015, level="III")
    assert (normal.plan_letter, normal.n, normal.ac, normal.re) == ("P", 800, 0, 1)


def test_all_three_severities_are_returned_and_arrows_marked():
    plan = iso2859_plan(5, "1,0")
    assert plan.arrow == "↓" and plan.normal.n == 13
    assert set(plan.plans) == {"normal", "tightened", "reduced"}
    assert "panah ke bawah" in plan.explanation()
    assert iso2859_plan(100, 1.0).arrow == "↑"


def test_hundred_percent_inspection_when_sample_exceeds_lot():
    plan = iso2859_plan(10, 0.1)
    assert plan.n == 125 and plan.hundred_percent and plan.sample_size == 10
    assert "100 %" in plan.explanation()


def test_decide_accepts_and_rejects():
    plan = iso2859_plan(1000, 1.0)
    assert plan.decide(2) and not plan.decide(3)
    with pytest.raises(InputError):
        plan.decide(-1)


def test_every_cell_of_every_table_resolves_to_a_plan():
    for kind in iso2859.INSPECTIONS:
        for i, letter in enumerate(iso2859.LETTERS):
            for j, aql in enumerate(AQL_VALUES):
                row, n, ac, re_, arrow = iso2859._RESOLVED[kind][(i, j)]
                assert re_ > ac >= 0 and n in iso2859.SAMPLE_SIZE[kind]
                # an arrow leads to a plan in the same column on the side it points to
                if arrow == "↓":
                    assert row > i
                elif arrow == "↑":
                    assert row < i
                else:
                    assert row == i


def test_normal_table_structure_diagonals():
    """Plans with the same Ac sit on diagonals: one letter down, one AQL column left."""
    table = master_table("normal")
    assert table.loc["J", "1.0"] == "2 3" and table.loc["K", "0.65"] == "2 3"
    assert table.loc["F", "1.0"] == "↑" and table.loc["G", "1.0"] == "↓"
    assert table.loc["A", "6.5"] == "0 1"
    assert list(table["n"]) == [2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800, 1250, 2000]
    assert master_table("tightened").shape[0] == 17



def test_switching_rules_text():
    rules = switching_rules()
    assert any("2 dari 5" in r for r in rules) and any("5 lot berturut-turut diterima" in r for r in rules)
    with language("en"):
        assert any("2 out of 5" in r for r in switching_rules())
    assert "Aturan perpindahan" in iso2859_plan(1000, 1.0)._repr_html_()


@pytest.mark.parametrize("call", [
    lambda: iso2859_plan(1, 1.0),
    lambda: iso2859_plan(1000, 1.2),
    lambda: iso2859_plan(1000, "satu"),
    lambda: iso2859_plan(1000, 1.0, level="IV"),
    lambda: iso2859_plan(1000, 1.0, inspection="santai"),
    lambda: iso2859_plan(-5, 1.0),
    lambda: iso2859_plan(100.5, 1.0),
])
def test_iso2859_bad_input(call):
    with pytest.raises(InputError):
        call()
