"""Every right answer passes on the first attempt; wrong ones still fail (issue 17).

The expected values come from the registry (``Exercise.expected_value()``), never
copied here.  Right answers are generated the way people type them: rounded to
two and three significant digits, in percent and as a fraction where a share is
asked, with a scale word (``juta``/``ribu``); a bare number in juta/ribu must get
the scale hint, not "benar" and not a typical-mistake explanation.
"""
from __future__ import annotations

import json
import math

import pytest

from ikm_kit import formats
from ikm_kit.exercises import ProgressStore, evaluate, registry
from ikm_kit.i18n import set_language, t

REGISTRY = registry()
NUMERIC = sorted(k for k, e in REGISTRY.items() if e.kind == "angka")
CHOICES = sorted(k for k, e in REGISTRY.items() if e.kind == "pilihan")


@pytest.fixture(autouse=True)
def _lenient(monkeypatch):
    monkeypatch.setenv("IKM_CEK_STRICT", "")
    set_language("id")


def _fresh(tmp_path, name="p"):
    return ProgressStore(tmp_path / f"{name}.json")


def _round_sig(x: float, sig: int) -> tuple[float, int]:
    """``x`` rounded to ``sig`` significant digits, and the decimals that takes (≥ 0)."""
    if x == 0:
        return 0.0, 0
    decimals = sig - 1 - math.floor(math.log10(abs(x)))
    return round(x, decimals), max(decimals, 0)


def _typed(x: float, sig: int) -> str:
    value, decimals = _round_sig(x, sig)
    return formats.number(value, decimals)


def _is_mistake_message(fb, exercise) -> bool:
    """True when the feedback names a typical mistake (an ``.m_`` catalogue text)."""
    from ikm_kit.i18n import catalogue

    texts = [v["id"] for k, v in catalogue().items() if k.startswith(f"ex.{exercise.id.replace('.', '_')}.m_")]
    return any(text.split("{")[0][:40] in fb.hint for text in texts if text)


def _right_answers(exercise) -> list[str]:
    x = exercise.expected_value()
    answers = []
    for sig in (2, 3):
        if exercise.share == "fraction":
            answers += [_typed(x, sig), _typed(100 * x, sig), _typed(100 * x, sig) + " %"]
        elif exercise.share == "percent":
            answers += [_typed(x, sig), _typed(x, sig) + " %", _typed(x / 100, sig)]
        else:
            answers.append(_typed(x, sig))
    if abs(x) >= 1e6:
        answers += [_typed(x / 1e6, 3) + " juta", _typed(x / 1e6, 3) + " jt"]
    if abs(x) >= 1e4:
        answers.append(_typed(x / 1e3, 3) + " ribu")
    return answers


@pytest.mark.parametrize("exercise_id", NUMERIC)
def test_rounded_answers_pass_on_the_first_attempt(exercise_id, tmp_path):
    ex = REGISTRY[exercise_id]
    x = ex.expected_value()
    if float(x).is_integer() and not ex.check(str(int(x) + 1)).correct and not ex.check(_typed(x, 2)).correct:
        answers = [formats.number(x, 0), str(int(x))]            # an exact count: only the whole number
    else:
        answers = _right_answers(ex)
    for i, answer in enumerate(answers):
        fb = evaluate(exercise_id, answer, _fresh(tmp_path, f"a{i}"))
        assert fb.status == "benar", (exercise_id, x, answer, fb.message, fb.hint)
        assert fb.attempts == 1
        assert not _is_mistake_message(fb, ex)


SHARES = [k for k in NUMERIC if REGISTRY[k].share]


def test_shares_are_declared():
    # every exercise asking a tingkat/proporsi/peluang reads both forms (issue 17)
    assert {"01.keterisian_gabungan", "02.kadar_air_lewat", "03.pa_dua_persen", "03.aoql", "04.peluang_rugi",
            "05.keterisian_jan2022", "05.penagihan_2023", "05.utilisasi_ketam", "05.oee_ketam",
            "06.penagihan_pangan", "06.utilisasi_oven_pangan", "06.tingkat_cacat"} <= set(SHARES)


@pytest.mark.parametrize("exercise_id", SHARES)
def test_share_feedback_says_how_it_was_read(exercise_id, tmp_path):
    ex = REGISTRY[exercise_id]
    x = ex.expected_value()
    fraction = x if ex.share == "fraction" else x / 100
    fb = evaluate(exercise_id, _typed(100 * fraction, 3) + " %", _fresh(tmp_path, "pct"))
    assert fb.correct and "persen" in fb.message
    fb = evaluate(exercise_id, _typed(fraction, 3), _fresh(tmp_path, "frac"))
    assert fb.correct and "pecahan" in fb.message


@pytest.mark.parametrize("exercise_id", [k for k in NUMERIC if abs(REGISTRY[k].expected_value()) >= 1e4])
def test_bare_number_in_ribu_or_juta_gets_the_scale_hint(exercise_id, tmp_path):
    ex = REGISTRY[exercise_id]
    x = ex.expected_value()
    factor, word = (1e6, "juta") if abs(x) >= 1e6 else (1e3, "ribu")
    fb = evaluate(exercise_id, _typed(x / factor, 3), _fresh(tmp_path))
    assert fb.status == "salah"
    assert t("checker.scale_hint", scale=word, example="").split("{")[0][:20] in fb.hint
    assert word in fb.hint
    assert not _is_mistake_message(fb, ex)


@pytest.mark.parametrize("exercise_id", NUMERIC)
def test_clearly_wrong_values_still_fail(exercise_id, tmp_path):
    ex = REGISTRY[exercise_id]
    x = ex.expected_value()
    for i, wrong in enumerate((x * 1.25 + 1, x * 0.7 - 1, -x - 3)):   # -x: the sign flipped (x may be negative)
        fb = evaluate(exercise_id, _typed(wrong, 3), _fresh(tmp_path, f"w{i}"))
        assert fb.status == "salah", (exercise_id, x, wrong)


def test_one_significant_digit_is_not_enough_unless_the_prompt_asks_for_it(tmp_path):
    # 1.6: exact 0.6346; "0,6" is one digit and the prompt does not ask for one decimal
    assert evaluate("01.keterisian_gabungan", "0,6", _fresh(tmp_path, "a")).status == "salah"
    assert evaluate("01.keterisian_gabungan", "0,62", _fresh(tmp_path, "b")).status == "salah"
    # rounding twice (0.6346 → 0,635 as a table shows it → 0,64) is accepted, a third digit off is not
    assert evaluate("01.keterisian_gabungan", "0,64", _fresh(tmp_path, "d")).correct
    assert evaluate("01.keterisian_gabungan", "0,636", _fresh(tmp_path, "e")).status == "salah"
    # 5.3: the prompt suggests the format 0,9 (one decimal): that precision is enough
    assert REGISTRY["05.penagihan_2023"].decimals == 1
    assert evaluate("05.penagihan_2023", "0,9", _fresh(tmp_path, "c")).correct


def test_computed_results_in_code_use_the_tolerance(tmp_path):
    ex = REGISTRY["06.pendapatan_mebel"]
    exact = ex.expected_value()
    assert evaluate("06.pendapatan_mebel", exact * (1 + 1e-9), _fresh(tmp_path, "a")).correct
    assert evaluate("06.pendapatan_mebel", exact * 1.2, _fresh(tmp_path, "b")).status == "salah"


# ------------------------------------------------------------- reproductions from issue 17
@pytest.mark.parametrize("exercise_id,answer", [
    ("01.keterisian_gabungan", "0,63"),     # 1.6: exact 0.6346, the hint itself says "misalnya 0,63"
    ("06.penagihan_pangan", "0,78"),        # 6.1: exact 0.7778
    ("06.tingkat_cacat", "0,07"),           # 6.4: exact 0.0721 — was "Itu rata-rata dari proporsi harian"
    ("05.penagihan_2023", "0,9"),           # 5.3: exact 0.8962 — was "rata-rata dari 12 persentase bulanan"
    ("05.oee_ketam", "0,56"),               # 5.10: exact 0.5635
    ("05.potensi_sewa_hilang", "14.200.000"),  # 5.2: exact 14.166.661; trainer note "≈ Rp14,2 juta"
])
def test_issue_17_reproductions_pass_without_a_false_diagnosis(exercise_id, answer, tmp_path):
    fb = evaluate(exercise_id, answer, _fresh(tmp_path))
    assert fb.status == "benar", (answer, fb.hint)
    assert fb.attempts == 1 and fb.hint == ""


def test_issue_17_scale_words(tmp_path):
    assert formats.parse_number("400 juta") == 400_000_000
    assert formats.parse_number("14,2 jt") == 14_200_000
    assert formats.parse_number("101 ribu") == 101_000
    assert formats.parse_number("1,5 M") == 1_500_000_000
    assert formats.parse_number("1,5 miliar") == 1_500_000_000
    assert formats.parse_number("Rp 186,9 juta") == pytest.approx(186_900_000)
    # 01.potensi_sewa: exact Rp 399.999.840 → "400 juta" is right, a bare "400" gets the scale hint
    assert evaluate("01.potensi_sewa", "400 juta", _fresh(tmp_path, "a")).correct
    fb = evaluate("01.potensi_sewa", "400", _fresh(tmp_path, "b"))
    assert fb.status == "salah" and "juta" in fb.hint
    # 04.biaya_kayu: exact Rp 101.088 typed in ribu with a decimal comma
    fb = evaluate("04.biaya_kayu", "101,088", _fresh(tmp_path, "c"))
    assert fb.status == "salah" and "ribu" in fb.hint
    assert evaluate("04.biaya_kayu", "101,088 ribu", _fresh(tmp_path, "d")).correct


def test_typical_mistake_named_only_when_closer_to_the_mistake(tmp_path):
    # 06.tingkat_cacat: the mean of daily proportions is a typical mistake; the right value rounded
    # must never hear it, while the mistake's own value (typed precisely) does.
    from ikm_kit.exercises.day6 import _defect_rate_mean_of_days

    mistake = _defect_rate_mean_of_days()
    fb = evaluate("06.tingkat_cacat", mistake, _fresh(tmp_path, "a"))
    assert fb.status == "salah" and t("ex.06_tingkat_cacat.m_rata_rata") in fb.hint
    for i, right in enumerate(("0,07", "0,072", "7,2 %", "7 %")):
        fb = evaluate("06.tingkat_cacat", right, _fresh(tmp_path, f"r{i}"))
        assert fb.correct and t("ex.06_tingkat_cacat.m_rata_rata") not in fb.hint


# ------------------------------------------------------------------------------- choices
def _label_answer(ex):
    correct = ex.correct_value()
    options = ex.options()
    assert options, f"{ex.id}: no labelled options (write the ChoiceQuestion options as a literal list in the notebook)"
    norm = (lambda c: " ".join(str(c).lower().split()))
    if isinstance(correct, (set, frozenset, list, tuple)):
        wanted = {norm(c) for c in correct}
        labels = [label for code, label in options if norm(code) in wanted]
        assert len(labels) == len(wanted), (ex.id, correct, options)
        codes = {code for code, label in options if norm(code) in wanted}
        return labels, codes
    labels = [label for code, label in options if norm(code) == norm(correct)]
    assert labels, (ex.id, correct, options)
    return labels, next(code for code, label in options if norm(code) == norm(correct))


@pytest.mark.parametrize("exercise_id", CHOICES)
def test_every_choice_passes_with_its_label(exercise_id, tmp_path):
    ex = REGISTRY[exercise_id]
    labels, code = _label_answer(ex)
    answer = set(labels) if isinstance(code, set) else labels[0]
    fb = evaluate(exercise_id, answer, _fresh(tmp_path, "label"))
    assert fb.status == "benar" and fb.attempts == 1, (exercise_id, answer, fb.hint)
    # what the widget hands over (the option's code) passes as well
    fb = evaluate(exercise_id, code, _fresh(tmp_path, "code"))
    assert fb.status == "benar"


@pytest.mark.parametrize("exercise_id", CHOICES)
def test_choice_widget_with_the_notebook_labels_passes(exercise_id, tmp_path):
    from ikm_kit.widgets.exercises import ChoiceQuestion

    ex = REGISTRY[exercise_id]
    labels, code = _label_answer(ex)
    options = [(label, c) for c, label in ex.options()]
    multiple = isinstance(code, set)
    q = ChoiceQuestion(exercise_id, options, multiple=multiple, store=_fresh(tmp_path))
    q.control.value = tuple(code) if multiple else code
    q._on_check()
    assert "✔" in q.feedback.value, (exercise_id, q.feedback.value)


def test_choice_reveal_shows_the_label_not_the_code(tmp_path):
    ex = REGISTRY["06.faktor_oee"]
    store = _fresh(tmp_path)
    fb = None
    for _ in range(len(ex.hints) + 2):
        fb = evaluate("06.faktor_oee", "kualitas", store)
    label = dict(ex.options())[ex.correct_value()]
    assert label in fb.hint and f": {ex.correct_value()}." not in fb.hint


# --------------------------------------------------------------------- revealed answers
def test_revealed_then_copied_shows_as_dibuka_with_attempts(tmp_path):
    from ikm_kit.widgets.exercises import class_summary_table

    ani = ProgressStore(tmp_path / "ani" / "progres.json")
    budi = ProgressStore(tmp_path / "budi" / "progres.json")
    ex = REGISTRY["06.tingkat_cacat"]
    for _ in range(len(ex.hints) + 2):
        fb = evaluate("06.tingkat_cacat", "0,5", ani)
    assert "Jawaban yang diharapkan" in fb.hint
    assert evaluate("06.tingkat_cacat", ex.expected_value(), ani).correct     # copied
    assert evaluate("06.tingkat_cacat", "0,072", budi).correct
    assert ani.get("06.tingkat_cacat").status == "dibuka"
    assert budi.get("06.tingkat_cacat").status == "benar"
    table = class_summary_table([str(ani.path), str(budi.path)]).set_index("peserta")
    attempts = len(ex.hints) + 3
    assert table.loc["ani", "06.tingkat_cacat"] == f"◐ dibuka ({attempts}×)"
    assert table.loc["budi", "06.tingkat_cacat"] == "✔ benar (1×)"
    assert table.loc["ani", "lulus"] == 0 and table.loc["budi", "lulus"] == 1


def test_old_progress_files_still_load(tmp_path):
    path = tmp_path / "progres.json"
    path.write_text(json.dumps({"version": 1, "exercises": {
        "06.tingkat_cacat": {"attempts": 2, "passed": True, "first_passed": "2024-01-01T10:00:00",
                             "last_attempt": "2024-01-01T10:00:00"}}}), encoding="utf-8")
    store = ProgressStore(path)
    assert store.get("06.tingkat_cacat").status == "benar"
    assert store.table().loc[0, "status"] == "benar"


def test_hub_collector_keeps_the_revealed_flag(tmp_path):
    from ikm_kit import hub

    home = tmp_path / "home" / "jupyter-ani"
    store = ProgressStore(hub.progress_dir(home) / "progres.json")
    store.record("06.tingkat_cacat", passed=False)
    store.mark_revealed("06.tingkat_cacat")
    store.record("06.tingkat_cacat", passed=True)
    written = hub.collect_progress(tmp_path / "home", tmp_path / "kelas", prefix="jupyter-")
    data = json.loads(written[0].read_text(encoding="utf-8"))
    assert data["exercises"]["06.tingkat_cacat"]["revealed"] is True


def test_kind_and_expected_value_for_every_exercise():
    kinds = {e.kind for e in REGISTRY.values()}
    assert kinds <= {"angka", "pilihan", "formulir", "kode"}
    for ex in REGISTRY.values():
        if ex.kind == "angka":
            assert math.isfinite(ex.expected_value())
        else:
            with pytest.raises(TypeError):
                ex.expected_value()
