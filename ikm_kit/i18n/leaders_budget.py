"""Strings of the sentras' yearly budget line shown to leaders (dashboard ``ringkasan_pimpinan`` and report)."""

MESSAGES = {
    "leaders_budget.assumptions": {
        "id": "U = belum terverifikasi: biaya UPTD memakai asumsi pemeliharaan mesin {maint} % harga beli per tahun "
              "(U), faktor beban listrik {lf} (U), listrik {price} per kWh (tarif B-2; golongan I-1/I-2 tidak "
              "ditemukan: U), operator dan petugas bersama bergaji UMK (U), gedung {per_m2} per m² (U) dengan umur "
              "{life} tahun (U) dan pemeliharaan {bmaint} % per tahun (U).",
        "en": "U = unverified: the UPTD costs assume machine maintenance of {maint} % of the price a year (U), an "
              "electrical load factor of {lf} (U), electricity at {price} per kWh (B-2 rate; the I-1/I-2 rate was "
              "not found: U), operators and shared staff paid the UMK (U), a building at {per_m2} per m² (U) with "
              "a life of {life} years (U) and maintenance of {bmaint} % a year (U).",
    },
    "leaders_budget.source": {
        "id": "Sumber: sewa bulanan (occupancy_monthly) dan pemesanan mesin (machine_bookings) {year} dari data "
              "latihan ikm-kit; asumsi biaya di data/parameters.csv (sumber dan tanda V/P/U tiap angka: "
              "data/README.md).",
        "en": "Source: monthly rent (occupancy_monthly) and machine bookings (machine_bookings) {year} from the "
              "ikm-kit training data; cost assumptions in data/parameters.csv (source and V/P/U mark of every "
              "figure: data/README.md).",
    },
}
