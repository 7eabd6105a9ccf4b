"""Capacity and bottleneck: hand cases."""
import pandas as pd
import pytest

from ikm_kit.errors import DataError, InputError
from ikm_kit.i18n import language
from ikm_kit.operations import capacity_check, order_capacity

ROUTINGS = pd.DataFrame({
    "product_id": ["meja", "meja", "kursi", "kursi", "kursi"],
    "machine_id": ["G1", "K1", "G1", "K1", "B1"],
    "minutes_per_unit": [30, 90, 20, 0, 15],
})
MACHINES = pd.DataFrame({"machine_id": ["G1", "K1", "B1"], "name": ["Gergaji", "Ketam", "Bor"],
                         "open_hour": 8, "close_hour": 16, "open_days": "Sen-Jum"})


def test_plan_hand_case():
    # 30 days from Mon 2 Jan 2023: 22 weekdays × 8 h = 176 h per machine
    r = capacity_check({"meja": 100, "kursi": 150}, ROUTINGS, MACHINES, start="2023-01-02", days=30)
    t = r.table.set_index("machine_id")
    assert t.loc["G1", "available_h"] == 176
    assert t.loc["G1", "needed_h"] == pytest.approx(100 * 0.5 + 150 * 20 / 60)  # 100 h
    assert t.loc["K1", "needed_h"] == pytest.approx(150)
    assert t.loc["B1", "needed_h"] == pytest.approx(37.5)
    assert r.bottleneck == "K1" and r.feasible
    assert r.max_load == pytest.approx(150 / 176)
    assert r.max_scale == pytest.approx(176 / 150)
    assert "K1" in r.interpretation
    # at 80 % efficiency K1 has 140.8 h < 150 h
    r80 = capacity_check({"meja": 100, "kursi": 150}, ROUTINGS, MACHINES, start="2023-01-02", days=30,
                         efficiency=0.8)
    assert not r80.feasible and r80.max_load == pytest.approx(150 / 140.8)
    assert "melebihi kapasitas" in r80.interpretation
    # without a calendar: average week, 30 × 5/7 days × 8 h
    avg = capacity_check(pd.DataFrame({"product_id": ["meja"], "quantity": [10]}), ROUTINGS, MACHINES, days=30)
    assert avg.table.set_index("machine_id").loc["G1", "available_h"] == pytest.approx(30 * 5 / 7 * 8)
    reserved = capacity_check({"meja": 100}, ROUTINGS, MACHINES, start="2023-01-02", days=30,
                              reserved_h={"K1": 76})
    assert reserved.table.set_index("machine_id").loc["K1", "available_h"] == 100


def test_order_school_desks():
    """200 school desks (meja) in 30 days: K1 at 90 min/desk limits to 176 h × 60 / 90 = 117 desks."""
    r = order_capacity("meja", 200, 30, ROUTINGS, MACHINES, start="2023-01-02")
    assert r.max_units == 117 and r.bottleneck == "K1" and not r.feasible
    assert r.days_needed == pytest.approx(200 / (176 * 60 / 90 / 30))
    assert "TIDAK" in r.interpretation
    ok = order_capacity("meja", 100, 30, ROUTINGS, MACHINES, start="2023-01-02")
    assert ok.feasible
    with language("en"):
        assert "can be met" in ok.interpretation


def test_bad_input():
    with pytest.raises(DataError, match="'lemari' tidak dikenal"):
        capacity_check({"lemari": 5}, ROUTINGS, MACHINES)
    bad = ROUTINGS.assign(machine_id=["G1", "K1", "G1", "K1", "X1"])
    with pytest.raises(DataError, match="'X1' tidak dikenal"):
        capacity_check({"meja": 5}, bad, MACHINES)
    with pytest.raises(InputError, match="tidak boleh negatif"):
        capacity_check({"meja": -5}, ROUTINGS, MACHINES)
    with pytest.raises(InputError, match="antara 0 dan 1"):
        capacity_check({"meja": 5}, ROUTINGS, MACHINES, efficiency=1.5)
    neg = ROUTINGS.assign(minutes_per_unit=[30, -1, 20, 0, 15])
    with pytest.raises(DataError, match="menit per unit"):
        order_capacity("meja", 5, 30, neg, MACHINES)


def test_reserved_hours_do_not_carry_our_efficiency():
    """Issue 19 (6), first principles: one machine open Mon–Fri 8–16 for the 7 days from Mon 2 Jan
    2023 = 5 × 8 = 40 h; others booked 10 h (clock hours); our efficiency 0,5 applies to the 30 h
    left: (40 − 10) × 0,5 = 15 h (not 40 × 0,5 − 10 = 10 h).  A plan of 12 h of work → load 12/15 = 0,8."""
    routings = pd.DataFrame({"product_id": ["meja"], "machine_id": ["K1"], "minutes_per_unit": [60]})
    machines = pd.DataFrame({"machine_id": ["K1"], "open_hour": 8, "close_hour": 16, "open_days": "Sen-Jum"})
    kw = dict(start="2023-01-02", efficiency=0.5, reserved_h=10)
    r = capacity_check({"meja": 12}, routings, machines, days=7, **kw)
    row = r.table.set_index("machine_id").loc["K1"]
    assert row["opening_h"] == 40
    assert row["available_h"] == pytest.approx(15)
    assert r.max_load == pytest.approx(0.8) and r.feasible
    o = order_capacity("meja", 20, 7, routings, machines, **kw)
    assert o.max_units == 15                     # 15 h × 60 min ÷ 60 min per desk
    # Day 5's realistic_efficiency(): free share (40 − 10)/40 = 0,75 × OEE 0,5 on the opening hours
    same = capacity_check({"meja": 12}, routings, machines, days=7, start="2023-01-02", efficiency=0.75 * 0.5)
    assert same.table["available_h"].iloc[0] == pytest.approx(row["available_h"])
    # more booked than open: nothing left, never negative
    full = capacity_check({"meja": 1}, routings, machines, days=7, start="2023-01-02", reserved_h=50)
    assert full.table["available_h"].iloc[0] == 0
