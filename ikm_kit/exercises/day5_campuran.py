"""Parallel task of day 5 for a mixed class: participants of the food sentra (Sanua) while
05_keterisian_dan_sewa works on the furniture sentra (texts: ikm_kit/i18n/exercises_day5_campuran.py)."""
from ikm_kit.exercises.day5 import percent_numeric

PANGAN_MONTH = "2023-12"


def _pangan(column: str) -> float:
    from ikm_kit import data
    from ikm_kit.operations import occupancy_summary

    m = occupancy_summary(data.load("occupancy_monthly"), sentra="pangan").monthly
    return float(m.loc[m["month"].astype(str) == PANGAN_MONTH, column].iloc[0])


percent_numeric(
    "05.keterisian_pangan", lambda: _pangan("occupancy_rate"),
    hints=["ex.05_keterisian_pangan.h1", "ex.05_keterisian_pangan.h2"],
    mistakes=[(lambda: _pangan("terisi") / _pangan("kosong"), "ex.05_keterisian_pangan.m_kosong")],
    explanation="ex.05_keterisian_pangan.explain",
)
