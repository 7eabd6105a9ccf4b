"""Costing: sensitivity input for wood not bought per m³ (issue 19)."""

MESSAGES = {
    "costing.input.kayu_lain": {"id": "Kayu non-m3 (tripleks, lembar)", "en": "Wood not per m3 (plywood sheets)"},
}
