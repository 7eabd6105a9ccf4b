"""Operations apps: build from hand-made frames, react to controls, never raise to the viewer."""
import pandas as pd
import pytest

from ikm_kit.i18n import get_language, set_language
from ikm_kit.widgets.operations import OeeCalculator, OperationsBoard, WhatIfSimulator

from test_operations_occupancy import _occ
from test_operations_oee import _log
from test_operations_utilization import _bookings

MACHINES = pd.DataFrame({"machine_id": ["G1", "K1"], "sentra": "mebel", "name": ["Gergaji", "Ketam"],
                         "open_hour": 8, "close_hour": 16, "open_days": "Sen-Sab", "hourly_fee_rp": 20_000,
                         "ideal_cycle_s": [1.0, 60.0]})
WORKSHOPS = pd.DataFrame({"sentra": "mebel", "unit_id": ["M01", "M02", "M03", "M04"], "grid_row": [1, 1, 2, 2],
                          "grid_col": [1, 2, 1, 2], "product_line": ["lemari", "kursi", "meja", None]})


@pytest.fixture(autouse=True)
def _keep_language():
    before = get_language()
    yield
    set_language(before)


def _board():
    # occupancy Jan–Feb 2023; bookings and log are in January only
    return OperationsBoard(workshops=WORKSHOPS, occupancy=_occ(), machines=MACHINES, bookings=_bookings(), log=_log())


def test_board_builds_and_reacts():
    app = _board()
    assert app.message.value == ""
    app.month.value = app.month.options[0][1]  # January: bookings and log exist
    assert "Utilisasi" in app.kpis.value and "OEE" in app.kpis.value
    assert app.message.value == ""
    assert len(app.fig_heat.data) == 1 and len(app.fig_oee.data) == 1
    app.machine.value = "G1"
    app.tenant.value = "A"
    assert app.message.value == "" and "A" in app.note.value
    app.month.value = app.month.options[1][1]  # February: no bookings, no log → explained, not an error
    assert "Tidak ada" in app.kpis.value and app.message.value == ""
    app.language_toggle.value = "en"
    assert "Occupancy rate" in app.kpis.value


def test_oee_calculator_guards_bad_input():
    app = OeeCalculator()
    assert "74,8 %" in app.kpis.value
    app.good.value = 30_000
    assert "ikm-msg-error" in app.message.value and "tidak boleh lebih besar" in app.message.value
    assert "74,8 %" in app.kpis.value  # previous result kept
    app.good.value = 18_848
    assert app.message.value == ""
    app.detail.value = True
    app.breakdown.value, app.setup.value = 40, 7
    assert "Kerusakan mesin" in app.losses.value
    app.planned.value = -1
    assert "lebih besar dari 0" in app.message.value


def test_what_if_simulator_runs_with_progress():
    app = WhatIfSimulator(MACHINES, _bookings(), days=30, replications=2)
    app.use_reserve.value = True
    app.reserve_which.value = "G1"
    assert len(app.scenarios()) == 4
    app.run_button.click()
    assert app.progress.value == app.progress.max == 8
    assert app.comparison is not None and len(app.figure.data) == 1
    assert "ikm-msg-error" not in app.message.value
    app.metric.value = "utilization"
    assert app.figure.layout.yaxis.tickformat == ".0%"
    # a reserved window outside opening hours is still a valid scenario; an empty one is an error message
    app.reserve_hours.value = (10, 10)
    app.run_button.click()
    assert "ikm-msg-error" in app.message.value


def test_apps_with_shipped_data():
    pytest.importorskip("ikm_kit.data")
    from ikm_kit import data

    try:
        data.load("machines")
    except Exception:  # pragma: no cover - data not present
        pytest.skip("shipped data not available")
    board = OperationsBoard()
    assert board.message.value == "" and "OEE" in board.kpis.value
    board.sentra.value = "pangan"
    assert "ikm-msg-error" not in board.message.value
    sim = WhatIfSimulator(days=30, replications=2)
    sim.run_button.click()
    assert sim.comparison is not None and "ikm-msg-error" not in sim.message.value
