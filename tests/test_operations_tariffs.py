"""Machine tariffs, workshop rent and the sentra budget: hand calculations, properties, bad input.

Method (pengelolaan-sentra.md §1.4): break-even basic tariff P = TFC/Q + b (Makhfatih, UGM [P]) and the
PU "Analisa Alat" machine-hour template (salvage 10 % of the price, capital cost (B − C)/W per hour [P]),
with straight-line depreciation instead of the capital-recovery factor (the issue's convention).
"""
import math

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ikm_kit import data
from ikm_kit.errors import DataError, IkmError, InputError
from ikm_kit.i18n import language
from ikm_kit.operations import (machine_assumptions, machine_tariff, rent_assumptions, sentra_budget,
                                tariff_curve, workshop_rent)

PLANER = {"machine_id": "P", "name": "Planer", "purchase_value_rp": 45_000_000, "life_years": 10, "power_kw": 5.5}


# ------------------------------------------------------------------ hand calculations
def test_planer_hand_calculation():
    r = machine_tariff(PLANER, used_hours_per_year=600, electricity_rp_per_kwh=1444.70, maintenance_pct=5,
                       salvage_pct=10, load_factor=0.7, subsidy_pct=25)
    # salvage 10 % × 45 000 000 = 4 500 000; depreciation (45 000 000 − 4 500 000)/10 = 4 050 000 a year
    assert r.depreciation_per_year == pytest.approx(4_050_000)
    assert r.components["depreciation"] == pytest.approx(4_050_000 / 600)       # 6 750 per hour
    # maintenance 5 % × 45 000 000 = 2 250 000 a year → 3 750 per hour
    assert r.components["maintenance"] == pytest.approx(3_750)
    # energy 5,5 kW × 0,7 × Rp1.444,70 = 5 562,095 per running hour
    assert r.components["energy"] == pytest.approx(5_562.095)
    assert r.components["operator"] == 0 and r.components["overhead"] == 0
    assert r.cost_per_hour == pytest.approx(6_750 + 3_750 + 5_562.095)          # 16 062,095
    assert r.tariff_per_hour == pytest.approx(16_062.095 * 0.75)                # 12 046,57
    assert r.subsidy_per_year == pytest.approx(16_062.095 * 0.25 * 600)
    # break-even at Rp25.000: fixed (4 050 000 + 2 250 000) / (25 000 − 5 562,095) = 324,109 hours
    assert r.break_even_hours(25_000) == pytest.approx(6_300_000 / (25_000 - 5_562.095))
    assert r.cost_without_depreciation == pytest.approx(3_750 + 5_562.095)


def test_kiln_from_the_shipped_data_hand_calculation():
    umk_2023 = 2_993_843  # parameters.csv, UMK Kota Kendari 2023 [P]
    r = machine_tariff("MSN-M01", used_hours_per_year=2000, electricity_rp_per_kwh=1444.70,
                       operator_rp_per_year=0.5 * umk_2023 * 12, maintenance_pct=5, salvage_pct=10, load_factor=0.7)
    # machines.csv: kiln Rp250.000.000, 15 years, 7,5 kW, today's fee Rp15.000/hour
    assert r.components["depreciation"] == pytest.approx((250e6 - 25e6) / 15 / 2000)  # 7 500
    assert r.components["maintenance"] == pytest.approx(12.5e6 / 2000)                  # 6 250
    assert r.components["operator"] == pytest.approx(17_963_058 / 2000)                 # 8 981,53
    assert r.components["energy"] == pytest.approx(7.5 * 0.7 * 1444.70)                 # 7 584,675
    assert r.cost_per_hour == pytest.approx(7_500 + 6_250 + 8_981.529 + 7_584.675)
    assert r.current_fee == 15_000
    fixed = 15e6 + 12.5e6 + 17_963_058
    assert r.break_even_hours() == pytest.approx(fixed / (15_000 - 7_584.675))  # 6 130,96 hours
    assert "6.131" in r.sentence and "Rp 15.000" in r.sentence


def test_fee_below_energy_never_breaks_even():
    r = machine_tariff("MSN-M01", used_hours_per_year=2000, electricity_rp_per_kwh=1444.70)
    # energy 7,5 kW × 1 × 1 444,70 = 10 835 per hour > a fee of Rp10.000
    assert r.break_even_hours(10_000) == math.inf
    r2 = machine_tariff({**PLANER, "hourly_fee_rp": 5_000}, used_hours_per_year=500, electricity_rp_per_kwh=1444.70)
    assert r2.break_even_hours() == math.inf
    assert "bahkan tidak menutup biaya listrik" in r2.sentence


def test_rent_hand_calculation_and_incentive():
    w = workshop_rent(building_value_rp=2_000_000_000, building_life_years=20, unit_area_m2=72, total_area_m2=2880,
                      occupancy=0.25, maintenance_rp_per_year=20_000_000, shared_costs_rp_per_year=80_000_000,
                      subsidy_pct=40)
    # yearly 2 000 000 000/20 + 20 000 000 + 80 000 000 = 200 000 000
    assert w.yearly_cost_rp == pytest.approx(200_000_000)
    # occupied 2 880 × 0,25 = 720 m² (10 units of 72 m²): 200 000 000 / 720 × 72 / 12 = 1 666 666,67
    assert w.rent_per_month == pytest.approx(200_000_000 / 720 * 72 / 12)
    assert w.rent_full_occupancy == pytest.approx(200_000_000 / 2880 * 72 / 12)   # 416 666,67
    assert w.rent_after_subsidy == pytest.approx(1_000_000)                         # × (1 − 0,40)
    # the city covers 200 000 000 − 1 000 000 × 12 × 10 = 80 000 000 = 40 % of the cost
    assert w.gap_rp_per_year == pytest.approx(80_000_000)
    # a rent set for a full sentra leaves 75 % of the cost to the city
    assert w.vacancy_cost_rp_per_year == pytest.approx(150_000_000)
    inc = w.incentive(months_free=3, discount_pct=50, new_tenants=4)
    # 3 months free, then 9 × 500 000: 4 500 000 paid against 12 000 000 → 7 500 000 per tenant, 30 000 000 for 4
    assert inc.billed_first_year == pytest.approx(4_500_000)
    assert inc.cost_per_tenant == pytest.approx(7_500_000)
    assert inc.cost_to_city == pytest.approx(30_000_000)
    assert list(inc.schedule["rent_rp"][:4]) == [0, 0, 0, 500_000]


def test_rent_at_27_and_80_percent_from_the_data():
    base = rent_assumptions("mebel", 2023)
    low = workshop_rent(**{**base, "occupancy": 0.27})
    high = workshop_rent(**{**base, "occupancy": 0.80})
    assert low.rent_per_month == pytest.approx(high.rent_per_month * 0.80 / 0.27)
    assert high.rent_per_month > high.rent_full_occupancy


def test_curve_falls_and_matches_single_tariffs():
    c = tariff_curve("MSN-M02", hours=[250, 500, 1000, 2000], electricity_rp_per_kwh=1444.70, salvage_pct=10)
    assert list(c["used_hours_per_year"]) == [250, 500, 1000, 2000]
    assert c["cost_per_hour"].is_monotonic_decreasing
    single = machine_tariff("MSN-M02", used_hours_per_year=500, electricity_rp_per_kwh=1444.70, salvage_pct=10)
    assert c.loc[1, "cost_per_hour"] == pytest.approx(single.cost_per_hour)
    default = tariff_curve("MSN-M02", electricity_rp_per_kwh=1444.70)
    # planer open 8–16 Mon–Sat: 8 h × 6 days × 52 weeks = 2 496 hours a year
    assert default["used_hours_per_year"].max() == pytest.approx(2496)
    assert (default["current_fee"] == 25_000).all()


def test_assumptions_come_from_the_data():
    a = machine_assumptions("MSN-M01", 2023)
    b = data.load("machine_bookings")
    done = b[(b["machine_id"] == "MSN-M01") & (b["status"] == "selesai")]
    hours = ((pd.to_datetime(done["end"]) - pd.to_datetime(done["start"])).dt.total_seconds() / 3600).sum()
    assert a["used_hours_per_year"] == pytest.approx(hours)
    assert a["electricity_rp_per_kwh"] == pytest.approx(1444.70)
    assert a["operator_rp_per_year"] == pytest.approx(0.5 * 2_993_843 * 12)
    assert machine_assumptions("MSN-M02")["operator_rp_per_year"] == 0


def test_budget_reconciles_with_the_raw_data():
    tariffs = {"MSN-M01": 20_000, "MSN-M02": machine_tariff("MSN-M02", **machine_assumptions("MSN-M02"))}
    bud = sentra_budget("mebel", 2023, tariffs=tariffs)
    occ = data.load("occupancy_monthly")
    occ = occ[(occ["sentra"] == "mebel") & (pd.to_datetime(occ["month"]).dt.year == 2023)]
    assert bud.amount("sewa_ditagih") == pytest.approx(occ["rent_billed_rp"].sum())
    assert bud.amount("sewa_diterima") == pytest.approx(occ["rent_paid_rp"].sum())
    b = data.load("machine_bookings")
    b = b[b["status"].isin(["selesai", "tidak_hadir"])]
    h = (pd.to_datetime(b["end"]) - pd.to_datetime(b["start"])).dt.total_seconds() / 3600
    booked = h.groupby(b["machine_id"]).sum()
    m = bud.machines.set_index("machine_id")
    assert m.loc["MSN-M01", "fees_rp"] == pytest.approx(booked["MSN-M01"] * 20_000)
    assert m.loc["MSN-M02", "fees_rp"] == pytest.approx(booked["MSN-M02"] * tariffs["MSN-M02"].tariff_per_hour)
    assert m.loc["MSN-M03", "fees_rp"] == pytest.approx(booked["MSN-M03"] * 20_000)  # today's fee
    total_fees = m["fees_rp"].sum()
    assert bud.revenue_rp == pytest.approx(occ["rent_paid_rp"].sum() + total_fees)
    cost_items = ["listrik_mesin", "pemeliharaan_mesin", "operator_mesin", "pemeliharaan_bangunan", "biaya_bersama"]
    assert bud.operating_cost_rp == pytest.approx(sum(bud.amount(k) for k in cost_items))
    assert bud.subsidy_needed_rp == pytest.approx(bud.operating_cost_rp - bud.revenue_rp)
    assert bud.subsidy_with_depreciation_rp == pytest.approx(
        bud.subsidy_needed_rp + bud.amount("penyusutan_mesin") + bud.amount("penyusutan_bangunan"))


def test_budget_with_a_new_rent():
    occ = data.load("occupancy_monthly")
    occ = occ[(occ["sentra"] == "mebel") & (pd.to_datetime(occ["month"]).dt.year == 2023)]
    unit_months = int((occ["status"] == "terisi").sum())
    ratio = occ["rent_paid_rp"].sum() / occ["rent_billed_rp"].sum()
    bud = sentra_budget("mebel", 2023, rent=1_000_000)
    assert bud.amount("sewa_ditagih") == pytest.approx(unit_months * 1_000_000)
    assert bud.amount("sewa_diterima") == pytest.approx(unit_months * 1_000_000 * ratio)
    w = workshop_rent(**rent_assumptions("mebel", 2023), subsidy_pct=50)
    assert sentra_budget("mebel", 2023, rent=w).rent_per_month == pytest.approx(w.rent_after_subsidy)


def test_html_and_sentences_are_indonesian():
    r = machine_tariff("MSN-M02", **machine_assumptions("MSN-M02"), subsidy_pct=20)
    html = r._repr_html_()
    assert "Penyusutan" in html and "Listrik" in html and "subsidi" in r.sentence
    assert "Rp" in workshop_rent(**rent_assumptions())._repr_html_()
    bud = sentra_budget("pangan", 2023)
    assert "penerimaan daerah" in bud._repr_html_() and "Periksa aturan daerah setempat" in bud._repr_html_()
    with language("en"):
        assert "Depreciation" in r._repr_html_()


# ------------------------------------------------------------------ properties
_machine = st.fixed_dictionaries({
    "purchase_value_rp": st.floats(1e6, 1e9), "life_years": st.floats(1, 30), "power_kw": st.floats(0, 20)})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(m=_machine, h1=st.floats(1, 4000), extra=st.floats(1, 4000), price=st.floats(500, 2500),
       maint=st.floats(0, 20), op=st.floats(0, 5e7))
def test_cost_per_hour_falls_as_use_rises(m, h1, extra, price, maint, op):
    kw = dict(electricity_rp_per_kwh=price, maintenance_pct=maint, operator_rp_per_year=op, salvage_pct=10)
    a = machine_tariff(m, used_hours_per_year=h1, **kw)
    b = machine_tariff(m, used_hours_per_year=h1 + extra, **kw)
    assert b.cost_per_hour <= a.cost_per_hour + 1e-9
    assert b.components["energy"] == pytest.approx(a.components["energy"])  # energy per hour does not change


@settings(max_examples=60, deadline=None)
@given(m=_machine, h=st.floats(1, 8000), price=st.floats(0, 2500), lf=st.floats(0.05, 1))
def test_zero_subsidy_leaves_cost_unchanged(m, h, price, lf):
    r = machine_tariff(m, used_hours_per_year=h, electricity_rp_per_kwh=price, load_factor=lf, subsidy_pct=0)
    assert r.tariff_per_hour == r.cost_per_hour and r.subsidy_per_year == 0


@settings(max_examples=60, deadline=None)
@given(value=st.floats(0, 1e10), life=st.floats(1, 50), unit=st.floats(10, 200), n=st.integers(1, 60),
       occ=st.floats(0.01, 1), shared=st.floats(0, 1e9))
def test_rent_at_full_occupancy_is_not_above_rent_at_lower_occupancy(value, life, unit, n, occ, shared):
    w = workshop_rent(building_value_rp=value, building_life_years=life, unit_area_m2=unit, total_area_m2=unit * n,
                      occupancy=occ, shared_costs_rp_per_year=shared)
    assert w.rent_full_occupancy <= w.rent_per_month * (1 + 1e-12)
    # the rent recovers the yearly cost from the occupied area
    assert w.rent_per_month * 12 * w.occupied_units == pytest.approx(w.yearly_cost_rp)


# ------------------------------------------------------------------ bad input
@pytest.mark.parametrize("kwargs", [
    {"used_hours_per_year": 0}, {"used_hours_per_year": -5}, {"used_hours_per_year": 9000},
    {"subsidy_pct": 100}, {"subsidy_pct": -1}, {"salvage_pct": 120}, {"load_factor": 1.5}, {"load_factor": 0},
    {"electricity_rp_per_kwh": -1}, {"used_hours_per_year": "banyak"},
])
def test_bad_machine_input(kwargs):
    base = {"used_hours_per_year": 500, "electricity_rp_per_kwh": 1444.70, **kwargs}
    with pytest.raises(InputError):
        machine_tariff("MSN-M02", **base)


def test_unknown_machine_and_bad_mapping_messages():
    with pytest.raises(InputError, match="MSN-X99.*tidak ada di data.*MSN-M01"):
        machine_tariff("MSN-X99", used_hours_per_year=100, electricity_rp_per_kwh=1000)
    with pytest.raises(InputError, match="life_years"):
        machine_tariff({"purchase_value_rp": 1e6, "power_kw": 1}, used_hours_per_year=100, electricity_rp_per_kwh=1)
    with pytest.raises(InputError, match="life_years"):
        machine_tariff({**PLANER, "life_years": 0}, used_hours_per_year=100, electricity_rp_per_kwh=1)
    with pytest.raises(InputError):
        machine_tariff(42, used_hours_per_year=100, electricity_rp_per_kwh=1)


@pytest.mark.parametrize("occupancy", [0, -0.2, 1.2, 27])
def test_occupancy_outside_0_1(occupancy):
    with pytest.raises(InputError, match="Keterisian|occupancy"):
        workshop_rent(building_value_rp=1e9, building_life_years=20, unit_area_m2=72, total_area_m2=2880,
                      occupancy=occupancy)


def test_bad_rent_and_budget_input():
    ok = dict(building_value_rp=1e9, building_life_years=20, unit_area_m2=72, total_area_m2=2880, occupancy=0.5)
    for bad in ({"building_life_years": 0}, {"subsidy_pct": 100}, {"unit_area_m2": 5000}):
        with pytest.raises(InputError):
            workshop_rent(**{**ok, **bad})
    w = workshop_rent(**ok)
    with pytest.raises(InputError):
        w.incentive(months_free=13)
    with pytest.raises(InputError):
        w.incentive(discount_pct=120)
    with pytest.raises(InputError, match="Sentra 'kayu' tidak dikenal"):
        sentra_budget("kayu", 2023)
    with pytest.raises(DataError, match="2023"):
        sentra_budget("mebel", 2019)
    with pytest.raises(InputError, match="MSN-P01"):
        sentra_budget("mebel", 2023, tariffs={"MSN-P01": 1000})
    with pytest.raises(IkmError):
        sentra_budget("mebel", 2023, tariffs={"MSN-M01": -5})
