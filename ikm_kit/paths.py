"""Where things are on disk: the package, the repository checkout and the project folder.

A small module low in the house (it needs only :mod:`ikm_kit.errors` and
:mod:`ikm_kit.i18n`), used by the command line, the editions, the workspace
and the datasets alike, so none of them has to import another for a path.

    >>> from ikm_kit.paths import PACKAGE_DIR
    >>> PACKAGE_DIR.name
    'ikm_kit'
"""
from __future__ import annotations

from pathlib import Path

from ikm_kit.errors import IkmError
from ikm_kit.i18n import t

#: the ``ikm_kit`` package folder
PACKAGE_DIR = Path(__file__).resolve().parent
#: the folder holding the package: the repository checkout in a development install
PACKAGE_ROOT = PACKAGE_DIR.parent
#: the repository's ``data/`` folder (present in a checkout, not in an installed wheel)
REPO_DATA_DIR = PACKAGE_ROOT / "data"


def project_root(explicit: str | Path | None = None) -> Path:
    """The folder holding ``notebooks/`` and ``dashboards/`` (``explicit``, else cwd, else the repository).

    Raises :class:`ikm_kit.errors.IkmError` (Indonesian message) when none has both folders.
    Example: ``project_root(None) / "notebooks"``.
    """
    candidates = [Path(explicit)] if explicit else [Path.cwd(), PACKAGE_ROOT]
    for candidate in candidates:
        if (candidate / "notebooks").is_dir() and (candidate / "dashboards").is_dir():
            return candidate.resolve()
    raise IkmError(t("cli.no_project", path=str(candidates[0])))


__all__ = ["PACKAGE_DIR", "PACKAGE_ROOT", "REPO_DATA_DIR", "project_root"]
