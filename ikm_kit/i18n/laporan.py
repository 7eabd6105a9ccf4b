"""Strings of the leaders' report (``ikm-kit laporan``), its offline export and the summary page."""

MESSAGES = {
    "laporan.no_chromium": {
        "id": "Chromium tidak ditemukan ({path}). Pasang peramban Chromium (Debian/Ubuntu: "
              "sudo apt install chromium) atau isi variabel IKM_CHROMIUM dengan jalur programnya.",
        "en": "Chromium not found ({path}). Install the Chromium browser (Debian/Ubuntu: "
              "sudo apt install chromium) or set IKM_CHROMIUM to its path.",
    },
    "laporan.no_plotly_js": {
        "id": "Berkas plotly.js tidak ada di {path}. Pasang ulang ikm-kit (make .venv/.ikm-installed).",
        "en": "plotly.js is missing at {path}. Reinstall ikm-kit (make .venv/.ikm-installed).",
    },
    "laporan.chromium_failed": {
        "id": "Chromium gagal membuat grafik atau PDF laporan: {detail}",
        "en": "Chromium failed to draw the charts or print the report: {detail}",
    },
    "laporan.cli_help": {
        "id": "tulis ringkasan pimpinan satu bulan sebagai satu berkas HTML (untuk WhatsApp) dan PDF",
        "en": "write one month's leaders' summary as a single HTML file (for WhatsApp) and a PDF",
    },
    "laporan.month_help": {
        "id": "bulan laporan, TTTT-BB (mis. 2023-12); bawaan: bulan terakhir yang datanya lengkap",
        "en": "report month, YYYY-MM (e.g. 2023-12); default: the latest month with complete data",
    },
    "laporan.no_pdf_help": {"id": "hanya HTML, tanpa PDF", "en": "HTML only, no PDF"},
    "laporan.written": {"id": "Ditulis: {path} ({size})", "en": "Written: {path} ({size})"},
    "laporan.kpis": {"id": "Indikator bulan ini", "en": "This month's indicators"},
    "laporan.previous": {"id": "bulan lalu {value}", "en": "last month {value}"},
    "laporan.footer": {
        "id": "Dibuat dengan ikm-kit {version} dari data sentra. Berkas ini berdiri sendiri: "
              "bisa dibuka tanpa internet dan diteruskan lewat WhatsApp atau surel.",
        "en": "Made with ikm-kit {version} from the sentras' data. This file stands alone: it opens "
              "without internet and can be forwarded by WhatsApp or e-mail.",
    },
    "laporan.page_intro": {
        "id": "Ringkasan bulan terakhir, diperbarui saat server dimulai atau data berubah.",
        "en": "Summary of the latest month, renewed when the server starts or the data changes.",
    },
    "laporan.page_dashboards": {"id": "Buka dasbor interaktif →", "en": "Open the interactive dashboards →"},
    "laporan.page_not_ready": {
        "id": "Ringkasan sedang dibuat. Muat ulang halaman ini dalam beberapa detik.",
        "en": "The summary is being prepared. Reload this page in a few seconds.",
    },
    "laporan.page_failed": {
        "id": "Ringkasan tidak dapat dibuat: {message}",
        "en": "The summary could not be made: {message}",
    },
    "laporan.index_link": {
        "id": "Ringkasan pimpinan bulan terakhir (cepat dibuka)",
        "en": "Leaders' summary of the latest month (opens fast)",
    },
    "laporan.export_pdf": {"id": "Buat laporan PDF", "en": "Create PDF report"},
}
