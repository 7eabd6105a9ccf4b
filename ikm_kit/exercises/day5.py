"""Exercises of day 5 (sentra operations): occupancy and rent, shared machines and OEE,
capacity and simulation.

Notebooks: ``05_keterisian_dan_sewa``, ``05_mesin_bersama_dan_oee``,
``05_kapasitas_dan_simulasi``.  Every expected answer is computed from the
shipped data with :mod:`ikm_kit.operations` (on first use), never typed in.
Percentages may be answered as a fraction (``0.575``) or in percent (``57,5``).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable, Sequence

from ikm_kit.exercises.core import Exercise, choice, numeric

# --------------------------------------------------------------------------- helpers


def percent_numeric(exercise_id: str, expected: Any, *, tol_pp: float = 0.3, hints: Sequence[str] = (),
                    mistakes: Iterable[tuple[Any, str]] = (), explanation: str | None = None,
                    decimals: int | None = None) -> Exercise:
    """A percentage answer: ``expected`` (and each mistake) is a fraction 0…1 or a callable giving one.

    Both a fraction (``0,575``) and percent (``57,5`` or ``57,5 %``) are accepted, rounded to the
    precision typed (see :func:`ikm_kit.exercises.core.numeric`); ``tol_pp`` (percentage points)
    applies to results computed in code.  ``decimals`` is the fraction precision the prompt asks for.
    """
    return numeric(exercise_id, expected, tol=tol_pp / 100, rel=False, hints=hints, mistakes=mistakes,
                   explanation=explanation, share="fraction", decimals=decimals)


def _keys(name: str, n_hints: int = 2) -> list[str]:
    return [f"ex.05_{name}.h{i}" for i in range(1, n_hints + 1)]


def _load(name: str):
    from ikm_kit import data

    return data.load(name)


def holidays_2023() -> list:
    """National holidays 2023 (the sentra is closed), as dates."""
    from ikm_kit.data.schema import HOLIDAYS_2023

    return [d for d, _ in HOLIDAYS_2023]


# --------------------------------------------------------------------------- 1. occupancy and rent

@lru_cache(maxsize=None)
def _occupancy():
    from ikm_kit.operations import occupancy_summary

    return occupancy_summary(_load("occupancy_monthly"), sentra="mebel")


def _month_row(month: str):
    m = _occupancy().monthly
    return m[m["month"].astype(str) == month].iloc[0]


def _jan22(column: str = "occupancy_rate") -> float:
    return float(_month_row("2022-01")[column])


percent_numeric(
    "05.keterisian_jan2022", lambda: _jan22(),
    hints=_keys("keterisian_jan2022"),
    mistakes=[
        (lambda: _jan22("terisi") / _jan22("kosong"), "ex.05_keterisian_jan2022.m_kosong"),
        (lambda: _jan22("usable_occupancy_rate"), "ex.05_keterisian_jan2022.m_siap_pakai"),
        (lambda: _jan22("terisi") / 41, "ex.05_keterisian_jan2022.m_41"),
    ],
    explanation="ex.05_keterisian_jan2022.explain",
)


def _monthly_rent_mebel() -> float:
    ws = _load("workshops")
    return float(ws.loc[ws["sentra"] == "mebel", "monthly_rent_rp"].iloc[0])


def _latest(column: str) -> float:
    return float(_occupancy().latest("mebel")[column])


numeric(
    "05.potensi_sewa_hilang", lambda: _latest("kosong") * _monthly_rent_mebel(), tol=0.001, unit="Rp",
    hints=_keys("potensi_sewa_hilang"),
    mistakes=[
        (lambda: _latest("kosong") * _monthly_rent_mebel() * 12, "ex.05_potensi_sewa_hilang.m_tahunan"),
        (lambda: _latest("kosong") * 10_000_000, "ex.05_potensi_sewa_hilang.m_tahunan"),
        (lambda: _latest("terisi") * _monthly_rent_mebel(), "ex.05_potensi_sewa_hilang.m_terisi"),
    ],
    explanation="ex.05_potensi_sewa_hilang.explain",
)


def _rent_2023() -> tuple[float, float, float]:
    m = _occupancy().monthly
    y = m[m["month"].dt.year == 2023]
    return float(y["rent_paid_rp"].sum()), float(y["rent_billed_rp"].sum()), float(y["collection_rate"].mean())


percent_numeric(
    "05.penagihan_2023", lambda: _rent_2023()[0] / _rent_2023()[1], tol_pp=0.2, decimals=1,  # prompt: "0,9"
    hints=_keys("penagihan_2023", 3),
    mistakes=[
        (lambda: _rent_2023()[1] / _rent_2023()[0], "ex.05_penagihan_2023.m_terbalik"),
        (lambda: 1 - _rent_2023()[0] / _rent_2023()[1], "ex.05_penagihan_2023.m_tunggakan"),
        (lambda: _rent_2023()[2], "ex.05_penagihan_2023.m_rata_rata"),
    ],
    explanation="ex.05_penagihan_2023.explain",
)


@lru_cache(maxsize=None)
def _arrears():
    from ikm_kit.operations import rent_arrears

    return rent_arrears(_load("occupancy_monthly"), sentra="mebel")


choice(
    "05.penunggak_terbesar", lambda: str(_arrears().iloc[0]["tenant"]),
    hints=_keys("penunggak_terbesar"),
    mistakes=[(lambda: str(_arrears().sort_values("collection_rate").iloc[0]["tenant"]),
               "ex.05_penunggak_terbesar.m_persen")],
    explanation="ex.05_penunggak_terbesar.explain",
)

choice(
    "05.unit_perawatan", "penyebut",
    hints=_keys("unit_perawatan", 1),
    mistakes=[("sewa", "ex.05_unit_perawatan.m_sewa"), ("berita", "ex.05_unit_perawatan.m_berita")],
    explanation="ex.05_unit_perawatan.explain",
)

# --------------------------------------------------------------------------- 2. shared machines and OEE


@lru_cache(maxsize=None)
def _utilization():
    from ikm_kit.operations import machine_utilization

    m = _load("machines")
    m = m[m["sentra"] == "mebel"]
    b = _load("machine_bookings")
    b = b[b["machine_id"].isin(m["machine_id"])]
    return machine_utilization(m, b, start="2023-01-01", end="2023-12-31", holidays=holidays_2023())


def _planer_util(column: str) -> float:
    bm = _utilization().by_machine.set_index("machine_id")
    return float(bm.loc["MSN-M02", column])


percent_numeric(
    "05.utilisasi_ketam", lambda: _planer_util("utilization"), tol_pp=0.2,
    hints=_keys("utilisasi_ketam"),
    mistakes=[
        (lambda: _planer_util("booking_rate"), "ex.05_utilisasi_ketam.m_dipesan"),
        (lambda: _planer_util("used_h") / _planer_util("booked_h"), "ex.05_utilisasi_ketam.m_dibagi_pesan"),
    ],
    explanation="ex.05_utilisasi_ketam.explain",
)


def _n_conflicts() -> int:
    from ikm_kit.operations import find_conflicts

    return len(find_conflicts(_load("machine_bookings")))


def _n_bookings_in_conflicts() -> int:
    from ikm_kit.operations import find_conflicts

    c = find_conflicts(_load("machine_bookings"))
    return len(set(c["booking_a"]) | set(c["booking_b"]))


numeric(
    "05.jumlah_bentrok", _n_conflicts, tol=0.0, rel=False,
    hints=_keys("jumlah_bentrok"),
    mistakes=[(_n_bookings_in_conflicts, "ex.05_jumlah_bentrok.m_pemesanan")],
    explanation="ex.05_jumlah_bentrok.explain",
)


def _n_outside(with_holidays: bool) -> int:
    from ikm_kit.operations import outside_opening_hours

    return len(outside_opening_hours(_load("machine_bookings"), _load("machines"),
                                     holidays=holidays_2023() if with_holidays else None))


numeric(
    "05.di_luar_jam", lambda: _n_outside(True), tol=0.0, rel=False,
    hints=_keys("di_luar_jam"),
    mistakes=[(lambda: _n_outside(False), "ex.05_di_luar_jam.m_libur")],
    explanation="ex.05_di_luar_jam.explain",
)

#: The requests of Monday 4 December 2023 for the planer (used in the notebook and here).
PLANER_REQUESTS = [
    # booking_id, tenant, requested_at, start, end
    ("R01", "UD Jati Mandiri", "2023-12-01 16:05", "2023-12-04 08:00", "2023-12-04 10:00"),
    ("R02", "Mebel Berkah Ilahi", "2023-12-02 07:30", "2023-12-04 09:00", "2023-12-04 11:00"),
    ("R03", "UD Cahaya Kayu", "2023-12-02 08:10", "2023-12-04 10:00", "2023-12-04 12:00"),
    ("R04", "Mebel Sumber Rezeki", "2023-12-02 09:45", "2023-12-04 13:00", "2023-12-04 15:00"),
    ("R05", "UD Kayu Lestari", "2023-12-02 10:20", "2023-12-04 08:00", "2023-12-04 09:30"),
    ("R06", "CV Meja Sekolah Sultra", "2023-12-03 19:00", "2023-12-04 08:00", "2023-12-04 11:00"),
    ("R07", "CV Meja Sekolah Sultra", "2023-12-03 19:05", "2023-12-04 13:00", "2023-12-04 15:00"),
    ("R08", "Anoa Interior", "2023-12-03 20:30", "2023-12-04 14:00", "2023-12-04 16:00"),
]
URGENT_TENANT = "CV Meja Sekolah Sultra"


def planer_requests():
    """The eight planer requests of Monday 4 December 2023 as a table (illustrative)."""
    import pandas as pd

    df = pd.DataFrame(PLANER_REQUESTS, columns=["booking_id", "tenant", "requested_at", "start", "end"])
    df.insert(1, "machine_id", "MSN-M02")
    return df


def _jain(policy: str) -> float:
    from ikm_kit.operations import schedule_requests

    req = planer_requests()
    prio = {t: (1 if t == URGENT_TENANT else 2) for t in req["tenant"].unique()}
    kw = {"priorities": prio} if policy == "priority" else {}
    return schedule_requests(req, _load("machines"), policy=policy, max_shift_days=0.5, **kw).fairness.jain


numeric(
    "05.jain_prioritas", lambda: _jain("priority"), tol=0.01, rel=False,
    hints=_keys("jain_prioritas"),
    mistakes=[(lambda: _jain("first_come"), "ex.05_jain_prioritas.m_first_come")],
    explanation="ex.05_jain_prioritas.explain",
)

# OEE of the planer on Monday 2 January 2023 (one row of machine_log)


def _planer_day() -> dict[str, float]:
    lg = _load("machine_log")
    row = lg[(lg["machine_id"] == "MSN-M02") & (lg["date"] == "2023-01-02")].iloc[0]
    return {k: float(row[k]) for k in ("planned_min", "breakdown_min", "setup_min", "ideal_cycle_s",
                                       "total_count", "good_count")}


def _planer_oee():
    from ikm_kit.operations import oee

    d = _planer_day()
    return oee(d["planned_min"], d["breakdown_min"] + d["setup_min"], d["ideal_cycle_s"], d["total_count"],
               d["good_count"])


def _oee_perf_vs_planned() -> float:
    r = _planer_oee()
    return r.availability * (r.net_run_time / r.planned_time) * r.quality


percent_numeric(
    "05.oee_ketam", lambda: _planer_oee().oee, tol_pp=0.3,
    hints=_keys("oee_ketam", 3),
    mistakes=[
        (lambda: (_planer_oee().availability + _planer_oee().performance + _planer_oee().quality) / 3,
         "ex.05_oee_ketam.m_rata_rata"),
        (_oee_perf_vs_planned, "ex.05_oee_ketam.m_kinerja_terencana"),
        (lambda: _planer_oee().availability * _planer_oee().performance, "ex.05_oee_ketam.m_tanpa_q"),
    ],
    explanation="ex.05_oee_ketam.explain",
)

choice(
    "05.salah_kinerja", "waktu jalan",
    hints=_keys("salah_kinerja", 1),
    mistakes=[("siklus", "ex.05_salah_kinerja.m_siklus"), ("cacat", "ex.05_salah_kinerja.m_cacat")],
    explanation="ex.05_salah_kinerja.explain",
)


@lru_cache(maxsize=None)
def _oee_table():
    from ikm_kit.operations import oee_from_log

    m = furniture_machines()
    lg = _load("machine_log")
    return oee_from_log(lg[lg["machine_id"].isin(m["machine_id"])], m, freq=None).table


choice(
    "05.kerugian_terbesar",
    lambda: str(_oee_table().sort_values("loss_total_rp", ascending=False).iloc[0]["machine_id"]),
    hints=_keys("kerugian_terbesar"),
    mistakes=[(lambda: str(_oee_table().sort_values("oee").iloc[0]["machine_id"]),
               "ex.05_kerugian_terbesar.m_oee_terendah")],
    explanation="ex.05_kerugian_terbesar.explain",
)


#: Choice values (Indonesian, shown when the answer is revealed) → loss column of the OEE table.
LOSS_CHOICES = {"kerusakan": "loss_breakdown_min", "penyetelan": "loss_setup_min",
                "berhenti sebentar": "loss_minor_stops_min", "kecepatan turun": "loss_speed_min",
                "cacat": "loss_quality_min"}


def _largest_loss_kind() -> str:
    tab = _oee_table()
    totals = {k: float(tab[col].sum()) for k, col in LOSS_CHOICES.items()}
    return max(totals, key=totals.get)


choice(
    "05.kerugian_jenis", _largest_loss_kind,
    hints=_keys("kerugian_jenis", 1),
    mistakes=[("kerusakan", "ex.05_kerugian_jenis.m_breakdown"), ("penyetelan", "ex.05_kerugian_jenis.m_setup")],
    explanation="ex.05_kerugian_jenis.explain",
)

# --------------------------------------------------------------------------- 3. capacity and simulation

ORDER_PRODUCT = "MB09"      # meja belajar sekolah (SMP)
ORDER_QUANTITY = 200
ORDER_DAYS = 30
ORDER_START = "2023-11-01"


def furniture_machines():
    m = _load("machines")
    return m[m["sentra"] == "mebel"].reset_index(drop=True)


def furniture_routings():
    r = _load("routings")
    return r[r["machine_id"].isin(furniture_machines()["machine_id"])].reset_index(drop=True)


def booked_hours(start: str = ORDER_START, days: int = ORDER_DAYS) -> dict[str, float]:
    """Hours other tenants booked on each furniture machine in ``days`` days from ``start``."""
    import pandas as pd

    from ikm_kit.operations import machine_utilization

    m = furniture_machines()
    b = _load("machine_bookings")
    b = b[b["machine_id"].isin(m["machine_id"])]
    end = (pd.Timestamp(start) + pd.Timedelta(days=days - 1)).strftime("%Y-%m-%d")
    u = machine_utilization(m, b, start=start, end=end)
    return dict(zip(u.by_machine["machine_id"], u.by_machine["booked_h"]))


def _order(routings=None, **kw):
    from ikm_kit.operations import order_capacity

    routings = furniture_routings() if routings is None else routings
    return order_capacity(ORDER_PRODUCT, ORDER_QUANTITY, ORDER_DAYS, routings, furniture_machines(),
                          start=ORDER_START, holidays=holidays_2023(), **kw)


numeric(
    "05.meja_jam_bebas", lambda: _order(reserved_h=booked_hours()).max_units, tol=0.0, rel=False,
    hints=_keys("meja_jam_bebas"),
    mistakes=[(lambda: _order().max_units, "ex.05_meja_jam_bebas.m_nominal"),
              (lambda: ORDER_QUANTITY, "ex.05_meja_jam_bebas.m_pesanan")],
    explanation="ex.05_meja_jam_bebas.explain",
)


def _oee_by_machine() -> dict[str, float]:
    tab = _oee_table()
    return dict(zip(tab["machine_id"], tab["oee"]))


def realistic_efficiency() -> dict[str, float]:
    """Share of opening hours that is free (not booked by others) × the machine's OEE 2023."""
    m = furniture_machines()
    opening = _order().table.set_index("machine_id")["available_h"]
    booked = booked_hours()
    oee_m = _oee_by_machine()
    out = {}
    for mid in m["machine_id"]:
        if mid in opening.index and opening[mid] > 0:
            free = max(opening[mid] - booked.get(mid, 0.0), 0.0) / opening[mid]
        else:
            free = 1.0
        out[mid] = free * oee_m.get(mid, 1.0)
    return out


KILN = "MSN-M01"


def _order_without_kiln():
    r = furniture_routings()
    return _order(r[r["machine_id"] != KILN], efficiency=realistic_efficiency())


choice(
    "05.hambatan_tanpa_kiln", lambda: _order_without_kiln().bottleneck,
    hints=_keys("hambatan_tanpa_kiln", 2),
    mistakes=[(KILN, "ex.05_hambatan_tanpa_kiln.m_kiln"),
              ("MSN-M05", "ex.05_hambatan_tanpa_kiln.m_semprot")],
    explanation="ex.05_hambatan_tanpa_kiln.explain",
)


@lru_cache(maxsize=None)
def _planer_rates() -> tuple[float, float]:
    from ikm_kit.operations import furniture_scenario

    st = furniture_scenario(_load("machines"), _load("machine_bookings")).station("MSN-M02")
    return st.arrival_rate, 60.0 / st.service.expected


def _wq(c: int) -> float:
    from ikm_kit.operations import erlang_c

    lam, mu = _planer_rates()
    return erlang_c(lam, mu, c).wq_minutes


numeric(
    "05.erlang_dua_ketam", lambda: _wq(2), tol=0.02,
    hints=_keys("erlang_dua_ketam"),
    mistakes=[(lambda: _wq(1) / 2, "ex.05_erlang_dua_ketam.m_separuh"),
              (lambda: _wq(1), "ex.05_erlang_dua_ketam.m_satu")],
    explanation="ex.05_erlang_dua_ketam.explain",
)

#: Simulation settings of the what-if comparison in the notebook (short runs: the notebook stays fast).
SIM_DAYS = 120
SIM_REPLICATIONS = 5
SIM_SEED = 2023


@lru_cache(maxsize=None)
def planer_comparison():
    """Current situation vs a second planer vs 2 more opening hours (furniture sentra, common seeds)."""
    from ikm_kit.operations import add_machine, compare_scenarios, extend_hours, furniture_scenario

    base = furniture_scenario(_load("machines"), _load("machine_bookings"))
    return compare_scenarios([base, add_machine(base, "MSN-M02"), extend_hours(base, 2)], days=SIM_DAYS,
                             replications=SIM_REPLICATIONS, seed=SIM_SEED)


def _best_planer_scenario() -> str:
    cmp = planer_comparison()
    waits = [r.value("mean_wait_minutes", "MSN-M02") for r in cmp.results[1:]]
    return "tambah" if waits[0] <= waits[1] else "perpanjang"


choice(
    "05.skenario_ketam", _best_planer_scenario,
    hints=_keys("skenario_ketam", 1),
    mistakes=[("perpanjang", "ex.05_skenario_ketam.m_perpanjang")],
    explanation="ex.05_skenario_ketam.explain",
)

choice(
    "05.selang_tumpang_tindih", "belum pasti",
    hints=_keys("selang_tumpang_tindih", 1),
    mistakes=[("sama", "ex.05_selang_tumpang_tindih.m_sama")],
    explanation="ex.05_selang_tumpang_tindih.explain",
)

__all__: list[str] = ["percent_numeric", "holidays_2023", "planer_requests", "furniture_machines",
                      "furniture_routings", "booked_hours", "realistic_efficiency", "PLANER_REQUESTS",
                      "URGENT_TENANT", "ORDER_PRODUCT", "ORDER_QUANTITY", "ORDER_DAYS", "ORDER_START",
                      "planer_comparison", "SIM_DAYS", "SIM_REPLICATIONS", "SIM_SEED"]
