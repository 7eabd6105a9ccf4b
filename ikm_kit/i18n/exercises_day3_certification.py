"""Texts of the Day-3 certification exercises (``ikm_kit.exercises.day3_certification``)."""


def _e(id_text: str, en_text: str) -> dict:
    return {"id": id_text, "en": en_text}


MESSAGES = {
    "ex.03_label_cek.title": _e("Latihan 3.22 — periksa label abon", "Exercise 3.22 — check the abon label"),
    "ex.03_label_cek.h1": _e("Bandingkan dengan 7 unsur wajib PP 69/1999 di kartu rute: mana yang kosong?",
                             "Compare with the 7 required items of PP 69/1999 on the route card: which are empty?"),
    "ex.03_label_cek.h2": _e("Lihat juga yang tidak boleh: logo halal tanpa sertifikat dan klaim menyembuhkan.",
                             "Also look for what is not allowed: a halal logo without a certificate and a 'cures' claim."),
    "ex.03_label_cek.m_hanya_kurang": _e(
        "Dua yang kurang sudah benar, tetapi ada juga dua hal yang tidak boleh ada di label.",
        "The two missing items are right, but two things on the label are not allowed."),
    "ex.03_label_cek.m_logo_halal": _e(
        "Logo halal hanya boleh dipasang bila sertifikat halal sudah terbit — di sini belum.",
        "The halal logo may only be printed once the halal certificate is issued — not yet here."),
    "ex.03_label_cek.m_pengawet": _e(
        "'Tanpa pengawet' boleh bila memang benar dan bisa dibuktikan; yang jelas terlarang adalah klaim menyembuhkan.",
        "'No preservatives' is allowed if true and provable; what is clearly forbidden is the 'cures' claim."),
    "ex.03_label_cek.explain": _e(
        "Tanggal kedaluwarsa dan nomor P-IRT tidak ada; logo halal tanpa sertifikat dan klaim 'menyembuhkan asam urat' tidak boleh (PP 69/1999; modul PKP).",
        "Expiry date and P-IRT number are missing; a halal logo without a certificate and the claim 'cures gout' are not allowed (PP 69/1999; PKP module)."),
    "ex.03_rute_halal.title": _e("Latihan 3.23 — jalur halal untuk abon Mama Ani", "Exercise 3.23 — halal route for Mama Ani's abon"),
    "ex.03_rute_halal.h1": _e("Periksa syarat self-declare di kartu rute: omzet, 1 tempat produksi, 1 gerai, bahan pasti halal, proses sederhana.",
                              "Check the self-declare criteria on the route card: sales, 1 production site, 1 outlet, certainly-halal ingredients, simple process."),
    "ex.03_rute_halal.m_reguler": _e("Jalur reguler juga mungkin, tetapi berbiaya sekitar Rp 1,5–3 juta; usaha ini memenuhi semua syarat self-declare yang gratis.",
                                     "The regular route is possible but costs about Rp 1.5–3 million; this business meets every criterion of the free self-declare route."),
    "ex.03_rute_halal.m_tidak_perlu": _e("Sejak 17 Okt 2026 makanan UMK wajib bersertifikat halal (PP 42/2024 Pasal 160).",
                                         "Since 17 Oct 2026 food of micro/small firms must be halal-certified (PP 42/2024 Art. 160)."),
    "ex.03_rute_halal.explain": _e("Omzet Rp 300 juta, satu dapur, satu gerai, ikan dan bumbu, proses manual → self-declare (SEHATI), gratis, sekitar 12 hari kerja.",
                                   "Sales Rp 300 million, one kitchen, one stall, fish and spices, manual process → self-declare (SEHATI), free, about 12 working days."),
    "ex.03_k3_debu.title": _e("Latihan 3.24 — debu kayu: langkah pertama", "Exercise 3.24 — wood dust: the first step"),
    "ex.03_k3_debu.h1": _e("Urutan pengendalian Permenaker 5/2018: hilangkan sumber, ganti, tutup/redam, batasi waktu, baru APD.",
                           "Control order of Permenaker 5/2018: remove the source, substitute, enclose/damp, limit time, PPE last."),
    "ex.03_k3_debu.m_apd": _e("Masker penting, tetapi APD adalah lapis terakhir: debu tetap beterbangan dan mengenai orang lain.",
                              "Masks matter, but PPE is the last layer: the dust still flies and reaches others."),
    "ex.03_k3_debu.explain": _e("Pertama kendalikan di sumbernya: penghisap debu di mesin gergaji/amplas dan sapu basah; lalu batasi waktu; masker terakhir.",
                                "First control it at the source: dust extraction at saws/sanders and wet sweeping; then limit time; masks last."),
}
