"""ikm-kit: training toolkit for quality management and sentra IKM operations.

Layers: pure computation (``quality``, ``costing``, ``operations``, ``data``)
→ plotly figure builders (``ikm_kit.figures``) → ipywidgets apps
(``ikm_kit.widgets``, the only package importing ipywidgets).  All text a
person sees comes from :mod:`ikm_kit.i18n`.

    >>> import ikm_kit
    >>> ikm_kit.set_language("id")
"""
from ikm_kit.i18n import get_language, set_language, t

__version__ = "0.1.0"

__all__ = ["__version__", "get_language", "set_language", "t"]
