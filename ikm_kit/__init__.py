"""ikm-kit: training toolkit for quality management and sentra IKM operations.

Layers: pure computation (``data``, ``quality``, ``costing``, ``operations``,
``classification``, then ``leaders`` and ``exercises``) → plotly figure
builders (``ikm_kit.figures``) → ipywidgets apps (``ikm_kit.widgets``, the
only package importing ipywidgets) → ``cli`` and ``hub``.  All text a person
sees comes from :mod:`ikm_kit.i18n`.  The layers are import-linter contracts
in ``pyproject.toml``; ``docs/architecture.md`` draws them.

    >>> import ikm_kit
    >>> ikm_kit.set_language("id")
"""
import os as _os
import sys as _sys

# Creating a plotly FigureWidget imports nbformat → jsonschema, which imports
# the optional ``rfc3987_syntax`` (a lark grammar compiled at import: ~1 s on
# this machine, measured with ``python -X importtime``) only to validate the
# rarely used "iri" string format.  Dashboards and notebooks never need that
# check, so kernels that use ikm-kit skip it; set IKM_KEEP_RFC3987=1 to keep it.
if "rfc3987_syntax" not in _sys.modules and not _os.environ.get("IKM_KEEP_RFC3987"):
    _sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]

from ikm_kit import _moved  # noqa: E402
from ikm_kit._version import __version__  # noqa: E402
from ikm_kit.i18n import get_language, set_language, t  # noqa: E402

_moved.install()  # old module paths (ikm_kit.summary, ikm_kit.uploads, ...) still import


def cek(exercise_id: str, answer: object = ...):
    """Check an exercise answer with instant Indonesian feedback (see :mod:`ikm_kit.exercises`)."""
    from ikm_kit.exercises.core import cek as _cek

    return _cek(exercise_id, answer)


__all__ = ["__version__", "cek", "get_language", "set_language", "t"]
