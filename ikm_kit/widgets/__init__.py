"""ipywidgets apps of ikm-kit (the only package that imports ipywidgets).

Apps are imported from their modules; a few are also reachable here, loaded on first
use so that importing one app does not import the others:

    >>> from ikm_kit.widgets import CashFlowApp   # doctest: +SKIP
"""

_LAZY = {"CashFlowApp": "ikm_kit.widgets.cashflow", "TariffApp": "ikm_kit.widgets.tariffs"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'ikm_kit.widgets' has no attribute {name!r}")
