"""Shipped parameters for the sentra-management half of the course (issue 15).

Machine-hour tariffs, workshop cost-recovery rent, the sentra's yearly budget and
the market rents they are compared with.  Kept apart from the main parameter list
so the rows have one home; :func:`ikm_kit.data.generate._parameters` appends them
and the data dictionary lists :data:`TARIFF_FIGURES`.  Marks as in ``brief.md``:
V verified, P plausible, U unverified (an assumption: say "U" where it is used).
"""
from __future__ import annotations

from ikm_kit.data.schema import ILUS

S_ANALISA_ALAT = ("Analisa Alat (templat harga satuan PU/Bina Marga): nilai sisa C = 10 % × harga B; "
                  "123dok/scribd, lihat pengelolaan-sentra.md §1.4 [P]")
S_MAINT_U = ("asumsi: templat Analisa Alat PU memakai bengkel 6,25–8,75 % + perbaikan 12,5–17,5 % harga alat "
             "per tahun untuk alat berat [P]; mesin kayu/pangan dianggap jauh lebih ringan [U]")
S_MABAR = ("turunan: DAK 2022 Manggarai Barat Rp9,2 M untuk 3.850 m² (5 bangunan, 20 alat tenun, galeri), "
           "pojokbebas.com, pengelolaan-sentra.md §1.6 [V untuk angka; penerapan ke Lepo-Lepo U]")
S_SIKIM = "radarcirebon.id/2025/05/06/tarif-sewa-sikim-mulai-berlaku-2025 (SK Bupati Majalengka, appraisal) [V]"
S_MATARAM = "mataram.antaranews.com/berita/429237/… (Mataram Craft Center 2025, sesudah reviu BPK) [V]"

#: Rows of ``parameters.csv`` (key, value, unit, year, source, mark, note).
TARIFF_PARAMETERS: tuple[tuple[str, float, str, int, str, str, str], ...] = (
    ("tarif_mesin_nilai_sisa_pct", 10, "%", 2023, S_ANALISA_ALAT, "P", "nilai sisa = 10 % harga beli"),
    ("tarif_mesin_pemeliharaan_pct", 5, "%/tahun", 2023, S_MAINT_U, "U",
     "pemeliharaan & perbaikan per tahun, persen harga beli"),
    ("tarif_mesin_faktor_beban", 0.7, "proporsi", 2023,
     "asumsi: motor/pemanas rata-rata memakai 70 % daya pelat nama selama jalan [U]", "U",
     "kWh per jam = daya kW × faktor beban"),
    ("tarif_mesin_porsi_operator.MSN-M01", 0.5, "orang-tahun", 2023,
     "asumsi: setengah waktu satu operator UPTD bergaji UMK untuk bongkar-muat dan pantau suhu kiln [U]", "U",
     "mesin lain dijalankan penyewa sendiri (operator 0); upah = UMK × 12, tanpa THR/BPJS"),
    ("bangunan_sentra_biaya_per_m2", 2_389_610, "Rp/m2", 2022, S_MABAR, "U",
     "Rp9,2 M ÷ 3.850 m²; nilai gedung Lepo-Lepo tidak diketahui"),
    ("bangunan_sentra_umur_tahun", 20, "tahun", 2022,
     "asumsi umur ekonomis bangunan workshop [U]; periksa tabel masa manfaat aset pemda", "U", ""),
    ("bangunan_sentra_pemeliharaan_pct", 1, "%/tahun", 2022, "asumsi [U]", "U", "persen nilai bangunan per tahun"),
    ("sentra_petugas_bersama.mebel", 3, "orang", 2023, "asumsi: 2 satpam + 1 petugas kebersihan bergaji UMK [U]",
     "U", "biaya bersama = orang × UMK × 12 + biaya umum"),
    ("sentra_petugas_bersama.pangan", 2, "orang", 2023, "asumsi: 1 satpam + 1 petugas kebersihan bergaji UMK [U]",
     "U", "biaya bersama = orang × UMK × 12 + biaya umum"),
    ("sentra_biaya_umum_per_tahun.mebel", 24_000_000, "Rp/tahun", 2023, ILUS, ILUS,
     "listrik & air area bersama, sampah, ATK"),
    ("sentra_biaya_umum_per_tahun.pangan", 12_000_000, "Rp/tahun", 2023, ILUS, ILUS,
     "listrik & air area bersama, sampah, ATK"),
    ("mesin_tahun_perolehan.mebel", 2020, "tahun", 2022,
     "asumsi: mesin bantuan Kemenperin sudah ada pada Jan 2022 (Tribun Sultra 11 Jan 2022 [V]); "
     "tahun pengadaan tidak diketahui [U]", "U", "untuk register aset (umur, nilai buku)"),
    ("mesin_tahun_perolehan.pangan", 2023, "tahun", 2023, ILUS, ILUS, "sentra pangan dibuka Jul 2023 (skenario)"),
    ("sewa_sikim_majalengka_per_m2_tahun", 124_500, "Rp/m2/tahun", 2025, S_SIKIM, "V",
     "turunan: Rp24,9 jt ÷ 200 m² (SIKIM 1); SIKIM 2: Rp80,6 jt ÷ 648 m² ≈ Rp124.400"),
    ("sewa_mataram_retribusi_per_tahun", 12_000_000, "Rp/tahun", 2025, S_MATARAM, "V",
     "naik dari Rp4 jt; selisih dengan appraisal disubsidi Pemkot Rp8 jt"),
    ("sewa_mataram_appraisal_per_tahun", 20_000_000, "Rp/tahun", 2025, S_MATARAM, "V", "hasil appraisal"),
    ("sewa_mataram_pasar_min_per_tahun", 30_000_000, "Rp/tahun", 2025, S_MATARAM, "V", "sewa pasar sekitar"),
    ("sewa_mataram_pasar_maks_per_tahun", 40_000_000, "Rp/tahun", 2025, S_MATARAM, "V", "sewa pasar sekitar"),
)

#: (figure in Indonesian, value as text, mark, source) for the data dictionary.
TARIFF_FIGURES: tuple[tuple[str, str, str, str], ...] = (
    ("Nilai sisa mesin (templat Analisa Alat)", "10 % harga beli", "P", "123dok/scribd Analisa Alat (PU)"),
    ("Pemeliharaan mesin per tahun", "5 % harga beli (asumsi; alat berat 19–26 %)", "U", "pengelolaan-sentra.md §1.4"),
    ("Faktor beban listrik mesin", "0,7 × daya pelat nama (asumsi)", "U", "—"),
    ("Operator kiln", "½ orang bergaji UMK (asumsi); mesin lain dijalankan penyewa", "U", "—"),
    ("Tarif listrik untuk tarif mesin", "Rp1.444,70/kWh = tarif B-2 (tarif_listrik_sentra_tinggi); I-1/I-2 tidak ditemukan",
     "U", "brief §4.2; pengelolaan-sentra.md §3"),
    ("Biaya bersama sentra per tahun", "mebel: 3 petugas bergaji UMK + Rp24 jt biaya umum; pangan: 2 petugas + Rp12 jt",
     "U", "asumsi (petugas) / ilustratif (biaya umum)"),
    ("Biaya bangunan sentra per m²", "±Rp2,39 jt/m² (turunan DAK Manggarai Barat Rp9,2 M / 3.850 m²)", "U",
     "pojokbebas.com (Mabar 2022)"),
    ("Umur bangunan / pemeliharaan", "20 tahun / 1 % per tahun (asumsi)", "U", "—"),
    ("Sewa SIKIM Majalengka 2025", "Rp24,9 jt/200 m² dan Rp80,6 jt/648 m² per tahun (≈ Rp124.500/m²/tahun)", "V",
     "radarcirebon.id 6 Mei 2025"),
    ("Retribusi ruko Mataram Craft Center 2025", "Rp4 jt → Rp12 jt/tahun; appraisal Rp20 jt; pasar Rp30–40 jt", "V",
     "mataram.antaranews.com/berita/429237"),
    ("Tahun perolehan mesin sentra mebel", "2020 (asumsi; mesin sudah ada Jan 2022)", "U", "Tribun Sultra 11 Jan 2022"),
    ("Tarif sewa mesin per jam di UPT/sentra lain", "tidak ditemukan", "U", "pengelolaan-sentra.md §1.5"),
    ("Tarif retribusi sentra dalam Perda Kendari 6/2023", "tidak ditemukan — tanyakan lampiran ke Bapenda/Bagian Hukum",
     "U", "pengelolaan-sentra.md §1.1"),
)

__all__ = ["TARIFF_PARAMETERS", "TARIFF_FIGURES"]
