"""Strings of the blank paper forms (ikm_kit.paper_forms, ``ikm-kit formulir``)."""

MESSAGES = {
    "forms.help": {
        "id": "buat formulir kosong (XLSX dan PDF) untuk lokakarya: lembar periksa, audit 5R, log mesin, "
              "log CCP, rencana aksi, daftar hadir, evaluasi pelatihan, tes awal/akhir",
        "en": "build blank forms (XLSX and PDF) for the workshops: check sheet, 5S audit, machine log, "
              "CCP log, action plan, attendance, course evaluation, pre/post test",
    },
    "forms.unknown": {
        "id": "Formulir {value} tidak dikenal. Pilihan: {valid}",
        "en": "Unknown form {value}. Choices: {valid}",
    },
    "forms.no_pdf": {
        "id": "PDF formulir tidak dibuat: Chromium tidak ditemukan (pasang paket chromium); XLSX sudah dibuat.",
        "en": "Form PDFs not made: Chromium not found (install the chromium package); the XLSX files were made.",
    },
    "forms.sentra_field": {"id": "Sentra / workshop", "en": "Sentra / workshop"},
    "forms.date_field": {"id": "Tanggal", "en": "Date"},
    "forms.name_field": {"id": "Nama pengisi", "en": "Filled in by"},
    "forms.signature_field": {"id": "Tanda tangan", "en": "Signature"},
    "forms.no": {"id": "No.", "en": "No."},
    "forms.total": {"id": "Jumlah", "en": "Total"},
    "forms.instructions_sheet": {"id": "Petunjuk", "en": "Instructions"},
    "forms.column": {"id": "Kolom", "en": "Column"},
    "forms.meaning": {"id": "Arti", "en": "Meaning"},
    "forms.unit": {"id": "Satuan", "en": "Unit"},
    "forms.example": {"id": "Contoh", "en": "Example"},
    "forms.upload_note": {
        "id": "Ketik isi lembar kertas ke lembar '{sheet}' mulai baris 2 (baris 1 = nama kolom, jangan diubah), "
              "lalu unggah berkas ini di dasbor atau baca dengan ikm_kit.data.uploads.parse_upload(..., '{kind}'). "
              "Tanggal boleh 01/07/2023 atau 2023-07-01; angka boleh 1.250 atau 12,5.",
        "en": "Type the paper sheet into sheet '{sheet}' from row 2 (row 1 = column names, do not change), "
              "then upload this file in the dashboard or read it with ikm_kit.data.uploads.parse_upload(..., '{kind}'). "
              "Dates as 01/07/2023 or 2023-07-01; numbers as 1,250 or 12.5.",
    },
    # check sheet
    "forms.check.title": {"id": "Lembar periksa cacat produk", "en": "Product defect check sheet"},
    "forms.check.intro": {
        "id": "Beri satu garis (|) untuk setiap cacat yang ditemukan; setiap lima garis diikat (||||). "
              "Jumlahkan per baris dan per kolom di akhir minggu (Hari 2, tujuh alat mutu).",
        "en": "Make one stroke (|) per defect found; bundle every five (||||). Total rows and columns at the "
              "end of the week (Day 2, seven quality tools).",
    },
    "forms.check.other": {"id": "Lainnya: ______________", "en": "Other: ______________"},
    # 5R
    "forms.5r.title": {"id": "Audit 5R workshop", "en": "5S workshop audit"},
    "forms.5r.intro": {
        "id": "Beri skor 0–4 untuk setiap butir dengan panduan di bawah. Skor setiap R = rata-rata butirnya "
              "(0–4); skor total = jumlah kelima R (0–20). Audit di tempat, bersama penyewa workshop.",
        "en": "Score each item 0–4 using the guide below. Each S = the mean of its items (0–4); total = sum "
              "of the five (0–20). Audit on site, with the workshop's tenant.",
    },
    "forms.5r.col_r": {"id": "R", "en": "S"},
    "forms.5r.col_item": {"id": "Butir yang diperiksa", "en": "Item checked"},
    "forms.5r.col_score": {"id": "Skor (0–4)", "en": "Score (0–4)"},
    "forms.5r.col_note": {"id": "Temuan / foto", "en": "Finding / photo"},
    "forms.5r.r_score": {"id": "Skor {r} (rata-rata)", "en": "{r} score (mean)"},
    "forms.5r.total": {"id": "Skor total 5R (0–20)", "en": "Total 5S score (0–20)"},
    "forms.5r.guide": {"id": "Panduan skor", "en": "Scoring guide"},
    "forms.5r.g0": {"id": "0 — belum ada sama sekali", "en": "0 — not present at all"},
    "forms.5r.g1": {"id": "1 — ada sedikit, belum teratur (kurang dari ¼ area/barang)",
                    "en": "1 — a little, not regular (less than ¼ of the area/items)"},
    "forms.5r.g2": {"id": "2 — sebagian (sekitar separuh), belum menjadi kebiasaan",
                    "en": "2 — partly (about half), not yet a habit"},
    "forms.5r.g3": {"id": "3 — sebagian besar (lebih dari ¾), dijaga tetapi belum tertulis",
                    "en": "3 — mostly (more than ¾), kept up but not written down"},
    "forms.5r.g4": {"id": "4 — seluruhnya, tertulis dan menjadi kebiasaan (diperiksa rutin)",
                    "en": "4 — fully, written down and a habit (checked routinely)"},
    "forms.5r.r1": {"id": "Ringkas", "en": "Sort"},
    "forms.5r.r2": {"id": "Rapi", "en": "Set in order"},
    "forms.5r.r3": {"id": "Resik", "en": "Shine"},
    "forms.5r.r4": {"id": "Rawat", "en": "Standardise"},
    "forms.5r.r5": {"id": "Rajin", "en": "Sustain"},
    "forms.5r.r1.i1": {"id": "Barang/bahan yang tidak dipakai sudah disingkirkan (diberi label merah)",
                       "en": "Unused items/material removed (red-tagged)"},
    "forms.5r.r1.i2": {"id": "Sisa kayu/bahan dipilah: dipakai lagi, dijual, dibuang",
                       "en": "Leftover wood/material sorted: reuse, sell, discard"},
    "forms.5r.r1.i3": {"id": "Jalur jalan dan depan mesin bebas barang",
                       "en": "Walkways and machine fronts free of items"},
    "forms.5r.r2.i1": {"id": "Alat punya tempat tetap yang diberi tanda/gambar",
                       "en": "Tools have a fixed, marked place"},
    "forms.5r.r2.i2": {"id": "Bahan dan produk jadi disimpan terpisah dan berlabel",
                       "en": "Material and finished goods stored apart and labelled"},
    "forms.5r.r2.i3": {"id": "Alat yang sering dipakai mudah dijangkau",
                       "en": "Frequently used tools within easy reach"},
    "forms.5r.r3.i1": {"id": "Lantai dan meja kerja bersih dari debu/serbuk/sisa bahan",
                       "en": "Floor and benches clean of dust/sawdust/scraps"},
    "forms.5r.r3.i2": {"id": "Mesin dibersihkan sesudah dipakai (ada jadwal)",
                       "en": "Machines cleaned after use (on a schedule)"},
    "forms.5r.r3.i3": {"id": "Tempat sampah/limbah tersedia dan dikosongkan rutin",
                       "en": "Waste bins present and emptied routinely"},
    "forms.5r.r4.i1": {"id": "Aturan 5R tertulis dan ditempel di workshop",
                       "en": "5S rules written and posted in the workshop"},
    "forms.5r.r4.i2": {"id": "Pembagian tugas kebersihan jelas (nama, hari)",
                       "en": "Cleaning duties clearly assigned (name, day)"},
    "forms.5r.r4.i3": {"id": "Tanda bahaya, APD dan APAR tersedia dan terlihat",
                       "en": "Hazard signs, PPE and fire extinguisher present and visible"},
    "forms.5r.r5.i1": {"id": "Audit 5R dilakukan rutin dan hasilnya ditempel",
                       "en": "5S audits done routinely and results posted"},
    "forms.5r.r5.i2": {"id": "Temuan audit lalu sudah ditindaklanjuti",
                       "en": "Findings of the last audit acted upon"},
    "forms.5r.r5.i3": {"id": "Semua pekerja ikut menjaga 5R tanpa diingatkan",
                       "en": "All workers keep 5S without being reminded"},
    # machine log / CCP log
    "forms.machine.title": {"id": "Log harian mesin bersama", "en": "Shared machine daily log"},
    "forms.machine.intro": {
        "id": "Satu baris per mesin per hari kerja. Waktu dalam menit; jumlah dalam satuan keluaran "
              "(potong, papan, bungkus). Dipakai untuk OEE (Hari 5).",
        "en": "One row per machine per working day. Times in minutes; counts in output units. Used for OEE (Day 5).",
    },
    "forms.ccp.title": {"id": "Log pemantauan CCP", "en": "CCP monitoring log"},
    "forms.ccp.intro": {
        "id": "Catat setiap pengukuran di titik kendali kritis (CCP): waktu, nilai terukur, batas kritis. "
              "Bila di luar batas, tulis tindakan koreksi saat itu juga (Hari 3, keamanan pangan).",
        "en": "Record every measurement at a critical control point (CCP): time, value, critical limits. "
              "When outside the limits, write the corrective action at once (Day 3, food safety).",
    },
    # action plan
    "forms.plan.title": {"id": "Rencana aksi pengembangan sentra", "en": "Sentra development action plan"},
    "forms.plan.intro": {
        "id": "Satu baris per masalah. Indikator harus berupa angka yang bisa diukur ulang (mis. keterisian %, "
              "tingkat cacat %, utilisasi mesin %); isi nilai awal (baseline) dan target dengan satuannya.",
        "en": "One row per problem. The indicator must be a number that can be measured again (e.g. occupancy %, "
              "defect rate %, machine utilisation %); fill in the baseline and target with units.",
    },
    "forms.plan.problem": {"id": "Masalah", "en": "Problem"},
    "forms.plan.indicator": {"id": "Indikator (satuan)", "en": "Indicator (unit)"},
    "forms.plan.baseline": {"id": "Nilai awal", "en": "Baseline"},
    "forms.plan.target": {"id": "Target", "en": "Target"},
    "forms.plan.deadline": {"id": "Tenggat", "en": "Deadline"},
    "forms.plan.owner": {"id": "Penanggung jawab", "en": "Owner"},
    # attendance
    # tenant's cash book (buku kas)
    "forms.cash.title": {"id": "Buku kas usaha (penyewa)", "en": "Business cash book (tenant)"},
    "forms.cash.intro": {
        "id": "Catat setiap uang masuk dan keluar pada hari itu juga. Uang rumah tangga tidak dicatat di sini; "
              "uang usaha yang diambil untuk keperluan pribadi dicatat sebagai prive. Ketik ke buku_kas.xlsx "
              "(ikm-kit templates) untuk ringkasan bulanan.",
        "en": "Write down every cash in and out on the day. Household money is not recorded here; business "
              "money taken for personal use is recorded as owner's drawings. Type it into buku_kas.xlsx "
              "(ikm-kit templates) for the monthly summary.",
    },
    "forms.cash.date": {"id": "Tanggal", "en": "Date"},
    "forms.cash.description": {"id": "Uraian", "en": "Description"},
    "forms.cash.category": {"id": "Kategori", "en": "Category"},
    "forms.cash.in": {"id": "Masuk (Rp)", "en": "In (Rp)"},
    "forms.cash.out": {"id": "Keluar (Rp)", "en": "Out (Rp)"},
    "forms.cash.business": {"id": "Nama usaha / workshop", "en": "Business / workshop"},
    "forms.cash.month": {"id": "Bulan", "en": "Month"},
    "forms.cash.guide_title": {"id": "Kategori", "en": "Categories"},
    "forms.cash.kind_in": {"id": "Uang masuk", "en": "Cash in"},
    "forms.cash.kind_out": {"id": "Uang keluar", "en": "Cash out"},
    "forms.cash.kind_draw": {"id": "Prive (diambil pemilik)", "en": "Owner's drawings"},
    "forms.attendance.title": {"id": "Daftar hadir pelatihan", "en": "Training attendance list"},
    "forms.attendance.intro": {
        "id": "Peserta menandatangani kolom hari yang dihadiri.",
        "en": "Participants sign the column of each day attended.",
    },
    "forms.attendance.name": {"id": "Nama", "en": "Name"},
    "forms.attendance.org": {"id": "Usaha / instansi", "en": "Business / agency"},
    "forms.attendance.sex": {"id": "L/P", "en": "M/F"},
    "forms.attendance.phone": {"id": "No. HP", "en": "Phone"},
    "forms.attendance.day": {"id": "Hari {n}", "en": "Day {n}"},
    # course evaluation
    "forms.eval.title": {"id": "Evaluasi pelatihan oleh peserta", "en": "Course evaluation by participants"},
    "forms.eval.intro": {
        "id": "Lingkari satu angka: 1 = sangat tidak setuju, 2 = tidak setuju, 3 = ragu-ragu, 4 = setuju, "
              "5 = sangat setuju. Nama tidak perlu ditulis.",
        "en": "Circle one number: 1 = strongly disagree, 2 = disagree, 3 = unsure, 4 = agree, 5 = strongly agree. "
              "No name needed.",
    },
    "forms.eval.statement": {"id": "Pernyataan", "en": "Statement"},
    "forms.eval.q1": {"id": "Tujuan pelatihan jelas sejak hari pertama.", "en": "The aims were clear from day one."},
    "forms.eval.q2": {"id": "Materi sesuai dengan pekerjaan saya di sentra.", "en": "The content fits my work at the sentra."},
    "forms.eval.q3": {"id": "Contoh dan data dari sentra Kendari membantu saya memahami.",
                      "en": "Examples and data from the Kendari sentras helped me understand."},
    "forms.eval.q4": {"id": "Latihan di laptop mudah diikuti.", "en": "The laptop exercises were easy to follow."},
    "forms.eval.q5": {"id": "Pelatih menjelaskan dengan jelas dan menjawab pertanyaan.",
                      "en": "The trainers explained clearly and answered questions."},
    "forms.eval.q6": {"id": "Waktu untuk setiap topik cukup.", "en": "There was enough time for each topic."},
    "forms.eval.q7": {"id": "Formulir dan alat (lembar periksa, audit 5R, kalkulator HPP) akan saya pakai.",
                      "en": "I will use the forms and tools (check sheet, 5S audit, costing calculator)."},
    "forms.eval.q8": {"id": "Ruang, konsumsi dan perlengkapan memadai.", "en": "Room, meals and equipment were adequate."},
    "forms.eval.open1": {"id": "Bagian yang paling berguna:", "en": "Most useful part:"},
    "forms.eval.open2": {"id": "Bagian yang perlu diperbaiki:", "en": "What should be improved:"},
    "forms.eval.open3": {"id": "Pelatihan lanjutan yang dibutuhkan:", "en": "Follow-up training needed:"},
}
