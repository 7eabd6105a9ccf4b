"""Small formatting helpers for the quality result objects."""
from __future__ import annotations

import math

import numpy as np

from ikm_kit import formats


def decimals_for(scale: float, extra: int = 2, most: int = 6) -> int:
    """Decimals so that a quantity of size ``scale`` shows ~3 significant digits."""
    try:
        scale = abs(float(scale))
    except (TypeError, ValueError):
        return 2
    if not math.isfinite(scale) or scale == 0:
        return 2
    return int(min(most, max(0, extra - math.floor(math.log10(scale)))))


def num(value: object, decimals: int) -> str:
    """A number or a varying array (shown as ``min – max``) in the active locale."""
    if value is None:
        return "–"
    arr = np.asarray(value, dtype=float)
    if arr.ndim == 0:
        return formats.number(float(arr), decimals)
    finite = arr[np.isfinite(arr)]
    if finite.size == 0:
        return "–"
    lo, hi = float(finite.min()), float(finite.max())
    if math.isclose(lo, hi, rel_tol=0, abs_tol=10 ** (-decimals - 1)):
        return formats.number(lo, decimals)
    return f"{formats.number(lo, decimals)} – {formats.number(hi, decimals)}"


def share(fraction: float) -> str:
    """A fraction as percent with enough decimals to be non-zero (or ppm when tiny)."""
    if fraction is None or not math.isfinite(fraction):
        return "–"
    if fraction >= 0.01 or fraction == 0:
        return formats.percent(fraction, 1)
    if fraction >= 0.001:
        return formats.percent(fraction, 2)
    from ikm_kit.i18n import t

    ppm = fraction * 1e6
    if ppm < 1:
        return t("quality.share.below_ppm")
    return t("quality.share.ppm", ppm=formats.number(ppm, 0))


def point_list(indexes: np.ndarray, limit: int = 12) -> str:
    pts = [str(int(i) + 1) for i in np.asarray(indexes)[:limit]]
    text = ", ".join(pts) if pts else "–"
    if len(indexes) > limit:
        text += ", …"
    return text


def plain(value: float) -> str:
    """A number in the active locale with only the decimals it needs (up to 6)."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return str(value)
    if not math.isfinite(v):
        return formats.number(v)
    text = f"{v:.6g}"
    decimals = len(text.split(".")[1]) if "." in text and "e" not in text else 0
    return formats.number(v, decimals)
