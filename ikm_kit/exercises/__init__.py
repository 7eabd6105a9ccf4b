"""Exercises (*Latihan*) with instant feedback and local progress.

    >>> from ikm_kit import cek
    >>> from ikm_kit.exercises import registry, ProgressStore, class_summary

One exercise, three pieces tied by its id: the check in ``exercises/dayN.py``,
the texts in ``i18n/exercises_dayN.py``, the question in one notebook;
:func:`ikm_kit.exercises.where.where` finds all three.
"""
from ikm_kit.exercises.core import (AnswerError, Exercise, Feedback, Verdict, cek, choice, custom, evaluate,
                                    get, numeric, register, registry)
from ikm_kit.exercises.progress import ProgressStore, class_summary, default_path

__all__ = ["AnswerError", "Exercise", "Feedback", "Verdict", "cek", "choice", "custom", "evaluate", "get",
           "numeric", "register", "registry", "ProgressStore", "class_summary", "default_path"]
