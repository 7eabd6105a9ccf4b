"""Printed handouts (ikm_kit.handouts, ``ikm-kit handout``); the answer-key booklet: tests/test_handouts_booklet.py."""
from __future__ import annotations

import ast
import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import nbformat
import pandas as pd
import pytest

import ikm_kit
from ikm_kit import handouts
from ikm_kit.exercises import registry

from handout_helpers import NOTEBOOKS, REQUIRE_ALL, build_offline, need_browser


@pytest.fixture(autouse=True)
def _indonesian():
    ikm_kit.set_language("id")
    yield
    ikm_kit.set_language("id")


# ------------------------------------------------------------------ unit level
def test_questions_are_read_from_the_code_cell():
    src = ('from ikm_kit.widgets.exercises import ChoiceQuestion\n'
           'ChoiceQuestion("02.mutu_abon", [("Berat", "berat"), ("Aman", "aman")], multiple=True)\n'
           'NumberQuestion("01.potensi_sewa", placeholder="Rp per tahun")\n'
           'jawaban = ...\ncek("01.keterisian_gabungan", jawaban)\n')
    qs = handouts.paper_questions(src)
    assert [(q.exercise_id, q.kind) for q in qs] == [("02.mutu_abon", "choice"), ("01.potensi_sewa", "number"),
                                                     ("01.keterisian_gabungan", "cek")]
    assert qs[0].options == [("Berat", "berat"), ("Aman", "aman")] and qs[0].multiple
    assert qs[1].placeholder == "Rp per tahun"
    assert handouts.paper_questions("this is not python(") == []


def test_exercise_key_comes_from_the_registry():
    ex = registry()["01.potensi_sewa"]
    key = handouts.exercise_key("01.potensi_sewa")
    assert key.expected == ex.expected_text() and key.expected.startswith("Rp ")
    assert key.unit == "Rp"
    assert len(key.hints) == len(ex.hints) == 2
    assert len(key.mistakes) == 2 and all("ex." not in m for m in key.mistakes)   # translated texts
    assert handouts.exercise_key("01.minimal_unit_sentra").unit == "unit usaha"


def test_correct_option_is_the_one_the_check_accepts():
    q = handouts.paper_questions('ChoiceQuestion("01.peran_sentra", [("Pembina", "pembina"), '
                                 '("Pengelola", "pengelola"), ("Anggota", "anggota")])')[0]
    assert handouts.correct_options(q) == {2}


def test_display_frame_uses_indonesian_labels_and_numbers():
    df = pd.DataFrame({"name": ["A"], "investment_rp": [1_250_000], "occupancy_rate": [0.575],
                       "value": [1234.5], "workers": [8]})
    shown = handouts.display_frame(df)
    assert list(shown.columns) == ["Nama", "Investasi (Rp)", "Tingkat keterisian", "Nilai", "Tenaga kerja"]
    assert shown.iloc[0].tolist() == ["A", "Rp 1.250.000", "57,5 %", "1.234,50", "8"]


def _synthetic_executed_notebook() -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    fig = {"data": [{"type": "bar", "x": ["a", "b"], "y": [1, 2]}], "layout": {"title": {"text": "Uji"}}}
    chart = nbformat.v4.new_code_cell("fig")
    chart.outputs = [nbformat.v4.new_output("display_data", {"application/vnd.plotly.v1+json": fig})]
    question = nbformat.v4.new_code_cell('ChoiceQuestion("01.peran_sentra", [("Pembina", "pembina"), '
                                         '("Pengelola", "pengelola"), ("Anggota", "anggota")])')
    question.outputs = [nbformat.v4.new_output("execute_result", {
        "text/plain": "ChoiceQuestion(...)",
        "application/vnd.jupyter.widget-view+json": {"model_id": "abc", "version_major": 2, "version_minor": 0}},
        execution_count=1)]
    answer = nbformat.v4.new_code_cell('jawaban = ...\ncek("01.potensi_sewa", jawaban)')
    answer.outputs = [nbformat.v4.new_output("execute_result", {
        "text/html": '<div class="ikm-feedback">✎ Latihan 1.7: belum dijawab.</div>', "text/plain": "x"},
        execution_count=2)]
    note = nbformat.v4.new_markdown_cell("**Catatan pelatih.** Jawabannya anggota.")
    note.metadata["tags"] = ["catatan-pelatih"]
    nb.cells = [nbformat.v4.new_markdown_cell("# Judul"), chart, question, answer, note]
    nb.metadata["title"] = "Hari 1 — Uji"
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {
        "abc": {"model_name": "VBoxModel", "state": {"children": []}}}}}
    return nb


def test_render_synthetic_notebook_both_editions():
    need_browser()
    nb = _synthetic_executed_notebook()
    peserta = handouts.render_html(nb, "01_uji", "peserta")
    assert peserta.count('<img class="ikm-chart"') == 1
    assert "<svg" not in peserta.split("<main>")[1].split("data:image")[0]   # charts are images
    for label in ("A.</b> Pembina", "B.</b> Pengelola", "C.</b> Anggota"):
        assert label in peserta
    assert "☐" in peserta and "☑" not in peserta
    assert "belum dijawab" not in peserta and "ikm-feedback" not in peserta
    assert "Catatan pelatih" not in peserta and 'class="ikm-key"' not in peserta
    assert 'class="ikm-blank"></span> Rp' in peserta                      # blank line with the unit
    assert "Hari 1" in peserta and "Handout peserta" in peserta            # cover page
    pelatih = handouts.render_html(nb, "01_uji", "pelatih")
    assert "☑" in pelatih and "Catatan pelatih" in pelatih
    assert html.escape(registry()["01.potensi_sewa"].expected_text()) in pelatih
    assert html.escape(registry()["01.peran_sentra"].expected_text()) in pelatih


def test_unknown_notebook_and_edition_are_refused(tmp_path):
    from ikm_kit.errors import InputError

    with pytest.raises(InputError, match="tidak ada"):
        handouts.build_handouts(tmp_path, notebooks=["99_tidak_ada"])
    with pytest.raises(InputError):
        handouts.build_handouts(tmp_path, notebooks=["00_mulai_di_sini"], edition="guru")


# ------------------------------------------------------------------ every notebook, offline
# (the trainer's booklet is built and checked in tests/test_handouts_booklet.py, in parallel under make test)
@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The participant edition of every notebook, executed and printed offline (handout_helpers)."""
    return build_offline(tmp_path_factory.mktemp("handouts"), "peserta")


def _displayed_charts(nb: nbformat.NotebookNode) -> int:
    """Charts the executed notebook shows: plotly outputs + chart widgets inside displayed apps."""
    state = nb.metadata.get("widgets", {}).get("application/vnd.jupyter.widget-state+json", {}).get("state", {})

    def walk(model_id: str) -> int:
        m = state.get(model_id, {})
        s = m.get("state", {})
        layout = state.get(str(s.get("layout", ""))[10:], {}).get("state", {})
        if layout.get("display") == "none":
            return 0
        if m.get("model_name") == "AnyModel" and s.get("spec"):
            return 1
        n = sum(walk(str(c)[10:]) for c in s.get("children", []) or [])
        return n + sum(count_output(o) for o in s.get("outputs", []) or [])

    def count_output(o: dict) -> int:
        data = o.get("data", {})
        if "application/vnd.plotly.v1+json" in data:
            return 1
        if "application/vnd.jupyter.widget-view+json" in data:
            return walk(data["application/vnd.jupyter.widget-view+json"]["model_id"])
        return 0

    total = 0
    for cell in nb.cells:
        if cell.cell_type != "code" or "ProgressBoard(" in cell.source:
            continue
        # a question cell may also show a chart above its box (03_peta_kendali c052): counted too
        total += sum(count_output(o) for o in cell.get("outputs", []))
    return total


def _choice_questions(path: Path, executed: nbformat.NotebookNode) -> list[tuple[str, list[str]]]:
    """(exercise id, option labels) of every ChoiceQuestion in the notebook's source; options computed in
    the cell (e.g. ``[(n, n) for n in table["product"]]``) as the executed cell called it."""
    found = []
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type != "code" or "raises-exception" in cell.metadata.get("tags", []):
            continue
        for node in ast.walk(ast.parse(cell.source)):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "ChoiceQuestion":
                ex_id = ast.literal_eval(node.args[0])
                try:
                    opts = [o[0] if isinstance(o, tuple) else o for o in ast.literal_eval(node.args[1])]
                except ValueError:
                    opts = [o[0] for o in executed.metadata["ikm_paper_questions"][ex_id]["options"]]
                    assert len(opts) >= 2, ex_id
                found.append((ex_id, opts))
    return found


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_participant_handout_has_every_chart_and_option(built, path):
    page = (built / f"{path.stem}.peserta.html").read_text(encoding="utf-8")
    executed = nbformat.read(built / f"{path.stem}.peserta.ipynb", as_version=4)
    charts = _displayed_charts(executed)
    assert page.count('<img class="ikm-chart"') == charts
    questions = _choice_questions(path, executed)
    assert page.count('class="ikm-question"') >= len(questions)
    for ex_id, labels in questions:
        block = page.split(f'data-exercise="{ex_id}"', 1)[1].split("</ol>", 1)[0]
        for i, label in enumerate(labels):
            assert f"<b>{'ABCDEFGHIJ'[i]}.</b> {html.escape(label)}</li>" in block, (ex_id, label)
        assert block.count("☐") == len(labels)
    assert "belum dijawab" not in page and "ikm-feedback" not in page
    assert "widget-state" not in page and "widget-view" not in page and "<script" not in page
    # nothing is fetched from another host (links in the text are fine; src/stylesheets are not)
    assert not re.search(r'(src|srcset)\s*=\s*["\']?(https?:)?//', page)
    assert not re.search(r'<link[^>]+href=["\']?(https?:)?//', page) and "@import" not in page
    assert "url(http" not in page
    assert 'class="ikm-key"' not in page and "☑" not in page and "Catatan pelatih" not in page


@pytest.mark.slow
def test_handouts_hold_no_expected_answer(built):
    """The participant handouts add no expected answer (a number with 4+ characters) to the material.
    (Every answer is in the trainer's booklet: tests/test_handouts_booklet.py.)"""
    handouts_text = "".join((built / f"{p.stem}.peserta.html").read_text(encoding="utf-8") for p in NOTEBOOKS)
    # what the participant notebooks themselves show (text and outputs: some exercises ask to read a value
    # off a table or an app, so that value is course material, on screen as on paper)
    material = "".join(json.dumps(nbformat.read(built / f"{p.stem}.peserta.ipynb", as_version=4), ensure_ascii=False)
                       for p in NOTEBOOKS)
    checked = 0
    for ex_id, ex in registry().items():
        if ex.expected_text:
            expected = html.escape(ex.expected_text())
            if re.search(r"\d", expected) and len(expected) >= 4 and ex.expected_text() not in material \
                    and expected not in material:
                assert expected not in handouts_text, ex_id
                checked += 1
    assert checked >= 10, checked


@pytest.mark.slow
def test_pdf_has_cover_and_page_numbers(built, tmp_path):
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        if REQUIRE_ALL:
            pytest.fail("pdftotext (poppler-utils) not found but IKM_REQUIRE_ALL=1")
        pytest.skip("poppler-utils not installed")
    pdf = built / "01.pdf"
    first = subprocess.run([pdftotext, "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Pelatihan Manajemen Mutu" in first and "Hari 1" in first and "Lepo-Lepo" in first
    assert "Tanggal:" in first and "Halaman" not in first            # no number on the cover
    second = subprocess.run([pdftotext, "-f", "2", "-l", "2", str(pdf), "-"], capture_output=True, text=True).stdout
    assert re.search(r"Halaman 2 dari \d+", " ".join(second.split()))
