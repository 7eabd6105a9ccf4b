"""The four Voila dashboards as apps composing the existing ones.

    >>> from ikm_kit.widgets.dashboards import LeadersSummaryApp
    >>> app = LeadersSummaryApp()        # display it: put ``app`` last in a cell

Charts are :class:`ikm_kit.widgets.plot.PlotView` widgets (the figure as
JSON; plotly.js is a cached static file of the ``ikm`` template, not part of
the widget state).  Pages still build only what the first view shows: the quality
simulator creates the capability and sampling apps only when their section
is first opened, the utilisation board draws its five views into one figure
and creates the what-if simulator on demand.  Every callback is ``guarded``.
"""
from __future__ import annotations

import importlib
from typing import Any

# Each dashboard kernel imports only what its app needs (the costing app pulls in
# scipy.stats, ~1 s): names are resolved lazily from the submodules.
_WHERE = {
    "HppCalculatorDashboard": "_hpp",
    "QualitySimulatorDashboard": "_quality", "QUALITY_MODES": "_quality",
    "UtilizationDashboard": "_utilization", "UTIL_VIEWS": "_utilization",
    "LeadersSummaryApp": "_leaders",
    "UploadBox": "_common", "DASHBOARD_CSS": "_common",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        module = importlib.import_module(f"{__name__}.{_WHERE[name]}")
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(list(globals()) + list(_WHERE))


__all__ = ["HppCalculatorDashboard", "LeadersSummaryApp", "QualitySimulatorDashboard", "UploadBox",
           "UtilizationDashboard"]
