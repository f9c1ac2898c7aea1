"""Notebook 13's two widgets: one account under both formulas, and one post's cost measures.

Sliders wired to ``core.platforms.formula_lines`` and ``core.platforms.cost_measure_lines``.
Wiring only.
"""

from __future__ import annotations

from html import escape

import ipywidgets as widgets

from ..core.campaign import format_rupiah, round_steps
from ..core.data import load_campaign_assumptions
from ..core.formatting import format_number
from ..core.platforms import cost_measure_lines, formula_lines
from ..core.tiers import scheme_tier
from ..core.validate import MAX_NUMBER, whole_number
from ..core.words import check_lang, text
from .controls import labelled_slider

__all__ = ["FormulaComparison", "CostMeasures"]


class _LinesWidget:
    """A widget whose result is ``lines()``: shown as paragraphs in ``result``, and as plain
    text for nbval and printouts."""

    def refresh(self) -> None:
        self.result.value = "".join(f"<p style='font-size:1.1em'>{escape(line)}</p>" for line in self.lines())

    def _repr_mimebundle_(self, **kwargs: object) -> dict:
        bundle = self.widget._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = "\n".join(self.lines())
        return bundle


class FormulaComparison(_LinesWidget):
    """Sliders for one account's followers, interactions and views; its rate under each formula."""

    def __init__(self, lang: str = "id", followers: int = 3_000, interactions: int = 150, views: int = 1_500) -> None:
        self.lang = check_lang(lang)
        for name, value in (("followers", followers), ("interactions", interactions), ("views", views)):
            whole_number(name, value, 1, MAX_NUMBER)
        self.followers = widgets.SelectionSlider(options=round_steps(1_000, 1_000_000, keep=followers), value=followers)
        self.interactions = widgets.SelectionSlider(options=round_steps(10, 100_000, keep=interactions),
                                                    value=interactions)
        self.views = widgets.SelectionSlider(options=round_steps(100, 10_000_000, keep=views), value=views)
        self.result = widgets.HTML()

        def count(value: float) -> str:
            return format_number(value, self.lang)

        self.widget = widgets.VBox([labelled_slider(self.followers, text("followers", lang), count),
                                    labelled_slider(self.interactions, text("plat_interactions", lang), count),
                                    labelled_slider(self.views, text("plat_views", lang), count), self.result])
        for control in (self.followers, self.interactions, self.views):
            control.observe(lambda change: self.refresh(), names="value")
        self.refresh()

    def lines(self) -> list[str]:
        return formula_lines(self.followers.value, self.interactions.value, self.views.value, self.lang)


class CostMeasures(_LinesWidget):
    """One influencer's post: sliders for the tier's example cost and followers (ours, from
    ``campaign_assumptions.csv``), the share who see it (starting at 100%, the theoretical
    upper bound) and the impressions per person reached; reach, impressions and the four cost
    measures with their formulas."""

    def __init__(self, lang: str = "id", tier: str = "micro") -> None:
        self.lang = check_lang(lang)
        self.tier = scheme_tier(tier, name="tier")
        example = load_campaign_assumptions()[self.tier.key]
        stops = [v for v in round_steps(max(self.tier.min_followers, 100), self.tier.max_followers or 10_000_000,
                                        keep=example["followers"]) if self.tier.contains(v)]
        self.followers = widgets.SelectionSlider(options=stops, value=example["followers"])
        self.cost = widgets.SelectionSlider(options=round_steps(1e4, 1e9, keep=example["cost_per_post"]),
                                            value=example["cost_per_post"])
        self.reach_share = widgets.IntSlider(value=100, min=5, max=100, step=5)
        self.impressions_per_person = widgets.FloatSlider(value=1, min=1, max=3, step=0.5)
        self.result = widgets.HTML()

        def count(value: float) -> str:
            return format_number(value, self.lang)

        self.widget = widgets.VBox([
            labelled_slider(self.followers, text("plan_followers_each", lang), count),
            labelled_slider(self.cost, text("plan_cost_each", lang), lambda value: format_rupiah(value, self.lang)),
            labelled_slider(self.reach_share, text("plan_reach", lang), count),
            labelled_slider(self.impressions_per_person, text("cost_impressions_per_person", lang), count),
            widgets.HTML("<i style='line-height:1.4;display:block'>"
                         f"{escape(text('cost_assumed', lang), quote=False)}</i>"),
            self.result])
        for control in (self.followers, self.cost, self.reach_share, self.impressions_per_person):
            control.observe(lambda change: self.refresh(), names="value")
        self.refresh()

    def lines(self) -> list[str]:
        return cost_measure_lines(self.tier.key, self.cost.value, self.followers.value, self.reach_share.value,
                                  self.impressions_per_person.value, self.lang)
