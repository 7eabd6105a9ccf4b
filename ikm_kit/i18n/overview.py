"""Strings of the sentra overview (start notebook and the first dashboard)."""

MESSAGES = {
    "overview.sentra": {"id": "Sentra", "en": "Sentra"},
    "overview.month": {"id": "Bulan", "en": "Month"},
    "overview.sentra_mebel": {"id": "Sentra IKM mebel Lepo-Lepo", "en": "Lepo-Lepo furniture sentra"},
    "overview.sentra_pangan": {"id": "Sentra IKM pengolahan pangan Sanua", "en": "Sanua food-processing sentra"},
    "overview.no_rows": {"id": "Tidak ada data untuk sentra '{sentra}'.", "en": "No data for sentra '{sentra}'."},
    "overview.bad_month": {"id": "Bulan '{value}' tidak bisa dibaca. Tulis seperti 2022-07.", "en": "Month '{value}' cannot be read. Write it like 2022-07."},
    "overview.month_missing": {"id": "Bulan {value} tidak ada dalam data (tersedia {first} s.d. {last}).", "en": "Month {value} is not in the data (available {first} to {last})."},
    "overview.units": {"id": "Jumlah workshop", "en": "Workshops"},
    "overview.occupied": {"id": "Terisi", "en": "Occupied"},
    "overview.vacant": {"id": "Kosong", "en": "Vacant"},
    "overview.maintenance": {"id": "Perawatan", "en": "Under maintenance"},
    "overview.occupancy_rate": {"id": "Tingkat keterisian", "en": "Occupancy rate"},
    "overview.rent_billed": {"id": "Sewa ditagih", "en": "Rent billed"},
    "overview.rent_paid": {"id": "Sewa dibayar", "en": "Rent paid"},
    "overview.summary_title": {"id": "{sentra}, {month}", "en": "{sentra}, {month}"},
    "overview.interpret_occupancy": {
        "id": "{occupied} dari {units} workshop terisi ({rate}).",
        "en": "{occupied} of {units} workshops are occupied ({rate}).",
    },
    "overview.interpret_no_rent": {
        "id": "Bulan ini belum ada sewa yang ditagih.",
        "en": "No rent was billed this month.",
    },
    "overview.interpret_rent": {
        "id": "Sewa dibayar {paid} dari {billed} yang ditagih ({rate}).",
        "en": "Rent paid {paid} of {billed} billed ({rate}).",
    },
    "overview.app_title": {"id": "Profil sentra: keterisian workshop", "en": "Sentra profile: workshop occupancy"},
    "overview.chart_title": {"id": "Status workshop per bulan — {sentra}", "en": "Workshop status per month — {sentra}"},
    "overview.axis_month": {"id": "Bulan", "en": "Month"},
    "overview.axis_units": {"id": "Jumlah workshop", "en": "Number of workshops"},
    "overview.selected": {"id": "bulan dipilih", "en": "selected month"},
    "overview.kpi_note_occupancy": {"id": "dari {units} workshop", "en": "of {units} workshops"},
    "overview.kpi_note_collection": {"id": "tertagih {rate}", "en": "{rate} collected"},
    "overview.kpi_note_no_rent": {"id": "belum ada tagihan", "en": "nothing billed yet"},
    "overview.bad_status": {
        "id": "Status '{value}' tidak dikenal. Status yang sah: {valid}.",
        "en": "Unknown status '{value}'. Valid statuses: {valid}.",
    },
    "overview.bad_rent": {
        "id": "Kolom '{column}' harus berisi jumlah Rupiah ≥ 0, tetapi berisi '{value}'.",
        "en": "Column '{column}' must hold Rupiah amounts ≥ 0, but holds '{value}'.",
    },
}
