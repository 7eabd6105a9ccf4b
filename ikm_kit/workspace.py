"""A participant's own workspace: copies of the notebooks that updates never overwrite.

``ikm-kit start`` works in a workspace folder (default ``ruang-kerja/`` in the
project).  The first start copies the notebooks (participant edition by
default, trainer edition with ``--edisi pelatih``) and the dashboards into it
and records a hash of each delivered file in ``.ikm-kit/manifest.json``.

On a later start (e.g. after updating the toolkit):

- a new notebook is **added**;
- a notebook the participant never changed is **updated** to the new version;
- a notebook the participant edited is **kept** as it is; the new version is
  put beside it in ``.ikm-kit/pembaruan/`` and the report says so.

    >>> from ikm_kit.workspace import sync_workspace
    >>> report = sync_workspace("ruang-kerja")            # doctest: +SKIP
    >>> report.kept                                       # doctest: +SKIP
    ['notebooks/03_peta_kendali.ipynb']
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from ikm_kit.editions import participant_notebook
from ikm_kit.i18n import t
from ikm_kit.paths import project_root

MANIFEST = Path(".ikm-kit") / "manifest.json"
UPDATES = Path(".ikm-kit") / "pembaruan"
EDITIONS = ("peserta", "pelatih")


@dataclass
class SyncReport:
    """What :func:`sync_workspace` did, as workspace-relative paths."""

    workspace: Path
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    def messages(self) -> list[str]:
        out = []
        if self.added:
            out.append(t("workspace.added", count=len(self.added)))
        if self.updated:
            out.append(t("workspace.updated", count=len(self.updated)))
        for path in self.kept:
            out.append(t("workspace.kept", path=path, folder=str(UPDATES)))
        return out


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=str(path.parent))
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _delivered_files(project: Path, edition: str) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for path in sorted((project / "notebooks").glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        if edition == "peserta":
            nb = participant_notebook(nb)
        files[f"notebooks/{path.name}"] = (json.dumps(nb, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
    for path in sorted((project / "dashboards").glob("*.ipynb")):
        files[f"dashboards/{path.name}"] = path.read_bytes()
    return files


def sync_workspace(workspace: str | Path, project: str | Path | None = None,
                   edition: str = "peserta") -> SyncReport:
    """Create or update ``workspace`` from the project's notebooks without losing edits."""
    from ikm_kit import validation

    edition = validation.choice(edition, EDITIONS, t("workspace.edition"))
    project = Path(project) if project else project_root(None)
    root = Path(workspace)
    root.mkdir(parents=True, exist_ok=True)
    manifest_path = root / MANIFEST
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        manifest = {}
    delivered = manifest.get("files", {})
    report = SyncReport(workspace=root)
    for rel, data in _delivered_files(project, edition).items():
        target = root / rel
        new_hash = _digest(data)
        if not target.exists():
            _atomic_write(target, data)
            delivered[rel] = new_hash
            report.added.append(rel)
            continue
        current = _digest(target.read_bytes())
        if current == new_hash:
            delivered[rel] = new_hash
            report.unchanged.append(rel)
        elif current == delivered.get(rel):
            _atomic_write(target, data)  # untouched by the participant: safe to update
            delivered[rel] = new_hash
            report.updated.append(rel)
        else:
            _atomic_write(root / UPDATES / rel, data)  # theirs stays; the new one is beside it
            report.kept.append(rel)
    manifest = {"edition": edition, "files": delivered}
    _atomic_write(manifest_path, (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode("utf-8"))
    return report
