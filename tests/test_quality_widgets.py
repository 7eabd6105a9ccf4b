"""The quality apps build, react to their controls and never show a traceback."""
import pytest

pytest.importorskip("ipywidgets")

from ikm_kit.widgets.quality import (  # noqa: E402
    CapabilityExplorer, ControlChartExplorer, ProductionLineSimulator, SamplingPlanExplorer,
)


def test_control_chart_explorer_every_dataset_and_chart():
    app = ControlChartExplorer()
    assert len(app.figure.data) > 3
    for _, key in list(app.dataset.options):
        app.dataset.value = key
        for chart, _ in [(c[1], c[0]) for c in app.chart.options]:
            app.chart.value = chart
            app.phase2.value = True
            app.rules.value = "nelson"
            app.phase2.value = False
            app.rules.value = "western_electric"
            assert app.message.value == "", (key, chart, app.message.value)
    app.language_toggle.value = "en"
    assert "X-bar" in app.figure.layout.title.text or "chart" in app.figure.layout.title.text
    app.language_toggle.value = "id"


def test_capability_explorer_updates_kpis_and_reports_bad_limits():
    app = CapabilityExplorer()
    before = app.kpis.value
    app.shift.value = app.shift.max
    assert app.kpis.value != before and "Cpk" in app.kpis.value
    app.lsl.value = min(app.usl.value + 0.1, app.lsl.max)
    assert "ikm-msg-error" in app.message.value and "Traceback" not in app.message.value
    app.lsl.value = app.usl.value - 3
    assert app.message.value == ""


def test_capability_explorer_with_own_data():
    app = CapabilityExplorer([9.8, 10.1, 10.0, 10.2, 9.9, 10.0, 10.3], lsl=9.0, usl=11.0)
    assert app.source.value == "custom" and "Cp" in app.kpis.value


def test_sampling_plan_explorer():
    app = SamplingPlanExplorer()
    assert "80" in app.plan_html.value and "Ac" in app.plan_html.value
    app.inspection.value = "tightened"
    assert "diperketat" in app.plan_html.value
    app.aql.value = "1000"
    assert "ikm-msg-info" in app.message.value and len(app.figure.data) == 0
    app.aql.value = "2.5"
    assert app.message.value == "" and len(app.figure.data) >= 3


def test_production_line_simulator_scoreboard():
    app = ProductionLineSimulator(seed=5)
    start = app.hours
    app.next_hour.click()
    app.next_five.click()
    assert app.hours == start + 6
    entry = app.claim_shift()
    assert entry["false_alarm"] == (entry["claimed_hour"] < entry["shift_hour"])
    assert "Papan skor" in app.scoreboard.value
    app.next_hour.click()                      # round over: an info message, no crash
    assert "ikm-msg-info" in app.message.value
    app.new_round.click()
    assert app.seed.value == 6 and app.hours == start
    app.advance(40)
    second = app.claim_shift()
    assert second["hours_taken"] is not None and second["hours_taken"] >= 0
    assert len(app.scores) == 2
