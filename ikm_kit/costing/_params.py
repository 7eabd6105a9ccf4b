"""Parameters whose one home is ``data/parameters.csv`` (read once, at import).

The costing code takes these numbers from the data table instead of keeping
its own constant: ``jam_kerja_per_hari`` (working hours per day, 8 hours less
one hour's break = 7, illustrative).  Without the CSV folder (an installed
package without ``data/``) the same row comes from the seeded generator's
static table, which is what writes the CSV.
"""
from __future__ import annotations

from functools import lru_cache

import pandas as pd


@lru_cache(maxsize=None)
def _table() -> pd.DataFrame:
    from ikm_kit import data

    if data.data_dir() is not None:
        return data.load("parameters")
    from ikm_kit.data.generate import _parameters

    return _parameters()


def data_parameter(key: str) -> tuple[float, str, str]:
    """``(value, unit, source)`` of the latest row of ``key`` in data/parameters.csv."""
    rows = _table()
    rows = rows[rows["key"] == key]
    if rows.empty:  # pragma: no cover - the generator test keeps the table complete
        raise KeyError(key)
    row = rows.sort_values("year").iloc[-1]
    return float(row["value"]), str(row["unit"]), str(row["source"])


__all__ = ["data_parameter"]
