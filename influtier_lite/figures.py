"""Every figure of the package, above the pure core: tier ladder, scatter, plan, growth.

Uses ``matplotlib.figure.Figure`` directly (no pyplot), so nothing global changes and a
figure can be redrawn cheaply: ``TierLadder.show(followers)`` moves one marker and
re-renders, instead of building a new figure. Each figure comes with its description in
words (``StaticFigure``): what nbval compares, a screen reader reads and a printout keeps.
"""

from __future__ import annotations

import io
import math
from collections import Counter
from collections.abc import Sequence

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, NullFormatter, NullLocator
from PIL import Image

from .core.audience import DEFAULT_THRESHOLDS, AudienceAccount, largest_weekly_growth
from .core.campaign import CampaignPlan, format_rupiah
from .core.data import SCHEMES
from .core.formatting import format_compact, format_number, format_percent
from .core.palette import MARKER_COLOUR, NO_TIER_COLOUR, TIER_COLOURS, TIER_MARKERS, tier_colour
from .core.records import FOLLOWER_RANGE
from .core.report import ARTICLES, describe_ladder
from .core.tiers import get_scheme
from .core.validate import a_sequence, a_text, an_instance, one_of, shown
from .core.words import MESSAGES, check_lang, phrase, text, type_error, value_error

__all__ = ["TierLadder", "StaticFigure", "to_png", "engagement_scatter", "plan_figure", "growth_figure", "figure_html",
           "FIGURE_WIDTH_IN", "MIN_FONT", "MIN_DISPLAY_PX", "DPI", "FONT",
           # from core.palette, for the figures' users
           "TIER_COLOURS", "NO_TIER_COLOUR", "MARKER_COLOUR", "TIER_MARKERS", "tier_colour"]

FONT = 13
# Readable on a phone and on a projector: every figure is FIGURE_WIDTH_IN wide, its
# smallest text is MIN_FONT points, and it is shown as wide as the page but never
# narrower than MIN_DISPLAY_PX (a phone scrolls the figure sideways in its own box).
# 10 pt on 9.6 inches shown 640 px wide is 9.3 CSS px; shown 1000 px wide, 14.5 px.
# DPI 150 gives 1440 pixels: crisp up to a projector page (about 1330 px wide).
FIGURE_WIDTH_IN = 9.6
MIN_FONT = 10
MIN_DISPLAY_PX = 640
DPI = 150


def figure_html(png: bytes, description: str) -> str:
    """A PNG as HTML that behaves like ``figure_image``, with its description as alt text."""
    import base64
    from html import escape

    an_instance("png", png, bytes, "what_png_bytes")
    a_text("description", description)
    data = base64.b64encode(png).decode("ascii")
    return (f"<div style='overflow-x:auto;max-width:100%'><img src='data:image/png;base64,{data}' "
            f"alt='{escape(description)}' style='width:100%;min-width:{MIN_DISPLAY_PX}px;height:auto;max-width:none'>"
            "</div>")


class TierLadder:
    """The two articles' tiers as bars on a log follower axis, with a movable marker.

    Args:
        lang: ``"id"`` or ``"en"``: title, labels and number format.
        schemes: which schemes to draw, top to bottom (default: the two articles).
        title_key: the message key of the title (``influtier_lite/core/words.toml``).
    """

    def __init__(self, lang: str = "id", schemes: Sequence[str] = ARTICLES,
                 title_key: str = "ladder_title") -> None:
        self.lang = check_lang(lang)
        self.schemes = tuple(scheme.id for scheme in _schemes(schemes))
        schemes = self.schemes
        self.title_key = one_of("title_key", a_text("title_key", title_key), MESSAGES,
                                where="influtier_lite/core/words.toml")
        # Two schemes: tall bars. More: flatter rows, so that the whole figure fits a projected
        # slide at full width, where its smallest text is still 18 px (tools/slides.py).
        row_in = 0.8 if len(schemes) <= 2 else 0.5
        self.figure = Figure(figsize=(FIGURE_WIDTH_IN, 1.3 + row_in * len(schemes)), dpi=DPI, layout="constrained")
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
                name = tier.name(self.lang).split(" (")[0]
                size = _label_size(name, right / left)
                if size is None and "-" in name:  # "Up-and-coming": try it on two lines
                    name = name.replace("-", "-\n", 1) if name.count("-") == 1 else "-\n".join(name.rsplit("-", 1))
                    size = _label_size(max(name.split("\n"), key=len), right / left)
                    size = size and min(size, MIN_FONT + 1)  # two lines must fit the bar's height
                if size:
                    ax.text((left * right) ** 0.5, row, name, ha="center", va="center", fontsize=size,
                            parse_math=False)  # names come from data/: "$" is a dollar, never maths
        ax.set_yticks(range(len(schemes)), [SCHEMES[s].source.short_name for s in reversed(schemes)],
                      fontsize=FONT, parse_math=False)
        # Two schemes: label every edge, they are the lesson. More: their edges crowd
        # each other, so label the powers of ten and mark the edges with short ticks.
        if len(schemes) <= 2:
            major, minor = sorted(edges), []
        else:
            major = [10**k for k in range(round(math.log10(low)), round(math.log10(high)) + 1)]
            minor = sorted(edges - set(major))
        ax.xaxis.set_major_locator(FixedLocator(major))
        ax.xaxis.set_minor_locator(FixedLocator(minor) if minor else NullLocator())
        ax.xaxis.set_minor_formatter(NullFormatter())
        ax.set_xticklabels([format_compact(e, self.lang) for e in major], fontsize=FONT - 2)
        ax.set_xlabel(text("ladder_xlabel", self.lang), fontsize=FONT)
        ax.set_title(text(self.title_key, self.lang), fontsize=FONT + 1)
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
        # Near an end of the axis the label hangs inward, so it is never cut ("500.000.").
        position = math.log10(x / low) / math.log10(high / low)
        self.label.set_horizontalalignment("left" if position < 0.08 else "right" if position > 0.92 else "center")
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

    def _repr_mimebundle_(self, **kwargs: object) -> dict:
        description = self.describe(self.followers)
        return {"text/html": figure_html(self.png(), description), "text/plain": description}

    def __repr__(self) -> str:
        return self.describe(self.followers)

    def describe(self, followers: float | None = None) -> str:
        """A short text description of what the figure shows (for screen readers and print)."""
        return describe_ladder(self.lang, followers, self.schemes)


def _label_size(name: str, span: float) -> int | None:
    """The largest font size (FONT down to MIN_FONT) at which ``name`` fits a bar spanning
    ``span`` (right / left) on the ladder's log axis, or None when it does not fit."""
    decades = math.log10(span)
    width_px = decades / math.log10(FOLLOWER_RANGE[1] / FOLLOWER_RANGE[0]) * 760  # axes are ~760 px wide
    for size in range(FONT, MIN_FONT - 1, -1):
        if len(name) * size * 0.7 <= width_px - 6:
            return size
    return None


def to_png(figure: Figure) -> bytes:
    """Render a ``Figure`` (made without pyplot) to PNG bytes."""
    _a_figure(figure)
    if not isinstance(figure.canvas, FigureCanvasAgg):
        FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.canvas.print_png(buffer)
    return buffer.getvalue()


class StaticFigure:
    """A figure that shows as PNG in Jupyter and as its text description everywhere else.

    The description is what nbval compares, what a screen reader reads and what a
    printout keeps; it says in words what the figure shows.
    """

    def __init__(self, figure: Figure, description: str) -> None:
        self.figure = _a_figure(figure)
        self.description = a_text("description", description)

    def _repr_png_(self) -> bytes:
        return to_png(self.figure)

    def _repr_mimebundle_(self, **kwargs: object) -> dict:
        # HTML rather than a bare PNG: Jupyter would shrink the image to a phone's width.
        return {"text/html": figure_html(to_png(self.figure), self.description), "text/plain": self.description}

    def __repr__(self) -> str:
        return self.description


def engagement_scatter(followers, er_percent, tiers, lang: str = "id", kind: str = "sample") -> StaticFigure:
    """Engagement rate against followers for many accounts, with Partipost's bands.

    Args:
        followers: follower counts.
        er_percent: engagement rates in percent, one per count.
        tiers: the Partipost tier key of each account (as ``classify_many`` gives).
        lang: ``"id"`` or ``"en"``.
        kind: ``"sample"`` (the made-up sample of notebook 08: its title says so) or
            ``"shortlist"`` (accounts a user brought: titled as theirs, the axes widened to
            show every account, and the description counts the accounts without a rate).
    """
    import numpy as np

    lang = check_lang(lang)
    if kind not in ("sample", "shortlist"):
        raise value_error("err_figures_kind", parameter="kind", value=kind, kind=kind)
    followers, er_percent, tiers = _columns(followers=followers, er_percent=er_percent, tiers=tiers)
    figure = Figure(figsize=(FIGURE_WIDTH_IN, 5.4), dpi=DPI, layout="constrained")
    FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    ax.set_xscale("log")
    ax.set_yscale("log")
    low, high, er_low, er_high = 300, 5_000_000, 0.03, 40
    shown = np.isfinite(er_percent) & (er_percent > 0) & (followers > 0)
    if kind == "shortlist" and shown.any():  # nothing of a user's list falls off the chart
        low, high = min(low, followers[shown].min() / 1.5), max(high, followers[shown].max() * 1.5)
        er_low, er_high = min(er_low, er_percent[shown].min() / 1.5), max(er_high, er_percent[shown].max() * 1.5)
    partipost = SCHEMES["partipost"]
    for tier in partipost.tiers:
        left, right = max(tier.min_followers, low), min(tier.max_followers or high, high)
        band_low, band_high = tier.er_range
        ax.fill_between([left, right], band_low, band_high, color=tier_colour(tier.key), alpha=0.25, linewidth=0)
        ax.plot([left, right], [band_low, band_low], color=tier_colour(tier.key), linewidth=1)
        ax.plot([left, right], [band_high, band_high], color=tier_colour(tier.key), linewidth=1)
        inside = tiers == tier.key
        ax.scatter(followers[inside], er_percent[inside], s=26, color=tier_colour(tier.key), edgecolor="black",
                   linewidth=0.4, label=tier.name(lang), zorder=3, marker=TIER_MARKERS.get(tier.key, "o"))
        # The tier's name on its band as well: the legend alone needs colour to match.
        ax.text((left * right) ** 0.5, band_high * 1.12, tier.name(lang), ha="center", va="bottom", fontsize=FONT - 1,
                fontweight="bold", parse_math=False, zorder=4,
                bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.8, "pad": 1})
    ax.set_xlim(low, high)
    ax.set_ylim(er_low, er_high)
    yticks = [v for v in (0.001, 0.01, 0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000) if er_low <= v <= er_high]
    ax.set_yticks(yticks, [format_number(v, lang) + "%" for v in yticks])
    ax.yaxis.set_minor_locator(NullLocator())
    ticks = [v for v in (10, 100, 1_000, 10_000, 100_000, 1_000_000, 10**7, 10**8, 10**9) if low <= v <= high]
    ax.set_xticks(ticks, [format_compact(v, lang) for v in ticks])
    ax.xaxis.set_minor_locator(NullLocator())
    ax.tick_params(labelsize=FONT - 1)
    ax.set_xlabel(text("ladder_xlabel", lang), fontsize=FONT)
    ax.set_ylabel(text("scatter_ylabel", lang), fontsize=FONT)
    title = text("scatter_title", lang) if kind == "sample" else \
        text("scatter_title_shortlist", lang, len(followers), count=format_number(len(followers), lang))
    ax.set_title(title, fontsize=FONT + 1, parse_math=False)
    legend = ax.legend(title=text("scatter_legend", lang), fontsize=FONT - 2, title_fontsize=FONT - 2,
                       loc="upper right")
    for label in legend.get_texts():  # tier names from data/: drawn as text, never as maths
        label.set_parse_math(False)
    ax.grid(True, color="#DDDDDD", linewidth=0.6)
    if kind == "sample":
        description = text("scatter_description", lang, count=format_number(len(followers), lang))
    else:
        description = text("scatter_description_shortlist", lang, len(followers),
                           count=format_number(len(followers), lang),
                           shown=format_number(int(shown.sum()), lang))
    return StaticFigure(figure, description)


def plan_figure(plan: CampaignPlan, lang: str = "id") -> StaticFigure:
    """Two bar charts per tier of a campaign plan: expected engagements, and cost per engagement."""
    lang = check_lang(lang)
    an_instance("plan", plan, CampaignPlan, "what_plan_plan_campaign")
    figure = Figure(figsize=(FIGURE_WIDTH_IN, 3.6), dpi=DPI, layout="constrained")
    FigureCanvasAgg(figure)
    left, right = figure.subplots(1, 2, sharey=True)
    names = [SCHEMES["partipost"].tier(line.tier).name(lang) for line in plan.lines]
    colours = [tier_colour(line.tier) for line in plan.lines]
    rows = range(len(plan.lines))
    engagements = [line.engagements for line in plan.lines]
    costs = [line.cost_per_engagement or 0 for line in plan.lines]
    for ax, values, title, label in ((left, engagements, "plan_chart_engagements", format_number),
                                     (right, costs, "plan_chart_cpe", format_rupiah)):
        ax.barh(rows, values, color=colours, edgecolor="black", linewidth=0.5)
        ax.set_title(text(title, lang), fontsize=FONT)
        top = max(values) if any(values) else 1
        ax.set_xlim(0, top * 1.45)
        ax.set_xticks([])
        for row, value in zip(rows, values):
            shown = label(round(value), lang) if value else "\u2013"
            ax.text(value + top * 0.02, row, shown, va="center", fontsize=FONT - 2)
        for side in ("top", "right", "bottom"):
            ax.spines[side].set_visible(False)
    left.set_yticks(list(rows), names, fontsize=FONT, parse_math=False)  # names from data/: never maths
    left.invert_yaxis()
    figure.suptitle(text("plan_chart_title", lang), fontsize=FONT + 1)
    parts = [text("plan_chart_row", lang, tier=name, engagements=format_number(round(e), lang),
                  cpe="\u2013" if not c else format_rupiah(c, lang))
             for name, e, c in zip(names, engagements, costs)]
    return StaticFigure(figure, text("plan_chart_description", lang, rows=" ".join(parts)))


def growth_figure(accounts: Sequence[AudienceAccount], lang: str = "id") -> StaticFigure:
    """Small multiples: each account's followers week by week, indexed to week 1 = 100."""
    lang = check_lang(lang)
    accounts = a_sequence("accounts", accounts, "what_accounts_load_audience_sample",
                          lambda label, account: an_instance(label, account, AudienceAccount,
                                                             "what_account_load_audience_sample"))
    if not accounts:
        raise value_error("err_figures_no_accounts", parameter="accounts", value=accounts)
    columns = 5
    rows = -(-len(accounts) // columns)
    figure = Figure(figsize=(9.6, 2.0 * rows + 0.6), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.subplots(rows, columns, sharey=True, squeeze=False)
    parts = []
    for ax, account in zip(axes.flat, accounts):
        start = account.growth[0]
        index = [c / start * 100 for c in account.growth]
        jump = largest_weekly_growth(account.growth)
        colour = "#D55E00" if jump > DEFAULT_THRESHOLDS.growth else "#0072B2"
        ax.plot(range(1, len(index) + 1), index, color=colour, linewidth=2)
        ax.set_title(account.handle, fontsize=FONT - 3)
        ax.tick_params(labelsize=FONT - 5)
        ax.grid(True, color="#DDDDDD", linewidth=0.6)
        parts.append(text("aq_growth_row", lang, handle=account.handle, jump=format_percent(jump, lang, decimals=0)))
    for ax in list(axes.flat)[len(accounts):]:
        ax.set_visible(False)
    figure.supxlabel(text("aq_growth_xlabel", lang), fontsize=FONT - 2)
    figure.supylabel(text("aq_growth_ylabel", lang), fontsize=FONT - 2)
    figure.suptitle(text("aq_growth_title", lang), fontsize=FONT)
    return StaticFigure(figure, text("aq_growth_description", lang, rows=" ".join(parts)))


def _a_figure(figure: object) -> Figure:
    return an_instance("figure", figure, Figure, "what_matplotlib_figure_figure")


def _schemes(schemes: object) -> list:
    return [get_scheme(scheme, name=f"schemes[{index}]") for index, scheme in
            enumerate(a_sequence("schemes", schemes, "what_scheme_ids"))]


def _columns(**columns: object) -> list:
    """The scatter's columns as 1-D arrays of one length: numbers (NaN where missing), then tier
    keys; an error names the column that is not a list of its kind, or whose length is the odd one out."""
    import numpy as np

    arrays = {}
    for name, values in columns.items():
        numeric = name != "tiers"
        try:
            array = np.asarray(values, dtype=float if numeric else object)
        except (TypeError, ValueError, OverflowError):
            array = None
        if array is None or array.ndim != 1 or (not numeric and not all(
                v is None or isinstance(v, str) for v in array)):
            raise type_error("err_figures_not_a_list", parameter=name, value=values, name=name, values=shown(values),
                             what=phrase("what_numbers" if numeric else "what_tier_keys"))
        arrays[name] = array
    lengths = Counter(len(array) for array in arrays.values())
    if len(lengths) > 1:
        odd = next((name for name, array in arrays.items() if lengths[len(array)] == 1), list(arrays)[-1])
        raise value_error("err_figures_lengths", parameter=odd, value=columns[odd], odd=odd, shown=shown(columns[odd]),
                          length=len(arrays[odd]))
    return list(arrays.values())
