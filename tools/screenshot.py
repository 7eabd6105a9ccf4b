"""Screenshots of dashboards/notebooks for a human look (not a test).

    python tools/screenshot.py voila profil_sentra [--width 1280 --height 720] [--out shot.png]
    python tools/screenshot.py lab notebooks/00_mulai_di_sini.ipynb --out lab.png
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from conftest import CHROMIUM, CHROMIUM_ARGS, free_port, start_server, stop_server  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["voila", "lab"])
    ap.add_argument("target")
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--height", type=int, default=720)
    ap.add_argument("--out", default="/tmp/shot.png")
    ap.add_argument("--full", action="store_true")
    ap.add_argument("--wait", type=float, default=3.0)
    ap.add_argument("--scroll", default=".js-plotly-plot", help="CSS selector to scroll into view (lab)")
    ap.add_argument("--click", action="append", default=[], help="button text to click before the shot")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    port = free_port()
    log = Path("/tmp") / f"shot-server-{port}.log"
    if args.mode == "voila":
        cmd = [sys.executable, "-m", "voila", "dashboards", "--no-browser", f"--port={port}", "--Voila.ip=127.0.0.1"]
        server = start_server(cmd, f"http://127.0.0.1:{port}/", log)
        url = f"http://127.0.0.1:{port}/voila/render/{args.target}.ipynb"
    else:
        # never open the repository's own notebooks: JupyterLab autosaves outputs into them
        import tempfile

        from ikm_kit.workspace import sync_workspace

        scratch = Path(tempfile.mkdtemp(prefix="ikm-shot-"))
        sync_workspace(scratch / "kerja", ROOT, edition="pelatih")
        env_dir = scratch / "jupyter-config"
        os.environ["JUPYTER_CONFIG_DIR"] = str(env_dir)  # a fresh lab workspace (no open tabs)
        cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", f"--ServerApp.port={port}",
               "--ServerApp.ip=127.0.0.1", "--IdentityProvider.token=", f"--ServerApp.root_dir={scratch / 'kerja'}",
               "--VoilaConfiguration.template=ikm", "--allow-root", "--LabApp.news_url=None", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
        server = start_server(cmd, f"http://127.0.0.1:{port}/api", log)
        url = f"http://127.0.0.1:{port}/lab/tree/{args.target}"
    try:
        with sync_playwright() as pw:
            b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            pg = b.new_page(viewport={"width": args.width, "height": args.height})
            pg.goto(url, timeout=120_000)
            if args.mode == "voila":
                pg.wait_for_selector(".js-plotly-plot .main-svg", timeout=120_000)
            else:
                pg.wait_for_selector(".jp-Notebook", timeout=120_000)
                time.sleep(2)
                # run all cells (kernel must be idle first), then wait for widgets
                pg.locator(".jp-Notebook").first.click()
                pg.keyboard.press("Escape")
                time.sleep(3)
                pg.keyboard.press("Control+Shift+c")
                time.sleep(1)
                pg.keyboard.type("Run All Cells")
                time.sleep(1)
                pg.keyboard.press("Enter")
                try:
                    pg.wait_for_selector(".js-plotly-plot .main-svg", timeout=120_000)
                except Exception:  # noqa: BLE001
                    pass
                if args.scroll:
                    pg.evaluate("(s) => { const el = document.querySelector(s); if (el) el.scrollIntoView(); }", args.scroll)
            for text in args.click:
                pg.locator(f"button:has-text('{text}')").first.click()
                time.sleep(1)
            time.sleep(args.wait)
            pg.screenshot(path=args.out, full_page=args.full)
            b.close()
    finally:
        stop_server(server.proc)
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
