"""Blank forms for the workshops, as XLSX and PDF (``ikm-kit formulir --out DIR``).

    >>> from ikm_kit.paper_forms import form_keys
    >>> form_keys()[:3]
    ['lembar_periksa', 'audit_5r', 'log_harian_mesin']

Every form is a :class:`PaperForm` made by a builder registered with
:func:`register_form`; another module adds its own form with one line, e.g.
``register_form("perjanjian_sewa", tenant_agreement_form)``.

The machine daily log and the CCP log have exactly the columns of
``data/machine_log.csv`` and ``data/ccp_log.csv``: their XLSX sheet is named
like the dataset with the column names in row 1, so a filled paper sheet typed
into it is read back by :func:`ikm_kit.data.uploads.parse_upload` (kinds
``machine_log`` and ``ccp_log``).
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from ikm_kit.errors import InputError
from ikm_kit.i18n import t


@dataclass
class FormColumn:
    """A column: ``label`` printed on paper; ``name`` = the machine name (upload forms); ``width`` in
    spreadsheet characters; ``kind`` (``text``, ``int``, ``float``, ``date``, ``datetime``, ``choice``, ``score``)."""

    label: str
    width: float = 14
    name: str | None = None
    kind: str = "text"
    unit: str = ""
    choices: tuple[str, ...] = ()
    example: Any = None


@dataclass
class PaperForm:
    """One printable form. ``rows``: prefilled cells per row (``None`` = blank cell), ``blank_rows`` extra
    empty rows; ``guide``: lines printed under the table (e.g. a scoring guide); ``upload_kind``: the
    :mod:`ikm_kit.data.uploads` template the typed XLSX is read with."""

    key: str
    title: str
    intro: str
    columns: list[FormColumn]
    rows: list[list[Any]] = field(default_factory=list)
    blank_rows: int = 15
    fields: list[str] = field(default_factory=list)
    guide_title: str = ""
    guide: list[str] = field(default_factory=list)
    landscape: bool = False
    upload_kind: str | None = None
    #: (label, formula kind "mean"/"sum", 0-based prefilled row indices, column index) summary rows
    summaries: list[tuple[str, str, list[int], int]] = field(default_factory=list)
    #: extra free-text questions printed after the table (with lines to write on)
    open_questions: list[str] = field(default_factory=list)
    #: row height in points for blank rows (room to write by hand)
    row_height: float = 24
    #: how to bring the typed XLSX back (upload forms; default: the uploads note)
    upload_note: str = ""


_BUILDERS: dict[str, Callable[[], PaperForm]] = {}


def register_form(key: str, builder: Callable[[], PaperForm]) -> None:
    """Add a form (builder called in the current language each time forms are written)."""
    _BUILDERS[key] = builder


def form_keys() -> list[str]:
    """Keys of every registered form, in print order."""
    _load_extensions()
    return list(_BUILDERS)


def build_form(key: str) -> PaperForm:
    """The :class:`PaperForm` called ``key`` (texts in the current language)."""
    _load_extensions()
    if key not in _BUILDERS:
        raise InputError(t("forms.unknown", value=key, valid=", ".join(_BUILDERS)))
    return _BUILDERS[key]()


def _load_extensions() -> None:
    """Forms registered by other modules (imported here so that ``formulir`` lists them)."""
    import importlib

    for module in ("ikm_kit.evaluation",):
        try:
            importlib.import_module(module)
        except ImportError:
            pass


def _fields() -> list[str]:
    return [t("forms.sentra_field"), t("forms.date_field"), t("forms.name_field")]


# ------------------------------------------------------------------ builders
def check_sheet_form() -> PaperForm:
    """Defect check sheet: defect types of both sentras (from ``defects``) × days, like ``blank_check_sheet``."""
    from ikm_kit import data
    from ikm_kit.quality import blank_check_sheet

    defects = data.load("defects")
    cats = list(dict.fromkeys(str(c) for c in defects["defect_type"]))
    sheet = blank_check_sheet(cats + [t("forms.check.other"), t("forms.check.other")])
    cols = [FormColumn(t("quality.check_sheet.category"), 26)] + [FormColumn(p, 13) for p in sheet.periods] \
        + [FormColumn(t("quality.total"), 10)]
    rows = [[c] + [None] * (len(sheet.periods) + 1) for c in sheet.categories] + \
        [[t("quality.total")] + [None] * (len(sheet.periods) + 1)]
    return PaperForm("lembar_periksa", t("forms.check.title"), t("forms.check.intro"), cols, rows, 0,
                     fields=sheet.fields, landscape=True, row_height=28)


FIVE_R = ("r1", "r2", "r3", "r4", "r5")
ITEMS_PER_R = 3


def five_r_audit_form() -> PaperForm:
    """5R audit: three items per R scored 0–4, the R score = mean (0–4), total = sum (0–20), scoring guide."""
    cols = [FormColumn(t("forms.5r.col_r"), 12), FormColumn(t("forms.5r.col_item"), 52),
            FormColumn(t("forms.5r.col_score"), 11, kind="score"), FormColumn(t("forms.5r.col_note"), 34)]
    rows, summaries = [], []
    for r in FIVE_R:
        start = len(rows)
        for i in range(1, ITEMS_PER_R + 1):
            rows.append([t(f"forms.5r.{r}") if i == 1 else "", t(f"forms.5r.{r}.i{i}"), None, None])
        summaries.append((t("forms.5r.r_score", r=t(f"forms.5r.{r}")), "mean", list(range(start, len(rows))), 2))
    guide = [t(f"forms.5r.g{g}") for g in range(5)]
    return PaperForm("audit_5r", t("forms.5r.title"), t("forms.5r.intro"), cols, rows, 0, fields=_fields(),
                     guide_title=t("forms.5r.guide"), guide=guide, summaries=summaries, row_height=22)


def _dataset_columns(dataset: str, widths: dict[str, float]) -> list[FormColumn]:
    from ikm_kit import data
    from ikm_kit.data import schema
    from ikm_kit.i18n import get_language

    first = data.load(dataset).iloc[0]
    kinds = {"int64": "int", "Int64": "int", "float64": "float", "str": "text", "category": "choice",
             "date": "date", "datetime": "datetime"}
    out = []
    for c in schema.DATASETS[dataset].columns:
        example = first[c.name]
        out.append(FormColumn(c.description(get_language()), widths.get(c.name, 12), c.name, kinds[c.dtype],
                              c.unit, tuple(c.categories or ()), example))
    return out


def machine_log_form() -> PaperForm:
    """Machine daily log with the columns of ``machine_log`` (typed back via uploads kind ``machine_log``)."""
    cols = _dataset_columns("machine_log", {"date": 12, "machine_id": 11})
    return PaperForm("log_harian_mesin", t("forms.machine.title"), t("forms.machine.intro"), cols, [], 20,
                     fields=[t("forms.sentra_field"), t("forms.name_field")], landscape=True,
                     upload_kind="machine_log")


def ccp_log_form() -> PaperForm:
    """CCP monitoring log with the columns of ``ccp_log`` (typed back via uploads kind ``ccp_log``)."""
    cols = _dataset_columns("ccp_log", {"timestamp": 16, "ccp": 16, "corrective_action": 30})
    return PaperForm("log_ccp", t("forms.ccp.title"), t("forms.ccp.intro"), cols, [], 20,
                     fields=[t("forms.sentra_field"), t("forms.name_field")], landscape=True, upload_kind="ccp_log")


#: the action-plan columns (same as the Day-6 ActionPlanForm): key → i18n label
from ikm_kit.exercises.forms import ACTION_PLAN_COLUMNS  # noqa: E402  (the same columns as the ActionPlanForm)


def action_plan_form() -> PaperForm:
    """Action plan: problem, indicator, baseline, target, deadline, owner."""
    widths = {"problem": 40, "indicator": 26, "baseline": 12, "target": 12, "deadline": 13, "owner": 20}
    cols = [FormColumn(t("forms.no"), 5)] + [FormColumn(t(f"forms.plan.{c}"), widths[c], c) for c in ACTION_PLAN_COLUMNS]
    rows = [[i] + [None] * len(ACTION_PLAN_COLUMNS) for i in range(1, 9)]
    return PaperForm("rencana_aksi", t("forms.plan.title"), t("forms.plan.intro"), cols, rows, 0,
                     fields=[t("forms.sentra_field"), t("forms.date_field")], landscape=True, row_height=40)


TRAINING_DAYS = 6


def attendance_form() -> PaperForm:
    """Attendance list: name, business, sex, phone, one signature column per training day."""
    cols = [FormColumn(t("forms.no"), 5), FormColumn(t("forms.attendance.name"), 26),
            FormColumn(t("forms.attendance.org"), 24), FormColumn(t("forms.attendance.sex"), 5),
            FormColumn(t("forms.attendance.phone"), 15)] + \
        [FormColumn(t("forms.attendance.day", n=d), 11) for d in range(1, TRAINING_DAYS + 1)]
    rows = [[i] + [None] * (len(cols) - 1) for i in range(1, 26)]
    return PaperForm("daftar_hadir", t("forms.attendance.title"), t("forms.attendance.intro"), cols, rows, 0,
                     fields=[t("forms.sentra_field")], landscape=True, row_height=26)


def cash_book_form() -> PaperForm:
    """The tenant's cash book (*buku kas*) on paper: date, description, category, cash in, cash out; the
    categories are those of the XLSX cash book (:mod:`ikm_kit.costing.cashbook`), owner's drawings apart."""
    from ikm_kit.costing.cashbook import CATEGORIES, category_label

    cols = [FormColumn(t("forms.no"), 5), FormColumn(t("forms.cash.date"), 12),
            FormColumn(t("forms.cash.description"), 34), FormColumn(t("forms.cash.category"), 22),
            FormColumn(t("forms.cash.in"), 16), FormColumn(t("forms.cash.out"), 16)]
    rows = [[i] + [None] * (len(cols) - 1) for i in range(1, 14)]    # one A4 page with the category guide
    kinds = {"masuk": t("forms.cash.kind_in"), "keluar": t("forms.cash.kind_out"), "prive": t("forms.cash.kind_draw")}
    guide = [f"{kinds[kind]}: " + ", ".join(category_label(k) for k, k2 in CATEGORIES if k2 == kind)
             for kind in ("masuk", "keluar", "prive")]
    return PaperForm("buku_kas", t("forms.cash.title"), t("forms.cash.intro"), cols, rows, 0,
                     fields=[t("forms.cash.business"), t("forms.cash.month")], landscape=True,
                     guide_title=t("forms.cash.guide_title"), guide=guide, row_height=24)


EVALUATION_STATEMENTS = 8


def course_evaluation_form() -> PaperForm:
    """Course evaluation: Likert statements 1–5 and three open questions."""
    cols = [FormColumn(t("forms.no"), 5), FormColumn(t("forms.eval.statement"), 58)] + \
        [FormColumn(str(k), 5, kind="score") for k in range(1, 6)]
    rows = [[i, t(f"forms.eval.q{i}")] + [str(k) for k in range(1, 6)] for i in range(1, EVALUATION_STATEMENTS + 1)]
    return PaperForm("evaluasi_pelatihan", t("forms.eval.title"), t("forms.eval.intro"), cols, rows, 0,
                     fields=[t("forms.date_field")], open_questions=[t(f"forms.eval.open{i}") for i in (1, 2, 3)],
                     row_height=28)


for _key, _builder in (("lembar_periksa", check_sheet_form), ("audit_5r", five_r_audit_form),
                       ("log_harian_mesin", machine_log_form), ("log_ccp", ccp_log_form),
                       ("rencana_aksi", action_plan_form), ("buku_kas", cash_book_form),
                       ("daftar_hadir", attendance_form), ("evaluasi_pelatihan", course_evaluation_form)):
    register_form(_key, _builder)


# ------------------------------------------------------------------ XLSX
def to_xlsx(form: PaperForm, path: str | Path) -> Path:
    """Write ``form`` as an A4 printable workbook (upload forms: sheet = dataset, names in row 1)."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="DDDDDD")
    wrap = Alignment(wrap_text=True, vertical="top")
    wb = Workbook()
    ws = wb.active
    ncols = len(form.columns)

    if form.upload_kind:
        ws.title = form.upload_kind
        for j, col in enumerate(form.columns, start=1):
            cell = ws.cell(1, j, col.name)
            cell.font, cell.border, cell.fill = Font(bold=True), box, head_fill
            cell.comment = Comment(f"{col.label}" + (f" ({col.unit})" if col.unit else ""), "ikm-kit")
            ws.column_dimensions[get_column_letter(j)].width = max(col.width, len(col.name) + 2)
        first, last = 2, 1 + form.blank_rows
        for r in range(first, last + 1):
            for j in range(1, ncols + 1):
                ws.cell(r, j).border = box
            ws.row_dimensions[r].height = form.row_height
        for j, col in enumerate(form.columns, start=1):
            letter = get_column_letter(j)
            area = f"{letter}{first}:{letter}{last}"
            if col.kind in ("int", "float"):
                dv = DataValidation(type="whole" if col.kind == "int" else "decimal", operator="greaterThanOrEqual",
                                    formula1="-1000" if col.unit.startswith(("lihat", "°")) else "0",
                                    allow_blank=True)
                if col.name in ("measured_value", "critical_min", "critical_max"):
                    dv = DataValidation(type="decimal", operator="between", formula1="-100", formula2="1000",
                                        allow_blank=True)
                dv.add(area)
                ws.add_data_validation(dv)
            elif col.kind == "choice" and col.choices:
                dv = DataValidation(type="list", formula1='"' + ",".join(col.choices) + '"', allow_blank=True)
                dv.add(area)
                ws.add_data_validation(dv)
        ws.freeze_panes = "A2"
        info = wb.create_sheet(t("forms.instructions_sheet"))
        info.append([form.title])
        info["A1"].font = Font(bold=True, size=14)
        info.append([form.intro])
        info.append([form.upload_note or t("forms.upload_note", sheet=form.upload_kind, kind=form.upload_kind)])
        info.append([])
        info.append([t("forms.column"), t("forms.meaning"), t("forms.unit"), t("forms.example")])
        for cell in info[info.max_row]:
            cell.font, cell.border, cell.fill = Font(bold=True), box, head_fill
        for col in form.columns:
            info.append([col.name, col.label, col.unit, _example_text(col)])
            for cell in info[info.max_row]:
                cell.border, cell.alignment = box, wrap
        for letter, width in zip("ABCD", (20, 60, 16, 20)):
            info.column_dimensions[letter].width = width
        for r in (2, 3):
            info.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
            info.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
            info.row_dimensions[r].height = 60
        _page_setup(ws, form.landscape, print_title_row=1)
        _page_setup(info, False)
        wb.save(path)
        return path

    ws.title = form.title[:31]
    ws.cell(1, 1, form.title).font = Font(bold=True, size=14)
    ws.cell(2, 1, form.intro).alignment = wrap
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncols)
    ws.row_dimensions[2].height = 45
    r = 3
    for f in form.fields:
        ws.cell(r, 1, f"{f}:")
        ws.cell(r, 1).font = Font(bold=True)
        r += 1
    r += 1
    header_row = r
    for j, col in enumerate(form.columns, start=1):
        cell = ws.cell(header_row, j, col.label)
        cell.font, cell.border, cell.fill = Font(bold=True), box, head_fill
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        ws.column_dimensions[get_column_letter(j)].width = col.width
    first = header_row + 1
    all_rows = list(form.rows) + [[None] * ncols for _ in range(form.blank_rows)]
    for i, values in enumerate(all_rows):
        rr = first + i
        for j in range(ncols):
            value = values[j] if j < len(values) else None
            cell = ws.cell(rr, j + 1, value)
            cell.border, cell.alignment = box, wrap
            if form.columns[j].kind == "score" and isinstance(value, str):
                cell.alignment = Alignment(horizontal="center", vertical="center")
        ws.row_dimensions[rr].height = form.row_height
    rr = first + len(all_rows)
    summary_cells = []
    for label, how, idx, col in form.summaries:
        letter = get_column_letter(col + 1)
        rng = ",".join(f"{letter}{first + i}" for i in idx)
        func = "AVERAGE" if how == "mean" else "SUM"
        ws.cell(rr, 2, label).font = Font(bold=True)
        ws.cell(rr, col + 1, f'=IF(COUNT({rng})=0,"",{func}({rng}))').number_format = "0.0"
        for j in range(1, ncols + 1):
            ws.cell(rr, j).border = box
        summary_cells.append(f"{letter}{rr}")
        rr += 1
    if form.summaries and form.key == "audit_5r":
        cells = ",".join(summary_cells)
        ws.cell(rr, 2, t("forms.5r.total")).font = Font(bold=True)
        ws.cell(rr, 3, f'=IF(COUNT({cells})=0,"",SUM({cells}))').number_format = "0.0"
        for j in range(1, ncols + 1):
            ws.cell(rr, j).border = box
        rr += 1
    if any(c.kind == "score" for c in form.columns) and form.key == "audit_5r":
        dv = DataValidation(type="decimal", operator="between", formula1="0", formula2="4", allow_blank=True)
        dv.add(f"C{first}:C{first + len(form.rows) - 1}")
        ws.add_data_validation(dv)
    rr += 1
    if form.guide:
        ws.cell(rr, 1, form.guide_title).font = Font(bold=True)
        rr += 1
        for line in form.guide:
            ws.cell(rr, 1, line)
            rr += 1
    for q in form.open_questions:
        rr += 1
        ws.cell(rr, 1, q).font = Font(bold=True)
        ws.row_dimensions[rr + 1].height = 60
        rr += 2
    _page_setup(ws, form.landscape, print_title_row=header_row)
    wb.save(path)
    return path


def _example_text(col: FormColumn) -> str:
    import pandas as pd

    from ikm_kit import formats

    v = col.example
    if v is None or (isinstance(v, float) and v != v) or (v is pd.NaT):
        return ""
    if col.kind == "date":
        return pd.Timestamp(v).strftime("%d/%m/%Y")
    if col.kind == "datetime":
        return pd.Timestamp(v).strftime("%d/%m/%Y %H:%M")
    if col.kind in ("int", "float"):
        return formats.number(v, 0 if float(v).is_integer() else 1)
    return str(v)


def _page_setup(ws: Any, landscape: bool, print_title_row: int | None = None) -> None:
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if print_title_row:
        ws.print_title_rows = f"{print_title_row}:{print_title_row}"


# ------------------------------------------------------------------ HTML / PDF
_CSS = """
@page { size: A4 @ORIENT@; margin: 12mm; @bottom-right { content: counter(page) " / " counter(pages);
  font: 8pt sans-serif; color: #666; } }
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 10pt; }
h1 { font-size: 15pt; margin: 0 0 .3em 0; } p.intro { margin: .2em 0 .6em 0; }
.fields span { display: inline-block; margin: .2em 2em .4em 0; }
.fields b { display: inline-block; min-width: 50mm; border-bottom: 1px solid #000; }
table { border-collapse: collapse; width: 100%; } thead { display: table-header-group; }
th, td { border: 1px solid #000; padding: 2px 4px; vertical-align: top; }
th { background: #e6e6e6; font-size: 8.5pt; } th small { font-weight: normal; color: #444; }
tr { break-inside: avoid; } td.score { text-align: center; } tr.summary td { font-weight: bold; background: #f3f3f3; }
.guide { margin-top: .6em; } .open p { margin: .8em 0 0 0; } .open .line { border-bottom: 1px solid #000; height: 8mm; }
"""


def to_html(form: PaperForm) -> str:
    """``form`` as a printable HTML page (A4; headers repeat on every page)."""
    from ikm_kit.i18n import get_language

    e = html.escape
    heads = []
    for col in form.columns:
        sub = f"<br><small>{e(col.name)}{', ' + e(col.unit) if col.unit else ''}</small>" if form.upload_kind else ""
        heads.append(f"<th>{e(col.label)}{sub}</th>")
    total_w = sum(c.width for c in form.columns) or 1
    colgroup = "".join(f'<col style="width:{100 * c.width / total_w:.1f}%">' for c in form.columns)
    body = []
    all_rows = list(form.rows) + [[None] * len(form.columns) for _ in range(form.blank_rows)]
    h = form.row_height * 0.353 * 1.1  # points → mm, a little air
    for values in all_rows:
        cells = []
        for j, col in enumerate(form.columns):
            v = values[j] if j < len(values) else None
            cls = ' class="score"' if col.kind == "score" else ""
            cells.append(f"<td{cls}>{'' if v is None else e(str(v)).replace(chr(10), '<br>')}</td>")
        body.append(f'<tr style="height:{h:.0f}mm">' + "".join(cells) + "</tr>")
    for label, _how, _idx, col in form.summaries:
        cells = ["<td></td>"] * len(form.columns)
        cells[1] = f"<td>{e(label)}</td>"
        body.append('<tr class="summary">' + "".join(cells) + "</tr>")
    if form.summaries and form.key == "audit_5r":
        cells = ["<td></td>"] * len(form.columns)
        cells[1] = f"<td>{e(t('forms.5r.total'))}</td>"
        body.append('<tr class="summary">' + "".join(cells) + "</tr>")
    fields = "".join(f"<span>{e(f)}: <b>&nbsp;</b></span>" for f in form.fields)
    guide = ""
    if form.guide:
        guide = f'<div class="guide"><b>{e(form.guide_title)}</b><ul>' + "".join(
            f"<li>{e(g)}</li>" for g in form.guide) + "</ul></div>"
    open_q = "".join(f'<p><b>{e(q)}</b></p><div class="line"></div><div class="line"></div>'
                     for q in form.open_questions)
    css = _CSS.replace("@ORIENT@", "landscape" if form.landscape else "portrait")
    return (f'<!DOCTYPE html>\n<html lang="{get_language()}"><head><meta charset="utf-8"><title>{e(form.title)}'
            f"</title><style>{css}</style></head><body><h1>{e(form.title)}</h1>"
            f'<p class="intro">{e(form.intro)}</p><div class="fields">{fields}</div>'
            f"<table><colgroup>{colgroup}</colgroup><thead><tr>{''.join(heads)}</tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table>{guide}<div class=\"open\">{open_q}</div></body></html>\n")


def write_forms(out_dir: str | Path, keys: Iterable[str] | None = None, *, pdf: bool = True) -> list[Path]:
    """Write ``<key>.xlsx`` and (with Chromium) ``<key>.pdf`` for every form (or those in ``keys``).

    Example: ``write_forms("formulir")`` → ``formulir/audit_5r.xlsx``, ``formulir/audit_5r.pdf``, …
    """
    from ikm_kit.printing import print_pdf

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for key in (list(keys) if keys else form_keys()):
        form = build_form(key)
        written.append(to_xlsx(form, out / f"{key}.xlsx"))
        if pdf:
            page = out / f".{key}.html"
            page.write_text(to_html(form), encoding="utf-8")
            try:
                made = print_pdf(page, out / f"{key}.pdf")
            finally:
                page.unlink(missing_ok=True)
            if made is None:
                raise InputError(t("forms.no_pdf"))
            written.append(made)
    return written
