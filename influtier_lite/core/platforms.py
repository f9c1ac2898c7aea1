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
from pathlib import Path

from .benchmarks import load_benchmarks
from .campaign import (
    cost_per_engagement,
    cost_per_mille,
    cost_per_thousand_reached,
    cost_per_view,
    format_rupiah,
    planning_rate,
)
from .citations import load_citations
from .csvdata import check_unique, data_dir, folder, read_rows, row_error
from .formatting import format_number, format_percent
from .table import Table
from .tiers import scheme_tier
from .validate import real_number
from .words import check_lang, text, value_error

__all__ = ["rate_by_followers", "rate_by_views", "formula_lines", "PricingModel", "load_pricing_models",
           "pricing_table",
           "cost_lines", "cost_measure_lines"]


def _positive(name: str, value: float) -> float:
    number = real_number(name, value, non_negative=True)
    if number == 0:
        raise value_error("err_platforms_zero", parameter=name, name=name)
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
    path = folder(directory) / "pricing_models.csv"
    known = {c.id for c in load_citations()}
    models, seen = [], {}
    for line, row in read_rows(path, PRICING_COLUMNS):
        check_unique(path, line, seen, "thing_model", row["id"])
        for column in PRICING_COLUMNS[:7]:
            if not row[column]:
                raise row_error(path, line, "err_platforms_empty_column", column=column)
            digits = [ch for ch in row[column] if ch.isdigit()]
            if digits and column != "id":
                raise row_error(path, line, "err_platforms_digits", column=column, cell=row[column])
        sources = tuple(s for s in row["sources"].split(";") if s)
        unknown = [s for s in sources if s not in known]
        if row["basis"] != "source" or not sources or unknown:
            raise row_error(path, line, "err_platforms_sources", sources=row["sources"], unknown=unknown)
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
    real_number("cost", cost, non_negative=True)
    share = real_number("reach_share_percent", reach_share_percent, non_negative=True)
    if share > 100:
        raise value_error("err_platforms_share_over_100", parameter="reach_share_percent", value=reach_share_percent,
                          reach_share_percent=reach_share_percent)
    per_person = real_number("impressions_per_person", impressions_per_person, non_negative=True)
    if per_person < 1:
        raise value_error("err_platforms_per_person_below_1", parameter="impressions_per_person",
                          value=impressions_per_person, impressions_per_person=impressions_per_person)
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
        text("cost_cpm", lang, cost=price, impressions=count(impressions),
             result=result(cost_per_mille(cost, impressions))),
        text("cost_reached", lang, cost=price, reach=count(reach),
             result=result(cost_per_thousand_reached(cost, reach))),
        text("cost_cpv", lang, cost=price, views=count(impressions), result=result(cost_per_view(cost, impressions))),
    ]


def cost_measure_lines(tier_key: str, cost: float, followers: float, reach_share_percent: float,
                       impressions_per_person: float, lang: str = "id") -> list[str]:
    """One Partipost tier's post: a heading (tier, followers, cost, the planner's engagement rate)
    and ``cost_lines`` at that rate."""
    lang = check_lang(lang)
    tier = scheme_tier(tier_key)
    real_number("cost", cost, non_negative=True)
    real_number("followers", followers, non_negative=True)
    rate = planning_rate(tier.key)
    head = text("cost_head", lang, tier=tier.name(lang), followers=format_number(followers, lang),
                cost=format_rupiah(cost, lang), er=format_percent(rate, lang))
    return [head, *cost_lines(cost, followers, reach_share_percent, impressions_per_person, rate, lang)]
