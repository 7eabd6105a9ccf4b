"""Exercises (*Latihan*) with instant feedback and local progress.

    >>> from ikm_kit import cek
    >>> from ikm_kit.exercises import registry, ProgressStore, class_summary
"""
from ikm_kit.exercises.core import (AnswerError, Exercise, Feedback, Verdict, cek, choice, custom, evaluate,
                                    get, numeric, register, registry)
from ikm_kit.exercises.progress import ProgressStore, class_summary, default_path

__all__ = ["AnswerError", "Exercise", "Feedback", "Verdict", "cek", "choice", "custom", "evaluate", "get",
           "numeric", "register", "registry", "ProgressStore", "class_summary", "default_path"]
