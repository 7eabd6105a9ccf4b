"""One place for every user-visible string of ikm-kit.

Each domain area keeps its strings in its own catalogue module in this
package (``core``, ``quality``, ``costing``, ``operations``, ...), as a dict
``MESSAGES = {key: {"id": "...", "en": "..."}}``.  They are merged here into a
single catalogue; a key defined twice is an error at import time, and a test
checks that every key has both languages.

Use :func:`t` to look a string up (``str.format`` placeholders allowed)::

    >>> from ikm_kit.i18n import t, set_language
    >>> set_language("id"); t("common.yes")
    'Ya'
    >>> set_language("en"); t("common.yes")
    'Yes'
    >>> set_language("id")

The language comes from ``IKM_LANG`` (``id`` by default) and can be switched
at run time with :func:`set_language`.
"""
from __future__ import annotations

import importlib
import os
import pkgutil
from contextlib import contextmanager
from typing import Callable, Iterator

# the root error classes sit below i18n (ikm_kit.errors, which re-exports them, uses t)
from ikm_kit._error_base import InputError

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"

_catalogue: dict[str, dict[str, str]] = {}
_sources: dict[str, str] = {}
_listeners: list[Callable[[str], None]] = []


def _load_catalogues() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        messages = getattr(module, "MESSAGES", None)
        if not isinstance(messages, dict):
            continue
        for key, texts in messages.items():
            if key in _catalogue:
                raise RuntimeError(
                    f"i18n key {key!r} defined in both {_sources[key]} and {info.name}"
                )
            _catalogue[key] = texts
            _sources[key] = info.name


def _initial_language() -> str:
    lang = os.environ.get("IKM_LANG", DEFAULT_LANGUAGE).strip().lower()[:2]
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


_current = _initial_language()
_load_catalogues()


def get_language() -> str:
    """Return the active language code, ``"id"`` or ``"en"``."""
    return _current


def set_language(lang: str) -> None:
    """Switch every later message, label and number format to ``lang``.

    Example: ``ikm_kit.set_language("en")``.  Unknown codes raise
    :class:`ikm_kit.errors.InputError` with the valid choices.
    """
    global _current
    code = str(lang).strip().lower()[:2]
    if code not in LANGUAGES:
        raise InputError(t("error.language", value=lang, valid=", ".join(LANGUAGES)))
    _current = code
    for listener in list(_listeners):
        listener(code)


def on_language_change(callback: Callable[[str], None]) -> None:
    """Register ``callback(lang)`` to be called after :func:`set_language`."""
    _listeners.append(callback)


def remove_language_listener(callback: Callable[[str], None]) -> None:
    if callback in _listeners:
        _listeners.remove(callback)


@contextmanager
def language(lang: str) -> Iterator[None]:
    """Temporarily use ``lang``: ``with language("en"): ...``."""
    before = _current
    set_language(lang)
    try:
        yield
    finally:
        set_language(before)


def t(key: str, lang: str | None = None, **kwargs: object) -> str:
    """Translate ``key`` into the active (or given) language and format it."""
    entry = _catalogue.get(key)
    if entry is None:
        # A missing key is a programming error, but a viewer must never see a
        # traceback for it: show the key itself so a test can catch it.
        return key
    text = entry.get(lang or _current) or entry.get(DEFAULT_LANGUAGE, key)
    if kwargs:
        try:
            return text.format(**kwargs)
        except (KeyError, IndexError, ValueError):
            return text
    return text


def has_key(key: str) -> bool:
    return key in _catalogue


def catalogue() -> dict[str, dict[str, str]]:
    """A copy of the merged catalogue (key → {lang: text})."""
    return {k: dict(v) for k, v in _catalogue.items()}


def catalogue_source(key: str) -> str:
    return _sources[key]
