"""The tier explorer: sliders wired to ``describe_account`` and ``TierLadder``. Wiring only.

    from influtier_lite import TierExplorer
    TierExplorer(lang="id", followers=25_000, er_percent=4)

Its text/plain output is the report as text, so a stored notebook shows (and nbval
checks) the same answers a student sees next to the sliders.
"""

from __future__ import annotations

from html import escape

import ipywidgets as widgets

from ..core.engagement import ER_MAX
from ..core.formatting import count_note, format_percent
from ..core.report import describe_account, describe_ladder
from ..core.validate import real_number
from ..core.words import check_lang, text
from ..figures import TierLadder
from .controls import FollowerInput, error_html, error_text, figure_image, fluid, labelled, note_html

__all__ = ["TierExplorer"]


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
        self.er_percent = real_number("er_percent", er_percent, non_negative=True)
        self.report = None
        self.error: Exception | None = None
        self.follower_input = FollowerInput(lang, followers, on_change=lambda count: self.refresh(),
                                            on_error=self._take_down)
        # Short names for the parts tests and notebooks reach for.
        self.followers_slider = self.follower_input.slider
        self.followers_box = self.follower_input.box
        self.box_error = self.follower_input.error
        self.er_slider = widgets.FloatSlider(
            value=min(self.er_percent, ER_MAX), min=0, max=ER_MAX, step=0.1, readout=False, layout=fluid())
        self.er_readout = widgets.HTML()
        self.report_html = widgets.HTML(layout=widgets.Layout(align_self="stretch"))  # fills the row inside its margins
        self.ladder = TierLadder(lang)
        self.image, framed = figure_image()
        # The figure's caption in words; it follows the sliders (a printed one did not).
        self.caption = widgets.HTML(layout=widgets.Layout(align_self="stretch"))  # fills the row inside its margins
        self.widget = widgets.VBox([
            self.follower_input.widget,
            labelled(text("engagement_rate", lang), self.er_slider, self.er_readout),
            self.report_html,
            framed,
            self.caption,
        ], layout=widgets.Layout(width="100%"))
        self.er_slider.observe(self._on_er, names="value")
        self.refresh()

    @property
    def followers(self) -> float:
        return self.follower_input.followers

    def _on_er(self, change: dict) -> None:
        self.er_percent = float(change["new"])
        self.refresh()

    def set_followers(self, followers: float) -> None:
        """Show an exact count; the slider moves to it (clipped to its range)."""
        self.follower_input.set(followers)

    def refresh(self) -> None:
        """Recompute the answers and redraw the figure for the current values.

        Never raises: an error replaces the answers and hides the figure (no stale result)."""
        try:
            self.report = describe_account(self.followers, self.er_percent, self.lang)
            self.er_readout.value = f"<b>{format_percent(self.er_percent, self.lang)}</b>"
            if self.followers == 0:  # no audience yet: not a nano account, and no place on a log axis
                self.report_html.value = note_html(count_note(0, self.lang))
                self.image.layout.display = "none"
                self.caption.value = ""
                self.error = None
                return
            self.report_html.value = self.report.html()
            self.ladder.show(self.followers)
            self.image.value = self.ladder.png()
            self.caption.value = (f"<p style='white-space:normal;line-height:1.4;color:#424242'><i>"
                                  f"{escape(describe_ladder(self.lang, self.followers), quote=False)}</i></p>")
        except Exception as error:  # a widget must not raise into the notebook
            self._take_down(error, show=True)
            return
        self.error = None
        self.image.layout.display = None

    def _take_down(self, error: Exception, show: bool = False) -> None:
        """Remove the answers and the figure, which no longer match what the student typed;
        the error itself stands beside the box (``show``: here, in place of the answers)."""
        self.error, self.report = error, None
        self.report_html.value = error_html(error, self.lang) if show else ""
        self.image.layout.display = "none"
        self.caption.value = ""

    # --- display ------------------------------------------------------------
    def _repr_mimebundle_(self, **kwargs: object) -> dict:
        bundle = self.widget._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = error_text(self.error,
                                          self.lang) if self.report is None else "\n".join(self.report.lines())
        return bundle
