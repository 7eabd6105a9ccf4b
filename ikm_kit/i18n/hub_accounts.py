"""Strings of the class hub's own passwords (ikm_kit.hub_auth, ``python -m ikm_kit.hub reset-password``)."""

MESSAGES = {
    "hubauth.change_too_short": {"id": "Kata sandi baru terlalu pendek: minimal {minimum} karakter.",
                                 "en": "The new password is too short: at least {minimum} characters."},
    "hubauth.change_title": {"id": "Ganti kata sandi", "en": "Change password"},
    "hubauth.change_new_password": {"id": "Kata sandi baru:", "en": "New password:"},
    "hubauth.change_submit": {"id": "Ganti kata sandi", "en": "Change password"},
    "hubauth.changed": {"id": "Kata sandi Anda sudah diganti. Pakai kata sandi baru mulai login berikutnya.",
                        "en": "Your password was changed. Use the new one from your next login."},
    "hubauth.login_title": {"id": "Masuk", "en": "Sign in"},
    "hubauth.login_name": {"id": "Nama:", "en": "Name:"},
    "hubauth.login_password": {"id": "Kata sandi:", "en": "Password:"},
    "hubauth.login_submit": {"id": "Masuk", "en": "Sign in"},
    "hubauth.login_insecure": {
        "id": "Peringatan: hub ini dibuka lewat HTTP tanpa enkripsi. Pasang HTTPS (lihat docs/keamanan.md).",
        "en": "Warning: this hub is served over unencrypted HTTP. Enable HTTPS (see docs/keamanan.md).",
    },
    "hubauth.login_hint": {
        "id": "<b>Login pertama?</b> Ketik nama Anda (huruf kecil, tanpa spasi) dan <b>pilih kata sandi Anda "
              "sendiri</b> (minimal {minimum} karakter). Ingat baik-baik: mulai sekarang hanya kata sandi itu "
              "yang membuka ruang kerja Anda. Lupa kata sandi? Minta pelatih mengatur ulang — pekerjaan Anda tetap aman.",
        "en": "<b>First login?</b> Type your name (lower case, no spaces) and <b>choose your own password</b> "
              "(at least {minimum} characters). Remember it: from now on only that password opens your "
              "workspace. Forgot it? Ask the trainer to reset it — your work stays safe.",
    },
    "hubauth.too_short": {
        "id": "Login pertama: pilih kata sandi Anda sendiri, minimal {minimum} karakter, lalu ingat baik-baik.",
        "en": "First login: choose your own password, at least {minimum} characters, and remember it.",
    },
    "hubauth.trainer_from_env": {
        "id": "Kata sandi pelatih diatur di berkas lingkungan hub (IKM_HUB_ADMIN_PASSWORD di "
              "/etc/ikm-kit/hub.env), bukan di sini.",
        "en": "The trainers' password is set in the hub's environment file (IKM_HUB_ADMIN_PASSWORD in "
              "/etc/ikm-kit/hub.env), not here.",
    },
    "hubauth.reset_done": {
        "id": "Kata sandi {name} dihapus. Pada login berikutnya {name} memilih kata sandi baru; "
              "ruang kerja, progres dan jawaban tetap utuh.",
        "en": "{name}'s password was removed. At the next login {name} chooses a new password; "
              "workspace, progress and answers are kept.",
    },
    "hubauth.reset_none": {
        "id": "{name} belum punya kata sandi (belum pernah login): login pertama akan menetapkannya.",
        "en": "{name} has no password yet (never logged in): the first login will set it.",
    },
}
