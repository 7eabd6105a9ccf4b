"""Indonesian column labels and number formats for course tables (ikm_kit.tables)."""
import pandas as pd

from ikm_kit.tables import column_label, label_columns, show_table


def test_labels_come_from_the_catalogue_in_both_languages():
    df = pd.DataFrame({"length_mm": [1800], "unit_price_rp": [1_600_000], "tak_dikenal": [1]})
    assert list(label_columns(df).columns) == ["panjang (mm)", "harga satuan (Rp)", "tak_dikenal"]
    assert column_label("length_mm", "en") == "length (mm)"
    assert list(df.columns) == ["length_mm", "unit_price_rp", "tak_dikenal"]   # the input is not changed


def test_show_table_formats_numbers_the_indonesian_way():
    df = pd.DataFrame({"category": ["retak"], "count": [1234], "percent": [32.64], "vital_few": [True],
                       "occupancy_rate": [0.275], "mean": [720.4567], "unit_price_rp": [1_600_000.0]})
    html = show_table(df).to_html()
    for shown in ("jenis cacat", "1.234", "32,6", ">ya<", "27,5", "720,46", "1.600.000", "tingkat keterisian"):
        assert shown in html, shown
    assert "category" not in html and "0.275" not in html
