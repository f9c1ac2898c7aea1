"""make handouts: static copies of the notebooks for reading and printing, with no network.

- build/handouts/{id,en}/NN_name.html for every notebook, with its stored outputs and the
  widget state embedded, so the sliders and figures show as they were last set;
- build/handouts/{id,en}/NN_name.slides.html: reveal.js slides for every lesson notebook
  (all but 00 explorer, 10 quiz and 14 own accounts), made to fit a 1366x768 or 1280x720
  projector, with the teacher's guide's points as speaker notes (tools/slides.py);
- build/handouts/_static/: everything those pages load (require.js, the Jupyter widgets
  renderer, jQuery, reveal.js, MathJax), copied from tools/handout_assets/vendor/ (committed,
  with their licences; tools/handout_assets/vendor.py refreshes it from npm). The pages
  point at it with relative paths, so the folder works from a USB stick or file:// with
  no internet: copy build/handouts/ whole. A text fallback still follows every widget
  for readers with JavaScript off and for print.

The notebooks are read, never written. Nothing here runs a kernel: the stored outputs
come from `make notebooks` (a clean Restart and Run All).

    python -m tools.handouts [OUTPUT_FOLDER]     # default: build/handouts
"""

from __future__ import annotations

import copy
import html
import re
import shutil
import sys
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter

from tools import build_main, slides

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("id", "en")
VENDOR = ROOT / "tools" / "handout_assets" / "vendor"
STATIC = "_static"  # beside the language folders; pages reach it as ../_static/
# What nbconvert would fetch from CDNs, as paths inside _static (see tools/handout_assets).
LOCAL = {
    "require_js_url": "requirejs/require.js",
    "widget_renderer_url": "@jupyter-widgets/html-manager/dist/embed-amd.js",
    "jquery_url": "jquery/dist/jquery.min.js",
    "mathjax_url": "mathjax/es5/tex-svg.js",
}
# Web fonts the vendored files import from the internet; offline the text falls back to
# the system's fonts instead of waiting for them.
WEB_FONT_IMPORT = re.compile(r"""@import url\(['"]?https://fonts\.googleapis\.com/[^)]*\);?""")
MERMAID_IMPORT = re.compile(r"<script type=\"module\">\s*import mermaid from 'https://[^']*';.*?</script>", re.S)
# MathJax 3 (SVG output, no font files) reading the notebooks' $...$ and $$...$$ as
# nbconvert's MathJax 2 configuration does. The widgets renderer calls MathJax 2's API
# (MathJax.Hub) to typeset new content: a small stand-in passes those calls on to MathJax 3.
MATHJAX_CONFIG = """<script>(function () {
  var hub = {
    getAllJax: function () { return null; },
    Rerender: function () {},
    Queue: function () {
      [].slice.call(arguments).forEach(function (job) {
        if (Array.isArray(job) && job[0] === "Typeset" && window.MathJax.typesetPromise) {
          window.MathJax.typesetPromise(job[2] ? [job[2]] : undefined);
        }
      });
    }
  };
  window.MathJax = {
    tex: {inlineMath: [['$', '$'], ['\\\\(', '\\\\)']], displayMath: [['$$', '$$'], ['\\\\[', '\\\\]']],
          processEscapes: true, processEnvironments: true},
    svg: {fontCache: 'global'},
    startup: {ready: function () { MathJax.startup.defaultReady(); MathJax.Hub = hub; }},
    Hub: hub
  };
}());</script>
"""


def title_of(notebook: nbformat.NotebookNode, fallback: str) -> str:
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            match = re.search(r"^#\s+(.+)$", cell.source, flags=re.MULTILINE)
            if match:
                return re.sub(r"[*_`]", "", match[1]).strip()
    return fallback


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


def local_urls(static: str = f"../{STATIC}") -> dict[str, str]:
    """nbconvert's URL settings pointing at the local copies (relative to a language folder)."""
    return {key: f"{static}/{path}" for key, path in LOCAL.items()}


def copy_static(output: Path) -> Path:
    """Copy the vendored scripts into ``output/_static``, with no web-font imports."""
    if not (VENDOR / LOCAL["widget_renderer_url"]).is_file():
        raise SystemExit(f"{VENDOR} is missing or incomplete: restore it with git, or run "
                         "python tools/handout_assets/vendor.py (needs npm)")
    static = output / STATIC
    if static.exists():
        shutil.rmtree(static)
    shutil.copytree(VENDOR, static)
    for path in static.rglob("*"):
        if path.is_file() and path.suffix in (".js", ".css"):
            text = path.read_text(encoding="utf-8")
            offline = WEB_FONT_IMPORT.sub("", text)
            if offline != text:
                path.write_text(offline, encoding="utf-8")
    return static


def exporter() -> HTMLExporter:
    return HTMLExporter(**local_urls())


def build(output: Path) -> list[Path]:
    copy_static(output)
    page = exporter()
    written = []
    for lang in LANGS:
        folder = output / lang
        folder.mkdir(parents=True, exist_ok=True)
        sources = sorted((ROOT / "notebooks" / lang).glob("*.ipynb"))
        if not sources:
            raise SystemExit(f"no notebooks in notebooks/{lang}")
        notes = slides.teacher_notes(lang)
        for source in sources:
            original = nbformat.read(source, as_version=4)
            notebook = with_text_fallbacks(original)
            title = title_of(notebook, source.stem)
            resources = {"metadata": {"name": title}}
            body, _ = page.from_notebook_node(notebook, resources=copy.deepcopy(resources))
            written.append(_write(folder / f"{source.stem}.html", body, lang))
            if slides.is_deck(source.stem):
                deck = slides.deck_html(original, lang, source.stem, title, notes.get(source.stem[:2]))
                path = folder / f"{source.stem}.slides.html"
                path.write_text(deck, encoding="utf-8")
                written.append(path)
    return written


def _write(path: Path, body: str, lang: str) -> Path:
    # nbconvert writes <html lang="en"> whatever the content; screen readers and
    # hyphenation need the real language.
    body = re.sub(r"<html([^>]*)\blang=\"[^\"]*\"", rf'<html\1lang="{lang}"', body, count=1)
    body = body.replace("</head>", FALLBACK_STYLE + "</head>", 1)
    if 'class="mermaid"' not in body:  # the slides template imports mermaid from a CDN whether needed or not
        body = MERMAID_IMPORT.sub("", body)
    mathjax = f'<script src="{local_urls()["mathjax_url"]}">'
    if mathjax not in body:
        raise SystemExit(f"{path.name}: MathJax is not loaded from {STATIC}; has nbconvert's template changed?")
    body = body.replace(mathjax, MATHJAX_CONFIG + mathjax, 1)
    path.write_text(body, encoding="utf-8")
    return path


if __name__ == "__main__":
    build_main(build, "handouts", sys.argv[1:])
