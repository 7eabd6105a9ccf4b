"""Texts of the Day 3 parallel task for the other sentra's participants (mixed class)."""

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
}
