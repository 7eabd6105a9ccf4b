"""SPC constants: the transcribed table agrees with the definitions.

Table: Montgomery, Introduction to Statistical Quality Control, Appendix VI
(= ASTM E2587).  d2 is recomputed as the expected range of n standard normal
values by numerical integration (scipy), c4 from its closed form with the
gamma function, and every other factor from its formula.
"""
import math

import numpy as np
import pytest
from scipy.special import gamma

from ikm_kit.errors import InputError
from ikm_kit.quality import constants as C


@pytest.mark.parametrize("n", range(2, 26))
def test_c4_closed_form_with_gamma(n):
    exact = math.sqrt(2 / (n - 1)) * gamma(n / 2) / gamma((n - 1) / 2)
    assert C.constant("c4", n) == pytest.approx(exact, abs=6e-5)


@pytest.mark.parametrize("n", range(2, 26))
def test_d2_is_expected_range_of_n_standard_normals(n):
    assert C.constant("d2", n) == pytest.approx(C.exact_d2(n), abs=6e-4)


def test_d2_by_monte_carlo_for_a_few_sizes():
    rng = np.random.default_rng(7)
    for n in (2, 5, 10):
        x = rng.standard_normal((200_000, n))
        assert np.ptp(x, axis=1).mean() == pytest.approx(C.constant("d2", n), abs=0.01)


@pytest.mark.parametrize("n", [2, 3, 5, 10, 19, 25])
def test_d3_is_sd_of_range(n):
    assert C.constant("d3", n) == pytest.approx(C.exact_d3(n), abs=6e-4)


@pytest.mark.parametrize("n", range(2, 26))
def test_mean_and_sd_chart_factors_follow_their_formulas(n):
    d2, c4 = C.exact_d2(n), C.exact_c4(n)
    k = 3 * math.sqrt(1 - c4 ** 2)
    expected = {
        "A": 3 / math.sqrt(n), "A2": 3 / (d2 * math.sqrt(n)), "A3": 3 / (c4 * math.sqrt(n)),
        "B3": max(0.0, 1 - k / c4), "B4": 1 + k / c4, "B5": max(0.0, c4 - k), "B6": c4 + k,
    }
    for name, value in expected.items():
        assert C.constant(name, n) == pytest.approx(value, abs=6e-4), (name, n)


@pytest.mark.parametrize("n", [2, 5, 7, 10, 19, 25])
def test_range_chart_factors_follow_their_formulas(n):
    d2, d3 = C.exact_d2(n), C.exact_d3(n)
    expected = {"D3": max(0.0, 1 - 3 * d3 / d2), "D4": 1 + 3 * d3 / d2,
                "D1": max(0.0, d2 - 3 * d3), "D2": d2 + 3 * d3}
    for name, value in expected.items():
        # printed D1/D2 (and a few D3/D4) were computed from d3 rounded to 3 decimals,
        # e.g. n = 19: 3.689 ± 3·0.734 → 1.487 / 5.891 versus 1.4886 / 5.8894 exactly
        assert C.constant(name, n) == pytest.approx(value, abs=2e-3), (name, n)


def test_well_known_values_from_the_printed_table():
    assert C.constant("A2", 5) == 0.577
    assert C.constant("D4", 5) == 2.114
    assert C.constant("d2", 2) == 1.128
    assert C.constant("D4", 2) == 3.267
    assert C.constant("c4", 5) == 0.9400
    assert C.constant("B4", 5) == 2.089


def test_large_n_is_computed():
    assert C.constant("d2", 30) == pytest.approx(4.086, abs=2e-3)
    assert C.constants_array("d2", np.array([2, 5, 30]))[1] == 2.326


def test_source_is_cited_and_bad_requests_raise():
    assert "Montgomery" in C.SOURCE and "E2587" in C.SOURCE
    assert C.table().shape == (24, 14)
    with pytest.raises(InputError):
        C.constant("A2", 1)
    with pytest.raises(InputError):
        C.constant("Z9", 5)
    with pytest.raises(InputError):
        C.constant("A2", "lima")
