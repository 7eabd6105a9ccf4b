"""Exercise texts of day 5, notebook 05_tarif_dan_tata_tertib (machine tariffs, rent, retribusi)."""

MESSAGES = {
    # ------------------------------------------------------------------ kiln
    "ex.05_tarif_kiln.title": {"id": "Latihan T.1 — biaya per jam kiln", "en": "Exercise T.1 — kiln cost per hour"},
    "ex.05_tarif_kiln.h1": {
        "id": "Biaya per jam = (penyusutan + pemeliharaan + operator per tahun) ÷ jam TERPAKAI per tahun + listrik "
              "per jam.",
        "en": "Cost per hour = (depreciation + maintenance + operator a year) ÷ hours USED a year + electricity "
              "per hour."},
    "ex.05_tarif_kiln.h2": {
        "id": "Penyusutan = (Rp 250 juta − nilai sisa 10 %) ÷ 15 tahun; listrik per jam = 7,5 kW × 0,7 × tarif per kWh.",
        "en": "Depreciation = (Rp 250 million − 10 % salvage) ÷ 15 years; electricity per hour = 7.5 kW × 0.7 × price per "
              "kWh."},
    "ex.05_tarif_kiln.h3": {
        "id": "Semua angka ada di tabel komponen `kiln` di atas: jumlahkan kolom Rp per jam.",
        "en": "All numbers are in the component table of `kiln` above: add up the Rp-per-hour column."},
    "ex.05_tarif_kiln.m_penyusutan": {
        "id": "Penyusutan terlupa. Mesin hibah pun aus: tanpa penyusutan tidak ada dana untuk menggantinya.",
        "en": "Depreciation is missing. Even a granted machine wears out: without it there is no fund to replace it."},
    "ex.05_tarif_kiln.m_jam_tersedia": {
        "id": "Anda membagi dengan jam TERSEDIA (24 jam × 7 hari × 52 minggu). Biaya tetap harus dibagi jam yang "
              "benar-benar TERPAKAI; jam menganggur tidak membayar apa pun.",
        "en": "You divided by the AVAILABLE hours (24 h × 7 days × 52 weeks). Fixed costs must be divided by the "
              "hours actually USED; idle hours pay nothing."},
    "ex.05_tarif_kiln.m_bulanan": {
        "id": "Biaya tetap per TAHUN dibagi jam per BULAN. Samakan satuannya: tahunan dengan tahunan.",
        "en": "Yearly fixed costs divided by monthly hours. Use the same period: yearly with yearly."},
    "ex.05_tarif_kiln.m_listrik": {
        "id": "Listrik terlupa: untuk kiln justru komponen terbesar (7,5 kW jalan terus).",
        "en": "Electricity is missing: for the kiln it is the largest component (7.5 kW running all the time)."},
    "ex.05_tarif_kiln.explain": {
        "id": "Pada pemakaian 2023 biaya kiln sedikit di bawah tarif sekarang Rp 15.000: tarif itu menutup biaya "
              "selama kiln dipakai hampir terus-menerus. Bila pemakaian turun, titik impasnya cepat terlewati.",
        "en": "At the 2023 use the kiln's cost is just below today's Rp 15,000 fee: the fee recovers the cost only "
              "while the kiln runs almost all the time. If use drops, the break-even is soon missed."},
    # ------------------------------------------------------------------ planer
    "ex.05_tarif_planer.title": {"id": "Latihan T.2 — biaya per jam mesin serut (planer)",
                                 "en": "Exercise T.2 — planer cost per hour"},
    "ex.05_tarif_planer.h1": {
        "id": "Cara sama dengan kiln; planer tidak punya operator UPTD (penyewa menjalankannya sendiri).",
        "en": "Same method as the kiln; the planer has no UPTD operator (tenants run it themselves)."},
    "ex.05_tarif_planer.h2": {
        "id": "Penyusutan (Rp 45 juta − 10 %) ÷ 10 tahun; pemeliharaan 5 % × Rp 45 juta; keduanya ÷ jam terpakai 2023; "
              "tambah listrik 5,5 kW × 0,7 × tarif.",
        "en": "Depreciation (Rp 45 million − 10 %) ÷ 10 years; maintenance 5 % × Rp 45 million; both ÷ hours used in 2023; add "
              "electricity 5.5 kW × 0.7 × price."},
    "ex.05_tarif_planer.m_penyusutan": {
        "id": "Itu biaya tanpa penyusutan (tanpa dana pengganti). Yang diminta: biaya penuh.",
        "en": "That is the cost without depreciation (no replacement fund). Asked for: the full cost."},
    "ex.05_tarif_planer.m_jam_tersedia": {
        "id": "Dibagi jam tersedia (8 jam × 6 hari × 52 minggu), bukan jam terpakai.",
        "en": "Divided by the available hours (8 h × 6 days × 52 weeks), not the hours used."},
    "ex.05_tarif_planer.m_bulanan": {
        "id": "Biaya tahunan dibagi jam sebulan: samakan periodenya.",
        "en": "Yearly costs divided by one month's hours: use the same period."},
    "ex.05_tarif_planer.explain": {
        "id": "Tarif sekarang Rp 25.000 per jam jauh di atas biaya: ruang untuk menurunkan tarif agar planer lebih "
              "sering dipakai, atau untuk dana pengganti.",
        "en": "Today's Rp 25,000 per hour is far above the cost: room to lower the fee so the planer is used more, "
              "or to build a replacement fund."},
    # ------------------------------------------------------------------ grant
    "ex.05_tarif_hibah.title": {"id": "Latihan T.3 — mesin hibah: perlukah penyusutan dalam tarif?",
                                "en": "Exercise T.3 — granted machines: should the tariff include depreciation?"},
    "ex.05_tarif_hibah.h1": {
        "id": "Pikirkan apa yang terjadi 10–15 tahun lagi ketika mesin itu aus.",
        "en": "Think of what happens in 10–15 years when the machine is worn out."},
    "ex.05_tarif_hibah.h2": {
        "id": "Jasa usaha boleh menutup biaya dan keuntungan yang layak; tetapi uangnya masuk kas daerah.",
        "en": "A business-service fee may recover cost and a fair profit; but the money goes to the kas daerah."},
    "ex.05_tarif_hibah.m_gratis": {
        "id": "Mesin hibah gratis bagi kota hari ini, tetapi tidak saat harus diganti. Tanpa dana pengganti, "
              "penggantinya bergantung pada hibah berikutnya.",
        "en": "A grant is free to the city today, not when it must be replaced. Without a replacement fund the "
              "replacement depends on the next grant."},
    "ex.05_tarif_hibah.m_untung": {
        "id": "Sentra bukan usaha pengelola: penerimaan masuk kas daerah, dan tarif terlalu tinggi mengusir "
              "penyewa dari mesin.",
        "en": "The sentra is not the manager's business: revenue goes to the kas daerah, and too high a fee drives "
              "tenants away from the machine."},
    "ex.05_tarif_hibah.explain": {
        "id": "Keputusan kebijakan: memasukkan penyusutan = dana pengganti (lewat APBD karena penerimaan masuk kas "
              "daerah); tidak memasukkannya = subsidi tersembunyi. Yang penting dinyatakan terbuka dalam usulan tarif.",
        "en": "A policy choice: including depreciation = a replacement fund (through the APBD, since revenue goes to "
              "the kas daerah); leaving it out = a hidden subsidy. What matters is to say so openly in the proposal."},
    # ------------------------------------------------------------------ subsidy
    "ex.05_subsidi_kiln.title": {"id": "Latihan T.4 — subsidi APBD untuk kiln",
                                 "en": "Exercise T.4 — city subsidy for the kiln"},
    "ex.05_subsidi_kiln.h1": {
        "id": "Subsidi per tahun = (biaya per jam − tarif sesudah subsidi) × jam terpakai per tahun.",
        "en": "Subsidy a year = (cost per hour − tariff after subsidy) × hours used a year."},
    "ex.05_subsidi_kiln.h2": {
        "id": "Dengan subsidi 50 %, selisih per jam = separuh biaya per jam; kalikan dengan jam terpakai 2023.",
        "en": "With a 50 % subsidy the gap per hour = half the cost per hour; multiply by the hours used in 2023."},
    "ex.05_subsidi_kiln.m_per_jam": {"id": "Itu subsidi per JAM. Anggaran disusun per TAHUN: kalikan jam terpakai.",
                                     "en": "That is the subsidy per HOUR. Budgets are yearly: multiply by hours used."},
    "ex.05_subsidi_kiln.m_bulanan": {"id": "Itu per bulan; APBD disusun per tahun.",
                                     "en": "That is per month; the city budget is yearly."},
    "ex.05_subsidi_kiln.m_semua": {
        "id": "Itu seluruh biaya kiln setahun; penyewa tetap membayar separuhnya.",
        "en": "That is the kiln's whole yearly cost; tenants still pay half of it."},
    "ex.05_subsidi_kiln.explain": {
        "id": "Angka ini yang harus tertulis di DPA Dinas bila tarif ditetapkan separuh biaya — subsidi yang "
              "terlihat, bukan kerugian tersembunyi.",
        "en": "This is what must appear in the Dinas budget if the fee is set at half the cost — a visible subsidy, "
              "not a hidden loss."},
    # ------------------------------------------------------------------ rent
    "ex.05_sewa_80.title": {"id": "Latihan T.5 — sewa pemulihan biaya pada keterisian 80 %",
                            "en": "Exercise T.5 — cost-recovery rent at 80 % occupancy"},
    "ex.05_sewa_80.h1": {
        "id": "Sewa per unit per bulan = biaya per tahun ÷ (luas total × keterisian) × luas satu unit ÷ 12.",
        "en": "Rent per unit per month = yearly cost ÷ (total area × occupancy) × unit area ÷ 12."},
    "ex.05_sewa_80.h2": {
        "id": "Biaya per tahun ada di tabel `sewa_hari_ini` (baris 'Biaya per tahun'); keterisian 0,8.",
        "en": "The yearly cost is in the `sewa_hari_ini` table (row 'Yearly cost'); occupancy 0.8."},
    "ex.05_sewa_80.h3": {"id": "Jawaban per BULAN, per unit 72 m².", "en": "Answer per MONTH, per 72 m² unit."},
    "ex.05_sewa_80.m_tahunan": {"id": "Itu sewa setahun; yang diminta per bulan (÷ 12).",
                                "en": "That is the yearly rent; asked for: per month (÷ 12)."},
    "ex.05_sewa_80.m_penuh": {
        "id": "Itu sewa bila SEMUA unit terisi: Anda membagi dengan luas total, bukan luas yang terisi (80 %).",
        "en": "That is the rent at FULL occupancy: you divided by the total area, not the occupied area (80 %)."},
    "ex.05_sewa_80.m_27": {"id": "Itu sewa pada keterisian 27 %; soal ini 80 %.",
                           "en": "That is the rent at 27 % occupancy; this exercise is 80 %."},
    "ex.05_sewa_80.explain": {
        "id": "Pada 80 % sewa pemulihan biaya turun jauh dibanding 27 %: mengisi workshop lebih ampuh daripada "
              "menaikkan sewa penyewa yang sedikit.",
        "en": "At 80 % the cost-recovery rent is far below that at 27 %: filling workshops works better than "
              "raising the rent of the few tenants."},
    # ------------------------------------------------------------------ incentive
    "ex.05_insentif.title": {"id": "Latihan T.6 — biaya insentif tahun pertama",
                             "en": "Exercise T.6 — cost of a first-year incentive"},
    "ex.05_insentif.h1": {
        "id": "Per penyewa: 3 bulan gratis (kota kehilangan 3 × sewa) + 9 bulan diskon 25 % (kehilangan 9 × 25 % × "
              "sewa).",
        "en": "Per tenant: 3 months free (the city forgoes 3 × rent) + 9 months at 25 % off (forgoes 9 × 25 % × rent)."},
    "ex.05_insentif.h2": {"id": "Sewa rencana Rp 833.333 per bulan; kalikan untuk 5 penyewa baru.",
                          "en": "Planned rent Rp 833,333 a month; multiply for 5 new tenants."},
    "ex.05_insentif.m_satu": {"id": "Itu untuk satu penyewa; ada 5 penyewa baru.",
                              "en": "That is for one tenant; there are 5 new tenants."},
    "ex.05_insentif.m_diskon": {"id": "Diskon 25 % untuk 9 bulan berikutnya terlupa.",
                                "en": "The 25 % discount for the next 9 months is missing."},
    "ex.05_insentif.m_setahun": {"id": "Itu seluruh sewa setahun 5 penyewa, bukan bagian yang dilepas.",
                                 "en": "That is the whole yearly rent of 5 tenants, not the part forgone."},
    "ex.05_insentif.explain": {
        "id": "Bandingkan dengan unit kosong: workshop kosong tidak membayar apa pun selama 12 bulan. Insentif yang "
              "mengisi unit kosong lebih murah daripada membiarkannya kosong — asal ada dasar keringanan dalam Perda.",
        "en": "Compare with an empty unit: it pays nothing for 12 months. An incentive that fills empty units is "
              "cheaper than leaving them empty — if the Perda provides for relief."},
    # ------------------------------------------------------------------ retribusi
    "ex.05_retribusi.title": {"id": "Latihan T.7 — ke mana uang sewa dan tarif mesin?",
                              "en": "Exercise T.7 — where do rent and machine fees go?"},
    "ex.05_retribusi.h1": {
        "id": "Workshop dan mesin adalah barang milik daerah; sewanya retribusi jasa usaha atau sewa BMD.",
        "en": "Workshops and machines are regional property; their rent is a business-service retribusi or a lease."},
    "ex.05_retribusi.h2": {
        "id": "PP 27/2014 Pasal 29 ayat (8): hasil sewa wajib disetor seluruhnya ke kas umum.",
        "en": "PP 27/2014 Art. 29(8): lease income must be paid in full into the public treasury."},
    "ex.05_retribusi.m_pengelola": {
        "id": "Itu kesalahan yang paling sering: uang sewa bukan pendapatan pengelola/UPTD. Biaya UPTD dibayar "
              "dari APBD (kecuali UPTD itu BLUD).",
        "en": "The most common mistake: rent is not the manager's/UPTD's income. UPTD costs are paid from the city "
              "budget (unless the UPTD is a BLUD)."},
    "ex.05_retribusi.m_paguyuban": {
        "id": "Kas paguyuban hanya untuk iuran anggota (uang swasta), bukan retribusi.",
        "en": "The association's cash is for member dues only (private money), not fees."},
    "ex.05_retribusi.explain": {
        "id": "Penerimaan daerah masuk kas daerah menurut Perda/Perwali; bila UPTD menjadi BLUD, pendapatan itu "
              "boleh dipakai langsung menurut RBA. Periksa aturan daerah setempat.",
        "en": "Regional revenue goes to the kas daerah under the Perda/Perwali; if the UPTD becomes a BLUD the "
              "income may be used directly under its business plan. Check the local rules."},
}
