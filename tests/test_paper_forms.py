"""Blank paper forms (ikm-kit formulir): XLSX + PDF, LibreOffice opens them without error cells,
and the machine-log / CCP-log forms round-trip through the upload path."""
from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

import ikm_kit
from ikm_kit import data, paper_forms
from ikm_kit.data import uploads
from ikm_kit.errors import InputError

CORE_FORMS = ["lembar_periksa", "audit_5r", "log_harian_mesin", "log_ccp", "rencana_aksi", "buku_kas", "daftar_hadir",
              "evaluasi_pelatihan"]


@pytest.fixture(autouse=True)
def _indonesian():
    ikm_kit.set_language("id")
    yield
    ikm_kit.set_language("id")


def test_registry_lists_the_forms_and_accepts_one_line_extensions():
    keys = paper_forms.form_keys()
    assert keys[:len(CORE_FORMS)] == CORE_FORMS
    extra = paper_forms.PaperForm("buku_kas_uji", "Buku kas penyewa", "uji", [paper_forms.FormColumn("Tanggal")])
    paper_forms.register_form("buku_kas_uji", lambda: extra)
    try:
        assert "buku_kas_uji" in paper_forms.form_keys()
        assert paper_forms.build_form("buku_kas_uji") is extra
    finally:
        paper_forms._BUILDERS.pop("buku_kas_uji")
    with pytest.raises(InputError, match="tidak dikenal"):
        paper_forms.build_form("tidak_ada")


def test_cash_book_form_lists_the_cash_book_categories():
    """The paper buku kas offers exactly the categories of the XLSX cash book (ikm_kit.costing.cashbook)."""
    from ikm_kit.costing.cashbook import CATEGORIES, category_label

    form = paper_forms.build_form("buku_kas")
    assert [c.label for c in form.columns[1:]] == ["Tanggal", "Uraian", "Kategori", "Masuk (Rp)", "Keluar (Rp)"]
    printed = " ".join(form.guide)
    assert all(category_label(k) in printed for k, _ in CATEGORIES)
    assert form.guide[2].startswith("Prive") and category_label("prive") in form.guide[2]


def test_log_forms_have_the_dataset_columns(tmp_path):
    for key, dataset in (("log_harian_mesin", "machine_log"), ("log_ccp", "ccp_log")):
        form = paper_forms.build_form(key)
        assert [c.name for c in form.columns] == list(pd.read_csv(Path(ikm_kit.__file__).parent.parent / "data"
                                                                   / f"{dataset}.csv", nrows=0).columns)
        wb = load_workbook(paper_forms.to_xlsx(form, tmp_path / f"{key}.xlsx"))
        ws = wb[dataset]
        assert [c.value for c in ws[1]] == [c.name for c in form.columns]
        assert ws.cell(1, 1).comment is not None       # Indonesian meaning on the header


def test_action_plan_has_the_action_plan_columns():
    form = paper_forms.build_form("rencana_aksi")
    assert [c.name for c in form.columns[1:]] == ["problem", "indicator", "baseline", "target", "deadline", "owner"]
    assert [c.label for c in form.columns[1:]] == ["Masalah", "Indikator (satuan)", "Nilai awal", "Target",
                                                   "Tenggat", "Penanggung jawab"]


def test_5r_audit_scores_and_guide(tmp_path):
    form = paper_forms.build_form("audit_5r")
    assert len(form.rows) == 15 and len(form.guide) == 5
    assert [r[0] for r in form.rows if r[0]] == ["Ringkas", "Rapi", "Resik", "Rawat", "Rajin"]
    ws = load_workbook(paper_forms.to_xlsx(form, tmp_path / "a.xlsx")).active
    formulas = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("=")]
    assert len(formulas) == 6                           # five R means and the total
    assert any("AVERAGE" in f for f in formulas) and any(f.count("SUM") for f in formulas)


def _typed_machine_rows(ref: pd.DataFrame) -> list[list[object]]:
    """The rows as a person types them from paper: day-first dates, Indonesian decimal commas."""
    rows = []
    for _, r in ref.iterrows():
        values = []
        for col, v in r.items():
            if col == "date":
                values.append(v.strftime("%d/%m/%Y"))
            elif col == "ideal_cycle_s":
                values.append(f"{v:.1f}".replace(".", ","))
            else:
                values.append(v if not isinstance(v, (int,)) else int(v))
        rows.append(values)
    return rows


def _fill(path: Path, sheet: str, rows: list[list[object]]) -> bytes:
    wb = load_workbook(path)
    ws = wb[sheet]
    for i, values in enumerate(rows, start=2):
        for j, v in enumerate(values, start=1):
            ws.cell(i, j, None if v == "" else v)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_machine_log_round_trip(tmp_path):
    from ikm_kit.operations import oee_from_log

    ref = data.load("machine_log").iloc[[0, 1, 2, 400, 401]].reset_index(drop=True)
    path = paper_forms.to_xlsx(paper_forms.build_form("log_harian_mesin"), tmp_path / "log.xlsx")
    back = uploads.parse_upload(_fill(path, "machine_log", _typed_machine_rows(ref)), "log.xlsx", "machine_log")
    pd.testing.assert_frame_equal(back, ref, check_dtype=False)
    # and it goes on through the Day-5 OEE computation like the shipped log
    machines = data.load("machines")
    assert oee_from_log(back, machines).table.equals(oee_from_log(ref, machines).table)


def test_ccp_log_round_trip(tmp_path):
    from ikm_kit.quality import check_ccp

    full = data.load("ccp_log")
    ref = pd.concat([full[full["critical_min"].isna()].head(2), full[full["corrective_action"] != ""].head(2),
                     full.head(2)]).reset_index(drop=True)
    rows = []
    for _, r in ref.iterrows():
        rows.append([r["timestamp"].strftime("%d/%m/%Y %H:%M"), r["unit_id"], r["product_id"], str(r["ccp"]),
                     str(r["measured_value"]).replace(".", ","), r["unit"],
                     "" if pd.isna(r["critical_min"]) else r["critical_min"],
                     "" if pd.isna(r["critical_max"]) else r["critical_max"], r["operator"], r["corrective_action"]])
    path = paper_forms.to_xlsx(paper_forms.build_form("log_ccp"), tmp_path / "ccp.xlsx")
    back = uploads.parse_upload(_fill(path, "ccp_log", rows), "ccp.xlsx", "ccp_log")
    expected = ref.assign(ccp=ref["ccp"].astype(str))
    pd.testing.assert_frame_equal(back, expected, check_dtype=False)
    assert len(check_ccp(back).deviations) == len(check_ccp(ref).deviations)


def test_typed_log_with_a_bad_cell_names_row_and_column(tmp_path):
    from ikm_kit.errors import FileFormatError

    ref = data.load("machine_log").head(2)
    rows = _typed_machine_rows(ref)
    rows[1][2] = "delapan jam"
    path = paper_forms.to_xlsx(paper_forms.build_form("log_harian_mesin"), tmp_path / "log.xlsx")
    with pytest.raises(FileFormatError) as err:
        uploads.parse_upload(_fill(path, "machine_log", rows), "log.xlsx", "machine_log")
    assert "planned_min" in str(err.value) and "3" in str(err.value)


from test_costing_excel import _recalculate, _soffice  # noqa: E402 - the same LibreOffice recalculation


@pytest.mark.slow
def test_forms_open_in_libreoffice_without_error_cells(tmp_path):
    soffice = _soffice()
    if soffice is None:
        if os.environ.get("IKM_REQUIRE_ALL") == "1":
            pytest.fail("LibreOffice (soffice) not found but IKM_REQUIRE_ALL=1")
        pytest.skip("LibreOffice (soffice) not installed")
    src = tmp_path / "src"
    files = [p for p in paper_forms.write_forms(src, pdf=False)]
    # a filled 5R audit too: the formulas must compute, not only stay blank
    wb = load_workbook(src / "audit_5r.xlsx")
    ws = wb.active
    first = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Ringkas")
    scores = [4, 3, 2, 1, 0, 4, 4, 4, 4, 2, 2, 2, 3, 3, 0]
    for i, s in enumerate(scores):
        ws.cell(first + i, 3, s)
    wb.save(src / "audit_5r_isi.xlsx")
    files.append(src / "audit_5r_isi.xlsx")
    out = tmp_path / "out"
    _recalculate(soffice, files, out, tmp_path / "lo")
    for f in files:
        book = load_workbook(out / f.name, data_only=True)
        for ws in book.worksheets:
            errors = [(c.coordinate, c.value) for row in ws.iter_rows() for c in row
                      if isinstance(c.value, str) and c.value.startswith("#")]
            assert errors == [], (f.name, ws.title, errors)
    ws = load_workbook(out / "audit_5r_isi.xlsx", data_only=True).active
    values = {ws.cell(r, 2).value: ws.cell(r, 3).value for r in range(1, ws.max_row + 1)}
    # hand calculation: R means (4+3+2)/3=3, (1+0+4)/3=5/3, (4+4+4)/3=4, (2+2+2)/3=2, (3+3+0)/3=2
    assert values["Skor Ringkas (rata-rata)"] == pytest.approx(3.0)
    assert values["Skor Rapi (rata-rata)"] == pytest.approx(5 / 3)
    assert values["Skor total 5R (0–20)"] == pytest.approx(3 + 5 / 3 + 4 + 2 + 2)


@pytest.mark.slow
def test_cli_writes_xlsx_and_pdf(tmp_path):
    if shutil.which("chromium") is None and not os.environ.get("BROWSER_PATH"):
        pytest.skip("Chromium not installed")
    res = subprocess.run([sys.executable, "-m", "ikm_kit.cli", "formulir", "--out", str(tmp_path),
                          "audit_5r", "log_ccp"], capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    for name in ("audit_5r.xlsx", "audit_5r.pdf", "log_ccp.xlsx", "log_ccp.pdf"):
        assert (tmp_path / name).stat().st_size > 1000
    assert (tmp_path / "audit_5r.pdf").read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(tmp_path / "audit_5r.pdf"), "-"], capture_output=True, text=True)
    if text.returncode == 0:
        assert "Panduan skor" in text.stdout and "Ringkas" in text.stdout
