"""The widget-extension scripts every dashboard page loads, for the ``ikm`` template's preload list.

    .venv/bin/python tools/preload_manifest.py           # exit 1 if preload.json is stale
    .venv/bin/python tools/preload_manifest.py --write   # after upgrading ipywidgets, anywidget or Voila

Starts the dashboard server as ``ikm-kit dashboards`` does (on a free local port), opens every
dashboard in headless Chromium (Playwright, a test dependency) and records the scripts loaded
below ``voila/labextensions/``; ``preload.json`` lists those all dashboards load
(``ikm_kit.serve.preload_links`` turns it into ``<link rel="preload">`` elements).
tests/test_serve.py checks the list against real page loads.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

def dashboard_extension_scripts(root: Path | None = None) -> dict[str, list[str]]:
    """Per dashboard, the lab-extension scripts its page loads (paths below ``voila/labextensions/``,
    with their query), read from a real page load: the dashboard server on a free local port and
    headless Chromium driven by Playwright (a test dependency: ``pip install -e '.[test]'``).
    Example: ``dashboard_extension_scripts()["kalkulator_hpp"][0]``.
    """
    import socket
    import subprocess
    import time
    import urllib.request

    from playwright.sync_api import sync_playwright

    from ikm_kit import cli
    from ikm_kit.printing import CHROMIUM_FLAGS, browser_path

    root = root or ROOT
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    args = cli.voila_args(root, "127.0.0.1", port, None, open_browser=False)
    proc = subprocess.Popen(args, cwd=str(root), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    base = f"http://127.0.0.1:{port}/"
    marker = "/voila/labextensions/"
    found: dict[str, list[str]] = {}
    try:
        deadline = time.time() + 120
        while True:
            try:
                urllib.request.urlopen(base, timeout=2).close()
                break
            except OSError:
                if time.time() > deadline or proc.poll() is not None:
                    raise RuntimeError("the dashboard server did not start") from None
                time.sleep(0.3)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=browser_path(), args=list(CHROMIUM_FLAGS))
            for nb in sorted((root / "dashboards").glob("*.ipynb")):
                ctx = browser.new_context()
                page = ctx.new_page()
                urls: list[str] = []
                page.on("request", lambda r, urls=urls: urls.append(r.url) if marker in r.url else None)
                page.goto(f"{base}voila/render/{nb.name}", timeout=120_000)
                page.wait_for_selector(".js-plotly-plot .main-svg", timeout=120_000)
                page.wait_for_timeout(1000)
                ctx.close()
                scripts = {u.split(marker, 1)[1] for u in urls if u.split("?", 1)[0].endswith(".js")}
                found[nb.stem] = sorted(scripts, key=lambda u: ("remoteEntry." not in u, u))
            browser.close()
    finally:
        import os
        import signal

        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
    return found


def preload_check(write: bool = False) -> int:
    """Compare (or rewrite) ``preload.json`` with the scripts every dashboard loads (their intersection)."""
    from ikm_kit.serve import PRELOAD_MANIFEST

    per_page = dashboard_extension_scripts()
    common = [u for u in next(iter(per_page.values())) if all(u in v for v in per_page.values())]
    from ikm_kit.devtools import check_generated

    return check_generated(PRELOAD_MANIFEST, json.dumps(common, indent=1) + "\n", write,
                           "not what the dashboards load; run with --write", f" ({len(common)} scripts)")


if __name__ == "__main__":
    sys.exit(preload_check(write="--write" in sys.argv[1:]))
