"""Exercise texts of day 2 (02_dasar_manajemen_mutu, 02_tujuh_alat_mutu)."""

MESSAGES = {
    # ------------------------------------------------------------ 2.1 mutu lemari
    "ex.02_mutu_lemari.title": {
        "id": "Latihan 2.1 — mutu di mata pembeli lemari",
        "en": "Exercise 2.1 — quality in the eyes of a wardrobe buyer",
    },
    "ex.02_mutu_lemari.h1": {
        "id": "Pintu melengkung adalah masalah fungsi dan daya tahan, bukan tampilan. Apa yang terjadi pada kayu yang masih basah ketika mengering di rumah pembeli?",
        "en": "A warped door is a problem of function and durability, not looks. What happens to wood that is still wet when it dries in the buyer's house?",
    },
    "ex.02_mutu_lemari.h2": {
        "id": "Kayu yang belum kering menyusut tidak merata dan melengkung. Standar kayu untuk furnitur (RSNI3 0608:2016) membatasi kadar air ≤ 14 %.",
        "en": "Wood that is not dry shrinks unevenly and warps. The standard for furniture wood (RSNI3 0608:2016) limits moisture content to ≤ 14 %.",
    },
    "ex.02_mutu_lemari.m_warna": {
        "id": "Warna cat adalah mutu tampilan. Keluhan pembeli ini soal fungsi: pintu tidak bisa ditutup rapat setelah tiga bulan. Itu tanda kayu bergerak (menyusut) — cari penyebab pada bahan kayunya.",
        "en": "Paint colour is a matter of appearance. This buyer's complaint is about function: the door no longer closes after three months. That means the wood moved (shrank) — look for the cause in the wood itself.",
    },
    "ex.02_mutu_lemari.m_harga": {
        "id": "Harga memengaruhi keputusan membeli, tetapi tidak membuat pintu melengkung. Mutu = memenuhi apa yang dijanjikan kepada pembeli; yang gagal di sini adalah daya tahan lemari.",
        "en": "Price affects the decision to buy, but it does not warp a door. Quality = delivering what was promised to the buyer; what failed here is the wardrobe's durability.",
    },
    "ex.02_mutu_lemari.explain": {
        "id": "Kayu basah menyusut dan melengkung setelah dipakai. Karena itu kadar air kayu (≤ 14 %) adalah karakteristik mutu yang penting walaupun pembeli tidak pernah mengukurnya sendiri.",
        "en": "Wet wood shrinks and warps in use. That is why wood moisture (≤ 14 %) is a key quality characteristic even though buyers never measure it themselves.",
    },
    # ------------------------------------------------------------ 2.2 mutu abon
    "ex.02_mutu_abon.title": {
        "id": "Latihan 2.2 — mutu di mata pembeli abon ikan",
        "en": "Exercise 2.2 — quality in the eyes of an abon buyer",
    },
    "ex.02_mutu_abon.h1": {
        "id": "Pilih semua yang dirasakan atau dilihat langsung oleh pembeli (tahan Ctrl atau Cmd untuk memilih lebih dari satu).",
        "en": "Select everything the buyer feels or sees directly (hold Ctrl or Cmd to select more than one).",
    },
    "ex.02_mutu_abon.h2": {
        "id": "Ada empat jawaban yang benar. Satu pilihan adalah urusan dapur produksi yang tidak dilihat pembeli.",
        "en": "Four answers are correct. One option is a production-side matter the buyer never sees.",
    },
    "ex.02_mutu_abon.m_mesin": {
        "id": "Hampir benar, tetapi merek mesin pengemas tidak dilihat pembeli. Pembeli menilai hasilnya (berat, rasa, kemasan rapat), bukan alatnya.",
        "en": "Almost, but the brand of the packing machine is invisible to the buyer. Buyers judge the result (weight, taste, tight seal), not the tool.",
    },
    "ex.02_mutu_abon.m_label": {
        "id": "Label juga bagian dari mutu: nomor P-IRT, keterangan halal dan tanggal kedaluwarsa diminta pembeli, toko oleh-oleh, dan peraturan (Peraturan BPOM 22/2018; UU 33/2014 tentang jaminan produk halal).",
        "en": "The label is part of quality too: the P-IRT number, halal statement and expiry date are demanded by buyers, souvenir shops and regulations (BPOM Regulation 22/2018; Law 33/2014 on halal product assurance).",
    },
    "ex.02_mutu_abon.explain": {
        "id": "Untuk pangan, mutu dimulai dari keamanan, lalu berat sesuai label, label yang benar, dan rasa yang sama dari bungkus ke bungkus.",
        "en": "For food, quality starts with safety, then weight as labelled, a correct label and the same taste from pack to pack.",
    },
    # ------------------------------------------------------------ 2.3 PDCA baseline
    "ex.02_pdca_dasar.title": {
        "id": "Latihan 2.3 — data dasar PDCA: finishing belang per bulan",
        "en": "Exercise 2.3 — PDCA baseline: blotchy finish per month",
    },
    "ex.02_pdca_dasar.h1": {
        "id": "Rata-rata per bulan = jumlah setahun ÷ jumlah bulan (12).",
        "en": "Monthly average = yearly total ÷ number of months (12).",
    },
    "ex.02_pdca_dasar.h2": {
        "id": "Jumlah setahun dibagi 12 bulan. Jawabannya sekitar 40-an.",
        "en": "The yearly total divided by 12 months. The answer is in the forties.",
    },
    "ex.02_pdca_dasar.m_total": {
        "id": "Itu jumlah setahun, bukan rata-rata per bulan. Sasaran PDCA biasanya per bulan, jadi bagi dengan 12 (atau pakai per_bulan.mean()).",
        "en": "That is the yearly total, not the monthly average. PDCA targets are usually per month, so divide by 12 (or use per_bulan.mean()).",
    },
    "ex.02_pdca_dasar.m_per_catatan": {
        "id": "Itu rata-rata per baris catatan (per sekali mencatat), bukan per bulan. Rata-ratakan tabel per_bulan, bukan kolom count di data mentah.",
        "en": "That is the average per record (per entry), not per month. Average the per_bulan table, not the count column of the raw data.",
    },
    "ex.02_pdca_dasar.explain": {
        "id": "Dengan data dasar ini sasaran bisa ditulis terukur, misalnya: turun 50 % menjadi sekitar 20 cacat per bulan dalam tiga bulan.",
        "en": "With this baseline the target can be written measurably, e.g. down 50 % to about 20 defects per month within three months.",
    },
    # ------------------------------------------------------------ 2.4 PDCA step
    "ex.02_pdca_tahap.title": {
        "id": "Latihan 2.4 — tahap PDCA",
        "en": "Exercise 2.4 — PDCA step",
    },
    "ex.02_pdca_tahap.h1": {
        "id": "Pada langkah (3) belum ada perubahan cara kerja: yang dilakukan adalah membandingkan data sebelum dan sesudah.",
        "en": "In step (3) no working method is changed yet: the data before and after are compared.",
    },
    "ex.02_pdca_tahap.m_tindak": {
        "id": "Tindak lanjuti datang sesudah hasilnya diketahui: membakukan cara yang berhasil (SOP) atau memulai siklus baru. Langkah (3) baru mengetahui hasilnya.",
        "en": "Act comes after the result is known: standardise what worked (SOP) or start a new cycle. Step (3) is only finding out the result.",
    },
    "ex.02_pdca_tahap.m_laksanakan": {
        "id": "Laksanakan adalah langkah (2): mencoba cara baru selama Maret. Langkah (3) memeriksa apakah cara baru itu berhasil.",
        "en": "Do is step (2): trying the new method during March. Step (3) checks whether the new method worked.",
    },
    "ex.02_pdca_tahap.explain": {
        "id": "Periksa = bandingkan hasil dengan sasaran memakai data yang dicatat dengan cara yang sama sebelum dan sesudah.",
        "en": "Check = compare the result with the target using data recorded the same way before and after.",
    },
    # ------------------------------------------------------------ 2.5 5R order
    "ex.02_urutan_5r.title": {
        "id": "Latihan 2.5 — urutan 5R",
        "en": "Exercise 2.5 — the order of 5S",
    },
    "ex.02_urutan_5r.h1": {
        "id": "Tulis daftar Python berisi lima kata dalam tanda kutip, dipisah koma, di dalam kurung siku: [\"...\", \"...\", ...].",
        "en": "Write a Python list of five quoted words separated by commas inside square brackets: [\"...\", \"...\", ...].",
    },
    "ex.02_urutan_5r.h2": {
        "id": "Pikirkan urutan kerja nyata: buang dulu yang tidak perlu, baru tata, baru bersihkan; lalu bakukan, lalu biasakan.",
        "en": "Think of the real work order: first remove what is not needed, then arrange, then clean; then standardise, then sustain.",
    },
    "ex.02_urutan_5r.m_lima": {
        "id": "Daftar harus berisi tepat lima kata — Ringkas, Rapi, Resik, Rawat, Rajin — masing-masing sekali. Periksa ejaan dan tanda kutipnya.",
        "en": "The list must hold exactly five words — Ringkas, Rapi, Resik, Rawat, Rajin — each once. Check spelling and quotes.",
    },
    "ex.02_urutan_5r.m_resik": {
        "id": "Kesalahan yang sering terjadi: langsung bersih-bersih (Resik) sebelum memilah dan menata. Hasilnya barang tak terpakai ikut dibersihkan dan bengkel berantakan lagi dalam beberapa minggu. Ringkas dan Rapi dulu.",
        "en": "A common mistake: cleaning (Resik) straight away before sorting and arranging. Unneeded items get cleaned too and the workshop is messy again within weeks. Sort and arrange first.",
    },
    "ex.02_urutan_5r.m_rapi": {
        "id": "Menata (Rapi) sebelum memilah (Ringkas) berarti ikut memberi tempat dan label pada barang yang seharusnya dibuang. Pilah dulu.",
        "en": "Arranging (Rapi) before sorting (Ringkas) means giving a place and a label to things that should be thrown out. Sort first.",
    },
    "ex.02_urutan_5r.m_akhir": {
        "id": "Tiga langkah pertama sudah benar. Rawat membakukan hasilnya (jadwal, daftar periksa), Rajin membuatnya menjadi kebiasaan; kebiasaan tidak bisa dibangun tanpa standar.",
        "en": "The first three steps are right. Rawat standardises the result (schedule, checklist), Rajin turns it into a habit; a habit cannot be built without a standard.",
    },
    "ex.02_urutan_5r.explain": {
        "id": "Ringkas → Rapi → Resik → Rawat → Rajin (Seiri, Seiton, Seiso, Seiketsu, Shitsuke).",
        "en": "Ringkas → Rapi → Resik → Rawat → Rajin (Seiri, Seiton, Seiso, Seiketsu, Shitsuke).",
    },
    # ------------------------------------------------------------ 2.6 ISO principle
    "ex.02_prinsip_iso.title": {
        "id": "Latihan 2.6 — prinsip ISO 9001:2015 dalam praktik",
        "en": "Exercise 2.6 — an ISO 9001:2015 principle in practice",
    },
    "ex.02_prinsip_iso.h1": {
        "id": "Perhatikan apa yang diminta pembina sebelum keputusan membeli mesin diambil.",
        "en": "Look at what the mentor asks for before the decision to buy a machine is taken.",
    },
    "ex.02_prinsip_iso.h2": {
        "id": "Pembina meminta data dua minggu, bukan perasaan. Prinsip mana yang berbicara tentang data?",
        "en": "The mentor asks for two weeks of data, not a feeling. Which principle is about data?",
    },
    "ex.02_prinsip_iso.m_pelanggan": {
        "id": "Kemasan bocor memang merugikan pelanggan, tetapi yang dilakukan pembina adalah meminta data dulu sebelum memutuskan. Itu prinsip pengambilan keputusan berbasis bukti.",
        "en": "Leaking packs do hurt customers, but what the mentor does is ask for data before deciding. That is the principle of evidence-based decision making.",
    },
    "ex.02_prinsip_iso.m_peningkatan": {
        "id": "Peningkatan adalah tujuannya, tetapi inti saran pembina adalah: jangan memutuskan sebelum ada data. Itu pengambilan keputusan berbasis bukti.",
        "en": "Improvement is the aim, but the core of the mentor's advice is: do not decide before there are data. That is evidence-based decision making.",
    },
    "ex.02_prinsip_iso.explain": {
        "id": "Data dua minggu bisa menunjukkan bahwa masalahnya ada pada suhu sealer atau satu operator — lebih murah daripada mesin baru.",
        "en": "Two weeks of data may show that the problem is the sealer temperature or one operator — cheaper than a new machine.",
    },
    # ------------------------------------------------------------ 2.7 number of principles
    "ex.02_jumlah_prinsip.title": {
        "id": "Latihan 2.7 — jumlah prinsip manajemen mutu",
        "en": "Exercise 2.7 — number of quality management principles",
    },
    "ex.02_jumlah_prinsip.h1": {
        "id": "Hitung baris pada tabel prinsip di atas.",
        "en": "Count the rows of the principles table above.",
    },
    "ex.02_jumlah_prinsip.m_2008": {
        "id": "Delapan adalah jumlah prinsip pada versi lama (ISO 9001:2008). Versi 2015 menggabungkan beberapa prinsip menjadi tujuh.",
        "en": "Eight is the number in the old version (ISO 9001:2008). The 2015 version merged some principles into seven.",
    },
    "ex.02_jumlah_prinsip.m_5r": {
        "id": "Lima adalah jumlah langkah 5R, bukan jumlah prinsip manajemen mutu ISO 9001:2015.",
        "en": "Five is the number of 5S steps, not the number of ISO 9001:2015 quality management principles.",
    },
    "ex.02_jumlah_prinsip.m_pdca": {
        "id": "Empat adalah jumlah tahap PDCA, bukan jumlah prinsip manajemen mutu.",
        "en": "Four is the number of PDCA steps, not the number of quality management principles.",
    },
    "ex.02_jumlah_prinsip.explain": {
        "id": "Tujuh prinsip: fokus pelanggan, kepemimpinan, keterlibatan orang, pendekatan proses, peningkatan, keputusan berbasis bukti, manajemen hubungan.",
        "en": "Seven principles: customer focus, leadership, engagement of people, process approach, improvement, evidence-based decisions, relationship management.",
    },
    # ------------------------------------------------------------ 2.8 check sheet
    "ex.02_lembar_pagi.title": {
        "id": "Latihan 2.8 — membaca lembar periksa per giliran",
        "en": "Exercise 2.8 — reading the check sheet by shift",
    },
    "ex.02_lembar_pagi.h1": {
        "id": "Tabel lembar periksa per giliran punya baris jenis cacat dan kolom giliran. Cari baris \"finishing belang\" dan kolom \"pagi\".",
        "en": "The check sheet by shift has defect types as rows and shifts as columns. Find the \"finishing belang\" row and the \"pagi\" column.",
    },
    "ex.02_lembar_pagi.h2": {
        "id": "Barisnya \"finishing belang\", kolomnya \"pagi\" — tulis keduanya dalam tanda kutip, persis seperti di tabel.",
        "en": "The row is \"finishing belang\", the column \"pagi\" — write both in quotes exactly as in the table.",
    },
    "ex.02_lembar_pagi.m_total": {
        "id": "Itu jumlah finishing belang untuk kedua giliran (kolom Jumlah). Yang diminta hanya giliran pagi.",
        "en": "That is the blotchy-finish total for both shifts (the Jumlah column). Only the morning shift is asked for.",
    },
    "ex.02_lembar_pagi.m_siang": {
        "id": "Itu angka giliran siang. Pilih kolom \"pagi\".",
        "en": "That is the afternoon-shift figure. Choose the \"pagi\" column.",
    },
    "ex.02_lembar_pagi.m_semua": {
        "id": "Itu jumlah semua jenis cacat pada giliran pagi (baris Jumlah). Yang diminta hanya finishing belang.",
        "en": "That is all defect types on the morning shift (the Jumlah row). Only blotchy finish is asked for.",
    },
    "ex.02_lembar_pagi.explain": {
        "id": "Lembar periksa yang mencatat giliran dan operator memungkinkan stratifikasi nanti — tanpa kolom itu, data tidak bisa dipilah.",
        "en": "A check sheet that records shift and operator makes stratification possible later — without those columns the data cannot be split.",
    },
    # ------------------------------------------------------------ 2.9 Pareto by Rp
    "ex.02_pareto_rp_teratas.title": {
        "id": "Latihan 2.9 — cacat yang paling merugikan (Rp)",
        "en": "Exercise 2.9 — the most costly defect (Rp)",
    },
    "ex.02_pareto_rp_teratas.h1": {
        "id": "Lihat batang pertama (paling kiri) pada diagram Pareto menurut biaya, bukan menurut jumlah.",
        "en": "Look at the first (leftmost) bar of the Pareto chart by cost, not by count.",
    },
    "ex.02_pareto_rp_teratas.h2": {
        "id": "Kerugian = jumlah cacat × biaya per cacat. Cacat yang jarang tetapi mahal diperbaiki bisa menjadi yang teratas.",
        "en": "Loss = number of defects × cost per defect. A rare but expensive defect can come out on top.",
    },
    "ex.02_pareto_rp_teratas.m_jumlah": {
        "id": "Itu cacat yang paling SERING. Kesalahan umum: mengurutkan menurut jumlah padahal uang yang hilang berurutan lain. Lihat diagram Pareto menurut Rupiah.",
        "en": "That is the most FREQUENT defect. A common mistake: ranking by count when money lost ranks differently. Look at the Pareto chart by Rupiah.",
    },
    "ex.02_pareto_rp_teratas.explain": {
        "id": "Retak jarang terjadi tetapi mahal (komponen harus diganti), jadi paling banyak menghabiskan uang sentra.",
        "en": "Cracks are rare but expensive (the part must be replaced), so they cost the sentra the most money.",
    },
    # ------------------------------------------------------------ 2.10 Pareto food
    "ex.02_pareto_pangan_vital.title": {
        "id": "Latihan 2.10 — vital few sentra pangan menurut Rupiah",
        "en": "Exercise 2.10 — the food sentra's vital few by Rupiah",
    },
    "ex.02_pareto_pangan_vital.h1": {
        "id": "Pakai tabel Pareto menurut Rupiah (dengan biaya per cacat), bukan menurut jumlah kejadian.",
        "en": "Use the Pareto table by rupiah (with the cost per defect), not by number of occurrences.",
    },
    "ex.02_pareto_pangan_vital.h2": {
        "id": "Vital few = jenis cacat dari atas sampai persentase kumulatif mencapai 80 % (kolom vital_few bernilai True).",
        "en": "Vital few = defect types from the top until the cumulative percentage reaches 80 % (column vital_few is True).",
    },
    "ex.02_pareto_pangan_vital.h3": {
        "id": "Jawabannya beberapa jenis cacat, bukan satu nama saja: pilih semuanya sekaligus.",
        "en": "The answer is several defect types, not just one: select all of them at once.",
    },
    "ex.02_pareto_pangan_vital.m_jumlah": {
        "id": "Itu vital few menurut JUMLAH. Tambahkan cost=biaya_pangan: gosong jarang terjadi tetapi satu batch gosong mahal, sedangkan kemasan kotor sering tetapi murah.",
        "en": "That is the vital few by COUNT. Add cost=biaya_pangan: burnt batches are rare but expensive, while dirty packs are frequent but cheap.",
    },
    "ex.02_pareto_pangan_vital.m_satu": {
        "id": "Itu hanya cacat teratas. Vital few = semua kategori sampai persentase kumulatif mencapai 80 %.",
        "en": "That is only the top defect. The vital few = all categories up to the point where the cumulative share reaches 80 %.",
    },
    "ex.02_pareto_pangan_vital.explain": {
        "id": "Tiga jenis cacat menjelaskan lebih dari 80 % kerugian Rupiah sentra pangan: mulailah perbaikan dari sana.",
        "en": "Three defect types explain more than 80 % of the food sentra's Rupiah loss: start improving there.",
    },
    # ------------------------------------------------------------ 2.11 fishbone
    "ex.02_fishbone_belang.title": {
        "id": "Latihan 2.11 — diagram tulang ikan: finishing belang pada lemari",
        "en": "Exercise 2.11 — fishbone diagram: blotchy finish on a wardrobe",
    },
    "ex.02_fishbone_belang.h1": {
        "id": "Isi minimal 2 penyebab di minimal 4 dari 6 kategori. Setiap penyebab ditulis dalam tanda kutip, dipisah koma.",
        "en": "Fill in at least 2 causes in at least 4 of the 6 categories. Write each cause in quotes, separated by commas.",
    },
    "ex.02_fishbone_belang.h2": {
        "id": "Tanyakan 'mengapa bisa belang?' untuk setiap M: kayunya (Material), alat semprot (Mesin), cara mengamplas dan mengencerkan cat (Metode), pengecat (Manusia), debu dan kelembapan (Lingkungan), cara memeriksa (Pengukuran).",
        "en": "Ask 'why could it be blotchy?' for each M: the wood (Material), the spray gun (Machine), sanding and thinning (Method), the painter (Man), dust and humidity (Environment), how it is inspected (Measurement).",
    },
    "ex.02_fishbone_belang.m_kosong": {
        "id": "Diagram masih kosong. Tulis penyebab di dalam kurung siku setiap kategori, misalnya \"Material\": [\"kayu belum kering\", \"serat kayu tidak seragam\"].",
        "en": "The diagram is still empty. Write causes inside each category's square brackets, e.g. \"Material\": [\"kayu belum kering\", \"serat kayu tidak seragam\"].",
    },
    "ex.02_fishbone_belang.m_akibat": {
        "id": "Kepala ikan (akibat) harus masalah yang sedang dianalisis: finishing belang. Jangan ubah kalimat akibatnya.",
        "en": "The fish head (effect) must be the problem under analysis: blotchy finish. Do not change the effect text.",
    },
    "ex.02_fishbone_belang.m_gejala": {
        "id": "Salah satu penyebab yang Anda tulis adalah masalahnya sendiri (\"belang\"). Penyebab menjawab pertanyaan MENGAPA finishing belang, bukan mengulang gejalanya.",
        "en": "One of your causes is the problem itself (\"belang\"). A cause answers WHY the finish is blotchy; it does not repeat the symptom.",
    },
    "ex.02_fishbone_belang.m_satu": {
        "id": "Sudah ada penyebab di cukup banyak kategori, tetapi beberapa kategori baru berisi satu penyebab. Tambahkan penyebab kedua sampai minimal 4 kategori berisi 2 penyebab atau lebih.",
        "en": "There are causes in enough categories, but some have only one. Add a second cause until at least 4 categories have 2 or more.",
    },
    "ex.02_fishbone_belang.m_sedikit": {
        "id": "Baru kurang dari 4 kategori yang terisi. Lihat kategori yang masih kosong dengan diagram_belang.missing_categories() dan tanyakan 'mengapa' untuk kategori itu.",
        "en": "Fewer than 4 categories are filled. List the empty ones with diagram_belang.missing_categories() and ask 'why' for each of them.",
    },
    "ex.02_fishbone_belang.explain": {
        "id": "Diagram Anda cukup lengkap untuk didiskusikan. Langkah berikut: pilih 2–3 penyebab yang paling mungkin dan buktikan dengan data (misalnya ukur kadar air kayu sebelum finishing).",
        "en": "Your diagram is complete enough to discuss. Next: pick the 2–3 most likely causes and prove them with data (e.g. measure wood moisture before finishing).",
    },
    # ------------------------------------------------------------ 2.12 histogram
    "ex.02_kadar_air_lewat.title": {
        "id": "Latihan 2.12 — persentase kayu di atas 14 %",
        "en": "Exercise 2.12 — share of wood above 14 %",
    },
    "ex.02_kadar_air_lewat.h1": {
        "id": "Persen di atas batas = pembacaan di atas 14 % ÷ semua pembacaan × 100.",
        "en": "Percent above the limit = readings above 14 % ÷ all readings × 100.",
    },
    "ex.02_kadar_air_lewat.h2": {
        "id": "Soal meminta persen: kalikan proporsinya dengan 100.",
        "en": "The question asks for a percentage: multiply the proportion by 100.",
    },
    "ex.02_kadar_air_lewat.m_proporsi": {
        "id": "Itu proporsi (0–1), bukan persen. Kalikan dengan 100.",
        "en": "That is a proportion (0–1), not a percentage. Multiply by 100.",
    },
    "ex.02_kadar_air_lewat.m_jumlah": {
        "id": "Itu banyaknya pembacaan di atas 14 %, bukan persentasenya. Bagi dengan jumlah semua pembacaan lalu kalikan 100.",
        "en": "That is the number of readings above 14 %, not the percentage. Divide by the number of all readings and multiply by 100.",
    },
    "ex.02_kadar_air_lewat.explain": {
        "id": "Hanya satu muatan yang lewat batas — tetapi satu muatan oven bisa menjadi puluhan lemari yang melengkung. Catat dan telusuri muatan itu.",
        "en": "Only one kiln charge was above the limit — but one charge can become dozens of warped wardrobes. Record and trace that charge.",
    },
    # ------------------------------------------------------------ 2.13 correlation
    "ex.02_korelasi_sebab.title": {
        "id": "Latihan 2.13 — korelasi bukan sebab-akibat",
        "en": "Exercise 2.13 — correlation is not causation",
    },
    "ex.02_korelasi_sebab.h1": {
        "id": "Bandingkan dua diagram pencar: jumlah cacat naik bersama jumlah yang diperiksa, tetapi bagaimana dengan proporsi cacatnya?",
        "en": "Compare the two scatter diagrams: the number of defectives rises with the number inspected, but what about the proportion defective?",
    },
    "ex.02_korelasi_sebab.h2": {
        "id": "Hari dengan produksi banyak → banyak kursi diperiksa → lebih banyak kursi cacat ditemukan. Faktor ketiga apa yang menggerakkan keduanya?",
        "en": "Busy production days → many chairs inspected → more defective chairs found. What third factor drives both?",
    },
    "ex.02_korelasi_sebab.m_kurangi": {
        "id": "Memeriksa tidak membuat kursi cacat. Jika pemeriksaan dikurangi, cacatnya tetap ada — hanya tidak ditemukan dan sampai ke pembeli. Lihat diagram proporsi: r hampir nol.",
        "en": "Inspecting does not make chairs defective. Inspect less and the defects are still there — just not found, and they reach the buyer. Look at the proportion diagram: r is close to zero.",
    },
    "ex.02_korelasi_sebab.m_operator": {
        "id": "Data ini tidak berisi operator sama sekali, jadi tidak bisa menunjuk operator. Kesimpulan harus sesuai data yang ada.",
        "en": "These data contain no operator at all, so they cannot point to an operator. Conclusions must match the data at hand.",
    },
    "ex.02_korelasi_sebab.explain": {
        "id": "Faktor ketiga (volume produksi) menggerakkan keduanya; proporsi cacat hampir tidak berubah. Selalu tanyakan: apa lagi yang ikut berubah?",
        "en": "A third factor (production volume) drives both; the proportion defective hardly changes. Always ask: what else changed as well?",
    },
    # ------------------------------------------------------------ 2.14 stratification
    "ex.02_strat_selisih.title": {
        "id": "Latihan 2.14 — selisih rata-rata sesudah dan sebelum 9 Oktober",
        "en": "Exercise 2.14 — mean difference after vs before 9 October",
    },
    "ex.02_strat_selisih.h1": {
        "id": "Tabel per periode punya dua baris: \"1 sebelum 9 Okt\" dan \"2 sejak 9 Okt\". Pakai kolom rata-rata keduanya.",
        "en": "The table by period has two rows: \"1 sebelum 9 Okt\" and \"2 sejak 9 Okt\". Use the mean column of both.",
    },
    "ex.02_strat_selisih.h2": {
        "id": "Selisih = rata-rata sesudah − rata-rata sebelum. Hasilnya positif (kaki menjadi lebih panjang), kurang dari 1 mm.",
        "en": "Difference = mean after − mean before. The result is positive (legs got longer), less than 1 mm.",
    },
    "ex.02_strat_selisih.m_tanda": {
        "id": "Besarnya benar, tandanya terbalik. Kurangkan: sesudah − sebelum, supaya terlihat kaki menjadi lebih panjang.",
        "en": "The size is right, the sign is reversed. Subtract after − before, so that it shows the legs got longer.",
    },
    "ex.02_strat_selisih.m_operator": {
        "id": "Itu selisih antar-operator (Rudi − Alimin), bukan antar-periode. Pakai tabel per_periode.",
        "en": "That is the difference between operators (Rudi − Alimin), not between periods. Use the per_periode table.",
    },
    "ex.02_strat_selisih.explain": {
        "id": "Hampir 1 mm dalam batas 718–722 mm: separuh jarak ke batas atas hilang dalam satu hari.",
        "en": "Almost 1 mm within limits of 718–722 mm: half the room to the upper limit was lost in one day.",
    },
    "ex.02_strat_sumber.title": {
        "id": "Latihan 2.15 — sumber pergeseran panjang kaki meja",
        "en": "Exercise 2.15 — source of the table-leg shift",
    },
    "ex.02_strat_sumber.h1": {
        "id": "Lihat tabel periode × operator: apakah kedua operator sama-sama bergeser?",
        "en": "Look at the period × operator table: did both operators shift alike?",
    },
    "ex.02_strat_sumber.h2": {
        "id": "Jika semua orang dan kedua giliran bergeser bersama pada hari yang sama, penyebabnya adalah sesuatu yang mereka pakai bersama.",
        "en": "If everyone and both shifts moved together on the same day, the cause is something they share.",
    },
    "ex.02_strat_sumber.m_operator": {
        "id": "Rata-rata Rudi memang sedikit lebih tinggi, tetapi itu sudah terjadi sebelum 9 Oktober juga, dan kedua operator naik sekitar 0,9 mm bersama-sama. Jangan menyalahkan orang tanpa stratifikasi yang lengkap.",
        "en": "Rudi's mean is slightly higher, but that was so before 9 October too, and both operators rose by about 0.9 mm together. Do not blame people without a full stratification.",
    },
    "ex.02_strat_sumber.m_giliran": {
        "id": "Di data ini setiap operator bekerja di satu giliran (Alimin pagi, Rudi siang), dan keduanya bergeser bersama. Jadi bukan giliran.",
        "en": "In these data each operator works one shift (Alimin mornings, Rudi afternoons), and both shifted together. So it is not the shift.",
    },
    "ex.02_strat_sumber.explain": {
        "id": "Penyebab yang dipakai bersama — penahan ukur (stopper) gergaji yang bergeser — mengenai semua orang sekaligus. Peta kendali (Hari 3) menangkap pergeseran seperti ini pada hari yang sama.",
        "en": "A shared cause — a saw stopper that moved — hits everyone at once. A control chart (day 3) catches such a shift on the same day.",
    },
}
