"""Old import paths of modules that moved, kept importable for code not yet updated.

Issue 21 renamed modules so the tree says what is inside.  The old paths are
not files any more (so that git follows each rename when branches are merged);
instead this finder, installed by ``ikm_kit/__init__.py``, answers
``import ikm_kit.summary`` (or ``from ikm_kit import uploads``) with the module
at its new home — the very same module object, so monkeypatching and
``isinstance`` behave as before::

    >>> import ikm_kit.simulate, ikm_kit.quality.production_line
    >>> ikm_kit.simulate is ikm_kit.quality.production_line
    True

New code uses the new paths; ``tests/test_architecture.py`` fails, naming the
file and the new path, when a file in ``ikm_kit/``, ``tests/``, ``benchmarks/``
or ``deploy/`` imports an old one.  Remove an entry once no notebook, branch or
user relies on it.
"""
from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
from types import ModuleType

#: old module path → new module path
MOVED = {
    "ikm_kit.report": "ikm_kit.formats_html",
    "ikm_kit.reports": "ikm_kit.leaders.export",
    "ikm_kit.summary": "ikm_kit.leaders.summary",
    "ikm_kit.overview": "ikm_kit.leaders.overview",
    "ikm_kit.simulate": "ikm_kit.quality.production_line",
    "ikm_kit.uploads": "ikm_kit.data.uploads",
}


class _AliasLoader(importlib.abc.Loader):
    def __init__(self, target: str) -> None:
        self.target = target

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        # the module at its new home; the import system then files it under the old name too
        module = importlib.import_module(self.target)
        self._spec = module.__spec__
        return module

    def exec_module(self, module: ModuleType) -> None:
        # nothing to run (the module was executed at its new home); the import system
        # replaced ``__spec__`` with the alias's spec: give the module its own back
        module.__spec__ = self._spec


class _MovedFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):  # type: ignore[override]
        new = MOVED.get(fullname)
        if new is None:
            return None
        return importlib.machinery.ModuleSpec(fullname, _AliasLoader(new))


def install() -> None:
    """Make the old paths importable (idempotent)."""
    if not any(isinstance(f, _MovedFinder) for f in sys.meta_path):
        sys.meta_path.append(_MovedFinder())


__all__ = ["MOVED", "install"]
