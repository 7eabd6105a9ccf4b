"""Declared structure of every shipped dataset: columns, dtypes, units, sources.

This module is the single source of truth for the data dictionary
(``data/README.md`` is generated from it) and for the dtypes that
:func:`ikm_kit.data.load` returns.

Each :class:`Column` has an English ``name``, a ``dtype`` kind (see
:data:`DTYPES`), a ``unit`` (``""`` when none), a description in Indonesian
(``id``) and English (``en``) and a ``source``: a citation from the domain
brief with its mark — **V** verified, **P** partly verified, **U** unverified
— or ``"ilustratif"`` for invented teaching values.

    >>> from ikm_kit.data.schema import DATASETS
    >>> DATASETS["workshops"].column("monthly_rent_rp").unit
    'Rp/bulan'
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

# ---------------------------------------------------------------- dtypes
#: dtype kinds used in the schema → pandas dtype of the loaded column.
#: ``date`` and ``datetime`` both load as ``datetime64[ns]``; they differ in
#: how they are written to CSV (``2023-01-02`` vs ``2023-01-02 08:30``).
#: ``str`` columns never hold missing values: "nothing" is the empty string.
DTYPES = {
    "int64": "int64",
    "Int64": "Int64",          # nullable integer (empty = not applicable)
    "float64": "float64",
    "str": "str",
    "category": "category",
    "date": "datetime64[ns]",
    "datetime": "datetime64[ns]",
}
DATE_FORMAT = "%Y-%m-%d"
DATETIME_FORMAT = "%Y-%m-%d %H:%M"

# ---------------------------------------------------------------- sources
ILUS = "ilustratif"
S_TRIBUN_JAN22 = ("Tribun Sultra 11 Jan 2022, sultra.tribunnews.com/2022/01/11/"
                  "workshop-sentra-ikm-meubeler-kendari-banyak-kosong-… [V]")
S_TRIBUN_JUL22 = "Tribun Sultra 20 Jul 2022, sultra.tribunnews.com/2022/07/20/… [V]"
S_KONSEL21 = "mediakendari.com/jelang-ramadan-di-konawe-selatan-…/96148/ (Apr 2021) [V]"
S_UMK21 = "sultra.antaranews.com/amp/berita/402393/… [V]"
S_UMK22 = ("Disnaker, Tribun Sultra 14 Des 2022 (sultra.tribunnews.com/amp/2022/12/14/…); "
           "Antara Nov 2021 menyebut 2.822.592 [P]")
S_UMK23 = "Tribun Sultra 14 Des 2022 & 7 Des 2023; sultra.fajar.co.id [P]"
S_UMK24 = "SK Gubernur Sultra No. 654/2023; sultra.tribunnews.com/2023/12/07/… [V]"
S_UMK25 = "sultratop.com ; harianpopuler.com/2025/07/… [V]"
S_UMK26 = "kendariinfo.com/umk-kendari-kolaka-dan-konut-… (Kepgub 24 Des 2025) [V]"
S_UMP = "sultra.fajar.co.id/2022/12/01/… ; Tribun Sultra (lihat brief §4.1) [P]"
S_PLN = "ngopibareng.id/read/daftar-tarif-listrik-per-1-oktober-2023/amp [V]"
S_PLN_U = "I-1/I-2 bersubsidi, tarif tidak ditemukan; rentang B-2/I-3 dipakai sebagai asumsi [U]"
S_RSNI = "RSNI3 0608:2016 Kayu untuk furnitur, pusfaster.bsilhk.menlhk.go.id/…/2017/01/23/… [V]"
S_KILN_P = "kedaimebeljati.com (praktik kiln: KA 12–14 %) [P]"
S_OEE = "shiftindonesia.com/mengenal-3-indikator-utama-oee-… ; 123dok (PT Essentra) [V]"
S_METE14 = "sultra.antaranews.com/amp/berita/273620/… (Agu 2014) [V]"
S_METE15 = "sultra.antaranews.com/amp/berita/280627/… (2015) [V]"
S_METE_RETAIL = "sultra.antaranews.com/berita/264591/… (tanggal tidak tercantum) [P]"
S_SAGU19 = "sulawesi.bisnis.com/read/20190228/… (Feb 2019) [V]"
S_FISH = "TPI Kendari: indosultra.com ; sultrasatu.com ; telisik.id (2022–2024) [V]"
S_RL = "sultra.antaranews.com/berita/449748/… (Baubau 2023, harga petani) [V]"
S_ABON_PAPUA = "papua.antaranews.com (acuan Papua, bukan Kendari) [P]"
S_IKAN_ASAP = "mediaindonesia.com/nusantara/399800/… (Baubau 2021) [V]"
S_CPPB = ("Perka BPOM HK.03.1.23.04.12.2206/2012 (14 aspek CPPB-IRT) dan .2207/2012 "
          "(tingkat temuan minor/mayor/serius/kritis), via 123dok/docplayer [V]")
S_SIZE = "Permenperin 64/M-IND/PER/7/2016, via scribd 409874298 ; haloedukasi.com [V]"
S_HOLIDAYS = ("SKB 3 Menteri No. 1066/2022, 3/2022, 3/2022 tentang Hari Libur Nasional dan Cuti "
              "Bersama 2023, dikutip menitini.com & tribunnews.com 20 Jun 2023 — tidak ada di "
              "brief.md [P]")
S_SNI_MEJA = "SNI 7555.11:2011 Meja belajar SMP, via scribd 337887471 [V] (harga: ilustratif)"

MARKS = ("V", "P", "U", ILUS)


@dataclass(frozen=True)
class Column:
    """One column: name, dtype kind, unit, id/en description, source."""

    name: str
    dtype: str
    unit: str
    id: str
    en: str
    source: str = ILUS
    categories: tuple[str, ...] | None = None
    ordered: bool = False

    def description(self, lang: str = "id") -> str:
        return self.en if lang == "en" else self.id

    @property
    def pandas_dtype(self) -> object:
        if self.dtype == "category" and self.categories is not None:
            return pd.CategoricalDtype(list(self.categories), ordered=self.ordered)
        return DTYPES[self.dtype]


@dataclass(frozen=True)
class Dataset:
    """A shipped dataset: file ``data/<name>.csv`` and its columns."""

    name: str
    columns: tuple[Column, ...]

    @property
    def filename(self) -> str:
        return f"{self.name}.csv"

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)

    def dtypes(self) -> dict[str, object]:
        """Column name → pandas dtype of the loaded frame."""
        return {c.name: c.pandas_dtype for c in self.columns}


def C(name, dtype, unit, id_, en, source=ILUS, categories=None, ordered=False) -> Column:
    return Column(name, dtype, unit, id_, en, source,
                  tuple(categories) if categories is not None else None, ordered)


# ---------------------------------------------------------------- vocabularies
SENTRAS = ("mebel", "pangan")
UNIT_STATUS = ("terisi", "kosong", "perawatan")
BOOKING_STATUS = ("selesai", "batal", "tidak_hadir")
SHIFTS = ("pagi", "siang")
SEVERITIES = ("minor", "mayor", "serius", "kritis")
BOM_KINDS = ("kayu", "hardware", "finishing", "bahan", "kemasan")
CHARACTERISTICS = ("panjang_kaki_meja", "kadar_air_kayu", "berat_kemasan_abon")
CCPS = ("penggorengan", "pengeringan", "penyimpanan_beku")
DEFECTS_MEBEL = ("finishing belang", "sambungan longgar", "goresan", "retak",
                 "ukuran tidak sesuai", "cacat mata kayu")
DEFECTS_PANGAN = ("berat kurang", "segel bocor", "kemasan kotor", "label salah", "gosong")
CPPB_ASPECTS = (
    "Lokasi dan lingkungan produksi",
    "Bangunan dan fasilitas",
    "Peralatan produksi",
    "Suplai air atau sarana penyediaan air",
    "Fasilitas dan kegiatan higiene dan sanitasi",
    "Kesehatan dan higiene karyawan",
    "Pemeliharaan dan program higiene sanitasi karyawan",
    "Penyimpanan",
    "Pengendalian proses",
    "Pelabelan pangan",
    "Pengawasan oleh penanggung jawab",
    "Penarikan produk",
    "Pencatatan dan dokumentasi",
    "Pelatihan karyawan",
)

#: Indonesian national holidays 2023 (libur nasional, not cuti bersama);
#: the sentra is closed on these days and on Sundays.
HOLIDAYS_2023: tuple[tuple[_dt.date, str], ...] = (
    (_dt.date(2023, 1, 1), "Tahun Baru 2023 Masehi"),
    (_dt.date(2023, 1, 22), "Tahun Baru Imlek 2574 Kongzili"),
    (_dt.date(2023, 2, 18), "Isra Mikraj Nabi Muhammad SAW"),
    (_dt.date(2023, 3, 22), "Hari Suci Nyepi Tahun Baru Saka 1945"),
    (_dt.date(2023, 4, 7), "Wafat Isa Almasih"),
    (_dt.date(2023, 4, 22), "Hari Raya Idul Fitri 1444 H"),
    (_dt.date(2023, 4, 23), "Hari Raya Idul Fitri 1444 H (hari ke-2)"),
    (_dt.date(2023, 5, 1), "Hari Buruh Internasional"),
    (_dt.date(2023, 5, 18), "Kenaikan Isa Almasih"),
    (_dt.date(2023, 6, 1), "Hari Lahir Pancasila"),
    (_dt.date(2023, 6, 4), "Hari Raya Waisak 2567 BE"),
    (_dt.date(2023, 6, 29), "Hari Raya Idul Adha 1444 H"),
    (_dt.date(2023, 7, 19), "Tahun Baru Islam 1445 H"),
    (_dt.date(2023, 8, 17), "Hari Kemerdekaan RI"),
    (_dt.date(2023, 9, 28), "Maulid Nabi Muhammad SAW"),
    (_dt.date(2023, 12, 25), "Hari Raya Natal"),
)

# ---------------------------------------------------------------- real-world figures
#: (figure in Indonesian, value as text, mark, source) — the figures from the
#: domain brief that the datasets use; listed in the data dictionary.
REAL_FIGURES: tuple[tuple[str, str, str, str], ...] = (
    ("Jumlah workshop Sentra IKM Mebel Lepo-Lepo", "40 (Jan 2022: ±41 rumah produksi + 2 gedung penunjang)", "V",
     "Tribun Sultra 20 Jul 2022 ; Tribun Sultra 11 Jan 2022"),
    ("Keterisian workshop mebel Jan 2022", "11 dari ±41 aktif (±27 %); sebagian besar interior, hanya 2 murni mebel", "V",
     "Tribun Sultra 11 Jan 2022"),
    ("Sewa workshop yang direncanakan", "±Rp10.000.000/workshop/tahun (≈ Rp833.333/bulan); tidak ada sewa sejak 2020", "V",
     "Tribun Sultra 11 Jan 2022"),
    ("Sentra IKM Pangan Sanua", "±12 workshop + kantor, ±1 ha; tender Jul 2022, konstruksi mulai Agu 2022", "V",
     "Tribun Sultra 20 Jul 2022 ; bisnissultra.com/2060/…"),
    ("UMK Kota Kendari 2021", "Rp2.768.592/bulan", "V", "sultra.antaranews.com/amp/berita/402393/…"),
    ("UMK Kota Kendari 2022", "Rp2.823.315/bulan (Disnaker, Des 2022); Antara Nov 2021: Rp2.822.592 — dua angka", "P",
     "Tribun Sultra 14 Des 2022 ; Antara Nov 2021"),
    ("UMK Kota Kendari 2023", "Rp2.993.843/bulan (usulan; Des 2023 dikutip 2.993.730)", "P", "Tribun Sultra 14 Des 2022 & 7 Des 2023"),
    ("UMK Kota Kendari 2024", "Rp3.112.103,10/bulan", "V", "SK Gubernur Sultra No. 654/2023"),
    ("UMK Kota Kendari 2025", "Rp3.314.389/bulan", "V", "sultratop.com ; harianpopuler.com"),
    ("UMK Kota Kendari 2026", "Rp3.516.070,42/bulan", "V", "kendariinfo.com (Kepgub 24 Des 2025)"),
    ("Upah harian = UMK ÷ 25 hari kerja", "konvensi untuk latihan", "U", "brief §4.1"),
    ("Tarif listrik B-2 (6.600 VA–200 kVA)", "Rp1.444,70/kWh", "V", "ngopibareng.id (tarif 1 Okt 2023)"),
    ("Tarif listrik I-3 / B-3 (>200 kVA)", "Rp1.114,74/kWh", "V", "ngopibareng.id (tarif 1 Okt 2023)"),
    ("Tarif listrik I-1/I-2 (bersubsidi)", "tidak ditemukan; pakai rentang Rp1.114,74–1.444,70 sebagai sensitivitas", "U", "brief §4.2"),
    ("Harga kayu lokal Konawe Selatan", "Rp1,4 jt → Rp1,6 jt per m³ (Apr 2021; jenis kayu tidak disebut)", "V",
     "mediakendari.com/jelang-ramadan-di-konawe-selatan-…/96148/"),
    ("Harga mebel Konsel 2021 (sebelum → sesudah naik)",
     "lemari 1 badan 900 rb → 1,3 jt; lemari 2 badan 1,8 → 2,2 jt; lemari 3 badan 2,5 → 2,8 jt; pintu 500 → 700 rb; "
     "jendela 250 → 300 rb; kusen 150 → 175 rb; kursi makan 250 → 350 rb; meja makan 600 → 900 rb", "V",
     "mediakendari.com (sama)"),
    ("Kadar air kayu untuk furnitur", "≤ 14 %", "V", "RSNI3 0608:2016 Kayu untuk furnitur"),
    ("OEE kelas dunia / studi kasus Indonesia", "85 % / 44–77 %", "V", "shiftindonesia.com ; 123dok (PT Essentra)"),
    ("Kacang mete kupas, Kendari Agu 2014", "petani Rp82.000; eceran Rp85.000 (biasa) / Rp95.000 (super) per kg", "V",
     "sultra.antaranews.com/amp/berita/273620/…"),
    ("Jambu mete gelondong, Kendari 2015", "Rp15.000–17.000/kg", "V", "sultra.antaranews.com/amp/berita/280627/…"),
    ("Kacang mete goreng & bagea (oleh-oleh Kendari)", "goreng 400 g Rp50.000, 250 g Rp25.000; bagea sagu Rp25.000–35.000/bungkus", "P",
     "sultra.antaranews.com/berita/264591/… (tanggal tidak tercantum)"),
    ("Sagu, pasar Kendari Feb 2019", "basah: petani Rp3.500–4.000, eceran Rp8.000/kg; tepung kering: petani Rp5.000, eceran Rp8.000/kg", "V",
     "sulawesi.bisnis.com/read/20190228/…"),
    ("Ikan segar TPI Kendari", "cakalang Rp25.000/kg (Okt 2023); layang Rp25.000–35.000; kembung Rp35.000–40.000", "V",
     "indosultra.com ; sultrasatu.com ; telisik.id"),
    ("Rumput laut kering, Baubau 2023", "harga petani Rp25.000–27.000/kg", "V", "sultra.antaranews.com/berita/449748/…"),
    ("Abon ikan eceran (acuan Papua)", "Rp20.000–30.000/bungkus", "P", "papua.antaranews.com"),
    ("Ikan asap, Baubau 2021", "Rp40.000–60.000/kg; kapasitas pengasap 50 ekor", "V", "mediaindonesia.com/nusantara/399800/…"),
    ("CPPB-IRT", "14 aspek; temuan minor/mayor/serius/kritis (daftar butir di dataset ini ilustratif)", "V",
     "Perka BPOM HK.03.1.23.04.12.2206/2012 & .2207/2012"),
    ("Hari libur nasional 2023", "16 hari (lihat daftar di bawah)", "P", "SKB 3 Menteri 2023 (berita; tidak ada di brief.md)"),
)

# ---------------------------------------------------------------- datasets
_sentra = C("sentra", "category", "", "Sentra: 'mebel' (Lepo-Lepo) atau 'pangan' (Sanua)",
            "Sentra: 'mebel' (furniture, Lepo-Lepo) or 'pangan' (food, Sanua)", S_TRIBUN_JUL22, SENTRAS)
_unit_id = C("unit_id", "str", "", "Kode workshop: M01–M40 (mebel), P01–P12 (pangan)",
             "Workshop code: M01–M40 (furniture), P01–P12 (food)")
_tenant = C("tenant", "str", "", "Nama usaha penyewa (fiktif); kosong bila tidak ada",
            "Tenant business name (fictitious); empty when none")
_product_id = C("product_id", "str", "", "Kode produk (lihat products)", "Product code (see products)")
_machine_id = C("machine_id", "str", "", "Kode mesin (lihat machines)", "Machine code (see machines)")
_shift = C("shift", "category", "", "Giliran kerja: pagi atau siang", "Shift: morning (pagi) or afternoon (siang)",
           ILUS, SHIFTS)
_operator = C("operator", "str", "", "Nama operator (fiktif)", "Operator name (fictitious)")
_mark = C("mark", "category", "", "Tanda keandalan: V terverifikasi, P sebagian, U belum terverifikasi, ilustratif = karangan",
          "Reliability mark: V verified, P partly, U unverified, ilustratif = invented", ILUS, MARKS)

_DATASETS: list[Dataset] = [
    Dataset("workshops", (
        _sentra,
        _unit_id,
        C("block", "str", "", "Blok pada denah (A–D mebel, A–B pangan)", "Block on the site map (A–D furniture, A–B food)"),
        C("grid_row", "int64", "", "Baris pada denah grid (mebel 1–4, pangan 1–2)", "Row on the site-map grid (furniture 1–4, food 1–2)"),
        C("grid_col", "int64", "", "Kolom pada denah grid (mebel 1–10, pangan 1–6)", "Column on the site-map grid (furniture 1–10, food 1–6)"),
        _tenant,
        C("owner", "str", "", "Nama pemilik usaha (fiktif); kosong bila tidak ada penyewa", "Owner name (fictitious); empty when vacant"),
        C("product_line", "str", "", "Jenis produk utama penyewa", "Tenant's main product line",
          "ilustratif (Jan 2022: sebagian besar interior, 2 murni mebel — Tribun Sultra 11 Jan 2022 [V])"),
        C("area_m2", "float64", "m²", "Luas lantai workshop", "Workshop floor area"),
        C("monthly_rent_rp", "int64", "Rp/bulan", "Sewa per bulan (mebel: Rp10 jt/tahun ÷ 12)",
          "Monthly rent (furniture: Rp10 million/year ÷ 12)",
          "mebel: " + S_TRIBUN_JAN22 + "; pangan: ilustratif"),
        C("status", "category", "", "Status per Desember 2023: terisi, kosong, perawatan",
          "Status as of December 2023: occupied, vacant, maintenance", ILUS, UNIT_STATUS),
        C("since", "date", "tanggal", "Tanggal mulai status sekarang (mulai sewa / mulai kosong)",
          "Date the current status began (lease start / vacant since)"),
    )),
    Dataset("occupancy_monthly", (
        C("month", "date", "tanggal", "Bulan (tanggal 1)", "Month (first day)"),
        _sentra,
        _unit_id,
        C("status", "category", "", "Status workshop bulan itu", "Workshop status that month",
          "Jan 2022 mebel 11 terisi: " + S_TRIBUN_JAN22 + "; selanjutnya ilustratif", UNIT_STATUS),
        _tenant,
        C("rent_billed_rp", "int64", "Rp", "Sewa yang ditagih bulan itu (mebel mulai Jul 2022, ilustratif)",
          "Rent billed that month (furniture from Jul 2022, illustrative)",
          "tarif: " + S_TRIBUN_JAN22 + "; bulan mulai tagih: ilustratif"),
        C("rent_paid_rp", "int64", "Rp", "Uang sewa yang diterima dari penyewa bulan itu (bisa termasuk tunggakan)",
          "Rent received from the tenant that month (may include arrears)"),
    )),
    Dataset("machines", (
        _machine_id,
        _sentra,
        C("name", "str", "", "Nama mesin", "Machine name", "mesin bantuan Kemenperin & oven pengering kayu: " + S_TRIBUN_JAN22 + "; daftar rinci ilustratif"),
        C("kind", "str", "", "Jenis proses", "Process kind"),
        C("hourly_fee_rp", "int64", "Rp/jam", "Tarif sewa mesin per jam", "Machine rental fee per hour",
          "tarif tidak diketahui [U] — ilustratif"),
        C("power_kw", "float64", "kW", "Daya listrik terpasang", "Rated electric power"),
        C("ideal_cycle_s", "float64", "detik/satuan", "Waktu siklus ideal per satuan keluaran (kosong untuk freezer)",
          "Ideal cycle time per unit of output (empty for the freezer)"),
        C("output_unit", "str", "", "Satuan keluaran", "Unit of output"),
        C("purchase_value_rp", "int64", "Rp", "Nilai perolehan", "Purchase value"),
        C("life_years", "int64", "tahun", "Umur ekonomis", "Useful life"),
        C("open_hour", "int64", "jam", "Jam buka (0–24)", "Opening hour (0–24)"),
        C("close_hour", "int64", "jam", "Jam tutup (0–24)", "Closing hour (0–24)"),
        C("open_days", "str", "", "Hari buka (Sen-Sab = Senin–Sabtu; Sen-Min = setiap hari)",
          "Opening days (Sen-Sab = Mon–Sat; Sen-Min = every day)"),
    )),
    Dataset("machine_bookings", (
        C("booking_id", "str", "", "Nomor pemesanan", "Booking number"),
        _machine_id,
        _unit_id,
        _tenant,
        C("requested_at", "datetime", "tanggal jam", "Waktu pemesanan dibuat", "When the booking was requested"),
        C("start", "datetime", "tanggal jam", "Mulai pemakaian", "Start of use"),
        C("end", "datetime", "tanggal jam", "Selesai pemakaian", "End of use"),
        C("status", "category", "", "selesai, batal, atau tidak_hadir", "done (selesai), cancelled (batal) or no-show (tidak_hadir)",
          ILUS, BOOKING_STATUS),
    )),
    Dataset("machine_log", (
        C("date", "date", "tanggal", "Tanggal kerja", "Working day"),
        _machine_id,
        C("planned_min", "int64", "menit", "Waktu produksi terencana", "Planned production time"),
        C("breakdown_min", "int64", "menit", "Waktu henti karena kerusakan", "Breakdown downtime"),
        C("setup_min", "int64", "menit", "Waktu penyetelan / ganti produk", "Setup and changeover time"),
        C("minor_stop_min", "int64", "menit", "Henti kecil (di dalam run_min)", "Minor stops (inside run_min)"),
        C("speed_loss_min", "int64", "menit", "Kerugian kecepatan (di dalam run_min)", "Speed loss (inside run_min)"),
        C("run_min", "int64", "menit", "Waktu operasi = planned − breakdown − setup", "Run time = planned − breakdown − setup"),
        C("total_count", "int64", "satuan keluaran", "Jumlah keluaran total", "Total output count"),
        C("good_count", "int64", "satuan keluaran", "Jumlah keluaran baik", "Good output count"),
        C("startup_reject_count", "int64", "satuan keluaran", "Cacat saat mulai/penyetelan (bagian dari total − good)",
          "Start-up rejects (part of total − good)"),
        C("ideal_cycle_s", "float64", "detik/satuan", "Waktu siklus ideal (sama dengan machines)", "Ideal cycle time (as in machines)"),
    )),
    Dataset("products", (
        _product_id,
        _sentra,
        C("name", "str", "", "Nama produk", "Product name"),
        C("category", "str", "", "Kategori produk", "Product category"),
        C("unit", "str", "", "Satuan jual", "Selling unit"),
        C("batch_size", "int64", "satuan", "Ukuran batch produksi", "Production batch size"),
        C("labour_hours_per_batch", "float64", "jam kerja", "Jam kerja langsung per batch", "Direct labour hours per batch"),
        C("market_price_low_rp", "int64", "Rp/satuan", "Harga pasar terendah", "Market price, low", "lihat price_source"),
        C("market_price_high_rp", "int64", "Rp/satuan", "Harga pasar tertinggi", "Market price, high", "lihat price_source"),
        C("price_source", "str", "", "Sumber harga pasar dengan tanda V/P/U atau 'ilustratif'",
          "Source of the market price with mark V/P/U or 'ilustratif'", "lihat isi kolom"),
    )),
    Dataset("bom", (
        _product_id,
        C("line", "int64", "", "Nomor baris", "Line number"),
        C("item", "str", "", "Nama komponen / bahan", "Part or ingredient name"),
        C("material_id", "str", "", "Kode bahan (lihat materials)", "Material code (see materials)"),
        C("kind", "category", "", "kayu, hardware, finishing, bahan, kemasan", "wood, hardware, finishing, ingredient, packaging",
          ILUS, BOM_KINDS),
        C("species", "str", "", "Jenis kayu (hanya baris kayu)", "Wood species (wood lines only)",
          "jenis kayu untuk harga Rp1,6 jt/m³ tidak disebut di sumber [U]"),
        C("length_mm", "float64", "mm", "Panjang komponen kayu", "Length of the wood part"),
        C("width_mm", "float64", "mm", "Lebar komponen kayu", "Width of the wood part"),
        C("thickness_mm", "float64", "mm", "Tebal komponen kayu", "Thickness of the wood part"),
        C("pieces", "Int64", "potong/buah", "Jumlah potong atau buah per batch (kosong untuk bahan curah)",
          "Pieces per batch (empty for bulk materials)"),
        C("quantity", "float64", "lihat unit", "Kebutuhan per batch (products.batch_size satuan), sebelum susut; kayu: m³ = pieces × P × L × T / 1e9; pangan: jumlah beli menurut resep (rendemen sudah termasuk)",
          "Requirement per batch (products.batch_size units), before waste; wood: m³ = pieces × L × W × T / 1e9; food: amount bought per recipe (yield loss included)"),
        C("unit", "str", "", "Satuan quantity", "Unit of quantity"),
        C("unit_price_rp", "int64", "Rp/satuan", "Harga satuan bahan (dari materials)", "Material unit price (from materials)",
          "lihat materials.source"),
        C("waste_pct", "float64", "%", "Tambahan untuk susut (sisa potong kayu, semprotan, kemasan rusak); biaya = quantity × unit_price_rp × (1 + waste_pct/100)",
          "Allowance for waste (wood offcuts, overspray, damaged packs); cost = quantity × unit_price_rp × (1 + waste_pct/100)"),
    )),
    Dataset("routings", (
        _product_id,
        _machine_id,
        C("minutes_per_unit", "float64", "menit/satuan", "Menit mesin per satuan produk", "Machine minutes per product unit"),
    )),
    Dataset("materials", (
        C("material_id", "str", "", "Kode bahan", "Material code"),
        C("name", "str", "", "Nama bahan", "Material name"),
        C("unit", "str", "", "Satuan harga", "Pricing unit"),
        C("price_rp", "int64", "Rp/satuan", "Harga satuan", "Unit price", "lihat kolom source"),
        C("year", "int64", "tahun", "Tahun harga", "Price year"),
        C("source", "str", "", "Sumber harga", "Price source", "lihat isi kolom"),
        _mark,
    )),
    Dataset("parameters", (
        C("key", "str", "", "Nama parameter", "Parameter name"),
        C("value", "float64", "lihat unit", "Nilai", "Value", "lihat kolom source"),
        C("unit", "str", "", "Satuan nilai", "Unit of the value"),
        C("year", "int64", "tahun", "Tahun berlaku", "Year the value applies to"),
        C("source", "str", "", "Sumber", "Source", "lihat isi kolom"),
        _mark,
        C("note", "str", "", "Catatan", "Note"),
    )),
    Dataset("measurements", (
        C("characteristic", "category", "", "Karakteristik mutu yang diukur", "Measured quality characteristic", ILUS, CHARACTERISTICS),
        _sentra,
        _unit_id,
        _product_id,
        C("timestamp", "datetime", "tanggal jam", "Waktu pengukuran", "Measurement time"),
        C("subgroup", "int64", "", "Nomor subgrup (1, 2, …); kadar air: satu pembacaan per subgrup",
          "Subgroup number (1, 2, …); moisture: one reading per subgroup"),
        _shift,
        _operator,
        C("value", "float64", "lihat unit", "Hasil ukur", "Measured value"),
        C("unit", "str", "", "Satuan (mm, %, g)", "Unit (mm, %, g)"),
        C("lsl", "float64", "lihat unit", "Batas spesifikasi bawah (kosong bila tidak ada)", "Lower specification limit (empty if none)"),
        C("usl", "float64", "lihat unit", "Batas spesifikasi atas (kosong bila tidak ada)", "Upper specification limit (empty if none)",
          "kadar air ≤ 14 %: " + S_RSNI + "; lainnya ilustratif"),
        C("target", "float64", "lihat unit", "Nilai target", "Target value", "kadar air 12 %: " + S_KILN_P + "; lainnya ilustratif"),
    )),
    Dataset("defects", (
        C("date", "date", "tanggal", "Tanggal pencatatan", "Record date"),
        _sentra,
        _unit_id,
        _product_id,
        _shift,
        _operator,
        C("defect_type", "category", "", "Jenis cacat", "Defect type", ILUS, DEFECTS_MEBEL + DEFECTS_PANGAN),
        C("count", "int64", "satuan", "Jumlah cacat", "Number of defects"),
        C("cost_per_defect_rp", "int64", "Rp/cacat", "Biaya perbaikan/buang per cacat", "Rework/scrap cost per defect"),
    )),
    Dataset("inspections", (
        C("date", "date", "tanggal", "Tanggal pemeriksaan", "Inspection date"),
        _sentra,
        _product_id,
        C("inspected", "int64", "satuan", "Jumlah diperiksa (berubah-ubah)", "Number inspected (varies)"),
        C("defectives", "int64", "satuan", "Jumlah produk cacat", "Number of defective units"),
    )),
    Dataset("ccp_log", (
        C("timestamp", "datetime", "tanggal jam", "Waktu pemantauan", "Monitoring time"),
        _unit_id,
        _product_id,
        C("ccp", "category", "", "Titik kendali kritis (TKK/CCP)", "Critical control point", ILUS, CCPS),
        C("measured_value", "float64", "lihat unit", "Hasil pemantauan", "Monitored value"),
        C("unit", "str", "", "Satuan", "Unit"),
        C("critical_min", "float64", "lihat unit", "Batas kritis bawah (kosong bila tidak ada)", "Lower critical limit (empty if none)"),
        C("critical_max", "float64", "lihat unit", "Batas kritis atas (kosong bila tidak ada)", "Upper critical limit (empty if none)"),
        _operator,
        C("corrective_action", "str", "", "Tindakan koreksi; kosong bila sesuai (beberapa penyimpangan sengaja tanpa tindakan)",
          "Corrective action; empty when within limits (some deviations deliberately lack one)"),
    )),
    Dataset("sales_channels", (
        C("channel_id", "str", "", "Kode saluran penjualan", "Sales channel code"),
        C("name", "str", "", "Nama saluran penjualan", "Sales channel name"),
        C("discount_pct", "float64", "% harga jual", "Potongan/komisi yang diambil saluran, persen dari harga ke pembeli akhir",
          "Discount/commission the channel keeps, percent of the end-buyer price", "lihat kolom source"),
        C("fee_pct", "float64", "% harga jual", "Biaya layanan/komisi platform, persen dari harga",
          "Platform service fee/commission, percent of the price", "lihat kolom source"),
        C("fee_rp_per_unit", "float64", "Rp/unit", "Biaya tetap per pesanan (dihitung per unit)",
          "Fixed fee per order (counted per unit)", "lihat kolom source"),
        C("shipping_pct", "float64", "% harga jual", "Ongkos kirim/antar yang ditanggung penjual, persen dari harga",
          "Shipping/delivery borne by the seller, percent of the price", "lihat kolom source"),
        C("days_to_cash", "int64", "hari", "Hari sampai uang diterima bengkel", "Days until the workshop receives the money",
          "lihat kolom source"),
        C("source", "str", "", "Sumber tiap angka dengan tanda [V]/[P]/[U]", "Source of each figure with mark [V]/[P]/[U]",
          "lihat isi kolom"),
        _mark,
        C("note", "str", "", "Catatan", "Note"),
    )),
    Dataset("cppob_checklist", (
        C("aspect_no", "int64", "", "Nomor aspek CPPB-IRT (1–14)", "CPPB-IRT aspect number (1–14)", S_CPPB),
        C("aspect", "str", "", "Aspek CPPB-IRT", "CPPB-IRT aspect", S_CPPB),
        C("item_id", "str", "", "Kode butir periksa", "Checklist item code"),
        C("item", "str", "", "Butir pemeriksaan mandiri", "Self-inspection item", "ilustratif (bukan teks resmi BPOM)"),
        C("severity", "category", "", "Tingkat temuan bila tidak dipenuhi", "Finding grade if not met",
          "tingkat: " + S_CPPB + "; penetapan per butir ilustratif", SEVERITIES, True),
    )),
]

#: name → :class:`Dataset`, in display order.
DATASETS: dict[str, Dataset] = {d.name: d for d in _DATASETS}


def names() -> list[str]:
    """All dataset names, in display order."""
    return list(DATASETS)


# ---------------------------------------------------------------- typing
def coerce(df: pd.DataFrame, name: str) -> pd.DataFrame:
    """Return ``df`` with exactly the declared columns and dtypes of dataset ``name``.

    Text columns get ``""`` for missing values; numeric columns accept text
    such as ``"720.5"``.  Example: ``coerce(pd.read_excel(path), "products")``.
    """
    ds = DATASETS[name]
    out = {}
    for col in ds.columns:
        s = df[col.name]
        out[col.name] = _coerce_series(s, col)
    return pd.DataFrame(out)


def _coerce_series(s: pd.Series, col: Column) -> pd.Series:
    kind = col.dtype
    if kind in ("str", "category"):
        s = s.astype(object).where(s.notna(), "")
        s = s.map(lambda v: v if isinstance(v, str) else _num_to_text(v))
        if kind == "str":
            return s.astype("str")
        return s.astype(col.pandas_dtype)
    if kind in ("date", "datetime"):
        if pd.api.types.is_datetime64_any_dtype(s):
            return s.astype("datetime64[ns]")
        fmt = DATE_FORMAT if kind == "date" else DATETIME_FORMAT
        return pd.to_datetime(s.astype(object).where(s.notna(), None), format=fmt).astype("datetime64[ns]")
    if s.dtype == object or pd.api.types.is_string_dtype(s):
        s = pd.to_numeric(s.astype(object).where(s.astype(object) != "", np.nan))
    if kind == "int64":
        return s.astype("int64")
    if kind == "Int64":
        return s.astype("Float64").astype("Int64") if s.dtype.kind == "f" else s.astype("Int64")
    return s.astype("float64")


def _num_to_text(v: object) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def to_csv_text(df: pd.DataFrame, name: str) -> str:
    """Serialise a typed frame to the canonical, byte-stable CSV text.

    Dates as ``YYYY-MM-DD``, date-times as ``YYYY-MM-DD HH:MM``, ``\\n`` line
    ends, floats as Python's shortest round-trip repr.
    """
    ds = DATASETS[name]
    out = df[ds.column_names].copy()
    for col in ds.columns:
        if col.dtype in ("date", "datetime"):
            fmt = DATE_FORMAT if col.dtype == "date" else DATETIME_FORMAT
            out[col.name] = out[col.name].dt.strftime(fmt).astype(object)
        elif col.dtype in ("str", "category"):
            out[col.name] = out[col.name].astype(object)
    return out.to_csv(index=False, lineterminator="\n")


def read_csv(source, name: str) -> pd.DataFrame:
    """Read a CSV in the canonical format of dataset ``name`` into a typed frame.

    ``source`` is a path or a text buffer.  Example::

        read_csv("data/products.csv", "products")
    """
    raw = pd.read_csv(source, dtype=str, keep_default_na=False, na_filter=False)
    return coerce(raw, name)


__all__ = ["Column", "Dataset", "DATASETS", "DTYPES", "HOLIDAYS_2023", "REAL_FIGURES",
           "coerce", "names", "read_csv", "to_csv_text"]
