"""Exercise texts of notebook 01 (Apa itu IKM dan sentra IKM)."""

MESSAGES = {
    # 1.1
    "ex.01_kecil_dan_mikro.title": {
        "id": "Latihan 1.1 — satu unit, dua kelas",
        "en": "Exercise 1.1 — one unit, two classes",
    },
    "ex.01_kecil_dan_mikro.h1": {
        "id": "Periksa dua aturan terpisah: Permenperin 64/2016 (tenaga kerja + investasi) dan PP 7/2021 (hasil penjualan tahunan).",
        "en": "Check two separate rules: Permenperin 64/2016 (workers + investment) and PP 7/2021 (annual sales).",
    },
    "ex.01_kecil_dan_mikro.h2": {
        "id": "8 orang ≤ 19 dan Rp 450 juta < Rp 1 miliar; penjualan Rp 1,2 miliar ≤ Rp 2 miliar.",
        "en": "8 people ≤ 19 and Rp 450 million < Rp 1 billion; sales Rp 1.2 billion ≤ Rp 2 billion.",
    },
    "ex.01_kecil_dan_mikro.m_satu_sistem": {
        "id": "Kata \"kecil\" dari Permenperin tidak otomatis berarti \"usaha kecil\" menurut PP 7/2021. Dengan penjualan Rp 1,2 miliar (≤ Rp 2 miliar) unit ini usaha mikro.",
        "en": "\"Small\" under Permenperin does not automatically mean \"small enterprise\" under PP 7/2021. With sales of Rp 1.2 billion (≤ Rp 2 billion) this unit is a micro enterprise.",
    },
    "ex.01_kecil_dan_mikro.m_pilih_satu": {
        "id": "Tidak perlu memilih: kedua sistem berlaku bersamaan, dipakai oleh kantor yang berbeda (Kemenperin dan UMKM/perizinan).",
        "en": "No need to choose: both systems apply at once and are used by different offices (Kemenperin and MSME/licensing).",
    },
    "ex.01_kecil_dan_mikro.explain": {
        "id": "Industri kecil (Kemenperin) sekaligus usaha mikro (PP 7/2021) — dua sistem, keduanya benar.",
        "en": "Small industry (Kemenperin) and micro enterprise (PP 7/2021) at once — two systems, both correct.",
    },
    # 1.2
    "ex.01_batas_investasi.title": {
        "id": "Latihan 1.2 — tepat di batas Rp 1 miliar",
        "en": "Exercise 1.2 — exactly at the Rp 1 billion limit",
    },
    "ex.01_batas_investasi.h1": {
        "id": "Baca kata-katanya dengan teliti: industri kecil = investasi KURANG DARI Rp 1 miliar.",
        "en": "Read the wording carefully: small industry = investment LESS THAN Rp 1 billion.",
    },
    "ex.01_batas_investasi.h2": {
        "id": "Dengan ≤ 19 orang dan investasi Rp 1 miliar atau lebih, kelasnya naik satu tingkat.",
        "en": "With ≤ 19 people and investment of Rp 1 billion or more, the class goes up one step.",
    },
    "ex.01_batas_investasi.m_kecil": {
        "id": "Hampir: industri kecil mensyaratkan investasi di BAWAH Rp 1 miliar. Tepat Rp 1 miliar sudah masuk industri menengah.",
        "en": "Close: small industry requires investment BELOW Rp 1 billion. Exactly Rp 1 billion is already medium industry.",
    },
    "ex.01_batas_investasi.m_besar": {
        "id": "Industri besar hanya untuk ≥ 20 tenaga kerja DAN investasi di atas Rp 15 miliar. Unit ini hanya 19 orang.",
        "en": "Large industry needs ≥ 20 workers AND investment above Rp 15 billion. This unit has only 19 people.",
    },
    "ex.01_batas_investasi.explain": {
        "id": "Di batas, kata \"kurang dari\" dan \"paling banyak\" menentukan. Selalu cek nilai tepat di batas.",
        "en": "At a limit, \"less than\" versus \"at most\" decides. Always check the value exactly at the limit.",
    },
    # 1.3
    "ex.01_jumlah_industri_kecil.title": {
        "id": "Latihan 1.3 — berapa industri kecil di tabel?",
        "en": "Exercise 1.3 — how many small industries in the table?",
    },
    "ex.01_jumlah_industri_kecil.h1": {
        "id": "Lihat kolom industry_size di tabel: hitung baris yang bernilai \"kecil\".",
        "en": "Look at the industry_size column of the table: count the rows that say \"kecil\".",
    },
    "ex.01_jumlah_industri_kecil.h2": {
        "id": "Industri kecil butuh dua syarat: tenaga kerja ≤ 19 orang DAN investasi ≤ Rp 1 miliar (di luar tanah dan bangunan). Baca kolom kelasnya, jangan hanya jumlah orang.",
        "en": "A small industry needs two conditions: ≤ 19 workers AND investment ≤ Rp 1 billion (excluding land and buildings). Read the class column, not only the workers.",
    },
    "ex.01_jumlah_industri_kecil.m_tenaga_kerja": {
        "id": "Itu jumlah unit dengan ≤ 19 tenaga kerja saja. Permenperin 64/2016 juga mensyaratkan investasi di bawah Rp 1 miliar — dua unit dengan investasi ≥ Rp 1 miliar adalah industri menengah.",
        "en": "That counts units with ≤ 19 workers only. Permenperin 64/2016 also requires investment below Rp 1 billion — two units with ≥ Rp 1 billion are medium industry.",
    },
    "ex.01_jumlah_industri_kecil.m_mikro": {
        "id": "Itu jumlah usaha MIKRO (kolom umkm_size, PP 7/2021). Yang ditanya kelas industri: kolom industry_size.",
        "en": "That is the number of MICRO enterprises (column umkm_size, PP 7/2021). The question asks for the industry class: column industry_size.",
    },
    "ex.01_jumlah_industri_kecil.explain": {
        "id": "Tabel kelas dapat dihitung ulang setiap kali data unit berubah.",
        "en": "The class table can be recomputed whenever the unit data change.",
    },
    # 1.4
    "ex.01_minimal_unit_sentra.title": {
        "id": "Latihan 1.4 — syarat jumlah unit sebuah sentra",
        "en": "Exercise 1.4 — minimum number of units in a sentra",
    },
    "ex.01_minimal_unit_sentra.h1": {
        "id": "Lihat definisi sentra IKM dalam PP 29/2018 Pasal 1 di atas: \"paling sedikit … unit usaha\".",
        "en": "See the sentra definition in PP 29/2018 Art. 1 above: \"at least … business units\".",
    },
    "ex.01_minimal_unit_sentra.m_20": {
        "id": "20 adalah batas tenaga kerja industri kecil/menengah (Permenperin 64/2016), bukan syarat sentra.",
        "en": "20 is the worker limit between small and medium industry (Permenperin 64/2016), not the sentra rule.",
    },
    "ex.01_minimal_unit_sentra.m_12": {
        "id": "12 adalah jumlah workshop yang direncanakan di Sanua, bukan syarat minimal sebuah sentra.",
        "en": "12 is the number of workshops planned at Sanua, not the minimum for a sentra.",
    },
    "ex.01_minimal_unit_sentra.explain": {
        "id": "Sentra IKM: paling sedikit 5 unit usaha dengan produk, bahan baku dan/atau proses yang sejenis.",
        "en": "A sentra IKM: at least 5 business units with similar products, materials and/or processes.",
    },
    # 1.5
    "ex.01_peran_sentra.title": {
        "id": "Latihan 1.5 — peran di dalam sentra",
        "en": "Exercise 1.5 — roles inside a sentra",
    },
    "ex.01_peran_sentra.h1": {
        "id": "Empat peran: pembina (membina dari luar), pengelola (mengurus sentra), anggota (unit usaha yang berproduksi), UPT (layanan teknis, mis. mesin bersama).",
        "en": "Four roles: mentor (supports from outside), manager (runs the sentra), member (producing business unit), UPT (technical services, e.g. shared machines).",
    },
    "ex.01_peran_sentra.m_pengelola": {
        "id": "Pengelola mengurus sentra (sewa, jadwal mesin, tata tertib). Perajin yang menyewa workshop dan membuat lemari adalah anggota.",
        "en": "The manager runs the sentra (rent, machine schedule, rules). A craftsperson renting a workshop to make wardrobes is a member.",
    },
    "ex.01_peran_sentra.m_upt": {
        "id": "UPT memberi layanan teknis (mesin bersama, oven kayu, uji mutu). Perajin penyewa workshop memakai layanan itu sebagai anggota.",
        "en": "The UPT provides technical services (shared machines, kiln, testing). A renting craftsperson uses them as a member.",
    },
    "ex.01_peran_sentra.explain": {
        "id": "Setiap penyewa workshop adalah anggota sentra; pengelola dan UPT melayani mereka.",
        "en": "Every workshop tenant is a member of the sentra; the manager and the UPT serve them.",
    },
    # 1.6
    "ex.01_keterisian_gabungan.title": {
        "id": "Latihan 1.6 — keterisian kedua sentra bersama, Desember 2023",
        "en": "Exercise 1.6 — occupancy of both sentras together, December 2023",
    },
    "ex.01_keterisian_gabungan.h1": {
        "id": "Tingkat keterisian = workshop terisi ÷ semua workshop. Jumlahkan dulu kedua sentra: terisi mebel + terisi pangan, dibagi 40 + 12.",
        "en": "Occupancy rate = occupied workshops ÷ all workshops. Add both sentras first: occupied furniture + occupied food, divided by 40 + 12.",
    },
    "ex.01_keterisian_gabungan.h2": {
        "id": "Pakai kolom terisi dan units pada baris Desember 2023 kedua sentra: jumlahkan terisi, jumlahkan units, lalu bagi.",
        "en": "Use the terisi and units columns of both sentra's December 2023 rows: add up terisi, add up units, then divide.",
    },
    "ex.01_keterisian_gabungan.m_rata_rata": {
        "id": "Itu rata-rata dari dua persentase. Sentra pangan hanya 12 workshop, sentra mebel 40 — keduanya tidak boleh diberi bobot sama. Jumlahkan workshop terisi dan semua workshop dulu, baru dibagi.",
        "en": "That is the average of the two percentages. The food sentra has only 12 workshops, the furniture sentra 40 — they must not weigh the same. Add up occupied and all workshops first, then divide.",
    },
    "ex.01_keterisian_gabungan.m_persen": {
        "id": "Angkanya benar tetapi dalam persen. Tulis sebagai pecahan (0 sampai 1), misalnya 0,63 untuk 63 %.",
        "en": "Right number but in percent. Write it as a fraction (0 to 1), e.g. 0.63 for 63 %.",
    },
    "ex.01_keterisian_gabungan.m_mebel": {
        "id": "Itu keterisian sentra mebel saja. Masukkan juga sentra pangan.",
        "en": "That is the furniture sentra only. Include the food sentra too.",
    },
    "ex.01_keterisian_gabungan.explain": {
        "id": "Untuk menggabungkan rasio, jumlahkan pembilang dan penyebutnya — jangan merata-ratakan persentase.",
        "en": "To combine ratios, add numerators and denominators — do not average the percentages.",
    },
    # 1.7
    "ex.01_potensi_sewa.title": {
        "id": "Latihan 1.7 — potensi sewa setahun bila 40 workshop terisi",
        "en": "Exercise 1.7 — yearly rent potential with all 40 workshops let",
    },
    "ex.01_potensi_sewa.h1": {
        "id": "Sewa yang direncanakan sekitar Rp 10 juta per workshop per tahun.",
        "en": "The planned rent is about Rp 10 million per workshop per year.",
    },
    "ex.01_potensi_sewa.h2": {
        "id": "40 workshop × Rp 10 juta per tahun.",
        "en": "40 workshops × Rp 10 million per year.",
    },
    "ex.01_potensi_sewa.m_11": {
        "id": "Itu pendapatan bila hanya 11 workshop terisi (keadaan Jan 2022). Yang ditanya: potensi bila ke-40 workshop terisi.",
        "en": "That is the income with only 11 workshops let (Jan 2022). The question asks for the potential with all 40 let.",
    },
    "ex.01_potensi_sewa.m_bulan": {
        "id": "Itu potensi per BULAN. Kalikan dengan 12 untuk setahun.",
        "en": "That is the potential per MONTH. Multiply by 12 for a year.",
    },
    "ex.01_potensi_sewa.explain": {
        "id": "Selisih antara potensi dan kenyataan adalah ruang kerja pengelola sentra.",
        "en": "The gap between potential and reality is the sentra manager's room to work.",
    },
    # 1.8
    "ex.01_nilai_tambah_abon.title": {
        "id": "Latihan 1.8 — nilai tambah abon ikan tuna per minggu",
        "en": "Exercise 1.8 — weekly value added of tuna floss",
    },
    "ex.01_nilai_tambah_abon.h1": {
        "id": "Nilai tambah per kg bahan baku (studi UHO 2019) dikalikan jumlah kg ikan per minggu.",
        "en": "Value added per kg of raw material (UHO study 2019) times the kg of fish per week.",
    },
    "ex.01_nilai_tambah_abon.h2": {
        "id": "Rp 184.485 × 30 kg.",
        "en": "Rp 184,485 × 30 kg.",
    },
    "ex.01_nilai_tambah_abon.m_laba": {
        "id": "Anda memakai keuntungan (Rp 163.353/kg). Nilai tambah lebih besar dari keuntungan: nilai tambah masih harus membayar upah tenaga kerja.",
        "en": "You used the profit (Rp 163,353/kg). Value added is larger than profit: labour is still paid out of the value added.",
    },
    "ex.01_nilai_tambah_abon.m_per_kg": {
        "id": "Itu nilai tambah per kg. Kalikan dengan 30 kg ikan per minggu.",
        "en": "That is the value added per kg. Multiply by 30 kg of fish per week.",
    },
    "ex.01_nilai_tambah_abon.explain": {
        "id": "Mengolah ikan menjadi abon melipatgandakan nilai bahan baku lokal — inilah alasan sentra pangan.",
        "en": "Processing fish into floss multiplies the value of local raw material — the reason for a food sentra.",
    },
}
