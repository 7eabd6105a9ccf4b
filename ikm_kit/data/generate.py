"""Seeded generator of the shipped datasets in ``data/`` and of ``data/README.md``.

Everything comes from ``numpy.random.default_rng`` with a fixed seed (one
independent stream per dataset), so running it again reproduces the files
byte for byte; nothing depends on the clock or the locale.  Values are
rounded when generated and written with :func:`ikm_kit.data.schema.to_csv_text`.

    >>> import pandas as pd
    >>> from ikm_kit.data.generate import build_all
    >>> frames = build_all()
    >>> occ = frames["occupancy_monthly"]
    >>> jan = occ[(occ["sentra"] == "mebel") & (occ["month"] == pd.Timestamp("2022-01-01"))]
    >>> int((jan["status"] == "terisi").sum())
    11

Command line: ``python -m ikm_kit.data.generate [out_dir]`` writes the CSV
files and the data dictionary (default: the repository ``data/`` folder).
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from ikm_kit.data import _static as T
from ikm_kit.data import schema as S
from ikm_kit.data._tariffs import TARIFF_FIGURES, TARIFF_PARAMETERS
from ikm_kit.i18n import t

#: Seed of all shipped data (the first day of the 2022 training, 19 July 2022).
DEFAULT_SEED = 20220719

MEBEL_UNITS = [f"M{i:02d}" for i in range(1, 41)]
PANGAN_UNITS = [f"P{i:02d}" for i in range(1, 13)]
MONTHS = [dt.date(2022 + (m // 12), m % 12 + 1, 1) for m in range(24)]
RENT_MEBEL = 833_333            # Rp10 jt/tahun ÷ 12 [V]
RENT_PANGAN = 500_000           # ilustratif
RENT_START_MEBEL = dt.date(2022, 7, 1)   # ilustratif
PANGAN_OPEN = dt.date(2023, 7, 1)        # ilustratif
PANGAN_OPEN_PLAN = (5, 6, 7, 8, 9, 10)   # occupied food units Jul..Dec 2023
N_OVERLAPS = 12
#: Deliberate bookings outside opening hours/days: (machine, day, start min, end min).
OUTSIDE_HOURS = (
    ("MSN-M03", dt.date(2023, 3, 14), 6 * 60 + 30, 7 * 60 + 30),
    ("MSN-M02", dt.date(2023, 5, 9), 7 * 60, 8 * 60),
    ("MSN-M05", dt.date(2023, 8, 22), 16 * 60, 17 * 60 + 30),
    ("MSN-P01", dt.date(2023, 9, 13), 16 * 60, 18 * 60),
    ("MSN-M04", dt.date(2023, 10, 24), 16 * 60 + 30, 17 * 60 + 30),
    ("MSN-M02", dt.date(2023, 6, 11), 9 * 60, 11 * 60),      # Sunday
    ("MSN-M03", dt.date(2023, 8, 17), 8 * 60, 10 * 60),      # Hari Kemerdekaan
    ("MSN-P03", dt.date(2023, 11, 12), 10 * 60, 11 * 60),    # Sunday
)
SHIFT_LEG_FROM = 56
SHIFT_ABON_FROM = 61
HOLIDAYS = frozenset(d for d, _ in S.HOLIDAYS_2023)


def _rng(seed: int, stream: int) -> np.random.Generator:
    return np.random.default_rng([seed, stream])


def _days_2023() -> list[dt.date]:
    start = dt.date(2023, 1, 1)
    return [start + dt.timedelta(days=i) for i in range(365)]


def working_days_2023(start: dt.date = dt.date(2023, 1, 1)) -> list[dt.date]:
    """Mon–Sat days of 2023 from ``start`` that are not national holidays."""
    return [d for d in _days_2023() if d >= start and d.weekday() != 6 and d not in HOLIDAYS]


def _ts(d: dt.date, minutes: int) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day) + dt.timedelta(minutes=int(minutes))


def _month_index(d: dt.date) -> int:
    return (d.year - 2022) * 12 + d.month - 1


# ====================================================================== occupancy
def _occupancy(seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = _rng(seed, 1)
    owners = list(T.OWNERS)
    rng.shuffle(owners)
    owner_iter = iter(owners)
    pay_types = ("tepat", "telat", "macet")

    rows: list[tuple] = []
    final: dict[str, dict] = {}

    def new_tenant(pool, idx):
        name, line = pool[idx]
        return {"name": name, "line": line, "owner": next(owner_iter),
                "pay": pay_types[int(rng.choice(3, p=[0.6, 0.25, 0.15]))], "arrears": 0}

    # ---- furniture sentra
    state = {u: {"status": "kosong", "tenant": None, "since": dt.date(2020, 1, 1), "repair_until": -1}
             for u in MEBEL_UNITS}
    first = sorted(rng.choice(40, size=11, replace=False).tolist())
    for k, i in enumerate(first):
        u = MEBEL_UNITS[i]
        state[u]["tenant"] = new_tenant(T.TENANTS_MEBEL, k)
        state[u]["status"] = "terisi"
        state[u]["since"] = dt.date(2019, 3, 1) + dt.timedelta(days=int(rng.integers(0, 900)))
        state[u]["since"] = state[u]["since"].replace(day=1)
    # two vacant units under repair in the first half of 2022 (ilustratif)
    repair = [u for u in MEBEL_UNITS if state[u]["status"] == "kosong"][-2:]
    for u in repair:
        state[u].update(status="perawatan", since=dt.date(2021, 11, 1), repair_until=5)
    next_tenant = 11
    target = [int(round(11 + 12 * (m / 23) ** 1.15)) for m in range(24)]
    target[0] = 11

    for m, month in enumerate(MONTHS):
        if m > 0:
            # repairs finish
            for u in MEBEL_UNITS:
                st = state[u]
                if st["status"] == "perawatan" and m > st["repair_until"]:
                    st.update(status="kosong", since=month)
            # departures (ilustratif)
            for u in MEBEL_UNITS:
                st = state[u]
                if st["status"] == "terisi" and m >= 4 and rng.random() < 0.012:
                    st["tenant"] = None
                    if rng.random() < 0.5:
                        st.update(status="perawatan", since=month, repair_until=m + int(rng.integers(1, 3)))
                    else:
                        st.update(status="kosong", since=month)
            # arrivals up to the target
            occupied = sum(state[u]["status"] == "terisi" for u in MEBEL_UNITS)
            while occupied < target[m] and next_tenant < len(T.TENANTS_MEBEL):
                vacant = [u for u in MEBEL_UNITS if state[u]["status"] == "kosong"]
                u = vacant[int(rng.integers(len(vacant)))]
                state[u].update(status="terisi", since=month, tenant=new_tenant(T.TENANTS_MEBEL, next_tenant))
                next_tenant += 1
                occupied += 1
        for u in MEBEL_UNITS:
            st = state[u]
            billed = RENT_MEBEL if (st["status"] == "terisi" and month >= RENT_START_MEBEL) else 0
            paid = _payment(rng, st["tenant"], billed) if st["tenant"] else 0
            rows.append((month, "mebel", u, st["status"], st["tenant"]["name"] if st["tenant"] else "",
                         billed, paid))
    for u in MEBEL_UNITS:
        final[u] = dict(state[u])

    # ---- food sentra (ilustratif: opens Jul 2023)
    pstate = {u: {"status": "kosong", "tenant": None, "since": PANGAN_OPEN} for u in PANGAN_UNITS}
    order = rng.permutation(12).tolist()
    next_food = 0
    for m, month in enumerate(MONTHS):
        if month >= PANGAN_OPEN:
            want = PANGAN_OPEN_PLAN[m - _month_index(PANGAN_OPEN)]
            while sum(pstate[u]["status"] == "terisi" for u in PANGAN_UNITS) < want:
                u = PANGAN_UNITS[order[next_food]]
                pstate[u].update(status="terisi", since=month, tenant=new_tenant(T.TENANTS_PANGAN, next_food))
                next_food += 1
        for u in PANGAN_UNITS:
            st = pstate[u]
            billed = RENT_PANGAN if st["status"] == "terisi" else 0
            paid = _payment(rng, st["tenant"], billed) if st["tenant"] else 0
            rows.append((month, "pangan", u, st["status"], st["tenant"]["name"] if st["tenant"] else "",
                         billed, paid))
    final.update(pstate)

    occ = pd.DataFrame(rows, columns=S.DATASETS["occupancy_monthly"].column_names)
    occ["month"] = pd.to_datetime(occ["month"])

    # ---- workshops (state as of Dec 2023)
    wrows = []
    for sentra, units, ncol in (("mebel", MEBEL_UNITS, 10), ("pangan", PANGAN_UNITS, 6)):
        for i, u in enumerate(units):
            r, c = i // ncol + 1, i % ncol + 1
            st = final[u]
            if sentra == "mebel":
                area = 96.0 if c in (1, ncol) else 72.0
                rent = RENT_MEBEL
            else:
                area = 36.0
                rent = RENT_PANGAN
            tn = st["tenant"] if st["status"] == "terisi" else None
            wrows.append((sentra, u, "ABCD"[r - 1], r, c, tn["name"] if tn else "", tn["owner"] if tn else "",
                          tn["line"] if tn else "", area, rent, st["status"], st["since"]))
    ws = pd.DataFrame(wrows, columns=S.DATASETS["workshops"].column_names)
    ws["since"] = pd.to_datetime(ws["since"])
    return ws, occ


def _payment(rng: np.random.Generator, tenant: dict, billed: int) -> int:
    """Money received this month; arrears are carried on the tenant (ilustratif)."""
    tenant["arrears"] += billed
    due = tenant["arrears"]
    if due <= 0:
        return 0
    if tenant["pay"] == "tepat":
        paid = due if rng.random() < 0.93 else 0
    elif tenant["pay"] == "telat":
        paid = due if rng.random() < 0.35 else 0
    else:  # macet: partial payments, arrears grow
        paid = min(due, 500_000) if rng.random() < 0.35 else 0
    tenant["arrears"] -= paid
    return int(paid)


# ====================================================================== machines
def _machines() -> pd.DataFrame:
    return pd.DataFrame(list(T.MACHINES), columns=S.DATASETS["machines"].column_names)


def _tenants_by_month(occ: pd.DataFrame) -> dict[tuple[int, str], list[tuple[str, str]]]:
    out: dict[tuple[int, str], list[tuple[str, str]]] = {}
    busy = occ[occ["status"] == "terisi"]
    for (month, sentra), g in busy.groupby(["month", "sentra"], sort=True):
        out[(_month_index(month.date()), sentra)] = list(zip(g["unit_id"], g["tenant"]))
    return out


def _bookings(seed: int, occ: pd.DataFrame) -> pd.DataFrame:
    rng = _rng(seed, 2)
    tenants = _tenants_by_month(occ)
    weights: dict[str, float] = {}

    def pick(d: dt.date, sentra: str) -> tuple[str, str]:
        pool = tenants[(_month_index(d), sentra)]
        w = np.array([weights.setdefault(u, float(rng.gamma(2.0, 1.0))) for u, _ in pool])
        return pool[int(rng.choice(len(pool), p=w / w.sum()))]

    def requested(start: dt.datetime) -> dt.datetime:
        day = (start - dt.timedelta(days=int(rng.integers(1, 8)))).date()
        return _ts(day, int(rng.integers(7 * 60, 21 * 60)))

    def status() -> str:
        return S.BOOKING_STATUS[int(rng.choice(3, p=[0.88, 0.07, 0.05]))]

    rows: list[list] = []
    per_day = {"MSN-M02": (2, 6), "MSN-M03": (2, 6), "MSN-M04": (1, 4), "MSN-M05": (1, 4),
               "MSN-P01": (1, 4), "MSN-P02": (1, 3), "MSN-P03": (1, 4), "MSN-P05": (1, 3)}
    sentra_of = {m[0]: m[1] for m in T.MACHINES}
    for d in working_days_2023():
        for mid, (lo, hi) in per_day.items():
            sentra = sentra_of[mid]
            if sentra == "pangan" and d < PANGAN_OPEN:
                continue
            n = int(rng.integers(lo, hi))
            slot = int(rng.integers(0, 3))            # 30-min slots from 08:00
            for _ in range(n):
                dur = int(rng.integers(1, 5))
                if slot + dur > 16:
                    break
                start = _ts(d, 8 * 60 + 30 * slot)
                end = start + dt.timedelta(minutes=30 * dur)
                u, tn = pick(d, sentra)
                rows.append([mid, u, tn, requested(start), start, end, status()])
                slot += dur + int(rng.integers(0, 3))
    # kiln charges: 4–7 days each, loaded and unloaded in working hours
    d = dt.date(2023, 1, 2)
    while d < dt.date(2023, 12, 24):
        start = _ts(d, 8 * 60 + 30 * int(rng.integers(0, 4)))
        end_day = d + dt.timedelta(days=int(rng.integers(4, 8)))
        end = _ts(end_day, 9 * 60 + 30 * int(rng.integers(0, 12)))
        u, tn = pick(d, "mebel")
        rows.append(["MSN-M01", u, tn, requested(start), start, end, "selesai"])
        d = end_day + dt.timedelta(days=int(rng.integers(1, 3)))
        while d.weekday() == 6 or d in HOLIDAYS:
            d += dt.timedelta(days=1)

    # deliberate clashes: a second booking starting inside an existing one
    normal = [i for i, r in enumerate(rows) if r[0] != "MSN-M01" and r[6] == "selesai"
              and (r[5] - r[4]) >= dt.timedelta(minutes=60)]
    for i in sorted(rng.choice(len(normal), size=N_OVERLAPS, replace=False).tolist()):
        mid, _, _, _, s0, e0, _ = rows[normal[i]]
        start = s0 + dt.timedelta(minutes=30)
        end = min(start + dt.timedelta(minutes=30 * int(rng.integers(1, 5))), e0)   # clashes with this one only
        u, tn = pick(s0.date(), sentra_of[mid])
        rows.append([mid, u, tn, requested(start), start, end, "selesai"])
    # deliberate bookings outside opening hours/days (they do not overlap others)
    for mid, day, a, b in OUTSIDE_HOURS:
        start, end = _ts(day, a), _ts(day, b)
        u, tn = pick(day, sentra_of[mid])
        rows.append([mid, u, tn, requested(start), start, end, "selesai"])

    df = pd.DataFrame(rows, columns=["machine_id", "unit_id", "tenant", "requested_at", "start", "end", "status"])
    df = df.sort_values(["start", "machine_id", "end"], kind="mergesort").reset_index(drop=True)
    df.insert(0, "booking_id", [f"B23-{i + 1:05d}" for i in range(len(df))])
    for c in ("requested_at", "start", "end"):
        df[c] = pd.to_datetime(df[c])
    return df


def n_outside_bookings() -> int:
    """Number of bookings deliberately placed outside opening hours or days."""
    return len(OUTSIDE_HOURS)


# ====================================================================== machine log
_LOG_PARAMS = {
    # machine: (breakdown prob, setup range min, minor-stop frac, speed-loss frac, reject rate)
    "MSN-M01": (0.02, (0, 0), (0.02, 0.06), (0.20, 0.40), (0.02, 0.06)),
    "MSN-M02": (0.07, (20, 60), (0.05, 0.12), (0.15, 0.33), (0.01, 0.04)),
    "MSN-M03": (0.05, (15, 50), (0.04, 0.10), (0.15, 0.33), (0.01, 0.03)),
    "MSN-M04": (0.08, (30, 75), (0.06, 0.14), (0.15, 0.35), (0.02, 0.05)),
    "MSN-M05": (0.04, (30, 60), (0.04, 0.10), (0.15, 0.32), (0.03, 0.07)),
    "MSN-P01": (0.04, (15, 40), (0.04, 0.10), (0.15, 0.32), (0.01, 0.04)),
    "MSN-P02": (0.04, (15, 40), (0.03, 0.08), (0.18, 0.35), (0.01, 0.03)),
    "MSN-P03": (0.06, (10, 30), (0.05, 0.12), (0.15, 0.35), (0.02, 0.05)),
    "MSN-P05": (0.04, (10, 30), (0.04, 0.10), (0.18, 0.35), (0.01, 0.03)),
}


def _machine_log(seed: int) -> pd.DataFrame:
    rng = _rng(seed, 3)
    cycle = {m[0]: m[6] for m in T.MACHINES}
    sentra_of = {m[0]: m[1] for m in T.MACHINES}
    rows = []
    for mid, (p_bd, setup_rng, minor_rng, speed_rng, rej_rng) in _LOG_PARAMS.items():
        if mid == "MSN-M01":
            days = _days_2023()
        else:
            days = working_days_2023(PANGAN_OPEN if sentra_of[mid] == "pangan" else dt.date(2023, 1, 1))
        ideal = cycle[mid]
        for k, d in enumerate(days):
            if mid == "MSN-M01":
                planned = 1440
                setup = 180 if k % 6 == 0 else 0          # loading / unloading a charge
            else:
                planned = {4: 360, 5: 300}.get(d.weekday(), 420)   # Fri prayers, Sat half day
                setup = 5 * int(rng.integers(setup_rng[0] // 5, setup_rng[1] // 5 + 1))
            breakdown = 0
            if rng.random() < p_bd:
                breakdown = 10 * int(rng.integers(3, 25))
            breakdown = min(breakdown, planned - setup)
            run = planned - breakdown - setup
            minor = int(round(run * rng.uniform(*minor_rng)))
            speed = int(round(run * rng.uniform(*speed_rng)))
            total = int(np.floor((run - minor - speed) * 60 / ideal))
            rejects = int(rng.binomial(total, rng.uniform(*rej_rng))) if total > 0 else 0
            startup = int(rng.integers(0, min(rejects, 3) + 1)) if mid != "MSN-M01" else 0
            rows.append((d, mid, planned, breakdown, setup, minor, speed, run, total, total - rejects,
                         startup, ideal))
    df = pd.DataFrame(rows, columns=S.DATASETS["machine_log"].column_names)
    df["date"] = pd.to_datetime(df["date"])
    return df.sort_values(["date", "machine_id"], kind="mergesort").reset_index(drop=True)


# ====================================================================== catalogue
def _products() -> pd.DataFrame:
    return pd.DataFrame(list(T.PRODUCTS), columns=S.DATASETS["products"].column_names)


def _materials() -> pd.DataFrame:
    return pd.DataFrame(list(T.MATERIALS), columns=S.DATASETS["materials"].column_names)


def _bom() -> pd.DataFrame:
    """Bill of materials per batch: furniture parts × batch size, food recipes as written."""
    mat = {m[0]: m for m in T.MATERIALS}
    rows = []
    nan = float("nan")
    for pid, sentra, _, _, _, batch, *_ in T.PRODUCTS:
        mult = batch if sentra == "mebel" else 1
        line = 0
        for item, length, width, thick, pieces in T.WOOD.get(pid, ()):
            line += 1
            n = pieces * mult
            vol = round(n * length * width * thick / 1e9, 9)
            rows.append((pid, line, item, "KY01", "kayu", T._SP, float(length), float(width), float(thick),
                         n, vol, "m3", mat["KY01"][3], T.WOOD_WASTE[pid]))
        for item, mid, kind, qty, waste in T.OTHER[pid]:
            line += 1
            qty = round(qty * mult, 4)
            pieces = int(qty) if mat[mid][2] in ("buah", "lembar", "set") else pd.NA
            rows.append((pid, line, item, mid, kind, "", nan, nan, nan, pieces, float(qty), mat[mid][2],
                         mat[mid][3], float(waste)))
    df = pd.DataFrame(rows, columns=S.DATASETS["bom"].column_names)
    df["pieces"] = df["pieces"].astype("Int64")
    return df


def _routings(bom: pd.DataFrame) -> pd.DataFrame:
    batch = {p[0]: p[5] for p in T.PRODUCTS}
    wood = bom[bom["material_id"] == "KY01"].copy()
    wood["gross"] = wood["quantity"] * (1 + wood["waste_pct"] / 100) / wood["product_id"].map(batch)
    kiln = wood.groupby("product_id", sort=False)["gross"].sum()     # m³ per unit, as bought
    rows = []
    for pid, *_ in T.PRODUCTS:
        if pid in kiln.index:
            rows.append((pid, "MSN-M01", round(float(kiln[pid]) * T.KILN_MIN_PER_M3, 1)))
        for mid, minutes in T.ROUTINGS.get(pid, ()):
            rows.append((pid, mid, float(minutes)))
    return pd.DataFrame(rows, columns=S.DATASETS["routings"].column_names)


def _parameters() -> pd.DataFrame:
    wd = len(working_days_2023())
    rows = [
        ("umk_kendari", 2_768_592, "Rp/bulan", 2021, S.S_UMK21, "V", ""),
        ("umk_kendari", 2_823_315, "Rp/bulan", 2022, S.S_UMK22, "P",
         "dua angka beredar: 2.823.315 (Disnaker, Des 2022) dan 2.822.592 (Antara, Nov 2021); pakai 2.823.315"),
        ("umk_kendari", 2_993_843, "Rp/bulan", 2023, S.S_UMK23, "P", "angka usulan +6,04 %; Des 2023 dikutip 2.993.730"),
        ("umk_kendari", 3_112_103.10, "Rp/bulan", 2024, S.S_UMK24, "V", ""),
        ("umk_kendari", 3_314_389, "Rp/bulan", 2025, S.S_UMK25, "V", "naik 6,5 %"),
        ("umk_kendari", 3_516_070.42, "Rp/bulan", 2026, S.S_UMK26, "V", ""),
        ("ump_sultra", 2_576_016.96, "Rp/bulan", 2022, S.S_UMP, "P", ""),
        ("ump_sultra", 2_758_984.54, "Rp/bulan", 2023, S.S_UMP, "P", ""),
        ("ump_sultra", 2_885_964, "Rp/bulan", 2024, S.S_UMP, "P", ""),
        ("ump_sultra", 3_073_551, "Rp/bulan", 2025, S.S_UMP, "P", ""),
        ("hari_kerja_per_bulan", 25, "hari", 2022, "konvensi latihan: upah harian = UMK ÷ 25 [U]", "U",
         "bukan aturan resmi"),
        ("upah_harian", 112_932.6, "Rp/hari", 2022, "turunan: UMK 2022 ÷ 25 [U]", "U", "2.823.315 ÷ 25"),
        ("jam_kerja_per_hari", 7, "jam", 2023, S.ILUS, "ilustratif", "8 jam dikurangi 1 jam istirahat"),
        ("hari_kerja_sentra_2023", wd, "hari", 2023, S.S_HOLIDAYS, "P",
         "Senin–Sabtu, dikurangi hari libur nasional yang tidak jatuh pada hari Minggu"),
        ("tarif_listrik_b2", 1444.70, "Rp/kWh", 2023, S.S_PLN, "V", "bisnis 6.600 VA–200 kVA"),
        ("tarif_listrik_i3", 1114.74, "Rp/kWh", 2023, S.S_PLN, "V", "industri/bisnis >200 kVA (TM)"),
        ("tarif_listrik_i4", 996.74, "Rp/kWh", 2023, S.S_PLN, "V", "industri ≥ 30 MVA"),
        ("tarif_listrik_r1_900", 1352, "Rp/kWh", 2023, S.S_PLN, "V", "rumah tangga 900 VA RTM"),
        ("tarif_listrik_r1_1300", 1444.70, "Rp/kWh", 2023, S.S_PLN, "V", "rumah tangga 1.300–2.200 VA"),
        ("tarif_listrik_r2", 1699.53, "Rp/kWh", 2023, S.S_PLN, "V", "rumah tangga ≥ 3.500 VA"),
        ("tarif_listrik_sentra_rendah", 1114.74, "Rp/kWh", 2023, S.S_PLN_U, "U", "batas bawah analisis sensitivitas"),
        ("tarif_listrik_sentra_tinggi", 1444.70, "Rp/kWh", 2023, S.S_PLN_U, "U", "batas atas analisis sensitivitas"),
        ("sewa_workshop_per_tahun", 10_000_000, "Rp/tahun", 2022, S.S_TRIBUN_JAN22, "V", "rencana tarif sewa"),
        ("sewa_workshop_per_bulan", RENT_MEBEL, "Rp/bulan", 2022, S.S_TRIBUN_JAN22, "V", "10.000.000 ÷ 12, dibulatkan"),
        ("sewa_workshop_pangan_per_bulan", RENT_PANGAN, "Rp/bulan", 2023, S.ILUS, "ilustratif", "skenario"),
        ("workshop_mebel", 40, "unit", 2022, S.S_TRIBUN_JUL22, "V", "Jan 2022 disebut ±41"),
        ("workshop_mebel_terisi_jan2022", 11, "unit", 2022, S.S_TRIBUN_JAN22, "V", "11 dari ±41 (±27 %)"),
        ("workshop_pangan", 12, "unit", 2022, S.S_TRIBUN_JUL22, "V", "rencana; penyelesaian belum diketahui [U]"),
        ("harga_kayu_per_m3", 1_400_000, "Rp/m3", 2021, S.S_KONSEL21, "V", "sebelum naik; jenis kayu tidak disebut"),
        ("harga_kayu_per_m3", 1_600_000, "Rp/m3", 2021, S.S_KONSEL21, "V", "sesudah naik (Apr 2021)"),
        ("kadar_air_kayu_maks", 14, "%", 2016, S.S_RSNI, "V", "kayu untuk furnitur"),
        ("kadar_air_kayu_target", 12, "%", 2023, S.S_KILN_P, "P", "praktik pengeringan kiln 12–14 %"),
        ("oee_kelas_dunia", 0.85, "proporsi", 2023, S.S_OEE, "V", ""),
        ("oee_studi_indonesia_min", 0.44, "proporsi", 2023, S.S_OEE, "V", ""),
        ("oee_studi_indonesia_maks", 0.77, "proporsi", 2023, S.S_OEE, "V", ""),
        ("industri_kecil_tenaga_kerja_maks", 19, "orang", 2016, S.S_SIZE, "V", "dan investasi < Rp1 M"),
        ("industri_kecil_investasi_maks", 1_000_000_000, "Rp", 2016, S.S_SIZE, "V",
         "di luar tanah dan bangunan; batas eksklusif (<)"),
        ("kapasitas_kiln", 6, "m3/muatan", 2023, S.ILUS, "ilustratif", "6 hari per muatan"),
        *TARIFF_PARAMETERS,     # tariffs, rent and budget of the sentra (issue 15)
    ]
    df = pd.DataFrame(rows, columns=S.DATASETS["parameters"].column_names)
    df["value"] = df["value"].astype(float)
    return df


# ====================================================================== quality
def _units_with_line(occ: pd.DataFrame, ws: pd.DataFrame, sentra: str, lines: tuple[str, ...],
                     from_month: dt.date) -> list[tuple[str, str]]:
    """Units occupied by the same tenant from ``from_month`` to Dec 2023 with a product line."""
    after = occ[(occ["month"] >= pd.Timestamp(from_month)) & (occ["sentra"] == sentra)]
    stable = after.groupby("unit_id", sort=True).agg(st=("status", lambda s: (s == "terisi").all()),
                                                      n=("tenant", "nunique"))
    ok = stable[stable["st"] & (stable["n"] == 1)].index
    w = ws[ws["unit_id"].isin(ok) & ws["product_line"].isin(lines)]
    return list(zip(w["unit_id"], w["product_line"]))


def _measurements(seed: int, occ: pd.DataFrame, ws: pd.DataFrame) -> pd.DataFrame:
    rng = _rng(seed, 4)
    rows = []
    # 1. leg length of the dining table, subgroups of 5, two per day
    unit = _units_with_line(occ, ws, "mebel", (T.LINE_MEBEL,), dt.date(2023, 8, 1))[0][0]
    days = working_days_2023(dt.date(2023, 9, 4))
    ops = rng.choice(T.OPERATORS_MEBEL, size=2, replace=False).tolist()
    for sg in range(1, 81):
        d = days[(sg - 1) // 2]
        shift = "pagi" if sg % 2 else "siang"
        base = (9 if shift == "pagi" else 14) * 60 + int(rng.integers(0, 40))
        mean = 720.1 + (0.9 if sg >= SHIFT_LEG_FROM else 0.0)
        for j in range(5):
            v = round(float(rng.normal(mean, 0.55)), 1)
            rows.append(("panjang_kaki_meja", "mebel", unit, "MB02", _ts(d, base + 2 * j), sg, shift,
                         ops[0] if shift == "pagi" else ops[1], v, "mm", 718.0, 722.0, 720.0))
    # 2. wood moisture after the kiln, individual readings
    units = [u for u, _ in _units_with_line(occ, ws, "mebel", (T.LINE_MEBEL, T.LINE_KUSEN, T.LINE_SEKOLAH),
                                             dt.date(2023, 3, 1))]
    days = working_days_2023(dt.date(2023, 3, 1))
    for sg in range(1, 76):
        d = days[(sg - 1) * 3]
        v = round(float(rng.normal(12.3, 0.6)), 1)
        if sg == 63:
            v = 14.6   # a charge taken out of the kiln too early
        op = T.OPERATORS_MEBEL[int(rng.integers(len(T.OPERATORS_MEBEL)))]
        rows.append(("kadar_air_kayu", "mebel", units[int(rng.integers(len(units)))], "MB04",
                     _ts(d, 10 * 60 + int(rng.integers(0, 300))), sg, "pagi" if rng.random() < 0.6 else "siang",
                     op, v, "%", float("nan"), 14.0, 12.0))
    # 3. net weight of 100 g abon packs, subgroups of 5, one per day
    unit = _units_with_line(occ, ws, "pangan", ("abon ikan",), dt.date(2023, 8, 1))[0][0]
    days = working_days_2023(dt.date(2023, 8, 1))
    ops = rng.choice(T.OPERATORS_PANGAN, size=2, replace=False).tolist()
    for sg in range(1, 91):
        d = days[sg - 1]
        shift = "pagi" if rng.random() < 0.5 else "siang"
        base = (10 if shift == "pagi" else 14) * 60 + int(rng.integers(0, 60))
        mean = 101.2 - (1.0 if sg >= SHIFT_ABON_FROM else 0.0)
        for j in range(5):
            v = round(float(rng.normal(mean, 0.8)), 1)
            rows.append(("berat_kemasan_abon", "pangan", unit, "PG01", _ts(d, base + j), sg, shift,
                         ops[0] if shift == "pagi" else ops[1], v, "g", 98.0, 105.0, 101.0))
    df = pd.DataFrame(rows, columns=S.DATASETS["measurements"].column_names)
    df["timestamp"] = pd.to_datetime(df["timestamp"])
    return df


def _defects(seed: int, occ: pd.DataFrame, ws: pd.DataFrame) -> pd.DataFrame:
    rng = _rng(seed, 5)
    tenants = _tenants_by_month(occ)
    line_of = dict(zip(ws["tenant"], ws["product_line"]))
    line_of.update({n: line for n, line in T.TENANTS_MEBEL + T.TENANTS_PANGAN})
    rows = []
    spec = (("mebel", dt.date(2023, 1, 2), T.OPERATORS_MEBEL, S.DEFECTS_MEBEL, T.DEFECT_WEIGHTS_MEBEL,
             T.DEFECT_COST_MEBEL, (1, 4)),
            ("pangan", dt.date(2023, 8, 1), T.OPERATORS_PANGAN, S.DEFECTS_PANGAN, T.DEFECT_WEIGHTS_PANGAN,
             T.DEFECT_COST_PANGAN, (1, 4)))
    for sentra, start, ops, types, weights, costs, (lo, hi) in spec:
        p = np.array(weights) / sum(weights)
        for d in working_days_2023(start):
            pool = tenants[(_month_index(d), sentra)]
            for _ in range(int(rng.integers(lo, hi))):
                u, tn = pool[int(rng.integers(len(pool)))]
                prods = T.LINE_PRODUCTS[line_of[tn]]
                pid = prods[int(rng.integers(len(prods)))]
                k = int(rng.choice(len(types), p=p))
                count = 1 + int(rng.poisson(1.5 if sentra == "mebel" else 3.0))
                rows.append((d, sentra, u, pid, "pagi" if rng.random() < 0.55 else "siang",
                             ops[int(rng.integers(len(ops)))], types[k], count, costs[k]))
    df = pd.DataFrame(rows, columns=S.DATASETS["defects"].column_names)
    df["date"] = pd.to_datetime(df["date"])
    return df


def _inspections(seed: int) -> pd.DataFrame:
    rng = _rng(seed, 6)
    rows = []
    spec = (("mebel", "MB01", dt.date(2023, 7, 1), (12, 41), 0.07, (23, 71, 118)),
            ("pangan", "PG01", dt.date(2023, 8, 1), (60, 201), 0.035, (40, 88)),
            ("pangan", "PG02", dt.date(2023, 8, 1), (80, 241), 0.03, (57,)))
    for sentra, pid, start, (lo, hi), p, special in spec:
        for k, d in enumerate(working_days_2023(start)):
            n = int(rng.integers(lo, hi))
            pk = p * (3.0 if k in special else 1.0)
            rows.append((d, sentra, pid, n, int(rng.binomial(n, pk))))
    df = pd.DataFrame(rows, columns=S.DATASETS["inspections"].column_names)
    df["date"] = pd.to_datetime(df["date"])
    return df.sort_values(["date", "product_id"], kind="mergesort").reset_index(drop=True)


_CCP_OF = {"PG01": ("penggorengan", "penyimpanan_beku"), "PG02": ("penggorengan",), "PG03": ("penggorengan",),
           "PG04": ("penggorengan",), "PG07": ("pengeringan", "penyimpanan_beku")}
# ccp: (mean, sd, unit, critical min, critical max)
_CCP_SPEC = {"penggorengan": (172.0, 6.0, "°C", 160.0, 190.0),
             "pengeringan": (66.0, 3.0, "°C", 60.0, float("nan")),
             "penyimpanan_beku": (-20.0, 1.3, "°C", float("nan"), -18.0)}


def _ccp_log(seed: int, occ: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    rng = _rng(seed, 7)
    tenants = _tenants_by_month(occ)
    line_of = {n: line for n, line in T.TENANTS_PANGAN}
    unit_ops: dict[str, list[str]] = {}
    rows = []
    n_missing = 0
    for d in working_days_2023(PANGAN_OPEN):
        for u, tn in tenants[(_month_index(d), "pangan")]:
            prods = [p for p in T.LINE_PRODUCTS[line_of[tn]] if p in _CCP_OF]
            if not prods or rng.random() > 0.6:
                continue
            ops = unit_ops.setdefault(u, rng.choice(T.OPERATORS_PANGAN, size=2, replace=False).tolist())
            pid = prods[int(rng.integers(len(prods)))]
            for ccp in _CCP_OF[pid]:
                mean, sd, unit, cmin, cmax = _CCP_SPEC[ccp]
                for minute in (8 * 60 + int(rng.integers(30, 120)), 13 * 60 + int(rng.integers(0, 120))):
                    v = round(float(rng.normal(mean, sd)), 1)
                    bad = (not np.isnan(cmin) and v < cmin) or (not np.isnan(cmax) and v > cmax)
                    action = ""
                    if bad:
                        if rng.random() < 0.25:
                            n_missing += 1
                        else:
                            acts = T.CORRECTIVE_ACTIONS[ccp]
                            action = acts[int(rng.integers(len(acts)))]
                    op = ops[0] if minute < 12 * 60 else ops[1]
                    rows.append((_ts(d, minute), u, pid, ccp, v, unit, cmin, cmax, op, action))
    df = pd.DataFrame(rows, columns=S.DATASETS["ccp_log"].column_names)
    df["timestamp"] = pd.to_datetime(df["timestamp"])
    df = df.sort_values(["timestamp", "unit_id", "ccp"], kind="mergesort").reset_index(drop=True)
    return df, n_missing


def _cppob_checklist() -> pd.DataFrame:
    rows = []
    for no, aspect in enumerate(S.CPPB_ASPECTS, start=1):
        for k, (item, sev) in enumerate(T.CPPB_ITEMS[no], start=1):
            rows.append((no, aspect, f"A{no:02d}.{k}", item, sev))
    return pd.DataFrame(rows, columns=S.DATASETS["cppob_checklist"].column_names)


def _sales_channels() -> pd.DataFrame:
    df = pd.DataFrame(T.SALES_CHANNELS, columns=S.DATASETS["sales_channels"].column_names)
    for c in ("discount_pct", "fee_pct", "fee_rp_per_unit", "shipping_pct"):
        df[c] = df[c].astype(float)
    return df


# ====================================================================== public
def build_all(seed: int = DEFAULT_SEED) -> dict[str, pd.DataFrame]:
    """Generate every dataset in memory: name → typed DataFrame (schema order).

    Example: ``build_all()["machines"]``.  About one second.
    """
    ws, occ = _occupancy(seed)
    bom = _bom()
    ccp, _ = _ccp_log(seed, occ)
    frames = {
        "workshops": ws,
        "occupancy_monthly": occ,
        "machines": _machines(),
        "machine_bookings": _bookings(seed, occ),
        "machine_log": _machine_log(seed),
        "products": _products(),
        "bom": bom,
        "routings": _routings(bom),
        "materials": _materials(),
        "parameters": _parameters(),
        "measurements": _measurements(seed, occ, ws),
        "defects": _defects(seed, occ, ws),
        "inspections": _inspections(seed),
        "ccp_log": ccp,
        "cppob_checklist": _cppob_checklist(),
        "sales_channels": _sales_channels(),
    }
    return {name: S.coerce(frames[name], name) for name in S.names()}


def csv_texts(seed: int = DEFAULT_SEED) -> dict[str, str]:
    """name → canonical CSV text (what :func:`write_all` writes)."""
    return {name: S.to_csv_text(df, name) for name, df in build_all(seed).items()}


def write_all(out_dir: str | Path, seed: int = DEFAULT_SEED) -> list[Path]:
    """Write ``<name>.csv`` for every dataset into ``out_dir``; return the paths.

    Example: ``write_all("data")``.  Byte-for-byte reproducible for a seed.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in csv_texts(seed).items():
        path = out / S.DATASETS[name].filename
        path.write_bytes(text.encode("utf-8"))
        paths.append(path)
    return paths


# ====================================================================== dictionary
def _md(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def dictionary_text(seed: int = DEFAULT_SEED, frames: dict[str, pd.DataFrame] | None = None) -> str:
    """The data dictionary (Markdown, Indonesian, English column names)."""
    frames = frames if frames is not None else build_all(seed)

    def tr(key: str, **kw: object) -> str:
        return t(key, lang="id", **kw)

    occ = frames["occupancy_monthly"]
    dec = occ[(occ["sentra"] == "mebel") & (occ["month"] == pd.Timestamp(2023, 12, 1))]
    ccp = frames["ccp_log"]
    dev = ((ccp["measured_value"] < ccp["critical_min"]) | (ccp["measured_value"] > ccp["critical_max"]))
    no_action = int((dev & (ccp["corrective_action"] == "")).sum())

    L = [f"# {tr('datasets.readme.title')}", "", tr("datasets.readme.generated", seed=seed), "",
         tr("datasets.readme.intro"), "", tr("datasets.readme.marks"), "", tr("datasets.readme.loading"), "",
         f"## {tr('datasets.readme.summary')}", "",
         f"| {tr('datasets.readme.col_file')} | {tr('datasets.readme.col_rows')} | "
         f"{tr('datasets.readme.col_description')} |", "|---|---:|---|"]
    for name, ds in S.DATASETS.items():
        L.append(f"| [`{ds.filename}`](#{name}) | {len(frames[name])} | "
                 f"{_md(tr(f'datasets.{name}.description'))} |")
    L.append("")
    for name, ds in S.DATASETS.items():
        L += [f"## {name}", "", f"`{ds.filename}` — {tr('datasets.readme.rows', rows=len(frames[name]))}. "
              f"{tr(f'datasets.{name}.description')}", "",
              f"| {tr('datasets.readme.col_column')} | {tr('datasets.readme.col_dtype')} | "
              f"{tr('datasets.readme.col_unit')} | {tr('datasets.readme.col_description')} | "
              f"{tr('datasets.readme.col_source')} |", "|---|---|---|---|---|"]
        for c in ds.columns:
            dtype = c.dtype
            if c.categories is not None:
                dtype += ": " + ", ".join(c.categories)
            L.append(f"| `{c.name}` | {_md(dtype)} | {_md(c.unit) or '–'} | {_md(c.id)} | {_md(c.source)} |")
        L.append("")
    L += [f"## {tr('datasets.readme.figures')}", "", tr("datasets.readme.figures_intro"), "",
          f"| {tr('datasets.readme.col_figure')} | {tr('datasets.readme.col_value')} | "
          f"{tr('datasets.readme.col_mark')} | {tr('datasets.readme.col_source')} |", "|---|---|---|---|"]
    for fig, value, mark, src in (*S.REAL_FIGURES, *TARIFF_FIGURES):
        L.append(f"| {_md(fig)} | {_md(value)} | {mark} | {_md(src)} |")
    L += ["", f"## {tr('datasets.readme.holidays')}", "", tr("datasets.readme.holidays_intro", source=S.S_HOLIDAYS), "",
          f"| {tr('datasets.readme.col_date')} | {tr('datasets.readme.col_holiday')} |", "|---|---|"]
    for d, label in S.HOLIDAYS_2023:
        L.append(f"| {d.isoformat()} | {_md(label)} |")
    L += ["", f"## {tr('datasets.readme.scenario')}", "",
          tr("datasets.readme.scenario_items", dec_occupied=int((dec["status"] == "terisi").sum()),
             overlaps=N_OVERLAPS, outside=n_outside_bookings(), shift_leg=SHIFT_LEG_FROM,
             shift_abon=SHIFT_ABON_FROM, no_action=no_action), ""]
    return "\n".join(L)


def write_dictionary(path: str | Path, seed: int = DEFAULT_SEED,
                     frames: dict[str, pd.DataFrame] | None = None) -> Path:
    """Write the data dictionary (``data/README.md``) generated from the schema."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(dictionary_text(seed, frames).encode("utf-8"))
    return path


def default_data_dir() -> Path:
    """The repository ``data/`` folder next to the package."""
    from ikm_kit.paths import REPO_DATA_DIR

    return REPO_DATA_DIR


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else default_data_dir()
    paths = write_all(out)
    write_dictionary(out / "README.md")
    print(t("data.regenerated", path=out, count=len(paths) + 1))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
