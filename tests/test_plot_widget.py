"""PlotView: the light chart widget (plotly.js served once as a static file, not in widget state)."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import plotly
import plotly.graph_objects as go
import pytest

from ikm_kit.figures.common import apply_layout
from ikm_kit.widgets.plot import ASSET_PATH, PlotView

ROOT = Path(__file__).resolve().parent.parent


def _spec(view: PlotView) -> dict:
    return json.loads(view.spec)


def test_show_figure_sends_the_figure_as_json():
    view = PlotView()
    assert view.spec == "" and len(view.data) == 0
    fig = apply_layout(go.Figure(go.Bar(x=["A", "B"], y=[3, 5])), title="Contoh")
    view.show_figure(fig)
    spec = _spec(view)
    assert spec["data"][0]["type"] == "bar" and spec["layout"]["title"]["text"] == "Contoh"
    assert view.data[0].type == "bar" and view.layout.title.text == "Contoh" and view.figure is fig
    # numpy arrays travel as typed arrays or lists, never as Python reprs
    view.show_figure(go.Figure(go.Scatter(y=list(range(5)))))
    assert "array(" not in view.spec


def test_font_size_for_presentation_mode_applies_to_later_figures_too():
    view = PlotView(go.Figure(go.Bar(y=[1, 2])))
    view.set_font_size(20)
    assert _spec(view)["layout"]["font"]["size"] == 20
    view.show_figure(apply_layout(go.Figure(go.Bar(y=[3])), title="Baru"))
    assert _spec(view)["layout"]["font"]["size"] == 20
    assert view.figure.layout.font.size == 14          # the caller's figure is not modified
    view.set_font_size(None)
    assert _spec(view)["layout"]["font"]["size"] == 14


def test_texts_follow_the_language():
    import ikm_kit

    view = PlotView()
    assert view.loading_text == "Memuat grafik…" and "plotly.js" in view.error_text
    ikm_kit.set_language("en")
    try:
        view.apply_texts()
        assert view.loading_text == "Loading chart…"
    finally:
        ikm_kit.set_language("id")


def test_widget_state_is_small_no_plotly_bundle_inside():
    view = PlotView(go.Figure(go.Bar(y=[1, 2, 3])))
    state = view.get_state()
    size = len(json.dumps({k: v for k, v in state.items() if isinstance(v, str)}))
    assert size < 20_000, size                       # plotly's FigureWidget state: ~5 MB
    assert state["asset"] == ASSET_PATH and "plotly.min.js" not in state["_esm"]
    # one path in three places: the widget, the page template that preloads it, the build hook that ships it
    head = (ROOT / "share/jupyter/voila/templates/ikm/ikm_extra_head.html").read_text(encoding="utf-8")
    hook = (ROOT / "hatch_build.py").read_text(encoding="utf-8")
    assert ASSET_PATH == "voila/templates/ikm/static/plotly.min.js"
    assert "resources.include_url('static/plotly.min.js')" in head        # the same file, versioned (?v=)
    assert f'TARGET = "share/jupyter/{ASSET_PATH}"' in hook


def test_apps_use_plot_view_not_figure_widget():
    """Every chart in ikm_kit.widgets is a PlotView (a FigureWidget would put 5 MB on every page)."""
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "ikm_kit").rglob("*.py")
                 if re.search(r"FigureWidget\(", p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_installed_template_serves_the_matching_plotly_js():
    """The ikm template ships ikm-kit's partial plotly.js bundle, same version as plotly.py's
    (the build hook refuses another; tests/test_plotly_bundle.py checks it draws every figure)."""
    asset = Path(sys.prefix) / "share/jupyter/voila/templates/ikm/static/plotly.min.js"
    assert asset.is_file(), "reinstall ikm-kit (pip install -e .): the template ships plotly.min.js"
    assert asset.read_bytes() == (ROOT / "share/jupyter" / ASSET_PATH).read_bytes(), "reinstall ikm-kit"
    head = asset.read_text(encoding="utf-8", errors="replace")[:300]
    bundled = (Path(plotly.__file__).parent / "package_data" / "plotly.min.js").read_text(
        encoding="utf-8", errors="replace")[:300]
    version = re.search(r"plotly\.js v([\d.]+)", head)
    assert version and version.group(1) == re.search(r"plotly\.js v([\d.]+)", bundled).group(1)
    assert 800_000 < asset.stat().st_size < 1_500_000          # the full bundle is 4,8 MB


@pytest.mark.browser
def test_plotly_js_served_by_voila_and_cacheable(voila_server):
    import urllib.request

    url = voila_server.url + ASSET_PATH
    with urllib.request.urlopen(url, timeout=60) as resp:
        body = resp.read()
        etag = resp.headers.get("Etag")
    assert resp.status == 200 and len(body) > 1_000_000 and b"plotly.js v" in body[:200]
    assert etag                                          # the browser revalidates instead of downloading
    req = urllib.request.Request(url, headers={"If-None-Match": etag})
    try:
        urllib.request.urlopen(req, timeout=60)
        status = 200
    except urllib.error.HTTPError as exc:              # urllib raises on 304
        status = exc.code
    assert status == 304


# ---------------------------------------------------------------- fast builders
def _every_figure() -> list[go.Figure]:
    """One of each figure the toolkit builds (quality, costing, operations, summary, overview)."""
    import numpy as np

    from ikm_kit.costing import examples, hpp, monte_carlo, portfolio, tornado
    from ikm_kit.figures import costing as fc
    from ikm_kit.figures import operations as fo
    from ikm_kit.figures import quality as fq
    from ikm_kit.operations import capacity_check, machine_utilization, occupancy_summary, oee, oee_from_log
    from ikm_kit.quality import capability, fishbone, histogram, imr, p_chart, pareto, scatter, xbar_r
    from test_operations_capacity import MACHINES as CAP_MACHINES, ROUTINGS
    from test_operations_occupancy import _occ
    from test_operations_oee import _log
    from test_operations_utilization import MACHINES, _bookings

    rng = np.random.default_rng(7)
    data = rng.normal(10, 0.2, (30, 5))
    model = examples.lemari_2_badan()
    r = hpp(model)
    occ = occupancy_summary(_occ())
    util = machine_utilization(MACHINES, _bookings(), start="2023-01-02", end="2023-01-07")
    return [
        fq.control_chart_figure(xbar_r(data)),
        fq.control_chart_figure(imr(data[:, 0])),
        fq.control_chart_figure(p_chart([3, 5, 2, 9], [100, 100, 100, 100])),
        fq.pareto_figure(pareto({"retak": 12, "kasar": 30, "miring": 5})),
        fq.fishbone_figure(fishbone("Cacat", {"Mesin": ["aus"], "Manusia": ["lelah"]})),
        fq.histogram_figure(histogram(data.ravel())),
        fq.capability_figure(capability(data.ravel(), lsl=9.5, usl=10.5)),
        fq.scatter_figure(scatter(data[:, 0], data[:, 1])),
        fq.oc_curve_figure(50, 1, aql=0.01),
        fc.cost_breakdown_figure(r),
        fc.break_even_figure(r),
        fc.tornado_figure(tornado(model, pct=10)),
        fc.monte_carlo_figure(monte_carlo(model, n=2_000, seed=1)),
        fc.portfolio_figure(portfolio([model, examples.abon_ikan()])),
        fo.occupancy_trend_figure(occ, "mebel"),
        fo.rent_figure(occ),
        fo.utilization_heatmap_figure(util),
        fo.utilization_by_machine_figure(util),
        fo.oee_waterfall_figure(oee(420, 47, 1.0, 19_271, 18_848)),
        fo.oee_trend_figure(oee_from_log(_log())),
        fo.capacity_figure(capacity_check({"meja": 100}, ROUTINGS, CAP_MACHINES, days=30)),
    ]


def test_unvalidated_builders_give_the_same_json_as_validated(monkeypatch):
    """Builders skip plotly's property validation outside tests (≈ 2× faster); the JSON the
    browser receives must be identical either way."""
    import plotly.io as pio

    from ikm_kit.figures import common

    monkeypatch.setattr(common, "VALIDATE", True)
    checked = [pio.to_json(f, validate=False, remove_uids=True) for f in _every_figure()]
    monkeypatch.setattr(common, "VALIDATE", False)
    fast = _every_figure()
    assert not fast[0]._validate                       # the fast path really was taken
    fast_json = [pio.to_json(f, validate=False, remove_uids=True) for f in fast]
    assert len(checked) == len(fast_json) == 21

    def meaning(text: str) -> dict:
        fig = json.loads(text)              # an empty shapes/annotations list draws nothing either way
        fig["layout"] = {k: v for k, v in fig["layout"].items() if v != []}
        return fig

    for i, (a, b) in enumerate(zip(checked, fast_json)):
        assert meaning(a) == meaning(b), i
        assert '"template":"plotly_white"' not in b.replace(" ", "")   # a template object, never a bare name
