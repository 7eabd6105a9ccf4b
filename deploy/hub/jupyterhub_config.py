# JupyterHub configuration for one ikm-kit class on one server (JupyterHub 5.x).
#
#   jupyterhub -f deploy/hub/jupyterhub_config.py
#
# Everything that differs between servers comes from environment variables
# (in production from /etc/ikm-kit/hub.env, mode 0600, loaded by ikm-hub.service;
# see hub.env.example and README.md in this folder):
#
#   IKM_HUB_ADMIN_PASSWORD   trainers' password (>= 32 characters)                    required
#   IKM_HUB_MIN_PASSWORD     minimum length of a participant's own password   default: 8
#   IKM_HUB_ADMINS           trainer accounts, comma-separated            default: pelatih
#   IKM_HUB_ALLOWED_USERS    participant names, comma-separated   default: any valid name
#   IKM_HUB_SPAWNER          systemd (production) | simple (tests, no isolation)  default: systemd
#   IKM_HUB_HOME_ROOT        simple spawner only: homes are <root>/<name>
#   IKM_HUB_STATE_DIR        database, cookie secret                 default: /var/lib/ikm-hub
#   IKM_HUB_CLASS_PROGRESS   collected progress, readable by trainers  default: /srv/ikm-kit/progres-kelas
#   IKM_HUB_IP / IKM_HUB_PORT  public address of the proxy            default: 127.0.0.1 / 8000
#   IKM_HUB_MEM_LIMIT        per-user memory limit (systemd spawner)   default: 1G
#   IKM_HUB_CPU_LIMIT        per-user CPU limit in cores (systemd)     default: 1
#   IKM_HUB_IDLE_TIMEOUT     seconds before an idle server is stopped default: 3600
#   IKM_HUB_COLLECT_INTERVAL seconds between progress collections    default: 60
#   IKM_HUB_PROXY            configurable-http-proxy executable       default: searched
#   IKM_HUB_SSL_CERT / IKM_HUB_SSL_KEY  HTTPS certificate and key files  default: plain HTTP
import asyncio
import os
import shutil
import sys
from pathlib import Path

from ikm_kit.hub import (CLASS_PROGRESS_ENV, MAX_USERNAME, PASSWORD_DB, SYSTEM_USER_PREFIX, TRAINER_NOTEBOOK,
                         USERNAME_PATTERN, WORKSPACE_DIR, progress_dir, valid_username)
from ikm_kit.errors import InputError
from ikm_kit.i18n import t

c = get_config()  # noqa: F821 - provided by JupyterHub

HERE = Path(__file__).resolve().parent
PROJECT = Path(os.environ.get("IKM_HUB_PROJECT", HERE.parent.parent)).resolve()
PYTHON = sys.executable
TRAINER_GROUP = "ikm-pelatih"
START_NOTEBOOK = "notebooks/00_mulai_di_sini.ipynb"


def _env(name, default=None):
    value = os.environ.get(name, "").strip()
    return value if value else default


def _names(value):
    return {n.strip().lower() for n in (value or "").split(",") if n.strip()}


# ------------------------------------------------------------- authentication
# Every participant has their own password, chosen at their first login and
# stored as a bcrypt hash in <state>/passwords.dbm (ikm_kit.hub_auth, built on
# jupyterhub-firstuseauthenticator). Trainers log in with the trainers' password
# from the environment (see hub.env.example), never stored in this file.
# A forgotten password: python -m ikm_kit.hub reset-password <name> (work is kept).
admin_password = _env("IKM_HUB_ADMIN_PASSWORD")
if not admin_password:
    sys.exit(t("hub.missing_password", name="IKM_HUB_ADMIN_PASSWORD"))
if len(admin_password) < 32:
    sys.exit(t("hub.password_too_short", name="IKM_HUB_ADMIN_PASSWORD", minimum=32, length=len(admin_password)))

admins = _names(_env("IKM_HUB_ADMINS", "pelatih"))
for _name in admins:
    if not valid_username(_name):
        sys.exit(t("hub.bad_username", name=_name, maximum=MAX_USERNAME))

c.JupyterHub.authenticator_class = "ikm_kit.hub_auth.ClassAuthenticator"
c.ClassAuthenticator.admin_password = admin_password
c.ClassAuthenticator.min_password_length = int(_env("IKM_HUB_MIN_PASSWORD", "8"))
# the login page in the class's language (templates/login.html), saying that the first
# login sets the own password
c.JupyterHub.template_paths = [str(HERE / "templates")]
c.JupyterHub.template_vars = {
    "announcement_login": t("hubauth.login_hint", minimum=c.ClassAuthenticator.min_password_length),
    "ikm_login": {key: t(f"hubauth.login_{key}") for key in ("title", "name", "password", "submit", "insecure")},
    "ikm_change": {key: t(f"hubauth.change_{key}") for key in ("title", "new_password", "submit")},
}
c.Authenticator.admin_users = admins
allowed = _names(_env("IKM_HUB_ALLOWED_USERS"))
if allowed:
    c.Authenticator.allowed_users = allowed
else:
    c.Authenticator.allow_all = True
# names become Linux accounts (jupyter-<name>) and folder names: keep them simple
c.Authenticator.username_pattern = USERNAME_PATTERN
c.Authenticator.delete_invalid_users = True

# -------------------------------------------------------------- hub and proxy
state = Path(_env("IKM_HUB_STATE_DIR", "/var/lib/ikm-hub"))
state.mkdir(parents=True, exist_ok=True, mode=0o700)
c.JupyterHub.db_url = f"sqlite:///{state / 'jupyterhub.sqlite'}"
c.ClassAuthenticator.dbm_path = str(state / PASSWORD_DB)
c.JupyterHub.cookie_secret_file = str(state / "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = str(state / "jupyterhub.pid")
c.JupyterHub.ip = _env("IKM_HUB_IP", "127.0.0.1")
c.JupyterHub.port = int(_env("IKM_HUB_PORT", "8000"))
c.JupyterHub.hub_ip = "127.0.0.1"
# HTTPS on the class network: a certificate and key (e.g. from the office's CA)
if _env("IKM_HUB_SSL_CERT") and _env("IKM_HUB_SSL_KEY"):
    c.JupyterHub.ssl_cert = _env("IKM_HUB_SSL_CERT")
    c.JupyterHub.ssl_key = _env("IKM_HUB_SSL_KEY")


def _find_proxy():
    explicit = _env("IKM_HUB_PROXY")
    if explicit:
        return explicit
    for candidate in (PROJECT / ".venv" / "node" / "node_modules" / ".bin" / "configurable-http-proxy",
                      Path(sys.prefix) / "node" / "node_modules" / ".bin" / "configurable-http-proxy",
                      Path("/opt/ikm-kit/node/node_modules/.bin/configurable-http-proxy")):
        if candidate.exists():
            return str(candidate)
    return shutil.which("configurable-http-proxy") or "configurable-http-proxy"


c.ConfigurableHTTPProxy.command = [_find_proxy()]

# ------------------------------------------------------------------- spawner
kind = _env("IKM_HUB_SPAWNER", "systemd")
if kind not in ("systemd", "simple"):
    sys.exit(t("hub.bad_spawner", value=kind, valid="systemd, simple"))
home_root = Path(_env("IKM_HUB_HOME_ROOT", "/tmp/ikm-hub-homes")).resolve()
class_progress = Path(_env("IKM_HUB_CLASS_PROGRESS",
                           "/srv/ikm-kit/progres-kelas" if kind == "systemd" else str(state / "progres-kelas")))

if kind == "systemd":
    # Production: each participant is a Linux user jupyter-<name> with a private
    # home (0700); the server runs as a transient systemd unit with MemoryMax and
    # CPUQuota (enforced by the kernel's cgroups).
    c.JupyterHub.spawner_class = "systemdspawner.SystemdSpawner"
    c.SystemdSpawner.username_template = SYSTEM_USER_PREFIX + "{USERNAME}"
    c.SystemdSpawner.unit_name_template = "jupyter-{USERNAME}-singleuser"
    c.SystemdSpawner.isolate_tmp = True
    c.SystemdSpawner.disable_user_sudo = True
    c.SystemdSpawner.default_shell = "/bin/bash"
    # servers are their own systemd units: restarting the hub leaves them running
    c.JupyterHub.cleanup_servers = False
    c.Spawner.mem_limit = _env("IKM_HUB_MEM_LIMIT", "1G")
    c.Spawner.cpu_limit = float(_env("IKM_HUB_CPU_LIMIT", "1"))
else:
    # Tests and demos on one account: NO isolation and NO limits (mem_limit is
    # only passed on as MEM_LIMIT for the resource display). Never for a class.
    c.JupyterHub.spawner_class = "simple"
    c.SimpleLocalProcessSpawner.home_dir_template = str(home_root / "{username}")
    c.Spawner.mem_limit = _env("IKM_HUB_MEM_LIMIT", "1G")
    c.JupyterHub.cleanup_servers = True
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # containers and CI machines run as root; Jupyter refuses that without this flag
        c.Spawner.args = ["--allow-root"]

c.Spawner.ip = "127.0.0.1"
c.Spawner.cmd = [PYTHON, "-m", "jupyterhub.singleuser"]
c.Spawner.notebook_dir = "~/" + WORKSPACE_DIR
c.Spawner.default_url = "/lab/tree/" + START_NOTEBOOK
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 90
# Single-user settings (Voila template "ikm" without tracebacks, kernel culling,
# offline pages) live in singleuser/jupyter_server_config.json.
c.Spawner.environment = {
    "JUPYTER_CONFIG_PATH": str(HERE / "singleuser"),
    "IKM_LANG": _env("IKM_LANG", "id"),
}
# install.sh installs the package non-editable: point kernels at the shipped CSV
# files (otherwise every kernel regenerates the datasets in memory, ~0,6 s)
if (PROJECT / "data" / "README.md").is_file():
    c.Spawner.environment["IKM_DATA_DIR"] = str(PROJECT / "data")


async def _run(args, **kwargs):
    proc = await asyncio.create_subprocess_exec(*args, stdout=asyncio.subprocess.PIPE,
                                                stderr=asyncio.subprocess.STDOUT, **kwargs)
    out, _ = await proc.communicate()
    text = out.decode("utf-8", "replace").strip()
    if proc.returncode:
        raise RuntimeError(f"{' '.join(map(str, args))} failed ({proc.returncode}): {text}")
    return text


async def _ensure_system_user(name, trainer):
    """Create jupyter-<name> with a private home, as The Littlest JupyterHub does."""
    import grp
    import pwd

    system_name = SYSTEM_USER_PREFIX + name
    try:
        entry = pwd.getpwnam(system_name)
    except KeyError:
        await _run(["useradd", "--create-home", "--shell", "/bin/bash", system_name])
        entry = pwd.getpwnam(system_name)
    os.chmod(entry.pw_dir, 0o700)
    if trainer and system_name not in grp.getgrnam(TRAINER_GROUP).gr_mem:
        await _run(["gpasswd", "--add", system_name, TRAINER_GROUP])
    return entry


async def pre_spawn_hook(spawner):
    """Before each start: workspace (participant or trainer edition) and environment."""
    name = spawner.user.name
    if not valid_username(name):
        raise InputError(t("hub.bad_username", name=name, maximum=MAX_USERNAME))
    trainer = bool(spawner.user.admin)
    edition = "pelatih" if trainer else "peserta"
    run_as = {}
    if kind == "systemd":
        entry = await _ensure_system_user(name, trainer)
        home = Path(entry.pw_dir)
        run_as = {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": [],
                  "cwd": str(home)}
        env = {"HOME": str(home), "PATH": os.defpath, "LANG": "C.UTF-8"}
    else:
        home = home_root / name
        home.mkdir(parents=True, exist_ok=True)
        env = {k: v for k, v in os.environ.items() if "PASSWORD" not in k}
        env["HOME"] = str(home)
    env["IKM_LANG"] = spawner.environment.get("IKM_LANG", "id")
    args = [PYTHON, "-m", "ikm_kit.hub", "sync", "--home", str(home), "--edition", edition,
            "--project", str(PROJECT)]
    if trainer:
        args += ["--trainer-notebook", str(HERE / TRAINER_NOTEBOOK)]
    # runs as the participant, so every file in the workspace is theirs
    spawner.log.info(await _run(args, env=env, **run_as))
    extra = {"IKM_PROGRESS_DIR": str(progress_dir(home))}
    if trainer:
        extra[CLASS_PROGRESS_ENV] = str(class_progress)
    # a new dict: the configured one is shared by every user's spawner
    spawner.environment = {**spawner.environment, **extra}
    if kind == "systemd" and trainer:
        spawner.unit_extra_properties = {**spawner.unit_extra_properties,
                                         "SupplementaryGroups": TRAINER_GROUP}


c.Spawner.pre_spawn_hook = pre_spawn_hook

# ------------------------------------------------------------------ services
idle_timeout = int(_env("IKM_HUB_IDLE_TIMEOUT", "3600"))
collect_interval = _env("IKM_HUB_COLLECT_INTERVAL", "60")
collect = [PYTHON, "-m", "ikm_kit.hub", "collect", "--dest", str(class_progress),
           "--every", collect_interval]
if kind == "systemd":
    collect += ["--homes", "/home", "--prefix", SYSTEM_USER_PREFIX, "--group", TRAINER_GROUP]
else:
    collect += ["--homes", str(home_root)]

c.JupyterHub.services = [
    {
        # stops servers nobody used for IKM_HUB_IDLE_TIMEOUT seconds (memory back)
        "name": "idle-culler",
        "command": [PYTHON, "-m", "jupyterhub_idle_culler", f"--timeout={idle_timeout}",
                    "--cull-every=300"],
    },
    {
        # copies each participant's progres.json into the trainers' class folder
        "name": "ikm-progres",
        "command": collect,
        "environment": {"IKM_LANG": _env("IKM_LANG", "id")},
    },
]
c.JupyterHub.load_roles = [
    {
        "name": "idle-culler",
        "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
        "services": ["idle-culler"],
    },
]
