"""make worksheets (issue 22, item 3): A4 PDFs printed by Chromium, checked as printed.

Every lesson with slides has a worksheet in each language, and each language an answer key.
The PDFs are read back with poppler (pdftotext, pdftoppm): a student's worksheet carries
each task of its lesson and none of the answers; the key carries every task followed by its
answer. Nothing is cut at a page edge: laid out for print in the browser, no page is wider
than the paper's text width (Chromium would shrink it) and nothing that must not break is
taller than a page (Chromium would cut it). Without poppler these tests skip (on CI, INFLUTIER_REQUIRE_BROWSER=1 and
.ci/run installs it), as the browser tests do without Chromium.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import nbformat
import pytest

from tools import browser, classroom, worksheets

ROOT = Path(__file__).resolve().parents[1]

LESSONS = sorted(p.stem for p in (ROOT / "notebooks" / "en").glob("*.ipynb") if p.stem[:2] not in ("00", "10", "14"))
KEYS = {"id": "kunci-jawaban.pdf", "en": "answer-key.pdf"}
A4_POINTS = (595, 842)


def require_poppler() -> None:
    if shutil.which("pdftotext") and shutil.which("pdftoppm"):
        return
    message = "poppler-utils (pdftotext, pdftoppm) not found: sudo apt-get install poppler-utils"
    if os.environ.get("INFLUTIER_REQUIRE_BROWSER"):
        raise RuntimeError(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    browser.require_chromium()
    folder = tmp_path_factory.mktemp("worksheets")
    written = worksheets.build(folder)
    expected = sorted([f"{lang}/{name}.pdf" for lang in ("id", "en") for name in LESSONS]
                      + [f"{lang}/{name}" for lang, name in KEYS.items()])
    assert sorted(f"{p.parent.name}/{p.name}" for p in written) == expected
    assert len(LESSONS) >= 12
    return folder


def words(text: str) -> str:
    """Letters and digits only: what survives printing and reading back (no fence names, markdown or line breaks)."""
    text = re.sub(r"```\w*", " ", text)
    return re.sub(r"[\W_]+", "", re.sub(r"<[^>]+>", " ", text)).lower()


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def exercises(lang: str, name: str):
    return classroom.exercises(nbformat.read(ROOT / "notebooks" / lang / f"{name}.ipynb", as_version=4))


@pytest.mark.browser
def test_every_pdf_is_a4(printed):
    for pdf in sorted(printed.glob("*/*.pdf")):
        data = pdf.read_bytes()
        assert data[:5] == b"%PDF-", pdf.name
        boxes = {tuple(round(float(v)) for v in box.split()[2:]) for box in
                 re.findall(rb"/MediaBox\s*\[\s*([\d.\s]+)\]", data) for box in [box.decode()]}
        assert boxes == {A4_POINTS}, (pdf.name, boxes)


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["id", "en"])
def test_worksheets_carry_the_tasks_and_no_answer(printed, lang):
    require_poppler()
    checked = 0
    for name in LESSONS:
        text = words(pdf_text(printed / lang / f"{name}.pdf"))
        assert len(text) > 200, name
        for exercise in exercises(lang, name):
            assert words(exercise.task) in text, f"{name}: task missing: {exercise.task[:60]}"
            assert words(exercise.answer) not in text, f"{name}: an answer is printed: {exercise.answer[:60]}"
            checked += 1
    assert checked >= 10


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_key_has_every_task_followed_by_its_answer(printed, lang):
    require_poppler()
    text = words(pdf_text(printed / lang / KEYS[lang]))
    checked = 0
    for name in LESSONS:
        for exercise in exercises(lang, name):
            task, answer = words(exercise.task), words(exercise.answer)
            assert task in text and answer in text, f"{name}: {exercise.task[:60]}"
            assert text.index(task) < text.index(answer), f"{name}: the answer comes before its task"
            checked += 1
    assert checked >= 10


CONTENT_PX = round((210 - 2 * 15) / 25.4 * 96)  # A4 less the side margins, in CSS pixels
PAGE_PX = round((297 - 14 - 16) / 25.4 * 96)  # and less the top and bottom margins
# In print, Chromium keeps everything inside the margins: a page wider than the paper's text
# width is shrunk (and all its text with it), a picture or a block that must not break and
# is taller than a page is cut off. Both are checked on the printed layout.
TOO_BIG = """() => {
  const found = [];
  const width = document.documentElement.scrollWidth;
  for (const element of document.querySelectorAll('img, tr, figure, .exercise, header')) {
    const box = element.getBoundingClientRect();
    // A block the page lets break (break-inside auto) may be taller than a page.
    const unbreakable = element.matches('img, tr, figure') || getComputedStyle(element).breakInside.startsWith('avoid');
    if (unbreakable && box.height > %d) found.push(element.tagName + ' ' + Math.round(box.height) + ' px tall');
  }
  return {width, found};
}""" % PAGE_PX  # noqa: UP031 - JavaScript's braces make %-formatting the readable choice here


def too_big(page, html: str) -> list[str]:
    page.emulate_media(media="print")
    page.set_content(html)
    result = page.evaluate(TOO_BIG)
    too_wide = result["width"] > CONTENT_PX
    wide = [f"{result['width']} px wide, the paper's text width is {CONTENT_PX}"] if too_wide else []
    return wide + result["found"]


@pytest.mark.browser
def test_every_worksheet_fits_the_paper():
    browser.require_chromium()
    checked = 0
    with browser.chromium_page(width=CONTENT_PX, height=PAGE_PX) as page:
        assert too_big(page, "<table style='width:260mm'><tr><td>too wide</td></tr></table>")
        assert too_big(page, "<figure><img src='' style='width:100%;height:1200px'></figure>")
        assert too_big(page, "<section class='exercise' style='break-inside:avoid;height:1200px'>x</section>")
        assert not too_big(page, "<section class='exercise' style='break-inside:auto;height:1200px'>x</section>")
        for lang in ("id", "en"):
            for name in LESSONS:
                notebook = nbformat.read(ROOT / "notebooks" / lang / f"{name}.ipynb", as_version=4)
                assert too_big(page, worksheets.worksheet_html(notebook, lang, name)) == [], f"{lang}/{name}"
                checked += 1
            key = classroom.answer_key_html(lang).replace("</head>", worksheets.KEY_PRINT + "</head>", 1)
            assert too_big(page, key) == [], KEYS[lang]
    assert checked >= 24


@pytest.mark.browser
def test_pages_to_look_at(printed):
    """Two printed pages per language as PNG in build/, for people to look at."""
    require_poppler()
    build = ROOT / "build"
    build.mkdir(exist_ok=True)
    for lang in ("id", "en"):
        for pdf in (printed / lang / "03_micro.pdf", printed / lang / KEYS[lang]):
            stem = build / f"worksheet_{lang}_{pdf.stem}"
            subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(pdf), str(stem)], check=True)
            assert list(build.glob(f"{stem.name}*.png"))


def test_make_worksheets_prints_into_build_worksheets():
    printed = subprocess.run(["make", "-n", "--no-print-directory", "worksheets"], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout
    assert "-m tools.worksheets" in printed.splitlines()[-1]
