"""Costing figures and the CostingApp widget (no browser needed)."""
from __future__ import annotations

import base64
import io
import re


import numpy as np
import plotly.graph_objects as go
import pytest
from openpyxl import load_workbook

import ikm_kit
from ikm_kit.costing import examples, hpp, monte_carlo, portfolio, to_excel, tornado
from ikm_kit.errors import InputError
from ikm_kit.figures.costing import (
    SPECS, break_even_figure, cost_breakdown_figure, monte_carlo_figure, portfolio_figure, tornado_figure,
    update_figure,
)


@pytest.fixture(autouse=True)
def _indonesian():
    ikm_kit.set_language("id")
    yield
    ikm_kit.set_language("id")


def _texts(fig: go.Figure) -> str:
    return str(fig.to_plotly_json())


def _no_missing_key(text: str) -> bool:
    return re.search(r"\bcosting\.[a-z_]+\.[a-z_]", text) is None


def test_breakdown_figures():
    r = hpp(examples.lemari_2_badan())
    fig = cost_breakdown_figure(r)
    assert [tr.type for tr in fig.data] == ["bar"] * 4
    assert fig.layout.barmode == "stack"
    assert sum(tr.y[0] for tr in fig.data) == pytest.approx(r.hpp_full)
    assert sum(tr.y[1] for tr in fig.data) == pytest.approx(r.hpp_variable)
    assert fig.layout.shapes[0].y0 == r.price                       # price line
    assert "Harga pokok produksi" in fig.layout.title.text
    assert "Rp 1.952.016" in _texts(fig) and _no_missing_key(_texts(fig))
    wf = cost_breakdown_figure(r, mode="waterfall")
    assert wf.data[0].type == "waterfall" and list(wf.data[0].measure)[-1] == "total"
    with pytest.raises(InputError):
        cost_breakdown_figure(r, mode="pie")
    with pytest.raises(InputError):
        cost_breakdown_figure("bukan hasil")


def test_break_even_figure_marks_bep():
    r = hpp(examples.idx_example())
    fig = break_even_figure(r)
    bep = [tr for tr in fig.data if tr.mode == "markers+text"][0]
    assert bep.x[0] == pytest.approx(7_000) and bep.y[0] == pytest.approx(665_000_000)
    assert "7.000" in bep.text[0] and "Rp 665.000.000" in bep.text[0]
    assert fig.layout.yaxis.tickprefix == "Rp "
    assert fig.layout.separators == ",."
    with pytest.raises(InputError):     # no break-even when price <= variable cost
        break_even_figure(hpp(examples.lemari_2_badan(price=1_000_000)))


def test_tornado_and_monte_carlo_figures():
    m = examples.lemari_2_badan()
    df = tornado(m)
    fig = tornado_figure(df)
    assert len(fig.data) == 2 and fig.data[0].orientation == "h"
    assert list(fig.data[0].y)[-1] == df.iloc[0]["label"]          # largest on top
    mc = monte_carlo(m, n=5_000, seed=3)
    f2 = monte_carlo_figure(mc)
    assert "peluang rugi" in f2.layout.title.text
    assert np.sum(f2.data[0].y) == pytest.approx(1.0)
    f3 = monte_carlo_figure(mc, output="hpp_full")
    assert "HPP full costing" in f3.layout.title.text
    pf = portfolio_figure(portfolio([m, examples.abon_ikan()]))
    assert pf.data[0].marker.color[-1] == "#009E73"              # best product highlighted, at the top
    for f in (fig, f2, f3, pf):
        assert _no_missing_key(_texts(f))
    ikm_kit.set_language("en")
    assert "probability of loss" in monte_carlo_figure(mc).layout.title.text


def test_update_figure_in_place():
    fw = go.Figure()
    r = hpp(examples.lemari_2_badan())
    update_figure(fw, SPECS["breakdown"](r))
    first = fw.data[0]
    r2 = hpp(examples.lemari_2_badan(price=2_000_000))
    update_figure(fw, SPECS["breakdown"](r2))
    assert fw.data[0] is first                                       # same trace object, data updated
    assert fw.layout.shapes[0].y0 == 2_000_000
    update_figure(fw, SPECS["break_even"](r2))
    assert len(fw.data) == 8


# --------------------------------------------------------------------------- widget

def test_costing_app_updates_and_guards():
    from ikm_kit.widgets.costing import CostingApp

    app = CostingApp()
    assert app.result.hpp_full == pytest.approx(1_952_016.0133)
    assert "Rp 1.952.016" in app.kpis.value
    assert "Titik impas" in app.note.value
    # the chart's synced state holds the whole figure (a view created later is not empty)
    import json
    assert len(json.loads(app.figure.spec)["data"]) == len(app.figure.data) > 0
    # slider moves update HPP/BEP instantly
    app.price.value = 2_000_000
    assert app.result.price == 2_000_000
    assert "Rp 2.000.000" in app.price_out.value
    app.wage.value = 3_112_103
    assert app.result.btkl == pytest.approx(2 * 5 * 3_112_103 / 25)
    # every chart renders into the one chart widget
    fig = app.figure
    for chart in ("break_even", "tornado", "monte_carlo", "breakdown"):
        app.chart.value = chart
        assert app.figure is fig and len(fig.data) > 0
        assert app.message.value == ""
    # bad input → Indonesian message, previous results kept, no exception
    before = app.result
    app._rows[0].qty.value = -1
    assert "tidak boleh negatif" in app.message.value
    assert app.result is before
    app._rows[0].qty.value = 0.036
    assert app.message.value == ""
    # price below variable cost: BEP chart falls back with a warning
    app.chart.value = "break_even"
    app.price.value = 100_000
    assert "titik impas tidak pernah tercapai" in app.message.value
    assert "–" in app.kpis.value


def test_costing_app_bom_grid_and_download(tmp_path):
    from ikm_kit.widgets.costing import CostingApp

    app = CostingApp(product="contoh_abon")
    n = len(app._rows)
    app._on_add_row()
    assert len(app._rows) == n + 1
    row = app._rows[-1]
    row.name.value, row.qty.value, row.price.value = "Garam", 0.2, 10_000   # +2.000 per batch
    assert app.result.bbb_batch == pytest.approx(436_000 + 2_000)
    app._remove_row(row)
    assert app.result.bbb_batch == pytest.approx(436_000)
    app._on_download()
    link = app.download_link.value
    assert link.startswith("<a download=\"hpp_abon_ikan_100_g_ilustrasi.xlsx\"")
    payload = re.search(r"base64,([^\"]+)", link).group(1)
    wb = load_workbook(io.BytesIO(base64.b64decode(payload)))
    assert wb.sheetnames[:2] == ["Input", "HPP"]
    # upload a filled workbook
    p = to_excel(examples.lemari_2_badan(price=2_100_000), tmp_path / "isi.xlsx")
    app._on_upload({"new": ({"name": "isi.xlsx", "content": memoryview(p.read_bytes())},)})
    assert app.result.price == 2_100_000 and "Buku kerja dibaca" in app.message.value
    bad = tmp_path / "rusak.xlsx"
    bad.write_text("bukan excel")
    app._on_upload({"new": ({"name": "rusak.xlsx", "content": bad.read_bytes()},)})
    assert "bukan buku kerja Excel" in app.message.value


def test_costing_app_catalogue_blank_and_language():
    from ikm_kit.costing import catalogue_products
    from ikm_kit.widgets.costing import BLANK, CostingApp

    app = CostingApp(product=BLANK)
    assert app.result.hpp_full == pytest.approx(10_000)
    cat = catalogue_products()
    if len(cat):
        pid = str(cat["product_id"].iloc[0])
        app.product.value = pid
        assert app.result.model.name == str(cat["name"].iloc[0]) and app.message.value == ""
    app.language_toggle.value = "en"
    assert "Full cost per unit" in app.kpis.value
    assert "Break-even" in [label for label, _ in app.chart.options]
    assert _no_missing_key(app.kpis.value + app.note.value + str(app.product.options))


def test_sliders_never_snap_a_model_value():
    """A browser slider snaps its value to min + k·step; every product's price, volume and
    wage must already be on that grid, or the browser would silently change the HPP."""
    from ikm_kit.widgets.costing import CostingApp

    app = CostingApp()
    checked = 0
    for _label, value in app.product.options:
        if value == "blank":
            continue
        app.product.value = value
        for slider in (app.price, app.volume, app.wage):
            if slider.disabled:
                continue
            k = (slider.value - slider.min) / slider.step
            assert abs(k - round(k)) < 1e-6, (value, slider.description, slider.value, slider.min, slider.step)
            assert slider.min <= slider.value <= slider.max
            checked += 1
    assert checked >= 9


def test_slider_rounding_echo_does_not_recompute():
    from ikm_kit.widgets.costing import CostingApp

    app = CostingApp()
    shown = app.figure.spec
    before = app.result
    app.price.value = app.price.value * (1 + 1e-15)       # what the browser sends back after a render
    assert app.result is before and app.figure.spec == shown
    app.price.value = 2_000_000                            # a real change still recomputes
    assert app.result.price == 2_000_000


def test_material_grid_is_built_when_opened_and_changes_nothing():
    from ikm_kit.widgets.costing import CostingApp

    app = CostingApp()
    assert app._row_list is None and app.grid.children == ()      # first page load: no grid widgets
    before = app.result.hpp_full
    app.bom_accordion.selected_index = 0                          # the participant opens the grid
    assert len(app.grid.children) == len(app.current_model().materials) > 0
    app.price.value = app.price.value + app.price.step            # recompute with rows built
    app.price.value = app.price.value - app.price.step
    assert app.result.hpp_full == pytest.approx(before)
    old_rows = list(app._row_list)
    app.product.value = [v for _, v in app.product.options if v not in (app.product.value,)][0]
    assert all(r.box.comm is None for r in old_rows)              # replaced rows are closed, not leaked
