"""Run every benchmark (``benchmarks/bench_*.py``) and write the table to benchmarks/README.md.

    python benchmarks/run_all.py            # all
    python benchmarks/run_all.py quality    # only bench_quality.py

Each ``bench_*.py`` module exposes ``run() -> list[dict]`` with keys
``name``, ``value``, ``unit``, ``target`` (text) and ``ok`` (bool or None).
Timings are medians of repeated runs on this machine; they are measured here,
never asserted in tests.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import os
import platform
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
START = "<!-- results:start -->"
END = "<!-- results:end -->"


def load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def machine() -> str:
    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def main(argv: list[str]) -> int:
    only = set(argv)
    sections = []
    for path in sorted(HERE.glob("bench_*.py")):
        area = path.stem.removeprefix("bench_")
        if only and area not in only:
            continue
        print(f"== {area}", flush=True)
        rows = load(path).run()
        lines = [f"### {area}", "", "| measure | value | unit | target | met |", "|---|---:|---|---|---|"]
        for r in rows:
            value = r["value"]
            shown = f"{value:.4g}" if isinstance(value, float) else str(value)
            met = {True: "yes", False: "**no**", None: "–"}[r.get("ok")]
            lines.append(f"| {r['name']} | {shown} | {r.get('unit', '')} | {r.get('target', '')} | {met} |")
            print(f"  {r['name']}: {shown} {r.get('unit', '')} (target {r.get('target', '')})", flush=True)
        sections.append("\n".join(lines))
    readme = HERE / "README.md"
    text = readme.read_text(encoding="utf-8") if readme.exists() else ""
    stamp = f"Measured {dt.date.today().isoformat()} on {machine()}."
    block = f"{START}\n{stamp}\n\n" + "\n\n".join(sections) + f"\n{END}"
    if START in text and END in text and not only:
        head, rest = text.split(START, 1)
        tail = rest.split(END, 1)[1]
        text = head + block + tail
    elif START in text and END in text:
        # partial run: replace only the sections that were run
        head, rest = text.split(START, 1)
        inner, tail = rest.split(END, 1)
        for section in sections:
            title = section.splitlines()[0]
            parts = inner.split("\n### ")
            kept = [p for p in parts if not ("### " + p).startswith(title) and not p.startswith(title)]
            inner = "\n### ".join(kept).rstrip() + "\n\n" + section + "\n"
        text = head + START + inner + END + tail
    else:
        text = (text or "# Benchmarks\n") + "\n" + block + "\n"
    readme.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
