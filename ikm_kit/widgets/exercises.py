"""Widget answers and progress for exercises (*Latihan*).

    >>> from ikm_kit.widgets.exercises import ChoiceQuestion, NumberQuestion, ProgressBoard
    >>> ChoiceQuestion("00.jalankan_sel", [("Enter", "enter"), ("Shift + Enter", "shift+enter")])
"""
from __future__ import annotations

import glob
import html
from typing import Any, Sequence

import ipywidgets as widgets

from ikm_kit.exercises.core import evaluate, get, registry, remember_options
from ikm_kit.exercises.progress import ProgressStore, class_status
from ikm_kit.i18n import t
from ikm_kit.widgets.common import BaseApp, guarded


class _Question(BaseApp):
    show_toolbar = False

    def __init__(self, exercise_id: str, control: widgets.Widget, store: ProgressStore | None = None) -> None:
        super().__init__()
        self.exercise = get(exercise_id)
        self.store = store
        self.control = control
        self.button = widgets.Button(button_style="primary")
        self.button.on_click(self._on_check)
        self.feedback = widgets.HTML()
        self.prompt = widgets.HTML()
        self._apply_texts()
        row = widgets.HBox([self.control, self.button], layout=widgets.Layout(flex_flow="row wrap", align_items="center"))
        row.add_class("ikm-wrap")
        self.set_body([self.prompt, row, self.feedback])

    def _apply_texts(self) -> None:
        self.button.description = t("exercises.check_button")
        self.prompt.value = f"<b>{self.exercise.title}</b>"

    def answer(self) -> Any:
        return self.control.value

    @guarded
    def _on_check(self, _button: Any = None) -> None:
        fb = evaluate(self.exercise.id, self.answer(), self.store)
        self.feedback.value = fb._repr_html_()


class ChoiceQuestion(_Question):
    """Multiple choice: ``options`` as labels or ``(label, value)`` pairs."""

    def __init__(self, exercise_id: str, options: Sequence[Any], *, multiple: bool = False,
                 store: ProgressStore | None = None) -> None:
        remember_options(exercise_id, [(o[1], o[0]) if isinstance(o, (tuple, list)) else (o, str(o))
                                       for o in options])
        if multiple:
            control = widgets.SelectMultiple(options=list(options), rows=min(len(options), 8))
        else:
            control = widgets.RadioButtons(options=list(options), value=None,
                                           layout=widgets.Layout(width="auto"))
        super().__init__(exercise_id, control, store)

    def answer(self) -> Any:
        value = self.control.value
        return set(value) if isinstance(value, tuple) else value


class NumberQuestion(_Question):
    """A number typed in Indonesian or English notation (``1.250.000`` / ``12,5``)."""

    def __init__(self, exercise_id: str, *, placeholder: str = "", store: ProgressStore | None = None) -> None:
        control = widgets.Text(placeholder=placeholder, layout=widgets.Layout(width="14em"))
        super().__init__(exercise_id, control, store)
        control.on_submit(lambda _w: self._on_check())


class ProgressBoard(BaseApp):
    """What this participant has done: per exercise of the given days (e.g. ``"03"``)."""

    title_key = "exercises.progress_title"
    show_toolbar = False

    def __init__(self, days: Sequence[str] | str | None = None, store: ProgressStore | None = None) -> None:
        super().__init__()
        self.days = [days] if isinstance(days, str) else (list(days) if days else None)
        self.store = store or ProgressStore()
        self.bar = widgets.IntProgress(min=0, max=1, value=0, layout=widgets.Layout(width="100%"))
        self.summary = widgets.HTML()
        self.table = widgets.HTML()
        self.refresh_button = widgets.Button()
        self.refresh_button.on_click(lambda _b: self._refresh())
        self._apply_texts()
        self.set_body([self.summary, self.bar, self.table, self.refresh_button])
        self._refresh()

    def _apply_texts(self) -> None:
        self.refresh_button.description = t("exercises.refresh")

    def refresh(self) -> None:
        self._refresh()

    @guarded
    def _refresh(self) -> None:
        exercises = [e for e in registry().values() if self.days is None or e.day in self.days]
        done = 0
        rows = []
        for ex in exercises:  # registration order = the order in the notebooks
            state = self.store.get(ex.id)
            if state.passed:
                done += 1
                status = "✔ " + t("checker.status_done_revealed" if state.revealed else "exercises.status_done")
            elif state.attempts:
                status = "✘ " + t("exercises.status_tried", n=state.attempts)
            else:
                status = "○ " + t("exercises.status_todo")
            rows.append(f"<tr><td style='padding:2px 8px'>{ex.title}</td><td style='padding:2px 8px'>{status}</td></tr>")
        self.bar.max = max(len(exercises), 1)
        self.bar.value = done
        self.summary.value = f"<b>{t('exercises.progress_summary', done=done, total=len(exercises))}</b>"
        self.table.value = "<table>" + "".join(rows) + "</table>"


class ClassSummaryApp(BaseApp):
    """For the trainer: combine progress files of all participants on one server.

    ``pattern`` is a glob such as ``/home/*/.ikm-kit/progres.json``.
    """

    title_key = "exercises.class_title"

    def __init__(self, pattern: str = "/home/*/.ikm-kit/progres.json") -> None:
        super().__init__()
        self.pattern = widgets.Text(value=pattern, layout=widgets.Layout(width="100%", max_width="40em"))
        self.refresh_button = widgets.Button()
        self.refresh_button.on_click(lambda _b: self._refresh())
        self.output = widgets.HTML()
        self._apply_texts()
        self.set_body([widgets.HBox([self.pattern, self.refresh_button]), self.output])
        self._refresh()
        # pre/post test results of the same participants (ikm_kit.widgets.evaluation)
        from ikm_kit.widgets.evaluation import class_tab

        self.evaluation = class_tab(pattern)
        self.body.children += (self.evaluation,)

    def _apply_texts(self) -> None:
        self.refresh_button.description = t("exercises.refresh")

    def refresh(self) -> None:
        self._refresh()

    @guarded
    def _refresh(self) -> None:
        paths = sorted(glob.glob(self.pattern.value))
        table = class_summary_table(paths)
        if table.empty:
            self.output.value = f"<p>{t('exercises.no_participants')}</p>"
            return
        self.output.value = (table.to_html(index=False, escape=True)
                             + f"<p style='font-size:90%'>{html.escape(t('checker.class_legend'))}</p>")


def class_summary_table(paths: Sequence[str]):
    """The trainer's table: one row per participant, one column per exercise with
    ``✔ benar (n×)``, ``◐ dibuka (n×)`` (passed after the answer was revealed) or
    ``✘ dicoba (n×)``, and ``lulus`` = exercises answered without the reveal."""
    import pandas as pd

    long = class_status(paths)
    if long.empty:
        return pd.DataFrame()
    long["cell"] = [t(f"checker.status_{s}", n=n) for s, n in zip(long["status"], long["attempts"])]
    wide = long.pivot_table(index="participant", columns="exercise", values="cell", aggfunc="first",
                            fill_value="")
    own = long[long["status"] == "benar"].groupby("participant").size()
    wide.insert(0, t("exercises.col_passed"), own.reindex(wide.index, fill_value=0).astype(int))
    wide = wide.reset_index().rename(columns={"participant": t("exercises.col_participant")})
    wide.columns.name = None
    return wide
