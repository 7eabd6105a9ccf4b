"""Exercise texts of day 3 (pengendalian proses dan inspeksi): notebooks 03_*."""

MESSAGES = {
    # ------------------------------------------------------------ 03_peta_kendali
    "ex.03_jenis_variasi.title": {
        "id": "Latihan 3.1 — mana yang penyebab khusus?",
        "en": "Exercise 3.1 — which are special causes?",
    },
    "ex.03_jenis_variasi.h1": {
        "id": "Penyebab khusus adalah kejadian tertentu yang bisa ditunjuk dan dihilangkan (sesuatu berubah). "
              "Penyebab umum selalu ada dalam proses yang sama setiap hari.",
        "en": "A special cause is a specific event that can be pointed at and removed (something changed). "
              "Common causes are always present in the same process every day.",
    },
    "ex.03_jenis_variasi.h2": {
        "id": "Ada tiga penyebab khusus: sesuatu yang rusak, sesuatu yang baru, dan sesuatu yang mulai pada hari tertentu.",
        "en": "There are three special causes: something broken, something new, and something that started on a given day.",
    },
    "ex.03_jenis_variasi.m_semua": {
        "id": "Tidak semua variasi punya penyebab khusus. Perbedaan serat kayu dan getaran mesin yang biasa selalu ada: "
              "itu penyebab umum, bagian dari sistem. Mengejarnya satu per satu hanya membuang waktu.",
        "en": "Not all variation has a special cause. Grain differences and the usual machine vibration are always there: "
              "common causes, part of the system. Chasing them one by one wastes time.",
    },
    "ex.03_jenis_variasi.m_terbalik": {
        "id": "Terbalik: serat kayu dan getaran biasa adalah penyebab umum (selalu ada). Gergaji tumpul, operator baru "
              "dan siku bengkok adalah penyebab khusus (ada kejadian yang bisa ditunjuk).",
        "en": "The other way round: grain and usual vibration are common causes (always present). A dull saw, a new "
              "operator and a bent square are special causes (an event you can point at).",
    },
    "ex.03_jenis_variasi.explain": {
        "id": "Penyebab khusus ditangani oleh operator dan pengelola di tempat; penyebab umum hanya berkurang bila "
              "sistemnya diubah (mesin, bahan, metode) — itu keputusan pimpinan.",
        "en": "Special causes are dealt with on the spot by operators and the manager; common causes only shrink when "
              "the system changes (machines, materials, methods) — a management decision.",
    },
    "ex.03_bkb_abon.title": {
        "id": "Latihan 3.2 — BKB peta x̄ berat kemasan abon (fase I)",
        "en": "Exercise 3.2 — LCL of the x-bar chart of abon pack weight (phase I)",
    },
    "ex.03_bkb_abon.h1": {
        "id": "Fase I hanya subgrup 1–40: ubah angka batas_fase1.",
        "en": "Phase I is subgroups 1–40 only: change the number batas_fase1.",
    },
    "ex.03_bkb_abon.h2": {
        "id": "BKB (batas kendali bawah) peta x̄ dihitung dari data fase I saja; setelah batas_fase1 benar, jalankan sel lagi.",
        "en": "The x̄ chart's LCL is computed from phase-I data only; once batas_fase1 is right, run the cell again.",
    },
    "ex.03_bkb_abon.h3": {
        "id": "BKB = x̿ − A2·R̄. Jawabannya sedikit di atas 100 g.",
        "en": "LCL = grand mean − A2·R-bar. The answer is a little above 100 g.",
    },
    "ex.03_bkb_abon.m_semua_data": {
        "id": "Itu BKB dari semua 90 subgrup. Data setelah subgrup 60 sudah bergeser turun, jadi batasnya ikut "
              "bergeser dan melebar. Batas fase I dihitung hanya dari periode yang stabil (subgrup 1–40).",
        "en": "That is the LCL from all 90 subgroups. The data after subgroup 60 have shifted down, so the limits shift "
              "and widen too. Phase I limits come only from the stable period (subgroups 1–40).",
    },
    "ex.03_bkb_abon.m_spesifikasi": {
        "id": "98 g adalah batas spesifikasi bawah (BSB) — janji kepada pembeli. Batas kendali (BKB) dihitung dari "
              "data proses itu sendiri dan menunjukkan apa yang biasa dihasilkan proses.",
        "en": "98 g is the lower specification limit (LSL) — a promise to the buyer. The control limit (LCL) is computed "
              "from the process data and shows what the process usually produces.",
    },
    "ex.03_bkb_abon.m_bka": {
        "id": "Itu BKA (batas kendali atas, .ucl). Yang ditanyakan BKB (.lcl).",
        "en": "That is the UCL (.ucl). The question asks for the LCL (.lcl).",
    },
    "ex.03_bkb_abon.explain": {
        "id": "Rata-rata subgrup di bawah BKB ini berarti takaran pengisian berubah: cari penyebabnya sebelum "
              "banyak kemasan kurang isi terjual.",
        "en": "A subgroup mean below this LCL means the filling changed: look for the cause before many underfilled "
              "packs are sold.",
    },
    "ex.03_sinyal_fase2.title": {
        "id": "Latihan 3.3 — tanda pertama pada fase II (abon)",
        "en": "Exercise 3.3 — first signal in phase II (abon)",
    },
    "ex.03_sinyal_fase2.h1": {
        "id": "Lihat tabel fase2.violations: kolom point adalah nomor subgrup (mulai dari 1). Cari baris pertama "
              "dengan point lebih dari 40.",
        "en": "Look at the table fase2.violations: the column point is the subgroup number (from 1). Find the first "
              "row with point above 40.",
    },
    "ex.03_sinyal_fase2.h2": {
        "id": "Pakai aturan Western Electric (bawaan). Tanda pertama adalah titik di bawah BKB.",
        "en": "Use the Western Electric rules (the default). The first signal is a point below the LCL.",
    },
    "ex.03_sinyal_fase2.m_nelson": {
        "id": "Itu tanda aturan Nelson N7 (15 titik berturut-turut dekat garis tengah), bukan pergeseran. Dengan "
              "aturan Western Electric, tanda pertama muncul kemudian.",
        "en": "That is Nelson rule N7 (15 points in a row close to the centre line), not a shift. With the Western "
              "Electric rules the first signal comes later.",
    },
    "ex.03_sinyal_fase2.m_indeks": {
        "id": "Anda memakai kolom index (mulai dari 0). Nomor subgrup yang dibaca orang ada di kolom point.",
        "en": "You used the column index (starting at 0). The subgroup number people read is in the column point.",
    },
    "ex.03_sinyal_fase2.explain": {
        "id": "Setelah tanda pertama, hampir semua titik berada di bawah garis tengah: takaran abon bergeser turun "
              "sekitar 1 g dan tidak kembali sendiri.",
        "en": "After the first signal almost every point lies below the centre line: the abon filling dropped by about "
              "1 g and did not recover by itself.",
    },
    "ex.03_peta_yang_tepat.title": {
        "id": "Latihan 3.4 — memilih peta kendali",
        "en": "Exercise 3.4 — choosing a control chart",
    },
    "ex.03_peta_yang_tepat.h1": {
        "id": "Data berupa hitungan (cacat / tidak cacat), bukan hasil ukur. Yang dihitung adalah kemasan cacat dari "
              "sejumlah kemasan yang diperiksa.",
        "en": "The data are counts (defective or not), not measurements. What is counted is defective packs out of a "
              "number of packs inspected.",
    },
    "ex.03_peta_yang_tepat.h2": {
        "id": "Jumlah yang diperiksa berubah setiap hari, jadi yang dibandingkan adalah proporsinya.",
        "en": "The number inspected changes every day, so the proportion is what is compared.",
    },
    "ex.03_peta_yang_tepat.m_c": {
        "id": "Peta c menghitung jumlah cacat pada satu satuan pemeriksaan yang sama besar (misalnya cacat per hari "
              "di satu lini). Di sini ada kemasan cacat dari jumlah diperiksa yang berubah: pakai proporsi.",
        "en": "A c chart counts defects in an inspection unit of constant size (e.g. defects per day on one line). "
              "Here we have defective packs out of a changing number inspected: use the proportion.",
    },
    "ex.03_peta_yang_tepat.m_np": {
        "id": "Peta np hanya untuk ukuran sampel yang tetap. Jumlah yang diperiksa di sini berubah-ubah.",
        "en": "An np chart is only for a constant sample size. Here the number inspected varies.",
    },
    "ex.03_peta_yang_tepat.m_xbar": {
        "id": "Peta x̄–R untuk hasil ukur (mm, g, %). Data ini hitungan cacat / tidak cacat.",
        "en": "An x-bar–R chart is for measurements (mm, g, %). These data are defective / not defective counts.",
    },
    "ex.03_peta_yang_tepat.explain": {
        "id": "Peta p: proporsi cacat p = cacat/diperiksa, dengan batas yang menyempit pada hari dengan sampel besar.",
        "en": "p chart: fraction defective p = defectives/inspected, with limits that narrow on days with large samples.",
    },
    "ex.03_hari_di_luar_p.title": {
        "id": "Latihan 3.5 — hari di luar batas pada peta p kursi makan",
        "en": "Exercise 3.5 — days beyond the limits on the dining-chair p chart",
    },
    "ex.03_hari_di_luar_p.h1": {
        "id": "Hari di luar batas diberi titik merah di grafik dan tercantum di tabel di bawahnya.",
        "en": "Days beyond the limits are red points in the chart and rows of the table below it.",
    },
    "ex.03_hari_di_luar_p.h2": {
        "id": "Hitung baris tabel di bawah grafik (satu baris = satu hari di luar batas).",
        "en": "Count the rows of the table under the chart (one row = one day beyond the limits).",
    },
    "ex.03_hari_di_luar_p.m_rata_n": {
        "id": "Anda memakai rata-rata jumlah diperiksa untuk semua hari. Pada hari dengan sampel kecil batasnya "
              "seharusnya lebih lebar, sehingga beberapa hari tampak 'di luar batas' padahal tidak. Berikan jumlah "
              "diperiksa setiap hari.",
        "en": "You used the average number inspected for every day. On days with a small sample the limits should be "
              "wider, so some days look 'beyond the limits' although they are not. Give the number inspected per day.",
    },
    "ex.03_hari_di_luar_p.explain": {
        "id": "Dengan batas per hari hanya dua hari yang perlu diselidiki; alarm palsu berkurang.",
        "en": "With per-day limits only two days need investigating; fewer false alarms.",
    },
    "ex.03_titik_kadar_air.title": {
        "id": "Latihan 3.6 — titik 63 di peta I kadar air kayu",
        "en": "Exercise 3.6 — point 63 on the wood-moisture I chart",
    },
    "ex.03_titik_kadar_air.h1": {
        "id": "Titik di luar batas kendali adalah tanda penyebab khusus. Apa yang dilakukan terhadap penyebab khusus?",
        "en": "A point beyond the control limits signals a special cause. What do we do with a special cause?",
    },
    "ex.03_titik_kadar_air.m_hapus": {
        "id": "Jangan menghapus data agar grafik tampak rapi. Titik itu adalah informasi: ada muatan kayu yang terlalu "
              "basah. Keluarkan dari perhitungan batas hanya setelah penyebabnya ditemukan dan diperbaiki.",
        "en": "Do not delete data to make the chart look tidy. The point is information: a charge of wood was too wet. "
              "Leave it out of the limits only after the cause has been found and corrected.",
    },
    "ex.03_titik_kadar_air.m_bka": {
        "id": "Batas kendali tidak ditentukan sesuka hati; batas dihitung dari data (rata-rata ± 3σ). Menaikkan BKA "
              "hanya menyembunyikan masalah.",
        "en": "Control limits are not set at will; they are computed from the data (mean ± 3σ). Raising the UCL only "
              "hides the problem.",
    },
    "ex.03_titik_kadar_air.m_abaikan": {
        "id": "Satu titik di luar batas sudah cukup sebagai tanda (aturan 1). Peluangnya terjadi secara kebetulan "
              "hanya sekitar 3 dari 1.000 titik.",
        "en": "One point beyond the limits is already a signal (rule 1). It happens by chance only for about 3 in "
              "1,000 points.",
    },
    "ex.03_titik_kadar_air.explain": {
        "id": "Periksa catatan oven untuk muatan itu (lama pengeringan, suhu, ketebalan papan) dan ukur ulang kayunya "
              "sebelum dipakai.",
        "en": "Check the kiln record for that charge (drying time, temperature, board thickness) and re-measure the wood "
              "before it is used.",
    },
    "ex.03_jam_pergeseran.title": {
        "id": "Latihan 3.7 — pada jam berapa pergeseran dimulai? (simulasi, seed 5)",
        "en": "Exercise 3.7 — at which hour did the shift start? (simulation, seed 5)",
    },
    "ex.03_jam_pergeseran.h1": {
        "id": "Jangan berhenti pada titik pertama yang diberi lingkaran merah. Lihat ke belakang: sejak titik mana "
              "rata-rata mulai berada di atas garis tengah terus-menerus?",
        "en": "Do not stop at the first point circled in red. Look back: from which point on do the means stay above the "
              "centre line?",
    },
    "ex.03_jam_pergeseran.h2": {
        "id": "Pergeseran terjadi setelah jam 30 dan sebelum jam 35. Jawaban boleh meleset 1 jam.",
        "en": "The shift happened after hour 30 and before hour 35. Your answer may be off by 1 hour.",
    },
    "ex.03_jam_pergeseran.m_sinyal": {
        "id": "Itu jam ketika aturan pola pertama kali memberi tanda. Pergeseran sudah dimulai beberapa jam sebelumnya: "
              "aturan seperti '4 dari 5 titik' baru berbunyi setelah beberapa titik terkumpul. Cari titik awal deretan itu.",
        "en": "That is the hour when a run rule first signalled. The shift began a few hours earlier: rules such as "
              "'4 of 5 points' fire only after several points have accumulated. Find where that run began.",
    },
    "ex.03_jam_pergeseran.explain": {
        "id": "Mencari saat mulainya perubahan penting untuk menelusuri penyebab: apa yang berubah pada jam itu "
              "(ganti operator, ganti papan, mal bergeser)?",
        "en": "Finding when the change began matters for tracing the cause: what changed at that hour (new operator, "
              "new board, jig moved)?",
    },
    # ------------------------------------------------------------ 03_kapabilitas_proses
    "ex.03_cp_within.title": {
        "id": "Latihan 3.8 — Cp panjang kaki meja dengan σ dalam subgrup",
        "en": "Exercise 3.8 — Cp of table-leg length with the within-subgroup σ",
    },
    "ex.03_cp_within.h1": {
        "id": "Ada dua angka mirip di tabel: Cp (σ dalam subgrup) dan Pp (σ keseluruhan). Latihan ini meminta Cp.",
        "en": "The table has two similar numbers: Cp (within-subgroup σ) and Pp (overall σ). This exercise asks for Cp.",
    },
    "ex.03_cp_within.h2": {
        "id": "Cp = (BSA − BSB) ÷ (6 × σ dalam subgrup); σ dalam subgrup = R̄/d2.",
        "en": "Cp = (USL − LSL) ÷ (6 × within-subgroup σ); within-subgroup σ = R̄/d2.",
    },
    "ex.03_cp_within.h3": {
        "id": "Jawabannya sedikit di bawah 1,33.",
        "en": "The answer is a little below 1.33.",
    },
    "ex.03_cp_within.m_overall": {
        "id": "Itu Pp: lebar spesifikasi dibagi 6 × simpangan baku SEMUA data (σ keseluruhan). σ keseluruhan ikut "
              "memuat pergeseran mal setelah subgrup 55, jadi lebih besar. Cp memakai σ dalam subgrup (variasi "
              "jangka pendek, R̄/d2): hasil.cp, bukan hasil.pp.",
        "en": "That is Pp: the spec width divided by 6 × the standard deviation of ALL the data (overall σ). The overall "
              "σ includes the jig shift after subgroup 55, so it is larger. Cp uses the within-subgroup σ (short-term "
              "variation, R-bar/d2): hasil.cp, not hasil.pp.",
    },
    "ex.03_cp_within.m_subgrup": {
        "id": "Anda lupa subgroup_size=5. Tanpa itu σ dihitung dari rentang bergerak antarpembacaan, bukan dari "
              "subgrup 5 kaki yang diukur bersamaan.",
        "en": "You forgot subgroup_size=5. Without it σ comes from moving ranges between readings, not from the "
              "subgroups of 5 legs measured together.",
    },
    "ex.03_cp_within.m_cpk": {
        "id": "Itu Cpk (memperhitungkan posisi rata-rata). Yang ditanyakan Cp: hanya lebar spesifikasi dibanding "
              "lebar proses.",
        "en": "That is Cpk (takes the position of the mean into account). The question asks for Cp: only spec width "
              "against process width.",
    },
    "ex.03_cp_within.explain": {
        "id": "Cp ≈ 1,29 menunjukkan kemampuan proses bila rata-ratanya dikembalikan ke tengah; Pp ≈ 1,0 menunjukkan "
              "apa yang benar-benar diterima pembeli selama mal masih bergeser.",
        "en": "Cp ≈ 1.29 shows what the process can do once its mean is brought back; Pp ≈ 1.0 shows what buyers "
              "actually got while the jig was shifted.",
    },
    "ex.03_cpk_kadar_air.title": {
        "id": "Latihan 3.9 — Cpk kadar air kayu (hanya BSA 14 %)",
        "en": "Exercise 3.9 — Cpk of wood moisture (USL 14 % only)",
    },
    "ex.03_cpk_kadar_air.h1": {
        "id": "Hanya ada batas atas (14 %): Cp tidak ada (–) untuk spesifikasi satu sisi. Baca Cpk.",
        "en": "There is only an upper limit (14 %): Cp does not exist (–) for a one-sided specification. Read Cpk.",
    },
    "ex.03_cpk_kadar_air.h2": {
        "id": "Cpk = Cpu = (BSA − rata-rata) / (3 × σ dalam). Rata-rata sekitar 12,35 %.",
        "en": "Cpk = Cpu = (USL − mean) / (3 × within σ). The mean is about 12.35 %.",
    },
    "ex.03_cpk_kadar_air.m_overall": {
        "id": "Itu Ppk (dengan σ keseluruhan). Cpk memakai σ dalam: untuk pembacaan tunggal σ = rata-rata rentang "
              "bergerak / 1,128.",
        "en": "That is Ppk (with the overall σ). Cpk uses the within σ: for single readings σ = mean moving range / 1.128.",
    },
    "ex.03_cpk_kadar_air.m_target": {
        "id": "Anda memakai target 12 %, bukan rata-rata proses yang sebenarnya (sekitar 12,35 %). Cpk mengukur jarak "
              "rata-rata proses ke batas spesifikasi.",
        "en": "You used the 12 % target instead of the actual process mean (about 12.35 %). Cpk measures the distance "
              "from the process mean to the specification limit.",
    },
    "ex.03_cpk_kadar_air.explain": {
        "id": "Cpk < 1: sebagian kecil papan (sekitar 0,5 %) diperkirakan masih di atas 14 %. Pengeringan perlu lebih "
              "seragam atau sedikit lebih lama.",
        "en": "Cpk < 1: a small share of boards (about 0.5 %) is expected above 14 %. Drying must be more uniform or a "
              "little longer.",
    },
    "ex.03_cpl_abon.title": {
        "id": "Latihan 3.10 — Cpl berat kemasan abon setelah pergeseran (hitung sendiri)",
        "en": "Exercise 3.10 — Cpl of abon pack weight after the shift (compute by hand)",
    },
    "ex.03_cpl_abon.h1": {
        "id": "Cpl = (rata-rata − BSB) / (3 × σ dalam). BSB = 98 g.",
        "en": "Cpl = (mean − LSL) / (3 × within σ). LSL = 98 g.",
    },
    "ex.03_cpl_abon.h2": {
        "id": "Contoh dengan angka bulat: (100,2 − 98) / (3 × 0,85) = 2,2 / 2,55.",
        "en": "Example with rounded numbers: (100.2 − 98) / (3 × 0.85) = 2.2 / 2.55.",
    },
    "ex.03_cpl_abon.m_enam_sigma": {
        "id": "Anda membagi dengan 6σ. Untuk satu sisi (Cpl, Cpu) jaraknya dibagi 3σ, karena hanya setengah lebar "
              "proses yang menghadap batas itu.",
        "en": "You divided by 6σ. For one side (Cpl, Cpu) the distance is divided by 3σ, because only half of the "
              "process width faces that limit.",
    },
    "ex.03_cpl_abon.m_cpu": {
        "id": "Itu Cpu (jarak ke BSA 105 g). Untuk kemasan kurang isi yang penting adalah jarak ke BSB 98 g.",
        "en": "That is Cpu (distance to the USL 105 g). For underfilled packs what matters is the distance to the LSL 98 g.",
    },
    "ex.03_cpl_abon.explain": {
        "id": "Cpl < 1: setelah takaran turun, sekitar 0,5 % kemasan diperkirakan di bawah 98 g.",
        "en": "Cpl < 1: after the filling dropped, about 0.5 % of packs are expected below 98 g.",
    },
    "ex.03_tindakan_abon.title": {
        "id": "Latihan 3.11 — tindakan untuk berat kemasan abon",
        "en": "Exercise 3.11 — action for the abon pack weight",
    },
    "ex.03_tindakan_abon.h1": {
        "id": "Bandingkan Cp (sekitar 1,38) dan Cpk (sekitar 0,87). Mana yang bermasalah: lebar sebaran atau letak "
              "rata-ratanya?",
        "en": "Compare Cp (about 1.38) and Cpk (about 0.87). Which is the problem: the spread or where the mean is?",
    },
    "ex.03_tindakan_abon.h2": {
        "id": "Cp cukup besar berarti sebarannya sudah sempit. Cpk kecil berarti rata-rata terlalu dekat dengan satu batas.",
        "en": "A large enough Cp means the spread is already narrow. A small Cpk means the mean is too close to one limit.",
    },
    "ex.03_tindakan_abon.m_mesin": {
        "id": "Sebaran sudah cukup sempit (Cp ≈ 1,38). Timbangan atau mesin baru mahal dan tidak menyelesaikan masalah "
              "utama: rata-rata yang turun.",
        "en": "The spread is already narrow enough (Cp ≈ 1.38). A new scale or machine is costly and does not fix the "
              "main problem: the mean has dropped.",
    },
    "ex.03_tindakan_abon.m_lebarkan": {
        "id": "Berat bersih di label adalah janji kepada konsumen. Spesifikasi tidak boleh dilonggarkan agar angka "
              "kapabilitas tampak bagus.",
        "en": "The net weight on the label is a promise to consumers. The specification must not be loosened to make "
              "the capability numbers look good.",
    },
    "ex.03_tindakan_abon.m_periksa": {
        "id": "Menimbang setiap kemasan bisa menahan kemasan kurang isi, tetapi mahal dan tidak memperbaiki proses. "
              "Perbaiki dulu penyebabnya: kembalikan takaran ke tengah.",
        "en": "Weighing every pack can stop underfilled packs but is costly and does not fix the process. Fix the "
              "cause first: bring the filling back to the centre.",
    },
    "ex.03_tindakan_abon.explain": {
        "id": "Kembalikan rata-rata ke sekitar 101 g (periksa takaran, sendok takar, kalibrasi timbangan). Cpk akan "
              "naik mendekati Cp tanpa investasi baru.",
        "en": "Bring the mean back to about 101 g (check the measure, the scoop, calibrate the scale). Cpk will rise "
              "towards Cp without new investment.",
    },
    # ------------------------------------------------------------ 03_sampling_penerimaan
    "ex.03_n_sampel.title": {
        "id": "Latihan 3.12 — ukuran sampel untuk lot 500 standing pouch, AQL 2,5",
        "en": "Exercise 3.12 — sample size for a lot of 500 stand-up pouches, AQL 2.5",
    },
    "ex.03_n_sampel.h1": {
        "id": "Pakai SamplingPlanExplorer di atas: ukuran lot 500, AQL 2.5, tingkat II, inspeksi normal.",
        "en": "Use the SamplingPlanExplorer above: lot size 500, AQL 2.5, level II, normal inspection.",
    },
    "ex.03_n_sampel.h2": {
        "id": "Lot 281–500 dengan tingkat II memberi huruf kode H. Baca n pada baris H.",
        "en": "Lots of 281–500 at level II give code letter H. Read n on row H.",
    },
    "ex.03_n_sampel.m_contoh": {
        "id": "Itu n untuk contoh lot 1.000 dengan AQL 1,0. Ubah ukuran lot menjadi 500 dan AQL menjadi 2,5.",
        "en": "That is n for the example lot of 1,000 with AQL 1.0. Change the lot size to 500 and the AQL to 2.5.",
    },
    "ex.03_n_sampel.m_level_i": {
        "id": "Itu n untuk tingkat inspeksi I. Tingkat umum yang dipakai bila tidak ada ketentuan lain adalah II.",
        "en": "That is n for inspection level I. The general level used unless agreed otherwise is II.",
    },
    "ex.03_n_sampel.m_level_iii": {
        "id": "Itu n untuk tingkat inspeksi III (lebih ketat). Pakai tingkat II.",
        "en": "That is n for inspection level III (more discriminating). Use level II.",
    },
    "ex.03_n_sampel.explain": {
        "id": "Lot 500, tingkat II → huruf H → n = 50, Ac 3, Re 4.",
        "en": "Lot 500, level II → letter H → n = 50, Ac 3, Re 4.",
    },
    "ex.03_keputusan_lot.title": {
        "id": "Latihan 3.13 — terima atau tolak lot?",
        "en": "Exercise 3.13 — accept or reject the lot?",
    },
    "ex.03_keputusan_lot.h1": {
        "id": "Rencana: n = 80, Ac = 2, Re = 3. Lot diterima hanya bila jumlah cacat dalam sampel ≤ Ac.",
        "en": "Plan: n = 80, Ac = 2, Re = 3. The lot is accepted only when the number of defectives in the sample is ≤ Ac.",
    },
    "ex.03_keputusan_lot.m_terima": {
        "id": "Re = 3 adalah angka penolakan: lot DITOLAK bila cacat ≥ 3. Yang menentukan penerimaan adalah Ac = 2.",
        "en": "Re = 3 is the rejection number: the lot is REJECTED when defectives ≥ 3. Acceptance is decided by Ac = 2.",
    },
    "ex.03_keputusan_lot.explain": {
        "id": "Tolak lot dan beri tahu pemasok. Lot yang ditolak dapat dikembalikan atau diperiksa 100 % (sortir).",
        "en": "Reject the lot and inform the supplier. A rejected lot can be returned or 100 % inspected (sorted).",
    },
    "ex.03_pa_dua_persen.title": {
        "id": "Latihan 3.14 — peluang lot diterima bila 2 % cacat",
        "en": "Exercise 3.14 — probability of accepting a lot that is 2 % defective",
    },
    "ex.03_pa_dua_persen.h1": {
        "id": "Panggil oc_single dengan ukuran sampel n, angka penerimaan Ac dan proporsi cacat lot sebagai pecahan (2 % ditulis 0.02 di kode).",
        "en": "Call oc_single with the sample size n, the acceptance number Ac and the lot's defective share as a fraction (2 % is written 0.02 in code).",
    },
    "ex.03_pa_dua_persen.h2": {
        "id": "Jawabannya antara 0 dan 1 (peluang), sekitar tiga perempat.",
        "en": "The answer is between 0 and 1 (a probability), about three quarters.",
    },
    "ex.03_pa_dua_persen.m_re": {
        "id": "Anda memakai Re = 3 sebagai c. Angka penerimaan c adalah Ac = 2.",
        "en": "You used Re = 3 as c. The acceptance number c is Ac = 2.",
    },
    "ex.03_pa_dua_persen.m_persen": {
        "id": "Jawaban diminta sebagai peluang (0–1), bukan persen. Tulis 0,78, bukan 78.",
        "en": "The answer is a probability (0–1), not a percentage. Write 0.78, not 78.",
    },
    "ex.03_pa_dua_persen.explain": {
        "id": "Lot yang cacatnya 2 % (dua kali AQL) masih diterima sekitar 78 dari 100 kali: sampling melindungi "
              "dengan baik hanya terhadap lot yang jauh lebih buruk.",
        "en": "A lot that is 2 % defective (twice the AQL) is still accepted about 78 times in 100: sampling protects "
              "well only against much worse lots.",
    },
    "ex.03_aoql.title": {
        "id": "Latihan 3.15 — AOQL rencana n = 80, Ac = 2 (dalam %)",
        "en": "Exercise 3.15 — AOQL of the plan n = 80, Ac = 2 (in %)",
    },
    "ex.03_aoql.h1": {
        "id": "AOQL = AOQ tertinggi. Cari nilai terbesar di kolom AOQ dan tulis dalam persen.",
        "en": "AOQL = the highest AOQ. Find the largest value in the AOQ column and write it as a percentage.",
    },
    "ex.03_aoql.h2": {
        "id": "Jawabannya antara 1 % dan 2 %.",
        "en": "The answer is between 1 % and 2 %.",
    },
    "ex.03_aoql.m_pecahan": {
        "id": "Itu pecahan. Kalikan dengan 100 agar menjadi persen.",
        "en": "That is a fraction. Multiply by 100 to get a percentage.",
    },
    "ex.03_aoql.explain": {
        "id": "Bila setiap lot yang ditolak disortir 100 %, rata-rata mutu yang keluar tidak akan lebih buruk dari "
              "sekitar 1,6 % cacat, apa pun mutu yang datang.",
        "en": "If every rejected lot is 100 % sorted, the average outgoing quality is never worse than about 1.6 % "
              "defective, whatever quality comes in.",
    },
    "ex.03_perpindahan.title": {
        "id": "Latihan 3.16 — aturan perpindahan",
        "en": "Exercise 3.16 — switching rules",
    },
    "ex.03_perpindahan.h1": {
        "id": "Baca aturan 'Normal → diperketat' pada daftar aturan perpindahan.",
        "en": "Read the rule 'Normal → tightened' in the list of switching rules.",
    },
    "ex.03_perpindahan.m_normal": {
        "id": "Tidak perlu menunggu 5 lot: 2 lot ditolak di antara 5 lot berturut-turut (atau kurang) sudah cukup "
              "untuk pindah ke inspeksi diperketat.",
        "en": "No need to wait for 5 lots: 2 lots rejected within 5 consecutive lots (or fewer) is enough to switch to "
              "tightened inspection.",
    },
    "ex.03_perpindahan.m_hentikan": {
        "id": "Inspeksi dihentikan baru bila 5 lot ditolak selama inspeksi DIPERKETAT. Sekarang masih inspeksi normal.",
        "en": "Inspection is discontinued only after 5 lots are rejected under TIGHTENED inspection. This is still "
              "normal inspection.",
    },
    "ex.03_perpindahan.m_dikurangi": {
        "id": "Inspeksi dikurangi hanya untuk pemasok yang mutunya terus baik. Di sini 2 lot ditolak: mutunya memburuk.",
        "en": "Reduced inspection is only for suppliers with consistently good quality. Here 2 lots were rejected: "
              "quality got worse.",
    },
    "ex.03_perpindahan.explain": {
        "id": "Inspeksi diperketat (n = 80, Ac 1, Re 2 untuk contoh ini) menekan pemasok untuk memperbaiki mutu; "
              "kembali ke normal setelah 5 lot berturut-turut diterima.",
        "en": "Tightened inspection (n = 80, Ac 1, Re 2 for this example) pushes the supplier to improve; back to "
              "normal after 5 consecutive lots are accepted.",
    },
    # ------------------------------------------------------------ 03_keamanan_pangan
    "ex.03_ccp_tanpa_tindakan.title": {
        "id": "Latihan 3.17 — penyimpangan CCP tanpa tindakan koreksi di workshop P06",
        "en": "Exercise 3.17 — CCP deviations without corrective action in workshop P06",
    },
    "ex.03_ccp_tanpa_tindakan.h1": {
        "id": "Tabel di bawah latihan hanya memuat penyimpangan P06 tanpa tindakan koreksi: hitung barisnya.",
        "en": "The table under the exercise lists only P06 deviations without a corrective action: count its rows.",
    },
    "ex.03_ccp_tanpa_tindakan.h2": {
        "id": "Jawabannya lebih kecil daripada jumlah semua penyimpangan P06.",
        "en": "The answer is smaller than the number of all P06 deviations.",
    },
    "ex.03_ccp_tanpa_tindakan.m_sentra": {
        "id": "Itu jumlah untuk seluruh sentra. Yang ditanyakan hanya workshop P06: saring log dengan "
              "log[\"unit_id\"] == \"P06\" sebelum check_ccp.",
        "en": "That is the number for the whole sentra. The question asks only for workshop P06: filter the log with "
              "log[\"unit_id\"] == \"P06\" before check_ccp.",
    },
    "ex.03_ccp_tanpa_tindakan.m_semua": {
        "id": "Itu jumlah SEMUA penyimpangan. Sebagian sudah ada tindakan koreksinya; yang ditanyakan hanya yang "
              "tanpa tindakan (missing_actions).",
        "en": "That is the number of ALL deviations. Some already have a corrective action; the question asks only for "
              "those without (missing_actions).",
    },
    "ex.03_ccp_tanpa_tindakan.m_dengan": {
        "id": "Itu penyimpangan yang SUDAH ada tindakan koreksinya. Yang ditanyakan yang belum.",
        "en": "Those are the deviations that DO have a corrective action. The question asks for those that do not.",
    },
    "ex.03_ccp_tanpa_tindakan.explain": {
        "id": "Setiap penyimpangan tanpa tindakan koreksi berarti produk yang mungkin tidak aman sudah lolos tanpa "
              "keputusan. Ini temuan yang serius saat audit.",
        "en": "Every deviation without corrective action means possibly unsafe product went on without a decision. "
              "This is a serious audit finding.",
    },
    "ex.03_ccp_terbanyak.title": {
        "id": "Latihan 3.18 — CCP dengan penyimpangan tanpa tindakan terbanyak",
        "en": "Exercise 3.18 — the CCP with the most deviations without action",
    },
    "ex.03_ccp_terbanyak.h1": {
        "id": "Lihat tabel ringkasan CCP (bagian 2), kolom penyimpangan tanpa tindakan (without_action).",
        "en": "Look at the CCP summary table (section 2), the column of deviations without action (without_action).",
    },
    "ex.03_ccp_terbanyak.m_pembacaan": {
        "id": "Penggorengan memang paling banyak dicatat (kolom readings), tetapi yang ditanyakan adalah penyimpangan "
              "tanpa tindakan (kolom without_action).",
        "en": "Frying has the most records (column readings), but the question asks for deviations without action "
              "(column without_action).",
    },
    "ex.03_ccp_terbanyak.m_pengeringan": {
        "id": "Pengeringan tidak punya penyimpangan sama sekali pada periode ini. Lihat kolom without_action.",
        "en": "Drying has no deviations at all in this period. Look at the column without_action.",
    },
    "ex.03_ccp_terbanyak.explain": {
        "id": "Suhu freezer di atas −18 °C sering dibiarkan tanpa tindakan, terutama di dua workshop abon. "
              "Penyebab yang mungkin: pintu freezer, freezer terlalu penuh, listrik padam.",
        "en": "Freezer temperatures above −18 °C are often left without action, mostly in two abon workshops. "
              "Possible causes: the freezer door, an overfull freezer, power cuts.",
    },
    "ex.03_prinsip_haccp.title": {
        "id": "Latihan 3.19 — prinsip HACCP yang dijalankan",
        "en": "Exercise 3.19 — which HACCP principle applies",
    },
    "ex.03_prinsip_haccp.h1": {
        "id": "Pemantauan sudah menemukan penyimpangan. Prinsip mana yang mengatur apa yang dilakukan terhadap "
              "proses dan produknya?",
        "en": "Monitoring has already found a deviation. Which principle says what is done with the process and the "
              "product?",
    },
    "ex.03_prinsip_haccp.m_verifikasi": {
        "id": "Verifikasi (prinsip 6) memeriksa secara berkala bahwa sistem HACCP bekerja, misalnya meninjau catatan "
              "tiap minggu. Saat penyimpangan terjadi, yang dijalankan adalah tindakan koreksi.",
        "en": "Verification (principle 6) checks periodically that the HACCP system works, e.g. reviewing records "
              "weekly. When a deviation happens, corrective action is what applies.",
    },
    "ex.03_prinsip_haccp.m_batas": {
        "id": "Batas kritis (prinsip 3) sudah ditetapkan (≥ 160 °C). Jangan mengubah batas karena satu penyimpangan.",
        "en": "The critical limit (principle 3) is already set (≥ 160 °C). Do not change a limit because of one deviation.",
    },
    "ex.03_prinsip_haccp.explain": {
        "id": "Tindakan koreksi: perbaiki proses (naikkan suhu minyak), putuskan nasib produk (goreng ulang atau "
              "tahan), dan catat keduanya.",
        "en": "Corrective action: fix the process (raise the oil temperature), decide on the product (re-fry or hold), "
              "and record both.",
    },
    "ex.03_level_p06.title": {
        "id": "Latihan 3.20 — level sarana workshop P06",
        "en": "Exercise 3.20 — facility level of workshop P06",
    },
    "ex.03_level_p06.h1": {
        "id": "Hitung temuan per tingkat: berapa minor, mayor, serius, kritis?",
        "en": "Count the findings per grade: how many minor, major, serious, critical?",
    },
    "ex.03_level_p06.h2": {
        "id": "Level ditentukan oleh tingkat temuan yang TERBURUK. Satu temuan serius saja sudah menentukan levelnya.",
        "en": "The level is set by the WORST grade of finding. A single serious finding already decides the level.",
    },
    "ex.03_level_p06.m_ii": {
        "id": "Minor 2 dan mayor 2 memang Level II, tetapi ada satu temuan serius (suhu freezer tidak dicatat). "
              "Satu temuan serius → Level III.",
        "en": "2 minor and 2 major would be Level II, but there is one serious finding (freezer temperature not "
              "recorded). One serious finding → Level III.",
    },
    "ex.03_level_p06.m_i": {
        "id": "Level I hanya bila minor paling banyak 1 dan tanpa mayor, serius, kritis. Di sini ada 5 temuan.",
        "en": "Level I only with at most 1 minor and no major, serious or critical finding. Here there are 5 findings.",
    },
    "ex.03_level_p06.explain": {
        "id": "Level III: belum memenuhi persyaratan. Perbaiki dulu temuan serius (catat suhu freezer setiap hari), "
              "lalu periksa ulang.",
        "en": "Level III: does not yet meet the requirements. Fix the serious finding first (record the freezer "
              "temperature daily), then re-inspect.",
    },
    "ex.03_level_p11.title": {
        "id": "Latihan 3.21 — level sarana workshop P11",
        "en": "Exercise 3.21 — facility level of workshop P11",
    },
    "ex.03_level_p11.h1": {
        "id": "Cari setiap temuan di tabel daftar periksa (bagian 4) dan lihat tingkatnya (minor, mayor, serius, kritis).",
        "en": "Find each finding in the checklist table (section 4) and look at its grade (minor, major, serious, critical).",
    },
    "ex.03_level_p11.h2": {
        "id": "Air sumur yang belum diuji menyangkut butir A04.1 dengan tingkat kritis.",
        "en": "Untested well water concerns item A04.1, graded critical.",
    },
    "ex.03_level_p11.m_ii": {
        "id": "Dua temuan minor memang Level II, tetapi air produksi yang belum memenuhi syarat air minum adalah "
              "temuan KRITIS: satu temuan kritis → Level IV.",
        "en": "Two minor findings would be Level II, but production water that does not meet drinking-water "
              "requirements is a CRITICAL finding: one critical finding → Level IV.",
    },
    "ex.03_level_p11.m_iii": {
        "id": "Level III untuk temuan serius 1–4. Di sini ada temuan kritis (air), dan satu temuan kritis → Level IV.",
        "en": "Level III is for 1–4 serious findings. Here there is a critical finding (water), and one critical "
              "finding → Level IV.",
    },
    "ex.03_level_p11.explain": {
        "id": "Hanya tiga temuan, tetapi satu kritis: produksi yang berisiko harus dihentikan sampai air diuji dan "
              "memenuhi syarat.",
        "en": "Only three findings, but one is critical: risky production must stop until the water is tested and "
              "meets the requirements.",
    },
}
