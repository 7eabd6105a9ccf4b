"""Run the classroom JupyterHub (deploy/hub/jupyterhub_config.py) on 127.0.0.1 for tests and benchmarks.

    with ClassHub(tmp_path) as hub:           # simple spawner, free ports, temp homes
        hub.login("ani", hub.password("ani"))   # first login sets ani's own password
        hub.start_server("ani")
        token = hub.user_token("ani")

Everything the hub starts (proxy, services, single-user servers, kernels)
carries the environment variable ``IKM_HUB_TEST_ID=<random>``; :meth:`stop`
terminates the hub and then every process still carrying that marker, so a
failing test leaves nothing running.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "deploy" / "hub" / "jupyterhub_config.py"
LOCAL_PROXY = ROOT / ".venv" / "node" / "node_modules" / ".bin" / "configurable-http-proxy"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def find_proxy() -> str | None:
    """configurable-http-proxy from ``make`` (.venv/node) or PATH, None if missing (needs node)."""
    if LOCAL_PROXY.exists() and shutil.which("node"):
        return str(LOCAL_PROXY)
    return shutil.which("configurable-http-proxy")


class HubError(RuntimeError):
    pass


class ClassHub:
    """A real JupyterHub from the project's configuration, in ``workdir``."""

    def __init__(self, workdir: Path, *, collect_interval: float = 1.0, extra_env: dict | None = None,
                 keep_servers: bool = False):
        self.workdir = Path(workdir)
        self.homes = self.workdir / "homes"
        self.state = self.workdir / "state"
        self.class_progress = self.workdir / "progres-kelas"
        self.port, self.hub_port, self.api_port = free_port(), free_port(), free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.marker = uuid.uuid4().hex
        self.service_token = secrets.token_hex(32)
        self.passwords: dict[str, str] = {}    # each participant's own password
        self.admin_password = secrets.token_hex(24)
        # True: servers outlive a hub restart, as with the systemd spawner in production
        self.keep_servers = keep_servers
        self.collect_interval = collect_interval
        self.extra_env = extra_env or {}
        self.log = self.workdir / "jupyterhub.log"
        self.proc: subprocess.Popen | None = None

    # ----------------------------------------------------------------- process
    def _write_config(self) -> Path:
        path = self.workdir / "test_config.py"
        path.write_text(
            "# the project's configuration, plus a test-only admin service and fixed ports\n"
            f"load_subconfig({str(CONFIG)!r})\n"
            "c = get_config()\n"
            f"c.JupyterHub.hub_port = {self.hub_port}\n"
            f"c.ConfigurableHTTPProxy.api_url = 'http://127.0.0.1:{self.api_port}'\n"
            "c.JupyterHub.services = list(c.JupyterHub.services) + [\n"
            f"    {{'name': 'ikm-test', 'api_token': {self.service_token!r}}}]\n"
            "c.JupyterHub.load_roles = list(c.JupyterHub.load_roles) + [\n"
            "    {'name': 'ikm-test', 'services': ['ikm-test'], 'scopes': [\n"
            "        'admin:users', 'admin:servers', 'tokens', 'list:users', 'read:users']}]\n"
            f"c.Spawner.environment = {{**c.Spawner.environment, 'IKM_HUB_TEST_ID': {self.marker!r}}}\n"
            + ("c.JupyterHub.cleanup_servers = False\n" if self.keep_servers else ""),
            encoding="utf-8")
        return path

    def env(self) -> dict:
        env = {k: v for k, v in os.environ.items()
               if k not in ("IKM_CEK_STRICT", "IKM_PROGRESS_DIR", "JUPYTER_CONFIG_PATH")}
        env.update({
            "IKM_HUB_TEST_ID": self.marker,
            "IKM_HUB_SPAWNER": "simple",
            "IKM_HUB_HOME_ROOT": str(self.homes),
            "IKM_HUB_STATE_DIR": str(self.state),
            "IKM_HUB_CLASS_PROGRESS": str(self.class_progress),
            "IKM_HUB_ADMIN_PASSWORD": self.admin_password,
            "IKM_HUB_ADMINS": "pelatih",
            "IKM_HUB_PORT": str(self.port),
            "IKM_HUB_IP": "127.0.0.1",
            "IKM_HUB_COLLECT_INTERVAL": str(self.collect_interval),
            "IKM_LANG": "id",
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        })
        proxy = find_proxy()
        if proxy:
            env["IKM_HUB_PROXY"] = proxy
        env.update(self.extra_env)
        return env

    def start(self, timeout: float = 90.0) -> "ClassHub":
        self.homes.mkdir(parents=True, exist_ok=True)
        config = self._write_config()
        handle = open(self.log, "ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "jupyterhub", "-f", str(config)], cwd=str(self.workdir),
            stdout=handle, stderr=subprocess.STDOUT, env=self.env(), start_new_session=True)
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise HubError(f"JupyterHub exited ({self.proc.returncode}):\n{self.log_tail()}")
            try:
                if requests.get(f"{self.url}/hub/api/", timeout=2).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.3)
        raise HubError(f"JupyterHub did not answer in {timeout} s:\n{self.log_tail()}")

    def restart(self, timeout: float = 90.0) -> "ClassHub":
        """Stop the hub (and the proxy it runs) and start it again on the same state and ports."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            self.proc.wait(timeout=60)
        return self.start(timeout)

    def password(self, name: str) -> str:
        """``name``'s own password (chosen at their first login; a new random one per hub)."""
        return self.passwords.setdefault(name, f"sandi-{name}-" + secrets.token_hex(5))

    def marked_processes(self) -> list:
        import psutil

        found = []
        for proc in psutil.process_iter(["pid"]):
            try:
                if proc.pid != os.getpid() and proc.environ().get("IKM_HUB_TEST_ID") == self.marker:
                    found.append(proc)
            except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
                continue
        return found

    def stop(self) -> None:
        import psutil

        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)  # the hub stops servers and its proxy
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
        left = self.marked_processes()
        for proc in left:
            try:
                proc.terminate()
            except psutil.NoSuchProcess:
                pass
        _, alive = psutil.wait_procs(left, timeout=10)
        for proc in alive:
            try:
                proc.kill()
            except psutil.NoSuchProcess:
                pass

    def __enter__(self) -> "ClassHub":
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc) -> None:
        self.stop()

    def log_tail(self, chars: int = 6000) -> str:
        return self.log.read_text(errors="replace")[-chars:] if self.log.exists() else ""

    # --------------------------------------------------------------------- API
    def api(self, method: str, path: str, token: str | None = None, **kwargs) -> requests.Response:
        headers = {"Authorization": f"token {token or self.service_token}"}
        return requests.request(method, f"{self.url}/hub/api{path}", headers=headers, timeout=30, **kwargs)

    def login(self, name: str, password: str) -> requests.Session:
        """Log in through the login form; returns the browser-like session (raises on refusal)."""
        session = requests.Session()
        session.get(f"{self.url}/hub/login", timeout=30)
        xsrf = session.cookies.get("_xsrf", "")
        resp = session.post(f"{self.url}/hub/login?next=/hub/home", timeout=30, allow_redirects=False,
                            data={"username": name, "password": password, "_xsrf": xsrf})
        if resp.status_code != 302 or "/hub/login" in resp.headers.get("Location", ""):
            raise HubError(f"login of {name} refused: HTTP {resp.status_code}")
        return session

    def start_server(self, name: str, timeout: float = 150.0) -> None:
        resp = self.api("POST", f"/users/{name}/server")
        if resp.status_code not in (201, 202, 400):  # 400: already running
            raise HubError(f"spawn {name}: HTTP {resp.status_code} {resp.text}\n{self.log_tail()}")
        deadline = time.time() + timeout
        while time.time() < deadline:
            model = self.api("GET", f"/users/{name}").json()
            server = (model.get("servers") or {}).get("")
            if server and server.get("ready"):
                return
            if not model.get("pending") and not server:
                raise HubError(f"server of {name} failed to start:\n{self.log_tail()}")
            time.sleep(0.5)
        raise HubError(f"server of {name} not ready in {timeout} s:\n{self.log_tail()}")

    def stop_server(self, name: str, timeout: float = 60.0) -> None:
        self.api("DELETE", f"/users/{name}/server")
        deadline = time.time() + timeout
        while time.time() < deadline:
            model = self.api("GET", f"/users/{name}").json()
            if not model.get("servers") and not model.get("pending"):
                return
            time.sleep(0.5)
        raise HubError(f"server of {name} did not stop in {timeout} s")

    def user_model(self, name: str) -> dict:
        return self.api("GET", f"/users/{name}").json()

    def user_token(self, name: str) -> str:
        resp = self.api("POST", f"/users/{name}/tokens", json={"note": "ikm-kit test", "expires_in": 3600})
        if resp.status_code != 201:
            raise HubError(f"token for {name}: HTTP {resp.status_code} {resp.text}")
        return resp.json()["token"]

    def user_get(self, name: str, path: str, token: str, **kwargs) -> requests.Response:
        return requests.get(f"{self.url}/user/{name}/{path.lstrip('/')}", timeout=60,
                            headers={"Authorization": f"token {token}"}, **kwargs)

    def user_request(self, method: str, name: str, path: str, token: str, **kwargs) -> requests.Response:
        return requests.request(method, f"{self.url}/user/{name}/{path.lstrip('/')}", timeout=60,
                                headers={"Authorization": f"token {token}"}, **kwargs)


class Kernel:
    """A kernel on a user's server, driven over the websocket channels (websocket-client)."""

    def __init__(self, hub: ClassHub, name: str, token: str, path: str | None = None,
                 kernel_id: str | None = None, session_id: str | None = None):
        import websocket

        self.hub, self.name, self.token, self.session_id = hub, name, token, session_id
        if kernel_id:  # reconnect to a running kernel, as a reopened browser tab does
            self.id = kernel_id
        elif path:  # as JupyterLab does when a notebook is opened: the kernel runs in its folder
            resp = hub.user_request("POST", name, "api/sessions", token, json={
                "path": path, "name": Path(path).name, "type": "notebook", "kernel": {"name": "python3"}})
            if resp.status_code != 201:
                raise HubError(f"session for {name}: HTTP {resp.status_code} {resp.text}")
            self.session_id = resp.json()["id"]
            self.id = resp.json()["kernel"]["id"]
        else:
            resp = hub.user_request("POST", name, "api/kernels", token, json={"name": "python3"})
            if resp.status_code != 201:
                raise HubError(f"kernel for {name}: HTTP {resp.status_code} {resp.text}")
            self.id = resp.json()["id"]
        ws_url = hub.url.replace("http://", "ws://") + f"/user/{name}/api/kernels/{self.id}/channels"
        self.ws = websocket.create_connection(ws_url, header=[f"Authorization: token {token}"], timeout=120)
        self.session = uuid.uuid4().hex

    def execute(self, code: str, timeout: float = 120.0) -> dict:
        """Run ``code``; returns ``{"status", "stdout", "result", "error"}`` once the kernel is idle.

        ``result`` is the text/plain of the cell's value and displays."""
        msg_id = uuid.uuid4().hex
        self.ws.send(json.dumps({
            "header": {"msg_id": msg_id, "username": self.name, "session": self.session,
                       "msg_type": "execute_request", "version": "5.3", "date": ""},
            "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
            "content": {"code": code, "silent": False, "store_history": True,
                        "user_expressions": {}, "allow_stdin": False, "stop_on_error": True},
        }))
        stdout, result, error, status, idle = [], [], None, None, False
        deadline = time.time() + timeout
        while time.time() < deadline and not (idle and status):
            msg = json.loads(self.ws.recv())
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind = msg["msg_type"]
            if kind == "stream":
                stdout.append(msg["content"]["text"])
            elif kind in ("execute_result", "display_data"):
                result.append(msg["content"].get("data", {}).get("text/plain", ""))
            elif kind == "error":
                error = f"{msg['content']['ename']}: {msg['content']['evalue']}"
            elif kind == "execute_reply":
                status = msg["content"]["status"]
            elif kind == "status" and msg["content"]["execution_state"] == "idle":
                idle = True
        if not (idle and status):
            raise HubError(f"no reply from {self.name}'s kernel in {timeout} s")
        return {"status": status, "stdout": "".join(stdout), "result": "\n".join(result), "error": error}

    def close(self) -> None:
        try:
            self.ws.close()
        finally:
            if self.session_id:
                self.hub.user_request("DELETE", self.name, f"api/sessions/{self.session_id}", self.token)
            else:
                self.hub.user_request("DELETE", self.name, f"api/kernels/{self.id}", self.token)


def class_summary_rows(trainer: Kernel, participants, timeout: float = 60) -> dict[str, dict]:
    """Poll ``hub_class_summary()`` in the trainer's kernel until every participant has a row
    (the collector copies progress files every few seconds); participant → row."""
    deadline, rows = time.time() + timeout, {}
    while time.time() < deadline and set(rows) != set(participants):
        result = trainer.execute("from ikm_kit.hub import hub_class_summary\n"
                                 "print(hub_class_summary().to_json(orient='records'))")
        if result["status"] != "ok":
            raise AssertionError(result)
        rows = {r["participant"]: r for r in json.loads(result["stdout"])}
        time.sleep(1)
    return rows
