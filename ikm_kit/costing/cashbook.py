"""Cash book (*buku kas*) workbook: a template to fill in and a reader for the filled book.

Sheet ``Kas``: one row per cash movement (date, description, category, in,
out) with a running balance by formula.  The owner's drawings for the
household (*prive*) are a category of their own, kept apart from business
expenses.  Sheet ``Ringkasan``: a monthly summary by formula (SUMIFS per
category and month), business cash in − business cash out, drawings, closing
balance; it recalculates in Excel and LibreOffice.  :func:`read_cash_book`
turns a filled book into the *actuals* of a :func:`~ikm_kit.costing.cashflow.cash_plan`.

    >>> import tempfile, pathlib
    >>> p = write_cash_book(pathlib.Path(tempfile.mkdtemp()) / "kas.xlsx", year=2024,
    ...                     opening_cash_rp=1_500_000, entries=example_entries())
    >>> book = read_cash_book(p)
    >>> book.to_plan(3).table["closing_cash"].round().tolist()
    [950000.0, 475000.0, 3075000.0]
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ikm_kit import validation as V
from ikm_kit.errors import FileFormatError, InputError
from ikm_kit.i18n import t

TEMPLATE_MARKER = "ikm-kit buku kas v1"
KAS, CATS, SUMMARY = "Kas", "Kategori", "Ringkasan"
FIRST_ROW = 7           # first entry row on sheet Kas
DEFAULT_ROWS = 400
FMT_RP = '"Rp" #,##0'
_FILL_IN = PatternFill("solid", fgColor="FFF2CC")
_FILL_HEAD = PatternFill("solid", fgColor="DDEBF7")
_FILL_OUT = PatternFill("solid", fgColor="E2EFDA")
_BOLD = Font(bold=True)

#: (key, kind): kind ``masuk`` = business cash in, ``keluar`` = business cash out,
#: ``prive`` = the owner's drawings (household), kept apart from the business.
CATEGORIES: tuple[tuple[str, str], ...] = (
    ("penjualan_tunai", "masuk"),
    ("pelunasan_piutang", "masuk"),
    ("uang_muka", "masuk"),
    ("pinjaman_diterima", "masuk"),
    ("modal_pemilik", "masuk"),
    ("masuk_lain", "masuk"),
    ("bahan_baku", "keluar"),
    ("upah_karyawan", "keluar"),
    ("sewa_workshop", "keluar"),
    ("listrik_air", "keluar"),
    ("sewa_mesin", "keluar"),
    ("transport", "keluar"),
    ("cicilan_pinjaman", "keluar"),
    ("peralatan", "keluar"),
    ("keluar_lain", "keluar"),
    ("prive", "prive"),
)
KINDS = {k: kind for k, kind in CATEGORIES}


def category_label(key: str, lang: str | None = None) -> str:
    return t(f"cashbook.cat.{key}", lang=lang) if lang else t(f"cashbook.cat.{key}")


def _category_key(text: object) -> str | None:
    s = str(text or "").strip().lower()
    if not s:
        return None
    for key, _ in CATEGORIES:
        if s in (key, category_label(key, "id").lower(), category_label(key, "en").lower()):
            return key
    return None


def example_entries() -> pd.DataFrame:
    """A small filled example (Jan–Mar 2024, illustrative): a furniture tenant with a school order on credit."""
    rows = [
        ("2024-01-03", "Jual 2 meja makan tunai", "penjualan_tunai", 3_000_000, 0),
        ("2024-01-05", "Beli papan dan lem", "bahan_baku", 0, 1_200_000),
        ("2024-01-10", "Sewa workshop Januari", "sewa_workshop", 0, 833_000),
        ("2024-01-25", "Upah pembantu tukang", "upah_karyawan", 0, 1_000_000),
        ("2024-01-31", "Ambil untuk belanja rumah tangga", "prive", 0, 517_000),  # total Jan: 3.000.000 − 3.550.000
        ("2024-02-02", "Uang muka pesanan 20 meja sekolah", "uang_muka", 2_000_000, 0),
        ("2024-02-06", "Beli kayu untuk pesanan sekolah", "bahan_baku", 0, 1_500_000),
        ("2024-02-10", "Sewa workshop Februari", "sewa_workshop", 0, 833_000),
        ("2024-02-26", "Token listrik", "listrik_air", 0, 142_000),
        ("2024-03-15", "Pelunasan pesanan meja sekolah", "pelunasan_piutang", 4_000_000, 0),
        ("2024-03-20", "Ongkos antar meja ke sekolah", "transport", 0, 400_000),
        ("2024-03-28", "Ambil untuk uang sekolah anak", "prive", 0, 1_000_000),
    ]
    df = pd.DataFrame(rows, columns=["date", "description", "category", "cash_in", "cash_out"])
    df["date"] = pd.to_datetime(df["date"])
    return df


def build_cash_book(year: int = 2024, opening_cash_rp: float = 0.0, entries: pd.DataFrame | None = None,
                    rows: int = DEFAULT_ROWS) -> Workbook:
    """An openpyxl workbook: sheets ``Kas`` (entries), ``Kategori`` and ``Ringkasan`` (monthly, by formula)."""
    yr = int(V.positive(year, t("cashbook.field.year")))
    opening = V.number(opening_cash_rp, t("cashflow.field.opening_cash"))
    n_entries = 0 if entries is None else len(entries)
    rows = max(int(rows), n_entries + 50)
    last = FIRST_ROW + rows - 1
    wb = Workbook()
    ws = wb.active
    ws.title = KAS
    ws["A1"] = TEMPLATE_MARKER
    ws["B1"] = t("cashbook.title")
    ws["B1"].font = Font(bold=True, size=14)
    ws["B2"] = t("cashbook.instructions")
    ws["B3"], ws["D3"] = t("cashbook.field.year"), yr
    ws["B4"], ws["D4"] = t("cashflow.field.opening_cash"), opening
    ws["D4"].number_format = FMT_RP
    for c in ("D3", "D4"):
        ws[c].fill = _FILL_IN
    ws["A3"], ws["A4"] = "year", "opening_cash"
    heads = ["no", "date", "description", "category", "cash_in", "cash_out", "balance"]
    for j, h in enumerate(heads):
        cell = ws.cell(FIRST_ROW - 1, j + 1, t(f"cashbook.col.{h}"))
        cell.font = _BOLD
        cell.fill = _FILL_OUT if h in ("no", "balance") else _FILL_HEAD
        cell.alignment = Alignment(wrap_text=True)
    labels = [category_label(k) for k, _ in CATEGORIES]
    dv_cat = DataValidation(type="list", formula1=f"={CATS}!$A$2:$A${len(CATEGORIES) + 1}", allow_blank=True,
                            showErrorMessage=True, error=t("cashbook.dv_category"))
    dv_num = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                            showErrorMessage=True, error=t("cashbook.dv_amount"))
    dv_date = DataValidation(type="date", operator="between", formula1=f"DATE({yr},1,1)",
                             formula2=f"DATE({yr},12,31)", allow_blank=True, showErrorMessage=True,
                             error=t("cashbook.dv_date", year=yr))
    for dv in (dv_cat, dv_num, dv_date):
        ws.add_data_validation(dv)
    data = [] if entries is None else list(entries.itertuples(index=False))
    for i, r in enumerate(range(FIRST_ROW, last + 1)):
        ws.cell(r, 1, i + 1)
        if i < len(data):
            e = data[i]
            ws.cell(r, 2, pd.Timestamp(e.date).to_pydatetime())
            ws.cell(r, 3, str(e.description))
            ws.cell(r, 4, category_label(e.category) if e.category in KINDS else str(e.category))
            ws.cell(r, 5, float(e.cash_in) if e.cash_in else None)
            ws.cell(r, 6, float(e.cash_out) if e.cash_out else None)
        ws.cell(r, 2).number_format = "DD/MM/YYYY"
        for c in (5, 6):
            ws.cell(r, c).number_format = FMT_RP
        for c in range(2, 7):
            ws.cell(r, c).fill = _FILL_IN
        bal = ws.cell(r, 7, f'=IF(AND(E{r}="",F{r}=""),"",$D$4+SUM($E${FIRST_ROW}:E{r})-SUM($F${FIRST_ROW}:F{r}))')
        bal.number_format = FMT_RP
        bal.fill = _FILL_OUT
    dv_date.add(f"B{FIRST_ROW}:B{last}")
    dv_cat.add(f"D{FIRST_ROW}:D{last}")
    dv_num.add(f"E{FIRST_ROW}:F{last}")
    ws.cell(last + 1, 1, "end")
    for col, width in zip("ABCDEFG", (6, 13, 40, 30, 15, 15, 16)):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = f"A{FIRST_ROW}"

    cs = wb.create_sheet(CATS)
    cs["A1"], cs["B1"], cs["C1"] = t("cashbook.col.category"), t("cashbook.col.kind"), t("cashbook.col.meaning")
    for c in ("A1", "B1", "C1"):
        cs[c].font = _BOLD
    for i, (key, kind) in enumerate(CATEGORIES, start=2):
        cs.cell(i, 1, category_label(key))
        cs.cell(i, 2, t(f"cashbook.kind.{kind}"))
        cs.cell(i, 3, t(f"cashbook.help.{key}"))
    cs.column_dimensions["A"].width = 32
    cs.column_dimensions["B"].width = 22
    cs.column_dimensions["C"].width = 70

    _summary(wb.create_sheet(SUMMARY), last)
    wb.calculation.fullCalcOnLoad = True
    return wb


#: row keys of sheet Ringkasan (column A hidden) → for tests and readers
SUMMARY_ROWS: dict[str, int] = {}


def _summary(ss, last: int) -> None:
    rng = lambda col: f"{KAS}!${col}${FIRST_ROW}:${col}${last}"  # noqa: E731
    ss["B1"] = t("cashbook.summary_title")
    ss["B1"].font = Font(bold=True, size=14)
    ss["B2"] = t("cashbook.summary_note")
    ss.cell(4, 2, t("cashbook.col.category")).font = _BOLD
    months = [t(f"cashbook.month.{m}") for m in range(1, 13)]
    for m, name in enumerate(months, start=1):
        c = ss.cell(4, 2 + m, name)
        c.font = _BOLD
        c.fill = _FILL_HEAD
    ss.cell(4, 15, t("cashbook.total")).font = _BOLD
    r = 5
    rows: dict[str, int] = {}

    def month_formula(col: str, m: int, crit: str) -> str:
        start = f"DATE({KAS}!$D$3,{m},1)"
        end = f"DATE({KAS}!$D$3,{m + 1},1)"
        return (f'=SUMIFS({rng(col)},{crit}{rng("B")},">="&{start},{rng("B")},"<"&{end})')

    def put(key: str, label: str, formulas: list[str], bold: bool = False) -> None:
        nonlocal r
        ss.cell(r, 1, key)
        ss.cell(r, 2, label).font = Font(bold=bold)
        for m, f in enumerate(formulas, start=1):
            c = ss.cell(r, 2 + m, f)
            c.number_format = FMT_RP
            c.fill = _FILL_OUT
            if bold:
                c.font = _BOLD
        tot = ss.cell(r, 15, f"=SUM(C{r}:N{r})" if key not in ("closing",) else f"=N{r}")
        tot.number_format = FMT_RP
        tot.font = _BOLD
        rows[key] = r
        r += 1

    def section(title: str) -> None:
        nonlocal r
        r += 1
        ss.cell(r, 2, title).font = _BOLD
        r += 1

    groups = {"masuk": "E", "keluar": "F", "prive": "F"}
    for kind in ("masuk", "keluar", "prive"):
        section(t(f"cashbook.kind.{kind}"))
        first = r
        for key, k in CATEGORIES:
            if k != kind:
                continue
            crit = f'{rng("D")},{CATS}!$A${CATEGORIES.index((key, k)) + 2},'
            put(key, category_label(key), [month_formula(groups[kind], m, crit) for m in range(1, 13)])
        if kind != "prive":
            cols = [get_column_letter(2 + m) for m in range(1, 13)]
            put(f"total_{kind}", t(f"cashbook.total_{kind}"), [f"=SUM({c}{first}:{c}{r - 1})" for c in cols], True)
    section(t("cashbook.section_result"))
    cols = [get_column_letter(2 + m) for m in range(1, 13)]
    put("net_business", t("cashbook.net_business"),
        [f"={c}{rows['total_masuk']}-{c}{rows['total_keluar']}" for c in cols], True)
    put("owner_draw", t("cashbook.owner_draw"), [f"={c}{rows['prive']}" for c in cols])
    put("net_cash", t("cashbook.net_cash"), [f"={c}{rows['net_business']}-{c}{rows['owner_draw']}" for c in cols], True)
    closing = []
    for i, c in enumerate(cols):
        prev = f"{KAS}!$D$4" if i == 0 else f"{cols[i - 1]}{r}"
        closing.append(f"={prev}+{c}{rows['net_cash']}")
    put("closing", t("cashbook.closing"), closing, True)
    put("uncategorised", t("cashbook.uncategorised"),
        [month_formula("E", m, "") + "+" + month_formula("F", m, "")[1:]
         + f"-{c}{rows['total_masuk']}-{c}{rows['total_keluar']}-{c}{rows['prive']}"
         for m, c in zip(range(1, 13), cols)])
    ss.column_dimensions["A"].hidden = True
    ss.column_dimensions["B"].width = 44
    for j in range(3, 16):
        ss.column_dimensions[get_column_letter(j)].width = 14
    ss.freeze_panes = "C5"
    SUMMARY_ROWS.clear()
    SUMMARY_ROWS.update(rows)


def write_cash_book(path: str | Path, *, year: int = 2024, opening_cash_rp: float = 0.0,
                    entries: pd.DataFrame | None = None) -> Path:
    """Write a cash book workbook (blank, or filled with ``entries``: columns ``date, description,
    category`` (a key of :data:`CATEGORIES`), ``cash_in, cash_out``) and return the path."""
    from ikm_kit.costing.excel import save_workbook

    p = V.path(path, "path")
    if p.suffix.lower() != ".xlsx":
        p = p.with_suffix(".xlsx")
    wb = build_cash_book(year, opening_cash_rp, entries)
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        return save_workbook(wb, p)
    except OSError:
        raise InputError(t("error.cannot_write", path=str(p))) from None


def write_cash_book_templates(out_dir: str | Path) -> list[Path]:
    """``buku_kas.xlsx`` (blank) and ``contoh_buku_kas.xlsx`` (filled example) in ``out_dir``."""
    out = V.path(out_dir, "out_dir")
    return [write_cash_book(out / "buku_kas.xlsx"),
            write_cash_book(out / "contoh_buku_kas.xlsx", year=2024, opening_cash_rp=1_500_000,
                            entries=example_entries())]


# ---------------------------------------------------------------------------- reading


class _Problems:
    def __init__(self) -> None:
        self.items: list[dict[str, Any]] = []

    def add(self, row: int | None, column: str | None, message: str) -> None:
        self.items.append({"sheet": KAS, "row": row, "column": column, "message": message})


@dataclass(frozen=True)
class CashBook:
    """A filled cash book: ``entries`` (date, description, category, kind, cash_in, cash_out), the
    ``year`` and ``opening_cash`` (Rp)."""

    year: int
    opening_cash: float
    entries: pd.DataFrame = field(repr=False)

    def monthly(self) -> pd.DataFrame:
        """One row per month 1–12: ``month``, one column per category (Rp; in or out),
        ``business_in``, ``business_out``, ``owner_draw``, ``net_cash``, ``closing_cash``."""
        e = self.entries
        month = e["date"].dt.month
        out = pd.DataFrame({"month": range(1, 13)})
        for key, kind in CATEGORIES:
            col = "cash_in" if kind == "masuk" else "cash_out"
            sums = e.loc[e["category"] == key].groupby(month[e["category"] == key])[col].sum()
            out[key] = [float(sums.get(m, 0.0)) for m in range(1, 13)]
        ins = [k for k, kind in CATEGORIES if kind == "masuk"]
        outs = [k for k, kind in CATEGORIES if kind == "keluar"]
        out["business_in"] = out[ins].sum(axis=1)
        out["business_out"] = out[outs].sum(axis=1)
        out["owner_draw"] = out["prive"]
        out["net_cash"] = out["business_in"] - out["business_out"] - out["owner_draw"]
        out["closing_cash"] = self.opening_cash + out["net_cash"].cumsum()
        return out

    def to_plan(self, months: int | None = None):
        """The actuals as a :class:`~ikm_kit.costing.cashflow.CashPlan` (first ``months`` months;
        default: up to the last month with an entry).  All business cash in counts as ``sales``
        collected in the month; materials are ``purchases``; other expense categories are
        ``payments``; drawings are the owner's draw."""
        from ikm_kit.costing.cashflow import cash_plan

        mon = self.monthly()
        if months is None:
            months = int(self.entries["date"].dt.month.max()) if len(self.entries) else 1
        n = int(V.positive(months, t("cashflow.field.months")))
        if n > 12:
            raise InputError(t("cashflow.error.month_range", value=n, months=12))
        mon = mon.iloc[:n]
        pays = {category_label(k): mon[k].tolist() for k, kind in CATEGORIES
                if kind == "keluar" and k != "bahan_baku" and mon[k].sum() > 0}
        return cash_plan(self.opening_cash, n, sales=mon["business_in"].tolist(),
                         purchases=mon["bahan_baku"].tolist(), payments=pays,
                         owner_draw_rp_per_month=mon["owner_draw"].tolist())


def _date(v: Any, year: int, probs: _Problems, r: int) -> pd.Timestamp | None:
    if isinstance(v, dt.datetime):
        d = pd.Timestamp(v)
    elif isinstance(v, dt.date):
        d = pd.Timestamp(v)
    elif isinstance(v, str):
        try:
            text = v.strip()
            iso = len(text) >= 10 and text[4] == "-"
            d = pd.to_datetime(text, dayfirst=not iso)
        except (ValueError, TypeError):
            probs.add(r, "B", t("cashbook.error.date", value=v))
            return None
    else:
        probs.add(r, "B", t("cashbook.error.date", value=v))
        return None
    if d.year != year:
        probs.add(r, "B", t("cashbook.error.year", value=d.strftime("%d/%m/%Y"), year=year))
        return None
    return d.normalize()


def read_cash_book(path: str | Path) -> CashBook:
    """Read a filled cash book; every row is checked first and a :class:`FileFormatError` names
    the row and column of the first problem (date outside the year, unknown category, an
    amount that is not a number or negative, both in and out on one row)."""
    from ikm_kit.costing.excel import _blank, _number, _open

    p = V.path(path, "path")
    wb = _open(p)
    if KAS not in wb.sheetnames or str(wb[KAS]["A1"].value or "").strip() != TEMPLATE_MARKER:
        raise FileFormatError(t("cashbook.error.wrong_template", path=p.name, sheet=KAS))
    ws = wb[KAS]
    probs = _Problems()
    year = _number(ws["D3"].value, t("cashbook.field.year"), probs, 3, "D", minimum="pos")
    opening_raw = ws["D4"].value
    opening = 0.0
    if not _blank(opening_raw):
        try:
            opening = V.number(opening_raw, t("cashflow.field.opening_cash"))
        except InputError as exc:
            probs.add(4, "D", str(exc))
    if year is None or probs.items:
        raise FileFormatError(probs.items[0]["message"] if probs.items else t("cashbook.error.no_year"),
                              sheet=KAS, row=3, column="D")
    year = int(year)
    rows = []
    for r in range(FIRST_ROW, ws.max_row + 1):
        if str(ws.cell(r, 1).value or "").strip() == "end":
            break
        raw = [ws.cell(r, c).value for c in range(2, 7)]
        if all(_blank(v) for v in raw):
            continue
        d = _date(raw[0], year, probs, r)
        cat = _category_key(raw[2])
        if cat is None:
            probs.add(r, "D", t("cashbook.error.category", value=raw[2] if not _blank(raw[2]) else "",
                                valid=", ".join(category_label(k) for k, _ in CATEGORIES)))
        cin = _number(raw[3], t("cashbook.col.cash_in"), probs, r, "E", default=0.0)
        cout = _number(raw[4], t("cashbook.col.cash_out"), probs, r, "F", default=0.0)
        if cin is not None and cout is not None:
            if cin > 0 and cout > 0:
                probs.add(r, "E", t("cashbook.error.both"))
            elif cat is not None and KINDS[cat] == "masuk" and cout > 0:
                probs.add(r, "F", t("cashbook.error.wrong_side", category=category_label(cat),
                                    side=t("cashbook.col.cash_in")))
            elif cat is not None and KINDS[cat] != "masuk" and cin > 0:
                probs.add(r, "E", t("cashbook.error.wrong_side", category=category_label(cat),
                                    side=t("cashbook.col.cash_out")))
        rows.append((d, str(raw[1] or "").strip(), cat, KINDS.get(cat, ""), cin, cout))
    if probs.items:
        first = probs.items[0]
        msg = first["message"]
        if len(probs.items) > 1:
            more = "; ".join(f"{it['column']}{it['row']}" for it in probs.items[1:6])
            msg += " " + t("costing.error.more_problems", n=len(probs.items) - 1, cells=more)
        raise FileFormatError(msg, sheet=KAS, row=first["row"], column=first["column"], problems=probs.items)
    entries = pd.DataFrame(rows, columns=["date", "description", "category", "kind", "cash_in", "cash_out"])
    entries["date"] = pd.to_datetime(entries["date"])
    return CashBook(year, float(opening), entries)


__all__ = ["CATEGORIES", "CashBook", "build_cash_book", "write_cash_book", "write_cash_book_templates",
           "read_cash_book", "example_entries", "category_label", "SUMMARY_ROWS", "TEMPLATE_MARKER"]
