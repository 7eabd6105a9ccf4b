"""Exercises of day 2: dasar manajemen mutu (02_dasar_manajemen_mutu) and the
seven basic quality tools (02_tujuh_alat_mutu).

Expected answers are computed from the shipped data with ``ikm_kit`` (on first
use), never typed in.  Texts are in :mod:`ikm_kit.i18n.exercises_day2`.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from ikm_kit.exercises.core import Verdict, choice, custom, numeric

_K = "ex.02_"

# Kadar air kayu untuk furnitur ≤ 14 % (RSNI3 0608:2016, brief §3.2) [V]
MOISTURE_MAX = 14.0
# Week from which the table-leg data are compared (the weekly strata show the jump there)
LEG_SPLIT = "2023-10-09"


def _keys(name: str, *parts: str) -> list[str]:
    return [f"{_K}{name}.{p}" for p in parts]


@lru_cache(maxsize=None)
def _load(name: str):
    from ikm_kit import data

    return data.load(name)


def _defects(sentra: str):
    d = _load("defects")
    return d[d["sentra"] == sentra]


# ============================================================ 02_dasar_manajemen_mutu
choice(
    "02.mutu_lemari", "kadar_air",
    hints=_keys("mutu_lemari", "h1", "h2"),
    mistakes=[("warna", f"{_K}mutu_lemari.m_warna"), ("harga", f"{_K}mutu_lemari.m_harga")],
    explanation=f"{_K}mutu_lemari.explain",
)

choice(
    "02.mutu_abon", frozenset({"berat", "aman", "label", "konsisten"}),
    hints=_keys("mutu_abon", "h1", "h2"),
    mistakes=[(frozenset({"berat", "aman", "label", "konsisten", "mesin"}), f"{_K}mutu_abon.m_mesin"),
              (frozenset({"berat", "aman", "konsisten"}), f"{_K}mutu_abon.m_label")],
    explanation=f"{_K}mutu_abon.explain",
)


def _belang_mebel():
    d = _defects("mebel")
    return d[d["defect_type"] == "finishing belang"]


def _belang_per_month() -> float:
    b = _belang_mebel()
    return float(b.groupby(b["date"].dt.month)["count"].sum().mean())


numeric(
    "02.pdca_dasar", _belang_per_month, tol=0.01, unit="cacat/bulan",
    hints=_keys("pdca_dasar", "h1", "h2"),
    mistakes=[(lambda: float(_belang_mebel()["count"].sum()), f"{_K}pdca_dasar.m_total"),
              (lambda: float(_belang_mebel()["count"].mean()), f"{_K}pdca_dasar.m_per_catatan")],
    explanation=f"{_K}pdca_dasar.explain",
)

choice(
    "02.pdca_tahap", "periksa",
    hints=_keys("pdca_tahap", "h1"),
    mistakes=[("tindak", f"{_K}pdca_tahap.m_tindak"), ("laksanakan", f"{_K}pdca_tahap.m_laksanakan")],
    explanation=f"{_K}pdca_tahap.explain",
)

from ikm_kit.exercises.forms import FIVE_R  # noqa: E402  (the five R in their order)
_FIVE_S = {"seiri": "ringkas", "seiton": "rapi", "seiso": "resik", "seiketsu": "rawat", "shitsuke": "rajin"}


def _check_5r(answer: object) -> Verdict:
    if isinstance(answer, str):
        items = [w for w in re.split(r"[\s,;>→\-–]+", answer) if w]
    else:
        items = list(answer)  # type: ignore[call-overload]
    words = [_FIVE_S.get(str(w).strip().lower(), str(w).strip().lower()) for w in items]
    if tuple(words) == FIVE_R:
        return Verdict(True)
    if sorted(words) != sorted(FIVE_R):
        return Verdict(False, f"{_K}urutan_5r.m_lima")
    pos = {w: i for i, w in enumerate(words)}
    if pos["resik"] < pos["ringkas"] or pos["resik"] < pos["rapi"]:
        return Verdict(False, f"{_K}urutan_5r.m_resik")
    if pos["rapi"] < pos["ringkas"]:
        return Verdict(False, f"{_K}urutan_5r.m_rapi")
    return Verdict(False, f"{_K}urutan_5r.m_akhir")


custom("02.urutan_5r", _check_5r, hints=_keys("urutan_5r", "h1", "h2"),
       explanation=f"{_K}urutan_5r.explain", kind="formulir")

choice(
    "02.prinsip_iso", "bukti",
    hints=_keys("prinsip_iso", "h1", "h2"),
    mistakes=[("pelanggan", f"{_K}prinsip_iso.m_pelanggan"), ("peningkatan", f"{_K}prinsip_iso.m_peningkatan")],
    explanation=f"{_K}prinsip_iso.explain",
)

numeric(
    "02.jumlah_prinsip", 7, tol=0.0, rel=False,
    hints=_keys("jumlah_prinsip", "h1"),
    mistakes=[(8, f"{_K}jumlah_prinsip.m_2008"), (5, f"{_K}jumlah_prinsip.m_5r"),
              (4, f"{_K}jumlah_prinsip.m_pdca")],
    explanation=f"{_K}jumlah_prinsip.explain",
)


# ============================================================ 02_tujuh_alat_mutu
def _tally_by_shift():
    from ikm_kit.quality import check_sheet

    return check_sheet(_defects("mebel"), by=["defect_type", "shift"], count="count").table


numeric(
    "02.lembar_pagi", lambda: float(_tally_by_shift().loc["finishing belang", "pagi"]), tol=0.0, rel=False,
    unit="cacat",
    hints=_keys("lembar_pagi", "h1", "h2"),
    mistakes=[(lambda: float(_tally_by_shift().loc["finishing belang"].iloc[-1]), f"{_K}lembar_pagi.m_total"),
              (lambda: float(_tally_by_shift().loc["finishing belang", "siang"]), f"{_K}lembar_pagi.m_siang"),
              (lambda: float(_tally_by_shift()["pagi"].iloc[-1]), f"{_K}lembar_pagi.m_semua")],
    explanation=f"{_K}lembar_pagi.explain",
)


def _pareto(sentra: str, by_cost: bool):
    from ikm_kit.quality import check_sheet, pareto

    d = _defects(sentra)
    tally = check_sheet(d, by="defect_type", count="count")
    if not by_cost:
        return pareto(tally)
    cost = d.groupby("defect_type", observed=True)["cost_per_defect_rp"].first()
    return pareto(tally, cost=cost)


def _vital(sentra: str, by_cost: bool) -> frozenset:
    table = _pareto(sentra, by_cost)
    return frozenset(table.loc[table["vital_few"], "category"])


choice(
    "02.pareto_rp_teratas", lambda: str(_pareto("mebel", True)["category"].iloc[0]),
    hints=_keys("pareto_rp_teratas", "h1", "h2"),
    mistakes=[(lambda: str(_pareto("mebel", False)["category"].iloc[0]), f"{_K}pareto_rp_teratas.m_jumlah")],
    explanation=f"{_K}pareto_rp_teratas.explain",
)


def _top_cost_pangan() -> str:
    return str(_pareto("pangan", True)["category"].iloc[0])


choice(
    "02.pareto_pangan_vital", lambda: _vital("pangan", True),
    hints=_keys("pareto_pangan_vital", "h1", "h2", "h3"),
    mistakes=[(lambda: _vital("pangan", False), f"{_K}pareto_pangan_vital.m_jumlah"),
              (_top_cost_pangan, f"{_K}pareto_pangan_vital.m_satu"),
              (lambda: frozenset({_top_cost_pangan()}), f"{_K}pareto_pangan_vital.m_satu")],
    explanation=f"{_K}pareto_pangan_vital.explain",
)

FISHBONE_MIN_CATEGORIES = 4
FISHBONE_MIN_CAUSES = 2


def _check_fishbone(answer: object) -> Verdict:
    from ikm_kit.quality import Fishbone, fishbone

    if isinstance(answer, Mapping):
        answer = fishbone("Finishing belang", answer)
    if not isinstance(answer, Fishbone):
        return Verdict(False, "exercises.answer_invalid")
    effect = " ".join(answer.effect.lower().split())
    if "belang" not in effect:
        return Verdict(False, f"{_K}fishbone_belang.m_akibat")
    causes = {k: {" ".join(c.lower().split()) for c in v} for k, v in answer.causes.items()}
    if not any(causes.values()):
        return Verdict(False, f"{_K}fishbone_belang.m_kosong")
    symptoms = {effect, "belang", "finishing belang", "cat belang"}
    if any(c in symptoms for v in causes.values() for c in v):
        return Verdict(False, f"{_K}fishbone_belang.m_gejala")
    from ikm_kit.exercises.forms import fishbone_solutions

    solutions = fishbone_solutions(answer.causes)
    if solutions:  # "beli mesin baru" is a solution: the diagram asks why it happens
        return Verdict(False, "form.fishbone_solution",
                       params={"entry": solutions[0][1], "n": len(solutions)})
    full = sum(1 for v in causes.values() if len(v) >= FISHBONE_MIN_CAUSES)
    if full >= FISHBONE_MIN_CATEGORIES:
        return Verdict(True)
    touched = sum(1 for v in causes.values() if v)
    if touched >= FISHBONE_MIN_CATEGORIES:
        return Verdict(False, f"{_K}fishbone_belang.m_satu")
    return Verdict(False, f"{_K}fishbone_belang.m_sedikit")


custom("02.fishbone_belang", _check_fishbone, hints=_keys("fishbone_belang", "h1", "h2"),
       explanation=f"{_K}fishbone_belang.explain", kind="formulir")


def _moisture():
    m = _load("measurements")
    return m[m["characteristic"] == "kadar_air_kayu"]["value"]


numeric(
    "02.kadar_air_lewat", lambda: float((_moisture() > MOISTURE_MAX).mean() * 100), tol=0.03, unit="%",
    hints=_keys("kadar_air_lewat", "h1", "h2"),
    mistakes=[(lambda: float((_moisture() > MOISTURE_MAX).mean()), f"{_K}kadar_air_lewat.m_proporsi"),
              (lambda: float((_moisture() > MOISTURE_MAX).sum()), f"{_K}kadar_air_lewat.m_jumlah")],
    explanation=f"{_K}kadar_air_lewat.explain",
)

choice(
    "02.korelasi_sebab", "volume",
    hints=_keys("korelasi_sebab", "h1", "h2"),
    mistakes=[("kurangi", f"{_K}korelasi_sebab.m_kurangi"), ("operator", f"{_K}korelasi_sebab.m_operator")],
    explanation=f"{_K}korelasi_sebab.explain",
)


def _legs():
    m = _load("measurements")
    return m[m["characteristic"] == "panjang_kaki_meja"]


def _leg_jump() -> float:
    k = _legs()
    after = k["timestamp"] >= LEG_SPLIT
    return float(k.loc[after, "value"].mean() - k.loc[~after, "value"].mean())


def _leg_operator_gap() -> float:
    means = _legs().groupby("operator")["value"].mean()
    return float(means.max() - means.min())


numeric(
    "02.strat_selisih", _leg_jump, tol=0.03, unit="mm",
    hints=_keys("strat_selisih", "h1", "h2"),
    mistakes=[(lambda: -_leg_jump(), f"{_K}strat_selisih.m_tanda"),
              (_leg_operator_gap, f"{_K}strat_selisih.m_operator"),
              (lambda: -_leg_operator_gap(), f"{_K}strat_selisih.m_operator")],
    explanation=f"{_K}strat_selisih.explain",
)

choice(
    "02.strat_sumber", "mesin",
    hints=_keys("strat_sumber", "h1", "h2"),
    mistakes=[("operator", f"{_K}strat_sumber.m_operator"), ("giliran", f"{_K}strat_sumber.m_giliran")],
    explanation=f"{_K}strat_sumber.explain",
)
