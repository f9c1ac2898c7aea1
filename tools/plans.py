"""The lesson plans of the teacher's guides, read as data, and each notebook's own time.

- ``time_estimates(lang)``: the minutes each notebook's goals cell states ("Waktu: ± 20
  menit" / "Time: about 20 minutes").
- ``read_plans(lang)``: every plan table in docs/teacher_guide.md (en) or
  docs/panduan_guru.md (id): a "## ..." heading followed by a table whose columns are
  Minutes | Notebook | What happens (Menit | Notebook | Kegiatan). A row's notebook cell
  starts with a number ("03 Micro"), a range done by groups at the same time ("02–05 ..."),
  or no number at all (a break, group reports, a discussion). The quiz's row names the
  lessons it covers: "10 Self-check (lessons 01, 03)".
- ``teacher_notes(lang)``: per lesson, what the guide's plans say about it, then its short
  notes in docs/lesson_notes.md (en) or docs/catatan_pelajaran.md (id), written for the
  lessons that no plan row names on its own. The slides carry these as speaker notes.

tests/test_plans.py checks that the plans add up; tools/slides.py reads the notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
GUIDES = {"en": ROOT / "docs" / "teacher_guide.md", "id": ROOT / "docs" / "panduan_guru.md"}
NOTES = {"en": ROOT / "docs" / "lesson_notes.md", "id": ROOT / "docs" / "catatan_pelajaran.md"}
HEADERS = {"en": ("Minutes", "Notebook", "What happens"), "id": ("Menit", "Notebook", "Kegiatan")}
TIME = {"id": re.compile(r"Waktu:?\**:?\s*±\s*(\d+)\s*menit"),
        "en": re.compile(r"Time:?\**:?\s*about\s+(\d+)\s+minutes")}
PLAN_LENGTH = re.compile(r"(\d+)(?:-minute| minutes| menit)")
QUIZ_LESSONS = {"en": re.compile(r"\(lessons ([^)]*)\)"), "id": re.compile(r"\(pelajaran ([^)]*)\)")}


@dataclass(frozen=True)
class Row:
    start: int
    end: int
    notebooks: tuple[str, ...]  # "03", or "02".."05" done by groups at the same time; () for none
    label: str  # the notebook cell as written
    text: str  # what happens
    quiz_lessons: str | None = None  # the lessons a quiz row names, as written ("01, 03")

    @property
    def minutes(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Plan:
    title: str
    minutes: int
    rows: tuple[Row, ...]


def notebook_names(lang: str = "en") -> dict[str, str]:
    """{"03": "03_micro", ...} for every notebook of ``lang``."""
    return {path.stem[:2]: path.stem for path in sorted((ROOT / "notebooks" / lang).glob("*.ipynb"))}


def time_estimates(lang: str) -> dict[str, int]:
    """{"03": 20, ...}: the minutes each notebook's goals cell states, for every notebook that states them."""
    found = {}
    for number, stem in notebook_names(lang).items():
        notebook = nbformat.read(ROOT / "notebooks" / lang / f"{stem}.ipynb", as_version=4)
        for cell in notebook.cells[:4]:
            match = TIME[lang].search(cell.source) if cell.cell_type == "markdown" else None
            if match:
                found[number] = int(match[1])
                break
    return found


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _row(cells: list[str], lang: str, where: str) -> Row:
    minutes = re.fullmatch(r"(\d+)\s*[–-]\s*(\d+)", cells[0])
    if not minutes:
        raise ValueError(f"{where}: minutes {cells[0]!r} are not 'start–end'")
    label, text = cells[1], cells[2]
    numbers = re.match(r"(\d\d)(?:\s*[–-]\s*(\d\d))?\b", label)
    notebooks: tuple[str, ...] = ()
    if numbers:
        first, last = int(numbers[1]), int(numbers[2] or numbers[1])
        notebooks = tuple(f"{n:02d}" for n in range(first, last + 1))
    quiz = QUIZ_LESSONS[lang].search(label)
    return Row(int(minutes[1]), int(minutes[2]), notebooks, label, text, quiz[1] if quiz else None)


def read_plans(lang: str, text: str | None = None) -> list[Plan]:
    """Every plan table of the guide in ``lang`` (or of ``text``), in order."""
    text = GUIDES[lang].read_text(encoding="utf-8") if text is None else text
    plans, title, lines = [], None, text.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("## "):
            title = line[3:].strip()
        if line.startswith("|") and tuple(_cells(line)) == HEADERS[lang] and title:
            rows = []
            index += 2  # the header and the |---| line
            while index < len(lines) and lines[index].startswith("|"):
                rows.append(_row(_cells(lines[index]), lang, f"{title}, row {len(rows) + 1}"))
                index += 1
            length = PLAN_LENGTH.search(title)
            plans.append(Plan(title, int(length[1]) if length else 0, tuple(rows)))
            continue
        index += 1
    return plans


def lesson_notes(lang: str) -> dict[str, list[str]]:
    """docs/lesson_notes.md: "## 04 ..." headings, each with a bullet list."""
    notes: dict[str, list[str]] = {}
    current = None
    for line in NOTES[lang].read_text(encoding="utf-8").splitlines():
        heading = re.match(r"## (\d\d)\b", line)
        if heading:
            current = notes.setdefault(heading[1], [])
        elif current is not None and line.startswith("- "):
            current.append(line[2:].strip())
        elif current is not None and line.startswith("  ") and current:
            current[-1] += " " + line.strip()
    return notes


def teacher_notes(lang: str) -> dict[str, list[str]]:
    """Per lesson number: the guide's plan rows for it ("45-minute session ... (15–35): ..."),
    then its block in the lesson notes, if it has one (lessons no plan row names on their
    own have one: tests/test_plans.py checks it)."""
    notes: dict[str, list[str]] = {}
    for plan in read_plans(lang):
        for row in plan.rows:
            for number in row.notebooks:
                if row.text:
                    notes.setdefault(number, []).append(f"{plan.title} ({row.start}–{row.end}): {row.text}")
    for number, points in lesson_notes(lang).items():
        notes.setdefault(number, []).extend(points)
    return notes
