"""Printable governance templates of a sentra: structure, house rules, tenant agreement, asset register, reports.

Model documents for the "pengelolaan sentra" day, in the active language, as
Markdown or HTML strings (for the notebook, the handout and ``ikm-kit
formulir``), and two tables (DataFrames): the machines' asset register and the
reporting calendar.  Rules that are set locally say so ("periksa aturan daerah
setempat"); legal references carry the marks of the facts file (V/P/U).

    >>> text = house_rules("mebel")
    >>> text.startswith("# ")
    True
    >>> "Periksa aturan daerah setempat" in tenant_agreement(rent_per_month=833_333)
    True
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from html import escape

import pandas as pd

from ikm_kit.errors import InputError
from ikm_kit.formats import number as fmt_number
from ikm_kit.formats import rupiah
from ikm_kit.i18n import has_key, t
from ikm_kit.validation import non_negative

FORMATS = ("markdown", "html")
_SENTRA_KEYS = ("mebel", "pangan")

#: Articles of the model house rules (``governance.rules.<key>.title`` / ``.1``, ``.2`` …).
RULE_ARTICLES = ("general", "hours", "duties", "prohibited", "machines", "safety", "sanctions")
#: Articles of the model tenant agreement.
AGREEMENT_ARTICLES = ("parties", "object", "term", "rent", "fees", "arrears", "costs", "machines", "end",
                      "disputes")
#: Roles of the sentra structure, top to bottom.
ROLES = ("dinas", "uptd", "treasurer", "operator", "staff", "association", "revenue_office", "mentor")
#: Reporting duties, most frequent first.
REPORTS = ("deposit", "monthly", "bookings", "siinas", "asset_count", "tariff_review", "blud")


@dataclass(frozen=True)
class Document:
    """A printable document: title, intro, numbered articles of clauses, closing note."""

    title: str
    intro: str
    articles: tuple[tuple[str, tuple[str, ...]], ...]
    closing: str

    def markdown(self) -> str:
        out = [f"# {self.title}", "", self.intro, ""]
        for i, (heading, clauses) in enumerate(self.articles, start=1):
            out += [f"## {t('governance.article', n=i)} — {heading}", ""]
            out += [f"{j}. {c}" for j, c in enumerate(clauses, start=1)]
            out.append("")
        out += [f"> {self.closing}", ""]
        return "\n".join(out)

    def html(self) -> str:
        out = [f'<div class="ikm-doc" style="max-width:48em;font-family:system-ui,sans-serif;line-height:1.45">',
               f"<h2>{escape(self.title)}</h2>", f"<p>{escape(self.intro)}</p>"]
        for i, (heading, clauses) in enumerate(self.articles, start=1):
            out.append(f"<h3>{escape(t('governance.article', n=i))} — {escape(heading)}</h3><ol>")
            out += [f"<li>{escape(c)}</li>" for c in clauses]
            out.append("</ol>")
        out.append(f'<p style="border-left:4px solid #E69F00;padding-left:0.6em"><em>{escape(self.closing)}</em></p>')
        out.append("</div>")
        return "".join(out)

    def _repr_html_(self) -> str:
        return self.html()


def _fmt(fmt: str) -> str:
    if fmt not in FORMATS:
        raise InputError(t("governance.error.format", value=fmt, valid=", ".join(FORMATS)))
    return fmt


def _sentra_name(sentra: str) -> str:
    if sentra not in _SENTRA_KEYS:
        raise InputError(t("governance.error.sentra", value=sentra, valid=", ".join(_SENTRA_KEYS)))
    return t(f"governance.sentra.{sentra}")


def _clauses(prefix: str, **values: object) -> tuple[str, ...]:
    out, i = [], 1
    while has_key(f"{prefix}.{i}"):
        out.append(t(f"{prefix}.{i}", **values))
        i += 1
    return tuple(out)


def _render(doc: Document, fmt: str) -> str:
    return doc.markdown() if _fmt(fmt) == "markdown" else doc.html()


def house_rules_document(sentra: str = "mebel") -> Document:
    """The model *tata tertib* as a :class:`Document` (see :func:`house_rules`)."""
    name = _sentra_name(sentra)
    return Document(
        t("governance.rules.title", sentra=name), t("governance.rules.intro", sentra=name),
        tuple((t(f"governance.rules.{k}.title"), _clauses(f"governance.rules.{k}", sentra=name))
              for k in RULE_ARTICLES),
        t("governance.local_rules"))


def house_rules(sentra: str = "mebel", *, fmt: str = "markdown") -> str:
    """Model house rules (*tata tertib*) of a sentra as Markdown or HTML.

    Articles: general, opening hours, tenants' duties, prohibitions, shared
    machines (booking, no-show, damage), safety and cleanliness, sanctions
    ladder.  Example: ``print(house_rules("mebel"))``.
    """
    return _render(house_rules_document(sentra), fmt)


def tenant_agreement_document(sentra: str = "mebel", *, rent_per_month: float | None = None, due_day: int = 10,
                              term_years: int = 1) -> Document:
    """The model *perjanjian sewa* as a :class:`Document` (see :func:`tenant_agreement`)."""
    name = _sentra_name(sentra)
    rent = t("governance.blank_rp") if rent_per_month is None else rupiah(non_negative(rent_per_month,
                                                                                         "rent_per_month"))
    day = non_negative(due_day, "due_day")
    if not float(day).is_integer() or not 1 <= day <= 28:
        raise InputError(t("governance.error.due_day", value=due_day))
    term = non_negative(term_years, "term_years")
    if not float(term).is_integer() or not 1 <= term <= 5:
        raise InputError(t("governance.error.term", value=term_years))
    values = dict(sentra=name, rent=rent, day=int(day), term=int(term))
    return Document(
        t("governance.agreement.title", sentra=name), t("governance.agreement.intro", sentra=name),
        tuple((t(f"governance.agreement.{k}.title"), _clauses(f"governance.agreement.{k}", **values))
              for k in AGREEMENT_ARTICLES),
        t("governance.local_rules"))


def tenant_agreement(sentra: str = "mebel", *, rent_per_month: float | None = None, due_day: int = 10,
                     term_years: int = 1, fmt: str = "markdown") -> str:
    """Model tenant agreement (*perjanjian sewa*) as Markdown or HTML.

    Holds at least what PP 27/2014 jo PP 28/2020 Pasal 29(7) asks of a lease of
    regional property [V]: parties, object and area, rent and term, the tenant's
    operating and maintenance costs, rights and duties; plus machine fees, the
    payment date (``due_day`` of each month, 1–28), an arrears ladder, machine
    booking and damage rules and how the agreement ends.  ``rent_per_month`` in
    Rp (blank line if ``None``); ``term_years`` 1–5 (Pasal 29(2): at most 5 years).
    Example: ``tenant_agreement(rent_per_month=833_333, fmt="html")``.
    """
    doc = tenant_agreement_document(sentra, rent_per_month=rent_per_month, due_day=due_day, term_years=term_years)
    return _render(doc, fmt)


def structure() -> pd.DataFrame:
    """Who does what in a sentra run by a UPTD: ``role, who, tasks, money`` (one row per role).

    ``money`` says which money the role may hold: retribusi is deposited into
    the kas daerah, never spent by the manager.  Example: ``structure()``.
    """
    rows = [{"role": k, "who": t(f"governance.role.{k}.who"), "tasks": t(f"governance.role.{k}.tasks"),
             "money": t(f"governance.role.{k}.money")} for k in ROLES]
    return pd.DataFrame(rows)


def structure_markdown() -> str:
    """The structure as a Markdown table with a title (for the handout)."""
    s = structure()
    head = [t("governance.col.who"), t("governance.col.tasks"), t("governance.col.money")]
    lines = [f"# {t('governance.structure.title')}", "", t("governance.structure.intro"), "",
             "| " + " | ".join(head) + " |", "|---|---|---|"]
    lines += [f"| {r.who} | {r.tasks} | {r.money} |" for r in s.itertuples()]
    lines += ["", f"> {t('governance.local_rules')}", ""]
    return "\n".join(lines)


def _condition(breakdown_share: float) -> str:
    if breakdown_share != breakdown_share:  # NaN: not logged
        return t("governance.condition.unknown")
    if breakdown_share < 0.015:
        return t("governance.condition.good")
    if breakdown_share < 0.03:
        return t("governance.condition.fair")
    return t("governance.condition.poor")


def asset_register(sentra: str = "mebel", *, as_of: int = 2023) -> pd.DataFrame:
    """Asset register (*kartu inventaris*) of the sentra's machines at the end of year ``as_of``.

    Columns: ``machine_id, name, acquired_year, purchase_value_rp, life_years,
    age_years, life_left_years, depreciation_per_year_rp, book_value_rp,
    breakdown_share, condition``.  Straight line to 10 % salvage (parameters,
    P); acquisition year from ``parameters`` (U); condition from the share of
    planned time lost to breakdowns in the machine log of ``as_of``
    (< 1,5 % baik, < 3 % cukup, else perlu perbaikan — thresholds
    ilustratif).  Example: ``asset_register("mebel")``.
    """
    from ikm_kit import data
    from ikm_kit.operations.tariffs import _param

    _sentra_name(sentra)
    m = data.load("machines")
    m = m[m["sentra"] == sentra].reset_index(drop=True)
    acquired = int(_param(f"mesin_tahun_perolehan.{sentra}"))
    salvage_pct = _param("tarif_mesin_nilai_sisa_pct")
    log = data.load("machine_log")
    log = log[pd.to_datetime(log["date"]).dt.year == int(as_of)]
    g = log.groupby("machine_id")[["breakdown_min", "planned_min"]].sum()
    share = (g["breakdown_min"] / g["planned_min"]).reindex(m["machine_id"])
    age = max(int(as_of) - acquired + 1, 0)  # the year of acquisition counts as a full year
    value = m["purchase_value_rp"].astype(float)
    life = m["life_years"].astype(float)
    dep = value * (1 - salvage_pct / 100) / life
    used = pd.Series([min(age, lf) for lf in life])
    out = pd.DataFrame({
        "machine_id": m["machine_id"], "name": m["name"], "acquired_year": acquired,
        "purchase_value_rp": value, "life_years": life, "age_years": age,
        "life_left_years": (life - age).clip(lower=0),
        "depreciation_per_year_rp": dep, "book_value_rp": value - dep * used,
        "breakdown_share": share.to_numpy(), "condition": [_condition(v) for v in share.to_numpy()],
    })
    return out


def reporting_calendar() -> pd.DataFrame:
    """Reporting duties of the sentra: ``report, frequency, to, basis`` (basis with its V/P/U mark)."""
    return pd.DataFrame([{"report": t(f"governance.report.{k}.what"), "frequency": t(f"governance.report.{k}.when"),
                          "to": t(f"governance.report.{k}.to"), "basis": t(f"governance.report.{k}.basis")}
                         for k in REPORTS])


def handout(sentra: str = "mebel", *, rent_per_month: float | None = None, fmt: str = "markdown") -> str:
    """All templates in one printable document (structure, house rules, tenant agreement, asset register, reports)."""
    _fmt(fmt)
    reg = asset_register(sentra)
    reg_md = ["| " + " | ".join([t("governance.col.machine"), t("governance.col.value"), t("governance.col.age"),
                                 t("governance.col.life_left"), t("governance.col.book_value"),
                                 t("governance.col.condition")]) + " |", "|---|---:|---:|---:|---:|---|"]
    reg_md += [f"| {r.machine_id} {r.name} | {rupiah(r.purchase_value_rp)} | {fmt_number(r.age_years)} | "
               f"{fmt_number(r.life_left_years)} | {rupiah(r.book_value_rp)} | {r.condition} |"
               for r in reg.itertuples()]
    rep = reporting_calendar()
    rep_md = ["| " + " | ".join([t("governance.col.report"), t("governance.col.frequency"), t("governance.col.to"),
                                 t("governance.col.basis")]) + " |", "|---|---|---|---|"]
    rep_md += [f"| {r.report} | {r.frequency} | {r.to} | {r.basis} |" for r in rep.itertuples()]
    parts = [structure_markdown(), house_rules(sentra), tenant_agreement(sentra, rent_per_month=rent_per_month),
             f"# {t('governance.register.title')}\n\n" + t("governance.register.intro") + "\n\n" + "\n".join(reg_md),
             f"# {t('governance.reports.title')}\n\n" + "\n".join(rep_md),
             t("governance.printed", date=_dt.date.today().isoformat())]
    text = "\n\n".join(parts)
    if fmt == "markdown":
        return text
    docs = [structure_html(), house_rules(sentra, fmt="html"),
            tenant_agreement(sentra, rent_per_month=rent_per_month, fmt="html"),
            register_html(sentra), reports_html()]
    return "".join(docs)


def structure_html() -> str:
    s = structure()
    shown = pd.DataFrame({t("governance.col.who"): s["who"], t("governance.col.tasks"): s["tasks"],
                          t("governance.col.money"): s["money"]})
    return (f"<h2>{escape(t('governance.structure.title'))}</h2><p>{escape(t('governance.structure.intro'))}</p>"
            + _frame_html(shown) + f"<p><em>{escape(t('governance.local_rules'))}</em></p>")


def reg_display(reg: pd.DataFrame) -> pd.DataFrame:
    """The asset register with Indonesian column names and formatted numbers (for display)."""
    return pd.DataFrame({
        t("governance.col.machine"): reg["machine_id"] + " " + reg["name"],
        t("governance.col.acquired"): reg["acquired_year"],
        t("governance.col.value"): [rupiah(v) for v in reg["purchase_value_rp"]],
        t("governance.col.age"): [fmt_number(v) for v in reg["age_years"]],
        t("governance.col.life_left"): [fmt_number(v) for v in reg["life_left_years"]],
        t("governance.col.book_value"): [rupiah(v) for v in reg["book_value_rp"]],
        t("governance.col.condition"): reg["condition"],
    })


def reports_display(rep: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({t("governance.col.report"): rep["report"], t("governance.col.frequency"): rep["frequency"],
                         t("governance.col.to"): rep["to"], t("governance.col.basis"): rep["basis"]})


def _frame_html(df: pd.DataFrame) -> str:
    """A printable table: left-aligned text, right-aligned numbers, no index, every cell escaped."""
    cell = "padding:3px 8px;border-bottom:1px solid #ddd;vertical-align:top"
    num = [pd.api.types.is_numeric_dtype(df[c]) or df[c].astype(str).str.match(r"^(Rp\s?)?-?[\d.,]+$").all()
           for c in df.columns]
    head = "".join(f'<th style="{cell};text-align:{"right" if n else "left"}">{escape(str(c))}</th>'
                   for c, n in zip(df.columns, num))
    rows = "".join("<tr>" + "".join(f'<td style="{cell};text-align:{"right" if n else "left"}">{escape(str(v))}</td>'
                                    for v, n in zip(r, num)) + "</tr>" for r in df.itertuples(index=False))
    return (f'<div style="overflow-x:auto"><table style="border-collapse:collapse;font-family:system-ui,sans-serif;'
            f'font-size:0.92em"><tr>{head}</tr>{rows}</table></div>')


def register_html(sentra: str = "mebel", *, as_of: int = 2023) -> str:
    """The asset register as a printable HTML table with title and note."""
    return (f"<h3>{escape(t('governance.register.title'))}</h3><p>{escape(t('governance.register.intro'))}</p>"
            + _frame_html(reg_display(asset_register(sentra, as_of=as_of))))


def reports_html() -> str:
    """The reporting calendar as a printable HTML table with title."""
    return f"<h3>{escape(t('governance.reports.title'))}</h3>" + _frame_html(reports_display(reporting_calendar()))


__all__ = ["Document", "house_rules", "house_rules_document", "tenant_agreement", "tenant_agreement_document",
           "structure", "structure_markdown", "structure_html", "asset_register", "reg_display",
           "reporting_calendar", "reports_display", "register_html", "reports_html", "handout", "RULE_ARTICLES",
           "AGREEMENT_ARTICLES", "ROLES",
           "REPORTS"]
