"""One source of timings: notebook metadata → facilitator guide timetable (issue 17)."""
import json
import re
from pathlib import Path

import nbformat
import pytest

from ikm_kit import devtools, timetable
from ikm_kit.errors import DataError

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
GUIDE = ROOT / "docs" / "panduan-fasilitator.md"
# The day frame of the guide (section 2): review, breaks, lunch, closing discussion.
FRAME = [("08.00", "08.30"), ("10.00", "10.15"), ("12.00", "13.00"), ("15.00", "16.00")]
BREAKS = [("10.00", "10.15"), ("12.00", "13.00")]


@pytest.fixture(scope="module")
def schedule():
    return timetable.load_schedule(ROOT / "notebooks")


def _m(clock):
    return timetable.minutes_of(clock)


def test_guide_timetable_is_generated_from_the_notebooks(schedule):
    text = GUIDE.read_text(encoding="utf-8")
    assert timetable.update_guide(text, schedule) == text, "run: python -m ikm_kit.devtools timetable --write"
    assert sorted(timetable.guide_tables(text)) == list(range(7))
    assert devtools.timetable(write=False, root=ROOT) == 0


def test_every_course_notebook_has_slots_on_its_day(schedule):
    for path in NOTEBOOKS:
        meta = json.loads(path.read_text(encoding="utf-8"))["metadata"]["ikm"]
        assert meta["hari"] == int(path.name[:2]), path.name
        assert schedule.notebook_minutes(path.stem) > 0, path.name


def test_days_fit_the_frame_no_slot_in_a_break(schedule):
    for slot in schedule.slots:
        assert _m("08.00") <= _m(slot.start) and _m(slot.end) <= _m("16.00"), slot
        for b0, b1 in BREAKS:
            assert _m(slot.end) <= _m(b0) or _m(slot.start) >= _m(b1), (slot, "overlaps a break")
    for day in schedule.days():
        taught = sum(s.minutes for s in schedule.slots if s.day == day)
        assert taught <= 5 * 60 + 30, (day, taught)   # 08.30–16.00 less breaks and closing discussion


def test_days_3_and_5_fit_with_optional_parts_named(schedule):
    """Days 3 and 5 are cut to their core; the optional topics are listed as 'lanjutan'."""
    optional = {day: " ".join(o.title for o in schedule.optional if o.day == day) for day in (3, 5)}
    for word in ("Nelson", "Pp", "AOQ", "diperketat"):
        assert word in optional[3], word
    for word in ("Erlang", "kepercayaan", "Jain"):
        assert word in optional[5], word
    text = GUIDE.read_text(encoding="utf-8")
    for day in (3, 5):
        assert "bila terlambat, lewati" in timetable.guide_tables(text)[day]


def test_notebook_duration_row_matches_its_slots(schedule):
    for path in NOTEBOOKS:
        first = nbformat.read(path, as_version=4).cells[0].source
        m = re.search(r"\*\*Durasi\*\* \| sekitar (\d+) menit inti", first)
        assert m, path.name
        assert int(m.group(1)) == schedule.notebook_minutes(path.stem), path.name


def test_clock_times_in_trainer_notes_agree_with_the_slots(schedule):
    """A time range in a notebook's trainer notes or title lies inside that notebook's slots or the day frame
    (the contradiction 04_risiko 08.30 vs 13.55 cannot come back)."""
    rng = re.compile(r"(\d\d\.\d\d)[–-](\d\d\.\d\d)")
    for path in NOTEBOOKS:
        own = [(s.start, s.end) for s in schedule.slots if s.notebook == path.stem] + FRAME
        nb = nbformat.read(path, as_version=4)
        cells = [nb.cells[0]] + [c for c in nb.cells if "catatan-pelatih" in c.metadata.get("tags", [])]
        for cell in cells:
            for a, b in rng.findall(cell.source):
                assert any(_m(s) <= _m(a) and _m(b) <= _m(e) for s, e in own), (path.name, f"{a}–{b}")


def _nb(path, meta):
    nb = nbformat.v4.new_notebook()
    nb.metadata["ikm"] = meta
    nbformat.write(nb, path)


def test_generator_picks_up_any_notebook_with_metadata_and_rejects_overlaps(tmp_path):
    _nb(tmp_path / "04_a.ipynb", {"hari": 4, "jadwal": [{"mulai": "08.30", "selesai": "10.00", "judul": "A"}]})
    _nb(tmp_path / "04_b.ipynb", {"hari": 4, "jadwal": [{"mulai": "10.15", "selesai": "11.00", "judul": "B"}],
                                  "lanjutan": [{"judul": "Ekstra", "menit": 10}]})
    nbformat.write(nbformat.v4.new_notebook(), tmp_path / "99_tanpa_jadwal.ipynb")
    sched = timetable.load_schedule(tmp_path)
    assert [(s.notebook, s.start, s.minutes) for s in sched.slots] == [("04_a", "08.30", 90), ("04_b", "10.15", 45)]
    guide = "x\n<!-- jadwal:hari-4 -->\nlama\n<!-- /jadwal:hari-4 -->\ny"
    out = timetable.update_guide(guide, sched)
    assert "| 10.15–11.00 | `04_b` | B |" in out and "Ekstra (`04_b`, 10 menit)" in out and out.endswith("\ny")
    assert timetable.update_guide(out, sched) == out
    with pytest.raises(DataError):
        timetable.update_guide("tanpa penanda", sched)
    _nb(tmp_path / "04_c.ipynb", {"hari": 4, "jadwal": [{"mulai": "09.30", "selesai": "10.30", "judul": "C"}]})
    with pytest.raises(DataError, match="tumpang tindih"):
        timetable.load_schedule(tmp_path)
    with pytest.raises(DataError):
        timetable.minutes_of("8:30")
