"""Leaders' summary (pure computation), its exports, and the dashboard apps without a browser."""
import io
import math

import pandas as pd
import pytest

from ikm_kit.leaders.summary import METRICS, leaders_summary, monthly_indicators


@pytest.fixture(scope="module")
def trends():
    return monthly_indicators()


def test_indicators_have_both_sentras_and_sane_ranges(trends):
    assert set(trends["sentra"]) == {"mebel", "pangan"}
    for col in ("occupancy_rate", "utilization", "oee", "defect_rate"):
        values = trends[col].dropna()
        assert len(values) and values.between(0, 1).all(), col
    dec = trends[(trends["sentra"] == "mebel") & (trends["month"] == "2023-12-01")].iloc[0]
    assert dec["occupied"] == 23 and dec["units"] == 40
    assert dec["revenue_rp"] == pytest.approx(dec["rent_paid_rp"] + dec["machine_fees_rp"])
    # the food sentra is reported from its opening (July 2023)
    assert trends[trends["sentra"] == "pangan"]["month"].min() == pd.Timestamp("2023-07-01")


def test_summary_defaults_to_latest_month_and_compares_with_previous(trends):
    s = leaders_summary(trends=trends)
    assert s.month == pd.Timestamp("2023-12-01")
    table = s.kpi_table()
    assert set(table["metric"]) == set(METRICS)
    row = table[(table["metric"] == "occupancy_rate") & (table["sentra"] == "mebel")].iloc[0]
    assert row["change"] == pytest.approx(0.025)


def test_paragraph_says_what_changed_and_what_needs_attention(trends):
    s = leaders_summary("2023-12", trends=trends)
    text = s.paragraph()
    assert text.startswith("Ringkasan Desember 2023")
    assert "naik dari 55 % menjadi 57 %" in text
    assert "Perlu perhatian:" in text and "OEE" in text and text.endswith(".")


def test_bad_month_is_an_indonesian_error(trends):
    from ikm_kit.errors import DataError

    with pytest.raises(DataError, match="tidak ada dalam data"):
        leaders_summary("2030-01", trends=trends)


def test_thresholds_with_hand_made_frames():
    occ = pd.DataFrame({"month": pd.to_datetime(["2023-01-01"] * 2 + ["2023-02-01"] * 2),
                        "sentra": "mebel", "unit_id": ["M01", "M02"] * 2,
                        "status": ["terisi", "kosong", "terisi", "terisi"], "tenant": ["A", "", "A", "B"],
                        "rent_billed_rp": [100, 0, 100, 100], "rent_paid_rp": [100, 0, 100, 100]})
    empty = pd.DataFrame(columns=["booking_id", "machine_id", "tenant", "start", "end", "status"])
    log = pd.DataFrame(columns=["date", "machine_id", "planned_min", "total_count", "good_count"])
    ins = pd.DataFrame(columns=["date", "sentra", "inspected", "defectives"])
    from ikm_kit import data

    s = leaders_summary(occupancy=occ, machines=data.load("machines"), bookings=empty, log=log, inspections=ins)
    assert s.month == pd.Timestamp("2023-02-01")
    assert s.current["mebel"]["occupancy_rate"] == 1.0
    assert math.isnan(s.current["mebel"]["oee"])
    assert "Tidak ada indikator di bawah batas" in s.paragraph()


def test_html_report_is_self_contained_and_printable(trends):
    from ikm_kit.figures.leaders_report import report_html

    html = report_html(leaders_summary("2023-11", trends=trends))
    assert html.startswith("<!DOCTYPE html>") and "@media print" in html and "<svg" in html
    assert "<script" not in html and "http://" not in html.replace("http://www.w3.org/2000/svg", "").replace(
        "http://www.w3.org/1999/xlink", "")
    assert "November 2023" in html


def test_xlsx_export_escapes_formulas(trends):
    from openpyxl import load_workbook

    from ikm_kit.leaders.export import summary_xlsx

    s = leaders_summary(trends=trends)
    s.paragraph = lambda: "=HYPERLINK(\"http://x\")"           # a hostile text cell
    book = load_workbook(io.BytesIO(summary_xlsx(s)))
    assert book.sheetnames == ["Ringkasan", "Tren"]
    values = [c.value for row in book["Ringkasan"].iter_rows() for c in row if isinstance(c.value, str)]
    assert "'=HYPERLINK(\"http://x\")" in values
    assert not any(v.startswith(("=", "+", "-", "@")) for v in values)
    assert book["Tren"].max_row == len(trends) + 1


# ----------------------------------------------------------------- apps (no browser)
def test_leaders_app_controls_and_exports():
    from ikm_kit.widgets.dashboards import LeadersSummaryApp

    app = LeadersSummaryApp()
    kpis = app.kpis.value
    app.month.value = app.month.options[-2][1]
    assert app.kpis.value != kpis and app.message.value == ""
    before = [tuple(tr.y) for tr in app.figure.data]
    app.metric.value = "oee"
    assert [tuple(tr.y) for tr in app.figure.data] != before
    app.export_html.click()
    app.export_pdf.click()
    app.export_xlsx.click()
    assert app.message.value == ""
    assert 'download="ringkasan_pimpinan_2023_11.html"' in app.links.value
    assert 'download="ringkasan_pimpinan_2023_11.pdf"' in app.links.value
    assert "data:application/pdf;base64,JVBERi" in app.links.value       # "%PDF" base64-encoded
    assert 'download="ringkasan_pimpinan_2023_11.xlsx"' in app.links.value
    app.language_toggle.value = "en"
    assert "Estimated revenue" in app.kpis.value


def test_quality_dashboard_is_lazy_and_relabels_children():
    from ikm_kit.widgets.dashboards import QualitySimulatorDashboard

    app = QualitySimulatorDashboard()
    assert list(app.apps) == ["line"]
    assert app.apps["line"].toolbar.layout.display == "none"
    app.mode.value = "sampling"
    assert set(app.apps) == {"line", "sampling"}
    app.language_toggle.value = "en"
    assert app.apps["sampling"].lot_size.description == "Lot size (N)"
    assert app.apps["line"].claim.description == "I see a shift!"


def test_quality_dashboard_upload_keeps_previous_data_on_error():
    from ikm_kit.widgets.dashboards import QualitySimulatorDashboard

    app = QualitySimulatorDashboard(mode="capability")
    kpis = app.apps["capability"].kpis.value
    app._upload("u.csv", b"value\n1\nx\n")
    assert "baris 3" in app.message.value and app.apps["capability"].kpis.value == kpis
    app._upload("u.csv", b"value;lsl;usl\n10,1;9;11\n10,3;;\n9,8;;\n10,0;;\n")
    assert "ikm-msg-ok" in app.message.value and app.apps["capability"].source.value == "upload"


def test_utilization_dashboard_single_figure_and_upload_rollback():
    import ipywidgets as widgets
    import plotly.graph_objects as go

    from ikm_kit.data.uploads import template_bytes
    from ikm_kit.widgets.dashboards import UtilizationDashboard

    from ikm_kit.widgets.plot import PlotView

    existing = set(widgets.Widget.widgets)
    app = UtilizationDashboard()
    new = [w for k, w in widgets.Widget.widgets.items() if k not in existing]
    assert app.figure in [w for w in new if isinstance(w, PlotView)] and not isinstance(app.fig_heat, PlotView)
    # no plotly FigureWidget (which carries ~5 MB of plotly.js in its state) on the page
    assert not [w for w in new if isinstance(w, go.FigureWidget)]
    app.view.value = "heatmap"
    assert app.figure.data[0].type == "heatmap"
    months = app.month.options
    bad = (b"month,sentra,unit_id,status,rent_billed_rp,rent_paid_rp\n"
           b"2023-07,mebel,X99,terisi,0,0\n")
    app._upload("occ.csv", bad)
    assert "X99" in app.message.value and app.month.options == months
    app._upload("occ.csv", template_bytes("occupancy"))
    assert "ikm-msg-ok" in app.message.value and len(app.month.options) == 12
    app.view.value = "whatif"
    assert app.whatif is not None and app.view_holder.children == (app.whatif,)


def test_hpp_dashboard_rejects_zip_bomb_and_reads_workbook():
    from ikm_kit.costing import examples, workbook_bytes
    from ikm_kit.widgets.dashboards import HppCalculatorDashboard

    app = HppCalculatorDashboard()
    buf = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/big.xml", b"\0" * (70 * 1024 * 1024))
    kpis = app.kpis.value
    app._on_upload({"new": [{"name": "bom.xlsx", "content": buf.getvalue()}]})
    assert "terlalu besar" in app.message.value and app.kpis.value == kpis
    app._on_upload({"new": [{"name": "abon.xlsx", "content": workbook_bytes(examples.abon_ikan())}]})
    assert "ikm-msg-ok" in app.message.value and app.kpis.value != kpis
