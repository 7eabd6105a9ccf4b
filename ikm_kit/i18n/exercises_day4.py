"""Exercise texts of day 4 (biaya produksi dan harga jual): notebooks ``04_*``."""


def _e(id_text: str, en_text: str) -> dict:
    return {"id": id_text, "en": en_text}


MESSAGES = {
    # ------------------------------------------------------------ 04_harga_pokok_produksi
    "ex.04_volume_kayu.title": _e("Latihan 4.1 — volume kayu dinding samping (m³)",
                                  "Exercise 4.1 — wood volume of the side panels (m³)"),
    "ex.04_volume_kayu.h1": _e(
        "Ubah milimeter ke meter dulu: 1.800 mm = 1,8 m; 500 mm = 0,5 m; 18 mm = 0,018 m.",
        "Convert millimetres to metres first: 1,800 mm = 1.8 m; 500 mm = 0.5 m; 18 mm = 0.018 m."),
    "ex.04_volume_kayu.h2": _e(
        "Volume = panjang × lebar × tebal × jumlah papan = 1,8 × 0,5 × 0,018 × 3 m³.",
        "Volume = length × width × thickness × number of boards = 1.8 × 0.5 × 0.018 × 3 m³."),
    "ex.04_volume_kayu.m_satu_papan": _e(
        "Itu volume satu papan. Lemari memakai 3 papan dinding samping: kalikan dengan 3.",
        "That is the volume of one board. The wardrobe uses 3 side boards: multiply by 3."),
    "ex.04_volume_kayu.m_mm3": _e(
        "Itu volume dalam milimeter kubik (mm³). Harga kayu per m³: bagi dengan 1.000.000.000 (10⁹).",
        "That is the volume in cubic millimetres (mm³). The wood price is per m³: divide by 1,000,000,000 (10⁹)."),
    "ex.04_volume_kayu.m_satuan": _e(
        "Satuannya belum m³: satu ukuran masih dalam cm atau mm. Ubah ketiga ukuran ke meter sebelum dikalikan.",
        "The unit is not m³ yet: one dimension is still in cm or mm. Convert all three to metres before multiplying."),
    "ex.04_volume_kayu.m_susut": _e(
        "Anda sudah menambahkan susut potong 30 %. Yang ditanya volume bersih; susut ditambahkan pada biaya di latihan berikut.",
        "You already added the 30 % cutting waste. The question asks for the net volume; waste is added to the cost in the next exercise."),
    "ex.04_volume_kayu.explain": _e(
        "0,0486 m³ kayu bersih — kurang dari seperduapuluh meter kubik.",
        "0.0486 m³ of net wood — less than a twentieth of a cubic metre."),

    "ex.04_biaya_kayu.title": _e("Latihan 4.2 — biaya kayu dengan susut potong",
                                 "Exercise 4.2 — wood cost including cutting waste"),
    "ex.04_biaya_kayu.h1": _e(
        "Biaya = volume (m³) × harga per m³ × (1 + susut/100).",
        "Cost = volume (m³) × price per m³ × (1 + waste/100)."),
    "ex.04_biaya_kayu.h2": _e(
        "0,0486 × 1.600.000 × 1,30.",
        "0.0486 × 1,600,000 × 1.30."),
    "ex.04_biaya_kayu.m_tanpa_susut": _e(
        "Susut potong belum dimasukkan. Kayu yang dibeli lebih banyak daripada kayu yang menjadi lemari: kalikan dengan 1,30.",
        "The cutting waste is missing. More wood is bought than ends up in the wardrobe: multiply by 1.30."),
    "ex.04_biaya_kayu.explain": _e(
        "Susut 30 % menambah biaya papan ini lebih dari Rp 23 ribu. Kayu yang terbuang tetap dibayar.",
        "The 30 % waste adds more than Rp 23 thousand to this part. Wood that is thrown away is still paid for."),

    "ex.04_upah_harian.title": _e("Latihan 4.3 — upah per hari dari UMK 2024",
                                  "Exercise 4.3 — daily wage from the 2024 city minimum wage"),
    "ex.04_upah_harian.h1": _e(
        "Konvensi latihan ini: upah harian = UMK per bulan ÷ 25 hari kerja.",
        "The convention of this course: daily wage = monthly UMK ÷ 25 working days."),
    "ex.04_upah_harian.h2": {
        "id": "UMK Kota Kendari 2024 = Rp 3.112.103 per bulan; bagi dengan 25.",
        "en": "Kendari's 2024 minimum wage = Rp 3,112,103 per month; divide by 25.",
    },
    "ex.04_upah_harian.m_bagi30": _e(
        "Anda membagi dengan 30 (jumlah hari kalender). Tukang tidak bekerja 30 hari sebulan; latihan ini memakai 25 hari kerja. "
        "Membagi dengan 30 membuat upah harian terlalu kecil dan HPP terlalu rendah.",
        "You divided by 30 (calendar days). A craftsman does not work 30 days a month; this course uses 25 working days. "
        "Dividing by 30 makes the daily wage too small and the unit cost too low."),
    "ex.04_upah_harian.m_bagi26": _e(
        "Anda membagi dengan 26 (enam hari kerja per minggu). Itu konvensi lain yang juga dipakai orang; di pelatihan ini kita sepakat 25 hari.",
        "You divided by 26 (a six-day week). That is another convention people use; in this course we agreed on 25 days."),
    "ex.04_upah_harian.m_bagi22": _e(
        "Anda membagi dengan 22 (lima hari kerja per minggu). Di pelatihan ini kita sepakat 25 hari kerja per bulan.",
        "You divided by 22 (a five-day week). In this course we agreed on 25 working days per month."),
    "ex.04_upah_harian.m_tahun": _e(
        "Itu upah harian dari UMK 2022. Soal ini memakai UMK 2024 (Rp 3.112.103).",
        "That is the daily wage from the 2022 UMK. This exercise uses the 2024 UMK (Rp 3,112,103)."),
    "ex.04_upah_harian.explain": _e(
        "Ingat: 25 hari adalah asumsi latihan, bukan aturan resmi. Tulis asumsi ini di lembar HPP Anda.",
        "Remember: 25 days is a course assumption, not an official rule. Write it down on your cost sheet."),

    "ex.04_btkl_kursi.title": _e("Latihan 4.4 — BTKL per kursi makan",
                                 "Exercise 4.4 — direct labour cost per dining chair"),
    "ex.04_btkl_kursi.h1": _e(
        "Upah per jam = UMK 2022 ÷ 25 hari ÷ 7 jam kerja per hari (8 jam dikurangi 1 jam istirahat).",
        "Hourly wage = 2022 UMK ÷ 25 days ÷ 7 working hours per day (8 hours less a 1-hour break)."),
    "ex.04_btkl_kursi.h2": _e(
        "Satu batch = 6 kursi dan butuh 30 jam kerja: 30 × upah per jam ÷ 6.",
        "One batch = 6 chairs and takes 30 working hours: 30 × hourly wage ÷ 6."),
    "ex.04_btkl_kursi.h3": {
        "id": "Periksa satuannya: upah per jam × 30 jam = upah satu batch; bagi 6 untuk satu kursi.",
        "en": "Check the units: wage per hour × 30 hours = wage of one batch; divide by 6 for one chair.",
    },
    "ex.04_btkl_kursi.m_bagi30": _e(
        "Upah per jam Anda dihitung dari UMK ÷ 30. Pakai konvensi ÷ 25 hari kerja; ÷ 30 membuat BTKL terlalu rendah.",
        "Your hourly wage uses UMK ÷ 30. Use the ÷ 25 working-days convention; ÷ 30 understates direct labour."),
    "ex.04_btkl_kursi.m_per_batch": _e(
        "Itu BTKL untuk satu batch (6 kursi). Yang diminta per kursi: bagi dengan 6.",
        "That is the labour cost of one batch (6 chairs). The question asks per chair: divide by 6."),
    "ex.04_btkl_kursi.m_jam_hari": _e(
        "Anda mengalikan 30 dengan upah per hari. Angka 30 adalah jam, bukan hari: pakai upah per jam (÷ 7).",
        "You multiplied 30 by the daily wage. 30 is hours, not days: use the hourly wage (÷ 7)."),
    "ex.04_btkl_kursi.explain": _e(
        "Sekitar Rp 80.700 per kursi — kira-kira sepertiga HPP kursi (full costing).",
        "About Rp 80,700 per chair — roughly a third of the chair's unit cost (full costing)."),

    "ex.04_bop_tetap_unit.title": _e("Latihan 4.5 — BOP tetap per lemari pada bulan sepi",
                                     "Exercise 4.5 — fixed overhead per wardrobe in a slow month"),
    "ex.04_bop_tetap_unit.h1": _e(
        "Biaya tetap per bulan tidak berubah: sewa Rp 10 juta ÷ 12 + penyusutan Rp 6 juta ÷ 5 tahun ÷ 12.",
        "The monthly fixed cost does not change: rent Rp 10 m ÷ 12 + depreciation Rp 6 m ÷ 5 years ÷ 12."),
    "ex.04_bop_tetap_unit.h2": _e(
        "Yang berubah pembaginya: sekarang hanya 2 lemari per bulan.",
        "What changes is the divisor: now only 2 wardrobes per month."),
    "ex.04_bop_tetap_unit.h3": _e(
        "(833.333 + 100.000) ÷ 2.",
        "(833,333 + 100,000) ÷ 2."),
    "ex.04_bop_tetap_unit.m_tidak_dialokasikan": _e(
        "Nol berarti BOP tetap tidak dibebankan ke lemari. Sewa dan penyusutan tetap harus dibayar dari penjualan lemari: bagi biaya tetap per bulan dengan jumlah lemari per bulan.",
        "Zero means the fixed overhead is not allocated. Rent and depreciation must still be paid from wardrobe sales: divide the monthly fixed cost by the wardrobes per month."),
    "ex.04_bop_tetap_unit.m_volume_lama": _e(
        "Itu angka pada 4 lemari per bulan (contoh di atas). Pada bulan sepi hanya 2 lemari yang menanggung biaya tetap yang sama.",
        "That is the figure at 4 wardrobes per month (the example above). In a slow month only 2 wardrobes carry the same fixed cost."),
    "ex.04_bop_tetap_unit.m_tidak_dibagi": _e(
        "Itu biaya tetap untuk satu bulan. Per lemari: bagi dengan 2 lemari per bulan.",
        "That is the fixed cost for one month. Per wardrobe: divide by 2 wardrobes per month."),
    "ex.04_bop_tetap_unit.m_lupa_penyusutan": _e(
        "Sewa sudah benar, tetapi penyusutan alat (Rp 6 juta ÷ 5 tahun ÷ 12 = Rp 100.000 per bulan) terlupa. Alat yang aus harus diganti: itu biaya.",
        "Rent is right, but tool depreciation (Rp 6 m ÷ 5 years ÷ 12 = Rp 100,000 per month) is missing. Worn tools must be replaced: that is a cost."),
    "ex.04_bop_tetap_unit.m_tahunan": _e(
        "Anda membagi biaya per tahun dengan lemari per bulan. Ubah dulu sewa dan penyusutan menjadi per bulan (÷ 12).",
        "You divided a yearly cost by wardrobes per month. Convert rent and depreciation to per month first (÷ 12)."),
    "ex.04_bop_tetap_unit.m_harga_aset": _e(
        "Seluruh harga alat (Rp 6 juta) Anda bebankan dalam satu tahun. Alat dipakai 5 tahun: penyusutan per tahun = Rp 6 juta ÷ 5.",
        "You charged the whole tool price (Rp 6 m) in one year. The tools last 5 years: depreciation per year = Rp 6 m ÷ 5."),
    "ex.04_bop_tetap_unit.explain": _e(
        "Rp 466.667 per lemari — dua kali lipat dari bulan biasa. Biaya tetap per unit naik bila penjualan turun: karena itu keterisian dan volume penting bagi sentra.",
        "Rp 466,667 per wardrobe — twice the normal month. Fixed cost per unit rises when sales fall: that is why occupancy and volume matter for the sentra."),

    "ex.04_hpp_kursi.title": _e("Latihan 4.6 — HPP kursi makan (full costing)",
                                "Exercise 4.6 — unit cost of a dining chair (full costing)"),
    "ex.04_hpp_kursi.h1": {
        "id": "Tabel HPP punya dua kolom/baris HPP: full costing dan variable costing.",
        "en": "The HPP table shows two HPPs: full costing and variable costing.",
    },
    "ex.04_hpp_kursi.h2": {
        "id": "Full costing memasukkan BOP tetap: pakai HPP full costing, bukan HPP variable costing.",
        "en": "Full costing includes fixed overhead: use the full-costing HPP, not the variable-costing one.",
    },
    "ex.04_hpp_kursi.m_variabel": _e(
        "Itu HPP variable costing: sewa workshop (BOP tetap) belum dibebankan. Yang diminta full costing (.hpp_full).",
        "That is the variable-costing figure: the workshop rent (fixed overhead) is not allocated. Full costing is asked (.hpp_full)."),
    "ex.04_hpp_kursi.m_tanpa_bop": _e(
        "Anda hanya menjumlahkan BBB dan BTKL. Biaya overhead pabrik (mesin bersama, listrik, sewa) juga bagian dari HPP.",
        "You only added materials and labour. Factory overhead (shared machines, electricity, rent) is part of the unit cost too."),
    "ex.04_hpp_kursi.m_per_batch": _e(
        "Itu biaya satu batch (6 kursi). HPP dihitung per unit: bagi dengan 6.",
        "That is the cost of one batch (6 chairs). The unit cost is per unit: divide by 6."),
    "ex.04_hpp_kursi.explain": _e(
        "Sekitar Rp 224 ribu per kursi; harga pasar Konsel 2021 Rp 250–350 ribu.",
        "About Rp 224 thousand per chair; the Konsel 2021 market price was Rp 250–350 thousand."),

    "ex.04_lupa_penyusutan.title": _e("Latihan 4.7 — pemilik yang lupa penyusutan",
                                      "Exercise 4.7 — the owner who forgets depreciation"),
    "ex.04_lupa_penyusutan.h1": _e(
        "Penyusutan adalah bagian BOP tetap. Apa yang terjadi pada HPP bila satu komponen biaya dihilangkan?",
        "Depreciation is part of fixed overhead. What happens to the unit cost if one cost item is left out?"),
    "ex.04_lupa_penyusutan.m_bukan_biaya": _e(
        "Memang tidak ada uang keluar setiap bulan, tetapi alat aus dan suatu hari harus diganti. Penyusutan adalah cara menabung untuk penggantian itu; tanpa penyusutan HPP terlalu rendah.",
        "It is true that no cash leaves each month, but tools wear out and must be replaced one day. Depreciation saves for that; without it the unit cost is too low."),
    "ex.04_lupa_penyusutan.m_terlalu_tinggi": _e(
        "Terbalik: menghilangkan satu biaya membuat HPP lebih rendah, sehingga harga jual yang dihitung dari HPP cenderung terlalu murah.",
        "The other way round: leaving out a cost makes the unit cost lower, so a price based on it tends to be too cheap."),
    "ex.04_lupa_penyusutan.explain": _e(
        "Studi UKM tahu (Pak Dariyo) menemukan hal yang sama: HPP versi pemilik tanpa penyusutan lebih rendah daripada HPP full costing.",
        "A study of a small tofu maker (Pak Dariyo) found the same: the owner's cost without depreciation was lower than the full-costing figure."),

    "ex.04_abon_bungkus.title": _e("Latihan 4.8 — bungkus abon dari 20 kg ikan",
                                   "Exercise 4.8 — packs of fish floss from 20 kg of fish"),
    "ex.04_abon_bungkus.h1": _e(
        "Dua kehilangan berurutan: hanya 50 % ikan menjadi daging (rendemen), lalu daging itu menyusut 40 % saat dimasak.",
        "Two losses in a row: only 50 % of the fish becomes flesh (yield), then that flesh loses 40 % when cooked."),
    "ex.04_abon_bungkus.h2": _e(
        "20 kg × 0,50 × (1 − 0,40) = … kg abon; bagi dengan 0,1 kg per bungkus.",
        "20 kg × 0.50 × (1 − 0.40) = … kg of floss; divide by 0.1 kg per pack."),
    "ex.04_abon_bungkus.m_tanpa_susut": _e(
        "Anda menganggap 20 kg ikan menjadi 20 kg abon. Tulang, kulit dan air hilang: pakai rendemen 50 % dan susut masak 40 %.",
        "You assumed 20 kg of fish gives 20 kg of floss. Bones, skin and water are lost: use the 50 % yield and 40 % cooking loss."),
    "ex.04_abon_bungkus.m_hanya_rendemen": _e(
        "Rendemen 50 % sudah dipakai, tetapi susut masak 40 % belum.",
        "The 50 % yield is used, but the 40 % cooking loss is not."),
    "ex.04_abon_bungkus.m_hanya_masak": _e(
        "Susut masak 40 % sudah dipakai, tetapi rendemen daging 50 % belum.",
        "The 40 % cooking loss is used, but the 50 % flesh yield is not."),
    "ex.04_abon_bungkus.m_terbalik": _e(
        "Susut 40 % berarti yang tersisa 60 % (× 0,60), bukan × 0,40.",
        "A 40 % loss means 60 % remains (× 0.60), not × 0.40."),
    "ex.04_abon_bungkus.explain": _e(
        "Hanya 30 % berat ikan menjadi abon: biaya ikan per bungkus lebih dari tiga kali harga ikan per 100 g.",
        "Only 30 % of the fish weight becomes floss: the fish cost per pack is more than three times the price of 100 g of fish."),

    # ------------------------------------------------------------ 04_bep_dan_harga_jual
    "ex.04_bep_unit.title": _e("Latihan 4.9 — BEP unit bila harga naik menjadi Rp 100.000",
                               "Exercise 4.9 — break-even units if the price rises to Rp 100,000"),
    "ex.04_bep_unit.h1": _e(
        "BEP unit = biaya tetap ÷ (harga jual − biaya variabel per unit).",
        "Break-even units = fixed cost ÷ (price − variable cost per unit)."),
    "ex.04_bep_unit.h2": _e(
        "140.000.000 ÷ (100.000 − 75.000).",
        "140,000,000 ÷ (100,000 − 75,000)."),
    "ex.04_bep_unit.m_bagi_harga": _e(
        "Anda membagi biaya tetap dengan harga jual. Setiap unit hanya menyumbang harga − biaya variabel (margin kontribusi) untuk menutup biaya tetap.",
        "You divided the fixed cost by the price. Each unit only contributes price − variable cost (the contribution margin) towards the fixed cost."),
    "ex.04_bep_unit.m_bagi_vc": _e(
        "Anda membagi biaya tetap dengan biaya variabel. Pembaginya adalah margin kontribusi: harga − biaya variabel.",
        "You divided the fixed cost by the variable cost. The divisor is the contribution margin: price − variable cost."),
    "ex.04_bep_unit.explain": _e(
        "5.600 unit: harga naik Rp 5.000 (5 %), tetapi margin kontribusi naik 25 %, sehingga BEP turun 1.400 unit.",
        "5,600 units: the price rose Rp 5,000 (5 %), but the contribution margin rose 25 %, so break-even fell by 1,400 units."),

    "ex.04_bep_rupiah.title": _e("Latihan 4.10 — BEP rupiah pada harga Rp 100.000",
                                 "Exercise 4.10 — break-even revenue at a price of Rp 100,000"),
    "ex.04_bep_rupiah.h1": _e(
        "BEP rupiah = BEP unit × harga jual.",
        "Break-even revenue = break-even units × price."),
    "ex.04_bep_rupiah.h2": {
        "id": "Atau: biaya tetap ÷ rasio margin kontribusi = Rp 140 juta ÷ (25.000 ÷ 100.000).",
        "en": "Or: fixed cost ÷ contribution margin ratio = Rp 140 million ÷ (25,000 ÷ 100,000).",
    },
    "ex.04_bep_rupiah.m_pakai_vc": _e(
        "Anda mengalikan dengan biaya variabel. BEP rupiah adalah penjualan: kalikan dengan harga jual.",
        "You multiplied by the variable cost. Break-even revenue is sales: multiply by the selling price."),
    "ex.04_bep_rupiah.m_pakai_margin": _e(
        "Itu total margin kontribusi pada BEP (= biaya tetap). BEP rupiah adalah penjualan: kalikan dengan harga jual.",
        "That is the total contribution at break-even (= the fixed cost). Break-even revenue is sales: multiply by the price."),
    "ex.04_bep_rupiah.explain": _e(
        "Rp 560 juta per bulan, turun dari Rp 665 juta pada harga Rp 95.000.",
        "Rp 560 m per month, down from Rp 665 m at a price of Rp 95,000."),

    "ex.04_bep_kursi.title": _e("Latihan 4.11 — BEP kursi makan per bulan",
                                "Exercise 4.11 — monthly break-even of the dining chair"),
    "ex.04_bep_kursi.h1": _e(
        "Pakai biaya variabel per unit (HPP variable costing), bukan HPP full costing.",
        "Use the variable cost per unit (variable-costing figure), not the full-costing unit cost."),
    "ex.04_bep_kursi.h2": {
        "id": "BEP (unit) = biaya tetap per bulan ÷ (harga − biaya variabel per kursi).",
        "en": "Break-even (units) = fixed cost per month ÷ (price − variable cost per chair).",
    },
    "ex.04_bep_kursi.m_hpp_full": _e(
        "Anda memakai HPP full costing. HPP full sudah berisi bagian biaya tetap, jadi biaya tetap terhitung dua kali. Pakai biaya variabel.",
        "You used the full-costing unit cost. It already contains a share of the fixed cost, so the fixed cost is counted twice. Use the variable cost."),
    "ex.04_bep_kursi.m_bagi_harga": _e(
        "Anda membagi biaya tetap dengan harga. Pembaginya margin kontribusi: harga − biaya variabel.",
        "You divided the fixed cost by the price. The divisor is the contribution margin: price − variable cost."),
    "ex.04_bep_kursi.explain": _e(
        "Sekitar 7,5 kursi per bulan menutup sewa workshop; rencana 24 kursi memberi margin keamanan yang lebar.",
        "About 7.5 chairs a month cover the workshop rent; the plan of 24 chairs leaves a wide margin of safety."),

    "ex.04_harga_margin.title": _e("Latihan 4.12 — harga abon dengan margin 30 %",
                                   "Exercise 4.12 — fish-floss price for a 30 % margin"),
    "ex.04_harga_margin.h1": _e(
        "Margin dihitung dari harga jual, bukan dari biaya: laba = 30 % × harga.",
        "Margin is a share of the selling price, not of the cost: profit = 30 % × price."),
    "ex.04_harga_margin.h2": _e(
        "Harga = biaya ÷ (1 − 0,30) = 20.000 ÷ 0,70.",
        "Price = cost ÷ (1 − 0.30) = 20,000 ÷ 0.70."),
    "ex.04_harga_margin.m_markup": _e(
        "Rp 26.000 adalah harga dengan markup 30 % (30 % dari biaya). Pada harga Rp 26.000 laba Rp 6.000 hanya 23 % dari harga. "
        "Margin 30 % berarti laba = 30 % dari harga jual: harga = biaya ÷ (1 − 0,30).",
        "Rp 26,000 is the price with a 30 % markup (30 % of cost). At Rp 26,000 the profit of Rp 6,000 is only 23 % of the price. "
        "A 30 % margin means profit = 30 % of the price: price = cost ÷ (1 − 0.30)."),
    "ex.04_harga_margin.m_dikurangi": _e(
        "Anda mengurangi 30 % dari biaya. Harga jual harus di atas biaya: harga = biaya ÷ (1 − 0,30).",
        "You took 30 % off the cost. The price must be above the cost: price = cost ÷ (1 − 0.30)."),
    "ex.04_harga_margin.explain": _e(
        "Rp 28.571: laba Rp 8.571 = 30 % dari harga. Harga ini masih di dalam kisaran eceran Rp 20–30 ribu per bungkus.",
        "Rp 28,571: a profit of Rp 8,571 = 30 % of the price. This is still inside the retail range of Rp 20–30 thousand per pack."),

    "ex.04_margin_ke_markup.title": _e("Latihan 4.13 — margin 20 % sama dengan markup berapa?",
                                       "Exercise 4.13 — a 20 % margin equals what markup?"),
    "ex.04_margin_ke_markup.h1": _e(
        "Ambil harga Rp 10.000 dengan margin 20 %: laba Rp 2.000, biaya Rp 8.000. Berapa persen Rp 2.000 dari biaya Rp 8.000?",
        "Take a price of Rp 10,000 with a 20 % margin: profit Rp 2,000, cost Rp 8,000. What percentage of the Rp 8,000 cost is Rp 2,000?"),
    "ex.04_margin_ke_markup.m_sama": _e(
        "Markup dan margin memakai pembagi yang berbeda (biaya vs harga), jadi angkanya tidak sama. Rp 2.000 ÷ Rp 8.000 = 25 %.",
        "Markup and margin use different bases (cost vs price), so the numbers differ. Rp 2,000 ÷ Rp 8,000 = 25 %."),
    "ex.04_margin_ke_markup.m_terbalik": _e(
        "Terbalik: 17 % adalah margin yang dihasilkan markup 20 %. Di sini margin 20 % diubah menjadi markup: 20 ÷ 80 = 25 %.",
        "The other way round: 17 % is the margin a 20 % markup gives. Here a 20 % margin is turned into a markup: 20 ÷ 80 = 25 %."),
    "ex.04_margin_ke_markup.explain": _e(
        "Markup = margin ÷ (100 − margin) = 20 ÷ 80 = 25 %. Markup selalu lebih besar daripada margin.",
        "Markup = margin ÷ (100 − margin) = 20 ÷ 80 = 25 %. The markup is always larger than the margin."),

    "ex.04_harga_markup_kursi.title": _e("Latihan 4.14 — harga kursi makan dengan markup 40 %",
                                         "Exercise 4.14 — dining-chair price with a 40 % markup"),
    "ex.04_harga_markup_kursi.h1": {
        "id": "Markup dihitung dari HPP full costing: harga = HPP × (1 + 40/100).",
        "en": "Markup is on the full-costing HPP: price = HPP × (1 + 40/100).",
    },
    "ex.04_harga_markup_kursi.h2": _e(
        "Sama dengan HPP full costing × 1,40.",
        "The same as the full-costing unit cost × 1.40."),
    "ex.04_harga_markup_kursi.m_margin": _e(
        "Anda memakai rumus margin (÷ 0,60). Soal ini meminta markup 40 % dari biaya: × 1,40.",
        "You used the margin formula (÷ 0.60). This exercise asks for a 40 % markup on cost: × 1.40."),
    "ex.04_harga_markup_kursi.m_variabel": _e(
        "Markup Anda dihitung dari HPP variable costing; sewa workshop tidak ikut. Untuk harga cost-plus pakai HPP full costing.",
        "Your markup is on the variable-costing figure; the workshop rent is left out. For a cost-plus price use full costing."),
    "ex.04_harga_markup_kursi.explain": _e(
        "Sekitar Rp 313 ribu — di tengah kisaran pasar Konsel 2021 (Rp 250–350 ribu).",
        "About Rp 313 thousand — in the middle of the Konsel 2021 market range (Rp 250–350 thousand)."),

    "ex.04_harga_target.title": _e("Latihan 4.15 — harga kursi untuk target laba Rp 3 juta per bulan",
                                   "Exercise 4.15 — chair price for a target profit of Rp 3 m per month"),
    "ex.04_harga_target.h1": _e(
        "Harga = biaya variabel per unit + (biaya tetap + target laba) ÷ jumlah unit.",
        "Price = variable cost per unit + (fixed cost + target profit) ÷ units."),
    "ex.04_harga_target.h2": {
        "id": "Harga = biaya variabel per kursi + (biaya tetap per bulan + Rp 3.000.000) ÷ 24.",
        "en": "Price = variable cost per chair + (fixed cost per month + Rp 3,000,000) ÷ 24.",
    },
    "ex.04_harga_target.m_lupa_tetap": _e(
        "Biaya tetap (sewa workshop) belum ditutup. Harga harus menutup biaya tetap dan target laba.",
        "The fixed cost (workshop rent) is not covered. The price must cover the fixed cost and the target profit."),
    "ex.04_harga_target.m_tidak_dibagi": _e(
        "Target laba Rp 3 juta adalah per bulan; bagi dengan 24 kursi per bulan sebelum ditambahkan ke harga per unit.",
        "The Rp 3 m target is per month; divide it by 24 chairs per month before adding it to the unit price."),
    "ex.04_harga_target.explain": _e(
        "Sekitar Rp 349 ribu per kursi: masih di dalam kisaran pasar (Rp 250–350 ribu), tetapi dekat batas atas.",
        "About Rp 349 thousand per chair: still inside the market range (Rp 250–350 thousand), but near the top."),

    "ex.04_posisi_pasar.title": _e("Latihan 4.16 — harga markup 30 % di atas harga pasar?",
                                   "Exercise 4.16 — is the 30 % markup price above the market?"),
    "ex.04_posisi_pasar.h1": _e(
        "Lihat tabel perbandingan: kolom posisi berisi di bawah / di dalam / di atas kisaran pasar.",
        "Look at the comparison table: the position column says below / within / above the market range."),
    "ex.04_posisi_pasar.h2": _e(
        "Pilih semua produk yang harganya di atas batas atas harga pasar (bisa lebih dari satu).",
        "Select every product whose price is above the upper market price (more than one is possible)."),
    "ex.04_posisi_pasar.m_kosong": _e(
        "Ada produk yang harga cost-plus-nya melewati harga tertinggi pasar. Periksa lagi kolom posisi.",
        "Some products have a cost-plus price above the highest market price. Check the position column again."),
    "ex.04_posisi_pasar.explain": _e(
        "Untuk produk ini pasar tidak mau membayar HPP + 30 %: turunkan biaya, terima laba lebih kecil, atau jual ke segmen lain.",
        "For these products the market will not pay cost + 30 %: cut costs, accept a smaller profit, or sell to another segment."),

    # ------------------------------------------------------------ 04_risiko_dan_excel
    "ex.04_kayu_naik.title": _e("Latihan 4.17 — HPP lemari bila harga kayu naik 20 %",
                                "Exercise 4.17 — wardrobe unit cost if wood prices rise 20 %"),
    "ex.04_kayu_naik.h1": _e(
        "Hanya biaya kayu yang naik 20 %; upah, hardware, finishing dan sewa tetap.",
        "Only the wood cost rises 20 %; wages, hardware, finishing and rent stay the same."),
    "ex.04_kayu_naik.h2": {
        "id": "HPP baru = HPP sekarang + 0,20 × biaya kayu per lemari (kedua angka dicetak di atas kotak jawaban).",
        "en": "New HPP = current HPP + 0.20 × wood cost per wardrobe (both printed above the answer box).",
    },
    "ex.04_kayu_naik.m_semua_naik": _e(
        "Anda menaikkan seluruh HPP 20 %. Kayu hanya sebagian dari HPP, jadi HPP naik jauh lebih sedikit dari 20 %.",
        "You raised the whole unit cost by 20 %. Wood is only part of it, so the unit cost rises much less than 20 %."),
    "ex.04_kayu_naik.m_semua_bahan": _e(
        "Anda menaikkan semua bahan baku (termasuk hardware dan finishing) 20 %. Yang naik hanya kayu.",
        "You raised all materials (including hardware and finishing) by 20 %. Only wood rises."),
    "ex.04_kayu_naik.explain": _e(
        "Kenaikan 20 % harga kayu menaikkan HPP lemari hanya sekitar 3 %: upah dan finishing juga berat (tripleks dibeli per lembar, harganya tidak ikut naik).",
        "A 20 % rise in wood prices raises the wardrobe's unit cost by only about 3 %: wages and finishing weigh as much (plywood is bought per sheet; its price does not rise here)."),

    "ex.04_input_terbesar.title": _e("Latihan 4.18 — masukan yang paling berpengaruh",
                                     "Exercise 4.18 — the most influential input"),
    "ex.04_input_terbesar.h1": _e(
        "Pada diagram tornado, masukan yang paling berpengaruh ada di baris paling atas (batang terpanjang).",
        "In a tornado chart the most influential input is on the top row (the longest bar)."),
    "ex.04_input_terbesar.m_kayu": _e(
        "Harga kayu memang berpengaruh besar, tetapi bukan yang terbesar untuk lemari ini. Lihat lagi baris paling atas tornado.",
        "The wood price matters a lot, but it is not the largest for this wardrobe. Look at the top row of the tornado again."),
    "ex.04_input_terbesar.m_listrik": _e(
        "Listrik hanya bagian kecil dari HPP lemari; batangnya paling pendek.",
        "Electricity is a small part of the wardrobe's cost; its bar is the shortest."),
    "ex.04_input_terbesar.explain": _e(
        "Upah memengaruhi HPP paling besar: produktivitas tukang (jam per lemari) sama pentingnya dengan harga kayu.",
        "Wages move the unit cost most: craftsman productivity (hours per wardrobe) matters as much as the wood price."),

    "ex.04_peluang_rugi.title": _e("Latihan 4.19 — peluang rugi bila pasar lesu",
                                   "Exercise 4.19 — probability of a loss in a slow market"),
    "ex.04_peluang_rugi.h1": {
        "id": "Ubah nilai paling mungkin (angka tengah) pada Triangular menjadi 2, lalu jalankan sel lagi.",
        "en": "Change the most likely value (the middle number) of Triangular to 2, then run the cell again.",
    },
    "ex.04_peluang_rugi.h2": _e(
        "Tulis sebagai pecahan (misalnya 0,15) atau dengan tanda persen (\"15 %\").",
        "Write it as a fraction (e.g. 0.15) or with a percent sign (\"15 %\")."),
    "ex.04_peluang_rugi.m_persen": _e(
        "Angkanya benar, tetapi ditulis sebagai persen tanpa tanda %. Tulis sebagai pecahan (bagi 100) atau tambahkan \"%\".",
        "The number is right but written as a percentage without the % sign. Write it as a fraction (divide by 100) or add \"%\"."),
    "ex.04_peluang_rugi.m_kebalikan": _e(
        "Itu peluang laba. Yang ditanya peluang rugi: bagian hasil simulasi dengan laba < 0.",
        "That is the probability of a profit. The question asks for the probability of a loss: the share of draws with profit < 0."),
    "ex.04_peluang_rugi.m_skenario_lama": _e(
        "Itu peluang rugi skenario contoh (paling sering 3 lemari). Ubah nilai paling mungkin volume menjadi 2, lalu jalankan lagi.",
        "That is the loss probability of the worked scenario (most often 3 wardrobes). Change the most likely volume to 2 and run again."),
    "ex.04_peluang_rugi.explain": _e(
        "Sekitar satu bulan dari tiga merugi bila penjualan paling sering hanya 2 lemari. Pengelola sentra dapat membantu dengan pemasaran bersama.",
        "About one month in three is a loss when sales are most often only 2 wardrobes. The sentra manager can help with joint marketing."),

    "ex.04_produk_jam_mesin.title": _e("Latihan 4.20 — produk terbaik per jam mesin",
                                       "Exercise 4.20 — best product per machine hour"),
    "ex.04_produk_jam_mesin.h1": _e(
        "Bila jam mesin bersama terbatas, bandingkan margin kontribusi per jam mesin, bukan per unit.",
        "When shared machine hours are scarce, compare the contribution margin per machine hour, not per unit."),
    "ex.04_produk_jam_mesin.h2": _e(
        "Lihat kolom cm_per_machine_hour pada tabel portofolio (atau batang hijau di grafik).",
        "Look at the column cm_per_machine_hour of the portfolio table (or the green bar in the chart)."),
    "ex.04_produk_jam_mesin.m_per_unit": _e(
        "Produk itu memberi margin kontribusi terbesar per unit, tetapi memakai banyak jam mesin (terutama oven kayu). Per jam mesin ada produk yang lebih baik.",
        "That product gives the largest contribution per unit, but uses many machine hours (mainly the kiln). Per machine hour another product is better."),
    "ex.04_produk_jam_mesin.explain": _e(
        "Kursi makan memberi kontribusi terbesar untuk setiap jam mesin bersama yang terpakai.",
        "The dining chair gives the largest contribution for every shared machine hour used."),

    "ex.04_sel_excel.title": _e("Latihan 4.21 — sel mana yang diisi di buku kerja Excel?",
                                "Exercise 4.21 — which cells do you fill in the Excel workbook?"),
    "ex.04_sel_excel.h1": _e(
        "Buku kerja memisahkan masukan (warna kuning) dari rumus (warna hijau).",
        "The workbook separates inputs (yellow) from formulas (green)."),
    "ex.04_sel_excel.m_rumus": _e(
        "Sel hijau di lembar HPP berisi rumus. Bila ditimpa dengan angka, perhitungan tidak lagi mengikuti masukan.",
        "The green cells on the HPP sheet hold formulas. Typing a number over them breaks the link to the inputs."),
    "ex.04_sel_excel.m_info": _e(
        "Lembar Info hanya berisi sumber parameter; tidak ada yang perlu diisi di sana.",
        "The Info sheet only lists the sources of the parameters; nothing needs filling in there."),
    "ex.04_sel_excel.explain": _e(
        "Isi hanya sel kuning di lembar Input; lembar HPP menghitung sendiri.",
        "Fill only the yellow cells on the Input sheet; the HPP sheet computes the rest."),
}
