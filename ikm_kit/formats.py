"""Number, money, percent and date formats for people (Babel, ``id_ID``/``en_US``).

    >>> from ikm_kit.formats import rupiah, number, percent, date
    >>> rupiah(1250000)
    'Rp 1.250.000'
    >>> number(12.5, 1)
    '12,5'
    >>> percent(0.125)
    '12,5 %'
    >>> import datetime; date(datetime.date(2022, 7, 19))
    '19 Juli 2022'
"""
from __future__ import annotations

import datetime as _dt
import math
import re
from functools import lru_cache

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.numbers import format_decimal as _babel_decimal

from ikm_kit.i18n import get_language

_LOCALES = {"id": "id_ID", "en": "en_US"}


@lru_cache(maxsize=4)
def _locale(lang: str) -> Locale:
    return Locale.parse(_LOCALES.get(lang, "id_ID"))


def _is_missing(value: object) -> bool:
    try:
        return value is None or (isinstance(value, float) and math.isnan(value)) or bool(value != value)
    except (TypeError, ValueError):
        return False


def number(value: float | int | None, decimals: int = 0, lang: str | None = None) -> str:
    """Format a number with the thousands and decimal marks of the language.

    ``number(1444.7, 2)`` → ``'1.444,70'`` (id) or ``'1,444.70'`` (en).
    Missing values give ``'–'``.
    """
    if _is_missing(value):
        return "–"
    value = float(value)
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return _babel_decimal(round(value, decimals), format=pattern, locale=_locale(lang or get_language()))


def rupiah(value: float | int | None, decimals: int = 0, lang: str | None = None) -> str:
    """Format Rupiah: ``rupiah(1250000)`` → ``'Rp 1.250.000'``; negatives ``'-Rp 5.000'``."""
    if _is_missing(value):
        return "–"
    value = float(value)
    sign = "-" if value < 0 else ""
    return f"{sign}Rp {number(abs(value), decimals, lang)}"


def percent(fraction: float | None, decimals: int = 1, lang: str | None = None) -> str:
    """Format a fraction as percent: ``percent(0.125)`` → ``'12,5 %'``."""
    if _is_missing(fraction):
        return "–"
    return f"{number(float(fraction) * 100.0, decimals, lang)} %"


def date(value: _dt.date | _dt.datetime | str, lang: str | None = None) -> str:
    """Format a date in words: ``19 Juli 2022`` (id) or ``July 19, 2022`` (en)."""
    if isinstance(value, str):
        value = _dt.date.fromisoformat(value[:10])
    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    if isinstance(value, _dt.datetime):
        value = value.date()
    return _babel_date(value, format="long", locale=_locale(lang or get_language()))


def month(value: _dt.date | str, lang: str | None = None) -> str:
    """Month and year: ``Juli 2022``."""
    if isinstance(value, str):
        value = _dt.date.fromisoformat(value[:10])
    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    return _babel_date(value, format="LLLL y", locale=_locale(lang or get_language()))


def short_month(value: _dt.date | str, lang: str | None = None) -> str:
    """Abbreviated month and year for axis ticks: ``Jul 2022``."""
    if isinstance(value, str):
        value = _dt.date.fromisoformat(value[:10])
    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    return _babel_date(value, format="LLL y", locale=_locale(lang or get_language())).replace(".", "")


_THOUSANDS_DOT = re.compile(r"^[+-]?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$")
_THOUSANDS_COMMA = re.compile(r"^[+-]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$")


def parse_number(text: str) -> float:
    """Read a number typed by a person: ``Rp 1.250.000``, ``12,5``, ``12.5``, ``1,250,000.5``, ``30 %``.

    Raises ``ValueError`` when it is not a number (callers turn that into an
    Indonesian :mod:`ikm_kit.errors` message).
    """
    cleaned = str(text).strip().replace("Rp", "").replace("rp", "").replace("%", "")
    cleaned = cleaned.replace(" ", "").replace("\u00a0", "")
    if _THOUSANDS_DOT.match(cleaned):
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif _THOUSANDS_COMMA.match(cleaned):
        cleaned = cleaned.replace(",", "")
    elif "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    return float(cleaned)


def plotly_separators(lang: str | None = None) -> str:
    """The ``layout.separators`` string for plotly (decimal mark, then thousands)."""
    return ",." if (lang or get_language()) == "id" else ".,"


__all__ = ["parse_number", "number", "rupiah", "percent", "date", "month", "short_month", "plotly_separators"]
