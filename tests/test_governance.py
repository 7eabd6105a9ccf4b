"""Governance templates (tata tertib, perjanjian sewa, structure, asset register, reports) and the Day-5 tariff
exercises (answers computed from the data; typical mistakes recognised)."""
import pytest

from ikm_kit.errors import InputError
from ikm_kit.exercises import get
from ikm_kit.i18n import language
from ikm_kit.operations import governance as g
from ikm_kit.operations import machine_assumptions, machine_tariff


def test_house_rules_and_agreement_contents():
    rules = g.house_rules("mebel")
    assert rules.startswith("# Tata Tertib Sentra IKM Mebel Lepo-Lepo")
    assert rules.count("## Pasal") == len(g.RULE_ARTICLES)
    assert "Periksa aturan daerah setempat" in rules
    a = g.tenant_agreement("mebel", rent_per_month=833_333, due_day=10)
    # PP 27/2014 Pasal 29(7) minimum content [V] and the list
    for needle in ("Para pihak", "Objek sewa", "Jangka waktu", "Rp 833.333", "tanggal 10",
                   "Keterlambatan dan tunggakan", "Biaya operasional dan pemeliharaan", "Pemesanan dan kerusakan",
                   "Berakhirnya perjanjian", "kas daerah", "bukan pendapatan pengelola"):
        assert needle in a, needle
    blank = g.tenant_agreement()
    assert "Rp ……" in blank
    html = g.tenant_agreement(fmt="html")
    assert html.startswith('<div class="ikm-doc"') and "<ol>" in html and "<script" not in html
    with language("en"):
        assert "Check the local rules" in g.house_rules("pangan")


def test_structure_keeps_retribusi_out_of_the_managers_hands():
    s = g.structure()
    assert list(s["role"]) == list(g.ROLES)
    uptd = s.set_index("role").loc["uptd", "money"]
    assert "kas daerah" in uptd and "bukan pendapatan pengelola" in uptd


def test_asset_register_book_values_hand_checked():
    reg = g.asset_register("mebel", as_of=2023).set_index("machine_id")
    # kiln: Rp250 jt, 15 years, salvage 10 % → 15 jt a year; acquired 2020 (U) → 4 years by end 2023
    kiln = reg.loc["MSN-M01"]
    assert kiln["depreciation_per_year_rp"] == pytest.approx(15_000_000)
    assert kiln["age_years"] == 4 and kiln["life_left_years"] == 11
    assert kiln["book_value_rp"] == pytest.approx(250e6 - 4 * 15e6)
    planer = reg.loc["MSN-M02"]
    assert planer["book_value_rp"] == pytest.approx(45e6 - 4 * 4.05e6)
    assert set(reg["condition"]) <= {"baik", "cukup — perlu perawatan terjadwal", "perlu perbaikan", "tidak tercatat"}
    assert g.asset_register("pangan").set_index("machine_id").loc["MSN-P04", "condition"] == "tidak tercatat"


def test_reports_and_handout():
    rep = g.reporting_calendar()
    assert len(rep) == len(g.REPORTS)
    legal = rep[~rep["basis"].str.contains("usulan pelatihan")]
    assert legal["basis"].str.contains(r"\[[VPU]\]").all()  # every legal basis carries its mark
    md = g.handout("mebel", rent_per_month=833_333)
    assert md.count("\n# ") >= 4 and "MSN-M01" in md
    assert "<table" in g.handout(fmt="html")


def test_bad_template_input():
    with pytest.raises(InputError, match="Sentra 'kayu'"):
        g.house_rules("kayu")
    with pytest.raises(InputError, match="Format"):
        g.house_rules(fmt="pdf")
    with pytest.raises(InputError, match="1–28"):
        g.tenant_agreement(due_day=31)
    with pytest.raises(InputError, match="5 tahun"):
        g.tenant_agreement(term_years=6)


def _check(exercise_id, answer):
    return get(exercise_id).check(answer)


def test_tariff_exercises_expected_and_mistakes():
    kiln = machine_tariff("MSN-M01", **machine_assumptions("MSN-M01"))
    assert _check("05.tarif_kiln", round(kiln.cost_per_hour)).correct
    no_dep = kiln.cost_per_hour - kiln.components["depreciation"]
    assert _check("05.tarif_kiln", round(no_dep)).mistake_key == "ex.05_tarif_kiln.m_penyusutan"
    # dividing by the available hours: 24 h × 7 days × 52 weeks = 8 736
    avail = kiln.fixed_per_year / 8736 + kiln.energy_per_hour
    assert _check("05.tarif_kiln", round(avail)).mistake_key == "ex.05_tarif_kiln.m_jam_tersedia"
    sub = kiln.cost_per_hour * 0.5 * kiln.used_hours_per_year
    assert _check("05.subsidi_kiln", round(sub)).correct
    assert _check("05.subsidi_kiln", round(kiln.cost_per_hour * 0.5)).mistake_key == "ex.05_subsidi_kiln.m_per_jam"
    assert _check("05.subsidi_kiln", "Rp " + f"{sub / 12:,.0f}".replace(",", ".")).mistake_key == \
        "ex.05_subsidi_kiln.m_bulanan"
    # incentive: 3 months free + 9 months at 25 % off of Rp833.333, 5 tenants
    cost = (3 * 833_333 + 9 * 833_333 * 0.25) * 5
    assert _check("05.insentif", cost).correct
    assert _check("05.retribusi", "kas_uptd").mistake_key == "ex.05_retribusi.m_pengelola"
    assert _check("05.retribusi", "Kas_Daerah").correct
    assert _check("05.tarif_hibah", "gratis").mistake_key == "ex.05_tarif_hibah.m_gratis"
