"""Pre/post test of the course and the class's learning gain (pure: no widgets).

Sixteen items (choice and number) cover the six days; each item has a *pre*
and a *post* form of the same kind and difficulty (same question, other
numbers or another case).  Number answers are computed from the numbers in
the question by the toolkit's own formula, never typed in; texts live in
``ikm_kit/i18n/evaluation.py``.

    >>> from ikm_kit.evaluation import ITEMS, score_answers
    >>> len(ITEMS)
    16
    >>> score_answers("pre", {"T02": "57,5"}).loc["T02", "correct"]
    True

Results are saved like exercise progress: one JSON file per participant
(``~/.ikm-kit/evaluasi.json`` or ``$IKM_PROGRESS_DIR/evaluasi.json``), written
atomically; the class hub's collector copies it next to ``progres.json``.
A paper score sheet (``formulir`` → ``lembar_nilai_tes.xlsx``) can be typed in.

**Learning gain** (Hake 1998, *Am. J. Phys.* 66, 64–74): for scores in percent,
the normalized gain is ``g = (post − pre) / (100 − pre)``; the class's gain is
computed from the class averages of the participants who took both tests,
``⟨g⟩ = (⟨post⟩ − ⟨pre⟩) / (100 − ⟨pre⟩)``; Hake calls ⟨g⟩ < 0,3 low,
0,3–0,7 medium and ≥ 0,7 high.
"""
from __future__ import annotations

import datetime as dt
import glob as _glob
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

import pandas as pd

from ikm_kit import formats
from ikm_kit.errors import FileFormatError, InputError
from ikm_kit.i18n import t

FORMS = ("pre", "post")
FILE_NAME = "evaluasi.json"
SCHEMA_VERSION = 1
LETTERS = "ABCDEFGH"
#: relative tolerance of number answers (1 %), as the exercises' default
NUMBER_TOL = 0.01
MAX_ANSWER_CHARS = 60


@dataclass(frozen=True)
class Item:
    """One test item.  ``options``: option keys (texts ``eval.<id>.<form>.<key>``);
    ``correct``: form → correct option key, or a callable of the form's params;
    ``params``: form → numbers shown in the question; ``value``: params → expected number."""

    id: str
    day: int
    kind: str                       # "choice" or "number"
    options: tuple[str, ...] = ()
    correct: Mapping[str, Any] = field(default_factory=dict)
    params: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    value: Callable[..., float] | None = None
    unit: str = ""
    decimals: int = 0

    def question(self, form: str) -> str:
        p = {k: _fmt(k, v) for k, v in self.params.get(form, {}).items()}
        return t(f"eval.{self.id}.{form}", **p)

    def option_labels(self, form: str) -> list[tuple[str, str]]:
        return [(t(f"eval.{self.id}.{form}.{k}"), k) for k in self.options]

    def correct_key(self, form: str) -> str:
        c = self.correct[form]
        return c(**self.params.get(form, {})) if callable(c) else c

    def expected(self, form: str) -> float:
        return float(self.value(**self.params[form]))


def _fmt(name: str, value: float) -> str:
    if name.endswith("_rp"):
        return formats.rupiah(value)
    return formats.number(value, 0 if float(value).is_integer() else 2)


def _industry(workers: float, investment_rp: float) -> str:
    from ikm_kit.classification import industry_size

    return industry_size(int(workers), investment_rp).size


ITEMS: tuple[Item, ...] = (
    # Day 1 — IKM and sentra
    Item("T01", 1, "choice", ("kecil", "menengah", "besar"), {"pre": _industry, "post": _industry},
         {"pre": {"workers": 12, "investment_rp": 800_000_000}, "post": {"workers": 6, "investment_rp": 1_500_000_000}}),
    Item("T02", 1, "number", params={"pre": {"occupied": 23, "units": 40}, "post": {"occupied": 39, "units": 52}},
         value=lambda occupied, units: 100 * occupied / units, unit="%", decimals=1),
    Item("T03", 1, "choice", ("pembina", "pengelola", "anggota", "upt"), {"pre": "pembina", "post": "pengelola"}),
    # Day 2 — quality basics and the seven tools
    Item("T04", 2, "choice", ("rencanakan", "laksanakan", "periksa", "tindak"), {"pre": "periksa", "post": "rencanakan"}),
    Item("T05", 2, "choice", ("pareto", "sebab_akibat", "histogram", "lembar_periksa"),
         {"pre": "pareto", "post": "sebab_akibat"}),
    Item("T06", 2, "number", params={"pre": {"defective": 12, "inspected": 400}, "post": {"defective": 21, "inspected": 600}},
         value=lambda defective, inspected: 100 * defective / inspected, unit="%", decimals=1),
    # Day 3 — capability, control charts, food safety
    Item("T07", 3, "number", params={"pre": {"usl": 725, "lsl": 715, "sigma": 1.25}, "post": {"usl": 52, "lsl": 48, "sigma": 0.5}},
         value=lambda usl, lsl, sigma: (usl - lsl) / (6 * sigma), decimals=2),
    Item("T08", 3, "choice", ("biarkan", "sebab_khusus", "ubah_spesifikasi", "setel_tiap_titik"),
         {"pre": "sebab_khusus", "post": "biarkan"}),
    Item("T09", 3, "choice", ("lanjut", "koreksi", "ubah_batas", "buang_semua"), {"pre": "koreksi", "post": "koreksi"}),
    # Day 4 — costing and prices
    Item("T10", 4, "number", params={"pre": {"material_rp": 2_400_000, "labour_rp": 1_000_000, "overhead_rp": 600_000, "units": 10},
                                    "post": {"material_rp": 1_800_000, "labour_rp": 700_000, "overhead_rp": 500_000, "units": 20}},
         value=lambda material_rp, labour_rp, overhead_rp, units: (material_rp + labour_rp + overhead_rp) / units, unit="Rp"),
    Item("T11", 4, "number", params={"pre": {"fixed_rp": 6_000_000, "price_rp": 500_000, "variable_rp": 350_000},
                                    "post": {"fixed_rp": 4_500_000, "price_rp": 40_000, "variable_rp": 25_000}},
         value=lambda fixed_rp, price_rp, variable_rp: fixed_rp / (price_rp - variable_rp), unit="unit"),
    Item("T12", 4, "number", params={"pre": {"hpp_rp": 400_000, "markup_pct": 25}, "post": {"hpp_rp": 24_000, "markup_pct": 30}},
         value=lambda hpp_rp, markup_pct: hpp_rp * (1 + markup_pct / 100), unit="Rp"),
    # Day 5 — occupancy, shared machines, OEE
    Item("T13", 5, "number", params={"pre": {"a_pct": 90, "p_pct": 80, "q_pct": 95}, "post": {"a_pct": 85, "p_pct": 90, "q_pct": 90}},
         value=lambda a_pct, p_pct, q_pct: a_pct * p_pct * q_pct / 10_000, unit="%", decimals=2),
    Item("T14", 5, "number", params={"pre": {"booked_h": 24, "open_h": 40}, "post": {"booked_h": 30, "open_h": 48}},
         value=lambda booked_h, open_h: 100 * booked_h / open_h, unit="%", decimals=1),
    # Day 6 — development plan
    Item("T15", 6, "choice", ("a", "b", "c", "d"), {"pre": "b", "post": "c"}),
    Item("T16", 6, "number", params={"pre": {"billed_rp": 120_000_000, "paid_rp": 90_000_000},
                                    "post": {"billed_rp": 60_000_000, "paid_rp": 48_000_000}},
         value=lambda billed_rp, paid_rp: 100 * paid_rp / billed_rp, unit="%", decimals=1),
)
_BY_ID = {i.id: i for i in ITEMS}
DAYS = tuple(sorted({i.day for i in ITEMS}))


def item(item_id: str) -> Item:
    """The item called ``item_id`` (``T01`` … ``T16``)."""
    try:
        return _BY_ID[item_id]
    except KeyError:
        raise InputError(t("eval.unknown_item", value=item_id, valid=", ".join(_BY_ID))) from None


def _check_form(form: str) -> str:
    f = str(form).strip().lower()
    if f not in FORMS:
        raise InputError(t("error.unknown_choice", field=t("eval.form_field"), value=form, valid=", ".join(FORMS)))
    return f


def expected_text(item_id: str, form: str) -> str:
    """The expected answer as printed in the key (``B — Pengelola``, ``57,5 %``, ``Rp 400.000``)."""
    it, form = item(item_id), _check_form(form)
    if it.kind == "choice":
        key = it.correct_key(form)
        idx = it.options.index(key)
        return f"{LETTERS[idx]} — {t(f'eval.{it.id}.{form}.{key}')}"
    v = it.expected(form)
    if it.unit == "Rp":
        return formats.rupiah(v)
    return f"{formats.number(v, it.decimals)} {it.unit}".strip()


def is_correct(item_id: str, form: str, answer: Any) -> bool:
    """Is ``answer`` right?  Choice: the option key or its letter (``B``); number: within 1 %
    (``57,5``, ``57.5``, ``Rp 400.000`` accepted)."""
    it, form = item(item_id), _check_form(form)
    if answer is None or (isinstance(answer, str) and not answer.strip()):
        return False
    if it.kind == "choice":
        a = str(answer).strip().lower()
        key = it.correct_key(form)
        if len(a) == 1 and a.upper() in LETTERS[:len(it.options)]:
            a = it.options[LETTERS.index(a.upper())]
        return a == key
    try:
        value = formats.parse_number(str(answer).replace("%", "").strip()) if isinstance(answer, str) else float(answer)
    except (ValueError, TypeError):
        return False
    if not math.isfinite(value):
        return False
    target = it.expected(form)
    return abs(value - target) <= NUMBER_TOL * max(abs(target), 1e-12)


def score_answers(form: str, answers: Mapping[str, Any]) -> pd.DataFrame:
    """One row per item (index ``item``): ``day``, ``answer``, ``correct``."""
    form = _check_form(form)
    rows = [{"item": it.id, "day": it.day, "answer": answers.get(it.id, ""),
             "correct": is_correct(it.id, form, answers.get(it.id))} for it in ITEMS]
    return pd.DataFrame(rows).set_index("item")


# ------------------------------------------------------------------ storage
def default_path() -> Path:
    """Where this participant's test answers are kept (next to ``progres.json``)."""
    root = os.environ.get("IKM_PROGRESS_DIR")
    return (Path(root) if root else Path.home() / ".ikm-kit") / FILE_NAME


def _clean_answers(answers: Mapping[str, Any]) -> dict[str, str]:
    out = {}
    for k, v in answers.items():
        if k in _BY_ID and v is not None and str(v).strip():
            out[k] = str(v).strip()[:MAX_ANSWER_CHARS]
    return out


class EvaluationStore:
    """One participant's pre/post answers, in a JSON file written atomically."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()

    def load(self) -> dict:
        from ikm_kit.exercises.progress import read_forms_json

        return read_forms_json(self.path, SCHEMA_VERSION)

    def answers(self, form: str) -> dict[str, str]:
        entry = self.load()["forms"].get(_check_form(form), {})
        return dict(entry.get("answers", {})) if isinstance(entry, dict) else {}

    def save(self, form: str, answers: Mapping[str, Any], *, source: str = "widget") -> None:
        """Replace the answers of ``form`` (``pre``/``post``)."""
        form = _check_form(form)
        data = self.load()
        data["version"] = SCHEMA_VERSION
        data["forms"][form] = {"answers": _clean_answers(answers), "source": source,
                               "saved_at": dt.datetime.now().isoformat(timespec="seconds")}
        # the same atomic write (temporary file, fsync, os.replace) as the exercise progress
        from ikm_kit.exercises.progress import ProgressStore

        ProgressStore(self.path)._write(data)


# ------------------------------------------------------------------ class report
@dataclass
class ClassReport:
    """Pre/post results of a class.  ``participants``: one row per participant (``pre_pct``, ``post_pct``,
    ``gain`` = Hake's normalized gain of that participant); ``topics``: per day ``pre_pct``, ``post_pct``,
    ``gain``; ``class_gain`` = (⟨post⟩ − ⟨pre⟩)/(100 − ⟨pre⟩) over participants with both tests."""

    participants: pd.DataFrame
    topics: pd.DataFrame
    items: pd.DataFrame
    class_pre_pct: float
    class_post_pct: float
    class_gain: float
    matched: int

    def _repr_html_(self) -> str:
        return t("eval.report_summary", n=self.matched, pre=formats.number(self.class_pre_pct, 1),
                 post=formats.number(self.class_post_pct, 1), gain=_gain_text(self.class_gain))


def _gain_text(g: float) -> str:
    return "–" if g is None or not math.isfinite(g) else formats.number(g, 2)


def normalized_gain(pre_pct: float, post_pct: float) -> float:
    """Hake's normalized gain ``(post − pre)/(100 − pre)`` for scores in percent; NaN when pre = 100."""
    if pre_pct is None or post_pct is None or pd.isna(pre_pct) or pd.isna(post_pct) or pre_pct >= 100:
        return float("nan")
    return (post_pct - pre_pct) / (100 - pre_pct)


def class_report(results: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> ClassReport:
    """The class report from ``{participant: {"pre": answers, "post": answers}}`` (a form may be missing).

    Example: ``class_report({"ani": {"pre": {...}, "post": {...}}, "budi": {...}})``.
    """
    part_rows, item_rows = [], []
    for name, forms in sorted(results.items()):
        row = {"participant": name}
        for form in FORMS:
            answers = forms.get(form)
            if answers is None:
                row[f"{form}_score"], row[f"{form}_pct"] = float("nan"), float("nan")
                continue
            scored = score_answers(form, answers)
            row[f"{form}_score"] = int(scored["correct"].sum())
            row[f"{form}_pct"] = 100 * scored["correct"].mean()
            for it_id, r in scored.iterrows():
                item_rows.append({"participant": name, "form": form, "item": it_id, "day": int(r["day"]),
                                  "correct": bool(r["correct"])})
        row["gain"] = normalized_gain(row["pre_pct"], row["post_pct"])
        part_rows.append(row)
    cols = ["participant", "pre_score", "pre_pct", "post_score", "post_pct", "gain"]
    participants = pd.DataFrame(part_rows, columns=cols)
    items = pd.DataFrame(item_rows, columns=["participant", "form", "item", "day", "correct"])
    both = participants.dropna(subset=["pre_pct", "post_pct"])
    matched_names = set(both["participant"])
    pre_mean = float(both["pre_pct"].mean()) if len(both) else float("nan")
    post_mean = float(both["post_pct"].mean()) if len(both) else float("nan")
    topic_rows = []
    for day in DAYS:
        sub = items[(items["day"] == day) & items["participant"].isin(matched_names)]
        pre = 100 * sub[sub["form"] == "pre"]["correct"].mean() if len(sub) else float("nan")
        post = 100 * sub[sub["form"] == "post"]["correct"].mean() if len(sub) else float("nan")
        topic_rows.append({"day": day, "items": sum(1 for i in ITEMS if i.day == day), "pre_pct": pre,
                           "post_pct": post, "gain": normalized_gain(pre, post)})
    topics = pd.DataFrame(topic_rows, columns=["day", "items", "pre_pct", "post_pct", "gain"])
    return ClassReport(participants, topics, items, pre_mean, post_mean, normalized_gain(pre_mean, post_mean),
                       len(both))


def load_results(paths: Iterable[str | Path]) -> dict[str, dict[str, dict[str, str]]]:
    """Read participants' ``evaluasi.json`` files (name = home folder, as in the progress summary)."""
    out: dict[str, dict[str, dict[str, str]]] = {}
    for raw in paths:
        path = Path(raw)
        name = path.parent.parent.name if path.parent.name == ".ikm-kit" else path.parent.name
        store = EvaluationStore(path)
        forms = {f: store.answers(f) for f in FORMS if f in store.load()["forms"]}
        if forms:
            out[name] = forms
    return out


def results_from_pattern(pattern: str) -> dict[str, dict[str, dict[str, str]]]:
    """``load_results`` of every file matching a glob such as ``/srv/ikm-kit/progres-kelas/*/evaluasi.json``."""
    return load_results(sorted(_glob.glob(pattern)))


# ------------------------------------------------------------------ paper score sheet
SCORE_SHEET = "nilai_tes"


def score_sheet_columns() -> list[str]:
    return ["participant", "form"] + [i.id for i in ITEMS]


def read_score_sheet(source: str | Path | bytes, filename: str = "lembar_nilai_tes.xlsx") -> dict[str, dict[str, dict[str, str]]]:
    """Results typed from paper: sheet ``nilai_tes``, row 1 ``participant, form, T01 … T16``; one row
    per participant and form (``pre``/``post``); choice answers as letters (``B``), numbers as written.

    Raises :class:`FileFormatError` naming the row for an unknown form or a row without a name.
    """
    from openpyxl import load_workbook
    import io

    content = Path(source).read_bytes() if isinstance(source, (str, Path)) else bytes(source)
    try:
        wb = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001
        raise FileFormatError(t("dashboards.upload.not_xlsx", name=Path(str(filename)).name)) from None
    ws = wb[SCORE_SHEET] if SCORE_SHEET in wb.sheetnames else wb.worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    wb.close()
    if not rows:
        raise FileFormatError(t("dashboards.upload.empty", name=filename))
    header = [str(c).strip() if c is not None else "" for c in rows[0]]
    missing = [c for c in ("participant", "form") if c not in header]
    if missing:
        raise FileFormatError(t("dashboards.upload.missing_columns", missing=", ".join(missing),
                                existing=", ".join(h for h in header if h) or "-"), sheet=ws.title, row=1)
    ip, fp = header.index("participant"), header.index("form")
    out: dict[str, dict[str, dict[str, str]]] = {}
    for n, row in enumerate(rows[1:], start=2):
        if row is None or all(c is None or str(c).strip() == "" for c in row):
            continue
        name = str(row[ip] or "").strip()
        if not name:
            raise FileFormatError(t("dashboards.upload.cell_empty"), sheet=ws.title, row=n, column="participant")
        form = str(row[fp] or "").strip().lower()
        if form not in FORMS:
            raise FileFormatError(t("dashboards.upload.cell_choice", value=form, valid=", ".join(FORMS)),
                                  sheet=ws.title, row=n, column="form")
        answers = {}
        for j, h in enumerate(header):
            if h in _BY_ID and j < len(row) and row[j] is not None and str(row[j]).strip():
                v = row[j]
                answers[h] = formats.number(v, 6).rstrip("0").rstrip(",") if isinstance(v, float) else str(v).strip()
        out.setdefault(name, {})[form] = answers
    return out


def merge_results(*sources: Mapping[str, Mapping[str, Mapping[str, str]]]) -> dict[str, dict[str, dict[str, str]]]:
    """Combine results (later sources win per participant and form), e.g. hub files + a typed paper sheet."""
    out: dict[str, dict[str, dict[str, str]]] = {}
    for src in sources:
        for name, forms in src.items():
            for form, answers in forms.items():
                out.setdefault(name, {})[form] = dict(answers)
    return out


# ------------------------------------------------------------------ export
def report_to_xlsx(report: ClassReport, path: str | Path) -> Path:
    """Write the class report for the activity report (sheets: ringkasan, peserta, topik, butir)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = Workbook()
    ws = wb.active
    ws.title = t("eval.sheet_summary")
    ws.append([t("eval.report_title")])
    ws["A1"].font = Font(bold=True, size=14)
    for label, value in ((t("eval.col_matched"), report.matched),
                         (t("eval.col_class_pre"), _round(report.class_pre_pct, 1)),
                         (t("eval.col_class_post"), _round(report.class_post_pct, 1)),
                         (t("eval.col_class_gain"), _round(report.class_gain, 3))):
        ws.append([label, value])
    ws.append([])
    ws.append([t("eval.gain_formula")])
    ws.column_dimensions["A"].width = 48
    sheets = ((t("eval.sheet_participants"), report.participants,
               {"participant": "eval.col_participant", "pre_score": "eval.col_pre_score", "pre_pct": "eval.col_pre_pct",
                "post_score": "eval.col_post_score", "post_pct": "eval.col_post_pct", "gain": "eval.col_gain"}),
              (t("eval.sheet_topics"), report.topics,
               {"day": "eval.col_day", "items": "eval.col_items", "pre_pct": "eval.col_pre_pct",
                "post_pct": "eval.col_post_pct", "gain": "eval.col_gain"}))
    for title, frame, labels in sheets:
        sh = wb.create_sheet(title)
        sh.append([t(labels[c]) for c in frame.columns])
        for cell in sh[1]:
            cell.font = Font(bold=True)
        for rec in frame.itertuples(index=False):
            sh.append([_round(v, 3) if isinstance(v, float) else v for v in rec])
        for col in "ABCDEF":
            sh.column_dimensions[col].width = 18
    sh = wb.create_sheet(t("eval.sheet_items"))
    sh.append([t("eval.col_item"), t("eval.col_day"), t("eval.col_pre_pct"), t("eval.col_post_pct")])
    for it in ITEMS:
        sub = report.items[report.items["item"] == it.id]
        pre = sub[sub["form"] == "pre"]["correct"]
        post = sub[sub["form"] == "post"]["correct"]
        sh.append([it.id, it.day, _round(100 * pre.mean(), 1) if len(pre) else None,
                   _round(100 * post.mean(), 1) if len(post) else None])
    wb.save(path)
    return path


def _round(v: float, places: int) -> float | None:
    return None if v is None or pd.isna(v) else round(float(v), places)


# ------------------------------------------------------------------ paper forms
def _test_form(form: str):
    from ikm_kit.paper_forms import FormColumn, PaperForm

    cols = [FormColumn(t("forms.no"), 5), FormColumn(t("eval.col_question"), 70),
            FormColumn(t("eval.col_answer"), 30)]
    rows = []
    for n, it in enumerate(ITEMS, start=1):
        text = it.question(form)
        if it.kind == "choice":
            opts = "\n".join(f"☐ {LETTERS[i]}. {label}" for i, (label, _k) in enumerate(it.option_labels(form)))
            rows.append([n, f"{text}\n{opts}", ""])
        else:
            unit = it.unit if it.unit != "%" else "%"
            rows.append([n, text, f"________ {unit}".strip() if unit != "Rp" else "Rp ________"])
    return PaperForm(f"tes_{'awal' if form == 'pre' else 'akhir'}", t(f"eval.paper_title_{form}"),
                     t("eval.paper_intro"), cols, rows, 0, fields=[t("eval.name_field"), t("forms.date_field")],
                     row_height=42)


def _score_sheet_form():
    from ikm_kit.paper_forms import FormColumn, PaperForm

    cols = [FormColumn(t("eval.col_participant"), 22, "participant"), FormColumn(t("eval.form_field"), 8, "form")] + \
        [FormColumn(i.id, 7, i.id) for i in ITEMS]
    return PaperForm("lembar_nilai_tes", t("eval.score_sheet_title"), t("eval.score_sheet_intro"), cols, [], 30,
                     landscape=True, upload_kind=SCORE_SHEET,
                     upload_note=t("eval.score_sheet_note", sheet=SCORE_SHEET))


def _register_forms() -> None:
    from ikm_kit.paper_forms import register_form

    register_form("tes_awal", lambda: _test_form("pre"))
    register_form("tes_akhir", lambda: _test_form("post"))
    register_form("lembar_nilai_tes", _score_sheet_form)


_register_forms()
