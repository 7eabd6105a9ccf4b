"""Texts of the Day-6 form exercises: the KPI targets and the PDCA action plan."""

MESSAGES = {
    "ex.06_target_kpi.title": {
        "id": "Papan KPI: target kelompok",
        "en": "KPI board: the group's targets",
    },
    "ex.06_target_kpi.h1": {
        "id": "Isi target untuk kelima KPI sebagai persen (misalnya 75 atau 75 %), lalu klik Simpan.",
        "en": "Fill in a target for each of the five KPIs as a percentage (e.g. 75 or 75 %), then click Save.",
    },
    "ex.06_target_kpi.explain": {
        "id": "Target tersimpan. Target adalah keputusan kelompok: tulis juga siapa yang mencatat angkanya.",
        "en": "Targets saved. A target is the group's decision: also write down who records the figure.",
    },
    "ex.06_rencana_aksi.title": {
        "id": "Rencana aksi PDCA",
        "en": "PDCA action plan",
    },
    "ex.06_rencana_aksi.h1": {
        "id": "Setiap baris perlu masalah, indikator, nilai sekarang dan target berangka, tenggat (bulan dan tahun) dan satu penanggung jawab (nama jabatan).",
        "en": "Each row needs a problem, an indicator, a current value and a target with numbers, a deadline (month and year) and one owner (a position).",
    },
    "ex.06_rencana_aksi.h2": {
        "id": "Baca pesan di bawah formulir: pesan itu menyebut baris dan kolom yang perlu diperbaiki.",
        "en": "Read the messages below the form: they name the row and column to fix.",
    },
    "ex.06_rencana_aksi.explain": {
        "id": "Rencana aksi lengkap dan tersimpan. Ekspor ke Excel untuk dibawa ke kantor.",
        "en": "The action plan is complete and saved. Export it to Excel to take it to the office.",
    },
}
