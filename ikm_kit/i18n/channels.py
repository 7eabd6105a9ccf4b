"""Strings of sales-channel pricing (:mod:`ikm_kit.costing.channels`)."""


def _e(id_text: str, en_text: str) -> dict:
    return {"id": id_text, "en": en_text}


MESSAGES = {
    "channels.name.bengkel": _e("Dijual langsung di bengkel", "Sold at the workshop"),
    "channels.name.toko_oleh_oleh": _e("Reseller / toko oleh-oleh", "Reseller / souvenir shop"),
    "channels.name.konsinyasi": _e("Titip jual (konsinyasi)", "Consignment"),
    "channels.name.marketplace": _e("Marketplace (Tokopedia/TikTok Shop)", "Marketplace (Tokopedia/TikTok Shop)"),
    "channels.name.e_katalog": _e("Pesanan pemerintah lewat e-katalog", "Government order via e-katalog"),
    "channels.field.hpp": _e("HPP per unit (Rp)", "Unit cost (Rp)"),
    "channels.field.discount_pct": _e("Potongan/komisi saluran (% harga)", "Channel discount/commission (% of price)"),
    "channels.field.fee_pct": _e("Biaya platform (% harga)", "Platform fee (% of price)"),
    "channels.field.fee_rp_per_unit": _e("Biaya per pesanan (Rp)", "Fee per order (Rp)"),
    "channels.field.shipping_pct": _e("Ongkir ditanggung penjual (% harga)", "Shipping borne by seller (% of price)"),
    "channels.field.days_to_cash": _e("Hari sampai uang diterima", "Days until the money arrives"),
    "channels.col.channel": _e("Saluran", "Channel"),
    "channels.col.price_rp": _e("Harga ke pembeli", "Price to buyer"),
    "channels.col.channel_keeps_rp": _e("Diambil saluran", "Kept by channel"),
    "channels.col.to_workshop_rp": _e("Diterima bengkel", "Reaches workshop"),
    "channels.col.margin_rp": _e("Laba per unit", "Margin per unit"),
    "channels.col.margin_pct": _e("Laba (% harga)", "Margin (% of price)"),
    "channels.col.days_to_cash": _e("Uang datang (hari)", "Cash after (days)"),
    "channels.col.mark": _e("Tanda", "Mark"),
    "channels.title": _e("Harga per saluran penjualan", "Prices per sales channel"),
    "channels.sentence": _e(
        "Laba per unit paling kecil di saluran {low} ({margin}); uang paling lama datang dari {slow} ({days} hari).",
        "The smallest margin per unit is in {low} ({margin}); the money comes slowest from {slow} ({days} days)."),
    "channels.sentence_same": _e(
        "Bengkel menerima laba yang sama ({margin} per unit) di setiap saluran; harga ke pembeli paling tinggi di {high} ({price}); uang paling lama datang dari {slow} ({days} hari).",
        "The workshop keeps the same margin ({margin} per unit) in every channel; the buyer's price is highest in {high} ({price}); the money comes slowest from {slow} ({days} days)."),
    "channels.error.columns": _e(
        "Tabel saluran kurang kolom: {missing}. Kolom yang diperlukan: {needed}.",
        "The channel table lacks columns: {missing}. Needed: {needed}."),
    "channels.error.unknown": _e("Saluran '{value}' tidak dikenal. Pilih dari: {valid}.",
                                 "Unknown channel '{value}'. Choose from: {valid}."),
    "channels.error.empty": _e("Tabel saluran kosong: isi paling sedikit satu saluran.",
                               "The channel table is empty: enter at least one channel."),
    "channels.error.rate": _e("Tarif saluran tidak sah: {error}", "Invalid channel rate: {error}"),
    "channels.error.pct_total": _e(
        "Saluran {channel}: potongan + biaya + ongkir = {total} % dari harga — harus di bawah 100 %.",
        "Channel {channel}: discount + fee + shipping = {total} % of the price — must be below 100 %."),
}
