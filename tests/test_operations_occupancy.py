"""Occupancy and rent: hand-checked cases."""
import pandas as pd
import pytest

from ikm_kit.errors import ColumnError, DataError
from ikm_kit.i18n import language
from ikm_kit.operations import occupancy_summary, rent_arrears, unit_status


def _occ():
    rows = [
        # month, unit, status, tenant, billed, paid
        ("2023-01", "M01", "terisi", "Pak Ali", 833_000, 833_000),
        ("2023-01", "M02", "terisi", "Bu Sari", 833_000, 0),
        ("2023-01", "M03", "kosong", None, 0, 0),
        ("2023-01", "M04", "perawatan", None, 0, 0),
        ("2023-02", "M01", "terisi", "Pak Ali", 833_000, 833_000),
        ("2023-02", "M02", "terisi", "Bu Sari", 833_000, 1_000_000),
        ("2023-02", "M03", "terisi", "CV Jati", 833_000, 500_000),
        ("2023-02", "M04", "kosong", None, 0, 0),
    ]
    df = pd.DataFrame(rows, columns=["month", "unit_id", "status", "tenant", "rent_billed_rp", "rent_paid_rp"])
    df.insert(1, "sentra", "mebel")
    return df


def test_monthly_hand_case():
    r = occupancy_summary(_occ())
    m = r.monthly.set_index(r.monthly["month"].astype(str))
    jan, feb = m.loc["2023-01"], m.loc["2023-02"]
    assert (jan["units"], jan["terisi"], jan["kosong"], jan["perawatan"]) == (4, 2, 1, 1)
    assert jan["occupancy_rate"] == 0.5
    assert jan["usable_occupancy_rate"] == pytest.approx(2 / 3)  # maintenance unit cannot be let
    assert jan["rent_billed_rp"] == 1_666_000 and jan["rent_paid_rp"] == 833_000
    assert jan["arrears_rp"] == 833_000 and jan["collection_rate"] == 0.5
    assert feb["occupancy_rate"] == 0.75
    assert feb["arrears_rp"] == 2_499_000 - 2_333_000
    assert feb["cumulative_arrears_rp"] == 833_000 + 166_000


def test_arrears_per_tenant_hand_case():
    a = rent_arrears(_occ()).set_index("tenant")
    assert a.loc["CV Jati", "arrears_rp"] == 333_000
    # Bu Sari: billed 1,666,000, paid 1,000,000 → owes 666,000; underpaid in 1 of 2 months
    assert a.loc["Bu Sari", "arrears_rp"] == 666_000
    assert a.loc["Bu Sari", "months_in_arrears"] == 1
    assert a.loc["Pak Ali", "arrears_rp"] == 0 and a.loc["Pak Ali", "collection_rate"] == 1.0
    assert list(a.index[:2]) == ["Bu Sari", "CV Jati"]  # largest first
    until_jan = rent_arrears(_occ(), until="2023-01").set_index("tenant")
    assert until_jan.loc["Bu Sari", "arrears_rp"] == 833_000 and "CV Jati" not in until_jan.index


def test_interpretation_mentions_biggest_debtor():
    r = occupancy_summary(_occ(), sentra="mebel")
    assert "Bu Sari" in r.interpretation and "3 dari 4" in r.interpretation
    assert "<table" in r._repr_html_()
    with language("en"):
        assert "3 of 4" in r.interpretation


def test_unit_status_for_site_map():
    workshops = pd.DataFrame({
        "sentra": "mebel", "unit_id": ["M01", "M02", "M03", "M04"], "block": "A", "grid_row": [0, 0, 1, 1],
        "grid_col": [0, 1, 0, 1], "tenant": ["x", "y", "z", None], "owner": "Pemkot",
        "product_line": ["lemari", "kursi", "meja", None], "area_m2": 60, "monthly_rent_rp": 833_000,
        "status": "terisi", "since": "2022-01-01"})
    u = unit_status(workshops, _occ(), "2023-02").set_index("unit_id")
    assert u.loc["M02", "rent_status"] == "menunggak" and u.loc["M02", "arrears_rp"] == 666_000
    assert u.loc["M01", "rent_status"] == "lunas"
    assert u.loc["M04", "status"] == "kosong" and u.loc["M04", "tenant"] is None
    assert u.loc["M03", "tenant"] == "CV Jati"
    jan = unit_status(workshops, _occ(), "2023-01").set_index("unit_id")
    assert jan.loc["M04", "status"] == "perawatan"
    with pytest.raises(DataError, match="tidak ada di data"):
        unit_status(workshops, _occ(), "2021-05")


def test_bad_input():
    with pytest.raises(ColumnError) as err:
        occupancy_summary(_occ().drop(columns=["rent_paid_rp"]))
    assert "rent_paid_rp" in str(err.value) and "'unit_id'" in str(err.value)
    bad = _occ()
    bad.loc[0, "status"] = "disewa"
    with pytest.raises(DataError, match="tidak dikenal"):
        occupancy_summary(bad)
    neg = _occ()
    neg.loc[0, "rent_paid_rp"] = -5
    with pytest.raises(DataError, match="negatif"):
        occupancy_summary(neg)
    with pytest.raises(DataError, match="pangan"):
        occupancy_summary(_occ(), sentra="pangan")
    dup = pd.concat([_occ(), _occ().iloc[[0]]])
    with pytest.raises(DataError, match="lebih dari sekali"):
        occupancy_summary(dup)
