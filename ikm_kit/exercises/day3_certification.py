"""Day-3 exercises on certification (notebook ``03_keamanan_pangan``, section 6).

Expected answers come from :mod:`ikm_kit.quality.certification` (label check,
halal route, K3 control order), never typed in.
"""
from __future__ import annotations

from ikm_kit.exercises.core import choice


def _label_problems() -> set:
    from ikm_kit.quality.certification import check_label, example_label

    return set(check_label(example_label()))


def _halal_abon() -> str:
    from ikm_kit.quality.certification import halal_route

    # Abon Tuna Mama Ani: sales Rp300 jt/year, one kitchen, one stall, fish and spices only, manual process
    return halal_route(300_000_000).route


#: Permenaker 5/2018 [V]: control order — remove the source, substitute, enclose/damp, limit time, PPE.
K3_ORDER = ("sumber", "ganti", "tutup", "waktu", "apd")

choice(
    "03.label_cek", _label_problems,
    hints=["ex.03_label_cek.h1", "ex.03_label_cek.h2"],
    mistakes=[({"expiry_date", "pirt_number"}, "ex.03_label_cek.m_hanya_kurang"),
              ({"expiry_date", "pirt_number", "cure_claim"}, "ex.03_label_cek.m_logo_halal"),
              ({"expiry_date", "pirt_number", "cure_claim", "halal_logo_without_certificate", "preservative_claim"},
               "ex.03_label_cek.m_pengawet")],
    explanation="ex.03_label_cek.explain",
)

choice(
    "03.rute_halal", _halal_abon,
    hints=["ex.03_rute_halal.h1"],
    mistakes=[("reguler", "ex.03_rute_halal.m_reguler"), ("tidak_perlu", "ex.03_rute_halal.m_tidak_perlu")],
    explanation="ex.03_rute_halal.explain",
)

choice(
    "03.k3_debu", lambda: K3_ORDER[0],
    hints=["ex.03_k3_debu.h1"],
    mistakes=[("apd", "ex.03_k3_debu.m_apd")],
    explanation="ex.03_k3_debu.explain",
)
