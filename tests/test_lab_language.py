"""JupyterLab in the notebook's language (issue 22, item 6), in Debian's Chromium.

``make lab LAB_LANG=id`` starts JupyterLab with tools/lab_settings/id/overrides.json, which
sets its Indonesian language pack (jupyterlab-language-pack-id-ID, in the lab set-up). The
notebooks tell students which menu to use in bold, as "**Run → Run All Cells**": here the
menu they name is opened in JupyterLab started as make lab starts it, and the item must
carry exactly the words the notebook gives, in that language. Then the item is clicked and
the notebook runs. English stays one setting away: the Settings menu's language list offers
it. A screenshot of the open menu goes to build/ for people to look at.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from tools import browser

ROOT = Path(__file__).resolve().parents[1]

BUILD = ROOT / "build"
TIMEOUT_MS = 60_000
NOTEBOOK = "01_start_here.ipynb"
# "**Menu → Item**" in a notebook's text: the menu path a student is told to use.
MENU_PATH = re.compile(r"\*\*([^*→\n]+?) → ([^*→\n]+?)\*\*")


def menu_paths(lang: str, name: str = NOTEBOOK) -> list[tuple[str, str]]:
    notebook = nbformat.read(ROOT / "notebooks" / lang / name, as_version=4)
    return [match.groups() for cell in notebook.cells if cell.cell_type == "markdown"
            for match in MENU_PATH.finditer(cell.source)]


def test_the_notebooks_name_their_menus_in_their_own_language():
    """The menu words in the text; the browser test below checks them against JupyterLab."""
    for name in ("00_tier_explorer.ipynb", NOTEBOOK):
        assert menu_paths("en", name) == [("Run", "Run All Cells")], name
        indonesian = menu_paths("id", name)
        assert len(indonesian) == 1 and indonesian[0][1] != "Run All Cells", (name, indonesian)
    assert menu_paths("id", "00_tier_explorer.ipynb") == menu_paths("id", NOTEBOOK)


def open_menu(page, title: str):
    page.locator(f".lm-MenuBar-itemLabel:text-is('{title}')").click()
    menu = page.locator(".lm-Menu").last
    menu.wait_for()
    return menu


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("lang", ["id", "en"])
def test_jupyterlab_shows_the_menu_the_notebook_names(lang):
    browser.require_chromium()
    [(title, item)] = menu_paths(lang)
    with browser.jupyter_lab(lang=lang) as (url, _), browser.chromium_page(width=1366, height=768) as page:
        page.set_default_timeout(TIMEOUT_MS)
        page.goto(f"{url}/lab/tree/{lang}/{NOTEBOOK}?reset")
        page.wait_for_selector(".jp-Notebook")
        page.wait_for_function(
            "() => [...document.querySelectorAll('.jp-StatusBar-TextItem')]"
            ".some(e => /\\|\\s*(Idle|Siaga)/.test(e.textContent))")
        menu = open_menu(page, title)
        run_all = menu.locator(".lm-Menu-item[data-command='runmenu:run-all'] .lm-Menu-itemLabel")
        assert run_all.inner_text() == item  # exactly the words the notebook gives
        if lang == "id":  # the language pack at work, not English left in place
            assert menu.locator(".lm-Menu-itemLabel:text-is('Run All Cells')").count() == 0
            assert page.locator(".jp-DirListing-headerItemText:text-is('Nama')").count() == 1
        BUILD.mkdir(exist_ok=True)
        page.screenshot(path=str(BUILD / f"lab_menu_{lang}.png"))
        run_all.click()  # and the item does what the notebook says
        page.wait_for_selector(".widget-hslider .noUi-handle")
        # English (or Indonesian) one setting away: Settings > Language lists both.
        page.keyboard.press("Escape")
        settings = open_menu(page, "Settings")
        settings.locator(".lm-Menu-item[data-type='submenu']").filter(
            has_text=re.compile("Language|Bahasa")).first.click()
        languages = page.locator(".lm-Menu").nth(1)
        languages.locator(".lm-Menu-item").first.wait_for()
        offered = languages.locator(".lm-Menu-itemLabel").all_inner_texts()
        page.screenshot(path=str(BUILD / f"lab_language_menu_{lang}.png"))
        assert any(text.startswith("English") for text in offered), offered
        assert any("Indonesia" in text for text in offered), offered
