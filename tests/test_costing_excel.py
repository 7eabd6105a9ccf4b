"""Costing workbook: formulas, validation, reading back, bad cells, LibreOffice recalculation."""
from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

import ikm_kit
from ikm_kit.costing import (
    CostModel, Material, examples, from_excel, hpp, hpp_cells, to_excel, write_templates,
)
from ikm_kit.costing.excel import HPP_SHEET, INPUT, TEMPLATE_MARKER
from ikm_kit.errors import FileFormatError


@pytest.fixture(autouse=True)
def _indonesian():
    ikm_kit.set_language("id")
    yield
    ikm_kit.set_language("id")


def _find(ws, key: str) -> int:
    for r in range(1, ws.max_row + 1):
        if ws.cell(r, 1).value == key:
            return r
    raise KeyError(key)


def _first_row(ws, table: str) -> int:
    return _find(ws, f"{table}.header") + 1


@pytest.mark.parametrize("factory", [examples.lemari_2_badan, examples.abon_ikan, examples.idx_example])
def test_round_trip_examples(tmp_path, factory):
    m = factory()
    p = to_excel(m, tmp_path / "model.xlsx")
    assert from_excel(p) == m
    # an HppResult can be written too
    p2 = to_excel(hpp(m), tmp_path / "result")
    assert p2.suffix == ".xlsx" and from_excel(p2) == m


def test_workbook_has_formulas_formats_and_validation(tmp_path):
    p = to_excel(examples.lemari_2_badan(), tmp_path / "lemari.xlsx")
    wb = load_workbook(p)
    assert wb.sheetnames[:2] == [INPUT, HPP_SHEET]
    ws, hs = wb[INPUT], wb[HPP_SHEET]
    assert ws["A1"].value == TEMPLATE_MARKER
    cells = hpp_cells()
    for key in ("hpp_full", "hpp_variable", "bep_units", "bep_revenue", "price_markup", "price_margin",
                "price_target", "profit"):
        v = hs[cells[key]].value
        assert isinstance(v, str) and v.startswith("="), key   # real formulas, not values
    assert "Rp" in hs[cells["hpp_full"]].number_format
    # labels are Indonesian and explicit about "harga pokok produksi"
    texts = " ".join(str(c.value) for row in ws.iter_rows() for c in row if isinstance(c.value, str))
    assert "harga pokok PRODUKSI" in texts or "harga pokok produksi" in texts.lower()
    assert "Harga satuan" in texts
    # data validation: decimal >= 0 and list of kinds
    kinds = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert any("kayu,hardware,finishing,bahan,kemasan" in (dv.formula1 or "") for dv in kinds)
    decimals = [dv for dv in ws.data_validations.dataValidation if dv.type == "decimal"]
    assert any(dv.operator == "greaterThanOrEqual" and dv.formula1 == "0" for dv in decimals)
    r = _first_row(ws, "materials")
    assert any(f"K{r}" in str(dv.sqref) for dv in decimals)       # unit price validated
    assert str(ws[f"N{r}"].value).startswith("=")                  # material cost is a formula
    assert "Rp" in ws[f"K{r}"].number_format


def test_write_templates(tmp_path):
    paths = write_templates(tmp_path / "tpl")
    assert [p.name for p in paths] == ["kalkulator_hpp.xlsx", "contoh_hpp_lemari_2_badan.xlsx",
                                       "contoh_hpp_abon_ikan.xlsx"]
    assert all(p.exists() and zipfile.is_zipfile(p) for p in paths)
    # the blank template needs a product name before it can be read
    with pytest.raises(FileFormatError, match="Nama produk"):
        from_excel(paths[0])
    assert from_excel(paths[1]) == examples.lemari_2_badan()


def _edit(tmp_path, edits: dict[tuple[str, int | str], object], model: CostModel | None = None) -> Path:
    """Write a model, set cells (``(column, row)`` with row a number or a key), save."""
    p = to_excel(model or examples.lemari_2_badan(), tmp_path / "in.xlsx")
    wb = load_workbook(p)
    ws = wb[INPUT]
    for (col, row), value in edits.items():
        r = row if isinstance(row, int) else (_first_row(ws, row[:-2]) if row.endswith("#0") else _find(ws, row))
        ws[f"{col}{r}"] = value
    out = tmp_path / "edited.xlsx"
    wb.save(out)
    return out


def test_bad_cell_text_in_number(tmp_path):
    p = _edit(tmp_path, {("K", "materials#0"): "sejuta"})
    with pytest.raises(FileFormatError) as exc:
        from_excel(p)
    e = exc.value
    wb = load_workbook(p)
    assert e.sheet == "Input" and e.column == "K" and e.row == _first_row(wb[INPUT], "materials")
    assert "Lembar 'Input'" in str(e) and "harus berupa angka" in str(e) and "sejuta" in str(e)


def test_bad_cell_negative_quantity_and_all_problems_listed(tmp_path):
    p = _edit(tmp_path, {("C", "batch_size"): 0})
    with pytest.raises(FileFormatError, match="Ukuran batch.*lebih besar dari 0"):
        from_excel(p)
    ws_model = CostModel("Roti", batch_size=10, units_per_month=100,
                         materials=[Material("Tepung", 2, 12_000, unit="kg")])
    p = _edit(tmp_path, {("I", "materials#0"): -2, ("C", "price"): "mahal"}, ws_model)
    with pytest.raises(FileFormatError) as exc:
        from_excel(p)
    e = exc.value
    assert e.column == "C"                     # the price comes first (scalars before tables)
    assert "masalah lain" in str(e)
    problems = e.details["problems"]
    assert len(problems) == 2
    assert problems[1]["column"] == "I" and "tidak boleh negatif" in problems[1]["message"]


def test_bad_cell_missing_required_and_unknown_kind(tmp_path):
    m = CostModel("Roti", batch_size=10, materials=[Material("Tepung", 2, 12_000, unit="kg")])
    p = _edit(tmp_path, {("C", "materials#0"): None}, m)   # material name removed
    with pytest.raises(FileFormatError, match="Nama bahan wajib diisi") as exc:
        from_excel(p)
    assert exc.value.column == "C"
    p = _edit(tmp_path, {("B", "materials#0"): "kaca"}, m)
    with pytest.raises(FileFormatError, match="tidak dikenal"):
        from_excel(p)
    p = _edit(tmp_path, {("K", "materials#0"): None}, m)   # price missing
    with pytest.raises(FileFormatError, match="Harga satuan"):
        from_excel(p)
    p = _edit(tmp_path, {("C", "name"): None}, m)
    with pytest.raises(FileFormatError, match="Nama produk wajib diisi"):
        from_excel(p)


def test_indonesian_number_text_is_accepted(tmp_path):
    m = CostModel("Roti", batch_size=10, materials=[Material("Tepung", 2, 12_000, unit="kg")])
    p = _edit(tmp_path, {("K", "materials#0"): "12.000", ("C", "price"): "Rp 2.500,50"}, m)
    back = from_excel(p)
    assert back.materials[0].unit_price == 12_000 and back.price == 2_500.5


def test_rejects_non_workbooks_and_other_workbooks(tmp_path):
    txt = tmp_path / "data.xlsx"
    txt.write_text("bukan excel")
    with pytest.raises(FileFormatError, match="bukan buku kerja Excel"):
        from_excel(txt)
    with pytest.raises(FileFormatError, match="tidak ditemukan"):
        from_excel(tmp_path / "tidak_ada.xlsx")
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "Input"
    wb.active["A1"] = "sesuatu yang lain"
    other = tmp_path / "lain.xlsx"
    wb.save(other)
    with pytest.raises(FileFormatError, match="bukan templat kalkulator HPP"):
        from_excel(other)
    zipped = tmp_path / "zip.xlsx"
    with zipfile.ZipFile(zipped, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(FileFormatError, match="bukan buku kerja Excel"):
        from_excel(zipped)


def test_rows_inserted_by_the_user_are_read(tmp_path):
    p = to_excel(CostModel("Roti", batch_size=10, materials=[Material("Tepung", 2, 12_000, unit="kg")]),
                 tmp_path / "roti.xlsx")
    wb = load_workbook(p)
    ws = wb[INPUT]
    r = _first_row(ws, "materials") + 1
    ws.insert_rows(r)   # a new row without a key in column A
    ws[f"B{r}"], ws[f"C{r}"], ws[f"I{r}"], ws[f"K{r}"] = "bahan", "Gula", 1, 15_000
    wb.save(p)
    back = from_excel(p)
    assert [x.name for x in back.materials] == ["Tepung", "Gula"]


# --------------------------------------------------------------------------- LibreOffice

def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


_RECALC_XCU = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def _all_values(path: Path):
    wb = load_workbook(path, data_only=True)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                yield f"{ws.title}!{cell.coordinate}", cell.value


def _recalculate(soffice: str, files: list[Path], out_dir: Path, profile: Path) -> None:
    """Convert xlsx → xlsx with a private profile that always recalculates on load."""
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(_RECALC_XCU)
    cmd = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
           "--nolockcheck", "--convert-to", "xlsx", "--outdir", str(out_dir), *map(str, files)]
    subprocess.run(cmd, check=True, timeout=180, capture_output=True,
                   env={**os.environ, "HOME": str(profile)})


@pytest.mark.slow
def test_libreoffice_recalculation_matches_ikm_kit(tmp_path):
    soffice = _soffice()
    if soffice is None:
        if os.environ.get("IKM_REQUIRE_ALL") == "1":
            pytest.fail("LibreOffice (soffice) not found but IKM_REQUIRE_ALL=1")
        pytest.skip("LibreOffice (soffice) not installed: cannot check the workbook's own formulas")
    models = {
        "lemari": examples.lemari_2_badan(),
        "abon": examples.abon_ikan(),
        "idx": examples.idx_example(),
        "jam_mesin": examples.lemari_2_badan().replace(allocation="jam_mesin", machine_hours_per_month=40),
        "rugi": examples.lemari_2_badan(price=1_500_000),
        # issue 16: owner's wage (UMK 2022) and production 6 ≠ sales 4
        "upah_stok": examples.lemari_2_badan().replace(owner_wage_rp_per_month=2_823_315, units_produced_per_month=6),
    }
    src = tmp_path / "src"
    files = [to_excel(m, src / f"{k}.xlsx") for k, m in models.items()]
    out = tmp_path / "out"
    _recalculate(soffice, files, out, tmp_path / "lo_profile")
    cells = hpp_cells()
    for key, m in models.items():
        wb = load_workbook(out / f"{key}.xlsx", data_only=True)
        hs = wb[HPP_SHEET]
        got = {k: hs[c].value for k, c in cells.items()}
        r = hpp(m)
        assert got["hpp_full"] == pytest.approx(r.hpp_full, rel=1e-9), key
        assert got["hpp_variable"] == pytest.approx(r.hpp_variable, rel=1e-9), key
        assert got["bbb"] == pytest.approx(r.bbb, rel=1e-9)
        assert got["btkl"] == pytest.approx(r.btkl, rel=1e-9)
        assert got["bop_variable"] == pytest.approx(r.bop_variable, rel=1e-9)
        assert got["bop_fixed"] == pytest.approx(r.bop_fixed, rel=1e-9)
        assert got["fixed_month"] == pytest.approx(r.fixed_cost, rel=1e-9)
        assert got["profit"] == pytest.approx(r.profit_per_month, rel=1e-9, abs=1e-6)
        assert got["profit_full"] == pytest.approx(r.profit_full_per_month, rel=1e-9, abs=1e-6), key
        assert got["owner_wage_unit"] == pytest.approx(r.owner_wage, rel=1e-9, abs=1e-9), key
        if r.has_break_even:
            bep = r.break_even()
            assert got["bep_units"] == pytest.approx(bep.units, rel=1e-9), key
            assert got["bep_revenue"] == pytest.approx(bep.revenue, rel=1e-9), key
            assert got["bep_units_whole"] == bep.units_whole, key
        else:
            assert isinstance(got["bep_units"], str) and "tidak ada" in got["bep_units"]
        from ikm_kit.costing import price_from_margin, price_from_markup, target_profit_price

        assert got["price_markup"] == pytest.approx(price_from_markup(r.hpp_full, m.markup_pct), rel=1e-9)
        assert got["price_margin"] == pytest.approx(price_from_margin(r.hpp_full, m.markup_pct), rel=1e-9)
        assert got["price_target"] == pytest.approx(
            target_profit_price(r.fixed_cost, r.variable_cost, m.units_per_month, m.target_profit), rel=1e-9)
    errors = [f"{k}:{c}" for k in models for c, v in _all_values(out / f"{k}.xlsx")
              if isinstance(v, str) and v.startswith(("#", "Err:"))]
    assert not errors, errors
    # the idxchannel example straight from the spreadsheet
    idx = load_workbook(out / "idx.xlsx", data_only=True)[HPP_SHEET]
    assert idx[cells["bep_units"]].value == pytest.approx(7_000)
    assert idx[cells["bep_revenue"]].value == pytest.approx(665_000_000)
