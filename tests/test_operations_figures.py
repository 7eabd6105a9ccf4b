"""Figures build from small hand-made results, in both languages, with translated labels."""
import pandas as pd
import plotly.graph_objects as go
import pytest

from ikm_kit.figures.operations import (bookings_gantt_figure, capacity_figure, occupancy_trend_figure,
                                        oee_trend_figure, oee_waterfall_figure, rent_figure,
                                        scenario_comparison_figure, site_map_figure,
                                        utilization_by_machine_figure, utilization_heatmap_figure)
from ikm_kit.i18n import language
from ikm_kit.operations import (add_machine, capacity_check, compare_scenarios, furniture_scenario,
                                machine_utilization, occupancy_summary, oee, oee_from_log, unit_status)

from test_operations_bookings import _b
from test_operations_capacity import MACHINES as CAP_MACHINES, ROUTINGS
from test_operations_occupancy import _occ
from test_operations_oee import _log
from test_operations_utilization import MACHINES, _bookings


def _all_text(fig: go.Figure) -> str:
    return fig.to_json()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_figure_builds(lang):
    with language(lang):
        occ = occupancy_summary(_occ())
        workshops = pd.DataFrame({"sentra": "mebel", "unit_id": ["M01", "M02", "M03", "M04"], "grid_row": [1, 1, 2, 2],
                                  "grid_col": [1, 2, 1, 2], "product_line": ["lemari", "kursi", "meja", None]})
        figs = [
            site_map_figure(unit_status(workshops, _occ(), "2023-02")),
            occupancy_trend_figure(occ, "mebel"),
            rent_figure(occ),
            utilization_heatmap_figure(machine_utilization(MACHINES, _bookings(), start="2023-01-02", end="2023-01-07")),
            utilization_by_machine_figure(machine_utilization(MACHINES, _bookings())),
            oee_waterfall_figure(oee(420, 47, 1.0, 19_271, 18_848)),
            oee_waterfall_figure(oee_from_log(_log(), freq=None)),
            oee_trend_figure(oee_from_log(_log())),
            bookings_gantt_figure(_b([("B1", "G1", "A", "2023-01-02 08:00", "2023-01-02 10:00", "selesai"),
                                      ("B2", "G1", "B", "2023-01-02 09:00", "2023-01-02 11:00", "selesai"),
                                      ("B3", "G2", "B", "2023-01-02 09:00", "2023-01-02 11:00", "batal")]),
                                  highlight_tenant="A"),
            capacity_figure(capacity_check({"meja": 100}, ROUTINGS, CAP_MACHINES, days=30)),
        ]
        for f in figs:
            assert isinstance(f, go.Figure)
            text = _all_text(f)
            assert "operations." not in text  # no untranslated key leaked
        word = {"id": "Terisi", "en": "Occupied"}[lang]
        assert word in _all_text(figs[0])
        assert f.layout.separators == (",." if lang == "id" else ".,")


def test_waterfall_values_add_up():
    r = oee(420, 47, 1.0, 19_271, 18_848)
    f = oee_waterfall_figure(r)
    y = list(f.data[0].y)
    assert y[0] == 420 and y[0] + sum(y[1:4]) == pytest.approx(y[4])
    assert "74,8 %" in f.to_json()


def test_gantt_marks_clashes_and_heatmap_shape():
    b = _b([("B1", "G1", "A", "2023-01-02 08:00", "2023-01-02 10:00", "selesai"),
            ("B2", "G1", "B", "2023-01-02 09:00", "2023-01-02 11:00", "selesai"),
            ("B3", "G1", "B", "2023-01-02 12:00", "2023-01-02 13:00", "selesai")])
    f = bookings_gantt_figure(b)
    clash = [tr for tr in f.data if tr.name == "Bentrok"]
    assert len(clash) == 1 and len(clash[0].y) == 2
    h = utilization_heatmap_figure(machine_utilization(MACHINES, _bookings(), start="2023-01-02", end="2023-01-07"))
    assert list(h.data[0].y) == ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab"]  # Sunday closed: dropped
    assert list(h.data[0].x)[0] == "08"


def test_scenario_comparison_has_error_bars():
    base = furniture_scenario()
    cmp = compare_scenarios([base, add_machine(base, "MB02")], days=30, replications=3, seed=1)
    f = scenario_comparison_figure(cmp)
    assert len(f.data[0].x) == 2 and f.data[0].error_y.array is not None
    f2 = scenario_comparison_figure(cmp, "utilization")
    assert f2.layout.yaxis.tickformat == ".0%"
