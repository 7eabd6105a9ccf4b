"""Helpers for the browser tests (Playwright + Debian Chromium)."""
from __future__ import annotations

import re

ERROR_PATTERNS = [
    "Traceback", "There was an error when executing cell", "Error in callback",
    "Exception:", "NameError", "ModuleNotFoundError", "[anywidget] Failed",
    '/usr/', "site-packages",
]


def open_dashboard(page, server_url: str, name: str, timeout_ms: int = 120_000) -> None:
    """Open ``dashboards/<name>.ipynb`` in Voila and wait for the first plot."""
    page.goto(f"{server_url}voila/render/{name}.ipynb", wait_until="domcontentloaded",
              timeout=timeout_ms)
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=timeout_ms)


def plot_signature(page, index: int = 0) -> str:
    """A string that changes when the index-th plot's drawn content changes."""
    return page.evaluate(
        """(i) => {
            const plots = document.querySelectorAll('.js-plotly-plot');
            const p = plots[i];
            if (!p) return '';
            const svg = p.querySelector('.main-svg');
            return (svg ? svg.innerHTML.length : 0) + ':' + JSON.stringify((p.data || []).map(t => [t.x, t.y, t.z, t.marker && t.marker.color]))
        }""",
        index,
    )


def wait_plot_changed(page, before: str, index: int = 0, timeout_ms: int = 30_000) -> str:
    page.wait_for_function(
        """([i, before]) => {
            const plots = document.querySelectorAll('.js-plotly-plot');
            const p = plots[i];
            if (!p) return false;
            const svg = p.querySelector('.main-svg');
            const sig = (svg ? svg.innerHTML.length : 0) + ':' + JSON.stringify((p.data || []).map(t => [t.x, t.y, t.z, t.marker && t.marker.color]));
            return sig !== before;
        }""",
        arg=[index, before],
        timeout=timeout_ms,
    )
    return plot_signature(page, index)


def visible_errors(page) -> list[str]:
    text = page.inner_text("body")
    return [p for p in ERROR_PATTERNS if p in text]


def select_option_by_label(page, label_text: str, option_label: str) -> None:
    """Choose an option in the ipywidgets Dropdown whose description is ``label_text``."""
    box = page.locator(".widget-dropdown", has=page.locator(f"label:text-is('{label_text}')"))
    box.locator("select").select_option(label=option_label)


def click_toggle(page, text: str) -> None:
    page.locator(f"button:has-text('{text}')").first.click()


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
