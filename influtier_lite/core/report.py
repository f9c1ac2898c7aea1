"""What the articles say about one account: the pure model behind the tier explorer.

``describe_account(followers, er_percent, lang)`` gathers every answer (tier under each
article, engagement assessment, expected engagements, meaning for a brand) as text;
the widgets only display it. Tests call it directly, without a browser.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from .benchmarks import benchmark_sentence
from .claims import brand_claims
from .engagement import assess_engagement, expected_engagements
from .formatting import format_number, format_percent
from .records import Scheme, Tier
from .table import Table
from .tier_text import band_text, tier_range_text
from .tiers import get_scheme
from .validate import a_sequence, real_number
from .words import check_lang, text

__all__ = ["ArticleVerdict", "AccountReport", "ARTICLES", "describe_account", "describe_ladder", "tier_table"]

ARTICLES = ("partipost", "harmony")


@dataclass(frozen=True)
class ArticleVerdict:
    """One article's answer for one account."""

    scheme: Scheme
    tier: Tier | None
    assessment: str | None  # "below" | "within" | "above", None without a band or a tier


@dataclass(frozen=True)
class AccountReport:
    """Every answer for one account, ready to show in ``lang``."""

    followers: float
    er_percent: float
    lang: str
    verdicts: tuple[ArticleVerdict, ...]
    expected_engagements: float

    def verdict(self, scheme_id: str) -> ArticleVerdict:
        return next(v for v in self.verdicts if v.scheme.id == scheme_id)

    def headline(self) -> str:
        return text("account_line", self.lang, followers=format_number(round(self.followers), self.lang),
                    er=format_percent(self.er_percent, self.lang))

    def findings(self) -> list[str]:
        """Each article's tier and assessment, edge notes, expected engagements."""
        lang = self.lang
        er = format_percent(self.er_percent, lang)
        lines = []
        for verdict in self.verdicts:
            lines.append(_verdict_line(verdict, er, lang))
            if verdict.assessment is not None and verdict.scheme.id == "partipost":
                lines.append(benchmark_sentence(self.er_percent, verdict.tier.key, lang))
        lines += _edge_lines(self)
        lines.append(f"{text('expected_engagements', lang)}: {format_number(round(self.expected_engagements), lang)}")
        return lines

    def lines(self) -> list[str]:
        """The report as plain-text lines (also the explorer's text/plain output)."""
        brand = [f"  - {line}" for line in self.brand_meaning()]
        return [self.headline(), *self.findings(), f"{text('for_brand', self.lang)}:", *brand]

    def brand_meaning(self) -> list[str]:
        """What the account's tiers mean for a brand, from each article (``data/claims.csv``), plus
        engagement caveats."""
        meaning = [text("brand_claim", self.lang, claim=claim.text(self.lang), source=v.scheme.source.short_name)
                   for v in self.verdicts if v.tier for claim in brand_claims(v.scheme.id, v.tier.key)]
        assessments = {v.assessment for v in self.verdicts}
        for outside in ("above", "below"):
            if outside in assessments:
                meaning.append(text(f"meaning_{outside}", self.lang))
        return meaning

    def html(self) -> str:
        """The same report as HTML, the brand meanings nested under their heading."""
        items = "".join(f"<li>{escape(line, quote=False)}</li>" for line in self.findings())
        brand = "".join(f"<li>{escape(line, quote=False)}</li>" for line in self.brand_meaning())
        return (f"<div style='font-size:1.1em;line-height:1.4'><b>{escape(self.headline(), quote=False)}</b><ul>{items}"
                f"<li>{escape(text('for_brand', self.lang), quote=False)}:<ul>{brand}</ul></li></ul></div>")


def describe_account(followers: float, er_percent: float, lang: str = "id",
                     schemes: Sequence[str] = ARTICLES) -> AccountReport:
    """Gather what each article says about an account with these numbers."""
    count = real_number("followers", followers, non_negative=True)
    rate = real_number("er_percent", er_percent, non_negative=True)
    check_lang(lang)
    verdicts = []
    for scheme in _schemes(schemes):
        tier = scheme.find(count)
        assessment = assess_engagement(rate, tier) if tier is not None and tier.er_band else None
        verdicts.append(ArticleVerdict(scheme, tier, assessment))
    return AccountReport(count, rate, lang, tuple(verdicts), expected_engagements(count, rate))


def _verdict_line(verdict: ArticleVerdict, er: str, lang: str) -> str:
    publisher = verdict.scheme.source.short_name
    tier = verdict.tier
    if tier is None:
        edge = format_number(verdict.scheme.tiers[0].min_followers, lang)
        return text("verdict_none", lang, scheme=publisher, edge=edge)
    line = text("verdict_tier", lang, scheme=publisher, tier=tier.name(lang), quote=tier.quote_followers)
    if tier.er_band is None:
        return f"{line}; {text('no_band', lang)}"
    assessment = text(verdict.assessment, lang)
    return f"{line}; {text('verdict_band', lang, er=er, assessment=assessment, band=band_text(tier, lang))}"


def _edge_lines(report: AccountReport) -> list[str]:
    lines = []
    for verdict in report.verdicts:
        tier = verdict.tier
        if tier is None or report.followers not in (tier.min_followers, tier.max_followers):
            continue
        edge = format_number(report.followers, report.lang)
        publisher = verdict.scheme.source.short_name
        by_convention = report.followers == tier.max_followers and tier.max_by_convention
        key = "on_edge_convention" if by_convention else "on_edge"
        lines.append(text(key, report.lang, edge=edge, scheme=publisher, tier=tier.name(report.lang)))
    return lines


def describe_ladder(lang: str = "id", followers: float | None = None,
                    schemes: Sequence[str] = ARTICLES) -> str:
    """A text description of the tier-ladder figure, for screen readers and printouts."""
    check_lang(lang)
    if followers is not None:
        real_number("followers", followers, non_negative=True)
    parts = []
    for scheme in _schemes(schemes):
        tiers = [f"{t.name(lang)} ({tier_range_text(t, lang)})" for t in scheme.tiers]
        if scheme.tiers[0].min_followers > 0:
            tiers.insert(0, text("ladder_no_tier", lang, edge=format_number(scheme.tiers[0].min_followers, lang)))
        publisher = scheme.source.short_name
        parts.append(text("ladder_scheme", lang, scheme=publisher, tiers=", ".join(tiers)))
    shown = format_number(round(followers or 0), lang)
    return text("ladder_description", lang, round(followers or 0), schemes=" ".join(parts), followers=shown)


def tier_table(scheme_id: str = "partipost", lang: str = "id") -> Table:
    """A scheme's tiers as a small table in ``lang``: name, range, engagement band, quote."""
    check_lang(lang)
    rows = []
    for tier in get_scheme(scheme_id, name="scheme_id").tiers:
        if tier.er_band is None:
            band = "\u2013"
        elif tier.er_tolerance:
            band = text("er_about", lang, value=format_percent(tier.er_band[0], lang))
        else:
            band = f"{format_number(tier.er_band[0], lang)}\u2013{format_percent(tier.er_band[1], lang)}"
        quote = f"\u201c{tier.quote_followers}\u201d" + (f"; \u201c{tier.quote_er}\u201d" if tier.quote_er else "")
        rows.append([tier.name(lang), tier_range_text(tier, lang), band, quote])
    columns = [text(key, lang) for key in ("col_tier", "col_followers", "col_er", "col_quote")]
    return Table(columns, rows)


def _schemes(schemes: object) -> list[Scheme]:
    """The schemes of a list of ids (or Schemes), each checked, the list too."""
    return [get_scheme(scheme, name=f"schemes[{index}]") for index, scheme in
            enumerate(a_sequence("schemes", schemes, "what_scheme_ids_partipost_harmony"))]
