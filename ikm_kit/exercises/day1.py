"""Exercises of notebook 01 (Apa itu IKM dan sentra IKM)."""
from ikm_kit.exercises.core import choice, numeric

# Abon ikan tuna, home industry in Kel. Mata, Kendari (UHO study 2019, Hayami method) [V]:
VALUE_ADDED_ABON_RP_PER_KG = 184_485   # nilai tambah per kg bahan baku
PROFIT_ABON_RP_PER_KG = 163_353        # keuntungan per kg bahan baku
FISH_KG_PER_WEEK = 30


def _example_table():
    from ikm_kit.classification import classify_units, example_units

    return classify_units(example_units())


def _count_small() -> int:
    return int((_example_table()["industry_size"] == "kecil").sum())


def _count_small_by_workers_only() -> int:
    return int((_example_table()["workers"] <= 19).sum())


def _count_micro() -> int:
    return int((_example_table()["umkm_size"] == "mikro").sum())


def _occupancy(month: str, sentra: str = "mebel") -> float:
    from ikm_kit import data
    from ikm_kit.operations import occupancy_summary

    m = occupancy_summary(data.load("occupancy_monthly"), sentra=sentra).monthly
    return float(m.loc[m["month"].astype(str) == month, "occupancy_rate"].iloc[0])


def _combined_occupancy(month: str = "2023-12") -> float:
    from ikm_kit import data
    from ikm_kit.operations import occupancy_summary

    m = occupancy_summary(data.load("occupancy_monthly")).monthly
    row = m[m["month"].astype(str) == month]
    return float(row["terisi"].sum() / row["units"].sum())


def _mean_of_rates(month: str = "2023-12") -> float:
    return (_occupancy(month, "mebel") + _occupancy(month, "pangan")) / 2


def _rent_potential(occupied: int | None = None, months: int = 12) -> float:
    from ikm_kit import data

    ws = data.load("workshops")
    rent = ws.loc[ws["sentra"] == "mebel", "monthly_rent_rp"]
    if occupied is None:
        return float(rent.sum() * months)
    return float(rent.iloc[0] * occupied * months)


def _unit_class(workers, investment):
    from ikm_kit.classification import industry_size

    return industry_size(workers, investment).size


def _both_classes(workers, investment, sales) -> str:
    from ikm_kit.classification import classify_unit

    r = classify_unit(workers, investment, annual_sales_rp=sales)
    return f"{r.industry.size}+{r.umkm.size}"


def _sentra_min() -> int:
    from ikm_kit.classification import SENTRA_MIN_UNITS

    return SENTRA_MIN_UNITS


# --- 1. klasifikasi
choice(
    "01.kecil_dan_mikro", lambda: _both_classes(8, 450_000_000, 1_200_000_000),
    hints=["ex.01_kecil_dan_mikro.h1", "ex.01_kecil_dan_mikro.h2"],
    mistakes=[("kecil+kecil", "ex.01_kecil_dan_mikro.m_satu_sistem"),
              ("pilih_satu", "ex.01_kecil_dan_mikro.m_pilih_satu")],
    explanation="ex.01_kecil_dan_mikro.explain",
)

choice(
    "01.batas_investasi", lambda: _unit_class(19, 1_000_000_000),
    hints=["ex.01_batas_investasi.h1", "ex.01_batas_investasi.h2"],
    mistakes=[("kecil", "ex.01_batas_investasi.m_kecil"), ("besar", "ex.01_batas_investasi.m_besar")],
    explanation="ex.01_batas_investasi.explain",
)

numeric(
    "01.jumlah_industri_kecil", _count_small, tol=0.0, rel=False, unit="unit",
    hints=["ex.01_jumlah_industri_kecil.h1", "ex.01_jumlah_industri_kecil.h2"],
    mistakes=[(_count_small_by_workers_only, "ex.01_jumlah_industri_kecil.m_tenaga_kerja"),
              (_count_micro, "ex.01_jumlah_industri_kecil.m_mikro")],
    explanation="ex.01_jumlah_industri_kecil.explain",
)

# --- 2. sentra
numeric(
    "01.minimal_unit_sentra", _sentra_min, tol=0.0, rel=False, unit="unit usaha",
    hints=["ex.01_minimal_unit_sentra.h1"],
    mistakes=[(20, "ex.01_minimal_unit_sentra.m_20"), (12, "ex.01_minimal_unit_sentra.m_12")],
    explanation="ex.01_minimal_unit_sentra.explain",
)

choice(
    "01.peran_sentra", "anggota",
    hints=["ex.01_peran_sentra.h1"],
    mistakes=[("pengelola", "ex.01_peran_sentra.m_pengelola"), ("upt", "ex.01_peran_sentra.m_upt")],
    explanation="ex.01_peran_sentra.explain",
)

# --- 3. profil sentra
numeric(
    "01.keterisian_gabungan", _combined_occupancy, tol=0.005, share="fraction",
    hints=["ex.01_keterisian_gabungan.h1", "ex.01_keterisian_gabungan.h2"],
    mistakes=[(_mean_of_rates, "ex.01_keterisian_gabungan.m_rata_rata"),
              (lambda: 100 * _combined_occupancy(), "ex.01_keterisian_gabungan.m_persen"),
              (lambda: _occupancy("2023-12", "mebel"), "ex.01_keterisian_gabungan.m_mebel")],
    explanation="ex.01_keterisian_gabungan.explain",
)

numeric(
    "01.potensi_sewa", lambda: _rent_potential(), tol=0.01, unit="Rp",
    hints=["ex.01_potensi_sewa.h1", "ex.01_potensi_sewa.h2"],
    mistakes=[(lambda: _rent_potential(occupied=11), "ex.01_potensi_sewa.m_11"),
              (lambda: _rent_potential(months=1), "ex.01_potensi_sewa.m_bulan")],
    explanation="ex.01_potensi_sewa.explain",
)

# --- 4. potensi Kendari
numeric(
    "01.nilai_tambah_abon", lambda: VALUE_ADDED_ABON_RP_PER_KG * FISH_KG_PER_WEEK, tol=0.005, unit="Rp",
    hints=["ex.01_nilai_tambah_abon.h1", "ex.01_nilai_tambah_abon.h2"],
    mistakes=[(lambda: PROFIT_ABON_RP_PER_KG * FISH_KG_PER_WEEK, "ex.01_nilai_tambah_abon.m_laba"),
              (VALUE_ADDED_ABON_RP_PER_KG, "ex.01_nilai_tambah_abon.m_per_kg")],
    explanation="ex.01_nilai_tambah_abon.explain",
)
