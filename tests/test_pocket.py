"""make pocket: the tier explorer as one HTML file per language, with no kernel and no network.

The data tests run everywhere; the browser tests open each page from file:// in Debian's
Chromium with every non-file request aborted, drive its inputs over 500+ counts (every
edge of every scheme included) and compare what it shows with ``classify``,
``assess_engagement`` and ``describe_account``.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from influtier_lite import SCHEMES, assess_engagement, classify, format_number, parse_count
from influtier_lite.core.export import cell_starts, er_steps, explorer_data
from influtier_lite.core.report import describe_account
from tools import browser, offline, pocket

ROOT = Path(__file__).resolve().parents[1]

LANGS = ("id", "en")
NBSP = "\u00a0"


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pocket")
    written = pocket.build(folder)
    return {path.name.removeprefix("influtier-").removesuffix(".html"): path for path in written}


def edge_counts() -> list[int]:
    """Every edge of every scheme, with the whole counts on either side."""
    edges = {int(e) for s in SCHEMES.values() for t in s.tiers for e in (t.min_followers, t.max_followers) if e}
    return sorted({c for e in edges for c in (e - 1, e, e + 1)} | {0, 1, 99, 100, 100_000_000, 250_000_000})


def test_counts_cover_500_with_every_edge():
    counts = sorted(set(edge_counts()) | set(spread_counts()))
    assert len(counts) >= 500
    for scheme in SCHEMES.values():
        for tier in scheme.tiers:
            assert int(tier.min_followers) in counts


def spread_counts() -> list[int]:
    return [int(round(c)) for c in np.geomspace(50, 300_000_000, 520)]


def er_values() -> list[float]:
    """0, the top, and every band edge with the steps beside it."""
    values = {0.0, 4.0, 15.0}
    for scheme in SCHEMES.values():
        for tier in scheme.tiers:
            if tier.er_range:
                for edge in tier.er_range:
                    values.update(round(edge + d, 1) for d in (-0.1, 0, 0.1))
    return sorted(v for v in values if 0 <= v <= 15)


def test_pages_are_single_files_under_1_mb_that_ask_for_nothing(pages):
    assert sorted(pages) == sorted(LANGS)
    for lang, path in pages.items():
        page = path.read_text(encoding="utf-8")
        assert path.stat().st_size < 1_000_000
        assert f'<html lang="{lang}">' in page
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)  # nothing loaded from elsewhere
        assert "default-src 'none'" in page  # and the browser is told to refuse it


@pytest.mark.parametrize("lang", LANGS)
def test_exported_cells_agree_with_the_package(lang):
    data = explorer_data(lang)
    starts = [cell["start"] for cell in data["cells"]]
    assert starts == cell_starts() and starts == sorted(starts) and starts[0] == 0
    steps = er_steps()
    for cell in data["cells"]:
        for scheme_id, key in cell["tiers"].items():
            tier = classify(cell["start"], scheme_id)
            assert key == (tier.key if tier else "")
        for run in cell["runs"]:
            er = steps[run[0]]
            for scheme_id, verdict in run[3].items():
                tier = classify(cell["start"], scheme_id)
                assert verdict == (assess_engagement(er, tier) if tier and tier.er_range else "")


# --- in the browser ------------------------------------------------------------------

@pytest.fixture()
def offline_page():
    browser.require_chromium()
    with browser.chromium_page(width=390, height=844) as page:
        blocked = offline.block_network(page)
        errors = offline.page_errors(page)
        yield page, blocked, errors
        assert blocked == [], f"the page asked the network for {blocked}"
        assert errors == [], f"errors in the page: {errors}"


# Types each count into the box the way a reader writes it, presses Enter, sets each rate,
# and reads every scheme's data-tier and data-verdict, the headline and the findings.
DRIVE = """([counts, rates]) => {
  const box = document.getElementById('followers'), er = document.getElementById('er');
  const seen = [];
  for (const [count, typed] of counts) {
    box.value = typed;
    box.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}));
    for (const rate of rates) {
      er.value = String(rate);
      er.dispatchEvent(new Event('input', {bubbles: true}));
      const schemes = {};
      for (const el of document.querySelectorAll('[data-scheme]')) {
        schemes[el.dataset.scheme] = [el.dataset.tier, el.dataset.verdict];
      }
      seen.push({count, rate, typed, box: box.value, schemes,
                 headline: document.getElementById('headline').textContent,
                 findings: [...document.querySelectorAll('#findings li')].map(li => li.textContent),
                 brand: [...document.querySelectorAll('#brand li')].map(li => li.textContent),
                 error: document.getElementById('box-error').textContent});
    }
  }
  return seen;
}"""


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_pocket_page_agrees_with_the_package_offline(pages, offline_page, lang):
    page, _, _ = offline_page
    page.goto(pages[lang].as_uri())
    page.wait_for_selector("body[data-rendered]")
    counts = sorted(set(edge_counts()) | set(spread_counts()))
    rates = er_values()
    typed = [[c, format_number(c, lang)] for c in counts]
    seen = page.evaluate(DRIVE, [typed, rates])
    assert len(seen) == len(counts) * len(rates) >= 500 * 10
    for shown in seen:
        count, rate = shown["count"], shown["rate"]
        assert shown["error"] == "" and shown["box"] == format_number(count, lang)
        assert set(shown["schemes"]) == set(SCHEMES)
        for scheme_id, (tier_key, verdict) in shown["schemes"].items():
            tier = classify(count, scheme_id)
            assert tier_key == (tier.key if tier else ""), (count, scheme_id)
            expected = assess_engagement(rate, tier) if tier and tier.er_range else ""
            assert verdict == expected, (count, rate, scheme_id)
        report = describe_account(count, rate, lang)
        assert shown["headline"] == report.headline()
        assert shown["findings"] == report.findings()[:-1]  # all but the expected engagements
        assert shown["brand"] == report.brand_meaning()


# What readers type: each is read exactly as parse_count reads it, or refused as it is,
# with parse_count's own message. Each refusal kind of parse_count appears in both languages.
NNBSP = "\u202f"
TYPED_BOTH = [
    "2 9 jt", "1 2 3", "1 250 000", f"1{NBSP}250{NBSP}000", f"12{NNBSP}345", "1 25", "1 250 000,5", "1 250,5 rb",
    "1 250.5 rb", "12 345 678 jt", " " * 60 + "1000", " " * 61 + "1000", "1" * 65, "1" * 26, "3.3k", "12 ribu",
    "2,9 jt", "1000000000000000", "1000000000000001", "1000000000 jt", "1000000001 jt", "999999999999999,9",
    "999999999999999.9", "5 'x'", '5 "x"', "5 x\\y", "5\u200bk", "x" + NBSP * 10 + "y", "x" * 41, "\u200342\u3000",
    "\u0665\u0660\u0660\u0660", "\u0967\u0968 ribu", "\U0001d7d9\U0001d7d0 rb", "1.5m", "1.50M", "1.500M", "2,5 M",
    "1,2,3", "1.,5", ",5 rb", "5 rb rb", "5 k9", "0", "00012", "k", "",
]
TYPED = {
    "id": ["25.000", "2,9 jt", "1,5 rb", "3.3k", "1.5M", "12 ribu", "1 juta", "1.250.000", "  42 ", f"5{NBSP}rb",
           "2,95 jt", "1.234,5 rb", "2 miliar", "5,000", "5.000", "2M", "1,5 M", "5,5", "1,2345 rb", "abc", "-5",
           "12345.678", "5.", "3 zz", "1.234.5", "100 rb", "30.000", "7,5 ribu", "1 JT", "0,0000001", "0,05",
           "0,0000012", "1.000.000.000.000.001", "1,234.5", "1.234,567", "1 000,5", *TYPED_BOTH],
    "en": ["25,000", "2.9M", "1.5M", "15K", "1,250,000", "1 juta", "3.3k", "5.000", "5,000", "5.5", "2 billion",
           "1,234.5,6", "abc", "10 thousand", "100K", "2.95m", "1,234.5K", "0", "7 mn", "1.5 M", "0.0000001",
           "0.05", "5.", "1,,000", "1,000,000,000,000,001", "1.234,5", "1,234,5", "1,2345 rb", "1000000 M",
           *TYPED_BOTH],
}


def test_typed_examples_cover_every_refusal_of_parse_count():
    for lang in LANGS:
        messages = explorer_data(lang)["parse"]["messages"]
        refused = set()
        for typed in TYPED[lang]:
            try:
                parse_count(typed, lang)
            except ValueError as error:
                refused.add(str(error).split("\n")[0 if lang == "id" else -1])
        # Each kind of message the page holds is met by at least one example.
        for kind, template in messages.items():
            assert "{text}" in template, kind
            pattern = re.escape(template).replace(r"\{", "{").replace(r"\}", "}")
            pattern = re.sub(r"\{\w+\}", ".+", pattern)
            assert any(re.fullmatch(pattern, line) for line in refused), (lang, kind)
        assert len(messages) == (11 if lang == "id" else 10)  # the "M" refusal is Indonesian only


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_typed_counts_are_read_as_parse_count_reads_them(pages, offline_page, lang):
    page, _, _ = offline_page
    page.goto(pages[lang].as_uri())
    page.wait_for_selector("body[data-rendered]")
    box = page.locator("#followers")
    for typed in TYPED[lang]:
        box.fill("7")
        box.press("Enter")
        box.fill(typed)
        box.press("Enter")
        error = page.locator("#box-error").text_content()
        try:
            expected = parse_count(typed, lang)
        except ValueError as refused:
            # The page gives parse_count's own reason, in the page's language, word for word.
            assert error == str(refused).split("\n")[0 if lang == "id" else -1], typed
            assert page.get_attribute("body", "data-rendered").startswith("7@"), typed  # nothing moved
            continue
        assert error == "", f"{typed!r}: {error}"
        assert box.input_value() == format_number(expected, lang), typed
        assert page.get_attribute("body", "data-rendered").startswith(f"{expected}@"), typed


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_sliders_move_the_answers_and_nothing_is_cut_off_at_390_px(pages, offline_page, lang):
    page, _, _ = offline_page
    page.goto(pages[lang].as_uri())
    page.wait_for_selector("body[data-rendered]")
    slider = page.locator("#followers-slider")
    slider.focus()
    slider.press("End")
    assert page.locator("#followers").input_value() == format_number(100_000_000, lang)
    assert page.get_attribute("[data-scheme=partipost]", "data-tier") == "mega"
    slider.press("Home")
    assert page.locator("#followers").input_value() == format_number(100, lang)
    assert page.get_attribute("[data-scheme=harmony]", "data-tier") == ""
    er = page.locator("#er")
    er.focus()
    er.press("End")
    assert page.get_attribute("[data-scheme=partipost]", "data-verdict") == "above"
    er.press("Home")
    assert page.get_attribute("[data-scheme=partipost]", "data-verdict") == "below"
    # The longest names and ranges, at a phone's width: nothing sticks out past 390 px.
    for count in (100, 6_000, 60_000, 600_000, 1_000_000, 100_000_000):
        page.fill("#followers", format_number(count, lang))
        page.press("#followers", "Enter")
        widest = page.evaluate("""() => Math.max(document.documentElement.scrollWidth,
            ...[...document.querySelectorAll('body *')].map(e => e.getBoundingClientRect().right))""")
        assert widest <= 390, (count, widest)
