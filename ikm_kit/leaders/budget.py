"""The sentras' yearly budget line for the leaders: one source for the dashboard and the report.

What a Dinas/UPTD leader reads about each sentra's year (from
:func:`ikm_kit.operations.tariffs.sentra_budget`): *penerimaan daerah* collected
(rent + machine fees), the UPTD's operating costs, the APBD subsidy needed (or the
operating surplus), the same with depreciation, and the tariffs behind the
figures.  :func:`leaders_budget` gives the numbers (no HTML);
:func:`budget_html` is the one rendering of them, used by the dashboard
``ringkasan_pimpinan`` (:func:`ikm_kit.widgets.tariffs.budget_line_html`) and by
the leaders' report (:func:`ikm_kit.leaders.export.summary_html`: ``ikm-kit
laporan``, ``/ringkasan``).  Costs rest on unverified assumptions (U), listed
with their values in :attr:`LeadersBudget.assumptions_text`.

    >>> b = leaders_budget(2023)
    >>> [line.sentra for line in b.lines]
    ['mebel', 'pangan']
    >>> round(b.lines[1].subsidy_rp)          # pangan 2023: costs − penerimaan (Rp)
    69983123
    >>> leaders_budget(2019).lines            # no data for that year: nothing to show
    ()
"""
from __future__ import annotations

import html
import math
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from ikm_kit import formats
from ikm_kit.errors import IkmError
from ikm_kit.i18n import t
from ikm_kit.operations.tariffs import _data_token, parameter, sentra_budget

__all__ = ["BudgetLine", "LeadersBudget", "budget_html", "leaders_budget"]

#: the tariff table's columns (``machines`` of :class:`BudgetLine`) and their labels
TARIFF_COLUMNS = (("name", "tariffs.col.machine"), ("tariff_rp_per_h", "tariffs.col.tariff"),
                  ("cost_rp_per_h", "tariffs.col.cost_per_h"), ("used_h", "tariffs.col.used_h"))


@dataclass(frozen=True)
class BudgetLine:
    """One sentra's year (Rp per year).

    ``subsidy_rp`` = operating costs − penerimaan collected (< 0: an operating
    surplus); ``machines``: ``name, tariff_rp_per_h, cost_rp_per_h`` (``inf`` when
    the machine was not used), ``used_h`` (hours used in the year).
    """

    sentra: str
    year: int
    revenue_rp: float
    cost_rp: float
    subsidy_rp: float
    subsidy_with_depreciation_rp: float
    rent_billed_rp: float
    machines: pd.DataFrame
    no_bookings: bool = False

    @property
    def notes(self) -> list[str]:
        """Warnings about the data behind the line (no machine bookings that year: no fees, no energy)."""
        return [t("tariffs.budget.note_no_bookings", year=self.year)] if self.no_bookings else []

    @property
    def surplus(self) -> bool:
        """True when the penerimaan cover the operating costs."""
        return self.subsidy_rp <= 0

    @property
    def sentence(self) -> str:
        """The line in the active language, Rp in Indonesian format; U marks the assumption-based figures."""
        key = "tariffs.leaders.line_surplus" if self.surplus else "tariffs.leaders.line"
        rp = formats.rupiah
        return t(key, sentra=t(f"overview.sentra_{self.sentra}"), year=self.year, revenue=rp(self.revenue_rp),
                 cost=rp(self.cost_rp), subsidy=rp(max(self.subsidy_rp, 0.0)), surplus=rp(-self.subsidy_rp),
                 dep=rp(max(self.subsidy_with_depreciation_rp, 0.0)))

    @property
    def behind(self) -> str:
        """Heading of the tariff table (names the rent billed)."""
        return t("tariffs.leaders.behind", rent=formats.rupiah(self.rent_billed_rp))

    def tariff_rows(self) -> list[tuple[str, str, str, str]]:
        """The tariff table as formatted text cells (machine, Rp/hour, cost Rp/hour or "–", hours used)."""
        rp = formats.rupiah
        return [(str(r.name), rp(r.tariff_rp_per_h), rp(r.cost_rp_per_h) if math.isfinite(r.cost_rp_per_h) else "–",
                 formats.number(r.used_h)) for r in self.machines.itertuples()]


@dataclass(frozen=True)
class LeadersBudget:
    """The budget lines of the sentras with data in ``year``, and the notes every reader needs."""

    year: int
    lines: tuple[BudgetLine, ...]
    assumptions: dict

    @property
    def title(self) -> str:
        return t("tariffs.leaders.title")

    @property
    def headers(self) -> list[str]:
        return [t(key) for _, key in TARIFF_COLUMNS]

    @property
    def assumptions_text(self) -> str:
        """The unverified (U) assumptions behind the costs, with their values."""
        a = self.assumptions
        return t("leaders_budget.assumptions", maint=formats.number(a["maintenance_pct"], 0),
                 lf=formats.number(a["load_factor"], 1), price=formats.rupiah(a["electricity_rp_per_kwh"], 2),
                 per_m2=formats.rupiah(a["building_rp_per_m2"]), life=formats.number(a["building_life_years"], 0),
                 bmaint=formats.number(a["building_maintenance_pct"], 0))

    @property
    def source_text(self) -> str:
        return t("leaders_budget.source", year=self.year)

    @property
    def retribusi_note(self) -> str:
        return t("tariffs.budget.retribusi_note")


@lru_cache(maxsize=8)
def _line(sentra: str, year: int, token: tuple) -> BudgetLine | None:
    try:
        b = sentra_budget(sentra, year)
    except IkmError:          # the sentra has no data that year
        return None
    a = b.amount
    return BudgetLine(sentra, b.year, a("total_penerimaan"), a("total_biaya"), a("subsidi_apbd"),
                      a("subsidi_dengan_penyusutan"), a("sewa_ditagih"),
                      b.machines[[c for c, _ in TARIFF_COLUMNS]].reset_index(drop=True),
                      no_bookings=b.machines.empty or float(b.machines["booked_h"].sum()) == 0)


def _token() -> tuple:
    """The versions of the data files behind the budget (the cache forgets a line when one changes)."""
    return tuple(_data_token(name) for name in ("occupancy_monthly", "machine_bookings", "parameters", "machines"))


def leaders_budget(year: int, sentras: tuple[str, ...] = ("mebel", "pangan")) -> LeadersBudget:
    """The yearly budget line of each sentra in ``sentras`` (Rp per year); sentras without data that year are left out.

    Example: ``leaders_budget(2023).lines[0].revenue_rp`` → penerimaan daerah of the furniture sentra in 2023.
    """
    year = int(year)
    token = _token()
    lines = tuple(line for line in (_line(s, year, token) for s in sentras) if line is not None)
    assumptions = {
        "maintenance_pct": parameter("tarif_mesin_pemeliharaan_pct"),
        "load_factor": parameter("tarif_mesin_faktor_beban"),
        "electricity_rp_per_kwh": parameter("tarif_listrik_sentra_tinggi"),
        "building_rp_per_m2": parameter("bangunan_sentra_biaya_per_m2"),
        "building_life_years": parameter("bangunan_sentra_umur_tahun"),
        "building_maintenance_pct": parameter("bangunan_sentra_pemeliharaan_pct"),
    }
    return LeadersBudget(year, lines, assumptions)


_TD = "text-align:left;padding:2px 6px;border-bottom:1px solid #eee;min-width:7em"
_TDR = "text-align:right;padding:2px 6px;border-bottom:1px solid #eee;white-space:nowrap"
_TH = "text-align:right;padding:2px 6px;border-bottom:1px solid #ccc;vertical-align:bottom"


def budget_html(budget: LeadersBudget, *, expanded: bool = False, heading: str = "h4") -> str:
    """The budget lines as HTML (no script): per sentra the line in bold and the tariffs behind it
    in a ``<details>`` block (``expanded``: open, as in the printed report), then the U assumptions,
    the source and the retribusi note.  Empty string when no sentra has data that year."""
    if not budget.lines:
        return ""
    e = html.escape
    head = "".join(f'<th style="{_TH.replace("right", "left") if i == 0 else _TH}">{e(h)}</th>'
                   for i, h in enumerate(budget.headers))
    blocks = []
    for line in budget.lines:
        rows = "".join("<tr>" + "".join(f'<td style="{_TD if i == 0 else _TDR}">{e(c)}</td>'
                                        for i, c in enumerate(cells)) + "</tr>" for cells in line.tariff_rows())
        blocks.append(
            f'<div class="ikm-budget-line" data-sentra="{e(line.sentra)}">'
            f'<p class="ikm-paragraph"><b>{e(line.sentence)}</b></p>'
            + "".join(f'<p style="margin:0.2em 0;color:#8a4b00">{e(n)}</p>' for n in line.notes) +
            f'<details{" open" if expanded else ""}><summary>{e(line.behind)}</summary>'
            f'<div style="overflow-x:auto;max-width:100%"><table style="border-collapse:collapse;font-size:0.9em">'
            f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div></details></div>")
    notes = "".join(f'<p style="margin:0.3em 0">{e(text)}</p>'
                    for text in (budget.assumptions_text, budget.source_text, budget.retribusi_note))
    return (f"<{heading}>{e(budget.title)}</{heading}>" + "".join(blocks)
            + f'<div class="ikm-budget-note" style="font-size:0.85em;color:#555">{notes}</div>')
