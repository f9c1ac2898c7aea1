"""Every notebook and the workshop app, rendered in Voilà on a phone (390x844) and on a
classroom projector (1366x768), in Debian's Chromium.

A page fails when any element is wider than the screen (the page would scroll sideways),
when text in a widget or an output is cut off (clipped by its box, or an ellipsis), when a
figure's smallest text is below 9 CSS px on the phone or 14 CSS px on the projector, when a
figure is stretched beyond its pixels, or when a cell shows an error. Content inside a box
that scrolls on its own (a wide table, a figure on a phone) is allowed to be wider.

One Voilà server and one browser for all pages; each page is executed once and checked at
both sizes. Screenshots: build/layout/<page>_<width>.png, for people to look at.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from influtier_lite.figures import FIGURE_WIDTH_IN, MIN_FONT
from tools import browser

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.browser

SHOTS = ROOT / "build" / "layout"
SAMPLE_SHORTLIST = ROOT / "data" / "shortlist" / "sample_shortlist_synthetic.csv"
TIMEOUT_MS = 120_000
SCREENS = ((1366, 768, 14), (390, 844, 9))  # width, height, smallest figure text in CSS px
NOTEBOOKS = sorted(p.relative_to(ROOT / "notebooks").as_posix() for p in (ROOT / "notebooks").glob("*/*.ipynb"))

browser.require_chromium()

# Returns a list of problems on the page as it is now (an empty list: none).
CHECK = """(minFigurePx) => {
  const problems = [];
  const vw = document.documentElement.clientWidth;
  const name = (el) => {
    const text = (el.innerText || el.value || el.alt || '').trim().replace(/\\s+/g, ' ').slice(0, 60);
    return `<${el.tagName.toLowerCase()} class="${(el.className && el.className.baseVal === undefined
      ? el.className : '').toString().slice(0, 60)}">${text}`;
  };
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const ownText = (el) => [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
  if (document.documentElement.scrollWidth > vw + 1)
    problems.push(`the page is ${document.documentElement.scrollWidth}px wide on a ${vw}px screen`);
  for (const el of document.querySelectorAll('body *')) {
    const overflow = getComputedStyle(el).overflowX;
    if ((overflow === 'auto' || overflow === 'scroll') && !el.closest('.jp-OutputArea-output, .jupyter-widgets')
        && el.scrollWidth > el.clientWidth + 1)
      problems.push(`the page scrolls sideways: ${name(el)} is ${el.scrollWidth}px wide in ${el.clientWidth}px`);
  }
  // A box that scrolls must have room to show something (a table's box squeezed to 0 px hides it all).
  for (const el of document.querySelectorAll('.jupyter-widgets *, .jp-OutputArea-output *')) {
    const r = el.getBoundingClientRect();
    if (/auto|scroll/.test(el.style.overflowX || el.style.overflow) && r.height > 0 && el.scrollWidth > 0
        && el.clientWidth < 100 && getComputedStyle(el).visibility !== 'hidden')
      problems.push(`a scrolling box squeezed to ${el.clientWidth}px: ${name(el)}`);
  }
  // What must stay in view: every piece of text (measured as the text itself, not its
  // box) and every image, input, choice and button.
  const items = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!node.textContent.trim() || !parent
        || parent.closest('svg, style, script, #loading, mjx-assistive-mml')) continue;
    if (!visible(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const r = range.getBoundingClientRect();
    if (r.width > 0) items.push([parent, r, parent]);
  }
  for (const el of document.querySelectorAll('img, input, select, button, textarea, mjx-container'))
    if (visible(el)) items.push([el, el.getBoundingClientRect(), el.parentElement]);
  for (const [el, r, first] of items) {
    // The nearest box (from the text's own element up) that clips or scrolls decides.
    let box = first, verdict = null;
    for (; box && box !== document.body; box = box.parentElement) {
      const overflow = getComputedStyle(box).overflowX;
      if (overflow === 'visible') continue;
      if (overflow === 'auto' || overflow === 'scroll') {
        const inside = box.closest('.jp-OutputArea-output, .jupyter-widgets');
        if (!inside) continue;
        // Only a box that was asked to scroll (an inline style: a table's or a figure's box).
        // A widget box scrolls by default, which would hide a cut-off sentence.
        if (/auto|scroll/.test(box.style.overflowX || box.style.overflow)) { verdict = 'scrolls'; break; }
      }
      const b = box.getBoundingClientRect();
      if (r.right > b.right + 1 || r.left < b.left - 1)
        problems.push(`cut off by its box: ${name(el)} (${Math.round(r.left)}-${Math.round(r.right)} `
                      + `in ${Math.round(b.left)}-${Math.round(b.right)})`);
      verdict = 'clipped';
      break;
    }
    if (verdict === null && r.right > vw + 1)
      problems.push(`wider than the screen: ${name(el)} (right edge ${Math.round(r.right)}px)`);
  }
  for (const el of document.querySelectorAll('.jupyter-widgets *, .jp-OutputArea-output *')) {
    if (!visible(el)) continue;
    const style = getComputedStyle(el);
    if ((ownText(el) || el.matches('input,select'))
        && style.overflowX !== 'visible' && style.overflowX !== 'auto' && style.overflowX !== 'scroll'
        && el.scrollWidth > el.clientWidth + 1)
      problems.push(`text cut off: ${name(el)} (${el.scrollWidth}px of text in ${el.clientWidth}px)`);
    if (el.matches('select') && el.selectedIndex >= 0) {
      const ctx = document.createElement('canvas').getContext('2d');
      ctx.font = `${style.fontSize} ${style.fontFamily}`;
      const needed = ctx.measureText(el.options[el.selectedIndex].text).width + 28;
      if (needed > el.clientWidth + 1)
        problems.push(`choice cut off: ${name(el)} needs ${Math.round(needed)}px, has ${el.clientWidth}px`);
    }
  }
  // Figures: our PNGs are FIGURE_WIDTH_IN wide with text of at least MIN_FONT points.
  const figures = [...document.querySelectorAll('img')].filter(img => visible(img) && img.naturalWidth >= 1000);
  for (const img of figures) {
    const px = img.clientWidth / (%(width_in)s * 72) * %(min_font)s;
    if (px < minFigurePx - 0.05) problems.push(`figure text ${px.toFixed(1)}px < ${minFigurePx}px: ${name(img)}`);
    if (img.clientWidth > img.naturalWidth)
      problems.push(`figure stretched: ${img.naturalWidth}px shown ${img.clientWidth}px`);
  }
  const outputs = '.jp-RenderedText[data-mime-type="application/vnd.jupyter.stderr"], .jp-OutputArea-output pre';
  for (const el of document.querySelectorAll(outputs))
    if (/Traceback|Error/.test(el.innerText)) problems.push(`an error on the page: ${el.innerText.slice(0, 200)}`);
  return {problems, figures: figures.length};
}""" % {"width_in": FIGURE_WIDTH_IN, "min_font": MIN_FONT}  # noqa: UP031 - JavaScript's braces make % readable


@pytest.fixture(scope="module")
def site():
    with browser.voila_site() as url:
        yield url


@pytest.fixture(scope="module")
def pages():
    """Two tabs of one browser: while one page is checked, Voilà runs the next one's cells."""
    with browser.chromium_page(*SCREENS[0][:2]) as first:
        second = first.context.browser.new_page(viewport={"width": SCREENS[0][0], "height": SCREENS[0][1]})
        for tab in (first, second):
            tab.set_default_timeout(TIMEOUT_MS)
        yield first, second


def start(page, url: str) -> None:
    """Ask for a Voilà page (its cells run on the server while we do something else)."""
    page.set_viewport_size({"width": SCREENS[0][0], "height": SCREENS[0][1]})
    page.goto(url, wait_until="commit")


def finish(page) -> None:
    """Wait until the page's cells have run and the page stands still."""
    page.wait_for_load_state("networkidle")
    page.wait_for_function("() => !document.querySelector('#loading')"
                           " && document.querySelector('.jp-Cell, .jp-OutputArea, .jupyter-widgets')")
    settle(page)


def settle(page) -> None:
    """Wait until the page's size and number of elements stop changing (widgets draw late)."""
    seen = []
    for _ in range(60):
        now = page.evaluate("() => [document.querySelectorAll('*').length, document.body.scrollHeight,"
                            " [...document.images].filter(i => !i.complete).length]")
        seen.append(now)
        if len(seen) >= 3 and seen[-1] == seen[-2] == seen[-3] and now[2] == 0:
            return
        time.sleep(0.2)


def check_both_screens(page, shot: str) -> tuple[list[str], int]:
    """Problems at each screen size (prefixed with the width) and how many figures were seen."""
    problems, figures = [], 0
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width, height, min_px in SCREENS:
        page.set_viewport_size({"width": width, "height": height})
        settle(page)
        found = page.evaluate(CHECK, min_px)
        problems += [f"{width}px: {p}" for p in found["problems"]]
        figures += found["figures"]
        # The page scrolls inside a container: make the window as tall as the content to
        # photograph all of it, then restore the screen.
        tall = page.evaluate("() => Math.max(...[...document.querySelectorAll('*')].map(e => e.scrollHeight))")
        page.set_viewport_size({"width": width, "height": min(int(tall) + 40, 16_000)})
        settle(page)
        page.screenshot(path=str(SHOTS / f"{shot}_{width}.png"), full_page=True)
    return problems, figures


def test_every_notebook_fits_a_phone_and_a_projector(site, pages):
    assert len(NOTEBOOKS) >= 22, NOTEBOOKS  # both languages, every notebook
    failures, figures = {}, 0
    start(pages[0], f"{site}/voila/render/{NOTEBOOKS[0]}")
    for number, notebook in enumerate(NOTEBOOKS):
        page = pages[number % 2]
        if number + 1 < len(NOTEBOOKS):
            start(pages[(number + 1) % 2], f"{site}/voila/render/{NOTEBOOKS[number + 1]}")
        finish(page)
        problems, seen = check_both_screens(page, notebook.replace("/", "_").removesuffix(".ipynb"))
        figures += seen
        if problems:
            failures[notebook] = problems[:8]
    assert figures >= 10, f"only {figures} figures were checked"
    assert not failures, "\n".join(f"{name}:\n  " + "\n  ".join(p) for name, p in failures.items())


def test_the_workshop_app_fits_a_phone_and_a_projector_in_each_tab_and_language(site, pages):
    page = pages[0]
    start(page, f"{site}/voila/render/app/workshop.ipynb")
    finish(page)
    page.locator(".jupyter-widgets .lm-TabBar-tab").first.wait_for()
    settle(page)
    failures = []
    for lang, switch in (("id", None), ("en", "English")):
        if switch:
            page.get_by_role("button", name=switch).click()
            page.get_by_text("Tier explorer", exact=True).wait_for()
            settle(page)
        tabs = page.locator(".jupyter-widgets .lm-TabBar-tab")
        assert tabs.count() == 4  # explorer, comparison, planner, your own accounts
        for index in range(4):
            page.set_viewport_size({"width": SCREENS[0][0], "height": SCREENS[0][1]})
            tabs.nth(index).click()
            settle(page)
            if index == 3 and not switch:  # the shortlist tab with the sample read: its table, flags and chart
                page.locator(".jupyter-widgets textarea").fill(SAMPLE_SHORTLIST.read_text(encoding="utf-8"))
                page.get_by_role("button", name="Baca teks yang ditempel").click()
                settle(page)
            if index == 3:  # read (and kept across the language switch), with its chart drawn
                page.locator(".influtier-shortlist td", has_text="@contoh.kopipagi").first.wait_for()
                page.wait_for_function("() => [...document.images].some(i => i.naturalWidth > 0"
                                       " && i.closest('.jupyter-widgets') && i.offsetParent"
                                       " && i.getBoundingClientRect().width > 0)")
                settle(page)
            problems, _ = check_both_screens(page, f"app_{lang}_tab{index + 1}")
            failures += [f"{lang} tab {index + 1}: {p}" for p in problems[:8]]
    assert not failures, "\n".join(failures)
