"""Every exercise can be found: one check, its texts in both languages, one notebook.

The pieces and how they are tied: :mod:`ikm_kit.exercises.where` (and
docs/architecture.md, "A new exercise").
"""
from __future__ import annotations

import json

import pytest

from ikm_kit import i18n
from ikm_kit.errors import InputError
from ikm_kit.exercises import registry
from ikm_kit.exercises.where import (all_places, notebook_exercise_ids, notebooks_by_exercise, text_prefix,
                                     where)

PLACES = {p.id: p for p in all_places()}


def _day(exercise_id: str) -> int:
    return int(exercise_id.split(".", 1)[0])


def _is_days_file(name: str, stem: str, day: int) -> bool:
    """``dayN`` or a topic module of that day, ``dayN_<topic>`` (e.g. ``day5_tariffs``)."""
    own = f"{stem}{day}"
    return name == own or name.startswith(own + "_")


def test_there_are_exercises_to_check():
    assert len(PLACES) >= 50
    assert set(PLACES) == set(registry())


@pytest.mark.parametrize("exercise_id", sorted(PLACES))
def test_check_is_registered_once_in_its_days_module(exercise_id):
    files = PLACES[exercise_id].check_files
    assert len(files) == 1, (exercise_id, files)
    assert files[0].startswith("ikm_kit/exercises/") and files[0].endswith(".py"), files
    name = files[0].rsplit("/", 1)[1][:-3]
    assert _is_days_file(name, "day", _day(exercise_id)), (exercise_id, files)


@pytest.mark.parametrize("exercise_id", sorted(PLACES))
def test_texts_exist_in_both_languages_in_its_days_catalogue(exercise_id):
    places = PLACES[exercise_id]
    title = text_prefix(exercise_id) + "title"
    assert title in places.text_keys, f"{exercise_id}: no title key {title}"
    catalogue = i18n.catalogue()
    for key in places.text_keys:
        assert key in catalogue, f"{exercise_id}: text key {key} is not in the catalogue"
        assert all(catalogue[key].get(lang, "").strip() for lang in i18n.LANGUAGES), (exercise_id, key)
    own = [k for k in places.text_keys if k.startswith(text_prefix(exercise_id))]
    sources = {i18n.catalogue_source(k) for k in own}
    assert len(sources) == 1, (exercise_id, sources)
    assert _is_days_file(sources.pop(), "exercises_day", _day(exercise_id)), exercise_id


@pytest.mark.parametrize("exercise_id", sorted(PLACES))
def test_asked_in_exactly_one_notebook_of_its_day(exercise_id):
    notebooks = PLACES[exercise_id].notebooks
    assert len(notebooks) == 1, f"{exercise_id} is asked in {len(notebooks)} notebooks: {notebooks}"
    assert notebooks[0].startswith(f"notebooks/{exercise_id[:2]}_"), (exercise_id, notebooks)


def test_every_exercise_a_notebook_asks_is_registered():
    unknown = {eid: nbs for eid, nbs in notebooks_by_exercise().items() if eid not in registry()}
    assert not unknown, f"notebooks ask exercises that are not registered: {unknown}"


def test_unknown_exercise_gives_the_indonesian_error():
    with pytest.raises(InputError, match="00.pendapatan_kursi"):
        where("99.tidak_ada")


def test_notebook_scan_reads_code_cells_and_placeholders_only(tmp_path):
    nb = {"cells": [
        {"cell_type": "code", "metadata": {}, "source": ["from ikm_kit.widgets.exercises import NumberQuestion\n",
                                                         "NumberQuestion(\"03.cp_within\")"]},
        {"cell_type": "code", "metadata": {"tags": ["solusi"], "ikm": {"placeholder": "cek('04.bep_unit', ...)"}},
         "source": "jawaban = 12\n"},
        {"cell_type": "code", "metadata": {}, "source": "ChoiceQuestion(\n    '05.mesin_bottleneck')"},
        {"cell_type": "markdown", "metadata": {}, "source": "Jalankan `cek(\"06.tidak_dihitung\", 1)`."},
        {"cell_type": "code", "metadata": {}, "source": "print('07.bukan_latihan')"},
    ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    path = tmp_path / "contoh.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    assert notebook_exercise_ids(path) == {"03.cp_within", "04.bep_unit", "05.mesin_bottleneck"}
