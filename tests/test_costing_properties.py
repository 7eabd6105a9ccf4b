"""Property tests (hypothesis) for costing: BEP scaling, full ≥ variable, Excel round trip."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ikm_kit.costing import (
    Asset, BatchYield, CostModel, LabourInput, MachineUse, Material, Overhead, WoodPart, break_even,
    from_excel, hpp, to_excel, tornado,
)
from ikm_kit.costing.sensitivity import _check_consistency

# realistic magnitudes: zero or at least 0,001 (no subnormal volumes that make HPP infinite)
money = st.one_of(st.just(0.0), st.floats(min_value=1e-3, max_value=1e8, allow_nan=False, allow_infinity=False))
small = st.one_of(st.just(0.0), st.floats(min_value=1e-3, max_value=1e3, allow_nan=False, allow_infinity=False))
positive = st.floats(min_value=1e-3, max_value=1e4, allow_nan=False, allow_infinity=False)
# names: printable text without control characters (Excel cannot store those); stripped non-empty
names = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=0x2FFF, blacklist_categories=("Cs",)),
                min_size=1, max_size=20).map(str.strip).filter(bool)

materials = st.one_of(
    st.builds(Material, names, small, money, unit=st.sampled_from(["", "kg", "buah", "m3", "liter"]),
              kind=st.sampled_from(["kayu", "hardware", "finishing", "bahan", "kemasan"]), waste_pct=small),
    st.builds(WoodPart, names, positive, positive, positive, pieces=positive, price_per_m3=money,
              species=st.one_of(st.just(""), names), waste_pct=small),
)
labour = st.builds(LabourInput, names, days_per_batch=small, hours_per_batch=small, workers=small,
                   monthly_wage=money, working_days=positive, hours_per_day=positive)
overheads = st.builds(Overhead, names, money, st.sampled_from(["bulan", "tahun", "batch", "unit"]))
assets = st.builds(lambda n, c, f, life: Asset(n, c, c * f, life), names, money,
                   st.floats(min_value=0, max_value=1), positive)
machines = st.builds(MachineUse, names, small, fee_per_hour=money, power_kw=small, tariff=small)
yields = st.one_of(st.none(), st.builds(BatchYield, positive, st.floats(min_value=1, max_value=100),
                                        st.floats(min_value=0, max_value=99), positive))


@st.composite
def models(draw):
    alloc = draw(st.sampled_from(["unit", "jam_mesin"]))
    low = draw(money)
    return CostModel(
        name=draw(names),
        batch_size=draw(positive),
        units_per_month=draw(small),
        price=draw(money),
        materials=draw(st.lists(materials, max_size=4)),
        labour=draw(st.lists(labour, max_size=2)),
        overheads=draw(st.lists(overheads, max_size=3)),
        assets=draw(st.lists(assets, max_size=2)),
        machines=draw(st.lists(machines, max_size=2)),
        allocation=alloc,
        machine_hours_per_month=draw(positive) if alloc == "jam_mesin" else draw(small),
        batch_yield=draw(yields),
        markup_pct=draw(st.floats(min_value=0, max_value=99)),
        target_profit=draw(money),
        market_low=low,
        market_high=low + draw(money),
    )


@settings(max_examples=200, deadline=None)
@given(fc=money, price=st.floats(min_value=1, max_value=1e7), vc_share=st.floats(min_value=0, max_value=0.99),
       k=st.floats(min_value=0.01, max_value=100))
def test_bep_scales_with_fixed_cost(fc, price, vc_share, k):
    vc = price * vc_share
    a = break_even(fc, price, vc)
    b = break_even(fc * k, price, vc)
    assert b.units == pytest.approx(a.units * k, rel=1e-9, abs=1e-9)
    assert b.revenue == pytest.approx(a.revenue * k, rel=1e-9, abs=1e-6)
    # at the BEP the profit is zero
    assert a.profit_at(a.units) == pytest.approx(0, abs=1e-6 * max(1.0, fc))


@settings(max_examples=150, deadline=None)
@given(models())
def test_full_costing_at_least_variable_costing(m):
    r = hpp(m)
    assert r.hpp_full >= r.hpp_variable - 1e-9 * max(1.0, r.hpp_full)
    assert r.hpp_variable >= 0
    # the vectorised decomposition used by tornado/Monte Carlo agrees with hpp()
    scale = max(1.0, abs(r.hpp_full), abs(r.profit_per_month))
    assert _check_consistency(m) <= 1e-9 * scale
    tornado(m, pct=10)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(models())
def test_excel_round_trip_lossless(m):
    with tempfile.TemporaryDirectory() as d:
        p = to_excel(m, Path(d) / "model.xlsx")
        back = from_excel(p)
    assert back == m
