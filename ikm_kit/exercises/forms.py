"""Forms (*formulir*) filled by participants: the Day-6 action plan, the KPI targets,
the Day-2 fishbone (6M) and the 5R order — validation, checks and storage, no widgets.

Forms are kept in one JSON file per participant next to the progress file
(``<progress folder>/formulir.json``, i.e. ``~/.ikm-kit/formulir.json`` or
``$IKM_PROGRESS_DIR/formulir.json``): outside the toolkit, so they survive a
kernel restart and a toolkit update.  Writes are atomic like
:class:`~ikm_kit.exercises.progress.ProgressStore`.

    >>> from ikm_kit.exercises.forms import FormStore, validate_action_plan
    >>> issues = validate_action_plan([{"problem": "Penagihan sewa belum lancar", "indicator": "Penagihan sewa",
    ...     "baseline": "86 %", "target": "95 %", "deadline": "Juni 2024", "owner": "Kepala UPTD"}])
    >>> issues
    []
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import pandas as pd

from ikm_kit.exercises.progress import default_path, read_forms_json, write_json_atomic
from ikm_kit.i18n import t

FILE_NAME = "formulir.json"
SCHEMA_VERSION = 1

# ----------------------------------------------------------------------------- storage


def default_form_path() -> Path:
    """Where this participant's forms are kept (next to ``progres.json``)."""
    return default_path().parent / FILE_NAME


class FormStore:
    """Read and write the participant's forms: ``{form_id: {"data": ..., "saved": iso time}}``."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_form_path()

    def _read(self) -> dict:
        return read_forms_json(self.path, SCHEMA_VERSION)

    def load(self, form_id: str) -> Any:
        """The saved content of ``form_id`` (None if never saved)."""
        entry = self._read()["forms"].get(form_id)
        return entry.get("data") if isinstance(entry, dict) else None

    def saved_at(self, form_id: str) -> str | None:
        entry = self._read()["forms"].get(form_id)
        return entry.get("saved") if isinstance(entry, dict) else None

    def save(self, form_id: str, content: Any) -> None:
        """Save ``content`` (JSON-serialisable) for ``form_id``, atomically."""
        data = self._read()
        data["forms"][form_id] = {"data": content, "saved": dt.datetime.now().isoformat(timespec="seconds")}
        data["version"] = SCHEMA_VERSION
        write_json_atomic(self.path, data, prefix=".formulir-")


# ----------------------------------------------------------------------------- issues
@dataclass(frozen=True)
class FieldIssue:
    """One problem in a form: ``row`` (0-based, None for the whole form), ``field`` and the
    Indonesian ``message`` saying what to fix."""

    row: int | None
    field: str
    message: str

    def __str__(self) -> str:
        return self.message


def _text(value: Any) -> str:
    return " ".join(str(value if value is not None else "").split())


_NUMBER = re.compile(r"\d")

# ----------------------------------------------------------------------------- action plan
ACTION_PLAN_FORM = "06.rencana_aksi"
ACTION_PLAN_COLUMNS = ("problem", "indicator", "baseline", "target", "deadline", "owner")
MAX_ROWS = 20
_VAGUE_OWNERS = {"semua", "semuanya", "kita", "kami", "dinas", "pengurus", "bersama", "tim", "all", "everyone"}
_MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "pebruari": 2, "maret": 3, "mar": 3, "april": 4, "apr": 4,
    "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8, "agt": 8, "ags": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12,
}


def parse_deadline(text: str) -> dt.date | None:
    """A deadline as people write it: ``Juni 2024``, ``30 Juni 2024``, ``2024-06``, ``30/06/2024``,
    ``06/2024`` → the date (the month's last day when only a month is given); None if unreadable.

        >>> parse_deadline("Juni 2024")
        datetime.date(2024, 6, 30)
    """
    s = _text(text).lower().replace(",", " ")
    if not s:
        return None

    m = re.fullmatch(r"(?:(\d{1,2})\s+)?([a-z]+)\.?\s+(\d{4})", s)
    if m and m.group(2) in _MONTHS:
        month, year = _MONTHS[m.group(2)], int(m.group(3))
        return _day_or_month_end(year, month, m.group(1))
    m = re.fullmatch(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?", s)
    if m:
        return _day_or_month_end(int(m.group(1)), int(m.group(2)), m.group(3))
    m = re.fullmatch(r"(?:(\d{1,2})[/.-])?(\d{1,2})[/.-](\d{4})", s)
    if m:
        return _day_or_month_end(int(m.group(3)), int(m.group(2)), m.group(1))
    return None


def _day_or_month_end(year: int, month: int, day: str | None) -> dt.date | None:
    """The date, or the month's last day when no day was written; None for an impossible date."""
    if day is None:
        if not (1 <= month <= 12 and 2000 <= year <= 2100):
            return None
        return (pd.Timestamp(year=year, month=month, day=1) + pd.offsets.MonthEnd(0)).date()
    try:
        return dt.date(year, month, int(day))
    except ValueError:
        return None


def empty_action_row() -> dict[str, str]:
    return {k: "" for k in ACTION_PLAN_COLUMNS}


def normalise_rows(rows: Iterable[Mapping[str, Any]] | pd.DataFrame) -> list[dict[str, str]]:
    """Rows as dicts of the six column keys (text, surrounding spaces removed)."""
    if isinstance(rows, pd.DataFrame):
        rows = rows.to_dict("records")
    out = []
    for row in rows:
        if not isinstance(row, Mapping):
            from ikm_kit.errors import InputError

            raise InputError(t("form.row_not_mapping", value=type(row).__name__))
        out.append({k: str(row.get(k, "") if row.get(k, "") is not None else "").strip() for k in ACTION_PLAN_COLUMNS})
    return out


def validate_action_plan(rows: Iterable[Mapping[str, Any]] | pd.DataFrame) -> list[FieldIssue]:
    """Every problem of an action plan, one per field, with an Indonesian message.

    Each row needs: a problem (at least a few words), an indicator, the current value
    and a target **with a number**, a deadline that is a month or a date (``Juni 2024``)
    and one owner named by position (not "semua" or "dinas").  Completely empty rows are
    ignored; at least one filled row is needed.
    """
    rows = normalise_rows(rows)
    issues: list[FieldIssue] = []
    filled = [(i, r) for i, r in enumerate(rows) if any(r.values())]
    if not filled:
        return [FieldIssue(None, "", t("form.plan_empty"))]
    if len(rows) > MAX_ROWS:
        issues.append(FieldIssue(None, "", t("form.plan_too_many", n=MAX_ROWS)))
    for i, r in filled:
        n = i + 1
        if len(r["problem"]) < 10 or len(r["problem"].split()) < 2:
            issues.append(FieldIssue(i, "problem", t("form.problem_short", row=n)))
        if len(r["indicator"]) < 3:
            issues.append(FieldIssue(i, "indicator", t("form.indicator_empty", row=n)))
        if not r["baseline"]:
            issues.append(FieldIssue(i, "baseline", t("form.baseline_empty", row=n)))
        elif not _NUMBER.search(r["baseline"]) and r["baseline"].lower() not in ("belum dicatat", "belum ada data"):
            issues.append(FieldIssue(i, "baseline", t("form.baseline_no_number", row=n)))
        if not r["target"]:
            issues.append(FieldIssue(i, "target", t("form.target_empty", row=n)))
        elif not _NUMBER.search(r["target"]):
            issues.append(FieldIssue(i, "target", t("form.target_no_number", row=n, value=r["target"])))
        if not r["deadline"]:
            issues.append(FieldIssue(i, "deadline", t("form.deadline_empty", row=n)))
        elif parse_deadline(r["deadline"]) is None:
            issues.append(FieldIssue(i, "deadline", t("form.deadline_bad", row=n, value=r["deadline"])))
        owner = r["owner"].lower().strip(" .")
        if not owner:
            issues.append(FieldIssue(i, "owner", t("form.owner_empty", row=n)))
        elif owner in _VAGUE_OWNERS or owner.startswith(("semua", "seluruh")):
            issues.append(FieldIssue(i, "owner", t("form.owner_vague", row=n, value=r["owner"])))
    return issues


def action_plan_frame(rows: Iterable[Mapping[str, Any]] | pd.DataFrame, *, labels: bool = True) -> pd.DataFrame:
    """The filled rows as a table (``No`` + the six columns, Indonesian headers when ``labels``)."""
    rows = [r for r in normalise_rows(rows) if any(r.values())]
    df = pd.DataFrame(rows, columns=list(ACTION_PLAN_COLUMNS))
    df.insert(0, "no", range(1, len(df) + 1))
    if labels:
        df = df.rename(columns={c: t(f"form.col_{c}") for c in ["no", *ACTION_PLAN_COLUMNS]})
    return df


def check_action_plan(answer: Any):
    """Exercise check of ``06.rencana_aksi``: every filled row valid."""
    from ikm_kit.exercises.core import Verdict

    issues = validate_action_plan(answer)
    if issues:
        return Verdict(False, "form.plan_has_issues", params={"n": len(issues), "first": issues[0].message})
    examples = {_text(t(f"form.example{n}_problem", lang=lang)).lower() for n in (1, 2, 3) for lang in ("id", "en")}
    if all(_text(r["problem"]).lower() in examples for r in normalise_rows(answer) if any(r.values())):
        return Verdict(False, "form.plan_only_examples")
    return Verdict(True)


# ----------------------------------------------------------------------------- KPI targets
KPI_TARGET_FORM = "06.target_kpi"
# (key, label i18n key, default target as a fraction, lower is better)
KPI_TARGETS = (
    ("occupancy", "form.kpi_occupancy", 0.75, False),
    ("collection", "form.kpi_collection", 0.95, False),
    ("utilization", "form.kpi_utilization", 0.50, False),
    ("oee", "form.kpi_oee", 0.65, False),
    ("defect_rate", "form.kpi_defect_rate", 0.03, True),
)


def kpi_label(key: str) -> str:
    for k, label, _default, _lower in KPI_TARGETS:
        if k == key:
            return t(label)
    return key


def default_kpi_targets() -> dict[str, float]:
    """Starting values of the KPI-target panel (fractions); the group replaces them."""
    return {k: default for k, _label, default, _lower in KPI_TARGETS}


def validate_kpi_targets(targets: Mapping[str, Any]) -> list[FieldIssue]:
    """Each KPI target must be a share between 0 and 100 % (typed as ``75``, ``75 %`` or ``0,75``)."""
    from ikm_kit import formats

    issues = []
    for key, _label, _default, _lower in KPI_TARGETS:
        raw = targets.get(key) if isinstance(targets, Mapping) else None
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            issues.append(FieldIssue(None, key, t("form.kpi_empty", kpi=kpi_label(key))))
            continue
        try:
            value = read_share(raw)
        except ValueError:
            issues.append(FieldIssue(None, key, t("form.kpi_not_number", kpi=kpi_label(key), value=raw)))
            continue
        if not 0 < value <= 1:
            issues.append(FieldIssue(None, key, t("form.kpi_range", kpi=kpi_label(key),
                                                  value=formats.percent(value, 0))))
    return issues


def read_share(raw: Any) -> float:
    """A share typed as ``75``, ``75 %``, ``0,75`` or given as 0.75 → 0.75 (ValueError if not a number)."""
    from ikm_kit import formats

    typed = formats.read_number(raw)
    value = typed.value
    return value / 100 if typed.percent or abs(value) > 1 else value


def kpi_targets(targets: Mapping[str, Any]) -> dict[str, float]:
    """Valid targets as fractions, keyed like :data:`KPI_TARGETS` (raises InputError otherwise)."""
    issues = validate_kpi_targets(targets)
    if issues:
        from ikm_kit.errors import InputError

        raise InputError(issues[0].message)
    return {key: read_share(targets[key]) for key, *_ in KPI_TARGETS}


def check_kpi_targets(answer: Any):
    from ikm_kit.exercises.core import Verdict

    issues = validate_kpi_targets(answer if isinstance(answer, Mapping) else {})
    if not issues:
        return Verdict(True)
    return Verdict(False, "form.plan_has_issues", params={"n": len(issues), "first": issues[0].message})


# ----------------------------------------------------------------------------- fishbone
FISHBONE_FORM = "02.fishbone_belang"
# Words that start a *solution*, not a cause ("beli mesin baru", "perlu pelatihan").
_SOLUTION_STARTS = (
    "beli", "membeli", "belikan", "perlu", "diperlukan", "harus", "sebaiknya", "hendaknya", "tambah", "menambah",
    "tambahkan", "ganti", "mengganti", "gantikan", "adakan", "mengadakan", "buat", "membuat", "buatkan",
    "latih", "melatih", "pelatihan", "pasang", "memasang", "gunakan", "menggunakan", "pakai", "terapkan",
    "menerapkan", "tingkatkan", "meningkatkan", "perbaiki", "memperbaiki", "bersihkan", "rawat", "merawat",
    "kalibrasi", "mengkalibrasi", "ukur", "periksa", "cek", "beri", "berikan", "sediakan", "menyediakan",
    "rekrut", "kurangi", "mengurangi", "hindari", "pastikan", "jadwalkan", "susun", "menyusun", "solusi",
)


def looks_like_solution(cause: str) -> bool:
    """True for entries that say what to do instead of why it happens: ``"beli mesin baru"``,
    ``"perlu pelatihan"``, ``"ganti nosel"`` (a cause would be ``"nosel tersumbat"``)."""
    words = _text(cause).lower().split()
    return bool(words) and words[0].strip(":,.;") in _SOLUTION_STARTS


def fishbone_solutions(causes: Mapping[str, Sequence[str]]) -> list[tuple[str, str]]:
    """``(category, entry)`` of every entry that looks like a solution."""
    return [(cat, c) for cat, items in causes.items() for c in items if looks_like_solution(c)]


def clean_causes(causes: Mapping[str, Sequence[Any]]) -> dict[str, list[str]]:
    """6M columns with empty boxes removed, keyed by the 6M names of :mod:`ikm_kit.quality`."""
    from ikm_kit.quality.tools import _SIX_M_ALIASES, SIX_M

    out: dict[str, list[str]] = {k: [] for k in SIX_M}
    for cat, items in causes.items():
        key = _SIX_M_ALIASES.get(str(cat).strip().lower(), "")
        if key not in out:
            from ikm_kit.errors import InputError

            raise InputError(t("form.fishbone_category", value=cat, valid=", ".join(SIX_M)))
        out[key] += [_text(i) for i in (items or []) if _text(i)]
    return out


# ----------------------------------------------------------------------------- 5R order
FIVE_R_FORM = "02.urutan_5r"
#: The five R (5S) in their order: ringkas, rapi, resik, rawat, rajin.
FIVE_R = ("ringkas", "rapi", "resik", "rawat", "rajin")


def five_r_options() -> list[tuple[str, str]]:
    """``(label, value)`` of the five R's in the order the form offers them (alphabetical, not the answer)."""
    return [(t(f"form.r_{r}"), r) for r in sorted(FIVE_R)]


def validate_five_r(order: Sequence[Any]) -> list[FieldIssue]:
    """Each of the five positions filled, each R used once."""
    issues = []
    values = [str(v or "").strip().lower() for v in order]
    if len(values) != 5 or not all(values):
        issues.append(FieldIssue(None, "order", t("form.five_r_incomplete")))
    elif len(set(values)) != 5:
        issues.append(FieldIssue(None, "order", t("form.five_r_twice")))
    return issues


def example_action_plan(kpi: Mapping[str, float], utilization: Any = None) -> list[dict[str, str]]:
    """Three worked example rows for the Day-6 form, filled from the sentra's own figures.

    ``kpi`` is one sentra's column of the notebook's *papan KPI* (fractions keyed by the
    Indonesian KPI names); ``utilization`` the utilisation result (``by_machine`` with the
    planer MSN-M02) or the planer's utilisation as a fraction.

        >>> rows = example_action_plan({"Penagihan sewa": 0.86, "OEE": 0.5, "Tingkat cacat": 0.072}, 0.31)
        >>> rows[0]["baseline"]
        '86 % (Jul–Des 2023)'
    """
    from ikm_kit import formats

    def get(name: str) -> float:
        return float(kpi[name])

    if utilization is not None and hasattr(utilization, "by_machine"):
        bm = utilization.by_machine
        planer = float(bm.loc[bm["machine_id"] == "MSN-M02", "utilization"].iloc[0])
    else:
        planer = float(utilization) if utilization is not None else float("nan")
    baselines = [
        t("form.example1_baseline", value=formats.percent(get("Penagihan sewa"), 0)),
        t("form.example2_baseline", utilization=formats.percent(planer, 0), oee=formats.percent(get("OEE"), 0)),
        formats.percent(get("Tingkat cacat")),
    ]
    rows = []
    for n, baseline in enumerate(baselines, start=1):
        row = {k: t(f"form.example{n}_{k}") for k in ACTION_PLAN_COLUMNS if k != "baseline"}
        row["baseline"] = baseline
        rows.append({k: row[k] for k in ACTION_PLAN_COLUMNS})
    return rows


#: Form widget (class name in ``ikm_kit.widgets.forms``) → the exercise it answers; lets the notebook
#: scanners (``exercises.where``, ``editions.exercise_kinds``) find a form cell's exercise.
FORM_WIDGETS = {
    "ActionPlanForm": ACTION_PLAN_FORM,
    "KpiTargetPanel": KPI_TARGET_FORM,
    "FishboneForm": FISHBONE_FORM,
    "FiveROrderForm": FIVE_R_FORM,
}
FORM_CALL = re.compile(r"\b(" + "|".join(FORM_WIDGETS) + r")\(")


def form_exercise_ids(source: str) -> set[str]:
    """Ids of the form exercises a code cell's source shows, e.g. ``"FishboneForm(...)"`` → ``{"02.fishbone_belang"}``."""
    return {FORM_WIDGETS[name] for name in FORM_CALL.findall(source)}
