"""Strings of the checker's number reading, the class summary statuses and the form widgets."""

MESSAGES = {
    "checker.read_percent": {
        "id": "(Dibaca sebagai persen: {percent}.)",
        "en": "(Read as a percentage: {percent}.)",
    },
    "checker.read_fraction": {
        "id": "(Dibaca sebagai pecahan: {fraction}, yaitu {percent}.)",
        "en": "(Read as a fraction: {fraction}, i.e. {percent}.)",
    },
    "checker.scale_hint": {
        "id": "Angkanya cocok bila dibaca dalam {scale}. Tulis satuannya, misalnya \"{example}\", atau tulis angka lengkapnya.",
        "en": "The number fits if read in {scale}. Type the unit, e.g. \"{example}\", or type the full number.",
    },
    "checker.scale_ribu": {
        "id": "ribu",
        "en": "ribu (thousands)",
    },
    "checker.scale_juta": {
        "id": "juta",
        "en": "juta (millions)",
    },
    "checker.scale_miliar": {
        "id": "miliar",
        "en": "miliar (billions)",
    },
    "checker.status_benar": {
        "id": "✔ benar ({n}×)",
        "en": "✔ correct ({n}×)",
    },
    "checker.status_dibuka": {
        "id": "◐ dibuka ({n}×)",
        "en": "◐ revealed ({n}×)",
    },
    "checker.status_dicoba": {
        "id": "✘ dicoba ({n}×)",
        "en": "✘ tried ({n}×)",
    },
    "checker.status_belum": {
        "id": "–",
        "en": "–",
    },
    "checker.status_done_revealed": {
        "id": "selesai setelah jawaban dibuka",
        "en": "done after the answer was shown",
    },
    "checker.class_legend": {
        "id": "✔ benar: dijawab sendiri · ◐ dibuka: lulus setelah jawaban ditampilkan · ✘ dicoba, belum lulus · angka dalam kurung = jumlah percobaan. Kolom \"lulus\" menghitung yang benar sendiri.",
        "en": "✔ correct: answered on one's own · ◐ revealed: passed after the answer was shown · ✘ tried, not passed · number in brackets = attempts. The \"passed\" column counts the ones answered alone.",
    },
    "form.plan_has_issues": {
        "id": "Formulir belum lengkap ({n} hal perlu diperbaiki). Yang pertama: {first}",
        "en": "The form is not complete yet ({n} things to fix). The first: {first}",
    },
    "form.row_not_mapping": {
        "id": "Setiap baris rencana aksi harus berisi kolom masalah, indikator, nilai sekarang, target, tenggat dan penanggung jawab (bukan {value}).",
        "en": "Each action-plan row must hold the columns problem, indicator, baseline, target, deadline and owner (not {value}).",
    },
    "form.plan_only_examples": {
        "id": "Rencana ini masih berisi contoh saja. Ganti atau tambahkan minimal satu masalah sentra atau workshop kelompok Anda sendiri.",
        "en": "This plan still holds only the examples. Replace them or add at least one problem of your own sentra or workshop.",
    },
    "form.plan_empty": {
        "id": "Rencana aksi masih kosong: isi minimal satu baris.",
        "en": "The action plan is still empty: fill in at least one row.",
    },
    "form.plan_too_many": {
        "id": "Paling banyak {n} baris: pilih masalah yang paling penting.",
        "en": "At most {n} rows: choose the most important problems.",
    },
    "form.problem_short": {
        "id": "Baris {row}, Masalah: tulis masalahnya dalam satu kalimat pendek (siapa/apa, apa yang salah).",
        "en": "Row {row}, Problem: describe the problem in one short sentence (who/what, what is wrong).",
    },
    "form.indicator_empty": {
        "id": "Baris {row}, Indikator: tulis angka yang akan diukur, misalnya \"Penagihan sewa (dibayar ÷ ditagih)\".",
        "en": "Row {row}, Indicator: name the figure to be measured, e.g. \"Rent collection (paid ÷ billed)\".",
    },
    "form.baseline_empty": {
        "id": "Baris {row}, Nilai sekarang: isi angkanya sekarang (misalnya \"86 %\"), atau \"belum dicatat\".",
        "en": "Row {row}, Current value: fill in today's figure (e.g. \"86 %\"), or \"belum dicatat\" (not recorded).",
    },
    "form.baseline_no_number": {
        "id": "Baris {row}, Nilai sekarang: tulis dengan angka (misalnya \"86 %\" atau \"12 cacat per bulan\"), atau \"belum dicatat\".",
        "en": "Row {row}, Current value: write it with a number (e.g. \"86 %\" or \"12 defects per month\"), or \"belum dicatat\".",
    },
    "form.target_empty": {
        "id": "Baris {row}, Target: isi target berangka, misalnya \"95 %\".",
        "en": "Row {row}, Target: fill in a numeric target, e.g. \"95 %\".",
    },
    "form.target_no_number": {
        "id": "Baris {row}, Target: \"{value}\" belum berangka. Tulis berapa yang ingin dicapai, misalnya \"95 %\" atau \"≤ 3 %\".",
        "en": "Row {row}, Target: \"{value}\" has no number. Write how much you want to reach, e.g. \"95 %\" or \"≤ 3 %\".",
    },
    "form.deadline_empty": {
        "id": "Baris {row}, Tenggat: isi bulan dan tahun, misalnya \"Juni 2024\".",
        "en": "Row {row}, Deadline: fill in a month and year, e.g. \"Juni 2024\".",
    },
    "form.deadline_bad": {
        "id": "Baris {row}, Tenggat: \"{value}\" tidak terbaca sebagai tanggal. Tulis misalnya \"Juni 2024\", \"30 Juni 2024\" atau \"2024-06\".",
        "en": "Row {row}, Deadline: \"{value}\" is not a date. Write e.g. \"Juni 2024\", \"30 Juni 2024\" or \"2024-06\".",
    },
    "form.owner_empty": {
        "id": "Baris {row}, Penanggung jawab: tulis satu nama jabatan, misalnya \"Kepala UPTD\".",
        "en": "Row {row}, Owner: write one position, e.g. \"Kepala UPTD\".",
    },
    "form.owner_vague": {
        "id": "Baris {row}, Penanggung jawab: \"{value}\" berarti tidak ada yang bertanggung jawab. Tulis satu jabatan, misalnya \"Kepala UPTD\" atau \"Koordinator UPT\".",
        "en": "Row {row}, Owner: \"{value}\" means nobody is responsible. Write one position, e.g. \"Kepala UPTD\" or \"Koordinator UPT\".",
    },
    "form.col_no": {
        "id": "No",
        "en": "No",
    },
    "form.col_problem": {
        "id": "Masalah",
        "en": "Problem",
    },
    "form.col_indicator": {
        "id": "Indikator",
        "en": "Indicator",
    },
    "form.col_baseline": {
        "id": "Nilai sekarang",
        "en": "Current value",
    },
    "form.col_target": {
        "id": "Target",
        "en": "Target",
    },
    "form.col_deadline": {
        "id": "Tenggat",
        "en": "Deadline",
    },
    "form.col_owner": {
        "id": "Penanggung jawab",
        "en": "Owner",
    },
    "form.kpi_occupancy": {
        "id": "Keterisian workshop (Des 2023)",
        "en": "Workshop occupancy (Dec 2023)",
    },
    "form.kpi_collection": {
        "id": "Penagihan sewa",
        "en": "Rent collection",
    },
    "form.kpi_utilization": {
        "id": "Utilisasi mesin (tanpa freezer)",
        "en": "Machine utilisation (without freezer)",
    },
    "form.kpi_oee": {
        "id": "OEE",
        "en": "OEE",
    },
    "form.kpi_defect_rate": {
        "id": "Tingkat cacat",
        "en": "Defect rate",
    },
    "form.kpi_empty": {
        "id": "{kpi}: target belum diisi. Tulis dalam persen, misalnya 75.",
        "en": "{kpi}: no target yet. Write it as a percentage, e.g. 75.",
    },
    "form.kpi_not_number": {
        "id": "{kpi}: \"{value}\" bukan angka. Tulis target dalam persen, misalnya 75 atau 75 %.",
        "en": "{kpi}: \"{value}\" is not a number. Write the target as a percentage, e.g. 75 or 75 %.",
    },
    "form.kpi_range": {
        "id": "{kpi}: target {value} tidak mungkin. Tulis persen antara 0 dan 100.",
        "en": "{kpi}: a target of {value} is impossible. Write a percentage between 0 and 100.",
    },
    "form.fishbone_solution": {
        "id": "\"{entry}\" adalah solusi, bukan penyebab ({n} isian seperti itu). Diagram tulang ikan menjawab \"mengapa terjadi?\": tulis penyebabnya, misalnya \"mesin sudah aus\" bukan \"beli mesin baru\". Solusi dicatat nanti di rencana aksi.",
        "en": "\"{entry}\" is a solution, not a cause ({n} such entries). The fishbone answers \"why does it happen?\": write the cause, e.g. \"the machine is worn\" rather than \"buy a new machine\". Solutions go into the action plan later.",
    },
    "form.fishbone_category": {
        "id": "Kategori \"{value}\" tidak dikenal. Pakai salah satu dari 6M: {valid}.",
        "en": "Unknown category \"{value}\". Use one of the 6M: {valid}.",
    },
    "form.r_ringkas": {
        "id": "Ringkas (Seiri)",
        "en": "Ringkas (Seiri, sort)",
    },
    "form.r_rapi": {
        "id": "Rapi (Seiton)",
        "en": "Rapi (Seiton, set in order)",
    },
    "form.r_resik": {
        "id": "Resik (Seiso)",
        "en": "Resik (Seiso, shine)",
    },
    "form.r_rawat": {
        "id": "Rawat (Seiketsu)",
        "en": "Rawat (Seiketsu, standardise)",
    },
    "form.r_rajin": {
        "id": "Rajin (Shitsuke)",
        "en": "Rajin (Shitsuke, sustain)",
    },
    "form.five_r_incomplete": {
        "id": "Pilih satu R untuk setiap urutan 1 sampai 5.",
        "en": "Choose one R for each position 1 to 5.",
    },
    "form.five_r_twice": {
        "id": "Setiap R dipakai tepat satu kali: ada R yang dipilih dua kali.",
        "en": "Each R is used exactly once: one R was chosen twice.",
    },
    "form.plan_title": {
        "id": "Rencana aksi PDCA",
        "en": "PDCA action plan",
    },
    "form.kpi_title": {
        "id": "Target KPI kelompok",
        "en": "The group's KPI targets",
    },
    "form.fishbone_title": {
        "id": "Diagram tulang ikan (6M)",
        "en": "Fishbone diagram (6M)",
    },
    "form.five_r_title": {
        "id": "Urutan 5R",
        "en": "5R order",
    },
    "form.add_row": {
        "id": "Tambah baris",
        "en": "Add row",
    },
    "form.remove_row": {
        "id": "Hapus baris ini",
        "en": "Remove this row",
    },
    "form.add_cause": {
        "id": "Tambah kotak",
        "en": "Add box",
    },
    "form.save": {
        "id": "Simpan",
        "en": "Save",
    },
    "form.export": {
        "id": "Simpan ke Excel",
        "en": "Save to Excel",
    },
    "form.row_label": {
        "id": "Baris {n}",
        "en": "Row {n}",
    },
    "form.effect_label": {
        "id": "Akibat (masalah)",
        "en": "Effect (problem)",
    },
    "form.position": {
        "id": "Urutan {n}",
        "en": "Position {n}",
    },
    "form.choose": {
        "id": "— pilih —",
        "en": "— choose —",
    },
    "form.saved": {
        "id": "Tersimpan di ruang kerja Anda ({path}). Isian tetap ada setelah kernel dimulai ulang.",
        "en": "Saved in your workspace ({path}). The entries stay after a kernel restart.",
    },
    "form.saved_with_issues": {
        "id": "Tersimpan sebagai draf ({n} hal belum lengkap, lihat di bawah).",
        "en": "Saved as a draft ({n} things not complete yet, see below).",
    },
    "form.exported": {
        "id": "Berkas Excel tersimpan: {path}",
        "en": "Excel file saved: {path}",
    },
    "form.loaded": {
        "id": "Isian terakhir dimuat (disimpan {when}).",
        "en": "Last entries loaded (saved {when}).",
    },
    "form.placeholder_problem": {
        "id": "mis. penagihan sewa belum lancar",
        "en": "e.g. rent collection lags",
    },
    "form.placeholder_indicator": {
        "id": "mis. penagihan sewa (%)",
        "en": "e.g. rent collection (%)",
    },
    "form.placeholder_baseline": {
        "id": "mis. 86 %",
        "en": "e.g. 86 %",
    },
    "form.placeholder_target": {
        "id": "mis. 95 %",
        "en": "e.g. 95 %",
    },
    "form.placeholder_deadline": {
        "id": "mis. Juni 2024",
        "en": "e.g. Juni 2024",
    },
    "form.placeholder_owner": {
        "id": "mis. Kepala UPTD",
        "en": "e.g. Kepala UPTD",
    },
    "form.placeholder_cause": {
        "id": "penyebab…",
        "en": "cause…",
    },
    "form.sheet_plan": {
        "id": "Rencana aksi",
        "en": "Action plan",
    },
    "form.sheet_kpi": {
        "id": "Target KPI",
        "en": "KPI targets",
    },
    "form.col_kpi": {
        "id": "KPI",
        "en": "KPI",
    },
    "form.col_target_pct": {
        "id": "Target (%)",
        "en": "Target (%)",
    },
    "form.example1_problem": {
        "id": "Penagihan sewa sentra mebel belum lancar; beberapa penyewa menunggak berbulan-bulan",
        "en": "Rent collection in the furniture sentra lags; some tenants are months behind",
    },
    "form.example1_indicator": {
        "id": "Penagihan sewa (dibayar ÷ ditagih)",
        "en": "Rent collection (paid ÷ billed)",
    },
    "form.example1_baseline": {
        "id": "{value} (Jul–Des 2023)",
        "en": "{value} (Jul–Dec 2023)",
    },
    "form.example1_target": {
        "id": "95 %",
        "en": "95 %",
    },
    "form.example1_deadline": {
        "id": "Juni 2024",
        "en": "Juni 2024",
    },
    "form.example1_owner": {
        "id": "Kepala UPTD",
        "en": "Kepala UPTD",
    },
    "form.example2_problem": {
        "id": "Mesin serut lebih banyak menganggur daripada dipakai; kinerja mesin rendah (henti kecil, lambat)",
        "en": "The planer stands idle more than it runs; low performance (minor stops, slow running)",
    },
    "form.example2_indicator": {
        "id": "Utilisasi mesin serut (MSN-M02) dan OEE sentra",
        "en": "Planer (MSN-M02) utilisation and the sentra's OEE",
    },
    "form.example2_baseline": {
        "id": "utilisasi {utilization}, OEE {oee}",
        "en": "utilisation {utilization}, OEE {oee}",
    },
    "form.example2_target": {
        "id": "utilisasi 55 %, OEE 65 %",
        "en": "utilisation 55 %, OEE 65 %",
    },
    "form.example2_deadline": {
        "id": "Desember 2024",
        "en": "Desember 2024",
    },
    "form.example2_owner": {
        "id": "Koordinator UPT",
        "en": "Koordinator UPT",
    },
    "form.example3_problem": {
        "id": "Produk mebel cacat; finishing belang dan sambungan longgar paling mahal",
        "en": "Defective furniture; patchy finish and loose joints cost the most",
    },
    "form.example3_indicator": {
        "id": "Tingkat cacat (cacat ÷ diperiksa)",
        "en": "Defect rate (defective ÷ inspected)",
    },
    "form.example3_target": {
        "id": "≤ 3 %",
        "en": "≤ 3 %",
    },
    "form.example3_deadline": {
        "id": "September 2024",
        "en": "September 2024",
    },
    "form.example3_owner": {
        "id": "Ketua kelompok perajin",
        "en": "Ketua kelompok perajin",
    },
}
