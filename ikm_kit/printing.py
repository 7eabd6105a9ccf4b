"""Printing with the local Chromium: HTML pages to PDF (handouts, forms, the leaders' report).

No network is used; Chromium is Debian's ``/usr/bin/chromium`` (or ``BROWSER_PATH``).

    >>> from ikm_kit.printing import browser_path
    >>> browser_path() is None or browser_path().endswith(("chromium", "chromium-browser", "google-chrome"))
    True
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

#: Flags for a headless Chromium in a closed, offline training room (no background traffic).
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-quic", "--disable-extensions", "--hide-scrollbars", "--mute-audio")
#: where Chromium is looked for when ``IKM_CHROMIUM`` (or ``BROWSER_PATH``) is not set
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def browser_path() -> str | None:
    """Path of the local Chromium (``IKM_CHROMIUM``, then ``BROWSER_PATH``, then ``PATH``), or ``None``."""
    explicit = os.environ.get("IKM_CHROMIUM") or os.environ.get("BROWSER_PATH")
    if explicit:
        return explicit if Path(explicit).is_file() else None
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def print_pdf(html_path: str | Path, pdf_path: str | Path, *, timeout: int = 180) -> Path | None:
    """Print an HTML page to PDF with headless Chromium (A4, page numbers from the page's CSS).

    Returns the PDF path, or ``None`` when no Chromium is installed.
    Example: ``print_pdf("out/01.html", "out/01.pdf")``.
    """
    browser = browser_path()
    if not browser:
        return None
    pdf_path = Path(pdf_path)
    pdf_path.unlink(missing_ok=True)
    subprocess.run([browser, *CHROMIUM_FLAGS, "--no-pdf-header-footer", f"--print-to-pdf={pdf_path}",
                    Path(html_path).resolve().as_uri()],
                   check=False, capture_output=True, timeout=timeout)
    return pdf_path if pdf_path.exists() and pdf_path.stat().st_size > 0 else None
