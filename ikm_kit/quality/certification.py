"""Certification routes as printable one-page route cards, a label check and the halal route.

Two cards for Day 3 (same hour, parallel groups):

* ``pangan`` — SPP-IRT through OSS, the label (PP 69/1999), halal self-declare or
  regular and the 17 Oct 2026 deadline for micro and small firms;
* ``mebel`` — legal timber (purchase proof, DKP, S-LK/SVLK) and K3 against wood
  dust, finishing solvents, the kiln and noise, with a short checklist.

Facts, times and costs come from ``shared/domain/pengelolaan-sentra.md`` §4–5 and
``brief.md`` §3 with their V/P/U marks (shown on the card).  Pure: text and
dataclasses out; :meth:`RouteCard.to_html` gives a standalone page for printing
(one A4 page), :func:`write_route_cards` writes both for a handout.

    >>> card = route_card("pangan")
    >>> [s.key for s in card.steps][:3]
    ['pangan.nib', 'pangan.spp_irt', 'pangan.pkp']
    >>> check_label(example_label())
    ['expiry_date', 'pirt_number', 'halal_logo_without_certificate', 'cure_claim']
    >>> halal_route(300_000_000).route
    'self_declare'
"""
from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

import pandas as pd

from ikm_kit import validation as V
from ikm_kit.errors import InputError
from ikm_kit.i18n import has_key, t

#: PP 42/2024 Pasal 160(2) [P]: halal certificate required for UMK food and drink from this date.
HALAL_DEADLINE_UMK = dt.date(2026, 10, 17)
#: Kepkaban BPJPH 146/2025 [P]: self-declare for annual sales up to Rp15 M (self-statement);
#: the older Kepkaban 33/2022 limit was Rp500 jt (brief §3).
SELF_DECLARE_MAX_SALES_RP = 15_000_000_000
#: PP 69/1999 [P]: what a PIRT label must carry.
LABEL_REQUIRED = ("product_name", "ingredients", "net_weight", "producer", "expiry_date", "production_code",
                  "pirt_number")
#: PKP module (Dinkes Karawang) [P]: not allowed on the label.
LABEL_FORBIDDEN = ("halal_logo_without_certificate", "cure_claim")

_SOURCES = {  # step key → (source, mark); texts in ikm_kit/i18n/certification.py
    "pangan.nib": ("ceumeta.com; hargapabrik.id (langkah OSS)", "P"),
    "pangan.spp_irt": ("dinperinaker.pekalongankota.go.id (PP 5/2021)", "V"),
    "pangan.pkp": ("dinperinaker.pekalongankota.go.id [V]; ceumeta.com [P]", "P"),
    "pangan.label": ("PP 69/1999 via bpdmulyasari.com; kanal.web.id", "P"),
    "pangan.halal_self": ("p3jph.biz.id; solotrust.com; pagaralampos.disway.id", "P"),
    "pangan.halal_reguler": ("solotrust.com (BPJPH 2024)", "P"),
    "pangan.halal_deadline": ("sentralhalalinternasional.com; pristiwa.com [P]; UU 6/2023 [V]", "P"),
    "mebel.nota": ("saran kursus; aturan 2021 untuk penjual lokal tidak ditemukan", "U"),
    "mebel.dkp": ("ekonomi.bisnis.com; kompasiana (P.95/2014)", "V"),
    "mebel.slk_grup": ("citraindonesia.com; ekbis.sindonews.com; kontan.co.id", "V"),
    "mebel.k3_debu": ("Permenaker 5/2018; Undip (PT Arumbai)", "V"),
    "mebel.k3_pelarut": ("studi UMS Jepara (judul saja)", "U"),
    "mebel.k3_kiln": ("Permenaker 5/2018; aturan kebakaran kiln tidak ditemukan [U]", "V"),
}
_CARDS = {
    "pangan": (("pangan.nib", "pangan.spp_irt", "pangan.pkp", "pangan.label", "pangan.halal_self",
                "pangan.halal_reguler", "pangan.halal_deadline"), 5),
    "mebel": (("mebel.nota", "mebel.dkp", "mebel.slk_grup", "mebel.k3_debu", "mebel.k3_pelarut",
               "mebel.k3_kiln"), 5),
}


@dataclass(frozen=True)
class RouteStep:
    """One step of a route: texts in the active language, the source and its V/P/U mark."""

    key: str
    title: str
    what: str
    time: str
    cost: str
    source: str
    mark: str


@dataclass(frozen=True)
class RouteCard:
    """A one-page route card: ``steps`` and a short ``checklist``."""

    key: str
    title: str
    audience: str
    steps: tuple[RouteStep, ...]
    checklist: tuple[str, ...]

    def _body(self) -> str:
        e = html.escape
        head = "".join(f"<th>{e(t('cert.col.' + c))}</th>" for c in ("no", "step", "time", "cost", "source"))
        rows = "".join(
            f"<tr><td>{i}</td><td><b>{e(s.title)}</b><br>{e(s.what)}</td><td>{e(s.time)}</td>"
            f"<td>{e(s.cost)}</td><td>{e(s.source)} [{e(s.mark)}]</td></tr>"
            for i, s in enumerate(self.steps, start=1))
        checks = "".join(f"<li>☐ {e(c)}</li>" for c in self.checklist)
        return (f'<div class="ikm-route-card"><h3>{e(self.title)}</h3><p><i>{e(self.audience)}</i></p>'
                f'<div style="overflow-x:auto"><table class="ikm-route" style="border-collapse:collapse">'
                f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>"
                f"<p><b>{e(t('cert.checklist'))}</b></p><ul style='list-style:none;padding-left:0.5em'>{checks}</ul>"
                f"<p style='font-size:0.85em'>{e(t('cert.footer'))}</p></div>")

    def _repr_html_(self) -> str:
        return ("<style>.ikm-route td,.ikm-route th{border:1px solid #ccc;padding:0.25em 0.4em;"
                "vertical-align:top;text-align:left}</style>" + self._body())

    def to_html(self) -> str:
        """A standalone HTML page sized for one printed A4 page."""
        css = ("@page{size:A4;margin:12mm}body{font-family:system-ui,Arial,sans-serif;font-size:10.5pt}"
               "table{width:100%}td,th{border:1px solid #999;padding:3px 5px;vertical-align:top;text-align:left}"
               "h3{margin:0 0 4px 0}p{margin:4px 0}")
        return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{html.escape(self.title)}'
                f"</title><style>{css}</style></head><body>{self._body()}</body></html>")


def route_card(key: str) -> RouteCard:
    """The route card ``"pangan"`` (food) or ``"mebel"`` (furniture), in the active language."""
    if key not in _CARDS:
        raise InputError(t("error.unknown_choice", field="card", value=key, valid=", ".join(_CARDS)))
    keys, n_checks = _CARDS[key]
    steps = tuple(RouteStep(k, t(f"cert.step.{k}.title"), t(f"cert.step.{k}.what"), t(f"cert.step.{k}.time"),
                            t(f"cert.step.{k}.cost"), *_SOURCES[k]) for k in keys)
    checks = tuple(t(f"cert.check.{key}.{i}") for i in range(1, n_checks + 1))
    return RouteCard(key, t(f"cert.card.{key}.title"), t(f"cert.card.{key}.for"), steps, checks)


def route_cards() -> dict[str, RouteCard]:
    """Both cards: ``{"pangan": ..., "mebel": ...}`` (for the handout command)."""
    return {k: route_card(k) for k in _CARDS}


def write_route_cards(out_dir: str | Path) -> list[Path]:
    """Write ``kartu_rute_pangan.html`` and ``kartu_rute_mebel.html`` (printable) into ``out_dir``."""
    out = V.path(out_dir, "out_dir")
    try:
        out.mkdir(parents=True, exist_ok=True)
        paths = []
        for key, card in route_cards().items():
            p = out / f"kartu_rute_{key}.html"
            p.write_text(card.to_html(), encoding="utf-8")
            paths.append(p)
    except OSError:
        raise InputError(t("error.cannot_write", path=str(out))) from None
    return paths


# ------------------------------------------------------------------ label check
def example_label() -> dict[str, object]:
    """The abon label of the Day-3 exercise (fictitious): two items missing, two not allowed."""
    return {
        "product_name": "Abon Ikan Tuna Mama Ani",
        "ingredients": "ikan tuna, bawang merah, bawang putih, gula, garam, minyak goreng",
        "net_weight": "100 g",
        "producer": "Abon Tuna Mama Ani, Sentra IKM Pangan Sanua, Kendari",
        "expiry_date": "",
        "production_code": "AT-2312-05",
        "pirt_number": "",
        "halal_logo": True,
        "halal_certificate": False,
        "claims": ["menyembuhkan asam urat", "tanpa pengawet"],
    }


def check_label(label: Mapping[str, object]) -> list[str]:
    """Problems of a PIRT label: missing required items (:data:`LABEL_REQUIRED`), then forbidden ones.

    ``label``: the items as text (empty = missing), ``halal_logo`` / ``halal_certificate``
    (True/False) and ``claims`` (list of texts).  Returns keys; :func:`label_problems_text`
    gives sentences.
    """
    if not isinstance(label, Mapping):
        raise InputError(t("costing.error.wrong_item", field="label", value=type(label).__name__, valid="dict"))
    problems = [k for k in LABEL_REQUIRED if not str(label.get(k) or "").strip()]
    if label.get("halal_logo") and not label.get("halal_certificate"):
        problems.append("halal_logo_without_certificate")
    claims = " ".join(str(c).lower() for c in (label.get("claims") or []))
    if any(w in claims for w in ("menyembuhkan", "mengobati", "cures", "heals")):
        problems.append("cure_claim")
    return problems


def label_rows(label: Mapping[str, object]) -> list[tuple[str, str]]:
    """A label as a person reads it: ``[(part, what is printed)]`` in the active language.

    Empty items read ``(tidak ada)``, ``halal_logo``/``halal_certificate`` ``ya``/``tidak``, claims are joined.

    >>> label_rows({"net_weight": "100 g", "pirt_number": "", "halal_logo": True})
    [('berat bersih', '100 g'), ('nomor P-IRT', '(tidak ada)'), ('logo halal', 'ya')]
    """
    if not isinstance(label, Mapping):
        raise InputError(t("costing.error.wrong_item", field="label", value=type(label).__name__, valid="dict"))
    rows = []
    for key, value in label.items():
        if isinstance(value, bool):
            shown = t("common.yes").lower() if value else t("common.no").lower()
        elif isinstance(value, (list, tuple)):
            shown = "; ".join(f"“{v}”" for v in value) if value else t("cert.label.absent")
        else:
            shown = str(value).strip() or t("cert.label.absent")
        rows.append((t(f"cert.label.{key}") if has_key(f"cert.label.{key}") else str(key), shown))
    return rows


def label_table(label: Mapping[str, object]) -> pd.DataFrame:
    """:func:`label_rows` as a DataFrame with columns ``label_part`` and ``label_text`` (for ``show_table``)."""
    return pd.DataFrame(label_rows(label), columns=["label_part", "label_text"])


def label_problems_text(problems: list[str]) -> str:
    """Plain sentence for :func:`check_label` output (active language)."""
    if not problems:
        return t("cert.label.ok")
    parts = [t("cert.label.forbidden" if p in LABEL_FORBIDDEN else "cert.label.missing",
               item=t(f"cert.label.{p}")) for p in problems]
    return "; ".join(parts) + "."


# ------------------------------------------------------------------ halal route
@dataclass(frozen=True)
class HalalRoute:
    """``route`` is ``self_declare`` or ``reguler``; ``reasons`` lists why self-declare does not fit."""

    route: str
    reasons: tuple[str, ...]
    deadline: dt.date = HALAL_DEADLINE_UMK

    @property
    def label(self) -> str:
        return t(f"cert.halal.{self.route}")


def halal_route(annual_sales_rp: float, *, production_sites: int = 1, outlets: int = 1,
                halal_certain_ingredients: bool = True, simple_process: bool = True,
                uncertified_slaughtered_ingredient: bool = False) -> HalalRoute:
    """Which halal route fits a micro/small food business (criteria of Kepkaban BPJPH 146/2025 [P]).

    Self-declare needs: sales ≤ Rp15 M a year, at most 1 production site and 1
    outlet, ingredients already certain to be halal, a simple process, no
    slaughtered-animal ingredient from an uncertified slaughterhouse.

    >>> halal_route(300_000_000, outlets=2).reasons
    ('outlets',)
    """
    sales = V.non_negative(annual_sales_rp, "omzet per tahun (Rp)")
    reasons = []
    if sales > SELF_DECLARE_MAX_SALES_RP:
        reasons.append("sales")
    if int(production_sites) > 1:
        reasons.append("production_sites")
    if int(outlets) > 1:
        reasons.append("outlets")
    if not halal_certain_ingredients:
        reasons.append("ingredients")
    if not simple_process:
        reasons.append("process")
    if uncertified_slaughtered_ingredient:
        reasons.append("slaughter")
    return HalalRoute("reguler" if reasons else "self_declare", tuple(reasons))


__all__ = ["HALAL_DEADLINE_UMK", "SELF_DECLARE_MAX_SALES_RP", "LABEL_REQUIRED", "LABEL_FORBIDDEN", "RouteStep",
           "RouteCard", "route_card", "route_cards", "write_route_cards", "example_label", "check_label",
           "label_problems_text", "HalalRoute", "halal_route"]
