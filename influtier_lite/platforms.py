"""Engagement on different platforms, and how influencers are paid (notebook 13).

- ``rate_by_followers`` and ``rate_by_views``: the two families of engagement-rate formula
  (HypeAuditor and Upfluence divide by followers; Modash divides TikTok and YouTube by
  views). The same account gives two different numbers, which is why a TikTok rate by
  views cannot be read against an Instagram band by followers.
- ``load_pricing_models``: fee per post, package, product only, affiliate commission,
  usage rights, described in words (``data/pricing_models.csv``, no prices).
- ``cost_lines``: reach and impressions, then the cost per engagement (CPE), per thousand
  impressions (CPM), per thousand people reached (a different figure, not CPM) and per view
  (CPV), each with its formula and the numbers filled in (the arithmetic is in ``campaign``).
  Impressions count showings, reach counts people (the standard definitions summarised in
  ``shared/references.md``, "Metrics").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from html import escape
from pathlib import Path

from ._validate import real_number
from .benchmarks import load_benchmarks
from .campaign import (cost_per_engagement, cost_per_mille, cost_per_thousand_reached, cost_per_view, format_rupiah,
                       planning_rate, round_steps)
from .audience import labelled_slider
from .citations import load_citations
from .data import SCHEMES, _error, _read_rows, _unique, data_dir, load_campaign_assumptions
from .formatting import format_number, format_percent
from .i18n import bilingual, check_lang, text
from .table import Table

__all__ = ["rate_by_followers", "rate_by_views", "formula_lines", "FormulaComparison", "PricingModel",
           "load_pricing_models", "pricing_table", "cost_lines", "CostMeasures"]


def _positive(name: str, value: float) -> float:
    number = real_number(name, value, non_negative=True)
    if number == 0:
        raise ValueError(bilingual(f"{name} = 0: tidak bisa membagi dengan nol.", f"{name} = 0: cannot divide by zero."))
    return number


def rate_by_followers(interactions: float, followers: float) -> float:
    """Interactions per post ÷ followers × 100 (HypeAuditor, Upfluence; Modash on Instagram)."""
    return real_number("interactions", interactions, non_negative=True) / _positive("followers", followers) * 100


def rate_by_views(interactions: float, views: float) -> float:
    """Interactions per video ÷ views per video × 100 (Modash on TikTok and YouTube)."""
    return real_number("interactions", interactions, non_negative=True) / _positive("views", views) * 100


def formula_lines(followers: float, interactions: float, views: float, lang: str = "id") -> list[str]:
    """The account under both formulas, with the numbers, and the two HypeAuditor 2023 nano figures."""
    lang = check_lang(lang)
    by_followers, by_views = rate_by_followers(interactions, followers), rate_by_views(interactions, views)
    figures = {b.platform: b for b in load_benchmarks() if b.id.startswith("hypeauditor_2023")}
    return [
        text("plat_by_followers", lang, interactions=format_number(round(interactions), lang),
             followers=format_number(round(followers), lang), rate=format_percent(by_followers, lang)),
        text("plat_by_views", lang, interactions=format_number(round(interactions), lang),
             views=format_number(round(views), lang), rate=format_percent(by_views, lang)),
        text("plat_benchmarks", lang, instagram=format_percent(figures["Instagram"].low, lang, decimals=2),
             tiktok=format_percent(figures["TikTok"].low, lang, decimals=2)),
    ]


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
        import ipywidgets as widgets

        self.lang = check_lang(lang)
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



@dataclass(frozen=True)
class PricingModel:
    id: str
    names: dict[str, str]
    how: dict[str, str]
    watch: dict[str, str]
    sources: tuple[str, ...]


PRICING_COLUMNS = ["id", "name_id", "name_en", "how_id", "how_en", "watch_id", "watch_en", "basis", "sources"]


def load_pricing_models(directory: Path | None = None) -> tuple[PricingModel, ...]:
    """Read ``pricing_models.csv``: words only (a digit is refused), every row with known sources."""
    if directory is None:
        return _default_pricing()
    path = directory / "pricing_models.csv"
    known = {c.id for c in load_citations()}
    models, seen = [], {}
    for line, row in _read_rows(path, PRICING_COLUMNS):
        _unique(path, line, seen, ("model", "model"), row["id"])
        for column in PRICING_COLUMNS[:7]:
            if not row[column]:
                raise _error(path, line, f"{column} kosong.", f"{column} is empty.")
            digits = [ch for ch in row[column] if ch.isdigit()]
            if digits and column != "id":
                raise _error(path, line, f"{column} = {row[column]!r}: tanpa angka (harga hanya di asumsi contoh).",
                             f"{column} = {row[column]!r}: no numbers (prices belong in labelled example assumptions).")
        sources = tuple(s for s in row["sources"].split(";") if s)
        unknown = [s for s in sources if s not in known]
        if row["basis"] != "source" or not sources or unknown:
            raise _error(path, line, f"sources = {row['sources']!r}: perlu basis = 'source' dan id dari citations.csv "
                         f"(tidak dikenal: {unknown}).",
                         f"sources = {row['sources']!r}: needs basis = 'source' and ids from citations.csv "
                         f"(unknown: {unknown}).")
        models.append(PricingModel(row["id"], {"id": row["name_id"], "en": row["name_en"]},
                                   {"id": row["how_id"], "en": row["how_en"]},
                                   {"id": row["watch_id"], "en": row["watch_en"]}, sources))
    return tuple(models)


@lru_cache(maxsize=1)
def _default_pricing() -> tuple[PricingModel, ...]:
    return load_pricing_models(data_dir())


def pricing_table(lang: str = "id") -> Table:
    """Each pricing model: how it works, what to watch, and its sources by short name."""
    lang = check_lang(lang)
    short = {c.id: c.short for c in load_citations()}
    rows = [[m.names[lang], m.how[lang], m.watch[lang], "; ".join(short[s] for s in m.sources)]
            for m in load_pricing_models()]
    return Table([text(k, lang) for k in ("price_col_model", "price_col_how", "price_col_watch", "col_source")], rows)


def cost_lines(cost: float, followers: float, reach_share_percent: float, impressions_per_person: float,
               er_percent: float, lang: str = "id") -> list[str]:
    """Reach and impressions, then CPE, CPM, cost per thousand reached and CPV for one post,
    each as 'formula = result'.

    Args:
        cost: the cost of the post in rupiah (an assumption).
        followers: the influencer's followers.
        reach_share_percent: share of followers who see the post (an assumption; 100 is the
            theoretical upper bound).
        impressions_per_person: times each person reached sees the post (an assumption; at least 1).
        er_percent: engagement rate by followers, in percent.

    Our simple model: only followers are reached, and for a video every showing counts as one
    view, so views = impressions.
    """
    lang = check_lang(lang)
    share = real_number("reach_share_percent", reach_share_percent, non_negative=True)
    if share > 100:
        raise ValueError(bilingual(f"reach_share_percent = {reach_share_percent!r}: tidak boleh lebih dari 100.",
                                   f"reach_share_percent = {reach_share_percent!r}: must be at most 100."))
    per_person = real_number("impressions_per_person", impressions_per_person, non_negative=True)
    if per_person < 1:
        raise ValueError(bilingual(
            f"impressions_per_person = {impressions_per_person!r}: tidak boleh kurang dari 1 (orang yang dijangkau "
            "melihat unggahan setidaknya sekali).",
            f"impressions_per_person = {impressions_per_person!r}: must be at least 1 (a person reached sees the post "
            "at least once)."))
    audience = real_number("followers", followers, non_negative=True)
    reach = audience * share / 100
    impressions = reach * per_person
    engagements = audience * real_number("er_percent", er_percent, non_negative=True) / 100
    price = format_rupiah(cost, lang)

    def result(value: float | None) -> str:
        return "\u2013" if value is None else format_rupiah(value, lang)

    def count(value: float) -> str:
        return format_number(round(value), lang)

    return [
        text("cost_reach", lang, followers=count(audience), share=format_percent(share, lang, decimals=0),
             reach=count(reach), per_person=format_number(per_person, lang), impressions=count(impressions)),
        text("cost_cpe", lang, cost=price, engagements=count(engagements),
             result=result(cost_per_engagement(cost, engagements))),
        text("cost_cpm", lang, cost=price, impressions=count(impressions), result=result(cost_per_mille(cost, impressions))),
        text("cost_reached", lang, cost=price, reach=count(reach), result=result(cost_per_thousand_reached(cost, reach))),
        text("cost_cpv", lang, cost=price, views=count(impressions), result=result(cost_per_view(cost, impressions))),
    ]


class CostMeasures(_LinesWidget):
    """One influencer's post: sliders for the tier's example cost and followers (ours, from
    ``campaign_assumptions.csv``), the share who see it (starting at 100%, the theoretical
    upper bound) and the impressions per person reached; reach, impressions and the four cost
    measures with their formulas."""

    def __init__(self, lang: str = "id", tier: str = "micro") -> None:
        import ipywidgets as widgets

        self.lang = check_lang(lang)
        self.tier = SCHEMES["partipost"].tier(tier)
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
            widgets.HTML(f"<i style='line-height:1.4;display:block'>{escape(text('cost_assumed', lang), quote=False)}</i>"),
            self.result])
        for control in (self.followers, self.cost, self.reach_share, self.impressions_per_person):
            control.observe(lambda change: self.refresh(), names="value")
        self.refresh()

    def lines(self) -> list[str]:
        rate = planning_rate(self.tier.key)
        head = text("cost_head", self.lang, tier=self.tier.name(self.lang), followers=format_number(self.followers.value, self.lang),
                    cost=format_rupiah(self.cost.value, self.lang), er=format_percent(rate, self.lang))
        return [head, *cost_lines(self.cost.value, self.followers.value, self.reach_share.value,
                                  self.impressions_per_person.value, rate, self.lang)]

