"""End to end, in Debian's Chromium: the tier explorer in JupyterLab (both languages) and
the workshop app in Voilà. Sliders are moved with the keyboard, as a student would.

Without Chromium these tests are skipped with a message saying how to install it (see
conftest.py); with INFLUTIER_REQUIRE_BROWSER=1 (set by .ci/run) a missing browser fails.
Screenshots go to build/ for people to look at.
"""

from __future__ import annotations

import socket
import urllib.request
from pathlib import Path

import pytest

from tools import browser

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.browser

BUILD = ROOT / "build"
TIMEOUT_MS = 60_000

browser.require_chromium()

# What each language must show at the slider's ends (the tier names come from data/tiers.csv,
# the assessment words from influtier_lite/core/words.toml).
EXPECT = {
    "id": {"top": ("Partipost: Mega", "Harmony: Makro"), "bottom": ("Partipost: Nano",),
           "above": "di atas rentang artikel", "below": "di bawah rentang artikel",
           "followers": "Pengikut: 100.000.000"},
    "en": {"top": ("Partipost: Mega", "Harmony: Macro"), "bottom": ("Partipost: Nano",),
           "above": "above the article's band", "below": "below the article's band",
           "followers": "Followers: 100,000,000"},
}


@pytest.fixture(scope="module")
def lab_url():
    with browser.jupyter_lab() as (url, _):
        yield url


@pytest.fixture()
def page():
    with browser.chromium_page() as new_page:
        new_page.set_default_timeout(TIMEOUT_MS)
        yield new_page


def press(handle, key: str, times: int = 1) -> None:
    handle.focus()
    for _ in range(times):
        handle.press(key)


def figure_src(area) -> str:
    return area.locator("img[src^='blob:']").first.get_attribute("src")


def wait_for_text(area, expected: str) -> None:
    area.locator(f"text={expected}").first.wait_for(timeout=TIMEOUT_MS)


def move_and_check(page, area, lang: str) -> None:
    """Drive the explorer in ``area`` with the keyboard and check text and figure follow."""
    expect = EXPECT[lang]
    followers, engagement = area.locator(".widget-hslider .noUi-handle").nth(0), \
        area.locator(".widget-hslider .noUi-handle").nth(1)
    before = figure_src(area)
    press(followers, "End")
    for words in expect["top"]:
        wait_for_text(area, words)
    wait_for_text(area, expect["followers"])
    page.wait_for_function("([el, old]) => el.src !== old",
                           arg=[area.locator("img[src^='blob:']").first.element_handle(), before])
    at_top = figure_src(area)
    press(followers, "Home")
    for words in expect["bottom"]:
        wait_for_text(area, words)
    page.wait_for_function("([el, old]) => el.src !== old",
                           arg=[area.locator("img[src^='blob:']").first.element_handle(), at_top])
    press(engagement, "End")
    wait_for_text(area, expect["above"])
    press(engagement, "Home")
    wait_for_text(area, expect["below"])
    press(engagement, "ArrowRight", times=3)  # 0 % -> 0,3 %: a single key step reaches the kernel
    wait_for_text(area, "0,3%" if lang == "id" else "0.3%")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_tier_explorer_in_jupyterlab(lab_url, page, lang):
    browser.open_notebook(page, lab_url, f"{lang}/00_tier_explorer.ipynb")
    area = page.locator(".jp-OutputArea-output").filter(has=page.locator(".widget-hslider")).first
    area.scroll_into_view_if_needed()
    move_and_check(page, area, lang)
    BUILD.mkdir(exist_ok=True)
    area.screenshot(path=str(BUILD / f"e2e_tier_explorer_{lang}.png"))


def test_workshop_app_in_voila(page):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    with browser.jupyter_lab("voila") as (url, _):
        page.goto(url + "/")
        page.wait_for_selector(".jupyter-widgets img[src^='blob:']")
        # Offline rooms: the page asks nothing of a CDN (Voilà's lab template would ask
        # cdn.jsdelivr.net for Font Awesome; our template in app/server drops that).
        assert len(requested) > 5, requested
        elsewhere = [u for u in requested if not u.startswith((url + "/", "blob:", "data:"))]
        assert not elsewhere, elsewhere
        wait_for_text(page, "Penjelajah tingkatan")
        move_and_check(page, page.locator(".jupyter-widgets.widget-tab").first, "id")
        page.get_by_text("English", exact=True).click()
        wait_for_text(page, "Tier explorer")
        wait_for_text(page, "Followers: 100 ·")  # the count the keys left (Home: 100) survives the switch
        page.get_by_text("Seven sources", exact=True).click()
        wait_for_text(page, "Later x Fohr")
        page.get_by_text("Campaign planner", exact=True).click()
        wait_for_text(page, "Campaign objective")
        BUILD.mkdir(exist_ok=True)
        page.screenshot(path=str(BUILD / "e2e_workshop_app_en.png"), full_page=True)


def test_a_taken_port_is_skipped_and_the_server_always_stops(monkeypatch):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = taken.getsockname()[1]
        ports = iter([busy])
        real_free_port = browser.free_port
        monkeypatch.setattr(browser, "free_port", lambda: next(ports, None) or real_free_port())
        with pytest.raises(RuntimeError, match="a failing test"):
            with browser.jupyter_lab("voila") as (url, _):
                assert not url.endswith(f":{busy}")
                with urllib.request.urlopen(url + "/voila/static/voila.js", timeout=10) as response:
                    assert response.status == 200
                raise RuntimeError("a failing test")
    with pytest.raises(OSError):
        urllib.request.urlopen(url + "/voila/static/voila.js", timeout=5)
