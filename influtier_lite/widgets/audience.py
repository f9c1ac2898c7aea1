"""Five threshold sliders wired to ``core.audience.screen`` over the made-up sample. Wiring only."""

from __future__ import annotations

from html import escape

import ipywidgets as widgets

from ..core.audience import (
    DEFAULT_THRESHOLDS,
    Screening,
    Thresholds,
    load_audience_sample,
    screen,
    screening_table,
    summary_line,
)
from ..core.formatting import format_number
from ..core.validate import an_instance
from ..core.words import check_lang, text
from .controls import labelled_slider

__all__ = ["AudienceScreen"]


class AudienceScreen:
    """Five threshold sliders, and the sample's table of signals, flags and outcomes.

    Args:
        lang: ``"id"`` or ``"en"``.
        thresholds: where the sliders start.
    """

    def __init__(self, lang: str = "id", thresholds: Thresholds = DEFAULT_THRESHOLDS) -> None:
        self.lang = check_lang(lang)
        an_instance("thresholds", thresholds, Thresholds, "what_thresholds")
        self.accounts = load_audience_sample()
        kinds = {"growth": (widgets.IntSlider, 5, 60, 5), "repetition": (widgets.IntSlider, 10, 90, 5),
                 "engagement": (widgets.FloatSlider, 1.5, 6, 0.5), "following": (widgets.FloatSlider, 0.2, 2, 0.1),
                 "home": (widgets.IntSlider, 0, 90, 5)}
        self.sliders, rows = {}, []
        for name, (kind, low, high, step) in kinds.items():
            self.sliders[name] = kind(value=getattr(thresholds, name), min=low, max=high, step=step)
            self.sliders[name].observe(lambda change: self.refresh(), names="value")
            rows.append(labelled_slider(self.sliders[name], text(f"aq_slider_{name}", lang),
                                        lambda value: format_number(value, self.lang)))
        self.summary = widgets.HTML()
        self.result = widgets.HTML()
        self.widget = widgets.VBox([*rows, self.summary, self.result])
        self.refresh()

    def thresholds(self) -> Thresholds:
        return Thresholds(**{name: slider.value for name, slider in self.sliders.items()})

    def screenings(self) -> list[Screening]:
        limits = self.thresholds()
        return [screen(a, limits) for a in self.accounts]

    def refresh(self) -> None:
        results = self.screenings()
        self.summary.value = f"<p style='font-size:1.1em'><b>{escape(summary_line(results, self.lang))}</b></p>"
        self.result.value = screening_table(results, self.lang)._repr_html_()

    def _repr_mimebundle_(self, **kwargs: object) -> dict:
        bundle = self.widget._repr_mimebundle_(**kwargs)
        results = self.screenings()
        bundle["text/plain"] = f"{summary_line(results, self.lang)}\n{screening_table(results, self.lang)!r}"
        return bundle
