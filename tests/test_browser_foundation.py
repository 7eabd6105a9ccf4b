"""Browser tests of the end-to-end slice: Voila (as shipped) + headless Chromium.

Chromium is Debian's ``/usr/bin/chromium`` driven by Playwright; locally the
tests skip when it is missing, in CI (``IKM_REQUIRE_ALL=1``) they fail.
"""
import time

import pytest

from browser_helpers import open_dashboard, plot_signature, visible_errors, wait_plot_changed

pytestmark = pytest.mark.browser


def test_profile_dashboard_renders_updates_offline_and_switches_language(voila_server, page):
    open_dashboard(page, voila_server.url, "profil_sentra")
    assert "Tingkat keterisian" in page.inner_text("body")
    before = plot_signature(page)
    page.locator(".widget-dropdown select").first.select_option(label="Sentra IKM pengolahan pangan Sanua")
    after = wait_plot_changed(page, before)
    assert after != before
    # the month slider moves the highlighted month
    slider = page.locator(".widget-hslider .noUi-handle, .widget-hslider .slider-handle").first
    slider.focus()
    page.keyboard.press("End")
    wait_plot_changed(page, after)
    # language switch relabels the page
    page.locator("button:has-text('English')").first.click()
    page.wait_for_function("() => document.body.innerText.includes('Occupancy rate')", timeout=30_000)
    assert visible_errors(page) == []
    assert page.external_requests == [], page.external_requests  # works offline


def test_closed_page_shuts_its_kernel_down(voila_server, browser):
    context = browser.new_context()
    pg = context.new_page()
    open_dashboard(pg, voila_server.url, "profil_sentra")
    kernel_id = pg.evaluate("() => JSON.parse(document.getElementById('jupyter-config-data').textContent).kernelId")
    assert kernel_id
    pg.close(run_before_unload=True)
    context.close()
    deadline = time.time() + 30
    log = ""
    while time.time() < deadline:
        log = voila_server.log_text()
        if f"Kernel shutdown: {kernel_id}" in log:
            break
        time.sleep(0.5)
    assert f"Kernel shutdown: {kernel_id}" in log
    assert "'_xsrf' argument missing" not in log


def test_start_serves_lab_with_start_notebook_and_voila_inside(browser, tmp_path):
    """``ikm-kit start``'s JupyterLab (same arguments) opens the start notebook and
    renders a dashboard at /voila/render/... with the project's template."""

    from conftest import free_port, start_server, stop_server
    from ikm_kit import cli

    from ikm_kit.workspace import sync_workspace

    workspace = tmp_path / "ruang-kerja"
    sync_workspace(workspace)          # what ``ikm-kit start`` does first
    port = free_port()
    args = cli.lab_args(workspace, port, open_browser=False)
    args += ["--IdentityProvider.token=uji-token", "--LabApp.expose_app_in_browser=True"]
    # a participant's kernel: a not-yet-answered exercise is feedback, not an error (the suite's
    # strict mode would stop "Run All Cells" at the first empty answer)
    server = start_server(args, f"http://127.0.0.1:{port}/api/status?token=uji-token", tmp_path / "lab.log",
                          env={"IKM_CEK_STRICT": "0"})
    try:
        context = browser.new_context(viewport={"width": 1280, "height": 720})
        pg = context.new_page()
        external = []
        pg.on("request", lambda r: external.append((r.url, r.resource_type, pg.url)) if not r.url.startswith(("http://127.0.0.1", "data:", "blob:", "about:")) else None)
        pg.goto(f"http://127.0.0.1:{port}/lab/tree/notebooks/00_mulai_di_sini.ipynb?token=uji-token", timeout=120_000)
        pg.wait_for_selector(".jp-Notebook h1:has-text('Selamat datang di ikm-kit')", timeout=120_000)
        # run the notebook in JupyterLab itself: the chart widget loads plotly.js from
        # the ikm template's static folder (served by Voila's server extension)
        pg.wait_for_function("() => window.jupyterapp && document.body.innerText.includes('| Idle')",
                             timeout=120_000)
        pg.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
        try:
            # JupyterLab may not paint cells outside the viewport: attached is enough
            pg.wait_for_selector(".jp-Notebook .js-plotly-plot .main-svg", state="attached", timeout=120_000)
        except Exception:
            pg.screenshot(path=str(tmp_path / "lab.png"), full_page=True)
            print("LAB TEXT:", pg.inner_text(".jp-Notebook")[-3000:])
            raise
        app_text = pg.evaluate("() => document.querySelector('.jp-Notebook .js-plotly-plot')"
                               ".closest('.ikm-app').textContent")
        assert "Tingkat keterisian" in app_text          # the overview app, drawn in JupyterLab
        assert visible_errors(pg) == []
        pg.goto(f"http://127.0.0.1:{port}/voila/render/dashboards/profil_sentra.ipynb?token=uji-token", timeout=120_000)
        pg.wait_for_selector(".js-plotly-plot .main-svg", timeout=120_000)
        assert "Tingkat keterisian" in pg.inner_text("body")
        assert visible_errors(pg) == []
        assert external == [], external
        context.close()
    finally:
        stop_server(server.proc)


def _kill_kernel(kernel_id: str) -> int:
    """Kill the kernel process whose command line names ``kernel_id`` (its connection file)."""
    import os
    import signal
    from pathlib import Path

    killed = 0
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if kernel_id in cmdline and "ipykernel" in cmdline:
            os.kill(int(proc.name), signal.SIGKILL)
            killed += 1
    return killed


def test_killed_kernel_shows_reload_message_and_server_keeps_serving(voila_server, browser):
    context = browser.new_context()
    pg = context.new_page()
    open_dashboard(pg, voila_server.url, "profil_sentra")
    kernel_id = pg.evaluate("() => JSON.parse(document.getElementById('jupyter-config-data').textContent).kernelId")
    assert _kill_kernel(kernel_id) == 1
    pg.wait_for_selector("#ikm-kernel-lost", state="visible", timeout=60_000)
    assert "muat ulang halaman" in pg.inner_text("#ikm-kernel-lost")
    assert visible_errors(pg) == []
    other = context.new_page()
    open_dashboard(other, voila_server.url, "profil_sentra")  # others are still served
    context.close()
