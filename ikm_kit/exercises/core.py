"""Exercises with instant feedback: ``cek(exercise_id, answer)``.

Each day's exercises are registered in ``ikm_kit/exercises/dayN.py`` with the
builders below; expected answers are computed from the shipped data or the
toolkit (callables, evaluated on first use), never typed in by hand.  Texts
(titles, hints, typical-mistake explanations) live in the i18n catalogue.

    >>> from ikm_kit import cek
    >>> cek("00.coba", 480000)            # doctest: +SKIP
    ✔ Benar! ...

Feedback is graded: the first wrong attempt gets the first hint (*Petunjuk 1*),
the next the second, and so on; an answer matching a known typical mistake
(e.g. Cp computed with the overall sigma) gets the explanation of that mistake.
Every attempt is recorded locally (:mod:`ikm_kit.exercises.progress`).
"""
from __future__ import annotations

import html
import math
import os
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

from ikm_kit import formats
from ikm_kit.errors import IkmError
from ikm_kit.exercises.progress import ProgressStore
from ikm_kit.i18n import has_key, t

_REGISTRY: dict[str, "Exercise"] = {}


class AnswerError(IkmError):
    """Raised instead of showing feedback when ``IKM_CEK_STRICT=1`` and an answer is wrong
    (used to prove that the trainer edition's answers pass every check)."""


@dataclass
class Verdict:
    correct: bool
    mistake_key: str | None = None


@dataclass
class Exercise:
    """One exercise: ``id`` like ``"03.cp_within"`` (day, dot, name).

    ``check(answer) -> Verdict``; ``hints`` are i18n keys shown one by one on
    wrong attempts; ``explanation`` (i18n key) is shown when correct.
    """

    id: str
    check: Callable[[Any], Verdict]
    hints: Sequence[str] = ()
    explanation: str | None = None
    expected_text: Callable[[], str] | None = None

    @property
    def day(self) -> str:
        return self.id.split(".", 1)[0]

    @property
    def title(self) -> str:
        key = f"ex.{self.id.replace('.', '_')}.title"
        return t(key) if has_key(key) else self.id


def register(exercise: Exercise) -> Exercise:
    if exercise.id in _REGISTRY:
        raise RuntimeError(f"exercise {exercise.id!r} registered twice")
    _REGISTRY[exercise.id] = exercise
    return exercise


def registry() -> dict[str, Exercise]:
    _load_days()
    return dict(_REGISTRY)


def get(exercise_id: str) -> Exercise:
    _load_days()
    try:
        return _REGISTRY[exercise_id]
    except KeyError:
        from ikm_kit.errors import InputError

        raise InputError(t("exercises.unknown", value=exercise_id,
                           valid=", ".join(sorted(_REGISTRY)) or "-")) from None


_loaded = False


def _load_days() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    import importlib
    import pkgutil
    from pathlib import Path

    # the dayN modules beside this file (found by path: importing the package from here
    # would make ikm_kit.exercises and ikm_kit.exercises.core import each other)
    for info in sorted(pkgutil.iter_modules([str(Path(__file__).parent)]), key=lambda m: m.name):
        if info.name.startswith("day"):
            importlib.import_module(f"ikm_kit.exercises.{info.name}")


# ------------------------------------------------------------------ builders
def _value(expected: Any) -> Any:
    return expected() if callable(expected) else expected


def _as_number(answer: Any) -> float | None:
    if isinstance(answer, bool) or answer is None:
        return None
    if isinstance(answer, str):
        try:
            value = formats.parse_number(answer)
        except ValueError:
            return None
        return value if math.isfinite(value) else None
    try:
        value = float(answer)
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None


def _close(a: float, b: float, tol: float, rel: bool) -> bool:
    if rel:
        return abs(a - b) <= tol * max(abs(b), 1e-12)
    return abs(a - b) <= tol


def numeric(exercise_id: str, expected: Any, *, tol: float = 0.01, rel: bool = True,
            hints: Sequence[str] = (), mistakes: Iterable[tuple[Any, str]] = (),
            explanation: str | None = None, unit: str = "", decimals: int | None = None) -> Exercise:
    """A number answer (``Rp 1.250.000``, ``12,5`` and ``12.5`` all accepted).

    ``expected`` may be a callable computing the value; ``tol`` is relative
    (default 1 %) unless ``rel=False``.  ``mistakes`` pairs a wrong value
    (or callable) with the i18n key explaining that typical mistake.
    """
    mistakes = list(mistakes)

    def check(answer: Any) -> Verdict:
        value = _as_number(answer)
        if value is None:
            return Verdict(False, "exercises.not_a_number")
        target = float(_value(expected))
        if _close(value, target, tol, rel):
            return Verdict(True)
        for wrong, key in mistakes:
            w = _value(wrong)
            if w is not None and _close(value, float(w), tol, rel):
                return Verdict(False, key)
        return Verdict(False)

    def expected_text() -> str:
        target = float(_value(expected))
        if decimals is not None:
            places = decimals
        elif float(target).is_integer() or abs(target) >= 100:
            places = 0
        else:  # enough places to show the first three significant digits
            places = min(6, max(2, 3 - int(math.floor(math.log10(abs(target)))) - 1)) if target else 2
        shown = formats.rupiah(target) if unit == "Rp" else formats.number(target, places)
        return f"{shown} {unit}".strip() if unit != "Rp" else shown

    return register(Exercise(exercise_id, check, hints, explanation, expected_text))


def choice(exercise_id: str, correct: Any, *, hints: Sequence[str] = (),
           mistakes: Iterable[tuple[Any, str]] = (), explanation: str | None = None) -> Exercise:
    """A choice answer (one value, or a set of values for multi-select; case-insensitive text)."""
    mistakes = list(mistakes)

    def norm(x: Any) -> Any:
        if isinstance(x, str):
            return " ".join(x.lower().split())
        if isinstance(x, (set, frozenset, list, tuple)):
            return frozenset(norm(i) for i in x)
        return x

    def check(answer: Any) -> Verdict:
        a = norm(answer)
        if a == norm(_value(correct)):
            return Verdict(True)
        for wrong, key in mistakes:
            if a == norm(_value(wrong)):
                return Verdict(False, key)
        return Verdict(False)

    def expected_text() -> str:
        c = _value(correct)
        return ", ".join(sorted(map(str, c))) if isinstance(c, (set, frozenset, list, tuple)) else str(c)

    return register(Exercise(exercise_id, check, hints, explanation, expected_text))


def custom(exercise_id: str, check: Callable[[Any], Verdict | bool], *, hints: Sequence[str] = (),
           explanation: str | None = None) -> Exercise:
    """An exercise with its own check function (returning a Verdict or a bool)."""

    def wrapped(answer: Any) -> Verdict:
        try:
            result = check(answer)
        except IkmError:
            return Verdict(False, "exercises.answer_invalid")
        except Exception:  # noqa: BLE001 - a participant's odd answer must not break the check
            return Verdict(False, "exercises.answer_invalid")
        return result if isinstance(result, Verdict) else Verdict(bool(result))

    return register(Exercise(exercise_id, wrapped, hints, explanation))


# ------------------------------------------------------------------ feedback
@dataclass
class Feedback:
    """What ``cek`` says: shown as a coloured box in a notebook."""

    exercise_id: str
    status: str  # "benar", "salah", "kosong"
    message: str
    hint: str = ""
    attempts: int = 0
    details: dict = field(default_factory=dict)

    @property
    def correct(self) -> bool:
        return self.status == "benar"

    def __str__(self) -> str:
        parts = [self.message]
        if self.hint:
            parts.append(self.hint)
        return "\n".join(parts)

    def _repr_html_(self) -> str:
        colours = {"benar": ("#e6f4ee", "#009E73", "✔"), "salah": ("#fdecea", "#D55E00", "✘"),
                   "kosong": ("#e8f1f8", "#0072B2", "✎")}
        bg, border, icon = colours[self.status]
        hint = (f'<div style="margin-top:.3em"><b>{html.escape(t("exercises.hint_label"))}</b> '
                f"{html.escape(self.hint)}</div>") if self.hint else ""
        return (f'<div class="ikm-feedback" style="background:{bg};border-left:4px solid {border};'
                f'padding:.5em .8em;border-radius:6px;margin:.3em 0">'
                f"<b>{icon} {html.escape(self.message)}</b>{hint}</div>")

    def __repr__(self) -> str:
        return str(self)


def strict() -> bool:
    return os.environ.get("IKM_CEK_STRICT", "") not in ("", "0", "false")


def evaluate(exercise_id: str, answer: Any, store: ProgressStore | None = None) -> Feedback:
    """Check ``answer`` for ``exercise_id``, record the attempt, return the feedback."""
    exercise = get(exercise_id)
    if answer is Ellipsis or answer is None or (isinstance(answer, str) and not answer.strip()):
        if strict():
            raise AnswerError(t("exercises.empty", title=exercise.title))
        return Feedback(exercise_id, "kosong", t("exercises.empty", title=exercise.title))
    verdict = exercise.check(answer)
    store = store or ProgressStore()
    try:
        attempts = store.record(exercise_id, passed=verdict.correct).attempts
    except OSError:
        attempts = 0  # progress could not be saved (read-only disk): feedback still works
    if verdict.correct:
        message = t("exercises.correct")
        if exercise.explanation:
            message += " " + t(exercise.explanation)
        return Feedback(exercise_id, "benar", message, attempts=attempts)
    if strict():
        raise AnswerError(t("exercises.strict_wrong", id=exercise_id, answer=answer))
    if verdict.mistake_key:
        hint = t(verdict.mistake_key)
    elif exercise.hints:
        index = min(max(attempts, 1) - 1, len(exercise.hints) - 1)
        hint = t("exercises.hint_n", n=index + 1, text=t(exercise.hints[index]))
    else:
        hint = ""
    message = t("exercises.wrong")
    if attempts >= len(exercise.hints) + 2 and exercise.expected_text:
        hint = (hint + " " if hint else "") + t("exercises.reveal", answer=exercise.expected_text())
    return Feedback(exercise_id, "salah", message, hint=hint, attempts=attempts)


def cek(exercise_id: str, answer: Any = ...) -> Feedback:
    """Check a participant's answer and give instant feedback in Indonesian.

    ``cek("03.cp_within", hasil.cp)`` → ✔ Benar! / ✘ Belum tepat + Petunjuk.
    Leaving the placeholder ``...`` shows "belum dijawab" without counting an attempt.
    """
    return evaluate(exercise_id, answer)
