"""Slides for the front of the room (issue 22, item 1).

Every lesson notebook (all but 00 explorer, 10 quiz, 14 own accounts) has a reveal.js deck
in each language. In Debian's Chromium, from file:// with the network blocked, every slide
of every deck is shown at 1366x768 and at 1280x720: nothing may sit below the bottom edge
or past the right edge, and every figure is shown wide enough that its smallest text
(MIN_FONT points on a FIGURE_WIDTH_IN-inch figure, tests/test_presentation.py) is at least
18 px on the 1366x768 projector. Each slide's speaker notes carry the teacher's guide's
points for its lesson; an exercise's answer is in the notes, never on the slide.
Screenshots of a few slides go to build/ for people to look at.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from nbconvert.filters.markdown_mistune import markdown2html_mistune

from influtier_lite.figures import FIGURE_WIDTH_IN, MIN_FONT
from tools import browser, classroom, offline, plans
from tools.handouts import build as build_handouts

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow

BUILD = ROOT / "build"
LESSONS = sorted(p.stem for p in (ROOT / "notebooks" / "en").glob("*.ipynb") if p.stem[:2] not in ("00", "10", "14"))
SIZES = [(1366, 768), (1280, 720)]
SCREENSHOTS = {("id", "03_micro"), ("en", "03_micro"), ("id", "07_sources_disagree"), ("en", "08_engagement_rate")}


@pytest.fixture(scope="module")
def decks(tmp_path_factory):
    folder = tmp_path_factory.mktemp("handouts")
    written = build_handouts(folder)
    found = sorted(p for p in written if p.name.endswith(".slides.html"))
    assert [f"{p.parent.name}/{p.name}" for p in found] == sorted(
        f"{lang}/{name}.slides.html" for lang in ("id", "en") for name in LESSONS)
    assert len(LESSONS) >= 12
    return folder


def sections(deck: Path) -> list:
    return BeautifulSoup(deck.read_text(encoding="utf-8"), "html.parser").select(".reveal .slides > section")


def visible_text(section) -> str:
    copy = BeautifulSoup(str(section), "html.parser")
    for aside in copy.find_all("aside"):
        aside.decompose()
    return " ".join(copy.get_text(" ").split())


def words(text: str) -> str:
    """Letters and digits only: markdown, HTML, code-fence names and a numbered list's "1." aside
    (HTML draws those numbers, they are not in the text), the same words."""
    text = re.sub(r"(?m)```\w*|^\s*\d+\.\s", " ", text)
    return re.sub(r"[\W_]+", "", BeautifulSoup(text, "html.parser").get_text(" "))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_slide_carries_the_guides_points_for_its_lesson(decks, lang):
    notes = plans.teacher_notes(lang)
    for name in LESSONS:
        points = notes.get(name[:2])
        assert points, f"no teacher's notes for lesson {name}"
        slides = sections(decks / lang / f"{name}.slides.html")
        assert len(slides) >= 3
        for slide in slides:
            aside = slide.find("aside", class_="notes")
            assert aside is not None, f"{name}: a slide without speaker notes"
            said = words(aside.get_text(" "))
            assert all(words(point)[:60] in said for point in points), name


@pytest.mark.parametrize("lang", ["id", "en"])
def test_answers_are_in_the_notes_never_on_the_slides_and_code_is_hidden(decks, lang):
    checked = 0
    for name in LESSONS:
        deck = (decks / lang / f"{name}.slides.html").read_text(encoding="utf-8")
        assert f'<html lang="{lang}">' in deck and 'LANG = "' not in deck and "import " not in deck
        slides = sections(decks / lang / f"{name}.slides.html")
        shown = words(" ".join(visible_text(s) for s in slides))
        noted = words(" ".join(a.get_text(" ") for s in slides for a in s.find_all("aside")))
        for exercise in classroom.exercises(
                __import__("nbformat").read(ROOT / "notebooks" / lang / f"{name}.ipynb", as_version=4)):
            # Compared as rendered: a numbered list's "1." is no text of the page.
            answer = words(markdown2html_mistune(exercise.answer))
            assert answer and answer not in shown and answer in noted, f"{name}: {exercise.answer[:60]}"
            assert words(markdown2html_mistune(exercise.task)) in shown
            checked += 1
    assert checked >= 10


WALK = """() => {
  const slide = Reveal.getCurrentSlide();
  let bottom = 0, right = 0, left = Infinity;
  for (const element of slide.querySelectorAll('*')) {
    if (element.closest('aside')) continue;
    const box = element.getBoundingClientRect();
    if (!box.width || !box.height) continue;
    bottom = Math.max(bottom, box.bottom); right = Math.max(right, box.right); left = Math.min(left, box.left);
  }
  const figures = [...slide.querySelectorAll('img.figure')].map(img => img.getBoundingClientRect().width);
  return {bottom, right, left, figures, text: slide.innerText.slice(0, 60)};
}"""


def walk(page, deck: Path, width: int, height: int, shots: bool) -> list[str]:
    """Every slide of ``deck`` at this size: what sits past an edge, or a figure too small."""
    problems = []
    page.goto(deck.as_uri())
    page.wait_for_function("window.Reveal && Reveal.isReady()")
    if "tex-svg.js" in deck.read_text(encoding="utf-8"):
        page.wait_for_function("window.MathJax && MathJax.startup && MathJax.startup.promise")
        page.evaluate("MathJax.startup.promise")
    total = page.evaluate("Reveal.getTotalSlides()")
    assert total >= 3
    smallest = MIN_FONT / (FIGURE_WIDTH_IN * 72)  # figure text px per displayed px
    for index in range(total):
        page.evaluate(f"Reveal.slide({index})")
        found = page.evaluate(WALK)
        where = f"{deck.parent.name}/{deck.name} slide {index + 1} at {width}x{height} ({found['text']!r})"
        if found["bottom"] > height + 0.5:
            problems.append(f"{where}: content down to {found['bottom']:.0f} px")
        if found["right"] > width + 0.5 or found["left"] < -0.5:
            problems.append(f"{where}: content from {found['left']:.0f} to {found['right']:.0f} px")
        if width == 1366:
            for shown in found["figures"]:
                if shown * smallest < 18:
                    problems.append(f"{where}: a figure {shown:.0f} px wide, its text {shown * smallest:.1f} px")
        if shots and index in (1, 3, 4):
            BUILD.mkdir(exist_ok=True)
            page.screenshot(path=str(BUILD / f"slide_{deck.parent.name}_{deck.stem[:2]}_{index + 1}_{width}.png"))
    return problems


@pytest.mark.browser
@pytest.mark.parametrize("width, height", SIZES)
def test_every_slide_fits_the_projector(decks, width, height):
    browser.require_chromium()
    problems = []
    with browser.chromium_page(width=width, height=height) as page:
        blocked = offline.block_network(page)
        errors = offline.page_errors(page)
        for lang in ("id", "en"):
            for name in LESSONS:
                shots = width == 1366 and (lang, name) in SCREENSHOTS
                problems += walk(page, decks / lang / f"{name}.slides.html", width, height, shots)
        assert blocked == [] and errors == []
    assert problems == []


@pytest.mark.browser
def test_the_walk_finds_a_slide_that_runs_off_the_screen(decks, tmp_path):
    """The check above can fail: one paragraph too many, and one figure shown too small."""
    browser.require_chromium()
    deck = decks / "en" / "03_micro.slides.html"
    text = deck.read_text(encoding="utf-8")
    long = "<p>" + "A sentence that a teacher would never put on a slide. " * 60 + "</p>"
    broken = text.replace("</section>", long + "</section>", 1)
    broken = re.sub(r"(<img class='figure'[^>]*style=')width:\d+px;height:\d+px", r"\1width:600px;height:181px", broken,
                    count=1)
    target = deck.parent / "broken.slides.html"
    target.write_text(broken, encoding="utf-8")
    with browser.chromium_page(width=1366, height=768) as page:
        problems = walk(page, target, 1366, 768, shots=False)
    assert any("slide 1 " in p and "content down to" in p for p in problems), problems
    assert any("a figure 640 px wide" in p for p in problems), problems
