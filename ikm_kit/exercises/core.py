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
_SHOWN_OPTIONS: dict[str, list[tuple[Any, str]]] = {}


def remember_options(exercise_id: str, options: Sequence[tuple[Any, str]]) -> None:
    """Record the ``(code, label)`` pairs a ``ChoiceQuestion`` shows (used to reveal labels)."""
    _SHOWN_OPTIONS[exercise_id] = [(code, str(label)) for code, label in options]


class AnswerError(IkmError):
    """Raised instead of showing feedback when ``IKM_CEK_STRICT=1`` and an answer is wrong
    (used to prove that the trainer edition's answers pass every check)."""


KINDS = ("angka", "pilihan", "formulir", "kode")


@dataclass
class Verdict:
    """Result of one check: ``correct``; ``mistake_key`` (i18n key of a typical mistake or a hint
    such as the scale hint) with its ``params``; ``read_as`` (i18n key saying how a number was read,
    e.g. as percent) with ``read_params``."""

    correct: bool
    mistake_key: str | None = None
    params: dict = field(default_factory=dict)
    read_as: str | None = None
    read_params: dict = field(default_factory=dict)


@dataclass
class Exercise:
    """One exercise: ``id`` like ``"03.cp_within"`` (day, dot, name).

    ``check(answer) -> Verdict``; ``hints`` are i18n keys shown one by one on
    wrong attempts; ``explanation`` (i18n key) is shown when correct.
    ``kind`` is ``"angka"`` (number), ``"pilihan"`` (choice), ``"formulir"`` (form)
    or ``"kode"`` (checked code result).  Numeric exercises give
    :meth:`expected_value` (``share`` says whether it is a ``"fraction"`` or a
    ``"percent"`` number); choices give :meth:`options` and :meth:`correct_value`.
    """

    id: str
    check: Callable[[Any], Verdict]
    hints: Sequence[str] = ()
    explanation: str | None = None
    expected_text: Callable[[], str] | None = None
    kind: str = "kode"
    expected: Any = None
    share: str | None = None
    decimals: int | None = None
    unit: str = ""
    declared_options: Sequence[tuple[Any, str]] | None = None

    @property
    def day(self) -> str:
        return self.id.split(".", 1)[0]

    @property
    def title(self) -> str:
        key = f"ex.{self.id.replace('.', '_')}.title"
        return t(key) if has_key(key) else self.id

    def expected_value(self) -> float:
        """The exact expected number (numeric exercises), in the exercise's own form
        (a fraction when ``share == "fraction"``, a percent number when ``"percent"``).

            >>> get("06.tingkat_cacat").expected_value()        # doctest: +SKIP
            0.0712...
        """
        if self.kind != "angka" or self.expected is None:
            raise TypeError(f"exercise {self.id!r} ({self.kind}) has no expected number")
        return float(_value(self.expected))

    def correct_value(self) -> Any:
        """The correct option code (or set of codes) of a choice exercise."""
        if self.kind != "pilihan":
            raise TypeError(f"exercise {self.id!r} ({self.kind}) is not a choice")
        return _value(self.expected)

    def options(self) -> list[tuple[Any, str]]:
        """``[(code, label), ...]`` of a choice: declared in the registry, else as the
        notebooks' ``ChoiceQuestion`` shows them (empty if neither is known)."""
        if self.declared_options is not None:
            return [(code, t(label) if has_key(label) else label) for code, label in self.declared_options]
        if self.id in _SHOWN_OPTIONS:
            return list(_SHOWN_OPTIONS[self.id])
        from ikm_kit.exercises.catalog import notebook_options

        return list(notebook_options().get(self.id, []))

    def label_of(self, code: Any) -> str:
        """The label shown for an option code (the code itself if no label is known)."""
        if isinstance(code, (set, frozenset, list, tuple)):
            return ", ".join(sorted(self.label_of(c) for c in code))
        for option, label in self.options():
            if _norm(option) == _norm(code):
                return label
        return str(code)


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


_EPS = 1e-9
_SCALES = ((1e3, "ribu"), (1e6, "juta"), (1e9, "miliar"))


def _typed(answer: Any) -> formats.TypedNumber | None:
    if isinstance(answer, bool) or answer is None:
        return None
    try:
        return formats.read_number(answer)
    except (ValueError, TypeError, IkmError):
        return None


def _round_to(x: float, step: float) -> float:
    """``x`` rounded half away from zero to a multiple of ``step``."""
    q = abs(x) / step
    n = math.floor(q + 0.5 + _EPS)
    return math.copysign(n * step, x)


def _rounds_to(value: float, steps: Sequence[float], target: float, *, asked_step: float | None,
               exact_only: bool) -> bool:
    """True when ``value`` is ``target`` rounded to one of the precisions it may have been typed
    with (``steps``), carrying at least two significant digits or the precision the prompt asks."""
    scale = max(1.0, abs(target))
    if abs(value - target) <= _EPS * scale:
        return True
    if exact_only:
        return False
    for step in steps:
        if step <= 0:
            continue
        if value != 0:
            significant = math.floor(math.log10(abs(value)) + _EPS) - math.log10(step) + 1
        else:
            significant = 0
        precise_enough = significant >= 2 - _EPS or (asked_step is not None and step <= asked_step * (1 + _EPS))
        if not precise_enough:
            continue
        # rounded directly, or read off a table that already rounded one digit further
        for base in (target, _round_to(target, step / 10)):
            if abs(value - base) <= step / 2 * (1 + 1e-7) + _EPS * scale:
                return True
    return False


def numeric(exercise_id: str, expected: Any, *, tol: float = 0.01, rel: bool = True,
            hints: Sequence[str] = (), mistakes: Iterable[tuple[Any, str]] = (),
            explanation: str | None = None, unit: str = "", decimals: int | None = None,
            share: str | None = None, kind: str = "angka") -> Exercise:
    """A number answer (``Rp 1.250.000``, ``12,5``, ``12.5``, ``14,2 jt``, ``400 juta`` all accepted).

    ``expected`` may be a callable computing the value.  A typed answer passes
    when it is the exact value rounded to the precision it was typed with
    (``0,63`` for 0.6346), as long as it has two significant digits or the
    ``decimals`` the prompt asks for; ``tol == 0`` asks for the exact value
    (counts).  A computed answer (a float from code with many digits) passes
    within ``tol`` (relative by default, absolute with ``rel=False``).

    ``share="fraction"`` (expected 0.27) or ``"percent"`` (expected 27, also
    implied by ``unit="%"``) accepts both forms and says which one it read.
    A bare number that is right in ribu/juta/miliar gets a hint naming the scale.
    ``mistakes`` pairs a wrong value (or callable) with the i18n key explaining
    that typical mistake; it is named only for an answer outside the right
    window and closer to the mistake than to the right value.
    """
    mistakes = list(mistakes)
    if share is None and unit == "%":
        share = "percent"
    if share not in (None, "fraction", "percent"):
        raise ValueError(f"share must be 'fraction' or 'percent', not {share!r}")
    exact_only = tol == 0
    # the precision a prompt asks for: its decimals, or for a share one whole percentage point (0,07 = 7 %)
    if decimals is not None:
        asked_step = 10.0 ** -decimals
    else:
        asked_step = {"fraction": 0.01, "percent": 1.0}.get(share or "")

    def readings(typed: formats.TypedNumber) -> list[tuple[float, list[float], str | None]]:
        v, steps = typed.value, typed.steps
        if share == "fraction":
            as_pct = (v / 100, [s / 100 for s in steps], "checker.read_percent")
            as_frac = (v, steps, "checker.read_fraction")
            if typed.percent:
                return [as_pct]
            return [as_frac, as_pct] if abs(v) <= 1 else [as_pct, as_frac]
        if share == "percent":
            as_pct = (v, steps, "checker.read_percent")
            as_frac = (v * 100, [s * 100 for s in steps], "checker.read_fraction")
            if typed.percent:
                return [as_pct]
            return [as_frac, as_pct] if abs(v) <= 1 < abs(float(_value(expected))) else [as_pct, as_frac]
        return [(v, steps, None)]

    def shown(value: float, step: float, read_key: str | None) -> dict:
        if read_key is None:
            return {}
        as_pct, pct_step = (value * 100, step * 100) if share == "fraction" else (value, step)

        def text(x: float, s: float) -> str:
            if s <= 0 or s < abs(x) * 1e-5:   # a result computed in code: three significant digits
                return formats.number(x, _places(x))
            return formats.number(x, max(0, min(10, -math.floor(math.log10(s) + _EPS))))

        return {"percent": text(as_pct, pct_step) + " %", "fraction": text(as_pct / 100, pct_step / 100)}

    def accepted(typed: formats.TypedNumber, target: float, computed: bool, allow_tol: bool):
        for value, steps, read_key in readings(typed):
            if computed and allow_tol and _close(value, target, tol, rel):
                return value, steps[0], read_key
            if _rounds_to(value, steps, target, asked_step=asked_step, exact_only=exact_only):
                return value, steps[0], read_key
        return None

    def check(answer: Any) -> Verdict:
        typed = _typed(answer)
        if typed is None:
            return Verdict(False, "exercises.not_a_number")
        target = float(_value(expected))
        # a result computed in code (many digits) is compared with the exercise's tolerance
        computed = not isinstance(answer, str) and typed.step < abs(typed.value) * 1e-6
        hit = accepted(typed, target, computed, True)
        if hit is not None:
            value, step, read_key = hit
            return Verdict(True, read_as=read_key, read_params=shown(value, step, read_key))
        # typical mistakes: only when closer to the mistake than to the right value
        for wrong, key in mistakes:
            w = _value(wrong)
            if w is None:
                continue
            w = float(w)
            for value, steps, _read in readings(typed):
                near = (computed and _close(value, w, tol, rel)) or _rounds_to(
                    value, steps, w, asked_step=asked_step, exact_only=exact_only)
                if near and abs(value - w) < abs(value - target):
                    return Verdict(False, key)
        # a bare number that is right in ribu / juta / miliar
        if typed.scale == 1 and not typed.percent and abs(target) >= 1000:
            for factor, word in _SCALES:
                scaled = formats.TypedNumber(typed.value * factor, typed.step * factor, typed.trailing_zeros, factor)
                if accepted(scaled, target, False, False) is not None:
                    return Verdict(False, "checker.scale_hint",
                                   params={"scale": t(f"checker.scale_{word}"),
                                           "example": f"{formats.number(typed.value, _places(typed.value))} "
                                                      f"{t(f'checker.scale_{word}')}"})
        return Verdict(False)

    def expected_text() -> str:
        target = float(_value(expected))
        places = decimals if decimals is not None else _places(target)
        if unit == "Rp":
            return formats.rupiah(target)
        text = f"{formats.number(target, places)} {unit}".strip()
        if share == "fraction":
            text += f" ({formats.number(target * 100, max(0, places - 2))} %)"
        return text

    return register(Exercise(exercise_id, check, hints, explanation, expected_text, kind=kind,
                             expected=expected, share=share, decimals=decimals, unit=unit))


def _places(target: float) -> int:
    """Decimal places showing the first three significant digits (0 for whole numbers and ≥ 100)."""
    if float(target).is_integer() or abs(target) >= 100:
        return 0
    return min(6, max(2, 3 - int(math.floor(math.log10(abs(target)))) - 1)) if target else 2


def _norm(x: Any) -> Any:
    if isinstance(x, str):
        return " ".join(x.lower().split())
    if isinstance(x, (set, frozenset, list, tuple)):
        return frozenset(_norm(i) for i in x)
    return x


def choice(exercise_id: str, correct: Any, *, hints: Sequence[str] = (),
           mistakes: Iterable[tuple[Any, str]] = (), explanation: str | None = None,
           options: Sequence[tuple[Any, str]] | None = None) -> Exercise:
    """A choice answer (one value, or a set of values for multi-select; case-insensitive text).

    ``options`` (``[(code, label or i18n key), ...]``) may declare the labels; otherwise
    :meth:`Exercise.options` reads them from the notebook's ``ChoiceQuestion``.  An
    answer may be the code or the option's label.
    """
    mistakes = list(mistakes)
    exercise: Exercise

    def by_label(x: Any) -> Any:
        if isinstance(x, (set, frozenset, list, tuple)):
            return frozenset(by_label(i) for i in x)
        n = _norm(x)
        for code, label in exercise.options():
            if n == _norm(label):
                return _norm(code)
        return n

    def check(answer: Any) -> Verdict:
        a = _norm(answer)
        right = _norm(_value(correct))
        if a == right or by_label(answer) == right:
            return Verdict(True)
        for wrong, key in mistakes:
            w = _norm(_value(wrong))
            if a == w or by_label(answer) == w:
                return Verdict(False, key)
        return Verdict(False)

    def expected_text() -> str:
        return exercise.label_of(_value(correct))

    exercise = Exercise(exercise_id, check, hints, explanation, expected_text, kind="pilihan",
                        expected=correct, declared_options=options)
    return register(exercise)


def custom(exercise_id: str, check: Callable[[Any], Verdict | bool], *, hints: Sequence[str] = (),
           explanation: str | None = None, kind: str = "kode") -> Exercise:
    """An exercise with its own check function (returning a Verdict or a bool)."""

    def wrapped(answer: Any) -> Verdict:
        try:
            result = check(answer)
        except IkmError:
            return Verdict(False, "exercises.answer_invalid")
        except Exception:  # noqa: BLE001 - a participant's odd answer must not break the check
            return Verdict(False, "exercises.answer_invalid")
        return result if isinstance(result, Verdict) else Verdict(bool(result))

    return register(Exercise(exercise_id, wrapped, hints, explanation, kind=kind))


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
    read = t(verdict.read_as, **verdict.read_params) if verdict.read_as else ""
    if verdict.correct:
        message = t("exercises.correct")
        if read:
            message += " " + read
        if exercise.explanation:
            message += " " + t(exercise.explanation)
        return Feedback(exercise_id, "benar", message, attempts=attempts)
    if strict():
        raise AnswerError(t("exercises.strict_wrong", id=exercise_id, answer=answer))
    if verdict.mistake_key:
        hint = t(verdict.mistake_key, **verdict.params)
    elif exercise.hints:
        index = min(max(attempts, 1) - 1, len(exercise.hints) - 1)
        hint = t("exercises.hint_n", n=index + 1, text=t(exercise.hints[index]))
    else:
        hint = ""
    message = t("exercises.wrong")
    if attempts >= len(exercise.hints) + 2 and exercise.expected_text:
        hint = (hint + " " if hint else "") + t("exercises.reveal", answer=exercise.expected_text())
        try:
            store.mark_revealed(exercise_id)
        except OSError:
            pass
    return Feedback(exercise_id, "salah", message, hint=hint, attempts=attempts)


def cek(exercise_id: str, answer: Any = ...) -> Feedback:
    """Check a participant's answer and give instant feedback in Indonesian.

    ``cek("03.cp_within", hasil.cp)`` → ✔ Benar! / ✘ Belum tepat + Petunjuk.
    Leaving the placeholder ``...`` shows "belum dijawab" without counting an attempt.
    """
    return evaluate(exercise_id, answer)
