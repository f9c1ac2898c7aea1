"""The tier explorer without a browser: set widget values, check text, figure and state."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from influtier_lite import SCHEMES
from influtier_lite.core.report import describe_account, describe_ladder, tier_table
from influtier_lite.figures import TierLadder
from influtier_lite.widgets.explorer import TierExplorer


def pixels(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))


def test_follower_slider_updates_text_and_figure():
    explorer = TierExplorer("id", followers=2_000, er_percent=8)
    first_png = explorer.image.value
    assert "Partipost: Nano" in explorer.report_html.value
    explorer.followers_slider.value = 250_000
    assert explorer.followers == 250_000
    assert "Partipost: Mega" in explorer.report_html.value
    assert "Harmony: Makro" in explorer.report_html.value
    assert explorer.followers_box.value == "250.000"
    assert explorer.ladder.marker.get_xdata()[0] == 250_000
    assert explorer.image.value != first_png


def test_engagement_slider_updates_assessment():
    explorer = TierExplorer("en", followers=20_000, er_percent=4)
    assert "is within the article's band (3–5%)" in explorer.report_html.value
    explorer.er_slider.value = 6.5
    assert "is above the article's band" in explorer.report_html.value
    assert "6.5%" in explorer.er_readout.value
    explorer.er_slider.value = 1.0
    assert "is below the article's band" in explorer.report_html.value
    assert "Spamguard" in explorer.report_html.value  # the micro benchmark, named
    assert "bought" not in explorer.report_html.value  # one low number is never called fraud


def test_exact_count_box_reads_the_languages_notation():
    explorer = TierExplorer("id")
    explorer.followers_box.value = "2,9 jt"
    assert explorer.followers == 2_900_000
    assert explorer.followers_slider.value == pytest.approx(2_900_000)
    assert explorer.followers_box.value == "2.900.000"
    explorer.followers_box.value = "30.000"
    assert explorer.followers == 30_000 and "konvensi kami" in explorer.report_html.value


def test_bad_text_in_box_shows_error_in_notebook_language_and_keeps_value():
    explorer = TierExplorer("id", followers=7_000)
    explorer.followers_box.value = "5,000"
    assert explorer.followers == 7_000
    assert "koma adalah tanda desimal" in explorer.box_error.value
    explorer.followers_box.value = "8.000"
    assert explorer.box_error.value == "" and explorer.followers == 8_000
    english = TierExplorer("en")
    english.followers_box.value = "lots"
    assert "can be read" in english.box_error.value


def test_counts_outside_the_slider_range_are_kept_exactly():
    explorer = TierExplorer("en")
    explorer.set_followers(40)
    assert explorer.followers == 40 and explorer.followers_slider.value == 100
    explorer.followers_slider.value = 100.4  # the browser's echo of the clipped position
    assert explorer.followers == 40
    assert "Harmony: no tier" in explorer.report_html.value


def test_text_output_is_the_report_in_the_notebooks_language():
    bundle = TierExplorer("id", followers=25_000, er_percent=4)._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    plain = bundle["text/plain"]
    assert plain.startswith("Pengikut: 25.000 · Tingkat keterlibatan: 4%")
    assert "Perkiraan interaksi per unggahan: 1.000" in plain


def test_bad_starting_values(bilingual):
    with pytest.raises(ValueError) as caught:
        TierExplorer("id", followers=-5)
    bilingual(caught.value, "followers", "-5")
    with pytest.raises(ValueError) as caught:
        TierExplorer("fr")
    bilingual(caught.value, "lang", "'fr'")


def test_blitted_figure_equals_a_full_redraw():
    fast = TierLadder("en")
    fast.png()  # caches the background at another position
    fast.show(42_000)
    full = TierLadder("en")
    full.marker.set_animated(False)
    full.label.set_animated(False)
    full.show(42_000)
    full.figure.canvas.draw()
    redrawn = np.asarray(full.figure.canvas.buffer_rgba())[..., :3].astype(int)
    difference = np.abs(pixels(fast.png()).astype(int) - redrawn).max(axis=-1)
    # Only anti-aliasing where the marker crosses a bar's label may differ (drawing order).
    assert (difference > 0).sum() < 50 and difference.max() <= 8
    moved = TierLadder("en")
    moved.show(420_000)
    assert np.abs(pixels(moved.png()).astype(int) - redrawn).max(axis=-1).astype(bool).sum() > 500


def test_figure_is_deterministic_and_described():
    one, two = TierLadder("id"), TierLadder("id")
    one.show(5_000), two.show(5_000)
    assert one.png() == two.png()
    assert repr(one) == describe_ladder("id", 5_000)
    assert "Mikro (1.000–100.000)" in repr(one)


# --- the report model ---

def test_report_lines_in_both_languages():
    report = describe_account(100_000, 1.2, "en")
    assert report.verdict("partipost").tier.key == "macro"
    assert report.verdict("harmony").tier.key == "micro"
    assert report.verdict("partipost").assessment == "within"
    lines = report.lines()
    assert "Exactly on the 100,000 edge: under Partipost this count is Macro." in lines
    assert "Expected engagements per post: 1,200" in lines
    indonesian = describe_account(100_000, 1.2, "id").lines()
    assert "Tepat di batas 100.000: menurut Harmony, angka ini masuk Mikro." in indonesian


def test_mega_tolerance_is_labelled_ours():
    line = describe_account(2_000_000, 1.2, "en").lines()[1]
    assert "about 1%" in line and "our convention" in line


def test_every_article_tier_has_a_brand_meaning_in_both_languages():
    from influtier_lite.core.claims import brand_claims

    for scheme_id in ("partipost", "harmony"):
        for tier in SCHEMES[scheme_id].tiers:
            claims = brand_claims(scheme_id, tier.key)
            assert claims and all(c.text_id and c.text_en and c.text_id != c.text_en for c in claims)
            publisher = SCHEMES[scheme_id].source.short_name
            report = describe_account(tier.min_followers + 1, 1, "id", schemes=(scheme_id,))
            assert all(f"({publisher})" in line for line in report.brand_meaning()[:len(claims)])


def test_tier_table():
    table = tier_table("partipost", "id")
    assert table.index == ["Nano", "Mikro", "Makro", "Mega"]
    assert table.cell("Nano", "Tingkat keterlibatan") == "7–10%"
    assert table.cell("Mega", "Tingkat keterlibatan") == "sekitar 1%"
    assert table.cell("Mikro", "Pengikut") == "5.000–30.000"
    english = tier_table("harmony", "en")
    assert english.cell("Macro", "Followers") == "above 100,000"
    # Shown as HTML in Jupyter and as aligned text (what nbval compares), without pandas.
    assert "<th style='text-align:left;padding:3px 10px;vertical-align:top'>Followers</th>" in english._repr_html_()
    assert repr(english).splitlines()[0].split() == ["Tier", "Followers", "Engagement", "rate", "The", "article's",
                                                     "words"]
    assert english.to_pandas().loc["Macro", "Followers"] == "above 100,000"


def test_browser_rounding_the_slider_to_its_step_keeps_the_exact_count():
    explorer = TierExplorer("id", followers=25_000)
    explorer.followers_slider.value = 10 ** 4.4  # what the browser sends back: 25.119
    assert explorer.followers == 25_000
    explorer.followers_slider.value = 10 ** 4.41  # one key press further: a real move
    assert explorer.followers == round(10 ** 4.41)


def test_brand_meanings_are_nested_in_the_html():
    html = describe_account(25_000, 4, "en").html()
    assert "<li>What it means for a brand:<ul><li>Usually make content in a particular niche" in html
