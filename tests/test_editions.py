"""Trainer and participant editions from one source; handouts without code."""
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from ikm_kit import editions

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


@pytest.fixture(scope="module")
def participant_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("peserta")
    editions.build_participant_edition(out)
    return out


def test_every_notebook_has_a_participant_edition(participant_dir):
    assert sorted(p.name for p in participant_dir.glob("*.ipynb")) == [p.name for p in NOTEBOOKS]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_solution_or_trainer_note_leaks(path, participant_dir):
    trainer = nbformat.read(path, as_version=4)
    participant = nbformat.read(participant_dir / path.name, as_version=4)
    assert editions.find_leaks(trainer, participant) == []
    tags = [set(c.metadata.get("tags", [])) for c in participant.cells]
    assert not any({"solusi", "catatan-pelatih"} & t for t in tags)
    n_solutions = sum("solusi" in set(c.metadata.get("tags", [])) for c in trainer.cells)
    n_placeholders = sum("latihan" in t for t in tags)
    assert n_placeholders == n_solutions


def test_solution_cells_have_placeholders_and_notes_exist():
    solutions = notes = 0
    for path in NOTEBOOKS:
        for cell in nbformat.read(path, as_version=4).cells:
            tags = set(cell.metadata.get("tags", []))
            if "solusi" in tags:
                solutions += 1
                assert "placeholder" in cell.metadata.get("ikm", {}), (path.name, cell.source[:60])
                placeholder = cell.metadata["ikm"]["placeholder"]
                assert "..." in placeholder or editions.EDIT_MARKER in placeholder
            notes += "catatan-pelatih" in tags
    assert solutions >= 1 and notes >= 1


def test_leak_detector_catches_a_leak():
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell('jawaban = hasil.cp * 2\ncek("x", jawaban)')
    cell.metadata["tags"] = ["solusi"]
    cell.metadata["ikm"] = {"placeholder": 'jawaban = ...\ncek("x", jawaban)'}
    nb.cells = [cell, nbformat.v4.new_code_cell("print(1)")]
    assert editions.find_leaks(nb, editions.participant_notebook(nb)) == []
    nb.cells[1].source = "print('jawaban = hasil.cp * 2')"   # the answer copied elsewhere
    assert editions.find_leaks(nb, editions.participant_notebook(nb)) == ["jawaban = hasil.cp * 2"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_expected_answer_in_participant_visible_text(path, participant_dir):
    participant = nbformat.read(participant_dir / path.name, as_version=4)
    assert editions.find_answer_leaks(participant) == []


def test_answer_forms_are_what_a_person_reads():
    assert {"27,5 %", "27,5%"} <= editions.answer_forms(0.275)            # share → percent
    assert "0,87" in editions.answer_forms(0.8671663846587705)              # Cpl 3.10, two decimals
    assert {"14.166.661", "14,2 juta", "14,17 juta"} <= editions.answer_forms(14_166_661, "Rp")
    assert "101 ribu" in editions.answer_forms(101_088, "Rp")
    assert "44,9 %" in editions.answer_forms(44.9, "%")
    assert editions.answer_forms(4.0) == set()                              # small counts match everything
    assert "1,3" not in editions.answer_forms(1.2922)                       # too few digits to be an answer


def test_answer_leak_detector_catches_an_answer_in_text():
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("Pada Januari 2022 tingkat keterisian 27,5 %."),
                nbformat.v4.new_code_cell('NumberQuestion("05.keterisian_jan2022")'),
                nbformat.v4.new_code_cell('print("sekitar Rp14,2 juta")  # potensi\nNumberQuestion("05.potensi_sewa_hilang")')]
    assert editions.find_answer_leaks(nb) == ["05.keterisian_jan2022: '27,5 %' in cell 0",
                                              "05.potensi_sewa_hilang: '14,2 juta' in cell 2"]
    nb.cells[0].source = "Pada Januari 2022 sebagian kecil workshop terisi."
    nb.cells[2].source = 'NumberQuestion("05.potensi_sewa_hilang")'
    assert editions.find_answer_leaks(nb) == []


@pytest.mark.slow
def test_participant_edition_runs_under_nbval(participant_dir):
    """Placeholders (``...``) must run: cek() says 'belum dijawab' instead of failing."""
    env = dict(__import__("os").environ, IKM_CEK_STRICT="")
    res = subprocess.run([sys.executable, "-m", "pytest", "--nbval-lax", "--nbval-current-env", "-q",
                          "-p", "no:cacheprovider", "--rootdir", str(participant_dir), str(participant_dir)],
                         capture_output=True, text=True, env=env, timeout=1200, cwd=str(ROOT / "notebooks"))
    assert res.returncode == 0, res.stdout[-3000:]


def test_cli_builds_the_participant_edition(tmp_path):
    res = subprocess.run([sys.executable, "-m", "ikm_kit.cli", "edisi-peserta", "--out", str(tmp_path)],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "00_mulai_di_sini.ipynb").exists()


def test_handout_has_no_code(tmp_path):
    from ikm_kit import handouts

    written = handouts.build_handouts(tmp_path, notebooks=["00_mulai_di_sini"])
    html = written[0].read_text(encoding="utf-8")
    assert "Selamat datang di ikm-kit" in html
    assert "harga_kursi_makan = 350000" not in html  # code cells are not in the handout
    assert "Catatan pelatih" not in html


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_participant_text_cites_what_ships_and_uses_one_money_format(path, participant_dir):
    """Citations point to data/README.md or public sources (not the project's research notes);
    money is written like ``formats.rupiah`` ("Rp 1.250.000", "Rp 14,2 juta"); "sekitar", not "±", for
    approximations (± stays only for tolerances and ±3σ limits)."""
    import re

    from ikm_kit.formats import rupiah

    assert rupiah(1_250_000) == "Rp 1.250.000"
    participant = nbformat.read(participant_dir / path.name, as_version=4)
    for cell in participant.cells:
        text = cell.source
        assert not re.search(r"brief(\.md)? ?§|catatan riset", text), (path.name, cell.get("id"))
        assert not re.search(r"Rp\d|\d ?jt\b", text), (path.name, cell.get("id"), re.search(r".{20}(Rp\d|\d ?jt\b).{10}", text))
        if cell.cell_type == "markdown":
            for m in re.finditer("±", text):
                after = text[m.end():m.end() + 12]
                assert re.match(r"\s?(3σ|3 simpangan|3√|1 mm|15 %|20 %)", after), (path.name, cell.get("id"), after)
