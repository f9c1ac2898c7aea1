"""An engagement-rate slider against one tier's band: below, within or above. Wiring only.

``core.band.band_verdict(er_percent, tier, lang)`` is the answer; ``EngagementBandMeter``
only wires a slider to it and draws the band as a light HTML strip (no figure library:
it redraws in well under a millisecond).
"""

from __future__ import annotations

from html import escape

import ipywidgets as widgets

from ..core.band import band_verdict
from ..core.engagement import assess_engagement
from ..core.formatting import format_number, format_percent
from ..core.palette import tier_colour
from ..core.tier_text import band_text
from ..core.tiers import scheme_tier
from ..core.validate import real_number
from ..core.words import check_lang, text
from .controls import MAX_WIDTH, error_html, fluid, labelled

__all__ = ["EngagementBandMeter"]

SCALE_MAX = 15.0  # percent, the strip's right end (above every band in the articles)


class EngagementBandMeter:
    """A slider for the engagement rate of an account in one Partipost tier.

    Args:
        tier_key: ``"nano"``, ``"micro"``, ``"macro"`` or ``"mega"``.
        lang: ``"id"`` or ``"en"``.
        er_percent: the starting rate in percent.
        followers: the account's follower count, for the expected engagements.
    """

    def __init__(self, tier_key: str, lang: str = "id", er_percent: float = 2.0,
                 followers: float | None = None) -> None:
        self.lang = check_lang(lang)
        self.tier = scheme_tier(tier_key)
        self.followers = None if followers is None else real_number("followers", followers, non_negative=True)
        er_percent = real_number("er_percent", er_percent, non_negative=True)
        self.slider = widgets.FloatSlider(
            value=min(er_percent, SCALE_MAX), min=0, max=SCALE_MAX, step=0.1, readout=False, layout=fluid())
        self.readout = widgets.HTML()
        self.output = widgets.HTML(layout=widgets.Layout(align_self="stretch"))  # fills the row inside its margins
        self.widget = widgets.VBox([labelled(text("engagement_rate", lang), self.slider, self.readout), self.output],
                                   layout=widgets.Layout(width="100%"))
        self.slider.observe(lambda change: self.refresh(), names="value")
        self.refresh()

    @property
    def assessment(self) -> str:
        return assess_engagement(self.slider.value, self.tier)

    def sentence(self) -> str:
        return band_verdict(self.slider.value, self.tier.key, self.lang, self.followers)

    def refresh(self) -> None:
        """Redraw the strip and the sentence; never raises (an error takes their place)."""
        try:
            self.readout.value = f"<b>{format_percent(self.slider.value, self.lang)}</b>"
            self.output.value = self._strip() + (
                f"<p style='font-size:1.1em;line-height:1.4;white-space:normal;max-width:{MAX_WIDTH}'>"
                                                 f"{escape(self.sentence(), quote=False)}</p>")
        except Exception as error:  # a widget must not raise into the notebook
            self.output.value = error_html(error, self.lang)

    def _strip(self) -> str:
        """The 0-15% scale, the band shaded in the tier's colour, a black mark at the rate."""
        low, high = self.tier.er_range
        rate = min(self.slider.value, SCALE_MAX)
        left, width = low / SCALE_MAX * 100, max((high - low) / SCALE_MAX * 100, 0.8)
        # Fluid: as wide as the page up to 520 px, with room at both ends for the end labels
        # and the mark. Labels in rem: 15 px on a phone, larger where the page is zoomed.
        ticks = "".join(
            f"<span style='position:absolute;left:{v / SCALE_MAX * 100:.2f}%;top:30px;font-size:0.95rem;"
            f"line-height:1.2;transform:translateX(-50%);white-space:nowrap'>{format_number(v, self.lang)}"
            f"{'%' if v == SCALE_MAX else ''}</span>"  # one % at the end: 0 and 1 stay apart on a phone
            for v in (0, 1, 3, 5, 7, 10, 15))
        return (
            f"<div style='box-sizing:border-box;width:100%;max-width:{MAX_WIDTH};padding:0 22px 0 16px'>"
            "<div style='position:relative;width:100%;height:52px;margin:6px 0 4px 0'>"
            "<div style='position:absolute;top:8px;left:0;right:0;height:18px;background:#EEEEEE'></div>"
            f"<div style='position:absolute;top:8px;left:{left:.2f}%;width:{width:.2f}%;height:18px;"
            f"background:{tier_colour(self.tier.key)}' title='{escape(band_text(self.tier, self.lang))}'></div>"
            f"<div style='position:absolute;top:2px;left:{rate / SCALE_MAX * 100:.2f}%;width:3px;height:30px;"
            "background:#000000;transform:translateX(-50%)'></div>"
            f"{ticks}</div></div>"
        )

    def _repr_mimebundle_(self, **kwargs: object) -> dict:
        bundle = self.widget._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = self.sentence()
        return bundle
