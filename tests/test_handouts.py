"""make handouts: static HTML of every notebook, with widget state, and slides for every lesson
(tests/test_slides.py checks that the slides fit a projector)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tools import handouts

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*/*.ipynb"))


def fingerprint() -> dict[str, str]:
    return {p.name + p.parent.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in NOTEBOOKS}


def test_handouts_cover_every_notebook_with_widgets_text_and_slides(tmp_path):
    assert len(NOTEBOOKS) >= 20
    before = fingerprint()
    written = handouts.build(tmp_path)
    assert fingerprint() == before  # the notebooks are read, never written

    pages = sorted(p for p in written if not p.name.endswith(".slides.html"))
    decks = sorted(p for p in written if p.name.endswith(".slides.html"))
    assert [p.parent.name + "/" + p.name.replace(".html", ".ipynb") for p in pages] == sorted(
        p.parent.name + "/" + p.name for p in NOTEBOOKS)
    lessons = [p.stem for p in NOTEBOOKS if p.parent.name == "en" and p.stem[:2] not in ("00", "10", "14")]
    assert len(lessons) >= 12  # every lesson but the explorer, the quiz and the student's own accounts
    assert sorted(p.parent.name + "/" + p.name for p in decks) == sorted(
        f"{lang}/{name}.slides.html" for lang in ("id", "en") for name in lessons)

    for lang, seen, not_seen in (("id", "Pengikut: 25.000", "Followers: 25,000"),
                                 ("en", "Followers: 25,000", "Pengikut: 25.000")):
        page = (tmp_path / lang / "00_tier_explorer.html").read_text(encoding="utf-8")
        assert f'<html lang="{lang}">' in page
        assert "application/vnd.jupyter.widget-state+json" in page  # sliders drawn as last set
        assert "influtier-fallback" in page and seen in page and not_seen not in page  # readable offline
        deck = (tmp_path / lang / "02_nano.slides.html").read_text(encoding="utf-8")
        assert "reveal" in deck and f'LANG = "{lang}"' not in deck and 'LANG = &quot;' not in deck
        assert deck.count('<section') >= 5  # one slide per heading, not one long page
