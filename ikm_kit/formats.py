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
import numbers
import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as _pd
from babel import Locale
from babel.dates import format_date as _babel_date
from babel.numbers import format_decimal as _babel_decimal

from ikm_kit.i18n import get_language, t

_LOCALES = {"id": "id_ID", "en": "en_US"}
MAX_DECIMALS = 20


def _lang(lang: object) -> str:
    if lang is None or (isinstance(lang, str) and lang == ""):
        return get_language()
    if not isinstance(lang, str):
        from ikm_kit.errors import InputError

        raise InputError(t("error.language", value=type(lang).__name__, valid=", ".join(_LOCALES)))
    return lang


def _decimals(decimals: object) -> int:
    from ikm_kit.errors import InputError

    if isinstance(decimals, bool) or not isinstance(decimals, numbers.Real) or decimals != decimals \
            or not -MAX_DECIMALS <= decimals <= MAX_DECIMALS or decimals != int(decimals):
        raise InputError(t("format.bad_decimals", value=decimals, maximum=MAX_DECIMALS))
    return int(decimals)


def _float(value: object) -> float:
    """A number to format; text in Indonesian notation is read, anything else raises InputError."""
    from ikm_kit.errors import InputError

    if isinstance(value, str):
        return parse_number(value)
    if isinstance(value, bool):
        raise InputError(t("format.not_a_number", value=value))
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        raise InputError(t("format.not_a_number", value=type(value).__name__)) from None


def _date(value: object) -> _dt.date:
    from ikm_kit.errors import InputError

    try:
        if isinstance(value, str):
            return _dt.date.fromisoformat(value.strip()[:10])
        if hasattr(value, "to_pydatetime"):
            value = value.to_pydatetime()
        if isinstance(value, _dt.datetime):
            return value.date()
        if isinstance(value, _dt.date):
            return value
    except (TypeError, ValueError, OverflowError):
        pass
    raise InputError(t("format.not_a_date", value=value if isinstance(value, str) else type(value).__name__))


@lru_cache(maxsize=4)
def _locale(lang: str) -> Locale:
    return Locale.parse(_LOCALES.get(lang, "id_ID"))


def _is_missing(value: object) -> bool:
    if value is None or value is _pd.NA or value is _pd.NaT:
        return True
    try:
        return (isinstance(value, float) and math.isnan(value)) or bool(value != value)
    except (TypeError, ValueError):
        return False


def number(value: float | int | None, decimals: int = 0, lang: str | None = None) -> str:
    """Format a number with the thousands and decimal marks of the language.

    ``number(1444.7, 2)`` → ``'1.444,70'`` (id) or ``'1,444.70'`` (en).
    Missing values give ``'–'``.
    """
    decimals = _decimals(decimals)
    if _is_missing(value):
        return "–"
    value = _float(value)
    if math.isnan(value):
        return "–"
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    if abs(value) >= 1e21:  # beyond any Rupiah amount; Babel's decimal context cannot quantize it
        text = f"{value:.{max(decimals, 2)}e}"
        return text.replace(".", ",") if _lang(lang) == "id" else text
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return _babel_decimal(round(value, decimals), format=pattern, locale=_locale(_lang(lang)))


def rupiah(value: float | int | None, decimals: int = 0, lang: str | None = None) -> str:
    """Format Rupiah: ``rupiah(1250000)`` → ``'Rp 1.250.000'``; negatives ``'-Rp 5.000'``."""
    if _is_missing(value):
        return "–"
    value = _float(value)
    if math.isnan(value):
        return "–"
    sign = "-" if value < 0 else ""
    return f"{sign}Rp {number(abs(value), decimals, lang)}"


def percent(fraction: float | None, decimals: int = 1, lang: str | None = None) -> str:
    """Format a fraction as percent: ``percent(0.125)`` → ``'12,5 %'``."""
    if _is_missing(fraction):
        return "–"
    value = _float(fraction)
    if math.isnan(value):
        return "–"
    return f"{number(value * 100.0, decimals, lang)} %"


def date(value: _dt.date | _dt.datetime | str, lang: str | None = None) -> str:
    """Format a date in words: ``19 Juli 2022`` (id) or ``July 19, 2022`` (en); missing → ``'–'``."""
    if _is_missing(value):
        return "–"
    return _babel_date(_date(value), format="long", locale=_locale(_lang(lang)))


def month(value: _dt.date | str, lang: str | None = None) -> str:
    """Month and year: ``Juli 2022``; missing → ``'–'``."""
    if _is_missing(value):
        return "–"
    return _babel_date(_date(value), format="LLLL y", locale=_locale(_lang(lang)))


def day_time(value: _dt.datetime | str, lang: str | None = None) -> str:
    """Day, month and clock time for schedules: ``04-12 08.00`` (id, a point in the time as Indonesian
    writes it) or ``04-12 08:00`` (en); missing → ``'–'``."""
    if _is_missing(value):
        return "–"
    stamp = _pd.Timestamp(value)
    sep = "." if _lang(lang) == "id" else ":"
    return f"{stamp:%d-%m %H}{sep}{stamp:%M}"


def short_month(value: _dt.date | str, lang: str | None = None) -> str:
    """Abbreviated month and year for axis ticks: ``Jul 2022``; missing → ``'–'``."""
    if _is_missing(value):
        return "–"
    return _babel_date(_date(value), format="LLL y", locale=_locale(_lang(lang))).replace(".", "")


_THOUSANDS_DOT = re.compile(r"^[+-]?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$")
_THOUSANDS_COMMA = re.compile(r"^[+-]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$")

# Scale words of everyday Indonesian office arithmetic: "400 juta", "14,2 jt", "101 rb", "1,5 M".
SCALE_WORDS = {
    "ribu": 1e3, "rb": 1e3, "rbu": 1e3,
    "juta": 1e6, "jt": 1e6, "jta": 1e6,
    "miliar": 1e9, "milyar": 1e9, "m": 1e9, "mlr": 1e9, "mil": 1e9,
    "triliun": 1e12, "t": 1e12,
}
_SCALE_RE = re.compile(r"^(?P<num>.*?[0-9])\s*(?P<word>[A-Za-z]+)\.?$")


@dataclass(frozen=True)
class TypedNumber:
    """A number as a person typed it: its ``value``, the ``step`` of its last typed digit
    (``0,63`` → 0.01, ``14.200.000`` → 1 with ``trailing_zeros`` 5), the ``scale`` word's
    factor (``"14,2 jt"`` → 1e6, else 1) and whether a ``%`` sign was typed.

        >>> read_number("14,2 jt")
        TypedNumber(value=14200000.0, step=100000.0, trailing_zeros=0, scale=1000000.0, percent=False)
    """

    value: float
    step: float
    trailing_zeros: int = 0
    scale: float = 1.0
    percent: bool = False

    @property
    def steps(self) -> list[float]:
        """Every precision the digits can mean: ``"400"`` may be exact to 1, 10 or 100."""
        return [self.step * 10 ** k for k in range(self.trailing_zeros + 1)]


def _step_of(digits: str) -> tuple[float, int]:
    """Step of the last typed digit of a plain ``1234.5`` string, and the integer's trailing zeros."""
    digits = digits.lstrip("+-")
    if "e" in digits.lower():
        mantissa, _, exponent = digits.lower().partition("e")
        step, _zeros = _step_of(mantissa)
        return step * 10 ** int(exponent), 0
    if "." in digits:
        return 10.0 ** -len(digits.split(".", 1)[1]), 0
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped) if stripped else 0
    return 1.0, zeros


def read_number(text: object) -> TypedNumber:
    """Read a number typed by a person, keeping how precisely it was typed.

    Accepts what :func:`parse_number` accepts plus scale words (``ribu``/``rb``,
    ``juta``/``jt``, ``miliar``/``M``, ``triliun``).  Numbers that are not text
    (``0.63`` from code) use their shortest representation: ``0.63`` → step 0.01.

        >>> read_number("0,63").step
        0.01
        >>> read_number("400 juta").value
        400000000.0
    """
    from ikm_kit.errors import InputError

    if not isinstance(text, str):
        if isinstance(text, bool):
            raise InputError(t("format.not_a_number", value=text))
        try:
            value = float(text)  # type: ignore[arg-type]
        except (TypeError, ValueError, OverflowError):
            raise InputError(t("format.not_a_number", value=type_name(text))) from None
        if isinstance(text, numbers.Integral):
            digits = str(int(text))
        elif not math.isfinite(value):
            digits = "1"
        else:
            digits = repr(value)
            if digits.endswith(".0"):
                digits = digits[:-2]
        step, zeros = _step_of(digits)
        return TypedNumber(value, step, zeros)
    cleaned = text.strip().replace("Rp", "").replace("rp", "").replace("RP", "").replace("\u00a0", " ").strip()
    percent = "%" in cleaned
    cleaned = cleaned.replace("%", "").strip()
    scale = 1.0
    match = _SCALE_RE.match(cleaned)
    if match and match.group("word").lower() in SCALE_WORDS:
        word = match.group("word")
        # "M" (capital) is miliar in Indonesian offices; "m" alone is ambiguous with metres: accept only "M".
        if word.lower() == "m" and word != "M":
            raise InputError(t("format.not_a_number", value=text))
        scale = SCALE_WORDS[word.lower()]
        cleaned = match.group("num")
    cleaned = cleaned.replace(" ", "")
    if _THOUSANDS_DOT.match(cleaned):
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif _THOUSANDS_COMMA.match(cleaned) and (cleaned.count(",") > 1 or "." in cleaned):
        # "1,250,000" / "1,250.5" are English thousands; a single "101,088" is an Indonesian decimal comma.
        cleaned = cleaned.replace(",", "")
    elif "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        raise InputError(t("format.not_a_number", value=text)) from None
    if not math.isfinite(value):
        raise InputError(t("format.not_a_number", value=text))
    step, zeros = _step_of(cleaned)
    return TypedNumber(value * scale, step * scale, zeros, scale, percent)


def parse_number(text: str) -> float:
    """Read a number typed by a person: ``Rp 1.250.000``, ``12,5``, ``12.5``, ``1,250,000.5``, ``30 %``,
    ``400 juta``, ``14,2 jt``, ``101 ribu``, ``1,5 M``.

    Raises :class:`ikm_kit.errors.InputError` (a ``ValueError``) with an
    Indonesian message when it is not a number.
    """
    return read_number(str(text)).value


def plotly_separators(lang: str | None = None) -> str:
    """The ``layout.separators`` string for plotly (decimal mark, then thousands)."""
    return ",." if _lang(lang) == "id" else ".,"


__all__ = ["parse_number", "read_number", "TypedNumber", "number", "rupiah", "percent", "date", "month", "short_month", "plotly_separators"]


def type_name(value: object) -> str:
    """A short description of a wrong value's kind for a message (``None`` → "nilai kosong").

    >>> type_name([1, 2])
    "'list'"
    """
    if value is None:
        return t("error.nothing")
    return f"'{type(value).__name__}'"
