"""Exercise texts of notebook 06 (Rencana pengembangan sentra)."""

MESSAGES = {
    # 6.1
    "ex.06_penagihan_pangan.title": {
        "id": "Latihan 6.1 — tingkat penagihan sewa sentra pangan, Jul–Des 2023",
        "en": "Exercise 6.1 — rent collection rate of the food sentra, Jul–Dec 2023",
    },
    "ex.06_penagihan_pangan.h1": {
        "id": "Tingkat penagihan = jumlah sewa yang DIBAYAR ÷ jumlah sewa yang DITAGIH, keduanya dijumlahkan untuk enam bulan.",
        "en": "Collection rate = total rent PAID ÷ total rent BILLED, both summed over the six months.",
    },
    "ex.06_penagihan_pangan.h2": {
        "id": "Bagi jumlah dibayar dengan jumlah ditagih (keduanya dicetak di bawah tabel), bukan rata-rata kolom collection_rate.",
        "en": "Divide the total paid by the total billed (both printed under the table), not the average of the collection_rate column.",
    },
    "ex.06_penagihan_pangan.m_terbalik": {
        "id": "Pembagiannya terbalik (ditagih ÷ dibayar) — hasilnya lebih dari 100 %. Yang dibayar di atas, yang ditagih di bawah.",
        "en": "The division is upside down (billed ÷ paid) — the result is above 100 %. Paid on top, billed below.",
    },
    "ex.06_penagihan_pangan.m_persen": {
        "id": "Angkanya benar tetapi dalam persen. Tulis sebagai pecahan antara 0 dan 1 (misalnya 0,78).",
        "en": "Right number but in percent. Write it as a fraction between 0 and 1 (e.g. 0.78).",
    },
    "ex.06_penagihan_pangan.m_mebel": {
        "id": "Itu angka sentra mebel. Pakai tabel pangan_smt (sentra pangan).",
        "en": "That is the furniture sentra. Use the table pangan_smt (food sentra).",
    },
    "ex.06_penagihan_pangan.explain": {
        "id": "Lebih dari seperlima sewa sentra pangan belum masuk — sentra yang baru dibuka perlu aturan tagihan sejak bulan pertama.",
        "en": "More than a fifth of the food sentra's rent has not come in — a newly opened sentra needs billing rules from month one.",
    },
    # 6.2
    "ex.06_utilisasi_oven_pangan.title": {
        "id": "Latihan 6.2 — utilisasi oven sentra pangan (MSN-P01), Jul–Des 2023",
        "en": "Exercise 6.2 — utilisation of the food sentra oven (MSN-P01), Jul–Dec 2023",
    },
    "ex.06_utilisasi_oven_pangan.h1": {
        "id": "Utilisasi = jam DIPAKAI ÷ jam BUKA. Cari baris MSN-P01 di tabel mesin, kolom utilization (atau used_h ÷ available_h).",
        "en": "Utilisation = hours USED ÷ hours OPEN. Find the MSN-P01 row in the machine table, column utilization (or used_h ÷ available_h).",
    },
    "ex.06_utilisasi_oven_pangan.h2": {
        "id": "Jawab sebagai pecahan antara 0 dan 1, dengan dua angka di belakang koma.",
        "en": "Answer as a fraction between 0 and 1, with two decimals.",
    },
    "ex.06_utilisasi_oven_pangan.m_dipesan": {
        "id": "Itu tingkat PEMESANAN (booking_rate): termasuk jam yang dipesan tetapi penyewa tidak datang. Utilisasi hanya menghitung jam yang benar-benar dipakai.",
        "en": "That is the BOOKING rate: it includes hours booked but not used (no-shows). Utilisation counts only hours actually used.",
    },
    "ex.06_utilisasi_oven_pangan.m_persen": {
        "id": "Angkanya benar tetapi dalam persen. Tulis sebagai pecahan (misalnya 0,29).",
        "en": "Right number but in percent. Write it as a fraction (e.g. 0.29).",
    },
    "ex.06_utilisasi_oven_pangan.m_kiln": {
        "id": "Itu oven pengering KAYU (MSN-M01) di sentra mebel. Yang ditanya oven sentra pangan: MSN-P01.",
        "en": "That is the WOOD kiln (MSN-M01) of the furniture sentra. The question is about the food sentra oven: MSN-P01.",
    },
    "ex.06_utilisasi_oven_pangan.explain": {
        "id": "Oven pangan menganggur lebih dari dua pertiga jam bukanya: ada ruang untuk anggota baru atau jasa panggang bagi usaha di luar sentra.",
        "en": "The food oven is idle more than two thirds of its open hours: room for new members or baking services for outside businesses.",
    },
    # 6.3
    "ex.06_faktor_oee.title": {
        "id": "Latihan 6.3 — faktor OEE terlemah di sentra mebel",
        "en": "Exercise 6.3 — weakest OEE factor in the furniture sentra",
    },
    "ex.06_faktor_oee.h1": {
        "id": "OEE = ketersediaan × kinerja × kualitas. Lihat tiga angka itu pada tabel OEE per sentra, baris mebel.",
        "en": "OEE = availability × performance × quality. Look at those three numbers in the OEE-by-sentra table, furniture row.",
    },
    "ex.06_faktor_oee.h2": {
        "id": "Faktor terlemah adalah yang angkanya paling kecil (paling jauh dari 100 %).",
        "en": "The weakest factor is the one with the smallest number (furthest from 100 %).",
    },
    "ex.06_faktor_oee.m_ketersediaan": {
        "id": "Kerusakan dan penyetelan memang terasa paling mengganggu, tetapi ketersediaan di atas 90 %. Yang paling rendah adalah kinerja: mesin berjalan lebih lambat dari waktu siklus idealnya dan sering berhenti sebentar.",
        "en": "Breakdowns and set-ups feel most disruptive, but availability is above 90 %. Performance is lowest: machines run slower than their ideal cycle and stop briefly often.",
    },
    "ex.06_faktor_oee.m_kualitas": {
        "id": "Kualitas sekitar 96 % — bukan yang terlemah. Bandingkan ketiga angka: kinerja jauh lebih rendah.",
        "en": "Quality is about 96 % — not the weakest. Compare the three numbers: performance is much lower.",
    },
    "ex.06_faktor_oee.explain": {
        "id": "Kerugian kinerja (henti kecil, kecepatan turun) jarang tercatat di buku, padahal paling besar. Tindakan: catat henti kecil, latih operator, rawat pisau mesin.",
        "en": "Performance losses (minor stops, reduced speed) are rarely recorded, yet they are the largest. Action: log minor stops, train operators, maintain blades.",
    },
    # 6.4
    "ex.06_tingkat_cacat.title": {
        "id": "Latihan 6.4 — tingkat cacat produk mebel, Jul–Des 2023",
        "en": "Exercise 6.4 — defect rate of furniture products, Jul–Dec 2023",
    },
    "ex.06_tingkat_cacat.h1": {
        "id": "Tingkat cacat = jumlah produk cacat ÷ jumlah produk yang diperiksa, keduanya dijumlahkan untuk semua hari.",
        "en": "Defect rate = number of defective units ÷ number inspected, both summed over all days.",
    },
    "ex.06_tingkat_cacat.h2": {
        "id": "Bagi jumlah cacat dengan jumlah diperiksa (keduanya dicetak di atas kotak jawaban).",
        "en": "Divide the number of defectives by the number inspected (both printed above the answer box).",
    },
    "ex.06_tingkat_cacat.m_rata_rata": {
        "id": "Itu rata-rata dari proporsi harian. Hari dengan sedikit produk diperiksa mendapat bobot yang sama dengan hari yang sibuk. Jumlahkan dulu cacat dan jumlah diperiksa, baru dibagi (seperti garis tengah p̄ pada peta kendali p).",
        "en": "That is the mean of the daily proportions: a day with few inspected units weighs as much as a busy day. Sum defectives and inspected first, then divide (like p̄ of the p chart).",
    },
    "ex.06_tingkat_cacat.m_persen": {
        "id": "Angkanya benar tetapi dalam persen. Tulis sebagai pecahan (misalnya 0,07).",
        "en": "Right number but in percent. Write it as a fraction (e.g. 0.07).",
    },
    "ex.06_tingkat_cacat.explain": {
        "id": "Sekitar 7 dari 100 produk mebel cacat. Diagram Pareto di bawah menunjukkan jenis cacat yang perlu ditangani lebih dulu.",
        "en": "About 7 in 100 furniture products are defective. The Pareto chart below shows which defect to tackle first.",
    },
    # 6.5
    "ex.06_pendapatan_mebel.title": {
        "id": "Latihan 6.5 — penerimaan daerah dari sentra mebel, Jul–Des 2023",
        "en": "Exercise 6.5 — regional revenue from the furniture sentra, Jul–Dec 2023",
    },
    "ex.06_pendapatan_mebel.h1": {
        "id": "Penerimaan daerah dari sentra = sewa workshop yang DITERIMA + tarif mesin (jam dipakai × tarif per jam).",
        "en": "Regional revenue from the sentra = workshop rent RECEIVED + machine fees (hours used × hourly fee).",
    },
    "ex.06_pendapatan_mebel.h2": {
        "id": "Jumlahkan sewa DITERIMA dan tarif mesin; sewa ditagih belum tentu masuk kas.",
        "en": "Add rent RECEIVED and machine fees; rent billed has not necessarily been paid.",
    },
    "ex.06_pendapatan_mebel.m_ditagih": {
        "id": "Anda memakai sewa yang DITAGIH. Uang yang benar-benar masuk adalah sewa yang DIBAYAR (rent_paid_rp); selisihnya tunggakan.",
        "en": "You used the rent BILLED. The money actually received is the rent PAID (rent_paid_rp); the difference is arrears.",
    },
    "ex.06_pendapatan_mebel.m_tanpa_mesin": {
        "id": "Itu sewa workshop saja. Tambahkan pendapatan dari tarif mesin bersama.",
        "en": "That is workshop rent only. Add the income from shared-machine fees.",
    },
    "ex.06_pendapatan_mebel.explain": {
        "id": "Mesin bersama menyumbang sekitar separuh penerimaan daerah dari sentra — utilisasi mesin sama pentingnya dengan keterisian workshop. Uang ini disetor ke kas daerah, bukan pendapatan pengelola.",
        "en": "Shared machines bring in about half of the sentra's regional revenue — machine utilisation matters as much as workshop occupancy. The money goes to the kas daerah, not to the manager.",
    },
    # 6.6
    "ex.06_tahap_pdca.title": {
        "id": "Latihan 6.6 — tahap PDCA",
        "en": "Exercise 6.6 — PDCA step",
    },
    "ex.06_tahap_pdca.h1": {
        "id": "Plan = menetapkan sasaran dan cara; Do = melaksanakan; Check = memantau dan membandingkan hasil dengan sasaran; Act = menetapkan cara baru atau memperbaiki lagi.",
        "en": "Plan = set targets and means; Do = carry out; Check = monitor and compare results with targets; Act = standardise or improve again.",
    },
    "ex.06_tahap_pdca.m_do": {
        "id": "Do adalah menjalankan jadwal baru itu. Membandingkan hasilnya dengan sasaran adalah tahap berikutnya.",
        "en": "Do is running the new schedule. Comparing its results with the target is the next step.",
    },
    "ex.06_tahap_pdca.m_act": {
        "id": "Act datang setelah perbandingan: memutuskan jadwal baru dijadikan aturan tetap atau diubah lagi.",
        "en": "Act comes after the comparison: deciding to make the new schedule the rule or to change it again.",
    },
    "ex.06_tahap_pdca.explain": {
        "id": "Check tanpa angka sasaran tidak mungkin — karena itu setiap rencana aksi di bawah memuat indikator dan target.",
        "en": "Check is impossible without a target number — that is why every action below has an indicator and a target.",
    },
    # 6.7
    "ex.06_ukur_studi_banding.title": {
        "id": "Latihan 6.7 — apa yang diukur saat studi banding",
        "en": "Exercise 6.7 — what to measure on the study visit",
    },
    "ex.06_ukur_studi_banding.h1": {
        "id": "Pilih semua yang menghasilkan ANGKA yang bisa dibandingkan dengan sentra kita.",
        "en": "Select everything that yields a NUMBER comparable with our sentra.",
    },
    "ex.06_ukur_studi_banding.h2": {
        "id": "Ada empat jawaban. Kesan dan foto berguna, tetapi bukan ukuran.",
        "en": "There are four answers. Impressions and photos are useful, but they are not measures.",
    },
    "ex.06_ukur_studi_banding.m_kesan": {
        "id": "\"Sentranya rapi\" adalah kesan. Jadikan angka dengan skor audit 5R (misalnya 0–4 untuk setiap R) — itu sudah ada di pilihan lain.",
        "en": "\"The sentra is tidy\" is an impression. Turn it into a number with a 5S audit score (e.g. 0–4 per S) — that is another option.",
    },
    "ex.06_ukur_studi_banding.m_foto": {
        "id": "Foto bersama pengurus bagus untuk laporan, tetapi tidak memberi angka untuk dibandingkan.",
        "en": "A group photo is good for the report, but gives no number to compare.",
    },
    "ex.06_ukur_studi_banding.m_5r": {
        "id": "Hampir: skor audit 5R juga ukuran (angka 0–4 untuk setiap R), bukan sekadar kesan.",
        "en": "Almost: a 5S audit score is also a measure (0–4 per S), not just an impression.",
    },
    "ex.06_ukur_studi_banding.explain": {
        "id": "Bawa angka sentra kita sendiri (tabel di bawah) supaya perbandingannya adil.",
        "en": "Bring our own sentra's numbers (table below) so the comparison is fair.",
    },
}
