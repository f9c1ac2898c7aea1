"""The colour and marker of each tier, the same in every figure, strip and page."""

from __future__ import annotations

from .validate import a_text

__all__ = ["TIER_COLOURS", "NO_TIER_COLOUR", "MARKER_COLOUR", "TIER_MARKERS", "tier_colour"]

# Okabe-Ito palette (colour-blind safe); one colour per tier key in every notebook.
TIER_COLOURS = {
    "nano": "#E69F00", "micro": "#56B4E9", "macro": "#009E73", "mega": "#CC79A7",
    "mid": "#F0E442", "rookie": "#E69F00", "up_and_coming": "#D55E00", "prosumer": "#56B4E9",
    "maven": "#009E73", "celebrity": "#CC79A7",
}
NO_TIER_COLOUR = "#DDDDDD"
MARKER_COLOUR = "#000000"
# Tiers told apart by shape too (grayscale prints, colour-blind readers).
TIER_MARKERS = {"nano": "o", "micro": "s", "macro": "^", "mega": "D"}


def tier_colour(key: str | None) -> str:
    """The colour of a tier key, the same in every figure; grey for no tier."""
    return TIER_COLOURS.get(key, NO_TIER_COLOUR) if a_text("key", key, optional=True) else NO_TIER_COLOUR
