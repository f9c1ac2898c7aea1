"""Engagement rate: how to compute it, how to compare it with a tier's band."""

from __future__ import annotations

from typing import Literal

from .records import Tier
from .validate import real_number
from .words import type_error, value_error

__all__ = ["engagement_rate", "assess_engagement", "expected_engagements", "ER_MAX"]

Assessment = Literal["below", "within", "above"]
ER_MAX = 15.0  # percent; the tier explorer's rate slider tops out here (and the pocket page's)


def engagement_rate(likes: float, comments: float, followers: float,
                    shares: float = 0, saves: float = 0) -> float:
    """Engagement rate by followers, in percent: interactions per post / followers x 100.

    Neither article names a formula for its figures (Partipost's "7-10%" for nano comes
    with none); this is the most common one (HypeAuditor, Upfluence): a post's likes,
    comments, shares and saves over the follower count. It is not the share of followers
    who engage: one follower can engage several times, and non-followers engage too.
    Pass per-post averages (or one post's numbers).

    Other formulas exist and give numbers that are not comparable with this one:
    by reach (interactions / accounts reached), by impressions or by views (common
    for TikTok and YouTube), and, over several posts, the mean of per-post rates
    versus total interactions / total followers, or a median instead of a mean.
    Tools differ too (HypeAuditor: likes and comments over the latest 12 posts;
    Modash: median likes on Instagram). Compare a rate only with bands computed
    the same way.

    Raises:
        ValueError: a negative or non-finite count, or ``followers`` of 0.
        TypeError: a value that is not a number.
    """
    interactions = sum(
        real_number(name, value, non_negative=True)
        for name, value in (("likes", likes), ("comments", comments), ("shares", shares), ("saves", saves))
    )
    audience = real_number("followers", followers, non_negative=True)
    if audience == 0:
        raise value_error("err_engagement_no_followers", parameter="followers")
    return interactions / audience * 100


def assess_engagement(er_percent: float, tier: Tier) -> Assessment:
    """Compare an engagement rate (in percent) with the tier's band: below, within or above.

    The band's edges count as within. Where the source gives one approximate figure
    instead of a band (Partipost's mega: "sekitar 1%"), the band is widened by the tier's
    ``er_tolerance``, which is our own convention (0.5 percentage points, see
    ``data/tiers.csv``), not the article's.

    Raises:
        ValueError: the rate is negative or not finite, or the tier's source gives no
            engagement figures (Harmony's tiers).
        TypeError: ``tier`` is not a Tier, or the rate is not a number.
    """
    rate = real_number("er_percent", er_percent, non_negative=True)
    if not isinstance(tier, Tier):
        raise type_error("err_engagement_not_a_tier", parameter="tier", value=tier, tier=tier)
    if tier.er_range is None:
        raise value_error("err_engagement_no_band", parameter="tier", value=tier, scheme=tier.scheme, tier_key=tier.key)
    low, high = tier.er_range
    if rate < low:
        return "below"
    if rate > high:
        return "above"
    return "within"


def expected_engagements(followers: float, er_percent: float) -> float:
    """Interactions per post to expect from ``followers`` at an engagement rate in percent."""
    audience = real_number("followers", followers, non_negative=True)
    rate = real_number("er_percent", er_percent, non_negative=True)
    return audience * rate / 100
