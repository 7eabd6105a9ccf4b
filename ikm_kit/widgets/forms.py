"""Form widgets (*formulir*) for the exercises that are filled in rather than computed:
the Day-6 PDCA action plan and KPI targets, the Day-2 fishbone (6M) and 5R order.

Entries are saved in the participant's workspace (``formulir.json`` next to the
progress file) and loaded again when the cell runs after a kernel restart or a
toolkit update; the action plan and the targets export to Excel.

    >>> from ikm_kit.widgets.forms import ActionPlanForm, FishboneForm, FiveROrderForm, KpiTargetPanel
    >>> ActionPlanForm()                                  # doctest: +SKIP
"""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Mapping, Sequence

import ipywidgets as widgets
import pandas as pd

from ikm_kit.exercises import forms as F
from ikm_kit.exercises.core import evaluate
from ikm_kit.exercises.progress import ProgressStore
from ikm_kit.i18n import t
from ikm_kit.widgets.common import BaseApp, guarded


def _issues_html(issues: Sequence[F.FieldIssue]) -> str:
    if not issues:
        return ""
    items = "".join(f"<li>{html.escape(i.message)}</li>" for i in issues)
    return f'<ul class="ikm-form-issues" style="color:#A0410D;margin:.3em 0">{items}</ul>'


class _Form(BaseApp):
    """Common parts: a form id (= exercise id), a FormStore, a save button and feedback."""

    show_toolbar = False
    form_id = ""

    def __init__(self, *, form_store: F.FormStore | None = None, store: ProgressStore | None = None) -> None:
        super().__init__()
        self.form_store = form_store or F.FormStore()
        self.store = store
        self.save_button = widgets.Button(button_style="primary", icon="save")
        self.save_button.on_click(lambda _b: self.save())
        self.feedback = widgets.HTML()
        self.issues = widgets.HTML()
        self.status = widgets.HTML()   # next to the buttons: a long form's top is out of sight

    def note(self, text: str, level: str = "info") -> None:
        """Show a save/export/load note under the form's buttons."""
        self.status.value = (f'<div class="ikm-msg ikm-msg-{html.escape(level)}" role="status">'
                             f"{html.escape(str(text))}</div>")

    def _saved(self) -> Any:
        try:
            return self.form_store.load(self.form_id)
        except OSError:
            return None

    def _store_and_check(self, content: Any, answer: Any, issues: Sequence[F.FieldIssue]) -> None:
        self.form_store.save(self.form_id, content)
        fb = evaluate(self.form_id, answer, self.store)
        self.issues.value = _issues_html(issues)
        note = (t("form.saved", path=str(self.form_store.path)) if not issues
                else t("form.saved_with_issues", n=len(issues)))
        self.note(note, "ok" if not issues else "warning")
        self.feedback.value = fb._repr_html_()


# ----------------------------------------------------------------------------- action plan
class ActionPlanForm(_Form):
    """The Day-6 PDCA action plan: rows of ``problem, indicator, baseline, target, deadline, owner``.

    ``rows`` are the starting rows (e.g. worked examples) used until the participant
    saves their own.  :meth:`rows` returns the current rows, :meth:`to_frame` a table
    with Indonesian headers, :meth:`export_xlsx` writes an Excel file (formulas escaped).
    """

    title_key = "form.plan_title"
    form_id = F.ACTION_PLAN_FORM

    def __init__(self, rows: Sequence[Mapping[str, Any]] | pd.DataFrame | None = None, *,
                 export_path: str | Path | None = None, extra_sheets: Mapping[str, pd.DataFrame] | None = None,
                 form_store: F.FormStore | None = None, store: ProgressStore | None = None) -> None:
        super().__init__(form_store=form_store, store=store)
        self.export_path = Path(export_path) if export_path else Path("..") / "keluaran" / "rencana_aksi_sentra.xlsx"
        self.extra_sheets = dict(extra_sheets or {})
        self._rows_box = widgets.VBox()
        self._row_widgets: list[dict[str, widgets.Text]] = []
        self.add_button = widgets.Button(icon="plus")
        self.add_button.on_click(lambda _b: self.add_row())
        self.export_button = widgets.Button(icon="file-excel-o")
        self.export_button.on_click(lambda _b: self._on_export())
        saved = self._saved()
        start = saved if isinstance(saved, list) else (F.normalise_rows(rows) if rows is not None else [])
        for row in start or [F.empty_action_row()]:
            self.add_row(row, refresh=False)
        self._render_rows()
        buttons = widgets.HBox([self.add_button, self.save_button, self.export_button],
                               layout=widgets.Layout(flex_flow="row wrap", gap="0.4em"))
        buttons.add_class("ikm-wrap")
        self._apply_texts()
        self.set_body([self._rows_box, buttons, self.status, self.issues, self.feedback])
        if isinstance(saved, list):
            self.note(t("form.loaded", when=self.form_store.saved_at(self.form_id) or "-"), "info")

    # ----------------------------------------------------------------- rows
    def add_row(self, values: Mapping[str, Any] | None = None, refresh: bool = True) -> None:
        """Append one row (empty, or with ``values``)."""
        values = values or {}
        fields = {}
        for key in F.ACTION_PLAN_COLUMNS:
            box = widgets.Textarea if key == "problem" else widgets.Text
            fields[key] = box(value=str(values.get(key, "") or ""),
                              layout=widgets.Layout(width="100%" if key == "problem" else "15em",
                                                    min_width="12em"))
            fields[key].add_class(f"ikm-plan-{key}")
        self._row_widgets.append(fields)
        if refresh:
            self._render_rows()

    def remove_row(self, index: int) -> None:
        """Remove row ``index`` (0-based); one empty row stays when the last is removed."""
        if 0 <= index < len(self._row_widgets):
            del self._row_widgets[index]
        if not self._row_widgets:
            self.add_row(refresh=False)
        self._render_rows()

    def _render_rows(self) -> None:
        boxes = []
        for i, fields in enumerate(self._row_widgets):
            remove = widgets.Button(description=t("form.remove_row"), icon="trash",
                                    layout=widgets.Layout(width="auto"))
            remove.on_click(lambda _b, i=i: self.remove_row(i))
            cells = []
            for key in F.ACTION_PLAN_COLUMNS:
                label = widgets.HTML(f"<b>{html.escape(t(f'form.col_{key}'))}</b>")
                fields[key].placeholder = t(f"form.placeholder_{key}")
                cells.append(widgets.VBox([label, fields[key]],
                                          layout=widgets.Layout(width="100%" if key == "problem" else "auto")))
            grid = widgets.HBox(cells, layout=widgets.Layout(flex_flow="row wrap", gap="0.3em 0.8em"))
            grid.add_class("ikm-wrap")
            head = widgets.HTML(f"<b>{html.escape(t('form.row_label', n=i + 1))}</b>")
            row = widgets.VBox([head, grid, widgets.HBox([remove])], layout=widgets.Layout(
                border="1px solid #ccc", padding="0.4em", margin="0 0 0.5em 0", width="100%"))
            row.add_class("ikm-plan-row")
            boxes.append(row)
        self._rows_box.children = tuple(boxes)

    def rows(self) -> list[dict[str, str]]:
        """The current rows as dicts with the keys ``problem, indicator, baseline, target, deadline, owner``."""
        return [{k: w.value.strip() for k, w in fields.items()} for fields in self._row_widgets]

    def set_rows(self, rows: Sequence[Mapping[str, Any]] | pd.DataFrame) -> None:
        self._row_widgets = []
        for row in F.normalise_rows(rows) or [F.empty_action_row()]:
            self.add_row(row, refresh=False)
        self._render_rows()

    def validate(self) -> list[F.FieldIssue]:
        return F.validate_action_plan(self.rows())

    def to_frame(self) -> pd.DataFrame:
        """The filled rows with Indonesian headers (``No, Masalah, Indikator, ...``)."""
        return F.action_plan_frame(self.rows())

    # ----------------------------------------------------------------- actions
    @guarded
    def save(self) -> None:
        """Save the rows (also when incomplete, as a draft) and check them."""
        rows = self.rows()
        issues = self.validate()
        self._mark(issues)
        self._store_and_check(rows, rows, issues)

    def _mark(self, issues: Sequence[F.FieldIssue]) -> None:
        """Outline the boxes that need fixing (the messages below name row and column)."""
        wrong = {(i.row, i.field) for i in issues}
        for r, fields in enumerate(self._row_widgets):
            for key, box in fields.items():
                box.layout.border = "2px solid #D55E00" if (r, key) in wrong else ""

    def export_xlsx(self, path: str | Path | None = None) -> Path:
        """Write the plan (and ``extra_sheets``) to an Excel file; returns its path."""
        from ikm_kit import data

        target = Path(path) if path else self.export_path
        target.parent.mkdir(parents=True, exist_ok=True)
        frames = {t("form.sheet_plan"): self.to_frame(), **self.extra_sheets}
        return data.write_xlsx(frames, target)

    @guarded
    def _on_export(self) -> None:
        self.save()
        written = self.export_xlsx()
        self.note(t("form.exported", path=str(written.resolve())), "ok")

    def _apply_texts(self) -> None:
        self.add_button.description = t("form.add_row")
        self.save_button.description = t("form.save")
        self.export_button.description = t("form.export")
        if self._row_widgets:
            self._render_rows()


# ----------------------------------------------------------------------------- KPI targets
class KpiTargetPanel(_Form):
    """The group's targets for the five KPI (typed in percent, kept as fractions).

    :meth:`targets` → ``{"occupancy": 0.75, ...}``; :meth:`series` → the same with the
    notebook's Indonesian KPI names as index (for the *papan KPI* table).
    """

    title_key = "form.kpi_title"
    form_id = F.KPI_TARGET_FORM

    def __init__(self, *, form_store: F.FormStore | None = None, store: ProgressStore | None = None) -> None:
        super().__init__(form_store=form_store, store=store)
        from ikm_kit import formats

        saved = self._saved()
        values = saved if isinstance(saved, dict) else {k: formats.number(v * 100, 0)
                                                        for k, v in F.default_kpi_targets().items()}
        self.boxes = {key: widgets.Text(value=str(values.get(key, "")), layout=widgets.Layout(width="7em"))
                      for key, *_ in F.KPI_TARGETS}
        self.labels = {key: widgets.HTML() for key in self.boxes}
        rows = [widgets.HBox([self.labels[k], self.boxes[k], widgets.HTML("%")],
                             layout=widgets.Layout(align_items="center", flex_flow="row wrap"))
                for k in self.boxes]
        self._apply_texts()
        self.set_body([*rows, self.save_button, self.status, self.issues, self.feedback])

    def raw(self) -> dict[str, str]:
        return {k: b.value for k, b in self.boxes.items()}

    def targets(self) -> dict[str, float]:
        """Targets as fractions (InputError with an Indonesian message when one is wrong)."""
        return F.kpi_targets(self.raw())

    def series(self) -> pd.Series:
        """Targets indexed by the Indonesian KPI names of the notebook's *papan KPI*; empty/invalid → NaN."""
        values = {}
        for key, label, _default, _lower in F.KPI_TARGETS:
            try:
                values[t(label, lang="id")] = F.read_share(self.boxes[key].value)
            except ValueError:
                values[t(label, lang="id")] = float("nan")
        return pd.Series(values, name="target")

    def to_frame(self) -> pd.DataFrame:
        return pd.DataFrame({t("form.col_kpi"): [t(label) for _k, label, *_ in F.KPI_TARGETS],
                             t("form.col_target_pct"): [round(v * 100, 2) for v in self.series().tolist()]})

    @guarded
    def save(self) -> None:
        raw = self.raw()
        self._store_and_check(raw, raw, F.validate_kpi_targets(raw))

    def _apply_texts(self) -> None:
        self.save_button.description = t("form.save")
        for key, label, *_ in F.KPI_TARGETS:
            self.labels[key].value = f"<span style='display:inline-block;min-width:16em'>{html.escape(t(label))}</span>"


# ----------------------------------------------------------------------------- fishbone
class FishboneForm(_Form):
    """A fishbone (Ishikawa, 6M) as six columns of text boxes; checked by ``02.fishbone_belang``
    (causes, not symptoms and not solutions such as "beli mesin baru").

    :meth:`causes` → ``{"manusia": [...], ...}``; :meth:`fishbone` → :class:`ikm_kit.quality.Fishbone`
    for ``fishbone_figure``.
    """

    title_key = "form.fishbone_title"
    form_id = F.FISHBONE_FORM

    def __init__(self, effect: str = "Finishing belang pada lemari 2 badan", *, boxes: int = 3,
                 form_store: F.FormStore | None = None, store: ProgressStore | None = None) -> None:
        super().__init__(form_store=form_store, store=store)
        from ikm_kit.quality import SIX_M

        saved = self._saved()
        saved = saved if isinstance(saved, dict) else {}
        self.effect = widgets.Text(value=str(saved.get("effect", effect)), layout=widgets.Layout(width="100%"))
        self.effect_label = widgets.HTML()
        causes = saved.get("causes", {}) if isinstance(saved.get("causes"), dict) else {}
        self.columns: dict[str, widgets.VBox] = {}
        self.headers: dict[str, widgets.HTML] = {}
        self.add_buttons: dict[str, widgets.Button] = {}
        cols = []
        for cat in SIX_M:
            items = [str(c) for c in causes.get(cat, [])]
            items += [""] * max(0, boxes - len(items))
            self.columns[cat] = widgets.VBox([self._box(v) for v in items])
            self.headers[cat] = widgets.HTML()
            add = widgets.Button(icon="plus", layout=widgets.Layout(width="auto"))
            add.on_click(lambda _b, cat=cat: self._add_box(cat))
            self.add_buttons[cat] = add
            cols.append(widgets.VBox([self.headers[cat], self.columns[cat], add],
                                     layout=widgets.Layout(width="15em", margin="0 0.6em 0.6em 0")))
        grid = widgets.HBox(cols, layout=widgets.Layout(flex_flow="row wrap"))
        grid.add_class("ikm-wrap")
        self._apply_texts()
        self.set_body([self.effect_label, self.effect, grid, self.save_button, self.status, self.issues,
                       self.feedback])

    def _box(self, value: str = "") -> widgets.Text:
        return widgets.Text(value=value, placeholder=t("form.placeholder_cause"),
                            layout=widgets.Layout(width="100%"))

    def _add_box(self, category: str) -> None:
        self.columns[category].children = (*self.columns[category].children, self._box())

    def set_causes(self, causes: Mapping[str, Sequence[str]]) -> None:
        """Fill the columns (``{"mesin": ["nosel tersumbat"], ...}``; 6M names in Indonesian)."""
        clean = F.clean_causes(causes)
        for cat, items in clean.items():
            boxes = list(self.columns[cat].children)
            while len(boxes) < len(items):
                boxes.append(self._box())
            for box, value in zip(boxes, items + [""] * (len(boxes) - len(items))):
                box.value = value
            self.columns[cat].children = tuple(boxes)

    def causes(self) -> dict[str, list[str]]:
        return F.clean_causes({cat: [b.value for b in col.children] for cat, col in self.columns.items()})

    def fishbone(self):
        """The diagram as :class:`ikm_kit.quality.Fishbone` (for ``fishbone_figure``)."""
        from ikm_kit.quality import fishbone

        return fishbone(self.effect.value.strip() or "-", self.causes())

    @guarded
    def save(self) -> None:
        causes = self.causes()
        issues = [F.FieldIssue(None, cat, t("form.fishbone_solution", entry=entry, n=1))
                  for cat, entry in F.fishbone_solutions(causes)]
        self._store_and_check({"effect": self.effect.value, "causes": causes}, self.fishbone(), issues)

    def _apply_texts(self) -> None:
        from ikm_kit.quality.tools import six_m_label

        self.save_button.description = t("exercises.check_button") + " & " + t("form.save").lower()
        self.effect_label.value = f"<b>{html.escape(t('form.effect_label'))}</b>"
        for cat, header in self.headers.items():
            header.value = f"<b>{html.escape(six_m_label(cat))}</b>"
            self.add_buttons[cat].description = t("form.add_cause")


# ----------------------------------------------------------------------------- 5R order
class FiveROrderForm(_Form):
    """Put the five R's in order with five drop-downs; checked by ``02.urutan_5r``."""

    title_key = "form.five_r_title"
    form_id = F.FIVE_R_FORM

    def __init__(self, *, form_store: F.FormStore | None = None, store: ProgressStore | None = None) -> None:
        super().__init__(form_store=form_store, store=store)
        saved = self._saved()
        saved = saved if isinstance(saved, list) and len(saved) == 5 else [None] * 5
        self.dropdowns = [widgets.Dropdown(layout=widgets.Layout(width="14em")) for _ in range(5)]
        self.position_labels = [widgets.HTML() for _ in range(5)]
        self._apply_texts()
        for dd, value in zip(self.dropdowns, saved):
            if value in {v for _l, v in F.five_r_options()}:
                dd.value = value
        rows = [widgets.HBox([lab, dd], layout=widgets.Layout(align_items="center"))
                for lab, dd in zip(self.position_labels, self.dropdowns)]
        self.set_body([*rows, self.save_button, self.issues, self.feedback])

    def order(self) -> list[str | None]:
        return [dd.value for dd in self.dropdowns]

    def set_order(self, order: Sequence[str]) -> None:
        for dd, value in zip(self.dropdowns, order):
            dd.value = str(value).strip().lower()

    @guarded
    def save(self) -> None:
        order = self.order()
        issues = F.validate_five_r(order)
        self.form_store.save(self.form_id, order)
        self.issues.value = _issues_html(issues)
        if issues:  # an incomplete order is not an attempt
            self.feedback.value = ""
            return
        self.feedback.value = evaluate(self.form_id, list(order), self.store)._repr_html_()

    def _apply_texts(self) -> None:
        self.save_button.description = t("exercises.check_button")
        options = [(t("form.choose"), None), *F.five_r_options()]
        for i, (dd, lab) in enumerate(zip(self.dropdowns, self.position_labels), start=1):
            value = dd.value
            dd.options = options
            dd.value = value if value in {v for _l, v in options} else None
            lab.value = f"<span style='display:inline-block;min-width:6em'>{html.escape(t('form.position', n=i))}</span>"


__all__ = ["ActionPlanForm", "KpiTargetPanel", "FishboneForm", "FiveROrderForm"]
