"""Exercise texts of day 5 (sentra operations): notebooks 05_keterisian_dan_sewa,
05_mesin_bersama_dan_oee and 05_kapasitas_dan_simulasi."""

MESSAGES = {
    # ------------------------------------------------------------------ 05_keterisian_dan_sewa
    "ex.05_keterisian_jan2022.title": {
        "id": "Latihan 5.1 — keterisian sentra mebel Januari 2022",
        "en": "Exercise 5.1 — occupancy of the furniture sentra, January 2022",
    },
    "ex.05_keterisian_jan2022.h1": {
        "id": "Keterisian = workshop terisi ÷ semua workshop. Lihat baris Januari 2022 pada tabel bulanan.",
        "en": "Occupancy = occupied workshops ÷ all workshops. Look at the January 2022 row of the monthly table.",
    },
    "ex.05_keterisian_jan2022.h2": {
        "id": "Pada Januari 2022 ada 11 workshop terisi dari 40 unit di data. Hitung 11 ÷ 40 lalu kalikan 100.",
        "en": "In January 2022, 11 of the 40 units in the data were occupied. Compute 11 ÷ 40 and multiply by 100.",
    },
    "ex.05_keterisian_jan2022.m_kosong": {
        "id": "Itu terisi ÷ kosong. Penyebutnya harus semua unit (terisi + kosong + perawatan), bukan hanya yang kosong.",
        "en": "That is occupied ÷ vacant. The denominator must be all units (occupied + vacant + maintenance), not only the vacant ones.",
    },
    "ex.05_keterisian_jan2022.m_siap_pakai": {
        "id": "Itu keterisian unit siap pakai (2 unit yang sedang perawatan tidak dihitung). Yang diminta: keterisian terhadap semua 40 unit.",
        "en": "That is the occupancy of usable units (the 2 units under maintenance are left out). Asked for: occupancy of all 40 units.",
    },
    "ex.05_keterisian_jan2022.m_41": {
        "id": "Anda memakai sekitar 41 unit dari berita. Data latihan memodelkan 40 workshop; pakai angka dari tabel.",
        "en": "You used the roughly 41 units from the news. The training data model 40 workshops; use the number in the table.",
    },
    "ex.05_keterisian_jan2022.explain": {
        "id": "Hanya sekitar seperempat workshop yang dipakai: sama dengan gambaran berita Tribun Sultra (11 Jan 2022).",
        "en": "Only about a quarter of the workshops were in use, matching the Tribun Sultra report (11 Jan 2022).",
    },
    "ex.05_potensi_sewa_hilang.title": {
        "id": "Latihan 5.2 — potensi sewa yang hilang per bulan (Desember 2023)",
        "en": "Exercise 5.2 — rent potential lost per month (December 2023)",
    },
    "ex.05_potensi_sewa_hilang.h1": {
        "id": "Kalikan jumlah workshop kosong Desember 2023 dengan sewa per workshop per bulan.",
        "en": "Multiply the number of empty workshops in December 2023 by the rent per workshop per month.",
    },
    "ex.05_potensi_sewa_hilang.h2": {
        "id": "Sewa per bulan = Rp 10.000.000 ÷ 12 = Rp 833.333 per workshop.",
        "en": "Rent per month = Rp 10,000,000 ÷ 12 = Rp 833,333 per workshop.",
    },
    "ex.05_potensi_sewa_hilang.m_tahunan": {
        "id": "Itu angka setahun. Pertanyaannya per bulan: pakai sewa Rp 833.333 per bulan, bukan Rp 10 juta per tahun.",
        "en": "That is a yearly figure. The question is per month: use the rent of Rp 833,333 per month, not Rp 10 million per year.",
    },
    "ex.05_potensi_sewa_hilang.m_terisi": {
        "id": "Itu sewa dari workshop yang terisi (yang seharusnya ditagih). Yang hilang adalah sewa dari workshop kosong.",
        "en": "That is the rent of the occupied workshops (what should be billed). What is lost is the rent of the vacant workshops.",
    },
    "ex.05_potensi_sewa_hilang.explain": {
        "id": "Setiap bulan unit kosong berarti pendapatan daerah yang hilang, padahal biaya listrik, keamanan dan perawatan tetap jalan.",
        "en": "Every month a vacant unit means lost local revenue, while electricity, security and upkeep costs continue.",
    },
    "ex.05_penagihan_2023.title": {
        "id": "Latihan 5.3 — tingkat penagihan sewa sentra mebel tahun 2023",
        "en": "Exercise 5.3 — rent collection rate of the furniture sentra in 2023",
    },
    "ex.05_penagihan_2023.h1": {
        "id": "Tingkat penagihan = sewa dibayar ÷ sewa ditagih, untuk tahun 2023 saja.",
        "en": "Collection rate = rent paid ÷ rent billed, for 2023 only.",
    },
    "ex.05_penagihan_2023.h2": {
        "id": "Bagi jumlah sewa dibayar setahun dengan jumlah sewa ditagih setahun (keduanya dicetak), bukan rata-rata persentase bulanan.",
        "en": "Divide the year's total rent paid by the year's total rent billed (both printed), not the average of the monthly percentages.",
    },
    "ex.05_penagihan_2023.h3": {
        "id": "Jawabannya kurang dari 1 (atau kurang dari 100 %): tidak semua sewa dibayar.",
        "en": "The answer is below 1 (or below 100 %): not all rent was paid.",
    },
    "ex.05_penagihan_2023.m_terbalik": {
        "id": "Pembagiannya terbalik (ditagih ÷ dibayar), sehingga hasilnya lebih dari 100 %. Yang dibayar di atas, yang ditagih di bawah.",
        "en": "The division is upside down (billed ÷ paid), so the result is above 100 %. Paid on top, billed below.",
    },
    "ex.05_penagihan_2023.m_tunggakan": {
        "id": "Itu porsi yang belum dibayar (tunggakan ÷ ditagih). Tingkat penagihan adalah kebalikannya: dibayar ÷ ditagih.",
        "en": "That is the unpaid share (arrears ÷ billed). The collection rate is the complement: paid ÷ billed.",
    },
    "ex.05_penagihan_2023.m_rata_rata": {
        "id": "Itu rata-rata dari 12 persentase bulanan. Bulan dengan tagihan kecil jadi berbobot sama dengan bulan bertagihan besar. Jumlahkan rupiahnya dulu, baru bagi.",
        "en": "That is the average of 12 monthly percentages: small months weigh as much as big ones. Add up the rupiah first, then divide.",
    },
    "ex.05_penagihan_2023.explain": {
        "id": "Sekitar satu dari sepuluh rupiah sewa belum masuk. Pantau angka ini setiap bulan, bukan hanya di akhir tahun.",
        "en": "About one rupiah in ten of the rent has not come in. Track this figure monthly, not only at year end.",
    },
    "ex.05_penunggak_terbesar.title": {
        "id": "Latihan 5.4 — penyewa dengan tunggakan terbesar",
        "en": "Exercise 5.4 — the tenant with the largest arrears",
    },
    "ex.05_penunggak_terbesar.h1": {
        "id": "Tabel tunggakan diurutkan dari tunggakan terbesar dalam rupiah (arrears_rp).",
        "en": "The arrears table is sorted from the largest arrears in rupiah (arrears_rp).",
    },
    "ex.05_penunggak_terbesar.h2": {
        "id": "Lihat rupiah, bukan persentase penagihan: penyewa dengan persentase terendah belum tentu menunggak paling banyak.",
        "en": "Look at rupiah, not the collection percentage: the tenant with the lowest rate does not necessarily owe the most.",
    },
    "ex.05_penunggak_terbesar.m_persen": {
        "id": "Penyewa itu memang belum membayar apa pun (penagihan 0 %), tetapi ia baru ditagih beberapa bulan. Yang ditanya: jumlah rupiah tunggakan terbesar.",
        "en": "That tenant has indeed paid nothing (0 % collected), but has been billed for only a few months. The question asks for the largest arrears in rupiah.",
    },
    "ex.05_penunggak_terbesar.explain": {
        "id": "Urutkan menurut rupiah untuk menentukan siapa yang didatangi lebih dulu; persentase membantu melihat kebiasaan membayar.",
        "en": "Sort by rupiah to decide whom to visit first; the percentage shows the payment habit.",
    },
    "ex.05_unit_perawatan.title": {
        "id": "Latihan 5.5 — keterisian dan unit yang sedang perawatan",
        "en": "Exercise 5.5 — occupancy and units under maintenance",
    },
    "ex.05_unit_perawatan.h1": {
        "id": "Bandingkan kedua rumus: terisi ÷ semua unit dan terisi ÷ (terisi + kosong). Apa bedanya penyebut keduanya?",
        "en": "Compare both formulas: occupied ÷ all units and occupied ÷ (occupied + vacant). How do the denominators differ?",
    },
    "ex.05_unit_perawatan.m_sewa": {
        "id": "Penagihan sewa tidak memengaruhi keterisian: keterisian hanya menghitung unit, bukan rupiah.",
        "en": "Rent collection does not affect occupancy: occupancy counts units, not rupiah.",
    },
    "ex.05_unit_perawatan.m_berita": {
        "id": "Angka sekitar 41 dari berita tidak dipakai di data. Perbedaannya berasal dari unit yang sedang perawatan.",
        "en": "The roughly 41 from the news is not used in the data. The difference comes from the units under maintenance.",
    },
    "ex.05_unit_perawatan.explain": {
        "id": "Laporkan keduanya: keterisian semua unit menunjukkan aset yang menganggur, keterisian unit siap pakai menunjukkan kinerja pemasaran workshop.",
        "en": "Report both: occupancy of all units shows idle assets, occupancy of usable units shows how well the workshops are marketed.",
    },
    # ------------------------------------------------------------------ 05_mesin_bersama_dan_oee
    "ex.05_utilisasi_ketam.title": {
        "id": "Latihan 5.6 — utilisasi mesin ketam (planer) tahun 2023",
        "en": "Exercise 5.6 — utilisation of the planer in 2023",
    },
    "ex.05_utilisasi_ketam.h1": {
        "id": "Utilisasi = jam benar-benar dipakai ÷ jam buka. Cari baris MSN-M02 di tabel per mesin.",
        "en": "Utilization = hours actually used ÷ opening hours. Find the MSN-M02 row of the per-machine table.",
    },
    "ex.05_utilisasi_ketam.h2": {
        "id": "Pakai jam dipakai (used_h), bukan jam dipesan: pemesanan yang tidak datang tidak dihitung.",
        "en": "Use hours used (used_h), not hours booked: no-shows do not count.",
    },
    "ex.05_utilisasi_ketam.m_dipesan": {
        "id": "Itu jam dipesan ÷ jam buka: jam pemesanan yang penyewanya tidak datang ikut terhitung. Utilisasi memakai jam yang benar-benar dipakai (used_h).",
        "en": "That is booked hours ÷ opening hours: the no-show hours are counted too. Utilisation uses the hours actually used (used_h).",
    },
    "ex.05_utilisasi_ketam.m_dibagi_pesan": {
        "id": "Itu jam dipakai ÷ jam dipesan (porsi pemesanan yang ditepati). Penyebut utilisasi adalah jam buka mesin.",
        "en": "That is used ÷ booked hours (the share of bookings kept). The denominator of utilisation is the machine's opening hours.",
    },
    "ex.05_utilisasi_ketam.explain": {
        "id": "Kurang dari separuh jam buka terpakai: masih ada ruang untuk penyewa baru, asal jadwalnya diatur.",
        "en": "Less than half of the opening hours are used: there is room for new tenants, if the schedule is managed.",
    },
    "ex.05_jumlah_bentrok.title": {
        "id": "Latihan 5.7 — berapa bentrok jadwal di data pemesanan 2023?",
        "en": "Exercise 5.7 — how many schedule clashes are in the 2023 bookings?",
    },
    "ex.05_jumlah_bentrok.h1": {
        "id": "Tabel bentrok memberi satu baris untuk setiap pasangan pemesanan yang waktunya tumpang tindih, kedua sentra.",
        "en": "The conflicts table has one row for each pair of overlapping bookings, both sentra.",
    },
    "ex.05_jumlah_bentrok.h2": {
        "id": "Hitung barisnya (nomor baris dimulai dari 0).",
        "en": "Count its rows (row numbers start at 0).",
    },
    "ex.05_jumlah_bentrok.m_pemesanan": {
        "id": "Itu jumlah pemesanan yang terlibat. Satu bentrok melibatkan dua pemesanan; yang ditanya jumlah bentrok (pasangan).",
        "en": "That is the number of bookings involved. One clash involves two bookings; the question asks for clashes (pairs).",
    },
    "ex.05_jumlah_bentrok.explain": {
        "id": "Setiap bentrok berarti dua penyewa datang untuk mesin yang sama pada jam yang sama: sumber pertengkaran yang bisa dicegah dengan buku jadwal bersama.",
        "en": "Each clash means two tenants turn up for the same machine at the same time: a source of quarrels that a shared schedule prevents.",
    },
    "ex.05_di_luar_jam.title": {
        "id": "Latihan 5.8 — pemesanan di luar jam atau hari buka",
        "en": "Exercise 5.8 — bookings outside opening hours or days",
    },
    "ex.05_di_luar_jam.h1": {
        "id": "Tabel di bawah memuat setiap pemesanan di luar jam atau hari buka, termasuk hari libur nasional.",
        "en": "The table below lists every booking outside opening hours or days, national holidays included.",
    },
    "ex.05_di_luar_jam.h2": {
        "id": "Hitung barisnya (nomor baris dimulai dari 0).",
        "en": "Count its rows (row numbers start at 0).",
    },
    "ex.05_di_luar_jam.m_libur": {
        "id": "Hari libur nasional belum diperhitungkan. Satu pemesanan jatuh pada 17 Agustus; tambahkan holidays=libur.",
        "en": "National holidays are not taken into account. One booking falls on 17 August; add holidays=libur.",
    },
    "ex.05_di_luar_jam.explain": {
        "id": "Pemesanan di luar jam buka perlu izin pengelola (operator, listrik, keamanan). Catat alasannya di tata tertib sentra.",
        "en": "Bookings outside opening hours need the manager's approval (operator, power, security). Put the rule in the sentra regulations.",
    },
    "ex.05_jain_prioritas.title": {
        "id": "Latihan 5.9 — indeks keadilan Jain dengan kebijakan prioritas",
        "en": "Exercise 5.9 — Jain's fairness index under the priority policy",
    },
    "ex.05_jain_prioritas.h1": {
        "id": "Indeks Jain ada di ringkasan keadilan jadwal prioritas (angka antara 0 dan 1).",
        "en": "The Jain index is in the fairness summary of the priority schedule (a number between 0 and 1).",
    },
    "ex.05_jain_prioritas.h2": {
        "id": "Bandingkan dengan indeks Jain \"siapa cepat dia dapat\" di bagian 4: prioritas membuat jadwal kurang merata.",
        "en": "Compare with the first-come-first-served Jain index in section 4: priorities make the schedule less even.",
    },
    "ex.05_jain_prioritas.m_first_come": {
        "id": "Itu indeks untuk kebijakan \"siapa cepat dia dapat\". Ganti policy menjadi \"priority\" dan berikan priorities=prioritas.",
        "en": "That is the index for first come, first served. Change policy to \"priority\" and pass priorities=prioritas.",
    },
    "ex.05_jain_prioritas.explain": {
        "id": "Prioritas melayani pesanan mendesak, tetapi penyewa lain kehilangan jam. Aturan prioritas harus tertulis dan disepakati anggota.",
        "en": "Priority serves the urgent order, but other tenants lose hours. A priority rule must be written down and agreed by the members.",
    },
    "ex.05_oee_ketam.title": {
        "id": "Latihan 5.10 — OEE mesin ketam pada 2 Januari 2023",
        "en": "Exercise 5.10 — OEE of the planer on 2 January 2023",
    },
    "ex.05_oee_ketam.h1": {
        "id": "Ketersediaan = waktu jalan ÷ waktu terencana; waktu jalan = 420 − 50 = 370 menit.",
        "en": "Availability = run time ÷ planned time; run time = 420 − 50 = 370 minutes.",
    },
    "ex.05_oee_ketam.h2": {
        "id": "Kinerja = (363 × 40 detik ÷ 60) ÷ 370 menit; Tingkat kualitas = 355 ÷ 363.",
        "en": "Performance = (363 × 40 seconds ÷ 60) ÷ 370 minutes; Quality = 355 ÷ 363.",
    },
    "ex.05_oee_ketam.h3": {
        "id": "OEE = Ketersediaan × Kinerja × Kualitas; hasilnya sama dengan waktu produktif bersih (355 × 40 detik) ÷ waktu terencana (420 menit).",
        "en": "OEE = Availability × Performance × Quality; it equals net productive time (355 × 40 seconds) ÷ planned time (420 minutes).",
    },
    "ex.05_oee_ketam.m_rata_rata": {
        "id": "Itu rata-rata A, P dan Q. OEE adalah hasil KALI ketiganya, bukan rata-ratanya: rata-rata selalu terlihat jauh lebih baik.",
        "en": "That is the average of A, P and Q. OEE is the PRODUCT of the three, not their average: an average always looks much better.",
    },
    "ex.05_oee_ketam.m_kinerja_terencana": {
        "id": "Kinerja dihitung terhadap waktu terencana (420 menit). Kinerja harus dibagi waktu jalan (370 menit): waktu henti sudah dihitung di Ketersediaan, jangan dihitung dua kali.",
        "en": "Performance was computed against planned time (420 min). Performance must be divided by run time (370 min): downtime is already in Availability, do not count it twice.",
    },
    "ex.05_oee_ketam.m_tanpa_q": {
        "id": "Itu Ketersediaan × Kinerja saja. Kalikan juga dengan Tingkat kualitas (355 ÷ 363).",
        "en": "That is Availability × Performance only. Multiply by the Quality rate (355 ÷ 363) too.",
    },
    "ex.05_oee_ketam.explain": {
        "id": "Dari 420 menit, hanya sekitar 236 menit setara produk baik pada kecepatan ideal. Kerugian terbesar ada di Kinerja.",
        "en": "Of 420 minutes, only about 236 are equivalent to good product at ideal speed. The largest loss is in Performance.",
    },
    "ex.05_salah_kinerja.title": {
        "id": "Latihan 5.11 — temukan kesalahan hitung OEE",
        "en": "Exercise 5.11 — find the error in an OEE calculation",
    },
    "ex.05_salah_kinerja.h1": {
        "id": "Periksa penyebut Kinerja. Waktu henti 47 menit sudah masuk ke mana?",
        "en": "Check the denominator of Performance. Where are the 47 minutes of downtime already counted?",
    },
    "ex.05_salah_kinerja.m_siklus": {
        "id": "Waktu siklus ideal 1 detik memang dibagi 60 supaya menjadi menit; bagian itu sudah benar.",
        "en": "The ideal cycle time of 1 second is indeed divided by 60 to get minutes; that part is right.",
    },
    "ex.05_salah_kinerja.m_cacat": {
        "id": "Kinerja memakai jumlah total (termasuk yang cacat); produk cacat dihitung di Tingkat kualitas. Bagian itu sudah benar.",
        "en": "Performance uses the total count (defects included); defects are counted in the Quality rate. That part is right.",
    },
    "ex.05_salah_kinerja.explain": {
        "id": "Setiap menit yang hilang hanya boleh masuk ke satu faktor. Kinerja = waktu bersih ÷ waktu jalan.",
        "en": "Each lost minute belongs to one factor only. Performance = net run time ÷ run time.",
    },
    "ex.05_kerugian_terbesar.title": {
        "id": "Latihan 5.12 — mesin dengan kerugian rupiah terbesar",
        "en": "Exercise 5.12 — the machine with the largest loss in rupiah",
    },
    "ex.05_kerugian_terbesar.h1": {
        "id": "Lihat kolom kerugian total dalam rupiah (loss_total_rp) di tabel OEE per mesin.",
        "en": "Look at the total loss in rupiah (loss_total_rp) in the per-machine OEE table.",
    },
    "ex.05_kerugian_terbesar.h2": {
        "id": "Rupiah, bukan OEE: mesin dengan OEE terendah belum tentu paling mahal kerugiannya.",
        "en": "Rupiah, not OEE: the machine with the lowest OEE does not necessarily lose the most money.",
    },
    "ex.05_kerugian_terbesar.m_oee_terendah": {
        "id": "Mesin itu memang OEE-nya paling rendah, tetapi jam bukanya lebih sedikit. Yang ditanya kerugian dalam rupiah: persen kecil pada mesin 24 jam bisa lebih mahal.",
        "en": "That machine does have the lowest OEE, but fewer opening hours. The question asks for the loss in rupiah: a small percentage on a 24-hour machine can cost more.",
    },
    "ex.05_kerugian_terbesar.explain": {
        "id": "Kiln berjalan 24 jam sehari, sehingga setiap persen OEE yang hilang berarti banyak jam. Prioritas perbaikan: lihat rupiahnya, bukan hanya persennya.",
        "en": "The kiln runs 24 hours a day, so every percent of lost OEE is many hours. Improvement priority: look at the rupiah, not only the percentage.",
    },
    "ex.05_kerugian_jenis.title": {
        "id": "Latihan 5.13 — jenis kerugian terbesar di sentra mebel",
        "en": "Exercise 5.13 — the largest kind of loss in the furniture sentra",
    },
    "ex.05_kerugian_jenis.h1": {
        "id": "Jumlahkan setiap kolom loss_…_min di tabel OEE (kerusakan, penyetelan, berhenti sebentar, kecepatan turun, cacat) dan bandingkan.",
        "en": "Add up each loss_…_min column of the OEE table (breakdown, setup, minor stops, reduced speed, rejects) and compare.",
    },
    "ex.05_kerugian_jenis.m_breakdown": {
        "id": "Kerusakan mesin paling mudah diingat, tetapi di data jumlah menitnya kecil. Lihat angka, bukan kesan.",
        "en": "Breakdowns are the easiest to remember, but in the data their minutes are few. Look at the numbers, not the impression.",
    },
    "ex.05_kerugian_jenis.m_setup": {
        "id": "Penyetelan adalah kerugian ketersediaan terbesar, tetapi ada kerugian kinerja yang jauh lebih besar.",
        "en": "Setup is the largest availability loss, but there is a much larger performance loss.",
    },
    "ex.05_kerugian_jenis.explain": {
        "id": "Kecepatan turun jarang tercatat karena mesin tetap berjalan. Penyebab umum: pisau tumpul, kayu basah, operator ragu. Mulai dari pengasahan pisau dan kayu kering.",
        "en": "Reduced speed is rarely noticed because the machine keeps running. Common causes: blunt knives, wet wood, hesitant operators. Start with knife sharpening and dry wood.",
    },
    # ------------------------------------------------------------------ 05_kapasitas_dan_simulasi
    "ex.05_meja_jam_bebas.title": {
        "id": "Latihan 5.14 — berapa meja bila hanya memakai jam yang belum dipesan?",
        "en": "Exercise 5.14 — how many desks using only the hours not yet booked?",
    },
    "ex.05_meja_jam_bebas.h1": {
        "id": "Jam yang sudah dipesan penyewa lain harus dikurangkan dari jam buka: ganti None dengan nama variabel yang disebut di teks latihan.",
        "en": "Hours already booked by other tenants must be taken off the opening hours: replace None with the variable named in the exercise text.",
    },
    "ex.05_meja_jam_bebas.h2": {
        "id": "Nilai yang diisi untuk reserved_h adalah variabel jam_dipesan (sudah disiapkan di bagian 1); hasilnya lebih kecil daripada tanpa jam dipesan.",
        "en": "The value for reserved_h is the variable jam_dipesan (prepared in section 1); the result is smaller than without booked hours.",
    },
    "ex.05_meja_jam_bebas.m_nominal": {
        "id": "Itu kapasitas nominal (semua jam buka). Jam yang sudah dipesan penyewa lain belum dikurangkan: tambahkan reserved_h=jam_dipesan.",
        "en": "That is the nominal capacity (all opening hours). Hours already booked by other tenants are not subtracted: add reserved_h=jam_dipesan.",
    },
    "ex.05_meja_jam_bebas.m_pesanan": {
        "id": "200 adalah jumlah pesanan. Yang ditanya: jumlah meja paling banyak yang bisa dibuat (max_units).",
        "en": "200 is the order quantity. The question asks for the largest number of desks that can be made (max_units).",
    },
    "ex.05_meja_jam_bebas.explain": {
        "id": "Dengan jam bebas saja, kapasitas turun tajam dan hambatannya pindah ke oven pengering (kiln), yang sudah ramai dipesan.",
        "en": "With only the free hours, capacity drops sharply and the bottleneck moves to the drying kiln, which is already heavily booked.",
    },
    "ex.05_hambatan_tanpa_kiln.title": {
        "id": "Latihan 5.15 — hambatan bila kayu dibeli sudah kering (tanpa kiln)",
        "en": "Exercise 5.15 — the bottleneck when the wood is bought already dried (no kiln)",
    },
    "ex.05_hambatan_tanpa_kiln.h1": {
        "id": "Buang baris MSN-M01 dari rute meja, hitung ulang dengan efisiensi realistis, lalu lihat mesin dengan max_units terkecil.",
        "en": "Drop the MSN-M01 row from the desk routing, recompute with the realistic efficiency, then find the machine with the smallest max_units.",
    },
    "ex.05_hambatan_tanpa_kiln.h2": {
        "id": "Pada tabel perhitungan realistis di atas, abaikan baris kiln: mesin berikutnya dengan max_units terkecil menjadi hambatan.",
        "en": "In the realistic table above, ignore the kiln row: the next machine with the smallest max_units becomes the bottleneck.",
    },
    "ex.05_hambatan_tanpa_kiln.m_kiln": {
        "id": "Dalam skenario ini kayu dibeli sudah kering, jadi meja tidak masuk kiln lagi. Hambatan pindah ke mesin lain.",
        "en": "In this scenario the wood is bought already dried, so the desks no longer go through the kiln. The bottleneck moves to another machine.",
    },
    "ex.05_hambatan_tanpa_kiln.m_semprot": {
        "id": "Ruang semprot memang juga butuh 12 menit per meja, sama dengan mesin ketam, tetapi jam bebasnya lebih banyak (lebih sedikit dipesan penyewa lain). Bandingkan max_units, bukan menit per unit.",
        "en": "The spray booth does need 12 minutes per desk, like the planer, but it has more free hours (fewer bookings by others). Compare max_units, not minutes per unit.",
    },
    "ex.05_hambatan_tanpa_kiln.explain": {
        "id": "Menghilangkan satu hambatan selalu memunculkan hambatan berikutnya. Di sini mesin ketam, yang sudah ramai dipesan penyewa lain.",
        "en": "Removing one bottleneck always reveals the next one. Here it is the planer, already heavily booked by other tenants.",
    },
    "ex.05_erlang_dua_ketam.title": {
        "id": "Latihan 5.16 — waktu tunggu rata-rata bila ada dua mesin ketam (Erlang C)",
        "en": "Exercise 5.16 — mean waiting time with two planers (Erlang C)",
    },
    "ex.05_erlang_dua_ketam.h1": {
        "id": "Laju kedatangan dan laju layanan tetap sama; hanya jumlah mesin (angka ketiga) yang berubah.",
        "en": "Arrival and service rates stay the same; only the number of machines (the third number) changes.",
    },
    "ex.05_erlang_dua_ketam.h2": {
        "id": "Angka ketiga erlang_c adalah jumlah mesin; jawabannya jauh lebih kecil dari separuh waktu tunggu satu mesin.",
        "en": "The third argument of erlang_c is the number of machines; the answer is far less than half the one-machine wait.",
    },
    "ex.05_erlang_dua_ketam.m_separuh": {
        "id": "Dua mesin tidak sekadar membagi dua waktu tunggu: pekerjaan yang datang hampir selalu menemukan satu mesin kosong, sehingga tunggu turun jauh lebih banyak. Hitung dengan erlang_c(lam, mu, 2).",
        "en": "Two machines do not just halve the wait: an arriving job almost always finds a free machine, so the wait drops far more. Compute erlang_c(lam, mu, 2).",
    },
    "ex.05_erlang_dua_ketam.m_satu": {
        "id": "Itu waktu tunggu dengan satu mesin. Ganti angka 1 menjadi 2.",
        "en": "That is the wait with one machine. Change 1 to 2.",
    },
    "ex.05_erlang_dua_ketam.explain": {
        "id": "Antrean tidak linear: menambah satu mesin pada utilisasi sedang memangkas tunggu drastis. Tetapi mesin kedua juga lebih sering menganggur.",
        "en": "Queues are not linear: adding a machine at moderate utilisation cuts the wait drastically. But the second machine is also idle more often.",
    },
    "ex.05_skenario_ketam.title": {
        "id": "Latihan 5.17 — skenario yang paling memperpendek antrean mesin ketam",
        "en": "Exercise 5.17 — the scenario that shortens the planer queue most",
    },
    "ex.05_skenario_ketam.h1": {
        "id": "Lihat tabel waktu tunggu MSN-M02 per skenario di atas: angka rata-rata terkecil.",
        "en": "Look at the MSN-M02 waiting times per scenario above: the smallest mean.",
    },
    "ex.05_skenario_ketam.m_perpanjang": {
        "id": "Jam buka lebih panjang memang menolong semua mesin, tetapi untuk mesin ketam saja, mesin kedua memangkas tunggu jauh lebih banyak. Bandingkan angka MSN-M02.",
        "en": "Longer opening hours do help every machine, but for the planer alone a second machine cuts the wait far more. Compare the MSN-M02 figures.",
    },
    "ex.05_skenario_ketam.explain": {
        "id": "Mesin kedua paling ampuh untuk ketam, tetapi mahal (harga beli, listrik, perawatan). Perpanjangan jam menolong semua mesin tanpa investasi, tetapi perlu operator dan tarif lembur.",
        "en": "A second machine works best for the planer but costs money (purchase, power, upkeep). Longer hours help every machine without investment but need operators and overtime pay.",
    },
    "ex.05_selang_tumpang_tindih.title": {
        "id": "Latihan 5.18 — membaca selang kepercayaan hasil simulasi",
        "en": "Exercise 5.18 — reading the confidence intervals of a simulation",
    },
    "ex.05_selang_tumpang_tindih.h1": {
        "id": "Selang kepercayaan menunjukkan rentang yang masuk akal untuk nilai rata-rata yang sebenarnya. Apa artinya bila dua rentang saling menutupi?",
        "en": "A confidence interval is the plausible range of the true mean. What does it mean when two ranges overlap?",
    },
    "ex.05_selang_tumpang_tindih.m_sama": {
        "id": "Tumpang tindih tidak membuktikan kedua skenario sama; artinya data belum cukup untuk memastikan perbedaannya. Tambah replikasi atau hari simulasi.",
        "en": "Overlap does not prove both scenarios are equal; it means there is not enough data to be sure of the difference. Add replications or simulated days.",
    },
    "ex.05_selang_tumpang_tindih.explain": {
        "id": "Sebelum mengusulkan investasi ke dinas, jalankan simulasi lebih panjang (lebih banyak replikasi) sampai selangnya terpisah.",
        "en": "Before proposing an investment to the office, run a longer simulation (more replications) until the intervals separate.",
    },
}
