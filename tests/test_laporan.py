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
    ctx.close()
