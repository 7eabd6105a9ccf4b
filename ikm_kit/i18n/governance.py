"""Strings of the sentra governance templates: structure, tata tertib, perjanjian sewa, asset register, reports.

Model texts for training; legal references carry the marks of the facts file
(V verified, P plausible, U unverified).  Everything local says "periksa aturan
daerah setempat".
"""

_LOCAL_ID = ("Periksa aturan daerah setempat: tarif sewa dan retribusi, denda dan sanksi hanya berlaku bila "
             "ditetapkan dalam Perda/Perwali (atau peraturan BLUD); tata tertib ditetapkan Kepala Dinas/UPTD. "
             "Naskah ini contoh untuk pelatihan, bukan naskah hukum.")
_LOCAL_EN = ("Check the local rules: rent, fees, fines and sanctions only apply if set in a Perda/Perwali (or BLUD "
             "rules); house rules are set by the head of the Dinas/UPTD. This is a training model, not a legal text.")

MESSAGES = {
    "governance.article": {"id": "Pasal {n}", "en": "Article {n}"},
    "governance.local_rules": {"id": _LOCAL_ID, "en": _LOCAL_EN},
    "governance.blank_rp": {"id": "Rp ……………", "en": "Rp ……………"},
    "governance.printed": {"id": "Dicetak dari ikm-kit, {date}. Contoh pelatihan.",
                           "en": "Printed from ikm-kit, {date}. Training model."},
    "governance.sentra.mebel": {"id": "Sentra IKM Mebel Lepo-Lepo", "en": "Lepo-Lepo Furniture IKM Sentra"},
    "governance.sentra.pangan": {"id": "Sentra IKM Pangan Sanua", "en": "Sanua Food IKM Sentra"},
    "governance.error.format": {"id": "Format '{value}' tidak dikenal. Pilih: {valid}.",
                                "en": "Unknown format '{value}'. Choose: {valid}."},
    "governance.error.sentra": {"id": "Sentra '{value}' tidak dikenal. Pilih: {valid}.",
                                "en": "Unknown sentra '{value}'. Choose: {valid}."},
    "governance.error.due_day": {"id": "Tanggal jatuh tempo harus bilangan bulat 1–28; yang diberikan: {value}.",
                                 "en": "The due day must be a whole number 1–28; got: {value}."},
    "governance.error.term": {
        "id": "Jangka waktu sewa harus 1–5 tahun (PP 27/2014 Pasal 29 ayat 2: paling lama 5 tahun); "
              "yang diberikan: {value}.",
        "en": "The lease term must be 1–5 years (PP 27/2014 Art. 29(2): at most 5 years); got: {value}."},
    # ------------------------------------------------------------------ structure
    "governance.structure.title": {"id": "Struktur pengelolaan sentra (UPTD)", "en": "Sentra management structure (UPTD)"},
    "governance.structure.intro": {
        "id": "Peran dalam sentra menurut PP 29/2018 dan Kemenperin: pembina, pengelola, anggota, dan unit "
              "pelayanan teknis (UPT) [V]. Kolom terakhir: uang apa yang boleh dipegang peran itu.",
        "en": "Roles in a sentra per PP 29/2018 and Kemenperin: supervisor, manager, members and the technical "
              "service unit (UPT) [V]. Last column: which money the role may hold."},
    "governance.col.who": {"id": "Peran", "en": "Role"},
    "governance.col.tasks": {"id": "Tugas", "en": "Tasks"},
    "governance.col.money": {"id": "Uang", "en": "Money"},
    "governance.role.dinas.who": {"id": "Kepala Dinas (pembina)", "en": "Head of the Dinas (supervisor)"},
    "governance.role.dinas.tasks": {
        "id": "Menetapkan tata tertib; mengusulkan tarif sewa/retribusi ke Wali Kota (Perwali) dan meninjaunya "
              "berkala; menganggarkan biaya UPTD dalam APBD; menilai kinerja UPTD.",
        "en": "Sets the house rules; proposes rent/fees to the mayor (Perwali) and reviews them regularly; budgets "
              "the UPTD's costs in the APBD; assesses the UPTD."},
    "governance.role.dinas.money": {"id": "APBD (belanja UPTD)", "en": "City budget (UPTD spending)"},
    "governance.role.uptd.who": {"id": "Kepala UPTD Sentra (pengelola)", "en": "Head of the sentra UPTD (manager)"},
    "governance.role.uptd.tasks": {
        "id": "Menandatangani perjanjian sewa atas nama Pemkot; mengatur pemesanan mesin; menagih sewa dan "
              "retribusi; menjalankan tangga tunggakan; laporan bulanan; register aset.",
        "en": "Signs leases on behalf of the city; runs machine bookings; bills rent and fees; applies the arrears "
              "ladder; monthly report; asset register."},
    "governance.role.uptd.money": {
        "id": "Tidak memegang retribusi: sewa dan tarif mesin disetor ke kas daerah, bukan pendapatan pengelola.",
        "en": "Holds no fee money: rent and machine fees go to the kas daerah, not the manager's income."},
    "governance.role.treasurer.who": {"id": "Bendahara penerimaan (UPTD/Dinas)", "en": "Revenue treasurer (UPTD/Dinas)"},
    "governance.role.treasurer.tasks": {
        "id": "Menerbitkan tanda terima, mencatat penerimaan per penyewa, menyetor ke rekening kas daerah "
              "sesuai batas waktu setor.",
        "en": "Issues receipts, records revenue per tenant, deposits into the kas daerah account on time."},
    "governance.role.treasurer.money": {"id": "Retribusi sebelum disetor (sementara)", "en": "Fees before deposit (briefly)"},
    "governance.role.operator.who": {"id": "Operator/teknisi mesin", "en": "Machine operator/technician"},
    "governance.role.operator.tasks": {
        "id": "Menjalankan kiln; melatih penyewa memakai mesin; kartu mesin harian (jam jalan, henti, kerusakan); "
              "perawatan terjadwal.",
        "en": "Runs the kiln; trains tenants on the machines; daily machine card (run time, stops, breakdowns); "
              "scheduled maintenance."},
    "governance.role.operator.money": {"id": "–", "en": "–"},
    "governance.role.staff.who": {"id": "Petugas keamanan dan kebersihan", "en": "Security and cleaning staff"},
    "governance.role.staff.tasks": {"id": "Jaga malam, kebersihan area bersama, pengelolaan sampah/limbah.",
                                    "en": "Night watch, cleaning of common areas, waste handling."},
    "governance.role.staff.money": {"id": "–", "en": "–"},
    "governance.role.association.who": {"id": "Paguyuban penyewa (anggota)", "en": "Tenants' association (members)"},
    "governance.role.association.tasks": {
        "id": "Wakil penyewa dalam rapat dengan UPTD; usul jadwal mesin dan perbaikan; kegiatan bersama "
              "(pameran, pembelian bahan bersama).",
        "en": "Represents tenants towards the UPTD; proposes machine schedules and repairs; joint activities "
              "(fairs, joint purchasing)."},
    "governance.role.association.money": {
        "id": "Iuran paguyuban sendiri (uang swasta, dicatat terpisah dari retribusi).",
        "en": "Its own member dues (private money, kept apart from the fees)."},
    "governance.role.revenue_office.who": {"id": "Bapenda/BPKAD", "en": "Regional revenue/finance office"},
    "governance.role.revenue_office.tasks": {
        "id": "Menerima setoran retribusi di kas daerah; mencatat target dan realisasi penerimaan.",
        "en": "Receives the fees in the kas daerah; records revenue targets and receipts."},
    "governance.role.revenue_office.money": {"id": "Kas daerah", "en": "Regional treasury"},
    "governance.role.mentor.who": {"id": "Pendamping (TPL, perguruan tinggi, asosiasi)",
                                   "en": "Mentors (field extension officers, university, associations)"},
    "governance.role.mentor.tasks": {"id": "Pelatihan mutu dan usaha; bantuan teknis; pemasaran.",
                                     "en": "Quality and business training; technical help; marketing."},
    "governance.role.mentor.money": {"id": "–", "en": "–"},
    # ------------------------------------------------------------------ house rules
    "governance.rules.title": {"id": "Tata Tertib {sentra} (contoh)", "en": "House rules of {sentra} (model)"},
    "governance.rules.intro": {
        "id": "{sentra} adalah barang milik daerah yang dikelola UPTD Sentra di bawah Dinas. Tata tertib ini "
              "berlaku bagi penyewa, pekerjanya, petugas, dan tamu.",
        "en": "{sentra} is regional property managed by the sentra UPTD under the Dinas. These rules apply to "
              "tenants, their workers, staff and visitors."},
    "governance.rules.general.title": {"id": "Ketentuan umum", "en": "General"},
    "governance.rules.general.1": {
        "id": "Workshop hanya dipakai untuk kegiatan produksi yang tercantum dalam perjanjian sewa.",
        "en": "A workshop is used only for the production stated in the lease."},
    "governance.rules.general.2": {
        "id": "Setiap penyewa mendaftarkan nama pekerjanya kepada pengelola dan memperbaruinya bila berubah.",
        "en": "Each tenant registers its workers with the manager and updates the list when it changes."},
    "governance.rules.hours.title": {"id": "Jam operasional", "en": "Opening hours"},
    "governance.rules.hours.1": {
        "id": "Sentra buka Senin–Sabtu pukul 07.00–17.00 dan tutup pada hari libur nasional (jam ilustratif; "
              "sesuaikan).",
        "en": "The sentra opens Monday–Saturday 07:00–17:00 and closes on public holidays (illustrative hours; "
              "adapt)."},
    "governance.rules.hours.2": {
        "id": "Kerja di luar jam buka memerlukan izin tertulis pengelola; kiln berjalan terus di bawah pengawasan "
              "operator.",
        "en": "Work outside opening hours needs the manager's written permission; the kiln runs continuously under "
              "the operator's supervision."},
    "governance.rules.duties.title": {"id": "Kewajiban penyewa", "en": "Tenants' duties"},
    "governance.rules.duties.1": {
        "id": "Membayar sewa dan tarif mesin tepat waktu dengan cara yang ditetapkan (setoran ke rekening kas "
              "daerah atau bendahara penerimaan, dengan tanda terima).",
        "en": "Pay rent and machine fees on time in the set way (deposit to the kas daerah account or the revenue "
              "treasurer, against a receipt)."},
    "governance.rules.duties.2": {
        "id": "Menjaga kebersihan dan kerapian workshop (5R) dan area bersama di depannya.",
        "en": "Keep the workshop and the common area in front of it clean and tidy (5S)."},
    "governance.rules.duties.3": {
        "id": "Melaporkan kerusakan bangunan atau mesin kepada pengelola paling lambat 1 × 24 jam.",
        "en": "Report damage to the building or machines to the manager within 24 hours."},
    "governance.rules.duties.4": {
        "id": "Menyampaikan data produksi dan tenaga kerja setiap bulan untuk laporan sentra dan SIINas.",
        "en": "Hand in production and workforce figures every month for the sentra report and SIINas."},
    "governance.rules.prohibited.title": {"id": "Larangan", "en": "Prohibited"},
    "governance.rules.prohibited.1": {
        "id": "Menyewakan kembali atau mengalihkan workshop kepada pihak lain tanpa persetujuan tertulis.",
        "en": "Subletting or handing over the workshop to others without written consent."},
    "governance.rules.prohibited.2": {"id": "Memakai workshop sebagai tempat tinggal.",
                                      "en": "Using the workshop as a dwelling."},
    "governance.rules.prohibited.3": {
        "id": "Mengubah bangunan, instalasi listrik, atau memasang mesin berdaya besar tanpa izin pengelola.",
        "en": "Altering the building or wiring, or installing high-power machines, without the manager's permission."},
    "governance.rules.prohibited.4": {
        "id": "Menyimpan cat, tiner, dan bahan mudah terbakar di luar tempat yang ditentukan; membakar sampah.",
        "en": "Storing paint, thinner and flammables outside the set place; burning waste."},
    "governance.rules.machines.title": {"id": "Mesin bersama", "en": "Shared machines"},
    "governance.rules.machines.1": {
        "id": "Mesin dipesan melalui pengelola paling lambat 1 hari kerja sebelumnya; pesanan tercatat di buku "
              "atau aplikasi pemesanan.",
        "en": "Machines are booked through the manager at least 1 working day ahead; bookings are recorded in the "
              "booking book or app."},
    "governance.rules.machines.2": {
        "id": "Hanya pekerja yang sudah dilatih operator boleh menjalankan mesin; APD (kacamata, masker debu, "
              "pelindung telinga) wajib.",
        "en": "Only workers trained by the operator may run a machine; PPE (goggles, dust mask, ear protection) is "
              "compulsory."},
    "governance.rules.machines.3": {
        "id": "Pesanan yang tidak dipakai tanpa pembatalan paling lambat 2 jam sebelumnya dikenai tarif pemakaian.",
        "en": "A booking not used and not cancelled at least 2 hours ahead is charged the usage fee."},
    "governance.rules.machines.4": {
        "id": "Kerusakan karena pemakaian yang salah ditanggung pemakai menurut berita acara; aus wajar "
              "ditanggung UPTD.",
        "en": "Damage from misuse is borne by the user per an official report; normal wear is borne by the UPTD."},
    "governance.rules.safety.title": {"id": "Keselamatan dan kebersihan", "en": "Safety and cleanliness"},
    "governance.rules.safety.1": {
        "id": "Setiap workshop menyediakan alat pemadam api ringan dan kotak P3K yang siap pakai.",
        "en": "Every workshop keeps a working fire extinguisher and first-aid kit."},
    "governance.rules.safety.2": {
        "id": "Debu kayu disapu dan dikumpulkan setiap hari; limbah dibuang di tempat yang ditentukan.",
        "en": "Wood dust is swept and collected daily; waste goes to the set place."},
    "governance.rules.sanctions.title": {"id": "Sanksi", "en": "Sanctions"},
    "governance.rules.sanctions.1": {"id": "Teguran lisan, lalu teguran tertulis I dan II.",
                                     "en": "Oral warning, then written warnings I and II."},
    "governance.rules.sanctions.2": {"id": "Pembekuan hak memesan mesin bersama.",
                                     "en": "Suspension of the right to book shared machines."},
    "governance.rules.sanctions.3": {
        "id": "Pemutusan perjanjian sewa sesuai perjanjian dan aturan daerah.",
        "en": "Ending the lease as the agreement and local rules provide."},
    # ------------------------------------------------------------------ tenant agreement
    "governance.agreement.title": {"id": "Perjanjian Sewa Workshop {sentra} (contoh)",
                                   "en": "Workshop lease, {sentra} (model)"},
    "governance.agreement.intro": {
        "id": "Isi minimum mengikuti PP 27/2014 jo PP 28/2020 Pasal 29 ayat (7) [V]: para pihak; jenis, luas, "
              "besaran sewa dan jangka waktu; tanggung jawab penyewa atas biaya operasional dan pemeliharaan; hak "
              "dan kewajiban para pihak.",
        "en": "Minimum content per PP 27/2014 as amended by PP 28/2020 Art. 29(7) [V]: the parties; type, area, "
              "rent and term; the tenant's responsibility for operating and maintenance costs; rights and duties."},
    "governance.agreement.parties.title": {"id": "Para pihak", "en": "Parties"},
    "governance.agreement.parties.1": {
        "id": "Pihak Pertama: Kepala UPTD {sentra}, atas nama Pemerintah Kota Kendari (nama, NIP, jabatan: ………).",
        "en": "First party: head of the {sentra} UPTD, for the City of Kendari (name, staff no., post: ………)."},
    "governance.agreement.parties.2": {
        "id": "Pihak Kedua: penyewa (nama, NIK, NIB, alamat, nama usaha: ………), dengan lampiran KTP, NIB, NPWP.",
        "en": "Second party: the tenant (name, ID no., business ID, address, business name: ………), with copies of ID, "
              "NIB, NPWP."},
    "governance.agreement.object.title": {"id": "Objek sewa", "en": "Object"},
    "governance.agreement.object.1": {
        "id": "Workshop nomor ……, luas …… m², dengan fasilitas listrik …… VA dan air, dalam keadaan seperti berita "
              "acara serah terima (BAST) terlampir.",
        "en": "Workshop no. ……, area …… m², with …… VA power and water, in the condition of the attached handover "
              "report (BAST)."},
    "governance.agreement.object.2": {"id": "Kegiatan usaha yang diizinkan: ………", "en": "Permitted business: ………"},
    "governance.agreement.term.title": {"id": "Jangka waktu", "en": "Term"},
    "governance.agreement.term.1": {
        "id": "{term} tahun sejak tanggal BAST; dapat diperpanjang atas permohonan paling lambat 1 bulan sebelum "
              "berakhir (paling lama 5 tahun per perjanjian, PP 27/2014 Pasal 29 ayat 2 [V]).",
        "en": "{term} year(s) from the BAST date; renewable on request at least 1 month before the end (at most 5 "
              "years per agreement, PP 27/2014 Art. 29(2) [V])."},
    "governance.agreement.rent.title": {"id": "Sewa/retribusi dan cara bayar", "en": "Rent and payment"},
    "governance.agreement.rent.1": {
        "id": "Sewa {rent} per bulan sesuai tarif dalam Perda/Perwali yang berlaku.",
        "en": "Rent of {rent} a month per the tariff in the Perda/Perwali in force."},
    "governance.agreement.rent.2": {
        "id": "Dibayar paling lambat tanggal {day} setiap bulan dengan setoran ke rekening kas daerah (atau "
              "bendahara penerimaan) dengan tanda bukti; pengelola tidak menerima pembayaran tanpa tanda terima.",
        "en": "Paid by the {day}th of each month into the kas daerah account (or to the revenue treasurer) against "
              "proof; the manager accepts no payment without a receipt."},
    "governance.agreement.rent.3": {
        "id": "Sewa dan tarif mesin adalah penerimaan daerah, bukan pendapatan pengelola.",
        "en": "Rent and machine fees are regional revenue, not the manager's income."},
    "governance.agreement.fees.title": {"id": "Tarif mesin bersama", "en": "Shared-machine fees"},
    "governance.agreement.fees.1": {
        "id": "Pemakaian mesin bersama dibayar per jam menurut daftar tarif yang ditempel di ruang mesin; jam "
              "dihitung dari buku pemesanan.",
        "en": "Shared machines are paid per hour per the tariff list posted in the machine room; hours come from "
              "the booking book."},
    "governance.agreement.fees.2": {
        "id": "Tagihan tarif mesin dibayar bersama sewa bulan berikutnya.",
        "en": "Machine fees are paid together with the next month's rent."},
    "governance.agreement.arrears.title": {"id": "Keterlambatan dan tunggakan", "en": "Late payment and arrears"},
    "governance.agreement.arrears.1": {"id": "Hari pertama sesudah tanggal {day}: pengingat tertulis.",
                                       "en": "First day after the {day}th: written reminder."},
    "governance.agreement.arrears.2": {
        "id": "Terlambat 1 bulan: teguran tertulis I dan kunjungan pengelola untuk mencari sebabnya.",
        "en": "1 month late: written warning I and a visit by the manager to find the cause."},
    "governance.agreement.arrears.3": {
        "id": "Terlambat 2 bulan: perjanjian cicilan tertulis (paling lama 3 bulan).",
        "en": "2 months late: a written instalment plan (at most 3 months)."},
    "governance.agreement.arrears.4": {
        "id": "Terlambat 3 bulan atau cicilan tidak ditepati: hak memesan mesin bersama dibekukan; teguran "
              "tertulis II.",
        "en": "3 months late or instalments missed: machine booking suspended; written warning II."},
    "governance.agreement.arrears.5": {
        "id": "Terlambat 6 bulan: perjanjian dapat diputus dan workshop dikosongkan; tunggakan tetap ditagih. "
              "Denda hanya bila diatur Perda (langkah dan batas waktu ilustratif).",
        "en": "6 months late: the agreement may be ended and the workshop vacated; arrears are still owed. Fines "
              "only if a Perda provides them (steps and limits illustrative)."},
    "governance.agreement.costs.title": {"id": "Biaya operasional dan pemeliharaan", "en": "Operating and maintenance costs"},
    "governance.agreement.costs.1": {
        "id": "Pihak Kedua menanggung listrik dan air workshopnya serta pemeliharaan ringan (lampu, kunci, "
              "kebersihan) selama masa sewa (PP 27/2014 Pasal 29 ayat 7 [V]).",
        "en": "The tenant pays its workshop's power and water and minor upkeep (lamps, locks, cleaning) during the "
              "lease (PP 27/2014 Art. 29(7) [V])."},
    "governance.agreement.costs.2": {
        "id": "Pihak Pertama menanggung perbaikan besar bangunan (atap, struktur) dan perawatan mesin bersama.",
        "en": "The first party pays major building repairs (roof, structure) and shared-machine maintenance."},
    "governance.agreement.machines.title": {"id": "Pemesanan dan kerusakan mesin", "en": "Machine booking and damage"},
    "governance.agreement.machines.1": {
        "id": "Pihak Kedua memesan mesin sesuai tata tertib; pesanan yang tidak dipakai tanpa pembatalan tepat "
              "waktu dikenai tarif.",
        "en": "The tenant books machines per the house rules; bookings not used and not cancelled in time are "
              "charged."},
    "governance.agreement.machines.2": {
        "id": "Kerusakan karena kelalaian dicatat dalam berita acara yang ditandatangani kedua pihak dan diganti "
              "Pihak Kedua sebesar biaya perbaikan.",
        "en": "Damage through negligence is recorded in a report signed by both parties and paid by the tenant at "
              "the repair cost."},
    "governance.agreement.end.title": {"id": "Berakhirnya perjanjian", "en": "End of the agreement"},
    "governance.agreement.end.1": {
        "id": "Perjanjian berakhir karena jangka waktu habis, pelanggaran berat, atau permintaan Pihak Kedua dengan "
              "pemberitahuan tertulis 1 bulan sebelumnya.",
        "en": "The agreement ends when the term expires, on a serious breach, or at the tenant's request with 1 "
              "month's written notice."},
    "governance.agreement.end.2": {
        "id": "Workshop dikembalikan dalam keadaan baik dengan BAST sesudah semua kewajiban lunas.",
        "en": "The workshop is returned in good condition with a handover report after all dues are paid."},
    "governance.agreement.disputes.title": {"id": "Perselisihan", "en": "Disputes"},
    "governance.agreement.disputes.1": {
        "id": "Perselisihan diselesaikan dengan musyawarah; bila tidak tercapai, menurut peraturan yang berlaku.",
        "en": "Disputes are settled by deliberation; failing that, under the law in force."},
    # ------------------------------------------------------------------ asset register
    "governance.register.title": {"id": "Register aset mesin sentra", "en": "Asset register of the sentra's machines"},
    "governance.register.intro": {
        "id": "Nilai buku = harga beli − penyusutan garis lurus sampai nilai sisa 10 %. Tahun perolehan asumsi "
              "(U); kondisi dari porsi waktu rencana yang hilang karena kerusakan di catatan mesin (ambang "
              "ilustratif). Format resmi (Kartu Inventaris Barang) belum diperiksa (U).",
        "en": "Book value = price − straight-line depreciation to a 10 % salvage. Acquisition year assumed (U); "
              "condition from the share of planned time lost to breakdowns in the machine log (illustrative "
              "thresholds). The official form (Kartu Inventaris Barang) was not checked (U)."},
    "governance.col.machine": {"id": "Mesin", "en": "Machine"},
    "governance.col.acquired": {"id": "Tahun perolehan", "en": "Acquired"},
    "governance.col.value": {"id": "Harga perolehan", "en": "Purchase value"},
    "governance.col.age": {"id": "Umur (tahun)", "en": "Age (years)"},
    "governance.col.life_left": {"id": "Sisa umur (tahun)", "en": "Life left (years)"},
    "governance.col.book_value": {"id": "Nilai buku", "en": "Book value"},
    "governance.col.condition": {"id": "Kondisi", "en": "Condition"},
    "governance.condition.good": {"id": "baik", "en": "good"},
    "governance.condition.fair": {"id": "cukup — perlu perawatan terjadwal", "en": "fair — needs scheduled maintenance"},
    "governance.condition.poor": {"id": "perlu perbaikan", "en": "needs repair"},
    "governance.condition.unknown": {"id": "tidak tercatat", "en": "not logged"},
    # ------------------------------------------------------------------ reports
    "governance.reports.title": {"id": "Kalender pelaporan sentra", "en": "Sentra reporting calendar"},
    "governance.col.report": {"id": "Laporan", "en": "Report"},
    "governance.col.frequency": {"id": "Kapan", "en": "When"},
    "governance.col.to": {"id": "Kepada", "en": "To"},
    "governance.col.basis": {"id": "Dasar", "en": "Basis"},
    "governance.report.deposit.what": {"id": "Setoran dan buku penerimaan retribusi", "en": "Fee deposits and revenue book"},
    "governance.report.deposit.when": {"id": "Sesuai batas waktu setor (harian/mingguan)",
                                       "en": "Per the deposit deadline (daily/weekly)"},
    "governance.report.deposit.to": {"id": "Kas daerah (Bapenda/BPKAD)", "en": "Kas daerah (revenue/finance office)"},
    "governance.report.deposit.basis": {
        "id": "PP 27/2014 Pasal 29(8): hasil sewa disetor seluruhnya ke kas umum [V]; Perda Kendari 6/2023 "
              "(lampiran tarif belum diperiksa: U)",
        "en": "PP 27/2014 Art. 29(8): lease income paid in full into the treasury [V]; Kendari Perda 6/2023 (tariff "
              "annex not checked: U)"},
    "governance.report.monthly.what": {"id": "Laporan bulanan: keterisian, penagihan, tunggakan",
                                       "en": "Monthly report: occupancy, collection, arrears"},
    "governance.report.monthly.when": {"id": "Setiap bulan", "en": "Monthly"},
    "governance.report.monthly.to": {"id": "Kepala Dinas", "en": "Head of the Dinas"},
    "governance.report.monthly.basis": {"id": "Praktik baik pengelolaan (usulan pelatihan)",
                                        "en": "Good management practice (training proposal)"},
    "governance.report.bookings.what": {"id": "Jam pakai mesin, OEE, kerusakan", "en": "Machine hours, OEE, breakdowns"},
    "governance.report.bookings.when": {"id": "Setiap bulan", "en": "Monthly"},
    "governance.report.bookings.to": {"id": "Kepala Dinas; rapat paguyuban", "en": "Head of the Dinas; tenants' meeting"},
    "governance.report.bookings.basis": {"id": "Dasar tarif mesin dan perawatan (usulan pelatihan)",
                                         "en": "Basis for machine fees and maintenance (training proposal)"},
    "governance.report.siinas.what": {"id": "Data industri para penyewa (SIINas)", "en": "Tenants' industry data (SIINas)"},
    "governance.report.siinas.when": {"id": "Setiap semester", "en": "Every six months"},
    "governance.report.siinas.to": {"id": "Kemenperin melalui SIINas", "en": "Kemenperin via SIINas"},
    "governance.report.siinas.basis": {
        "id": "Permenperin 2/2019 [P]; panduan Pusdatin Jan 2024: laporan semesteran [V]; Permenperin 13/2025 (U)",
        "en": "Permenperin 2/2019 [P]; Pusdatin guide Jan 2024: six-monthly report [V]; Permenperin 13/2025 (U)"},
    "governance.report.asset_count.what": {"id": "Inventarisasi dan register aset (BMD)",
                                           "en": "Stock-take and asset register (regional property)"},
    "governance.report.asset_count.when": {"id": "Setiap tahun", "en": "Yearly"},
    "governance.report.asset_count.to": {"id": "Pengguna barang (Dinas) / BPKAD", "en": "Asset user (Dinas) / finance office"},
    "governance.report.asset_count.basis": {
        "id": "Permendagri 19/2016 (penatausahaan BMD) [P]; formulir KIB belum diperiksa (U)",
        "en": "Permendagri 19/2016 (regional property administration) [P]; KIB forms not checked (U)"},
    "governance.report.tariff_review.what": {"id": "Peninjauan tarif sewa dan mesin", "en": "Review of rent and machine fees"},
    "governance.report.tariff_review.when": {"id": "Paling sedikit 3 tahun sekali", "en": "At least every 3 years"},
    "governance.report.tariff_review.to": {"id": "Wali Kota (Perwali)", "en": "Mayor (Perwali)"},
    "governance.report.tariff_review.basis": {
        "id": "UU 28/2009 Pasal 155 [V]; apakah PP 35/2023 memuat aturan yang sama: U",
        "en": "UU 28/2009 Art. 155 [V]; whether PP 35/2023 keeps it: U"},
    "governance.report.blud.what": {"id": "RBA tahunan dan RSB 5 tahun (bila BLUD)",
                                    "en": "Yearly business plan and 5-year strategic plan (if a BLUD)"},
    "governance.report.blud.when": {"id": "Setiap tahun", "en": "Yearly"},
    "governance.report.blud.to": {"id": "Kepala Daerah; dilaporkan ke DPRD", "en": "Regional head; reported to the DPRD"},
    "governance.report.blud.basis": {"id": "Permendagri 79/2018 [P]; belum ada contoh sentra BLUD (U)",
                                     "en": "Permendagri 79/2018 [P]; no sentra BLUD example found (U)"},
}
