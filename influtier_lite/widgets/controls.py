"""The controls every widget shares, and how they sit on a page from a phone to a projector.

``FollowerInput`` is the follower-count input of every explorer: a log slider linked to a
text box. The slider covers 100 to 100 million on a log scale; the box takes an exact count
as people write it (``25.000``, ``2,9 jt``, ``1.5M``) through ``read_count``. Each follows
the other, and a count the user typed is kept exactly even though the slider can only
stand on its steps. ``AmountInput`` does the same for amounts on round stops; ``fluid``,
``row``, ``alone``, ``labelled`` and ``labelled_slider`` lay controls out; ``error_html``
and ``note_html`` show a message; ``figure_image`` holds a figure.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from html import escape

import ipywidgets as widgets

from ..core.formatting import count_note, format_number, read_count
from ..core.records import FOLLOWER_RANGE
from ..core.validate import real_number
from ..core.words import check_lang, error_text, text, value_error

__all__ = ["FollowerInput", "AmountInput", "error_html", "error_text", "note_html", "fluid", "row", "labelled",
           "alone", "labelled_slider", "figure_image", "MAX_WIDTH"]

# Widths: every control fills the width it has, up to MAX_WIDTH; nothing is wider than a phone.
MAX_WIDTH = "520px"


def fluid(max_width: str = MAX_WIDTH, **more: str) -> widgets.Layout:
    """A layout that fills its row up to ``max_width`` (a new one each time: layouts are
    widgets, and the app closes a build's widgets with it)."""
    return widgets.Layout(width="100%", max_width=max_width, **more)


def row(children: list, gap: str = "4px 12px") -> widgets.Box:
    """Controls side by side on a wide screen, one under the other on a narrow one."""
    return widgets.Box(children, layout=widgets.Layout(display="flex", flex_flow="row wrap", align_items="center",
                                                       grid_gap=gap, width="100%"))


def alone(control: widgets.Widget, max_width: str = MAX_WIDTH) -> widgets.Box:
    """A control on a row of its own, as wide as the row up to ``max_width``: it grows and
    shrinks in the row, so its margin never pushes it past the edge (as width 100% would)."""
    control.layout.flex = "1 1 160px"
    control.layout.width = None
    control.layout.min_width = "0"
    control.layout.max_width = max_width
    return row([control])


def labelled(label: str, control: widgets.Widget, *after: widgets.Widget) -> widgets.VBox:
    """A label above its control (and its readout): the label never squeezes the control."""
    control.layout.flex = control.layout.flex or "1 1 160px"
    return widgets.VBox([widgets.HTML(f"<b>{escape(label, quote=False)}</b>"),
                         widgets.Box([control, *after], layout=widgets.Layout(
                             display="flex", flex_flow="row wrap", align_items="center", grid_gap="4px 10px",
                             width="100%", max_width=MAX_WIDTH))],
                        layout=widgets.Layout(width="100%", margin="0 0 6px 0"))


def labelled_slider(slider, label: str, shown):
    """A slider without its own readout, under a label that shows the value the language's way.

    ``shown`` turns the value into text (``format_number`` for ``lang``); the label sits
    above the slider, so a long label is never cut off, on a phone either.
    """
    slider.readout = False
    slider.layout = widgets.Layout(width="420px", max_width="100%")
    caption = widgets.HTML()

    def update(change: object = None) -> None:
        caption.value = f"{escape(label)}: <b>{escape(shown(slider.value))}</b>"

    slider.observe(update, names="value")
    update()
    return widgets.VBox([caption, slider], layout=widgets.Layout(margin="0 0 6px 0"))


def figure_image():
    """An ``ipywidgets.Image`` for a figure, and the box to place on the page: the image
    fills the width but keeps MIN_DISPLAY_PX, scrolling sideways in its box on a phone.
    (Imported here: a notebook without figures never loads matplotlib.)"""
    from ..figures import MIN_DISPLAY_PX

    image = widgets.Image(format="png", layout=widgets.Layout(width="100%", min_width=f"{MIN_DISPLAY_PX}px",
                                                              height="auto"))
    framed = widgets.Box([image], layout=widgets.Layout(width="100%", overflow="auto"))
    return image, framed


def error_html(error: BaseException, lang: str) -> str:
    """The line of a bilingual error message in ``lang``, in red. Escaped: the message
    quotes what the user typed, and typed text is never markup."""
    return ("<div style='color:#B00020;white-space:normal;line-height:1.4;overflow-wrap:anywhere;"
            f"max-width:{MAX_WIDTH}'>"
            f"{escape(error_text(error, lang), quote=False)}</div>")


def note_html(note: str) -> str:
    """A note about an unusual value (not an error): dark blue, wrapping on a phone."""
    return ("<div style='color:#0D47A1;white-space:normal;line-height:1.4;overflow-wrap:anywhere;"
            f"max-width:{MAX_WIDTH}'>"
            f"{escape(note, quote=False)}</div>")


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
        on_error: called with the error when the box's text cannot be used.
    """

    def __init__(self, lang: str, followers: float, on_change: Callable[[float], None],
                 on_error: Callable[[Exception], None] | None = None) -> None:
        self.lang = check_lang(lang)
        self.followers = real_number("followers", followers, non_negative=True)
        self.on_change = on_change
        self.on_error = on_error
        low, high = FOLLOWER_RANGE
        self.slider = widgets.FloatLogSlider(
            value=self._on_scale(self.followers), base=10, min=math.log10(low), max=math.log10(high),
            step=0.01, readout=False, layout=fluid())
        self.box = widgets.Text(
            value=format_number(round(self.followers), lang), placeholder=text("exact_count_hint", lang),
            continuous_update=False, layout=fluid("260px"))
        # Under the box, as wide as the page allows: a message beside it was cut off on a phone.
        self.error = widgets.HTML(layout=widgets.Layout(align_self="stretch"))  # fills the row inside its margins
        self.widget = widgets.VBox([labelled(text("followers", lang), self.slider),
                                    labelled(text("exact_count", lang), self.box), self.error],
                                   layout=widgets.Layout(width="100%"))
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
            count = read_count(change["new"], self.lang)
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
        note = count_note(self.followers, self.lang) if self.followers else ""  # 0: the owner says it in place
        self.error.value = note_html(note) if note else ""
        try:
            self.on_change(self.followers)
        except Exception as error:  # a callback must not raise into the notebook
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


class AmountInput:
    """A slider on round stops plus a box to type any amount, with a readout that says
    its unit: a count of people (``kind="count"``) or Rupiah (``kind="rupiah"``).

    It behaves like one control: ``value`` (a number), ``options`` (the slider's stops)
    and ``observe``. A typed amount that is not a stop joins the stops, so it is kept
    exactly; an amount outside ``low``..``high`` gets its own message under the box.
    """

    def __init__(self, lang: str, label: str, value: float, stops: Callable[[float], list[float]],
                 low: float, high: float, kind: str = "count", unit_key: str = "") -> None:
        self.lang, self.kind, self.unit_key, self.low, self.high = check_lang(lang), kind, unit_key, low, high
        self.label = label
        self._stops = stops
        self.slider = widgets.SelectionSlider(options=stops(value), value=value, readout=False,
                                              layout=fluid(flex="1 1 160px"))
        self.box = widgets.Text(value=self._format(value), continuous_update=False,
                                layout=widgets.Layout(width="9.5em", flex="0 0 auto"))
        self.readout = widgets.HTML(layout=widgets.Layout(align_self="stretch"))  # fills the row inside its margins
        self.error = widgets.HTML(layout=widgets.Layout(align_self="stretch"))  # fills the row inside its margins
        self.widget = widgets.VBox([labelled(label, self.slider, self.box), self.readout, self.error],
                                   layout=widgets.Layout(width="100%", min_width="0"))
        self._syncing = False
        self.slider.observe(self._on_slider, names="value")
        self.box.observe(self._on_box, names="value")
        self._show()

    @property
    def value(self) -> float:
        return self.slider.value

    @value.setter
    def value(self, amount: float) -> None:
        if amount not in self.slider.options:
            self._syncing = True
            try:
                self.slider.options = self._stops(amount)
            finally:
                self._syncing = False
        self.slider.value = amount

    @property
    def options(self) -> tuple:
        return self.slider.options

    def observe(self, handler: Callable, names: str = "value") -> None:
        self.slider.observe(lambda change: self._syncing or handler(change), names=names)

    def _format(self, amount: float) -> str:
        return format_number(round(amount), self.lang)

    def _show(self) -> None:
        amount = self._format(self.value)
        shown = f"Rp\u00a0{amount}" if self.kind == "rupiah" else amount
        unit = f" {text(self.unit_key, self.lang)}" if self.unit_key else ""
        self.readout.value = f"<span style='font-size:1.05em'>{escape(shown + unit, quote=False)}</span>"

    def _on_slider(self, change: dict) -> None:
        if self._syncing:
            return
        self.error.value = ""
        self._syncing = True
        try:
            self.box.value = self._format(change["new"])
        finally:
            self._syncing = False
        self._show()

    def _on_box(self, change: dict) -> None:
        if self._syncing:
            return
        typed = change["new"].strip()
        if self.kind == "rupiah" and typed[:2].lower() == "rp":
            typed = typed[2:]
        try:
            amount = read_count(typed, self.lang, name=self.label)
            if not self.low <= amount <= self.high:
                raise value_error("amount_out_of_range", parameter=self.label, value=change["new"], name=self.label,
                                  typed=change["new"], low=lambda lang: format_number(self.low, lang),
                                  high=lambda lang: format_number(self.high, lang))
        except (ValueError, TypeError) as error:
            self.error.value = error_html(error, self.lang)
            return
        self.error.value = ""
        self.value = amount
        self._syncing = True
        try:
            self.box.value = self._format(amount)
        finally:
            self._syncing = False
