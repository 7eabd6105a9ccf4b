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
                  "--disable-quic")


def browser_path() -> str | None:
    """Path of the local Chromium (``BROWSER_PATH`` first), or ``None`` when none is installed."""
    return (os.environ.get("BROWSER_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")
            or shutil.which("google-chrome"))


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
