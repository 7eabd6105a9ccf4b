"""JupyterLab in Indonesian (issue 17): the official language pack is a dependency and selected by
default for participants (``ikm-kit start``) and on the hub, which both run JupyterLab from an
environment where ikm-kit installed ``share/jupyter/lab/settings/overrides.json``."""
import json
import re
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = "@jupyterlab/translation-extension:plugin"
PACK = "jupyterlab-language-pack-id-ID"


def test_overrides_select_indonesian():
    overrides = json.loads((ROOT / "share/jupyter/lab/settings/overrides.json").read_text(encoding="utf-8"))
    assert overrides[PLUGIN]["locale"] == "id_ID"


def test_pack_is_a_dependency_in_pyproject_and_environment():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert any(re.match(rf"{re.escape(PACK)}\b", dep, re.I) for dep in project["project"]["dependencies"])
    shared = project["tool"]["hatch"]["build"]["targets"]["wheel"]["shared-data"]
    assert shared["share/jupyter/lab/settings/overrides.json"] == "share/jupyter/lab/settings/overrides.json"
    assert PACK.lower() in (ROOT / "environment.yml").read_text(encoding="utf-8").lower()


def test_hub_installs_the_package_whose_settings_select_indonesian():
    """The hub's single-user servers run the venv that install.sh fills with ikm-kit (and so with
    the pack and overrides.json); nothing in deploy/hub sets another locale."""
    install = (ROOT / "deploy/hub/install.sh").read_text(encoding="utf-8")
    assert re.search(r'pip install [^\n]*"\$PREFIX/src\[hub\]"', install)
    for path in (ROOT / "deploy/hub").rglob("*"):
        if path.is_file() and path.suffix in (".py", ".json", ".sh", ".env", ".example"):
            assert "translation-extension" not in path.read_text(encoding="utf-8", errors="replace") or \
                '"locale": "id_ID"' in path.read_text(encoding="utf-8")


def test_installed_environment_has_the_pack_and_the_setting():
    pytest.importorskip("jupyterlab_language_pack_id_ID", reason=f"{PACK} not installed in this environment")
    from jupyterlab_server.translation_utils import get_language_packs

    packs, _message = get_language_packs("en")
    assert "id_ID" in packs and "en" in packs          # Indonesian, and English one click away
    installed = Path(sys.prefix) / "share/jupyter/lab/settings/overrides.json"
    if not installed.exists():
        pytest.skip("ikm-kit's shared data not installed in this environment")
    assert json.loads(installed.read_text(encoding="utf-8"))[PLUGIN]["locale"] == "id_ID"
