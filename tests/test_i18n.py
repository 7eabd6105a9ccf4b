"""The catalogue is complete in both languages; formats follow the language (Babel)."""
import datetime
import re
import string

import pytest

import ikm_kit
from ikm_kit import formats, i18n
from ikm_kit.errors import InputError


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


@pytest.mark.parametrize("key", sorted(i18n.catalogue()))
def test_every_key_has_both_languages_with_same_placeholders(key):
    entry = i18n.catalogue()[key]
    for lang in i18n.LANGUAGES:
        assert isinstance(entry.get(lang), str) and entry[lang].strip(), f"{key}: missing '{lang}'"
    assert _fields(entry["id"]) == _fields(entry["en"]), f"{key}: placeholders differ"


def test_catalogue_is_not_trivially_small():
    assert len(i18n.catalogue()) > 50


def test_keys_are_prefixed_by_their_catalogue_area():
    for key in i18n.catalogue():
        assert re.fullmatch(r"[a-z0-9_]+(\.[A-Za-z0-9_\-]+)+", key), key


def test_switch_language_and_listeners():
    seen = []
    i18n.on_language_change(seen.append)
    try:
        ikm_kit.set_language("en")
        assert i18n.t("common.yes") == "Yes"
        ikm_kit.set_language("id")
        assert i18n.t("common.yes") == "Ya"
    finally:
        i18n.remove_language_listener(seen.append)
    assert seen == ["en", "id"]


def test_unknown_language_gives_indonesian_error():
    with pytest.raises(InputError, match="tidak dikenal"):
        ikm_kit.set_language("fr")


def test_language_from_environment(monkeypatch):
    import importlib

    monkeypatch.setenv("IKM_LANG", "en")
    assert i18n._initial_language() == "en"
    monkeypatch.setenv("IKM_LANG", "xx")
    assert i18n._initial_language() == "id"
    importlib.reload  # module state is not reloaded: set_language is the runtime switch


def test_indonesian_number_formats():
    assert formats.rupiah(1_250_000) == "Rp 1.250.000"
    assert formats.rupiah(-5000) == "-Rp 5.000"
    assert formats.number(12.5, 1) == "12,5"
    assert formats.number(1444.7, 2) == "1.444,70"
    assert formats.percent(0.125) == "12,5 %"
    assert formats.date(datetime.date(2022, 7, 19)) == "19 Juli 2022"
    assert formats.month(datetime.date(2022, 7, 1)) == "Juli 2022"
    assert formats.rupiah(float("nan")) == "–"


def test_english_number_formats():
    with i18n.language("en"):
        assert formats.rupiah(1_250_000) == "Rp 1,250,000"
        assert formats.number(12.5, 1) == "12.5"
        assert formats.date(datetime.date(2022, 7, 19)) == "July 19, 2022"
        assert formats.plotly_separators() == ".,"
    assert formats.plotly_separators() == ",."


@pytest.mark.parametrize("text,value", [
    ("Rp 1.250.000", 1_250_000), ("12,5", 12.5), ("12.5", 12.5), ("1.444,70", 1444.7),
    ("1,250,000.5", 1_250_000.5), ("30 %", 30), ("0,306", 0.306), ("0.306", 0.306), ("-5.000", -5000),
])
def test_parse_number_reads_what_people_type(text, value):
    assert formats.parse_number(text) == pytest.approx(value)


def test_parse_number_rejects_text():
    with pytest.raises(ValueError):
        formats.parse_number("empat belas")
