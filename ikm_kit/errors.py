"""The one exception hierarchy of ikm-kit.

Every error a user can cause is an :class:`IkmError` (a ``ValueError``), with
a message in the active language (Indonesian by default) that says what is
wrong and what would be right.  Dashboards and widgets catch ``IkmError`` and
show its message; nothing else should escape a public function for bad input.

    >>> from ikm_kit.errors import ColumnError
    >>> str(ColumnError.missing(["berat_g"], ["tanggal", "berat"]))
    "Kolom 'berat_g' tidak ditemukan. Kolom yang ada: 'tanggal', 'berat'."
"""
from __future__ import annotations

from typing import Iterable

# IkmError and InputError are defined in a module below i18n (which raises
# InputError for an unknown language) and are part of this hierarchy as if here.
from ikm_kit._error_base import IkmError, InputError
from ikm_kit.i18n import t


class DataError(IkmError):
    """A table or series does not have the shape or content needed."""


class ColumnError(DataError):
    """Required columns are missing from a table."""

    @classmethod
    def missing(cls, missing: Iterable[str], existing: Iterable[str], where: str = "") -> "ColumnError":
        miss = ", ".join(f"'{c}'" for c in missing)
        have = ", ".join(f"'{c}'" for c in existing) or "-"
        where_txt = f" ({where})" if where else ""
        return cls(
            t("error.missing_columns", missing=miss, existing=have, where=where_txt),
            missing=list(missing),
            existing=list(existing),
        )


class DatasetNotFoundError(DataError):
    """An unknown shipped-dataset name."""


class FileFormatError(DataError):
    """A user file (Excel/CSV) is wrong; ``sheet``, ``row`` and ``column`` say where."""

    def __init__(self, message: str, *, sheet: str | None = None, row: int | None = None,
                 column: str | None = None, **details: object) -> None:
        if sheet is not None or row is not None or column is not None:
            message = t(
                "error.location",
                sheet=sheet if sheet is not None else "-",
                row=row if row is not None else "-",
                column=column if column is not None else "-",
                problem=message,
            )
        super().__init__(message, **details)
        self.sheet, self.row, self.column = sheet, row, column


class SimulationError(IkmError):
    """A simulation was configured in a way that cannot run."""


__all__ = [
    "IkmError",
    "InputError",
    "DataError",
    "ColumnError",
    "DatasetNotFoundError",
    "FileFormatError",
    "SimulationError",
]
