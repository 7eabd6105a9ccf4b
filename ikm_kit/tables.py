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
from ikm_kit.i18n import get_language, has_key, t

#: Columns shown with one decimal (percent numbers) and as a percentage (shares 0…1).
ONE_DECIMAL = {"percent", "cumulative_percent", "min", "max", "waste_pct"}
#: Money columns whose names do not end in ``_rp`` (shown without decimals, like ``*_rp``).
#: (A column whose label says "(Rp)" is money too.)
MONEY = {"cost", "cost_per_unit", "rp"}
AS_PERCENT = {"out_of_spec", "occupancy_rate", "usable_occupancy_rate", "collection_rate", "utilization", "booking_rate",
              "oee", "availability", "performance", "quality"}
#: Columns with a fixed number of decimals (small rates that two decimals would round away).
DECIMALS = {"arrival_rate": 3}
#: Numbers that are names, not amounts: no thousands mark (``2021``, not ``2.021``).
PLAIN = {"year"}


def column_label(name: str, lang: str | None = None) -> str:
    """Indonesian (active language) label of a data column, e.g. ``"length_mm"`` → ``"panjang (mm)"``."""
    key = f"columns.{name}"
    return t(key, lang) if has_key(key) else str(name)


def label_columns(df: pd.DataFrame, lang: str | None = None) -> pd.DataFrame:
    """A copy of ``df`` with column labels in the active language (values unchanged)."""
    return df.rename(columns={c: column_label(c, lang) for c in df.columns if isinstance(c, str)})


def _decimals_needed(series: pd.Series, most: int = 2) -> int:
    """Fewest decimals (0…``most``) that show every value of ``series`` exactly: ``719.9`` → 1, ``1800.0`` → 0."""
    values = pd.to_numeric(series, errors="coerce").dropna()
    values = values[values.map(lambda v: abs(v) != float("inf"))]
    for d in range(most):
        if bool(((values - values.round(d)).abs() < 1e-9).all()):
            return d
    return most


def _number(decimals: int):
    # "-0" (a rounded tiny negative, or -0.0) reads as a sign error: show 0
    return lambda v: formats.number(0 if v == 0 or round(v, decimals) == 0 else v, decimals)


def _date_time(series: pd.Series, lang: str | None = None):
    """Dates as ``3 Januari 2024``; with the clock time (``3 Januari 2024 08.30``) when any row has one."""
    sep = "." if (lang or get_language()) == "id" else ":"
    stamps = pd.to_datetime(series.dropna())
    with_time = bool((stamps != stamps.dt.normalize()).any())

    def fmt(v) -> str:
        if pd.isna(v):
            return "–"
        stamp = pd.Timestamp(v)
        day = formats.date(stamp, lang)
        return f"{day} {stamp:%H}{sep}{stamp:%M}" if with_time else day
    return fmt


def _is_money(column: str) -> bool:
    return column.endswith("_rp") or column in MONEY or "(Rp)" in column_label(column) or column.startswith("Rp ")


def _formatter(column: str, series: pd.Series):
    if pd.api.types.is_bool_dtype(series):
        return lambda v: t("columns.yes") if v else "–"
    if pd.api.types.is_datetime64_any_dtype(series):
        return _date_time(series)
    if isinstance(series.dtype, pd.PeriodDtype) and str(series.dtype) == "period[M]":
        return lambda v: "–" if pd.isna(v) else formats.month(v.to_timestamp())
    if not pd.api.types.is_numeric_dtype(series):
        return None
    if column in PLAIN:
        return lambda v: str(int(v)) if float(v).is_integer() else str(v)
    if column in AS_PERCENT:
        return lambda v: formats.percent(v, 1)
    if column in DECIMALS:
        return _number(DECIMALS[column])
    if column in ONE_DECIMAL:
        return _number(1)
    if pd.api.types.is_integer_dtype(series) or _is_money(column) or column == "count":
        return _number(0)
    return _number(_decimals_needed(series))


def _with_index_columns(df: pd.DataFrame) -> pd.DataFrame:
    """A named index (``defect_type``, ``machine_id`` …) is data a person reads: make it a column."""
    if any(name is not None for name in df.index.names):
        return df.reset_index()
    return df


def display_frame(df: pd.DataFrame, lang: str | None = None) -> pd.DataFrame:
    """``df`` as text for an HTML result table: the labels and number formats of :func:`show_table`.

    >>> display_frame(pd.DataFrame({"measured_value": [158.1], "within_limits": [False]})).to_dict("records")
    [{'nilai terukur': '158,1', 'dalam batas kritis': '–'}]
    """
    df = _with_index_columns(df)
    out = df.copy()
    for c in df.columns:
        f = _formatter(str(c), df[c])
        if f is not None:
            out[c] = df[c].map(lambda v, f=f: "–" if _missing(v) else f(v))
        else:
            out[c] = df[c].map(lambda v: "–" if _missing(v) else v)
    return label_columns(out, lang)


def _missing(v) -> bool:
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def show_table(df: pd.DataFrame):
    """``df`` as a styled table: Indonesian column labels, ``1.234,5`` numbers (as many decimals as the
    data has, at most two; Rupiah without decimals), shares as ``12,5 %``, ``ya``/``–`` for yes/no, dates as
    ``3 Januari 2024``, months as ``Desember 2023``; a named index becomes a column, a plain one is hidden;
    text columns are aligned left, numbers right.  Returns a pandas ``Styler`` (displayed by Jupyter)."""
    df = _with_index_columns(df)
    fmt = {column_label(c): f for c in df.columns if (f := _formatter(str(c), df[c])) is not None}
    text = [i for i, c in enumerate(df.columns) if _is_text(df[c])]
    left = [{"selector": f"{cell}.col{i}", "props": "text-align: left;"} for i in text for cell in ("th.col_heading", "td")]
    return label_columns(df).style.format(fmt, na_rep="–").hide().set_table_styles(left, overwrite=False)


def _is_text(series: pd.Series) -> bool:
    return not (pd.api.types.is_numeric_dtype(series) or pd.api.types.is_datetime64_any_dtype(series)
                or isinstance(series.dtype, pd.PeriodDtype))
