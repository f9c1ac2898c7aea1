"""make handouts offline: every page and slide deck renders from file:// with the network blocked.

A handout and a slide deck of each language are opened in Debian's Chromium from file://
with every non-file request aborted: the widgets must be drawn from their saved state
(not the text fallback), the slides must be reveal.js slides, and the maths must be
typeset. Screenshots go to build/ for people to look at.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tools import browser, offline
from tools.handouts import build as build_handouts

ROOT = Path(__file__).resolve().parents[1]
pytestmark = [pytest.mark.browser, pytest.mark.slow]

BUILD = ROOT / "build"
TIMEOUT_MS = 30_000


@pytest.fixture(scope="module")
def handouts(tmp_path_factory):
    folder = tmp_path_factory.mktemp("handouts")
    written = build_handouts(folder)
    assert len(written) >= 30
    return folder


def test_pages_load_nothing_from_the_internet(handouts):
    pages = sorted(handouts.glob("*/*.html"))
    assert len(pages) >= 30
    for page in pages:
        text = page.read_text(encoding="utf-8")
        remote = re.findall(r"""<(?:script|link)[^>]+(?:src|href)=["']?(?:https?:)?//[^"'\s>]+""", text)
        assert remote == [], f"{page.name} loads {remote}"
        assert "../_static/" in text
    assert (handouts / "_static" / "requirejs" / "require.js").is_file()
    for css_or_js in (p for p in (handouts / "_static").rglob("*") if p.is_file() and p.suffix in (".js", ".css")):
        assert "fonts.googleapis.com" not in css_or_js.read_text(encoding="utf-8", errors="replace")
    licences = [p for p in (handouts / "_static").rglob("LICENSE*")]
    assert len(licences) >= 4  # each vendored package travels with its licence


@pytest.fixture()
def offline_page():
    browser.require_chromium()
    with browser.chromium_page(width=1366, height=900) as page:
        page.set_default_timeout(TIMEOUT_MS)
        blocked = offline.block_network(page)
        errors = offline.page_errors(page)
        yield page
        assert blocked == [], f"the page asked the network for {blocked}"
        assert errors == [], f"errors in the page: {errors}"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_handout_draws_its_widgets_offline(handouts, offline_page, lang):
    page = offline_page
    page.goto((handouts / lang / "00_tier_explorer.html").as_uri())
    page.wait_for_selector(".widget-hslider .noUi-handle")  # a slider drawn from the saved state
    explorer = page.locator(".jp-OutputArea-output").filter(has=page.locator(".widget-hslider")).first
    explorer.locator("img").first.wait_for()  # the ladder figure of the saved state
    assert page.locator(".widget-hslider").count() >= 2
    headline = "Pengikut: 25.000" if lang == "id" else "Followers: 25,000"
    assert explorer.locator(f".widget-html >> text={headline}").count() >= 1
    # The text fallback beside a drawn widget is hidden.
    assert not explorer.locator(".influtier-fallback").first.is_visible()
    explorer.scroll_into_view_if_needed()
    BUILD.mkdir(exist_ok=True)
    explorer.screenshot(path=str(BUILD / f"offline_handout_{lang}.png"))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_slides_are_slides_offline(handouts, offline_page, lang):
    page = offline_page
    page.goto((handouts / lang / "02_nano.slides.html").as_uri())
    page.wait_for_selector(".reveal.ready")
    slides = "[...document.querySelectorAll('.reveal .slides > section')]"
    assert page.evaluate(f"{slides}.length") >= 5
    assert page.evaluate(f"{slides}.findIndex(s => s.classList.contains('present'))") == 0
    page.keyboard.press("ArrowRight")
    page.wait_for_function(f"{slides}.findIndex(s => s.classList.contains('present')) === 1")
    # One slide on screen at a time, not one long page.
    assert page.evaluate("document.documentElement.scrollHeight") <= 900 + 5
    # The explorer's figure, as it was saved, on a slide of its own.
    with_figure = page.evaluate(f"{slides}.findIndex(s => s.querySelector('img.figure'))")
    assert with_figure > 1
    for _ in range(with_figure - 1):
        page.keyboard.press("ArrowRight")
    page.wait_for_function(f"{slides}.findIndex(s => s.classList.contains('present')) === {with_figure}")
    figure = page.locator("section.present img.figure").first
    assert figure.is_visible() and figure.evaluate("img => img.complete && img.naturalWidth > 0")
    BUILD.mkdir(exist_ok=True)
    page.screenshot(path=str(BUILD / f"offline_slide_{lang}.png"))


def test_maths_is_typeset_offline(handouts, offline_page):
    page = offline_page
    page.goto((handouts / "id" / "08_engagement_rate.html").as_uri())
    page.wait_for_selector("mjx-container svg")
