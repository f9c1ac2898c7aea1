"""The follower-count input every explorer shares: a log slider linked to a text box.

The slider covers 100 to 100 million on a log scale; the box takes an exact count as
people write it (``25.000``, ``2,9 jt``, ``1.5M``) through ``parse_count``. Each follows
the other, and a count the user typed is kept exactly even though the slider can only
stand on its steps.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from html import escape

import ipywidgets as widgets

from ._validate import real_number
from .formatting import format_number, parse_count
from .i18n import check_lang, text
from .schemes import FOLLOWER_RANGE

__all__ = ["FollowerInput", "error_html", "error_text"]


def error_text(error: BaseException, lang: str) -> str:
    """The line of a bilingual error message in ``lang`` (a message that is not ours: as it is)."""
    lines = str(error).splitlines()
    if len(lines) != 2:  # not one of the package's messages: say what it is rather than hide it
        return f"{type(error).__name__}: {str(error)[:300]}"
    return lines[0] if lang == "id" else lines[-1]


def error_html(error: BaseException, lang: str) -> str:
    """The line of a bilingual error message in ``lang``, in red. Escaped: the message
    quotes what the user typed, and typed text is never markup."""
    return f"<span style='color:#B00020'>{escape(error_text(error, lang), quote=False)}</span>"


class FollowerInput:
    """Slider plus exact-count box; calls ``on_change(count)`` when the count changes.

    Text the box cannot read shows its error beside the box and calls ``on_error(error)``,
    so the owner can take down a result that no longer matches the box; the count stays
    what it was. No callback ever raises into the notebook: an error from ``on_change``
    is shown beside the box and passed to ``on_error`` too.

    Args:
        lang: ``"id"`` or ``"en"``.
        followers: the starting count.
        on_change: called with the new count (a float) after every change.
        label_width: width of the widgets' descriptions, for lining up with others.
        on_error: called with the error when the box's text cannot be used.
    """

    def __init__(self, lang: str, followers: float, on_change: Callable[[float], None],
                 label_width: str = "190px", on_error: Callable[[Exception], None] | None = None) -> None:
        self.lang = check_lang(lang)
        self.followers = real_number("followers", followers, non_negative=True)
        self.on_change = on_change
        self.on_error = on_error
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
        self._changed()

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
            real_number("followers", count, non_negative=True)
        except (ValueError, TypeError) as error:
            self._failed(error)
            return
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
        self._changed()

    def _changed(self) -> None:
        """Tell the owner about the new count; an error on the way is shown, never raised."""
        self.error.value = ""
        try:
            self.on_change(self.followers)
        except Exception as error:  # noqa: BLE001 - a callback must not raise into the notebook
            self._failed(error)

    def _failed(self, error: Exception) -> None:
        self.error.value = error_html(error, self.lang)
        if self.on_error is not None:
            self.on_error(error)

    def _show_in_box(self) -> None:
        self._syncing, was = True, self._syncing
        try:
            self.box.value = format_number(round(self.followers), self.lang)
        finally:
            self._syncing = was
