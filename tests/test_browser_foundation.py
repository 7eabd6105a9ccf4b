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
