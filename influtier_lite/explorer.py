"""The tier explorer: sliders wired to ``describe_account`` and ``TierLadder``. Wiring only.

    from influtier_lite.explorer import TierExplorer
    TierExplorer(lang="id", followers=25_000, er_percent=4)

Its text/plain output is the report as text, so a stored notebook shows (and nbval
checks) the same answers a student sees next to the sliders.
"""

from __future__ import annotations

import math

import ipywidgets as widgets

from ._validate import real_number
from .formatting import format_number, format_percent, parse_count
from .i18n import check_lang, text
from .plotting import FOLLOWER_RANGE, TierLadder
from .report import describe_account

__all__ = ["TierExplorer"]

ER_MAX = 15.0  # percent; the sliders' top, above every band in the articles


class TierExplorer:
    """Follower slider (log scale, 100 to 100 million) with a box for an exact count,
    an engagement-rate slider, the articles' answers and the tier-ladder figure.

    Args:
        lang: ``"id"`` or ``"en"``.
        followers: starting follower count.
        er_percent: starting engagement rate in percent.
    """

    def __init__(self, lang: str = "id", followers: float = 10_000, er_percent: float = 4.0) -> None:
        self.lang = check_lang(lang)
        self.followers = real_number("followers", followers, non_negative=True)
        self.er_percent = real_number("er_percent", er_percent, non_negative=True)
        low, high = FOLLOWER_RANGE
        wide = widgets.Layout(width="420px")
        label_style = {"description_width": "190px"}
        self.followers_slider = widgets.FloatLogSlider(
            value=min(max(self.followers, low), high), base=10, min=math.log10(low), max=math.log10(high),
            step=0.01, readout=False, description=text("followers", lang), style=label_style, layout=wide)
        self.followers_box = widgets.Text(
            value=format_number(round(self.followers), lang), placeholder=text("exact_count_hint", lang),
            description=text("exact_count", lang), continuous_update=False, style=label_style, layout=wide)
        self.er_slider = widgets.FloatSlider(
            value=min(self.er_percent, ER_MAX), min=0, max=ER_MAX, step=0.1, readout=False,
            description=text("engagement_rate", lang), style=label_style, layout=wide)
        self.er_readout = widgets.HTML()
        self.box_error = widgets.HTML()
        self.report_html = widgets.HTML()
        self.ladder = TierLadder(lang)
        self.image = widgets.Image(format="png", layout=widgets.Layout(max_width="100%"))
        self.widget = widgets.VBox([
            widgets.HBox([self.followers_slider]),
            widgets.HBox([self.followers_box, self.box_error]),
            widgets.HBox([self.er_slider, self.er_readout]),
            self.report_html,
            self.image,
        ])
        self._syncing = False
        self.followers_slider.observe(self._on_slider, names="value")
        self.followers_box.observe(self._on_box, names="value")
        self.er_slider.observe(self._on_er, names="value")
        self.refresh()

    # --- events -------------------------------------------------------------
    def _on_slider(self, change: dict) -> None:
        if self._syncing or self._snapped(change["new"]):
            return
        self.followers = float(round(change["new"]))
        self._show_count_in_box()
        self.refresh()

    def _snapped(self, value: float) -> bool:
        """True when the browser only rounded the slider to its step (25.000 -> 25.119):
        keep the exact count instead of replacing it with the rounded one."""
        low, high = FOLLOWER_RANGE
        shown = min(max(self.followers, low), high)  # where the slider stands for this count
        return abs(math.log10(value) - math.log10(shown)) < self.followers_slider.step / 2

    def _on_box(self, change: dict) -> None:
        if self._syncing:
            return
        try:
            count = parse_count(change["new"], self.lang)
        except (ValueError, TypeError) as error:
            lines = str(error).splitlines()
            shown = lines[0] if self.lang == "id" else lines[-1]
            self.box_error.value = f"<span style='color:#B00020'>{shown}</span>"
            return
        self.box_error.value = ""
        self.set_followers(count)

    def _on_er(self, change: dict) -> None:
        self.er_percent = float(change["new"])
        self.refresh()

    # --- actions ------------------------------------------------------------
    def set_followers(self, followers: float) -> None:
        """Show an exact count; the slider moves to it (clipped to its range)."""
        self.followers = real_number("followers", followers, non_negative=True)
        low, high = FOLLOWER_RANGE
        self._syncing = True
        try:
            self.followers_slider.value = min(max(self.followers, low), high)
            self._show_count_in_box()
        finally:
            self._syncing = False
        self.refresh()

    def _show_count_in_box(self) -> None:
        self._syncing, was = True, self._syncing
        try:
            self.followers_box.value = format_number(round(self.followers), self.lang)
        finally:
            self._syncing = was

    def refresh(self) -> None:
        """Recompute the answers and redraw the figure for the current values."""
        self.report = describe_account(self.followers, self.er_percent, self.lang)
        self.er_readout.value = f"<b>{format_percent(self.er_percent, self.lang)}</b>"
        self.report_html.value = self.report.html()
        self.ladder.show(self.followers)
        self.image.value = self.ladder.png()

    # --- display ------------------------------------------------------------
    def _repr_mimebundle_(self, **kwargs: object) -> dict:
        bundle = self.widget._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = "\n".join(self.report.lines())
        return bundle
