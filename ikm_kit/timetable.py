"""One source of timings: each notebook's metadata holds its time slots.

A course notebook carries, in ``metadata["ikm"]``::

    {"hari": 3,
     "jadwal": [{"mulai": "08.30", "selesai": "10.00", "judul": "Bagian 1–5 ...",
                 "catatan": "what to demonstrate"}, ...],
     "lanjutan": [{"judul": "Aturan Western Electric dan Nelson (bagian 2.3)", "menit": 15}]}

``jadwal`` are the slots of the day plan (all *inti*); ``lanjutan`` are the
optional parts a trainer skips when late.  A slot with ``"notebook": false``
is a class activity without a notebook (registration, presentations).

The facilitator guide's timetable (docs/panduan-fasilitator.md, section 2) is
generated from these slots between the markers ``<!-- jadwal:hari-N -->`` and
``<!-- /jadwal:hari-N -->``::

    python -m ikm_kit.devtools timetable            # exit 1 if the guide is stale
    python -m ikm_kit.devtools timetable --write    # rewrite the guide's tables

Any notebook in ``notebooks/`` with this metadata is picked up.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from ikm_kit.errors import DataError
from ikm_kit.i18n import t

_CLOCK = re.compile(r"^([01]\d|2[0-3])\.([0-5]\d)$")


def minutes_of(clock: str) -> int:
    """``"08.30"`` → 510 (minutes after midnight)."""
    m = _CLOCK.match(str(clock))
    if not m:
        raise DataError(t("timetable.bad_clock", value=clock))
    return int(m.group(1)) * 60 + int(m.group(2))


@dataclass(frozen=True)
class Slot:
    """One time slot of a day: ``start``/``end`` as ``"08.30"``; ``notebook`` is the file stem or ``""``."""

    day: int
    start: str
    end: str
    notebook: str
    title: str
    note: str = ""

    @property
    def minutes(self) -> int:
        return minutes_of(self.end) - minutes_of(self.start)


@dataclass(frozen=True)
class OptionalPart:
    """An optional (*lanjutan*) part of a notebook, skipped when the class is late."""

    day: int
    notebook: str
    title: str
    minutes: int


@dataclass
class Schedule:
    slots: list[Slot]
    optional: list[OptionalPart]

    def days(self) -> list[int]:
        return sorted({s.day for s in self.slots} | {o.day for o in self.optional})

    def notebook_minutes(self, notebook: str) -> int:
        """Minutes of the day plan given to ``notebook`` (its *inti* slots)."""
        return sum(s.minutes for s in self.slots if s.notebook == notebook)


def notebook_schedule(path: str | Path) -> tuple[list[Slot], list[OptionalPart]]:
    """Slots and optional parts stored in one notebook's metadata (empty if it has none)."""
    path = Path(path)
    meta = json.loads(path.read_text(encoding="utf-8")).get("metadata", {}).get("ikm", {})
    if "jadwal" not in meta:
        return [], []
    try:
        day = int(meta["hari"])
        slots = [Slot(day, str(s["mulai"]), str(s["selesai"]),
                      "" if s.get("notebook", True) is False else path.stem,
                      str(s["judul"]), str(s.get("catatan", ""))) for s in meta["jadwal"]]
        optional = [OptionalPart(day, path.stem, str(o["judul"]), int(o["menit"])) for o in meta.get("lanjutan", [])]
    except (KeyError, TypeError, ValueError) as exc:
        raise DataError(t("timetable.bad_metadata", notebook=path.name, detail=str(exc))) from None
    for slot in slots:
        if slot.minutes <= 0:
            raise DataError(t("timetable.empty_slot", notebook=path.name, start=slot.start, end=slot.end))
    return slots, optional


def load_schedule(notebook_dir: str | Path) -> Schedule:
    """Every slot of every notebook in ``notebook_dir``, sorted by day and time; overlaps are an error."""
    slots: list[Slot] = []
    optional: list[OptionalPart] = []
    for path in sorted(Path(notebook_dir).glob("*.ipynb")):
        s, o = notebook_schedule(path)
        slots += s
        optional += o
    slots.sort(key=lambda s: (s.day, minutes_of(s.start)))
    first = {}
    for s in slots:
        first.setdefault(s.notebook, minutes_of(s.start))
    optional.sort(key=lambda o: (o.day, first.get(o.notebook, 24 * 60)))
    for a, b in zip(slots, slots[1:]):
        if a.day == b.day and minutes_of(b.start) < minutes_of(a.end):
            raise DataError(t("timetable.overlap", day=a.day, first=f"{a.notebook or a.title} {a.start}–{a.end}",
                              second=f"{b.notebook or b.title} {b.start}–{b.end}"))
    return Schedule(slots, optional)


def render_day(schedule: Schedule, day: int, lang: str = "id") -> str:
    """Markdown table of one day, followed by the 'if late, skip …' line."""
    rows = [f"| {t('timetable.col_time', lang)} | {t('timetable.col_notebook', lang)} | "
            f"{t('timetable.col_part', lang)} | {t('timetable.col_note', lang)} |", "|---|---|---|---|"]
    for s in (s for s in schedule.slots if s.day == day):
        notebook = f"`{s.notebook}`" if s.notebook else "—"
        rows.append(f"| {s.start}–{s.end} | {notebook} | {s.title} | {s.note} |")
    optional = [o for o in schedule.optional if o.day == day]
    if optional:
        items = "; ".join(t("timetable.optional_item", lang, title=o.title, notebook=o.notebook, minutes=o.minutes)
                          for o in optional)
        rows += ["", t("timetable.skip_when_late", lang, items=items)]
    else:
        rows += ["", t("timetable.no_optional", lang)]
    return "\n".join(rows)


def _marker(day: int) -> tuple[str, str]:
    return f"<!-- jadwal:hari-{day} -->", f"<!-- /jadwal:hari-{day} -->"


def update_guide(text: str, schedule: Schedule, lang: str = "id") -> str:
    """``text`` with every day's block between its markers replaced by the generated table."""
    for day in schedule.days():
        begin, end = _marker(day)
        pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end), re.S)
        if not pattern.search(text):
            raise DataError(t("timetable.no_marker", day=day, marker=begin))
        block = f"{begin}\n{render_day(schedule, day, lang)}\n{end}"
        text = pattern.sub(lambda _m, block=block: block, text, count=1)
    return text


def guide_tables(text: str) -> dict[int, str]:
    """The generated blocks currently in a guide (day → block text without markers)."""
    found = {}
    for m in re.finditer(r"<!-- jadwal:hari-(\d+) -->\n(.*?)\n<!-- /jadwal:hari-\1 -->", text, re.S):
        found[int(m.group(1))] = m.group(2)
    return found
