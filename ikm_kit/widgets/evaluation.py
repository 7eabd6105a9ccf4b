"""Pre/post test widgets: the participant's test and the trainer's class report.

    >>> from ikm_kit.widgets.evaluation import PrePostTest, EvaluationClassApp
    >>> PrePostTest("pre")                     # doctest: +SKIP   (Day 0 notebook)
    >>> EvaluationClassApp("/home/*/.ikm-kit/evaluasi.json")   # doctest: +SKIP

``ClassSummaryApp`` (``widgets.exercises``) shows :class:`EvaluationClassApp`
in its own tab through :func:`class_tab`.
"""
from __future__ import annotations

import base64
import html
from typing import Any

import ipywidgets as widgets
import pandas as pd

from ikm_kit import evaluation as ev
from ikm_kit import formats
from ikm_kit.i18n import t
from ikm_kit.widgets.common import BaseApp, guarded

_XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class PrePostTest(BaseApp):
    """The test for one participant: ``form`` = ``"pre"`` (Day 0) or ``"post"`` (Day 6).

    Answers are saved (atomically) to ``evaluasi.json`` next to the exercise progress; correct
    answers are never shown here.
    """

    show_toolbar = False

    def __init__(self, form: str = "pre", store: ev.EvaluationStore | None = None) -> None:
        super().__init__()
        self.form = ev._check_form(form)
        self.store = store or ev.EvaluationStore()
        self.heading = widgets.HTML()
        self.intro = widgets.HTML()
        self.prompts: dict[str, widgets.HTML] = {}
        self.controls: dict[str, widgets.Widget] = {}
        self.units: dict[str, widgets.HTML] = {}
        saved = self.store.answers(self.form)
        rows: list[widgets.Widget] = []
        for it in ev.ITEMS:
            prompt = widgets.HTML()
            if it.kind == "choice":
                control = widgets.RadioButtons(options=[], value=None, layout=widgets.Layout(width="auto"))
            else:
                control = widgets.Text(layout=widgets.Layout(width="12em"))
            unit = widgets.HTML()
            self.prompts[it.id], self.controls[it.id], self.units[it.id] = prompt, control, unit
            line = widgets.HBox([control, unit], layout=widgets.Layout(flex_flow="row wrap", align_items="center",
                                                                       gap="0.4em"))
            rows.append(widgets.VBox([prompt, line], layout=widgets.Layout(margin="0 0 0.6em 0")))
        self.save_button = widgets.Button(button_style="primary", icon="save")
        self.save_button.on_click(self._on_save)
        self.status = widgets.HTML()
        self._apply_texts()
        for it in ev.ITEMS:
            value = saved.get(it.id)
            if value is None:
                continue
            control = self.controls[it.id]
            if it.kind == "choice":
                if value in it.options:
                    control.value = value
            else:
                control.value = value
        self.set_body([self.heading, self.intro, *rows, widgets.HBox([self.save_button, self.status])])

    def _apply_texts(self) -> None:
        self.heading.value = f"<h3>{html.escape(t(f'eval.title_{self.form}'))}</h3>"
        self.intro.value = f"<p>{t('eval.intro')}</p>"
        for n, it in enumerate(ev.ITEMS, start=1):
            self.prompts[it.id].value = (f"<b>{n}.</b> {html.escape(it.question(self.form))} "
                                         f"<span style='color:#666'>({html.escape(t('eval.day_label', day=it.day))})</span>")
            control = self.controls[it.id]
            if it.kind == "choice":
                current = control.value
                control.options = [(f"{ev.LETTERS[i]}. {label}", key)
                                   for i, (label, key) in enumerate(it.option_labels(self.form))]
                control.value = current
            else:
                control.placeholder = t("eval.number_placeholder")
                self.units[it.id].value = html.escape(it.unit)
        self.save_button.description = t("eval.save")

    def answers(self) -> dict[str, str]:
        """The answers as entered (choice: option key; number: the text typed)."""
        out = {}
        for it in ev.ITEMS:
            v = self.controls[it.id].value
            if v is not None and str(v).strip():
                out[it.id] = str(v).strip()
        return out

    @guarded
    def _on_save(self, _button: Any = None) -> None:
        answers = self.answers()
        self.store.save(self.form, answers)
        now = pd.Timestamp.now().strftime("%H:%M")
        self.status.value = html.escape(t("eval.saved", n=len(answers), total=len(ev.ITEMS), time=now))


def _pct(v: float) -> str:
    return "–" if v is None or pd.isna(v) else f"{formats.number(v, 1)} %"


def _gain(v: float) -> str:
    return "–" if v is None or pd.isna(v) else formats.number(v, 2)


def report_html(report: ev.ClassReport) -> str:
    """The class report as HTML: summary, per participant, per day, the gain formula."""
    parts = [report._repr_html_()]
    p = report.participants
    rows = "".join(
        f"<tr><td>{html.escape(str(r.participant))}</td><td>{_pct(r.pre_pct)}</td><td>{_pct(r.post_pct)}</td>"
        f"<td>{_gain(r.gain)}</td></tr>" for r in p.itertuples(index=False))
    parts.append(f"<table class='ikm-table'><tr><th>{t('eval.col_participant')}</th><th>{t('eval.col_pre_pct')}</th>"
                 f"<th>{t('eval.col_post_pct')}</th><th>{t('eval.col_gain')}</th></tr>{rows}</table>")
    rows = "".join(
        f"<tr><td>{html.escape(t('eval.day_label', day=r.day))}</td><td>{r.items}</td><td>{_pct(r.pre_pct)}</td>"
        f"<td>{_pct(r.post_pct)}</td><td>{_gain(r.gain)}</td></tr>" for r in report.topics.itertuples(index=False))
    parts.append(f"<table class='ikm-table'><tr><th>{t('eval.col_day')}</th><th>{t('eval.col_items')}</th>"
                 f"<th>{t('eval.col_pre_pct')}</th><th>{t('eval.col_post_pct')}</th><th>{t('eval.col_gain')}</th></tr>"
                 f"{rows}</table>")
    parts.append(f"<p style='font-size:90%;color:#444'>{html.escape(t('eval.gain_formula'))}</p>")
    return "".join(parts)


class EvaluationClassApp(BaseApp):
    """For the trainer: pre/post results of every participant (hub files and/or a typed paper score sheet),
    per participant and per day, the class's normalized gain, and an XLSX for the activity report."""

    title_key = "eval.report_title"
    show_toolbar = False

    def __init__(self, pattern: str = "/home/*/.ikm-kit/evaluasi.json") -> None:
        super().__init__()
        self.pattern = widgets.Text(value=pattern, layout=widgets.Layout(width="100%", max_width="40em"))
        self.refresh_button = widgets.Button(icon="refresh")
        self.refresh_button.on_click(lambda _b: self._refresh())
        self.upload = widgets.FileUpload(accept=".xlsx", multiple=False)
        self.upload.observe(self._on_upload, names="value")
        self.upload_label = widgets.HTML()
        self.export_button = widgets.Button(icon="download")
        self.export_button.on_click(self._on_export)
        self.download_link = widgets.HTML()
        self.output = widgets.HTML()
        self.paper: dict[str, dict[str, dict[str, str]]] = {}
        self.report: ev.ClassReport | None = None
        self._apply_texts()
        self.set_body([widgets.HBox([self.pattern, self.refresh_button]),
                       widgets.HBox([self.upload_label, self.upload], layout=widgets.Layout(align_items="center")),
                       self.output, widgets.HBox([self.export_button, self.download_link])])
        self._refresh()

    def _apply_texts(self) -> None:
        self.refresh_button.description = t("exercises.refresh")
        self.upload_label.value = html.escape(t("eval.sheet_label"))
        self.upload.description = "XLSX"
        self.export_button.description = t("eval.export")

    def refresh(self) -> None:
        self._refresh()

    def results(self) -> dict[str, dict[str, dict[str, str]]]:
        """Hub/home files merged with the typed paper sheet (the sheet wins for the same name and test)."""
        return ev.merge_results(ev.results_from_pattern(self.pattern.value), self.paper)

    @guarded
    def _refresh(self) -> None:
        results = self.results()
        if not results:
            self.report = None
            self.output.value = f"<p>{html.escape(t('eval.no_results'))}</p>"
            return
        self.report = ev.class_report(results)
        self.output.value = report_html(self.report)

    @guarded
    def _on_upload(self, change: dict) -> None:
        from ikm_kit.data.uploads import upload_content

        files = change["new"]
        if not files:
            return
        name, content = upload_content(files[0] if isinstance(files, (list, tuple)) else next(iter(files.values())))
        self.paper = ev.read_score_sheet(content, name)
        self.clear_message()
        self._refresh()

    @guarded
    def _on_export(self, _button: Any = None) -> None:
        if self.report is None:
            self.show_message(t("eval.no_results"), "warning")
            return
        import tempfile
        from pathlib import Path

        with tempfile.TemporaryDirectory() as tmp:
            data = ev.report_to_xlsx(self.report, Path(tmp) / "tes.xlsx").read_bytes()
        b64 = base64.b64encode(data).decode("ascii")
        self.download_link.value = (f'<a download="hasil_tes_awal_akhir.xlsx" href="data:{_XLSX_MIME};base64,{b64}" '
                                    f'style="font-weight:600">hasil_tes_awal_akhir.xlsx</a>')


def class_tab(progress_pattern: str) -> EvaluationClassApp:
    """The evaluation tab of ``ClassSummaryApp``: test files next to the progress files of ``progress_pattern``."""
    return EvaluationClassApp(progress_pattern.replace(ev_progress_name(), ev.FILE_NAME))


def ev_progress_name() -> str:
    from ikm_kit.exercises.progress import FILE_NAME

    return FILE_NAME
