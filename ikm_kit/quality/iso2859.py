"""ISO 2859-1 / MIL-STD-105E single sampling plans by attributes.

Tables (MIL-STD-105E, 10 May 1989, public domain; the same plans as
ISO 2859-1 Tables 1, 2-A, 2-B, 2-C and ANSI/ASQ Z1.4):

* Table I — sample size code letters by lot size and inspection level
  (special S-1..S-4, general I, II, III);
* Table II-A / II-B / II-C — single sampling plans for normal, tightened and
  reduced inspection.

How the master tables are stored: each of Tables II-A/B/C is laid out along
diagonals — moving one code letter down (larger sample) and one AQL column
left (smaller AQL) keeps the same acceptance number.  With letter index
i (A = 0 … R = 15) and AQL column index j (0.010 = 0 … 1000 = 25) a cell is
determined by s = i + j:

* normal (II-A): s < 14 ↓; s = 14 Ac 0 Re 1; s = 15 ↑; s = 16 ↓; then
  1/2, 2/3, 3/4, 5/6, 7/8, 10/11, 14/15, 21/22 for s = 17 … 24; 30/31 and
  44/45 for s = 25, 26 only for letters A–E; everything further right ↑;
  in row A the cell s = 15 is ↓ and in row R the cell s = 16 is ↑ (there is
  no row above A or below R);
* tightened (II-B): the same one column to the right: s = 15 Ac 0 Re 1,
  s = 16, 17 ↓, then 1/2, 2/3, 3/4, 5/6, 8/9, 12/13, 18/19 for s = 18 … 24,
  27/28 and 41/42 for letters A–E; an extra row S (n = 3150) holds Ac 1
  Re 2 under AQL 0.025 only; A/10 is ↓ (not 0/1);
* reduced (II-C): like II-A but with the reduced sample sizes and the
  pairs 0/2, 1/3, 1/4, 2/5, 3/6, 5/8, 7/10, 10/13 (s = 17 … 24), 14/17 and
  21/24 (letters A–E); rows A and B differ in the top-right corner
  (AQL ≥ 25, nonconformities per 100 units), listed in ``_REDUCED_TOP``.

An arrow means: use the first sampling plan below (↓) or above (↑) the
arrow, with *its* sample size and Ac/Re.  When the sample size equals or
exceeds the lot size, inspect 100 %.

Verification: the resolved tables were cross-checked cell by cell against
an independent transcription (the AQLSchemes R package by J. Lawson,
function ``AAZ14Single``), and the tests check many lookups from textbooks.
The exceptions listed above are where that transcription deviates from the
pure diagonal pattern; they could not be checked against a scan of the
standard and are reported as such.

    >>> from ikm_kit.quality import iso2859_plan
    >>> plan = iso2859_plan(1000, 1.0)
    >>> plan.code_letter, plan.n, plan.ac, plan.re
    ('J', 80, 2, 3)
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

import pandas as pd

from ikm_kit import formats
from ikm_kit.errors import InputError
from ikm_kit.i18n import t
from ikm_kit.quality._inputs import integer as _integer
from ikm_kit.formats_html import html_table

SOURCE = ("MIL-STD-105E (1989) Tables I, II-A, II-B, II-C = ISO 2859-1:1989 Tables 1, 2-A, 2-B, 2-C; "
          "switching rules MIL-STD-105E §8.3–8.4, §10.1.4")

LETTERS = "ABCDEFGHJKLMNPQR"
LEVELS = ("S-1", "S-2", "S-3", "S-4", "I", "II", "III")
INSPECTIONS = ("normal", "tightened", "reduced")
AQL_VALUES = ("0.010", "0.015", "0.025", "0.040", "0.065", "0.10", "0.15", "0.25", "0.40", "0.65",
              "1.0", "1.5", "2.5", "4.0", "6.5", "10", "15", "25", "40", "65", "100", "150", "250",
              "400", "650", "1000")
_AQL_DEC = [Decimal(a) for a in AQL_VALUES]

# Table I: upper lot-size bound of each band → code letters for S-1, S-2, S-3, S-4, I, II, III
TABLE_I: tuple[tuple[int | None, str], ...] = (
    (8, "AAAAAAB"), (15, "AAAAABC"), (25, "AABBBCD"), (50, "ABBCCDE"), (90, "BBCCCEF"),
    (150, "BBCDDFG"), (280, "BCDEEGH"), (500, "BCDEFHJ"), (1200, "CCEFGJK"), (3200, "CDEGHKL"),
    (10000, "CDFGJLM"), (35000, "CDFHKMN"), (150000, "DEGJLNP"), (500000, "DEGJMPQ"),
    (None, "DEHKNQR"),
)

SAMPLE_SIZE = {"normal": [2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800, 1250, 2000],
               "tightened": [2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800, 1250, 2000, 3150],
               "reduced": [2, 2, 2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800]}

_PAIRS = {
    "normal": [(1, 2), (2, 3), (3, 4), (5, 6), (7, 8), (10, 11), (14, 15), (21, 22)],
    "tightened": [(1, 2), (2, 3), (3, 4), (5, 6), (8, 9), (12, 13), (18, 19)],
    "reduced": [(0, 2), (1, 3), (1, 4), (2, 5), (3, 6), (5, 8), (7, 10), (10, 13)],
}
_CORNER = {"normal": [(30, 31), (44, 45)], "tightened": [(27, 28), (41, 42)],
           "reduced": [(14, 17), (21, 24)]}
# Table II-C, rows A and B, AQL 25 … 1000 (see module docstring)
_REDUCED_TOP = {
    0: [(1, 2), (2, 3), (3, 4), (5, 6), (7, 8), (10, 11), (14, 15), (21, 22), (30, 31)],
    1: [(1, 3), (2, 4), (3, 5), (5, 6), (7, 8), (10, 11), (14, 15), (21, 22), (30, 31)],
}
UP, DOWN = "↑", "↓"
_J25 = AQL_VALUES.index("25")


def _cell(kind: str, i: int, j: int) -> tuple[int, int] | str:
    """The master-table cell (Ac, Re) or an arrow for letter index i, AQL index j."""
    if kind == "reduced" and i in _REDUCED_TOP and j >= _J25:
        top = _REDUCED_TOP[i][j - _J25]
        if top is not None:
            return top
    if kind == "tightened" and i == 16:              # row S (n = 3150)
        return (1, 2) if j == AQL_VALUES.index("0.025") else (DOWN if j < 2 else UP)
    s = i + j
    if kind == "tightened":
        if s < 15:
            return DOWN
        if s == 15:
            return DOWN if i == 0 else (0, 1)       # A/10 is ↓ in Table II-B
        if s in (16, 17):
            if i == 15 and j < 2:                   # no plan below R except S under 0.025
                return UP
            return DOWN
        k = s - 18
    else:
        if s < 14:
            return DOWN
        if s == 14:
            return (0, 1)
        if s == 15:
            return DOWN if i == 0 else UP
        if s == 16:
            return UP if i == 15 else DOWN
        k = s - 17
    pairs = _PAIRS[kind]
    if k < len(pairs):
        return pairs[k]
    corner = k - len(pairs)
    if i <= 4 and corner < 2:
        return _CORNER[kind][corner]
    return UP


def _resolve(kind: str) -> dict[tuple[int, int], tuple[int, int, int, int, str]]:
    rows = len(SAMPLE_SIZE[kind])
    out = {}
    for i in range(len(LETTERS)):
        for j in range(len(AQL_VALUES)):
            cell = _cell(kind, i, j)
            arrow = ""
            k = i
            while isinstance(cell, str):
                arrow = arrow or cell
                k += 1 if cell == DOWN else -1
                if not 0 <= k < rows:
                    raise RuntimeError(f"ISO 2859 table {kind}: arrow leaves the table at {LETTERS[i]}/{AQL_VALUES[j]}")
                cell = _cell(kind, k, j)
            out[(i, j)] = (k, SAMPLE_SIZE[kind][k], cell[0], cell[1], arrow)
    return out


_RESOLVED = {kind: _resolve(kind) for kind in INSPECTIONS}


def _row_letter(k: int) -> str:
    return LETTERS[k] if k < len(LETTERS) else "S"


def code_letter(lot_size: int, level: str = "II") -> str:
    """Sample size code letter from Table I (``level``: S-1..S-4, I, II, III)."""
    lot = _integer(lot_size, t("quality.lot_size"), minimum=2)
    lvl = _level(level)
    col = LEVELS.index(lvl)
    for upper, letters in TABLE_I:
        if upper is None or lot <= upper:
            return letters[col]
    return TABLE_I[-1][1][col]  # pragma: no cover - the last band is open-ended


def _level(level: object) -> str:
    key = str(level).strip().upper().replace(" ", "")
    key = {"S1": "S-1", "S2": "S-2", "S3": "S-3", "S4": "S-4", "1": "I", "2": "II", "3": "III",
           "G1": "I", "G2": "II", "G3": "III", "G-1": "I", "G-2": "II", "G-3": "III"}.get(key, key)
    if key not in LEVELS:
        raise InputError(t("error.unknown_choice", field=t("quality.iso.level"), value=level,
                           valid=", ".join(LEVELS)))
    return key


def _aql_index(aql: object) -> int:
    text = str(aql).strip().replace("%", "").replace(",", ".")
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise InputError(t("error.unknown_choice", field="AQL", value=aql,
                           valid=", ".join(AQL_VALUES))) from None
    for k, candidate in enumerate(_AQL_DEC):
        if value == candidate:
            return k
    raise InputError(t("error.unknown_choice", field="AQL", value=aql, valid=", ".join(AQL_VALUES)))


def _inspection(inspection: object) -> str:
    key = str(inspection).strip().lower()
    key = {"normal": "normal", "biasa": "normal", "tightened": "tightened", "diperketat": "tightened",
           "ketat": "tightened", "reduced": "reduced", "dikurangi": "reduced",
           "longgar": "reduced"}.get(key, key)
    if key not in INSPECTIONS:
        raise InputError(t("error.unknown_choice", field=t("quality.iso.inspection"), value=inspection,
                           valid=", ".join(INSPECTIONS)))
    return key


@dataclass(frozen=True)
class SinglePlan:
    """One single sampling plan: sample ``n``, accept with ≤ ``ac``, reject with ≥ ``re``."""

    inspection: str
    code_letter: str
    plan_letter: str
    n: int
    ac: int
    re: int
    arrow: str = ""


@dataclass(repr=False)
class Iso2859Plan:
    """A plan looked up in ISO 2859-1 / MIL-STD-105E, with the other severities."""

    lot_size: int
    aql: str
    level: str
    inspection: str
    code_letter: str
    plan_letter: str
    n: int
    ac: int
    re: int
    arrow: str
    plans: dict[str, SinglePlan] = field(default_factory=dict)

    @property
    def hundred_percent(self) -> bool:
        """True when the sample is as large as the lot: inspect every unit."""
        return self.n >= self.lot_size

    @property
    def sample_size(self) -> int:
        """Units to inspect (the lot size when the plan's n exceeds it)."""
        return min(self.n, self.lot_size)

    @property
    def normal(self) -> SinglePlan:
        return self.plans["normal"]

    @property
    def tightened(self) -> SinglePlan:
        return self.plans["tightened"]

    @property
    def reduced(self) -> SinglePlan:
        return self.plans["reduced"]

    def _count(self, nonconforming: object) -> int:
        d = _integer(nonconforming, t("quality.defectives"), minimum=0)
        if d > self.sample_size:
            raise InputError(t("quality.error.more_defectives", point=1, d=d, n=self.sample_size))
        return d

    def decide(self, nonconforming: int) -> bool:
        """Accept (True) or reject (False) the lot for the count found in the sample.

        Normal and tightened inspection: accept when d ≤ Ac, reject when
        d ≥ Re (= Ac + 1).  Reduced inspection (gapped plans, Re > Ac + 1):
        d ≤ Ac accepts; Ac < d < Re **accepts the lot** but normal inspection
        is reinstated from the next lot (MIL-STD-105E §10.1.4 with §8.3.4 b,
        see :meth:`reinstates_normal`); d ≥ Re rejects.
        Example: ``iso2859_plan(2000, 0.65, inspection="reduced").decide(2)`` → True.
        """
        d = self._count(nonconforming)
        if self.inspection == "reduced":
            return d < self.re
        return d <= self.ac

    def reinstates_normal(self, nonconforming: int) -> bool:
        """True when this count under reduced inspection sends the next lot back to normal inspection.

        That is the case when the lot is rejected (d ≥ Re, §8.3.4 a) and when
        Ac < d < Re (accepted, §10.1.4 and §8.3.4 b).  Always False for normal
        and tightened inspection.
        """
        d = self._count(nonconforming)
        return self.inspection == "reduced" and d > self.ac

    def verdict(self, nonconforming: int) -> str:
        """The decision as a sentence in the active language (accept, reject, accept + back to normal)."""
        d = self._count(nonconforming)
        if self.inspection == "reduced" and self.ac < d < self.re:
            return t("quality_conv.iso.accept_reinstate", d=d, ac=self.ac, re=self.re)
        key = "quality_conv.iso.accept" if self.decide(d) else "quality_conv.iso.reject"
        text = t(key, d=d, ac=self.ac, re=self.re)
        if self.inspection == "reduced" and d >= self.re:
            text += " " + t("quality_conv.iso.back_to_normal")
        return text

    def explanation(self) -> str:
        """How the plan was read from the tables, in the active language."""
        text = t("quality.iso.explain", lot=formats.number(self.lot_size), level=self.level,
                 letter=self.code_letter, aql=self.aql.replace(".", ",") if _id() else self.aql,
                 inspection=t(f"quality.iso.{self.inspection}"), n=formats.number(self.n),
                 ac=self.ac, re=self.re)
        if self.arrow:
            key = "quality.iso.arrow_down" if self.arrow == DOWN else "quality.iso.arrow_up"
            text += " " + t(key, letter=self.plan_letter, n=formats.number(self.n))
        if self.inspection == "reduced" and self.re > self.ac + 1:
            text += " " + t("quality_conv.iso.reduced_gap", ac=self.ac, re=self.re)
        if self.hundred_percent:
            text += " " + t("quality.iso.hundred_percent")
        return text

    def _repr_html_(self) -> str:
        rows = [(t("quality.iso.code_letter"), self.code_letter)]
        header = [t("quality.iso.inspection"), t("quality.iso.plan_letter"), "n", "Ac", "Re"]
        plan_rows = [(t(f"quality.iso.{k}"), p.plan_letter + (f" ({p.arrow})" if p.arrow else ""),
                      formats.number(p.n), p.ac, p.re) for k, p in self.plans.items()]
        first = html_table(t("quality.iso.title"), rows, note=self.explanation())
        second = html_table("", plan_rows, header=header)
        third = html_table(t("quality.iso.switching_title"), [(f"{k + 1}.", s) for k, s in
                                                             enumerate(switching_rules())])
        return first + second + third

    def __repr__(self) -> str:
        return (f"<ISO 2859-1: lot {self.lot_size}, level {self.level}, AQL {self.aql}, "
                f"{self.inspection}: {self.code_letter}→{self.plan_letter} n={self.n} "
                f"Ac={self.ac} Re={self.re}>")


def _id() -> bool:
    from ikm_kit.i18n import get_language

    return get_language() == "id"


def iso2859_plan(lot_size: int, aql: float | str, *, level: str = "II",
                 inspection: str = "normal") -> Iso2859Plan:
    """Single sampling plan for a lot (units) and an AQL (% nonconforming or per 100 units).

    Returns the code letter (Table I), the plan used after following the
    arrows (letter, n, Ac, Re) for ``inspection`` (``normal``, ``tightened``,
    ``reduced``) and, in ``plans``, the plans for all three severities.
    ``aql`` must be one of the preferred values in :data:`AQL_VALUES`
    (``1.0``, ``"2,5"``, ``"0.65"`` …).
    Example: ``iso2859_plan(1000, 1.0)`` → J, n = 80, Ac 2, Re 3.
    """
    letter = code_letter(lot_size, level)
    lvl = _level(level)
    kind = _inspection(inspection)
    j = _aql_index(aql)
    i = LETTERS.index(letter)
    plans = {}
    for k in INSPECTIONS:
        row, n, ac, re_, arrow = _RESOLVED[k][(i, j)]
        plans[k] = SinglePlan(k, letter, _row_letter(row), n, ac, re_, arrow)
    chosen = plans[kind]
    lot = _integer(lot_size, t("quality.lot_size"), minimum=2)  # validated by code_letter already
    return Iso2859Plan(lot_size=lot, aql=AQL_VALUES[j], level=lvl, inspection=kind,
                       code_letter=letter, plan_letter=chosen.plan_letter, n=chosen.n, ac=chosen.ac,
                       re=chosen.re, arrow=chosen.arrow, plans=plans)


def master_table(inspection: str = "normal") -> pd.DataFrame:
    """Table II-A/B/C as printed: rows = code letters, cells ``"Ac Re"`` or an arrow."""
    kind = _inspection(inspection)
    rows = len(SAMPLE_SIZE[kind])
    data = {}
    for j, aql in enumerate(AQL_VALUES):
        col = []
        for i in range(rows):
            cell = _cell(kind, i, j)
            col.append(cell if isinstance(cell, str) else f"{cell[0]} {cell[1]}")
        data[aql] = col
    index = pd.Index([_row_letter(i) for i in range(rows)], name="code")
    df = pd.DataFrame(data, index=index)
    df.insert(0, "n", SAMPLE_SIZE[kind])
    df.attrs["source"] = SOURCE
    return df


def switching_rules() -> list[str]:
    """Switching rules (normal ↔ tightened ↔ reduced) in plain words, as in MIL-STD-105E §8.3–8.4.

    Edition: the plans of this module are those of MIL-STD-105E (1989) =
    ISO 2859-1:1989 (reduced plans with a gap between Ac and Re), so the
    switching rules follow the same edition: normal → reduced after 10
    accepted lots with the total count below the limit number (Table VIII,
    §8.3.3); reduced → normal when a lot is rejected **or accepted with
    Ac < d < Re** (§8.3.4, §10.1.4); discontinue after 10 consecutive lots on
    tightened inspection (§8.4).  ISO 2859-1:1999 replaced the limit numbers
    by a switching score (30) and the discontinuation rule by "5 lots not
    accepted under tightened inspection"; its reduced plans have no gap.  The
    1999 variants are mentioned in the texts as notes only.
    """
    return [t(f"quality.iso.switch.{k}") for k in
            ("start", "normal_to_tightened", "tightened_to_normal", "normal_to_reduced",
             "reduced_to_normal", "discontinue")]


__all__ = ["AQL_VALUES", "LEVELS", "INSPECTIONS", "LETTERS", "SOURCE", "TABLE_I", "Iso2859Plan",
           "SinglePlan", "code_letter", "iso2859_plan", "master_table", "switching_rules"]
