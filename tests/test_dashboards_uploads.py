"""Uploads of the dashboards' templates: valid variants accepted, malformed files rejected
with Indonesian messages naming sheet, row and column."""
import io
import zipfile

import pandas as pd
import pytest

from ikm_kit.errors import FileFormatError
from ikm_kit.data.uploads import (
    check_xlsx_bytes, detect_kind, parse_date, parse_number, parse_upload, template_bytes, template_frame,
)

OCC_HEADER = "month,sentra,unit_id,status,tenant,rent_billed_rp,rent_paid_rp\n"


def _xlsx(rows: list[list[object]], sheet: str = "occupancy_monthly") -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# ----------------------------------------------------------------- valid files
@pytest.mark.parametrize("kind", ["occupancy", "workshops", "measurements"])
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_templates_round_trip(kind, fmt):
    content = template_bytes(kind, fmt)
    df = parse_upload(content, f"templat.{fmt}", kind)
    expected = template_frame(kind)
    assert len(df) == len(expected)
    assert list(df.columns) == list(expected.columns)


def test_semicolon_decimal_comma_and_windows_1252():
    text = "subgroup;value;unit;lsl;usl\n1;720,5;mm;718;722\n1;719,9;mm;;\n2;1.234,5;µm;;\n"
    df = parse_upload(text.encode("cp1252"), "ukur.csv", "measurements")
    assert df["value"].tolist() == [720.5, 719.9, 1234.5]
    assert df["unit"].iloc[2] == "µm"
    assert df["lsl"].iloc[0] == 718


def test_utf8_bom_csv_and_odd_but_valid_dates():
    text = (OCC_HEADER + "01/07/2023,mebel,M01,terisi,CV Ü,833.333,0\n"
            "Agustus 2023,mebel,M01,terisi,,833333,833333\n2023-09,MEBEL,M01,Kosong,,0,0\n")
    df = parse_upload(b"\xef\xbb\xbf" + text.encode("utf-8"), "k.csv", "occupancy")
    assert list(df["month"]) == [pd.Timestamp("2023-07-01"), pd.Timestamp("2023-08-01"), pd.Timestamp("2023-09-01")]
    assert df["rent_billed_rp"].tolist() == [833333, 833333, 0]
    assert df["sentra"].tolist() == ["mebel"] * 3 and df["status"].iloc[2] == "kosong"


def test_xlsx_with_real_dates_and_numbers():
    import datetime as dt

    content = _xlsx([["month", "sentra", "unit_id", "status", "rent_billed_rp", "rent_paid_rp"],
                     [dt.datetime(2023, 7, 1), "mebel", "M01", "terisi", 833333, 800000]])
    df = parse_upload(content, "k.xlsx", "occupancy")
    assert df["rent_paid_rp"].iloc[0] == 800000 and df["tenant"].iloc[0] == ""


def test_parse_helpers():
    assert parse_number("Rp 1.250.000", integer=True) == 1250000
    assert parse_number("720,5") == 720.5
    assert parse_number("2,768,592") == 2768592
    assert parse_date("5 Juli 2023") == pd.Timestamp("2023-07-05")
    assert parse_date(45108) == pd.Timestamp("2023-07-01")           # Excel serial date
    with pytest.raises(ValueError):
        parse_number("tujuh")
    with pytest.raises(ValueError):
        parse_date("2023-13-45")


def test_detect_kind():
    assert detect_kind(template_bytes("workshops"), "w.csv") == "workshops"
    assert detect_kind(template_bytes("occupancy", "xlsx"), "o.xlsx") == "occupancy"


# ----------------------------------------------------------------- malformed files
def _error(content: bytes, name: str, kind: str, **kw) -> str:
    with pytest.raises(FileFormatError) as info:
        parse_upload(content, name, kind, **kw)
    return str(info.value)


def test_wrong_template():
    msg = _error(template_bytes("workshops"), "denah.csv", "measurements")
    assert "bukan templat 'measurements'" in msg and "baris 1" in msg


def test_missing_columns_named():
    msg = _error(b"month,sentra,unit_id,status\n2023-07,mebel,M01,terisi\n", "k.csv", "occupancy")
    assert "rent_billed_rp" in msg and "rent_paid_rp" in msg and "Lembar 'k.csv', baris 1" in msg


def test_text_in_number_cell_names_sheet_row_column():
    content = _xlsx([["month", "sentra", "unit_id", "status", "rent_billed_rp", "rent_paid_rp"],
                     ["2023-07", "mebel", "M01", "terisi", 833333, 0],
                     [None, None, None, None, None, None],
                     ["2023-07", "mebel", "M02", "terisi", "delapan ratus", 0]])
    msg = _error(content, "k.xlsx", "occupancy")
    assert msg.startswith("Lembar 'occupancy_monthly', baris 4, kolom 'rent_billed_rp'")
    assert "delapan ratus" in msg


def test_odd_date_rejected_with_location():
    msg = _error((OCC_HEADER + "31/31/2023,mebel,M01,terisi,,0,0\n").encode(), "k.csv", "occupancy")
    assert "baris 2" in msg and "kolom 'month'" in msg and "31/31/2023" in msg


def test_unknown_choice_and_duplicates():
    msg = _error((OCC_HEADER + "2023-07,mebel,M01,disewa,,0,0\n").encode(), "k.csv", "occupancy")
    assert "'disewa' tidak dikenal" in msg and "kolom 'status'" in msg
    dup = OCC_HEADER + "2023-07,mebel,M01,terisi,,0,0\n2023-07,mebel,M01,kosong,,0,0\n"
    assert "dua kali" in _error(dup.encode(), "k.csv", "occupancy")


def test_negative_rent_rejected():
    assert "negatif" in _error((OCC_HEADER + "2023-07,mebel,M01,terisi,,-5,0\n").encode(), "k.csv", "occupancy")


def test_empty_files():
    assert "kosong" in _error(b"", "k.csv", "occupancy")
    assert "kosong" in _error(b"\n\n", "k.csv", "occupancy")
    assert "tanpa baris data" in _error(OCC_HEADER.encode(), "k.csv", "occupancy")


def test_over_the_size_limit():
    msg = _error(template_bytes("occupancy"), "k.csv", "occupancy", max_bytes=1000)
    assert "terlalu besar" in msg


def test_not_a_spreadsheet():
    assert "bukan lembar kerja" in _error(b"%PDF-1.4 ...", "laporan.pdf", "occupancy")
    assert "bukan lembar kerja" in _error(b"\x00\x01\x02binary", "data.csv", "occupancy")
    assert "xlsx" in _error(b"hello", "data.xlsx", "occupancy")
    assert ".xls" in _error(b"\xd0\xcf\x11\xe0old", "lama.xls", "occupancy")


def test_zip_bomb_rejected_before_opening():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (80 * 1024 * 1024))
    content = buf.getvalue()
    assert len(content) < 1024 * 1024                     # small on the wire …
    msg = _error(content, "bom.xlsx", "occupancy")        # … huge when unpacked
    assert "terlalu besar" in msg
    with pytest.raises(FileFormatError):
        check_xlsx_bytes(content, "bom.xlsx")


def test_measurements_need_two_values_and_ordered_limits():
    assert "paling sedikit 2" in _error(b"value\n1\n", "m.csv", "measurements")
    assert "usl" in _error(b"value,lsl,usl\n1,5,4\n2,,\n", "m.csv", "measurements")


def test_english_messages():
    from ikm_kit.i18n import language

    with language("en"):
        msg = _error(b"value\nseven\nx\n", "m.csv", "measurements")
    assert msg.startswith("Sheet 'm.csv', row 2, column 'value'") and "not a number" in msg
