"""An engagement rate against one Partipost tier's band and a vendor benchmark, in words.

``band_verdict`` is what the band meter (``widgets.band``) and the calculator
(``widgets.calculator``) say; ``calculation_lines`` is the calculator's whole answer.
"""

from __future__ import annotations

from .benchmarks import benchmark_sentence
from .data import SCHEMES
from .engagement import assess_engagement, engagement_rate, expected_engagements
from .formatting import format_number, format_percent
from .tier_text import band_text
from .tiers import scheme_tier
from .validate import a_mapping, real_number, shown
from .words import check_lang, phrase, text, value_error

__all__ = ["band_verdict", "calculation_lines"]


def band_verdict(er_percent: float, tier_key: str, lang: str = "id", followers: float | None = None) -> str:
    """The rate against the Partipost tier's band, then against a named vendor benchmark (Instagram).

    With ``followers``, it adds the engagements per post to expect.
    """
    lang = check_lang(lang)
    tier = scheme_tier(tier_key)
    if followers is not None:
        followers = real_number("followers", followers, non_negative=True)
    assessment = assess_engagement(er_percent, tier)
    sentence = text("band_sentence", lang, er=format_percent(er_percent, lang), tier=tier.name(lang),
                    band=band_text(tier, lang), assessment=text(assessment, lang))
    sentence += " " + benchmark_sentence(er_percent, tier_key, lang)
    if followers is not None:
        engagements = round(expected_engagements(followers, er_percent))
        sentence += " " + text("band_expected", lang,
                               followers=phrase("n_followers", followers, count=format_number(followers, lang)),
                               engagements=phrase("n_engagements", engagements,
                                                  count=format_number(engagements, lang)))
    return sentence


def calculation_lines(counts: dict[str, float], lang: str = "id") -> list[str]:
    """The calculator's answer for counts per post (likes, comments, shares, saves) and
    followers: the formula with the numbers filled in and the rate, then how the rate compares
    with the Partipost band of the account's tier."""
    lang = check_lang(lang)
    a_mapping("counts", counts)
    missing = [name for name in ("likes", "comments", "shares", "saves", "followers") if name not in counts]
    if missing:
        raise value_error("err_band_counts_missing", parameter="counts", value=counts, counts=shown(counts),
                          missing=", ".join(missing))
    for name, value in counts.items():
        real_number(f"counts[{name!r}]", value, non_negative=True)
    rate = engagement_rate(counts["likes"], counts["comments"], counts["followers"],
                           shares=counts["shares"], saves=counts["saves"])
    interactions = sum(counts[name] for name in ("likes", "comments", "shares", "saves"))
    formula = text("calc_formula", lang, rate=format_percent(rate, lang),
                   interactions=phrase("n_engagements", interactions, count=format_number(interactions, lang)),
                   followers=phrase("n_followers", counts["followers"], count=format_number(counts["followers"], lang)))
    tier = SCHEMES["partipost"].find(counts["followers"])
    return [formula, band_verdict(rate, tier.key, lang)]
