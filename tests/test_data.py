"""Shipped datasets: typing, reproducibility, dictionary, consistency, export."""
from __future__ import annotations

import datetime as dt
import re

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import ikm_kit
from ikm_kit import data
from ikm_kit.data import generate, schema
from ikm_kit.errors import DatasetNotFoundError, InputError
from ikm_kit.i18n import has_key, language

REPO_DATA = Path(ikm_kit.__file__).resolve().parent.parent / "data"
NAMES = schema.names()


@pytest.fixture(autouse=True)
def _repo_data(monkeypatch):
    monkeypatch.delenv("IKM_DATA_DIR", raising=False)
    data.clear_cache()
    yield
    data.clear_cache()


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("regen")
    generate.write_all(out)
    generate.write_dictionary(out / "README.md")
    return out


# ------------------------------------------------------------------ files & typing
def test_every_dataset_has_a_file_and_the_folder_is_small():
    for name in NAMES:
        assert (REPO_DATA / f"{name}.csv").is_file(), name
    total = sum(p.stat().st_size for p in REPO_DATA.iterdir() if p.is_file())
    assert total < 5 * 1024 * 1024


@pytest.mark.parametrize("name", NAMES)
def test_load_has_declared_columns_and_dtypes(name):
    df = data.load(name)
    ds = schema.DATASETS[name]
    assert list(df.columns) == ds.column_names
    assert len(df) > 0
    for col in ds.columns:
        assert df[col.name].dtype == col.pandas_dtype, (name, col.name, df[col.name].dtype)
        if col.dtype == "str":
            assert not df[col.name].isna().any(), (name, col.name)
        if col.dtype == "category":
            assert not df[col.name].isna().any(), (name, col.name)


def test_load_returns_copies():
    a = data.load("machines")
    a.loc[0, "hourly_fee_rp"] = -1
    assert data.load("machines").loc[0, "hourly_fee_rp"] != -1


def test_schema_columns_are_documented_in_both_languages():
    for ds in schema.DATASETS.values():
        assert re.fullmatch(r"[a-z0-9_]+", ds.name)
        for col in ds.columns:
            assert re.fullmatch(r"[a-z0-9_]+", col.name), col.name
            assert col.dtype in schema.DTYPES
            assert col.id.strip() and col.en.strip() and col.source.strip(), (ds.name, col.name)
        assert has_key(f"datasets.{ds.name}.description")


# ------------------------------------------------------------------ reproducibility
@pytest.mark.parametrize("name", NAMES)
def test_regeneration_is_byte_for_byte(regenerated, name):
    fname = f"{name}.csv"
    assert (regenerated / fname).read_bytes() == (REPO_DATA / fname).read_bytes(), fname


def test_dictionary_matches_generated(regenerated):
    assert (regenerated / "README.md").read_bytes() == (REPO_DATA / "README.md").read_bytes()


def test_dictionary_covers_every_file_and_column():
    text = (REPO_DATA / "README.md").read_text(encoding="utf-8")
    for name, ds in schema.DATASETS.items():
        assert f"## {name}" in text and ds.filename in text
        section = text.split(f"## {name}\n", 1)[1].split("\n## ", 1)[0]
        for col in ds.columns:
            row = next((ln for ln in section.splitlines() if ln.startswith(f"| `{col.name}` |")), None)
            assert row is not None, (name, col.name)
            cells = [c.strip() for c in row.strip("|").split(" | ")]
            assert len(cells) == 5 and all(cells), row        # column, type, unit, description, source
    for needle in ("2.823.315", "1.444,70", "1.114,74", "Rp10.000.000", "11 dari ±41", "Rp1,4 jt → Rp1,6 jt",
                   "Tribun Sultra 11 Jan 2022", "2023-08-17"):
        assert needle in text, needle


def test_generation_is_seed_dependent():
    a = generate.build_all(1)["machine_log"]
    b = generate.build_all(2)["machine_log"]
    assert not a.equals(b)


def test_in_memory_fallback_equals_files(monkeypatch):
    monkeypatch.setattr(data, "data_dir", lambda: None)
    data.clear_cache()
    for name in ("workshops", "machine_bookings", "bom"):
        generated = data.load(name)
        monkeypatch.undo()
        data.clear_cache()
        pd.testing.assert_frame_equal(generated, data.load(name))
        monkeypatch.setattr(data, "data_dir", lambda: None)
        data.clear_cache()


def test_env_var_selects_folder(tmp_path, monkeypatch):
    generate.write_all(tmp_path)
    text = (tmp_path / "machines.csv").read_text(encoding="utf-8")
    (tmp_path / "machines.csv").write_text(text.replace("Oven pengering kayu (kiln)", "Kiln uji"), encoding="utf-8")
    monkeypatch.setenv("IKM_DATA_DIR", str(tmp_path))
    assert data.data_dir() == tmp_path
    assert "Kiln uji" in set(data.load("machines")["name"])


# ------------------------------------------------------------------ errors & listing
def test_unknown_dataset_indonesian_and_english():
    with pytest.raises(DatasetNotFoundError) as err:
        data.load("bengkel")
    msg = str(err.value)
    assert "tidak dikenal" in msg and "bengkel" in msg
    for name in NAMES:
        assert name in msg
    with language("en"):
        with pytest.raises(DatasetNotFoundError) as err_en:
            data.load("bengkel")
    assert "Unknown dataset" in str(err_en.value) and "workshops" in str(err_en.value)
    assert isinstance(err.value, ValueError)


def test_list_datasets_language():
    df = data.list_datasets()
    assert list(df.columns) == ["name", "rows", "description"]
    assert df["name"].tolist() == NAMES
    assert df["rows"].dtype == "int64"
    assert (df["rows"] == [len(data.load(n)) for n in NAMES]).all()
    with language("en"):
        en = data.list_datasets()
    row_id = df.set_index("name").loc["workshops", "description"]
    row_en = en.set_index("name").loc["workshops", "description"]
    assert row_id != row_en and "Workshop" in row_en


# ------------------------------------------------------------------ consistency
def test_units_and_grid():
    ws = data.load("workshops")
    m, p = ws[ws["sentra"] == "mebel"], ws[ws["sentra"] == "pangan"]
    assert m["unit_id"].tolist() == [f"M{i:02d}" for i in range(1, 41)]
    assert p["unit_id"].tolist() == [f"P{i:02d}" for i in range(1, 13)]
    assert m[["grid_row", "grid_col"]].drop_duplicates().shape[0] == 40
    assert m["grid_row"].max() == 4 and m["grid_col"].max() == 10
    assert p["grid_row"].max() == 2 and p["grid_col"].max() == 6
    vacant = ws["status"] != "terisi"
    assert (ws.loc[vacant, "tenant"] == "").all() and (ws.loc[~vacant, "tenant"] != "").all()


def test_occupancy_story():
    occ = data.load("occupancy_monthly")
    assert len(occ) == 52 * 24
    mebel = occ[occ["sentra"] == "mebel"]
    by_month = mebel[mebel["status"] == "terisi"].groupby("month").size()
    assert by_month[pd.Timestamp("2022-01-01")] == 11
    assert 20 <= by_month[pd.Timestamp("2023-12-01")] <= 26
    assert (mebel.loc[mebel["month"] < "2022-07-01", "rent_billed_rp"] == 0).all()
    billed = mebel[mebel["month"] >= "2022-07-01"]
    assert ((billed["status"] == "terisi") == (billed["rent_billed_rp"] == 833_333)).all()
    arrears = (occ["rent_billed_rp"] - occ["rent_paid_rp"]).groupby(occ["tenant"]).sum()
    assert (arrears > 0).sum() >= 2                       # some tenants are behind
    food = occ[occ["sentra"] == "pangan"]
    assert (food.loc[food["month"] < "2023-07-01", "status"] == "kosong").all()
    assert (food.loc[food["month"] == "2023-12-01", "status"] == "terisi").sum() >= 8
    # the workshop table is the December 2023 state
    dec = occ[occ["month"] == "2023-12-01"].set_index("unit_id")
    ws = data.load("workshops").set_index("unit_id")
    assert (ws["status"].astype(str) == dec["status"].astype(str)).all()
    assert (ws["tenant"] == dec["tenant"]).all()


def test_machine_log_consistency():
    log = data.load("machine_log")
    assert (log["run_min"] == log["planned_min"] - log["breakdown_min"] - log["setup_min"]).all()
    assert (log["run_min"] >= 0).all()
    assert (log["good_count"] <= log["total_count"]).all()
    assert (log["startup_reject_count"] <= log["total_count"] - log["good_count"]).all()
    assert (log["total_count"] <= np.floor(log["run_min"] * 60 / log["ideal_cycle_s"])).all()
    machines = data.load("machines").set_index("machine_id")
    assert (log["ideal_cycle_s"].to_numpy() == machines.loc[log["machine_id"], "ideal_cycle_s"].to_numpy()).all()
    oee = (log["run_min"] / log["planned_min"]) * (log["total_count"] * log["ideal_cycle_s"] / (log["run_min"] * 60)) \
        * (log["good_count"] / log["total_count"])
    mean = oee.groupby(log["machine_id"]).mean()
    assert ((mean > 0.40) & (mean < 0.75)).all(), mean
    days = log.loc[log["machine_id"] == "MSN-M02", "date"].dt.date
    assert all(d.weekday() != 6 for d in days)
    assert not set(days) & {d for d, _ in schema.HOLIDAYS_2023}


def test_bookings_have_exercise_anomalies():
    b = data.load("machine_bookings")
    assert 2000 <= len(b) <= 8000
    assert (b["end"] > b["start"]).all()
    assert (b["requested_at"] < b["start"]).all()
    assert b["booking_id"].is_unique
    assert (b["start"].dt.year == 2023).all()
    clashes = 0
    for _, g in b.groupby("machine_id"):
        g = g.sort_values("start")
        s, e = g["start"].to_numpy(), g["end"].to_numpy()
        clashes += sum(int((s[i + 1:] < e[i]).sum()) for i in range(len(g)))
    assert clashes == generate.N_OVERLAPS
    normal = b[b["machine_id"] != "MSN-M01"]
    start_min = normal["start"].dt.hour * 60 + normal["start"].dt.minute
    end_min = normal["end"].dt.hour * 60 + normal["end"].dt.minute
    holidays = {d for d, _ in schema.HOLIDAYS_2023}
    closed_day = normal["start"].dt.date.map(lambda d: d.weekday() == 6 or d in holidays)
    outside = (start_min < 8 * 60) | (end_min > 16 * 60) | closed_day
    assert outside.sum() == generate.n_outside_bookings()
    # tenants booking a machine occupied their unit that month
    occ = data.load("occupancy_monthly")
    occupied = set(zip(occ.loc[occ["status"] == "terisi", "month"], occ.loc[occ["status"] == "terisi", "unit_id"]))
    months = b["start"].dt.to_period("M").dt.to_timestamp()
    assert all((m, u) in occupied for m, u in zip(months, b["unit_id"]))


def test_catalogue_links():
    products = data.load("products")
    bom = data.load("bom")
    materials = data.load("materials")
    routings = data.load("routings")
    machines = data.load("machines")
    assert set(bom["product_id"]) == set(products["product_id"])
    assert set(bom["material_id"]) <= set(materials["material_id"])
    assert set(routings["machine_id"]) <= set(machines["machine_id"])
    wood = bom[bom["kind"] == "kayu"].dropna(subset=["length_mm"])
    vol = wood["pieces"].astype(float) * wood["length_mm"] * wood["width_mm"] * wood["thickness_mm"] / 1e9
    assert np.allclose(vol, wood["quantity"])
    assert (wood["unit_price_rp"] == 1_600_000).all()
    assert (products["market_price_low_rp"] <= products["market_price_high_rp"]).all()
    lemari2 = products.set_index("product_id").loc["MB04"]
    assert (lemari2["market_price_low_rp"], lemari2["market_price_high_rp"]) == (1_800_000, 2_200_000)
    assert set(materials["mark"].astype(str)) <= set(schema.MARKS)


def test_parameters_real_figures():
    p = data.load("parameters")
    umk = p[p["key"] == "umk_kendari"].set_index("year")
    assert umk.loc[2022, "value"] == 2_823_315 and umk.loc[2022, "mark"] == "P"
    assert set(umk.index) == {2021, 2022, 2023, 2024, 2025, 2026}
    tariffs = p.set_index("key")
    assert tariffs.loc["tarif_listrik_b2", "value"] == 1444.70
    assert tariffs.loc["tarif_listrik_i3", "value"] == 1114.74
    assert tariffs.loc["sewa_workshop_per_tahun", "value"] == 10_000_000


def test_quality_datasets():
    m = data.load("measurements")
    for char, size in (("panjang_kaki_meja", 5), ("berat_kemasan_abon", 5), ("kadar_air_kayu", 1)):
        s = m[m["characteristic"] == char]
        sizes = s.groupby("subgroup").size()
        assert (sizes == size).all() and 50 <= len(sizes) <= 100, char
    leg = m[m["characteristic"] == "panjang_kaki_meja"]
    early = leg[leg["subgroup"] < generate.SHIFT_LEG_FROM]["value"].mean()
    late = leg[leg["subgroup"] >= generate.SHIFT_LEG_FROM]["value"].mean()
    assert late - early > 0.5
    moist = m[m["characteristic"] == "kadar_air_kayu"]
    assert (moist["usl"] == 14).all()

    d = data.load("defects")
    for sentra in ("mebel", "pangan"):
        counts = d[d["sentra"] == sentra].groupby("defect_type", observed=True)["count"].sum().sort_values(ascending=False)
        assert counts.iloc[:2].sum() / counts.sum() > 0.5      # Pareto: few types dominate

    i = data.load("inspections")
    assert (i["defectives"] <= i["inspected"]).all() and i["inspected"].nunique() > 10

    c = data.load("ccp_log")
    dev = (c["measured_value"] < c["critical_min"]) | (c["measured_value"] > c["critical_max"])
    assert ((~dev) <= (c["corrective_action"] == "")).all()      # OK readings have no action
    assert (dev & (c["corrective_action"] == "")).sum() >= 3     # exercise: missing actions
    assert (dev & (c["corrective_action"] != "")).sum() >= 3
    fry = c[c["ccp"] == "penggorengan"]
    assert (fry["critical_min"] == 160).all()

    k = data.load("cppob_checklist")
    assert k["aspect_no"].nunique() == 14 and k["aspect"].nunique() == 14
    assert k["item_id"].is_unique
    assert list(k["severity"].cat.categories) == ["minor", "mayor", "serius", "kritis"]


def test_shipped_text_never_looks_like_a_formula():
    for name in NAMES:
        df = data.load(name)
        for col in df.columns:
            if df[col].dtype == "category" or pd.api.types.is_string_dtype(df[col]):
                first = df[col].astype(str).str[:1]
                assert not first.isin(list(data.FORMULA_PREFIXES)).any(), (name, col)


# ------------------------------------------------------------------ export
def test_export_csv_round_trip(tmp_path):
    paths = data.export("all", "csv", tmp_path)
    assert [p.name for p in paths] == [f"{n}.csv" for n in NAMES]
    for name, path in zip(NAMES, paths):
        pd.testing.assert_frame_equal(schema.read_csv(path, name), data.load(name))
    one = data.export("products", "CSV", tmp_path / "satu")
    assert one == [tmp_path / "satu" / "products.csv"]


def test_export_xlsx_round_trip(tmp_path):
    from openpyxl import load_workbook

    [path] = data.export("semua", "xlsx", tmp_path)
    assert path.name == data.XLSX_ALL_NAME
    back = data.read_xlsx(path)
    assert list(back) == NAMES
    for name in NAMES:
        pd.testing.assert_frame_equal(back[name], data.load(name), check_exact=False, rtol=1e-12)
    wb = load_workbook(path, read_only=False)
    ws = wb["workshops"]
    assert ws["A1"].font.bold and ws["A1"].value == "sentra"
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["F"].width > 10          # tenant names are wide
    [single] = data.export(["machines"], "xlsx", tmp_path)
    assert single.name == "machines.xlsx"
    assert load_workbook(single).sheetnames == ["machines"]


def test_export_rejects_bad_input(tmp_path):
    with pytest.raises(InputError) as err:
        data.export("products", "pdf", tmp_path)
    assert "pdf" in str(err.value) and "xlsx" in str(err.value)
    with pytest.raises(DatasetNotFoundError):
        data.export("produk", "csv", tmp_path)


def test_xlsx_escapes_formula_injection(tmp_path):
    from openpyxl import load_workbook

    evil = ["=HYPERLINK(\"http://x\",\"klik\")", "+62-811", "-2+3", "@SUM(A1)", "aman", ""]
    df = pd.DataFrame({"text": pd.Series(evil, dtype="str"), "n": [1, 2, 3, 4, 5, 6]})
    path = data.write_xlsx({"uji": df}, tmp_path / "uji.xlsx")
    ws = load_workbook(path)["uji"]
    cells = [ws.cell(row=r, column=1) for r in range(2, 8)]
    for cell, original in zip(cells[:4], evil[:4]):
        assert cell.data_type == "s" and cell.value == "'" + original
        assert cell.quotePrefix
    assert cells[4].value == "aman" and cells[5].value is None
    assert ws.cell(row=2, column=2).value == 1


def test_export_escapes_injected_dataset_values(tmp_path, monkeypatch):
    generate.write_all(tmp_path / "src")
    f = tmp_path / "src" / "products.csv"
    f.write_text(f.read_text(encoding="utf-8").replace("Kursi makan", "=1+1"), encoding="utf-8")
    monkeypatch.setenv("IKM_DATA_DIR", str(tmp_path / "src"))
    [path] = data.export("products", "xlsx", tmp_path / "out")
    from openpyxl import load_workbook

    ws = load_workbook(path)["products"]
    values = [ws.cell(row=r, column=3) for r in range(2, ws.max_row + 1)]
    hit = [c for c in values if c.value == "'=1+1"]
    assert len(hit) == 1 and hit[0].data_type == "s"


def test_working_days_2023():
    days = generate.working_days_2023()
    assert len(days) == len(set(days))
    assert dt.date(2023, 8, 17) not in days and dt.date(2023, 1, 8) not in days
    assert dt.date(2023, 1, 2) in days
    p = data.load("parameters").set_index("key")
    assert p.loc["hari_kerja_sentra_2023", "value"] == len(days)
