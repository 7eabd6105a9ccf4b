"""Pre/post test: items, scoring, storage, hub collection, class report (Hake gain), XLSX, paper sheet, widgets."""
from __future__ import annotations

import io
import json
import math

import pytest
from openpyxl import load_workbook

import ikm_kit
from ikm_kit import evaluation as ev
from ikm_kit import formats, hub as ikm_hub, paper_forms
from ikm_kit.errors import FileFormatError, InputError


@pytest.fixture(autouse=True)
def _indonesian():
    ikm_kit.set_language("id")
    yield
    ikm_kit.set_language("id")


def test_items_cover_the_six_days_with_parallel_forms():
    assert 15 <= len(ev.ITEMS) <= 20
    assert sorted({i.day for i in ev.ITEMS}) == [1, 2, 3, 4, 5, 6]
    kinds = {i.kind for i in ev.ITEMS}
    assert kinds == {"choice", "number"}
    for it in ev.ITEMS:
        pre, post = it.question("pre"), it.question("post")
        assert pre and post and "{" not in pre + post
        if it.kind == "choice":
            # same options count; the correct key is one of them in both forms
            assert len(it.option_labels("pre")) == len(it.option_labels("post")) >= 3
            assert it.correct_key("pre") in it.options and it.correct_key("post") in it.options
        else:
            # same formula, other numbers: the same parameters are given in both forms
            assert set(it.params["pre"]) == set(it.params["post"])
            assert it.expected("pre") > 0 and it.expected("post") > 0


def test_expected_values_by_hand():
    # T02: 23 of 40 workshops = 57,5 %; T07: Cp = (725 − 715)/(6 × 1,25) = 1,333; T11: BEP = 6 000 000/(500 000 −
    # 350 000) = 40; T13: OEE = 0,90 × 0,80 × 0,95 = 68,4 %; T10 post: (1,8 + 0,7 + 0,5) juta / 20 = Rp 150.000
    assert ev.item("T02").expected("pre") == pytest.approx(57.5)
    assert ev.item("T07").expected("pre") == pytest.approx(10 / 7.5)
    assert ev.item("T11").expected("pre") == pytest.approx(40)
    assert ev.item("T13").expected("pre") == pytest.approx(68.4)
    assert ev.item("T10").expected("post") == pytest.approx(150_000)
    # T01 comes from the toolkit's classification: 12 workers, Rp 800 juta → kecil; 6 workers, Rp 1,5 miliar → menengah
    assert ev.item("T01").correct_key("pre") == "kecil" and ev.item("T01").correct_key("post") == "menengah"
    assert ev.expected_text("T10", "post") == "Rp 150.000"
    assert ev.expected_text("T03", "post") == "B — Pengelola"


def test_answers_are_checked_in_indonesian_or_english_notation():
    assert ev.is_correct("T02", "pre", "57,5") and ev.is_correct("T02", "pre", "57.5 %")
    assert ev.is_correct("T10", "pre", "Rp 400.000") and ev.is_correct("T10", "pre", 400000)
    assert not ev.is_correct("T10", "pre", "Rp 450.000") and not ev.is_correct("T02", "pre", "")
    assert ev.is_correct("T03", "pre", "A") and ev.is_correct("T03", "pre", "pembina")
    assert not ev.is_correct("T03", "pre", "B") and not ev.is_correct("T03", "pre", "Z")
    with pytest.raises(InputError):
        ev.is_correct("T03", "tengah", "A")
    with pytest.raises(InputError):
        ev.item("T99")


def _answers(form: str, right: set[str]) -> dict[str, str]:
    """Right answers for the items in ``right`` (as typed), a wrong one for the others."""
    out = {}
    for it in ev.ITEMS:
        if it.kind == "choice":
            key = it.correct_key(form)
            out[it.id] = key if it.id in right else next(o for o in it.options if o != key)
        else:
            out[it.id] = formats.number(it.expected(form), 2) if it.id in right else "0"
    return out


IDS = [i.id for i in ev.ITEMS]
ANI = {"pre": set(IDS[:4]), "post": set(IDS[:12])}          # 4/16 = 25 %, 12/16 = 75 %
BUDI = {"pre": set(IDS[:8]), "post": set(IDS[:12])}         # 8/16 = 50 %, 12/16 = 75 %


def _results():
    return {name: {form: _answers(form, right) for form, right in spec.items()}
            for name, spec in (("ani", ANI), ("budi", BUDI))}


def test_class_report_of_two_participants_by_hand():
    report = ev.class_report(_results())
    p = report.participants.set_index("participant")
    assert p.loc["ani", "pre_pct"] == 25 and p.loc["ani", "post_pct"] == 75
    assert p.loc["budi", "pre_pct"] == 50 and p.loc["budi", "post_pct"] == 75
    # Hake (1998): g = (post − pre)/(100 − pre): ani (75 − 25)/75 = 2/3; budi (75 − 50)/50 = 0,5
    assert p.loc["ani", "gain"] == pytest.approx(2 / 3) and p.loc["budi", "gain"] == pytest.approx(0.5)
    # class: ⟨pre⟩ = 37,5, ⟨post⟩ = 75 → ⟨g⟩ = 37,5/62,5 = 0,6 (not the mean of the gains, 0,583)
    assert report.class_pre_pct == 37.5 and report.class_post_pct == 75
    assert report.class_gain == pytest.approx(0.6) and report.matched == 2
    topics = report.topics.set_index("day")
    # Day 2 = T04–T06: pre ani 1 of 3 (T04), budi 3 of 3 → 4/6; post both 3/3 → g = 1
    assert topics.loc[2, "pre_pct"] == pytest.approx(400 / 6) and topics.loc[2, "post_pct"] == 100
    assert topics.loc[2, "gain"] == pytest.approx(1.0)
    # Day 1: all right before → no room to gain (NaN, shown as –)
    assert topics.loc[1, "pre_pct"] == 100 and math.isnan(topics.loc[1, "gain"])
    # Day 6 = T15–T16: wrong in every test
    assert topics.loc[6, "pre_pct"] == 0 and topics.loc[6, "post_pct"] == 0 and topics.loc[6, "gain"] == 0


def test_a_participant_with_only_the_pre_test_is_not_in_the_gain():
    results = _results()
    results["citra"] = {"pre": _answers("pre", set())}
    report = ev.class_report(results)
    assert report.matched == 2 and report.class_gain == pytest.approx(0.6)
    assert math.isnan(report.participants.set_index("participant").loc["citra", "gain"])


def test_store_is_written_atomically_and_survives_a_corrupt_file(tmp_path):
    store = ev.EvaluationStore(tmp_path / "evaluasi.json")
    store.save("pre", {"T01": "kecil", "T02": "57,5", "T99": "x", "T03": ""})
    assert store.answers("pre") == {"T01": "kecil", "T02": "57,5"}
    assert store.answers("post") == {}
    assert [p.name for p in tmp_path.iterdir()] == ["evaluasi.json"]        # no temporary file left
    (tmp_path / "evaluasi.json").write_text("{rusak")
    assert store.answers("pre") == {}
    assert any(p.name.startswith("evaluasi.rusak-") for p in tmp_path.iterdir())


def test_report_xlsx_for_the_activity_report(tmp_path):
    path = ev.report_to_xlsx(ev.class_report(_results()), tmp_path / "lap.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Ringkasan", "Peserta", "Per hari", "Per soal"]
    summary = {r[0]: r[1] for r in wb["Ringkasan"].iter_rows(values_only=True) if r and r[0]}
    assert summary["Gain kelas ⟨g⟩"] == 0.6 and summary["Peserta dengan tes awal dan akhir"] == 2
    rows = list(wb["Peserta"].iter_rows(values_only=True))
    assert rows[0][0] == "Peserta" and rows[1][0] == "ani" and rows[1][5] == pytest.approx(0.667)


def test_paper_score_sheet_typed_in_gives_the_same_report(tmp_path):
    form = paper_forms.build_form("lembar_nilai_tes")
    wb = load_workbook(paper_forms.to_xlsx(form, tmp_path / "nilai.xlsx"))
    ws = wb[ev.SCORE_SHEET]
    assert [c.value for c in ws[1]] == ev.score_sheet_columns()
    r = 2
    for name, forms in _results().items():
        for f, answers in forms.items():
            ws.cell(r, 1, name)
            ws.cell(r, 2, f)
            for j, it in enumerate(ev.ITEMS, start=3):
                a = answers[it.id]
                # on paper choices are letters; numbers typed as numbers
                value = ev.LETTERS[it.options.index(a)] if it.kind == "choice" else formats.parse_number(a)
                ws.cell(r, j, value)
            r += 1
    buf = io.BytesIO()
    wb.save(buf)
    typed = ev.read_score_sheet(buf.getvalue())
    report = ev.class_report(typed)
    assert report.class_gain == pytest.approx(0.6)
    assert report.participants.set_index("participant").loc["budi", "pre_score"] == 8
    ws.cell(2, 2, "tengah")
    buf = io.BytesIO()
    wb.save(buf)
    with pytest.raises(FileFormatError, match="tengah"):
        ev.read_score_sheet(buf.getvalue())


def test_paper_tests_are_forms():
    keys = paper_forms.form_keys()
    assert {"tes_awal", "tes_akhir", "lembar_nilai_tes"} <= set(keys)
    pre = paper_forms.build_form("tes_awal")
    assert len(pre.rows) == len(ev.ITEMS)
    assert "☐ A. Industri kecil" in pre.rows[0][1]
    page = paper_forms.to_html(paper_forms.build_form("tes_akhir"))
    assert ev.item("T03").question("post") in page and "Pengelola" in page
    # no key on the participants' paper
    assert ev.expected_text("T10", "post") not in page


def test_hub_collects_the_test_file_with_validation(tmp_path):
    homes, dest = tmp_path / "home", tmp_path / "kelas"
    for name, spec in (("ani", ANI), ("budi", BUDI)):
        store = ev.EvaluationStore(ikm_hub.progress_dir(homes / f"jupyter-{name}") / ev.FILE_NAME)
        for form, right in spec.items():
            store.save(form, _answers(form, right))
    # a participant's junk is not copied as is
    junk = ikm_hub.progress_dir(homes / "jupyter-citra")
    junk.mkdir(parents=True)
    (junk / ev.FILE_NAME).write_text(json.dumps({"forms": {"pre": {"answers": {"T01": "A", "x" * 20: "y",
                                                                              "T02": "9" * 500}},
                                                           "rahasia": "kunci"}}))
    ikm_hub.collect_progress(homes, dest, prefix="jupyter-")
    copied = json.loads((dest / "citra" / ev.FILE_NAME).read_text())
    assert copied == {"version": 1, "forms": {"pre": {"answers": {"T01": "A"}}}}
    results = ev.results_from_pattern(str(dest / "*" / ev.FILE_NAME))
    assert set(results) == {"ani", "budi", "citra"}
    report = ev.class_report({k: v for k, v in results.items() if k != "citra"})
    assert report.class_gain == pytest.approx(0.6)
    assert ikm_hub.EVALUATION_FILE_NAME == ev.FILE_NAME


def test_widgets_save_and_show_the_class(tmp_path):
    from ikm_kit.widgets.evaluation import EvaluationClassApp, PrePostTest
    from ikm_kit.widgets.exercises import ClassSummaryApp

    for name, spec in (("ani", ANI), ("budi", BUDI)):
        for form, right in spec.items():
            app = PrePostTest(form, store=ev.EvaluationStore(tmp_path / name / ".ikm-kit" / ev.FILE_NAME))
            for item_id, answer in _answers(form, right).items():
                app.controls[item_id].value = answer
            app.save_button.click()
            assert "16 dari 16" in app.status.value
    again = PrePostTest("pre", store=ev.EvaluationStore(tmp_path / "ani" / ".ikm-kit" / ev.FILE_NAME))
    assert again.answers() == _answers("pre", ANI["pre"])                       # reloaded
    assert "57,5" not in again.body.children[2].children[1].children[0].value   # no key shown
    trainer = EvaluationClassApp(str(tmp_path / "*" / ".ikm-kit" / ev.FILE_NAME))
    assert "ani" in trainer.output.value and "0,60" in trainer.output.value
    trainer.export_button.click()
    assert "hasil_tes_awal_akhir.xlsx" in trainer.download_link.value
    summary = ClassSummaryApp(str(tmp_path / "*" / ".ikm-kit" / "progres.json"))
    assert summary.evaluation in summary.body.children and "budi" in summary.evaluation.output.value


def test_trainer_app_reads_a_typed_paper_sheet(tmp_path):
    from ikm_kit.widgets.evaluation import EvaluationClassApp

    form = paper_forms.build_form("lembar_nilai_tes")
    wb = load_workbook(paper_forms.to_xlsx(form, tmp_path / "nilai.xlsx"))
    ws = wb[ev.SCORE_SHEET]
    for r, (f, right) in enumerate((("pre", set()), ("post", set(IDS))), start=2):
        ws.cell(r, 1, "dewi")
        ws.cell(r, 2, f)
        for j, (item_id, answer) in enumerate(_answers(f, right).items(), start=3):
            it = ev.item(item_id)
            ws.cell(r, j, ev.LETTERS[it.options.index(answer)] if it.kind == "choice" else answer)
    buf = io.BytesIO()
    wb.save(buf)
    app = EvaluationClassApp(str(tmp_path / "tidak-ada" / "*" / ev.FILE_NAME))
    assert "Belum ada hasil tes" in app.output.value
    app.upload.value = ({"name": "nilai.xlsx", "type": "", "size": len(buf.getvalue()),
                         "content": memoryview(buf.getvalue()),
                         "last_modified": __import__("datetime").datetime(2026, 12, 5)},)
    # dewi: 0 % before, 100 % after → g = (100 − 0)/(100 − 0) = 1
    assert "dewi" in app.output.value and "1,00" in app.output.value
    assert app.report is not None and app.report.class_gain == pytest.approx(1.0)
