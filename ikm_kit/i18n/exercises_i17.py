"""Strings of the checker's number reading, the class summary statuses and the form widgets (issue 17)."""

MESSAGES = {
    "exercises_i17.read_percent": {
        "id": "(Dibaca sebagai persen: {percent}.)",
        "en": "(Read as a percentage: {percent}.)",
    },
    "exercises_i17.read_fraction": {
        "id": "(Dibaca sebagai pecahan: {fraction}, yaitu {percent}.)",
        "en": "(Read as a fraction: {fraction}, i.e. {percent}.)",
    },
    "exercises_i17.scale_hint": {
        "id": "Angkanya cocok bila dibaca dalam {scale}. Tulis satuannya, misalnya \"{example}\", "
              "atau tulis angka lengkapnya.",
        "en": "The number fits if read in {scale}. Type the unit, e.g. \"{example}\", or type the full number.",
    },
    "exercises_i17.scale_ribu": {"id": "ribu", "en": "ribu (thousands)"},
    "exercises_i17.scale_juta": {"id": "juta", "en": "juta (millions)"},
    "exercises_i17.scale_miliar": {"id": "miliar", "en": "miliar (billions)"},
    "exercises_i17.status_benar": {"id": "✔ benar ({n}×)", "en": "✔ correct ({n}×)"},
    "exercises_i17.status_dibuka": {"id": "◐ dibuka ({n}×)", "en": "◐ revealed ({n}×)"},
    "exercises_i17.status_dicoba": {"id": "✘ dicoba ({n}×)", "en": "✘ tried ({n}×)"},
    "exercises_i17.status_belum": {"id": "–", "en": "–"},
    "exercises_i17.status_done_revealed": {"id": "selesai setelah jawaban dibuka", "en": "done after the answer was shown"},
    "exercises_i17.class_legend": {
        "id": "✔ benar: dijawab sendiri · ◐ dibuka: lulus setelah jawaban ditampilkan · ✘ dicoba, belum lulus · "
              "angka dalam kurung = jumlah percobaan. Kolom \"lulus\" menghitung yang benar sendiri.",
        "en": "✔ correct: answered on one's own · ◐ revealed: passed after the answer was shown · ✘ tried, "
              "not passed · number in brackets = attempts. The \"passed\" column counts the ones answered alone.",
    },
}
