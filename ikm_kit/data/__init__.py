"""The shipped training datasets of the two Kendari sentras (typed pandas frames).

    >>> from ikm_kit import data
    >>> ws = data.load("workshops")           # typed DataFrame (copy)
    >>> int((ws["sentra"] == "mebel").sum())
    40
    >>> data.list_datasets().columns.tolist()
    ['name', 'rows', 'description']

Where the CSV files are read from, in order: the folder in the environment
variable ``IKM_DATA_DIR``; the repository ``data/`` folder next to the
package; otherwise (package installed without the repository) the data are
generated in memory by :mod:`ikm_kit.data.generate` — same values.

Column meanings, units and sources: :mod:`ikm_kit.data.schema` and
``data/README.md``.
"""
from __future__ import annotations

import io
import os
import threading
import zipfile
from pathlib import Path
from typing import Iterable, Mapping

import pandas as pd

from ikm_kit import validation
from ikm_kit.data import schema
from ikm_kit.errors import DatasetNotFoundError, FileFormatError, IkmError, InputError
from ikm_kit.i18n import t
from ikm_kit.paths import REPO_DATA_DIR

FORMATS = ("csv", "xlsx")
ALL = ("all", "semua")
#: Text cells starting with one of these are escaped in XLSX exports
#: (spreadsheet formula injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
XLSX_ALL_NAME = "ikm_kit_data.xlsx"

_cache: dict[tuple[str, str], pd.DataFrame] = {}
_generated: dict[str, str] | None = None
_lock = threading.Lock()


def names() -> list[str]:
    """Names of all shipped datasets, e.g. ``['workshops', 'occupancy_monthly', ...]``."""
    return schema.names()


def data_dir() -> Path | None:
    """The folder the CSV files are read from, or ``None`` (generated in memory)."""
    env = os.environ.get("IKM_DATA_DIR", "").strip()
    if env:
        return Path(env).expanduser()
    if all((REPO_DATA_DIR / schema.DATASETS[n].filename).is_file() for n in names()):
        return REPO_DATA_DIR
    return None


def _check_name(name: object) -> str:
    if not isinstance(name, str) or name not in schema.DATASETS:
        raise DatasetNotFoundError(
            t("error.unknown_dataset", name=name, valid=", ".join(names())),
            name=name, valid=names(),
        )
    return name


def _generated_text(name: str) -> str:
    global _generated
    if _generated is None:
        from ikm_kit.data.generate import csv_texts

        _generated = csv_texts()
    return _generated[name]


def load(name: str) -> pd.DataFrame:
    """Return dataset ``name`` as a typed DataFrame (a fresh copy each call).

    Dates/timestamps are ``datetime64[ns]``, vocabularies ``category``,
    counts and Rp ``int64``, measurements ``float64``; empty text is ``""``.
    Example: ``load("machine_log")["run_min"].sum()``.  An unknown name raises
    :class:`ikm_kit.errors.DatasetNotFoundError` listing the valid names.
    """
    name = _check_name(name)
    folder = data_dir()
    key = (str(folder) if folder is not None else "<generated>", name)
    with _lock:
        frame = _cache.get(key)
        if frame is None:
            if folder is not None:
                frame = schema.read_csv(folder / schema.DATASETS[name].filename, name)
            else:
                frame = schema.read_csv(io.StringIO(_generated_text(name)), name)
            _cache[key] = frame
    return frame.copy()


def clear_cache() -> None:
    """Forget loaded frames (after regenerating or editing the CSV files)."""
    global _generated
    with _lock:
        _cache.clear()
        _generated = None


def list_datasets() -> pd.DataFrame:
    """One row per dataset: ``name``, ``rows``, ``description`` (active language)."""
    rows = [(n, len(load(n)), t(f"datasets.{n}.description")) for n in names()]
    df = pd.DataFrame(rows, columns=["name", "rows", "description"])
    df["rows"] = df["rows"].astype("int64")
    return df


def _selection(name_or_all: str | Iterable[str]) -> list[str]:
    if isinstance(name_or_all, str):
        if name_or_all.strip().lower() in ALL:
            return names()
        return [_check_name(name_or_all)]
    if isinstance(name_or_all, (bytes, Mapping)) or not isinstance(name_or_all, Iterable):
        _check_name(name_or_all)
    selected = [_check_name(n) for n in name_or_all]
    if not selected:
        raise InputError(t("error.empty", field="name_or_all", minimum=1))
    return selected


def export(name_or_all: str | Iterable[str], fmt: str = "csv", out_dir: str | Path = ".") -> list[Path]:
    """Write datasets to ``out_dir`` as CSV (one file each) or XLSX; return the paths.

    ``name_or_all``: a dataset name, a list of names, or ``"all"``/``"semua"``.
    XLSX: one workbook, one sheet per dataset (``<name>.xlsx`` for a single
    dataset, ``ikm_kit_data.xlsx`` otherwise), bold header, column widths set,
    text starting with ``= + - @`` escaped.  Example::

        export("all", "xlsx", "unduhan")   # → [Path('unduhan/ikm_kit_data.xlsx')]
    """
    fmt_norm = str(fmt).strip().lower().lstrip(".")
    if fmt_norm not in FORMATS:
        raise InputError(t("error.export_format", value=fmt, valid=", ".join(FORMATS)))
    selected = _selection(name_or_all)
    out = validation.path(out_dir, "out_dir")
    try:
        out.mkdir(parents=True, exist_ok=True)
        if fmt_norm == "csv":
            paths = []
            for n in selected:
                path = out / schema.DATASETS[n].filename
                path.write_bytes(schema.to_csv_text(load(n), n).encode("utf-8"))
                paths.append(path)
            return paths
    except OSError:
        raise InputError(t("error.cannot_write", path=str(out))) from None
    filename = f"{selected[0]}.xlsx" if len(selected) == 1 else XLSX_ALL_NAME
    path = out / filename
    write_xlsx({n: load(n) for n in selected}, path)
    return [path]


def escape_formula(text: str) -> str:
    """Make a text cell safe for spreadsheets: ``"=1+1"`` → ``"'=1+1"``."""
    if isinstance(text, str) and text and text[0] in FORMULA_PREFIXES:
        return "'" + text
    return text


def write_xlsx(frames: dict[str, pd.DataFrame], path: str | Path) -> Path:
    """Write ``{sheet_name: frame}`` to one XLSX workbook (openpyxl).

    Header bold and frozen, column widths from the content, dates formatted,
    text cells starting with ``= + - @`` stored as text with a leading ``'``
    (and Excel's quote-prefix flag) so they never run as formulas.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    if not isinstance(frames, Mapping) or not all(isinstance(df, pd.DataFrame) for df in frames.values()):
        raise InputError(t("error.not_a_table", field="frames", value=validation.type_name(frames)))
    path = validation.path(path, "path")
    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    for sheet, df in frames.items():
        ws = wb.create_sheet(title=str(sheet)[:31])
        ws.freeze_panes = "A2"
        kinds = []
        for col in df.columns:
            s = df[col]
            if pd.api.types.is_datetime64_any_dtype(s):
                has_time = bool(((s.dt.hour != 0) | (s.dt.minute != 0)).fillna(False).any())
                kinds.append("yyyy-mm-dd hh:mm" if has_time else "yyyy-mm-dd")
            elif pd.api.types.is_numeric_dtype(s) and not pd.api.types.is_bool_dtype(s):
                kinds.append("num")
            else:
                kinds.append("text")
        for i, col in enumerate(df.columns, start=1):
            sample = df[col].head(200).astype(object).map(lambda v: len(str(v)))
            width = max([len(str(col))] + sample.tolist()) if len(df) else len(str(col))
            ws.column_dimensions[get_column_letter(i)].width = min(max(width + 2, 8), 60)
        header = []
        for col in df.columns:
            cell = WriteOnlyCell(ws, value=str(col))
            cell.font = bold
            header.append(cell)
        ws.append(header)
        columns = [df[c].tolist() for c in df.columns]
        for values in zip(*columns):
            row = []
            for kind, v in zip(kinds, values):
                if v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and v != v):
                    row.append(None)
                elif kind == "num":
                    row.append(v.item() if hasattr(v, "item") else v)
                elif kind == "text":
                    text = str(v)
                    if text == "":
                        row.append(None)
                    elif text[0] in FORMULA_PREFIXES:
                        cell = WriteOnlyCell(ws, value=escape_formula(text))
                        cell.data_type = "s"
                        cell.quotePrefix = True
                        row.append(cell)
                    else:
                        row.append(text)
                else:
                    cell = WriteOnlyCell(ws, value=v.to_pydatetime())
                    cell.number_format = kind
                    row.append(cell)
            ws.append(row)
    try:
        wb.save(path)
    except OSError:
        raise InputError(t("error.cannot_write", path=str(path))) from None
    return path


def read_xlsx(path: str | Path, name: str | None = None) -> dict[str, pd.DataFrame] | pd.DataFrame:
    """Read an exported workbook back into typed frames (all sheets, or one ``name``)."""
    if name is not None:
        _check_name(name)
    path = validation.path(path, "path")
    if not path.is_file():
        raise FileFormatError(t("data.file_missing", path=str(path)))
    typed = {}
    try:
        with pd.ExcelFile(path, engine="openpyxl") as book:
            for sheet in book.sheet_names:
                if sheet not in schema.DATASETS or (name is not None and sheet != name):
                    continue
                text = {c.name: str for c in schema.DATASETS[sheet].columns if c.dtype in ("str", "category")}
                typed[sheet] = schema.coerce(book.parse(sheet, dtype=text), sheet)
    except IkmError:
        raise
    except (OSError, ValueError, KeyError, zipfile.BadZipFile):
        raise FileFormatError(t("data.not_workbook", path=path.name)) from None
    if name is not None and name not in typed:
        raise FileFormatError(t("data.sheet_missing", path=path.name, sheet=name))
    return typed[name] if name is not None else typed


__all__ = ["ALL", "FORMATS", "clear_cache", "data_dir", "escape_formula", "export", "list_datasets",
           "load", "names", "read_xlsx", "schema", "write_xlsx"]
