"""Build hook: check the ``ikm`` Voila template's plotly.js before it is shipped.

:class:`ikm_kit.widgets.plot.PlotView` loads plotly.js from
``<base_url>voila/templates/ikm/static/plotly.min.js`` (served by Voila and by
its JupyterLab server extension, cacheable by the browser) instead of carrying
it inside every widget's state.  That file is ikm-kit's own partial bundle
(only the trace types ``ikm_kit/figures`` draws: 1,2 MB instead of 4,8 MB),
built with npm from ``tools/plotly-bundle`` and committed.  This hook refuses to
build a wheel whose bundle is missing or of another plotly.js version than the
``plotly`` package that ``[build-system] requires`` pins to the runtime
dependency, so the front end and ``plotly.py`` always match
(rebuild: ``make plotly-bundle``).
"""
from __future__ import annotations

import re
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

TARGET = "share/jupyter/voila/templates/ikm/static/plotly.min.js"


def bundle_version(path: Path) -> str | None:
    """The ``plotly.js vX.Y.Z`` version in a bundle's banner."""
    m = re.search(r"plotly\.js v([\d.]+)", path.read_text(encoding="utf-8", errors="replace")[:300])
    return m.group(1) if m else None


class PlotlyAssetHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel":
            return
        import plotly  # provided by [build-system] requires

        bundle = Path(self.root) / TARGET
        if not bundle.is_file():
            raise RuntimeError(f"{TARGET} is missing: run `make plotly-bundle` (npm) and commit it")
        full = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
        want = bundle_version(full) if full.is_file() else None
        have = bundle_version(bundle)
        if want and have != want:
            raise RuntimeError(f"{TARGET} is plotly.js {have}, plotly.py {plotly.__version__} needs {want}: "
                               "set that version in tools/plotly-bundle/package.json and run `make plotly-bundle`")
