"""CCP log checks and the CPPB-IRT/CPPOB self-inspection score."""
import importlib.util

import numpy as np
import pandas as pd
import pytest

from ikm_kit.errors import ColumnError, DataError, InputError
from ikm_kit.quality import EXAMPLE_CRITICAL_LIMITS, check_ccp, level_from_counts, score_checklist


@pytest.fixture
def log():
    return pd.DataFrame({
        "ccp": ["penggorengan", "penggorengan", "penggorengan", "penyimpanan_beku", "penyimpanan_beku"],
        "measured_value": [172.0, 155.0, 158.0, -20.0, -16.5],
        "critical_min": [160.0, 160.0, 160.0, np.nan, np.nan],
        "critical_max": [190.0, 190.0, 190.0, -18.0, -18.0],
        "corrective_action": ["", "api dibesarkan, produk digoreng ulang", "", "", None],
    })


def test_ccp_log_with_per_row_limits(log):
    res = check_ccp(log)
    assert res.table["within_limits"].tolist() == [True, False, False, True, False]
    assert res.table["action_recorded"].tolist() == [False, True, False, False, False]
    assert len(res.deviations) == 3 and len(res.missing_actions) == 2
    assert "di bawah batas kritis minimum" in res.table.loc[1, "deviation"]
    assert "TANPA" in res.table.loc[2, "status"]
    summary = res.summary.set_index("ccp")
    assert summary.loc["penggorengan", "deviations"] == 2
    assert summary.loc["penyimpanan_beku", "without_action"] == 1
    assert "tindakan koreksi" in res._repr_html_()


def test_ccp_log_with_given_limits(log):
    res = check_ccp(log.drop(columns=["critical_min", "critical_max"]), EXAMPLE_CRITICAL_LIMITS)
    assert res.table["within_limits"].tolist() == [True, False, False, True, False]


def test_missing_reading_is_a_deviation(log):
    log.loc[0, "measured_value"] = np.nan
    res = check_ccp(log)
    assert not res.table.loc[0, "within_limits"] and "tidak dicatat" in res.table.loc[0, "deviation"]


def test_ccp_bad_input(log):
    with pytest.raises(ColumnError):
        check_ccp(log.drop(columns=["critical_min"]))
    with pytest.raises(InputError, match="penyimpanan_beku"):
        check_ccp(log, {"penggorengan": (160, 190)})
    with pytest.raises(InputError):
        check_ccp(log, {"penggorengan": (None, None), "penyimpanan_beku": (None, -18)})
    with pytest.raises(InputError):
        check_ccp(log.iloc[0:0])
    with pytest.raises(DataError):
        check_ccp([1, 2, 3])


@pytest.mark.parametrize("counts, level", [
    ({}, "I"), ({"minor": 1}, "I"), ({"minor": 2}, "II"), ({"mayor": 2}, "II"),
    ({"mayor": 3}, "III"), ({"serius": 1}, "III"), ({"serius": 4, "minor": 9}, "III"),
    ({"serius": 5}, "IV"), ({"kritis": 1}, "IV"), ({"major": 1, "critical": 0}, "II"),
])
def test_cppb_irt_level_rule(counts, level):
    assert level_from_counts(counts) == level


def test_score_checklist_table():
    checklist = pd.DataFrame({
        "item": ["lantai bersih", "cuci tangan", "air bersih", "hama"],
        "severity": ["minor", "mayor", "serius", "kritis"],
        "met": ["ya", "tidak", True, ""],
    })
    res = score_checklist(checklist)
    assert res.counts == {"minor": 0, "mayor": 1, "serius": 0, "kritis": 1}
    assert res.level == "IV" and not res.meets_requirements
    assert len(res.findings) == 2
    assert "pembacaan kami" in res.explanation
    checklist["met"] = True
    assert score_checklist(checklist).level == "I"


@pytest.mark.skipif(importlib.util.find_spec("ikm_kit.data") is None, reason="shipped data not present")
def test_shipped_data_works_with_the_checks():
    from ikm_kit import data

    res = check_ccp(data.load("ccp_log"))
    assert len(res.table) > 100 and len(res.missing_actions) >= 1
    checklist = data.load("cppob_checklist").assign(met=True)
    checklist.loc[checklist.index[:3], "met"] = False
    assert score_checklist(checklist).level in ("I", "II", "III", "IV")


def test_score_checklist_bad_input():
    with pytest.raises(InputError):
        level_from_counts({"ringan": 2})
    with pytest.raises(InputError):
        level_from_counts({"minor": -1})
    with pytest.raises(ColumnError):
        score_checklist(pd.DataFrame({"severity": ["minor"]}))
    with pytest.raises(InputError):
        score_checklist(pd.DataFrame({"severity": ["sedang"], "met": [False]}))
