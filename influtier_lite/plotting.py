"""Figures for the notebooks: the tier ladder of the two articles.

Uses ``matplotlib.figure.Figure`` directly (no pyplot), so nothing global changes and a
figure can be redrawn cheaply: ``TierLadder.show(followers)`` moves one marker and
re-renders, instead of building a new figure.
"""

from __future__ import annotations

import io

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, NullLocator
from PIL import Image

from .data import SCHEMES
from .formatting import format_compact, format_number
from .i18n import check_lang, text

__all__ = ["TIER_COLOURS", "NO_TIER_COLOUR", "tier_colour", "TierLadder", "FOLLOWER_RANGE"]

# Okabe-Ito palette (colour-blind safe); one colour per tier key in every notebook.
TIER_COLOURS = {
    "nano": "#E69F00", "micro": "#56B4E9", "macro": "#009E73", "mega": "#CC79A7",
    "mid": "#F0E442", "rookie": "#E69F00", "up_and_coming": "#D55E00", "prosumer": "#56B4E9",
    "maven": "#009E73", "celebrity": "#CC79A7",
}
NO_TIER_COLOUR = "#DDDDDD"
MARKER_COLOUR = "#000000"
FOLLOWER_RANGE = (100, 100_000_000)  # what the sliders cover
ARTICLES = ("partipost", "harmony")
FONT = 13


def tier_colour(key: str | None) -> str:
    """The colour of a tier key, the same in every figure; grey for no tier."""
    return TIER_COLOURS.get(key, NO_TIER_COLOUR) if key else NO_TIER_COLOUR


class TierLadder:
    """The two articles' tiers as bars on a log follower axis, with a movable marker.

    Args:
        lang: ``"id"`` or ``"en"``: title, labels and number format.
        schemes: which schemes to draw, top to bottom (default: the two articles).
    """

    def __init__(self, lang: str = "id", schemes: tuple[str, ...] = ARTICLES) -> None:
        self.lang = check_lang(lang)
        self.figure = Figure(figsize=(9.6, 1.3 + 0.8 * len(schemes)), dpi=100, layout="constrained")
        FigureCanvasAgg(self.figure)
        self.axes = self.figure.add_subplot()
        self._draw_static(schemes)
        # The marker and its label are "animated": left out of the cached background and
        # drawn on top of it for each new value (blitting), which is ~10x faster than a redraw.
        self.marker = self.axes.axvline(FOLLOWER_RANGE[0], color=MARKER_COLOUR, linewidth=2.5, animated=True)
        self.label = self.axes.text(FOLLOWER_RANGE[0], len(schemes) - 0.45, "", ha="center", va="bottom",
                                    fontsize=FONT, fontweight="bold", animated=True,
                                    bbox={"facecolor": "white", "edgecolor": MARKER_COLOUR, "pad": 2})
        self._background = None
        self.followers: float | None = None

    def _draw_static(self, schemes: tuple[str, ...]) -> None:
        low, high = FOLLOWER_RANGE
        ax = self.axes
        ax.set_xscale("log")
        ax.set_xlim(low, high)
        ax.set_ylim(-0.6, len(schemes) - 0.1)
        edges = {low, high}
        for row, scheme_id in enumerate(reversed(schemes)):
            scheme = SCHEMES[scheme_id]
            start = scheme.tiers[0].min_followers
            if start > low:
                ax.barh(row, start - low, left=low, color=NO_TIER_COLOUR, hatch="//", edgecolor="white", height=0.7)
                ax.text((low * start) ** 0.5, row, text("no_tier_short", self.lang), ha="center", va="center",
                        fontsize=FONT - 2)
            for tier in scheme.tiers:
                left = max(tier.min_followers, low)
                right = min(tier.max_followers or high, high)
                edges.update({left, right})
                ax.barh(row, right - left, left=left, color=tier_colour(tier.key), edgecolor="white",
                        linewidth=2, height=0.7)
                ax.text((left * right) ** 0.5, row, tier.name(self.lang), ha="center", va="center", fontsize=FONT)
        ax.set_yticks(range(len(schemes)), [SCHEMES[s].source.publisher.split(" (")[0] for s in reversed(schemes)],
                      fontsize=FONT)
        ax.xaxis.set_major_locator(FixedLocator(sorted(edges)))
        ax.xaxis.set_minor_locator(NullLocator())
        ax.set_xticklabels([format_compact(e, self.lang) for e in sorted(edges)], fontsize=FONT - 2)
        ax.set_xlabel(text("ladder_xlabel", self.lang), fontsize=FONT)
        ax.set_title(text("ladder_title", self.lang), fontsize=FONT + 1)
        for side in ("top", "right", "left"):
            ax.spines[side].set_visible(False)
        ax.tick_params(axis="y", length=0)

    def show(self, followers: float) -> None:
        """Move the marker to ``followers`` (clipped to the drawn range)."""
        low, high = FOLLOWER_RANGE
        x = min(max(followers, low), high)
        self.followers = followers
        self.marker.set_xdata([x, x])
        self.label.set_x(x)
        self.label.set_text(format_number(round(followers), self.lang))

    def png(self) -> bytes:
        """The figure with its marker as PNG bytes (for an ``ipywidgets.Image``).

        The first call draws everything once, fixes the layout and keeps the pixels;
        later calls only paste those pixels back and draw the marker on top.
        """
        canvas = self.figure.canvas
        if self._background is None:
            canvas.draw()
            self.figure.set_layout_engine("none")  # the layout is computed once, then kept
            self._background = canvas.copy_from_bbox(self.figure.bbox)
        canvas.restore_region(self._background)
        self.axes.draw_artist(self.marker)
        self.axes.draw_artist(self.label)
        width, height = canvas.get_width_height()
        image = Image.frombuffer("RGBA", (width, height), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
        buffer = io.BytesIO()
        image.convert("RGB").save(buffer, format="png", compress_level=1)
        return buffer.getvalue()

    def _repr_png_(self) -> bytes:
        return self.png()

    def __repr__(self) -> str:
        return self.describe(self.followers)

    def describe(self, followers: float | None = None) -> str:
        """A short text description of what the figure shows (for screen readers and print)."""
        from .report import describe_ladder

        return describe_ladder(self.lang, followers)
