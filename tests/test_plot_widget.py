"""PlotView: the light chart widget (plotly.js served once as a static file, not in widget state)."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import plotly
import plotly.graph_objects as go
import pytest

from ikm_kit.figures.common import apply_layout, copy_into
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


def test_copy_into_hands_the_whole_figure_to_a_plot_view():
    view = PlotView()
    copy_into(view, go.Figure(go.Heatmap(z=[[1, 2], [3, 4]])))
    assert view.data[0].type == "heatmap" and _spec(view)["data"][0]["type"] == "heatmap"


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
    assert ASSET_PATH in state["_esm"]


def test_apps_use_plot_view_not_figure_widget():
    """Every chart in ikm_kit.widgets is a PlotView (a FigureWidget would put 5 MB on every page)."""
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "ikm_kit").rglob("*.py")
                 if re.search(r"FigureWidget\(", p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_installed_template_serves_the_matching_plotly_js():
    """hatch_build.py ships plotly.min.js in the ikm template, same version as plotly.py's."""
    asset = Path(sys.prefix) / "share/jupyter/voila/templates/ikm/static/plotly.min.js"
    assert asset.is_file(), "reinstall ikm-kit (pip install -e .): the build hook copies plotly.min.js"
    head = asset.read_text(encoding="utf-8", errors="replace")[:200]
    bundled = (Path(plotly.__file__).parent / "package_data" / "plotly.min.js").read_text(
        encoding="utf-8", errors="replace")[:200]
    version = re.search(r"plotly\.js v([\d.]+)", head)
    assert version and head == bundled, (head[:60], bundled[:60])
    assert asset.stat().st_size > 1_000_000


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
