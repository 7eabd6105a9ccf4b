"""ipywidgets apps (the only package that imports ipywidgets); apps load lazily on first use."""

_LAZY = {"TariffApp": "ikm_kit.widgets.tariffs"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'ikm_kit.widgets' has no attribute {name!r}")
