"""ikm-kit's partial plotly.js bundle (tools/plotly-bundle) draws every figure the package makes."""
from __future__ import annotations

import json
import re
from pathlib import Path

import plotly.io as pio
import pytest

from test_plot_widget import _every_figure

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "share/jupyter/voila/templates/ikm/static/plotly.min.js"
#: the trace types registered in tools/plotly-bundle/entry.js (scatter is in plotly.js's core)
TRACES = {"scatter", "bar", "heatmap", "waterfall"}


def _figures_json() -> list[dict]:
    from ikm_kit.figures.leaders_report import trend_figures
    from ikm_kit.leaders.summary import leaders_summary

    figs = _every_figure() + list(trend_figures(leaders_summary("2023-12")).values())
    return [json.loads(pio.to_json(f, validate=False)) for f in figs]


def test_bundle_registers_the_trace_types_the_package_uses():
    """Every ``go.<Trace>`` in ikm_kit is one of TRACES; the entry registers exactly those."""
    used = set()
    for path in (ROOT / "ikm_kit").rglob("*.py"):
        used |= {m.lower() for m in re.findall(r"\bgo\.(Scatter\w*|Bar\w*|Heatmap\w*|Waterfall|Pie|Box|Histogram\w*|"
                                                 r"Violin|Funnel\w*|Table|Indicator|Sunburst|Treemap|Sankey|"
                                                 r"Contour\w*|Surface|Candlestick|Ohlc|Image)\(",
                                                 path.read_text(encoding="utf-8"))}
    assert used == TRACES, used
    entry = (ROOT / "tools/plotly-bundle/entry.js").read_text(encoding="utf-8")
    assert set(re.findall(r"require\('plotly\.js/lib/(\w+)'\)", entry)) == (TRACES - {"scatter"}) | {"core"}
    types = {tr.get("type", "scatter") for fig in _figures_json() for tr in fig["data"]}
    assert types == TRACES, types                    # the figures below exercise each of them


@pytest.mark.browser
def test_bundle_draws_every_figure(browser, tmp_path):
    """Each figure drawn by the committed bundle, offline: every trace has its module (a trace type
    missing from the bundle would be dropped silently) and the SVG has content."""
    figs = _figures_json()
    page_file = tmp_path / "draw.html"
    payload = json.dumps(figs).replace("</", "<\\/")
    page_file.write_text(
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><script src="{BUNDLE.as_uri()}"></script></head>'
        f'<body><script type="application/json" id="figs">{payload}</script>'
        "</body></html>", encoding="utf-8")
    ctx = browser.new_context(viewport={"width": 900, "height": 600}, offline=True)
    page = ctx.new_page()
    problems = []
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(page_file.as_uri())
    result = page.evaluate("""async () => {
        const figs = JSON.parse(document.getElementById('figs').textContent);
        const out = [];
        for (const f of figs) {
            const div = document.createElement('div');
            div.style.width = '800px'; div.style.height = '450px';
            document.body.appendChild(div);
            await Plotly.newPlot(div, f.data, f.layout);
            out.push({
                want: f.data.map(t => t.type || 'scatter'),
                got: div._fullData.map(t => [t.type, !!t._module, t.visible]),
                drawn: div.querySelectorAll('.main-svg .trace, .main-svg .hm, .main-svg image').length,
                decorations: div.querySelectorAll('.main-svg .shapelayer path, .main-svg .annotation').length,
            });
        }
        return {version: Plotly.version, out: out};
    }""")
    ctx.close()
    assert problems == []
    full = (Path(pio.__file__).parent.parent / "package_data" / "plotly.min.js").read_text(errors="replace")[:300]
    assert result["version"] == re.search(r"plotly\.js v([\d.]+)", full).group(1)
    assert len(result["out"]) == len(figs) >= 26
    for i, fig in enumerate(result["out"]):
        assert [g[0] for g in fig["got"]] == fig["want"], i
        assert all(g[1] for g in fig["got"]), (i, fig["got"])          # module registered
        assert all(g[2] is not False for g in fig["got"]), (i, fig["got"])
        # traces drawn (a diagram made only of shapes and notes, the fishbone, has those instead)
        assert fig["drawn"] >= len(fig["want"]) and fig["drawn"] + fig["decorations"] >= 1, (i, fig)
