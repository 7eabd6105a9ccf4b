"""Run rules (tests for special causes) on a control chart — vectorised.

Two rule sets are offered:

* ``"western_electric"`` (Western Electric Statistical Quality Control
  Handbook, 1956; as in Montgomery §5.3.6), 4 rules:
  WE1 one point beyond the 3σ limits; WE2 2 of 3 consecutive points beyond
  2σ on the same side; WE3 4 of 5 consecutive points beyond 1σ on the same
  side; WE4 8 consecutive points on one side of the centre line.
* ``"nelson"`` (L. S. Nelson, J. Quality Technology 16(4), 1984), 8 rules:
  N1 beyond 3σ; N2 9 in a row on one side; N3 6 in a row steadily
  increasing or decreasing; N4 14 in a row alternating up and down; N5 2 of
  3 beyond 2σ same side; N6 4 of 5 beyond 1σ same side; N7 15 in a row
  within 1σ (either side); N8 8 in a row beyond 1σ (either side).

``None`` (or ``"none"``) checks only the control limits (rule 1).  Points
beyond the limits are always flagged.  A violation is reported at the point
that completes the pattern (and at every later point while it continues);
for "k of m" rules that point must itself lie in the zone, and at the start of
a chart the first m − 1 points form a shorter window (k of the points so
far: x₁, x₂ beyond 2σ on the same side is WE2 at point 2).  Zones use the
standard deviation of the plotted statistic at each point, so charts with
varying limits (p, u, x̄ with unequal n) are handled.  Missing points (NaN)
never count towards a pattern and break runs.

Everything is array arithmetic (cumulative sums over sliding windows): no
Python loop over points.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from ikm_kit.errors import InputError
from ikm_kit.i18n import t

RULE_SETS = {
    "western_electric": ("WE", 4),
    "nelson": ("N", 8),
    "none": ("WE", 1),
}
_ALIASES = {
    "we": "western_electric", "western": "western_electric", "western_electric": "western_electric",
    "nelson": "nelson", "none": "none", "limits": "none", "batas": "none",
}


def normalise_rules(rules: object) -> str:
    """Return the canonical rule-set name (``western_electric``, ``nelson``, ``none``)."""
    if rules is None or rules is False:
        return "none"
    key = str(rules).strip().lower().replace("-", "_").replace(" ", "_")
    if key in _ALIASES:
        return _ALIASES[key]
    raise InputError(t("error.unknown_choice", field=t("quality.rules"), value=rules,
                       valid="western_electric, nelson, none"))


def rule_text(code: str, side: str = "") -> str:
    """The Indonesian (active language) explanation of one rule code."""
    if code in ("WE1", "N1"):
        return t("quality.rule.above" if side == "above" else "quality.rule.below")
    return t(f"quality.rule.{code.lower()}")


def rule_descriptions(rules: object = "western_electric") -> list[tuple[str, str]]:
    """``[(code, explanation), ...]`` of a rule set, for legends and teaching."""
    name = normalise_rules(rules)
    prefix, count = RULE_SETS[name]
    out = [(f"{prefix}1", t("quality.rule.beyond"))]
    out += [(f"{prefix}{k}", rule_text(f"{prefix}{k}")) for k in range(2, count + 1)]
    return out


def _window_sum(mask: np.ndarray, m: int) -> np.ndarray:
    """Number of True values in the window of length ``m`` ending at each index.

    At the start of a chart the window is shorter (the points so far): a
    shorter window is still a window, so 2 points beyond 2σ at points 1 and 2
    are "2 of 3" (WE2) and 4 points beyond 1σ at points 1–4 are "4 of 5".
    A run of ``m`` in a row (:func:`_run`) can of course only be complete
    from the ``m``-th point on.
    """
    c = np.cumsum(mask, dtype=np.int32)
    out = c.copy()
    if mask.size > m:
        out[m:] = c[m:] - c[:-m]
    return out


def _run(mask: np.ndarray, m: int) -> np.ndarray:
    return _window_sum(mask, m) == m


def evaluate(points: np.ndarray, center, sigma_points, lcl, ucl,
             rules: object = "western_electric") -> tuple[np.ndarray, pd.DataFrame]:
    """Apply a rule set; return ``(beyond_limits_indexes, violations_frame)``.

    ``violations_frame`` has columns ``rule`` (code such as ``"WE2"``),
    ``index`` (0-based point), ``point`` (1-based, as people count) and
    ``explanation`` (text in the active language), ordered by point.
    """
    name = normalise_rules(rules)
    prefix, count = RULE_SETS[name]
    x = np.asarray(points, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        above_ucl = x > ucl
        below_lcl = x < lcl
        sp = np.asarray(sigma_points, dtype=float)
        z = np.where(sp > 0, (x - center) / np.where(sp > 0, sp, 1.0), np.nan)
    beyond = np.flatnonzero(above_ucl | below_lcl)

    found: list[tuple[str, np.ndarray, str]] = []
    found.append((f"{prefix}1", np.flatnonzero(above_ucl), "above"))
    found.append((f"{prefix}1", np.flatnonzero(below_lcl), "below"))

    if count > 1:
        with np.errstate(invalid="ignore"):
            up = z > 0
            down = z < 0
            a_up, a_dn = z > 2, z < -2
            b_up, b_dn = z > 1, z < -1
            inner = np.abs(z) < 1
            outer = np.abs(z) > 1

        def k_of_m(hi: np.ndarray, lo: np.ndarray, k: int, m: int) -> np.ndarray:
            return np.flatnonzero(((_window_sum(hi, m) >= k) & hi) | ((_window_sum(lo, m) >= k) & lo))

        if prefix == "WE":
            found.append(("WE2", k_of_m(a_up, a_dn, 2, 3), ""))
            found.append(("WE3", k_of_m(b_up, b_dn, 4, 5), ""))
            found.append(("WE4", np.flatnonzero(_run(up, 8) | _run(down, 8)), ""))
        else:
            found.append(("N2", np.flatnonzero(_run(up, 9) | _run(down, 9)), ""))
            with np.errstate(invalid="ignore"):
                d = np.diff(x)
                inc, dec = d > 0, d < 0
                alt = (d[1:] * d[:-1]) < 0
            trend = np.flatnonzero(_run(inc, 5) | _run(dec, 5)) + 1
            found.append(("N3", trend, ""))
            found.append(("N4", np.flatnonzero(_run(alt, 12)) + 2, ""))
            found.append(("N5", k_of_m(a_up, a_dn, 2, 3), ""))
            found.append(("N6", k_of_m(b_up, b_dn, 4, 5), ""))
            found.append(("N7", np.flatnonzero(_run(inner, 15)), ""))
            found.append(("N8", np.flatnonzero(_run(outer, 8)), ""))

    return beyond, _frame(found, prefix, count)


def _frame(found: list[tuple[str, np.ndarray, str]], prefix: str, count: int) -> pd.DataFrame:
    order = {f"{prefix}{k}": k for k in range(1, count + 1)}
    parts = [(code, idx, side) for code, idx, side in found if idx.size]
    if not parts:
        return pd.DataFrame({"rule": pd.Series([], dtype=object), "index": pd.Series([], dtype=np.int64),
                             "point": pd.Series([], dtype=np.int64),
                             "explanation": pd.Series([], dtype=object)})
    idx = np.concatenate([p[1] for p in parts]).astype(np.int64)
    variant = np.concatenate([np.full(p[1].size, i, dtype=np.int32) for i, p in enumerate(parts)])
    rank = np.array([order[p[0]] for p in parts])[variant]
    sort = np.lexsort((rank, idx))
    idx, variant = idx[sort], variant[sort]
    codes = np.array([p[0] for p in parts], dtype=object)[variant]
    texts = np.array([rule_text(p[0], p[2]) for p in parts], dtype=object)
    label = t("quality.point_label")  # a template with {point}
    points = idx + 1
    explanation = [f"{label.format(point=p)}: {texts[v]}" for p, v in zip(points.tolist(), variant.tolist())]
    return pd.DataFrame({"rule": codes, "index": idx, "point": points, "explanation": explanation})


__all__ = ["RULE_SETS", "evaluate", "normalise_rules", "rule_descriptions", "rule_text"]
