"""Deployment files (deploy/dashboards, deploy/kubernetes, docs/panduan-server.md) are consistent.

Fast and offline: no root, no network, no nginx/docker/helm needed. What needs those
tools (nginx -t, a TLS proxy in front of Voila, a cluster) is described in the READMEs
as verified by hand or not verified.
"""
from __future__ import annotations

import configparser
import fnmatch
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from ikm_kit import cli
from ikm_kit.data.uploads import DEFAULT_MAX_BYTES

ROOT = Path(__file__).resolve().parent.parent
DASH = ROOT / "deploy" / "dashboards"
K8S = ROOT / "deploy" / "kubernetes"
DOCKERFILE = K8S / "Dockerfile"
GUIDE = ROOT / "docs" / "panduan-server.md"
DOCS = [GUIDE, DASH / "README.md", K8S / "README.md"]


def _values() -> dict:
    return yaml.safe_load((K8S / "values.yaml").read_text(encoding="utf-8"))


def _bytes(quantity) -> float:
    """Kubernetes/systemd memory quantity ("768M", "1.5G", "2Gi", "4G") in bytes."""
    m = re.fullmatch(r"([0-9.]+)\s*([KMGT]i?)?B?", str(quantity).strip())
    assert m, f"not a memory quantity: {quantity!r}"
    number, unit = float(m.group(1)), m.group(2) or ""
    power = " KMGT".index(unit[:1]) if unit else 0
    return number * ((1024 if unit.endswith("i") else 1000) ** power)


# ---------------------------------------------------------------- YAML files

@pytest.mark.parametrize("path", sorted((ROOT / "deploy").rglob("*.yaml")), ids=lambda p: str(p.relative_to(ROOT)))
def test_yaml_files_parse(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict) and data


def test_quantity_parser():
    assert _bytes("768M") == 768e6
    assert _bytes("1536M") == 1536e6
    assert _bytes("2Gi") == 2 * 1024 ** 3
    assert _bytes("4G") == 4e9


# ------------------------------------------------------- kubernetes values

# Keys accepted by the z2jh 4.x values schema (jupyterhub/values.schema.yaml) for the
# sections we use; the chart rejects unknown keys (additionalProperties: false).
Z2JH_KEYS = {
    "": {"hub", "singleuser", "cull", "proxy", "scheduling", "prePuller", "ingress", "custom", "debug",
         "rbac", "global", "imagePullSecret", "imagePullSecrets", "fullnameOverride", "nameOverride", "enabled"},
    "singleuser": {"networkPolicy", "podNameTemplate", "cpu", "memory", "image", "initContainers", "profileList",
                   "extraFiles", "extraEnv", "nodeSelector", "extraTolerations", "extraNodeAffinity",
                   "extraPodAffinity", "extraPodAntiAffinity", "cloudMetadata", "cmd", "defaultUrl", "events",
                   "extraAnnotations", "extraContainers", "extraLabels", "extraPodConfig", "extraResource",
                   "fsGid", "lifecycleHooks", "networkTools", "serviceAccountName", "startTimeout", "storage",
                   "allowPrivilegeEscalation", "uid"},
    "singleuser.memory": {"limit", "guarantee"},
    "singleuser.cpu": {"limit", "guarantee"},
    "singleuser.image": {"name", "tag", "pullPolicy", "pullSecrets"},
    "singleuser.storage": {"capacity", "dynamic", "extraLabels", "extraVolumeMounts", "extraVolumes",
                           "homeMountPath", "static", "type"},
    "singleuser.storage.dynamic": {"pvcNameTemplate", "storageAccessModes", "storageClass", "volumeNameTemplate"},
    "cull": {"enabled", "users", "adminUsers", "removeNamedServers", "timeout", "every", "concurrency", "maxAge"},
    "proxy": {"chp", "secretToken", "service", "https", "traefik", "labels", "annotations", "deploymentStrategy",
              "secretSync"},
    "proxy.https": {"enabled", "type", "letsencrypt", "manual", "secret", "hosts"},
    "proxy.https.letsencrypt": {"contactEmail", "acmeServer"},
    "scheduling": {"userScheduler", "podPriority", "userPlaceholder", "corePods", "userPods"},
    "scheduling.userPlaceholder": {"enabled", "image", "revisionHistoryLimit", "replicas", "labels",
                                   "annotations", "resources", "containerSecurityContext"},
    "prePuller": {"revisionHistoryLimit", "labels", "annotations", "resources", "extraTolerations", "hook",
                  "continuous", "pullProfileListImages", "extraImages", "containerSecurityContext", "pause"},
}


def _section(data: dict, dotted: str):
    for part in filter(None, dotted.split(".")):
        data = data.get(part, {})
    return data


@pytest.mark.parametrize("section", sorted(Z2JH_KEYS), ids=lambda s: s or "top")
def test_values_use_only_keys_the_chart_knows(section):
    used = set(_section(_values(), section))
    unknown = used - Z2JH_KEYS[section]
    assert not unknown, f"{section or 'top level'}: {sorted(unknown)} not in the z2jh 4.x schema"


def test_values_have_what_the_class_needs():
    v = _values()
    su = v["singleuser"]
    assert su["image"]["name"] and str(su["image"]["tag"])
    assert su["cmd"] == "ikm-singleuser"
    # the start notebook exists (root folder of the server is ruang-kerja/, a copy of notebooks/)
    assert su["defaultUrl"].startswith("/lab/tree/")
    assert (ROOT / su["defaultUrl"][len("/lab/tree/"):]).is_file()
    assert su["storage"]["type"] == "dynamic"
    assert su["storage"]["homeMountPath"] == "/home/jovyan"
    assert 1024 ** 3 <= _bytes(su["storage"]["capacity"]) <= 2 * 1024 ** 3
    guarantee, limit = _bytes(su["memory"]["guarantee"]), _bytes(su["memory"]["limit"])
    # a participant runs the server, a notebook kernel and a dashboard kernel (~220 MB each kernel)
    assert 500e6 <= guarantee <= limit
    assert 0 < su["cpu"]["guarantee"] <= su["cpu"]["limit"]
    assert v["cull"]["enabled"] is True and v["cull"]["timeout"] > 0


def test_values_keep_passwords_out_and_match_the_one_server_hub():
    def keys(node):
        if isinstance(node, dict):
            for key, value in node.items():
                yield str(key)
                yield from keys(value)
        elif isinstance(node, list):
            for item in node:
                yield from keys(item)

    assert not [k for k in keys(_values()) if "password" in k.lower()], "passwords belong in ~/ikm-rahasia.yaml"
    config = _values()["hub"]["config"]
    assert config["JupyterHub"]["authenticator_class"] == "shared-password"
    hub_config = (ROOT / "deploy" / "hub" / "jupyterhub_config.py").read_text(encoding="utf-8")
    # the one-server hub gives every participant an own password (ikm_kit.hub_auth); on Kubernetes
    # the stock hub image has no ikm-kit, so the class password stays (deploy/kubernetes/README.md)
    assert 'authenticator_class = "ikm_kit.hub_auth.ClassAuthenticator"' in hub_config
    from ikm_kit.hub import USERNAME_PATTERN
    assert config["Authenticator"]["username_pattern"] == USERNAME_PATTERN
    admins = config["Authenticator"]["admin_users"]
    assert admins and all(re.fullmatch(USERNAME_PATTERN, a) for a in admins)
    secrets = yaml.safe_load((K8S / "secrets.example.yaml").read_text(encoding="utf-8"))
    shared = secrets["hub"]["config"]["SharedPasswordAuthenticator"]
    assert len(shared["user_password"]) >= 8 and len(shared["admin_password"]) >= 32
    assert shared["user_password"] != shared["admin_password"]


class _User:
    def __init__(self, admin):
        self.admin = admin


class _Spawner:
    def __init__(self, admin):
        self.user = _User(admin)


def test_trainer_profile_is_offered_to_admins_only():
    from traitlets.config import Config

    v = _values()
    c = Config()
    c.KubeSpawner.profile_list = v["singleuser"]["profileList"]  # what the chart does first
    for code in v["hub"]["extraConfig"].values():
        exec(compile(code, "extraConfig", "exec"), {"c": c})
    profiles = c.KubeSpawner.profile_list
    assert callable(profiles)
    admin = [p["slug"] for p in profiles(_Spawner(True))]
    participant = [p["slug"] for p in profiles(_Spawner(False))]
    assert admin == ["peserta", "dasbor", "pelatih"]
    assert participant == ["peserta", "dasbor"]
    by_slug = {p["slug"]: p for p in v["singleuser"]["profileList"]}
    assert by_slug["peserta"].get("default") is True
    trainer_image = by_slug["pelatih"]["kubespawner_override"]["image"]
    assert trainer_image.startswith(v["singleuser"]["image"]["name"] + ":")
    assert trainer_image.endswith("-pelatih")
    assert by_slug["dasbor"]["kubespawner_override"]["default_url"] == "/voila/tree/dashboards"


# ---------------------------------------------------------------- Dockerfile

def _instructions(path: Path) -> list[tuple[str, str]]:
    lines, current = [], ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not current and (not raw.strip() or raw.lstrip().startswith("#")):
            continue
        current += raw.rstrip("\\").strip() + " " if raw.rstrip().endswith("\\") else raw.strip()
        if not raw.rstrip().endswith("\\"):
            word, _, rest = current.partition(" ")
            lines.append((word.upper(), rest.strip()))
            current = ""
    return lines


def _stages(path: Path) -> list[list[tuple[str, str]]]:
    stages: list[list[tuple[str, str]]] = []
    for word, rest in _instructions(path):
        if word == "FROM":
            stages.append([])
        if stages:
            stages[-1].append((word, rest))
    return stages


def _dockerignore() -> list[str]:
    return [ln.strip() for ln in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]


def _ignored(rel: str) -> bool:
    """Docker's rule: the last matching pattern wins; a directory pattern covers its contents."""
    ignored = False
    for pattern in _dockerignore():
        negate = pattern.startswith("!")
        pat = pattern[1:] if negate else pattern
        pat = pat.strip("/")
        parts = rel.split("/")
        prefixes = ["/".join(parts[:i]) for i in range(1, len(parts) + 1)]
        if any(fnmatch.fnmatch(p, pat) or fnmatch.fnmatch(p, pat.replace("**/", "")) for p in prefixes):
            ignored = not negate
    return ignored


def _copies():
    for stage_index, stage in enumerate(_stages(DOCKERFILE)):
        for word, rest in stage:
            if word == "COPY" and "--from=" not in rest:
                *sources, _target = shlex.split(rest)
                yield stage_index, [s for s in sources if not s.startswith("--")]


def test_dockerfile_copy_sources_exist_and_are_not_dockerignored():
    seen = 0
    for _stage, sources in _copies():
        present = []
        for source in sources:
            matches = [p for p in ROOT.glob(source.rstrip("/")) if p.exists()]
            if not any(ch in source for ch in "*?["):
                assert matches, f"COPY source {source} does not exist"
            present += matches
            for match in matches:
                rel = str(match.relative_to(ROOT))
                assert not _ignored(rel), f"COPY source {rel} is excluded by .dockerignore"
        assert present, f"no COPY source of {sources} exists"
        seen += 1
    assert seen >= 6


def test_dockerignore_keeps_local_state_out():
    for rel in (".venv/bin/python", ".git/config", "ruang-kerja/notebooks/x.ipynb", "tests/test_cli.py",
                "ikm_kit/__pycache__/cli.cpython-311.pyc", "deploy/dashboards/Caddyfile"):
        assert _ignored(rel), rel
    for rel in ("ikm_kit/cli.py", "notebooks/00_mulai_di_sini.ipynb", "pyproject.toml", "README.md",
                "deploy/kubernetes/ikm-singleuser.sh", "deploy/hub/singleuser/jupyter_server_config.json"):
        assert not _ignored(rel), rel


def test_answer_keys_stay_in_the_build_stage():
    stages = _stages(DOCKERFILE)
    assert len(stages) >= 3
    final = stages[-1]
    final_sources = [s for index, sources in _copies() if index == len(stages) - 1 for s in sources]
    assert not any(s.startswith("notebooks") for s in final_sources), "final image copies the trainer notebooks"
    build = "\n".join(rest for word, rest in stages[1] if word == "RUN")
    assert "build_participant_edition('/opt/ikm-kit/notebooks', src_dir='/src/notebooks')" in build
    assert any(w == "COPY" and "--from=build /opt/ikm-kit /opt/ikm-kit" in r for w, r in final)
    assert ("USER", "1000:100") in final
    cmd = [r for w, r in final if w == "CMD"]
    assert cmd == ['["ikm-singleuser"]']
    assert any(w == "COPY" and r.endswith("/usr/local/bin/ikm-singleuser") for w, r in final)


def test_singleuser_script_syncs_the_workspace_then_starts_the_server(tmp_path):
    stub_dir = tmp_path / "bin"
    stub_dir.mkdir()
    stub = stub_dir / "jupyterhub-singleuser"
    stub.write_text('#!/bin/sh\necho "SINGLEUSER $*"\n')
    stub.chmod(0o755)
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": f"{stub_dir}:{Path(sys.executable).parent}:/usr/bin:/bin",
           "IKM_PROJECT": str(ROOT), "IKM_LANG": "id"}
    script = str(K8S / "ikm-singleuser.sh")

    def run():
        return subprocess.run(["sh", script, "--SingleUserNotebookApp.default_url=/lab"], env=env,
                              capture_output=True, text=True, timeout=120)

    first = run()
    assert first.returncode == 0, first.stderr
    workspace = home / "ruang-kerja"
    assert f"SINGLEUSER --ServerApp.root_dir={workspace} --SingleUserNotebookApp.default_url=/lab" in first.stdout
    start = workspace / "notebooks" / "00_mulai_di_sini.ipynb"
    assert start.is_file() and '"ikm_edition": "peserta"' in start.read_text(encoding="utf-8")
    assert (workspace / "dashboards" / "profil_sentra.ipynb").is_file()
    # an edited notebook survives a restart; the new version goes to .ikm-kit/pembaruan/
    start.write_text(start.read_text(encoding="utf-8").replace("ikm_edition", "ikm_edition_diubah"), encoding="utf-8")
    second = run()
    assert second.returncode == 0, second.stderr
    assert "ikm_edition_diubah" in start.read_text(encoding="utf-8")
    assert (workspace / ".ikm-kit" / "pembaruan" / "notebooks" / "00_mulai_di_sini.ipynb").is_file()
    # a failing sync (here: a Python that crashes) does not block the login
    crash = tmp_path / "crash"
    crash.mkdir()
    (crash / "python").write_text("#!/bin/sh\necho 'Traceback: disk penuh' >&2\nexit 1\n")
    (crash / "python").chmod(0o755)
    broken = dict(env, PATH=f"{crash}:{env['PATH']}")
    third = subprocess.run(["sh", script], env=broken, capture_output=True, text=True, timeout=120)
    assert third.returncode == 0 and "SINGLEUSER --ServerApp.root_dir=" in third.stdout
    assert "sinkronisasi ruang kerja gagal" in third.stderr
    bad = subprocess.run(["sh", script], env=dict(broken, IKM_EDISI="semua"), capture_output=True, text=True)
    assert bad.returncode == 64 and "SINGLEUSER" not in bad.stdout


# ---------------------------------------------------------- systemd + proxies

def _unit() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str
    parser.read(DASH / "ikm-dashboards.service", encoding="utf-8")
    return parser


def test_systemd_unit_runs_ikm_kit_dashboards_on_loopback_unprivileged():
    service = _unit()["Service"]
    assert service["User"] not in ("", "root")
    assert service["EnvironmentFile"] == "/etc/ikm-kit/dashboards.env"
    assert service["Restart"] == "on-failure"
    argv = shlex.split(service["ExecStart"])
    assert argv[0].endswith("/.venv/bin/ikm-kit") and argv[1] == "dashboards"
    assert argv[argv.index("--host") + 1] == "127.0.0.1"
    assert argv[argv.index("--port") + 1] == "8866"
    assert argv[argv.index("--token") + 1] == "${IKM_DASHBOARD_TOKEN}"
    # every flag is a real flag of the CLI (argparse exits on unknown ones)
    ns = cli.build_parser().parse_args(argv[1:])
    assert ns.func is cli.cmd_dashboards and ns.host == "127.0.0.1" and ns.no_browser
    assert argv[argv.index("--project") + 1] == service["WorkingDirectory"]
    # the preheated pool alone (5 dashboards x ~220 MB) must fit, with room for viewers
    pool = len(list((ROOT / "dashboards").glob("*.ipynb"))) * 220e6
    assert _bytes(service["MemoryMax"]) >= pool + 10 * 220e6
    assert "IKM_DASHBOARD_TOKEN" in service["ExecStartPre"]
    env_example = (DASH / "dashboards.env.example").read_text(encoding="utf-8")
    assert re.search(r"^IKM_DASHBOARD_TOKEN=\S+", env_example, re.M)


def _nginx() -> str:
    return (DASH / "nginx-ikm-dashboards.conf").read_text(encoding="utf-8")


def test_nginx_terminates_tls_and_redirects_http():
    conf = _nginx()
    assert re.search(r"listen 443 ssl;", conf)
    assert re.search(r"^\s*ssl_certificate\s+\S+;", conf, re.M)
    assert re.search(r"^\s*ssl_certificate_key\s+\S+;", conf, re.M)
    assert "return 301 https://$host$request_uri;" in conf
    assert re.search(r'add_header Strict-Transport-Security "max-age=\d+" always;', conf)
    assert 'add_header Referrer-Policy "no-referrer" always;' in conf
    upstreams = re.findall(r"proxy_pass (\S+);", conf)
    assert upstreams and set(upstreams) == {"http://127.0.0.1:8866"}


def test_nginx_upgrades_kernel_websockets():
    conf = _nginx()
    assert re.search(r"map \$http_upgrade \$connection_upgrade \{\s*default upgrade;", conf)
    locations = re.findall(r"location ~\*? (\S+) \{(.*?)\n    \}", conf, re.S)
    channels = [(p, b) for p, b in locations if re.match(p, "/api/kernels/0539df09-082f-4d55-b89f-73c2862b83ba/channels")]
    assert channels, "no regex location for the kernel channels"
    pattern, body = channels[0]
    assert re.match(pattern, "/api/kernels/0539df09-082f-4d55-b89f-73c2862b83ba/channels")
    assert not re.match(pattern, "/api/kernels")
    for needed in ("proxy_http_version 1.1;", "proxy_set_header Upgrade $http_upgrade;",
                   "proxy_set_header Connection $connection_upgrade;", "proxy_set_header Host $http_host;"):
        assert needed in body
    timeouts = [int(t) for t in re.findall(r"proxy_read_timeout (\d+)s;", conf)]
    assert timeouts and min(timeouts) >= 3600


def test_nginx_and_caddy_allow_the_dashboard_upload_limit():
    size = re.search(r"client_max_body_size (\d+)m;", _nginx())
    assert size and DEFAULT_MAX_BYTES <= int(size.group(1)) * 1024 * 1024 <= 2 * DEFAULT_MAX_BYTES
    caddy = (DASH / "Caddyfile").read_text(encoding="utf-8")
    caddy_size = re.search(r"max_size (\d+)MB", caddy)
    assert caddy_size and DEFAULT_MAX_BYTES <= int(caddy_size.group(1)) * 1000 * 1000 <= 2 * DEFAULT_MAX_BYTES
    assert "reverse_proxy 127.0.0.1:8866" in caddy
    assert "tls internal" in caddy


# ---------------------------------------------------------------- documents

LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")


def _anchors(text: str) -> set[str]:
    ids = set(re.findall(r'<a id="([^"]+)"', text))
    for heading in re.findall(r"^#+\s+(.*)$", text, re.M):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        ids.add(slug)
    return ids


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_point_at_existing_files(doc):
    text = doc.read_text(encoding="utf-8")
    links = [t for t in LINK.findall(text) if not re.match(r"[a-z]+:", t)]
    assert links, f"{doc.name} has no relative links"
    for target in links:
        path, _, anchor = target.partition("#")
        file = (doc.parent / path).resolve() if path else doc
        assert file.exists(), f"{doc.relative_to(ROOT)}: broken link {target}"
        if anchor and file.suffix == ".md":
            assert anchor in _anchors(file.read_text(encoding="utf-8")), f"{doc.name}: no anchor #{anchor}"


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_documents_have_indonesian_and_english_sections(doc):
    text = doc.read_text(encoding="utf-8")
    english = re.search(r"^#+ .*English", text, re.M)
    assert english, "no English section"
    indonesian, english_part = text[:english.start()], text[english.start():]
    for word in ("dan", "yang", "untuk"):
        assert re.search(rf"\b{word}\b", indonesian), f"Indonesian part lacks '{word}'"
    for word in ("the", "and", "with"):
        assert re.search(rf"\b{word}\b", english_part), f"English part lacks '{word}'"
    assert len(english_part) > 0.25 * len(indonesian), "English part is only a stub"


def test_guide_covers_the_trainers_tasks():
    text = GUIDE.read_text(encoding="utf-8")
    for needed in ("deploy/hub/install.sh", "/etc/ikm-kit/hub.env", "ufw", "tar ", "rsync ",
                   ".ikm-kit/progres.json", ".ikm-kit/pembaruan", "systemctl", "journalctl",
                   "../deploy/dashboards/README.md", "../deploy/kubernetes/README.md"):
        assert needed in text, needed
    # the troubleshooting table has the symptoms trainers meet
    for symptom in ("kosong", "Kernel", "memori", "kata sandi", "port", "CDN", "lambat"):
        assert re.search(rf"^\|.*{symptom}.*\|", text, re.M | re.I), symptom
    assert os.path.basename(str(GUIDE)) == "panduan-server.md"
