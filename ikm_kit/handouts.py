"""Printed handouts and the trainer's answer-key booklet, built offline from the notebooks.

    ikm-kit handout --out handout --pdf                       # participant handouts (HTML + PDF)
    ikm-kit handout --out kunci --pdf --edisi pelatih         # answer-key booklet for the desk

Each notebook is executed (participant edition, or the trainer edition for
``pelatih``) and rendered to one self-contained HTML page — no script, no
stylesheet and no image is fetched from any host:

- every chart (plotly figure output, or a chart inside an app) becomes a
  static SVG drawn offline by the shipped plotly.js in the local Chromium (`ikm_kit.figures.export`)
- every choice question prints its options as a lettered list with boxes to
  tick, every number question a blank line with its unit (the options come
  from the code cell, parsed with :mod:`ast`; nothing is read from widget JSON);
- feedback boxes (``✎ … belum dijawab``) and widget JSON are left out; apps
  print their initial view (texts, tables, charts) as a snapshot;
- tables print with Indonesian column labels and number formats;
- a cover page (course, day, sentra, date) and, in the PDF printed by
  Chromium, page numbers (CSS ``@page`` margin boxes).

The ``pelatih`` edition adds, after every exercise, its expected answer from
the exercise registry, the graded hints, the typical mistakes and the trainer
notes; exercises of that day that no cell asks are listed at the end, so the
booklet holds every exercise's key.

    >>> from ikm_kit.handouts import paper_questions
    >>> [q.exercise_id for q in paper_questions('NumberQuestion("01.potensi_sewa", placeholder="Rp")')]
    ['01.potensi_sewa']
"""
from __future__ import annotations

import ast
import base64
import datetime as _dt
import html
import json
import os
import re
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

import nbformat

from ikm_kit import formats
from ikm_kit.errors import DataError, IkmError, InputError
from ikm_kit.i18n import has_key, t
from ikm_kit.printing import browser_path, print_pdf

EDITIONS = ("peserta", "pelatih")
TRAINER_NOTE_TAG = "catatan-pelatih"
QUESTION_CALLS = ("ChoiceQuestion", "NumberQuestion")
#: cells calling these print nothing (a participant's own progress is not worth paper)
SKIP_CALLS = ("ProgressBoard", "ClassSummaryApp", "PrePostTest")
CHART_WIDTH_PX = 900
CHART_HEIGHT_PX = 480
#: first cell run in the kernel before the notebook: Indonesian tables
KERNEL_SETUP = "import ikm_kit.handouts as _ikm_handouts\n_ikm_handouts.kernel_setup()"


# ------------------------------------------------------------------ questions
@dataclass
class PaperQuestion:
    """A question as printed: ``kind`` is ``choice``, ``number`` or ``cek`` (answer computed in code)."""

    exercise_id: str
    kind: str
    options: list[tuple[str, Any]] = field(default_factory=list)
    multiple: bool = False
    placeholder: str = ""


def _call_name(node: ast.Call) -> str:
    f = node.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _literal(node: ast.AST | None, default: Any = None) -> Any:
    if node is None:
        return default
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return default


def paper_questions(source: str) -> list[PaperQuestion]:
    """The questions a code cell asks, in order: ``ChoiceQuestion``/``NumberQuestion`` widgets and ``cek`` calls.

    Options are read from the cell's literal arguments (``[("Label", value), ...]``
    or ``["Label", ...]``).  Cells that are not valid Python give ``[]``.
    """
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    found: list[tuple[int, int, PaperQuestion]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = _call_name(node)
        ex_id = _literal(node.args[0])
        if not isinstance(ex_id, str):
            continue
        kwargs = {k.arg: k.value for k in node.keywords if k.arg}
        if name == "ChoiceQuestion":
            raw = _literal(node.args[1] if len(node.args) > 1 else kwargs.get("options"), [])
            options = [(str(o[0]), o[1]) if isinstance(o, (tuple, list)) and len(o) == 2 else (str(o), o)
                       for o in (raw or [])]
            q = PaperQuestion(ex_id, "choice", options, bool(_literal(kwargs.get("multiple"), False)))
        elif name == "NumberQuestion":
            q = PaperQuestion(ex_id, "number", placeholder=str(_literal(kwargs.get("placeholder"), "") or ""))
        elif name == "cek":
            q = PaperQuestion(ex_id, "cek")
        else:
            continue
        found.append((node.lineno, node.col_offset, q))
    return [q for _, _, q in sorted(found, key=lambda x: (x[0], x[1]))]


# ------------------------------------------------------ exercise registry adapter
@dataclass
class ExerciseKey:
    """What the answer-key booklet prints for one exercise (all texts already translated)."""

    exercise_id: str
    title: str
    expected: str | None
    hints: list[str]
    mistakes: list[str]
    explanation: str | None
    unit: str


def exercise_key(exercise_id: str) -> ExerciseKey:
    """What the booklet prints for an exercise, read from the exercise registry (never retyped):
    ``Exercise.expected_text()`` (the formatted answer), ``unit``, ``hints``, ``explanation`` and the
    catalogue's typical-mistake texts (``ex.<id>.m_*``)."""
    from ikm_kit import i18n
    from ikm_kit.exercises.core import get

    ex = get(exercise_id)
    expected = ex.expected_text() if ex.expected_text else None
    prefix = f"ex.{exercise_id.replace('.', '_')}.m_"
    mistakes = [t(k) for k in i18n.catalogue() if k.startswith(prefix)]
    unit = ex.unit if ex.kind == "angka" and ex.unit else _unit_of(expected)
    return ExerciseKey(exercise_id, ex.title, expected, [t(h) for h in ex.hints], mistakes,
                       t(ex.explanation) if ex.explanation else None, unit)


def correct_options(question: PaperQuestion) -> set[int]:
    """Indices of the printed options that are correct, from ``Exercise.correct_value()`` (a code or a
    set of codes); options the registry's check accepts count too (labels are accepted by the checker)."""
    from ikm_kit.exercises.core import get

    ex = get(question.exercise_id)
    if ex.kind != "pilihan":
        return set()
    correct = ex.correct_value()
    codes = correct if isinstance(correct, (set, frozenset, list, tuple)) else {correct}
    wanted = {str(c).strip().lower() for c in codes}
    found = {i for i, (_, v) in enumerate(question.options) if str(v).strip().lower() in wanted}
    if found or question.multiple:
        return found
    return {i for i, (_, v) in enumerate(question.options) if ex.check(v).correct}


def _unit_of(expected: str | None) -> str:
    """``'12 unit usaha'`` → ``'unit usaha'``; ``'Rp 1.250.000'`` → ``'Rp'``; text answers → ``''``."""
    if not expected:
        return ""
    if expected.startswith("Rp"):
        return "Rp"
    m = re.match(r"^-?[\d.,]+\s*(.*)$", expected.strip())
    return m.group(1).strip() if m else ""


# ------------------------------------------------------------------ kernel side
def _column_label(name: Any) -> Any:
    key = f"handout.col.{name}"
    return t(key) if isinstance(name, str) and has_key(key) else name


def display_frame(df: Any) -> Any:
    """A copy of ``df`` for print: Indonesian column labels, numbers as Indonesian text.

    ``*_rp`` columns → ``Rp 1.250.000``; ``*_pct`` → ``12,5 %``; ``*_rate``/``*_ratio``/``*_share``
    (fractions) → ``12,5 %``; other numbers with thousands dots and a decimal comma.
    """
    import pandas as pd

    out = df.copy()
    for col in out.columns:
        s = out[col]
        name = str(col)
        if pd.api.types.is_bool_dtype(s):
            out[col] = s.map({True: "✔", False: ""})
        elif pd.api.types.is_datetime64_any_dtype(s):
            out[col] = s.map(lambda v: "–" if pd.isna(v) else formats.date(v) if v == v.normalize()
                             else f"{formats.date(v)} {v:%H:%M}")
        elif pd.api.types.is_numeric_dtype(s):
            if name.endswith("_rp"):
                out[col] = s.map(formats.rupiah)
            elif name.endswith("_pct"):
                out[col] = s.map(lambda v: f"{formats.number(v, 1)} %")
            elif name.endswith(("_rate", "_ratio", "_share")):
                out[col] = s.map(lambda v: formats.percent(v, 1))
            elif pd.api.types.is_integer_dtype(s) or bool(((s.dropna() % 1) == 0).all()):
                out[col] = s.map(lambda v: formats.number(v, 0))
            else:
                out[col] = s.map(lambda v: formats.number(v, 2))
    out.columns = [_column_label(c) for c in out.columns]
    return out


#: in the kernel: exercise id → the options a ChoiceQuestion was really called with (computed ones too)
_RECORDED: dict[str, dict] = {}
RECORD_MARK = "IKM-PAPER-QUESTIONS "
KERNEL_REPORT = ("import json as _json, ikm_kit.handouts as _ikm_handouts\n"
                 "print(_ikm_handouts.RECORD_MARK + _json.dumps(_ikm_handouts._RECORDED, default=str))")


def _jsonable(value: Any) -> Any:
    return value if isinstance(value, (str, int, float, bool)) or value is None else str(value)


def _record_questions() -> None:
    """Remember each ChoiceQuestion's evaluated options (labels and values) while the notebook runs."""
    from ikm_kit.widgets import exercises as wx

    original = wx.ChoiceQuestion.__init__
    if getattr(original, "_ikm_recording", False):
        return

    def init(self, exercise_id, options, *args, **kwargs):
        opts = [(str(o[0]), _jsonable(o[1])) if isinstance(o, (tuple, list)) and len(o) == 2 else (str(o), _jsonable(o))
                for o in options]
        _RECORDED[str(exercise_id)] = {"options": opts, "multiple": bool(kwargs.get("multiple", False))}
        original(self, exercise_id, options, *args, **kwargs)

    init._ikm_recording = True  # type: ignore[attr-defined]
    wx.ChoiceQuestion.__init__ = init


def kernel_setup() -> None:
    """Run in the kernel that executes a notebook for print: tables shown via :func:`display_frame`,
    choice questions' options recorded as called."""
    import pandas as pd
    from IPython import get_ipython

    _record_questions()
    ip = get_ipython()
    if ip is None:
        return
    fmt = ip.display_formatter.formatters["text/html"]

    def frame_html(df: pd.DataFrame) -> str:
        shown = display_frame(df)
        plain_index = isinstance(df.index, pd.RangeIndex)
        return shown.to_html(index=not plain_index, escape=True, classes="ikm-table", border=0)

    def series_html(s: pd.Series) -> str:
        return frame_html(s.to_frame())

    fmt.for_type(pd.DataFrame, frame_html)
    fmt.for_type(pd.Series, series_html)


# ------------------------------------------------------------------ execution
def execute(path: str | Path, edition: str = "peserta", *, timeout: int = 180) -> nbformat.NotebookNode:
    """Run one notebook for print (``peserta`` = participant edition, ``pelatih`` = trainer's) and return it."""
    from nbconvert.preprocessors import ExecutePreprocessor

    from ikm_kit.editions import participant_notebook

    _check_edition(edition)
    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    if edition == "peserta":
        nb = participant_notebook(nb)
    setup = nbformat.v4.new_code_cell(KERNEL_SETUP)
    setup.metadata["ikm_handout_setup"] = True
    nb.cells.insert(0, setup)
    report = nbformat.v4.new_code_cell(KERNEL_REPORT)
    report.metadata["ikm_handout_setup"] = True
    nb.cells.append(report)
    env_before = os.environ.get("IKM_CEK_STRICT")
    os.environ["IKM_CEK_STRICT"] = ""          # placeholders say "belum dijawab" instead of failing
    try:
        ExecutePreprocessor(timeout=timeout, allow_errors=True, store_widget_state=True).preprocess(
            nb, {"metadata": {"path": str(path.parent)}})
    finally:
        if env_before is None:
            os.environ.pop("IKM_CEK_STRICT", None)
        else:
            os.environ["IKM_CEK_STRICT"] = env_before
    recorded = {}
    for out in report.get("outputs", []):
        text = out.get("text", "") if out.get("output_type") == "stream" else ""
        for line in text.splitlines():
            if line.startswith(RECORD_MARK):
                recorded = json.loads(line[len(RECORD_MARK):])
    nb.cells = [c for c in nb.cells if not c.metadata.get("ikm_handout_setup")]
    nb.metadata["ikm_handout_edition"] = edition
    nb.metadata["ikm_paper_questions"] = recorded
    return nb


def _check_edition(edition: str) -> None:
    if edition not in EDITIONS:
        raise InputError(t("error.unknown_choice", field="--edisi", value=edition, valid=", ".join(EDITIONS)))


# ------------------------------------------------------------------ charts
class ChartBatch:
    """Figures collected while rendering, drawn to SVG in one Chromium session at the end."""

    def __init__(self) -> None:
        self.figures: list[dict] = []

    def add(self, figure: dict) -> str:
        self.figures.append(figure)
        return f"<!--IKM-CHART-{len(self.figures) - 1}-->"

    def render(self) -> list[str]:
        """SVG text of every figure (offline: local plotly.js, MathJax off)."""
        if not self.figures:
            return []
        return render_svgs(self.figures)


def render_svgs(figures: Sequence[dict], width: int = CHART_WIDTH_PX, height: int = CHART_HEIGHT_PX) -> list[str]:
    """Draw plotly figure dicts to SVG offline (the shipped plotly.js in the local Chromium, as the
    leaders' report does: :func:`ikm_kit.figures.export.figures_to_svg`).

    ``width``/``height`` in px are used when the figure's layout does not set its own.
    """
    from ikm_kit.figures.export import figures_to_svg

    try:
        return figures_to_svg(list(figures), width=width, height=height)
    except IkmError as exc:
        raise DataError(t("handout.chart_failed", error=exc)) from None


def _chart_img(svg: str) -> str:
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return f'<img class="ikm-chart" alt="" src="data:image/svg+xml;base64,{data}">'


# ------------------------------------------------------------------ rendering
_LETTERS = string.ascii_uppercase


def _question_html(q: PaperQuestion, edition: str) -> str:
    key = exercise_key(q.exercise_id)
    title = html.escape(key.title)
    parts = [f'<div class="ikm-question" data-exercise="{html.escape(q.exercise_id)}"><p><b>✎ {title}</b></p>']
    if q.kind == "choice":
        right = correct_options(q) if edition == "pelatih" else set()
        note = t("handout.tick_many") if q.multiple else t("handout.tick_one")
        parts.append(f'<p class="ikm-note">{html.escape(note)}</p><ol class="ikm-options">')
        for i, (label, _value) in enumerate(q.options):
            box = "☑" if i in right else "☐"
            cls = ' class="ikm-right"' if i in right else ""
            parts.append(f'<li{cls}><span class="ikm-box">{box}</span> <b>{_LETTERS[i % 26]}.</b> '
                         f"{html.escape(label)}</li>")
        parts.append("</ol>")
    else:
        unit = key.unit or q.placeholder
        if edition == "pelatih" and key.expected:
            line = f'<span class="ikm-filled">{html.escape(key.expected)}</span>'
        else:
            line = '<span class="ikm-blank"></span>'
            if unit:
                line += f" {html.escape(unit)}"
        parts.append(f'<p class="ikm-answer">{html.escape(t("handout.answer"))}: {line}</p>')
    if edition == "pelatih":
        parts.append(_key_html(key, q))
    parts.append("</div>")
    return "".join(parts)


def _key_html(key: ExerciseKey, q: PaperQuestion | None = None) -> str:
    expected = html.escape(key.expected) if key.expected else html.escape(t("handout.key_no_expected"))
    if q is not None and q.kind == "choice":
        labels = [f"{_LETTERS[i % 26]}. {q.options[i][0]}" for i in sorted(correct_options(q))]
        if labels:
            expected += " — " + html.escape("; ".join(labels))
    rows = [f'<div class="ikm-key" data-exercise="{html.escape(key.exercise_id)}">'
            f'<p><b>{html.escape(t("handout.key_expected"))}:</b> '
            f'<span class="ikm-expected">{expected}</span></p>']
    if key.explanation:
        rows.append(f'<p><b>{html.escape(t("handout.key_explanation"))}:</b> {html.escape(key.explanation)}</p>')
    for label, items in (("handout.key_hints", key.hints), ("handout.key_mistakes", key.mistakes)):
        if items:
            rows.append(f"<p><b>{html.escape(t(label))}:</b></p><ul>"
                        + "".join(f"<li>{html.escape(x)}</li>" for x in items) + "</ul>")
    rows.append("</div>")
    return "".join(rows)


def _widget_state(nb: nbformat.NotebookNode) -> dict:
    return (nb.metadata.get("widgets", {}).get("application/vnd.jupyter.widget-state+json", {})
            .get("state", {}))


def _model_ref(value: Any) -> str | None:
    return value[len("IPY_MODEL_"):] if isinstance(value, str) and value.startswith("IPY_MODEL_") else None


_CONTROL_MODELS = {"IntSliderModel", "FloatSliderModel", "FloatLogSliderModel", "IntRangeSliderModel",
                   "FloatRangeSliderModel", "SelectionSliderModel", "DropdownModel", "ToggleButtonsModel",
                   "RadioButtonsModel", "TextModel", "IntTextModel", "FloatTextModel", "BoundedIntTextModel",
                   "BoundedFloatTextModel", "CheckboxModel", "DatePickerModel", "SelectModel"}


def _widget_html(model_id: str, state: dict, charts: ChartBatch, depth: int = 0) -> str:
    """A static snapshot of a widget tree: texts, control values, tables and charts (no JSON, no script)."""
    model = state.get(model_id)
    if model is None or depth > 40:
        return ""
    name, s = model.get("model_name", ""), model.get("state", {})
    layout = state.get(_model_ref(s.get("layout")) or "", {}).get("state", {})
    if layout.get("display") == "none" or layout.get("visibility") == "hidden":
        return ""
    if name in ("HTMLModel", "HTMLMathModel"):
        value = s.get("value", "") or ""
        return "" if "ikm-feedback" in value or not value.strip() else f'<div class="ikm-w">{value}</div>'
    if name == "LabelModel":
        return f"<p>{html.escape(s.get('value', '') or '')}</p>" if s.get("value") else ""
    if name == "AnyModel" and s.get("spec"):
        try:
            return charts.add(json.loads(s["spec"]))
        except (ValueError, TypeError):
            return ""
    if name == "OutputModel":
        return "".join(_output_html(o, state, charts) for o in s.get("outputs", []))
    if name in _CONTROL_MODELS:
        label = re.sub(r"<[^>]+>", "", s.get("description", "") or "")
        value = _control_value(name, s)
        if not label and value == "":
            return ""
        return (f'<p class="ikm-control">{html.escape(label)}{": " if label else ""}'
                f"<b>{html.escape(value)}</b></p>")
    if name == "IntProgressModel" or name.endswith("ButtonModel") or name == "ButtonModel":
        return ""
    children = s.get("children") or []
    inner = "".join(_widget_html(_model_ref(c) or "", state, charts, depth + 1) for c in children)
    if not inner:
        return ""
    return f'<div class="ikm-wbox">{inner}</div>' if name in ("VBoxModel", "BoxModel", "GridBoxModel") else inner


def _control_value(name: str, s: dict) -> str:
    if "_options_labels" in s:
        idx = s.get("index")
        labels = s.get("_options_labels") or []
        if isinstance(idx, int) and 0 <= idx < len(labels):
            return str(labels[idx])
        if isinstance(idx, list):
            return ", ".join(str(labels[i]) for i in idx if 0 <= i < len(labels))
        return ""
    value = s.get("value")
    if isinstance(value, bool):
        return "✔" if value else "–"
    if isinstance(value, (int, float)):
        return formats.number(value, 0 if float(value).is_integer() else 2)
    if isinstance(value, list):
        return " – ".join(formats.number(v, 0 if float(v).is_integer() else 2) for v in value)
    return "" if value is None else str(value)


def _markdown(text: str) -> str:
    from nbconvert.filters.markdown import markdown2html

    return markdown2html(text)


def _output_html(out: dict, state: dict, charts: ChartBatch) -> str:
    kind = out.get("output_type")
    if kind == "stream":
        return "" if out.get("name") == "stderr" else f'<pre class="ikm-out">{html.escape(out.get("text", ""))}</pre>'
    if kind == "error":
        return ""
    data = out.get("data", {})
    if "application/vnd.plotly.v1+json" in data:
        fig = data["application/vnd.plotly.v1+json"]
        return charts.add(fig if isinstance(fig, dict) else json.loads(fig))
    if "application/vnd.jupyter.widget-view+json" in data:
        model_id = data["application/vnd.jupyter.widget-view+json"].get("model_id", "")
        return _widget_html(model_id, state, charts)
    if "text/html" in data:
        value = data["text/html"]
        value = "".join(value) if isinstance(value, list) else value
        if "ikm-feedback" in value:
            return ""
        return f'<div class="ikm-html">{value}</div>'
    if "image/svg+xml" in data:
        return _chart_img("".join(data["image/svg+xml"]))
    if "image/png" in data:
        return f'<img class="ikm-image" alt="" src="data:image/png;base64,{data["image/png"]}">'
    if "text/markdown" in data:
        return _markdown("".join(data["text/markdown"]))
    if "text/plain" in data:
        text = "".join(data["text/plain"])
        return f'<pre class="ikm-out">{html.escape(text)}</pre>'
    return ""


def _error_of(cell: dict) -> str | None:
    """The error a cell raised, unless it raises on purpose (tag ``raises-exception``, as nbval uses)."""
    if "raises-exception" in cell.get("metadata", {}).get("tags", []):
        return None
    for out in cell.get("outputs", []):
        if out.get("output_type") == "error":
            return f"{out.get('ename')}: {out.get('evalue')}"
    return None


def _title(nb: nbformat.NotebookNode, stem: str) -> str:
    return str(nb.metadata.get("title") or stem)


def _day(stem: str) -> str:
    prefix = stem.split("_", 1)[0]
    if prefix.isdigit() and int(prefix) > 0:
        return t("handout.day", day=int(prefix))
    return t("handout.day0")


def render_html(nb: nbformat.NotebookNode, stem: str, edition: str = "peserta", *,
                date: _dt.date | None = None) -> str:
    """The print page of an executed notebook (see :func:`execute`) as one self-contained HTML document."""
    _check_edition(edition)
    state = _widget_state(nb)
    recorded = nb.metadata.get("ikm_paper_questions", {}) or {}
    charts = ChartBatch()
    body: list[str] = []
    asked: set[str] = set()
    for index, cell in enumerate(nb.cells):
        tags = set(cell.get("metadata", {}).get("tags", []) or [])
        if cell.cell_type == "markdown":
            if TRAINER_NOTE_TAG in tags:
                if edition == "pelatih":
                    body.append(f'<div class="ikm-trainer"><p class="ikm-trainer-label">'
                                f'{html.escape(t("handout.trainer_note"))}</p>{_markdown(cell.source)}</div>')
                continue
            body.append(f'<div class="ikm-md">{_markdown(cell.source)}</div>')
            continue
        if cell.cell_type != "code":
            continue
        if TRAINER_NOTE_TAG in tags and edition == "peserta":
            continue
        error = _error_of(cell)
        if error:
            raise DataError(t("handout.cell_error", notebook=stem, cell=index + 1, error=error))
        questions = paper_questions(cell.source)
        if any(name + "(" in cell.source for name in SKIP_CALLS):
            continue
        widget_questions = [q for q in questions if q.kind != "cek"]
        if widget_questions:      # the question replaces the widget; other outputs of the cell still print
            outputs = [o for o in cell.get("outputs", [])
                       if "application/vnd.jupyter.widget-view+json" not in o.get("data", {})]
        else:
            outputs = cell.get("outputs", [])
        for out in outputs:
            piece = _output_html(out, state, charts)
            if piece:
                body.append(piece)
        for q in questions:
            if q.exercise_id in asked and q.kind == "cek":
                continue
            called = recorded.get(q.exercise_id)
            if q.kind == "choice" and called and called.get("options"):
                # the options as the cell really called it (also when computed, e.g. from a table)
                q.options = [(str(label), value) for label, value in called["options"]]
                q.multiple = bool(called.get("multiple", q.multiple))
            asked.add(q.exercise_id)
            body.append(_question_html(q, edition))
    if edition == "pelatih":
        day = stem.split("_", 1)[0]
        body.append(_other_keys(day, asked, stem))
    svgs = charts.render()
    page = "\n".join(body)
    for i, svg in enumerate(svgs):
        page = page.replace(f"<!--IKM-CHART-{i}-->", _chart_img(svg), 1)
    return _document(_title(nb, stem), _day(stem), edition, page, date or _dt.date.today())


def _other_keys(day: str, asked: set[str], stem: str) -> str:
    """Keys of the day's exercises that no cell of this notebook asks (only in the day's first notebook)."""
    from ikm_kit.exercises.core import registry

    from ikm_kit.paths import project_root

    try:
        siblings = sorted(p.stem for p in (project_root(None) / "notebooks").glob(f"{day}_*.ipynb"))
    except Exception:  # noqa: BLE001 - outside the repository: list them here
        siblings = [stem]
    if siblings and siblings[0] != stem:
        return ""
    asked_anywhere = set(asked)
    try:
        for sib in siblings:
            nb = nbformat.read(project_root(None) / "notebooks" / f"{sib}.ipynb", as_version=4)
            for cell in nb.cells:
                if cell.cell_type == "code":
                    asked_anywhere |= {q.exercise_id for q in paper_questions(cell.source)}
    except Exception:  # noqa: BLE001
        pass
    rest = [ex_id for ex_id, ex in registry().items() if ex.day == day and ex_id not in asked_anywhere]
    if not rest:
        return ""
    keys = "".join(f"<h4>{html.escape(exercise_key(i).title)}</h4>{_key_html(exercise_key(i))}" for i in rest)
    return f'<h2>{html.escape(t("handout.key_other"))}</h2>{keys}'


_CSS = """
@page { size: A4; margin: 18mm 16mm 20mm 16mm;
  @bottom-right { content: "@PAGE@ " counter(page) " @OF@ " counter(pages); font: 9pt sans-serif; color: #555;
    width: 40mm; }
  @bottom-left { content: "@FOOTER@"; font: 8pt sans-serif; color: #777; width: 130mm; } }
@page :first { @bottom-right { content: none; } @bottom-left { content: none; } }
a.anchor-link { display: none; }
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.45;
  color: #111; max-width: 180mm; margin: 0 auto; }
.ikm-cover { height: 240mm; display: flex; flex-direction: column; justify-content: center;
  break-after: page; text-align: center; }
.ikm-cover h1 { font-size: 24pt; margin: .2em 0; } .ikm-cover .ikm-course { font-size: 14pt; }
.ikm-cover .ikm-edition { margin-top: 2em; font-weight: bold; font-size: 13pt; }
.ikm-cover .ikm-pelatih { color: #a00; }
h1 { font-size: 18pt; } h2 { font-size: 14pt; break-after: avoid; } h3 { font-size: 12pt; break-after: avoid; }
img.ikm-chart { width: 100%; height: auto; break-inside: avoid; display: block; margin: .4em 0; }
table { border-collapse: collapse; margin: .4em 0; font-size: 8.5pt; break-inside: auto; max-width: 100%; }
th, td { border: 1px solid #bbb; padding: 2px 4px; text-align: left; vertical-align: top;
  overflow-wrap: anywhere; }
thead th { background: #eee; } tr { break-inside: avoid; }
pre.ikm-out { white-space: pre-wrap; font-size: 9pt; background: #f6f6f6; padding: .4em; }
.ikm-question { border: 1.5px solid #0072B2; border-radius: 6px; padding: .3em .8em; margin: .6em 0;
  break-inside: avoid; }
.ikm-options { list-style: none; padding-left: .5em; } .ikm-options li { margin: .25em 0; }
.ikm-box { font-size: 14pt; } .ikm-right { font-weight: bold; }
.ikm-blank { display: inline-block; min-width: 45mm; border-bottom: 1px solid #000; height: 1.1em; }
.ikm-filled { font-weight: bold; text-decoration: underline; }
.ikm-note { font-size: 9pt; color: #444; margin: 0; }
.ikm-key { background: #fff6e0; border-left: 4px solid #E69F00; padding: .2em .7em; margin: .4em 0; }
.ikm-trainer { background: #f3eefa; border-left: 4px solid #6a3d9a; padding: .2em .7em; margin: .5em 0; }
.ikm-trainer-label { font-weight: bold; color: #6a3d9a; margin: .2em 0; }
.ikm-control { margin: .1em 0; font-size: 10pt; }
.ikm-wbox { margin: .3em 0; }
@media screen { body { padding: 1em; } }
"""


def _document(title: str, day: str, edition: str, body: str, date: _dt.date) -> str:
    from ikm_kit.i18n import get_language

    edition_text = t(f"handout.edition_{edition}")
    short = edition_text if edition == "peserta" else t("handout.footer_pelatih")
    footer = f"{title} · {short}".replace('"', "'")
    css = (_CSS.replace("@PAGE@", t("handout.page")).replace("@OF@", t("handout.page_of"))
           .replace("@FOOTER@", footer[:90]))
    cls = "ikm-edition ikm-pelatih" if edition == "pelatih" else "ikm-edition"
    name_line = f"<p>{html.escape(t('handout.name_line'))}</p>" if edition == "peserta" else ""
    cover = (f'<section class="ikm-cover"><p class="ikm-course">{html.escape(t("handout.course"))}</p>'
             f"<h1>{html.escape(title)}</h1><p><b>{html.escape(day)}</b></p>"
             f'<p>{html.escape(t("handout.sentra"))}</p>'
             f'<p>{html.escape(t("handout.date", date=formats.date(date)))}</p>'
             f'<p class="{cls}">{html.escape(edition_text)}</p>{name_line}</section>')
    return (f'<!DOCTYPE html>\n<html lang="{get_language()}"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)}</title><style>{css}</style></head>"
            f'<body class="ikm-handout ikm-{edition}">{cover}<main>{body}</main></body></html>\n')


# ------------------------------------------------------------------ build
def notebook_paths(src_dir: str | Path | None = None, notebooks: Iterable[str] | None = None) -> list[Path]:
    """The notebooks to print: all of ``src_dir`` (default ``notebooks/``) or those named (stem or file name)."""
    from ikm_kit.paths import project_root

    src = Path(src_dir) if src_dir else project_root(None) / "notebooks"
    paths = sorted(src.glob("*.ipynb"))
    wanted = [n for n in (notebooks or []) if n]
    if not wanted:
        return paths
    by_name = {p.stem: p for p in paths} | {p.name: p for p in paths}
    missing = [n for n in wanted if n not in by_name]
    if missing:
        raise InputError(t("handout.unknown_notebook", value=missing[0], valid=", ".join(p.stem for p in paths)))
    return [by_name[n] for n in dict.fromkeys(wanted)]


def build_handouts(out_dir: str | Path, src_dir: str | Path | None = None, *, pdf: bool = False,
                   notebooks: Iterable[str] | None = None, edition: str = "peserta", timeout: int = 180,
                   date: _dt.date | None = None) -> list[Path]:
    """Execute and print the notebooks: ``<stem>.html`` (participant) or ``<stem>_kunci.html`` (trainer),
    plus a PDF of each when ``pdf=True`` and Chromium is installed.

    Example: ``build_handouts("handout", notebooks=["01_ikm_dan_sentra"], pdf=True)``.
    """
    _check_edition(edition)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    suffix = "" if edition == "peserta" else "_kunci"
    for path in notebook_paths(src_dir, notebooks):
        nb = execute(path, edition, timeout=timeout)
        target = out / f"{path.stem}{suffix}.html"
        target.write_text(render_html(nb, path.stem, edition, date=date), encoding="utf-8")
        written.append(target)
        if pdf:
            made = print_pdf(target, target.with_suffix(".pdf"))
            if made is None:
                raise DataError(t("handout.chromium_missing"))
            written.append(made)
    return written
