"""A tier's follower range and engagement band in words, in either language."""

from __future__ import annotations

from .formatting import format_number, format_percent
from .records import Tier
from .validate import a_tier
from .words import check_lang, text, value_error

__all__ = ["tier_range_text", "band_text"]


def tier_range_text(tier: Tier, lang: str = "id") -> str:
    """A tier's follower range in words: "di bawah 5.000", "5.000–30.000", "di atas 100.000"."""
    a_tier("tier", tier)
    lang = check_lang(lang)
    low = format_number(tier.min_followers, lang)
    if tier.max_followers is None:
        return text("range_above", lang, low=low)
    high = format_number(tier.max_followers, lang)
    if tier.min_followers == 0:
        return text("range_below", lang, high=high)
    return text("range_between", lang, low=low, high=high)


def band_text(tier: Tier, lang: str) -> str:
    """A tier's engagement band in words: "7–10%", or "sekitar 1%; toleransi ±0,5 poin ..."."""
    a_tier("tier", tier)
    lang = check_lang(lang)
    if tier.er_band is None:
        raise value_error("err_tier_text_no_band", parameter="tier", value=tier, scheme=tier.scheme, tier_key=tier.key)
    low, high = tier.er_band
    if tier.er_tolerance:
        return text("band_about", lang, value=format_percent(low, lang),
                    tol=format_number(tier.er_tolerance, lang))
    return text("band_range", lang, low=format_number(low, lang), high=format_number(high, lang))
