"""Exercise texts of notebook 00."""

MESSAGES = {
    "ex.00_pendapatan_kursi.title": {"id": "Latihan 0.1 — pendapatan 40 kursi", "en": "Exercise 0.1 — revenue of 40 chairs"},
    "ex.00_pendapatan_kursi.h1": {
        "id": "Ubah angka jumlah kursi menjadi 40 di sel di atas, jalankan, lalu salin hasilnya.",
        "en": "Change the number of chairs to 40 in the cell above, run it, then copy the result.",
    },
    "ex.00_pendapatan_kursi.h2": {
        "id": "Pendapatan = jumlah kursi × harga per kursi = 40 × Rp 350.000.",
        "en": "Revenue = number of chairs × price per chair = 40 × Rp 350,000.",
    },
    "ex.00_pendapatan_kursi.m_12": {
        "id": "Itu pendapatan 12 kursi. Jumlah kursinya belum diubah menjadi 40.",
        "en": "That is the revenue of 12 chairs. The number of chairs was not changed to 40.",
    },
    "ex.00_pendapatan_kursi.explain": {
        "id": "Anda sudah bisa mengubah angka dan menjalankan sel.",
        "en": "You can now edit a number and run a cell.",
    },
    "ex.00_jalankan_sel.title": {"id": "Latihan 0.2 — menjalankan sel", "en": "Exercise 0.2 — running a cell"},
    "ex.00_jalankan_sel.h1": {
        "id": "Tombol yang menjalankan sel lalu pindah ke sel berikutnya.",
        "en": "The keys that run a cell and move to the next one.",
    },
    "ex.00_jalankan_sel.m_enter": {
        "id": "Enter saja hanya menambah baris baru di dalam sel. Tahan Shift sambil menekan Enter.",
        "en": "Enter alone only adds a new line inside the cell. Hold Shift while pressing Enter.",
    },
}
