"""Texts of the course timetable generated from the notebooks' metadata (ikm_kit.timetable)."""

MESSAGES = {
    "timetable.col_time": {"id": "Waktu", "en": "Time"},
    "timetable.col_notebook": {"id": "Notebook", "en": "Notebook"},
    "timetable.col_part": {"id": "Bagian (inti)", "en": "Part (core)"},
    "timetable.col_note": {"id": "Demonstrasi / catatan", "en": "Demonstration / notes"},
    "timetable.optional_item": {
        "id": "{title} (`{notebook}`, {minutes} menit)",
        "en": "{title} (`{notebook}`, {minutes} minutes)",
    },
    "timetable.skip_when_late": {
        "id": "**Bagian lanjutan — bila terlambat, lewati:** {items}.",
        "en": "**Advanced parts — if running late, skip:** {items}.",
    },
    "timetable.no_optional": {
        "id": "**Bila terlambat:** semua bagian hari ini inti; persingkat latihan mandiri dan selesaikan sisanya di rumah.",
        "en": "**If running late:** every part of this day is core; shorten the individual exercises and finish the rest at home.",
    },
    "timetable.bad_clock": {
        "id": "Jam {value!r} tidak dikenali. Tulis jam sebagai JJ.MM, misalnya 08.30.",
        "en": "Time {value!r} not recognised. Write times as HH.MM, e.g. 08.30.",
    },
    "timetable.bad_metadata": {
        "id": "Jadwal di metadata {notebook} tidak lengkap ({detail}). Setiap slot butuh mulai, selesai dan judul; metadata butuh hari.",
        "en": "The schedule in the metadata of {notebook} is incomplete ({detail}). Every slot needs mulai, selesai and judul; the metadata needs hari.",
    },
    "timetable.empty_slot": {
        "id": "Slot {start}–{end} di {notebook} berakhir sebelum mulai. Periksa jamnya.",
        "en": "Slot {start}–{end} in {notebook} ends before it starts. Check the times.",
    },
    "timetable.overlap": {
        "id": "Hari {day}: slot {first} dan {second} bertumpang tindih. Geser salah satunya di metadata notebook.",
        "en": "Day {day}: slots {first} and {second} overlap. Move one of them in the notebook metadata.",
    },
    "timetable.no_marker": {
        "id": "Panduan fasilitator tidak punya penanda {marker} untuk hari {day}. Tambahkan penanda pembuka dan penutupnya di bagian 2.",
        "en": "The facilitator guide has no marker {marker} for day {day}. Add the opening and closing markers in section 2.",
    },
    "timetable.stale": {
        "id": "Jadwal di {guide} tidak sama dengan metadata notebook. Jalankan: python -m ikm_kit.devtools timetable --write",
        "en": "The timetable in {guide} differs from the notebook metadata. Run: python -m ikm_kit.devtools timetable --write",
    },
    "timetable.written": {"id": "Jadwal ditulis ke {guide}.", "en": "Timetable written to {guide}."},
    "timetable.up_to_date": {"id": "Jadwal di {guide} sesuai dengan notebook.", "en": "The timetable in {guide} matches the notebooks."},
}
