"""ikm-kit on a classroom JupyterHub (``deploy/hub``): workspaces, progress, class summary.

The hub configuration (``deploy/hub/jupyterhub_config.py``) calls this module
in three places:

- at every spawn, ``python -m ikm_kit.hub sync`` runs *as the participant*
  and creates or updates ``<home>/ruang-kerja`` with
  :func:`ikm_kit.workspace.sync_workspace` (edits are never overwritten);
  trainers get the trainer edition plus ``ringkasan_kelas.ipynb``;
- a hub-managed service ``python -m ikm_kit.hub collect`` copies every
  participant's ``<home>/.ikm-kit/progres.json`` into one class folder
  (``<folder>/<name>/progres.json``) that the trainers' accounts may read
  (participants' homes stay private: mode 0700);
- the trainer's notebook reads that folder with :func:`hub_class_summary`.

    >>> from ikm_kit.hub import hub_class_summary
    >>> hub_class_summary("/srv/ikm-kit/progres-kelas")          # doctest: +SKIP
      participant  passed  00.pendapatan_kursi
    0        ani       1                 True
    1       budi       0                False
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import re
import shutil
import stat
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from ikm_kit.i18n import t

if TYPE_CHECKING:  # pragma: no cover
    from ikm_kit.workspace import SyncReport

# as in ikm_kit.exercises.progress (not imported here: the collector service
# stays small without pandas; a test checks they agree)
FILE_NAME = "progres.json"
SCHEMA_VERSION = 1
# as in ikm_kit.evaluation (pre/post test answers, collected next to the progress)
EVALUATION_FILE_NAME = "evaluasi.json"

WORKSPACE_DIR = "ruang-kerja"
PROGRESS_SUBDIR = ".ikm-kit"
CLASS_PROGRESS_ENV = "IKM_CLASS_PROGRESS"
TRAINER_NOTEBOOK = "ringkasan_kelas.ipynb"
SYSTEM_USER_PREFIX = "jupyter-"
# hub names become Linux users "jupyter-<name>" (at most 32 characters)
MAX_USERNAME = 24
USERNAME_PATTERN = rf"^[a-z][a-z0-9_-]{{0,{MAX_USERNAME - 1}}}$"
MAX_PROGRESS_BYTES = 1_000_000
# participants' own passwords (bcrypt hashes, ikm_kit.hub_auth) in the hub's state folder
PASSWORD_DB = "passwords.dbm"
STATE_DIR = "/var/lib/ikm-hub"
_ENTRY_KEYS = ("attempts", "passed", "first_passed", "last_attempt", "revealed")


def valid_username(name: str) -> bool:
    """True for names the hub accepts (``ani``, ``budi_2``), False for ``Ani``, ``../x``, ``root;``.

    >>> valid_username("ani"), valid_username("../ani")
    (True, False)
    """
    return re.fullmatch(USERNAME_PATTERN, name or "") is not None


def progress_dir(home: str | Path) -> Path:
    """The participant's progress folder (``IKM_PROGRESS_DIR``) for a home folder.

    >>> str(progress_dir("/home/jupyter-ani"))
    '/home/jupyter-ani/.ikm-kit'
    """
    return Path(home) / PROGRESS_SUBDIR


def prepare_workspace(home: str | Path, edition: str = "peserta", project: str | Path | None = None,
                      trainer_notebook: str | Path | None = None) -> "SyncReport":
    """Create/update ``<home>/ruang-kerja`` (never overwriting edits); return the SyncReport.

    For the trainer edition, ``trainer_notebook`` (the class summary notebook) is
    copied into the workspace once; a copy the trainer changed is left alone.

        >>> prepare_workspace("/tmp/ani", "peserta").added[:1]          # doctest: +SKIP
        ['notebooks/00_mulai_di_sini.ipynb']
    """
    from ikm_kit.workspace import sync_workspace

    home = Path(home)
    report = sync_workspace(home / WORKSPACE_DIR, project, edition=edition)
    if edition == "pelatih" and trainer_notebook:
        target = home / WORKSPACE_DIR / Path(trainer_notebook).name
        if not target.exists():
            shutil.copyfile(trainer_notebook, target)
            report.added.append(target.name)
    progress_dir(home).mkdir(mode=0o700, exist_ok=True)
    return report


# ------------------------------------------------------------------ progress
def _read_progress(home: Path) -> dict | None:
    """The progress file of one home, read without following symlinks; None if absent/invalid.

    The collector runs as root: a participant must not be able to make it copy
    another file (a symlink to /etc/shadow) into the trainers' folder, so the
    file must be a regular file owned by the home's owner, and only the
    validated progress fields are kept.
    """
    data = _read_owned_json(home, FILE_NAME)
    if not isinstance(data, dict) or not isinstance(data.get("exercises"), dict):
        return None
    exercises = {}
    for key, entry in data["exercises"].items():
        if isinstance(key, str) and len(key) <= 100 and isinstance(entry, dict):
            exercises[key] = {k: entry[k] for k in _ENTRY_KEYS if isinstance(entry.get(k), (int, str, bool))}
    return {"version": SCHEMA_VERSION, "exercises": exercises}


def _read_evaluation(home: Path) -> dict | None:
    """The pre/post test file of one home (``evaluasi.json``), validated like the progress file:
    only ``forms.pre|post.answers`` (short item ids → short texts), ``source`` and ``saved_at`` are kept."""
    data = _read_owned_json(home, EVALUATION_FILE_NAME)
    if not isinstance(data, dict) or not isinstance(data.get("forms"), dict):
        return None
    forms = {}
    for form in ("pre", "post"):
        entry = data["forms"].get(form)
        if not isinstance(entry, dict) or not isinstance(entry.get("answers"), dict):
            continue
        answers = {k: v for k, v in entry["answers"].items()
                   if isinstance(k, str) and len(k) <= 10 and isinstance(v, str) and len(v) <= 60}
        forms[form] = {"answers": answers,
                       **{k: entry[k] for k in ("source", "saved_at") if isinstance(entry.get(k), str)
                          and len(entry[k]) <= 40}}
    return {"version": SCHEMA_VERSION, "forms": forms}


def _read_owned_json(home: Path, file_name: str) -> object | None:
    """JSON of ``<home>/.ikm-kit/<file_name>`` if it is a regular file owned by the home's owner (no symlinks)."""
    try:
        owner = os.lstat(home).st_uid
        dir_fd = os.open(home / PROGRESS_SUBDIR, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError:
        return None
    try:
        fd = os.open(file_name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=dir_fd)
    except OSError:
        return None
    finally:
        os.close(dir_fd)
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_uid != owner or info.st_size > MAX_PROGRESS_BYTES:
            return None
        try:
            return json.loads(handle.read(MAX_PROGRESS_BYTES).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            return None


def collect_progress(homes: str | Path, dest: str | Path, prefix: str = "",
                     group: str | None = None) -> list[Path]:
    """Copy each ``<homes>/<prefix><name>/.ikm-kit/progres.json`` to ``<dest>/<name>/progres.json``.

    ``group`` (e.g. ``ikm-pelatih``, needs root) becomes the group of the copies,
    which are readable by that group only (files 0640, folders 0750). Files are
    rewritten only when their content changed. Returns the paths written or kept.

        >>> collect_progress("/home", "/srv/ikm-kit/progres-kelas", prefix="jupyter-",
        ...                  group="ikm-pelatih")                    # doctest: +SKIP
        [PosixPath('/srv/ikm-kit/progres-kelas/ani/progres.json')]
    """
    import grp  # Unix only, like the hub

    homes, dest = Path(homes), Path(dest)
    gid = grp.getgrnam(group).gr_gid if group else -1
    dest.mkdir(parents=True, exist_ok=True)
    os.chmod(dest, 0o750)
    if gid != -1:
        os.chown(dest, -1, gid)
    out = []
    for home in sorted(homes.iterdir()) if homes.is_dir() else []:
        if not home.name.startswith(prefix) or home.is_symlink() or not home.is_dir():
            continue
        name = home.name[len(prefix):]
        if not valid_username(name):
            continue
        data = _read_progress(home)
        evaluation = _read_evaluation(home)
        if data is None and evaluation is None:
            continue
        folder = dest / name
        folder.mkdir(exist_ok=True)
        os.chmod(folder, 0o750)
        if data is not None:
            out.append(_write_copy(folder, FILE_NAME, data, gid))
        if evaluation is not None:
            _write_copy(folder, EVALUATION_FILE_NAME, evaluation, gid)
    return out


def _write_copy(folder: Path, file_name: str, data: dict, gid: int) -> Path:
    """Write ``data`` as ``folder/file_name`` (0640, group ``gid``) only when the content changed."""
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    target = folder / file_name
    if not target.exists() or target.read_bytes() != text:
        fd, tmp = tempfile.mkstemp(prefix=".progres-", dir=str(folder))
        with os.fdopen(fd, "wb") as handle:
            handle.write(text)
        os.chmod(tmp, 0o640)
        if gid != -1:
            os.chown(tmp, -1, gid)
            os.chown(folder, -1, gid)
        os.replace(tmp, target)
    return target


def class_progress_root(root: str | Path | None = None) -> Path | None:
    """``root``, else ``$IKM_CLASS_PROGRESS`` (set by the hub for trainers), else None."""
    if root is not None:
        return Path(root)
    env = os.environ.get(CLASS_PROGRESS_ENV)
    return Path(env) if env else None


def progress_pattern(root: str | Path | None = None) -> str:
    """The glob for :class:`ikm_kit.widgets.exercises.ClassSummaryApp` on the hub.

    >>> progress_pattern("/srv/ikm-kit/progres-kelas")
    '/srv/ikm-kit/progres-kelas/*/progres.json'
    """
    folder = class_progress_root(root)
    if folder is None:
        from ikm_kit.errors import InputError

        raise InputError(t("hub.no_progress_dir"))
    return str(folder / "*" / FILE_NAME)


def hub_progress_paths(root: str | Path | None = None) -> list[Path]:
    """The collected progress files, one per participant, sorted by name."""
    return sorted(Path(p) for p in glob.glob(progress_pattern(root)))


def hub_class_summary(root: str | Path | None = None):
    """Who passed which exercise: :func:`ikm_kit.exercises.progress.class_summary` of the class folder.

    One row per participant (``participant``, ``passed`` count, one boolean
    column per exercise, a ``pandas.DataFrame``); an empty table while nobody
    has answered yet.
    """
    from ikm_kit.exercises.progress import class_summary

    return class_summary(hub_progress_paths(root))


# ----------------------------------------------------------------- passwords
def password_db(state_dir: str | Path | None = None) -> Path:
    """The participants' password file: ``<state>/passwords.dbm`` (``$IKM_HUB_STATE_DIR``, else /var/lib/ikm-hub)."""
    return Path(state_dir or os.environ.get("IKM_HUB_STATE_DIR") or STATE_DIR) / PASSWORD_DB


def has_password(db_path: str | Path, name: str) -> bool:
    """True once ``name`` has set a password (their first login happened)."""
    import dbm

    if dbm.whichdb(str(db_path)) is None:
        return False
    with dbm.open(str(db_path), "r") as db:
        return name.encode("utf-8") in db


def reset_password(db_path: str | Path, name: str, retries: int = 50) -> bool:
    """Forget ``name``'s password so that their next login sets a new one; True if one was set.

    Only the password entry goes: the participant's home, workspace,
    progress and answers are not touched. Safe while the hub runs (it opens
    the file only for a moment per login; a locked file is retried).

        >>> reset_password("/var/lib/ikm-hub/passwords.dbm", "ani")   # doctest: +SKIP
        True
    """
    import dbm

    if dbm.whichdb(str(db_path)) is None:
        return False
    for attempt in range(retries):
        try:
            with dbm.open(str(db_path), "w") as db:
                key = name.encode("utf-8")
                if key not in db:
                    return False
                del db[key]
                return True
        except dbm.error:  # locked by a login in progress (gdbm)
            if attempt == retries - 1:
                raise
            time.sleep(0.1)
    return False


# ----------------------------------------------------------------------- CLI
def _cmd_sync(ns: argparse.Namespace) -> int:
    home = Path(ns.home)
    report = prepare_workspace(home, ns.edition, ns.project, ns.trainer_notebook)
    print(t("hub.synced", path=home / WORKSPACE_DIR, edition=ns.edition, added=len(report.added),
            updated=len(report.updated), kept=len(report.kept)))
    return 0


def _cmd_collect(ns: argparse.Namespace) -> int:
    try:
        while True:
            paths = collect_progress(ns.homes, ns.dest, prefix=ns.prefix, group=ns.group)
            if ns.every <= 0:
                print(t("hub.collected", count=len(paths), path=ns.dest))
                return 0
            time.sleep(ns.every)
    except KeyboardInterrupt:  # the hub stops its services with SIGINT
        return 0


def _cmd_reset_password(ns: argparse.Namespace) -> int:
    from ikm_kit.errors import InputError

    if not valid_username(ns.name):
        raise InputError(t("hub.bad_username", name=ns.name, maximum=MAX_USERNAME))
    admins = {n.strip() for n in os.environ.get("IKM_HUB_ADMINS", "pelatih").split(",") if n.strip()}
    if ns.name in admins:
        raise InputError(t("hubauth.trainer_from_env"))
    db_path = Path(ns.db) if ns.db else password_db()
    if reset_password(db_path, ns.name):
        print(t("hubauth.reset_done", name=ns.name))
    else:
        print(t("hubauth.reset_none", name=ns.name))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m ikm_kit.hub sync --home H --edition E`` / ``collect --homes D --dest C [--every S]``
    / ``reset-password NAME [--db FILE]``."""
    parser = argparse.ArgumentParser(prog="python -m ikm_kit.hub")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("sync")
    p.add_argument("--home", required=True)
    p.add_argument("--edition", choices=["peserta", "pelatih"], default="peserta")
    p.add_argument("--project")
    p.add_argument("--trainer-notebook")
    p.set_defaults(func=_cmd_sync)
    p = sub.add_parser("collect")
    p.add_argument("--homes", required=True)
    p.add_argument("--dest", required=True)
    p.add_argument("--prefix", default="")
    p.add_argument("--group")
    p.add_argument("--every", type=float, default=0.0, help="seconds between rounds (0: once)")
    p.set_defaults(func=_cmd_collect)
    p = sub.add_parser("reset-password", help="forget a participant's password (work is kept)")
    p.add_argument("name")
    p.add_argument("--db", help=f"password file (default: $IKM_HUB_STATE_DIR/{PASSWORD_DB})")
    p.set_defaults(func=_cmd_reset_password)
    ns = parser.parse_args(argv)
    try:
        return int(ns.func(ns))
    except Exception as exc:  # noqa: BLE001 - a clear message for the trainer, no traceback
        from ikm_kit.errors import IkmError

        if not isinstance(exc, IkmError):
            raise
        print(str(exc), file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
