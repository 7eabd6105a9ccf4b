"""`ikm-kit laporan`: the leaders' report as one self-contained HTML file and a PDF (issue 20)."""
from __future__ import annotations

import math
import re

import pytest

from ikm_kit import cli
from ikm_kit.figures.leaders_report import trend_figures
from ikm_kit.leaders.export import report_filename, summary_html
from ikm_kit.leaders.summary import METRICS, SENTRAS, format_metric, leaders_summary

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("laporan")
    assert cli.main(["laporan", "--bulan", "2023-12", "--out", str(out)]) == 0
    return out


def test_cli_writes_html_and_pdf_named_with_the_month(report, capsys):
    html_path = report / "ringkasan_pimpinan_2023_12.html"
    pdf_path = report / "ringkasan_pimpinan_2023_12.pdf"
    assert sorted(p.name for p in report.iterdir()) == [html_path.name, pdf_path.name]
    assert report_filename(leaders_summary("2023-12").month, "pdf") == pdf_path.name
    assert pdf_path.read_bytes().startswith(b"%PDF-")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf_path.read_bytes()))
    assert 1 <= pages <= 4, pages
    size = html_path.stat().st_size
    assert 20_000 < size <= 300_000, size


def test_html_is_self_contained(report):
    doc = (report / "ringkasan_pimpinan_2023_12.html").read_text(encoding="utf-8")
    assert doc.startswith("<!DOCTYPE html>") and 'name="viewport"' in doc and "@media print" in doc
    assert "<script" not in doc.lower() and "<iframe" not in doc.lower() and "@import" not in doc
    # no request of any kind: the only URLs are XML namespaces inside the SVG charts
    urls = set(re.findall(r"(?:https?:)?//[\w.-]+[^\s\"')<]*", doc))
    assert urls <= {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}, urls
    assert not re.search(r"""\b(?:src|href)\s*=""", doc)
    assert "url(" not in doc.replace("url(#", "")   # only in-document references (clip paths)
    assert "Desember 2023" in doc
    assert doc.count("<svg") == len(METRICS)


def test_kpis_are_the_summary_values():
    s = leaders_summary("2023-12")
    charts = {m: '<svg width="10" height="10"></svg>' for m in METRICS}
    doc = summary_html(s, charts=charts)
    for sentra in SENTRAS:
        for metric in METRICS:
            value = s.current[sentra][metric]
            assert not math.isnan(value)
            card = re.search(rf'data-metric="{metric}" data-sentra="{sentra}">(.*?)</div></div>', doc).group(1)
            assert f'class="value">{format_metric(metric, value)}<' in card.replace("&nbsp;", "\xa0")
    # hand check of one shown value: revenue = rent received + machine fees
    mebel = s.current["mebel"]
    assert mebel["revenue_rp"] == pytest.approx(mebel["rent_paid_rp"] + mebel["machine_fees_rp"])
    assert 'viewBox="0 0 10 10"' in doc                      # charts scale to the page width


def test_trend_figures_are_the_dashboard_chart():
    from ikm_kit.figures.summary import summary_trend_figure

    s = leaders_summary("2023-12")
    figs = trend_figures(s)
    assert list(figs) == list(METRICS)
    dash = summary_trend_figure(s.trends, "oee", s.month)
    assert [list(tr.y) for tr in figs["oee"].data] == [list(tr.y) for tr in dash.data]


def test_bad_month_is_an_indonesian_error(tmp_path, capsys):
    assert cli.main(["laporan", "--bulan", "2031-01", "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "2031-01" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_missing_chromium_is_a_clear_message(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("IKM_CHROMIUM", str(tmp_path / "tidak-ada"))
    assert cli.main(["laporan", "--bulan", "2023-12", "--out", str(tmp_path / "o")]) == 2
    assert "Chromium tidak ditemukan" in capsys.readouterr().err


@pytest.mark.browser
def test_report_offline_at_phone_width(report, browser):
    """Opened from disk at 375 px with every network request blocked: all KPIs and charts show,
    nothing is requested, no sideways scrolling."""
    s = leaders_summary("2023-12")
    path = report / "ringkasan_pimpinan_2023_12.html"
    ctx = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True,
                              device_scale_factor=2, offline=True)
    requests = []
    ctx.on("request", lambda r: requests.append(r.url))
    page = ctx.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(path.as_uri())
    assert requests == [path.as_uri()]
    assert errors == []
    width = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert width[0] <= width[1] <= 375, width
    for sentra in SENTRAS:
        for metric in METRICS:
            card = page.locator(f'.kpi[data-metric="{metric}"][data-sentra="{sentra}"]')
            assert card.is_visible()
            box = card.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 375
            shown = card.locator(".value").inner_text().replace("\xa0", " ")
            assert shown == format_metric(metric, s.current[sentra][metric]).replace("\xa0", " ")
    for metric in METRICS:
        chart = page.locator(f'figure.chart[data-metric="{metric}"] svg').first
        chart.scroll_into_view_if_needed()
        box = chart.bounding_box()
        assert box["width"] > 250 and box["height"] > 150 and box["x"] + box["width"] <= 375, box
        # the lines are drawn: both sentras' traces have points in the SVG
        assert chart.locator("path.js-line").count() >= 1
    # the budget line: both sentras' lines and tariff tables shown (open), inside the screen; a table
    # wider than the screen would scroll inside its box, never the page
    budget = page.locator("section.budget")
    budget.scroll_into_view_if_needed()
    assert budget.locator(".ikm-budget-line").count() == len(SENTRAS)
    for table in budget.locator("table").all():
        assert table.is_visible()
        box = table.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 375, box
    assert "U = belum terverifikasi" in budget.inner_text()
    ctx.close()


# ----------------------------------------------------------------- the sentras' budget line
def _budget_by_hand(sentra: str, year: int) -> dict[str, float]:
    """The budget line recomputed from the CSV files with pandas only (not with ikm_kit.operations):

    penerimaan daerah = rent paid (occupancy_monthly) + Σ booked hours (machine_bookings, status
    ``selesai`` or ``tidak_hadir``: a no-show is charged) × hourly_fee_rp (machines);
    biaya UPTD = Σ used hours (``selesai``) × power_kw × load factor × Rp/kWh (B-2) + Σ purchase value ×
    maintenance % + operator share × UMK × 12 + building value (Rp/m² × workshop floor area) ×
    building maintenance % + shared staff × UMK × 12 + general costs;
    subsidi APBD = biaya − penerimaan (pengelolaan-sentra.md, data/README.md).
    """
    import pandas as pd

    from ikm_kit.data import data_dir

    folder = data_dir()
    p = pd.read_csv(folder / "parameters.csv")

    def par(key, y=None):
        rows = p[p["key"] == key]
        if y is not None and len(rows) > 1:
            rows = rows[rows["year"] == y]
        return float(rows["value"].iloc[0])

    occ = pd.read_csv(folder / "occupancy_monthly.csv", parse_dates=["month"])
    occ = occ[(occ["sentra"] == sentra) & (occ["month"].dt.year == year)]
    machines = pd.read_csv(folder / "machines.csv")
    machines = machines[machines["sentra"] == sentra]
    b = pd.read_csv(folder / "machine_bookings.csv", parse_dates=["start", "end"])
    b = b[b["start"].dt.year == year]
    hours = (b["end"] - b["start"]).dt.total_seconds() / 3600
    booked = hours[b["status"].isin(["selesai", "tidak_hadir"])].groupby(b["machine_id"]).sum()
    used = hours[b["status"] == "selesai"].groupby(b["machine_id"]).sum()
    umk = par("umk_kendari", year)
    fees = sum(booked.get(m.machine_id, 0.0) * m.hourly_fee_rp for m in machines.itertuples())
    energy = sum(used.get(m.machine_id, 0.0) * m.power_kw * par("tarif_mesin_faktor_beban")
                 * par("tarif_listrik_sentra_tinggi") for m in machines.itertuples())
    maintenance = machines["purchase_value_rp"].sum() * par("tarif_mesin_pemeliharaan_pct") / 100
    operators = sum(par(f"tarif_mesin_porsi_operator.{m}") for m in machines["machine_id"]
                    if f"tarif_mesin_porsi_operator.{m}" in set(p["key"])) * umk * 12
    ws = pd.read_csv(folder / "workshops.csv")
    building = par("bangunan_sentra_biaya_per_m2") * ws.loc[ws["sentra"] == sentra, "area_m2"].sum()
    shared = par(f"sentra_petugas_bersama.{sentra}") * umk * 12 + par(f"sentra_biaya_umum_per_tahun.{sentra}")
    revenue = occ["rent_paid_rp"].sum() + fees
    cost = energy + maintenance + operators + building * par("bangunan_sentra_pemeliharaan_pct") / 100 + shared
    return {"revenue": revenue, "cost": cost, "subsidy": cost - revenue, "rent_billed": occ["rent_billed_rp"].sum()}


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xa0", " ").replace("&nbsp;", " "))


def test_budget_line_in_html_and_pdf(report):
    """The report shows the dashboard's budget line of 2023 (numbers checked against a hand calculation
    from the CSV files), the tariffs behind it, the U marks and the source; in the HTML and the PDF."""
    import html as html_lib
    import shutil
    import subprocess

    from ikm_kit.formats import rupiah

    doc = (report / "ringkasan_pimpinan_2023_12.html").read_text(encoding="utf-8")
    texts = {"html": _plain(html_lib.unescape(re.sub(r"<[^>]+>", " ", doc)))}
    if shutil.which("pdftotext"):
        pdf = report / "ringkasan_pimpinan_2023_12.pdf"
        texts["pdf"] = _plain(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                             check=True).stdout)
    hand = {s: _budget_by_hand(s, 2023) for s in SENTRAS}
    # mebel covers its operating costs in 2023 (a surplus), pangan needs a subsidy (assumptions U)
    assert hand["mebel"]["subsidy"] < 0 < hand["pangan"]["subsidy"]
    for where, text in texts.items():
        assert "Anggaran tahunan sentra" in text, where
        for sentra, h in hand.items():
            assert f"penerimaan daerah {rupiah(h['revenue'])}" in text, (where, sentra)
            assert f"biaya UPTD {rupiah(h['cost'])} (U)" in text, (where, sentra)
            assert f"sewa ditagih {rupiah(h['rent_billed'])}" in text, (where, sentra)
        assert f"surplus operasional {rupiah(-hand['mebel']['subsidy'])} (U" in text, where
        assert f"subsidi APBD yang dibutuhkan {rupiah(hand['pangan']['subsidy'])} (U" in text, where
        # the tariffs behind the figures: today's fee of the kiln (machines.csv) and the column labels
        assert "Oven pengering kayu (kiln) Rp 15.000" in text and "Tarif per jam" in text, where
        assert "U = belum terverifikasi" in text and "Sumber:" in text and "data/parameters.csv" in text, where
        assert "penerimaan daerah yang disetor ke kas daerah" in text, where
    assert len(doc.encode("utf-8")) <= 300_000


def test_budget_line_has_one_source_for_dashboard_and_report():
    """The dashboard's budget block and the report's are one rendering of the same numbers and labels."""
    from ikm_kit.leaders.budget import budget_html, leaders_budget
    from ikm_kit.widgets.tariffs import budget_line_html

    s = leaders_summary("2023-12")
    doc = summary_html(s, charts={})
    dashboard = budget_line_html(2023)
    budget = leaders_budget(2023)
    assert dashboard == budget_html(budget)
    assert budget_html(budget, expanded=True, heading="h2") in doc
    assert [line.sentra for line in budget.lines] == list(SENTRAS)
    for line in budget.lines:
        hand = _budget_by_hand(line.sentra, 2023)
        assert line.revenue_rp == pytest.approx(hand["revenue"], abs=0.5)
        assert line.cost_rp == pytest.approx(hand["cost"], abs=0.5)
        assert line.subsidy_rp == pytest.approx(hand["subsidy"], abs=0.5)
    # English follows the active language, numbers stay Indonesian-formatted Rp
    from ikm_kit import i18n

    i18n.set_language("en")
    english = summary_html(s, charts={})
    assert "Yearly budget of the sentras" in english and "U = unverified" in english
    assert "Anggaran tahunan sentra" not in english
    i18n.set_language("id")
    assert all(not line.notes for line in budget.lines)
    # 2022: no machine bookings in the data (no fees, no energy): the line says so
    b2022 = leaders_budget(2022)
    assert all(line.notes == ["Tidak ada data pemesanan mesin untuk tahun 2022."] for line in b2022.lines)
    assert "Tidak ada data pemesanan mesin untuk tahun 2022." in budget_html(b2022)
    # a year without data: nothing shown (no empty heading)
    assert budget_html(leaders_budget(2019)) == "" and budget_line_html(2019) == ""
