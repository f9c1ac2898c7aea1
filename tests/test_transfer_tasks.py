"""Every lesson ends with one open transfer task, and its answer is a rubric for the teacher.

Issue 22, item 5: a lesson notebook (all but 00 explorer, 01 start here, 10 quiz, 14 own
accounts) closes with a realistic task that makes the student use the lesson. Its answer
cell holds 3-4 criteria of a good answer and one example of a good answer.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOT_LESSONS = ("00_", "01_", "10_", "14_")
LESSONS = sorted(p.name for p in (ROOT / "notebooks" / "id").glob("*.ipynb") if not p.name.startswith(NOT_LESSONS))
WORDS = {
    "id": {"task": "**Tugas penerapan**", "rubric": "**Rubrik.**", "example": "**Contoh jawaban yang baik**"},
    "en": {"task": "**Transfer task**", "rubric": "**Rubric.**", "example": "**An example of a good answer**"},
}
CRITERION = re.compile(r"^\d\. \*\*", re.M)


def tagged(cell: nbformat.NotebookNode, tag: str) -> bool:
    return tag in cell.metadata.get("tags", [])


def test_the_lessons_are_found():
    assert len(LESSONS) == 11 and "02_nano.ipynb" in LESSONS and "10_self_check.ipynb" not in LESSONS


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("name", LESSONS)
def test_a_lesson_ends_with_one_transfer_task_and_its_rubric(name, lang):
    words = WORDS[lang]
    cells = nbformat.read(ROOT / "notebooks" / lang / name, as_version=4).cells
    exercises = [i for i, c in enumerate(cells) if tagged(c, "exercise")]
    transfer = [i for i in exercises if words["task"] in cells[i].source]
    assert len(transfer) == 1, f"{name}: {len(transfer)} transfer tasks"
    assert transfer[0] == exercises[-1], f"{name}: the transfer task is not the lesson's last exercise"
    answer = next(c for c in cells[transfer[0] + 1:] if tagged(c, "answer"))
    rubric, _, example = answer.source.partition(words["example"])
    assert words["rubric"] in rubric and example.strip(), f"{name}: the answer needs a rubric and an example"
    assert 3 <= len(CRITERION.findall(rubric)) <= 4, f"{name}: a rubric has 3-4 criteria"
    # Only the summary, the sources and their table may follow the task.
    for cell in cells[transfer[0] + 1:]:
        if cell.cell_type == "markdown" and not (tagged(cell, "hint") or tagged(cell, "answer")):
            assert cell.source.startswith("## "), f"{name}: lesson content after the transfer task"


TASK_TIME = {"id": "ditambah ± 10 menit untuk tugas penerapan", "en": "plus about 10 for the transfer task"}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("name", LESSONS)
def test_a_lesson_states_its_transfer_tasks_minutes_apart(name, lang):
    # The plans give a lesson its own time and leave the task as homework (docs, "Plans that add
    # up"): the goals cell must say the task's 10 minutes are on top of that time.
    cells = nbformat.read(ROOT / "notebooks" / lang / name, as_version=4).cells
    assert any(TASK_TIME[lang] in c.source for c in cells[:4] if c.cell_type == "markdown"), name
