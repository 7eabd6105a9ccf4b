"""Tables as participants see them: Indonesian column labels and Indonesian number formats.

    >>> import pandas as pd
    >>> from ikm_kit.tables import label_columns
    >>> list(label_columns(pd.DataFrame({"length_mm": [1800], "unit_price_rp": [1_600_000]})).columns)
    ['panjang (mm)', 'harga satuan (Rp)']

Labels live in the i18n catalogue (``ikm_kit/i18n/columns.py``, keys ``columns.<name>``); a column
without a label keeps its name.
"""
from __future__ import annotations

import pandas as pd

from ikm_kit import formats
from ikm_kit.i18n import has_key, t

#: Columns shown with one decimal (percent numbers) and as a percentage (shares 0…1).
ONE_DECIMAL = {"percent", "cumulative_percent", "min", "max", "waste_pct"}
AS_PERCENT = {"out_of_spec", "occupancy_rate", "usable_occupancy_rate", "collection_rate", "utilization", "booking_rate"}


def column_label(name: str, lang: str | None = None) -> str:
    """Indonesian (active language) label of a data column, e.g. ``"length_mm"`` → ``"panjang (mm)"``."""
    key = f"columns.{name}"
    return t(key, lang) if has_key(key) else str(name)


def label_columns(df: pd.DataFrame, lang: str | None = None) -> pd.DataFrame:
    """A copy of ``df`` with column labels in the active language (values unchanged)."""
    return df.rename(columns={c: column_label(c, lang) for c in df.columns if isinstance(c, str)})


def _formatter(column: str, series: pd.Series):
    if pd.api.types.is_bool_dtype(series):
        return lambda v: t("columns.yes") if v else "–"
    if not pd.api.types.is_numeric_dtype(series):
        return None
    if column in AS_PERCENT:
        return lambda v: formats.percent(v, 1)
    if column in ONE_DECIMAL:
        return lambda v: formats.number(v, 1)
    if pd.api.types.is_integer_dtype(series) or column.endswith("_rp") or column in ("count", "cost", "cost_per_unit"):
        return lambda v: formats.number(v, 0)
    return lambda v: formats.number(v, 2)


def show_table(df: pd.DataFrame):
    """``df`` as a styled table: Indonesian column labels, ``1.234,5`` numbers, shares as ``12,5 %``,
    ``ya``/``–`` for yes/no, no index column.  Returns a pandas ``Styler`` (displayed by Jupyter)."""
    fmt = {column_label(c): f for c in df.columns if (f := _formatter(str(c), df[c])) is not None}
    return label_columns(df).style.format(fmt, na_rep="–").hide()
