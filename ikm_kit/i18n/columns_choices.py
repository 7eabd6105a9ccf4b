"""Indonesian labels of columns shown with ``ikm_kit.tables.show_table`` in the tables above the four
table-reading choice exercises (02.pareto_pangan_vital, 04.produk_jam_mesin, 05.penunggak_terbesar,
05.kerugian_terbesar) and in the Day-4 material on owner's wage, sales channels and cash
(keys ``columns.<column name>`` like ``columns.py``)."""

_LABELS = {
    "contribution_margin": ("margin kontribusi per unit (Rp)", "contribution margin per unit (Rp)"),
    "machine_hours_per_unit": ("jam mesin per unit", "machine hours per unit"),
    "cm_per_machine_hour": ("margin kontribusi per jam mesin (Rp)", "contribution margin per machine hour (Rp)"),
    "months_in_arrears": ("bulan menunggak", "months in arrears"),
    "oee": ("OEE", "OEE"),
    "loss_total_rp": ("kerugian total (Rp)", "total loss (Rp)"),
    "months_billed": ("bulan ditagih", "months billed"),
    # income statements and sales channels (04_harga_pokok_produksi, 04_bep_dan_harga_jual)
    "label": ("pos", "item"),
    "full_costing": ("full costing (Rp)", "full costing (Rp)"),
    "variable_costing": ("variable costing (Rp)", "variable costing (Rp)"),
    "channel": ("saluran", "channel"), "price_rp": ("harga ke pembeli (Rp)", "price to buyer (Rp)"),
    "channel_keeps_rp": ("diambil saluran (Rp)", "kept by channel (Rp)"),
    "to_workshop_rp": ("diterima bengkel (Rp)", "received by workshop (Rp)"),
    "margin_rp": ("laba per unit (Rp)", "profit per unit (Rp)"),
    "days_to_cash": ("uang diterima setelah (hari)", "cash after (days)"),
    "mark": ("sumber (V/P/U)", "source (V/P/U)"),
    # cash plan and cash book (04_arus_kas_dan_pembukuan)
    "opening_cash": ("kas awal (Rp)", "opening cash (Rp)"), "sales": ("penjualan (Rp)", "sales (Rp)"),
    "cash_in": ("kas masuk (Rp)", "cash in (Rp)"), "purchases": ("pembelian bahan (Rp)", "purchases (Rp)"),
    "owner_draw": ("prive (Rp)", "owner's drawings (Rp)"), "cash_out": ("kas keluar (Rp)", "cash out (Rp)"),
    "net_cash": ("kas bersih (Rp)", "net cash (Rp)"), "closing_cash": ("kas akhir (Rp)", "closing cash (Rp)"),
    "receivables": ("piutang (Rp)", "receivables (Rp)"), "description": ("uraian", "description"),
    "business_in": ("masuk usaha (Rp)", "business in (Rp)"), "business_out": ("keluar usaha (Rp)", "business out (Rp)"),
    "kas_bersih_usaha": ("kas bersih usaha (Rp)", "net business cash (Rp)"),
}

MESSAGES = {f"columns.{col}": {"id": idl, "en": enl} for col, (idl, enl) in _LABELS.items()}
