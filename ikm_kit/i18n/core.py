"""Core strings: common words, errors, data, CLI, formats."""

MESSAGES = {
    # --- common words
    "common.yes": {"id": "Ya", "en": "Yes"},
    "common.no": {"id": "Tidak", "en": "No"},
    "common.language": {"id": "Bahasa", "en": "Language"},
    "common.presentation_mode": {"id": "Mode presentasi (huruf besar)", "en": "Presentation mode (large fonts)"},
    "common.download": {"id": "Unduh", "en": "Download"},
    "common.calculate": {"id": "Hitung", "en": "Calculate"},
    "common.reset": {"id": "Atur ulang", "en": "Reset"},
    "common.error_prefix": {"id": "Terjadi masalah", "en": "Something went wrong"},
    "common.unexpected_error": {
        "id": "Terjadi kesalahan yang tidak terduga ({kind}). Data Anda tidak berubah. Coba lagi, atau muat ulang halaman bila masalah berlanjut.",
        "en": "An unexpected error occurred ({kind}). Your data is unchanged. Try again, or reload the page if it persists.",
    },
    "common.loading": {"id": "Memuat…", "en": "Loading…"},
    "plot.loading": {"id": "Memuat grafik…", "en": "Loading chart…"},
    "plot.unavailable": {
        "id": "Grafik tidak dapat dimuat (berkas plotly.js tidak ditemukan di server). Muat ulang halaman; bila tetap gagal, minta pelatih memasang ulang ikm-kit.",
        "en": "The chart could not be loaded (plotly.js not found on the server). Reload the page; if it still fails, ask the trainer to reinstall ikm-kit.",
    },
    # --- errors
    "error.language": {
        "id": "Bahasa '{value}' tidak dikenal. Pilih salah satu: {valid}.",
        "en": "Unknown language '{value}'. Choose one of: {valid}.",
    },
    "error.missing_columns": {
        "id": "Kolom {missing} tidak ditemukan{where}. Kolom yang ada: {existing}.",
        "en": "Column(s) {missing} not found{where}. Available columns: {existing}.",
    },
    "error.unknown_dataset": {
        "id": "Dataset '{name}' tidak dikenal. Dataset yang tersedia: {valid}.",
        "en": "Unknown dataset '{name}'. Available datasets: {valid}.",
    },
    "error.not_a_number": {
        "id": "{field} harus berupa angka, tetapi yang diberikan '{value}'.",
        "en": "{field} must be a number, but '{value}' was given.",
    },
    "error.must_be_positive": {
        "id": "{field} harus lebih besar dari 0 (diberikan: {value}).",
        "en": "{field} must be greater than 0 (given: {value}).",
    },
    "error.must_be_non_negative": {
        "id": "{field} tidak boleh negatif (diberikan: {value}).",
        "en": "{field} must not be negative (given: {value}).",
    },
    "error.must_be_finite": {
        "id": "{field} harus berupa angka yang terhingga (bukan NaN atau tak hingga); diberikan: {value}.",
        "en": "{field} must be a finite number (not NaN or infinity); given: {value}.",
    },
    "error.empty": {
        "id": "{field} kosong: berikan paling sedikit {minimum} nilai.",
        "en": "{field} is empty: give at least {minimum} value(s).",
    },
    "error.location": {
        "id": "Lembar '{sheet}', baris {row}, kolom '{column}': {problem}",
        "en": "Sheet '{sheet}', row {row}, column '{column}': {problem}",
    },
    "error.unknown_choice": {
        "id": "{field}: '{value}' tidak dikenal. Pilihan yang sah: {valid}.",
        "en": "{field}: '{value}' is not known. Valid choices: {valid}.",
    },
    "error.not_a_table": {
        "id": "{field} harus berupa tabel (DataFrame), tetapi yang diberikan {value}.",
        "en": "{field} must be a table (DataFrame), but {value} was given.",
    },
    "error.nothing": {"id": "nilai kosong", "en": "an empty value"},
    "error.not_a_list": {
        "id": "{field} harus berupa daftar nilai, tetapi yang diberikan {value}.",
        "en": "{field} must be a list of values, but {value} was given.",
    },
    "error.not_a_path": {
        "id": "{field} harus berupa nama berkas atau folder (teks), tetapi yang diberikan {value}.",
        "en": "{field} must be a file or folder name (text), but {value} was given.",
    },
    "error.too_large": {
        "id": "{field} terlalu besar: {value} (paling banyak {maximum}).",
        "en": "{field} is too large: {value} (at most {maximum}).",
    },
    "error.bad_date": {
        "id": "{field}: '{value}' bukan tanggal yang dikenal (contoh: 2023-01-31).",
        "en": "{field}: '{value}' is not a recognised date (example: 2023-01-31).",
    },
    "error.cannot_write": {
        "id": "Tidak dapat menulis ke '{path}'. Periksa nama folder dan hak aksesnya.",
        "en": "Cannot write to '{path}'. Check the folder name and its permissions.",
    },
    "error.export_format": {
        "id": "Format ekspor '{value}' tidak didukung. Pilih: {valid}.",
        "en": "Export format '{value}' is not supported. Choose: {valid}.",
    },
    # --- data
    "data.file_missing": {"id": "Berkas '{path}' tidak ditemukan.", "en": "File '{path}' not found."},
    "data.not_workbook": {
        "id": "'{path}' bukan buku kerja Excel (.xlsx) yang dapat dibaca.",
        "en": "'{path}' is not a readable Excel workbook (.xlsx).",
    },
    "data.sheet_missing": {
        "id": "Buku kerja '{path}' tidak berisi lembar '{sheet}'.",
        "en": "Workbook '{path}' has no sheet '{sheet}'.",
    },
    "format.not_a_number": {"id": "'{value}' bukan angka.", "en": "'{value}' is not a number."},
    "format.not_a_date": {
        "id": "'{value}' bukan tanggal (contoh: 2023-01-31).",
        "en": "'{value}' is not a date (example: 2023-01-31).",
    },
    "format.bad_decimals": {
        "id": "Jumlah desimal harus bilangan bulat −{maximum} sampai {maximum} (diberikan: {value}).",
        "en": "The number of decimals must be a whole number from −{maximum} to {maximum} (given: {value}).",
    },
    "data.list_header": {"id": "Dataset bawaan ikm-kit", "en": "ikm-kit built-in datasets"},
    "data.col_name": {"id": "nama", "en": "name"},
    "data.col_rows": {"id": "baris", "en": "rows"},
    "data.col_description": {"id": "keterangan", "en": "description"},
    "data.exported": {"id": "Ditulis: {path}", "en": "Written: {path}"},
    "data.regenerated": {"id": "Data dibuat ulang di {path} ({count} berkas).", "en": "Data regenerated in {path} ({count} files)."},
    # --- CLI
    "cli.description": {
        "id": "ikm-kit: toolkit pelatihan manajemen mutu dan pengelolaan sentra IKM.",
        "en": "ikm-kit: training toolkit for quality management and sentra IKM operations.",
    },
    "cli.lang_help": {"id": "bahasa tampilan: id (bawaan) atau en", "en": "display language: id (default) or en"},
    "cli.start_help": {"id": "jalankan JupyterLab dengan notebook pelatihan", "en": "start JupyterLab with the training notebooks"},
    "cli.dashboards_help": {"id": "jalankan server dasbor Voila untuk pimpinan", "en": "start the Voila dashboard server for officials"},
    "cli.data_help": {"id": "daftar dataset bawaan / ekspor ke CSV atau XLSX", "en": "list built-in datasets / export them to CSV or XLSX"},
    "cli.version_help": {"id": "tampilkan versi ikm-kit", "en": "show the ikm-kit version"},
    "cli.templates_help": {"id": "tulis templat Excel (kalkulator HPP, data) ke sebuah folder", "en": "write the Excel templates (costing calculator, data) to a folder"},
    "cli.host_help": {"id": "alamat server (bawaan 127.0.0.1)", "en": "server address (default 127.0.0.1)"},
    "cli.port_help": {"id": "port server", "en": "server port"},
    "cli.token_help": {"id": "token akses (wajib bila alamat bukan 127.0.0.1)", "en": "access token (required when the address is not 127.0.0.1)"},
    "cli.no_browser_help": {"id": "jangan buka peramban", "en": "do not open a browser"},
    "cli.workspace_help": {"id": "ruang kerja peserta (bawaan: ruang-kerja/ di folder proyek)", "en": "participant workspace (default: ruang-kerja/ in the project folder)"},
    "cli.project_help": {"id": "folder proyek ikm-kit (bawaan: folder ini)", "en": "ikm-kit project folder (default: this folder)"},
    "cli.data_export_help": {"id": "nama dataset yang diekspor (atau 'semua')", "en": "dataset to export (or 'all')"},
    "cli.format_help": {"id": "format berkas: csv atau xlsx", "en": "file format: csv or xlsx"},
    "cli.out_help": {"id": "folder tujuan", "en": "output folder"},
    "cli.regenerate_help": {"id": "buat ulang berkas di data/ dari generator bawaan", "en": "regenerate the files in data/ from the built-in generator"},
    "cli.token_generated": {
        "id": "Alamat bukan loopback: akses memerlukan token. Bagikan alamat ini kepada peserta:",
        "en": "Non-loopback address: access requires a token. Share this address:",
    },
    "cli.serving": {"id": "Dasbor tersedia di: {url}", "en": "Dashboards available at: {url}"},
    "cli.starting_lab": {"id": "Memulai JupyterLab di {url} …", "en": "Starting JupyterLab at {url} …"},
    "cli.stop_hint": {"id": "Tekan Ctrl+C untuk berhenti.", "en": "Press Ctrl+C to stop."},
    "cli.version": {"id": "ikm-kit versi {version}", "en": "ikm-kit version {version}"},
    "cli.error": {"id": "Galat: {message}", "en": "Error: {message}"},
    "cli.no_project": {
        "id": "Folder '{path}' tidak berisi notebooks/ dan dashboards/. Jalankan dari folder proyek ikm-kit atau beri --workspace.",
        "en": "Folder '{path}' has no notebooks/ and dashboards/. Run from the ikm-kit project folder or pass --workspace.",
    },
    "cli.usage": {"id": "cara pakai:", "en": "usage:"},
    "cli.positionals": {"id": "argumen", "en": "arguments"},
    "cli.optionals": {"id": "pilihan", "en": "options"},
    "cli.commands": {"id": "perintah", "en": "commands"},
    "cli.help_help": {"id": "tampilkan bantuan ini lalu keluar", "en": "show this help and exit"},
    "cli.see_help": {"id": "Lihat '{prog} --help' untuk bantuan.", "en": "See '{prog} --help' for help."},
    "cli.data_action_help": {"id": "list (bawaan), export, atau regenerate", "en": "list (default), export, or regenerate"},
    # --- units / small labels used by formatting
    "unit.rp": {"id": "Rp", "en": "Rp"},
    "unit.minutes": {"id": "menit", "en": "minutes"},
    "unit.hours": {"id": "jam", "en": "hours"},
    "unit.units": {"id": "unit", "en": "units"},
}
