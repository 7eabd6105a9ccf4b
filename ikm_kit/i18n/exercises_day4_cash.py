"""Texts of the Day-4 exercises on the owner's wage, channel prices and cash
(``ikm_kit.exercises.day4_channels`` and ``day4_cash``)."""


def _e(id_text: str, en_text: str) -> dict:
    return {"id": id_text, "en": en_text}


MESSAGES = {
    # ---------------------------------------------------------------- 04_bep_dan_harga_jual
    "ex.04_bep_upah_pemilik.title": _e("Latihan 4.22 — BEP lemari dengan upah pemilik",
                                       "Exercise 4.22 — wardrobe break-even with the owner's wage"),
    "ex.04_bep_upah_pemilik.h1": _e("Biaya tetap bertambah UMK 2022 Rp 2.823.315; margin kontribusi per lemari tidak berubah.",
                                    "Fixed costs grow by the 2022 UMK Rp 2,823,315; the contribution margin per wardrobe does not change."),
    "ex.04_bep_upah_pemilik.h2": _e("BEP = (biaya tetap + upah pemilik) ÷ margin kontribusi, lalu bulatkan ke ATAS: lemari dijual utuh.",
                                    "BEP = (fixed costs + owner's wage) ÷ contribution margin, then round UP: wardrobes are sold whole."),
    "ex.04_bep_upah_pemilik.m_lupa_upah": _e(
        "Itu BEP tanpa upah pemilik — pemilik dianggap bekerja gratis. Tambahkan upahnya ke biaya tetap.",
        "That is the break-even without the owner's wage — as if the owner worked for free. Add the wage to the fixed costs."),
    "ex.04_bep_upah_pemilik.m_bulat_bawah": _e(
        "Dibulatkan ke bawah: dengan jumlah itu usaha masih rugi sedikit. BEP dibulatkan ke ATAS.",
        "Rounded down: at that number the business still loses a little. Round the break-even UP."),
    "ex.04_bep_upah_pemilik.explain": _e(
        "Dengan upah pemilik, BEP naik dari kurang dari 2 menjadi beberapa kali lipat — rencana 4 lemari sebulan ternyata rugi.",
        "With the owner's wage the break-even rises from under 2 to several times that — the plan of 4 wardrobes a month makes a loss."),
    "ex.04_harga_reseller.title": _e("Latihan 4.23 — harga kursi untuk toko oleh-oleh/reseller",
                                     "Exercise 4.23 — chair price for a reseller shop"),
    "ex.04_harga_reseller.h1": _e("Bengkel ingin menerima HPP full × 1,30. Toko mengambil potongan 20 % dari HARGA JUALNYA.",
                                  "The workshop wants to receive the full cost × 1.30. The shop keeps 20 % of ITS SELLING PRICE."),
    "ex.04_harga_reseller.h2": _e("Harga = (HPP × 1,30) ÷ (1 − 0,20).", "Price = (cost × 1.30) ÷ (1 − 0.20)."),
    "ex.04_harga_reseller.m_dari_biaya": _e(
        "Potongan dihitung dari biaya, padahal toko mengambil 20 % dari harga jual. Bagi dengan (1 − 0,20).",
        "You took the discount from the cost, but the shop keeps 20 % of the price. Divide by (1 − 0.20)."),
    "ex.04_harga_reseller.m_markup_diskon": _e(
        "Menambah 20 % di atas harga target belum cukup: 20 % dari harga yang lebih besar itu lebih dari tambahan Anda. Bagi dengan 0,80.",
        "Adding 20 % on top of the target is not enough: 20 % of the larger price exceeds your addition. Divide by 0.80."),
    "ex.04_harga_reseller.m_tanpa_diskon": _e("Itu harga di bengkel; toko masih akan memotong 20 % darinya.",
                                              "That is the workshop price; the shop will still take 20 % of it."),
    "ex.04_harga_reseller.explain": _e(
        "Harga ke pembeli = target ÷ (1 − potongan): toko mengambil 20 % dari harga itu, sisanya tepat target bengkel.",
        "Buyer's price = target ÷ (1 − discount): the shop keeps 20 % of it, the rest is exactly the workshop's target."),
    "ex.04_ekatalog_meja.title": _e("Latihan 4.24 — nilai pesanan 200 meja sekolah lewat e-katalog",
                                    "Exercise 4.24 — value of the 200-school-desk order via e-katalog"),
    "ex.04_ekatalog_meja.h1": _e("HPP full costing meja sekolah (MB09) pada 200 meja sebulan, dengan upah pemilik UMK 2022.",
                                 "Full cost of the school desk (MB09) at 200 desks a month, with the owner's wage (UMK 2022)."),
    "ex.04_ekatalog_meja.h2": _e("e-katalog tidak memotong komisi (U); harga per meja = HPP × 1,30; lalu × 200 meja.",
                                 "e-katalog takes no commission (U); price per desk = cost × 1.30; then × 200 desks."),
    "ex.04_ekatalog_meja.m_per_unit": _e("Itu harga satu meja; yang ditanya nilai seluruh pesanan (× 200).",
                                         "That is one desk; the question asks for the whole order (× 200)."),
    "ex.04_ekatalog_meja.m_lupa_upah": _e("Upah pemilik belum masuk HPP: pemilik ikut bekerja sebulan penuh untuk pesanan ini.",
                                          "The owner's wage is missing: the owner works the whole month on this order."),
    "ex.04_ekatalog_meja.m_variabel": _e("Anda memakai HPP variable costing; sewa, penyusutan dan upah pemilik harus ikut tertutup.",
                                         "You used the variable cost; rent, depreciation and the owner's wage must be covered too."),
    "ex.04_ekatalog_meja.explain": _e(
        "Harga e-katalog per meja = HPP full × 1,30, nilai pesanan = × 200. Uang datang sekitar 60 hari sesudah serah terima (U) — lihat notebook arus kas.",
        "e-katalog price per desk = full cost × 1.30, order value = × 200. The money arrives about 60 days after hand-over (U) — see the cash notebook."),
    # ---------------------------------------------------------------- 04_arus_kas_dan_pembukuan
    "ex.04_kas_masuk_pesanan.title": _e("Latihan 4.25 — kas masuk di bulan pesanan", "Exercise 4.25 — cash in in the order month"),
    "ex.04_kas_masuk_pesanan.h1": _e("Pesanan Rp 40 juta dibayar 2 bulan sesudah diantar, tanpa uang muka.",
                                     "The Rp 40 million order is paid 2 months after delivery, without a down payment."),
    "ex.04_kas_masuk_pesanan.h2": _e("Kas masuk bulan 6 hanya penjualan tunai biasa.", "Cash in in month 6 is only the usual cash sales."),
    "ex.04_kas_masuk_pesanan.m_kredit_tunai": _e(
        "Anda menghitung penjualan kredit sebagai kas. Pesanan sudah terjual, tetapi uangnya belum datang.",
        "You counted a credit sale as cash. The order is sold, but its money has not arrived."),
    "ex.04_kas_masuk_pesanan.m_hanya_pesanan": _e("Itu nilai pesanan yang belum dibayar (piutang), bukan kas masuk.",
                                                  "That is the unpaid order (a receivable), not cash in."),
    "ex.04_kas_masuk_pesanan.explain": _e("Penjualan ≠ kas: bulan 6 kas masuk tetap penjualan tunai biasa; Rp 40 juta menjadi piutang.",
                                          "Sales ≠ cash: in month 6 cash in is the usual cash sales; the Rp 40 million is a receivable."),
    "ex.04_kas_terendah.title": _e("Latihan 4.26 — kas terendah dalam setahun", "Exercise 4.26 — the lowest cash of the year"),
    "ex.04_kas_terendah.h1": _e("Lihat kolom closing_cash tabel rencana kas atau titik terendah grafik.",
                                "Look at the closing_cash column of the plan or the lowest point of the chart."),
    "ex.04_kas_terendah.h2": _e("Angkanya negatif: tulis dengan tanda minus.", "It is negative: write it with a minus sign."),
    "ex.04_kas_terendah.m_tanda": _e("Angkanya benar tetapi tandanya: kas di bawah nol berarti kurang, tulis dengan minus.",
                                     "Right number, wrong sign: cash below zero is a shortfall, write it with a minus."),
    "ex.04_kas_terendah.m_lupa_bahan": _e("Anda lupa bahan untuk pesanan (45 % nilai) yang dibayar di bulan pesanan.",
                                          "You forgot the order's materials (45 % of its value) paid in the order month."),
    "ex.04_kas_terendah.explain": _e("Bulan pesanan: bahan Rp 18 juta keluar, uang pesanan belum masuk — kas turun di bawah nol.",
                                     "The order month: Rp 18 million of materials go out, the order's money is not in yet — cash falls below zero."),
    "ex.04_kas_uang_muka.title": _e("Latihan 4.27 — uang muka yang cukup", "Exercise 4.27 — a sufficient down payment"),
    "ex.04_kas_uang_muka.h1": _e("Geser 'Uang muka (%)' di aplikasi sampai tidak ada bulan di bawah nol.",
                                 "Move 'Down payment (%)' in the app until no month is below zero."),
    "ex.04_kas_uang_muka.m_seluruh": _e("Lunas di muka tentu aman, tetapi pembeli jarang mau; cari persen terkecil.",
                                        "Full prepayment is safe, but buyers rarely accept it; find the smallest percentage."),
    "ex.04_kas_uang_muka.m_separuh": _e("50 % cukup, tetapi lebih kecil pun sudah cukup. Coba turunkan.",
                                        "50 % is enough, but less already suffices. Try lower."),
    "ex.04_kas_uang_muka.explain": _e("Uang muka kecil menutup pembelian bahan di bulan pesanan; minta uang muka sebelum menerima pesanan besar.",
                                      "A small down payment covers the materials in the order month; ask for one before accepting a big order."),
    "ex.04_kas_prive.title": _e("Latihan 4.28 — uang sekolah anak di buku kas", "Exercise 4.28 — a child's school fee in the cash book"),
    "ex.04_kas_prive.h1": _e("Apakah uang ini dipakai untuk usaha atau untuk rumah tangga?",
                             "Is this money used for the business or for the household?"),
    "ex.04_kas_prive.m_biaya_usaha": _e("Uang sekolah bukan biaya usaha; kalau dicatat sebagai biaya, laba usaha tampak lebih kecil dari sebenarnya.",
                                        "A school fee is not a business cost; recorded as a cost it makes the profit look smaller than it is."),
    "ex.04_kas_prive.m_upah": _e("Upah karyawan untuk pekerja. Pengambilan pemilik dicatat terpisah sebagai prive.",
                                 "Employee wages are for workers. The owner's withdrawals are recorded apart as drawings."),
    "ex.04_kas_prive.explain": _e("Prive: uang usaha yang diambil untuk rumah tangga, dicatat terpisah — idealnya sebesar upah pemilik yang tetap.",
                                  "Drawings: business money taken for the household, recorded apart — ideally a fixed owner's wage."),
}
