"""make handouts: static copies of the notebooks for reading and printing.

- build/handouts/{id,en}/NN_name.html for every notebook, with its stored outputs and the
  widget state embedded, so the sliders and figures show as they were last set (a
  browser draws them with the Jupyter widgets script from a CDN; without internet the
  text and tables still read in full);
- build/handouts/{id,en}/NN_name.slides.html: reveal.js slides for the four tier
  notebooks, one slide per heading, code hidden.

The notebooks are read, never written. Nothing here runs a kernel: the stored outputs
come from `make notebooks` (a clean Restart and Run All).

    python tools/handouts.py [OUTPUT_FOLDER]     # default: build/handouts
"""

from __future__ import annotations

import copy
import html
import re
import sys
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter, SlidesExporter

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("id", "en")
SLIDE_DECKS = ("02_nano", "03_micro", "04_macro", "05_mega")  # the tier notebooks


def title_of(notebook: nbformat.NotebookNode, fallback: str) -> str:
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            match = re.search(r"^#\s+(.+)$", cell.source, flags=re.MULTILINE)
            if match:
                return re.sub(r"[*_`]", "", match[1]).strip()
    return fallback


def as_slides(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A copy marked up for reveal.js: every heading starts a slide; the language cell is left out."""
    deck = copy.deepcopy(notebook)
    for cell in deck.cells:
        if "language-setup" in cell.metadata.get("tags", []):
            kind = "skip"
        elif cell.cell_type == "markdown" and re.match(r"#{1,3}\s", cell.source.lstrip()):
            kind = "slide"
        else:
            kind = "-"
        cell.metadata["slideshow"] = {"slide_type": kind}
    return deck


WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
# Shown only where the widgets could not be drawn (offline, JavaScript off, printed from a
# reader): the same answers as text. Hidden as soon as a widget appears beside it.
FALLBACK_STYLE = ("<style>.jp-OutputArea:has(.widget-box, .widget-inline-hbox, .widget-html) "
                  ".influtier-fallback {display: none}</style>")


def with_text_fallbacks(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A copy in which every widget output is followed by its text/plain, as HTML."""
    copied = copy.deepcopy(notebook)
    for cell in copied.cells:
        if cell.cell_type != "code":
            continue
        outputs = []
        for output in cell.get("outputs", []):
            outputs.append(output)
            data = output.get("data", {})
            if WIDGET_VIEW in data and data.get("text/plain"):
                fallback = f"<pre class='influtier-fallback'>{html.escape(data['text/plain'])}</pre>"
                outputs.append(nbformat.v4.new_output("display_data", data={"text/html": fallback}))
        cell.outputs = outputs
    return copied


def build(output: Path) -> list[Path]:
    page = HTMLExporter()
    slides = SlidesExporter(exclude_input=True, reveal_scroll=True)
    written = []
    for lang in LANGS:
        folder = output / lang
        folder.mkdir(parents=True, exist_ok=True)
        sources = sorted((ROOT / "notebooks" / lang).glob("*.ipynb"))
        if not sources:
            raise SystemExit(f"no notebooks in notebooks/{lang}")
        for source in sources:
            notebook = with_text_fallbacks(nbformat.read(source, as_version=4))
            resources = {"metadata": {"name": title_of(notebook, source.stem)}}
            body, _ = page.from_notebook_node(notebook, resources=copy.deepcopy(resources))
            written.append(_write(folder / f"{source.stem}.html", body, lang))
            if source.stem in SLIDE_DECKS:
                body, _ = slides.from_notebook_node(as_slides(notebook), resources=copy.deepcopy(resources))
                written.append(_write(folder / f"{source.stem}.slides.html", body, lang))
    return written


def _write(path: Path, body: str, lang: str) -> Path:
    # nbconvert writes <html lang="en"> whatever the content; screen readers and
    # hyphenation need the real language.
    body = re.sub(r"<html([^>]*)\blang=\"[^\"]*\"", rf'<html\1lang="{lang}"', body, count=1)
    body = body.replace("</head>", FALLBACK_STYLE + "</head>", 1)
    path.write_text(body, encoding="utf-8")
    return path


def main(argv: list[str]) -> None:
    output = Path(argv[0]) if argv else ROOT / "build" / "handouts"
    for path in build(output):
        print(f"wrote {path.relative_to(output.parent) if path.is_relative_to(output.parent) else path}")


if __name__ == "__main__":
    main(sys.argv[1:])
