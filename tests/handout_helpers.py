"""Building every notebook's handout offline, one edition per call (tests/test_handouts*.py).

The participant handouts (tests/test_handouts.py) and the trainer's answer-key booklet
(tests/test_handouts_booklet.py) are built by two module fixtures, so that ``make test``'s two
xdist workers build the two editions at the same time (each is half of the suite's longest step).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ikm_kit import printing

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
REQUIRE_ALL = os.environ.get("IKM_REQUIRE_ALL") == "1"

# every notebook of one edition: the executed notebook and its print page (and, for the participant
# edition, the PDF of Day 1's handout)
_BUILD = r"""
import sys, nbformat
from pathlib import Path
from ikm_kit import handouts, printing
out, edition = Path(sys.argv[1]), sys.argv[2]
for path in handouts.notebook_paths():
    nb = handouts.execute(path, edition)
    nbformat.write(nb, out / f"{path.stem}.{edition}.ipynb")
    page = out / f"{path.stem}.{edition}.html"
    page.write_text(handouts.render_html(nb, path.stem, edition), encoding="utf-8")
    print(edition, path.stem, flush=True)
if edition == "peserta":
    target = out / "01_ikm_dan_sentra.peserta.html"
    assert printing.print_pdf(target, out / "01.pdf") is not None
"""


def need_browser() -> None:
    if printing.browser_path() is None:
        if REQUIRE_ALL:
            pytest.fail("Chromium not found but IKM_REQUIRE_ALL=1")
        pytest.skip("Chromium not installed")


def offline_prefix() -> list[str]:
    """Run with no network at all: a new network namespace with only loopback (the kernel needs it)."""
    unshare, ip = shutil.which("unshare"), shutil.which("ip")
    if unshare and ip and subprocess.run([unshare, "-rn", "sh", "-c", f"{ip} link set lo up"],
                                         capture_output=True).returncode == 0:
        return [unshare, "-rn", "sh", "-c", f'{ip} link set lo up && exec "$@"', "offline"]
    if REQUIRE_ALL:
        pytest.fail("cannot isolate the network (unshare -rn) but IKM_REQUIRE_ALL=1")
    pytest.skip("unshare -rn not available: cannot prove the handouts are built offline")


def build_offline(out: Path, edition: str) -> Path:
    """Execute and print every notebook in ``edition`` (``peserta``/``pelatih``) into ``out``, offline."""
    need_browser()
    cmd = offline_prefix() + [sys.executable, "-c", _BUILD, str(out), edition]
    env = {**os.environ, "IKM_CEK_STRICT": ""}
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=3000, env=env, cwd=str(ROOT))
    assert res.returncode == 0, res.stderr[-3000:]
    return out
