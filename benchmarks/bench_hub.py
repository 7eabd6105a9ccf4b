"""Memory of the classroom JupyterHub (deploy/hub): hub + proxy, and per participant.

    .venv/bin/python benchmarks/bench_hub.py         # prints a table and a sizing estimate
    from benchmarks.bench_hub import run; run()      # list of dicts (benchmarks/run_all.py)

A real hub from ``deploy/hub/jupyterhub_config.py`` (simple spawner, temporary
homes, 127.0.0.1; see ``tests/hub_helpers.py``) is started. Measured with
psutil from /proc:

- hub + configurable-http-proxy + the two services (idle culler, progress
  collector), idle, before anyone logs in;
- one participant: the single-user server (JupyterLab + Voila extension) idle,
  then server + the kernel of ``notebooks/03_peta_kendali.ipynb`` after every
  code cell of the participant's own copy ran (placeholders left as they are);
- one Voila dashboard kernel (``profil_sentra``) opened by that participant.

RSS counts shared libraries in every process; PSS splits shared pages between
the processes using them, so PSS sums are what many users really add up to.
The sizing estimate uses a typical training day per participant: PSS of the
server + two notebook kernels + one dashboard kernel.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

NOTEBOOK = "notebooks/03_peta_kendali.ipynb"
DASHBOARD = "dashboards/profil_sentra.ipynb"
MB = 1024 * 1024
# a server keeps this share of its memory free for the OS, page cache and bursts
HEADROOM = 0.25
OS_MB = 600  # Ubuntu server with systemd, sshd, journald (typical, not measured here)


def _mem(procs) -> tuple[float, float]:
    """(RSS MB, PSS MB) summed over ``procs``."""
    import psutil

    rss = pss = 0
    for proc in procs:
        try:
            info = proc.memory_full_info()
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        rss += info.rss
        pss += getattr(info, "pss", info.rss)
    return rss / MB, pss / MB


def _server_of(hub, name: str):
    for proc in hub.marked_processes():
        try:
            env = proc.environ()
            if env.get("JUPYTERHUB_USER") == name and "jupyterhub.singleuser" in " ".join(proc.cmdline()):
                return proc
        except Exception:  # noqa: BLE001 - process gone
            continue
    raise RuntimeError(f"no single-user server process for {name}")


def _kernels(server) -> list:
    return [p for p in server.children(recursive=True) if "ipykernel" in " ".join(p.cmdline())]


def users_per_machine(ram_gb: float, cores: int, per_user_mb: float, overhead_mb: float,
                      per_core: float) -> dict:
    """How many participants one server holds, by memory and by CPU.

    Memory: (RAM − OS − hub/proxy) × (1 − HEADROOM) / per-user memory.
    CPU: ``per_core`` participants per core, measured by ``bench_class.py``
    (everyone pressing *Run All* together, the slowest done within 60 s;
    :func:`class_per_core`).

    >>> users_per_machine(8, 2, 400, 250, per_core=4)["users"]
    8
    """
    by_memory = int((ram_gb * 1024 - OS_MB - overhead_mb) * (1 - HEADROOM) // per_user_mb)
    by_cpu = int(cores * per_core)
    return {"by_memory": by_memory, "by_cpu": by_cpu, "users": min(by_memory, by_cpu)}


def class_per_core() -> float | None:
    """Participants per core from the last ``bench_class.py`` run (``class_results.json``), None without one."""
    import json

    from bench_class import RAW, participants_per_core

    if not RAW.exists():
        return None
    results = json.loads(RAW.read_text(encoding="utf-8"))
    return participants_per_core(results, 2)["per_core_planned"] if results else None


def run() -> list[dict]:
    import nbformat

    from hub_helpers import ClassHub, Kernel, find_proxy

    if find_proxy() is None:
        return [dict(name="configurable-http-proxy missing (make test installs it)", value=0, unit="",
                     target="", ok=None)]
    rows = []
    with tempfile.TemporaryDirectory(prefix="ikm-bench-hub-") as tmp, ClassHub(Path(tmp), collect_interval=60) as hub:
        time.sleep(3)  # services started
        import psutil

        base = [psutil.Process(hub.proc.pid), *psutil.Process(hub.proc.pid).children(recursive=True)]
        hub_rss, hub_pss = _mem(base)
        parts = {"hub": [base[0]], "configurable-http-proxy": [], "idle culler": [], "progress collector": []}
        for proc in base[1:]:
            cmd = " ".join(proc.cmdline())
            key = ("configurable-http-proxy" if "configurable-http-proxy" in cmd else
                   "idle culler" if "idle_culler" in cmd else "progress collector" if "ikm_kit.hub" in cmd else None)
            if key:
                parts[key].append(proc)
        for key, procs in parts.items():
            rss, pss = _mem(procs)
            rows.append(dict(name=f"{key} (RSS / PSS)", value=f"{rss:.0f} / {pss:.0f}", unit="MB",
                             target="measure", ok=None))
        rows.append(dict(name="hub + proxy + idle culler + progress collector (RSS)", value=round(hub_rss), unit="MB",
                         target="measure", ok=None))
        rows.append(dict(name="hub + proxy + idle culler + progress collector (PSS)", value=round(hub_pss), unit="MB",
                         target="measure", ok=None))

        hub.login("ani", hub.password("ani"))
        t0 = time.perf_counter()
        hub.start_server("ani")
        rows.append(dict(name="first login: spawn incl. workspace sync", value=round(time.perf_counter() - t0, 1),
                         unit="s", target="< 30 s", ok=time.perf_counter() - t0 < 30))
        token = hub.user_token("ani")
        time.sleep(2)
        server = _server_of(hub, "ani")
        srv_rss, srv_pss = _mem([server])
        rows.append(dict(name="single-user server idle (RSS / PSS)", value=f"{srv_rss:.0f} / {srv_pss:.0f}",
                         unit="MB", target="measure", ok=None))

        nb = nbformat.from_dict(hub.user_get("ani", f"api/contents/{NOTEBOOK}", token).json()["content"])
        kernel = Kernel(hub, "ani", token, path=NOTEBOOK)
        t0 = time.perf_counter()
        errors = sum(kernel.execute(c.source)["status"] != "ok" for c in nb.cells if c.cell_type == "code")
        run_s = time.perf_counter() - t0
        time.sleep(1)
        kernels = _kernels(server)
        k_rss, k_pss = _mem(kernels)
        rows.append(dict(name=f"kernel after running {Path(NOTEBOOK).name} (RSS / PSS)",
                         value=f"{k_rss:.0f} / {k_pss:.0f}", unit="MB", target="measure", ok=None,
                         seconds=round(run_s, 1), cells_with_error=errors))

        before = {p.pid for p in _kernels(server)}
        resp = hub.user_get("ani", f"voila/render/{DASHBOARD}", token)
        time.sleep(1)
        voila = [p for p in _kernels(server) if p.pid not in before]
        v_rss, v_pss = _mem(voila)
        rows.append(dict(name=f"Voila kernel of {Path(DASHBOARD).stem} (RSS / PSS)",
                         value=f"{v_rss:.0f} / {v_pss:.0f}", unit="MB", target="measure",
                         ok=resp.status_code == 200))
        srv_rss2, srv_pss2 = _mem([server])
        user_rss = srv_rss2 + k_rss
        user_pss = srv_pss2 + k_pss
        rows.append(dict(name="per participant: server + notebook kernel (RSS)", value=round(user_rss), unit="MB",
                         target="< IKM_HUB_MEM_LIMIT (1G)", ok=user_rss < 1024))
        rows.append(dict(name="per participant: server + notebook kernel (PSS)", value=round(user_pss), unit="MB",
                         target="measure", ok=None))
        rows.append(dict(name="per participant with a dashboard open too (RSS)", value=round(user_rss + v_rss),
                         unit="MB", target="< IKM_HUB_MEM_LIMIT (1G)", ok=user_rss + v_rss < 1024))
        # a typical training day: two notebooks open (kernels stay until closed or culled
        # after an idle hour) and one dashboard
        per_user = srv_pss2 + 2 * k_pss + v_pss
        rows.append(dict(name="per participant, typical day: server + 2 notebook kernels + 1 dashboard (PSS)",
                         value=round(per_user), unit="MB", target="< IKM_HUB_MEM_LIMIT (1G)", ok=per_user < 1024))
        per_core = class_per_core()
        if per_core is None:
            rows.append(dict(name="participants per core: run bench_class.py first", value=0, unit="",
                             target="", ok=None))
            return rows
        for ram, cores in ((8, 2), (16, 4), (32, 8)):
            est = users_per_machine(ram, cores, per_user, hub_pss, per_core)
            rows.append(dict(name=f"participants on a {cores}-core/{ram} GB server (memory {est['by_memory']}, "
                                  f"CPU {est['by_cpu']})", value=est["users"], unit="users",
                             target="estimate", ok=None))
    return rows


if __name__ == "__main__":
    for row in run():
        extra = {k: v for k, v in row.items() if k not in ("name", "value", "unit", "target", "ok")}
        print(f"{row['name']:<78} {row['value']!s:>10} {row['unit']:<5} {extra if extra else ''}")
