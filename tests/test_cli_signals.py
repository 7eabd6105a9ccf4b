"""`kill <pid>` of `ikm-kit dashboards` / `ikm-kit start` stops the server and every kernel it started.

Each command runs for real (``python -m ikm_kit.cli``) on 127.0.0.1 and a
free port; a kernel is opened (a Voila page render, or a kernel through the
Jupyter REST API), the process tree under the ``ikm-kit`` process is recorded,
and only the ``ikm-kit`` process gets the signal — as a supervisor or a
trainer's script would send it. Afterwards no process of that tree may be
left and the port must be free again.
"""
from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time

import psutil
import pytest
import requests

from conftest import ROOT, free_port, start_server, stop_server


def _tree(pid: int) -> list[psutil.Process]:
    return [psutil.Process(pid), *psutil.Process(pid).children(recursive=True)]


def _kernels(procs) -> list[psutil.Process]:
    return [p for p in procs if "ipykernel" in " ".join(p.cmdline())]


def _port_free(port: int) -> bool:
    """True if a new server could listen on ``port`` (as Jupyter/Voila bind: SO_REUSEADDR,
    so connections of the old server left in TIME_WAIT do not count)."""
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
            s.listen()
        except OSError:
            return False
    return True


def _stop_and_check(server, port: int, signum: int) -> None:
    tree = _tree(server.proc.pid)
    assert _kernels(tree), f"no kernel running:\n{server.log_text()[-3000:]}"
    os.kill(server.proc.pid, signum)          # the ikm-kit process only, not its group
    server.proc.wait(timeout=90)
    _, alive = psutil.wait_procs(tree, timeout=10)
    left = [f"{p.pid} {' '.join(p.cmdline())[:120]}" for p in alive]
    assert left == [], f"left running after signal {signum}: {left}\n{server.log_text()[-3000:]}"
    assert _port_free(port), f"port {port} still in use"
    assert server.proc.returncode == 0, server.log_text()[-3000:]


def _cleanup(server) -> None:
    """Whatever happened: end the whole process group of the run (it has its own session)."""
    stop_server(server.proc)
    try:
        os.killpg(server.proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _ikm_kit(*args: str) -> list[str]:
    return [sys.executable, "-m", "ikm_kit.cli", *args]


@pytest.mark.slow
@pytest.mark.timeout(400)
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_dashboards_stop_with_their_kernels(tmp_path, signum):
    port = free_port()
    server = start_server(_ikm_kit("dashboards", "--no-browser", "--port", str(port),
                                   "--project", str(ROOT)),
                          f"http://127.0.0.1:{port}/", tmp_path / "voila.log", timeout=180)
    try:
        page = requests.get(f"http://127.0.0.1:{port}/voila/render/profil_sentra.ipynb", timeout=240)
        assert page.status_code == 200
        _stop_and_check(server, port, signum)
    finally:
        _cleanup(server)


@pytest.mark.slow
@pytest.mark.timeout(400)
def test_start_stops_with_its_kernels(tmp_path):
    port, token = free_port(), secrets.token_hex(16)
    server = start_server(_ikm_kit("start", "--no-browser", "--port", str(port),
                                   "--workspace", str(tmp_path / "kerja")),
                          f"http://127.0.0.1:{port}/api", tmp_path / "lab.log", timeout=180,
                          env={"JUPYTER_TOKEN": token})
    try:
        headers = {"Authorization": f"token {token}"}
        for _ in range(2):  # two kernels, as with two notebooks open
            resp = requests.post(f"http://127.0.0.1:{port}/api/kernels", headers=headers,
                                 json={"name": "python3"}, timeout=120)
            assert resp.status_code == 201, resp.text
        deadline = time.time() + 60     # the kernel processes are up once they answer
        while time.time() < deadline and len(_kernels(_tree(server.proc.pid))) < 2:
            time.sleep(0.5)
        _stop_and_check(server, port, signal.SIGTERM)
    finally:
        _cleanup(server)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_run_forwards_a_stop_signal_and_reports_success(tmp_path, signum):
    """Unit level: SIGTERM, SIGINT (Ctrl+C) or SIGHUP reach the child as SIGTERM; ``_run`` waits, returns 0."""
    code = ("import signal, sys, time\n"
            "signal.signal(signal.SIGTERM, lambda *a: (open('gestopt', 'w').write('ya'), sys.exit(0)))\n"
            "open('siap', 'w').write('ya')\n"
            "time.sleep(60)\n")
    runner = (f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
              "from pathlib import Path\nfrom ikm_kit import cli\n"
              f"sys.exit(cli._run([sys.executable, '-c', {code!r}], Path({str(tmp_path)!r})))\n")
    proc = subprocess.Popen([sys.executable, "-c", runner], start_new_session=True)
    try:
        deadline = time.time() + 60
        while time.time() < deadline and not (tmp_path / "siap").exists():
            time.sleep(0.1)
        children = psutil.Process(proc.pid).children(recursive=True)
        assert len(children) == 1
        proc.send_signal(signum)
        assert proc.wait(timeout=30) == 0
        assert (tmp_path / "gestopt").read_text() == "ya"
        assert not any(c.is_running() and c.status() != psutil.STATUS_ZOMBIE for c in children)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
