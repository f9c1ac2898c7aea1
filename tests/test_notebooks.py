"""The notebook collection: same code in both languages, prose in the right language,
outputs from one clean run, and in step with tools/notebook_sources/."""

from __future__ import annotations

import io
import re
import runpy
import tokenize
from pathlib import Path

import nbformat
import pytest

from tools import build_notebooks

ROOT = Path(__file__).resolve().parents[1]
ID_DIR, EN_DIR = ROOT / "notebooks" / "id", ROOT / "notebooks" / "en"
NAMES = sorted(p.name for p in ID_DIR.glob("*.ipynb"))


def read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def test_collection_is_not_empty_and_the_same_in_both_languages():
    assert NAMES, "no notebooks found"
    assert NAMES == sorted(p.name for p in EN_DIR.glob("*.ipynb"))
    sources = sorted(p.stem + ".ipynb" for p in (ROOT / "tools" / "notebook_sources").glob("*.py"))
    assert NAMES == sources


def without_comments(source: str) -> str:
    """The code of a cell with its comments (which may be in either language) removed."""
    tokens = [t for t in tokenize.generate_tokens(io.StringIO(source).readline) if t.type != tokenize.COMMENT]
    return tokenize.untokenize((t.type, t.string) for t in tokens)


def test_comments_may_differ_but_code_may_not():
    assert without_comments("x = 1  # satu\n") == without_comments("x = 1  # one\n")
    assert without_comments("x = 1  # satu\n") != without_comments("x = 2  # satu\n")


@pytest.mark.parametrize("name", NAMES)
def test_code_cells_identical_except_language_setup(name):
    indonesian, english = read(ID_DIR / name), read(EN_DIR / name)
    assert len(indonesian.cells) == len(english.cells)
    setups = 0
    for cell_id, cell_en in zip(indonesian.cells, english.cells):
        assert cell_id.cell_type == cell_en.cell_type
        if cell_id.cell_type != "code":
            continue
        if "language-setup" in cell_id.metadata.get("tags", []):
            setups += 1
            assert cell_id.source.startswith('LANG = "id"') and cell_en.source.startswith('LANG = "en"')
        else:
            assert without_comments(cell_id.source) == without_comments(cell_en.source)
    assert setups == 1
    assert indonesian.metadata["influtier"]["lang"] == "id" and english.metadata["influtier"]["lang"] == "en"


@pytest.mark.parametrize("path", [d / n for n in NAMES for d in (ID_DIR, EN_DIR)], ids=str)
def test_outputs_from_one_clean_run(path):
    notebook = read(path)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1))
    text = nbformat.writes(notebook)
    for cell in code:
        assert all(o.output_type != "error" for o in cell.outputs)
    for absolute in ("/work/", "/home/", "/tmp/", "/root/", "site-packages"):
        assert absolute not in text, f"{path.name} stores a machine path: {absolute}"
    shows_widgets = any("application/vnd.jupyter.widget-view+json" in o.get("data", {})
                        for cell in code for o in cell.outputs)
    if shows_widgets:
        assert "widgets" in notebook.metadata, "widget state not stored (sliders invisible in static views)"


ID_WORDS = {"yang", "dan", "di", "ini", "untuk", "dengan", "adalah", "tidak", "dari", "akan", "bisa",
            "atau", "tetapi", "menurut", "jumlah", "pengikut", "artikel", "sebuah", "apa", "kami",
            "ke", "pada", "itu", "jadi", "hanya", "punya", "lalu", "menjadi", "setiap", "juga", "lebih",
            "ada", "anda", "masing", "satu", "dua", "empat", "misalnya", "sekitar", "tingkatan", "geser"}
EN_WORDS = {"the", "and", "of", "to", "is", "for", "with", "this", "that", "are", "you", "can",
            "which", "under", "followers", "article", "an", "what", "we", "it",
            "a", "in", "on", "has", "only", "so", "its", "as", "be", "by", "each", "four", "two",
            "into", "after", "all", "type", "tiers", "move", "about", "your"}


def prose(cell_source: str) -> list[str]:
    """Words of a markdown cell, without quotes from the articles and without code."""
    text = re.sub(r"`[^`]*`", " ", cell_source)
    text = re.sub(r'"[^"]*"|\u201c[^\u201d]*\u201d', " ", text)  # quotes stay in Indonesian
    text = re.sub(r"<[^>]+>", " ", text)
    return re.findall(r"[a-z]+", text.lower())


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("lang, own, other", [("id", ID_WORDS, EN_WORDS), ("en", EN_WORDS, ID_WORDS)])
def test_prose_is_in_the_notebooks_language(name, lang, own, other):
    notebook = read((ID_DIR if lang == "id" else EN_DIR) / name)
    checked = total_own = total_other = 0
    for cell in notebook.cells:
        if cell.cell_type != "markdown":
            continue
        words = prose(cell.source)
        if len(words) < 12:
            continue
        hits_own = sum(w in own for w in words)
        hits_other = sum(w in other for w in words)
        assert hits_own >= 2 and hits_own >= 3 * hits_other, (lang, cell.source[:80])
        checked += 1
        total_own, total_other = total_own + hits_own, total_other + hits_other
    assert checked >= 3
    assert total_own >= 10 * total_other, (lang, total_own, total_other)


@pytest.mark.parametrize("name", NAMES)
def test_notebooks_are_built_from_their_source(name):
    """Nobody edited a notebook by hand without its source (run `make notebooks`)."""
    source = ROOT / "tools" / "notebook_sources" / name.replace(".ipynb", ".py")
    helpers = ("md", "code", "setup", "exercise", "hint", "answer")
    cells = runpy.run_path(str(source), init_globals={k: getattr(build_notebooks, k) for k in helpers})["CELLS"]
    for lang, folder in (("id", ID_DIR), ("en", EN_DIR)):
        expected = build_notebooks.notebook_for(cells, lang, source.stem)
        stored = read(folder / name)
        assert [c.source for c in stored.cells] == [c.source for c in expected.cells]


def tagged(cell: nbformat.NotebookNode, tag: str) -> bool:
    return tag in cell.metadata.get("tags", [])


@pytest.mark.parametrize("path", [d / n for n in NAMES for d in (ID_DIR, EN_DIR)], ids=str)
def test_exercises_follow_one_convention_and_hide_their_answers(path):
    """Every task (tagged "exercise") is followed by its folded answer (and maybe a hint);
    no answer or hint text sits in a task cell or unfolded anywhere."""
    cells = read(path).cells
    tasks = [i for i, c in enumerate(cells) if tagged(c, "exercise")]
    for index in tasks:
        task = cells[index].source
        assert "<details" not in task and "Jawaban" not in task and "Answer" not in task, task[:80]
        following = cells[index + 1:index + 3]
        assert any(tagged(c, "answer") for c in following), f"task without an answer: {task[:60]}"
    for cell in cells:
        if tagged(cell, "answer") or tagged(cell, "hint"):
            assert cell.source.startswith("<details><summary>") and cell.source.endswith("</details>")
    answers = sum(tagged(c, "answer") for c in cells)
    assert answers == len(tasks), "an answer cell without a task"


def test_the_collection_has_exercises():
    tasks = sum(tagged(c, "exercise") for n in NAMES for c in read(ID_DIR / n).cells)
    assert tasks >= 8


def test_readme_links_every_notebook_and_every_link_resolves():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in NAMES:
        assert f"(notebooks/id/{name})" in readme and f"(notebooks/en/{name})" in readme, name
    for page in ("README.md", "docs/teacher_guide.md", "docs/panduan_guru.md", "docs/glossary.md"):
        text = (ROOT / page).read_text(encoding="utf-8")
        links = re.findall(r"\]\(([^)#:]+)\)", text)
        assert links or page == "docs/glossary.md", page
        for link in links:
            assert ((ROOT / page).parent / link).exists(), f"{page} links to missing {link}"


@pytest.mark.parametrize("path", [d / n for n in NAMES for d in (ID_DIR, EN_DIR)], ids=str)
def test_every_notebook_says_what_it_teaches(path):
    """A "Tujuan belajar" / "Learning goals" section near the top: 2-4 goals, the time, what to read first."""
    lang = "id" if path.parent == ID_DIR else "en"
    heading, time_word, first = {"id": ("## Tujuan belajar", "Waktu:", "Baca dulu:"),
                                 "en": ("## Learning goals", "Time:", "Read first:")}[lang]
    cells = read(path).cells
    goals = [c.source.split(heading, 1)[1].split("\n## ", 1)[0] for c in cells[:4]
             if c.cell_type == "markdown" and heading in c.source]
    assert len(goals) == 1, f"{path.name}: no {heading!r} section in the first cells"
    bullets = [line for line in goals[0].splitlines() if re.match(r"(- |\d\. )", line)]
    assert 2 <= len(bullets) <= 4, bullets
    assert time_word in goals[0] and first in goals[0]


def test_start_here_links_every_notebook():
    for directory in (ID_DIR, EN_DIR):
        text = "".join(c.source for c in read(directory / "01_start_here.ipynb").cells if c.cell_type == "markdown")
        linked = set(re.findall(r"\]\((\d\d_\w+\.ipynb)\)", text))
        assert linked == set(NAMES), sorted(set(NAMES) ^ linked)
