"""Dashboards on a network: a viewer can only use the widgets (issue 8).

Runs against Voila as shipped (the session ``voila_server`` fixture, 127.0.0.1 only).
"""
import json
import re
import time
import urllib.error
import urllib.request
import uuid
from http.cookiejar import CookieJar

import pytest

from conftest import ROOT, free_port, start_server, stop_server


def _opener():
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))


def _get(opener, url):
    try:
        with opener.open(url, timeout=120) as resp:
            return resp.status, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace")


def _kernel_id(html):
    config = re.search(r'<script id="jupyter-config-data" type="application/json">\s*(\{.*?\})\s*</script>', html, re.S)
    assert config, "page config not found"
    return json.loads(config.group(1))["kernelId"]


def _message(msg_type, content, session):
    return {
        "header": {"msg_id": uuid.uuid4().hex, "username": "penyerang", "session": session,
                   "msg_type": msg_type, "version": "5.3", "date": ""},
        "parent_header": {}, "metadata": {}, "content": content, "channel": "shell", "buffers": [],
    }


def test_execute_request_from_a_viewer_is_refused(voila_server, tmp_path):
    """A malicious client on the kernel websocket cannot run code."""
    import websocket  # websocket-client

    opener = _opener()
    status, html = _get(opener, voila_server.url + "voila/render/profil_sentra.ipynb")
    assert status == 200
    kernel_id = _kernel_id(html)
    marker = tmp_path / "diretas.txt"
    jar = next(h.cookiejar for h in opener.handlers if hasattr(h, "cookiejar"))
    cookies = "; ".join(f"{c.name}={c.value}" for c in jar)
    ws_url = voila_server.url.replace("http://", "ws://") + f"api/kernels/{kernel_id}/channels"
    ws = websocket.create_connection(ws_url, timeout=10, cookie=cookies)
    try:
        session = uuid.uuid4().hex
        code = f"open({str(marker)!r}, 'w').write('x')"
        ws.send(json.dumps(_message("execute_request", {"code": code, "silent": False,
                                                          "store_history": False, "user_expressions": {},
                                                          "allow_stdin": False, "stop_on_error": True},
                                    session)))
        # an allowed message still works on the same connection (proves the socket is live)
        ws.send(json.dumps(_message("kernel_info_request", {}, session)))
        replies = []
        deadline = time.time() + 15
        while time.time() < deadline:
            try:
                raw = ws.recv()
            except Exception:  # noqa: BLE001 - timeout
                break
            if isinstance(raw, bytes):
                continue
            msg = json.loads(raw)
            replies.append(msg.get("msg_type") or msg.get("header", {}).get("msg_type"))
            if "kernel_info_reply" in replies:
                time.sleep(2)  # give a (refused) execution time to happen
                break
    finally:
        ws.close()
    assert "kernel_info_reply" in replies
    assert "execute_reply" not in replies and "execute_result" not in replies
    assert not marker.exists(), "code sent by a viewer was executed"


@pytest.mark.parametrize("path", [
    "voila/render/../README.md",
    "voila/render/%2e%2e/README.md",
    "voila/render/..%2fpyproject.toml",
    "voila/files/../pyproject.toml",
    "voila/files/profil_sentra.ipynb",
    "voila/static/../../../../etc/passwd",
    "voila/render/../notebooks/00_mulai_di_sini.ipynb",
    "voila/tree/..",
    "api/contents",
    "api/kernels",
    "files/../voila.json",
])
def test_only_dashboards_are_served(voila_server, path):
    status, body = _get(_opener(), voila_server.url + path)
    assert status in (302, 403, 404, 405), (path, status)
    for secret in ("[build-system]", "root:x:", "VoilaConfiguration", "ikm_kit.widgets", '"cells"'):
        assert secret not in body, (path, secret)


def test_error_pages_show_no_paths_or_tracebacks(voila_server):
    status, body = _get(_opener(), voila_server.url + "voila/render/tidak_ada.ipynb")
    assert status == 404
    assert "Traceback" not in body and str(ROOT) not in body and "site-packages" not in body


def test_token_is_enforced_when_set(tmp_path):
    """With a token (as ``ikm-kit dashboards --host <LAN address>`` sets), no token → no page."""
    from ikm_kit import cli

    port = free_port()
    args = cli.voila_args(cli.project_root(None), "127.0.0.1", port, "rahasia-uji-123", open_browser=False)
    server = start_server(args, f"http://127.0.0.1:{port}/?token=rahasia-uji-123", tmp_path / "voila.log")
    try:
        status, body = _get(_opener(), f"http://127.0.0.1:{port}/voila/render/profil_sentra.ipynb")
        assert status in (302, 403) or "jupyter-config-data" not in body
        status, body = _get(_opener(), f"http://127.0.0.1:{port}/voila/render/profil_sentra.ipynb?token=rahasia-uji-123")
        assert status == 200 and "jupyter-config-data" in body
    finally:
        stop_server(server.proc)
