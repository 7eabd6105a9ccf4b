"""Deferred imports for heavy optional modules (scipy.stats costs ~1 s at import).

A dashboard kernel imports ``ikm_kit.operations`` or ``ikm_kit.costing`` to
build its first page; scipy.stats is needed only when a function actually
computes a t-interval, a binomial OC curve or a truncated normal draw.

    >>> from ikm_kit._lazy import lazy_module
    >>> stats = lazy_module("scipy.stats")      # nothing imported yet
    >>> round(float(stats.norm.cdf(0)), 2)      # imported on first use
    0.5
"""
from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class _LazyModule:
    __slots__ = ("_name", "_module")

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str) -> Any:
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attr)

    def __repr__(self) -> str:
        state = "loaded" if self._module is not None else "not loaded yet"
        return f"<lazy module {self._name!r} ({state})>"


def lazy_module(name: str) -> Any:
    """A stand-in for ``import name`` that imports the module on first attribute access."""
    return _LazyModule(name)


__all__ = ["lazy_module"]
