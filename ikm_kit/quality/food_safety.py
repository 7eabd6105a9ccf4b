"""Food safety checks for small food producers (keamanan pangan).

1. :func:`check_ccp` — compare a CCP monitoring log (one reading per row,
   e.g. frying-oil temperature, drying temperature, frozen storage,
   pasteurisation temperature) with critical limits (batas kritis), flag
   deviations and whether a corrective action (tindakan koreksi) was
   recorded for each deviation (HACCP principles 4–5, SNI 01-4852-1998).
   The limits come from the log's own columns (as in
   ``ikm_kit.data.load("ccp_log")``) or from a mapping.
2. :func:`score_checklist` — score a CPPB-IRT / CPPOB self-inspection
   checklist by counting nonconformities per grade (minor, mayor, serius,
   kritis) and assigning a level.

**Our reading of the BPOM rule** (Perka BPOM HK.03.1.23.04.12.2207/2012,
tata cara pemeriksaan sarana produksi pangan IRT), implemented in
:data:`LEVEL_RULE` — check it against the regulation in force before using
it for decisions:

======  =======  =======  =======  =======
Level   Minor    Mayor    Serius   Kritis
======  =======  =======  =======  =======
I       0–1      0        0        0
II      ≥ 2      1–2      0        0
III     any      ≥ 3      1–4      0
IV      any      any      ≥ 5      ≥ 1
======  =======  =======  =======  =======

A facility gets the *worst* level that any count reaches (e.g. one
"serius" finding → Level III).  Level I–II: the facility meets the
requirements (SPP-IRT can be granted/kept, with improvements for Level II);
Level III–IV: it does not yet (improve and re-inspect).

:data:`EXAMPLE_CRITICAL_LIMITS` are *training examples* (e.g. milk HTST
pasteurisation at ≥ 72 °C, held 15 s), not official limits for a product.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

import numpy as np
import pandas as pd

from ikm_kit import formats, validation
from ikm_kit.errors import DataError, InputError
from ikm_kit.i18n import t
from ikm_kit.formats_html import html_frame, html_table
from ikm_kit.tables import display_frame

GRADES = ("minor", "mayor", "serius", "kritis")
_GRADE_ALIASES = {"minor": "minor", "mayor": "mayor", "major": "mayor", "ma": "mayor", "mi": "minor",
                  "serius": "serius", "serious": "serius", "se": "serius", "kritis": "kritis",
                  "critical": "kritis", "kr": "kritis"}
LEVELS = ("I", "II", "III", "IV")

#: Level thresholds as read from Perka BPOM 2207/2012 (see the module docstring).
LEVEL_RULE = {
    "IV": {"serius": 5, "kritis": 1},
    "III": {"mayor": 3, "serius": 1},
    "II": {"minor": 2, "mayor": 1},
}

#: Illustrative critical limits (°C) for exercises: {ccp: (minimum, maximum)}.
EXAMPLE_CRITICAL_LIMITS = {
    "penggorengan": (160.0, 190.0),        # frying oil temperature
    "pengeringan": (60.0, None),           # drying temperature
    "penyimpanan_beku": (None, -18.0),     # frozen storage
    "pasteurisasi": (72.0, None),          # HTST pasteurisation, held ≥ 15 s
}

def _recorded(value: object) -> bool:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return False
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, float, np.number)):
        return value != 0
    text = str(value).strip().lower()
    if text in ("", "-", "tidak", "no", "false", "0", "belum", "nan", "none", "<na>"):
        return False
    return True


@dataclass(repr=False)
class CcpCheckResult:
    """Every log row with its verdict, plus a summary per CCP."""

    table: pd.DataFrame
    summary: pd.DataFrame

    @property
    def deviations(self) -> pd.DataFrame:
        return self.table[~self.table["within_limits"]]

    @property
    def missing_actions(self) -> pd.DataFrame:
        """Deviations without a recorded corrective action (the serious finding)."""
        return self.table[~self.table["within_limits"] & ~self.table["action_recorded"]]

    def _repr_html_(self) -> str:
        total = len(self.table)
        dev = len(self.deviations)
        miss = len(self.missing_actions)
        rows = [(t("quality.ccp.rows"), formats.number(total)),
                (t("quality.ccp.deviations"), formats.number(dev)),
                (t("quality.ccp.without_action"), formats.number(miss))]
        note = t("quality.ccp.ok") if dev == 0 else (
            t("quality.ccp.action_missing", count=miss) if miss else t("quality.ccp.all_actions"))
        return html_table(t("quality.ccp.title"), rows, note=note) + html_frame(
            display_frame(self.deviations.head(20)), title=t("quality.ccp.deviation_list"))


def _limit_pairs(limits: Mapping) -> dict[str, tuple[float | None, float | None]]:
    if not isinstance(limits, Mapping) or not limits:
        raise InputError(t("quality.error.ccp_limits"))
    out = {}
    for ccp, pair in limits.items():
        try:
            lo, hi = pair  # type: ignore[misc]
        except (TypeError, ValueError):
            raise InputError(t("quality.error.ccp_pair", column=ccp)) from None
        lo = None if lo is None else validation.number(lo, f"{ccp} min")
        hi = None if hi is None else validation.number(hi, f"{ccp} max")
        if lo is None and hi is None:
            raise InputError(t("quality.error.ccp_pair", column=ccp))
        if lo is not None and hi is not None and lo > hi:
            raise InputError(t("quality.error.spec_order", lsl=lo, usl=hi))
        out[str(ccp).strip().lower()] = (lo, hi)
    return out


def check_ccp(log: pd.DataFrame, limits: Mapping | None = None, *, ccp_column: str = "ccp",
              value_column: str = "measured_value", min_column: str = "critical_min",
              max_column: str = "critical_max",
              action_column: str = "corrective_action") -> CcpCheckResult:
    """Check a CCP monitoring log (one reading per row) against critical limits.

    The limits come from the log's own ``critical_min``/``critical_max``
    columns (empty = no bound), or from ``limits={ccp: (minimum, maximum)}``
    (``None`` = no bound), e.g. ``{"penggorengan": (160, 190)}``.
    A row deviates when its value is below the minimum, above the maximum or
    missing.  ``action_recorded`` is True when ``action_column`` holds a
    non-empty entry.  Added columns: ``within_limits`` (bool), ``deviation``
    (text), ``action_recorded`` (bool), ``status`` (text).
    Example: ``check_ccp(ikm_kit.data.load("ccp_log"))``.
    """
    if not isinstance(log, pd.DataFrame):
        raise DataError(t("quality.error.need_table", value=validation.type_name(log)))
    if log.empty:
        raise InputError(t("error.empty", field=t("quality.ccp.title"), minimum=1))
    needed = [ccp_column, value_column] + ([] if limits is not None else [min_column, max_column])
    validation.columns(log, needed, t("quality.ccp.title"))
    table = log.copy()
    values = pd.to_numeric(table[value_column], errors="coerce").to_numpy(dtype=float)
    if limits is not None:
        spec = _limit_pairs(limits)
        names = table[ccp_column].astype(str).str.strip().str.lower()
        unknown = sorted({str(n) for n in set(names) - set(spec)})
        if unknown:
            raise InputError(t("quality.error.ccp_unknown", names=", ".join(unknown),
                               valid=", ".join(spec)))
        lo = names.map(lambda k: spec[k][0]).astype(float).to_numpy()
        hi = names.map(lambda k: spec[k][1]).astype(float).to_numpy()
    else:
        lo = pd.to_numeric(table[min_column], errors="coerce").to_numpy(dtype=float)
        hi = pd.to_numeric(table[max_column], errors="coerce").to_numpy(dtype=float)
        no_limit = np.isnan(lo) & np.isnan(hi)
        if no_limit.any():
            row = int(np.flatnonzero(no_limit)[0])
            raise DataError(t("quality.error.ccp_no_limit", row=row + 1))
    missing = np.isnan(values)
    with np.errstate(invalid="ignore"):
        low = ~np.isnan(lo) & (values < lo)
        high = ~np.isnan(hi) & (values > hi)
    ok = ~(missing | low | high)
    reasons = np.full(len(table), "", dtype=object)
    for k in np.flatnonzero(~ok):
        if missing[k]:
            reasons[k] = t("quality.ccp.missing_value", column=value_column)
        elif low[k]:
            reasons[k] = t("quality.ccp.below", value=formats.number(values[k], 1),
                           limit=formats.number(lo[k], 1))
        else:
            reasons[k] = t("quality.ccp.above", value=formats.number(values[k], 1),
                           limit=formats.number(hi[k], 1))
    if action_column in table.columns:
        action = table[action_column].map(_recorded).to_numpy(dtype=bool)
    else:
        action = np.zeros(len(table), dtype=bool)
    table["within_limits"] = ok
    table["deviation"] = reasons
    table["action_recorded"] = action
    table["status"] = np.where(ok, t("quality.ccp.status_ok"),
                               np.where(action, t("quality.ccp.status_action"),
                                        t("quality.ccp.status_no_action")))
    keys = table[ccp_column].astype(str)
    dev = ~ok
    summary = pd.DataFrame({"ccp": keys, "_dev": dev, "_miss": dev & ~action}).groupby(
        "ccp", sort=True).agg(readings=("_dev", "size"), deviations=("_dev", "sum"),
                              without_action=("_miss", "sum")).reset_index()
    return CcpCheckResult(table=table, summary=summary)


@dataclass(repr=False)
class ChecklistScore:
    """Counts of nonconformities per grade, the level and what it means."""

    counts: dict[str, int]
    level: str
    meets_requirements: bool
    explanation: str
    findings: pd.DataFrame

    def _repr_html_(self) -> str:
        rows = [(t(f"quality.cppb.grade.{g}"), formats.number(self.counts[g])) for g in GRADES]
        rows.append((t("quality.cppb.level"), self.level))
        return html_table(t("quality.cppb.title"), rows, note=self.explanation)

    def __repr__(self) -> str:
        return f"<{t('quality.cppb.title')}: Level {self.level}; {self.counts}>"


def _grade_counts(counts: Mapping[str, int]) -> dict[str, int]:
    if not isinstance(counts, Mapping):
        raise InputError(t("quality.error.grade_counts", value=validation.type_name(counts)))
    c = {g: 0 for g in GRADES}
    for k, v in counts.items():
        key = _GRADE_ALIASES.get(str(k).strip().lower())
        if key is None:
            raise InputError(t("error.unknown_choice", field=t("quality.cppb.grade_field"), value=k,
                               valid=", ".join(GRADES)))
        num = validation.non_negative(v, key)
        if num != int(num):
            raise InputError(t("quality.error.integer", field=key, value=v))
        c[key] += int(num)
    return c


def level_from_counts(counts: Mapping[str, int]) -> str:
    """Level I–IV from counts of minor/mayor/serius/kritis nonconformities (see LEVEL_RULE)."""
    c = _grade_counts(counts)
    for level in ("IV", "III", "II"):
        if any(c[g] >= lim for g, lim in LEVEL_RULE[level].items()):
            return level
    return "I"


def score_checklist(checklist: pd.DataFrame | Mapping[str, int], *, grade_column: str = "severity",
                    conform_column: str = "met") -> ChecklistScore:
    """Score a CPPB-IRT/CPPOB self-inspection checklist.

    ``checklist``: a table with one row per checked item, a grade column
    (``severity``: minor/mayor/serius/kritis) and a conformity column
    (``met``: True/"ya" when the item is fulfilled, False/"tidak"/empty when
    not) — e.g. ``load("cppob_checklist")`` plus a ``met`` column filled in
    during the self-inspection; or directly a mapping
    of counts ``{"minor": 3, "mayor": 1}``.  The level follows
    :data:`LEVEL_RULE` (our reading of BPOM practice, see module docstring).
    """
    if isinstance(checklist, Mapping):
        level = level_from_counts(checklist)
        counts = _grade_counts(checklist)
        findings = pd.DataFrame(columns=[grade_column])
    else:
        if not isinstance(checklist, pd.DataFrame):
            raise DataError(t("quality.error.need_table", value=validation.type_name(checklist)))
        validation.columns(checklist, [grade_column, conform_column], t("quality.cppb.title"))
        if checklist.empty:
            raise InputError(t("error.empty", field=t("quality.cppb.title"), minimum=1))
        grades = checklist[grade_column].astype(str).str.strip().str.lower().map(_GRADE_ALIASES)
        if grades.isna().any():
            bad = checklist[grade_column][grades.isna()].iloc[0]
            raise InputError(t("error.unknown_choice", field=grade_column, value=bad, valid=", ".join(GRADES)))
        conform = checklist[conform_column].map(_recorded).to_numpy(dtype=bool)
        findings = checklist[~conform].copy()
        counts = {g: int(((grades == g).to_numpy() & ~conform).sum()) for g in GRADES}
        level = level_from_counts(counts)
    meets = level in ("I", "II")
    explanation = t(f"quality.cppb.level_{level.lower()}")
    return ChecklistScore(counts=counts, level=level, meets_requirements=meets,
                          explanation=explanation, findings=findings)


__all__ = ["GRADES", "LEVELS", "LEVEL_RULE", "EXAMPLE_CRITICAL_LIMITS", "CcpCheckResult", "check_ccp",
           "ChecklistScore", "level_from_counts", "score_checklist"]
