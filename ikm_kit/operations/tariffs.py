"""Cost-recovery tariffs for the shared machines, workshop rent and the sentra's yearly budget.

The "pengelolaan sentra" arithmetic a Dinas/UPTD needs before it can set a fee:

* :func:`machine_tariff` — cost per machine-hour (depreciation, maintenance,
  energy, operator, overhead) at a given use, the tariff after a subsidy and the
  break-even hours of a fee;
* :func:`tariff_curve` — the same cost against used hours a year (why an idle
  machine is expensive);
* :func:`workshop_rent` — rent per unit per month that recovers the building's
  yearly cost from the *occupied* area, the gap the city covers and a first-year
  incentive;
* :func:`sentra_budget` — the sentra's yearly account from the shipped data:
  rent billed/collected, machine fees, operating costs and the APBD subsidy needed.

Rent and fees of city-owned workshops and machines are in most regions a
*retribusi* paid into the *kas daerah* under a Perda/Perwali (or income of a
BLUD): *penerimaan daerah*, not money the sentra manager may spend.  The budget
therefore keeps "penerimaan daerah" and "biaya operasional UPTD" apart.

    >>> r = machine_tariff({"purchase_value_rp": 100_000_000, "life_years": 10, "power_kw": 2},
    ...                    used_hours_per_year=1000, electricity_rp_per_kwh=1500)
    >>> r.components["depreciation"], r.components["energy"], r.cost_per_hour
    (10000.0, 3000.0, 13000.0)
    >>> round(r.break_even_hours(20_000))
    588
    >>> w = workshop_rent(building_value_rp=2_000_000_000, building_life_years=20, unit_area_m2=72,
    ...                   total_area_m2=3000, occupancy=0.5)
    >>> round(w.rent_per_month), round(w.rent_full_occupancy)
    (400000, 200000)
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Mapping

import numpy as np
import pandas as pd

from ikm_kit.errors import DataError, InputError
from ikm_kit.formats import number as fmt_number
from ikm_kit.formats import percent, rupiah
from ikm_kit.i18n import t
from ikm_kit.formats_html import html_frame, html_table
from ikm_kit.validation import non_negative, positive, type_name

from ._common import parse_open_days

#: Cost components of a machine-hour, in display order.
COMPONENTS = ("depreciation", "maintenance", "energy", "operator", "overhead")
HOURS_PER_YEAR = 8760.0
_REQUIRED_MACHINE = ("purchase_value_rp", "life_years", "power_kw")


# ---------------------------------------------------------------------------- helpers
def _load(name: str) -> pd.DataFrame:
    from ikm_kit import data

    return data.load(name)


def _pct(value: object, field: str, *, upper: float = 100.0, upper_open: bool = True) -> float:
    v = non_negative(value, field)
    if v > upper or (upper_open and v >= upper):
        raise InputError(t("tariffs.error.pct_range", field=field, value=fmt_number(v, 1)))
    return v


def _pct_text(value: float) -> str:
    return fmt_number(value, 0 if float(value).is_integer() else 1)


def _param(key: str, year: int | None = None) -> float:
    """A value of the shipped ``parameters`` table (the row of ``year`` if there are several)."""
    rows = _param_table(_data_token("parameters")).get(key)
    if not rows:
        raise DataError(t("tariffs.error.missing_parameter", name=key))
    if year is not None and len(rows) > 1:
        exact = [v for y, v in rows if y == year]
        if exact:
            return exact[0]
        before = [(y, v) for y, v in rows if y <= year]
        return max(before)[1] if before else min(rows)[1]
    return rows[0][1]


def _data_token(name: str) -> tuple:
    """Identifies the shipped file's version (folder and modification time) for the caches below."""
    from ikm_kit import data
    from ikm_kit.data import schema

    folder = data.data_dir()
    if folder is None:
        return ("<generated>", name)
    path = folder / schema.DATASETS[name].filename
    return (str(path), path.stat().st_mtime_ns if path.exists() else 0)


@lru_cache(maxsize=4)
def _param_table(token: tuple) -> dict[str, list[tuple[int, float]]]:
    p = _load("parameters")
    table: dict[str, list[tuple[int, float]]] = {}
    for k, y, v in zip(p["key"].astype(str), p["year"], p["value"]):
        table.setdefault(k, []).append((int(y), float(v)))
    return table


def parameter(key: str, year: int | None = None) -> float:
    """A value of the shipped ``data/parameters.csv`` by key (the row of ``year`` if several).

    Example: ``parameter("umk_kendari", 2023)`` → 2993843.0 (Rp/month).
    """
    return _param(key, year)


def _param_or(key: str, default: float, year: int | None = None) -> float:
    try:
        return _param(key, year)
    except DataError:
        return default


def _machine_row(machine: object) -> dict:
    """A machine as a dict with the costing columns (id from the shipped data or a mapping)."""
    if isinstance(machine, str):
        machines = _load("machines")
        ids = machines["machine_id"].astype(str)
        key = machine.strip().upper()
        hit = machines[ids.str.upper() == key]
        if hit.empty:
            raise InputError(t("tariffs.error.unknown_machine", value=machine, valid=", ".join(ids)))
        return hit.iloc[0].to_dict()
    if isinstance(machine, pd.Series):
        machine = machine.to_dict()
    if not isinstance(machine, Mapping):
        raise InputError(t("tariffs.error.machine_type", value=type_name(machine)))
    missing = [c for c in _REQUIRED_MACHINE if c not in machine]
    if missing:
        raise InputError(t("tariffs.error.machine_missing", missing=", ".join(missing),
                           required=", ".join(_REQUIRED_MACHINE)))
    return dict(machine)


def _fee(value: object) -> float | None:
    if value is None:
        return None
    try:
        v = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) and v > 0 else None


# ---------------------------------------------------------------------------- machine tariff
@dataclass(frozen=True)
class MachineTariff:
    """Cost per machine-hour and the tariff at a given use (all money in Rp).

    ``components`` (Rp per used hour): ``depreciation, maintenance, energy,
    operator, overhead``; ``cost_per_hour`` is their sum; ``tariff_per_hour``
    the cost after the subsidy.  ``current_fee`` is today's fee (Rp/hour) from
    the data where known.
    """

    machine_id: str | None
    name: str
    purchase_value_rp: float
    life_years: float
    power_kw: float
    used_hours_per_year: float
    electricity_rp_per_kwh: float
    operator_rp_per_year: float
    maintenance_pct: float
    salvage_pct: float
    overhead_rp_per_year: float
    load_factor: float
    subsidy_pct: float
    current_fee: float | None = None

    # ---- yearly amounts
    @property
    def salvage_rp(self) -> float:
        return self.purchase_value_rp * self.salvage_pct / 100

    @property
    def depreciation_per_year(self) -> float:
        """Straight-line depreciation ``(purchase − salvage) / life`` (Rp/year)."""
        return (self.purchase_value_rp - self.salvage_rp) / self.life_years

    @property
    def maintenance_per_year(self) -> float:
        return self.purchase_value_rp * self.maintenance_pct / 100

    @property
    def fixed_per_year(self) -> float:
        """Yearly costs that do not depend on use: depreciation + maintenance + operator + overhead (Rp)."""
        return (self.depreciation_per_year + self.maintenance_per_year + self.operator_rp_per_year
                + self.overhead_rp_per_year)

    @property
    def energy_per_hour(self) -> float:
        """``power_kw × load_factor × electricity_rp_per_kwh`` (Rp per running hour)."""
        return self.power_kw * self.load_factor * self.electricity_rp_per_kwh

    # ---- per hour
    @property
    def components(self) -> dict[str, float]:
        h = self.used_hours_per_year
        return {
            "depreciation": self.depreciation_per_year / h,
            "maintenance": self.maintenance_per_year / h,
            "energy": self.energy_per_hour,
            "operator": self.operator_rp_per_year / h,
            "overhead": self.overhead_rp_per_year / h,
        }

    @property
    def cost_per_hour(self) -> float:
        return float(sum(self.components.values()))

    @property
    def tariff_per_hour(self) -> float:
        """``cost_per_hour × (1 − subsidy_pct/100)`` (Rp/hour)."""
        return self.cost_per_hour * (1 - self.subsidy_pct / 100)

    @property
    def cost_per_year(self) -> float:
        return self.cost_per_hour * self.used_hours_per_year

    @property
    def subsidy_per_year(self) -> float:
        """What the city budgets a year for the subsidy at this use (Rp)."""
        return (self.cost_per_hour - self.tariff_per_hour) * self.used_hours_per_year

    @property
    def cost_without_depreciation(self) -> float:
        """Cost per hour if no replacement fund is charged (a grant machine "paid for")."""
        return self.cost_per_hour - self.components["depreciation"]

    def break_even_hours(self, fee_rp_per_hour: float | None = None) -> float:
        """Used hours a year at which ``fee_rp_per_hour`` recovers the fixed yearly costs plus the energy.

        ``fixed / (fee − energy per hour)``; ``math.inf`` when the fee does not
        even cover the energy.  Without a fee: today's fee (``current_fee``).
        """
        if fee_rp_per_hour is None:
            if self.current_fee is None:
                raise InputError(t("tariffs.error.no_fee"))
            fee_rp_per_hour = self.current_fee
        fee = non_negative(fee_rp_per_hour, "fee_rp_per_hour")
        margin = fee - self.energy_per_hour
        if margin <= 0:
            return math.inf
        return self.fixed_per_year / margin

    def with_hours(self, used_hours_per_year: float) -> "MachineTariff":
        """The same machine and assumptions at another use."""
        h = positive(used_hours_per_year, "used_hours_per_year")
        if h > HOURS_PER_YEAR:
            raise InputError(t("tariffs.error.hours_too_many", value=fmt_number(h)))
        return _replace(self, used_hours_per_year=h)

    @property
    def sentence(self) -> str:
        """One Indonesian sentence a leader can read."""
        comp = self.components
        biggest = max(COMPONENTS, key=lambda k: comp[k])
        text = t("tariffs.machine.sentence", hours=fmt_number(self.used_hours_per_year), name=self.name,
                 cost=rupiah(self.cost_per_hour), biggest=t(f"tariffs.component.{biggest}").lower(),
                 biggest_value=rupiah(comp[biggest]))
        if self.subsidy_pct > 0:
            text += " " + t("tariffs.machine.sentence_subsidy", pct=_pct_text(self.subsidy_pct),
                            tariff=rupiah(self.tariff_per_hour), per_year=rupiah(self.subsidy_per_year))
        if self.current_fee is not None:
            be = self.break_even_hours(self.current_fee)
            if math.isinf(be):
                text += " " + t("tariffs.machine.sentence_fee_below_energy", fee=rupiah(self.current_fee),
                                energy=rupiah(self.energy_per_hour))
            elif be <= self.used_hours_per_year:
                text += " " + t("tariffs.machine.sentence_fee_ok", fee=rupiah(self.current_fee),
                                be=fmt_number(be))
            else:
                text += " " + t("tariffs.machine.sentence_fee_short", fee=rupiah(self.current_fee),
                                be=fmt_number(be), hours=fmt_number(self.used_hours_per_year))
        return text

    interpretation = sentence

    def table(self) -> pd.DataFrame:
        """Components as a table: ``component, label, rp_per_hour, rp_per_year, share``."""
        comp = self.components
        total = self.cost_per_hour
        return pd.DataFrame({
            "component": list(COMPONENTS),
            "label": [t(f"tariffs.component.{k}") for k in COMPONENTS],
            "rp_per_hour": [comp[k] for k in COMPONENTS],
            "rp_per_year": [comp[k] * self.used_hours_per_year for k in COMPONENTS],
            "share": [comp[k] / total if total > 0 else np.nan for k in COMPONENTS],
        })

    def _repr_html_(self) -> str:
        comp = self.components
        rows = [(t(f"tariffs.component.{k}"), rupiah(comp[k]), rupiah(comp[k] * self.used_hours_per_year))
                for k in COMPONENTS]
        rows.append((t("tariffs.machine.cost_per_hour"), rupiah(self.cost_per_hour), rupiah(self.cost_per_year)))
        if self.subsidy_pct > 0:
            rows.append((t("tariffs.machine.tariff_after_subsidy", pct=_pct_text(self.subsidy_pct)),
                         rupiah(self.tariff_per_hour), rupiah(self.tariff_per_hour * self.used_hours_per_year)))
        if self.current_fee is not None:
            rows.append((t("tariffs.machine.current_fee"), rupiah(self.current_fee),
                         rupiah(self.current_fee * self.used_hours_per_year)))
        head = [t("tariffs.col.item"), t("tariffs.col.rp_per_hour"), t("tariffs.col.rp_per_year")]
        title = t("tariffs.machine.title", name=self.name, hours=fmt_number(self.used_hours_per_year))
        return html_table(title, rows, note=self.sentence, header=head)


def _replace(obj, **changes):
    from dataclasses import replace

    return replace(obj, **changes)


def machine_tariff(machine: str | Mapping, *, used_hours_per_year: float, electricity_rp_per_kwh: float,
                   operator_rp_per_year: float = 0, maintenance_pct: float = 0.0, salvage_pct: float = 0.0,
                   overhead_rp_per_year: float = 0, load_factor: float = 1.0,
                   subsidy_pct: float = 0.0) -> MachineTariff:
    """Cost-recovery tariff of one machine-hour (Rp/hour) at ``used_hours_per_year``.

    ``machine``: a machine id of the shipped data (``"MSN-M01"``) or a mapping with
    at least ``purchase_value_rp``, ``life_years`` and ``power_kw`` (the columns of
    ``machines.csv``).  Convention: salvage = ``salvage_pct`` % of the purchase
    value; straight-line depreciation ``(purchase − salvage) / life`` per year;
    maintenance ``maintenance_pct`` % of the purchase value per year; energy
    ``power_kw × load_factor × electricity_rp_per_kwh`` per running hour; the
    yearly fixed costs (depreciation, maintenance, operator, overhead) are
    divided by the **used** hours a year (not the available hours).  ``_pct``
    arguments are percent numbers (5 = 5 %), ``load_factor`` a fraction.

    Example: ``machine_tariff("MSN-M02", used_hours_per_year=600,
    electricity_rp_per_kwh=1444.70, salvage_pct=10).cost_per_hour``.
    """
    row = _machine_row(machine)
    value = non_negative(row["purchase_value_rp"], "purchase_value_rp")
    life = positive(row["life_years"], "life_years")
    power = non_negative(row["power_kw"], "power_kw")
    hours = positive(used_hours_per_year, "used_hours_per_year")
    if hours > HOURS_PER_YEAR:
        raise InputError(t("tariffs.error.hours_too_many", value=fmt_number(hours)))
    lf = positive(load_factor, "load_factor")
    if lf > 1:
        raise InputError(t("tariffs.error.load_factor", value=fmt_number(lf, 2)))
    mid = row.get("machine_id")
    name = str(row.get("name") or mid or t("tariffs.machine.unnamed"))
    return MachineTariff(
        machine_id=None if mid is None else str(mid), name=name, purchase_value_rp=value, life_years=life,
        power_kw=power, used_hours_per_year=hours,
        electricity_rp_per_kwh=non_negative(electricity_rp_per_kwh, "electricity_rp_per_kwh"),
        operator_rp_per_year=non_negative(operator_rp_per_year, "operator_rp_per_year"),
        maintenance_pct=non_negative(maintenance_pct, "maintenance_pct"),
        salvage_pct=_pct(salvage_pct, "salvage_pct", upper=100, upper_open=False),
        overhead_rp_per_year=non_negative(overhead_rp_per_year, "overhead_rp_per_year"),
        load_factor=lf, subsidy_pct=_pct(subsidy_pct, "subsidy_pct"),
        current_fee=_fee(row.get("hourly_fee_rp")))


def available_hours_per_year(machine: str | Mapping) -> float:
    """Opening hours a year of a machine (``(close_hour − open_hour) × open days × 52``); 2 000 if unknown."""
    row = _machine_row(machine)
    try:
        per_day = float(row["close_hour"]) - float(row["open_hour"])
        days = len(parse_open_days(row["open_days"]))
    except (KeyError, TypeError, ValueError, InputError):
        return 2000.0
    if not math.isfinite(per_day) or per_day <= 0:
        return 2000.0
    return per_day * days * 52


def tariff_curve(machine: str | Mapping, hours: object = None, **kwargs: object) -> pd.DataFrame:
    """Cost per hour against used hours a year (Rp/hour), one row per value of ``hours``.

    ``kwargs`` are those of :func:`machine_tariff` (``used_hours_per_year`` is
    ignored).  Default ``hours``: 40 steps from 5 % to 100 % of the machine's
    opening hours a year.  Columns: ``used_hours_per_year``, the five
    components, ``cost_per_hour``, ``tariff_per_hour``, ``current_fee``.

    Example: ``tariff_curve("MSN-M01", hours=[500, 1000, 2000],
    electricity_rp_per_kwh=1444.70)``.
    """
    kwargs.pop("used_hours_per_year", None)
    if hours is None:
        top = available_hours_per_year(machine)
        grid = np.linspace(0.05 * top, top, 40)
    else:
        grid = np.atleast_1d(np.asarray(hours, dtype=object))
        if grid.size == 0:
            raise InputError(t("tariffs.error.no_hours"))
    base = machine_tariff(machine, used_hours_per_year=positive(grid[0], "hours"), **kwargs)  # type: ignore[arg-type]
    rows = []
    for h in grid:
        r = base.with_hours(positive(h, "hours"))
        rows.append({"used_hours_per_year": r.used_hours_per_year, **r.components,
                     "cost_per_hour": r.cost_per_hour, "tariff_per_hour": r.tariff_per_hour})
    out = pd.DataFrame(rows)
    out["current_fee"] = base.current_fee if base.current_fee is not None else np.nan
    return out


# ---------------------------------------------------------------------------- workshop rent
@dataclass(frozen=True)
class RentIncentive:
    """A first-year incentive for a new tenant: months free, then a discount (money in Rp)."""

    months_free: int
    discount_pct: float
    normal_rent_per_month: float
    new_tenants: int
    schedule: pd.DataFrame

    @property
    def billed_first_year(self) -> float:
        """Rent one new tenant pays in the first year (Rp)."""
        return float(self.schedule["rent_rp"].sum())

    @property
    def cost_per_tenant(self) -> float:
        """Rent the city forgoes per new tenant in the first year (Rp)."""
        return 12 * self.normal_rent_per_month - self.billed_first_year

    @property
    def cost_to_city(self) -> float:
        return self.cost_per_tenant * self.new_tenants

    @property
    def sentence(self) -> str:
        return t("tariffs.incentive.sentence", free=self.months_free, pct=_pct_text(self.discount_pct),
                 paid=rupiah(self.billed_first_year), normal=rupiah(12 * self.normal_rent_per_month),
                 cost=rupiah(self.cost_per_tenant), n=self.new_tenants, total=rupiah(self.cost_to_city))

    def _repr_html_(self) -> str:
        shown = pd.DataFrame({t("tariffs.col.month_no"): self.schedule["month"],
                              t("tariffs.col.rent_rp"): [rupiah(v) for v in self.schedule["rent_rp"]],
                              t("tariffs.col.normal_rp"): [rupiah(v) for v in self.schedule["normal_rp"]]})
        return (html_table(t("tariffs.incentive.title"), [], note=self.sentence)
                + html_frame(shown))


@dataclass(frozen=True)
class WorkshopRent:
    """Cost-recovery rent of one workshop unit (Rp per unit per month)."""

    building_value_rp: float
    building_life_years: float
    unit_area_m2: float
    total_area_m2: float
    occupancy: float
    maintenance_rp_per_year: float
    shared_costs_rp_per_year: float
    subsidy_pct: float

    @property
    def yearly_cost_rp(self) -> float:
        """``building_value / life + maintenance + shared costs`` (Rp/year)."""
        return self.building_value_rp / self.building_life_years + self.maintenance_rp_per_year \
            + self.shared_costs_rp_per_year

    @property
    def occupied_area_m2(self) -> float:
        return self.total_area_m2 * self.occupancy

    @property
    def occupied_units(self) -> float:
        """Occupied area in units of ``unit_area_m2``."""
        return self.occupied_area_m2 / self.unit_area_m2

    def _rent(self, occupancy: float) -> float:
        return self.yearly_cost_rp / (self.total_area_m2 * occupancy) * self.unit_area_m2 / 12

    @property
    def rent_per_month(self) -> float:
        """``yearly cost / (total_area × occupancy) × unit_area / 12`` (Rp per unit per month)."""
        return self._rent(self.occupancy)

    @property
    def rent_full_occupancy(self) -> float:
        return self._rent(1.0)

    @property
    def rent_after_subsidy(self) -> float:
        """``rent_per_month × (1 − subsidy_pct/100)``."""
        return self.rent_per_month * (1 - self.subsidy_pct / 100)

    @property
    def rent_per_m2_year(self) -> float:
        """Rent after subsidy per m² a year, to compare with other estates (Rp/m²/year)."""
        return self.rent_after_subsidy * 12 / self.unit_area_m2

    def gap_at(self, rent_per_month: float) -> float:
        """What the city covers a year if each occupied unit pays ``rent_per_month`` (Rp/year; < 0 = surplus)."""
        rent = non_negative(rent_per_month, "rent_per_month")
        return self.yearly_cost_rp - rent * 12 * self.occupied_units

    @property
    def gap_rp_per_year(self) -> float:
        """The gap the city covers at ``rent_after_subsidy`` (= yearly cost × subsidy %)."""
        return self.gap_at(self.rent_after_subsidy)

    @property
    def vacancy_cost_rp_per_year(self) -> float:
        """What the empty units cost the city if the rent is set for a full sentra (Rp/year)."""
        return self.gap_at(self.rent_full_occupancy)

    def incentive(self, months_free: int = 0, discount_pct: float = 0.0, *, new_tenants: int = 1) -> RentIncentive:
        """First-year schedule for a new tenant: ``months_free`` months free, then ``discount_pct`` % off.

        What it costs the city = normal yearly rent (after subsidy) − rent billed, per tenant.
        """
        free = non_negative(months_free, "months_free")
        if free > 12 or not float(free).is_integer():
            raise InputError(t("tariffs.error.months_free", value=months_free))
        disc = _pct(discount_pct, "discount_pct", upper=100, upper_open=False)
        n = non_negative(new_tenants, "new_tenants")
        if not float(n).is_integer():
            raise InputError(t("tariffs.error.new_tenants", value=new_tenants))
        normal = self.rent_after_subsidy
        months = np.arange(1, 13)
        rent = np.where(months <= free, 0.0, normal * (1 - disc / 100))
        schedule = pd.DataFrame({"month": months, "rent_rp": rent, "normal_rp": normal})
        return RentIncentive(int(free), disc, normal, int(n), schedule)

    @property
    def sentence(self) -> str:
        text = t("tariffs.rent.sentence", cost=rupiah(self.yearly_cost_rp), occ=percent(self.occupancy),
                 rent=rupiah(self.rent_per_month), full=rupiah(self.rent_full_occupancy),
                 vacancy=rupiah(self.vacancy_cost_rp_per_year))
        if self.subsidy_pct > 0:
            text += " " + t("tariffs.rent.sentence_subsidy", pct=_pct_text(self.subsidy_pct),
                            rent=rupiah(self.rent_after_subsidy), gap=rupiah(self.gap_rp_per_year))
        return text

    interpretation = sentence

    def _repr_html_(self) -> str:
        rows = [
            (t("tariffs.rent.depreciation"), rupiah(self.building_value_rp / self.building_life_years)),
            (t("tariffs.rent.maintenance"), rupiah(self.maintenance_rp_per_year)),
            (t("tariffs.rent.shared"), rupiah(self.shared_costs_rp_per_year)),
            (t("tariffs.rent.yearly_cost"), rupiah(self.yearly_cost_rp)),
            (t("tariffs.rent.occupied_area", occ=percent(self.occupancy)),
             f"{fmt_number(self.occupied_area_m2)} m²"),
            (t("tariffs.rent.rent_per_month"), rupiah(self.rent_per_month)),
            (t("tariffs.rent.rent_full"), rupiah(self.rent_full_occupancy)),
            (t("tariffs.rent.rent_after_subsidy", pct=_pct_text(self.subsidy_pct)),
             rupiah(self.rent_after_subsidy)),
            (t("tariffs.rent.gap"), rupiah(self.gap_rp_per_year)),
        ]
        title = t("tariffs.rent.title", area=fmt_number(self.unit_area_m2))
        return html_table(title, rows, note=self.sentence, header=[t("tariffs.col.item"), t("tariffs.col.value")])


def workshop_rent(*, building_value_rp: float, building_life_years: float, unit_area_m2: float,
                  total_area_m2: float, occupancy: float, maintenance_rp_per_year: float = 0,
                  shared_costs_rp_per_year: float = 0, subsidy_pct: float = 0.0) -> WorkshopRent:
    """Rent per unit per month (Rp) that recovers the sentra building's yearly costs from the occupied area.

    Yearly costs = ``building_value_rp / building_life_years +
    maintenance_rp_per_year + shared_costs_rp_per_year``; rent =
    ``yearly costs / (total_area_m2 × occupancy) × unit_area_m2 / 12``.
    ``occupancy`` is a fraction in (0, 1]; ``subsidy_pct`` a percent in [0, 100).

    Example: ``workshop_rent(building_value_rp=6.9e9, building_life_years=20,
    unit_area_m2=72, total_area_m2=2880, occupancy=0.27).rent_per_month``.
    """
    unit = positive(unit_area_m2, "unit_area_m2")
    total = positive(total_area_m2, "total_area_m2")
    if unit > total:
        raise InputError(t("tariffs.error.unit_area", unit=fmt_number(unit), total=fmt_number(total)))
    occ = positive(occupancy, "occupancy")
    if occ > 1:
        raise InputError(t("tariffs.error.occupancy", value=fmt_number(occ, 2)))
    return WorkshopRent(
        building_value_rp=non_negative(building_value_rp, "building_value_rp"),
        building_life_years=positive(building_life_years, "building_life_years"),
        unit_area_m2=unit, total_area_m2=total, occupancy=occ,
        maintenance_rp_per_year=non_negative(maintenance_rp_per_year, "maintenance_rp_per_year"),
        shared_costs_rp_per_year=non_negative(shared_costs_rp_per_year, "shared_costs_rp_per_year"),
        subsidy_pct=_pct(subsidy_pct, "subsidy_pct"))


# ---------------------------------------------------------------------------- assumptions from the data
def _year(year: object) -> int:
    """A calendar year as int (1900–2100) or an Indonesian InputError."""
    from ikm_kit.validation import number

    value = number(year, "year")
    if not value.is_integer() or not 1900 <= value <= 2100:
        raise InputError(t("tariffs.error.year", value=year))
    return int(value)


def _sentra_check(sentra: object, valid: list[str]) -> str:
    if not isinstance(sentra, str) or sentra not in valid:
        raise InputError(t("tariffs.error.unknown_sentra", value=sentra, valid=", ".join(valid)))
    return sentra


def machine_hours(year: int = 2023, *, statuses: tuple[str, ...] = ("selesai",)) -> pd.Series:
    """Hours per machine in ``year`` from the shipped ``machine_bookings`` (status ``selesai`` = used)."""
    return _machine_hours(_data_token("machine_bookings"), _year(year), tuple(statuses)).copy()


@lru_cache(maxsize=8)
def _machine_hours(token: tuple, year: int, statuses: tuple[str, ...]) -> pd.Series:
    b = _load("machine_bookings")
    start, end = pd.to_datetime(b["start"]), pd.to_datetime(b["end"])
    keep = b["status"].astype(str).isin(statuses) & (start.dt.year == int(year))
    hours = ((end - start).dt.total_seconds() / 3600)[keep]
    return hours.groupby(b.loc[keep, "machine_id"].astype(str)).sum()


def machine_assumptions(machine_id: str, year: int = 2023) -> dict[str, float]:
    """Keyword arguments for :func:`machine_tariff` from the shipped data.

    ``used_hours_per_year`` = hours used (bookings ``selesai``) in ``year``;
    electricity = ``tarif_listrik_sentra_tinggi`` (B-2 rate, the I-1/I-2 rate was
    not found: U); maintenance, salvage and load factor from ``parameters``
    (U/P); operator = ``tarif_mesin_porsi_operator.<id>`` × UMK × 12 (U).
    Example: ``machine_tariff("MSN-M01", **machine_assumptions("MSN-M01"))``.
    """
    row = _machine_row(machine_id)
    if "machine_id" not in row:
        raise InputError(t("tariffs.error.machine_type", value=type_name(machine_id)))
    year = _year(year)
    mid = str(row["machine_id"])
    used = float(machine_hours(year).get(mid, 0.0))
    if used <= 0:
        raise DataError(t("tariffs.error.no_bookings", machine=mid, year=year))
    return {"used_hours_per_year": used, **cost_assumptions(mid, year)}


def cost_assumptions(machine_id: str, year: int = 2023) -> dict[str, float]:
    """The shipped cost assumptions of a machine: all :func:`machine_tariff` keywords but the hours (U/P marks
    in ``data/README.md``).  Example: ``cost_assumptions("MSN-M04")["maintenance_pct"]`` → 5.0."""
    share = _param_or(f"tarif_mesin_porsi_operator.{machine_id}", 0.0)
    return {
        "electricity_rp_per_kwh": _param("tarif_listrik_sentra_tinggi"),
        "operator_rp_per_year": share * _param("umk_kendari", year) * 12,
        "maintenance_pct": _param("tarif_mesin_pemeliharaan_pct"),
        "salvage_pct": _param("tarif_mesin_nilai_sisa_pct"),
        "load_factor": _param("tarif_mesin_faktor_beban"),
    }


def shared_costs_per_year(sentra: str = "mebel", year: int = 2023) -> float:
    """Shared costs of a sentra a year (Rp): staff × UMK × 12 + general costs (parameters, U/ilustratif)."""
    year = _year(year)
    staff = _param(f"sentra_petugas_bersama.{sentra}")
    return staff * _param("umk_kendari", year) * 12 + _param(f"sentra_biaya_umum_per_tahun.{sentra}")


def occupancy_rate(sentra: str = "mebel", year: int = 2023) -> float:
    """Average share of units occupied over the months of ``year`` with the sentra open (shipped data)."""
    year = _year(year)
    occ = _load("occupancy_monthly")
    _sentra_check(sentra, sorted(occ["sentra"].astype(str).unique()))
    df = occ[(occ["sentra"].astype(str) == sentra) & (pd.to_datetime(occ["month"]).dt.year == int(year))]
    if df.empty:
        raise DataError(t("tariffs.error.no_year", sentra=sentra, year=year))
    rate = df.assign(on=df["status"] == "terisi").groupby("month")["on"].mean()
    rate = rate[rate > 0]
    return float(rate.mean()) if not rate.empty else 0.0


def rent_assumptions(sentra: str = "mebel", year: int = 2023) -> dict[str, float]:
    """Keyword arguments for :func:`workshop_rent` from the shipped data (building figures are U).

    Building value = ``bangunan_sentra_biaya_per_m2`` × the sentra's workshop
    floor area; unit area = the most common workshop size; occupancy = the
    average of ``year``.  Example: ``workshop_rent(**rent_assumptions("mebel"))``.
    """
    year = _year(year)
    ws = _load("workshops")
    _sentra_check(sentra, sorted(ws["sentra"].astype(str).unique()))
    w = ws[ws["sentra"].astype(str) == sentra]
    total = float(w["area_m2"].sum())
    value = _param("bangunan_sentra_biaya_per_m2") * total
    return {
        "building_value_rp": value,
        "building_life_years": _param("bangunan_sentra_umur_tahun"),
        "unit_area_m2": float(w["area_m2"].mode().iloc[0]),
        "total_area_m2": total,
        "occupancy": occupancy_rate(sentra, year),
        "maintenance_rp_per_year": value * _param("bangunan_sentra_pemeliharaan_pct") / 100,
        "shared_costs_rp_per_year": shared_costs_per_year(sentra, year),
    }


# ---------------------------------------------------------------------------- yearly budget
@dataclass(frozen=True)
class SentraBudget:
    """The sentra's yearly account (Rp): penerimaan daerah, biaya operasional UPTD, subsidi APBD.

    ``lines``: ``section, item, label, amount_rp`` (sections ``penerimaan``,
    ``biaya``, ``penyusutan``, ``saldo``); ``machines``: per machine
    ``machine_id, name, booked_h, used_h, tariff_rp_per_h, fees_rp, energy_rp,
    maintenance_rp, operator_rp, depreciation_rp, cost_rp_per_h``.
    """

    sentra: str
    year: int
    lines: pd.DataFrame
    machines: pd.DataFrame
    rent_per_month: float | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)

    def amount(self, item: str) -> float:
        hit = self.lines[self.lines["item"] == item]
        if hit.empty:
            raise InputError(t("tariffs.error.unknown_line", value=item,
                               valid=", ".join(self.lines["item"])))
        return float(hit["amount_rp"].iloc[0])

    @property
    def revenue_rp(self) -> float:
        """Penerimaan daerah collected: rent paid + machine fees (Rp)."""
        return self.amount("total_penerimaan")

    @property
    def operating_cost_rp(self) -> float:
        return self.amount("total_biaya")

    @property
    def subsidy_needed_rp(self) -> float:
        """APBD the city budgets: operating costs − penerimaan collected (Rp; < 0 = surplus)."""
        return self.amount("subsidi_apbd")

    @property
    def subsidy_with_depreciation_rp(self) -> float:
        return self.amount("subsidi_dengan_penyusutan")

    @property
    def sentence(self) -> str:
        key = "tariffs.budget.sentence" if self.subsidy_needed_rp > 0 else "tariffs.budget.sentence_surplus"
        return t(key, sentra=self.sentra, year=self.year, surplus=rupiah(-self.subsidy_needed_rp),
                 revenue=rupiah(self.revenue_rp), cost=rupiah(self.operating_cost_rp),
                 subsidy=rupiah(self.subsidy_needed_rp), dep=rupiah(self.subsidy_with_depreciation_rp),
                 arrears=rupiah(self.amount("tunggakan_sewa")))

    interpretation = sentence

    def _repr_html_(self) -> str:
        rows = [(r.label, rupiah(r.amount_rp)) for r in self.lines.itertuples()]
        out = html_table(t("tariffs.budget.title", sentra=self.sentra, year=self.year), rows,
                         note=self.sentence + " " + t("tariffs.budget.retribusi_note"),
                         header=[t("tariffs.col.item"), t("tariffs.col.rp_per_year")])
        m = self.machines
        shown = pd.DataFrame({
            t("tariffs.col.machine"): m["name"],
            t("tariffs.col.used_h"): [fmt_number(v) for v in m["used_h"]],
            t("tariffs.col.tariff"): [rupiah(v) for v in m["tariff_rp_per_h"]],
            t("tariffs.col.cost_per_h"): [rupiah(v) if math.isfinite(v) else "–" for v in m["cost_rp_per_h"]],
            t("tariffs.col.fees"): [rupiah(v) for v in m["fees_rp"]],
        })
        return out + html_frame(shown, t("tariffs.budget.machines_title"))


def sentra_budget(sentra: str, year: int, *, tariffs: Mapping | None = None,
                  rent: float | WorkshopRent | None = None) -> SentraBudget:
    """The sentra's yearly account from the shipped data (Rp per year).

    * rent billed, collected and in arrears from ``occupancy_monthly``; with
      ``rent`` (Rp per unit per month or a :func:`workshop_rent` result: its
      ``rent_after_subsidy``) the rent is re-billed for every occupied unit-month
      and collected at the collection rate of the data;
    * machine fees = booked hours (``selesai`` + ``tidak_hadir``: a no-show is
      charged) × tariff; ``tariffs`` maps machine id → Rp/hour or a
      :func:`machine_tariff` result (its ``tariff_per_hour``); default: today's fee;
    * operating costs of the UPTD: energy of the used hours, maintenance and
      operator of the machines (:func:`machine_assumptions`, or the assumptions
      of a given ``machine_tariff`` result), building maintenance and shared
      costs (:func:`rent_assumptions`); depreciation is listed apart (the
      replacement fund, not cash);
    * subsidy needed (APBD) = operating costs − penerimaan collected.

    Rent and fees are *penerimaan daerah* (retribusi into the kas daerah, or
    BLUD income), not the manager's income.
    Example: ``sentra_budget("mebel", 2023, tariffs={"MSN-M01": 40_000})``.
    """
    occ = _load("occupancy_monthly")
    sentra = _sentra_check(sentra, sorted(occ["sentra"].astype(str).unique()))
    year = _year(year)
    months = pd.to_datetime(occ["month"])
    df = occ[(occ["sentra"].astype(str) == sentra) & (months.dt.year == year)]
    if df.empty:
        years = sorted({int(y) for y in months.dt.year.unique()})
        raise DataError(t("tariffs.error.no_year_valid", sentra=sentra, year=year,
                          valid=", ".join(str(y) for y in years)))
    billed = float(df["rent_billed_rp"].sum())
    paid = float(df["rent_paid_rp"].sum())
    occupied_months = int((df["status"] == "terisi").sum())
    notes: list[str] = []
    rent_value: float | None = None
    if rent is not None:
        rent_value = rent.rent_after_subsidy if isinstance(rent, WorkshopRent) else non_negative(rent, "rent")
        ratio = paid / billed if billed > 0 else 1.0
        billed = rent_value * occupied_months
        paid = billed * ratio
        notes.append(t("tariffs.budget.note_rent", rent=rupiah(rent_value), months=occupied_months,
                       ratio=percent(ratio)))
    arrears = max(billed - paid, 0.0)

    machines = _load("machines")
    machines = machines[machines["sentra"].astype(str) == sentra]
    tariffs = dict(tariffs or {})
    known = set(machines["machine_id"].astype(str))
    for key in tariffs:
        if str(key) not in known:
            raise InputError(t("tariffs.error.unknown_machine", value=key, valid=", ".join(sorted(known))))
    booked = machine_hours(year, statuses=("selesai", "tidak_hadir"))
    used = machine_hours(year)
    rows = []
    for m in machines.itertuples(index=False):
        mid = str(m.machine_id)
        given = tariffs.get(mid)
        if isinstance(given, MachineTariff):
            fee = given.tariff_per_hour
            base = given
        else:
            fee = float(m.hourly_fee_rp) if given is None else non_negative(given, f"tariffs[{mid}]")
            base = None
        u, b = float(used.get(mid, 0.0)), float(booked.get(mid, 0.0))
        if base is None:
            base = machine_tariff(m._asdict(), used_hours_per_year=max(u, 1.0), **cost_assumptions(mid, year))
        rows.append({
            "machine_id": mid, "name": str(m.name), "booked_h": b, "used_h": u, "tariff_rp_per_h": fee,
            "fees_rp": b * fee, "energy_rp": u * base.energy_per_hour,
            "maintenance_rp": base.maintenance_per_year, "operator_rp": base.operator_rp_per_year
            + base.overhead_rp_per_year, "depreciation_rp": base.depreciation_per_year,
            "cost_rp_per_h": base.with_hours(u).cost_per_hour if u > 0 else math.inf,
        })
    mt = pd.DataFrame(rows)
    if mt.empty or mt["booked_h"].sum() == 0:
        notes.append(t("tariffs.budget.note_no_bookings", year=year))
    ra = rent_assumptions(sentra, year)
    building_dep = ra["building_value_rp"] / ra["building_life_years"]
    fees = float(mt["fees_rp"].sum()) if not mt.empty else 0.0
    items = [
        ("penerimaan", "sewa_ditagih", billed),
        ("penerimaan", "sewa_diterima", paid),
        ("penerimaan", "tunggakan_sewa", arrears),
        ("penerimaan", "retribusi_mesin", fees),
        ("penerimaan", "total_penerimaan", paid + fees),
        ("biaya", "listrik_mesin", float(mt["energy_rp"].sum())),
        ("biaya", "pemeliharaan_mesin", float(mt["maintenance_rp"].sum())),
        ("biaya", "operator_mesin", float(mt["operator_rp"].sum())),
        ("biaya", "pemeliharaan_bangunan", ra["maintenance_rp_per_year"]),
        ("biaya", "biaya_bersama", ra["shared_costs_rp_per_year"]),
    ]
    cost = sum(v for s, _, v in items if s == "biaya")
    dep = float(mt["depreciation_rp"].sum()) + building_dep
    items += [
        ("biaya", "total_biaya", cost),
        ("penyusutan", "penyusutan_mesin", float(mt["depreciation_rp"].sum())),
        ("penyusutan", "penyusutan_bangunan", building_dep),
        ("saldo", "subsidi_apbd", cost - (paid + fees)),
        ("saldo", "subsidi_dengan_penyusutan", cost + dep - (paid + fees)),
    ]
    lines = pd.DataFrame(items, columns=["section", "item", "amount_rp"])
    lines.insert(2, "label", [t(f"tariffs.budget.line.{k}") for k in lines["item"]])
    return SentraBudget(sentra, year, lines, mt, rent_value, tuple(notes))


__all__ = ["COMPONENTS", "MachineTariff", "machine_tariff", "tariff_curve", "available_hours_per_year",
           "WorkshopRent", "RentIncentive", "workshop_rent", "SentraBudget", "sentra_budget",
           "machine_assumptions", "rent_assumptions", "machine_hours", "cost_assumptions", "parameter",
           "occupancy_rate", "shared_costs_per_year"]
