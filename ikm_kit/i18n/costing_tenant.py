"""Strings of the tenant's-own-business part of costing (issue 16): owner's wage,
production ≠ sales (full vs variable costing profit), whole-unit BEP."""


def _e(id_text: str, en_text: str) -> dict:
    return {"id": id_text, "en": en_text}


MESSAGES = {
    "costing.component.owner_wage": _e("Upah pemilik", "Owner's wage"),
    "costing.fig.short_owner_wage": _e("Upah pemilik", "Owner's wage"),
    "costing.field.owner_wage_rp_per_month": _e("Upah pemilik per bulan (Rp)", "Owner's wage per month (Rp)"),
    "costing.field.units_produced_per_month": _e("Volume produksi per bulan (unit)",
                                                 "Production volume per month (units)"),
    "costing.help.owner_wage_rp_per_month": _e(
        "Gaji tetap untuk kerja pemilik sendiri (biaya tetap). Usulan: UMK Kota Kendari 2022 Rp 2.823.315 [P]. 0 = pemilik bekerja gratis.",
        "A fixed salary for the owner's own work (a fixed cost). Proposal: UMK Kota Kendari 2022 Rp 2,823,315 [P]. 0 = the owner works for free."),
    "costing.help.units_produced_per_month": _e(
        "Kosongkan bila produksi = penjualan. Bila lebih banyak dibuat daripada dijual, sebagian biaya tetap masuk ke persediaan (full costing).",
        "Leave empty when production = sales. If more is made than sold, part of the fixed costs goes into stock (full costing)."),
    "costing.xl.row_fixed_overhead_month": _e("BOP tetap per bulan (sewa, penyusutan)",
                                              "Fixed overhead per month (rent, depreciation)"),
    "costing.xl.row_owner_wage_month": _e("Upah pemilik per bulan", "Owner's wage per month"),
    "costing.xl.row_units_produced": _e("Volume produksi per bulan (unit)", "Production per month (units)"),
    "costing.xl.row_owner_wage_unit": _e("Upah pemilik per unit (full costing)", "Owner's wage per unit (full costing)"),
    "costing.xl.row_profit_full": _e("Laba per bulan menurut full costing", "Profit per month, full costing"),
    "costing.xl.row_bep_units_whole": _e("BEP dibulatkan ke atas (unit utuh)", "Break-even rounded up (whole units)"),
    "costing.xl.note_owner_wage_month": _e("biaya tetap tersendiri; 0 = pemilik bekerja gratis",
                                           "a fixed cost line of its own; 0 = the owner works for free"),
    "costing.xl.note_units_produced": _e("kosong = sama dengan volume penjualan", "empty = same as sales volume"),
    "costing.xl.note_profit_full": _e(
        "laba variable costing + biaya tetap per unit × (produksi − penjualan)",
        "variable-costing profit + fixed cost per unit × (production − sales)"),
    "costing.xl.note_bep_units_whole": _e("yang harus benar-benar terjual", "what must actually be sold"),
    # reconciliation and income statements
    "costing.recon.profit_variable": _e("Laba menurut variable costing", "Profit under variable costing"),
    "costing.recon.fixed_closing_stock": _e("+ Biaya tetap yang ikut masuk persediaan akhir",
                                            "+ Fixed costs carried into closing stock"),
    "costing.recon.fixed_opening_stock": _e("− Biaya tetap dari persediaan awal yang terjual",
                                            "− Fixed costs released from opening stock sold"),
    "costing.recon.profit_full": _e("Laba menurut full costing", "Profit under full costing"),
    "costing.pl.revenue": _e("Penjualan", "Sales"),
    "costing.pl.variable_cogs": _e("Biaya variabel barang terjual", "Variable cost of goods sold"),
    "costing.pl.fixed_in_cogs": _e("Biaya tetap dalam HPP barang terjual", "Fixed cost in cost of goods sold"),
    "costing.pl.fixed_period": _e("Biaya tetap dibebankan ke bulan ini", "Fixed costs charged to the month"),
    "costing.pl.profit": _e("Laba", "Profit"),
    "costing.interp.owner_wage": _e(
        "Upah pemilik {wage} per bulan sudah dihitung sebagai biaya tetap ({unit} per unit).",
        "The owner's wage of {wage} per month is counted as a fixed cost ({unit} per unit)."),
    "costing.interp.no_owner_wage": _e(
        "Upah pemilik belum dihitung (0): laba ini juga harus membayar kerja pemilik sendiri.",
        "The owner's wage is not counted (0): this profit must also pay for the owner's own work."),
    "costing.interp.stock_change": _e(
        "Diproduksi {produced} unit, terjual {sold} unit: laba full costing {full}, laba variable costing {var}; selisihnya {stock} adalah biaya tetap yang ikut berpindah lewat persediaan.",
        "Produced {produced} units, sold {sold}: full-costing profit {full}, variable-costing profit {var}; the difference of {stock} is fixed cost moved through the stock."),
}

MESSAGES.update({
    "costing.app.owner_wage": _e("Upah pemilik per bulan", "Owner's wage per month"),
    "costing.app.owner_wage_umk": _e("Pakai UMK Kendari 2022 ({umk})", "Use Kendari minimum wage 2022 ({umk})"),
    "costing.app.owner_wage_umk_source": _e(
        "UMK Kota Kendari 2022 Rp 2.823.315 (Disnaker, Tribun Sultra 14 Des 2022) [P] — lihat data/parameters.csv",
        "Kendari minimum wage 2022 Rp 2,823,315 (Disnaker, Tribun Sultra 14 Dec 2022) [P] — see data/parameters.csv"),
    "costing.app.channels_intro": _e(
        "Harga yang perlu dipasang di tiap saluran agar bengkel tetap menerima HPP full costing + markup {markup} % = {target} per unit:",
        "The price to ask in each channel so that the workshop still receives the full cost + {markup} % markup = {target} per unit:"),
    "costing.app.channels_source": _e(
        "Tarif saluran: data/sales_channels.csv (sumber dan tanda V/P/U di data/README.md; U = belum terverifikasi).",
        "Channel rates: data/sales_channels.csv (sources and V/P/U marks in data/README.md; U = unverified)."),
})
