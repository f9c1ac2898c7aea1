"""make worksheets: A4 PDFs for a class without devices, printed by Chromium.

- build/worksheets/{id,en}/NN_name.pdf, one per lesson (the lessons that have slides: all
  notebooks but 00 explorer, 10 quiz and 14 own accounts): the lesson's goals, its key
  table (the first table the notebook shows), its figure as the notebook saved it (the
  tier ladder with the articles' edges, for the tier lessons), the exercises with ruled
  space to write (hints stay, answers never), and the sources the lesson names;
- build/worksheets/id/kunci-jawaban.pdf and build/worksheets/en/answer-key.pdf: the
  teacher's key (the same as make classroom's), every task followed by its answer.

Each page is HTML printed to PDF by Debian's Chromium (headless, the browser the tests
use; tools/browser.py finds it): no TeX. Nothing here runs a kernel: text, tables and
figures come from the notebooks as `make notebooks` stored them.

    python -m tools.worksheets [OUTPUT_FOLDER]     # default: build/worksheets
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
from bs4 import BeautifulSoup
from nbconvert.filters.markdown_mistune import markdown2html_mistune

from tools import browser, build_main, classroom, slides

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("id", "en")
WORDS = {
    "id": {"name": "Nama", "class": "Kelas", "date": "Tanggal", "goals": "Tujuan belajar", "table": "Tabel kunci",
           "figure": "Gambar", "exercises": "Latihan", "sources": "Sumber", "hint": "Petunjuk",
           "write": "Tulis jawaban Anda di sini.",
           "figure_note": "Gambar dari notebook {number}, seperti yang tersimpan di sana.",
           "sheet": "Lembar kerja", "no_exercise": "Pelajaran ini tidak punya latihan."},
    "en": {"name": "Name", "class": "Class", "date": "Date", "goals": "Learning goals", "table": "Key table",
           "figure": "Figure", "exercises": "Exercises", "sources": "Sources", "hint": "Hint",
           "write": "Write your answer here.",
           "figure_note": "The figure of notebook {number}, as saved there.",
           "sheet": "Worksheet", "no_exercise": "This lesson has no exercise."},
}
GOALS = {"id": "## Tujuan belajar", "en": "## Learning goals"}
STYLE = """
@page {size: A4; margin: 14mm 15mm 16mm}
* {box-sizing: border-box}
body {font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4;
      color: #111; margin: 0}
header {border-bottom: 2px solid #0b2545; margin-bottom: 4mm; padding-bottom: 2mm}
header .kind {font-size: 9pt; color: #444; text-transform: uppercase; letter-spacing: 0.05em}
h1 {font-size: 17pt; margin: 1mm 0 2mm; color: #0b2545}
.who {display: flex; gap: 6mm; font-size: 10pt}
.who span {flex: 1; border-bottom: 1px solid #777; padding-top: 4mm}
h2 {font-size: 12.5pt; margin: 5mm 0 2mm; color: #0b2545; break-after: avoid}
p, ul, ol {margin: 0 0 2mm}
blockquote {margin: 0 0 2mm; padding-left: 3mm; border-left: 3px solid #9aa5b1; color: #333}
table {border-collapse: collapse; width: 100%; font-size: 9pt; line-height: 1.3; margin: 0 0 2mm}
th, td {border: 1px solid #9aa5b1; padding: 1mm 1.5mm; vertical-align: top; text-align: left;
        overflow-wrap: break-word}
.long {overflow-wrap: anywhere; word-break: break-all}
th {background: #e8edf2}
td.right, th.right {text-align: right}
tr, img, .exercise, figure {break-inside: avoid}
figure {margin: 0 0 2mm}
figure img {width: 100%; height: auto; display: block}
figcaption {font-size: 9pt; color: #444; margin-top: 1mm}
.exercise {border: 1px solid #9aa5b1; border-radius: 2mm; padding: 2.5mm 3mm; margin: 0 0 4mm}
.exercise h3 {font-size: 10.5pt; margin: 0 0 1.5mm}
.hint {font-size: 9pt; color: #444; font-style: italic}
.lines {margin-top: 2mm}
.lines div {height: 8.5mm; border-bottom: 0.3mm solid #9aa5b1}
.lines div:first-child {font-size: 8pt; color: #777; height: 6mm}
.sources li {font-size: 9pt; margin-bottom: 1mm}
code {font-family: "DejaVu Sans Mono", monospace; font-size: 0.9em}
pre {white-space: pre-wrap; overflow-wrap: anywhere; font-size: 8.5pt; background: #f3f3f3; padding: 1.5mm}
"""
# The answer key on paper: each task above its answer, in one column.
# In print an exercise of the key may run over a page (a transfer task's rubric and example
# answer are long): its heading and labels stay with what follows them.
KEY_PRINT = """<style>@page {size: A4; margin: 14mm 15mm 16mm}
@media print {.exercise {display: block; break-inside: auto} .exercise .answer {margin-top: 2mm}
.exercise h3, .exercise .label {break-after: avoid}}</style>"""


def clean(fragment: str) -> BeautifulSoup:
    """An output's HTML without its scripts, anchor links and the notebook's inline sizes."""
    soup = BeautifulSoup(fragment, "html.parser")
    for unwanted in soup.find_all(["style", "script"]) + soup.find_all("a", class_="anchor-link"):
        unwanted.decompose()
    for element in soup.find_all(style=True):
        if element.name in ("td", "th") and re.search(r"text-align:\s*right", element["style"]):
            element["class"] = element.get("class", []) + ["right"]
        del element["style"]
    # A long word (a link, a file path) may break anywhere; other words keep the columns wide enough.
    for node in soup.find_all(string=re.compile(r"\S{25,}")):
        if node.find_parent(["td", "th"]) and not node.find_parent(class_="long"):
            span = soup.new_tag("span", attrs={"class": "long"})
            node.wrap(span)
    return soup


def goals_html(notebook: nbformat.NotebookNode, lang: str) -> str:
    for cell in notebook.cells[:4]:
        if cell.cell_type == "markdown" and GOALS[lang] in cell.source:
            section = cell.source.split(GOALS[lang], 1)[1].split("\n## ", 1)[0]
            return markdown2html_mistune(section)
    return ""


def opening_html(notebook: nbformat.NotebookNode) -> str:
    """The title cell's text under its heading (the article's own definition, for the tier lessons)."""
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            body = re.sub(r"^#\s+.*\n", "", cell.source.lstrip(), count=1).split("\n## ", 1)[0]
            return str(clean(markdown2html_mistune(body)))
    return ""


def widget_state(notebook: nbformat.NotebookNode) -> dict:
    return notebook.metadata.get("widgets", {}).get(slides.WIDGET_STATE, {}).get("state", {})


def shown_html(notebook: nbformat.NotebookNode):
    """Everything the notebook shows, in order: ("html", fragment) and ("png", base64)."""
    state = widget_state(notebook)

    def walk(model_id: str):
        model = state.get(model_id, {})
        values = model.get("state", {})
        if model.get("model_name") in ("HTMLModel", "HTMLMathModel"):
            yield "html", values.get("value", "")
        elif model.get("model_name") == "ImageModel":
            for buffer in model.get("buffers", []):
                if buffer.get("path") == ["value"]:
                    yield "png", buffer["data"]
        for child in values.get("children", []):
            yield from walk(child.replace("IPY_MODEL_", ""))

    for cell in notebook.cells:
        if "language-setup" in cell.metadata.get("tags", []):
            continue
        if cell.cell_type == "markdown":
            yield "html", markdown2html_mistune(cell.source)
            continue
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if slides.WIDGET_VIEW in data:
                yield from walk(data[slides.WIDGET_VIEW]["model_id"])
            elif "image/png" in data:
                yield "png", data["image/png"].replace("\n", "")
            elif "text/html" in data:
                yield "html", data["text/html"]


def is_source_list(table) -> bool:
    """A table of sources (the Sources section lists them already), not the lesson's content."""
    from influtier_lite.core.words import MESSAGES

    headers = {th.get_text(" ").strip() for th in table.find_all("th")}
    return any(headers & set(MESSAGES[key].values()) for key in ("col_about", "cit_col_kind", "cit_col_where"))


def key_table(notebook: nbformat.NotebookNode) -> str:
    """The first table the lesson shows that is not a list of sources."""
    for kind, content in shown_html(notebook):
        if kind == "html" and "<table" in content:
            for table in clean(content).find_all("table"):
                if not is_source_list(table):
                    return str(table)
    return ""


def first_figure(notebook: nbformat.NotebookNode) -> str | None:
    for kind, content in shown_html(notebook):
        if kind == "png":
            return content
        match = re.search(r"<img[^>]+src=['\"]data:image/png;base64,([^'\"]+)", content) if kind == "html" else None
        if match:
            return match[1]
    return None


def sources_html(notebook: nbformat.NotebookNode, number: str, lang: str) -> str:
    """The sources the lesson names: the articles, the reference taxonomies its text or tables
    name, the engagement-rate benchmarks it shows (by their label, "HypeAuditor 2023,
    Instagram") and its dated citations (data/citations.csv)."""
    from influtier_lite import SCHEMES
    from influtier_lite.core.benchmarks import load_benchmarks
    from influtier_lite.core.citations import NOTEBOOKS, citations_for
    from influtier_lite.core.compare import source_date
    from influtier_lite.core.words import text

    prose = " ".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    tables, shown = "", prose
    for kind, content in shown_html(notebook):
        if kind == "html":
            soup = BeautifulSoup(content, "html.parser")
            shown += " " + soup.get_text(" ")
            tables += " ".join(t.get_text(" ") for t in soup.find_all("table"))
    shown = " ".join(shown.split())
    items = []
    for scheme in sorted(SCHEMES.values(), key=lambda s: s.kind != "article"):
        source = scheme.source
        named = prose + tables if source.kind == "reference" else shown
        if source.short_name in named:
            items.append(f"<li><b>{html.escape(source.short_name)}</b>: "
                         f"{html.escape(text(f'source_about_{source.id}', lang))}; "
                         f"{html.escape(source_date(source, lang))}.</li>")
    for benchmark in load_benchmarks():
        if benchmark.label in shown:
            items.append(f"<li><b>{html.escape(benchmark.label)}</b> ({html.escape(benchmark.their_tier_text(lang))}): "
                         f"{html.escape(benchmark.value_text(lang))}. {html.escape(benchmark.where_to_read)}</li>")
    if number in NOTEBOOKS:
        for c in citations_for(number):
            date = c.date or text("cit_no_date", lang)
            items.append(f"<li><b>{html.escape(c.short)}</b> ({html.escape(date)}): {html.escape(c.title)}. "
                         f"{html.escape(c.where(lang))} · {html.escape(text('cit_as_of', lang, date=c.as_of))}</li>")
    return f"<ul class='sources'>{''.join(dict.fromkeys(items))}</ul>" if items else ""


def worksheet_html(notebook: nbformat.NotebookNode, lang: str, name: str) -> str:
    words = WORDS[lang]
    number = name[:2]
    title = html.escape(classroom.title_of(notebook, name))
    parts = [f"<header><div class='kind'>{words['sheet']} · {number}</div><h1>{title}</h1>"
             f"<div class='who'><span>{words['name']}:</span><span>{words['class']}:</span>"
             f"<span>{words['date']}:</span></div></header>", opening_html(notebook)]
    goals = goals_html(notebook, lang)
    if goals:
        parts.append(f"<h2>{words['goals']}</h2>{goals}")
    table = key_table(notebook)
    if table:
        parts.append(f"<h2>{words['table']}</h2>{table}")
    figure = first_figure(notebook)
    if figure:
        parts.append(f"<h2>{words['figure']}</h2><figure><img src='data:image/png;base64,{figure}' alt=''>"
                     f"<figcaption>{html.escape(words['figure_note'].format(number=number))}</figcaption></figure>")
    exercises = classroom.exercises(notebook)
    parts.append(f"<h2>{words['exercises']}</h2>")
    if not exercises:
        parts.append(f"<p>{words['no_exercise']}</p>")
    for index, exercise in enumerate(exercises, start=1):
        hint = (f"<p class='hint'>{words['hint']}: "
                f"{markdown2html_mistune(exercise.hint).strip().removeprefix('<p>').removesuffix('</p>')}</p>"
                if exercise.hint else "")
        parts.append(f"<section class='exercise'><h3>{number}.{index}</h3>{markdown2html_mistune(exercise.task)}"
                     f"{hint}<div class='lines'><div>{words['write']}</div>{'<div></div>' * 5}</div></section>")
    sources = sources_html(notebook, number, lang)
    if sources:
        parts.append(f"<h2>{words['sources']}</h2>{sources}")
    return (f"<!DOCTYPE html>\n<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
            f"<style>{STYLE}</style></head><body>{''.join(parts)}</body></html>\n")


def print_pdf(page: Path, pdf: Path) -> Path:
    """``page`` printed to A4 ``pdf`` by headless Chromium, without the browser's header and footer."""
    command = [browser.find_chromium(), "--headless", *browser.CHROMIUM_FLAGS, "--no-pdf-header-footer",
               f"--print-to-pdf={pdf}", page.as_uri()]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if result.returncode != 0 or not pdf.is_file() or pdf.read_bytes()[:5] != b"%PDF-":
        raise SystemExit(f"Chromium could not print {page.name}: {result.stderr.strip()[-500:]}")
    return pdf


def lessons(lang: str) -> list[Path]:
    return [p for p in sorted((ROOT / "notebooks" / lang).glob("*.ipynb")) if slides.is_deck(p.stem)]


def build(output: Path) -> list[Path]:
    """Write every worksheet and both keys; two Chromiums print at a time (two cores)."""
    jobs = []
    with tempfile.TemporaryDirectory(prefix="influtier-worksheets-") as tmp:
        pages = Path(tmp)
        for lang in LANGS:
            folder = output / lang
            folder.mkdir(parents=True, exist_ok=True)
            for path in lessons(lang):
                notebook = nbformat.read(path, as_version=4)
                page = pages / f"{lang}-{path.stem}.html"
                page.write_text(worksheet_html(notebook, lang, path.stem), encoding="utf-8")
                jobs.append((page, folder / f"{path.stem}.pdf"))
            key = pages / f"{lang}-key.html"
            key.write_text(classroom.answer_key_html(lang).replace("</head>", KEY_PRINT + "</head>", 1),
                           encoding="utf-8")
            jobs.append((key, folder / f"{classroom.KEY_NAME[lang]}.pdf"))
        with ThreadPoolExecutor(max_workers=2) as pool:
            return list(pool.map(lambda job: print_pdf(*job), jobs))


if __name__ == "__main__":
    build_main(build, "worksheets", sys.argv[1:])
