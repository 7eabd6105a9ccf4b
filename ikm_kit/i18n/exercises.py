"""Strings of the exercise framework (cek, hints, progress)."""

MESSAGES = {
    "exercises.unknown": {
        "id": "Latihan '{value}' tidak dikenal. Latihan yang ada: {valid}.",
        "en": "Unknown exercise '{value}'. Known exercises: {valid}.",
    },
    "exercises.empty": {
        "id": "{title}: belum dijawab. Ganti tanda ... dengan jawaban Anda, lalu jalankan sel lagi.",
        "en": "{title}: not answered yet. Replace ... with your answer and run the cell again.",
    },
    "exercises.correct": {"id": "Benar!", "en": "Correct!"},
    "exercises.wrong": {"id": "Belum tepat. Coba lagi.", "en": "Not quite. Try again."},
    "exercises.hint_label": {"id": "Petunjuk:", "en": "Hint:"},
    "exercises.hint_n": {"id": "({n}) {text}", "en": "({n}) {text}"},
    "exercises.reveal": {
        "id": "Jawaban yang diharapkan: {answer}. Diskusikan dengan pelatih bila masih bingung.",
        "en": "Expected answer: {answer}. Discuss with the trainer if it is still unclear.",
    },
    "exercises.not_a_number": {
        "id": "Jawaban harus berupa angka, misalnya 12,5 atau Rp 1.250.000.",
        "en": "The answer must be a number, e.g. 12.5 or Rp 1,250,000.",
    },
    "exercises.answer_invalid": {
        "id": "Jawaban tidak dapat diperiksa: periksa bentuknya (angka, teks, atau tabel yang diminta).",
        "en": "The answer cannot be checked: check its form (the number, text or table asked for).",
    },
    "exercises.strict_wrong": {
        "id": "Mode ketat: jawaban untuk {id} salah ({answer}).",
        "en": "Strict mode: the answer to {id} is wrong ({answer}).",
    },
    "exercises.check_button": {"id": "Periksa", "en": "Check"},
    "exercises.answer_label": {"id": "Jawaban", "en": "Answer"},
    "exercises.progress_title": {"id": "Kemajuan latihan", "en": "Exercise progress"},
    "exercises.progress_summary": {
        "id": "{done} dari {total} latihan selesai",
        "en": "{done} of {total} exercises done",
    },
    "exercises.status_done": {"id": "selesai", "en": "done"},
    "exercises.status_tried": {"id": "dicoba {n}×", "en": "tried {n}×"},
    "exercises.status_todo": {"id": "belum", "en": "not yet"},
    "exercises.refresh": {"id": "Perbarui", "en": "Refresh"},
    "exercises.class_title": {"id": "Ringkasan kelas", "en": "Class summary"},
    "exercises.col_participant": {"id": "peserta", "en": "participant"},
    "exercises.col_passed": {"id": "lulus", "en": "passed"},
    "exercises.no_participants": {
        "id": "Belum ada catatan kemajuan peserta di lokasi ini.",
        "en": "No participant progress records found in this location.",
    },
}

MESSAGES.update({
    "editions.leak": {
        "id": "Edisi peserta {notebook} masih memuat teks solusi: '{line}'. Tandai sel itu dengan tag 'solusi' dan beri placeholder.",
        "en": "Participant edition {notebook} still contains solution text: '{line}'. Tag that cell 'solusi' and give it a placeholder.",
    },
    "cli.participant_help": {
        "id": "buat edisi peserta (tanpa solusi dan catatan pelatih)",
        "en": "build the participant edition (no solutions, no trainer notes)",
    },
    "cli.handout_help": {
        "id": "buat handout cetak (HTML/PDF tanpa kode) dari notebook",
        "en": "build printable handouts (HTML/PDF without code) from the notebooks",
    },
    "cli.pdf_help": {"id": "juga cetak ke PDF (perlu Chromium)", "en": "also print to PDF (needs Chromium)"},
})
