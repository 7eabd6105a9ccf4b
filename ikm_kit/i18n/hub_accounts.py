"""Strings of the class hub's own passwords (ikm_kit.hub_auth, ``python -m ikm_kit.hub reset-password``)."""

MESSAGES = {
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
