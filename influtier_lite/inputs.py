"""The follower-count input every explorer shares: a log slider linked to a text box.

The slider covers 100 to 100 million on a log scale; the box takes an exact count as
people write it (``25.000``, ``2,9 jt``, ``1.5M``) through ``parse_count``. Each follows
the other, and a count the user typed is kept exactly even though the slider can only
stand on its steps.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import ipywidgets as widgets

from ._validate import real_number
from .formatting import format_number, parse_count
from .i18n import check_lang, text
from .schemes import FOLLOWER_RANGE

__all__ = ["FollowerInput", "error_html"]


def error_html(error: Exception, lang: str) -> str:
    """The line of a bilingual error message in ``lang``, in red."""
    lines = str(error).splitlines()
    return f"<span style='color:#B00020'>{lines[0] if lang == 'id' else lines[-1]}</span>"


class FollowerInput:
    """Slider plus exact-count box; calls ``on_change(count)`` when the count changes.

    Args:
        lang: ``"id"`` or ``"en"``.
        followers: the starting count.
        on_change: called with the new count (a float) after every change.
        label_width: width of the widgets' descriptions, for lining up with others.
    """

    def __init__(self, lang: str, followers: float, on_change: Callable[[float], None],
                 label_width: str = "190px") -> None:
        self.lang = check_lang(lang)
        self.followers = real_number("followers", followers, non_negative=True)
        self.on_change = on_change
        low, high = FOLLOWER_RANGE
        style = {"description_width": label_width}
        wide = widgets.Layout(width="420px")
        self.slider = widgets.FloatLogSlider(
            value=self._on_scale(self.followers), base=10, min=math.log10(low), max=math.log10(high),
            step=0.01, readout=False, description=text("followers", lang), style=style, layout=wide)
        self.box = widgets.Text(
            value=format_number(round(self.followers), lang), placeholder=text("exact_count_hint", lang),
            description=text("exact_count", lang), continuous_update=False, style=style, layout=wide)
        self.error = widgets.HTML()
        self.widget = widgets.VBox([widgets.HBox([self.slider]), widgets.HBox([self.box, self.error])])
        self._syncing = False
        self.slider.observe(self._on_slider, names="value")
        self.box.observe(self._on_box, names="value")

    @staticmethod
    def _on_scale(count: float) -> float:
        low, high = FOLLOWER_RANGE
        return min(max(count, low), high)

    def _on_slider(self, change: dict) -> None:
        if self._syncing or self._snapped(change["new"]):
            return
        self.followers = float(round(change["new"]))
        self._show_in_box()
        self.on_change(self.followers)

    def _snapped(self, value: float) -> bool:
        """True when the browser only rounded the slider to its step (25.000 -> 25.119):
        keep the exact count instead of replacing it with the rounded one."""
        shown = self._on_scale(self.followers)
        return abs(math.log10(value) - math.log10(shown)) < self.slider.step / 2

    def _on_box(self, change: dict) -> None:
        if self._syncing:
            return
        try:
            count = parse_count(change["new"], self.lang)
        except (ValueError, TypeError) as error:
            self.error.value = error_html(error, self.lang)
            return
        self.error.value = ""
        self.set(count)

    def set(self, followers: float) -> None:
        """Show an exact count; the slider moves to it (clipped to its range)."""
        self.followers = real_number("followers", followers, non_negative=True)
        self._syncing = True
        try:
            self.slider.value = self._on_scale(self.followers)
        finally:
            self._syncing = False
        self._show_in_box()
        self.on_change(self.followers)

    def _show_in_box(self) -> None:
        self._syncing, was = True, self._syncing
        try:
            self.box.value = format_number(round(self.followers), self.lang)
        finally:
            self._syncing = was
