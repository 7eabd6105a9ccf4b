"""Nothing is lost on the class hub: a killed server, and a restart of the hub and its proxy.

A real JupyterHub from ``deploy/hub`` (simple spawner, 127.0.0.1, see
``tests/hub_helpers.py``) with ``cleanup_servers = False`` as in production
(the systemd spawner keeps servers running while the hub restarts).

1. ``ani`` works through the start notebook: the exercise is answered (progress
   in ``~/.ikm-kit/progres.json``), the notebook is saved through the contents
   API as JupyterLab's autosave does, and the action plan and the pre-test answers are
   saved (``~/.ikm-kit/formulir.json``, ``evaluasi.json``). While a cell
   is still running, her single-user server is killed with SIGKILL. After she
   logs in again everything is there, and no kernel of the dead server is left.
2. The hub (with its proxy and services) is restarted during the day: the
   participants' servers and kernels keep running, their browser sessions work
   again without a new login, and the trainer's class summary shows everyone.

The action plan is saved with ``ikm_kit.exercises.forms.FormStore`` (``formulir.json``) and the pre-test
answers with ``ikm_kit.evaluation.EvaluationStore`` (``evaluasi.json``), as the widgets do.
"""
from __future__ import annotations

import json
import re
import signal
import time

import nbformat
import psutil
import pytest

from ikm_kit import hub as ikm_hub

from conftest import skip_or_fail
from hub_helpers import ClassHub, HubError, Kernel, class_summary_rows, find_proxy

START = "notebooks/00_mulai_di_sini.ipynb"
EXERCISE = "00.pendapatan_kursi"
PARTICIPANTS = ("ani", "budi")
TRAINER = "pelatih"
PLAN = [{"problem": "Kayu basah sebelum finishing", "indicator": "Kadar air kayu", "baseline": "18 %",
         "target": "12 %", "deadline": "Juni 2024", "owner": "Ketua kelompok mebel"}]
PRE_TEST = {"T01": "b", "T02": "c"}


@pytest.fixture(scope="module")
def day(tmp_path_factory):
    if find_proxy() is None:
        skip_or_fail("configurable-http-proxy not found: `make test` installs it with npm into .venv/node")
    hub = ClassHub(tmp_path_factory.mktemp("hub-durable"), keep_servers=True)
    try:
        hub.start()
        hub.sessions = {name: hub.login(name, hub.password(name)) for name in PARTICIPANTS}
        hub.login(TRAINER, hub.admin_password)
        for name in (*PARTICIPANTS, TRAINER):
            hub.api("POST", f"/users/{name}/server")
        for name in (*PARTICIPANTS, TRAINER):
            hub.start_server(name)
        hub.tokens = {name: hub.user_token(name) for name in (*PARTICIPANTS, TRAINER)}
        yield hub
    finally:
        hub.stop()
    assert hub.marked_processes() == [], "processes left running after the hub stopped"


def _processes_of(hub: ClassHub, name: str, kind: str) -> list[psutil.Process]:
    """The user's single-user server (``kind="server"``) or kernels (``"kernel"``)."""
    found = []
    for proc in hub.marked_processes():
        try:
            cmd = " ".join(proc.cmdline())
            if proc.environ().get("JUPYTERHUB_USER") != name:
                continue
            if (kind == "server" and "jupyterhub.singleuser" in cmd) or (kind == "kernel" and "ipykernel" in cmd):
                found.append(proc)
        except psutil.Error:
            continue
    return found


def _work_through_start_notebook(hub: ClassHub, name: str, answer: str) -> Kernel:
    """Run the start notebook with an answer typed in; return the still open kernel."""
    token = hub.tokens[name]
    nb = nbformat.from_dict(hub.user_get(name, f"api/contents/{START}", token).json()["content"])
    kernel = Kernel(hub, name, token, path=START)
    for cell in nb.cells:
        if cell.cell_type == "code":
            if "raises-exception" in cell.metadata.get("tags", []):
                continue       # the Day-0 Python lesson shows a NameError and a SyntaxError on purpose
            source = cell.source
            if "latihan" in cell.metadata.get("tags", []):
                source = re.sub(r"jawaban = \.\.\..*", f"jawaban = {answer}", source)
            assert kernel.execute(source)["status"] == "ok"
    return kernel


def _autosave(hub: ClassHub, name: str, note: str) -> None:
    """Save the notebook with a new cell through the contents API (as JupyterLab's autosave)."""
    token = hub.tokens[name]
    nb = nbformat.from_dict(hub.user_get(name, f"api/contents/{START}", token).json()["content"])
    nb.cells.append(nbformat.v4.new_markdown_cell(note))
    put = hub.user_request("PUT", name, f"api/contents/{START}", token,
                           json={"type": "notebook", "format": "json", "content": nb})
    assert put.status_code == 200, put.text


def _write_form(kernel: Kernel) -> None:
    """Save an action plan and pre-test answers through the stores the form widgets use."""
    code = ("from ikm_kit.exercises.forms import ACTION_PLAN_FORM, FormStore\n"
            "from ikm_kit.evaluation import EvaluationStore\n"
            f"FormStore().save(ACTION_PLAN_FORM, {PLAN!r})\n"
            f"EvaluationStore().save('pre', {PRE_TEST!r})\nprint('ok')")
    result = kernel.execute(code)
    assert result["status"] == "ok", result


def _relogin_and_start(hub: ClassHub, name: str, timeout: float = 150) -> None:
    """Log in again and start the server, as the participant's browser does after an error page."""
    hub.login(name, hub.password(name))
    deadline = time.time() + timeout
    while time.time() < deadline:
        resp = hub.api("POST", f"/users/{name}/server")
        if resp.status_code in (201, 202):
            break
        time.sleep(1)   # 400: the hub has not seen the dead server yet (it polls it on this request)
    hub.start_server(name, timeout=timeout)


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_killed_server_loses_nothing(day):
    name = "ani"
    kernel = _work_through_start_notebook(day, name, "40 * harga_kursi_makan")
    _autosave(day, name, "Catatan Ani sebelum server mati: kiln bersama.")
    _write_form(kernel)
    kernel.ws.send(json.dumps({   # a long cell is running when the server dies
        "header": {"msg_id": "lama", "username": name, "session": kernel.session,
                   "msg_type": "execute_request", "version": "5.3", "date": ""},
        "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
        "content": {"code": "import time\ntime.sleep(60)", "silent": False, "store_history": True,
                    "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}}))
    time.sleep(1)
    servers, kernels = _processes_of(day, name, "server"), _processes_of(day, name, "kernel")
    assert len(servers) == 1 and kernels
    servers[0].send_signal(signal.SIGKILL)
    # the kernels notice their server is gone (ipykernel's parent poller) and exit: no orphans
    _, alive = psutil.wait_procs(kernels, timeout=30)
    assert alive == [], [p.cmdline() for p in alive]

    _relogin_and_start(day, name)
    token = day.user_token(name)
    day.tokens[name] = token
    saved = day.user_get(name, f"api/contents/{START}", token).json()["content"]
    assert any("Catatan Ani sebelum server mati" in "".join(c["source"]) for c in saved["cells"])
    progress_dir = ikm_hub.progress_dir(day.homes / name)
    progress = json.loads((progress_dir / "progres.json").read_text(encoding="utf-8"))
    assert progress["exercises"][EXERCISE]["passed"] is True
    assert (progress_dir / "formulir.json").exists() and (progress_dir / "evaluasi.json").exists()
    # and the participant's new kernel reads them from where the widgets do
    kernel = Kernel(day, name, token, path=START)
    try:
        result = kernel.execute(
            "from ikm_kit.exercises.progress import ProgressStore\n"
            "from ikm_kit.exercises.forms import ACTION_PLAN_FORM, FormStore\n"
            "from ikm_kit.evaluation import EvaluationStore\n"
            "print(ProgressStore().get('00.pendapatan_kursi').passed)\n"
            "print(FormStore().load(ACTION_PLAN_FORM)[0]['problem'])\n"
            "print(EvaluationStore().answers('pre')['T01'])")
        assert result["stdout"].split("\n")[:3] == ["True", "Kayu basah sebelum finishing", "b"], result
    finally:
        kernel.close()


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_hub_restart_keeps_servers_sessions_and_class_summary(day):
    kernel = _work_through_start_notebook(day, "budi", "12 * harga_kursi_makan")
    assert kernel.execute("angka_budi = 1234")["status"] == "ok"
    kernel.ws.close()
    servers = {name: _processes_of(day, name, "server")[0].pid for name in PARTICIPANTS}
    for name in PARTICIPANTS:   # each has JupyterLab open in the browser (the server's cookie is set)
        assert day.sessions[name].get(f"{day.url}/user/{name}/lab", timeout=60).status_code == 200

    day.restart()

    for name in PARTICIPANTS:   # the same server processes, routed again by the new proxy
        assert [p.pid for p in _processes_of(day, name, "server")] == [servers[name]]
        model = day.user_model(name)
        assert model["servers"][""]["ready"], model
        # the browser session still works, without logging in again
        deadline = time.time() + 30     # a tab's next request after the restart
        while True:
            resp = day.sessions[name].get(f"{day.url}/user/{name}/api/contents/{START}", timeout=60)
            if resp.status_code == 200 or time.time() > deadline:
                break
            time.sleep(1)
        assert resp.status_code == 200, (name, resp.status_code, resp.url)
        assert "/hub/login" not in resp.url
    # budi's kernel kept its variables: reconnect to it as a reopened tab does
    kernel = Kernel(day, "budi", day.tokens["budi"], kernel_id=kernel.id, session_id=kernel.session_id)
    try:
        assert kernel.execute("print(angka_budi)")["stdout"].strip() == "1234"
    finally:
        kernel.close()
    # the trainer's summary shows both participants again (collector restarted with the hub)
    trainer = Kernel(day, TRAINER, day.tokens[TRAINER], path=ikm_hub.TRAINER_NOTEBOOK)
    try:
        rows = class_summary_rows(trainer, PARTICIPANTS, timeout=90)
        assert set(rows) == set(PARTICIPANTS), rows
        assert rows["budi"][EXERCISE] is False
    finally:
        trainer.close()
    with pytest.raises(HubError, match="refused"):   # the own passwords survive the restart too
        day.login("ani", day.password("budi"))
