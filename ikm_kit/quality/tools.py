"""The basic quality tools (7 alat dasar): check sheet, Pareto, fishbone,
histogram, scatter diagram and stratification.

    >>> from ikm_kit.quality import pareto
    >>> pareto({"retak": 12, "cat belang": 30, "ukuran": 5}).category.tolist()
    ['cat belang', 'retak', 'ukuran']
"""
from __future__ import annotations

import html
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from ikm_kit._lazy import lazy_module
from ikm_kit import formats, validation
from ikm_kit.errors import ColumnError, DataError, InputError
from ikm_kit.i18n import t
from ikm_kit.quality._inputs import series as _series
from ikm_kit.quality._report import decimals_for, plain, share
from ikm_kit.formats_html import html_frame, html_table
from ikm_kit.tables import display_frame

stats = lazy_module("scipy.stats")      # ~1 s to import: deferred to first use

# ---------------------------------------------------------------- check sheet


@dataclass(repr=False)
class CheckSheet:
    """A tally (lembar periksa): ``table`` has one row per category and a total."""

    table: pd.DataFrame
    by: list[str]
    total: float

    def _repr_html_(self) -> str:
        return html_frame(display_frame(self.table), title=t("quality.check_sheet.title"))

    def __repr__(self) -> str:
        return f"<{t('quality.check_sheet.title')}: {', '.join(self.by)}; {t('quality.total')} {self.total:g}>"

    def to_excel(self, path: str | Path) -> Path:
        """Write the tally to an .xlsx file (one sheet)."""
        from openpyxl import Workbook
        from openpyxl.styles import Font

        path = Path(path)
        wb = Workbook()
        ws = wb.active
        ws.title = t("quality.check_sheet.sheet")[:31]
        frame = self.table.reset_index()
        ws.append([str(c) for c in frame.columns])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in frame.itertuples(index=False):
            ws.append([v.item() if hasattr(v, "item") else v for v in row])
        wb.save(path)
        return path


def check_sheet(records: object, by: str | Sequence[str] = "defect_type", *,
                count: str | None = None, total: bool = True) -> CheckSheet:
    """Tally defect records into a check-sheet table.

    ``records``: a DataFrame with one row per defect found (or with a
    ``count`` column holding how many, as in ``load("defects")``), or a plain
    list of defect names.
    ``by``: one column (e.g. ``"defect_type"``) or two (e.g.
    ``["defect_type", "shift"]`` → categories in rows, shifts in columns).  A total
    row/column (``Jumlah``) is added unless ``total=False``.
    Example: ``check_sheet(load("defects"), by=["defect_type", "shift"], count="count")``.
    """
    if isinstance(records, (list, tuple, pd.Series, np.ndarray)) and not isinstance(records, pd.DataFrame):
        name = by if isinstance(by, str) else "category"
        records = pd.DataFrame({name: list(records)})
    if not isinstance(records, pd.DataFrame):
        raise DataError(t("quality.error.need_table", value=validation.type_name(records)))
    keys = [by] if isinstance(by, str) else _names(by)
    if keys is None or not 1 <= len(keys) <= 2:
        raise InputError(t("quality.error.check_sheet_by"))
    if not isinstance(total, (bool, np.bool_)) and not (isinstance(total, int) and total in (0, 1)):
        raise InputError(t("error.unknown_choice", field="total", value=validation.type_name(total), valid="True, False"))
    if count is not None and not isinstance(count, str):
        raise InputError(t("error.unknown_choice", field="count", value=validation.type_name(count),
                           valid=", ".join(map(str, records.columns))))
    validation.columns(records, keys + ([count] if count else []), t("quality.check_sheet.title"))
    if records.empty:
        raise InputError(t("error.empty", field=t("quality.check_sheet.records"), minimum=1))
    frame = records[keys].copy()
    for k in keys:
        frame[k] = frame[k].astype("string").fillna(t("quality.unknown"))
    weights = pd.Series(1.0, index=records.index)
    if count:
        weights = pd.Series(validation.array(records[count], count), index=records.index)
        if (weights < 0).any():
            raise InputError(t("error.must_be_non_negative", field=count, value=float(weights.min())))
    frame["_n"] = weights
    label_total = t("quality.total")
    if len(keys) == 1:
        table = frame.groupby(keys[0], sort=True)["_n"].sum().to_frame(t("quality.count"))
        table = table.sort_values(t("quality.count"), ascending=False, kind="stable")
        if total:
            table.loc[label_total] = table.sum()
    else:
        table = frame.pivot_table(index=keys[0], columns=keys[1], values="_n", aggfunc="sum",
                                  fill_value=0)
        table.columns = [str(c) for c in table.columns]
        if total:
            table[label_total] = table.sum(axis=1)
            table = table.sort_values(label_total, ascending=False, kind="stable")
            table.loc[label_total] = table.sum()
    table = table.apply(lambda s: s.astype(np.int64) if np.allclose(s, np.round(s)) else s)
    return CheckSheet(table=table, by=keys, total=float(weights.sum()))


def _names(value: object) -> list[str] | None:
    """Column names from a list/tuple of texts; None when ``value`` is not such a list."""
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        return None
    return list(value)


def _texts(value: object, field: str) -> list[str]:
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        raise InputError(t("error.not_a_list", field=field, value=validation.type_name(value)))
    return [str(v) for v in value]


@dataclass(repr=False)
class BlankCheckSheet:
    """A printable empty check sheet for tallying on paper (|||| per defect)."""

    title: str
    categories: list[str]
    periods: list[str]
    fields: list[str] = field(default_factory=list)

    def html(self) -> str:
        e = html.escape
        head = "".join(f"<th>{e(p)}</th>" for p in self.periods)
        rows = "".join(
            f"<tr><td class='cat'>{e(c)}</td>" + "<td></td>" * len(self.periods) + "<td></td></tr>"
            for c in self.categories)
        info = "".join(f"<div class='field'>{e(f)}: ________________________</div>" for f in self.fields)
        return (
            "<div class='ikm-check-sheet'><style>"
            ".ikm-check-sheet{font-family:system-ui,sans-serif}"
            ".ikm-check-sheet table{border-collapse:collapse;width:100%}"
            ".ikm-check-sheet th,.ikm-check-sheet td{border:1px solid #333;padding:6px;height:2.2em}"
            ".ikm-check-sheet td.cat{width:22%;font-weight:600}"
            ".ikm-check-sheet .field{margin:4px 0}"
            "@media print{.ikm-check-sheet{font-size:12pt}}</style>"
            f"<h3>{e(self.title)}</h3>{info}"
            f"<table><tr><th>{e(t('quality.check_sheet.category'))}</th>{head}"
            f"<th>{e(t('quality.total'))}</th></tr>{rows}"
            f"<tr><td class='cat'>{e(t('quality.total'))}</td>" + "<td></td>" * (len(self.periods) + 1)
            + f"</tr></table><p>{e(t('quality.check_sheet.instructions'))}</p></div>"
        )

    _repr_html_ = html

    def to_html(self, path: str | Path) -> Path:
        path = Path(path)
        path.write_text("<!doctype html><html><head><meta charset='utf-8'>"
                        f"<title>{html.escape(self.title)}</title></head><body>{self.html()}</body></html>",
                        encoding="utf-8")
        return path

    def to_excel(self, path: str | Path) -> Path:
        """Write an A4-landscape printable sheet with grid lines (openpyxl)."""
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Border, Font, Side

        path = Path(path)
        wb = Workbook()
        ws = wb.active
        ws.title = t("quality.check_sheet.sheet")[:31]
        thin = Side(style="thin", color="000000")
        box = Border(left=thin, right=thin, top=thin, bottom=thin)
        ws.append([self.title])
        ws["A1"].font = Font(bold=True, size=14)
        for f in self.fields:
            ws.append([f"{f}:", ""])
        ws.append([])
        header = [t("quality.check_sheet.category"), *self.periods, t("quality.total")]
        ws.append(header)
        top = ws.max_row
        for cell in ws[top]:
            cell.font = Font(bold=True)
            cell.border = box
            cell.alignment = Alignment(horizontal="center")
        for c in [*self.categories, t("quality.total")]:
            ws.append([c] + [""] * (len(self.periods) + 1))
            for cell in ws[ws.max_row]:
                cell.border = box
            ws.row_dimensions[ws.max_row].height = 30
        ws.column_dimensions["A"].width = 28
        for k in range(len(self.periods) + 1):
            ws.column_dimensions[chr(ord("B") + k) if k < 25 else "Z"].width = 14
        ws.append([])
        ws.append([t("quality.check_sheet.instructions")])
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.print_options.gridLines = False
        wb.save(path)
        return path


def blank_check_sheet(categories: Iterable[str], periods: Iterable[str] | None = None, *,
                      title: str | None = None, fields: Iterable[str] | None = None) -> BlankCheckSheet:
    """An empty check sheet to print: categories in rows, periods (days/shifts) in columns.

    Example: ``blank_check_sheet(["retak", "cat belang"], ["Sen", "Sel", "Rab"]).to_excel("lembar.xlsx")``.
    """
    cats = _texts(categories, t("quality.check_sheet.category"))
    if not cats:
        raise InputError(t("error.empty", field=t("quality.check_sheet.category"), minimum=1))
    pers = _texts(periods, "periods") if periods is not None else [t(f"quality.day.{d}") for d in range(6)]
    flds = _texts(fields, "fields") if fields is not None else [t("quality.check_sheet.field_product"),
                                                     t("quality.check_sheet.field_inspector"),
                                                     t("quality.check_sheet.field_date")]
    title = str(title).strip() if isinstance(title, str) and title.strip() else t("quality.check_sheet.title")
    return BlankCheckSheet(title=title, categories=cats,
                           periods=pers, fields=[str(f) for f in flds])


# ---------------------------------------------------------------- Pareto


def _as_counts(counts: object) -> pd.Series:
    if isinstance(counts, CheckSheet):
        tbl = counts.table.drop(index=t("quality.total"), errors="ignore")
        col = t("quality.total") if t("quality.total") in tbl.columns else tbl.columns[0]
        return tbl[col].astype(float)
    if isinstance(counts, Mapping):
        return pd.Series({str(k): v for k, v in counts.items()}, dtype=object)
    if isinstance(counts, pd.Series):
        if counts.dtype == object or pd.api.types.is_string_dtype(counts):
            if not all(isinstance(v, (int, float, np.number)) for v in counts):
                return counts.astype("string").value_counts()
        return counts.rename(index=str)
    if isinstance(counts, pd.DataFrame):
        if {"category", "count"} <= set(counts.columns):
            return pd.Series(counts["count"].to_numpy(), index=counts["category"].astype(str))
        if counts.shape[1] == 2:
            return pd.Series(counts.iloc[:, 1].to_numpy(), index=counts.iloc[:, 0].astype(str))
        raise ColumnError(t("quality.error.pareto_columns", columns=", ".join(map(str, counts.columns))))
    if isinstance(counts, (list, tuple, np.ndarray)):
        if len(counts) and all(isinstance(v, str) for v in counts):
            return pd.Series(list(counts), dtype="string").value_counts()
        raise InputError(t("quality.error.pareto_input"))
    raise InputError(t("quality.error.pareto_input"))


def pareto(counts: object, *, cost: object = None, threshold: float = 80.0,
           other: str | None = None) -> pd.DataFrame:
    """Pareto table: ``category, count, percent, cumulative_percent, vital_few``.

    ``counts``: mapping category → count, a Series, a two-column DataFrame,
    a list of defect names (tallied), or a :class:`CheckSheet`.  Sorted
    descending (ties by category name, so row order of the input does not
    matter); ``other`` (e.g. ``"Lainnya"``) is always placed last.
    ``vital_few`` marks the categories up to and including the one where
    the cumulative share reaches ``threshold`` % (80 % by default).
    ``cost``: Rp lost per unit of each category (mapping/Series); then the
    table also has ``cost_per_unit`` and ``cost`` (Rp) and is ordered and
    weighted by money lost (Pareto by cost).
    Example: ``pareto(tally, cost={"retak": 150_000, "cat belang": 40_000})``.
    """
    limit = validation.number(threshold, "threshold")
    if not 0 < limit <= 100:
        raise InputError(t("quality.error.pareto_threshold", value=threshold))
    raw = _as_counts(counts)
    if raw.empty:
        raise InputError(t("error.empty", field=t("quality.count"), minimum=1))
    values = validation.array(raw.to_numpy(dtype=object), t("quality.count"))
    if (values < 0).any():
        idx = int(np.flatnonzero(values < 0)[0])
        raise InputError(t("error.must_be_non_negative", field=str(raw.index[idx]), value=values[idx]))
    df = pd.DataFrame({"category": [str(c) for c in raw.index], "count": values})
    if df["category"].duplicated().any():
        df = df.groupby("category", as_index=False, sort=False)["count"].sum()
    weight_col = "count"
    if cost is not None:
        if isinstance(cost, Mapping):
            cost_map = {str(k): v for k, v in cost.items()}
        elif isinstance(cost, pd.Series):
            cost_map = {str(k): v for k, v in cost.items()}
        else:
            raise InputError(t("quality.error.pareto_cost"))
        missing = [c for c in df["category"] if c not in cost_map]
        if missing:
            raise ColumnError(t("quality.error.pareto_cost_missing", missing=", ".join(missing)))
        unit = np.array([validation.non_negative(cost_map[c], f"{t('quality.cost')} {c}")
                         for c in df["category"]])
        df["cost_per_unit"] = unit
        df["cost"] = df["count"] * unit
        weight_col = "cost"
    total = float(df[weight_col].sum())
    if total <= 0:
        raise InputError(t("quality.error.pareto_zero"))
    if other is not None and not isinstance(other, str):
        raise InputError(t("error.unknown_choice", field="other", value=validation.type_name(other),
                           valid=", ".join(df["category"])))
    is_other = df["category"] == other if other is not None else pd.Series(False, index=df.index)
    df["_other"] = is_other.astype(int)
    df = df.sort_values(["_other", weight_col, "category"], ascending=[True, False, True],
                        kind="mergesort").drop(columns="_other").reset_index(drop=True)
    df["percent"] = df[weight_col] / total * 100.0
    df["cumulative_percent"] = df["percent"].cumsum()
    df.loc[df.index[-1], "cumulative_percent"] = 100.0
    before = df["cumulative_percent"] - df["percent"]
    df["vital_few"] = (before < limit - 1e-9).to_numpy()
    df.attrs["weighted_by"] = weight_col
    df.attrs["threshold"] = limit
    return df


# ---------------------------------------------------------------- fishbone

SIX_M = ("manusia", "mesin", "metode", "material", "pengukuran", "lingkungan")
_SIX_M_ALIASES = {
    "manusia": "manusia", "man": "manusia", "people": "manusia", "orang": "manusia",
    "mesin": "mesin", "machine": "mesin", "peralatan": "mesin", "alat": "mesin",
    "metode": "metode", "method": "metode", "cara": "metode",
    "material": "material", "bahan": "material", "materials": "material",
    "pengukuran": "pengukuran", "measurement": "pengukuran", "ukur": "pengukuran",
    "lingkungan": "lingkungan", "environment": "lingkungan", "mother nature": "lingkungan",
}


def six_m_label(key: str) -> str:
    """The display name of a 6M category in the active language."""
    return t(f"quality.sixm.{key}")


@dataclass(repr=False)
class Fishbone:
    """Cause-and-effect (Ishikawa, tulang ikan) structure with the 6M categories."""

    effect: str
    causes: dict[str, list[str]]

    def add(self, category: str, cause: str) -> "Fishbone":
        """Add one cause under a 6M category (Indonesian or English name)."""
        key = _six_m_key(category)
        text = str(cause).strip()
        if not text:
            raise InputError(t("quality.error.empty_cause"))
        self.causes[key].append(text)
        return self

    def blank(self) -> "Fishbone":
        """A copy without causes: the exercise sheet for participants."""
        return Fishbone(self.effect, {k: [] for k in SIX_M})

    def missing_categories(self) -> list[str]:
        """6M categories that have no cause yet (a prompt for the group)."""
        return [k for k in SIX_M if not self.causes[k]]

    def count(self) -> int:
        return sum(len(v) for v in self.causes.values())

    def to_frame(self) -> pd.DataFrame:
        rows = [(six_m_label(k), c) for k in SIX_M for c in self.causes[k]]
        return pd.DataFrame(rows, columns=[t("quality.fishbone.category"), t("quality.fishbone.cause")])

    def _repr_html_(self) -> str:
        rows = [(six_m_label(k), "; ".join(self.causes[k]) or "…") for k in SIX_M]
        return html_table(f"{t('quality.fishbone.title')}: {self.effect}", rows,
                          note=t("quality.fishbone.note"))

    def __repr__(self) -> str:
        return f"<{t('quality.fishbone.title')}: {self.effect} ({self.count()})>"


def _six_m_key(category: object) -> str:
    key = _SIX_M_ALIASES.get(str(category).strip().lower())
    if key is None:
        raise InputError(t("error.unknown_choice", field=t("quality.fishbone.category"), value=category,
                           valid=", ".join(six_m_label(k) for k in SIX_M)))
    return key


def fishbone(effect: str, causes: Mapping[str, Iterable[str]] | None = None) -> Fishbone:
    """A fishbone diagram structure: ``effect`` (the problem) and causes by 6M.

    Categories: Manusia, Mesin, Metode, Material, Pengukuran, Lingkungan
    (English names accepted).  Without ``causes`` an empty sheet for an
    exercise is returned.
    Example: ``fishbone("Kaki meja tidak rata", {"Mesin": ["mata gergaji tumpul"]})``.
    """
    text = str(effect).strip() if effect is not None else ""
    if not text:
        raise InputError(t("quality.error.empty_effect"))
    result = Fishbone(text, {k: [] for k in SIX_M})
    if causes is not None:
        if not isinstance(causes, Mapping):
            raise InputError(t("quality.error.fishbone_causes"))
        for cat, items in causes.items():
            if isinstance(items, str):
                items = [items]
            if isinstance(items, Mapping) or not isinstance(items, Iterable):
                raise InputError(t("quality.error.fishbone_causes"))
            for item in items:
                result.add(cat, item)
    return result


# ---------------------------------------------------------------- histogram
MAX_BINS = 1000  # a histogram for a person; millions of bins would exhaust memory


@dataclass(repr=False)
class HistogramResult:
    """Histogram counts with specification limits and a fitted normal curve."""

    counts: np.ndarray
    edges: np.ndarray
    mean: float
    std: float
    n: int
    lsl: float | None
    usl: float | None
    curve_x: np.ndarray
    curve_y: np.ndarray
    fraction_below: float
    fraction_above: float
    values: np.ndarray

    @property
    def fraction_outside(self) -> float:
        return self.fraction_below + self.fraction_above

    def _repr_html_(self) -> str:
        d = decimals_for(self.std, extra=2)
        rows = [(t("quality.cap.n"), formats.number(self.n)),
                (t("quality.cap.mean"), formats.number(self.mean, d)),
                (t("quality.std"), formats.number(self.std, d + 1)),
                (t("quality.hist.outside"), share(self.fraction_outside))]
        return html_table(t("quality.hist.title"), rows)


def histogram(values: object, *, lsl: float | None = None, usl: float | None = None,
              bins: int | str = "auto") -> HistogramResult:
    """Histogram data (counts per class) plus a normal curve scaled to the counts.

    ``fraction_below``/``fraction_above``: observed share outside BSB/BSA.
    """
    x = _series(values, t("quality.values"), min_size=2)
    x = x[np.isfinite(x)]
    if x.size < 2:
        raise InputError(t("error.empty", field=t("quality.values"), minimum=2))
    lo = None if lsl is None else validation.number(lsl, t("quality.lsl"))
    hi = None if usl is None else validation.number(usl, t("quality.usl"))
    if lo is not None and hi is not None and lo >= hi:
        raise InputError(t("quality.error.spec_order", lsl=plain(lo), usl=plain(hi)))
    if isinstance(bins, str) and bins != "auto":
        raise InputError(t("error.unknown_choice", field="bins", value=bins, valid="auto"))
    if not isinstance(bins, str):
        count = validation.positive(bins, "bins")
        if count != int(count):
            raise InputError(t("quality.error.integer", field="bins", value=bins))
        bins = int(count)
        if bins > MAX_BINS:
            raise InputError(t("quality.error.too_many_bins", value=bins, maximum=MAX_BINS))
    counts, edges = np.histogram(x, bins=bins if isinstance(bins, int) else min(
        len(np.histogram_bin_edges(x, bins="auto")) - 1, 60))
    mean, std = float(x.mean()), float(x.std(ddof=1))
    span = [edges[0], edges[-1]] + [v for v in (lo, hi) if v is not None]
    left, right = min(span), max(span)
    if std > 0:
        left, right = min(left, mean - 4 * std), max(right, mean + 4 * std)
    cx = np.linspace(left, right, 200)
    width = float(edges[1] - edges[0]) if edges.size > 1 else 1.0
    cy = stats.norm.pdf(cx, mean, std) * x.size * width if std > 0 else np.zeros_like(cx)
    below = float(np.mean(x < lo)) if lo is not None else 0.0
    above = float(np.mean(x > hi)) if hi is not None else 0.0
    return HistogramResult(counts=counts, edges=edges, mean=mean, std=std, n=int(x.size), lsl=lo, usl=hi,
                           curve_x=cx, curve_y=cy, fraction_below=below, fraction_above=above, values=x)


# ---------------------------------------------------------------- scatter


@dataclass(repr=False)
class ScatterResult:
    """Correlation between two variables with a least-squares line."""

    x: np.ndarray
    y: np.ndarray
    r: float
    r_squared: float
    slope: float
    intercept: float
    p_value: float
    n: int
    interpretation: str

    def _repr_html_(self) -> str:
        rows = [("n", formats.number(self.n)), ("r", formats.number(self.r, 3)),
                ("r²", formats.number(self.r_squared, 3)),
                (t("quality.scatter.slope"), formats.number(self.slope, decimals_for(self.slope))),
                (t("quality.scatter.p_value"), formats.number(self.p_value, 4))]
        return html_table(t("quality.scatter.title"), rows, note=self.interpretation)


def scatter(x: object, y: object) -> ScatterResult:
    """Pearson correlation r, r², the trend line y = a + b·x and a plain-words reading."""
    xa = _series(x, "x", allow_nan=True, min_size=3)
    ya = _series(y, "y", allow_nan=True, min_size=3)
    if xa.size != ya.size:
        raise InputError(t("quality.error.length_mismatch", first="x", second="y", a=xa.size, b=ya.size))
    ok = np.isfinite(xa) & np.isfinite(ya)
    xa, ya = xa[ok], ya[ok]
    if xa.size < 3:
        raise InputError(t("error.empty", field="x, y", minimum=3))
    if np.ptp(xa) == 0 or np.ptp(ya) == 0:
        raise InputError(t("quality.error.constant_data"))
    res = stats.linregress(xa, ya)
    r = float(res.rvalue)
    strength = abs(r)
    level = ("very_weak" if strength < 0.2 else "weak" if strength < 0.4 else
             "moderate" if strength < 0.6 else "strong" if strength < 0.8 else "very_strong")
    direction = t("quality.scatter.positive" if r > 0 else "quality.scatter.negative")
    text = t("quality.scatter.reading", r=formats.number(r, 2), level=t(f"quality.scatter.{level}"),
             direction=direction, r2=formats.percent(r * r, 0))
    text += " " + t("quality.scatter.causation")
    return ScatterResult(x=xa, y=ya, r=r, r_squared=r * r, slope=float(res.slope),
                         intercept=float(res.intercept), p_value=float(res.pvalue), n=int(xa.size),
                         interpretation=text)


# ---------------------------------------------------------------- stratification


def stratify(data: pd.DataFrame, value: str, by: str | Sequence[str], *,
             lsl: float | None = None, usl: float | None = None) -> pd.DataFrame:
    """Summary per stratum (e.g. per operator, machine, shift or workshop).

    Columns: ``n, mean, std, min, max`` and, when specification limits are
    given, ``out_of_spec`` (share of values outside).  Sorted by the
    stratum names.  Example: ``stratify(df, "panjang_mm", by="operator")``.
    """
    if not isinstance(data, pd.DataFrame):
        raise DataError(t("quality.error.need_table", value=validation.type_name(data)))
    keys = [by] if isinstance(by, str) else _names(by)
    if not keys:
        raise InputError(t("quality.error.stratify_by"))
    validation.columns(data, [value, *keys], t("quality.stratify.title"))
    vals = validation.array(data[value], value, allow_nan=True)
    if np.isnan(vals).all():
        raise InputError(t("quality.error.all_missing", field=value))
    frame = data[keys].copy()
    frame["_v"] = vals
    grouped = frame.groupby(keys, sort=True, dropna=False)["_v"]
    out = grouped.agg(n="count", mean="mean", std="std", min="min", max="max")
    if lsl is not None or usl is not None:
        lo = -math.inf if lsl is None else validation.number(lsl, t("quality.lsl"))
        hi = math.inf if usl is None else validation.number(usl, t("quality.usl"))
        outside = (frame["_v"] < lo) | (frame["_v"] > hi)
        out["out_of_spec"] = outside.groupby([frame[k] for k in keys], sort=True, dropna=False).mean()
    return out.reset_index()


__all__ = ["CheckSheet", "BlankCheckSheet", "check_sheet", "blank_check_sheet", "pareto", "SIX_M",
           "Fishbone", "fishbone", "six_m_label", "HistogramResult", "histogram", "ScatterResult",
           "scatter", "stratify"]
