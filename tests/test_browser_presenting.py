"""Presenting the participant edition: JupyterLab's presentation mode (larger fonts) with working widgets.

RISE (``jupyterlab-rise`` 0.43.1) was tried with this widget stack and cannot show the widgets: in its
slide app the ipywidgets manager does not load ("anywidget:plugin failed to activate: No provider for
jupyter.extensions.jupyterWidgetRegistry", "Exception opening new comm"), so every app prints as
``ChoiceQuestion(children=(HTML(...`` — see docs/panduan-fasilitator.md.  The facilitator guide
therefore uses JupyterLab's own *Presentation Mode*; this test proves it enlarges the text and that a
widget still answers.
"""
import time

import pytest

from browser_helpers import visible_errors

pytestmark = pytest.mark.browser


def _font_px(pg, selector: str) -> float:
    return pg.evaluate(f"() => parseFloat(getComputedStyle(document.querySelector({selector!r})).fontSize)")


def test_presentation_mode_enlarges_the_participant_edition_and_widgets_work(browser, tmp_path):
    from conftest import free_port, start_server, stop_server
    from ikm_kit import cli
    from ikm_kit.workspace import sync_workspace

    workspace = tmp_path / "ruang-tayang"
    sync_workspace(workspace)                       # participant edition, as `ikm-kit start` makes it
    port = free_port()
    args = cli.lab_args(workspace, port, open_browser=False)
    args += ["--IdentityProvider.token=uji-token", "--LabApp.expose_app_in_browser=True"]
    server = start_server(args, f"http://127.0.0.1:{port}/api/status?token=uji-token", tmp_path / "lab.log",
                          env={"IKM_CEK_STRICT": "0", "IKM_PROGRESS_DIR": str(tmp_path / "progres")})
    try:
        context = browser.new_context(viewport={"width": 1280, "height": 720})
        pg = context.new_page()
        external = []
        pg.on("request", lambda r: external.append(r.url) if not r.url.startswith(
            ("http://127.0.0.1", "data:", "blob:", "about:")) else None)
        pg.goto(f"http://127.0.0.1:{port}/lab/tree/notebooks/00_mulai_di_sini.ipynb?token=uji-token",
                timeout=120_000)
        pg.wait_for_selector(".jp-Notebook h1:has-text('Selamat datang di ikm-kit')", timeout=120_000)
        pg.wait_for_function("() => window.jupyterapp && document.body.innerText.includes('| Idle')",
                             timeout=120_000)
        text_sel, code_sel = ".jp-Notebook .jp-RenderedMarkdown p", ".jp-Notebook .jp-CodeCell .cm-content"
        before_text, before_code = _font_px(pg, text_sel), _font_px(pg, code_sel)
        pg.evaluate("() => window.jupyterapp.commands.execute('application:toggle-presentation-mode')")
        pg.wait_for_selector(".jp-mod-presentationMode", state="attached", timeout=10_000)
        time.sleep(0.5)
        after_text, after_code = _font_px(pg, text_sel), _font_px(pg, code_sel)
        assert after_text >= 1.2 * before_text, (before_text, after_text)
        assert after_code >= 1.2 * before_code, (before_code, after_code)
        # a widget still answers in presentation mode: run the notebook, tick Latihan 0.2, check
        pg.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
        radio = pg.locator(".jp-Notebook .widget-radio-box label:has-text('Shift + Enter')").first
        radio.wait_for(state="attached", timeout=120_000)
        radio.scroll_into_view_if_needed()
        radio.click()
        question = radio.locator("xpath=ancestor::div[contains(@class,'ikm-app')][1]")
        question.locator("button:has-text('Periksa')").click()
        question.locator(".ikm-feedback:has-text('Benar')").wait_for(timeout=30_000)
        pg.screenshot(path=str(tmp_path / "presentasi.png"))
        assert visible_errors(pg) == []
        assert external == [], external
        context.close()
    finally:
        stop_server(server.proc)
