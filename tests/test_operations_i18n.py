"""Every operations string exists in both languages; no key is missing from the catalogue."""
import re
from pathlib import Path

from ikm_kit.i18n import catalogue, has_key
from ikm_kit.operations import DISTRIBUTIONS, LOSS_KEYS, METRICS, POLICIES, STATUSES, BOOKING_STATUSES

ROOT = Path(__file__).resolve().parent.parent / "ikm_kit"
FILES = [*sorted((ROOT / "operations").glob("*.py")), ROOT / "figures" / "operations.py",
         ROOT / "widgets" / "operations.py"]


def test_literal_keys_exist():
    missing = []
    for f in FILES:
        if not f.exists():
            continue
        for key in re.findall(r'"(operations\.[a-z0-9_.]+)"', f.read_text(encoding="utf-8")):
            if not key.endswith(".") and not has_key(key):
                missing.append(f"{f.name}: {key}")
    assert not missing, missing


def test_dynamic_key_families_exist():
    families = {
        "operations.metric": METRICS, "operations.dist": DISTRIBUTIONS, "operations.loss": LOSS_KEYS,
        "operations.policy": POLICIES, "operations.status": STATUSES,
        "operations.booking_status": BOOKING_STATUSES,
        "operations.decision": ("diterima", "digeser", "ditolak"),
        "operations.weekday": range(7), "operations.weekday_short": range(7),
        "operations.col": ("machine_id", "period", "availability", "performance", "quality", "oee",
                           "loss_total_rp", "available_h", "booked_h", "used_h", "no_show_h", "idle_h",
                           "downtime_h", "utilization"),
    }
    for prefix, names in families.items():
        for n in names:
            assert has_key(f"{prefix}.{n}"), f"{prefix}.{n}"


def test_both_languages_present():
    for key, texts in catalogue().items():
        if key.startswith("operations."):
            assert texts.get("id") and texts.get("en"), key
