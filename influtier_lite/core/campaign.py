"""Planning a campaign with a mix of tiers: reach, engagements and cost per engagement.

``plan_campaign`` is pure arithmetic on numbers the user sets; where the articles give
no figure, the number is an assumption and is labelled so:

- engagement rate: the middle of Partipost's band for the tier (7-10% gives 8,5%); for
  mega the article's "sekitar 1%". Taking the middle is our reading.
- followers per influencer and cost per post: the user's sliders, starting from our
  example values in ``data/campaign_assumptions.csv`` (not market prices).
- reach: followers times the share of them who see a post (a slider; the articles give
  no figure), assuming the influencers' audiences do not overlap. The slider starts at
  100%, the theoretical upper bound (every follower sees every post): our assumption, not
  a typical figure; we have no source for a lower one.

``widgets.campaign.CampaignPlanner`` wires controls to it; ``figures.plan_figure`` draws a plan.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .data import SCHEMES
from .formatting import format_number, format_percent
from .table import Table
from .tiers import scheme_tier
from .validate import MAX_NUMBER, a_mapping, out_of_range, real_number, shown, whole_number
from .words import check_lang, text, value_error

__all__ = ["TIERS", "OBJECTIVES", "planning_rate", "TierPlan", "CampaignPlan", "plan_campaign", "format_rupiah",
           "objective_advice", "cost_per_engagement", "cost_per_mille", "cost_per_thousand_reached", "cost_per_view",
           "round_steps", "MANTISSAS"]

TIERS = ("nano", "micro", "macro", "mega")
OBJECTIVES = ("awareness", "interest", "sales")


def planning_rate(tier_key: str) -> float:
    """The engagement rate (percent) the planner uses for a tier: the middle of Partipost's band."""
    low, high = scheme_tier(tier_key).er_band
    return (low + high) / 2


def format_rupiah(value: float, lang: str = "id") -> str:
    """``Rp 2.000.000`` (id), ``Rp 2,000,000`` (en)."""
    return f"Rp\u00a0{format_number(round(real_number('value', value)), lang)}"


@dataclass(frozen=True)
class TierPlan:
    """One tier's line of the plan."""

    tier: str
    influencers: int
    posts: int
    followers: float
    er_percent: float
    reach: float
    engagements: float
    cost: float

    @property
    def cost_per_engagement(self) -> float | None:
        return self.cost / self.engagements if self.engagements else None


@dataclass(frozen=True)
class CampaignPlan:
    lines: tuple[TierPlan, ...]
    budget: float

    @property
    def cost(self) -> float:
        return sum(line.cost for line in self.lines)

    @property
    def reach(self) -> float:
        return sum(line.reach for line in self.lines)

    @property
    def engagements(self) -> float:
        return sum(line.engagements for line in self.lines)

    @property
    def cost_per_engagement(self) -> float | None:
        return self.cost / self.engagements if self.engagements else None

    @property
    def remaining(self) -> float:
        """Budget left over (negative: over budget)."""
        return self.budget - self.cost

    def table(self, lang: str = "id") -> Table:
        """Per tier and in total: influencers, posts, reach, engagements, cost, cost per engagement."""
        lang = check_lang(lang)
        names = {t.key: t.name(lang) for t in SCHEMES["partipost"].tiers}

        def cpe(value: float | None) -> str:
            return "\u2013" if value is None else format_rupiah(value, lang)

        rows = [[names[line.tier], format_number(line.influencers, lang), format_number(line.posts, lang),
                 format_percent(line.er_percent, lang), format_number(round(line.reach), lang),
                 format_number(round(line.engagements), lang), format_rupiah(line.cost, lang),
                 cpe(line.cost_per_engagement)] for line in self.lines]
        rows.append([text("plan_total", lang), format_number(sum(x.influencers for x in self.lines), lang),
                     format_number(sum(x.posts for x in self.lines), lang), "", format_number(round(self.reach), lang),
                     format_number(round(self.engagements), lang), format_rupiah(self.cost, lang),
                     cpe(self.cost_per_engagement)])
        columns = [text(f"plan_col_{key}", lang)
                   for key in ("tier", "influencers", "posts", "er", "reach", "engagements", "cost", "cpe")]
        return Table(columns, rows, align_right=columns[1:])

    def budget_line(self, lang: str = "id") -> str:
        key = "plan_within_budget" if self.remaining >= 0 else "plan_over_budget"
        return text(key, lang, cost=format_rupiah(self.cost, lang), budget=format_rupiah(self.budget, lang),
                    difference=format_rupiah(abs(self.remaining), lang))


def plan_campaign(influencers: dict[str, int], cost_per_post: dict[str, float], followers: dict[str, float],
                  budget: float, posts_per_influencer: int = 1, reach_share_percent: float = 100.0) -> CampaignPlan:
    """Reach, engagements and cost per tier for a mix of influencers.

    Args:
        influencers: how many influencers of each tier (keys from ``TIERS``).
        cost_per_post: the cost of one post by one influencer of the tier, in rupiah (an assumption).
        followers: followers of one influencer of the tier (an assumption; must fall in the tier).
        budget: the campaign budget in rupiah.
        posts_per_influencer: posts each influencer makes.
        reach_share_percent: share of followers who see a post (an assumption; 100 is the upper bound).
    """
    real_number("budget", budget, non_negative=True)
    for name, values in (("influencers", influencers), ("cost_per_post", cost_per_post), ("followers", followers)):
        a_mapping(name, values)
        unknown = [key for key in values if key not in TIERS]
        if unknown:
            raise value_error("err_campaign_unknown_tiers", parameter=name, value=values, name=name,
                              values=shown(values), unknown=unknown, tiers=list(TIERS))
    posts = whole_number("posts_per_influencer", posts_per_influencer, 0, MAX_NUMBER)
    share = real_number("reach_share_percent", reach_share_percent, non_negative=True)
    if share > 100:
        raise value_error("err_campaign_share_over_100", parameter="reach_share_percent", value=reach_share_percent,
                          reach_share_percent=reach_share_percent)
    lines = []
    for key in TIERS:
        count = whole_number(f"influencers[{key!r}]", influencers.get(key, 0), 0, MAX_NUMBER)
        if not count:
            continue
        audience = real_number(f"followers[{key!r}]", followers.get(key), non_negative=True)
        tier = SCHEMES["partipost"].tier(key)
        if not tier.contains(audience):
            raise value_error("err_campaign_followers_outside_tier", parameter=f"followers[{key!r}]",
                              value=followers[key], tier=key, count=followers[key], tier_name=tier.name)
        price = real_number(f"cost_per_post[{key!r}]", cost_per_post.get(key), non_negative=True)
        rate = planning_rate(key)
        line = TierPlan(tier=key, influencers=int(count), posts=int(count * posts), followers=audience,
                        er_percent=rate, reach=count * audience * share / 100,
                        engagements=count * posts * audience * rate / 100, cost=count * posts * price)
        if line.cost > MAX_NUMBER:  # a plan is shown in full: every total must be writable exactly
            raise out_of_range(f"cost_per_post[{key!r}]", cost_per_post[key])
        if line.reach > MAX_NUMBER or line.engagements > MAX_NUMBER:
            raise out_of_range(f"followers[{key!r}]", followers[key])
        lines.append(line)
    plan = CampaignPlan(tuple(lines), float(budget))
    if plan.cost > MAX_NUMBER:
        raise out_of_range("cost_per_post", cost_per_post)
    return plan


def _cost_per(cost: float, amount: float, name: str, per: float = 1) -> float | None:
    price = real_number("cost", cost, non_negative=True)
    count = real_number(name, amount, non_negative=True)
    return price / count * per if count else None


def cost_per_engagement(cost: float, engagements: float) -> float | None:
    """Cost ÷ engagements, in rupiah per engagement (None when there are no engagements)."""
    return _cost_per(cost, engagements, "engagements")


def cost_per_mille(cost: float, impressions: float) -> float | None:
    """CPM, the cost per thousand impressions: cost ÷ impressions × 1,000 (None for no impressions).

    Impressions count showings: one person may see a post several times. For people, see
    ``cost_per_thousand_reached`` (a different figure, not CPM).
    """
    return _cost_per(cost, impressions, "impressions", per=1000)


def cost_per_thousand_reached(cost: float, reach: float) -> float | None:
    """Cost ÷ reach × 1,000, in rupiah per thousand people reached (None for no reach). Not CPM."""
    return _cost_per(cost, reach, "reach", per=1000)


def cost_per_view(cost: float, views: float) -> float | None:
    """Cost ÷ views, in rupiah per view of a video (None when there are no views)."""
    return _cost_per(cost, views, "views")


def objective_advice(objective: str, lang: str = "id") -> str:
    """What Partipost says about the tiers for an objective (awareness, interest, sales)."""
    if objective not in OBJECTIVES:
        raise value_error("err_campaign_objective", parameter="objective", value=objective, objective=objective,
                          objectives=list(OBJECTIVES))
    return text(f"advice_{objective}", check_lang(lang))


# Slider stops: round numbers only, so that a slider set to 500.000 shows 500.000 (a log
# slider with a step would show 501.187). 1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5 per power of ten.
MANTISSAS = (1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5)


def round_steps(low: float, high: float, keep: float | None = None) -> list[float]:
    """Round numbers from ``low`` to ``high`` (both inclusive, ``0 < low <= high``), plus ``keep``
    if it is not one."""
    low, high = real_number("low", low), real_number("high", high)
    if low <= 0 or high < low:
        name, value = ("low", low) if low <= 0 else ("high", high)
        raise value_error("err_campaign_steps", parameter=name, value=value, name=name, shown=shown(value))
    if keep is not None:
        real_number("keep", keep)
    steps = {round(m * 10**k) for k in range(int(math.floor(math.log10(low))), int(math.log10(high)) + 1)
             for m in MANTISSAS if low <= m * 10**k <= high}
    if keep is not None:
        steps.add(keep)
    return sorted(steps)
