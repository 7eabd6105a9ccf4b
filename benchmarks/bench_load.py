"""Load test: N simultaneous dashboard sessions interacting with Voila (issue 8).

Each simulated participant does what a browser does, at the protocol level
(bounded in time and count, 127.0.0.1 only):

1. GET ``/voila/render/<dashboard>.ipynb`` (Voila starts a kernel and runs the notebook);
2. opens the kernel websocket, finds the "Sentra" dropdown through the widget protocol;
3. every ``--think`` seconds changes the dropdown (``comm_msg`` update) and measures the
   time until the kernel is idle again after pushing the new figure (server-side
   interaction latency);
4. closes the page like a browser: the shutdown beacon ``POST /voila/api/shutdown/<id>``.

Memory is the summed RSS of the kernel processes (from /proc), sampled during the
run and after the sessions close.

    python benchmarks/bench_load.py --sessions 30 --duration 300      # the issue's run
    python benchmarks/bench_load.py --sweep 10,20,30,40 --duration 60  # largest class with p95 < 1 s
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from http.cookiejar import CookieJar
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from conftest import free_port, start_server, stop_server  # noqa: E402

DASHBOARD = "profil_sentra"


def kernel_rss_mb(server_pid: int) -> float:
    """Summed RSS (MB) of the ipykernel processes started by the server."""
    total = 0
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmd = (proc / "cmdline").read_bytes()
            if b"ipykernel" not in cmd:
                continue
            status = (proc / "status").read_text()
            ppid = int(re.search(r"PPid:\s+(\d+)", status).group(1))
            if ppid != server_pid:
                continue
            total += int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
        except (OSError, AttributeError):
            continue
    return total / 1024


def count_kernels(server_pid: int) -> int:
    n = 0
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                if b"ipykernel" in (proc / "cmdline").read_bytes() and \
                        f"PPid:\t{server_pid}\n" in (proc / "status").read_text():
                    n += 1
            except OSError:
                pass
    return n


def _msg(msg_type, content, session, channel="shell"):
    return {"header": {"msg_id": uuid.uuid4().hex, "username": "beban", "session": session,
                       "msg_type": msg_type, "version": "5.3", "date": ""},
            "parent_header": {}, "metadata": {}, "content": content, "channel": channel, "buffers": []}


class Session(threading.Thread):
    def __init__(self, base: str, duration: float, think: float, start_barrier: threading.Barrier):
        super().__init__(daemon=True)
        self.base, self.duration, self.think, self.barrier = base, duration, think, start_barrier
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.load_seconds = None

    def run(self):  # noqa: C901 - a scripted client
        import websocket

        jar = CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        try:
            self.barrier.wait(timeout=60)
        except threading.BrokenBarrierError:
            pass
        t0 = time.perf_counter()
        try:
            html = opener.open(f"{self.base}voila/render/{DASHBOARD}.ipynb", timeout=300).read().decode()
        except Exception as exc:  # noqa: BLE001
            self.errors.append(f"page: {exc}")
            return
        self.load_seconds = time.perf_counter() - t0
        if "There was an error" in html or "Traceback" in html:
            self.errors.append("page shows an error")
        m = re.search(r'<script id="jupyter-config-data" type="application/json">\s*(\{.*?\})\s*</script>', html, re.S)
        kernel_id = json.loads(m.group(1))["kernelId"]
        xsrf = uuid.uuid4().hex
        cookies = "; ".join([f"{c.name}={c.value}" for c in jar] + [f"_xsrf={xsrf}"])
        ws = websocket.create_connection(
            self.base.replace("http://", "ws://") + f"api/kernels/{kernel_id}/channels", timeout=60, cookie=cookies)
        session = uuid.uuid4().hex
        try:
            # find the Sentra dropdown among the widget comms
            ws.send(json.dumps(_msg("comm_info_request", {"target_name": "jupyter.widget"}, session)))
            comms = None
            while comms is None:
                msg = json.loads(ws.recv())
                if msg.get("msg_type") == "comm_info_reply":
                    comms = list(msg["content"]["comms"])
            for cid in comms:
                ws.send(json.dumps(_msg("comm_msg", {"comm_id": cid, "data": {"method": "request_state"}}, session)))
            dropdown, pending, deadline = None, set(comms), time.time() + 60
            while pending and time.time() < deadline:
                raw = ws.recv()
                if isinstance(raw, bytes):
                    continue
                msg = json.loads(raw)
                if msg.get("msg_type") == "comm_msg":
                    data = msg["content"]["data"]
                    cid = msg["content"]["comm_id"]
                    pending.discard(cid)
                    state = data.get("state", {})
                    if state.get("_model_name") == "DropdownModel" and len(state.get("_options_labels", [])) == 2:
                        dropdown = cid
            if dropdown is None:
                self.errors.append("dropdown not found")
                return
            end = time.time() + self.duration
            index = 1
            while time.time() < end:
                req = _msg("comm_msg", {"comm_id": dropdown, "data": {"method": "update", "state": {"index": index},
                                                                       "buffer_paths": []}}, session)
                t1 = time.perf_counter()
                ws.send(json.dumps(req))
                got_update = False
                while True:
                    raw = ws.recv()
                    if isinstance(raw, bytes):
                        continue
                    msg = json.loads(raw)
                    if msg.get("parent_header", {}).get("msg_id") != req["header"]["msg_id"]:
                        continue
                    if msg.get("msg_type") == "comm_msg":
                        got_update = True
                    if msg.get("msg_type") == "status" and msg["content"].get("execution_state") == "idle":
                        break
                self.latencies.append(time.perf_counter() - t1)
                if not got_update:
                    self.errors.append("no widget update after a change")
                index = 1 - index
                time.sleep(self.think)
        except Exception as exc:  # noqa: BLE001
            self.errors.append(f"interaction: {type(exc).__name__}: {exc}")
        finally:
            ws.close()
            # close the page like a browser does (Voila's beforeunload beacon)
            try:
                body = f"_xsrf={xsrf}".encode()
                req = urllib.request.Request(f"{self.base}voila/api/shutdown/{kernel_id}", data=body,
                                             headers={"Cookie": cookies,
                                                      "Content-Type": "application/x-www-form-urlencoded"})
                urllib.request.urlopen(req, timeout=30)
            except Exception as exc:  # noqa: BLE001
                self.errors.append(f"shutdown: {exc}")


def run_level(sessions: int, duration: float, think: float) -> dict:
    port = free_port()
    log = Path(f"/tmp/ikm-load-{port}.log")
    server = start_server([sys.executable, "-m", "voila", "dashboards", "--no-browser", f"--port={port}",
                           "--Voila.ip=127.0.0.1"], f"http://127.0.0.1:{port}/", log)
    try:
        time.sleep(8)  # let the preheated pool fill
        baseline = kernel_rss_mb(server.proc.pid)
        barrier = threading.Barrier(sessions)
        clients = [Session(server.url, duration, think, barrier) for _ in range(sessions)]
        peak = baseline
        for c in clients:
            c.start()
        while any(c.is_alive() for c in clients):
            peak = max(peak, kernel_rss_mb(server.proc.pid))
            time.sleep(1)
        time.sleep(10)  # shutdowns and pool refill settle
        after = kernel_rss_mb(server.proc.pid)
        lat = sorted(x for c in clients for x in c.latencies)
        loads = sorted(c.load_seconds for c in clients if c.load_seconds is not None)
        errors = [e for c in clients for e in c.errors]
        p = (lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] if lat else float("nan"))
        return {
            "sessions": sessions, "duration_s": duration, "interactions": len(lat),
            "errors": len(errors), "error_examples": errors[:3],
            "p50_ms": 1000 * p(0.50), "p95_ms": 1000 * p(0.95), "max_ms": 1000 * (lat[-1] if lat else float("nan")),
            "page_load_worst_s": loads[-1] if loads else float("nan"),
            "page_load_median_s": statistics.median(loads) if loads else float("nan"),
            "kernel_mem_baseline_mb": baseline, "kernel_mem_peak_mb": peak, "kernel_mem_after_mb": after,
            "mem_per_session_mb": (peak - baseline) / sessions if sessions else float("nan"),
        }
    finally:
        stop_server(server.proc)


def run(sessions: int = 10, duration: float = 30, think: float = 2.0) -> list[dict]:
    """Short default run for ``benchmarks/run_all.py``; the issue's run uses --sessions 30 --duration 300."""
    r = run_level(sessions, duration, think)
    return [
        {"name": f"{sessions} sessions, {duration:.0f} s: errors", "value": r["errors"], "unit": "", "target": "0", "ok": r["errors"] == 0},
        {"name": f"{sessions} sessions: interaction p95", "value": r["p95_ms"], "unit": "ms", "target": "< 1000", "ok": r["p95_ms"] < 1000},
        {"name": f"{sessions} sessions: worst page load", "value": r["page_load_worst_s"], "unit": "s", "target": "< 30", "ok": r["page_load_worst_s"] < 30},
        {"name": "kernel memory per session", "value": r["mem_per_session_mb"], "unit": "MB", "target": "record", "ok": None},
        {"name": "kernel memory after close vs baseline", "value": r["kernel_mem_after_mb"] - r["kernel_mem_baseline_mb"], "unit": "MB", "target": "≈ 0", "ok": abs(r["kernel_mem_after_mb"] - r["kernel_mem_baseline_mb"]) < 150},
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sessions", type=int, default=30)
    ap.add_argument("--duration", type=float, default=300)
    ap.add_argument("--think", type=float, default=2.0, help="seconds between a session's interactions")
    ap.add_argument("--sweep", default="", help="comma-separated session counts, e.g. 10,20,30,40")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "load.json"))
    args = ap.parse_args()
    levels = [int(x) for x in args.sweep.split(",") if x] or [args.sessions]
    results = []
    for n in levels:
        print(f"== {n} sessions, {args.duration:.0f} s", flush=True)
        r = run_level(n, args.duration, args.think)
        print(json.dumps(r, indent=1), flush=True)
        results.append(r)
    ok = [r["sessions"] for r in results if r["errors"] == 0 and r["p95_ms"] < 1000]
    print(f"largest class with p95 < 1 s and no errors: {max(ok) if ok else 'none'}")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
