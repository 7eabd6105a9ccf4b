"""Strings of the shipped datasets (``ikm_kit.data``): descriptions and the data dictionary.

Keys are prefixed ``datasets.``; ``datasets.<name>.description`` is shown by
:func:`ikm_kit.data.list_datasets`.  Column descriptions live with the columns
in :mod:`ikm_kit.data.schema` (``id`` and ``en``).
"""

MESSAGES = {
    "datasets.workshops.description": {
        "id": "Denah dan penyewa workshop. Jumlah unit dari berita; nama, luas dan riwayat ilustratif.",
        "en": "Workshop map and tenants. Unit counts from the news; names, areas and history illustrative.",
    },
    "datasets.occupancy_monthly.description": {
        "id": "Keterisian dan sewa per workshop per bulan, Jan 2022–Des 2023. Sentra pangan: skenario ilustratif, dibuka Jul 2023.",
        "en": "Occupancy and rent per workshop per month, Jan 2022–Dec 2023. Food sentra: illustrative scenario, opening Jul 2023.",
    },
    "datasets.machines.description": {
        "id": "Mesin bersama di kedua sentra. Tarif, daya, harga dan waktu siklus ilustratif.",
        "en": "Shared machines of both sentras. Fees, power, prices and cycle times illustrative.",
    },
    "datasets.machine_bookings.description": {
        "id": "Pemesanan mesin 2023 (pangan mulai Jul 2023). Sengaja berisi beberapa bentrok dan beberapa di luar jam buka.",
        "en": "Machine bookings 2023 (food from Jul 2023). Deliberately contains some clashes and some outside opening hours.",
    },
    "datasets.machine_log.description": {
        "id": "Catatan harian mesin 2023 untuk OEE (40–75 %, sesuai studi kasus 44–77 % [V]). Freezer tidak dicatat.",
        "en": "Daily machine log 2023 for OEE (40–75 %, in line with case studies 44–77 % [V]). The freezer is not logged.",
    },
    "datasets.products.description": {
        "id": "Katalog produk. Harga mebel Konsel 2021 [V]; harga pangan sebagian [P]; ukuran batch dan jam kerja ilustratif.",
        "en": "Product catalogue. Furniture prices Konsel 2021 [V]; food prices partly [P]; batch sizes and labour hours illustrative.",
    },
    "datasets.bom.description": {
        "id": "Daftar bahan (BOM/resep) per batch (lihat products.batch_size). Ukuran dan takaran ilustratif; harga dari materials.",
        "en": "Bill of materials / recipes per batch (see products.batch_size). Dimensions and amounts illustrative; prices from materials.",
    },
    "datasets.routings.description": {
        "id": "Waktu mesin per satuan produk (ilustratif; kiln dihitung dari volume kayu).",
        "en": "Machine minutes per product unit (illustrative; kiln derived from wood volume).",
    },
    "datasets.materials.description": {
        "id": "Daftar harga bahan dengan sumber dan tanda keandalan.",
        "en": "Material price list with source and reliability mark.",
    },
    "datasets.parameters.description": {
        "id": "Parameter untuk latihan: UMK, tarif listrik, sewa, hari kerja, batas mutu.",
        "en": "Parameters for exercises: minimum wage, electricity tariffs, rent, working days, quality limits.",
    },
    "datasets.measurements.description": {
        "id": "Data ukur untuk peta kendali dan kapabilitas; sengaja ada pergeseran rata-rata di bagian akhir dua seri.",
        "en": "Measurements for control charts and capability; deliberate mean shift in the later part of two series.",
    },
    "datasets.defects.description": {
        "id": "Lembar periksa cacat 2023 (berbentuk Pareto).",
        "en": "Defect check-sheet records 2023 (Pareto-shaped).",
    },
    "datasets.inspections.description": {
        "id": "Pemeriksaan harian untuk peta kendali p / np.",
        "en": "Daily inspection lots for p / np charts.",
    },
    "datasets.ccp_log.description": {
        "id": "Pemantauan CCP di sentra pangan, Jul–Des 2023 (skenario ilustratif).",
        "en": "CCP monitoring in the food sentra, Jul–Dec 2023 (illustrative scenario).",
    },
    "datasets.cppob_checklist.description": {
        "id": "Daftar periksa mandiri CPPB-IRT: 14 aspek resmi [V]; butir dan tingkatnya ilustratif.",
        "en": "CPPB-IRT self-inspection checklist: 14 official aspects [V]; items and grades illustrative.",
    },
    "datasets.sales_channels.description": {
        "id": "Saluran penjualan dan apa yang diambil tiap saluran (potongan, komisi, biaya, lama uang datang); bisa diubah.",
        "en": "Sales channels and what each keeps (discount, commission, fees, days until cash); editable.",
    },
    # --- data dictionary (data/README.md) and messages
    "datasets.readme.title": {"id": "Kamus data ikm-kit (`data/`)", "en": "ikm-kit data dictionary (`data/`)"},
    "datasets.readme.generated": {
        "id": "Berkas ini dibuat otomatis dari `ikm_kit/data/schema.py` oleh `ikm_kit.data.generate.write_dictionary`; jangan diedit manual. Buat ulang semua berkas dengan `python -m ikm_kit.data.generate` (benih acak {seed}; hasilnya sama persis setiap kali).",
        "en": "This file is generated from `ikm_kit/data/schema.py` by `ikm_kit.data.generate.write_dictionary`; do not edit by hand. Regenerate every file with `python -m ikm_kit.data.generate` (random seed {seed}; the output is identical every time).",
    },
    "datasets.readme.intro": {
        "id": "Data latihan untuk dua sentra IKM di Kota Kendari: Sentra IKM Mebel di Lepo-Lepo (Kec. Baruga) dan Sentra IKM Pangan di Sanua (Kec. Kendari Barat). Nama berkas dan kolom dalam bahasa Inggris; isi teks dalam bahasa Indonesia. Sebagian besar angka **ilustratif** (dibuat untuk latihan); angka dari dunia nyata diberi sumber dan tanda keandalan. Semua nama orang dan usaha fiktif.",
        "en": "Training data for two sentra IKM in Kendari: the furniture sentra at Lepo-Lepo (Baruga) and the food sentra at Sanua (Kendari Barat). File and column names in English; text values in Indonesian. Most numbers are **illustrative** (made up for exercises); real-world figures carry a source and a reliability mark. All names of people and businesses are fictitious.",
    },
    "datasets.readme.marks": {
        "id": "Tanda keandalan: **V** = terverifikasi di sumber; **P** = sebagian (sumber sekunder, sumber berbeda, atau kutipan pejabat); **U** = belum terverifikasi (perkiraan terbaik); **ilustratif** = angka karangan untuk latihan, bukan fakta.",
        "en": "Reliability marks: **V** = verified in the source; **P** = partly (secondary source, sources disagree, or an official's quote); **U** = unverified (best estimate); **ilustratif** = made-up teaching value, not a fact.",
    },
    "datasets.readme.loading": {
        "id": "Memuat di Python: `from ikm_kit import data; df = data.load(\"workshops\")` (tipe kolom sudah benar: tanggal sebagai datetime, kategori sebagai category). Daftar: `data.list_datasets()`. Ekspor ke Excel: `data.export(\"all\", \"xlsx\", \"folder\")`. Kolom teks yang kosong dibaca sebagai teks kosong `\"\"`; kolom angka yang kosong sebagai NaN/NA (tidak berlaku).",
        "en": "Loading in Python: `from ikm_kit import data; df = data.load(\"workshops\")` (typed: dates as datetime, categories as category). List: `data.list_datasets()`. Export to Excel: `data.export(\"all\", \"xlsx\", \"folder\")`. Empty text cells load as the empty string `\"\"`; empty numeric cells as NaN/NA (not applicable).",
    },
    "datasets.readme.summary": {"id": "Ringkasan berkas", "en": "Files"},
    "datasets.readme.col_file": {"id": "Berkas", "en": "File"},
    "datasets.readme.col_rows": {"id": "Baris", "en": "Rows"},
    "datasets.readme.col_description": {"id": "Keterangan", "en": "Description"},
    "datasets.readme.col_column": {"id": "Kolom", "en": "Column"},
    "datasets.readme.col_dtype": {"id": "Tipe", "en": "Type"},
    "datasets.readme.col_unit": {"id": "Satuan", "en": "Unit"},
    "datasets.readme.col_source": {"id": "Sumber", "en": "Source"},
    "datasets.readme.col_figure": {"id": "Angka", "en": "Figure"},
    "datasets.readme.col_value": {"id": "Nilai", "en": "Value"},
    "datasets.readme.col_mark": {"id": "Tanda", "en": "Mark"},
    "datasets.readme.col_date": {"id": "Tanggal", "en": "Date"},
    "datasets.readme.col_holiday": {"id": "Hari libur", "en": "Holiday"},
    "datasets.readme.rows": {"id": "{rows} baris", "en": "{rows} rows"},
    "datasets.readme.figures": {"id": "Angka dunia nyata yang dipakai", "en": "Real-world figures used"},
    "datasets.readme.figures_intro": {
        "id": "Angka berikut berasal dari catatan riset proyek (`brief.md`, salinan halaman publik). Angka bertanda P atau U jangan disajikan sebagai fakta pasti dalam materi ajar.",
        "en": "These figures come from the project's research notes (`brief.md`, stored copies of public pages). Do not present P or U figures as settled facts in teaching material.",
    },
    "datasets.readme.holidays": {"id": "Hari libur nasional 2023 (sentra tutup)", "en": "National holidays 2023 (sentra closed)"},
    "datasets.readme.holidays_intro": {
        "id": "Sentra tutup setiap hari Minggu dan pada 16 hari libur nasional 2023 berikut (cuti bersama tidak dianggap tutup). Oven pengering kayu (kiln) berjalan terus setiap hari. Sumber: {source}.",
        "en": "The sentra is closed on Sundays and on these 16 national holidays of 2023 (cuti bersama days are not treated as closed). The wood kiln runs every day. Source: {source}.",
    },
    "datasets.readme.scenario": {"id": "Skenario ilustratif dan kejanggalan yang disengaja", "en": "Illustrative scenario and deliberate anomalies"},
    "datasets.readme.scenario_items": {
        "id": "- Sentra mebel: Januari 2022 tepat 11 dari 40 workshop terisi (berita: 11 dari ±41; kita memodelkan 40). Kenaikan sesudahnya **ilustratif**, sampai {dec_occupied} terisi pada Desember 2023.\n- Sewa mebel Rp833.333/bulan (Rp10 jt/tahun [V]) mulai ditagih **Juli 2022** (ilustratif; berita: tidak ada sewa sejak 2020 [V]). Sebagian penyewa membayar terlambat atau menunggak (ilustratif); `rent_paid_rp` adalah uang yang diterima pada bulan itu, jadi tunggakan = jumlah kumulatif (ditagih − dibayar).\n- Sentra pangan Sanua: pembangunan mulai Agustus 2022 [V]; apakah selesai tidak diketahui [U]. Di sini skenario **ilustratif**: semua unit `kosong` sampai Juni 2023, dibuka Juli 2023, sewa Rp500.000/bulan (ilustratif).\n- `machine_bookings`: {overlaps} pemesanan sengaja bentrok dengan pemesanan lain di mesin yang sama, dan {outside} pemesanan sengaja di luar jam/hari buka (latihan deteksi bentrok).\n- `measurements`: subgrup awal stabil (fase I); pergeseran rata-rata disengaja pada `panjang_kaki_meja` mulai subgrup {shift_leg} (stopper gergaji bergeser) dan pada `berat_kemasan_abon` mulai subgrup {shift_abon} (pengisi/sealer bergeser).\n- `ccp_log`: {no_action} penyimpangan batas kritis sengaja tanpa tindakan koreksi tercatat.\n- `machine_log` tidak diturunkan dari `machine_bookings`: keduanya contoh terpisah.\n- Perhatian harga: kacang mete goreng 250 g Rp25.000 [P, tanpa tanggal] hampir sama dengan harga bahan bakunya (kacang mete kupas Rp85.000/kg, 2014 [V]); sumbernya dari tahun yang berbeda. Bahan diskusi yang baik: periksa harga sendiri sebelum menetapkan harga jual.",
        "en": "- Furniture sentra: January 2022 exactly 11 of 40 workshops occupied (news: 11 of ~41; we model 40). The later rise is **illustrative**, reaching {dec_occupied} occupied in December 2023.\n- Furniture rent Rp833,333/month (Rp10 million/year [V]) billed from **July 2022** (illustrative; news: no rent since 2020 [V]). Some tenants pay late or run arrears (illustrative); `rent_paid_rp` is money received that month, so arrears = cumulative (billed − paid).\n- Food sentra Sanua: construction from August 2022 [V]; completion unknown [U]. Here an **illustrative** scenario: all units `kosong` until June 2023, opening July 2023, rent Rp500,000/month (illustrative).\n- `machine_bookings`: {overlaps} bookings deliberately clash with another booking on the same machine, and {outside} bookings lie outside opening hours/days (clash-detection exercise).\n- `measurements`: early subgroups stable (phase I); deliberate mean shift in `panjang_kaki_meja` from subgroup {shift_leg} (saw stop drift) and in `berat_kemasan_abon` from subgroup {shift_abon} (filler/sealer drift).\n- `ccp_log`: {no_action} critical-limit deviations deliberately have no corrective action recorded.\n- `machine_log` is not derived from `machine_bookings`: they are separate examples.\n- Price caution: fried cashews 250 g at Rp25,000 [P, undated] barely cover their raw material (shelled cashews Rp85,000/kg, 2014 [V]); the sources are from different years. A good discussion point: check current prices before setting a selling price.",
    },
    "datasets.field_name": {"id": "Nama dataset", "en": "Dataset name"},
    "datasets.field_format": {"id": "Format ekspor", "en": "Export format"},
}
