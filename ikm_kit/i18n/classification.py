"""Strings of :mod:`ikm_kit.classification` (industry size, UMKM, BPS)."""

MESSAGES = {
    "classification.billion": {"id": "miliar", "en": "billion"},
    "classification.million": {"id": "juta", "en": "million"},
    "classification.title": {"id": "Klasifikasi unit usaha", "en": "Classification of a business unit"},
    "classification.title_unit": {"id": "Klasifikasi: {name}", "en": "Classification: {name}"},
    "classification.title_table": {"id": "Klasifikasi unit usaha", "en": "Classification of business units"},
    # --- class labels
    "classification.industri.kecil": {"id": "Industri kecil", "en": "Small industry"},
    "classification.industri.menengah": {"id": "Industri menengah", "en": "Medium industry"},
    "classification.industri.besar": {"id": "Industri besar", "en": "Large industry"},
    "classification.umkm.mikro": {"id": "Usaha mikro", "en": "Micro enterprise"},
    "classification.umkm.kecil": {"id": "Usaha kecil", "en": "Small enterprise"},
    "classification.umkm.menengah": {"id": "Usaha menengah", "en": "Medium enterprise"},
    "classification.umkm.besar": {"id": "Usaha besar (bukan UMKM)", "en": "Large enterprise (not an MSME)"},
    "classification.bps.mikro": {"id": "Industri mikro/rumah tangga (BPS)", "en": "Micro/household industry (BPS)"},
    "classification.bps.kecil": {"id": "Industri kecil (BPS)", "en": "Small industry (BPS)"},
    "classification.bps.sedang": {"id": "Industri sedang (BPS)", "en": "Medium industry (BPS)"},
    "classification.bps.besar": {"id": "Industri besar (BPS)", "en": "Large industry (BPS)"},
    # --- legal basis
    "classification.basis.industry": {
        "id": "Permenperin 64/2016 (tenaga kerja dan nilai investasi)",
        "en": "Permenperin 64/2016 (workers and investment)",
    },
    "classification.basis.umkm": {
        "id": "PP 7/2021 Pasal 35 (modal usaha / hasil penjualan tahunan)",
        "en": "PP 7/2021 Art. 35 (business capital / annual sales)",
    },
    "classification.basis.bps": {
        "id": "BPS, statistik industri (jumlah tenaga kerja)",
        "en": "BPS industry statistics (number of workers)",
    },
    # --- columns
    "classification.col.basis": {"id": "Dasar", "en": "Basis"},
    "classification.col.class": {"id": "Kelas", "en": "Class"},
    "classification.col.reason": {"id": "Alasan", "en": "Reason"},
    "classification.col.name": {"id": "Nama usaha", "en": "Business"},
    "classification.col.sentra": {"id": "Sentra", "en": "Sentra"},
    "classification.col.product": {"id": "Produk", "en": "Product"},
    "classification.col.workers": {"id": "Tenaga kerja", "en": "Workers"},
    "classification.col.investment_rp": {"id": "Investasi (tanpa tanah & bangunan)", "en": "Investment (excl. land & buildings)"},
    "classification.col.capital_rp": {"id": "Modal usaha", "en": "Business capital"},
    "classification.col.annual_sales_rp": {"id": "Hasil penjualan tahunan", "en": "Annual sales"},
    "classification.col.industry_size": {"id": "Kelas industri (Permenperin)", "en": "Industry class (Permenperin)"},
    "classification.col.industry_reason": {"id": "Alasan (industri)", "en": "Reason (industry)"},
    "classification.col.umkm_size": {"id": "Kelas UMKM (PP 7/2021)", "en": "MSME class (PP 7/2021)"},
    "classification.col.umkm_reason": {"id": "Alasan (UMKM)", "en": "Reason (MSME)"},
    "classification.col.bps_size": {"id": "Kelas BPS", "en": "BPS class"},
    "classification.col.bps_reason": {"id": "Alasan (BPS)", "en": "Reason (BPS)"},
    # --- fields and errors
    "classification.field.workers": {"id": "Jumlah tenaga kerja", "en": "Number of workers"},
    "classification.field.investment": {"id": "Nilai investasi", "en": "Investment"},
    "classification.field.capital": {"id": "Modal usaha", "en": "Business capital"},
    "classification.field.sales": {"id": "Hasil penjualan tahunan", "en": "Annual sales"},
    "classification.error.workers_whole": {
        "id": "{field} harus bilangan bulat (orang), tetapi yang diberikan {value}.",
        "en": "{field} must be a whole number (people), but {value} was given.",
    },
    "classification.error.workers_min": {
        "id": "{field} paling sedikit 1 orang (pemilik yang bekerja ikut dihitung); diberikan: {value}.",
        "en": "{field} must be at least 1 (a working owner counts); given: {value}.",
    },
    "classification.error.need_capital_or_sales": {
        "id": "Untuk kelas UMKM (PP 7/2021) isi modal usaha atau hasil penjualan tahunan (Rp), atau keduanya.",
        "en": "For the MSME class (PP 7/2021) give the business capital or the annual sales (Rp), or both.",
    },
    "classification.error.row": {
        "id": "Baris {row} ({name}): {problem}",
        "en": "Row {row} ({name}): {problem}",
    },
    # --- reasons: industry (Permenperin 64/2016)
    "classification.reason.industry_small": {
        "id": "{workers} tenaga kerja (≤ 19) dan investasi {investment} (di bawah Rp 1 miliar) → industri kecil.",
        "en": "{workers} workers (≤ 19) and investment {investment} (below Rp 1 billion) → small industry.",
    },
    "classification.reason.industry_medium_investment": {
        "id": "{workers} tenaga kerja (≤ 19), tetapi investasi {investment} (Rp 1 miliar atau lebih) → industri menengah.",
        "en": "{workers} workers (≤ 19), but investment {investment} (Rp 1 billion or more) → medium industry.",
    },
    "classification.reason.industry_medium_workers": {
        "id": "{workers} tenaga kerja (≥ 20) dan investasi {investment} (paling banyak Rp 15 miliar) → industri menengah.",
        "en": "{workers} workers (≥ 20) and investment {investment} (at most Rp 15 billion) → medium industry.",
    },
    "classification.reason.industry_large": {
        "id": "{workers} tenaga kerja (≥ 20) dan investasi {investment} (lebih dari Rp 15 miliar) → industri besar.",
        "en": "{workers} workers (≥ 20) and investment {investment} (more than Rp 15 billion) → large industry.",
    },
    # --- reasons: UMKM (PP 7/2021 Pasal 35)
    "classification.reason.capital_mikro": {
        "id": "Modal usaha {value} (paling banyak Rp 1 miliar) → usaha mikro.",
        "en": "Business capital {value} (at most Rp 1 billion) → micro enterprise.",
    },
    "classification.reason.capital_kecil": {
        "id": "Modal usaha {value} (lebih dari Rp 1 miliar s.d. Rp 5 miliar) → usaha kecil.",
        "en": "Business capital {value} (over Rp 1 billion up to Rp 5 billion) → small enterprise.",
    },
    "classification.reason.capital_menengah": {
        "id": "Modal usaha {value} (lebih dari Rp 5 miliar s.d. Rp 10 miliar) → usaha menengah.",
        "en": "Business capital {value} (over Rp 5 billion up to Rp 10 billion) → medium enterprise.",
    },
    "classification.reason.capital_besar": {
        "id": "Modal usaha {value} (lebih dari Rp 10 miliar) → usaha besar, bukan UMKM.",
        "en": "Business capital {value} (over Rp 10 billion) → large enterprise, not an MSME.",
    },
    "classification.reason.sales_mikro": {
        "id": "Hasil penjualan tahunan {value} (paling banyak Rp 2 miliar) → usaha mikro.",
        "en": "Annual sales {value} (at most Rp 2 billion) → micro enterprise.",
    },
    "classification.reason.sales_kecil": {
        "id": "Hasil penjualan tahunan {value} (lebih dari Rp 2 miliar s.d. Rp 15 miliar) → usaha kecil.",
        "en": "Annual sales {value} (over Rp 2 billion up to Rp 15 billion) → small enterprise.",
    },
    "classification.reason.sales_menengah": {
        "id": "Hasil penjualan tahunan {value} (lebih dari Rp 15 miliar s.d. Rp 50 miliar) → usaha menengah.",
        "en": "Annual sales {value} (over Rp 15 billion up to Rp 50 billion) → medium enterprise.",
    },
    "classification.reason.sales_besar": {
        "id": "Hasil penjualan tahunan {value} (lebih dari Rp 50 miliar) → usaha besar, bukan UMKM.",
        "en": "Annual sales {value} (over Rp 50 billion) → large enterprise, not an MSME.",
    },
    "classification.reason.umkm_differ": {
        "id": "Kedua kriteria berbeda; untuk usaha yang sudah berjalan dipakai hasil penjualan tahunan: {sales}.",
        "en": "The two criteria differ; for a running business annual sales are used: {sales}.",
    },
    # --- reasons: BPS
    "classification.reason.bps_mikro": {
        "id": "{workers} tenaga kerja (1–4) → industri mikro/rumah tangga menurut BPS.",
        "en": "{workers} workers (1–4) → micro/household industry according to BPS.",
    },
    "classification.reason.bps_kecil": {
        "id": "{workers} tenaga kerja (5–19) → industri kecil menurut BPS.",
        "en": "{workers} workers (5–19) → small industry according to BPS.",
    },
    "classification.reason.bps_sedang": {
        "id": "{workers} tenaga kerja (20–99) → industri sedang menurut BPS.",
        "en": "{workers} workers (20–99) → medium industry according to BPS.",
    },
    "classification.reason.bps_besar": {
        "id": "{workers} tenaga kerja (100 atau lebih) → industri besar menurut BPS.",
        "en": "{workers} workers (100 or more) → large industry according to BPS.",
    },
    # --- interpretation
    "classification.interp_both": {
        "id": "Unit ini sekaligus {industry} (ukuran Kemenperin) dan {umkm} (ukuran UMKM): dua sistem yang berbeda, keduanya benar.",
        "en": "This unit is at the same time a {industry} (Kemenperin) and a {umkm} (MSME law): two different systems, both correct.",
    },
    "classification.interp_investment_driven": {
        "id": "Kelas menengah di sini datang dari nilai investasi, bukan dari jumlah orang.",
        "en": "The medium class here comes from the investment, not from the number of people.",
    },
}
