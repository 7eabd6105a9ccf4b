"""The classroom JupyterHub (deploy/hub): a real hub, proxy and single-user servers on 127.0.0.1.

The integration tests share one hub (``IKM_HUB_SPAWNER=simple``, homes in a
temporary folder): participants ``ani`` and ``budi`` log in through the login
form and set their own passwords, the trainer ``pelatih`` uses the trainers'
password from the environment,
their servers are started, and each runs the start notebook from their own
workspace through the Jupyter REST + websocket API. Everything started is
stopped afterwards (see ``tests/hub_helpers.py``).
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
import requests

from ikm_kit import hub as ikm_hub
from ikm_kit.editions import find_leaks, solution_lines
from ikm_kit.errors import InputError

from conftest import ROOT, skip_or_fail
from hub_helpers import ClassHub, HubError, Kernel, class_summary_rows, find_proxy

START = "notebooks/00_mulai_di_sini.ipynb"
EXERCISE = "00.pendapatan_kursi"
PARTICIPANTS = ("ani", "budi")
TRAINER = "pelatih"
# what each participant types into the exercise cell of the start notebook
ANSWERS = {"ani": "40 * harga_kursi_makan", "budi": "12 * harga_kursi_makan"}


# ------------------------------------------------------------ without a hub
def _write_progress(home: Path, passed: bool) -> None:
    from ikm_kit.exercises.progress import ProgressStore

    ProgressStore(ikm_hub.progress_dir(home) / "progres.json").record(EXERCISE, passed=passed)


def test_collect_progress_and_class_summary(tmp_path):
    homes, dest = tmp_path / "home", tmp_path / "kelas"
    _write_progress(homes / "jupyter-ani", True)
    _write_progress(homes / "jupyter-budi", False)
    (homes / "jupyter-citra").mkdir(parents=True)          # never answered: no file
    (homes / "lain").mkdir()                              # not a hub user
    paths = ikm_hub.collect_progress(homes, dest, prefix="jupyter-")
    assert [p.parent.name for p in paths] == ["ani", "budi"]
    assert oct(paths[0].stat().st_mode & 0o777) == "0o640"
    table = ikm_hub.hub_class_summary(dest).set_index("participant")
    assert bool(table.loc["ani", EXERCISE]) is True
    assert bool(table.loc["budi", EXERCISE]) is False
    assert table.loc["ani", "passed"] == 1 and table.loc["budi", "passed"] == 0
    assert ikm_hub.progress_pattern(dest) == str(dest / "*" / "progres.json")


def test_collector_does_not_follow_symlinks(tmp_path):
    """Run as root in production: a participant must not get it to copy other files."""
    homes, dest = tmp_path / "home", tmp_path / "kelas"
    secret = tmp_path / "rahasia.json"
    secret.write_text(json.dumps({"exercises": {"x": {"passed": True}}, "kunci": "rahasia"}))
    (homes / "ani" / ".ikm-kit").mkdir(parents=True)
    (homes / "ani" / ".ikm-kit" / "progres.json").symlink_to(secret)
    (homes / "budi").mkdir()
    (homes / "budi" / ".ikm-kit").symlink_to(secret.parent)
    (homes / "citra" / ".ikm-kit").mkdir(parents=True)
    (homes / "citra" / ".ikm-kit" / "progres.json").write_text("bukan json")
    assert ikm_hub.collect_progress(homes, dest) == []
    assert list(dest.iterdir()) == []


def test_collector_file_format_matches_the_progress_store():
    from ikm_kit.exercises import progress

    assert (ikm_hub.FILE_NAME, ikm_hub.SCHEMA_VERSION) == (progress.FILE_NAME, progress.SCHEMA_VERSION)


def test_class_summary_needs_the_class_folder(monkeypatch):
    monkeypatch.delenv("IKM_CLASS_PROGRESS", raising=False)
    with pytest.raises(InputError, match="IKM_CLASS_PROGRESS"):
        ikm_hub.progress_pattern()


@pytest.mark.parametrize("name,ok", [("ani", True), ("budi_2", True), ("Ani", False), ("../x", False),
                                     ("a" * 25, False), ("", False), ("root;ls", False)])
def test_valid_username(name, ok):
    assert ikm_hub.valid_username(name) is ok


def test_install_script_is_valid_bash():
    result = subprocess.run(["bash", "-n", str(ROOT / "deploy" / "hub" / "install.sh")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("env,message", [
    ({"IKM_HUB_ADMIN_PASSWORD": ""}, "IKM_HUB_ADMIN_PASSWORD"),
    ({"IKM_HUB_ADMIN_PASSWORD": "pendek"}, "IKM_HUB_ADMIN_PASSWORD"),
])
def test_hub_refuses_to_start_without_passwords(tmp_path, env, message):
    base = {**os.environ, "IKM_HUB_ADMIN_PASSWORD": "p" * 40,
            "IKM_HUB_SPAWNER": "simple", "IKM_HUB_STATE_DIR": str(tmp_path / "state"), "IKM_LANG": "id"}
    base.update(env)
    config = ROOT / "deploy" / "hub" / "jupyterhub_config.py"
    code = ("from traitlets.config import PyFileConfigLoader\n"
            f"PyFileConfigLoader({config.name!r}, path={str(config.parent)!r}).load_config()\n")
    result = subprocess.run([sys.executable, "-c", code], env=base, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert message in result.stderr and "Traceback" not in result.stderr, result.stderr


# ------------------------------------------------------------------ real hub
@pytest.fixture(scope="module")
def classroom(tmp_path_factory):
    if find_proxy() is None:
        skip_or_fail("configurable-http-proxy not found: `make test` installs it with npm into "
                     ".venv/node (needs node/npm), or `npm install -g configurable-http-proxy`")
    hub = ClassHub(tmp_path_factory.mktemp("hub"))
    try:
        hub.start()
        hub.sessions = {name: hub.login(name, hub.password(name)) for name in PARTICIPANTS}
        hub.login(TRAINER, hub.admin_password)
        for name in (*PARTICIPANTS, TRAINER):  # spawn all three at once, then wait
            hub.api("POST", f"/users/{name}/server")
        for name in (*PARTICIPANTS, TRAINER):
            hub.start_server(name)
        hub.tokens = {name: hub.user_token(name) for name in (*PARTICIPANTS, TRAINER)}
        yield hub
    finally:
        hub.stop()
    assert hub.marked_processes() == [], "processes left running after the hub stopped"


def _run_start_notebook(hub: ClassHub, name: str) -> list[dict]:
    """Run every code cell of the participant's own start notebook, answer typed in as they would."""
    token = hub.tokens[name]
    model = hub.user_get(name, f"api/contents/{START}", token).json()
    nb = nbformat.from_dict(model["content"])
    kernel = Kernel(hub, name, token, path=START)
    try:
        results = []
        for cell in nb.cells:
            if cell.cell_type != "code":
                continue
            source = cell.source
            if "raises-exception" in cell.metadata.get("tags", []):
                continue       # the Day-0 Python lesson shows a NameError and a SyntaxError on purpose
            if "latihan" in cell.metadata.get("tags", []):
                source = re.sub(r"jawaban = \.\.\..*", f"jawaban = {ANSWERS[name]}", source)
            results.append(kernel.execute(source))
        results.append(kernel.execute(
            "import os\nopen(f'catatan_{os.environ[\"USER\"]}.txt', 'w').write('punya saya')\n"
            "print(os.getcwd())"))
        return results
    finally:
        kernel.close()


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_each_participant_has_an_own_password(classroom):
    models = {name: classroom.user_model(name) for name in (*PARTICIPANTS, TRAINER)}
    assert [models[n]["admin"] for n in (*PARTICIPANTS, TRAINER)] == [False, False, True]
    assert all(models[n]["servers"][""]["ready"] for n in models)
    ani, budi = (classroom.password(n) for n in PARTICIPANTS)
    # A cannot log in as B (nor with the trainers' password); nobody logs in as the trainer
    # with a participant's password; the passwords are stored as bcrypt hashes only
    for name, password in (("budi", ani), ("ani", budi), ("ani", "salah-sandi-123"),
                           ("ani", classroom.admin_password), (TRAINER, ani), (TRAINER, "x" * 40),
                           ("Ani/../x", ani)):
        with pytest.raises(HubError, match="refused"):
            classroom.login(name, password)
    classroom.login("ani", ani)
    assert ikm_hub.has_password(classroom.state / "passwords.dbm", "ani")
    assert not ikm_hub.has_password(classroom.state / "passwords.dbm", TRAINER)
    raw = b"".join(p.read_bytes() for p in classroom.state.glob("passwords.dbm*"))
    assert ani.encode() not in raw and classroom.admin_password.encode() not in raw
    # a first login with a too short password is refused with an Indonesian explanation
    session = requests.Session()
    session.get(f"{classroom.url}/hub/login", timeout=30)
    page = session.post(f"{classroom.url}/hub/login", timeout=30, data={
        "username": "citra", "password": "pendek", "_xsrf": session.cookies.get("_xsrf", "")})
    assert "minimal 8 karakter" in page.text
    assert "pilih kata sandi Anda sendiri" in page.text     # the login page explains the first login
    assert "Kata sandi:" in page.text and "Sign in" not in page.text   # ... in Indonesian
    assert not ikm_hub.has_password(classroom.state / "passwords.dbm", "citra")


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_a_participant_changes_the_own_password(classroom):
    session = classroom.login("ani", classroom.password("ani"))
    url = f"{classroom.url}/hub/auth/change-password"
    page = session.get(url, timeout=30)
    assert page.status_code == 200 and "Ganti kata sandi" in page.text
    xsrf = re.search(r'name="_xsrf" value="([^"]+)"', page.text).group(1)
    short = session.post(url, data={"password": "pendek", "_xsrf": xsrf}, timeout=30)
    assert "minimal 8 karakter" in short.text and "alert-danger" in short.text
    old, new = classroom.password("ani"), "sandi-baru-ani-" + classroom.marker[:6]
    done = session.post(url, data={"password": new, "_xsrf": xsrf}, timeout=30)
    assert "sudah diganti" in done.text and "alert-success" in done.text
    classroom.passwords["ani"] = new
    classroom.login("ani", new)
    with pytest.raises(HubError, match="refused"):
        classroom.login("ani", old)


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_a_participant_cannot_reach_another_server(classroom):
    ani = classroom.sessions["ani"]   # ani's browser session (login cookie)
    # opening the own server in the browser: the hub's OAuth hand-over sets the server's cookie
    assert ani.get(f"{classroom.url}/user/ani/lab", timeout=60).status_code == 200
    own = ani.get(f"{classroom.url}/user/ani/api/contents/notebooks", timeout=60)
    assert own.status_code == 200 and own.json()["type"] == "directory"
    for path in ("api/contents/notebooks", f"files/{START}", "lab", "api/kernels",
                 "voila/render/dashboards/profil_sentra.ipynb"):
        resp = ani.get(f"{classroom.url}/user/budi/{path}", timeout=60, allow_redirects=True)
        assert resp.status_code in (403, 404) or "/user/budi/" not in resp.url, (path, resp.status_code, resp.url)
        assert "00_mulai_di_sini" not in resp.text
    xsrf = next((c.value for c in ani.cookies if c.name == "_xsrf" and c.path.startswith("/user/ani")), "")
    put = ani.put(f"{classroom.url}/user/budi/api/contents/catatan.txt", timeout=60,
                  headers={"X-XSRFToken": xsrf},
                  json={"type": "file", "format": "text", "content": "dari ani"})
    assert put.status_code in (403, 404) or "/user/budi/" not in put.url, put.status_code
    assert not (classroom.homes / "budi" / "ruang-kerja" / "catatan.txt").exists()
    # nor with ani's API token
    token = classroom.tokens["ani"]
    assert classroom.user_get("budi", "api/contents/notebooks", token).status_code == 403
    assert classroom.user_request("POST", "budi", "api/kernels", token, json={"name": "python3"}).status_code == 403


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_trainer_resets_a_forgotten_password_and_the_work_stays(classroom):
    name = "budi"
    home = classroom.homes / name

    def snapshot():
        return {str(p.relative_to(home)): p.read_bytes() for p in sorted(home.rglob("*")) if p.is_file()}

    before = snapshot()
    old = classroom.password(name)
    env = {**os.environ, "IKM_HUB_STATE_DIR": str(classroom.state), "IKM_LANG": "id"}
    result = subprocess.run([sys.executable, "-m", "ikm_kit.hub", "reset-password", name],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "kata sandi baru" in result.stdout and "tetap utuh" in result.stdout
    assert not ikm_hub.has_password(classroom.state / "passwords.dbm", name)
    # the trainer's password cannot be reset this way (it lives in the environment)
    refused = subprocess.run([sys.executable, "-m", "ikm_kit.hub", "reset-password", TRAINER],
                             env=env, capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2 and "IKM_HUB_ADMIN_PASSWORD" in refused.stderr
    assert "Traceback" not in refused.stderr
    # budi chooses a new password at the next login; from then on only that one opens the account
    new = classroom.passwords[name] = "sandi-baru-" + name + "-2026"
    classroom.login(name, new)
    with pytest.raises(HubError, match="refused"):
        classroom.login(name, old)
    assert snapshot() == before, "resetting the password changed files in the participant's home"
    assert classroom.user_model(name)["servers"][""]["ready"]     # the running server was not touched


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_workspaces_have_the_right_edition(classroom):
    for name in PARTICIPANTS:
        workspace = classroom.homes / name / "ruang-kerja"
        manifest = json.loads((workspace / ".ikm-kit" / "manifest.json").read_text())
        assert manifest["edition"] == "peserta"
        notebooks = sorted((workspace / "notebooks").glob("*.ipynb"))
        assert [p.name for p in notebooks] == sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
        for path in notebooks:
            trainer = nbformat.read(ROOT / "notebooks" / path.name, as_version=4)
            participant = nbformat.read(path, as_version=4)
            assert participant.metadata.get("ikm_edition") == "peserta"
            assert find_leaks(trainer, participant) == [], f"{name}: answer keys in {path.name}"
        assert not (workspace / ikm_hub.TRAINER_NOTEBOOK).exists()
        assert (workspace / "dashboards" / "profil_sentra.ipynb").exists()
    # the trainer gets the answers and the class summary notebook
    trainer_ws = classroom.homes / TRAINER / "ruang-kerja"
    assert json.loads((trainer_ws / ".ikm-kit" / "manifest.json").read_text())["edition"] == "pelatih"
    start = nbformat.read(trainer_ws / START, as_version=4)
    assert solution_lines(start) and find_leaks(start, start)
    assert (trainer_ws / ikm_hub.TRAINER_NOTEBOOK).exists()
    # the server's root is the workspace, its default page the start notebook
    listing = classroom.user_get("ani", "api/contents/notebooks", classroom.tokens["ani"])
    assert listing.status_code == 200 and START.split("/")[1] in {c["name"] for c in listing.json()["content"]}
    assert classroom.user_get("ani", "api/contents/notebooks", classroom.tokens["budi"]).status_code == 403


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_notebooks_run_and_workspaces_are_separate(classroom):
    outputs = {}
    for name in PARTICIPANTS:
        results = _run_start_notebook(classroom, name)
        errors = [r["error"] for r in results if r["status"] != "ok"]
        assert errors == [], f"{name}: {errors}"
        outputs[name] = results
    # the working folder of a notebook kernel is the notebook's folder in the own workspace
    for name in PARTICIPANTS:
        assert outputs[name][-1]["stdout"].strip() == str(classroom.homes / name / "ruang-kerja" / "notebooks")
    assert (classroom.homes / "ani" / "ruang-kerja" / "notebooks" / "catatan_ani.txt").exists()
    assert not list((classroom.homes / "budi").rglob("catatan_ani.txt"))
    assert not list((classroom.homes / "ani").rglob("catatan_budi.txt"))
    # each participant's progress is in their own home
    for name, passed in (("ani", True), ("budi", False)):
        data = json.loads((classroom.homes / name / ".ikm-kit" / "progres.json").read_text())
        assert data["exercises"][EXERCISE]["passed"] is passed


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_trainer_sees_who_passed(classroom):
    if not (classroom.homes / "budi" / ".ikm-kit" / "progres.json").exists():
        for name in PARTICIPANTS:
            _run_start_notebook(classroom, name)
    kernel = Kernel(classroom, TRAINER, classroom.tokens[TRAINER], path=ikm_hub.TRAINER_NOTEBOOK)
    try:
        rows = class_summary_rows(kernel, PARTICIPANTS, timeout=60)
        assert rows["ani"][EXERCISE] is True and rows["ani"]["passed"] >= 1
        assert rows["budi"][EXERCISE] is False
        # the trainer's notebook itself runs and shows both participants
        nb = nbformat.read(classroom.homes / TRAINER / "ruang-kerja" / ikm_hub.TRAINER_NOTEBOOK, as_version=4)
        results = [kernel.execute(c.source) for c in nb.cells if c.cell_type == "code"]
        assert [r["status"] for r in results] == ["ok"] * len(results), results
        assert "ani" in results[-1]["result"] and "budi" in results[-1]["result"]
    finally:
        kernel.close()
    # a participant cannot read the class folder (the hub gives its path to trainers only)
    kernel = Kernel(classroom, "budi", classroom.tokens["budi"])
    try:
        result = kernel.execute("import os; print(os.environ.get('IKM_CLASS_PROGRESS', 'tidak ada'))\n"
                                "print(sorted(k for k in os.environ if 'PASSWORD' in k))")
        assert result["stdout"].split() == ["tidak", "ada", "[]"]   # nor the hub's passwords
    finally:
        kernel.close()


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_dashboard_is_served_offline_without_tracebacks(classroom):
    token = classroom.tokens["budi"]
    resp = classroom.user_get("budi", "voila/render/dashboards/profil_sentra.ipynb", token)
    assert resp.status_code == 200
    page = resp.text
    assert "ikm-kernel-lost" in page                      # the project's "ikm" Voila template
    assert '"fullMathjaxUrl": "data:text/javascript,"' in page
    external = re.findall(r"""(?:src|href)\s*=\s*["'](https?://[^"']+)""", page)
    assert external == [], external
    # the only CDN address in a page is nbconvert's mermaid loader, used only by mermaid diagrams
    for match in re.finditer(r"cdn", page, re.IGNORECASE):
        assert "mermaid" in page[match.start() - 20:match.end() + 60], page[match.start() - 200:match.end() + 200]
    # a failing cell shows Voila's message, not the traceback (paths, code) to a viewer
    broken = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("raise ValueError('/rahasia/jalur')")])
    broken.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    put = classroom.user_request("PUT", "budi", "api/contents/dashboards/rusak.ipynb", token,
                                 json={"type": "notebook", "format": "json", "content": broken})
    assert put.status_code in (200, 201), put.text
    resp = classroom.user_get("budi", "voila/render/dashboards/rusak.ipynb", token)
    assert "/rahasia/jalur" not in resp.text and "Traceback" not in resp.text


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_login_again_keeps_edited_notebooks(classroom):
    name, token = "ani", classroom.tokens["ani"]
    model = classroom.user_get(name, f"api/contents/{START}", token).json()
    nb = nbformat.from_dict(model["content"])
    nb.cells.append(nbformat.v4.new_markdown_cell("Catatan Ani: kursi kayu jati laku 40 unit."))
    put = classroom.user_request("PUT", name, f"api/contents/{START}", token,
                                 json={"type": "notebook", "format": "json", "content": nb})
    assert put.status_code == 200, put.text
    workspace = classroom.homes / name / "ruang-kerja"
    untouched = (workspace / "notebooks" / "03_peta_kendali.ipynb").read_bytes()
    classroom.stop_server(name)
    classroom.login(name, classroom.password(name))
    classroom.start_server(name)
    assert "Catatan Ani" in (workspace / START).read_text(encoding="utf-8")
    assert (workspace / ".ikm-kit" / "pembaruan" / START).exists()   # the new version, beside it
    assert (workspace / "notebooks" / "03_peta_kendali.ipynb").read_bytes() == untouched
    token = classroom.user_token(name)
    listing = classroom.user_get(name, "api/contents/notebooks", token)
    assert listing.status_code == 200
