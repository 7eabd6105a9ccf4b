"""Indonesian (and English) labels of data columns shown in course tables (ikm_kit.tables.label_columns)."""

_LABELS = {
    # quality tools
    "category": ("jenis cacat", "defect type"), "count": ("jumlah", "count"),
    "cost_per_unit": ("Rp per cacat", "Rp per defect"), "cost": ("kerugian (Rp)", "loss (Rp)"),
    "percent": ("%", "%"), "cumulative_percent": ("% kumulatif", "cumulative %"), "vital_few": ("vital few", "vital few"),
    "mean": ("rata-rata", "mean"), "std": ("simpangan baku", "standard deviation"), "min": ("min", "min"),
    "max": ("maks", "max"), "n": ("n", "n"), "out_of_spec": ("di luar spesifikasi", "out of specification"),
    # bill of materials
    "product_id": ("kode produk", "product code"), "line": ("baris", "line"), "item": ("bahan", "item"),
    "material_id": ("kode bahan", "material code"), "kind": ("jenis", "kind"), "species": ("jenis kayu", "wood species"),
    "length_mm": ("panjang (mm)", "length (mm)"), "width_mm": ("lebar (mm)", "width (mm)"),
    "thickness_mm": ("tebal (mm)", "thickness (mm)"), "pieces": ("jumlah potong", "pieces"),
    "quantity": ("banyaknya", "quantity"), "unit": ("satuan", "unit"), "unit_price_rp": ("harga satuan (Rp)", "unit price (Rp)"),
    "waste_pct": ("susut (%)", "waste (%)"),
    # occupancy and rent
    "sentra": ("sentra", "centre"), "month": ("bulan", "month"), "terisi": ("terisi", "occupied"),
    "kosong": ("kosong", "vacant"), "perawatan": ("perawatan", "maintenance"), "units": ("semua unit", "all units"),
    "occupancy_rate": ("tingkat keterisian", "occupancy rate"),
    "usable_occupancy_rate": ("keterisian unit siap pakai", "occupancy of usable units"),
    "rent_billed_rp": ("sewa ditagih (Rp)", "rent billed (Rp)"), "rent_paid_rp": ("sewa dibayar (Rp)", "rent paid (Rp)"),
    "collection_rate": ("tingkat penagihan", "collection rate"),
    "cumulative_arrears_rp": ("tunggakan kumulatif (Rp)", "cumulative arrears (Rp)"),
    "tenant": ("penyewa", "tenant"), "arrears_rp": ("tunggakan (Rp)", "arrears (Rp)"),
    # machines
    "machine_id": ("kode mesin", "machine code"), "name": ("nama", "name"), "available_h": ("jam buka", "open hours"),
    "booked_h": ("jam dipesan", "hours booked"), "used_h": ("jam dipakai", "hours used"),
    "no_show_h": ("jam tidak hadir", "no-show hours"), "utilization": ("utilisasi", "utilization"),
    "booking_rate": ("tingkat pemesanan", "booking rate"),
    # inspections
    "date": ("tanggal", "date"), "inspected": ("diperiksa", "inspected"), "defectives": ("cacat", "defectives"),
    "unit_id": ("kode workshop", "workshop code"), "status": ("status", "status"),
    # classification (day 1)
    "workers": ("tenaga kerja (orang)", "workers"), "investment_rp": ("investasi (Rp)", "investment (Rp)"),
    "capital_rp": ("modal usaha (Rp)", "business capital (Rp)"), "annual_sales_rp": ("penjualan setahun (Rp)", "annual sales (Rp)"),
    "industry_size": ("kelas industri (Permenperin)", "industry class (Permenperin)"),
    "umkm_size": ("kelas usaha (PP 7/2021)", "business class (PP 7/2021)"), "bps_size": ("kelas BPS", "BPS class"),
    "product": ("produk", "product"),
}

MESSAGES = {f"columns.{col}": {"id": idl, "en": enl} for col, (idl, enl) in _LABELS.items()}
MESSAGES["columns.yes"] = {"id": "ya", "en": "yes"}
