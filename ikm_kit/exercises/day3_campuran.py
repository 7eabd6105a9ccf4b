"""Parallel task of day 3 for a mixed class: participants of the furniture sentra while the food
sentra works on 03_keamanan_pangan (texts: ikm_kit/i18n/exercises_day3_campuran.py)."""
from ikm_kit.exercises.core import choice

choice(
    "03.mebel_titik_kritis", "kadar_air",
    hints=["ex.03_mebel_titik_kritis.h1", "ex.03_mebel_titik_kritis.h2"],
    mistakes=[("warna", "ex.03_mebel_titik_kritis.m_warna")],
    explanation="ex.03_mebel_titik_kritis.explain",
)
