"""Bookings: clashes, opening hours, conflict-free scheduling, fairness."""
import itertools

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ikm_kit.errors import DataError, InputError
from ikm_kit.operations import (fairness, find_conflicts, is_conflict_free, jain_index, outside_opening_hours,
                                schedule_requests)

MACHINES = pd.DataFrame({"machine_id": ["G1", "G2"], "open_hour": 8, "close_hour": 16, "open_days": "Sen-Jum"})


def _b(rows):
    return pd.DataFrame(rows, columns=["booking_id", "machine_id", "tenant", "start", "end", "status"])


def test_overlap_tiny_hand_case():
    b = _b([
        ("B1", "G1", "A", "2023-01-02 08:00", "2023-01-02 10:00", "selesai"),
        ("B2", "G1", "B", "2023-01-02 09:00", "2023-01-02 11:00", "selesai"),
        ("B3", "G1", "C", "2023-01-02 10:00", "2023-01-02 12:00", "tidak_hadir"),  # touches B1, overlaps B2
        ("B4", "G2", "D", "2023-01-02 08:00", "2023-01-02 10:00", "selesai"),  # other machine
        ("B5", "G1", "E", "2023-01-02 08:30", "2023-01-02 09:00", "batal"),  # cancelled: ignored
    ])
    c = find_conflicts(b)
    pairs = sorted(zip(c["booking_a"], c["booking_b"]))
    assert pairs == [("B1", "B2"), ("B2", "B3")]
    assert c["overlap_min"].tolist() == [60.0, 60.0]
    all_status = find_conflicts(b, statuses=None)
    assert len(all_status) == 3  # + B5 with B1 (B5 ends 09:00 when B2 starts: touching, no clash)


def test_outside_opening_hours():
    b = _b([
        ("E1", "G1", "A", "2023-01-02 07:00", "2023-01-02 09:00", "selesai"),
        ("E2", "G1", "A", "2023-01-02 15:00", "2023-01-02 17:00", "selesai"),
        ("E3", "G1", "A", "2023-01-08 09:00", "2023-01-08 10:00", "selesai"),  # Sunday
        ("E4", "G1", "A", "2023-01-03 09:00", "2023-01-03 10:00", "selesai"),  # holiday
        ("E5", "G1", "A", "2023-01-04 09:00", "2023-01-04 10:00", "selesai"),  # fine
        ("E6", "G1", "A", "2023-01-05 15:00", "2023-01-06 09:00", "selesai"),  # spans days
    ])
    o = outside_opening_hours(b, MACHINES, holidays=["2023-01-03"]).set_index("booking_id")["reason"].to_dict()
    assert o == {"E1": "sebelum_buka", "E2": "setelah_tutup", "E3": "hari_tutup", "E4": "hari_libur",
                 "E6": "lintas_hari"}


def _requests():
    return pd.DataFrame({
        "request_id": ["R1", "R2", "R3"],
        "machine_id": ["G1", "G1", "G1"],
        "tenant": ["A", "B", "C"],
        "requested_at": ["2022-12-30 08:00", "2022-12-30 09:00", "2022-12-30 10:00"],
        "start": ["2023-01-02 08:00", "2023-01-02 09:00", "2023-01-02 15:00"],
        "end": ["2023-01-02 10:00", "2023-01-02 11:00", "2023-01-02 17:00"],
    })


def test_first_come_schedule():
    r = schedule_requests(_requests(), MACHINES, policy="first_come")
    s = r.schedule.set_index("request_id")
    assert s.loc["R1", "decision"] == "diterima"
    assert s.loc["R2", "decision"] == "digeser" and s.loc["R2", "start"] == pd.Timestamp("2023-01-02 10:00")
    # R3 runs past closing: moved to the next morning
    assert s.loc["R3", "start"] == pd.Timestamp("2023-01-03 08:00")
    assert is_conflict_free(r.schedule)
    assert "Tidak ada jadwal yang bentrok" in r.interpretation


def test_priority_schedule():
    r = schedule_requests(_requests(), MACHINES, policy="priority", priorities={"A": 2, "B": 1, "C": 3})
    s = r.schedule.set_index("request_id")
    assert s.loc["R2", "decision"] == "diterima"
    assert s.loc["R1", "decision"] == "digeser" and s.loc["R1", "start"] == pd.Timestamp("2023-01-02 11:00")


def test_rejections_and_existing():
    existing = _b([("X1", "G1", "Z", "2023-01-02 08:00", "2023-01-02 16:00", "selesai")])
    r = schedule_requests(_requests().iloc[:1], MACHINES, existing=existing, allow_shift=False)
    assert r.schedule["decision"].iloc[0] == "ditolak" and r.schedule["reason"].iloc[0] == "bentrok"
    long = _requests().iloc[:1].assign(end="2023-01-02 18:30")
    r = schedule_requests(long, MACHINES)
    assert r.schedule["reason"].iloc[0] == "lebih_lama_dari_jam_buka"


def test_fairness_and_jain():
    assert jain_index([1, 1, 1]) == 1
    assert jain_index([1, 0, 0, 0]) == pytest.approx(0.25)
    assert jain_index([1, 0.5]) == pytest.approx(0.9)
    f = fairness(pd.DataFrame({"tenant": ["A", "B", "B"], "requested_h": [2, 2, 2], "granted_h": [2, 2, 0]}))
    assert f.by_tenant.set_index("tenant").loc["B", "granted_share"] == 0.5
    assert f.jain == pytest.approx(0.9)
    # from raw bookings: cancelled = not granted
    b = _b([("B1", "G1", "A", "2023-01-02 08:00", "2023-01-02 10:00", "selesai"),
            ("B2", "G1", "B", "2023-01-02 10:00", "2023-01-02 12:00", "batal")])
    assert fairness(b).by_tenant.set_index("tenant")["granted_share"].to_dict() == {"A": 1.0, "B": 0.0}


def test_bad_input():
    b = _b([("B1", "G1", "A", "2023-01-02 10:00", "2023-01-02 09:00", "selesai")])
    with pytest.raises(DataError, match="B1 berakhir"):
        find_conflicts(b)
    b = _b([("B1", "Z9", "A", "2023-01-02 08:00", "2023-01-02 09:00", "selesai")])
    with pytest.raises(DataError, match="'Z9' tidak dikenal"):
        outside_opening_hours(b, MACHINES)
    with pytest.raises(InputError, match="Aturan penjadwalan"):
        schedule_requests(_requests(), MACHINES, policy="acak")
    with pytest.raises(InputError, match="prioritas"):
        schedule_requests(_requests(), MACHINES, policy="priority")
    b = _b([("B1", "G1", "A", "kemarin", "2023-01-02 09:00", "selesai")])
    with pytest.raises(DataError, match="tidak dapat dibaca"):
        find_conflicts(b)


# --------------------------------------------------------------------------- properties

_req = st.tuples(st.sampled_from(["G1", "G2"]), st.sampled_from(list("ABCD")), st.integers(0, 6),
                 st.integers(6 * 4, 18 * 4), st.integers(1, 20))


@settings(max_examples=60, deadline=None)
@given(st.lists(_req, min_size=1, max_size=25), st.sampled_from(["first_come", "priority"]))
def test_schedule_is_conflict_free(reqs, policy):
    base = pd.Timestamp("2023-01-02")
    rows = []
    for i, (m, tenant, day, quarter, dur_q) in enumerate(reqs):
        s = base + pd.Timedelta(days=day, minutes=15 * quarter)
        rows.append((f"R{i}", m, tenant, s, s + pd.Timedelta(minutes=15 * dur_q)))
    req = pd.DataFrame(rows, columns=["request_id", "machine_id", "tenant", "start", "end"])
    req["priority"] = req["tenant"].map({"A": 1, "B": 2, "C": 2, "D": 3})
    r = schedule_requests(req, MACHINES, policy=policy)
    s = r.schedule
    assert is_conflict_free(s)
    g = s[s["decision"] != "ditolak"]
    assert ((g["end"] - g["start"]) == (g["requested_end"] - g["requested_start"])).all()
    assert (g["start"] >= g["requested_start"]).all()
    assert (g["start"].dt.hour >= 8).all()
    assert ((g["end"] - g["end"].dt.normalize()) <= pd.Timedelta(hours=16)).all()
    assert (g["start"].dt.day_of_week < 5).all()
    granted = g.assign(status="selesai")[["request_id", "machine_id", "tenant", "start", "end", "status"]]
    assert find_conflicts(granted.rename(columns={"request_id": "booking_id"})).empty
    assert 0 <= r.fairness.jain <= 1


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["G1", "G2"]), st.integers(0, 40), st.integers(1, 12)),
                min_size=0, max_size=20))
def test_conflicts_match_brute_force(items):
    base = pd.Timestamp("2023-01-02 08:00")
    rows = [(f"B{i}", m, "T", base + pd.Timedelta(minutes=15 * s), base + pd.Timedelta(minutes=15 * (s + d)),
             "selesai") for i, (m, s, d) in enumerate(items)]
    b = _b(rows)
    expected = set()
    for x, y in itertools.combinations(rows, 2):
        if x[1] == y[1] and max(x[3], y[3]) < min(x[4], y[4]):
            expected.add(frozenset((x[0], y[0])))
    got = {frozenset((a, c)) for a, c in zip(find_conflicts(b)["booking_a"], find_conflicts(b)["booking_b"])} \
        if rows else set()
    assert got == expected


def test_round_the_clock_machine_may_span_midnight():
    machines = pd.DataFrame({"machine_id": ["K"], "open_hour": 0, "close_hour": 24, "open_days": "Sen-Sab"})
    b = _b([("K1", "K", "A", "2023-01-02 10:00", "2023-01-04 10:00", "selesai"),   # Mon → Wed: fine
            ("K2", "K", "A", "2023-01-07 10:00", "2023-01-08 10:00", "selesai")])  # Sat → Sun: Sunday closed
    o = outside_opening_hours(b, machines)
    assert o["booking_id"].tolist() == ["K2"] and o["reason"].iloc[0] == "hari_tutup"
