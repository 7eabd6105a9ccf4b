"""Strings of the classroom JupyterHub (deploy/hub, ikm_kit.hub)."""

MESSAGES = {
    "hub.missing_password": {
        "id": "Kata sandi {name} belum diatur. Isi {name} di berkas lingkungan hub "
              "(mis. /etc/ikm-kit/hub.env, mode 0600) lalu jalankan ulang: sudo systemctl restart ikm-hub",
        "en": "Password {name} is not set. Put {name} in the hub's environment file "
              "(e.g. /etc/ikm-kit/hub.env, mode 0600) and restart: sudo systemctl restart ikm-hub",
    },
    "hub.password_too_short": {
        "id": "{name} terlalu pendek: minimal {minimum} karakter (sekarang {length}).",
        "en": "{name} is too short: at least {minimum} characters (now {length}).",
    },
    "hub.bad_spawner": {
        "id": "IKM_HUB_SPAWNER={value} tidak dikenal; pilihan: {valid}",
        "en": "IKM_HUB_SPAWNER={value} is unknown; choices: {valid}",
    },
    "hub.bad_username": {
        "id": "Nama pengguna {name} tidak dapat dipakai: gunakan huruf kecil, angka, - atau _ (maks. {maximum} karakter).",
        "en": "User name {name} cannot be used: use lower-case letters, digits, - or _ (at most {maximum} characters).",
    },
    "hub.synced": {
        "id": "Ruang kerja {path} disiapkan (edisi {edition}): {added} baru, {updated} diperbarui, {kept} dipertahankan.",
        "en": "Workspace {path} prepared ({edition} edition): {added} new, {updated} updated, {kept} kept.",
    },
    "hub.collected": {
        "id": "Progres {count} peserta dikumpulkan ke {path}.",
        "en": "Progress of {count} participant(s) collected into {path}.",
    },
    "hub.no_progress_dir": {
        "id": "Folder progres kelas belum diatur (variabel IKM_CLASS_PROGRESS). Notebook ini untuk akun pelatih di JupyterHub kelas.",
        "en": "The class progress folder is not set (variable IKM_CLASS_PROGRESS). This notebook is for the trainer's account on the class JupyterHub.",
    },
}
