"""The trainer's answer-key booklet of every notebook (``ikm-kit handout --edisi pelatih``), built offline.

Its own file (and module fixture) so that ``make test``'s two workers build it while the other builds the
participant handouts (tests/test_handouts.py).
"""
from __future__ import annotations

import html
import re

import pytest

import ikm_kit
from ikm_kit.exercises import registry

from handout_helpers import NOTEBOOKS, build_offline


@pytest.fixture(autouse=True)
def _indonesian():
    ikm_kit.set_language("id")
    yield
    ikm_kit.set_language("id")


@pytest.fixture(scope="module")
def booklets(tmp_path_factory):
    """The trainer's edition of every notebook, executed and printed offline (handout_helpers)."""
    return build_offline(tmp_path_factory.mktemp("booklet"), "pelatih")


@pytest.mark.slow
def test_booklet_holds_every_expected_answer(booklets):
    text = "".join((booklets / f"{p.stem}.pelatih.html").read_text(encoding="utf-8") for p in NOTEBOOKS)
    keyed = set(re.findall(r'<div class="ikm-key" data-exercise="([^"]+)"', text))
    assert keyed == set(registry())                         # every exercise has its key
    for ex_id, ex in registry().items():
        if ex.expected_text:
            expected = html.escape(ex.expected_text())
            assert f'data-exercise="{ex_id}"><p><b>Jawaban yang diharapkan:</b> <span class="ikm-expected">' \
                   f"{expected}" in text, ex_id
    assert text.count('class="ikm-trainer"') >= 10     # trainer notes are printed
    assert "Buku kunci jawaban pelatih" in text
