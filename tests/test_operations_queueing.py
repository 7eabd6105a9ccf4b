"""Erlang C (analytic) vs a textbook example and vs the SimPy engine."""
import math

import pytest

from ikm_kit.errors import InputError
from ikm_kit.operations import erlang_c, simulate_queue


def test_textbook_county_hospital():
    """Hillier & Lieberman, *Introduction to Operations Research*, County Hospital emergency room
    (λ = 2 patients/h, μ = 3 patients/h per doctor).  Published values:
    one doctor: Lq = 4/3, Wq = 2/3 h; two doctors: P0 = 1/2, Lq = 1/12, Wq = 1/24 h, L = 3/4.
    """
    one = erlang_c(2, 3, 1)
    assert one.lq == pytest.approx(4 / 3)
    assert one.wq_hours == pytest.approx(2 / 3)
    two = erlang_c(2, 3, 2)
    assert two.p0 == pytest.approx(0.5)
    assert two.lq == pytest.approx(1 / 12)
    assert two.wq_hours == pytest.approx(1 / 24)
    assert two.wq_minutes == pytest.approx(2.5)
    assert two.l == pytest.approx(0.75)
    assert two.p_wait == pytest.approx(1 / 6)
    assert two.rho == pytest.approx(1 / 3)


def test_mm1_closed_form_and_little():
    for lam, mu in [(1, 2), (4.5, 5), (0.3, 0.4)]:
        r = erlang_c(lam, mu, 1)
        rho = lam / mu
        assert r.p_wait == pytest.approx(rho)
        assert r.wq_hours == pytest.approx(lam / (mu * (mu - lam)))
        assert r.lq == pytest.approx(r.wq_hours * lam)  # Little's law
        assert r.l == pytest.approx(r.w_hours * lam)


def test_large_c_is_stable():
    r = erlang_c(480, 10, 55)  # 48 erlangs on 55 servers
    assert 0 < r.p_wait < 1 and math.isfinite(r.wq_hours)
    assert r.p0 > 0


def test_unstable_queue():
    r = erlang_c(6, 3, 2)
    assert not r.stable and math.isinf(r.wq_hours)
    assert "terus memanjang" in r.interpretation


def test_bad_input():
    with pytest.raises(InputError, match="bilangan bulat"):
        erlang_c(2, 3, 1.5)
    with pytest.raises(InputError, match="lebih besar dari 0"):
        erlang_c(0, 3, 1)


@pytest.mark.parametrize("lam, mu, c", [(2, 3, 2), (2, 3, 1), (4, 1.25, 4)])
def test_simulation_reproduces_erlang_c(lam, mu, c):
    exact = erlang_c(lam, mu, c)
    sim = simulate_queue(lam, mu, c, hours=25_000, replications=2, seed=11, warmup_hours=100)
    assert sim.mean_wait_minutes == pytest.approx(exact.wq_minutes, rel=0.06)
    assert sim.mean_queue_length == pytest.approx(exact.lq, rel=0.06)
    assert sim.utilization == pytest.approx(exact.rho, rel=0.03)
    assert sim.value("p_wait") == pytest.approx(exact.p_wait, rel=0.05)
    lo, hi = sim.ci("mean_wait_minutes")
    assert lo <= sim.mean_wait_minutes <= hi


def test_simulate_queue_single_replication_has_no_ci():
    r = simulate_queue(1, 2, 1, hours=500, seed=1)
    assert math.isnan(r.ci("mean_wait_minutes")[0])
    assert "2 replikasi" in r.interpretation
