"""Shared widget infrastructure: guarded callbacks, messages, language and presentation mode.

Every app in :mod:`ikm_kit.widgets` derives from :class:`BaseApp`::

    class MyApp(BaseApp):
        title_key = "quality.explorer.title"

        def __init__(self):
            super().__init__()
            self.slider = widgets.FloatSlider()
            self.slider.observe(self._on_change, names="value")
            self.set_body([self.slider])

        @guarded
        def _on_change(self, change):
            ...                       # IkmError → Indonesian message, never a traceback

        def _apply_texts(self):      # called on language change
            self.slider.description = t("...")

Display the app by putting it last in a cell (``MyApp()``) or ``display(app)``.
"""
from __future__ import annotations

import functools
import html
import logging
import sys
from typing import Any, Callable, Iterable, TypeVar

import ipywidgets as widgets

from ikm_kit import i18n
from ikm_kit.errors import IkmError
from ikm_kit.i18n import t

log = logging.getLogger("ikm_kit.widgets")
# Log to the kernel process's real stderr (the server log), never to the
# notebook's redirected stream, which a Voila viewer could see.
if not log.handlers:
    _handler = logging.StreamHandler(sys.__stderr__)
    _handler.setFormatter(logging.Formatter("%(asctime)s ikm_kit %(levelname)s %(message)s"))
    log.addHandler(_handler)
    log.propagate = False

F = TypeVar("F", bound=Callable[..., Any])

APP_CSS = """
<style>
.ikm-app { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif; max-width: 100%; }
.ikm-app .ikm-title { font-size: 1.35em; font-weight: 600; margin: 0.2em 0 0.4em 0; }
.ikm-app .ikm-msg { padding: 0.5em 0.8em; border-radius: 6px; margin: 0.3em 0; }
.ikm-app .ikm-msg-error { background: #fdecea; color: #8a1f11; border-left: 4px solid #D55E00; }
.ikm-app .ikm-msg-warning { background: #fff4e0; color: #6b4a00; border-left: 4px solid #E69F00; }
.ikm-app .ikm-msg-ok { background: #e6f4ee; color: #0b5e3b; border-left: 4px solid #009E73; }
.ikm-app .ikm-msg-info { background: #e8f1f8; color: #0b3f63; border-left: 4px solid #0072B2; }
.ikm-app .ikm-kpi { display: inline-block; min-width: 10em; padding: 0.5em 0.8em; margin: 0.2em; border: 1px solid #ddd; border-radius: 8px; background: #fafafa; vertical-align: top; }
.ikm-app .ikm-kpi .ikm-kpi-label { font-size: 0.85em; color: #555; }
.ikm-app .ikm-kpi .ikm-kpi-value { font-size: 1.5em; font-weight: 600; }
.ikm-app .ikm-kpi .ikm-kpi-note { font-size: 0.85em; color: #333; }
.ikm-app .widget-label { min-width: 12em; }
/* labels must not be cut off: checkboxes size to their text, radio/multi-select options wrap */
.ikm-app .widget-checkbox { width: auto !important; max-width: 100%; }
.ikm-app .widget-checkbox .widget-label-basic { white-space: normal; overflow: visible; text-overflow: clip; }
.ikm-app .widget-radio-box label { white-space: normal; height: auto; line-height: 1.3; margin-bottom: 0.2em; }
.ikm-app .widget-select-multiple { width: auto !important; min-width: min(28em, 100%); max-width: 100%; }
.ikm-app .widget-select-multiple select { white-space: normal; }
.ikm-app .widget-hslider { min-width: min(20em, 100%); }
.ikm-app .widget-text input, .ikm-app .widget-inline-hbox input[type=number] { min-width: 5em; }
.ikm-present { font-size: 150% !important; }
.ikm-present .widget-label, .ikm-present .widget-readout, .ikm-present input, .ikm-present select,
.ikm-present button, .ikm-present .widget-html-content, .ikm-present .widget-toggle-button { font-size: 1.4rem !important; }
.ikm-present .widget-inline-hbox, .ikm-present .widget-slider, .ikm-present .widget-dropdown,
.ikm-present .widget-text, .ikm-present .widget-button { height: auto !important; min-height: 2.4rem; }
@media (max-width: 600px) {
  .ikm-app .widget-label { min-width: 0 !important; width: auto !important; }
  .ikm-app .widget-hbox.ikm-wrap { flex-wrap: wrap; }
  .ikm-app .widget-slider, .ikm-app .widget-dropdown, .ikm-app .widget-text { width: 100% !important; }
}
</style>
"""


def guarded(func: F) -> F:
    """Wrap a widget callback so no exception reaches the viewer.

    An :class:`~ikm_kit.errors.IkmError` shows its (Indonesian) message in the
    app's message area; any other exception shows a generic message naming
    its kind, and is logged for developers.  The app's previous output stays.
    The wrapped method's app is ``self`` (first argument).
    """

    @functools.wraps(func)
    def wrapper(self: "BaseApp", *args: Any, **kwargs: Any) -> Any:
        try:
            result = func(self, *args, **kwargs)
        except IkmError as exc:
            self.show_message(str(exc), "error")
            return None
        except Exception as exc:  # noqa: BLE001 - the viewer must never see a traceback
            log.exception("callback %s failed", getattr(func, "__qualname__", func))
            self.show_message(t("common.unexpected_error", kind=type(exc).__name__), "error")
            return None
        else:
            if getattr(self, "_clear_on_success", True) and getattr(self, "_message_level", None) == "error":
                self.clear_message()
            return result

    return wrapper  # type: ignore[return-value]


class BaseApp(widgets.VBox):
    """An app: title, toolbar (language, presentation mode), message area and a body.

    Subclasses set ``title_key``, build their widgets, call :meth:`set_body`,
    and override :meth:`_apply_texts` to (re)label everything from i18n.
    """

    title_key: str = ""
    show_toolbar: bool = True

    def __init__(self, **kwargs: Any) -> None:
        self._message_level: str | None = None
        self._css = widgets.HTML(APP_CSS)
        self._title = widgets.HTML()
        self.message = widgets.HTML(layout=widgets.Layout(width="100%"))
        self.language_toggle = widgets.ToggleButtons(
            options=[("Bahasa Indonesia", "id"), ("English", "en")],
            value=i18n.get_language(),
            style={"button_width": "auto"},
        )
        self.presentation_toggle = widgets.ToggleButton(value=False, icon="")
        self.language_toggle.observe(self._on_language, names="value")
        self.presentation_toggle.observe(self._on_presentation, names="value")
        self.toolbar = widgets.HBox(
            [self.language_toggle, self.presentation_toggle],
            layout=widgets.Layout(flex_flow="row wrap", justify_content="flex-end", gap="0.5em"),
        )
        self.toolbar.add_class("ikm-wrap")
        self.body = widgets.VBox(layout=widgets.Layout(width="100%"))
        children = [self._css, self._title]
        if self.show_toolbar:
            children.append(self.toolbar)
        children += [self.message, self.body]
        super().__init__(children=children, layout=widgets.Layout(width="100%"), **kwargs)
        self.add_class("ikm-app")
        self._base_texts()

    # ----------------------------------------------------------------- layout
    def set_body(self, children: Iterable[widgets.Widget]) -> None:
        self.body.children = tuple(children)

    # --------------------------------------------------------------- messages
    def show_message(self, text: str, level: str = "info") -> None:
        """Show ``text`` (plain text, escaped) as ``error``/``warning``/``ok``/``info``."""
        self._message_level = level
        self.message.value = (
            f'<div class="ikm-msg ikm-msg-{html.escape(level)}" role="status">'
            f"{html.escape(str(text))}</div>"
        )

    def clear_message(self) -> None:
        self._message_level = None
        self.message.value = ""

    # --------------------------------------------------------------- language
    def _base_texts(self) -> None:
        title = t(self.title_key) if self.title_key else ""
        self._title.value = f'<div class="ikm-title">{html.escape(title)}</div>' if title else ""
        self.presentation_toggle.description = t("common.presentation_mode")
        self.presentation_toggle.layout.width = "auto"

    @guarded
    def _on_language(self, change: dict) -> None:
        i18n.set_language(change["new"])
        self._base_texts()
        self._apply_texts()
        self.refresh()

    def _apply_texts(self) -> None:
        """Re-label widgets in the active language (override in subclasses)."""

    def refresh(self) -> None:
        """Recompute and redraw (override in subclasses)."""

    # ----------------------------------------------------------- presentation
    @guarded
    def _on_presentation(self, change: dict) -> None:
        if change["new"]:
            self.add_class("ikm-present")
        else:
            self.remove_class("ikm-present")
        self._on_presentation_mode(bool(change["new"]))

    def _on_presentation_mode(self, on: bool) -> None:
        """Hook for apps to enlarge figure fonts etc."""


def kpi_card(label: str, value: str, note: str = "") -> str:
    """HTML for a KPI card (label, big value, plain-language note), escaped."""
    return (
        '<div class="ikm-kpi">'
        f'<div class="ikm-kpi-label">{html.escape(label)}</div>'
        f'<div class="ikm-kpi-value">{html.escape(value)}</div>'
        f'<div class="ikm-kpi-note">{html.escape(note)}</div>'
        "</div>"
    )


__all__ = ["APP_CSS", "BaseApp", "guarded", "kpi_card"]
