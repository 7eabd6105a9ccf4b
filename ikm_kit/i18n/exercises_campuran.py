"""Texts of the parallel tasks for a mixed class (one sentra's part, the other sentra's task)."""

MESSAGES = {
    "ex.03_mebel_titik_kritis.title": {
        "id": "Tugas paralel mebel — titik kritis di pembuatan lemari",
        "en": "Parallel task (furniture) — the critical point in making a wardrobe",
    },
    "ex.03_mebel_titik_kritis.h1": {
        "id": "Titik kritis punya batas yang dapat diukur, dan tindakan koreksi bila batas itu dilewati.",
        "en": "A critical point has a measurable limit, and a corrective action when the limit is crossed.",
    },
    "ex.03_mebel_titik_kritis.h2": {
        "id": "Ingat hari 2: lemari dari kayu yang terlalu basah melengkung dan retak setelah dijual. Batasnya tertulis di RSNI.",
        "en": "Remember day 2: a wardrobe of wood that is too wet warps and cracks after it is sold. The limit is in the RSNI.",
    },
    "ex.03_mebel_titik_kritis.m_warna": {
        "id": "Warna penting bagi pembeli, tetapi warna yang meleset bisa diperbaiki dan tidak membuat lemari rusak. Cari langkah yang punya batas terukur dan akibat yang tidak bisa diperbaiki.",
        "en": "Colour matters to buyers, but a colour miss can be fixed and does not ruin the wardrobe. Look for the step with a measurable limit and an irreversible consequence.",
    },
    "ex.03_mebel_titik_kritis.explain": {
        "id": "Kadar air kayu ≤ 14 % sebelum dirakit (RSNI3 0608:2016) adalah \"CCP\" mebel: diukur setiap muatan oven, dengan tindakan koreksi (kembali ke oven) dan catatan — persis seperti suhu minyak goreng di sentra pangan.",
        "en": "Wood moisture ≤ 14 % before assembly (RSNI3 0608:2016) is the furniture \"CCP\": measured for every kiln load, with a corrective action (back to the kiln) and a record — just like frying-oil temperature in the food sentra.",
    },
    "ex.05_keterisian_pangan.title": {
        "id": "Tugas paralel pangan — keterisian sentra pangan Sanua, Desember 2023",
        "en": "Parallel task (food) — occupancy of the Sanua food sentra, December 2023",
    },
    "ex.05_keterisian_pangan.h1": {
        "id": "Tingkat keterisian = workshop terisi ÷ semua workshop sentra pangan (bukan dibagi workshop kosong).",
        "en": "Occupancy rate = occupied workshops ÷ all workshops of the food sentra (not divided by the vacant ones).",
    },
    "ex.05_keterisian_pangan.h2": {
        "id": "Pakai baris Desember 2023: kolom terisi dan semua unit.",
        "en": "Use the December 2023 row: the occupied and all-units columns.",
    },
    "ex.05_keterisian_pangan.m_kosong": {
        "id": "Itu terisi ÷ kosong. Penyebutnya semua workshop: terisi + kosong (+ perawatan).",
        "en": "That is occupied ÷ vacant. The denominator is all workshops: occupied + vacant (+ maintenance).",
    },
    "ex.05_keterisian_pangan.explain": {
        "id": "Sentra pangan baru dibuka pertengahan 2023 (skenario ilustratif): bandingkan dengan sentra mebel pada tahun pertamanya.",
        "en": "The food sentra only opened in mid-2023 (illustrative scenario): compare with the furniture sentra in its first year.",
    },
}
