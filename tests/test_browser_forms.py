"""Browser test: the Day-6 action-plan form in JupyterLab (participant edition, as ``ikm-kit start``
serves it), filled and saved, the saved file checked, and the entries back after a kernel restart
and a page reload; JupyterLab itself in Indonesian (language pack selected by default).
"""
import json

import pytest

from browser_helpers import visible_errors

pytestmark = pytest.mark.browser

NOTEBOOK = "notebooks/06_rencana_pengembangan.ipynb"
MINE = {
    "problem": "Buku kas sentra pangan belum dicatat setiap hari",
    "indicator": "Hari dengan catatan kas (%)",
    "baseline": "40 %",
    "target": "90 %",
    "deadline": "Agustus 2024",
    "owner": "Bendahara pengelola",
}


def _run_all(pg, timeout=240_000):
    pg.wait_for_function("() => window.jupyterapp && document.body.innerText.includes('| Idle')", timeout=120_000)
    pg.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
    pg.wait_for_selector(".jp-Notebook .ikm-plan-row", state="attached", timeout=timeout)


def _fill_first_row(pg):
    row = pg.locator(".ikm-plan-row").first
    row.scroll_into_view_if_needed()
    for key, value in MINE.items():
        box = row.locator(f".ikm-plan-{key} textarea, .ikm-plan-{key} input").first
        box.fill(value)
        box.press("Tab")          # ipywidgets syncs Text values on change/blur


def test_action_plan_form_saves_to_the_workspace_and_survives_restart(browser, tmp_path):
    from conftest import free_port, start_server, stop_server
    from ikm_kit import cli
    from ikm_kit.workspace import sync_workspace

    workspace = tmp_path / "ruang-kerja"
    sync_workspace(workspace)                       # participant edition, as ``ikm-kit start``
    progress = tmp_path / "progres"
    port = free_port()
    args = cli.lab_args(workspace, port, open_browser=False)
    args += ["--IdentityProvider.token=uji-token", "--LabApp.expose_app_in_browser=True"]
    env = {"IKM_CEK_STRICT": "0", "IKM_PROGRESS_DIR": str(progress),
           # fresh JupyterLab user settings: what a new participant sees
           "JUPYTERLAB_SETTINGS_DIR": str(tmp_path / "lab-settings"),
           "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "lab-workspaces")}
    server = start_server(args, f"http://127.0.0.1:{port}/api/status?token=uji-token", tmp_path / "lab.log", env=env)
    try:
        context = browser.new_context(viewport={"width": 1280, "height": 720})
        pg = context.new_page()
        pg.goto(f"http://127.0.0.1:{port}/lab/tree/{NOTEBOOK}?token=uji-token", timeout=120_000)
        pg.wait_for_selector(".jp-Notebook h1", timeout=120_000)
        # JupyterLab speaks Indonesian by default (language pack selected in overrides.json); the pack
        # translates menu items ("Besarkan Ukuran Font …") though not the menu-bar titles themselves
        locale = pg.evaluate("() => window.jupyterapp.serviceManager.settings.fetch("
                             "'@jupyterlab/translation-extension:plugin')"
                             ".then(s => (s.settings && s.settings.locale) || s.schema.properties.locale.default)")
        assert locale == "id_ID", locale
        pg.locator(".lm-MenuBar-itemLabel:text-is('Settings')").click()
        settings_menu = pg.locator(".lm-Menu").first
        settings_menu.wait_for(timeout=10_000)
        assert "Besarkan Ukuran Font" in settings_menu.inner_text()
        # English one click away: Settings → Language → English
        settings_menu.locator(".lm-Menu-item[data-type='submenu']:has-text('Bahasa'), "
                              ".lm-Menu-item[data-type='submenu']:has-text('Language')").first.hover()
        pg.wait_for_function("() => document.querySelectorAll('.lm-Menu').length > 1", timeout=10_000)
        assert "English" in pg.locator(".lm-Menu").nth(1).inner_text()
        pg.keyboard.press("Escape")
        pg.keyboard.press("Escape")
        try:
            _run_all(pg)
        except Exception:
            pg.screenshot(path=str(tmp_path / "lab.png"), full_page=True)
            raise
        assert pg.locator(".ikm-plan-row").count() == 3          # the three worked examples
        _fill_first_row(pg)
        pg.locator(".ikm-app:has(.ikm-plan-row) button:has-text('Simpan')").first.click()
        pg.wait_for_selector(".ikm-app:has(.ikm-plan-row) .ikm-msg:has-text('Tersimpan')", timeout=60_000)
        pg.screenshot(path=str(tmp_path / "form.png"))

        saved = json.loads((progress / "formulir.json").read_text(encoding="utf-8"))
        rows = saved["forms"]["06.rencana_aksi"]["data"]
        assert rows[0] == MINE
        assert len(rows) == 3
        record = json.loads((progress / "progres.json").read_text(encoding="utf-8"))
        assert record["exercises"]["06.rencana_aksi"]["passed"] is True

        # kernel restart + page reload: the form comes back with the saved rows
        pg.evaluate("() => window.jupyterapp.shell.currentWidget.sessionContext.session.kernel.restart()")
        pg.reload()
        pg.wait_for_selector(".jp-Notebook h1", timeout=120_000)
        _run_all(pg)
        row = pg.locator(".ikm-plan-row").first
        assert row.locator(".ikm-plan-problem textarea").input_value() == MINE["problem"]
        assert row.locator(".ikm-plan-owner input").input_value() == MINE["owner"]
        assert "Isian terakhir dimuat" in pg.locator(".ikm-app:has(.ikm-plan-row)").first.text_content()
        assert visible_errors(pg) == []
        context.close()
    finally:
        stop_server(server.proc)
