"""Shared test fixtures: hypothesis profile, required-tool policy, Voila server, Chromium."""
from __future__ import annotations

import os
# plotly property validation on in tests (builders skip it in production for speed)
os.environ.setdefault("IKM_VALIDATE_FIGURES", "1")

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from ikm_kit import i18n

try:
    from hypothesis import HealthCheck, settings

    settings.register_profile("default", max_examples=60, deadline=None,
                              suppress_health_check=[HealthCheck.too_slow])
    settings.register_profile("ci", max_examples=60, deadline=None, derandomize=True,
                              suppress_health_check=[HealthCheck.too_slow])
    settings.load_profile("ci" if os.environ.get("CI") else "default")
except ImportError:  # pragma: no cover
    pass

ROOT = Path(__file__).resolve().parent.parent

# Notebooks run under nbval inherit this environment: the trainer edition's
# answers must pass every cek() (strict mode turns a wrong answer into an
# error), and progress records go to a temporary folder, not ~/.ikm-kit.
os.environ.setdefault("IKM_CEK_STRICT", "1")
if "IKM_PROGRESS_DIR" not in os.environ:
    import tempfile

    os.environ["IKM_PROGRESS_DIR"] = tempfile.mkdtemp(prefix="ikm-progress-")
# the dashboard server keeps its pre-rendered /ringkasan page here between starts (ikm_kit.serve)
if "IKM_CACHE_DIR" not in os.environ:
    import tempfile

    os.environ["IKM_CACHE_DIR"] = tempfile.mkdtemp(prefix="ikm-cache-")
CHROMIUM = os.environ.get("IKM_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def require_all() -> bool:
    """In CI (``IKM_REQUIRE_ALL=1``) a missing tool is a failure, not a skip."""
    return os.environ.get("IKM_REQUIRE_ALL", "") not in ("", "0", "false")


def skip_or_fail(reason: str) -> None:
    if require_all():
        pytest.fail(f"{reason} (IKM_REQUIRE_ALL is set, so this cannot be skipped)")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _indonesian_by_default():
    """Every test starts in Indonesian and may switch; the language is restored."""
    before = i18n.get_language()
    i18n.set_language("id")
    yield
    i18n.set_language(before)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, proc: subprocess.Popen, url: str, log: Path):
        self.proc, self.url, self.log = proc, url, log

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


def start_server(args: list[str], url: str, log: Path, timeout: float = 90.0,
                 env: dict | None = None) -> Server:
    full_env = dict(os.environ)
    full_env.setdefault("IKM_LANG", "id")
    if env:
        full_env.update(env)
    handle = open(log, "wb")
    proc = subprocess.Popen(args, cwd=str(ROOT), stdout=handle, stderr=subprocess.STDOUT,
                            env=full_env, start_new_session=True)
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited early:\n{log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status < 500:
                    return Server(proc, url, log)
        except Exception:  # noqa: BLE001 - not up yet
            time.sleep(0.3)
    stop_server(proc)
    raise RuntimeError(f"server did not start in {timeout} s:\n{log.read_text(errors='replace')}")


def stop_server(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, 15)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)
            proc.wait(timeout=5)


@pytest.fixture(scope="session")
def voila_server(tmp_path_factory):
    """Voila as the project ships it: ``voila dashboards/`` from the repository root
    (picks up ``voila.json``), on 127.0.0.1 and a free port; stopped afterwards."""
    port = free_port()
    log = tmp_path_factory.mktemp("voila") / "voila.log"
    args = [sys.executable, "-m", "voila", "dashboards", "--no-browser", f"--port={port}",
            "--Voila.ip=127.0.0.1"]
    server = start_server(args, f"http://127.0.0.1:{port}/", log)
    yield server
    stop_server(server.proc)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        skip_or_fail(f"Chromium not found at {CHROMIUM} (install Debian's 'chromium')")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        skip_or_fail("playwright is not installed")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 720}, locale="id-ID")
    pg = context.new_page()
    pg.external_requests = []  # type: ignore[attr-defined]

    def _record(request):
        from urllib.parse import urlparse

        host = urlparse(request.url).hostname or ""
        if request.url.startswith(("data:", "blob:", "about:")):
            return
        if host not in ("127.0.0.1", "localhost", "::1"):
            pg.external_requests.append(request.url)  # type: ignore[attr-defined]

    pg.on("request", _record)
    yield pg
    context.close()


def pytest_collection_modifyitems(config, items):
    """Under pytest-xdist (``make test``), files with ``slow`` or ``browser`` tests come first.

    ``make test`` hands whole files to its 2 workers in collection order (``--dist loadfile
    --no-loadscope-reorder``); a long file started last would leave one worker idle while the other
    finishes it. Only the order of the files changes (a file's tests keep theirs); a plain ``pytest`` run
    keeps the usual order.
    """
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return
    heavy = {item.nodeid.split("::", 1)[0] for item in items
             if item.get_closest_marker("slow") or item.get_closest_marker("browser")}
    items.sort(key=lambda item: item.nodeid.split("::", 1)[0] not in heavy)   # stable: order kept within
