"""make classroom: the notebooks for a class, without the answers, and the teacher's key.

- build/classroom/{id,en}/NN_name.ipynb: every notebook of the collection minus its answer
  cells (cells tagged "answer"; the hints stay), with a short note under the title saying
  that the answers are with the teacher. Outputs and widget state are kept, so the copies
  look and run exactly like the self-study edition: open them in JupyterLab as they are.
- build/classroom/id/kunci-jawaban.html and build/classroom/en/answer-key.html: the
  answer key, one heading per lesson, each exercise's task beside its answer. One file with
  no scripts and no network, for the teacher's screen or for print (make worksheets prints
  the same key to PDF).

The collection in notebooks/ stays the self-study edition, with the answers folded under
each task. Nothing here runs a kernel.

    python -m tools.classroom [OUTPUT_FOLDER]     # default: build/classroom
"""

from __future__ import annotations

import copy
import html
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbconvert.filters.markdown_mistune import markdown2html_mistune

from tools import build_main

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("id", "en")
KEY_NAME = {"id": "kunci-jawaban", "en": "answer-key"}
WORDS = {
    "id": {"note": "**Edisi kelas.** Jawaban latihan di notebook ini ada pada guru; petunjuknya tetap ada di bawah "
                   "setiap latihan.",
           "key": "Kunci jawaban", "task": "Tugas", "answer": "Jawaban", "hint": "Petunjuk",
           "intro": "Untuk guru: setiap latihan dari edisi kelas, dengan jawabannya. Edisi kelas "
                    "(<code>make classroom</code>) tidak memuat jawaban ini; edisi belajar mandiri di "
                    "<code>notebooks/</code> menyimpannya terlipat di bawah setiap tugas.",
           "exercise": "Latihan"},
    "en": {"note": "**Classroom edition.** The answers to this notebook's exercises are with your teacher; the hints "
                   "are still under each exercise.",
           "key": "Answer key", "task": "Task", "answer": "Answer", "hint": "Hint",
           "intro": "For the teacher: every exercise of the classroom edition, with its answer. The classroom "
                    "edition (<code>make classroom</code>) leaves these answers out; the self-study edition in "
                    "<code>notebooks/</code> keeps them folded under each task.",
           "exercise": "Exercise"},
}
FOLDED = re.compile(r"^\s*<details>\s*<summary>.*?</summary>\s*(.*?)\s*</details>\s*$", re.S)
TASK_HEADING = re.compile(r"^###\s*✏️[^\n]*\n+")


@dataclass(frozen=True)
class Exercise:
    task: str  # markdown, without its "✏️ Try it" heading
    hint: str  # markdown, unfolded; "" when the task has none
    answer: str  # markdown, unfolded


def tags(cell: nbformat.NotebookNode) -> list[str]:
    return cell.metadata.get("tags", [])


def unfolded(markdown: str) -> str:
    """The text inside a folded <details> cell."""
    match = FOLDED.match(markdown)
    return match[1] if match else markdown


def title_of(notebook: nbformat.NotebookNode, fallback: str) -> str:
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            match = re.search(r"^#\s+(.+)$", cell.source, flags=re.MULTILINE)
            if match:
                return re.sub(r"[*_`]", "", match[1]).strip()
    return fallback


def exercises(notebook: nbformat.NotebookNode) -> list[Exercise]:
    """Each task (tagged "exercise") with the hint and answer that follow it."""
    found = []
    cells = notebook.cells
    for index, cell in enumerate(cells):
        if "exercise" not in tags(cell):
            continue
        hint = answer = ""
        for following in cells[index + 1:index + 3]:
            if "hint" in tags(following) and not hint:
                hint = unfolded(following.source)
            elif "answer" in tags(following) and not answer:
                answer = unfolded(following.source)
        if not answer:
            raise SystemExit(f"an exercise without its answer: {cell.source[:60]!r}")
        found.append(Exercise(TASK_HEADING.sub("", cell.source, count=1).strip(), hint, answer))
    return found


def notebooks(lang: str) -> list[Path]:
    found = sorted((ROOT / "notebooks" / lang).glob("*.ipynb"))
    if not found:
        raise SystemExit(f"no notebooks in notebooks/{lang}")
    return found


def classroom_copy(notebook: nbformat.NotebookNode, lang: str) -> nbformat.NotebookNode:
    """The notebook without its answer cells, with a note under the title cell."""
    copied = copy.deepcopy(notebook)
    had_answers = any("answer" in tags(cell) for cell in copied.cells)
    copied.cells = [cell for cell in copied.cells if "answer" not in tags(cell)]
    if had_answers:
        note = nbformat.v4.new_markdown_cell(WORDS[lang]["note"], id="classroom-note")
        note.metadata["tags"] = ["classroom-note"]
        copied.cells.insert(1, note)
    copied.metadata.setdefault("influtier", {})["edition"] = "classroom"
    return copied


def markdown_html(markdown: str) -> str:
    return markdown2html_mistune(markdown)


KEY_STYLE = """
body {font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 15px; line-height: 1.45;
      color: #1a1a1a; max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem}
h1 {font-size: 1.7rem; margin-bottom: 0.2rem}
h2 {font-size: 1.3rem; margin: 1.8rem 0 0.6rem; border-bottom: 2px solid #444; padding-bottom: 0.2rem;
    break-after: avoid}
.exercise {display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.2rem; margin: 0 0 1rem;
           border: 1px solid #bbb; border-radius: 4px; padding: 0.6rem 0.8rem; break-inside: avoid}
.exercise h3 {grid-column: 1 / -1; font-size: 1rem; margin: 0 0 0.3rem}
.exercise .label {font-weight: bold; font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.04em;
                  color: #555; margin: 0.2rem 0}
.exercise .answer {background: #eef6ee; padding: 0 0.6rem; border-radius: 3px}
.exercise p, .exercise ul, .exercise ol {margin: 0.3rem 0}
table {border-collapse: collapse} td, th {border: 1px solid #bbb; padding: 2px 6px; vertical-align: top}
blockquote {margin: 0.3rem 0; padding-left: 0.7rem; border-left: 3px solid #bbb; color: #333}
@media (max-width: 40rem) {.exercise {grid-template-columns: 1fr}}
@media print {body {margin: 0; max-width: none; font-size: 11pt}}
"""


def answer_key_html(lang: str) -> str:
    """The answer key of ``lang`` as one HTML page: a heading per lesson, task beside answer."""
    words = WORDS[lang]
    sections = []
    for path in notebooks(lang):
        notebook = nbformat.read(path, as_version=4)
        found = exercises(notebook)
        if not found:
            continue
        title = html.escape(title_of(notebook, path.stem))
        blocks = []
        for number, exercise in enumerate(found, start=1):
            hint = (f"<p class='label'>{words['hint']}</p>{markdown_html(exercise.hint)}" if exercise.hint else "")
            blocks.append(
                f"<section class='exercise' id='{path.stem[:2]}-{number}'>"
                f"<h3>{words['exercise']} {path.stem[:2]}.{number}</h3>"
                f"<div class='task'><p class='label'>{words['task']}</p>{markdown_html(exercise.task)}{hint}</div>"
                f"<div class='answer'><p class='label'>{words['answer']}</p>{markdown_html(exercise.answer)}</div>"
                "</section>")
        sections.append(f"<section class='lesson' id='lesson-{path.stem[:2]}'><h2>{path.stem[:2]} · {title}</h2>"
                        + "".join(blocks) + "</section>")
    if not sections:
        raise SystemExit(f"no exercises in notebooks/{lang}")
    return (f"<!DOCTYPE html>\n<html lang='{lang}'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>influtier · {words['key']}</title><style>{KEY_STYLE}</style></head><body>"
            f"<h1>influtier · {words['key']}</h1><p>{words['intro']}</p>{''.join(sections)}</body></html>\n")


def build(output: Path) -> list[Path]:
    written = []
    for lang in LANGS:
        folder = output / lang
        folder.mkdir(parents=True, exist_ok=True)
        for path in notebooks(lang):
            notebook = nbformat.read(path, as_version=4)
            target = folder / path.name
            nbformat.write(classroom_copy(notebook, lang), target)
            written.append(target)
        key = folder / f"{KEY_NAME[lang]}.html"
        key.write_text(answer_key_html(lang), encoding="utf-8")
        written.append(key)
    return written


if __name__ == "__main__":
    build_main(build, "classroom", sys.argv[1:])
