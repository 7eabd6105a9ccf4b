"""Indonesian labels of the columns shown above the four table-reading choice exercises
(02.pareto_pangan_vital, 04.produk_jam_mesin, 05.penunggak_terbesar, 05.kerugian_terbesar), used by
``ikm_kit.tables.show_table`` (keys ``columns.<column name>`` like ``columns.py``)."""

_LABELS = {
    "contribution_margin": ("margin kontribusi per unit (Rp)", "contribution margin per unit (Rp)"),
    "machine_hours_per_unit": ("jam mesin per unit", "machine hours per unit"),
    "cm_per_machine_hour": ("margin kontribusi per jam mesin (Rp)", "contribution margin per machine hour (Rp)"),
    "months_in_arrears": ("bulan menunggak", "months in arrears"),
    "oee": ("OEE", "OEE"),
    "loss_total_rp": ("kerugian total (Rp)", "total loss (Rp)"),
}

MESSAGES = {f"columns.{col}": {"id": idl, "en": enl} for col, (idl, enl) in _LABELS.items()}
