"""Texts of the Day 5 parallel task for the other sentra's participants (mixed class)."""

MESSAGES = {
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
