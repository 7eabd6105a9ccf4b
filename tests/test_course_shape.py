"""Shape of the course for non-programmers (issue 17): few cells where code must be typed.

A cell "in which the participant must type code" is, in the participant edition
(``ikm-kit edisi-peserta``), a code cell that is either the placeholder of a
solution (tag ``latihan``) or carries the edit marker ``# ←`` ("change this").
Widget cells (``NumberQuestion``, ``ChoiceQuestion``, forms) do not count.
"""
import re
from collections import Counter
from pathlib import Path

import nbformat
import pytest

from ikm_kit import editions
from ikm_kit.exercises import registry

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
MAX_CODE_CELLS = 15   # issue 17: at most 15 code-typing exercises in the whole course


@pytest.fixture(scope="module")
def participant():
    return {p.name: editions.participant_notebook(nbformat.read(p, as_version=4)) for p in NOTEBOOKS}


def test_at_most_15_cells_in_which_code_must_be_typed(participant):
    per_notebook = {name: len(editions.code_entry_cells(nb)) for name, nb in participant.items()}
    assert sum(per_notebook.values()) <= MAX_CODE_CELLS, per_notebook


def test_every_registered_exercise_is_in_a_notebook_with_one_way_to_answer(participant):
    kinds: dict[str, str] = {}
    for nb in participant.values():
        for ex_id, kind in editions.exercise_kinds(nb).items():
            assert ex_id not in kinds, f"{ex_id} answered in two places"
            kinds[ex_id] = kind
    assert set(kinds) == set(registry()), set(registry()) ^ set(kinds)
    counts = Counter(kinds.values())
    assert counts["kode"] <= MAX_CODE_CELLS
    assert counts["angka"] + counts["pilihan"] + counts["formulir"] >= len(kinds) - MAX_CODE_CELLS


def test_code_entry_cells_counts_placeholders_and_edit_markers_not_widgets():
    nb = nbformat.v4.new_notebook()
    solution = nbformat.v4.new_code_cell('jawaban = 2\ncek("09.y", jawaban)')
    solution.metadata.update(tags=["solusi"], ikm={"placeholder": 'jawaban = ...\ncek("09.y", jawaban)'})
    nb.cells = [solution,
                nbformat.v4.new_code_cell("jumlah = 12   # ← ubah angka ini"),
                nbformat.v4.new_code_cell('NumberQuestion("09.z")'),
                nbformat.v4.new_code_cell('ChoiceQuestion("09.w", ["a", "b"])'),
                nbformat.v4.new_markdown_cell("# ← bukan sel kode")]
    edition = editions.participant_notebook(nb)
    assert len(editions.code_entry_cells(edition)) == 2
    assert editions.exercise_kinds(edition) == {"09.y": "kode", "09.z": "angka", "09.w": "pilihan"}


def test_code_exercises_left_change_one_marked_thing():
    """Each remaining solution cell's placeholder differs from the solution and shows where to type."""
    for path in NOTEBOOKS:
        for cell in nbformat.read(path, as_version=4).cells:
            if "solusi" in cell.metadata.get("tags", []):
                placeholder = cell.metadata["ikm"]["placeholder"]
                assert placeholder != cell.source
                assert "..." in placeholder or editions.EDIT_MARKER in placeholder, (path.name, placeholder)


def test_sections_are_marked_inti_or_lanjutan_in_heading_and_metadata():
    optional_text = ""
    for path in NOTEBOOKS:
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type != "markdown" or "catatan-pelatih" in cell.metadata.get("tags", []):
                continue
            part = cell.metadata.get("ikm", {}).get("bagian")
            for line in cell.source.splitlines():
                if line.startswith("## ") and line[3:4].isdigit():       # a numbered section
                    assert part in ("inti", "lanjutan"), (path.name, line)
                    assert line.endswith("*inti*" if part == "inti" else "*lanjutan, boleh dilewati*"), line
            if part == "lanjutan":
                assert "lanjutan, boleh dilewati" in cell.source.lower(), (path.name, cell.source[:80])
                optional_text += cell.source + "\n"
    for topic in ("Nelson", "Pp", "AOQ", "diperketat", "Erlang", "kepercayaan", "Jain"):
        assert topic in optional_text, topic


def test_day_trainer_notes_say_what_to_skip_when_late():
    days = {}
    for path in NOTEBOOKS:
        for cell in nbformat.read(path, as_version=4).cells:
            if "catatan-pelatih" in cell.metadata.get("tags", []) and "bila terlambat, lewati" in cell.source.lower():
                days[path.name[:2]] = True
    assert sorted(days) == ["00", "01", "02", "03", "04", "05", "06"]


def test_parts_for_one_sentra_give_the_other_sentra_a_parallel_task(participant):
    """Mixed class: the food-safety notebook has a task for furniture participants, the Lepo-Lepo
    occupancy notebook one for food participants — a short text followed by a widget."""
    for name, ex_id in [("03_keamanan_pangan.ipynb", "03.mebel_titik_kritis"),
                        ("05_keterisian_dan_sewa.ipynb", "05.keterisian_pangan")]:
        cells = participant[name].cells
        i = next(i for i, c in enumerate(cells) if c.cell_type == "markdown" and "Tugas paralel" in c.source)
        assert f'"{ex_id}"' in cells[i + 1].source and "Question(" in cells[i + 1].source


def test_guide_states_the_current_count_per_day():
    """The facilitator guide's table of exercise kinds per day is generated from the participant edition."""
    text = (ROOT / "docs" / "panduan-fasilitator.md").read_text(encoding="utf-8")
    shape = editions.course_shape(ROOT / "notebooks")
    assert editions.render_course_shape(shape) in text
    assert sum(d["sel_kode"] for d in shape.values()) <= MAX_CODE_CELLS
    assert sum(sum(d[k] for k in editions.KINDS) for d in shape.values()) == len(registry())


def test_hints_never_dictate_code(participant):
    """No hint is a line of code to copy (``jawaban = ...``, ``tabel.loc[...]``, ``len(...)``, ``x.sum()``);
    hints of widget exercises mention no Python call at all."""
    from ikm_kit.i18n import t

    kinds = {}
    for nb in participant.values():
        kinds.update(editions.exercise_kinds(nb))
    dictated = re.compile(r"jawaban\s*=|\.loc\[|\.iloc\[|\.sum\(\)|\blen\(|\bset\(")
    call = re.compile(r"\b[a-z_]+\([^)]*\)")
    for ex_id, ex in registry().items():
        for key in ex.hints:
            text = t(key)
            assert not dictated.search(text), (ex_id, key, text)
            if kinds.get(ex_id) in ("angka", "pilihan"):
                assert not call.search(text), (ex_id, key, text)
