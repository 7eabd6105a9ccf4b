"""Cash-flow plan and cash book (issue 16), checked against hand calculations written out here."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ikm_kit.costing.cashbook import (
    CATEGORIES, SUMMARY, SUMMARY_ROWS, build_cash_book, example_entries, read_cash_book, write_cash_book,
    write_cash_book_templates,
)
from ikm_kit.costing.cashflow import cash_plan
from ikm_kit.errors import FileFormatError, InputError


def test_cash_plan_with_a_credit_sale_hand_calculation():
    # A furniture tenant, 4 months.  Opening cash Rp2.000.000.
    # Cash sales Rp3.000.000 every month; in month 2 a school order of Rp10.000.000 is delivered,
    # paid 2 months later (month 4).  Materials Rp1.500.000/month, plus Rp4.000.000 extra wood in month 2.
    # Rent Rp833.333/month, helper's wage Rp1.000.000/month, owner's drawings Rp1.000.000/month.
    plan = cash_plan(
        2_000_000, 4,
        sales=[3_000_000, 13_000_000, 3_000_000, 3_000_000],
        collection={0: 1.0},
        purchases=[1_500_000, 5_500_000, 1_500_000, 1_500_000],
        payments={"Sewa": 833_333, "Upah": [1_000_000] * 4},
        owner_draw_rp_per_month=1_000_000,
    )
    # counted as cash (wrong!): month 2 closes high
    assert plan.months_below_zero == []
    credit = cash_plan(
        2_000_000, 4, sales=[3_000_000, 3_000_000, 3_000_000, 3_000_000],
        purchases=[1_500_000, 5_500_000, 1_500_000, 1_500_000],
        payments={"Sewa": 833_333, "Upah": 1_000_000}, owner_draw_rp_per_month=1_000_000,
    )
    order = cash_plan(0, 4, sales=[0, 10_000_000, 0, 0], collection={2: 1.0})
    # month 1: 2.000.000 + 3.000.000 − (1.500.000 + 833.333 + 1.000.000 + 1.000.000) = 666.667
    # month 2: 666.667 + 3.000.000 − (5.500.000 + 2.833.333) = −4.666.666
    # month 3: −4.666.666 + 3.000.000 − 4.333.333 = −5.999.999
    # month 4: −5.999.999 + 3.000.000 + 10.000.000 (school pays) − 4.333.333 = 2.666.668
    closing = [c + o for c, o in zip(credit.table["closing_cash"], order.table["closing_cash"])]
    assert closing == pytest.approx([666_667, -4_666_666, -5_999_999, 2_666_668])
    combined = cash_plan(
        2_000_000, 4, sales=[3_000_000, 13_000_000, 3_000_000, 3_000_000],
        collection=None, purchases=[1_500_000, 5_500_000, 1_500_000, 1_500_000],
        payments={"Sewa": 833_333, "Upah": 1_000_000}, owner_draw_rp_per_month=1_000_000)
    assert combined.table["closing_cash"].iloc[1] == pytest.approx(-4_666_666 + 10_000_000)


def test_cash_plan_collection_split_and_receivables():
    # sales 4.000.000 each month, half cash, half after 2 months (consignment)
    p = cash_plan(500_000, 3, sales=[4_000_000] * 3, collection={0: 0.5, 2: 0.5}, payments={"Sewa": 2_500_000})
    t = p.table
    # cash in: 2.000.000, 2.000.000, 2.000.000 + 2.000.000 (month-1 half) = 4.000.000
    assert t["cash_in"].tolist() == pytest.approx([2_000_000, 2_000_000, 4_000_000])
    # closing: 500.000 − 500.000 = 0; 0 − 500.000 = −500.000; −500.000 + 1.500.000 = 1.000.000
    assert t["closing_cash"].tolist() == pytest.approx([0, -500_000, 1_000_000])
    assert t["receivables"].tolist() == pytest.approx([2_000_000, 4_000_000, 4_000_000])
    assert p.months_below_zero == [2] and p.lowest_cash == pytest.approx(-500_000) and p.lowest_month == 2
    assert not p.can_pay("Sewa", 2) and p.can_pay("Sewa", 3)
    assert list(t.columns) == ["month", "opening_cash", "sales", "cash_in", "purchases", "Sewa", "owner_draw",
                               "cash_out", "net_cash", "closing_cash", "receivables"]
    s = p.interpretation()
    assert "bulan 2" in s and "-Rp 500.000" in s and "piutang Rp 4.000.000" in s


def test_cash_plan_bad_input_is_explained():
    with pytest.raises(InputError, match="berjumlah 1"):
        cash_plan(0, 2, sales=[1, 1], collection={0: 0.5, 1: 0.4})
    with pytest.raises(InputError, match="3 bulan"):
        cash_plan(0, 3, sales=[1, 2])
    with pytest.raises(InputError, match="bilangan bulat"):
        cash_plan(0, 2, sales=[1, 1], collection={0.5: 1.0})
    with pytest.raises(InputError, match="Jumlah bulan"):
        cash_plan(0, 2.5, sales=1)
    with pytest.raises(InputError):
        cash_plan(0, 2, sales=[1, -5])
    with pytest.raises(InputError, match="sudah dipakai"):
        cash_plan(0, 2, sales=1, payments={"closing_cash": 1})


def test_cash_book_round_trip_and_plan_actuals(tmp_path):
    p = write_cash_book(tmp_path / "kas.xlsx", year=2024, opening_cash_rp=1_500_000, entries=example_entries())
    book = read_cash_book(p)
    assert len(book.entries) == len(example_entries())
    m = book.monthly().set_index("month")
    # January: in 3.000.000; out 1.200.000 + 833.000 + 1.000.000 = 3.033.000; drawings 517.000
    assert m.loc[1, "business_in"] == 3_000_000 and m.loc[1, "business_out"] == 3_033_000
    assert m.loc[1, "owner_draw"] == 517_000
    # closing: 1.500.000 − 550.000 = 950.000; Feb 950.000 + 2.000.000 − 2.475.000 = 475.000; Mar + 2.600.000
    assert m["closing_cash"].iloc[:3].tolist() == [950_000, 475_000, 3_075_000]
    plan = book.to_plan()
    assert plan.months == 3
    assert plan.table["closing_cash"].tolist() == pytest.approx([950_000, 475_000, 3_075_000])
    assert plan.table["owner_draw"].tolist() == [517_000, 0, 1_000_000]
    assert plan.table["purchases"].tolist() == [1_200_000, 1_500_000, 0]


def test_cash_book_bad_rows_named(tmp_path):
    p = write_cash_book(tmp_path / "kas.xlsx", year=2024, opening_cash_rp=0, entries=example_entries())
    wb = load_workbook(p)
    ws = wb["Kas"]
    ws["D8"] = "Jajan"            # unknown category
    ws["B9"] = "2023-12-31"       # wrong year (text)
    ws["E10"] = "banyak"          # not a number
    wb.save(p)
    with pytest.raises(FileFormatError) as exc:
        read_cash_book(p)
    msg = str(exc.value)
    assert "Jajan" in msg and "baris 8, kolom 'D'" in msg
    cells = [(x["row"], x["column"]) for x in exc.value.details["problems"]]
    assert cells == [(8, "D"), (9, "B"), (10, "E")]
    assert len(exc.value.details["problems"]) == 3
    other = tmp_path / "x.xlsx"
    from openpyxl import Workbook

    Workbook().save(other)
    with pytest.raises(FileFormatError, match="bukan buku kas"):
        read_cash_book(other)


def test_templates_and_categories(tmp_path):
    paths = write_cash_book_templates(tmp_path)
    assert [x.name for x in paths] == ["buku_kas.xlsx", "contoh_buku_kas.xlsx"]
    assert read_cash_book(paths[0]).entries.empty
    kinds = {k for _, k in CATEGORIES}
    assert kinds == {"masuk", "keluar", "prive"}
    wb = build_cash_book()
    assert {"Kas", "Kategori", "Ringkasan"} <= set(wb.sheetnames)
    assert str(wb[SUMMARY].cell(SUMMARY_ROWS["bahan_baku"], 3).value).startswith("=SUMIFS(")


def _soffice():
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
def test_libreoffice_recalculates_the_cash_book_summary(tmp_path):
    from tests.test_costing_excel import _recalculate

    soffice = _soffice()
    if soffice is None:
        if os.environ.get("IKM_REQUIRE_ALL") == "1":
            pytest.fail("LibreOffice (soffice) not found but IKM_REQUIRE_ALL=1")
        pytest.skip("LibreOffice (soffice) not installed")
    src = write_cash_book_templates(tmp_path / "src")
    out = tmp_path / "out"
    _recalculate(soffice, src, out, tmp_path / "lo_profile")
    build_cash_book()   # fills SUMMARY_ROWS
    for name in ("buku_kas.xlsx", "contoh_buku_kas.xlsx"):
        wb = load_workbook(out / name, data_only=True)
        bad = [f"{ws.title}!{c.coordinate}" for ws in wb.worksheets for row in ws.iter_rows() for c in row
               if isinstance(c.value, str) and c.value.startswith(("#", "Err:"))]
        assert not bad, (name, bad[:10])
    ss = load_workbook(out / "contoh_buku_kas.xlsx", data_only=True)[SUMMARY]
    book = read_cash_book(src[1])
    m = book.monthly()
    for month in range(1, 13):
        col = 2 + month
        assert ss.cell(SUMMARY_ROWS["total_masuk"], col).value == pytest.approx(m.loc[month - 1, "business_in"])
        assert ss.cell(SUMMARY_ROWS["total_keluar"], col).value == pytest.approx(m.loc[month - 1, "business_out"])
        assert ss.cell(SUMMARY_ROWS["prive"], col).value == pytest.approx(m.loc[month - 1, "owner_draw"])
        assert ss.cell(SUMMARY_ROWS["closing"], col).value == pytest.approx(m.loc[month - 1, "closing_cash"])
        assert ss.cell(SUMMARY_ROWS["uncategorised"], col).value == pytest.approx(0)
    # hand check: March closing 3.075.000, January drawings 517.000
    assert ss.cell(SUMMARY_ROWS["closing"], 5).value == pytest.approx(3_075_000)
    assert ss.cell(SUMMARY_ROWS["prive"], 3).value == pytest.approx(517_000)
    kas = load_workbook(out / "contoh_buku_kas.xlsx", data_only=True)["Kas"]
    assert kas["G7"].value == pytest.approx(1_500_000 + 3_000_000)
