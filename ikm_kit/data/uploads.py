"""Read a user's uploaded CSV/XLSX template into a validated DataFrame (pure, no widgets).

The dashboards accept the toolkit's own templates (download them with
:func:`template_bytes`).  Every problem raises
:class:`ikm_kit.errors.FileFormatError` with an Indonesian message naming the
sheet, the spreadsheet row (the header is row 1) and the column.

Accepted: ``.xlsx`` (first matching sheet), ``.csv`` with comma, semicolon or
tab separators, UTF-8 (with or without BOM) or Windows-1252; decimal commas
(``720,5``) and Indonesian thousands dots (``1.250.000``); dates as
``2023-07-01``, ``01/07/2023`` (day first), ``01-07-2023``, ``1 Juli 2023``,
Excel dates; months as ``2023-07``, ``07/2023`` or ``Jul 2023``.

    >>> from ikm_kit.data.uploads import parse_upload, template_bytes
    >>> df = parse_upload(b"value\\n720,5\\n719.9\\n", "ukur.csv", "measurements")
    >>> df["value"].tolist()
    [720.5, 719.9]
"""
from __future__ import annotations

import csv
import datetime as _dt
import io
import math
import re
import zipfile
from dataclasses import dataclass
from pathlib import PurePath

import numpy as np
import pandas as pd

from ikm_kit.errors import FileFormatError
from ikm_kit.i18n import t

#: Default largest accepted upload (bytes).
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
#: Largest total uncompressed size of an XLSX (zip) before it is even opened.
MAX_UNCOMPRESSED_BYTES = 60 * 1024 * 1024
MAX_ZIP_ENTRIES = 2_000
MAX_ROWS = 200_000

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_MIME = "text/csv"


@dataclass(frozen=True)
class Field:
    """A template column: ``name``, ``kind`` (str, int, float, date, month, choice), required or not."""

    name: str
    kind: str
    required: bool = True
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Template:
    """An upload template: its name (also the preferred XLSX sheet) and its fields."""

    name: str
    fields: tuple[Field, ...]
    example_dataset: str | None = None

    @property
    def required(self) -> list[str]:
        return [f.name for f in self.fields if f.required]

    @property
    def names(self) -> list[str]:
        return [f.name for f in self.fields]


STATUSES = ("terisi", "kosong", "perawatan")
SENTRAS = ("mebel", "pangan")

TEMPLATES: dict[str, Template] = {
    "occupancy": Template("occupancy_monthly", (
        Field("month", "month"), Field("sentra", "choice", choices=SENTRAS), Field("unit_id", "str"),
        Field("status", "choice", choices=STATUSES), Field("tenant", "str", required=False),
        Field("rent_billed_rp", "int"), Field("rent_paid_rp", "int"),
    ), "occupancy_monthly"),
    "workshops": Template("workshops", (
        Field("sentra", "choice", choices=SENTRAS), Field("unit_id", "str"), Field("block", "str", required=False),
        Field("grid_row", "int"), Field("grid_col", "int"), Field("tenant", "str", required=False),
        Field("owner", "str", required=False), Field("product_line", "str", required=False),
        Field("area_m2", "float", required=False), Field("monthly_rent_rp", "int"),
        Field("status", "choice", choices=STATUSES), Field("since", "date", required=False),
    ), "workshops"),
    "measurements": Template("measurements", (
        Field("subgroup", "int", required=False), Field("value", "float"), Field("unit", "str", required=False),
        Field("lsl", "float", required=False), Field("usl", "float", required=False),
    ), None),
}



def _schema_template(dataset: str) -> Template:
    """An upload template with exactly the columns of a shipped dataset (paper forms of
    :mod:`ikm_kit.paper_forms` are typed back through it)."""
    from ikm_kit.data import schema

    kinds = {"int64": "int", "Int64": "int", "float64": "float", "str": "str", "category": "choice",
             "date": "date", "datetime": "datetime"}
    optional = {"critical_min", "critical_max", "corrective_action", "operator", "unit"}
    fields = tuple(Field(c.name, kinds[c.dtype], required=c.name not in optional and c.dtype != "Int64",
                         choices=tuple(c.categories or ())) for c in schema.DATASETS[dataset].columns)
    return Template(dataset, fields, dataset)


TEMPLATES["machine_log"] = _schema_template("machine_log")
TEMPLATES["ccp_log"] = _schema_template("ccp_log")

_MONTHS = {
    "jan": 1, "januari": 1, "january": 1, "feb": 2, "februari": 2, "february": 2, "peb": 2, "mar": 3,
    "maret": 3, "march": 3, "apr": 4, "april": 4, "mei": 5, "may": 5, "jun": 6, "juni": 6, "june": 6,
    "jul": 7, "juli": 7, "july": 7, "agu": 8, "agt": 8, "agustus": 8, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "okt": 10, "oktober": 10, "oct": 10, "october": 10, "nov": 11,
    "nopember": 11, "november": 11, "des": 12, "desember": 12, "dec": 12, "december": 12,
}
_EXCEL_EPOCH = _dt.datetime(1899, 12, 30)


def _template(kind: str) -> Template:
    if kind not in TEMPLATES:
        raise FileFormatError(t("error.unknown_choice", field="template", value=kind, valid=", ".join(TEMPLATES)))
    return TEMPLATES[kind]


# ----------------------------------------------------------------- raw reading
def check_size(content: bytes, max_bytes: int = DEFAULT_MAX_BYTES, name: str = "") -> None:
    """Reject an empty upload or one larger than ``max_bytes``."""
    if not content:
        raise FileFormatError(t("dashboards.upload.empty", name=name))
    if len(content) > max_bytes:
        raise FileFormatError(t("dashboards.upload.too_large", name=name, size=_mb(len(content)),
                                limit=_mb(max_bytes)))


def _mb(n: int) -> str:
    from ikm_kit import formats

    return formats.number(n / 1024 / 1024, 1) + " MB"


def check_xlsx_bytes(content: bytes, name: str = "", *,
                     max_uncompressed: int = MAX_UNCOMPRESSED_BYTES) -> None:
    """Reject non-zip content and zip bombs (checks the central directory before opening)."""
    if not content.startswith(b"PK"):
        raise FileFormatError(t("dashboards.upload.not_xlsx", name=name))
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise FileFormatError(t("dashboards.upload.not_xlsx", name=name)) from None
    if len(infos) > MAX_ZIP_ENTRIES:
        raise FileFormatError(t("dashboards.upload.zip_bomb", name=name))
    total = sum(max(0, i.file_size) for i in infos)
    if total > max_uncompressed:
        raise FileFormatError(t("dashboards.upload.zip_bomb", name=name))
    if not any(i.filename == "[Content_Types].xml" for i in infos):
        raise FileFormatError(t("dashboards.upload.not_xlsx", name=name))


def _decode(content: bytes, name: str) -> str:
    if b"\x00" in content[:4096]:
        raise FileFormatError(t("dashboards.upload.not_spreadsheet", name=name))
    if content.startswith(b"\xef\xbb\xbf"):
        return content[3:].decode("utf-8", errors="replace")
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace")


def _read_csv(content: bytes, name: str) -> list[list[object]]:
    text = _decode(content, name)
    lines = text.splitlines()
    if not lines or not text.strip():
        raise FileFormatError(t("dashboards.upload.empty", name=name))
    head = lines[0]
    delim = max((";", ",", "\t"), key=lambda d: head.count(d))
    if head.count(delim) == 0:
        delim = ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delim))
    if len(rows) > MAX_ROWS:
        raise FileFormatError(t("dashboards.upload.too_many_rows", name=name, limit=MAX_ROWS))
    return rows


def _read_xlsx(content: bytes, name: str, template: Template) -> tuple[str, list[list[object]]]:
    check_xlsx_bytes(content, name)
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - any failure means "not a readable workbook"
        raise FileFormatError(t("dashboards.upload.not_xlsx", name=name)) from None
    try:
        sheets = wb.sheetnames
        if not sheets:
            raise FileFormatError(t("dashboards.upload.empty", name=name))
        wanted = [s for s in sheets if s.strip().lower() == template.name] or sheets
        best_sheet, best_rows, best_hits = wanted[0], [], -1
        for sheet in wanted[:10]:
            rows = []
            for i, row in enumerate(wb[sheet].iter_rows(values_only=True)):
                if i > MAX_ROWS:
                    raise FileFormatError(t("dashboards.upload.too_many_rows", name=name, limit=MAX_ROWS))
                rows.append(list(row))
            header = [_norm_header(c) for c in rows[0]] if rows else []
            hits = len(set(header) & set(template.names))
            if hits > best_hits:
                best_sheet, best_rows, best_hits = sheet, rows, hits
        return best_sheet, best_rows
    finally:
        wb.close()


def _norm_header(value: object) -> str:
    text = "" if value is None else str(value)
    return re.sub(r"[\s\-]+", "_", text.strip().lstrip("\ufeff").lower())


# ----------------------------------------------------------------- cell parsing
def _blank(v: object) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or (isinstance(v, str) and not v.strip())


def parse_number(value: object, integer: bool = False) -> float:
    """``"1.250.000"`` → 1250000, ``"720,5"`` → 720.5, ``"Rp 5.000"`` → 5000; raise ValueError otherwise."""
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float, np.integer, np.floating)):
        x = float(value)
        if not math.isfinite(x):
            raise ValueError(value)
        return x
    s = str(value).strip().replace("\u00a0", "").replace(" ", "")
    s = re.sub(r"^(rp\.?)", "", s, flags=re.IGNORECASE)
    if s.endswith("%"):
        raise ValueError(value)
    if not re.fullmatch(r"[+-]?[0-9.,]+", s) or not re.search(r"[0-9]", s):
        raise ValueError(value)
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        s = s.replace(",", "") if s.count(",") > 1 else s.replace(",", ".")
    elif s.count(".") > 1 or (integer and re.fullmatch(r"[+-]?\d{1,3}(\.\d{3})+", s)):
        s = s.replace(".", "")
    x = float(s)
    if not math.isfinite(x):
        raise ValueError(value)
    return x


def parse_date(value: object, month_only: bool = False, keep_time: bool = False) -> pd.Timestamp:
    """Many written date forms → Timestamp (day first); months → the 1st. ValueError otherwise."""
    if isinstance(value, pd.Timestamp):
        ts = value
    elif isinstance(value, (_dt.datetime, _dt.date)):
        ts = pd.Timestamp(value)
    elif isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool):
        x = float(value)
        if not (1 <= x < 200_000):
            raise ValueError(value)
        ts = pd.Timestamp(_EXCEL_EPOCH + _dt.timedelta(days=x))
    else:
        ts = _parse_date_text(str(value).strip(), month_only)
    if not (1990 <= ts.year <= 2100):
        raise ValueError(value)
    if keep_time:
        return ts.floor("min")
    ts = ts.normalize() if not month_only else ts.to_period("M").to_timestamp()
    return ts


def _parse_date_text(s: str, month_only: bool) -> pd.Timestamp:
    s = s.strip()
    m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?", s)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        return pd.Timestamp(_dt.datetime(y, mo, d, int(m[4] or 0), int(m[5] or 0), int(m[6] or 0)))
    m = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?", s)
    if m:
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
        return pd.Timestamp(_dt.datetime(y, mo, d, int(m[4] or 0), int(m[5] or 0), int(m[6] or 0)))
    m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})", s)
    if m:
        return pd.Timestamp(_dt.datetime(int(m[1]), int(m[2]), 1))
    m = re.fullmatch(r"(\d{1,2})[-/.](\d{4})", s)
    if m:
        return pd.Timestamp(_dt.datetime(int(m[2]), int(m[1]), 1))
    m = re.fullmatch(r"(?:(\d{1,2})[\s-]+)?([A-Za-z]+)\.?[\s-]+(\d{4})", s)
    if m and m[2].lower() in _MONTHS:
        return pd.Timestamp(_dt.datetime(int(m[3]), _MONTHS[m[2].lower()], int(m[1] or 1)))
    raise ValueError(s)


class _CellProblem(Exception):
    def __init__(self, problem: str, position: int) -> None:
        super().__init__(problem)
        self.problem, self.position = problem, position


def _cell_error(problem: str, sheet: str, row: int, column: str) -> _CellProblem:
    return _CellProblem(problem, row - 2)


def _convert(values: list[object], fld: Field, sheet: str) -> list[object]:
    out: list[object] = []
    for i, v in enumerate(values):
        row = i + 2
        if _blank(v):
            if fld.required and fld.kind != "str":
                raise _cell_error(t("dashboards.upload.cell_empty"), sheet, row, fld.name)
            if fld.required and fld.kind == "str" and fld.name in ("unit_id",):
                raise _cell_error(t("dashboards.upload.cell_empty"), sheet, row, fld.name)
            out.append("" if fld.kind in ("str", "choice") else (pd.NaT if fld.kind in ("date", "month", "datetime") else np.nan))
            continue
        try:
            if fld.kind in ("int", "float"):
                x = parse_number(v, integer=fld.kind == "int")
                if fld.kind == "int":
                    if not float(x).is_integer():
                        raise ValueError(v)
                    x = int(x)
                out.append(x)
            elif fld.kind in ("date", "month"):
                out.append(parse_date(v, month_only=fld.kind == "month"))
            elif fld.kind == "datetime":
                out.append(parse_date(v, keep_time=True))
            elif fld.kind == "choice":
                text = str(v).strip().lower()
                if text not in fld.choices:
                    raise _cell_error(t("dashboards.upload.cell_choice", value=str(v)[:40],
                                        valid=", ".join(fld.choices)), sheet, row, fld.name)
                out.append(text)
            else:
                text = v if isinstance(v, str) else (str(int(v)) if isinstance(v, float) and v.is_integer() else str(v))
                out.append(text.strip())
        except (ValueError, OverflowError, TypeError):
            key = {"int": "dashboards.upload.cell_int", "float": "dashboards.upload.cell_number",
                   "date": "dashboards.upload.cell_date", "month": "dashboards.upload.cell_month",
                   "datetime": "dashboards.upload.cell_date"}[fld.kind]
            raise _cell_error(t(key, value=str(v)[:40]), sheet, row, fld.name) from None
    return out


# ----------------------------------------------------------------- public API
def parse_upload(content: bytes, filename: str, kind: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> pd.DataFrame:
    """Parse an uploaded template file into a typed, validated DataFrame.

    ``kind``: ``"occupancy"``, ``"workshops"`` or ``"measurements"`` (see
    :data:`TEMPLATES`).  ``filename`` decides CSV vs XLSX (``.csv``/``.txt``,
    ``.xlsx``).  Raises :class:`FileFormatError` naming sheet/row/column.
    Example: ``parse_upload(open("keterisian.csv", "rb").read(), "keterisian.csv", "occupancy")``.
    """
    template = _template(kind)
    name = PurePath(str(filename or "")).name or "berkas"
    content = bytes(content or b"")
    check_size(content, max_bytes, name)
    ext = PurePath(name).suffix.lower()
    if ext == ".xlsx" or (ext not in (".csv", ".txt") and content.startswith(b"PK")):
        sheet, rows = _read_xlsx(content, name, template)
    elif ext in (".csv", ".txt", ""):
        if content.startswith(b"PK") or content.startswith(b"%PDF") or content.startswith(b"\xd0\xcf\x11\xe0"):
            raise FileFormatError(t("dashboards.upload.not_spreadsheet", name=name))
        sheet, rows = name, _read_csv(content, name)
    elif ext == ".xls":
        raise FileFormatError(t("dashboards.upload.old_xls", name=name))
    else:
        raise FileFormatError(t("dashboards.upload.not_spreadsheet", name=name))
    return _table(rows, sheet, template, name)


def _table(rows: list[list[object]], sheet: str, template: Template, name: str) -> pd.DataFrame:
    rows = [r for r in rows if r is not None]
    while rows and all(_blank(c) for c in rows[-1]):
        rows.pop()
    if not rows:
        raise FileFormatError(t("dashboards.upload.empty", name=name))
    header = [_norm_header(c) for c in rows[0]]
    present = [f for f in template.names if f in header]
    if not set(template.required) & set(header):
        raise FileFormatError(t("dashboards.upload.wrong_template", name=name, template=template.name,
                                expected=", ".join(template.required)), sheet=sheet, row=1)
    missing = [c for c in template.required if c not in header]
    if missing:
        raise FileFormatError(t("dashboards.upload.missing_columns", missing=", ".join(missing),
                                existing=", ".join(h for h in header if h) or "-"), sheet=sheet, row=1)
    body = [r for r in rows[1:]]
    # drop fully blank rows but keep spreadsheet row numbers for messages
    index = [i for i, r in enumerate(body) if not all(_blank(c) for c in r)]
    if not index:
        raise FileFormatError(t("dashboards.upload.no_rows", name=name), sheet=sheet, row=2)
    data: dict[str, list[object]] = {}
    for fld in template.fields:
        if fld.name not in present:
            continue
        col = header.index(fld.name)
        values = [body[i][col] if col < len(body[i]) else None for i in index]
        try:
            converted = _convert(values, fld, sheet)
        except _CellProblem as exc:
            # the spreadsheet row (blank rows skipped above still count)
            raise FileFormatError(exc.problem, sheet=sheet, row=index[exc.position] + 2, column=fld.name) from None
        data[fld.name] = converted
    df = pd.DataFrame(data)
    for fld in template.fields:
        if fld.name not in df:
            continue
        if fld.kind in ("date", "month", "datetime"):
            df[fld.name] = pd.to_datetime(df[fld.name]).astype("datetime64[ns]")
        elif fld.kind == "int":
            df[fld.name] = df[fld.name].astype("int64") if df[fld.name].notna().all() else df[fld.name].astype("Int64")
        elif fld.kind == "float":
            df[fld.name] = df[fld.name].astype("float64")
        else:
            df[fld.name] = df[fld.name].astype(str)
    for fld in template.fields:          # optional columns the file lacks
        if fld.name not in df:
            df[fld.name] = "" if fld.kind in ("str", "choice") else (
                pd.Series(pd.NaT, index=df.index, dtype="datetime64[ns]") if fld.kind in ("date", "month", "datetime")
                else np.nan)
    _check_rules(df, template, sheet, index)
    return df[template.names]


def _check_rules(df: pd.DataFrame, template: Template, sheet: str, index: list[int]) -> None:
    def fail(key: str, i: int, column: str, **kw) -> None:
        raise FileFormatError(t(key, **kw), sheet=sheet, row=index[i] + 2, column=column)

    for col in ("rent_billed_rp", "rent_paid_rp", "monthly_rent_rp", "area_m2"):
        if col in df and (df[col].fillna(0) < 0).any():
            i = int(np.flatnonzero((df[col].fillna(0) < 0).to_numpy())[0])
            fail("dashboards.upload.cell_negative", i, col, value=df[col].iloc[i])
    if template.name == "occupancy_monthly":
        dup = df.duplicated(["month", "sentra", "unit_id"]).to_numpy()
        if dup.any():
            i = int(np.flatnonzero(dup)[0])
            fail("dashboards.upload.duplicate", i, "unit_id", unit=df["unit_id"].iloc[i])
    if template.name == "workshops":
        dup = df.duplicated(["sentra", "unit_id"]).to_numpy()
        if dup.any():
            i = int(np.flatnonzero(dup)[0])
            fail("dashboards.upload.duplicate", i, "unit_id", unit=df["unit_id"].iloc[i])
        for col in ("grid_row", "grid_col"):
            bad = (df[col] < 1).to_numpy()
            if bad.any():
                i = int(np.flatnonzero(bad)[0])
                fail("dashboards.upload.cell_negative", i, col, value=df[col].iloc[i])
    if template.name == "measurements":
        if len(df) < 2:
            raise FileFormatError(t("dashboards.upload.too_few_values", n=len(df)), sheet=sheet,
                                  column="value")
        lsl, usl = df["lsl"].dropna(), df["usl"].dropna()
        if len(lsl) and len(usl) and lsl.iloc[0] >= usl.iloc[0]:
            fail("dashboards.upload.lsl_usl", int(np.flatnonzero(df["usl"].notna().to_numpy())[0]), "usl")


def detect_kind(content: bytes, filename: str, kinds: tuple[str, ...] = ("occupancy", "workshops"),
                *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Which of ``kinds`` the file's header matches best (for one upload box taking several templates)."""
    name = PurePath(str(filename or "")).name or "berkas"
    check_size(bytes(content or b""), max_bytes, name)
    ext = PurePath(name).suffix.lower()
    try:
        if ext == ".xlsx" or content.startswith(b"PK"):
            _, rows = _read_xlsx(content, name, TEMPLATES[kinds[0]])
        elif ext in (".csv", ".txt", ""):
            rows = _read_csv(content, name)
        else:
            return kinds[0]
    except FileFormatError:
        return kinds[0]
    header = {_norm_header(c) for c in (rows[0] if rows else [])}
    scores = {k: len(header & set(TEMPLATES[k].required)) / len(TEMPLATES[k].required) for k in kinds}
    return max(kinds, key=lambda k: scores[k])


def template_frame(kind: str) -> pd.DataFrame:
    """An example of the template (from the shipped data when it has one, else a few rows)."""
    template = _template(kind)
    if template.example_dataset:
        from ikm_kit import data

        df = data.load(template.example_dataset)
        if kind == "occupancy":
            df = df[df["month"] >= df["month"].max() - pd.DateOffset(months=11)]
        return df[template.names].reset_index(drop=True)
    from ikm_kit.quality.production_line import PRESETS, ProductionLine

    spec = PRESETS["panjang_kaki_meja"]
    run = ProductionLine(preset="panjang_kaki_meja", seed=11).run(20)
    return pd.DataFrame({"subgroup": run["hour"].to_numpy() + 1, "value": run["value"].round(2).to_numpy(),
                         "unit": spec.unit, "lsl": spec.lsl, "usl": spec.usl})


def template_bytes(kind: str, fmt: str = "csv") -> bytes:
    """The template for ``kind`` as CSV (UTF-8, comma) or XLSX bytes, for a download link."""
    df = template_frame(kind)
    if fmt == "xlsx":
        import tempfile
        from pathlib import Path

        from ikm_kit.data import write_xlsx

        with tempfile.TemporaryDirectory() as d:
            p = write_xlsx({_template(kind).name: df}, Path(d) / "t.xlsx")
            return p.read_bytes()
    out = df.copy()
    for c in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[c]):
            out[c] = out[c].dt.strftime("%Y-%m-%d")
    return out.to_csv(index=False, lineterminator="\n").encode("utf-8")


def upload_content(item: object) -> tuple[str, bytes]:
    """(name, bytes) of one ipywidgets FileUpload entry (dict or object, content memoryview/bytes)."""
    get = item.get if isinstance(item, dict) else (lambda k, d=None: getattr(item, k, d))
    content = get("content", b"")
    return str(get("name", "") or ""), bytes(content) if content is not None else b""


__all__ = ["DEFAULT_MAX_BYTES", "MAX_UNCOMPRESSED_BYTES", "TEMPLATES", "Field", "Template", "check_size",
           "check_xlsx_bytes", "detect_kind", "parse_date", "parse_number", "parse_upload", "template_bytes",
           "template_frame", "upload_content"]
