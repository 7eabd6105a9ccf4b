"""Excel bridge: a self-contained costing workbook (openpyxl) and reading it back.

The workbook has three sheets:

* ``Input`` — yellow cells to fill: product, optional food yield, and tables
  for materials (BOM), labour, other overheads, assets (depreciation) and
  machines.  Data validation: decimals ≥ 0, lists for kinds/periods.  A
  hidden column A holds keys so the reader does not depend on the labels.
* ``HPP`` — real spreadsheet formulas (no pasted values) for HPP *harga pokok
  produksi* (full and variable costing), break-even, profit, margin of safety
  and prices (markup, margin, target profit, market position).
* ``Info`` — template marker, sources of the default parameters.

:func:`from_excel` validates **every** input cell first and only then builds
the model; problems raise :class:`ikm_kit.errors.FileFormatError` naming the
sheet, row and column (the first problem; all are in ``.details["problems"]``).

    >>> from ikm_kit.costing import examples, to_excel, from_excel
    >>> import tempfile, pathlib
    >>> p = to_excel(examples.lemari_2_badan(), pathlib.Path(tempfile.mkdtemp()) / "lemari.xlsx")
    >>> from_excel(p) == examples.lemari_2_badan()
    True
"""
from __future__ import annotations

import math
import re
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.datavalidation import DataValidation

from ikm_kit import validation as V
from ikm_kit.errors import FileFormatError, IkmError, InputError
from ikm_kit.i18n import t
from ikm_kit.costing.model import (
    ALLOCATION_BASES, HOURS_PER_DAY, MATERIAL_KINDS, OVERHEAD_BASES, PARAMETERS, TARIFF_B2, WORKING_DAYS, Asset, BatchYield, CostModel,
    HppResult, LabourInput, MachineUse, Material, Overhead, WoodPart,
)

TEMPLATE_MARKER = "ikm-kit:costing:1"
INPUT, HPP_SHEET, INFO = "Input", "HPP", "Info"
FMT_RP = '"Rp"#,##0;-"Rp"#,##0'
FMT_RP2 = '"Rp"#,##0.00;-"Rp"#,##0.00'
FMT_NUM = "#,##0.##"
FMT_M3 = "0.0000"
FMT_PCT = "0.0%"
_FILL_IN = PatternFill("solid", fgColor="FFF2CC")
_FILL_HEAD = PatternFill("solid", fgColor="DDEBF7")
_FILL_OUT = PatternFill("solid", fgColor="E2EFDA")
_BOLD = Font(bold=True)

# scalar inputs: key, format, kind ('text', 'num', 'pos', 'pct', 'alloc'), attribute
_SCALARS = [
    ("name", None, "text"),
    ("batch_size", FMT_NUM, "pos"),
    ("units_per_month", FMT_NUM, "num"),
    ("units_produced_per_month", FMT_NUM, "num"),
    ("price", FMT_RP, "num"),
    ("owner_wage_rp_per_month", FMT_RP, "num"),
    ("allocation", None, "alloc"),
    ("machine_hours_per_month", FMT_NUM, "num"),
    ("markup_pct", FMT_NUM, "num"),
    ("target_profit", FMT_RP, "num"),
    ("market_low", FMT_RP, "num"),
    ("market_high", FMT_RP, "num"),
]
#: scalar rows added later: a workbook without them is still read (as 0 / = sales)
_OPTIONAL_SCALARS = ("units_produced_per_month", "owner_wage_rp_per_month")
_YIELD = [
    ("yield_input", FMT_NUM, "num"),
    ("yield_pct", FMT_NUM, "pct"),
    ("shrinkage_pct", FMT_NUM, "pct"),
    ("unit_size", FMT_NUM, "num"),
]


@dataclass(frozen=True)
class _Col:
    key: str            # field key (i18n costing.field.<key>) or formula key
    kind: str           # text / num / kind / per / formula
    fmt: str | None = None
    width: float = 12


_TABLES: dict[str, list[_Col]] = {
    "materials": [
        _Col("kind", "kind", None, 11), _Col("material_name", "text", None, 26), _Col("species", "text", None, 14),
        _Col("length_mm", "num", FMT_NUM), _Col("width_mm", "num", FMT_NUM), _Col("thickness_mm", "num", FMT_NUM),
        _Col("pieces", "num", FMT_NUM), _Col("quantity", "num", FMT_NUM), _Col("unit", "text", None, 9),
        _Col("unit_price", "num", FMT_RP, 14), _Col("waste_pct", "num", FMT_NUM),
        _Col("volume_m3", "formula", FMT_M3), _Col("cost_batch", "formula", FMT_RP, 15),
    ],
    "labour": [
        _Col("labour_name", "text", None, 26), _Col("workers", "num", FMT_NUM), _Col("days_per_batch", "num", FMT_NUM),
        _Col("hours_per_batch", "num", FMT_NUM), _Col("monthly_wage", "num", FMT_RP, 14),
        _Col("working_days", "num", FMT_NUM), _Col("hours_per_day", "num", FMT_NUM),
        _Col("daily_rate", "formula", FMT_RP), _Col("hourly_rate", "formula", FMT_RP),
        _Col("cost_batch", "formula", FMT_RP, 15),
    ],
    "overheads": [
        _Col("overhead_name", "text", None, 26), _Col("amount", "num", FMT_RP, 14), _Col("per", "per", None, 9),
        _Col("behaviour", "formula", None), _Col("fixed_month", "formula", FMT_RP, 14),
        _Col("variable_batch", "formula", FMT_RP, 14),
    ],
    "assets": [
        _Col("asset_name", "text", None, 26), _Col("asset_cost", "num", FMT_RP, 14), _Col("salvage", "num", FMT_RP, 14),
        _Col("life_years", "num", FMT_NUM), _Col("depreciation_month", "formula", FMT_RP, 14),
    ],
    "machines": [
        _Col("machine_name", "text", None, 26), _Col("hours_per_batch", "num", FMT_NUM),
        _Col("fee_per_hour", "num", FMT_RP, 14), _Col("power_kw", "num", FMT_NUM), _Col("tariff", "num", FMT_RP2, 12),
        _Col("kwh_batch", "formula", FMT_NUM), _Col("cost_batch", "formula", FMT_RP, 15),
    ],
}
_DEFAULT_ROWS = {"materials": 25, "labour": 6, "overheads": 8, "assets": 6, "machines": 6}


def _col(table: str, key: str) -> str:
    """Column letter of a table field (tables start in column B)."""
    for i, c in enumerate(_TABLES[table]):
        if c.key == key:
            return get_column_letter(i + 2)
    raise KeyError(key)


@dataclass(frozen=True)
class _Layout:
    scalar_rows: dict[str, int]
    tables: dict[str, tuple[int, int]]   # first, last data row


def _layout(capacity: dict[str, int]) -> _Layout:
    rows: dict[str, int] = {}
    r = 5
    for key, *_ in _SCALARS:
        rows[key] = r
        r += 1
    r += 1  # yield section header at r
    r += 1
    for key, *_ in _YIELD:
        rows[key] = r
        r += 1
    tables = {}
    for name in _TABLES:
        r += 1            # blank
        r += 1            # section header (r)
        header = r + 1    # column headers
        first = header + 1
        last = first + capacity[name] - 1
        tables[name] = (first, last)
        r = last + 1      # end marker row
    return _Layout(rows, tables)


# ---------------------------------------------------------------------------
# writing


def _f(key: str) -> str:
    return t(f"costing.field.{key}")


def _put_text(cell, value: str) -> None:
    cell.value = ILLEGAL_CHARACTERS_RE.sub("", value) if value else None
    if isinstance(cell.value, str):
        cell.data_type = "s"   # never a formula, even when it starts with '='


def _model_of(obj: CostModel | HppResult) -> CostModel:
    if isinstance(obj, HppResult):
        return obj.model
    if isinstance(obj, CostModel):
        return obj
    from ikm_kit.errors import InputError

    raise InputError(t("costing.error.wrong_item", field=_f("model"), value=V.type_name(obj),
                       valid="CostModel, HppResult"))


def _material_cells(m: Material | WoodPart) -> dict[str, Any]:
    if isinstance(m, WoodPart):
        return {"kind": "kayu", "material_name": m.name, "species": m.species, "length_mm": m.length_mm,
                "width_mm": m.width_mm, "thickness_mm": m.thickness_mm, "pieces": m.pieces, "unit": "m3",
                "unit_price": m.price_per_m3, "waste_pct": m.waste_pct}
    return {"kind": m.kind, "material_name": m.name, "quantity": m.quantity, "unit": m.unit,
            "unit_price": m.unit_price, "waste_pct": m.waste_pct}


def _table_cells(model: CostModel) -> dict[str, list[dict[str, Any]]]:
    return {
        "materials": [_material_cells(m) for m in model.materials],
        "labour": [{"labour_name": x.name, "workers": x.workers, "days_per_batch": x.days_per_batch,
                    "hours_per_batch": x.hours_per_batch, "monthly_wage": x.monthly_wage,
                    "working_days": x.working_days, "hours_per_day": x.hours_per_day} for x in model.labour],
        "overheads": [{"overhead_name": x.name, "amount": x.amount, "per": x.per} for x in model.overheads],
        "assets": [{"asset_name": x.name, "asset_cost": x.cost, "salvage": x.salvage, "life_years": x.life_years}
                   for x in model.assets],
        "machines": [{"machine_name": x.name, "hours_per_batch": x.hours_per_batch, "fee_per_hour": x.fee_per_hour,
                      "power_kw": x.power_kw, "tariff": x.tariff} for x in model.machines],
    }


def _formula(table: str, key: str, r: int, rows: dict[str, int]) -> str:
    c = lambda k: f"{_col(table, k)}{r}"  # noqa: E731
    if table == "materials":
        if key == "volume_m3":
            return (f'=IF(AND({c("kind")}="kayu",{c("length_mm")}<>"",{c("width_mm")}<>"",{c("thickness_mm")}<>""),'
                    f'{c("length_mm")}*{c("width_mm")}*{c("thickness_mm")}/1000000000*IF({c("pieces")}="",1,{c("pieces")}),"")')
        if key == "cost_batch":
            return (f'=IF({c("volume_m3")}<>"",{c("volume_m3")},{c("quantity")})*{c("unit_price")}'
                    f'*(1+{c("waste_pct")}/100)')
    if table == "labour":
        if key == "daily_rate":
            return (f'=IF({c("working_days")}="",{c("monthly_wage")}/{_num(WORKING_DAYS)},'
                    f'IF({c("working_days")}>0,{c("monthly_wage")}/{c("working_days")},0))')
        if key == "hourly_rate":
            return (f'=IF({c("hours_per_day")}="",{c("daily_rate")}/{_num(HOURS_PER_DAY)},'
                    f'IF({c("hours_per_day")}>0,{c("daily_rate")}/{c("hours_per_day")},0))')
        if key == "cost_batch":
            return (f'=IF({c("workers")}="",1,{c("workers")})*({c("days_per_batch")}*{c("daily_rate")}'
                    f'+{c("hours_per_batch")}*{c("hourly_rate")})')
    if table == "overheads":
        per = c("per")
        if key == "behaviour":
            return (f'=IF(OR({per}="bulan",{per}="tahun"),"{t("costing.xl.fixed")}",'
                    f'IF({per}="","","{t("costing.xl.variable")}"))')
        if key == "fixed_month":
            return f'=IF({per}="bulan",{c("amount")},IF({per}="tahun",{c("amount")}/12,0))'
        if key == "variable_batch":
            return f'=IF({per}="batch",{c("amount")},IF({per}="unit",{c("amount")}*{HPP_SHEET}!$B$5,0))'
    if table == "assets" and key == "depreciation_month":
        return (f'=IF(N({c("life_years")})>0,({c("asset_cost")}-{c("salvage")})/{c("life_years")}/12,0)')
    if table == "machines":
        if key == "kwh_batch":
            return f'={c("hours_per_batch")}*{c("power_kw")}'
        if key == "cost_batch":
            return (f'={c("hours_per_batch")}*{c("fee_per_hour")}+{c("kwh_batch")}'
                    f'*IF({c("tariff")}="",{_num(TARIFF_B2)},{c("tariff")})')
    raise KeyError((table, key))


#: cell (on sheet ``HPP``) of every computed result, for tests and readers
HPP_CELLS: dict[str, str] = {}


def _hpp_rows(lay: _Layout) -> list[tuple[str, str | None, str | None]]:
    """(key, formula, number format) for the HPP sheet starting at row 5."""
    s = lambda k: f"{INPUT}!$C${lay.scalar_rows[k]}"  # noqa: E731

    def rng(table: str, key: str) -> str:
        a, b = lay.tables[table]
        col = _col(table, key)
        return f"{INPUT}!${col}${a}:${col}${b}"

    B = lambda k: f"$B${rows_index[k]}"  # noqa: E731

    def _alloc(amount: str) -> str:
        # a monthly fixed amount per unit: ÷ units produced, or per machine hour
        return (f'=IF(LEFT({s("allocation")},3)="jam",IF(N({s("machine_hours_per_month")})>0,'
                f'{amount}/{s("machine_hours_per_month")}*{B("machine_hours_batch")}'
                f'/{B("batch_effective")},0),IF({B("units_produced")}>0,'
                f'{amount}/{B("units_produced")},0))')
    spec: list[tuple[str, Callable[[], str] | None, str | None]] = [
        ("batch_effective", lambda: (f'=IF(AND(N({s("yield_input")})>0,N({s("unit_size")})>0),'
                                     f'{s("yield_input")}*IF({s("yield_pct")}="",100,{s("yield_pct")})/100'
                                     f'*(1-{s("shrinkage_pct")}/100)/{s("unit_size")},{s("batch_size")})'), FMT_NUM),
        ("bbb_batch", lambda: f"=SUM({rng('materials', 'cost_batch')})", FMT_RP),
        ("btkl_batch", lambda: f"=SUM({rng('labour', 'cost_batch')})", FMT_RP),
        ("bop_variable_batch", lambda: f"=SUM({rng('overheads', 'variable_batch')})+SUM({rng('machines', 'cost_batch')})",
         FMT_RP),
        ("fixed_overhead_month", lambda: (f"=SUM({rng('overheads', 'fixed_month')})"
                                          f"+SUM({rng('assets', 'depreciation_month')})"), FMT_RP),
        ("owner_wage_month", lambda: f"=N({s('owner_wage_rp_per_month')})", FMT_RP),
        ("fixed_month", lambda: f"={B('fixed_overhead_month')}+{B('owner_wage_month')}", FMT_RP),
        ("units_produced", lambda: (f'=IF({s("units_produced_per_month")}="",N({s("units_per_month")}),'
                                    f'N({s("units_produced_per_month")}))'), FMT_NUM),
        ("machine_hours_batch", lambda: f"=SUM({rng('machines', 'hours_per_batch')})", FMT_NUM),
        ("section_unit", None, None),
        ("bbb", lambda: f"={B('bbb_batch')}/{B('batch_effective')}", FMT_RP),
        ("btkl", lambda: f"={B('btkl_batch')}/{B('batch_effective')}", FMT_RP),
        ("bop_variable", lambda: f"={B('bop_variable_batch')}/{B('batch_effective')}", FMT_RP),
        ("bop_fixed", lambda: _alloc(B("fixed_overhead_month")), FMT_RP),
        ("owner_wage_unit", lambda: _alloc(B("owner_wage_month")), FMT_RP),
        ("hpp_variable", lambda: f"={B('bbb')}+{B('btkl')}+{B('bop_variable')}", FMT_RP),
        ("hpp_full", lambda: f"={B('hpp_variable')}+{B('bop_fixed')}+{B('owner_wage_unit')}", FMT_RP),
        ("section_bep", None, None),
        ("price", lambda: f"={s('price')}", FMT_RP),
        ("contribution_margin", lambda: f"={B('price')}-{B('hpp_variable')}", FMT_RP),
        ("cm_ratio", lambda: f"=IF({B('price')}>0,{B('contribution_margin')}/{B('price')},0)", FMT_PCT),
        ("bep_units", lambda: (f'=IF({B("contribution_margin")}>0,{B("fixed_month")}/{B("contribution_margin")},'
                               f'"{t("costing.xl.no_bep")}")'), "#,##0.0"),
        ("bep_units_whole", lambda: (f'=IF(ISNUMBER({B("bep_units")}),ROUNDUP(ROUND({B("bep_units")},9),0),'
                                     f'{B("bep_units")})'), FMT_NUM),
        ("bep_revenue", lambda: (f'=IF({B("contribution_margin")}>0,{B("bep_units")}*{B("price")},'
                                 f'"{t("costing.xl.no_bep")}")'), FMT_RP),
        ("profit", lambda: f"={B('contribution_margin')}*{s('units_per_month')}-{B('fixed_month')}", FMT_RP),
        ("profit_full", lambda: (f"={B('profit')}+({B('bop_fixed')}+{B('owner_wage_unit')})"
                                 f"*({B('units_produced')}-N({s('units_per_month')}))"), FMT_RP),
        ("margin_of_safety", lambda: (f'=IF(AND({B("contribution_margin")}>0,N({s("units_per_month")})>0),'
                                      f'({s("units_per_month")}-{B("bep_units")})/{s("units_per_month")},"–")'),
         FMT_PCT),
        ("section_price", None, None),
        ("price_markup", lambda: f"={B('hpp_full')}*(1+{s('markup_pct')}/100)", FMT_RP),
        ("price_margin", lambda: (f'=IF({s("markup_pct")}<100,{B("hpp_full")}/(1-{s("markup_pct")}/100),"–")'),
         FMT_RP),
        ("price_target", lambda: (f'=IF(N({s("units_per_month")})>0,{B("hpp_variable")}+({B("fixed_month")}'
                                  f'+{s("target_profit")})/{s("units_per_month")},"–")'), FMT_RP),
        ("market_position", lambda: (f'=IF(N({s("market_high")})>0,IF({B("price")}<{s("market_low")},'
                                     f'"{t("costing.xl.market_below")}",IF({B("price")}>{s("market_high")},'
                                     f'"{t("costing.xl.market_above")}","{t("costing.xl.market_within")}")),"–")'),
         None),
    ]
    rows_index = {k: 5 + i for i, (k, _, _) in enumerate(spec)}
    HPP_CELLS.update({k: f"B{r}" for k, r in rows_index.items() if not k.startswith("section")})
    return [(k, (f() if f else None), fmt) for k, f, fmt in spec]


def _dv(kind: str, **kw: Any) -> DataValidation:
    common = dict(allow_blank=True, showErrorMessage=True, errorTitle=t("costing.xl.dv_title"))
    if kind == "decimal":
        return DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0",
                              error=t("costing.xl.dv_decimal"), **common)
    if kind == "positive":
        return DataValidation(type="decimal", operator="greaterThan", formula1="0",
                              error=t("costing.xl.dv_positive"), **common)
    if kind == "pct":
        return DataValidation(type="decimal", operator="between", formula1="0", formula2="100",
                              error=t("costing.xl.dv_pct"), **common)
    options = kw["options"]
    return DataValidation(type="list", formula1='"' + ",".join(options) + '"',
                          error=t("costing.xl.dv_list", valid=", ".join(options)), **common)


def build_workbook(model: CostModel | HppResult | None = None) -> Workbook:
    """An openpyxl :class:`Workbook` with the costing template (filled from ``model`` if given)."""
    m = None if model is None else _model_of(model)
    cells = _table_cells(m) if m is not None else {k: [] for k in _TABLES}
    capacity = {k: max(_DEFAULT_ROWS[k], len(cells[k]) + 5) for k in _TABLES}
    lay = _layout(capacity)
    wb = Workbook()
    ws = wb.active
    ws.title = INPUT
    hs = wb.create_sheet(HPP_SHEET)
    info = wb.create_sheet(INFO)

    # --- Input: header
    ws["A1"] = TEMPLATE_MARKER
    ws["B1"] = t("costing.xl.title")
    ws["B1"].font = Font(bold=True, size=14)
    ws["B2"] = t("costing.xl.instructions")
    ws["B3"] = t("costing.xl.hpp_note")
    ws["B4"] = t("costing.xl.section_product")
    ws["B4"].font = _BOLD
    dvs = {k: _dv(k) for k in ("decimal", "positive", "pct")}
    dvs["kind"] = _dv("list", options=MATERIAL_KINDS)
    dvs["per"] = _dv("list", options=OVERHEAD_BASES)
    dvs["alloc"] = _dv("list", options=("unit", "jam mesin"))
    for dv in dvs.values():
        ws.add_data_validation(dv)

    def scalar(key: str, fmt: str | None, kind: str, value: Any) -> None:
        r = lay.scalar_rows[key]
        ws.cell(r, 1, key)
        ws.cell(r, 2, _f(key))
        cell = ws.cell(r, 3)
        if kind in ("text", "alloc"):
            _put_text(cell, str(value) if value not in (None, "") else "")
        else:
            cell.value = value
        cell.fill = _FILL_IN
        if fmt:
            cell.number_format = fmt
        ws.cell(r, 4, t(f"costing.help.{key}"))
        ws.cell(r, 4).font = Font(italic=True, color="666666")
        dv = {"num": "decimal", "pos": "positive", "pct": "pct", "alloc": "alloc"}.get(kind)
        if dv:
            dvs[dv].add(cell.coordinate)

    by = m.batch_yield if m is not None else None
    values = {
        "name": m.name if m else "", "batch_size": m.batch_size if m else 1,
        "units_per_month": m.units_per_month if m else 0, "price": m.price if m else 0,
        "units_produced_per_month": m.units_produced_per_month if m else None,
        "owner_wage_rp_per_month": m.owner_wage_rp_per_month if m else 0,
        "allocation": ("jam mesin" if m.allocation == "jam_mesin" else "unit") if m else "unit",
        "machine_hours_per_month": m.machine_hours_per_month if m else 0,
        "markup_pct": m.markup_pct if m else 30, "target_profit": m.target_profit if m else 0,
        "market_low": m.market_low if m else 0, "market_high": m.market_high if m else 0,
        "yield_input": by.input_qty if by else None, "yield_pct": by.yield_pct if by else None,
        "shrinkage_pct": by.shrinkage_pct if by else None, "unit_size": by.unit_size if by else None,
    }
    for key, fmt, kind in _SCALARS:
        scalar(key, fmt, kind, values[key])
    yr = lay.scalar_rows["yield_input"] - 1
    ws.cell(yr, 1, "section.yield")
    ws.cell(yr, 2, t("costing.xl.section_yield")).font = _BOLD
    for key, fmt, kind in _YIELD:
        scalar(key, fmt, kind, values[key])

    # --- Input: tables
    for name, cols in _TABLES.items():
        first, last = lay.tables[name]
        header = first - 1
        ws.cell(header - 1, 1, f"section.{name}")
        ws.cell(header - 1, 2, t(f"costing.xl.section_{name}")).font = _BOLD
        ws.cell(header, 1, f"{name}.header")
        for j, c in enumerate(cols):
            hc = ws.cell(header, j + 2, _f(c.key))
            hc.font = _BOLD
            hc.fill = _FILL_HEAD if c.kind != "formula" else _FILL_OUT
            hc.alignment = Alignment(wrap_text=True, vertical="top")
        rows = cells[name]
        for i, r in enumerate(range(first, last + 1)):
            ws.cell(r, 1, name)
            data = rows[i] if i < len(rows) else {}
            for j, c in enumerate(cols):
                cell = ws.cell(r, j + 2)
                if c.kind == "formula":
                    cell.value = _formula(name, c.key, r, lay.scalar_rows)
                    cell.fill = _FILL_OUT
                else:
                    v = data.get(c.key)
                    if c.kind in ("text", "kind", "per"):
                        _put_text(cell, "" if v is None else str(v))
                    else:
                        cell.value = v
                    cell.fill = _FILL_IN
                    if c.kind == "num":
                        dvs["decimal"].add(cell.coordinate)
                    elif c.kind in ("kind", "per"):
                        dvs[c.kind].add(cell.coordinate)
                if c.fmt:
                    cell.number_format = c.fmt
        ws.cell(last + 1, 1, f"{name}.end")
    ws.column_dimensions["A"].hidden = True
    ws.column_dimensions["B"].width = 34
    ws.column_dimensions["C"].width = 26
    ws.column_dimensions["D"].width = 14
    for j in range(5, 16):
        ws.column_dimensions[get_column_letter(j)].width = 13
    ws.freeze_panes = "C5"

    # --- HPP sheet
    hs["A1"] = t("costing.xl.hpp_title")
    hs["A1"].font = Font(bold=True, size=14)
    hs["A2"] = t("costing.xl.hpp_note")
    hs["A3"] = t("costing.xl.formula_note")
    hs["A4"], hs["B4"], hs["C4"] = t("costing.xl.col_item"), t("costing.xl.col_value"), t("costing.xl.col_note")
    for c in ("A4", "B4", "C4"):
        hs[c].font = _BOLD
        hs[c].fill = _FILL_HEAD
    for i, (key, formula, fmt) in enumerate(_hpp_rows(lay)):
        r = 5 + i
        hs.cell(r, 1, t(f"costing.xl.row_{key}"))
        if formula is None:
            hs.cell(r, 1).font = _BOLD
            continue
        cell = hs.cell(r, 2, formula)
        cell.fill = _FILL_OUT
        if fmt:
            cell.number_format = fmt
        hs.cell(r, 3, t(f"costing.xl.note_{key}") if _has(f"costing.xl.note_{key}") else "")
        hs.cell(r, 4, key).font = Font(color="FFFFFF")   # machine key (for readers)
        if key in ("hpp_full", "hpp_variable", "bep_units", "bep_revenue", "profit"):
            hs.cell(r, 1).font = _BOLD
            cell.font = _BOLD
    hs.column_dimensions["A"].width = 52
    hs.column_dimensions["B"].width = 20
    hs.column_dimensions["C"].width = 70
    hs.column_dimensions["D"].hidden = True

    # --- Info sheet
    info["A1"], info["B1"] = TEMPLATE_MARKER, "ikm-kit"
    info["A3"] = t("costing.xl.info_params")
    info["A3"].font = _BOLD
    heads = [t("costing.xl.col_param"), t("costing.xl.col_value"), t("costing.xl.col_unit"),
             t("costing.xl.col_mark"), t("costing.xl.col_source")]
    for j, h in enumerate(heads):
        info.cell(4, j + 1, h).font = _BOLD
    for i, p in enumerate(PARAMETERS.values()):
        info.cell(5 + i, 1, p.key)
        info.cell(5 + i, 2, p.value).number_format = FMT_NUM
        info.cell(5 + i, 3, p.unit)
        info.cell(5 + i, 4, p.mark)
        info.cell(5 + i, 5, p.source)
    info.cell(6 + len(PARAMETERS), 1, t("costing.xl.marks_note"))
    info.column_dimensions["A"].width = 30
    info.column_dimensions["E"].width = 80
    wb.calculation.fullCalcOnLoad = True
    return wb


def _num(x: float) -> str:
    return repr(float(x)).rstrip("0").rstrip(".") if float(x) != int(x) else str(int(x))


@contextmanager
def _exact_floats() -> Iterator[None]:
    """Save floats with ``repr`` (17 digits) instead of openpyxl's ``%.16g`` so that a
    workbook read back gives exactly the same numbers (lossless round trip)."""
    try:
        from openpyxl.cell import _writer
    except ImportError:  # pragma: no cover - other openpyxl layout
        yield
        return
    original = getattr(_writer, "safe_string", None)
    if original is None:  # pragma: no cover
        yield
        return

    def safe_string(value: Any) -> str:
        if isinstance(value, float) and math.isfinite(value):
            return repr(value)
        return original(value)

    _writer.safe_string = safe_string
    try:
        yield
    finally:
        _writer.safe_string = original


def save_workbook(wb: Workbook, path: str | Path) -> Path:
    """Save an openpyxl workbook with exact floats."""
    p = Path(path)
    with _exact_floats():
        wb.save(p)
    return p


def _has(key: str) -> bool:
    from ikm_kit.i18n import has_key

    return has_key(key)


def to_excel(model: CostModel | HppResult, path: str | Path) -> Path:
    """Write ``model`` (or an :class:`HppResult`'s model) as a self-contained workbook.

    Returns the path.  The workbook recalculates by itself in Excel and
    LibreOffice (formulas, not values).

    >>> from ikm_kit.costing import examples
    >>> import tempfile, pathlib
    >>> to_excel(examples.abon_ikan(), pathlib.Path(tempfile.mkdtemp()) / "abon.xlsx").suffix
    '.xlsx'
    """
    p = V.path(path, "path")
    if p.suffix.lower() != ".xlsx":
        p = p.with_suffix(".xlsx")
    wb = build_workbook(model)
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        return save_workbook(wb, p)
    except OSError:
        raise InputError(t("error.cannot_write", path=str(p))) from None


def workbook_bytes(model: CostModel | HppResult | None = None) -> bytes:
    """The costing workbook as ``.xlsx`` bytes (for a download link in a widget)."""
    import io

    buf = io.BytesIO()
    wb = build_workbook(model)
    with _exact_floats():
        wb.save(buf)
    return buf.getvalue()


def write_templates(out_dir: str | Path) -> list[Path]:
    """Write the blank costing template and two filled examples into ``out_dir``.

    Files: ``kalkulator_hpp.xlsx`` (blank), ``contoh_hpp_lemari_2_badan.xlsx``,
    ``contoh_hpp_abon_ikan.xlsx``.  Returns the written paths.
    """
    from ikm_kit.costing import examples

    out = V.path(out_dir, "out_dir")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise InputError(t("error.cannot_write", path=str(out))) from None
    paths = []
    blank = out / "kalkulator_hpp.xlsx"
    save_workbook(build_workbook(None), blank)
    paths.append(blank)
    paths.append(to_excel(examples.lemari_2_badan(), out / "contoh_hpp_lemari_2_badan.xlsx"))
    paths.append(to_excel(examples.abon_ikan(), out / "contoh_hpp_abon_ikan.xlsx"))
    return paths


# ---------------------------------------------------------------------------
# reading

_THOUSANDS = re.compile(r"^-?\d{1,3}(\.\d{3})+$")


class _Problems:
    def __init__(self) -> None:
        self.items: list[dict[str, Any]] = []

    def add(self, row: int | None, column: str | None, message: str) -> None:
        self.items.append({"sheet": INPUT, "row": row, "column": column, "message": message})


def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _number(v: Any, field: str, probs: _Problems, row: int, col: str, *, minimum: str = "nonneg",
            default: float | None = None) -> float | None:
    if _blank(v):
        return default
    if isinstance(v, bool):
        probs.add(row, col, t("error.not_a_number", field=field, value=v))
        return None
    if isinstance(v, str):
        text = v.strip().replace("Rp", "").replace(" ", "")
        if _THOUSANDS.match(text):
            text = text.replace(".", "")
        elif "," in text:
            text = text.replace(".", "").replace(",", ".")
        try:
            v = float(text)
        except ValueError:
            probs.add(row, col, t("error.not_a_number", field=field, value=v))
            return None
    if not isinstance(v, (int, float)):
        probs.add(row, col, t("error.not_a_number", field=field, value=v))
        return None
    x = float(v)
    if x != x or x in (float("inf"), float("-inf")):
        probs.add(row, col, t("error.must_be_finite", field=field, value=v))
        return None
    if minimum == "pos" and x <= 0:
        probs.add(row, col, t("error.must_be_positive", field=field, value=v))
        return None
    if x < 0:
        probs.add(row, col, t("error.must_be_non_negative", field=field, value=v))
        return None
    return x


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v).strip()


def _open(path: Path):
    if not path.exists():
        raise FileFormatError(t("costing.error.file_missing", path=str(path)))
    if not zipfile.is_zipfile(path):
        raise FileFormatError(t("costing.error.not_workbook", path=path.name))
    try:
        return load_workbook(path, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise FileFormatError(t("costing.error.not_workbook", path=path.name)) from exc


def from_excel(path: str | Path) -> CostModel:
    """Read a filled costing workbook back into a :class:`CostModel`.

    Every input cell is checked first (numbers, ≥ 0, batch size > 0, lists,
    required names); on any problem a :class:`ikm_kit.errors.FileFormatError`
    names sheet, row and column of the first one — nothing is half-read.
    Non-workbooks and workbooks that are not this template are rejected.
    """
    p = V.path(path, "path")
    wb = _open(p)
    if INPUT not in wb.sheetnames or _text(wb[INPUT]["A1"].value) != TEMPLATE_MARKER:
        raise FileFormatError(t("costing.error.wrong_template", path=p.name, sheet=INPUT))
    ws = wb[INPUT]
    probs = _Problems()

    # locate keyed rows in hidden column A
    keyed: dict[str, int] = {}
    table_rows: dict[str, list[int]] = {k: [] for k in _TABLES}
    current: str | None = None
    for r in range(1, ws.max_row + 1):
        key = _text(ws.cell(r, 1).value)
        if current is not None:
            if key == f"{current}.end":
                current = None
                continue
            if key in ("", current):
                table_rows[current].append(r)
                continue
            current = None
        if key.endswith(".header") and key[:-7] in _TABLES:
            current = key[:-7]
        elif key:
            keyed.setdefault(key, r)
    needed = [k for k, *_ in _SCALARS + _YIELD if k not in _OPTIONAL_SCALARS]
    missing = [k for k in needed if k not in keyed]
    if missing:
        raise FileFormatError(t("costing.error.wrong_template", path=p.name, sheet=INPUT))

    # scalars
    sv: dict[str, Any] = {}
    for key, _fmt, kind in _SCALARS + _YIELD:
        if key not in keyed:      # optional row missing in a workbook of an older version
            sv[key] = None
            continue
        r = keyed[key]
        raw = ws.cell(r, 3).value
        label = _f(key)
        if kind == "text":
            sv[key] = _text(raw)
            if not sv[key]:
                probs.add(r, "C", t("costing.error.required", field=label))
        elif kind == "alloc":
            text = _text(raw).lower().replace("_", " ") or "unit"
            if text not in ("unit", "jam mesin"):
                probs.add(r, "C", t("error.unknown_choice", field=label, value=raw, valid="unit, jam mesin"))
            sv[key] = text.replace(" ", "_")
        elif kind == "pos":
            sv[key] = _number(raw, label, probs, r, "C", minimum="pos")
            if sv[key] is None and _blank(raw):
                probs.add(r, "C", t("costing.error.required", field=label))
        else:
            sv[key] = _number(raw, label, probs, r, "C")
    yin = sv.get("yield_input")
    by_args = None
    if yin:
        if sv.get("yield_pct") is not None and sv["yield_pct"] > 100:
            probs.add(keyed["yield_pct"], "C", t("costing.error.pct_max", field=_f("yield_pct"), value=sv["yield_pct"]))
        if sv.get("shrinkage_pct") is not None and sv["shrinkage_pct"] >= 100:
            probs.add(keyed["shrinkage_pct"], "C",
                      t("costing.error.pct_below_100", field=_f("shrinkage_pct"), value=sv["shrinkage_pct"]))
        if sv.get("unit_size") is None:
            probs.add(keyed["unit_size"], "C", t("costing.error.required", field=_f("unit_size")))
        elif sv["unit_size"] <= 0:
            probs.add(keyed["unit_size"], "C", t("error.must_be_positive", field=_f("unit_size"), value=sv["unit_size"]))
        if sv.get("yield_pct") == 0:
            probs.add(keyed["yield_pct"], "C", t("error.must_be_positive", field=_f("yield_pct"), value=0))
        by_args = dict(input_qty=yin, yield_pct=100.0 if sv.get("yield_pct") is None else sv["yield_pct"],
                       shrinkage_pct=sv.get("shrinkage_pct") or 0.0, unit_size=sv.get("unit_size") or 1.0)

    # tables
    built: dict[str, list[Any]] = {k: [] for k in _TABLES}
    for name, cols in _TABLES.items():
        for r in table_rows[name]:
            raw = {c.key: ws.cell(r, j + 2).value for j, c in enumerate(cols) if c.kind != "formula"}
            if all(_blank(v) for v in raw.values()):
                continue
            letter = {c.key: get_column_letter(j + 2) for j, c in enumerate(cols)}
            n_before = len(probs.items)
            vals: dict[str, Any] = {}
            for c in cols:
                if c.kind == "formula":
                    continue
                v = raw[c.key]
                label = _f(c.key)
                if c.kind == "text":
                    vals[c.key] = _text(v)
                elif c.kind in ("kind", "per"):
                    text = _text(v).lower()
                    valid = MATERIAL_KINDS if c.kind == "kind" else OVERHEAD_BASES
                    if not text:
                        probs.add(r, letter[c.key], t("costing.error.required", field=label))
                    elif text not in valid:
                        probs.add(r, letter[c.key], t("error.unknown_choice", field=label, value=v,
                                                      valid=", ".join(valid)))
                    vals[c.key] = text
                else:
                    vals[c.key] = _number(v, label, probs, r, letter[c.key])
            name_key = cols[0].key if cols[0].kind == "text" else cols[1].key
            if not vals.get(name_key):
                probs.add(r, letter[name_key], t("costing.error.required", field=_f(name_key)))
            _check_required(name, vals, raw, probs, r, letter)
            if len(probs.items) > n_before:
                continue
            try:
                built[name].append(_build_row(name, vals))
            except IkmError as exc:
                probs.add(r, "-", str(exc))

    if probs.items:
        first = probs.items[0]
        msg = first["message"]
        if len(probs.items) > 1:
            more = "; ".join(f"{it['column']}{it['row']}" for it in probs.items[1:6])
            msg += " " + t("costing.error.more_problems", n=len(probs.items) - 1, cells=more)
        raise FileFormatError(msg, sheet=INPUT, row=first["row"], column=first["column"], problems=probs.items)

    try:
        return CostModel(
            name=sv["name"], batch_size=sv["batch_size"], units_per_month=sv["units_per_month"] or 0.0,
            price=sv["price"] or 0.0, allocation=sv["allocation"],
            machine_hours_per_month=sv["machine_hours_per_month"] or 0.0,
            markup_pct=30.0 if sv["markup_pct"] is None else sv["markup_pct"],
            target_profit=sv["target_profit"] or 0.0, market_low=sv["market_low"] or 0.0,
            market_high=sv["market_high"] or 0.0,
            owner_wage_rp_per_month=sv["owner_wage_rp_per_month"] or 0.0,
            units_produced_per_month=sv["units_produced_per_month"],
            batch_yield=BatchYield(**by_args) if by_args else None,
            materials=built["materials"], labour=built["labour"], overheads=built["overheads"],
            assets=built["assets"], machines=built["machines"],
        )
    except IkmError as exc:
        raise FileFormatError(str(exc), sheet=INPUT) from exc


def _check_required(table: str, vals: dict[str, Any], raw: dict[str, Any], probs: _Problems, r: int,
                    letter: dict[str, str]) -> None:
    def need(key: str) -> None:
        if _blank(raw.get(key)):   # an invalid (non-blank) value is reported already
            probs.add(r, letter[key], t("costing.error.required", field=_f(key)))

    if table == "materials":
        dims = [raw.get(k) for k in ("length_mm", "width_mm", "thickness_mm")]
        if vals.get("kind") == "kayu" and any(not _blank(d) for d in dims):
            for k in ("length_mm", "width_mm", "thickness_mm"):
                need(k)
        else:
            need("quantity")
        need("unit_price")
    elif table == "labour":
        need("monthly_wage")
    elif table == "overheads":
        need("amount")
    elif table == "assets":
        need("asset_cost")
        need("life_years")
    elif table == "machines":
        need("hours_per_batch")


def _build_row(table: str, v: dict[str, Any]) -> Any:
    d = lambda k, default=0.0: default if v.get(k) is None else v[k]  # noqa: E731
    if table == "materials":
        if v["kind"] == "kayu" and v.get("length_mm") is not None:
            return WoodPart(v["material_name"], v["length_mm"], v["width_mm"], v["thickness_mm"],
                            pieces=d("pieces", 1.0), price_per_m3=v["unit_price"], species=v["species"],
                            waste_pct=d("waste_pct"))
        return Material(v["material_name"], v["quantity"], v["unit_price"], unit=v["unit"], kind=v["kind"],
                        waste_pct=d("waste_pct"))
    if table == "labour":
        defaults = LabourInput("x")
        return LabourInput(v["labour_name"], days_per_batch=d("days_per_batch"), hours_per_batch=d("hours_per_batch"),
                           workers=d("workers", 1.0), monthly_wage=d("monthly_wage", defaults.monthly_wage),
                           working_days=d("working_days", defaults.working_days),
                           hours_per_day=d("hours_per_day", defaults.hours_per_day))
    if table == "overheads":
        return Overhead(v["overhead_name"], v["amount"], v["per"])
    if table == "assets":
        return Asset(v["asset_name"], v["asset_cost"], d("salvage"), v["life_years"])
    if table == "machines":
        return MachineUse(v["machine_name"], v["hours_per_batch"], fee_per_hour=d("fee_per_hour"),
                          power_kw=d("power_kw"), tariff=d("tariff", TARIFF_B2))
    raise KeyError(table)


def hpp_cells() -> dict[str, str]:
    """Cell address on sheet ``HPP`` of each computed value (``hpp_full`` → ``'B17'`` …)."""
    if not HPP_CELLS:
        _hpp_rows(_layout(dict(_DEFAULT_ROWS)))
    return dict(HPP_CELLS)


__all__ = ["to_excel", "from_excel", "write_templates", "workbook_bytes", "save_workbook", "build_workbook", "hpp_cells", "TEMPLATE_MARKER",
           "ALLOCATION_BASES"]
