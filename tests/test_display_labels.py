"""What a participant sees in a table is Bahasa Indonesia with Indonesian numbers.

Three guards, none of which executes a notebook (the notebooks run under nbval already):

1. a lint over the course notebooks and dashboards: a cell must not display a raw pandas expression
   (``df.head()``, ``df[[...]]``, ``result.summary`` …) — pandas would show English column identifiers
   (``unit_cost_rp``, ``subgroup``, ``measured_value``) and ``0.275``-style numbers.  Tables go through
   ``ikm_kit.tables.show_table`` or a result's Indonesian ``_repr_html_``;
2. the tables the notebooks show (the same data and column choices) rendered by ``show_table`` /
   ``display_frame``: every column has a label in both languages, no header is an identifier or an
   English word, every number reads ``1.234,5``;
3. unit tests of the display paths fixed in branch nb-labels (dates, months, decimals, named index,
   check sheet and CCP reprs, the food label, the AQL drop-down).
"""
from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from ikm_kit import data, i18n
from ikm_kit.i18n import t
from ikm_kit.tables import display_frame, show_table

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb")) + sorted((ROOT / "dashboards").glob("*.ipynb"))

# ------------------------------------------------------------------ 1. lint: no raw pandas display
#: pandas methods and result attributes that give a plain DataFrame/Series
RAW_METHODS = {"head", "tail", "describe", "round", "merge", "value_counts", "rename", "astype", "reset_index",
               "sort_values", "drop", "query", "set_index", "to_frame", "reconciliation", "copy", "sum", "mean"}
RAW_ATTRS = {"summary", "missing_actions", "findings", "violations", "table", "monthly", "by_machine", "lines",
             "loc", "iloc"}
#: (notebook, cell id) allowed to show raw identifiers, with the reason
ALLOWED = {
    ("00_mulai_di_sini.ipynb", "py-code2"): "teaches reading one cell: row number 0 and the column name `tenant`",
    ("00_mulai_di_sini.ipynb", "c016"): "shows the dataset exactly as data.load() returns it, before any course table",
}


def raw_displays(source: str) -> list[str]:
    """The expressions a code cell displays (last expression, ``display(...)`` arguments) that are plain
    pandas objects: a subscript, a pandas method in :data:`RAW_METHODS` or an attribute in :data:`RAW_ATTRS`."""
    lines = [line for line in source.splitlines() if not line.lstrip().startswith(("%", "!"))]
    try:
        tree = ast.parse("\n".join(lines))
    except SyntaxError:      # cells meant to show a syntax error
        return []
    shown = [arg for st in tree.body if isinstance(st, ast.Expr) and isinstance(st.value, ast.Call)
             and getattr(st.value.func, "id", "") == "display" for arg in st.value.args]
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        shown.append(tree.body[-1].value)

    def raw(node: ast.AST) -> bool:
        return (isinstance(node, ast.Subscript)
                or (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in RAW_METHODS)
                or (isinstance(node, ast.Attribute) and node.attr in RAW_ATTRS))
    return [ast.unparse(node) for node in shown if raw(node)]


def test_the_lint_flags_raw_tables_and_passes_show_table():
    assert raw_displays('log.head()') == ["log.head()"]
    assert raw_displays('kaki[["timestamp", "subgroup"]].head(10)') == ["kaki[['timestamp', 'subgroup']].head(10)"]
    assert raw_displays("hasil_ccp.summary") == ["hasil_ccp.summary"]
    assert raw_displays("display(bentrok)\nNumberQuestion('x')") == []          # a name: may be a result object
    assert raw_displays("display(hasil.table.round(0))\nNumberQuestion('x')") == ["hasil.table.round(0)"]
    assert raw_displays("show_table(log.head())") == []
    assert raw_displays("display(show_table(x.missing_actions))") == []
    assert raw_displays("x = df.head()") == []                                  # nothing displayed


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_notebook_cell_displays_a_raw_pandas_table(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    found = [(c["id"], expr) for c in nb["cells"] if c["cell_type"] == "code"
             for expr in raw_displays(c["source"] if isinstance(c["source"], str) else "".join(c["source"]))
             if (path.name, c["id"]) not in ALLOWED]
    assert found == [], (f"{path.name}: show these through ikm_kit.tables.show_table (labels in "
                         f"ikm_kit/i18n/columns*.py) or a result's _repr_html_: {found}")


def test_allowed_raw_cells_still_exist():
    """An allowance for a cell that no longer displays a raw table is stale: remove it."""
    for (name, cell_id), _reason in ALLOWED.items():
        nb = json.loads((ROOT / "notebooks" / name).read_text(encoding="utf-8"))
        cell = next(c for c in nb["cells"] if c["id"] == cell_id)
        assert raw_displays(cell["source"]), (name, cell_id)


# ------------------------------------------------------------------ 2. the course's tables, rendered
#: English words that must not head a column a participant reads (identifiers are caught by "_")
ENGLISH = {"mean", "std", "month", "defects", "defect", "subgroup", "count", "value", "rate", "name", "date",
           "price", "total", "time", "start", "end", "reason", "rule", "point", "explanation", "tenant",
           "machine", "product", "year", "source", "item", "quality", "performance", "availability",
           "booking", "hours", "minutes", "cost", "sales", "units", "shift", "readings", "deviation", "severity"}
#: a number as ikm_kit.formats writes it in Indonesian: 1.234.567 / -12,5 / 12,5 %
ID_NUMBER = re.compile(r"^(-?\d{1,3}(\.\d{3})*(,\d+)?( %)?|–)$")


def _shown_tables() -> dict[str, pd.DataFrame]:
    """The tables notebooks show (same data and columns as the cells named in the key)."""
    from ikm_kit.exercises.day5 import holidays_2023
    from ikm_kit.operations import (find_conflicts, furniture_scenario, machine_utilization, occupancy_summary,
                                    oee_from_log, outside_opening_hours, rent_arrears)
    from ikm_kit.quality import check_sheet, xbar_r
    from ikm_kit.quality.certification import example_label, label_table
    from ikm_kit.quality.food_safety import check_ccp

    machines, bookings = data.load("machines"), data.load("machine_bookings")
    occupancy = data.load("occupancy_monthly")
    ccp = check_ccp(data.load("ccp_log"))
    legs = data.load("measurements").query("characteristic == 'panjang_kaki_meja'")
    defects = data.load("defects").query("sentra == 'mebel'")
    monthly = occupancy_summary(occupancy).monthly
    return {
        "01 c042 keterisian": monthly[["sentra", "month", "units", "terisi", "kosong", "occupancy_rate"]],
        "01 c049 workshop": data.load("workshops")[["unit_id", "tenant", "product_line", "status"]],
        "01 c052 produk": data.load("products")[["sentra", "name", "unit", "market_price_low_rp",
                                                 "market_price_high_rp", "price_source"]],
        "01 c055 bahan": data.load("materials")[["name", "unit", "price_rp", "year", "source"]]
        .rename(columns={"price_rp": "unit_price_rp"}),
        "02 c014 lembar periksa": check_sheet(defects, by=["defect_type", "shift"], count="count").table,
        "03 c005 log CCP": data.load("ccp_log").head(),
        "03 c007 ringkasan CCP": ccp.summary,
        "03 c025 tanpa tindakan": ccp.missing_actions,
        "03 c018 CPPB-IRT": data.load("cppob_checklist").rename(columns={"item": "butir"}),
        "03 i16cert04 label": label_table(example_label()),
        "03 c004 kaki meja": legs[["timestamp", "subgroup", "shift", "operator", "value"]].head(10),
        "03 c016 tanda": xbar_r(legs, value="value", subgroup="subgroup").violations.drop(columns="index"),
        "04 c013 rute": data.load("routings").merge(machines[["machine_id", "name", "hourly_fee_rp", "power_kw"]],
                                                    on="machine_id"),
        "05 c016 antrean": furniture_scenario(machines, bookings).describe()[
            ["machine_id", "name", "servers", "arrival_rate", "service_mean_min", "offered_load"]].round(3),
        "05 c007 keterisian": monthly[["month", "terisi", "kosong", "perawatan", "occupancy_rate",
                                       "usable_occupancy_rate", "rent_billed_rp", "rent_paid_rp", "collection_rate",
                                       "cumulative_arrears_rp"]],
        "05 c020 tunggakan": rent_arrears(occupancy, sentra="mebel").rename(columns={"units": "unit disewa"}),
        "05 c003 mesin": machines[["machine_id", "sentra", "name", "hourly_fee_rp", "ideal_cycle_s", "open_hour",
                                   "close_hour", "open_days"]],
        "05 c011 bentrok": find_conflicts(bookings),
        "05 c015 di luar jam": outside_opening_hours(bookings, machines, holidays=holidays_2023()),
        "05 c053 catatan mesin": data.load("machine_log").head(3),
        "05 c036 enam kerugian": oee_from_log(data.load("machine_log"), machines, freq=None).table[
            ["machine_id", "loss_breakdown_min", "loss_setup_min", "loss_minor_stops_min", "loss_speed_min",
             "loss_quality_min"]].round(0),
        "06 c012 utilisasi": machine_utilization(machines, bookings, start="2023-07-01", end="2023-12-31").by_machine[
            ["machine_id", "name", "sentra", "available_h", "booked_h", "used_h", "no_show_h", "utilization",
             "booking_rate"]].round(3),
        "06 c017 OEE": oee_from_log(data.load("machine_log"), machines, freq=None, by="sentra").table[
            ["sentra", "availability", "performance", "quality", "oee"]].round(3),
        "06 c022 pemeriksaan": data.load("inspections").head(),
    }


@pytest.fixture(scope="module")
def shown_tables():
    return _shown_tables()


def test_every_column_of_the_course_tables_reads_indonesian(shown_tables):
    problems = []
    for where, df in shown_tables.items():
        shown = display_frame(df)
        for raw, label in zip(df.reset_index().columns if any(df.index.names) else df.columns, shown.columns):
            words = set(re.findall(r"[a-z]+", str(label).lower()))
            if "_" in str(label) or words & ENGLISH:
                problems.append((where, raw, label))
            elif str(raw) == str(label) and "_" in str(raw):
                problems.append((where, raw, "no label"))
    assert problems == [], problems


def test_every_number_of_the_course_tables_is_written_the_indonesian_way(shown_tables):
    problems = []
    for where, df in shown_tables.items():
        frame = df.reset_index() if any(df.index.names) else df
        shown = display_frame(df)
        for raw, label in zip(frame.columns, shown.columns):
            if pd.api.types.is_numeric_dtype(frame[raw]) and not pd.api.types.is_bool_dtype(frame[raw]) and raw != "year":
                bad = [v for v in shown[label] if not ID_NUMBER.match(str(v))]
                if bad:
                    problems.append((where, raw, bad[:3]))
    assert problems == [], problems


def test_the_course_tables_switch_to_english(shown_tables):
    i18n.set_language("en")
    shown = display_frame(shown_tables["05 c007 keterisian"])
    assert list(shown.columns)[:2] == ["month", "occupied"] and "occupancy rate" in shown.columns
    assert shown["occupancy rate"].iloc[0] == "27.5 %" and shown["month"].iloc[0] == "January 2022"


# ------------------------------------------------------------------ 3. the display paths themselves
def test_show_table_dates_months_decimals_and_a_named_index():
    df = pd.DataFrame({
        "timestamp": pd.to_datetime(["2023-07-01 08:33", "2023-07-02 14:05"]),
        "date": pd.to_datetime(["2024-01-03", "2024-01-05"]),
        "month": pd.period_range("2023-11", periods=2, freq="M"),
        "value": [719.9, 720.0],                 # one decimal is all the data has
        "length_mm": [1800.0, 480.0],            # whole numbers: none
        "mean": [720.4567, 720.1],               # at most two
        "net_cash": [-0.0001, 2_600_000.0],      # money (label says Rp): no decimals, no "-0"
        "year": [2021, 2023],                    # a year, not an amount
    }, index=pd.Index(["pagi", "siang"], name="shift"))
    shown = display_frame(df)
    assert list(shown.columns) == ["giliran", "waktu", "tanggal", "bulan", "nilai", "panjang (mm)", "rata-rata",
                                   "kas bersih (Rp)", "tahun"]
    assert shown.iloc[0].tolist() == ["pagi", "1 Juli 2023 08.33", "3 Januari 2024", "November 2023", "719,9",
                                      "1.800", "720,46", "0", "2021"]
    html = show_table(df).to_html()
    for text in ("giliran", "2 Juli 2023 14.05", "Desember 2023", "720,0", "480", "2.600.000", ">2023<"):
        assert text in html, text
    assert "2.021" not in html and "-0<" not in html and "shift" not in html
    # text (the index made a column) reads left-aligned, numbers and dates stay right-aligned
    assert re.search(r"td\.col0 \{\s*text-align: left;", html) and not re.search(r"td\.col4 \{\s*text-align: left", html)


def test_check_sheet_and_ccp_results_show_indonesian_columns():
    from ikm_kit.quality import check_sheet
    from ikm_kit.quality.food_safety import check_ccp

    sheet = check_sheet(data.load("defects").query("sentra == 'pangan'"), by="defect_type", count="count")
    html = sheet._repr_html_()
    assert "jenis cacat" in html and "defect_type" not in html
    assert "1.062" in html                      # the total, with a thousands dot (hand count: Lembar periksa pangan)
    html = check_ccp(data.load("ccp_log"))._repr_html_()
    for text in ("nilai terukur", "batas kritis minimum", "tindakan koreksi", "4 Juli 2023 14.04", "156,2"):
        assert text in html, text
    for text in ("measured_value", "within_limits", "True", "False", "156.2", "NaN"):
        assert text not in html, text


def test_food_label_rows_are_indonesian_in_both_languages():
    from ikm_kit.quality.certification import example_label, label_rows

    rows = dict(label_rows(example_label()))
    assert rows["tanggal kedaluwarsa"] == "(tidak ada)" and rows["nomor P-IRT"] == "(tidak ada)"
    assert rows["logo halal"] == "ya" and rows["sertifikat halal"] == "tidak"
    assert rows["klaim"] == "“menyembuhkan asam urat”; “tanpa pengawet”"
    assert all("_" not in part for part in rows)
    assert dict(label_rows({"halal_logo": False}, )) == {"logo halal": "tidak"}
    i18n.set_language("en")
    assert dict(label_rows({"expiry_date": "", "halal_logo": True})) == {"expiry date": "(none)", "halal logo": "yes"}


def test_sampling_explorer_aql_choices_use_the_language_decimal_mark():
    from ikm_kit.widgets.quality import SamplingPlanExplorer

    app = SamplingPlanExplorer(lot_size=1000, aql="0.65")
    labels = dict(app.aql.options)
    assert labels["0,65"] == "0.65" and labels["1.000"] == "1000" and app.aql.value == "0.65"
    i18n.set_language("en")
    app._apply_texts()
    assert dict(app.aql.options)["0.65"] == "0.65" and app.aql.value == "0.65"
    assert t("quality.iso.tightened", "id") == "diperketat"


def test_schedule_times_are_written_the_indonesian_way():
    """A clock time in Indonesian is written with a point (08.00); the schedule table and the Gantt hover use it."""
    from ikm_kit import formats
    from ikm_kit.operations import schedule_requests

    assert formats.day_time(pd.Timestamp("2023-12-04 08:05")) == "04-12 08.05"
    assert formats.day_time(pd.Timestamp("2023-12-04 08:05"), "en") == "04-12 08:05"
    assert formats.day_time(pd.NaT) == "–"
    requests = pd.DataFrame({"booking_id": ["R1", "R2"], "tenant": ["UD A", "UD B"], "machine_id": "MSN-M02",
                             "requested_at": ["2023-12-01 16:05", "2023-12-02 07:30"],
                             "start": ["2023-12-04 08:00", "2023-12-04 08:00"], "end": ["2023-12-04 16:00", "2023-12-04 10:00"]})
    html = schedule_requests(requests, data.load("machines"), policy="first_come", max_shift_days=0)._repr_html_()
    assert "04-12 08.00" in html and "08:00" not in html


@pytest.mark.parametrize("path", sorted((ROOT / "notebooks").glob("*.ipynb")), ids=lambda p: p.name)
def test_trainer_notes_write_sekitar_not_plus_minus(path):
    """House style (docs/authoring-notebooks.md): "sekitar" for an approximation, also in trainer notes; "±"
    stays for a spread or tolerance ("sebaran ± 0,6 %", "± 1 mm") and ±3σ limits."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    found = []
    for cell in nb["cells"]:
        if "catatan-pelatih" not in cell["metadata"].get("tags", []):
            continue
        text = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
        for m in re.finditer("±", text):
            before, after = text[max(0, m.start() - 8):m.start()], text[m.end():m.end() + 12]
            if not (before.endswith("sebaran ") or re.match(r"\s?(3σ|3 simpangan|3√|1 mm)", after)):
                found.append((cell["id"], text[max(0, m.start() - 30):m.end() + 15]))
    assert found == [], found
