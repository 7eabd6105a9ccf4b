"""Hand-written tables and name pools used by the generator (text in Indonesian).

All person and business names are fictitious.  Prices marked ``ilustratif``
are invented teaching values; the others cite the domain brief.
"""
from __future__ import annotations

from ikm_kit.data import schema as S

# ---------------------------------------------------------------- people
OWNERS = (
    "Hasanuddin", "Baharuddin", "Muh. Arif", "Syamsul Bahri", "Jumardin", "Asrul", "Irwan Saputra",
    "La Ode Yusran", "Wa Ode Nurhayati", "Sitti Aminah", "Hasriani", "Ramlah", "Sumarni", "Darmawati",
    "Agus Salim", "Abdul Gafur", "Muh. Taufik", "Haeruddin", "Anwar", "Rusdin", "Saharuddin",
    "Masrun", "Yusuf Patiroi", "Hendra Kurniawan", "Ilham Akbar", "Fitriani", "Nurlina", "Wa Ode Rosmini",
    "La Ode Syarifuddin", "Sukardi", "Suparman", "Made Sudarsana", "Ketut Suarta", "Andi Pratama",
    "Sahril", "Nasrun", "Hamka", "Rosdiana", "Halimah", "Nur Aisyah", "Marlina", "Wa Ode Fatma",
    "Jusmin", "Ardiansyah", "Muh. Rizal", "Syahrir", "Kasmawati", "Erni", "Samsuddin", "Zainal",
)
OPERATORS_MEBEL = ("Adi", "Bayu", "Fajar", "Rudi", "Sandi", "Wahyu", "Jufri", "Alimin")
OPERATORS_PANGAN = ("Ani", "Dewi", "Irma", "Nia", "Rina", "Sari", "Wati", "Yuli")

# ---------------------------------------------------------------- tenants
LINE_INTERIOR = "interior (kitchen set, plafon, partisi)"
LINE_MEBEL = "mebel (lemari, meja, kursi)"
LINE_KUSEN = "kusen, pintu, jendela"
LINE_SEKOLAH = "mebel sekolah"

#: (business name, product line); the first 11 are the Jan 2022 tenants:
#: nine interior businesses and two "pure" furniture makers (Tribun 11 Jan 2022 [V]).
TENANTS_MEBEL = (
    ("CV Interior Bahteramas", LINE_INTERIOR), ("UD Kreasi Plafon Kendari", LINE_INTERIOR),
    ("Anoa Interior", LINE_INTERIOR), ("UD Karya Gypsum Baruga", LINE_INTERIOR),
    ("Lepo Kitchen Set", LINE_INTERIOR), ("CV Wonua Desain", LINE_INTERIOR),
    ("UD Sinar Interior", LINE_INTERIOR), ("Mandiri Partisi & Plafon", LINE_INTERIOR),
    ("UD Tiga Putra Interior", LINE_INTERIOR), ("UD Jati Mandiri", LINE_MEBEL),
    ("Mebel Tolaki Jaya", LINE_MEBEL),
    # later tenants
    ("UD Kusen Jaya Abadi", LINE_KUSEN), ("Mebel Berkah Ilahi", LINE_MEBEL),
    ("UD Kayu Lestari", LINE_MEBEL), ("CV Meja Sekolah Sultra", LINE_SEKOLAH),
    ("UD Harapan Baru", LINE_KUSEN), ("Mebel Sumber Rezeki", LINE_MEBEL),
    ("UD Bintang Timur", LINE_KUSEN), ("Karya Muda Interior", LINE_INTERIOR),
    ("UD Cahaya Kayu", LINE_MEBEL), ("Mebel Anugerah Konsel", LINE_MEBEL),
    ("UD Putra Ranomeeto", LINE_KUSEN), ("UD Barokah Jati", LINE_MEBEL),
    ("Sentosa Kitchen Set", LINE_INTERIOR), ("UD Sultra Kreasi Kayu", LINE_MEBEL),
    ("UD Lancar Jaya Kusen", LINE_KUSEN), ("Mebel Sejahtera Baruga", LINE_MEBEL),
    ("UD Meja Kursi Pak Arif", LINE_MEBEL), ("CV Pintu Panel Nusantara", LINE_KUSEN),
    ("UD Mekar Sari Mebel", LINE_MEBEL), ("Bengkel Kayu Sahabat", LINE_SEKOLAH),
    ("UD Rezki Mebel Sekolah", LINE_SEKOLAH), ("UD Maju Bersama Kayu", LINE_MEBEL),
    ("Mebel Abeli Indah", LINE_MEBEL), ("UD Kambu Kayu", LINE_KUSEN),
    ("UD Kayu Berkah Poasia", LINE_MEBEL), ("Mebel Nambo Permai", LINE_MEBEL),
)
TENANTS_PANGAN = (
    ("Abon Tuna Mama Ani", "abon ikan"), ("Kacang Mete Wa Ode", "kacang mete"),
    ("Bagea Sagu Ibu Halimah", "bagea sagu"), ("UD Abon Ikan Sanua", "abon ikan"),
    ("Keripik Pisang Kendari Barat", "keripik"), ("Olahan Rumput Laut Bahari", "olahan rumput laut"),
    ("UD Mete Sultra Jaya", "kacang mete"), ("UD Ikan Asap Teluk Kendari", "ikan asap"),
    ("KUB Wanita Nelayan Sanua", "abon ikan"), ("Kue Bagea Mandonga", "bagea sagu"),
    ("Dapur Mete Lepo", "kacang mete"), ("UD Keripik Ikan Mata", "keripik"),
    ("Rumput Laut Wa Ode Fatma", "olahan rumput laut"),
)
#: product line → products made there (for defects, measurements, CCP log).
LINE_PRODUCTS = {
    LINE_INTERIOR: ("MB06", "MB08"),
    LINE_MEBEL: ("MB01", "MB02", "MB03", "MB04", "MB05"),
    LINE_KUSEN: ("MB06", "MB07", "MB08"),
    LINE_SEKOLAH: ("MB09",),
    "abon ikan": ("PG01",),
    "kacang mete": ("PG02", "PG03"),
    "bagea sagu": ("PG05",),
    "keripik": ("PG04",),
    "olahan rumput laut": ("PG06",),
    "ikan asap": ("PG07",),
}

# ---------------------------------------------------------------- machines
# machine_id, sentra, name, kind, fee Rp/h, kW, ideal s/unit, output unit,
# purchase Rp, life years, open, close, days
MACHINES = (
    ("MSN-M01", "mebel", "Oven pengering kayu (kiln)", "pengeringan kayu", 15000, 7.5, 2070.0, "batang papan",
     250_000_000, 15, 0, 24, "Sen-Min"),
    ("MSN-M02", "mebel", "Mesin serut / ketam (planer)", "penyerutan", 25000, 5.5, 40.0, "batang",
     45_000_000, 10, 8, 16, "Sen-Sab"),
    ("MSN-M03", "mebel", "Gergaji meja (table saw)", "pemotongan", 20000, 3.0, 30.0, "potongan",
     35_000_000, 10, 8, 16, "Sen-Sab"),
    ("MSN-M04", "mebel", "Mesin profil (spindle moulder)", "pembuatan profil", 25000, 4.0, 45.0, "batang",
     60_000_000, 10, 8, 16, "Sen-Sab"),
    ("MSN-M05", "mebel", "Ruang semprot (spray booth)", "finishing", 30000, 2.2, 600.0, "unit",
     80_000_000, 10, 8, 16, "Sen-Sab"),
    ("MSN-P01", "pangan", "Oven", "pemanggangan", 15000, 6.0, 1500.0, "loyang",
     25_000_000, 8, 8, 16, "Sen-Sab"),
    ("MSN-P02", "pangan", "Pengering (cabinet dryer)", "pengeringan", 12000, 3.0, 900.0, "kg",
     30_000_000, 8, 8, 16, "Sen-Sab"),
    ("MSN-P03", "pangan", "Vacuum sealer", "pengemasan", 10000, 0.8, 20.0, "kemasan",
     15_000_000, 5, 8, 16, "Sen-Sab"),
    ("MSN-P04", "pangan", "Freezer", "penyimpanan beku", 5000, 0.5, float("nan"), "kg",
     12_000_000, 8, 0, 24, "Sen-Min"),
    ("MSN-P05", "pangan", "Spinner peniris minyak", "penirisan", 8000, 0.75, 60.0, "kg",
     8_000_000, 5, 8, 16, "Sen-Sab"),
)

# ---------------------------------------------------------------- products
_SRC_MEBEL = "Harga mebel Konsel Apr 2021 sebelum → sesudah naik, mediakendari.com/…/96148/ [V]"
# product_id, sentra, name, category, unit, batch, labour h/batch, low, high, price source
PRODUCTS = (
    ("MB01", "mebel", "Kursi makan", "kursi", "unit", 6, 30.0, 250_000, 350_000, _SRC_MEBEL),
    ("MB02", "mebel", "Meja makan", "meja", "unit", 2, 36.0, 600_000, 900_000, _SRC_MEBEL),
    ("MB03", "mebel", "Lemari 1 badan", "lemari", "unit", 1, 20.0, 900_000, 1_300_000, _SRC_MEBEL),
    ("MB04", "mebel", "Lemari 2 badan", "lemari", "unit", 1, 32.0, 1_800_000, 2_200_000, _SRC_MEBEL),
    ("MB05", "mebel", "Lemari 3 badan", "lemari", "unit", 1, 44.0, 2_500_000, 2_800_000, _SRC_MEBEL),
    ("MB06", "mebel", "Pintu panel", "kusen-pintu-jendela", "unit", 4, 40.0, 500_000, 700_000, _SRC_MEBEL),
    ("MB07", "mebel", "Jendela", "kusen-pintu-jendela", "unit", 4, 20.0, 250_000, 300_000, _SRC_MEBEL),
    ("MB08", "mebel", "Kusen", "kusen-pintu-jendela", "unit", 6, 15.0, 150_000, 175_000, _SRC_MEBEL),
    ("MB09", "mebel", "Meja belajar sekolah (SMP)", "mebel sekolah", "unit", 10, 50.0, 450_000, 600_000,
     "ilustratif (ukuran mengacu SNI 7555.11:2011 [V]; harga tidak bersumber)"),
    ("PG01", "pangan", "Abon ikan tuna 100 g", "abon", "kemasan 100 g", 60, 16.0, 20_000, 30_000,
     "Abon ikan eceran Rp20–30 rb/bungkus, papua.antaranews.com (acuan Papua) [P]"),
    ("PG02", "pangan", "Kacang mete goreng 250 g", "kacang mete", "kemasan 250 g", 80, 10.0, 25_000, 25_000,
     "Oleh-oleh Kendari, sultra.antaranews.com/berita/264591/… (tanpa tanggal) [P]"),
    ("PG03", "pangan", "Kacang mete goreng 400 g", "kacang mete", "kemasan 400 g", 50, 10.0, 50_000, 50_000,
     "Oleh-oleh Kendari, sultra.antaranews.com/berita/264591/… (tanpa tanggal) [P]"),
    ("PG04", "pangan", "Keripik pisang 200 g", "keripik", "kemasan 200 g", 50, 8.0, 12_000, 15_000, "ilustratif"),
    ("PG05", "pangan", "Bagea sagu", "kue kering", "bungkus", 40, 8.0, 25_000, 35_000,
     "Kue bagea Rp25–35 rb/bungkus, sultra.antaranews.com/berita/264591/… (tanpa tanggal) [P]"),
    ("PG06", "pangan", "Dodol rumput laut 250 g", "olahan rumput laut", "kemasan 250 g", 40, 8.0, 15_000, 20_000,
     "ilustratif"),
    ("PG07", "pangan", "Ikan asap cakalang", "ikan asap", "kg", 30, 12.0, 40_000, 60_000,
     "Ikan asap Baubau 2021 Rp40–60 rb/kg, mediaindonesia.com/nusantara/399800/… [V]"),
)

# ---------------------------------------------------------------- materials
# material_id, name, unit, price, year, source, mark
MATERIALS = (
    ("KY01", "Kayu gergajian lokal (jenis tidak disebut)", "m3", 1_600_000, 2021,
     "Konawe Selatan Apr 2021 (naik dari Rp1,4 jt), mediakendari.com/…/96148/", "V"),
    ("KY02", "Tripleks 3 mm (122 × 244 cm)", "lembar", 65_000, 2023, "ilustratif", "ilustratif"),
    ("HW01", "Engsel", "buah", 6_000, 2023, "ilustratif", "ilustratif"),
    ("HW02", "Kunci lemari", "buah", 25_000, 2023, "ilustratif", "ilustratif"),
    ("HW03", "Pegangan (handle)", "buah", 10_000, 2023, "ilustratif", "ilustratif"),
    ("HW04", "Lem kayu PVAc", "kg", 30_000, 2023, "ilustratif", "ilustratif"),
    ("HW05", "Sekrup dan paku", "kg", 28_000, 2023, "ilustratif", "ilustratif"),
    ("HW06", "Kunci pintu dan grendel", "set", 85_000, 2023, "ilustratif", "ilustratif"),
    ("FN01", "Amplas", "lembar", 5_000, 2023, "ilustratif", "ilustratif"),
    ("FN02", "Cat / politur (melamin)", "liter", 120_000, 2023, "ilustratif", "ilustratif"),
    ("FN03", "Tiner", "liter", 30_000, 2023, "ilustratif", "ilustratif"),
    ("BH01", "Ikan tuna/cakalang segar", "kg", 25_000, 2023,
     "Cakalang TPI Kendari Okt 2023 (harga tuna tidak ditemukan; cakalang sebagai pengganti)", "V"),
    ("BH02", "Ikan tenggiri segar", "kg", 45_000, 2023, "ilustratif (kembung Rp35–40 rb [V] sebagai pembanding)", "ilustratif"),
    ("BH03", "Kacang mete kupas mentah", "kg", 85_000, 2014,
     "Eceran Kendari Agu 2014 (biasa), sultra.antaranews.com/amp/berita/273620/…", "V"),
    ("BH04", "Jambu mete gelondong", "kg", 16_000, 2015, "Kendari 2015 Rp15–17 rb/kg, sultra.antaranews.com/amp/berita/280627/…", "V"),
    ("BH05", "Tepung sagu kering", "kg", 8_000, 2019, "Eceran pasar Kendari Feb 2019, sulawesi.bisnis.com/read/20190228/…", "V"),
    ("BH06", "Sagu basah", "kg", 8_000, 2019, "Eceran pasar Kendari Feb 2019, sulawesi.bisnis.com/read/20190228/…", "V"),
    ("BH07", "Rumput laut kering", "kg", 26_000, 2023, "Harga petani Baubau 2023 Rp25–27 rb, sultra.antaranews.com/berita/449748/…", "V"),
    ("BH08", "Pisang kepok", "kg", 6_000, 2023, "ilustratif", "ilustratif"),
    ("BH09", "Minyak goreng", "liter", 16_000, 2023, "ilustratif", "ilustratif"),
    ("BH10", "Gula pasir", "kg", 15_000, 2023, "ilustratif", "ilustratif"),
    ("BH11", "Bumbu (bawang, ketumbar, garam, dll.)", "paket", 60_000, 2023, "ilustratif", "ilustratif"),
    ("BH12", "Kelapa (santan)", "butir", 6_000, 2023, "ilustratif", "ilustratif"),
    ("BH13", "Telur ayam", "butir", 2_000, 2023, "ilustratif", "ilustratif"),
    ("BH14", "Margarin", "kg", 30_000, 2023, "ilustratif", "ilustratif"),
    ("BH15", "Tepung ketan", "kg", 18_000, 2023, "ilustratif", "ilustratif"),
    ("BH16", "Garam", "kg", 8_000, 2023, "ilustratif", "ilustratif"),
    ("BH17", "Tempurung / sabut kelapa (bahan asap)", "karung", 15_000, 2023, "ilustratif", "ilustratif"),
    ("KM01", "Standing pouch + klip", "buah", 1_500, 2023, "ilustratif", "ilustratif"),
    ("KM02", "Label cetak", "lembar", 500, 2023, "ilustratif", "ilustratif"),
    ("KM03", "Toples plastik 400 g", "buah", 4_000, 2023, "ilustratif", "ilustratif"),
    ("KM04", "Plastik vakum", "buah", 1_200, 2023, "ilustratif", "ilustratif"),
    ("KM05", "Plastik kemasan bening", "buah", 500, 2023, "ilustratif", "ilustratif"),
)

# ---------------------------------------------------------------- bill of materials
# Wood parts per 1 unit (pieces multiplied by batch_size in the generator): (item, L, W, T mm, pieces).
_SP = "kayu lokal (jenis tidak disebut)"
WOOD = {
    "MB01": (("Kaki depan", 450, 40, 40, 2), ("Kaki belakang", 900, 40, 40, 2), ("Palang dudukan", 400, 60, 20, 4),
             ("Papan dudukan", 420, 400, 20, 1), ("Bilah sandaran", 380, 60, 15, 3)),
    "MB02": (("Kaki meja", 720, 60, 60, 4), ("Ambang (apron) panjang", 1400, 80, 25, 2),
             ("Ambang (apron) pendek", 700, 80, 25, 2), ("Papan daun meja", 1500, 150, 25, 5)),
    "MB03": (("Dinding samping", 1800, 450, 18, 2), ("Atas dan alas", 600, 450, 18, 2), ("Rak", 560, 430, 18, 3),
             ("Daun pintu", 1750, 560, 18, 1), ("Rangka / list", 1800, 40, 30, 4)),
    "MB04": (("Dinding samping", 1800, 500, 18, 3), ("Atas dan alas", 1000, 500, 18, 2), ("Rak", 480, 480, 18, 5),
             ("Daun pintu", 1750, 480, 18, 2), ("Rangka / list", 1800, 40, 30, 6)),
    "MB05": (("Dinding samping", 1800, 500, 18, 4), ("Atas dan alas", 1500, 500, 18, 2), ("Rak", 480, 480, 18, 8),
             ("Daun pintu", 1750, 480, 18, 3), ("Rangka / list", 1800, 40, 30, 8)),
    "MB06": (("Rangka tegak (stile)", 2050, 120, 35, 2), ("Rangka datar (rail)", 700, 150, 35, 3),
             ("Panel isian", 600, 300, 18, 4)),
    "MB07": (("Rangka tegak", 1200, 60, 35, 2), ("Rangka datar", 500, 60, 35, 3), ("Jalusi / bilah", 480, 60, 10, 6)),
    "MB08": (("Tiang kusen", 2100, 120, 60, 2), ("Ambang atas", 900, 120, 60, 1)),
    "MB09": (("Kaki meja", 700, 50, 50, 4), ("Palang", 550, 60, 25, 4), ("Papan daun meja", 600, 450, 20, 1),
             ("Papan laci / rak", 550, 350, 15, 1)),
}
WOOD_WASTE = {"MB01": 40.0, "MB02": 35.0, "MB03": 30.0, "MB04": 30.0, "MB05": 30.0, "MB06": 35.0,
              "MB07": 40.0, "MB08": 25.0, "MB09": 35.0}
# Other lines: (item, material_id, kind, quantity, waste %); furniture per 1 unit
# (multiplied by batch_size in the generator), food per batch.
OTHER = {
    "MB01": (("Lem kayu", "HW04", "hardware", 0.05, 0.0), ("Sekrup dan paku", "HW05", "hardware", 0.05, 0.0),
             ("Amplas", "FN01", "finishing", 2, 0.0), ("Cat / politur", "FN02", "finishing", 0.25, 10.0),
             ("Tiner", "FN03", "finishing", 0.25, 0.0)),
    "MB02": (("Lem kayu", "HW04", "hardware", 0.1, 0.0), ("Sekrup dan paku", "HW05", "hardware", 0.1, 0.0),
             ("Amplas", "FN01", "finishing", 4, 0.0), ("Cat / politur", "FN02", "finishing", 0.6, 10.0),
             ("Tiner", "FN03", "finishing", 0.6, 0.0)),
    "MB03": (("Tripleks belakang", "KY02", "kayu", 1, 10.0), ("Engsel", "HW01", "hardware", 3, 0.0),
             ("Kunci lemari", "HW02", "hardware", 1, 0.0), ("Pegangan", "HW03", "hardware", 1, 0.0),
             ("Lem kayu", "HW04", "hardware", 0.15, 0.0), ("Sekrup dan paku", "HW05", "hardware", 0.15, 0.0),
             ("Amplas", "FN01", "finishing", 5, 0.0), ("Cat / politur", "FN02", "finishing", 1.0, 10.0),
             ("Tiner", "FN03", "finishing", 1.0, 0.0)),
    "MB04": (("Tripleks belakang", "KY02", "kayu", 2, 10.0), ("Engsel", "HW01", "hardware", 6, 0.0),
             ("Kunci lemari", "HW02", "hardware", 1, 0.0), ("Pegangan", "HW03", "hardware", 2, 0.0),
             ("Lem kayu", "HW04", "hardware", 0.25, 0.0), ("Sekrup dan paku", "HW05", "hardware", 0.25, 0.0),
             ("Amplas", "FN01", "finishing", 8, 0.0), ("Cat / politur", "FN02", "finishing", 1.6, 10.0),
             ("Tiner", "FN03", "finishing", 1.6, 0.0)),
    "MB05": (("Tripleks belakang", "KY02", "kayu", 3, 10.0), ("Engsel", "HW01", "hardware", 9, 0.0),
             ("Kunci lemari", "HW02", "hardware", 2, 0.0), ("Pegangan", "HW03", "hardware", 3, 0.0),
             ("Lem kayu", "HW04", "hardware", 0.35, 0.0), ("Sekrup dan paku", "HW05", "hardware", 0.35, 0.0),
             ("Amplas", "FN01", "finishing", 11, 0.0), ("Cat / politur", "FN02", "finishing", 2.2, 10.0),
             ("Tiner", "FN03", "finishing", 2.2, 0.0)),
    "MB06": (("Engsel", "HW01", "hardware", 3, 0.0), ("Kunci pintu dan grendel", "HW06", "hardware", 1, 0.0),
             ("Lem kayu", "HW04", "hardware", 0.2, 0.0), ("Amplas", "FN01", "finishing", 4, 0.0),
             ("Cat / politur", "FN02", "finishing", 0.8, 10.0), ("Tiner", "FN03", "finishing", 0.8, 0.0)),
    "MB07": (("Engsel", "HW01", "hardware", 2, 0.0), ("Lem kayu", "HW04", "hardware", 0.1, 0.0),
             ("Amplas", "FN01", "finishing", 2, 0.0), ("Cat / politur", "FN02", "finishing", 0.4, 10.0),
             ("Tiner", "FN03", "finishing", 0.4, 0.0)),
    "MB08": (("Sekrup dan paku", "HW05", "hardware", 0.1, 0.0), ("Amplas", "FN01", "finishing", 1, 0.0)),
    "MB09": (("Lem kayu", "HW04", "hardware", 0.1, 0.0), ("Sekrup dan paku", "HW05", "hardware", 0.1, 0.0),
             ("Amplas", "FN01", "finishing", 3, 0.0), ("Cat / politur", "FN02", "finishing", 0.4, 10.0),
             ("Tiner", "FN03", "finishing", 0.4, 0.0)),
    # food recipes: PER BATCH (see products.batch_size), quantities as bought
    "PG01": (("Ikan tuna/cakalang segar", "BH01", "bahan", 20, 0.0), ("Minyak goreng", "BH09", "bahan", 3, 0.0),
             ("Kelapa (santan)", "BH12", "bahan", 5, 0.0), ("Bumbu", "BH11", "bahan", 2, 0.0),
             ("Gula pasir", "BH10", "bahan", 0.6, 0.0), ("Standing pouch", "KM01", "kemasan", 60, 2.0),
             ("Label", "KM02", "kemasan", 60, 2.0)),
    "PG02": (("Kacang mete kupas mentah", "BH03", "bahan", 21, 0.0), ("Minyak goreng", "BH09", "bahan", 4, 0.0),
             ("Garam", "BH16", "bahan", 0.2, 0.0), ("Standing pouch", "KM01", "kemasan", 80, 2.0),
             ("Label", "KM02", "kemasan", 80, 2.0)),
    "PG03": (("Kacang mete kupas mentah", "BH03", "bahan", 21, 0.0), ("Minyak goreng", "BH09", "bahan", 4, 0.0),
             ("Garam", "BH16", "bahan", 0.2, 0.0), ("Toples plastik 400 g", "KM03", "kemasan", 50, 1.0),
             ("Label", "KM02", "kemasan", 50, 2.0)),
    "PG04": (("Pisang kepok", "BH08", "bahan", 30, 0.0), ("Minyak goreng", "BH09", "bahan", 3, 0.0),
             ("Gula pasir", "BH10", "bahan", 0.5, 0.0), ("Garam", "BH16", "bahan", 0.1, 0.0),
             ("Standing pouch", "KM01", "kemasan", 50, 2.0), ("Label", "KM02", "kemasan", 50, 2.0)),
    "PG05": (("Tepung sagu kering", "BH05", "bahan", 5, 0.0), ("Gula pasir", "BH10", "bahan", 1.5, 0.0),
             ("Telur ayam", "BH13", "bahan", 10, 0.0), ("Margarin", "BH14", "bahan", 0.5, 0.0),
             ("Plastik kemasan bening", "KM05", "kemasan", 40, 2.0), ("Label", "KM02", "kemasan", 40, 2.0)),
    "PG06": (("Rumput laut kering", "BH07", "bahan", 2, 0.0), ("Gula pasir", "BH10", "bahan", 4, 0.0),
             ("Tepung ketan", "BH15", "bahan", 2, 0.0), ("Kelapa (santan)", "BH12", "bahan", 10, 0.0),
             ("Standing pouch", "KM01", "kemasan", 40, 2.0), ("Label", "KM02", "kemasan", 40, 2.0)),
    "PG07": (("Ikan tuna/cakalang segar", "BH01", "bahan", 45, 0.0), ("Garam", "BH16", "bahan", 1, 0.0),
             ("Tempurung / sabut kelapa", "BH17", "bahan", 3, 0.0), ("Plastik vakum", "KM04", "kemasan", 30, 2.0),
             ("Label", "KM02", "kemasan", 30, 2.0)),
}
#: machine minutes per product unit (kiln added from wood volume).
ROUTINGS = {
    "MB01": (("MSN-M03", 12.0), ("MSN-M02", 10.0), ("MSN-M04", 6.0), ("MSN-M05", 15.0)),
    "MB02": (("MSN-M03", 20.0), ("MSN-M02", 25.0), ("MSN-M04", 10.0), ("MSN-M05", 30.0)),
    "MB03": (("MSN-M03", 25.0), ("MSN-M02", 20.0), ("MSN-M04", 8.0), ("MSN-M05", 35.0)),
    "MB04": (("MSN-M03", 40.0), ("MSN-M02", 35.0), ("MSN-M04", 12.0), ("MSN-M05", 50.0)),
    "MB05": (("MSN-M03", 55.0), ("MSN-M02", 50.0), ("MSN-M04", 16.0), ("MSN-M05", 65.0)),
    "MB06": (("MSN-M03", 18.0), ("MSN-M02", 20.0), ("MSN-M04", 15.0), ("MSN-M05", 25.0)),
    "MB07": (("MSN-M03", 10.0), ("MSN-M02", 10.0), ("MSN-M04", 8.0), ("MSN-M05", 12.0)),
    "MB08": (("MSN-M03", 8.0), ("MSN-M02", 12.0), ("MSN-M04", 6.0)),
    "MB09": (("MSN-M03", 10.0), ("MSN-M02", 12.0), ("MSN-M05", 12.0)),
    "PG01": (("MSN-P05", 1.5), ("MSN-P03", 0.5)),
    "PG02": (("MSN-P05", 0.5), ("MSN-P03", 0.4)),
    "PG03": (("MSN-P05", 0.8),),
    "PG04": (("MSN-P05", 0.6), ("MSN-P02", 3.0), ("MSN-P03", 0.4)),
    "PG05": (("MSN-P01", 1.5),),
    "PG06": (("MSN-P03", 0.4),),
    "PG07": (("MSN-P02", 12.0), ("MSN-P03", 0.6), ("MSN-P04", 60.0)),
}
KILN_MIN_PER_M3 = 1440.0  # 6 m³ charge dried in 6 days (ilustratif)

# ---------------------------------------------------------------- quality texts
DEFECT_WEIGHTS_MEBEL = (0.34, 0.24, 0.15, 0.11, 0.09, 0.07)
DEFECT_COST_MEBEL = (25_000, 40_000, 15_000, 120_000, 60_000, 50_000)
DEFECT_WEIGHTS_PANGAN = (0.40, 0.27, 0.15, 0.11, 0.07)
DEFECT_COST_PANGAN = (2_000, 3_500, 2_000, 1_000, 18_000)

CORRECTIVE_ACTIONS = {
    "penggorengan": ("Suhu minyak dinaikkan, produk digoreng ulang", "Batch ditahan dan diperiksa ulang",
                     "Minyak diganti, kompor diperbaiki"),
    "pengeringan": ("Pengeringan diperpanjang 30 menit", "Batch ditahan, suhu pengering diperiksa"),
    "penyimpanan_beku": ("Ikan dipindahkan ke freezer cadangan", "Pintu freezer diperbaiki, suhu diperiksa ulang"),
}

# aspect number → items (text, severity)
CPPB_ITEMS = {
    1: (("Lokasi bebas dari genangan air, sampah dan sumber pencemaran", "mayor"),
        ("Lingkungan sekitar bersih dan tidak berdebu", "minor"),
        ("Tidak ada hewan peliharaan di sekitar ruang produksi", "mayor")),
    2: (("Lantai, dinding dan langit-langit bersih, utuh dan mudah dibersihkan", "mayor"),
        ("Ventilasi cukup dan pencahayaan memadai", "minor"),
        ("Pintu dan jendela berkasa atau dapat ditutup rapat", "mayor"),
        ("Ruang produksi terpisah dari tempat tinggal", "serius")),
    3: (("Peralatan yang kontak dengan pangan dari bahan tara pangan dan tidak berkarat", "serius"),
        ("Peralatan bersih sebelum dan sesudah dipakai", "mayor"),
        ("Termometer dan timbangan berfungsi dan diperiksa berkala", "mayor")),
    4: (("Air untuk produksi memenuhi persyaratan air minum", "kritis"),
        ("Wadah penampung air bersih dan tertutup", "mayor")),
    5: (("Tersedia tempat cuci tangan dengan sabun dan air mengalir", "serius"),
        ("Tersedia bahan pembersih dan sanitasi untuk peralatan", "mayor"),
        ("Tempat sampah tertutup dan dikosongkan setiap hari", "minor")),
    6: (("Karyawan yang sakit tidak menangani pangan", "serius"),
        ("Karyawan memakai celemek, penutup kepala dan sarung tangan", "mayor"),
        ("Karyawan mencuci tangan sebelum bekerja dan sesudah dari toilet", "serius"),
        ("Tidak makan, merokok atau meludah di ruang produksi", "mayor")),
    7: (("Jadwal pembersihan ruang dan peralatan tersedia dan dijalankan", "mayor"),
        ("Pengendalian hama (tikus, kecoa, lalat) dilakukan", "serius"),
        ("Bahan kimia pembersih disimpan terpisah dari pangan", "serius")),
    8: (("Bahan baku dan produk akhir disimpan terpisah, tidak langsung di lantai", "mayor"),
        ("Sistem masuk-pertama-keluar-pertama (FIFO) diterapkan", "minor"),
        ("Suhu freezer dicatat setiap hari (≤ −18 °C)", "serius")),
    9: (("Bahan baku diperiksa mutunya sebelum dipakai", "mayor"),
        ("Resep dan urutan proses tertulis dan diikuti", "mayor"),
        ("Suhu penggorengan dipantau dan dicatat", "serius"),
        ("Bahan tambahan pangan digunakan sesuai takaran yang diizinkan", "kritis")),
    10: (("Label memuat nama produk, komposisi, berat bersih, nama dan alamat produsen", "mayor"),
         ("Label memuat nomor P-IRT, kode produksi dan tanggal kedaluwarsa", "serius"),
         ("Label tidak menyesatkan (klaim kesehatan tanpa dasar)", "mayor")),
    11: (("Ada penanggung jawab yang memiliki sertifikat PKP", "serius"),
         ("Penanggung jawab memeriksa proses dan catatan secara rutin", "mayor")),
    12: (("Ada prosedur penarikan produk yang tidak aman", "mayor"),
         ("Produk yang ditarik dicatat dan dimusnahkan atau diolah ulang dengan aman", "mayor")),
    13: (("Catatan bahan masuk, produksi dan penjualan disimpan", "mayor"),
         ("Catatan disimpan paling sedikit selama masa simpan produk", "minor"),
         ("Kode produksi dapat ditelusuri ke tanggal dan bahan baku", "mayor")),
    14: (("Penanggung jawab dan karyawan pernah mengikuti penyuluhan keamanan pangan", "mayor"),
         ("Karyawan baru mendapat pengarahan higiene sebelum bekerja", "minor")),
}

# ---------------------------------------------------------------- sales channels
#: (channel_id, name, discount_pct, fee_pct, fee_rp_per_unit, shipping_pct, days_to_cash, source, mark, note).
#: Rates from pengelolaan-sentra.md §6.3–6.4; Kendari oleh-oleh / consignment terms were
#: not found there, so those figures are U.  Every rate is editable in the app / CSV.
_S_CONSIGN = ("konsinyasi: komisi 20 % (contoh kerajinan), 25 % (butik), 'biasanya ≤ 10 %' (99% Usahaku) — "
              "ethcargoindo.com/artikel/apa-itu-consignment ; kompasiana.com/…/siasati-distribusi-dengan-konsinyasi [P]")
_S_TOKO = "seller-id.tokopedia.com/university/essay?…knowledge_id=5411650459305729 (6,97 % sejak 13 Feb 2026) [V]"
_S_TOKO_FEE = "kaltim.tribunnews.com/2025/08/05/… (Rp1.250 per pesanan sejak 11 Agu 2025) [V]"
_S_EKAT = ("Perpres 12/2021 Pasal 65 (40 % belanja untuk usaha kecil, wajib e-katalog) [V]; "
           "tidak ada biaya layanan yang tercatat, lama pembayaran setelah serah terima tidak ditemukan [U]")
SALES_CHANNELS = (
    ("bengkel", "Dijual langsung di bengkel", 0, 0, 0, 0, 0,
     "definisi: pembeli datang dan membayar tunai di bengkel", "V", "tunai, tanpa perantara"),
    ("toko_oleh_oleh", "Reseller / toko oleh-oleh", 20, 0, 0, 0, 14,
     "diskon 20 % dan bayar 14 hari: asumsi latihan — syarat toko oleh-oleh Kendari tidak ditemukan [U]", "U",
     "toko membeli putus dengan diskon dari harga jual ke konsumen"),
    ("konsinyasi", "Titip jual (konsinyasi)", 20, 0, 0, 0, 30,
     _S_CONSIGN + "; dibayar setelah laku, mingguan/bulanan [P]; 30 hari: asumsi [U]", "P",
     "barang tetap milik pembuat sampai laku; uang datang setelah laporan penjualan"),
    ("marketplace", "Marketplace (Tokopedia/TikTok Shop)", 0, 6.97, 1250, 0, 7,
     _S_TOKO + "; " + _S_TOKO_FEE + "; dana cair ±7 hari setelah pesanan selesai: asumsi [U]", "U",
     "komisi kategori yang tidak ada di tabel; ongkir dibayar pembeli (asumsi); 1 unit per pesanan"),
    ("e_katalog", "Pesanan pemerintah lewat e-katalog", 0, 0, 0, 0, 60,
     _S_EKAT + "; 60 hari: asumsi [U]", "U",
     "harga biasanya termasuk antar ke lokasi: isi ongkos kirim bila ditanggung penjual"),
)
