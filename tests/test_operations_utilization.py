"""Shared-machine utilisation: hand-checked week."""
import pandas as pd
import pytest

from ikm_kit.errors import ColumnError, DataError, InputError
from ikm_kit.operations import available_hours, machine_utilization, parse_open_days

MACHINES = pd.DataFrame({"machine_id": ["G1", "K1"], "name": ["Gergaji", "Ketam"], "open_hour": [8, "08:00"],
                         "close_hour": [16, "12:00"], "open_days": ["Sen-Jum", 6], "hourly_fee_rp": 25_000})


def _bookings():
    return pd.DataFrame({
        "booking_id": ["B1", "B2", "B3", "B4"],
        "machine_id": ["G1", "G1", "G1", "K1"],
        "unit_id": ["M01", "M02", "M01", "M03"],
        "tenant": ["A", "B", "A", "C"],
        "requested_at": "2022-12-30 10:00",
        "start": ["2023-01-02 08:00", "2023-01-03 09:00", "2023-01-04 10:00", "2023-01-07 08:30"],
        "end": ["2023-01-02 12:00", "2023-01-03 11:00", "2023-01-04 12:00", "2023-01-07 10:00"],
        "status": ["selesai", "tidak_hadir", "batal", "selesai"],
    })


def test_hand_week():
    r = machine_utilization(MACHINES, _bookings(), start="2023-01-02", end="2023-01-07")
    g = r.by_machine.set_index("machine_id")
    # G1: Mon–Fri 8–16 → 40 h; K1: Mon–Sat 8–12 → 24 h
    assert g.loc["G1", "available_h"] == 40 and g.loc["K1", "available_h"] == 24
    assert g.loc["G1", "booked_h"] == 6 and g.loc["G1", "used_h"] == 4 and g.loc["G1", "no_show_h"] == 2
    assert g.loc["G1", "cancelled_h"] == 2 and g.loc["G1", "idle_h"] == 34
    assert g.loc["G1", "utilization"] == pytest.approx(0.1)
    assert g.loc["G1", "booking_rate"] == pytest.approx(0.15)
    assert g.loc["K1", "used_h"] == 1.5
    t = r.by_tenant.set_index("tenant")
    assert t.loc["A", "requested_h"] == 6 and t.loc["A", "used_h"] == 4 and t.loc["A", "cancelled_h"] == 2
    assert t.loc["B", "no_show_rate"] == 1.0
    assert t["share_of_used"].sum() == pytest.approx(1)
    hm = r.heatmap_matrix()
    # Monday 08–12 fully used on G1 (1 h each slot of 2 machine-hours: G1 and K1 both open 8–12 on Monday)
    assert hm.loc[0, 8] == pytest.approx(0.5)
    assert hm.loc[0, 13] == pytest.approx(0.0)  # only G1 open at 13:00, unused
    assert pd.isna(hm.loc[0, 17])  # nobody open
    assert hm.loc[5, 8] == pytest.approx(0.5)  # Saturday K1 08:30–09:00 = 30 of 60 min
    assert hm.loc[5, 9] == pytest.approx(1.0)
    assert r.heatmap["used_h"].sum() == pytest.approx(5.5)
    assert "G1" in r.interpretation or "K1" in r.interpretation


def test_holidays_and_clipping():
    r = machine_utilization(MACHINES, _bookings(), start="2023-01-02", end="2023-01-02", holidays=["2023-01-03"])
    g = r.by_machine.set_index("machine_id")
    assert g.loc["G1", "available_h"] == 8 and g.loc["G1", "used_h"] == 4
    av = available_hours(MACHINES, "2023-01-02", "2023-01-08", holidays=["2023-01-03"])
    assert av.groupby("machine_id")["available_h"].sum().to_dict() == {"G1": 32.0, "K1": 20.0}


def test_downtime_from_log():
    log = pd.DataFrame({"date": ["2023-01-02", "2023-01-03"], "machine_id": ["G1", "G1"], "planned_min": 240,
                        "breakdown_min": [30, 0], "setup_min": [15, 15]})
    r = machine_utilization(MACHINES, _bookings(), start="2023-01-02", end="2023-01-07", log=log)
    assert r.by_machine.set_index("machine_id").loc["G1", "downtime_h"] == pytest.approx(1.0)


def test_open_days_parser():
    assert parse_open_days("Sen-Sab") == (0, 1, 2, 3, 4, 5)
    assert parse_open_days("Senin,Rabu,Jumat") == (0, 2, 4)
    assert parse_open_days("Mon-Fri") == (0, 1, 2, 3, 4)
    assert parse_open_days(5) == (0, 1, 2, 3, 4)
    assert parse_open_days("1111100") == (0, 1, 2, 3, 4)
    assert parse_open_days([0, 6]) == (0, 6)
    with pytest.raises(InputError, match="tidak dikenali"):
        parse_open_days("kadang-kadang")


def test_bad_input():
    b = _bookings()
    b.loc[1, "end"] = "2023-01-03 08:00"
    with pytest.raises(DataError, match="B2 berakhir"):
        machine_utilization(MACHINES, b)
    b = _bookings()
    b.loc[2, "machine_id"] = "X9"
    with pytest.raises(DataError, match="'X9' tidak dikenal"):
        machine_utilization(MACHINES, b)
    with pytest.raises(ColumnError, match="Kolom yang ada"):
        machine_utilization(MACHINES.drop(columns=["open_days"]), _bookings())
    m = MACHINES.copy()
    m.loc[0, "close_hour"] = 7
    with pytest.raises(InputError, match="jam tutup"):
        machine_utilization(m, _bookings())
