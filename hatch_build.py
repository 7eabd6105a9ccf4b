"""Build hook: ship plotly.js as a static file of the ``ikm`` Voila template.

:class:`ikm_kit.widgets.plot.PlotView` loads plotly.js from
``<base_url>voila/templates/ikm/static/plotly.min.js`` (served by Voila and by
its JupyterLab server extension, cacheable by the browser) instead of carrying
it inside every widget's state.  The file is taken from the plotly package
that ``[build-system] requires`` pins to the same version as the runtime
dependency, so the front end and ``plotly.py`` always match.
"""
from __future__ import annotations

from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

TARGET = "share/jupyter/voila/templates/ikm/static/plotly.min.js"


class PlotlyAssetHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel":
            return
        import plotly  # provided by [build-system] requires

        source = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
        if not source.is_file():
            raise RuntimeError(f"plotly.min.js not found in {source.parent}: is plotly installed correctly?")
        build_data["shared_data"][str(source)] = TARGET
