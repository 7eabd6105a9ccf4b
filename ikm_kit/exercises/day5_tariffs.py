"""Exercises of day 5, part "tarif dan tata tertib" (notebook ``05_tarif_dan_tata_tertib``).

Every expected answer (and every typical mistake) is computed from the shipped
data with :mod:`ikm_kit.operations.tariffs` on first use, never typed in.
Typical mistakes caught: forgetting depreciation, dividing by the available
instead of the used hours, monthly against yearly, counting the retribusi as the
manager's income.
"""
from __future__ import annotations

from functools import lru_cache

from ikm_kit.exercises.core import choice, numeric

KILN, PLANER = "MSN-M01", "MSN-M02"
#: Subsidy share (percent) of the kiln exercise and the occupancy of the rent exercise (fractions).
KILN_SUBSIDY_PCT = 50
RENT_OCCUPANCY = 0.80
#: Incentive exercise: months free, discount afterwards (percent), new tenants.
INCENTIVE = (3, 25, 5)


def _keys(name: str, n_hints: int = 2) -> list[str]:
    return [f"ex.05_{name}.h{i}" for i in range(1, n_hints + 1)]


@lru_cache(maxsize=None)
def _tariff(machine: str, depreciation: bool = True, hours: str = "used"):
    from ikm_kit.operations.tariffs import available_hours_per_year, machine_assumptions, machine_tariff

    kw = machine_assumptions(machine)
    if not depreciation:
        kw["salvage_pct"] = 100.0      # nothing left to depreciate: no replacement fund
    if hours == "available":
        kw["used_hours_per_year"] = available_hours_per_year(machine)
    return machine_tariff(machine, **kw)


def _monthly_hours_mistake(machine: str) -> float:
    """Yearly fixed costs divided by one month's hours (monthly vs yearly)."""
    r = _tariff(machine)
    return r.fixed_per_year / (r.used_hours_per_year / 12) + r.energy_per_hour


# --------------------------------------------------------------------------- kiln and planer tariffs
numeric(
    "05.tarif_kiln", lambda: _tariff(KILN).cost_per_hour, tol=0.01, unit="Rp",
    hints=_keys("tarif_kiln", 3),
    mistakes=[
        (lambda: _tariff(KILN, depreciation=False).cost_per_hour, "ex.05_tarif_kiln.m_penyusutan"),
        (lambda: _tariff(KILN, hours="available").cost_per_hour, "ex.05_tarif_kiln.m_jam_tersedia"),
        (lambda: _monthly_hours_mistake(KILN), "ex.05_tarif_kiln.m_bulanan"),
        (lambda: _tariff(KILN).cost_per_hour - _tariff(KILN).energy_per_hour, "ex.05_tarif_kiln.m_listrik"),
    ],
    explanation="ex.05_tarif_kiln.explain",
)

numeric(
    "05.tarif_planer", lambda: _tariff(PLANER).cost_per_hour, tol=0.01, unit="Rp",
    hints=_keys("tarif_planer", 2),
    mistakes=[
        (lambda: _tariff(PLANER, depreciation=False).cost_per_hour, "ex.05_tarif_planer.m_penyusutan"),
        (lambda: _tariff(PLANER, hours="available").cost_per_hour, "ex.05_tarif_planer.m_jam_tersedia"),
        (lambda: _monthly_hours_mistake(PLANER), "ex.05_tarif_planer.m_bulanan"),
    ],
    explanation="ex.05_tarif_planer.explain",
)

choice(
    "05.tarif_hibah", "dana_pengganti",
    hints=_keys("tarif_hibah", 2),
    mistakes=[("gratis", "ex.05_tarif_hibah.m_gratis"), ("untung", "ex.05_tarif_hibah.m_untung")],
    explanation="ex.05_tarif_hibah.explain",
)


# --------------------------------------------------------------------------- subsidy at today's use
def _kiln_subsidy() -> float:
    """APBD a year if the kiln is charged at cost minus ``KILN_SUBSIDY_PCT`` % at today's use."""
    from ikm_kit.operations.tariffs import machine_assumptions, machine_tariff

    return machine_tariff(KILN, **machine_assumptions(KILN), subsidy_pct=KILN_SUBSIDY_PCT).subsidy_per_year


numeric(
    "05.subsidi_kiln", _kiln_subsidy, tol=0.01, unit="Rp",
    hints=_keys("subsidi_kiln", 2),
    mistakes=[
        (lambda: _tariff(KILN).cost_per_hour * KILN_SUBSIDY_PCT / 100, "ex.05_subsidi_kiln.m_per_jam"),
        (lambda: _kiln_subsidy() / 12, "ex.05_subsidi_kiln.m_bulanan"),
        (lambda: _tariff(KILN).cost_per_year, "ex.05_subsidi_kiln.m_semua"),
    ],
    explanation="ex.05_subsidi_kiln.explain",
)


# --------------------------------------------------------------------------- workshop rent
@lru_cache(maxsize=None)
def _rent(occupancy: float):
    from ikm_kit.operations.tariffs import rent_assumptions, workshop_rent

    return workshop_rent(**{**rent_assumptions("mebel", 2023), "occupancy": occupancy})


numeric(
    "05.sewa_80", lambda: _rent(RENT_OCCUPANCY).rent_per_month, tol=0.01, unit="Rp",
    hints=_keys("sewa_80", 3),
    mistakes=[
        (lambda: _rent(RENT_OCCUPANCY).rent_per_month * 12, "ex.05_sewa_80.m_tahunan"),
        (lambda: _rent(RENT_OCCUPANCY).rent_full_occupancy, "ex.05_sewa_80.m_penuh"),
        (lambda: _rent(0.27).rent_per_month, "ex.05_sewa_80.m_27"),
    ],
    explanation="ex.05_sewa_80.explain",
)


def _planned_rent() -> float:
    from ikm_kit.operations.tariffs import _param

    return _param("sewa_workshop_per_bulan")


def _incentive_cost(months_free: int = INCENTIVE[0], discount_pct: float = INCENTIVE[1]) -> float:
    from ikm_kit.operations.tariffs import workshop_rent

    rent = _planned_rent()
    # a rent object whose cost-recovery rent equals the planned rent: cost = rent × 12 per unit, one unit
    w = workshop_rent(building_value_rp=rent * 12, building_life_years=1, unit_area_m2=1, total_area_m2=1,
                      occupancy=1)
    return w.incentive(months_free=months_free, discount_pct=discount_pct, new_tenants=INCENTIVE[2]).cost_to_city


numeric(
    "05.insentif", _incentive_cost, tol=0.01, unit="Rp",
    hints=_keys("insentif", 2),
    mistakes=[
        (lambda: _incentive_cost() / INCENTIVE[2], "ex.05_insentif.m_satu"),
        (lambda: _incentive_cost(INCENTIVE[0], 0), "ex.05_insentif.m_diskon"),
        (lambda: _planned_rent() * 12 * INCENTIVE[2], "ex.05_insentif.m_setahun"),
    ],
    explanation="ex.05_insentif.explain",
)


# --------------------------------------------------------------------------- retribusi framing
choice(
    "05.retribusi", "kas_daerah",
    hints=_keys("retribusi", 2),
    mistakes=[("kas_uptd", "ex.05_retribusi.m_pengelola"), ("paguyuban", "ex.05_retribusi.m_paguyuban")],
    explanation="ex.05_retribusi.explain",
)
