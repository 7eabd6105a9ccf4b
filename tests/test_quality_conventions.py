"""Issue 19: defects found against the standards/textbooks, and the selectable conventions.

Every expected number names its source: a clause of MIL-STD-105E, a textbook example
(Montgomery, *Introduction to Statistical Quality Control*, datasets in /work/shared/reference)
or a first-principles calculation written out in the test.
"""
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from ikm_kit.errors import InputError
from ikm_kit.i18n import language
from ikm_kit.quality import (capability, imr, iso2859_plan, sigma_within, switching_rules, xbar_r,
                             xbar_s)
from ikm_kit.quality.constants import exact_c4

REF = Path("/work/shared/reference")
needs_ref = pytest.mark.skipif(not REF.exists(), reason="reference datasets not available")


# ------------------------------------------------------------ (1) ISO 2859 reduced inspection
def test_reduced_inspection_accepts_between_ac_and_re():
    """MIL-STD-105E §10.1.4: under reduced inspection, when Ac is exceeded but Re is not reached the
    lot is accepted and normal inspection is reinstated (§8.3.4 b).  Lot 2000, AQL 0,65 %, level II:
    code K, Table II-C gives n 50, Ac 1, Re 3 (Montgomery §15.5 example)."""
    plan = iso2859_plan(2000, 0.65, inspection="reduced")
    assert (plan.n, plan.ac, plan.re) == (50, 1, 3)
    assert plan.decide(0) and plan.decide(1)
    assert plan.decide(2)                      # the defect: was "reject"
    assert not plan.decide(3)
    assert [plan.reinstates_normal(d) for d in range(4)] == [False, False, True, True]
    with language("id"):
        assert "kembali ke inspeksi normal" in plan.verdict(2)
        assert plan.verdict(2).startswith("Terima")
        assert plan.verdict(3).startswith("Tolak")


def test_normal_and_tightened_have_no_gap():
    """Tables II-A/II-B: Re = Ac + 1 always, so decide() is d ≤ Ac and nothing reinstates anything."""
    for kind in ("normal", "tightened"):
        plan = iso2859_plan(2000, 0.65, inspection=kind)
        assert plan.re == plan.ac + 1
        assert plan.decide(plan.ac) and not plan.decide(plan.re)
        assert not plan.reinstates_normal(plan.re)


def test_switching_rules_name_the_reduced_to_normal_trigger_and_one_edition():
    with language("en"):
        rules = switching_rules()
    text = " ".join(rules)
    reduced_to_normal = next(r for r in rules if r.startswith("Reduced → normal"))
    assert "between Ac and Re" in reduced_to_normal and "§10.1.4" in reduced_to_normal
    # one edition: the rules cite MIL-STD-105E clauses (the tables' edition); 1999 only as a note
    assert "MIL-STD-105E §8.3.3" in text and "MIL-STD-105E §8.4" in text
    assert "10 consecutive lots remain on tightened" in text
    with language("id"):
        assert any("di antara Ac dan Re" in r for r in switching_rules())


# ------------------------------------------------------------ (2) missing readings, one σ rule
TABLE = np.array([  # 6 subgroups × 4, made up; row ranges 0.3, 0.5, 0.4, 0.6, 0.2, 0.4
    [10.0, 10.1, 10.3, 10.2],
    [9.9, 10.4, 10.0, 10.2],
    [10.1, 10.0, 10.4, 10.3],
    [9.8, 10.4, 10.0, 10.1],
    [10.2, 10.1, 10.3, 10.2],
    [10.0, 10.4, 10.1, 10.2],
])


def test_missing_reading_in_a_table_keeps_the_subgroups():
    """R̄/d2 by hand with the reading [1, 1] (10.4) missing: row 2 becomes {9.9, 10.0, 10.2},
    R = 0.3, n = 3, d2(3) = 1.693; the other rows keep n = 4, d2(4) = 2.059 (Montgomery Table VI):
    σ = mean(0.3/2.059, 0.3/1.693, 0.4/2.059, 0.6/2.059, 0.2/2.059, 0.4/2.059)."""
    x = TABLE.copy()
    x[1, 1] = np.nan
    by_hand = np.mean([0.3 / 2.059, 0.3 / 1.693, 0.4 / 2.059, 0.6 / 2.059, 0.2 / 2.059, 0.4 / 2.059])
    res = capability(x, lsl=9.0, usl=11.0)
    assert res.sigma_within == pytest.approx(by_hand, rel=1e-9)
    assert sigma_within(x) == pytest.approx(by_hand, rel=1e-9)
    assert xbar_r(x).sigma == pytest.approx(by_hand, rel=1e-9)
    assert res.n == 23 and res.n_missing == 1
    # the same readings as one column in time order with subgroup_size=4: same subgroups
    assert capability(x.ravel(), lsl=9.0, usl=11.0, subgroup_size=4).sigma_within == pytest.approx(by_hand)
    with language("id"):
        assert "1 pengukuran kosong" in res.interpretation


def test_moving_ranges_do_not_bridge_a_missing_reading():
    """x = 1, 2, NaN, 5, 4: moving ranges |2−1| = 1 and |4−5| = 1 only (not |5−2| = 3);
    MR̄/d2(2) = 1/1.128 — the I–MR chart and capability agree."""
    x = [1.0, 2.0, np.nan, 5.0, 4.0]
    assert imr(x).sigma == pytest.approx(1 / 1.128)
    assert capability(x, lsl=0, usl=10).sigma_within == pytest.approx(1 / 1.128)
    assert sigma_within(x) == pytest.approx(1 / 1.128)


def test_ragged_rows_are_subgroups():
    """A list of rows of different lengths is a table with missing readings, not one long series."""
    rows = [[10.0, 10.1, 10.3, 10.2], [9.9, 10.0, 10.2], [10.1, 10.0, 10.4, 10.3]]
    by_hand = np.mean([0.3 / 2.059, 0.3 / 1.693, 0.4 / 2.059])
    assert capability(rows, lsl=9, usl=11).sigma_within == pytest.approx(by_hand)


# ------------------------------------------------------------ conventions: σ within, σ overall, Cpm
def test_pooled_sd_with_and_without_c4():
    """Pooled SD (Minitab's default): Sp = √(Σ(nᵢ−1)sᵢ²/Σ(nᵢ−1)); with the unbiasing constant
    σ = Sp/c4(d+1), d = Σ(nᵢ−1) = 6·3 = 18, c4(19) = √(2/18)·Γ(9.5)/Γ(9)."""
    s2 = TABLE.var(axis=1, ddof=1)
    sp = math.sqrt(np.sum(3 * s2) / 18)
    c4_19 = math.sqrt(2 / 18) * math.gamma(9.5) / math.gamma(9)
    assert exact_c4(19) == pytest.approx(c4_19, rel=1e-12)
    assert sigma_within(TABLE, sigma_method="pooled", unbiased=False) == pytest.approx(sp)
    assert sigma_within(TABLE, sigma_method="pooled") == pytest.approx(sp / c4_19)
    assert capability(TABLE, lsl=9, usl=11, sigma_method="pooled").sigma_within == pytest.approx(sp / c4_19)
    # x̄–R chart with the pooled σ: R chart centre d2(4)·σ
    ch = xbar_r(TABLE, sigma_method="pooled")
    assert ch.sigma == pytest.approx(sp / c4_19)
    assert ch.range.center == pytest.approx(2.059 * sp / c4_19)


def test_sbar_matches_the_xbar_s_chart():
    """s̄/c4(4), c4(4) = 0.9213 (Montgomery Table VI) — the x̄–s chart's σ̂."""
    s = TABLE.std(axis=1, ddof=1)
    assert sigma_within(TABLE, sigma_method="sbar") == pytest.approx(np.mean(s) / 0.9213)
    assert sigma_within(TABLE, sigma_method="sbar") == pytest.approx(xbar_s(TABLE).sigma)
    assert sigma_within(TABLE, sigma_method="sbar", unbiased=False) == pytest.approx(np.mean(s))


def test_unknown_sigma_method_is_an_input_error():
    with pytest.raises(InputError):
        capability(TABLE, lsl=9, usl=11, sigma_method="median")
    with pytest.raises(InputError):
        capability(TABLE, lsl=9, usl=11, cpm_method="jmp")


def test_overall_sigma_with_c4():
    """σ overall = s/c4(N) when asked; N = 24, c4(24) = 0.9892 (Montgomery Table VI)."""
    s = TABLE.ravel().std(ddof=1)
    plain = capability(TABLE, lsl=9, usl=11)
    unbiased = capability(TABLE, lsl=9, usl=11, overall_c4=True)
    assert plain.sigma_overall == pytest.approx(s)
    assert unbiased.sigma_overall == pytest.approx(s / 0.9892, rel=1e-4)
    assert unbiased.pp == pytest.approx(2.0 / (6 * s / 0.9892), rel=1e-4)


def test_cpm_definitions():
    """Cpm by hand, specs 9–11, target 10.1 (not the midpoint 10):
    overall (Montgomery): (BSA−BSB)/(6√(s² + (x̄−T)²));
    qcc: the same with σ within (R̄/d2);
    Minitab: min(T−BSB, BSA−T)/(3√(Σ(x−T)²/(N−1)))."""
    x = TABLE.ravel()
    mean, s = x.mean(), x.std(ddof=1)
    rbar = np.mean(np.ptp(TABLE, axis=1)) / 2.059
    t_ = 10.1
    kw = dict(lsl=9, usl=11, target=t_)
    assert capability(TABLE, **kw).cpm == pytest.approx(2 / (6 * math.sqrt(s ** 2 + (mean - t_) ** 2)))
    assert capability(TABLE, cpm_method="qcc", **kw).cpm == pytest.approx(
        2 / (6 * math.sqrt(rbar ** 2 + (mean - t_) ** 2)))
    tau = math.sqrt(np.sum((x - t_) ** 2) / (x.size - 1))
    assert capability(TABLE, cpm_method="minitab", **kw).cpm == pytest.approx(min(1.1, 0.9) / (3 * tau))


@needs_ref
def test_piston_rings_rbar_and_pooled():
    """Montgomery §6.2 piston rings (25 trial subgroups of 5): R̄ = 0.023 → σ̂ = R̄/d2 = 0.023/2.326 ≈
    0.0099.  The pooled SD estimates the same σ (within 5 %)."""
    pr = pd.read_csv(REF / "pistonrings.csv")
    x = pr[pr["trial"]]["diameter"].to_numpy().reshape(25, 5)
    rbar = sigma_within(x)
    assert rbar == pytest.approx(0.0099, abs=2e-4)
    assert sigma_within(x, sigma_method="pooled") == pytest.approx(rbar, rel=0.05)


# ------------------------------------------------------------ (3) run rules at the start of a chart
def test_we2_fires_on_the_first_points():
    """Western Electric rule 2 (2 of 3 beyond 2σ, same side): x₀ = 2.5, x₁ = 2.6 with μ = 0, σ = 1
    — the first three points are a window; the signal is at the point that completes it (index 1)."""
    r = imr([2.5, 2.6, 0.1, 0.0, -0.2, 0.3, 0.1, -0.1, 0.2], limits={"mean": 0, "sigma": 1})
    v = r.violations
    assert list(v[v["rule"] == "WE2"]["index"]) == [1]
    # the same pattern later in the chart gives the same signal (it always did)
    r2 = imr([0.1, 0.0, -0.2, 0.3, 0.1, -0.1, 2.5, 2.6, 0.1], limits={"mean": 0, "sigma": 1})
    assert list(r2.violations.query("rule == 'WE2'")["index"]) == [7]


def test_four_beyond_one_sigma_at_the_start():
    """4 of 5 beyond 1σ same side (WE3 / Nelson N6 here): points 1–4 at 1.5, 1.2, 1.3, 1.4."""
    x = [1.5, 1.2, 1.3, 1.4, 0.0, -0.1, 0.2, 0.0, 0.1]
    we = imr(x, limits={"mean": 0, "sigma": 1}).violations
    assert list(we[we["rule"] == "WE3"]["index"]) == [3]
    nelson = imr(x, limits={"mean": 0, "sigma": 1}, rules="nelson").violations
    assert list(nelson[nelson["rule"] == "N6"]["index"]) == [3]
    # three points are not yet four: no signal
    assert imr([1.5, 1.2, 1.3, 0.0, 0.1, -0.1], limits={"mean": 0, "sigma": 1}).violations.empty


def test_runs_of_m_still_need_m_points():
    """8 in a row on one side (WE4) cannot complete before the 8th point."""
    x = [0.5] * 7 + [-0.5]
    assert imr(x, limits={"mean": 0, "sigma": 1}).violations.empty
    x = [0.5] * 8
    assert list(imr(x, limits={"mean": 0, "sigma": 1}).violations["index"]) == [7]


# ------------------------------------------------------------ conventions: OC type A / B / Poisson
from ikm_kit.quality import aoq, aoql, ati, oc_single  # noqa: E402
from ikm_kit.quality.sampling import lot_defectives, p_for_acceptance  # noqa: E402


def _binom_cdf(c, n, p):
    return sum(math.comb(n, d) * p ** d * (1 - p) ** (n - d) for d in range(c + 1))


def _hyper_cdf(c, big_n, big_d, n):
    return sum(math.comb(big_d, d) * math.comb(big_n - big_d, n - d) for d in range(c + 1)) / math.comb(big_n, n)


def test_oc_three_distributions_by_hand():
    """Montgomery §15.2 plan n = 89, c = 2 at p = 0.01 (book: Pa = 0.9397, binomial).
    Poisson λ = n·p = 0.89: Pa = e^−0.89 (1 + 0.89 + 0.89²/2).  Type A, N = 500: D = 5,
    Pa = Σ_{d≤2} C(5,d)·C(495,89−d)/C(500,89)."""
    assert oc_single(89, 2, 0.01) == pytest.approx(0.9397, abs=5e-5)
    assert oc_single(89, 2, 0.01) == pytest.approx(_binom_cdf(2, 89, 0.01), rel=1e-12)
    lam = 0.89
    assert oc_single(89, 2, 0.01, method="poisson") == pytest.approx(math.exp(-lam) * (1 + lam + lam ** 2 / 2))
    assert oc_single(89, 2, 0.01, lot_size=500) == pytest.approx(_hyper_cdf(2, 500, 5, 89), rel=1e-10)
    assert oc_single(89, 2, 0.01, lot_size=500, method="hypergeometric") == oc_single(89, 2, 0.01, lot_size=500)
    # a lot size with an explicit type B: the lot size does not matter
    assert oc_single(89, 2, 0.01, lot_size=500, method="binomial") == pytest.approx(0.9397, abs=5e-5)
    with pytest.raises(InputError):
        oc_single(89, 2, 0.01, method="hypergeometric")          # type A needs N
    with pytest.raises(InputError):
        oc_single(89, 2, 0.01, method="normal")


def test_rounding_of_lot_defectives_is_stated():
    """D = p·N: 0.0125·200 = 2.5 → nearest (ties to even) 2, down 2, up 3; 0.07·100 = 7 exactly
    (7.000000000000001 in floating point) stays 7 with every rule."""
    assert lot_defectives(0.0125, 200) == 2
    assert lot_defectives(0.0125, 200, "down") == 2
    assert lot_defectives(0.0125, 200, "up") == 3
    assert lot_defectives(0.0175, 200) == 4                      # 3.5 → 4 (even)
    assert [lot_defectives(0.07, 100, r) for r in ("nearest", "down", "up")] == [7, 7, 7]
    up = oc_single(20, 0, 0.0125, lot_size=200, rounding="up")
    assert up == pytest.approx(_hyper_cdf(0, 200, 3, 20))
    with pytest.raises(InputError):
        lot_defectives(0.1, 100, "banker")


def test_aoq_and_ati_type_b_and_type_a():
    """Montgomery §15.2.3: n = 89, c = 2, N = 10 000, p = 0.01: AOQ = Pa·p·(N−n)/N =
    0.9397·0.01·9911/10000 ≈ 0.0093; ATI = n + (1 − Pa)(N − n) = 89 + 0.0603·9911 ≈ 687.
    Type A uses the hypergeometric Pa with D = 100 in the same formulas."""
    assert aoq(89, 2, 0.01, 10_000) == pytest.approx(0.0093, abs=5e-5)
    assert ati(89, 2, 0.01, 10_000) == pytest.approx(687, abs=1)
    pa_a = _hyper_cdf(2, 10_000, 100, 89)
    assert aoq(89, 2, 0.01, 10_000, method="hypergeometric") == pytest.approx(pa_a * 0.01 * 9911 / 10_000)
    assert ati(89, 2, 0.01, 10_000, method="hypergeometric") == pytest.approx(89 + (1 - pa_a) * 9911)


def test_aoql_by_distribution():
    """AOQL = max_p Pa(p)·p (large lot).  Poisson closed form for c = 0: p·e^(−np) peaks at p = 1/n
    with AOQL = 1/(e·n); n = 50 → 0.0073576.  Type A: maximum over p = D/N of the hypergeometric AOQ."""
    assert aoql(50, 0, method="poisson") == pytest.approx(1 / (math.e * 50), rel=1e-6)
    big_n = 400
    by_hand = max(_hyper_cdf(0, big_n, d, 50) * d / big_n for d in range(big_n + 1)) * (big_n - 50) / big_n
    assert aoql(50, 0, big_n, method="hypergeometric") == pytest.approx(by_hand, rel=1e-9)


def test_p_for_acceptance_poisson():
    """Poisson: P(X ≤ c; λ) = Pa ⇔ λ = χ²(1 − Pa; 2c+2)/2 — for c = 0 simply λ = −ln Pa."""
    assert p_for_acceptance(50, 0, 0.95, method="poisson") == pytest.approx(-math.log(0.95) / 50)
    lam = p_for_acceptance(89, 2, 0.10, method="poisson") * 89
    assert stats.poisson.cdf(2, lam) == pytest.approx(0.10)


# ------------------------------------------------------------ the conventions page stays true to the code
def test_conventions_page_names_real_options():
    """docs/konvensi-statistik.md lists each convention; every keyword it names exists on the function."""
    import inspect

    from ikm_kit.costing import HOURS_PER_DAY
    from ikm_kit.operations import capacity_check, oee, oee_from_log, order_capacity
    from ikm_kit.quality import aoql

    page = (Path(__file__).resolve().parent.parent / "docs" / "konvensi-statistik.md").read_text(encoding="utf-8")
    expect = {
        capability: ["sigma_method", "unbiased", "overall_c4", "cpm_method"],
        sigma_within: ["sigma_method", "unbiased"],
        xbar_r: ["sigma_method", "unbiased"],
        oc_single: ["method", "rounding", "lot_size"],
        aoq: ["method"], ati: ["method"], aoql: ["method"],
        oee: ["performance_tolerance"], oee_from_log: ["performance_tolerance"],
        capacity_check: ["reserved_h", "efficiency"], order_capacity: ["reserved_h", "efficiency"],
    }
    for func, names in expect.items():
        params = inspect.signature(func).parameters
        for name in names:
            assert name in params, (func.__name__, name)
            assert f"`{name}" in page or f"{name}=" in page, name
    for text in ("R̄/d2", "qcc", "Minitab", "§10.1.4", "kayu_lain", "jam_kerja_per_hari", "performance_clipped"):
        assert text in page
    assert f"**{HOURS_PER_DAY:g}**" in page
