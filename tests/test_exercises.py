"""cek(): instant, graded feedback; progress kept locally and atomically."""
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from ikm_kit.exercises import ProgressStore, class_summary, evaluate, registry
from ikm_kit.exercises.core import AnswerError, numeric


@pytest.fixture
def store(tmp_path):
    return ProgressStore(tmp_path / "progres.json")


@pytest.fixture
def lenient(monkeypatch):
    monkeypatch.setenv("IKM_CEK_STRICT", "")


def test_correct_answer_in_indonesian_notation(store, lenient):
    fb = evaluate("00.pendapatan_kursi", "Rp 14.000.000", store)
    assert fb.correct and "Benar" in fb.message
    assert store.get("00.pendapatan_kursi").passed


def test_placeholder_is_not_an_attempt(store, lenient):
    fb = evaluate("00.pendapatan_kursi", ..., store)
    assert fb.status == "kosong" and "belum dijawab" in fb.message
    assert store.get("00.pendapatan_kursi").attempts == 0


def test_typical_mistake_gets_its_own_explanation(store, lenient):
    fb = evaluate("00.pendapatan_kursi", 12 * 350_000, store)
    assert not fb.correct and "12 kursi" in fb.hint


def test_hints_are_graded_then_the_answer_is_revealed(store, lenient):
    hints = [evaluate("00.pendapatan_kursi", 1, store).hint for _ in range(4)]
    assert hints[0].startswith("(1)") and hints[1].startswith("(2)")
    assert "14.000.000" in hints[3] and "14.000.000" not in hints[0]


def test_text_where_a_number_is_expected(store, lenient):
    fb = evaluate("00.pendapatan_kursi", "empat belas juta", store)
    assert not fb.correct and "angka" in fb.hint


def test_choice_is_case_and_space_insensitive(store, lenient):
    assert evaluate("00.jalankan_sel", " Shift+Enter ", store).correct
    assert "Shift" in evaluate("00.jalankan_sel", "enter", store).hint


def test_feedback_renders_html(store, lenient):
    html = evaluate("00.pendapatan_kursi", 1, store)._repr_html_()
    assert "Petunjuk" in html and "<script" not in html


def test_english_feedback(store, lenient):
    from ikm_kit.i18n import language

    with language("en"):
        assert "Correct" in evaluate("00.pendapatan_kursi", 14_000_000, store).message


def test_strict_mode_raises_on_wrong_answer(store, monkeypatch):
    monkeypatch.setenv("IKM_CEK_STRICT", "1")
    with pytest.raises(AnswerError):
        evaluate("00.pendapatan_kursi", 1, store)
    assert evaluate("00.pendapatan_kursi", 14_000_000, store).correct


def test_unknown_exercise_lists_known_ones():
    from ikm_kit.errors import InputError

    with pytest.raises(InputError, match="00.pendapatan_kursi"):
        evaluate("99.tidak_ada", 1)


def test_every_registered_exercise_has_title_and_hints_in_both_languages():
    from ikm_kit.i18n import has_key

    for ex in registry().values():
        key = f"ex.{ex.id.replace('.', '_')}"
        assert has_key(f"{key}.title"), ex.id
        for hint in ex.hints:
            assert has_key(hint), (ex.id, hint)


def test_duplicate_registration_is_refused():
    with pytest.raises(RuntimeError):
        numeric("00.pendapatan_kursi", 1)


def test_corrupt_progress_file_is_kept_aside(tmp_path):
    path = tmp_path / "progres.json"
    path.write_text("{ rusak", encoding="utf-8")
    store = ProgressStore(path)
    store.record("00.jalankan_sel", passed=True)
    assert json.loads(path.read_text())["exercises"]["00.jalankan_sel"]["passed"] is True
    assert list(tmp_path.glob("progres.rusak-*.json"))


def test_class_summary_combines_participants(tmp_path):
    for name, ok in [("ani", True), ("budi", False)]:
        ProgressStore(tmp_path / name / ".ikm-kit" / "progres.json").record("00.jalankan_sel", passed=ok)
    table = class_summary(sorted(tmp_path.glob("*/.ikm-kit/progres.json")))
    assert list(table["participant"]) == ["ani", "budi"]
    assert list(table["passed"]) == [1, 0]


WRITER = """
import sys
from ikm_kit.exercises.progress import ProgressStore
store = ProgressStore(sys.argv[1])
i = 0
while True:
    store.record(f"00.latihan_{i % 50}", passed=bool(i % 2))
    i += 1
"""


def test_progress_survives_being_killed_mid_write(tmp_path):
    path = tmp_path / "progres.json"
    for round_ in range(5):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)])
        deadline = time.time() + 60
        while not path.exists() and time.time() < deadline:  # slow start on a busy machine
            time.sleep(0.05)
        time.sleep(0.05 + 0.07 * round_)  # kill at a different moment of the write loop each round
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        data = json.loads(path.read_text(encoding="utf-8"))  # never half-written
        assert data["exercises"]
    assert not list(tmp_path.glob("progres.rusak-*"))
