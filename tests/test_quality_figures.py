"""Figures for the quality tools: traces, Indonesian labels, locale separators."""
import numpy as np

from ikm_kit.figures.quality import (
    capability_figure, control_chart_figure, fishbone_figure, histogram_figure, oc_curve_figure,
    pareto_figure, scatter_figure,
)
from ikm_kit.i18n import language
from ikm_kit.quality import (
    capability, fishbone, histogram, imr, iso2859_plan, p_chart, pareto, scatter, u_chart, xbar_r,
)


def _all_text(fig) -> str:
    return fig.to_json()


def test_control_chart_highlights_and_explains_signals():
    x = np.r_[np.zeros(20), 5.0, np.zeros(5)]
    res = imr(x + np.random.default_rng(1).normal(0, 0.1, x.size))
    fig = control_chart_figure(res)
    names = [tr.name for tr in fig.data]
    assert "Tanda penyebab khusus" in names and "Batas kendali atas (BKA)" in names
    signals = next(tr for tr in fig.data if tr.name == "Tanda penyebab khusus")
    assert 21 in list(signals.x) and "di atas BKA" in " ".join(signals.customdata)
    assert fig.layout.separators == ",."
    with language("en"):
        en = control_chart_figure(res)
        assert en.layout.separators == ".," and "Upper control limit (UCL)" in [tr.name for tr in en.data]


def test_varying_limits_are_drawn_as_steps():
    fig = control_chart_figure(u_chart([14, 12, 20, 11], [10, 8, 13, 10]))
    ucl = next(tr for tr in fig.data if tr.name == "Batas kendali atas (BKA)")
    assert ucl.line.shape == "hv" and len(ucl.y) == 5


def test_compound_chart_has_two_panels_and_phase_two_title():
    data = np.random.default_rng(2).normal(10, 1, (30, 5))
    first = xbar_r(data[:20])
    fig = control_chart_figure(xbar_r(data, limits=first))
    assert "fase II" in fig.layout.title.text
    assert {tr.yaxis for tr in fig.data} == {"y", "y2"}


def test_pareto_cumulative_line_and_vital_few_colours():
    fig = pareto_figure(pareto({"retak": 5, "goresan": 20, "cat belang": 13, "ukuran": 2}))
    bar = fig.data[0]
    assert list(bar.x) == ["goresan", "cat belang", "retak", "ukuran"]
    assert bar.marker.color[0] != bar.marker.color[-1]
    assert "Persentase kumulatif" in [tr.name for tr in fig.data]
    by_cost = pareto_figure(pareto({"a": 1, "b": 2}, cost={"a": 100_000, "b": 1000}))
    assert "Rp" in by_cost.layout.title.text


def test_fishbone_figure_shows_all_six_m_and_causes():
    fig = fishbone_figure(fishbone("Kaki meja tidak rata", {"mesin": ["mata gergaji tumpul"]}))
    text = _all_text(fig)
    for word in ("Manusia", "Mesin", "Metode", "Material", "Pengukuran", "Lingkungan", "mata gergaji"):
        assert word in text


def test_histogram_and_capability_figures_mark_specs():
    x = np.random.default_rng(3).normal(720, 0.5, 300)
    fig = histogram_figure(histogram(x, lsl=718, usl=722), unit="mm")
    assert "BSB" in _all_text(fig) and "BSA" in _all_text(fig)
    cap = capability_figure(capability(x, lsl=718, usl=722), unit="mm")
    assert "Cpk" in cap.layout.title.text and "," in cap.layout.title.text


def test_scatter_and_oc_figures():
    s = scatter_figure(scatter(np.arange(10.0), np.arange(10.0) * 2 + 1), x_title="suhu", y_title="kadar air")
    assert "r = 1" in s.layout.title.text
    oc = oc_curve_figure(iso2859_plan(1000, 1.0), ltpd=0.06)
    names = [tr.name for tr in oc.data]
    assert "AQL" in names and "LTPD" in names and "n = 80, c = 2" in names
    assert max(oc.data[0].y) <= 1.0


def test_one_million_points_figure_uses_lines_only():
    res = p_chart(np.random.default_rng(4).binomial(50, 0.1, 100_000), 50, rules=None)
    fig = control_chart_figure(res)
    assert fig.data[0].mode == "lines"
