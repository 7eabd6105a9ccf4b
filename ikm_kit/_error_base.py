"""The two root exception classes, below :mod:`ikm_kit.i18n` so that it can raise them.

Import them from :mod:`ikm_kit.errors` (the one home of the hierarchy, which
re-exports these).  They live here, needing nothing, only because
``i18n.set_language`` raises :class:`InputError` while the richer errors in
:mod:`ikm_kit.errors` need ``i18n.t`` for their messages: one module for both
would make ``errors`` and ``i18n`` import each other (issue 21).
"""
from __future__ import annotations


class IkmError(ValueError):
    """Root of all ikm-kit errors; the message is for a person, in Indonesian."""

    def __init__(self, message: str, **details: object) -> None:
        super().__init__(message)
        self.message = message
        self.details = details

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.message


class InputError(IkmError):
    """A function argument is wrong (type, range, size)."""


# shown (tracebacks, reprs, pickles) under their public home
IkmError.__module__ = InputError.__module__ = "ikm_kit.errors"

__all__ = ["IkmError", "InputError"]
