"""Check sheet, Pareto, fishbone, histogram, scatter and stratification."""
import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from ikm_kit.errors import ColumnError, IkmError, InputError
from ikm_kit.i18n import language
from ikm_kit.quality import (
    SIX_M, blank_check_sheet, check_sheet, fishbone, histogram, pareto, scatter, stratify,
)


@pytest.fixture
def records():
    return pd.DataFrame({
        "defect_type": ["retak", "goresan", "retak", "finishing belang", "retak", "goresan"],
        "shift": ["pagi", "siang", "pagi", "pagi", "siang", "siang"],
        "count": [2, 1, 1, 5, 1, 1],
    })


# ------------------------------------------------------------ check sheet
def test_check_sheet_tallies_rows_and_counts(records):
    rows = check_sheet(records)
    assert rows.table.loc["retak", "jumlah"] == 3 and rows.table.loc["Jumlah", "jumlah"] == 6
    weighted = check_sheet(records, count="count")
    assert weighted.table.loc["finishing belang", "jumlah"] == 5
    assert weighted.total == 11


def test_check_sheet_cross_tab(records):
    cs = check_sheet(records, by=["defect_type", "shift"], count="count")
    assert cs.table.loc["retak", "pagi"] == 3 and cs.table.loc["retak", "siang"] == 1
    assert cs.table.loc["Jumlah", "Jumlah"] == 11
    assert "Lembar periksa" in cs._repr_html_()


def test_check_sheet_from_a_list_and_excel_export(tmp_path):
    cs = check_sheet(["a", "b", "a"], by="jenis")
    assert cs.table.loc["a"].iloc[0] == 2
    path = cs.to_excel(tmp_path / "tally.xlsx")
    assert load_workbook(path).active.max_row == 4


def test_blank_check_sheet_for_paper(tmp_path):
    sheet = blank_check_sheet(["retak", "goresan"], ["Sen", "Sel", "Rab"], title="Lembar periksa meja")
    html = sheet.html()
    assert "retak" in html and "Rab" in html and "|" in html
    xlsx = sheet.to_excel(tmp_path / "lembar.xlsx")
    ws = load_workbook(xlsx).active
    assert ws["A1"].value == "Lembar periksa meja"
    assert ws.page_setup.orientation == "landscape"
    assert (tmp_path / "lembar.html") == sheet.to_html(tmp_path / "lembar.html")
    assert "Senin" in blank_check_sheet(["x"]).html()


def test_check_sheet_bad_input(records):
    with pytest.raises(ColumnError, match="jenis_cacat"):
        check_sheet(records, by="jenis_cacat")
    with pytest.raises(InputError):
        check_sheet(records.iloc[0:0])
    with pytest.raises(InputError):
        check_sheet(records, by=["a", "b", "c"])
    with pytest.raises(IkmError):
        check_sheet(42)
    with pytest.raises(InputError):
        blank_check_sheet([])


# ------------------------------------------------------------ Pareto
def test_pareto_sorted_with_cumulative_and_vital_few():
    df = pareto({"retak": 12, "cat belang": 30, "ukuran": 5, "goresan": 40, "lain": 3})
    assert list(df.columns[:4]) == ["category", "count", "percent", "cumulative_percent"]
    assert df["category"].tolist() == ["goresan", "cat belang", "retak", "ukuran", "lain"]
    assert df["percent"].sum() == pytest.approx(100)
    assert df["cumulative_percent"].iloc[-1] == 100
    # 40/90 = 44 %, +30 → 78 %, +12 → 91 % crosses 80 % → 3 vital few
    assert df["vital_few"].tolist() == [True, True, True, False, False]


def test_pareto_by_cost_reorders():
    counts = {"retak": 10, "goresan": 40}
    by_cost = pareto(counts, cost={"retak": 150_000, "goresan": 10_000})
    assert by_cost["category"].tolist() == ["retak", "goresan"]
    assert by_cost["cost"].tolist() == [1_500_000, 400_000]
    assert by_cost.attrs["weighted_by"] == "cost"
    with pytest.raises(ColumnError, match="goresan"):
        pareto(counts, cost={"retak": 1})


def test_pareto_other_category_is_last_and_list_input():
    df = pareto(["a", "b", "a", "Lainnya", "Lainnya", "Lainnya"], other="Lainnya")
    assert df["category"].iloc[-1] == "Lainnya"
    assert df["count"].iloc[0] == 2


def test_pareto_from_check_sheet(records):
    df = pareto(check_sheet(records, count="count"))
    assert df["category"].iloc[0] == "finishing belang"


@given(st.dictionaries(st.text("abcdefgh", min_size=1, max_size=4), st.integers(0, 100), min_size=1,
                       max_size=8), st.randoms())
def test_pareto_independent_of_input_order(counts, rnd):
    if sum(counts.values()) == 0:
        return
    items = list(counts.items())
    rnd.shuffle(items)
    a, b = pareto(dict(counts)), pareto(dict(items))
    pd.testing.assert_frame_equal(a, b)
    assert a["vital_few"].iloc[0]
    assert (np.diff(a["count"]) <= 0).all()


@pytest.mark.parametrize("bad", [{}, {"a": -1}, {"a": 0, "b": 0}, {"a": "banyak"}, 5, [1, 2]])
def test_pareto_bad_input(bad):
    with pytest.raises(IkmError):
        pareto(bad)


# ------------------------------------------------------------ fishbone
def test_fishbone_six_m_in_indonesian():
    fb = fishbone("Kaki meja tidak rata", {"Mesin": ["mata gergaji tumpul"], "method": "tanpa mal"})
    assert SIX_M == ("manusia", "mesin", "metode", "material", "pengukuran", "lingkungan")
    assert fb.causes["mesin"] == ["mata gergaji tumpul"] and fb.causes["metode"] == ["tanpa mal"]
    assert fb.missing_categories() == ["manusia", "material", "pengukuran", "lingkungan"]
    frame = fb.to_frame()
    assert frame.shape == (2, 2) and frame.iloc[0, 0] == "Mesin"
    exercise = fb.blank()
    assert exercise.count() == 0 and exercise.effect == fb.effect
    html = fb._repr_html_()
    for word in ("Manusia", "Mesin", "Metode", "Material", "Pengukuran", "Lingkungan"):
        assert word in html


def test_fishbone_bad_input():
    with pytest.raises(InputError):
        fishbone("")
    with pytest.raises(InputError, match="Manusia"):
        fishbone("x", {"Uang": ["modal"]})
    with pytest.raises(InputError):
        fishbone("x").add("mesin", "  ")


# ------------------------------------------------------------ histogram, scatter, stratification
def test_histogram_with_specs_and_normal_curve():
    x = np.random.default_rng(3).normal(720, 0.6, 500)
    h = histogram(x, lsl=718.5, usl=721.5)
    assert h.counts.sum() == 500 and h.edges.size == h.counts.size + 1
    area = np.trapezoid(h.curve_y, h.curve_x) / (h.edges[1] - h.edges[0])
    assert area == pytest.approx(500, rel=0.02)
    assert h.fraction_outside == pytest.approx(np.mean((x < 718.5) | (x > 721.5)))
    assert histogram(x, bins=10).counts.size == 10


def test_scatter_correlation_and_trend():
    x = np.arange(20.0)
    y = 2 * x + 1 + np.random.default_rng(1).normal(0, 0.5, 20)
    res = scatter(x, y)
    assert res.r > 0.99 and res.slope == pytest.approx(2, abs=0.1)
    assert "sangat kuat" in res.interpretation and "sebab-akibat" in res.interpretation
    with pytest.raises(InputError):
        scatter([1, 2, 3], [1, 2])
    with pytest.raises(InputError):
        scatter([1, 1, 1], [1, 2, 3])


def test_stratify_by_operator():
    df = pd.DataFrame({"operator": ["A", "A", "B", "B"], "mm": [720.0, 720.4, 721.9, 722.3]})
    out = stratify(df, "mm", by="operator", lsl=718, usl=722)
    assert out["operator"].tolist() == ["A", "B"]
    assert out.loc[1, "mean"] == pytest.approx(722.1) and out.loc[1, "out_of_spec"] == 0.5
    with pytest.raises(ColumnError):
        stratify(df, "panjang", by="operator")


def test_tools_respect_language():
    with language("en"):
        fb = fishbone("Uneven legs")
        assert "Machine" in fb._repr_html_()
