"""Size classes: Permenperin 64/2016 (industry), PP 7/2021 Pasal 35 (UMKM), BPS — every boundary."""
import math

import pandas as pd
import pytest

from ikm_kit import i18n
from ikm_kit.classification import (BPS_LIMITS, MEDIUM_MAX_INVESTMENT_RP, SMALL_INVESTMENT_LIMIT_RP,
                                    SMALL_MAX_WORKERS, ClassificationTable, bps_size, classify_unit,
                                    classify_units, example_units, industry_size, money, umkm_size)
from ikm_kit.errors import ColumnError, DataError, IkmError, InputError

M = 1_000_000_000


# ------------------------------------------------------------------ Permenperin 64/2016
@pytest.mark.parametrize("workers, investment, expected", [
    (1, 0, "kecil"),
    (19, M - 1, "kecil"),            # last rupiah below Rp1 M
    (19, M, "menengah"),             # exactly Rp1 M is no longer kecil
    (1, M, "menengah"),              # few workers but large investment
    (20, 0, "menengah"),             # 20 workers is never kecil
    (20, M - 1, "menengah"),
    (20, 15 * M, "menengah"),        # Rp15 M inclusive
    (20, 15 * M + 1, "besar"),
    (500, 15 * M, "menengah"),
    (19, 100 * M, "menengah"),       # ≤ 19 workers is never besar
    (20, 100 * M, "besar"),
])
def test_industry_size_boundaries(workers, investment, expected):
    assert industry_size(workers, investment).size == expected


def test_industry_constants_match_the_regulation():
    assert SMALL_MAX_WORKERS == 19
    assert SMALL_INVESTMENT_LIMIT_RP == 1 * M
    assert MEDIUM_MAX_INVESTMENT_RP == 15 * M


def test_industry_reasons_are_indonesian_and_name_the_rule():
    r = industry_size(19, M)
    assert r.label == "Industri menengah"
    assert "19 tenaga kerja" in r.reason and "Rp 1 miliar" in r.reason
    assert "Permenperin 64/2016" in r.basis
    assert "→ industri kecil" in industry_size(8, 450e6).reason
    assert "lebih dari Rp 15 miliar" in industry_size(20, 16 * M).reason


# ------------------------------------------------------------------ PP 7/2021 Pasal 35
@pytest.mark.parametrize("capital, expected", [
    (0, "mikro"), (1 * M, "mikro"), (1 * M + 1, "kecil"), (5 * M, "kecil"), (5 * M + 1, "menengah"),
    (10 * M, "menengah"), (10 * M + 1, "besar"),
])
def test_umkm_by_capital_boundaries(capital, expected):
    r = umkm_size(capital_rp=capital)
    assert r.size == expected and r.by_capital == expected and r.by_sales is None


@pytest.mark.parametrize("sales, expected", [
    (0, "mikro"), (2 * M, "mikro"), (2 * M + 1, "kecil"), (15 * M, "kecil"), (15 * M + 1, "menengah"),
    (50 * M, "menengah"), (50 * M + 1, "besar"),
])
def test_umkm_by_sales_boundaries(sales, expected):
    r = umkm_size(annual_sales_rp=sales)
    assert r.size == expected and r.by_sales == expected and r.by_capital is None


def test_umkm_with_both_criteria_follows_sales_and_explains():
    r = umkm_size(capital_rp=1.5 * M, annual_sales_rp=1.8 * M)
    assert (r.by_capital, r.by_sales, r.size) == ("kecil", "mikro", "mikro")
    assert "Modal usaha" in r.reason and "Hasil penjualan tahunan" in r.reason
    assert "berbeda" in r.reason
    same = umkm_size(capital_rp=0.5 * M, annual_sales_rp=1 * M)
    assert "berbeda" not in same.reason
    assert umkm_size(capital_rp=20 * M).label == "Usaha besar (bukan UMKM)"


def test_umkm_needs_capital_or_sales():
    with pytest.raises(InputError, match="modal usaha atau hasil penjualan"):
        umkm_size()
    with pytest.raises(InputError, match="modal usaha atau hasil penjualan"):
        umkm_size(capital_rp=float("nan"), annual_sales_rp="")


# ------------------------------------------------------------------ BPS
@pytest.mark.parametrize("workers, expected", [
    (1, "mikro"), (4, "mikro"), (5, "kecil"), (19, "kecil"), (20, "sedang"), (99, "sedang"),
    (100, "besar"), (2500, "besar"),
])
def test_bps_boundaries(workers, expected):
    assert bps_size(workers).size == expected


def test_bps_constants():
    assert BPS_LIMITS == (5, 20, 100)


# ------------------------------------------------------------------ one unit, teaching point
def test_small_industry_and_micro_enterprise_at_once():
    r = classify_unit(8, 450e6, annual_sales_rp=1.2e9, name="CV Interior Bahteramas")
    assert (r.industry.size, r.umkm.size, r.bps.size) == ("kecil", "mikro", "kecil")
    assert "sekaligus industri kecil" in r.interpretation and "usaha mikro" in r.interpretation
    html = r._repr_html_()
    assert "CV Interior Bahteramas" in html and "Permenperin" in html and "PP 7/2021" in html


def test_classify_unit_optional_parts():
    r = classify_unit(3)
    assert r.industry is None and r.umkm is None and r.bps.size == "mikro"
    assert r.as_dict()["industry_size"] is None
    r = classify_unit("12", "1.300.000.000")       # Indonesian number text accepted
    assert r.industry.size == "menengah" and r.investment_rp == 1.3e9
    assert "investasi" in r.interpretation


@pytest.mark.parametrize("workers", [0, -3, 2.5, "dua", None, float("nan"), True])
def test_bad_workers_raise_indonesian_errors(workers):
    with pytest.raises(InputError) as info:
        industry_size(workers, 1e6)
    assert "tenaga kerja" in str(info.value).lower() or "angka" in str(info.value)


@pytest.mark.parametrize("investment", [-1, "banyak", float("inf")])
def test_bad_investment_raises(investment):
    with pytest.raises(InputError, match="investasi"):
        industry_size(5, investment)


def test_negative_sales_raises():
    with pytest.raises(InputError, match="Hasil penjualan tahunan tidak boleh negatif"):
        umkm_size(annual_sales_rp=-5)


def test_errors_are_ikm_errors_and_value_errors():
    with pytest.raises(ValueError):
        bps_size(0)
    with pytest.raises(IkmError):
        bps_size(1.5)


# ------------------------------------------------------------------ tables
def test_classify_units_on_examples():
    table = classify_units(example_units())
    assert isinstance(table, ClassificationTable)
    assert list(table.columns[-6:]) == ["industry_size", "industry_reason", "umkm_size", "umkm_reason",
                                        "bps_size", "bps_reason"]
    assert (table["industry_size"] == "kecil").sum() == 4
    # counting by workers alone (a typical mistake) gives a different answer
    assert (table["workers"] <= 19).sum() != (table["industry_size"] == "kecil").sum()
    row = table.set_index("name").loc["UD Ikan Asap Teluk Kendari"]
    assert row["industry_size"] == "menengah" and row["umkm_size"] == "mikro"
    html = table._repr_html_()
    assert "Kelas industri (Permenperin)" in html and "Industri kecil" in html and "Rp 1 miliar" in html


def test_classify_units_minimal_and_missing_cells():
    df = pd.DataFrame({"workers": [3, 25], "investment_rp": [None, 2e9], "annual_sales_rp": [5e8, None]})
    out = classify_units(df)
    assert out["industry_size"].tolist()[1] == "menengah"
    assert out["industry_size"].isna().tolist()[0]
    assert out["umkm_size"].tolist()[0] == "mikro" and out["umkm_size"].isna().tolist()[1]
    assert out["bps_size"].tolist() == ["mikro", "sedang"]


def test_classify_units_errors_name_row_and_unit():
    with pytest.raises(ColumnError, match="workers"):
        classify_units(pd.DataFrame({"tenaga": [1]}))
    with pytest.raises(DataError, match="kosong"):
        classify_units(pd.DataFrame({"workers": []}))
    bad = pd.DataFrame({"name": ["A", "UD Salah"], "workers": [3, 0], "investment_rp": [1e6, 1e6]})
    with pytest.raises(DataError, match=r"Baris 2 \(UD Salah\)"):
        classify_units(bad)


def test_money_text():
    assert money(1.5e9) == "Rp 1,5 miliar"
    assert money(1e9) == "Rp 1 miliar"
    assert money(450e6) == "Rp 450 juta"
    assert money(50_000) == "Rp 50.000"
    assert not math.isnan(len(money(0)))


def test_english_labels():
    with i18n.language("en"):
        r = classify_unit(8, 450e6, annual_sales_rp=1.2e9)
        assert r.industry.label == "Small industry" and r.umkm.label == "Micro enterprise"
        assert "billion" in r.industry.reason
