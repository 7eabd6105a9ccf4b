"""Strings of the participant workspace."""

MESSAGES = {
    "workspace.edition": {"id": "Edisi", "en": "Edition"},
    "workspace.added": {"id": "{count} notebook baru disalin ke ruang kerja.", "en": "{count} new notebook(s) copied to the workspace."},
    "workspace.updated": {"id": "{count} notebook diperbarui ke versi baru.", "en": "{count} notebook(s) updated to the new version."},
    "workspace.kept": {
        "id": "{path} sudah Anda ubah, jadi tidak ditimpa. Versi barunya ada di {folder}/{path}.",
        "en": "{path} has your edits, so it was not overwritten. The new version is in {folder}/{path}.",
    },
    "workspace.using": {"id": "Ruang kerja: {path} (edisi {edition})", "en": "Workspace: {path} ({edition} edition)"},
    "cli.edition_help": {"id": "edisi notebook: peserta (bawaan) atau pelatih", "en": "notebook edition: peserta (participant, default) or pelatih (trainer)"},
}
