"""Local progress records of a participant's exercises (no network).

One JSON file per participant (``<workspace>/.ikm-kit/progres.json`` by
default, or ``$IKM_PROGRESS_DIR/progres.json``), written atomically: the new
content goes to a temporary file in the same folder, is flushed and fsynced,
then replaces the old file with ``os.replace`` — a process killed mid-write
leaves either the old or the new file, never a broken one.

    >>> from ikm_kit.exercises.progress import ProgressStore
    >>> store = ProgressStore("/tmp/contoh-progres.json")
    >>> store.record("01.klasifikasi", passed=True)
"""
from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pandas as pd

FILE_NAME = "progres.json"
SCHEMA_VERSION = 1


def default_path() -> Path:
    """Where this participant's progress is kept."""
    root = os.environ.get("IKM_PROGRESS_DIR")
    if root:
        return Path(root) / FILE_NAME
    return Path.home() / ".ikm-kit" / FILE_NAME


@dataclass
class Attempts:
    attempts: int = 0
    passed: bool = False
    first_passed: str | None = None
    last_attempt: str | None = None
    revealed: bool = False  # the answer was shown (after several wrong attempts) before it was passed

    @property
    def status(self) -> str:
        """``"benar"`` (passed on one's own), ``"dibuka"`` (passed after the answer was shown),
        ``"dicoba"`` (tried, not passed) or ``"belum"``."""
        if self.passed:
            return "dibuka" if self.revealed else "benar"
        return "dicoba" if self.attempts else "belum"


_FIELDS = ("attempts", "passed", "first_passed", "last_attempt", "revealed")


class ProgressStore:
    """Read and update one participant's progress file."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()

    # ----------------------------------------------------------------- reading
    def load(self) -> dict:
        try:
            text = self.path.read_text(encoding="utf-8")
            data = json.loads(text)
            if not isinstance(data, dict) or not isinstance(data.get("exercises"), dict):
                raise ValueError("bad shape")
            return data
        except FileNotFoundError:
            return {"version": SCHEMA_VERSION, "exercises": {}}
        except (ValueError, OSError):
            # A corrupt file is kept aside, never silently overwritten.
            if self.path.exists():
                backup = self.path.with_suffix(f".rusak-{dt.datetime.now():%Y%m%d%H%M%S}.json")
                try:
                    os.replace(self.path, backup)
                except OSError:
                    pass
            return {"version": SCHEMA_VERSION, "exercises": {}}

    def get(self, exercise_id: str) -> Attempts:
        entry = self.load()["exercises"].get(exercise_id, {})
        return Attempts(**{k: entry[k] for k in _FIELDS if k in entry})

    # ----------------------------------------------------------------- writing
    def record(self, exercise_id: str, *, passed: bool) -> Attempts:
        """Count one attempt; ``passed`` stays True once an exercise was passed."""
        data = self.load()
        now = dt.datetime.now().isoformat(timespec="seconds")
        entry = data["exercises"].setdefault(exercise_id, {"attempts": 0, "passed": False})
        entry["attempts"] = int(entry.get("attempts", 0)) + 1
        entry["last_attempt"] = now
        if passed and not entry.get("passed"):
            entry["passed"] = True
            entry["first_passed"] = now
        data["version"] = SCHEMA_VERSION
        self._write(data)
        return Attempts(**{k: entry[k] for k in _FIELDS if k in entry})

    def mark_revealed(self, exercise_id: str) -> None:
        """Note that the expected answer was shown to this participant before they passed
        (the class summary then says "dibuka", not "benar").  Old files without the key
        read as not revealed."""
        data = self.load()
        entry = data["exercises"].setdefault(exercise_id, {"attempts": 0, "passed": False})
        if entry.get("passed") or entry.get("revealed"):
            return
        entry["revealed"] = True
        data["version"] = SCHEMA_VERSION
        self._write(data)

    def reset(self) -> None:
        self._write({"version": SCHEMA_VERSION, "exercises": {}})

    def _write(self, data: dict) -> None:
        write_json_atomic(self.path, data, prefix=".progres-")

    # ---------------------------------------------------------------- summary
    def table(self) -> pd.DataFrame:
        """One row per attempted exercise: ``exercise, attempts, passed, first_passed, revealed, status``."""
        rows = [
            {"exercise": k, "attempts": v.get("attempts", 0), "passed": bool(v.get("passed")),
             "first_passed": v.get("first_passed"), "revealed": bool(v.get("revealed")),
             "status": Attempts(**{f: v[f] for f in _FIELDS if f in v}).status}
            for k, v in sorted(self.load()["exercises"].items())
        ]
        return pd.DataFrame(rows, columns=["exercise", "attempts", "passed", "first_passed", "revealed", "status"])


def read_forms_json(path: Path, version: int) -> dict:
    """Read a participant's ``{"version", "forms": {...}}`` file (forms, pre/post answers).

    A missing file gives an empty one; a corrupt file is moved aside (``*.rusak-<time>.json``), never
    silently overwritten, and an empty one is returned.
    """
    empty = {"version": version, "forms": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("forms"), dict):
            raise ValueError("bad shape")
        return data
    except FileNotFoundError:
        return empty
    except (ValueError, OSError):
        if path.exists():
            try:
                os.replace(path, path.with_suffix(f".rusak-{dt.datetime.now():%Y%m%d%H%M%S}.json"))
            except OSError:
                pass
        return empty


def write_json_atomic(path: Path, data: dict, prefix: str = ".ikm-") -> None:
    """Write ``data`` as JSON to ``path``: temporary file in the same folder, fsync, ``os.replace``
    (a process killed mid-write leaves the old or the new file, never a broken one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=str(path.parent))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=1, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def class_summary(paths: Iterable[str | Path]) -> pd.DataFrame:
    """Combine several participants' progress files (e.g. ``/home/*/.ikm-kit/progres.json``).

    Returns a wide table: one row per participant (the home folder's name or
    the file's parent name), one boolean column per exercise, and ``passed``
    (count) — what a trainer needs to see who is done and who is stuck.
    """
    records = []
    for raw in paths:
        path = Path(raw)
        participant = path.parent.parent.name if path.parent.name == ".ikm-kit" else path.parent.name
        store = ProgressStore(path)
        for row in store.table().itertuples(index=False):
            records.append({"participant": participant, "exercise": row.exercise, "passed": row.passed})
    if not records:
        return pd.DataFrame(columns=["participant", "passed"])
    df = pd.DataFrame(records)
    wide = df.pivot_table(index="participant", columns="exercise", values="passed", aggfunc="max",
                          fill_value=False).astype(bool)
    wide.insert(0, "passed", wide.sum(axis=1).astype(int))
    return wide.reset_index()


def class_status(paths: Iterable[str | Path]) -> pd.DataFrame:
    """Like :func:`class_summary`, but each cell says how an exercise went: ``"benar"``,
    ``"dibuka"`` (passed after the answer was revealed), ``"dicoba"`` or ``"belum"``,
    one row per participant and exercise (``participant, exercise, status, attempts``).
    :func:`class_summary` counts every passed exercise; this table tells the two apart.

        >>> class_status(["/tmp/ani/progres.json"])            # doctest: +SKIP
          participant        exercise  status  attempts
        0         ani  06.tingkat_cacat  dibuka         5
    """
    records = []
    for raw in paths:
        path = Path(raw)
        participant = path.parent.parent.name if path.parent.name == ".ikm-kit" else path.parent.name
        for row in ProgressStore(path).table().itertuples(index=False):
            records.append({"participant": participant, "exercise": row.exercise, "status": row.status,
                            "attempts": int(row.attempts)})
    return pd.DataFrame(records, columns=["participant", "exercise", "status", "attempts"])
