"""Exercises of notebook 06 (Rencana pengembangan sentra).

The KPI period is the second half of 2023 (Jul–Des), when both sentras were
running in the shipped data (the food sentra opens in July 2023).
"""
from ikm_kit.exercises.core import choice, custom, numeric
from ikm_kit.exercises.forms import check_action_plan, check_kpi_targets

START, END = "2023-07-01", "2023-12-31"
MONTHS = ("2023-07", "2023-12")


def _semester(sentra: str = "mebel"):
    from ikm_kit import data
    from ikm_kit.operations import occupancy_summary

    m = occupancy_summary(data.load("occupancy_monthly")).monthly
    months = m["month"].astype(str)
    return m[(m["sentra"].astype(str) == sentra) & months.between(*MONTHS)]


def _collection(sentra: str = "mebel") -> float:
    s = _semester(sentra)
    return float(s["rent_paid_rp"].sum() / s["rent_billed_rp"].sum())


def _collection_inverted(sentra: str = "mebel") -> float:
    s = _semester(sentra)
    return float(s["rent_billed_rp"].sum() / s["rent_paid_rp"].sum())


def _utilization():
    from ikm_kit import data
    from ikm_kit.operations import machine_utilization

    return machine_utilization(data.load("machines"), data.load("machine_bookings"), start=START, end=END,
                               log=data.load("machine_log"))


def _machine_value(machine_id: str, column: str) -> float:
    bm = _utilization().by_machine
    return float(bm.loc[bm["machine_id"] == machine_id, column].iloc[0])


def _oee_sentra(sentra: str = "mebel"):
    from ikm_kit import data
    from ikm_kit.operations import oee_from_log

    log = data.load("machine_log")
    log = log[(log["date"] >= START) & (log["date"] <= END)]
    tab = oee_from_log(log, data.load("machines"), freq=None, by="sentra").table
    return tab[tab["sentra"].astype(str) == sentra].iloc[0]


_FACTORS = {"availability": "ketersediaan", "performance": "kinerja", "quality": "kualitas"}


def _weakest_factor(sentra: str = "mebel") -> str:
    row = _oee_sentra(sentra)
    return _FACTORS[min(_FACTORS, key=lambda k: float(row[k]))]


def _inspections(sentra: str = "mebel"):
    from ikm_kit import data

    ins = data.load("inspections")
    ins = ins[(ins["sentra"].astype(str) == sentra) & (ins["date"] >= START) & (ins["date"] <= END)]
    return ins


def _defect_rate(sentra: str = "mebel") -> float:
    ins = _inspections(sentra)
    return float(ins["defectives"].sum() / ins["inspected"].sum())


def _defect_rate_mean_of_days(sentra: str = "mebel") -> float:
    ins = _inspections(sentra)
    return float((ins["defectives"] / ins["inspected"]).mean())


def _machine_fees(sentra: str = "mebel") -> float:
    bm = _utilization().by_machine
    bm = bm[bm["sentra"].astype(str) == sentra]
    return float((bm["used_h"] * bm["hourly_fee_rp"]).sum())


def _revenue(sentra: str = "mebel", rent_column: str = "rent_paid_rp", fees: bool = True) -> float:
    rent = float(_semester(sentra)[rent_column].sum())
    return rent + (_machine_fees(sentra) if fees else 0.0)


# --- KPI sentra
numeric(
    "06.penagihan_pangan", lambda: _collection("pangan"), tol=0.002, share="fraction",
    hints=["ex.06_penagihan_pangan.h1", "ex.06_penagihan_pangan.h2"],
    mistakes=[(lambda: _collection_inverted("pangan"), "ex.06_penagihan_pangan.m_terbalik"),
              (lambda: 100 * _collection("pangan"), "ex.06_penagihan_pangan.m_persen"),
              (lambda: _collection("mebel"), "ex.06_penagihan_pangan.m_mebel")],
    explanation="ex.06_penagihan_pangan.explain",
)

numeric(
    "06.utilisasi_oven_pangan", lambda: _machine_value("MSN-P01", "utilization"), tol=0.01, share="fraction",
    decimals=2,
    hints=["ex.06_utilisasi_oven_pangan.h1", "ex.06_utilisasi_oven_pangan.h2"],
    mistakes=[(lambda: _machine_value("MSN-P01", "booking_rate"), "ex.06_utilisasi_oven_pangan.m_dipesan"),
              (lambda: 100 * _machine_value("MSN-P01", "utilization"), "ex.06_utilisasi_oven_pangan.m_persen"),
              (lambda: _machine_value("MSN-M01", "utilization"), "ex.06_utilisasi_oven_pangan.m_kiln")],
    explanation="ex.06_utilisasi_oven_pangan.explain",
)

choice(
    "06.faktor_oee", _weakest_factor,
    hints=["ex.06_faktor_oee.h1", "ex.06_faktor_oee.h2"],
    mistakes=[("ketersediaan", "ex.06_faktor_oee.m_ketersediaan"), ("kualitas", "ex.06_faktor_oee.m_kualitas")],
    explanation="ex.06_faktor_oee.explain",
)

numeric(
    "06.tingkat_cacat", _defect_rate, tol=0.005, share="fraction",
    hints=["ex.06_tingkat_cacat.h1", "ex.06_tingkat_cacat.h2"],
    mistakes=[(_defect_rate_mean_of_days, "ex.06_tingkat_cacat.m_rata_rata"),
              (lambda: 100 * _defect_rate(), "ex.06_tingkat_cacat.m_persen")],
    explanation="ex.06_tingkat_cacat.explain",
)

numeric(
    "06.pendapatan_mebel", _revenue, tol=0.005, unit="Rp",
    hints=["ex.06_pendapatan_mebel.h1", "ex.06_pendapatan_mebel.h2"],
    mistakes=[(lambda: _revenue(rent_column="rent_billed_rp"), "ex.06_pendapatan_mebel.m_ditagih"),
              (lambda: _revenue(fees=False), "ex.06_pendapatan_mebel.m_tanpa_mesin")],
    explanation="ex.06_pendapatan_mebel.explain",
)

# --- PDCA and study visit
choice(
    "06.tahap_pdca", "check",
    hints=["ex.06_tahap_pdca.h1"],
    mistakes=[("do", "ex.06_tahap_pdca.m_do"), ("act", "ex.06_tahap_pdca.m_act")],
    explanation="ex.06_tahap_pdca.explain",
)

choice(
    "06.ukur_studi_banding", {"keterisian", "tarif_sewa", "jam_mesin", "skor_5r"},
    hints=["ex.06_ukur_studi_banding.h1", "ex.06_ukur_studi_banding.h2"],
    mistakes=[({"keterisian", "tarif_sewa", "jam_mesin", "skor_5r", "kesan_rapi"}, "ex.06_ukur_studi_banding.m_kesan"),
              ({"keterisian", "tarif_sewa", "jam_mesin", "skor_5r", "foto"}, "ex.06_ukur_studi_banding.m_foto"),
              ({"keterisian", "tarif_sewa", "jam_mesin"}, "ex.06_ukur_studi_banding.m_5r")],
    explanation="ex.06_ukur_studi_banding.explain",
)

# --- forms (widgets in ikm_kit.widgets.forms): KPI targets and the PDCA action plan
custom("06.target_kpi", check_kpi_targets, hints=["ex.06_target_kpi.h1"], explanation="ex.06_target_kpi.explain",
       kind="formulir")

custom("06.rencana_aksi", check_action_plan, hints=["ex.06_rencana_aksi.h1", "ex.06_rencana_aksi.h2"],
       explanation="ex.06_rencana_aksi.explain", kind="formulir")
