"""Exercises of notebook 00 (getting started)."""
from ikm_kit.exercises.core import choice, numeric

PRICE_CHAIR = 350_000  # Rp, kursi makan, Konawe Selatan 2021 (brief §4.3, after the rise) [V]

numeric(
    "00.pendapatan_kursi", lambda: 40 * PRICE_CHAIR, tol=0.0, rel=False, unit="Rp",
    hints=["ex.00_pendapatan_kursi.h1", "ex.00_pendapatan_kursi.h2"],
    mistakes=[(lambda: 12 * PRICE_CHAIR, "ex.00_pendapatan_kursi.m_12")],
    explanation="ex.00_pendapatan_kursi.explain",
)

choice(
    "00.jalankan_sel", "shift+enter",
    hints=["ex.00_jalankan_sel.h1"],
    mistakes=[("enter", "ex.00_jalankan_sel.m_enter")],
)
