"""make classroom (issue 22, item 2): the notebooks without their answers, and the key.

No answer is left in the classroom notebooks (no cell tagged "answer", none of an answer's
words in any cell), everything else is kept in order, the copies run from a fresh kernel
as they are, and every exercise of the self-study edition has its task and its answer side
by side in its language's key, under its lesson's heading. The collection in notebooks/ is
read, never written.
"""

from __future__ import annotations

import hashlib
import html
import re
import subprocess
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from tools import classroom

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*/*.ipynb"))
KEYS = {"id": "kunci-jawaban.html", "en": "answer-key.html"}



def words(markdown_or_html: str) -> str:
    """Letters and digits only (no tags, markdown marks, code-fence names or spacing), for
    comparing what a reader sees in a notebook with what the key shows. A numbered list's
    "1." is left out: HTML draws it, it is not in the text."""
    text = re.sub(r"(?m)```\w*|^\s*\d+\.\s", " ", markdown_or_html)
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return re.sub(r"[\W_]+", "", text)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("classroom")
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in NOTEBOOKS}
    written = classroom.build(folder)
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in NOTEBOOKS} == before
    assert len(written) == len(NOTEBOOKS) + 2
    return folder


def self_study_exercises():
    found = [(path, exercise) for path in NOTEBOOKS
             for exercise in classroom.exercises(nbformat.read(path, as_version=4))]
    assert len(found) >= 2 * 14  # at least one exercise in most lessons, in both languages
    return found


def test_no_answer_is_left_in_the_classroom_notebooks(built):
    checked = 0
    for path in NOTEBOOKS:
        original = nbformat.read(path, as_version=4)
        copy = nbformat.read(built / path.parent.name / path.name, as_version=4)
        answers = [cell for cell in original.cells if "answer" in cell.metadata.get("tags", [])]
        kept = [cell for cell in copy.cells if "classroom-note" not in cell.metadata.get("tags", [])]
        # Everything but the answers, in order, outputs included.
        assert [c.source for c in kept] == [c.source for c in original.cells if c not in answers]
        assert [c.get("outputs") for c in kept if c.cell_type == "code"] == \
            [c.get("outputs") for c in original.cells if c.cell_type == "code"]
        everything = "\n".join(cell.source for cell in copy.cells)
        assert "<summary>✅" not in everything  # how a folded answer starts
        for answer in answers:
            text = words(classroom.unfolded(answer.source))
            assert len(text) > 5 and text not in words(everything), f"{path.name}: {text[:60]}"
            checked += 1
        hints = sum("hint" in c.metadata.get("tags", []) for c in original.cells)
        assert sum("hint" in c.metadata.get("tags", []) for c in copy.cells) == hints  # hints may stay
        assert bool(answers) == any("classroom-note" in c.metadata.get("tags", []) for c in copy.cells)
    assert checked >= 2 * 14


def test_every_exercise_has_its_task_and_answer_side_by_side_in_the_key(built):
    for lang, name in KEYS.items():
        page = (built / lang / name).read_text(encoding="utf-8")
        assert f"<html lang='{lang}'>" in page and "<script" not in page and "http" not in page
        for path, exercise in self_study_exercises():
            if path.parent.name != lang:
                continue
            lesson = re.search(rf"<section class='lesson' id='lesson-{path.stem[:2]}'><h2>{path.stem[:2]} · (.*?)</h2>"
                               r"(.*?)</section></section>", page, re.S)
            assert lesson, f"{name}: no heading for lesson {path.stem[:2]}"
            blocks = re.findall(r"<div class='task'>(.*?)</div><div class='answer'>(.*?)</div>(?:</section>|$)",
                                lesson[2], re.S)
            pairs = [(words(task), words(answer)) for task, answer in blocks]
            assert any(words(exercise.task) in task and words(exercise.answer) in answer for task, answer in pairs), \
                f"{name}, lesson {path.stem[:2]}: {exercise.task[:50]!r} is not beside its answer"


def test_the_key_has_a_heading_per_lesson_in_order(built):
    for lang, name in KEYS.items():
        page = (built / lang / name).read_text(encoding="utf-8")
        numbers = re.findall(r"<h2>(\d\d) · ", page)
        with_exercises = sorted({p.stem[:2] for p, _ in self_study_exercises() if p.parent.name == lang})
        assert numbers == with_exercises and len(numbers) >= 10


@pytest.mark.notebook
@pytest.mark.slow
@pytest.mark.parametrize("relative", ["id/02_nano.ipynb", "en/12_disclosure_and_ethics.ipynb"])
def test_classroom_notebooks_run_as_they_are(built, relative):
    path = built / relative
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    errors = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert errors == []
    assert sum(c.cell_type == "code" for c in notebook.cells) >= 2


def test_make_classroom_builds_into_build_classroom():
    printed = subprocess.run(["make", "-n", "--no-print-directory", "classroom"], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout
    assert "-m tools.classroom" in printed.splitlines()[-1]
