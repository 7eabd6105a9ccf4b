"""No lost work: updates never overwrite a participant's edited notebooks."""
import json
from pathlib import Path

import nbformat
import pytest

from ikm_kit.errors import InputError
from ikm_kit.workspace import MANIFEST, UPDATES, sync_workspace

ROOT = Path(__file__).resolve().parent.parent


def _project(tmp_path):
    """A small copy of the project (two notebooks, one dashboard) we can 'update'."""
    proj = tmp_path / "proyek"
    (proj / "notebooks").mkdir(parents=True)
    (proj / "dashboards").mkdir()
    for name in ("00_mulai_di_sini.ipynb",):
        (proj / "notebooks" / name).write_bytes((ROOT / "notebooks" / name).read_bytes())
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# Hari 1 versi lama")]
    nbformat.write(nb, proj / "notebooks" / "01_contoh.ipynb")
    (proj / "dashboards" / "profil_sentra.ipynb").write_bytes((ROOT / "dashboards" / "profil_sentra.ipynb").read_bytes())
    return proj


def _set_title(path, title):
    nb = nbformat.read(path, as_version=4)
    nb.cells[0].source = title
    nbformat.write(nb, path)


def test_first_start_copies_participant_edition(tmp_path):
    proj = _project(tmp_path)
    report = sync_workspace(tmp_path / "kerja", proj)
    assert sorted(report.added) == ["dashboards/profil_sentra.ipynb", "notebooks/00_mulai_di_sini.ipynb",
                                    "notebooks/01_contoh.ipynb"]
    text = (tmp_path / "kerja" / "notebooks" / "00_mulai_di_sini.ipynb").read_text(encoding="utf-8")
    assert "40 * harga_kursi_makan" not in text  # participant edition: no solution
    assert json.loads((tmp_path / "kerja" / MANIFEST).read_text())["edition"] == "peserta"


def test_update_keeps_edited_notebooks_and_updates_untouched_ones(tmp_path):
    proj = _project(tmp_path)
    work = tmp_path / "kerja"
    sync_workspace(work, proj)
    # the participant edits notebook 00 ...
    edited = work / "notebooks" / "00_mulai_di_sini.ipynb"
    nb = nbformat.read(edited, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("catatan_saya = 'jangan hilang'"))
    nbformat.write(nb, edited)
    mine = edited.read_bytes()
    # ... and a new toolkit version changes both notebooks and adds one
    _set_title(proj / "notebooks" / "01_contoh.ipynb", "# Hari 1 versi baru")
    nb00 = nbformat.read(proj / "notebooks" / "00_mulai_di_sini.ipynb", as_version=4)
    nb00.cells.insert(1, nbformat.v4.new_markdown_cell("Bagian baru"))
    nbformat.write(nb00, proj / "notebooks" / "00_mulai_di_sini.ipynb")
    new = nbformat.v4.new_notebook()
    new.cells = [nbformat.v4.new_markdown_cell("# Hari 2")]
    nbformat.write(new, proj / "notebooks" / "02_baru.ipynb")

    report = sync_workspace(work, proj)
    assert report.kept == ["notebooks/00_mulai_di_sini.ipynb"]
    assert report.updated == ["notebooks/01_contoh.ipynb"]
    assert report.added == ["notebooks/02_baru.ipynb"]
    assert edited.read_bytes() == mine  # the participant's work is untouched
    assert "Bagian baru" in (work / UPDATES / "notebooks" / "00_mulai_di_sini.ipynb").read_text(encoding="utf-8")
    assert "versi baru" in (work / "notebooks" / "01_contoh.ipynb").read_text(encoding="utf-8")
    assert any("tidak ditimpa" in m for m in report.messages())


def test_running_twice_changes_nothing(tmp_path):
    proj = _project(tmp_path)
    sync_workspace(tmp_path / "kerja", proj)
    report = sync_workspace(tmp_path / "kerja", proj)
    assert not (report.added or report.updated or report.kept)


def test_trainer_edition_and_bad_edition(tmp_path):
    proj = _project(tmp_path)
    sync_workspace(tmp_path / "kerja", proj, edition="pelatih")
    assert "40 * harga_kursi_makan" in (tmp_path / "kerja" / "notebooks" / "00_mulai_di_sini.ipynb").read_text(encoding="utf-8")
    with pytest.raises(InputError):
        sync_workspace(tmp_path / "lain", proj, edition="guru")
