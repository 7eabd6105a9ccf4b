"""Form exercises (issue 17): action plan, KPI targets, fishbone, 5R order — validation,
storage in the participant's workspace, XLSX export and the form widgets."""
import datetime as dt
import json

import openpyxl
import pytest

from ikm_kit.exercises import ProgressStore, registry
from ikm_kit.exercises import forms as F
from ikm_kit.i18n import set_language

GOOD = {"problem": "Penagihan sewa sentra mebel belum lancar", "indicator": "Penagihan sewa (%)",
        "baseline": "86 %", "target": "95 %", "deadline": "Juni 2024", "owner": "Kepala UPTD"}


@pytest.fixture(autouse=True)
def _env(monkeypatch, tmp_path):
    monkeypatch.setenv("IKM_CEK_STRICT", "")
    monkeypatch.setenv("IKM_PROGRESS_DIR", str(tmp_path / "progres"))
    set_language("id")


def test_form_exercises_keep_their_ids_and_are_forms():
    reg = registry()
    for exercise_id in ("02.fishbone_belang", "02.urutan_5r", "06.rencana_aksi", "06.target_kpi"):
        assert reg[exercise_id].kind == "formulir"


@pytest.mark.parametrize("text,expected", [
    ("Juni 2024", dt.date(2024, 6, 30)), ("30 Juni 2024", dt.date(2024, 6, 30)), ("2024-06", dt.date(2024, 6, 30)),
    ("30/06/2024", dt.date(2024, 6, 30)), ("06/2024", dt.date(2024, 6, 30)), ("Des 2024", dt.date(2024, 12, 31)),
    ("Februari 2024", dt.date(2024, 2, 29)),
])
def test_deadlines_as_people_write_them(text, expected):
    assert F.parse_deadline(text) == expected


@pytest.mark.parametrize("text", ["secepatnya", "tahun depan", "31 Juni 2024", "13/2024", ""])
def test_unreadable_deadlines(text):
    assert F.parse_deadline(text) is None


def test_a_good_row_has_no_issues():
    assert F.validate_action_plan([GOOD]) == []


@pytest.mark.parametrize("field,value,fragment", [
    ("target", "meningkatkan mutu", "belum berangka"),
    ("deadline", "secepatnya", "tidak terbaca sebagai tanggal"),
    ("owner", "semua", "tidak ada yang bertanggung jawab"),
    ("owner", "Dinas", "tidak ada yang bertanggung jawab"),
    ("baseline", "", "Nilai sekarang"),
    ("problem", "mutu", "Masalah"),
    ("indicator", "", "Indikator"),
])
def test_each_field_is_validated_with_an_indonesian_message(field, value, fragment):
    issues = F.validate_action_plan([GOOD, {**GOOD, field: value}])
    assert len(issues) == 1
    issue = issues[0]
    assert issue.row == 1 and issue.field == field
    assert "Baris 2" in issue.message and fragment in issue.message


def test_empty_plan_and_empty_rows():
    assert "kosong" in F.validate_action_plan([F.empty_action_row()])[0].message
    assert F.validate_action_plan([GOOD, F.empty_action_row()]) == []        # empty rows are ignored


def test_plan_check_refuses_the_examples_alone():
    examples = F.example_action_plan({"Penagihan sewa": 0.86, "OEE": 0.5, "Tingkat cacat": 0.072}, 0.31)
    assert F.validate_action_plan(examples) == []
    assert not F.check_action_plan(examples).correct
    assert F.check_action_plan([*examples, GOOD]).correct


def test_form_store_is_atomic_and_survives_a_new_process(tmp_path):
    store = F.FormStore(tmp_path / "formulir.json")
    store.save("06.rencana_aksi", [GOOD])
    assert F.FormStore(tmp_path / "formulir.json").load("06.rencana_aksi") == [GOOD]
    assert not list(tmp_path.glob(".formulir-*"))           # no temporary file left behind
    (tmp_path / "formulir.json").write_text("{rusak", encoding="utf-8")
    assert F.FormStore(tmp_path / "formulir.json").load("06.rencana_aksi") is None
    assert list(tmp_path.glob("formulir.rusak-*.json"))     # kept aside, not overwritten


def test_default_form_file_sits_next_to_the_progress_file(tmp_path):
    from ikm_kit.exercises import default_path

    assert F.default_form_path() == default_path().parent / "formulir.json"


def test_kpi_targets_in_percent_or_fraction():
    assert F.kpi_targets({"occupancy": "75", "collection": "95 %", "utilization": "0,5", "oee": 65,
                          "defect_rate": "3"}) == pytest.approx(
        {"occupancy": 0.75, "collection": 0.95, "utilization": 0.5, "oee": 0.65, "defect_rate": 0.03})
    issues = F.validate_kpi_targets({"occupancy": "banyak", "collection": "150", "utilization": "",
                                     "oee": "65", "defect_rate": "3"})
    messages = " ".join(i.message for i in issues)
    assert "bukan angka" in messages and "tidak mungkin" in messages and "belum diisi" in messages


@pytest.mark.parametrize("entry,solution", [
    ("beli mesin baru", True), ("Perlu pelatihan pengecat", True), ("ganti nosel", True),
    ("nosel spray gun tersumbat", False), ("pengecat baru belum dilatih", False), ("mesin sudah tua", False),
])
def test_fishbone_solutions_are_told_from_causes(entry, solution):
    assert F.looks_like_solution(entry) is solution


def test_fishbone_check_flags_solutions(tmp_path):
    from ikm_kit.exercises import evaluate

    causes = {"Manusia": ["pengecat baru belum dilatih", "jarak semprot tidak tetap"],
              "Mesin": ["nosel tersumbat", "beli kompresor baru"],
              "Metode": ["amplas tidak merata", "cat tidak ditakar"],
              "Material": ["kayu belum kering", "kayu campuran"]}
    fb = evaluate("02.fishbone_belang", causes, ProgressStore(tmp_path / "a.json"))
    assert fb.status == "salah" and "beli kompresor baru" in fb.hint and "solusi" in fb.hint
    causes["Mesin"][1] = "tekanan kompresor naik-turun"
    assert evaluate("02.fishbone_belang", causes, ProgressStore(tmp_path / "b.json")).correct


# ------------------------------------------------------------------------------ widgets
def test_action_plan_form_saves_validates_exports_and_reloads(tmp_path):
    from ikm_kit.widgets.forms import ActionPlanForm

    fs, ps = F.FormStore(tmp_path / "formulir.json"), ProgressStore(tmp_path / "progres.json")
    form = ActionPlanForm([{**GOOD, "target": "naik"}], form_store=fs, store=ps,
                          export_path=tmp_path / "keluaran" / "rencana.xlsx")
    form.save()
    assert "belum berangka" in form.issues.value and "✘" in form.feedback.value
    assert fs.load("06.rencana_aksi")[0]["target"] == "naik"          # a draft is kept
    form.add_row({**GOOD, "problem": "Cacat finishing belang di workshop", "owner": "=1+1"})
    form.remove_row(0)
    form.add_row()
    assert len(form.rows()) == 2
    form._on_export()
    assert "✔" in form.feedback.value and "Berkas Excel tersimpan" in form.status.value
    assert ps.get("06.rencana_aksi").passed
    ws = openpyxl.load_workbook(tmp_path / "keluaran" / "rencana.xlsx")["Rencana aksi"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert rows[0] == ["No", "Masalah", "Indikator", "Nilai sekarang", "Target", "Tenggat", "Penanggung jawab"]
    assert rows[1][6] == "'=1+1"                # a formula typed in a box stays text
    assert len(rows) == 2                       # the empty row is not exported
    again = ActionPlanForm([GOOD], form_store=fs, store=ps)   # kernel restart: saved rows win
    assert again.rows()[0]["problem"] == "Cacat finishing belang di workshop"
    assert "Isian terakhir dimuat" in again.status.value


def test_kpi_panel_fishbone_and_five_r_forms(tmp_path):
    from ikm_kit.widgets.forms import FishboneForm, FiveROrderForm, KpiTargetPanel

    fs, ps = F.FormStore(tmp_path / "formulir.json"), ProgressStore(tmp_path / "progres.json")
    panel = KpiTargetPanel(form_store=fs, store=ps)
    panel.boxes["oee"].value = "70"
    panel.save()
    assert "✔" in panel.feedback.value
    assert KpiTargetPanel(form_store=fs, store=ps).series()["OEE"] == pytest.approx(0.70)

    fish = FishboneForm(form_store=fs, store=ps)
    fish.set_causes({"Mesin": ["beli mesin baru", "nosel tersumbat"]})
    fish.save()
    assert "solusi" in fish.issues.value and "✘" in fish.feedback.value
    assert FishboneForm(form_store=fs, store=ps).causes()["mesin"] == ["beli mesin baru", "nosel tersumbat"]

    five = FiveROrderForm(form_store=fs, store=ps)
    five.set_order(["ringkas", "rapi", "rapi", "rawat", "rajin"])
    five.save()
    assert "dua kali" in five.issues.value and ps.get("02.urutan_5r").attempts == 0
    five.set_order(["ringkas", "rapi", "resik", "rawat", "rajin"])
    five.save()
    assert "✔" in five.feedback.value
    assert FiveROrderForm(form_store=fs, store=ps).order() == ["ringkas", "rapi", "resik", "rawat", "rajin"]


def test_saved_forms_file_is_plain_json(tmp_path):
    fs = F.FormStore(tmp_path / "formulir.json")
    fs.save("06.target_kpi", {"oee": "65"})
    data = json.loads((tmp_path / "formulir.json").read_text(encoding="utf-8"))
    assert data["version"] == 1 and data["forms"]["06.target_kpi"]["data"] == {"oee": "65"}
