"""Each module's main widgets also work inside a Voila page (issues 3, 4, 5).

A scratch folder gets one-cell notebooks that display the apps as a trainer or
participant would; Voila (with the project's ``ikm`` template) serves that
folder on 127.0.0.1, and Chromium changes a control and sees the plot change.
"""
import sys

import nbformat
import pytest

from browser_helpers import plot_signature, visible_errors, wait_plot_changed
from conftest import free_port, start_server, stop_server

pytestmark = pytest.mark.browser

APPS = {
    "peta_kendali": "from ikm_kit.widgets.quality import ControlChartExplorer\nControlChartExplorer()",
    "kapabilitas": "from ikm_kit.widgets.quality import CapabilityExplorer\nCapabilityExplorer()",
    "sampling": "from ikm_kit.widgets.quality import SamplingPlanExplorer\nSamplingPlanExplorer()",
    "biaya": "from ikm_kit.widgets.costing import CostingApp\nCostingApp()",
    "oee": "from ikm_kit.widgets.operations import OeeCalculator\nOeeCalculator()",
}
# OperationsBoard is browser-tested through the utilisasi_sentra dashboard (which extends it);
# WhatIfSimulator is tested in-kernel (tests/test_operations_widgets.py).


@pytest.fixture(scope="module")
def widget_server(tmp_path_factory):
    root = tmp_path_factory.mktemp("widget-pages")
    for name, source in APPS.items():
        nb = nbformat.v4.new_notebook()
        nb.cells = [nbformat.v4.new_code_cell(source)]
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nbformat.write(nb, root / f"{name}.ipynb")
    port = free_port()
    args = [sys.executable, "-m", "voila", str(root), "--no-browser", f"--port={port}", "--Voila.ip=127.0.0.1",
            "--template=ikm", "--VoilaConfiguration.show_tracebacks=False",
            '--Voila.tornado_settings={"mathjax_url": "data:text/javascript,"}']
    server = start_server(args, f"http://127.0.0.1:{port}/", root / "voila.log")
    yield server
    stop_server(server.proc)


def _change_first_control(page):
    """Move the first dropdown to another option, or else nudge the first slider."""
    page.wait_for_timeout(500)
    select = page.locator(".widget-dropdown select")
    if select.count():
        options = select.first.locator("option").all_inner_texts()
        current = select.first.evaluate("s => s.options[s.selectedIndex].text")
        other = next(o for o in options if o != current)
        select.first.select_option(label=other)
        return
    number = page.locator(".ikm-app .widget-text input[type=number]")
    if number.count():
        box = number.first
        value = float(box.input_value() or 0)
        box.click()
        box.press("Control+a")
        box.type(str(round(value * 1.1 + 1)))  # e.g. planned time 420 → 463 minutes (still valid)
        box.press("Enter")
        box.press("Tab")
        return
    handle = page.locator(".ikm-app .widget-hslider .noUi-handle").first
    handle.focus()
    page.keyboard.press("End")


@pytest.mark.parametrize("name", list(APPS))
def test_widget_works_in_voila(widget_server, page, name):
    page.goto(f"{widget_server.url}voila/render/{name}.ipynb", timeout=120_000)
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=120_000)
    before = plot_signature(page)
    _change_first_control(page)
    wait_plot_changed(page, before)
    assert visible_errors(page) == []
    assert page.external_requests == [], page.external_requests
