"""Indonesian (and English) labels of the data columns that the course notebooks show through
``ikm_kit.tables.show_table`` / ``display_frame`` beyond those of ``columns.py``: the shipped datasets
(workshops, products, materials, routings, machines, machine log, CCP log, CPPB-IRT checklist),
control-chart signals, check sheets, capacity, queueing, bookings and OEE tables
(keys ``columns.<column name>`` like ``columns.py``)."""

_LABELS = {
    # workshops, products, materials (Day 0–1, Day 4)
    "block": ("blok", "block"), "grid_row": ("baris denah", "map row"), "grid_col": ("kolom denah", "map column"),
    "owner": ("pemilik", "owner"), "product_line": ("jenis usaha", "line of business"),
    "area_m2": ("luas (m²)", "area (m²)"), "monthly_rent_rp": ("sewa per bulan (Rp)", "rent per month (Rp)"),
    "since": ("sejak", "since"),
    "market_price_low_rp": ("harga pasar terendah (Rp)", "lowest market price (Rp)"),
    "market_price_high_rp": ("harga pasar tertinggi (Rp)", "highest market price (Rp)"),
    "price_source": ("sumber harga", "price source"), "source": ("sumber", "source"), "year": ("tahun", "year"),
    "batch_size": ("unit per batch", "units per batch"),
    "labour_hours_per_batch": ("jam kerja per batch", "labour hours per batch"),
    # routings and machines (Day 4–6)
    "minutes_per_unit": ("menit per unit", "minutes per unit"),
    "hourly_fee_rp": ("tarif per jam (Rp)", "fee per hour (Rp)"), "power_kw": ("daya (kW)", "power (kW)"),
    "ideal_cycle_s": ("waktu siklus ideal (detik)", "ideal cycle time (s)"),
    "open_hour": ("buka pukul", "opens at"), "close_hour": ("tutup pukul", "closes at"),
    "open_days": ("hari buka", "open days"),
    # machine log (OEE)
    "planned_min": ("waktu terencana (menit)", "planned time (min)"),
    "breakdown_min": ("kerusakan (menit)", "breakdowns (min)"), "setup_min": ("penyetelan (menit)", "set-up (min)"),
    "minor_stop_min": ("berhenti sebentar (menit)", "minor stops (min)"),
    "speed_loss_min": ("kecepatan turun (menit)", "speed loss (min)"), "run_min": ("waktu jalan (menit)", "run time (min)"),
    "total_count": ("jumlah diproduksi", "total produced"), "good_count": ("jumlah baik", "good units"),
    "startup_reject_count": ("cacat saat mulai", "start-up rejects"),
    "loss_breakdown_min": ("kerusakan (menit)", "breakdowns (min)"),
    "loss_setup_min": ("penyetelan (menit)", "set-up (min)"),
    "loss_minor_stops_min": ("berhenti sebentar (menit)", "minor stops (min)"),
    "loss_speed_min": ("kecepatan turun (menit)", "speed loss (min)"),
    "loss_quality_min": ("cacat (menit)", "quality loss (min)"),
    "availability": ("ketersediaan", "availability"), "performance": ("kinerja", "performance"),
    "quality": ("tingkat kualitas", "quality rate"),
    # bookings: conflicts, outside opening hours, requests
    "booking_id": ("kode pemesanan", "booking code"), "start": ("mulai", "start"), "end": ("selesai", "end"),
    "reason": ("alasan", "reason"), "requested_at": ("waktu diminta", "requested at"),
    "booking_a": ("pemesanan A", "booking A"), "booking_b": ("pemesanan B", "booking B"),
    "tenant_a": ("penyewa A", "tenant A"), "tenant_b": ("penyewa B", "tenant B"),
    "overlap_start": ("bentrok mulai", "overlap starts"), "overlap_end": ("bentrok selesai", "overlap ends"),
    "overlap_min": ("lama bentrok (menit)", "overlap (min)"),
    # queueing (Day 5)
    "servers": ("jumlah mesin", "machines"), "arrival_rate": ("pekerjaan datang per jam", "jobs arriving per hour"),
    "service_mean_min": ("rata-rata lama layanan (menit)", "mean service time (min)"),
    "offered_load": ("beban (jam kerja per jam)", "offered load (busy hours per hour)"),
    "rp": ("Rp", "Rp"),
    # rent arrears
    "last_month": ("bulan terakhir", "last month"),
    # quality: check sheets, measurements, control-chart signals
    "defect_type": ("jenis cacat", "defect type"), "shift": ("giliran", "shift"), "operator": ("operator", "operator"),
    "timestamp": ("waktu", "time"), "subgroup": ("subgrup", "subgroup"), "value": ("nilai", "value"),
    "rule": ("aturan", "rule"), "point": ("titik ke-", "point no."), "explanation": ("penjelasan", "explanation"),
    # food safety: CCP log and CPPB-IRT checklist
    "ccp": ("CCP", "CCP"), "measured_value": ("nilai terukur", "measured value"),
    "critical_min": ("batas kritis minimum", "critical minimum"), "critical_max": ("batas kritis maksimum", "critical maximum"),
    "corrective_action": ("tindakan koreksi", "corrective action"),
    "within_limits": ("dalam batas kritis", "within critical limits"), "deviation": ("penyimpangan", "deviation"),
    "action_recorded": ("tindakan tercatat", "action recorded"),
    "readings": ("jumlah catatan", "readings"), "deviations": ("penyimpangan", "deviations"),
    "without_action": ("penyimpangan tanpa tindakan koreksi", "deviations without corrective action"),
    "aspect_no": ("no. aspek", "aspect no."), "aspect": ("aspek", "aspect"), "item_id": ("kode butir", "item code"),
    "severity": ("tingkat", "severity"),
    "label_part": ("bagian label", "label part"), "label_text": ("tertulis pada label", "printed on the label"),
}

MESSAGES = {f"columns.{col}": {"id": idl, "en": enl} for col, (idl, enl) in _LABELS.items()}
