"""The notebook collection: same code in both languages, prose in the right language,
outputs from one clean run, and in step with tools/notebook_sources/."""

from __future__ import annotations

import re
import runpy
from pathlib import Path

import nbformat
import pytest

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
            assert cell_id.source == cell_en.source
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
    assert "widgets" in notebook.metadata, "widget state not stored (sliders invisible in static views)"


ID_WORDS = {"yang", "dan", "di", "ini", "untuk", "dengan", "adalah", "tidak", "dari", "akan", "bisa",
            "atau", "tetapi", "menurut", "jumlah", "pengikut", "artikel", "sebuah", "apa", "kami"}
EN_WORDS = {"the", "and", "of", "to", "is", "for", "with", "this", "that", "are", "you", "can",
            "which", "under", "followers", "article", "an", "what", "we", "it"}


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
    checked = 0
    for cell in notebook.cells:
        if cell.cell_type != "markdown":
            continue
        words = prose(cell.source)
        if len(words) < 12:
            continue
        hits_own = sum(w in own for w in words)
        hits_other = sum(w in other for w in words)
        assert hits_own >= 3 * max(hits_other, 1), (lang, cell.source[:80])
        checked += 1
    assert checked >= 3


@pytest.mark.parametrize("name", NAMES)
def test_notebooks_are_built_from_their_source(name):
    """Nobody edited a notebook by hand without its source (run `make notebooks`)."""
    builder = runpy.run_path(str(ROOT / "tools" / "build_notebooks.py"))
    source = ROOT / "tools" / "notebook_sources" / name.replace(".ipynb", ".py")
    cells = runpy.run_path(str(source), init_globals={k: builder[k] for k in ("md", "code", "setup")})["CELLS"]
    for lang, folder in (("id", ID_DIR), ("en", EN_DIR)):
        expected = builder["notebook_for"](cells, lang, source.stem)
        stored = read(folder / name)
        assert [c.source for c in stored.cells] == [c.source for c in expected.cells]
