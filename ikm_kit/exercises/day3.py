"""Exercises of day 3 (pengendalian proses dan inspeksi).

Notebooks: ``03_peta_kendali``, ``03_kapabilitas_proses``,
``03_sampling_penerimaan``, ``03_keamanan_pangan``.  Every expected answer is
computed from the shipped data (:mod:`ikm_kit.data`) with the toolkit's own
functions; texts are in :mod:`ikm_kit.i18n.exercises_day3`.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

from ikm_kit.exercises.core import choice, numeric

# ------------------------------------------------------------------ data helpers
PHASE1_SUBGROUPS = 40            # phase I = subgroups 1–40 (the first weeks of data)
LEG_SPEC = (718.0, 722.0)        # mm, panjang kaki meja makan (illustrative spec, data/README.md)
MOISTURE_USL = 14.0              # %, RSNI3 0608:2016 "Kayu untuk furnitur" [V]
MOISTURE_TARGET = 12.0           # %, kiln practice 12–14 % [P]

# The production-line game in 03_peta_kendali: ProductionLineSimulator(seed=SIM_SEED,
# shift_size_sigma=SIM_SHIFT_SIGMA) with its default 20 phase-I hours.
SIM_SEED = 5
SIM_SHIFT_SIGMA = 1.0
SIM_PHASE1 = 20

# CPPB-IRT self-inspection scenarios (item_id of items NOT met), see 03_keamanan_pangan
P06_NOT_MET = ("A02.2", "A05.3", "A06.2", "A08.3", "A13.1")
P11_NOT_MET = ("A04.1", "A05.3", "A08.2")
CCP_UNIT = "P06"                 # workshop whose CCP log is checked in exercise 3.17


@lru_cache(maxsize=None)
def _measurements(characteristic: str) -> pd.DataFrame:
    from ikm_kit import data

    m = data.load("measurements")
    return m[m["characteristic"] == characteristic].reset_index(drop=True)


def _phase1(characteristic: str):
    from ikm_kit.quality import xbar_r

    part = _measurements(characteristic)
    return xbar_r(part[part["subgroup"] <= PHASE1_SUBGROUPS], value="value", subgroup="subgroup")


def _xbar_all(characteristic: str):
    from ikm_kit.quality import xbar_r

    return xbar_r(_measurements(characteristic), value="value", subgroup="subgroup")


def _leg_capability(subgroup_size: int = 5):
    from ikm_kit.quality import capability

    return capability(_measurements("panjang_kaki_meja")["value"], lsl=LEG_SPEC[0], usl=LEG_SPEC[1],
                      subgroup_size=subgroup_size)


def _moisture_capability():
    from ikm_kit.quality import capability

    return capability(_measurements("kadar_air_kayu")["value"], usl=MOISTURE_USL)


def _abon_after_shift():
    """Capability of the abon packs from subgroup 61 on (after the filling shift)."""
    from ikm_kit.quality import capability

    part = _measurements("berat_kemasan_abon")
    later = part[part["subgroup"] >= 61]
    return capability(later["value"], lsl=98.0, usl=105.0, subgroup_size=5)


def _first_phase2_signal(rules: str = "western_electric") -> int:
    """1-based subgroup of the first signal after phase I (abon, limits from subgroups 1–40)."""
    from ikm_kit.quality import xbar_r

    part = _measurements("berat_kemasan_abon")
    res = xbar_r(part, value="value", subgroup="subgroup", limits=_phase1("berat_kemasan_abon"), rules=rules)
    flagged = np.union1d(res.xbar.flagged, res.range.flagged) + 1
    return int(flagged[flagged > PHASE1_SUBGROUPS][0])


def _chairs_beyond(sizes_mean: bool = False) -> int:
    from ikm_kit import data
    from ikm_kit.quality import p_chart

    insp = data.load("inspections")
    chairs = insp[insp["product_id"] == "MB01"]
    sizes = chairs["inspected"].mean() if sizes_mean else chairs["inspected"]
    return int(len(p_chart(chairs["defectives"], sizes).beyond_limits))


def simulator_shift_hour(seed: int = SIM_SEED, phase1_hours: int = SIM_PHASE1) -> int:
    """The hidden shift hour of ``ProductionLineSimulator(seed=...)``.

    Same draw as the app (``numpy.random.default_rng([seed, 99])``, an hour
    5–25 hours after phase I); the app's ``line.change_hour`` gives the same
    number (the trainer cell in ``03_peta_kendali`` checks this).
    """
    rng = np.random.default_rng([int(seed), 99])
    return int(rng.integers(phase1_hours + 5, phase1_hours + 26))


def simulator_first_signal(seed: int = SIM_SEED, shift_size_sigma: float = SIM_SHIFT_SIGMA,
                           phase1_hours: int = SIM_PHASE1) -> int:
    """The hour at which the run rules first flag a point in phase II (as the app's scoreboard)."""
    from ikm_kit.quality import xbar_r
    from ikm_kit.quality.production_line import ProductionLine

    hour = simulator_shift_hour(seed, phase1_hours)
    line = ProductionLine(preset="panjang_kaki_meja", seed=int(seed), shift_at_hour=hour,
                          shift_size_sigma=shift_size_sigma)
    values = line.subgroups(hour + 30)
    limits = xbar_r(values[:phase1_hours])
    res = xbar_r(values[phase1_hours:], limits=limits)
    flagged = np.union1d(res.xbar.flagged, res.range.flagged)
    return int(flagged[0]) + phase1_hours


def _level(not_met: tuple[str, ...]) -> str:
    from ikm_kit import data
    from ikm_kit.quality import score_checklist

    checklist = data.load("cppob_checklist")
    return score_checklist(checklist.assign(met=~checklist["item_id"].isin(not_met))).level


@lru_cache(maxsize=None)
def _ccp(unit_id: str | None = None):
    from ikm_kit import data
    from ikm_kit.quality import check_ccp

    log = data.load("ccp_log")
    if unit_id is not None:
        log = log[log["unit_id"] == unit_id]
    return check_ccp(log)


def _plan(lot: int, aql: str, level: str = "II"):
    from ikm_kit.quality import iso2859_plan

    return iso2859_plan(lot, aql, level=level)


def _oc(n: int, c: int, p: float) -> float:
    from ikm_kit.quality import oc_single

    return float(oc_single(n, c, p))


def _aoql_percent() -> float:
    from ikm_kit.quality import aoql

    plan = _plan(1000, "1.0")
    return 100.0 * aoql(plan.n, plan.ac, lot_size=1000)


# ------------------------------------------------------------------ 03_peta_kendali
choice(
    "03.jenis_variasi", {"gergaji", "operator_baru", "siku"},
    hints=["ex.03_jenis_variasi.h1", "ex.03_jenis_variasi.h2"],
    mistakes=[({"gergaji", "operator_baru", "siku", "serat", "getaran"}, "ex.03_jenis_variasi.m_semua"),
              ({"serat", "getaran"}, "ex.03_jenis_variasi.m_terbalik")],
    explanation="ex.03_jenis_variasi.explain",
)

numeric(
    "03.bkb_abon", lambda: _phase1("berat_kemasan_abon").lcl, tol=0.1, rel=False, unit="g",
    hints=["ex.03_bkb_abon.h1", "ex.03_bkb_abon.h2", "ex.03_bkb_abon.h3"],
    mistakes=[(lambda: _xbar_all("berat_kemasan_abon").lcl, "ex.03_bkb_abon.m_semua_data"),
              (98.0, "ex.03_bkb_abon.m_spesifikasi"),
              (lambda: _phase1("berat_kemasan_abon").ucl, "ex.03_bkb_abon.m_bka")],
    explanation="ex.03_bkb_abon.explain",
)



numeric(
    "03.sinyal_fase2", lambda: _first_phase2_signal(), tol=0.0, rel=False,
    hints=["ex.03_sinyal_fase2.h1", "ex.03_sinyal_fase2.h2"],
    mistakes=[(lambda: _first_phase2_signal("nelson"), "ex.03_sinyal_fase2.m_nelson"),
              (lambda: _first_phase2_signal() - 1, "ex.03_sinyal_fase2.m_indeks")],
    explanation="ex.03_sinyal_fase2.explain",
)

choice(
    "03.peta_yang_tepat", "p",
    hints=["ex.03_peta_yang_tepat.h1", "ex.03_peta_yang_tepat.h2"],
    mistakes=[("c", "ex.03_peta_yang_tepat.m_c"), ("np", "ex.03_peta_yang_tepat.m_np"),
              ("xbar_r", "ex.03_peta_yang_tepat.m_xbar")],
    explanation="ex.03_peta_yang_tepat.explain",
)

numeric(
    "03.hari_di_luar_p", lambda: _chairs_beyond(), tol=0.0, rel=False,
    hints=["ex.03_hari_di_luar_p.h1", "ex.03_hari_di_luar_p.h2"],
    mistakes=[(lambda: _chairs_beyond(sizes_mean=True), "ex.03_hari_di_luar_p.m_rata_n")],
    explanation="ex.03_hari_di_luar_p.explain",
)

choice(
    "03.titik_kadar_air", "selidiki",
    hints=["ex.03_titik_kadar_air.h1"],
    mistakes=[("hapus", "ex.03_titik_kadar_air.m_hapus"), ("naikkan_bka", "ex.03_titik_kadar_air.m_bka"),
              ("abaikan", "ex.03_titik_kadar_air.m_abaikan")],
    explanation="ex.03_titik_kadar_air.explain",
)

numeric(
    "03.jam_pergeseran", lambda: simulator_shift_hour(), tol=1.0, rel=False,
    hints=["ex.03_jam_pergeseran.h1", "ex.03_jam_pergeseran.h2"],
    mistakes=[(lambda: simulator_first_signal(), "ex.03_jam_pergeseran.m_sinyal")],
    explanation="ex.03_jam_pergeseran.explain",
)

# ------------------------------------------------------------------ 03_kapabilitas_proses
numeric(
    "03.cp_within", lambda: _leg_capability().cp, tol=0.01,
    hints=["ex.03_cp_within.h1", "ex.03_cp_within.h2", "ex.03_cp_within.h3"],
    mistakes=[(lambda: _leg_capability().pp, "ex.03_cp_within.m_overall"),
              (lambda: _leg_capability(subgroup_size=1).cp, "ex.03_cp_within.m_subgrup"),
              (lambda: _leg_capability().cpk, "ex.03_cp_within.m_cpk")],
    explanation="ex.03_cp_within.explain",
)

numeric(
    "03.cpk_kadar_air", lambda: _moisture_capability().cpk, tol=0.01,
    hints=["ex.03_cpk_kadar_air.h1", "ex.03_cpk_kadar_air.h2"],
    mistakes=[(lambda: _moisture_capability().ppk, "ex.03_cpk_kadar_air.m_overall"),
              (lambda: (MOISTURE_USL - MOISTURE_TARGET) / (3 * _moisture_capability().sigma_within),
               "ex.03_cpk_kadar_air.m_target")],
    explanation="ex.03_cpk_kadar_air.explain",
)

numeric(
    "03.cpl_abon", lambda: _abon_after_shift().cpl, tol=0.03,
    hints=["ex.03_cpl_abon.h1", "ex.03_cpl_abon.h2"],
    mistakes=[(lambda: _abon_after_shift().cpl / 2, "ex.03_cpl_abon.m_enam_sigma"),
              (lambda: _abon_after_shift().cpu, "ex.03_cpl_abon.m_cpu")],
    explanation="ex.03_cpl_abon.explain",
)

choice(
    "03.tindakan_abon", "pusatkan",
    hints=["ex.03_tindakan_abon.h1", "ex.03_tindakan_abon.h2"],
    mistakes=[("mesin_baru", "ex.03_tindakan_abon.m_mesin"), ("lebarkan", "ex.03_tindakan_abon.m_lebarkan"),
              ("periksa_semua", "ex.03_tindakan_abon.m_periksa")],
    explanation="ex.03_tindakan_abon.explain",
)

# ------------------------------------------------------------------ 03_sampling_penerimaan
numeric(
    "03.n_sampel", lambda: _plan(500, "2.5").n, tol=0.0, rel=False,
    hints=["ex.03_n_sampel.h1", "ex.03_n_sampel.h2"],
    mistakes=[(lambda: _plan(1000, "1.0").n, "ex.03_n_sampel.m_contoh"),
              (lambda: _plan(500, "2.5", level="I").n, "ex.03_n_sampel.m_level_i"),
              (lambda: _plan(500, "2.5", level="III").n, "ex.03_n_sampel.m_level_iii")],
    explanation="ex.03_n_sampel.explain",
)

choice(
    "03.keputusan_lot", "tolak",
    hints=["ex.03_keputusan_lot.h1"],
    mistakes=[("terima", "ex.03_keputusan_lot.m_terima")],
    explanation="ex.03_keputusan_lot.explain",
)

numeric(
    "03.pa_dua_persen", lambda: _oc(_plan(1000, "1.0").n, _plan(1000, "1.0").ac, 0.02), tol=0.01, share="fraction",
    hints=["ex.03_pa_dua_persen.h1", "ex.03_pa_dua_persen.h2"],
    mistakes=[(lambda: _oc(_plan(1000, "1.0").n, _plan(1000, "1.0").re, 0.02), "ex.03_pa_dua_persen.m_re"),
              (lambda: 100 * _oc(_plan(1000, "1.0").n, _plan(1000, "1.0").ac, 0.02),
               "ex.03_pa_dua_persen.m_persen")],
    explanation="ex.03_pa_dua_persen.explain",
)

numeric(
    "03.aoql", _aoql_percent, tol=0.02, unit="%",
    hints=["ex.03_aoql.h1", "ex.03_aoql.h2"],
    mistakes=[(lambda: _aoql_percent() / 100, "ex.03_aoql.m_pecahan")],
    explanation="ex.03_aoql.explain",
)

choice(
    "03.perpindahan", "diperketat",
    hints=["ex.03_perpindahan.h1"],
    mistakes=[("normal", "ex.03_perpindahan.m_normal"), ("hentikan", "ex.03_perpindahan.m_hentikan"),
              ("dikurangi", "ex.03_perpindahan.m_dikurangi")],
    explanation="ex.03_perpindahan.explain",
)

# ------------------------------------------------------------------ 03_keamanan_pangan
numeric(
    "03.ccp_tanpa_tindakan", lambda: len(_ccp(CCP_UNIT).missing_actions), tol=0.0, rel=False,
    hints=["ex.03_ccp_tanpa_tindakan.h1", "ex.03_ccp_tanpa_tindakan.h2"],
    mistakes=[(lambda: len(_ccp(CCP_UNIT).deviations), "ex.03_ccp_tanpa_tindakan.m_semua"),
              (lambda: len(_ccp().missing_actions), "ex.03_ccp_tanpa_tindakan.m_sentra"),
              (lambda: len(_ccp(CCP_UNIT).deviations) - len(_ccp(CCP_UNIT).missing_actions),
               "ex.03_ccp_tanpa_tindakan.m_dengan")],
    explanation="ex.03_ccp_tanpa_tindakan.explain",
)


def _worst_ccp() -> str:
    summary = _ccp().summary
    return str(summary.sort_values("without_action", ascending=False)["ccp"].iloc[0])


def _most_read_ccp() -> str:
    summary = _ccp().summary
    return str(summary.sort_values("readings", ascending=False)["ccp"].iloc[0])


choice(
    "03.ccp_terbanyak", _worst_ccp,
    hints=["ex.03_ccp_terbanyak.h1"],
    mistakes=[(_most_read_ccp, "ex.03_ccp_terbanyak.m_pembacaan"),
              ("pengeringan", "ex.03_ccp_terbanyak.m_pengeringan")],
    explanation="ex.03_ccp_terbanyak.explain",
)

choice(
    "03.level_p06", lambda: _level(P06_NOT_MET),
    hints=["ex.03_level_p06.h1", "ex.03_level_p06.h2"],
    mistakes=[("II", "ex.03_level_p06.m_ii"), ("I", "ex.03_level_p06.m_i")],
    explanation="ex.03_level_p06.explain",
)

choice(
    "03.level_p11", lambda: _level(P11_NOT_MET),
    hints=["ex.03_level_p11.h1", "ex.03_level_p11.h2"],
    mistakes=[("II", "ex.03_level_p11.m_ii"), ("III", "ex.03_level_p11.m_iii")],
    explanation="ex.03_level_p11.explain",
)

choice(
    "03.prinsip_haccp", "tindakan_koreksi",
    hints=["ex.03_prinsip_haccp.h1"],
    mistakes=[("verifikasi", "ex.03_prinsip_haccp.m_verifikasi"),
              ("batas_kritis", "ex.03_prinsip_haccp.m_batas")],
    explanation="ex.03_prinsip_haccp.explain",
)
