"""What the two articles say about each tier, sentence by sentence, with the exact words.

Every sentence that credits an article lives in ``data/claims.csv`` with the exact
Indonesian phrase it rests on (``quote``) and, where part of it is our own reading,
a note that says so (``ours_id`` / ``ours_en``). The tier notebooks' strengths and
weaknesses tables and the explorer's "what it means for a brand" lines are built from
these rows, and a test finds every quote verbatim in the article it is credited to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .csvdata import cell_flag, check_unique, data_dir, folder, read_rows, row_error
from .data import SCHEMES
from .table import Table
from .tier_text import band_text, tier_range_text
from .tiers import scheme_tier
from .validate import a_sequence, an_instance, one_of
from .words import check_lang, text

__all__ = ["Claim", "load_claims", "claims_for", "claims_table", "brand_claims", "tier_overview"]

ASPECTS = ("profile", "strength", "weakness", "cost", "objective", "advice")  # cost: stated, called neither
COLUMNS = ["id", "source", "tier", "aspect", "for_brand", "text_id", "text_en", "quote", "ours_id", "ours_en"]


@dataclass(frozen=True)
class Claim:
    """One sentence an article supports, in both languages, with the phrase it rests on."""

    id: str
    source: str  # "partipost" or "harmony": the article, which is also the scheme id
    tier: str
    aspect: str  # one of ASPECTS
    for_brand: bool  # shown under "what it means for a brand" in the explorer
    text_id: str
    text_en: str
    quote: str
    ours_id: str
    ours_en: str

    def text(self, lang: str) -> str:
        return self.text_id if check_lang(lang) == "id" else self.text_en

    def ours(self, lang: str) -> str:
        return self.ours_id if check_lang(lang) == "id" else self.ours_en


def load_claims(directory: Path | None = None) -> tuple[Claim, ...]:
    """Read ``claims.csv``, checking each row's article, tier, aspect and texts."""
    if directory is None:
        return _default_claims()
    path = folder(directory) / "claims.csv"
    claims: list[Claim] = []
    seen: dict[str, int] = {}
    for line, row in read_rows(path, COLUMNS):
        check_unique(path, line, seen, "thing_claim", row["id"])
        scheme = SCHEMES.get(row["source"])
        if scheme is None or scheme.source.kind != "article":
            raise row_error(path, line, "err_claims_source", source=row["source"])
        if row["tier"] not in {t.key for t in scheme.tiers}:
            raise row_error(path, line, "err_claims_tier", tier=row["tier"], short_name=scheme.source.short_name)
        if row["aspect"] not in ASPECTS:
            raise row_error(path, line, "err_claims_aspect", aspect=row["aspect"], aspects=", ".join(ASPECTS))
        empty = [c for c in ("text_id", "text_en", "quote") if not row[c]]
        if empty or bool(row["ours_id"]) != bool(row["ours_en"]):
            raise row_error(path, line, "err_claims_empty_columns", shown=empty or ['ours_id/ours_en'])
        claims.append(Claim(row["id"], row["source"], row["tier"], row["aspect"],
                            cell_flag(path, line, row, "for_brand"),
                            row["text_id"], row["text_en"], row["quote"], row["ours_id"], row["ours_en"]))
    return tuple(claims)


@lru_cache(maxsize=1)
def _default_claims() -> tuple[Claim, ...]:
    return load_claims(data_dir())


def claims_for(source: str, tier: str) -> list[Claim]:
    """The claims one article makes about one of its tiers, in file order."""
    _article_tier(source, tier)
    return [c for c in load_claims() if c.source == source and c.tier == tier]


def brand_claims(source: str, tier: str) -> list[Claim]:
    """The claims shown under "what it means for a brand" for this article's tier."""
    return [c for c in claims_for(source, tier) if c.for_brand]


def claims_table(tiers: Sequence[tuple[str, str]], lang: str = "id") -> Table:
    """A table of what the articles say about ``tiers`` (pairs of article and tier key).

    Columns: the aspect (profile, strength, ...), the sentence (with our note where part
    of it is ours), the article's exact words, and the source with the tier's range.
    """
    lang = check_lang(lang)
    rows = []
    for source, tier_key in _pairs(tiers):
        tier = SCHEMES[source].tier(tier_key)
        where = f"{SCHEMES[source].source.short_name}: {tier.name(lang)} ({tier_range_text(tier, lang)})"
        for claim in claims_for(source, tier_key):
            said = claim.text(lang) + (f" {text('claims_ours', lang)}: {claim.ours(lang)}" if claim.ours_id else "")
            rows.append([text(f"aspect_{claim.aspect}", lang), said, f"\u201c{claim.quote}\u201d", where])
    columns = [text(key, lang) for key in ("claims_col_aspect", "claims_col_said", "col_quote", "col_source")]
    return Table(columns, rows)


def tier_overview(tiers: Sequence[tuple[str, str]], lang: str = "id") -> Table:
    """One row per (article, tier key): the tier's range, engagement band and the article's words."""
    lang = check_lang(lang)
    rows = []
    for source, tier_key in _pairs(tiers):
        tier = SCHEMES[source].tier(tier_key)
        band = band_text(tier, lang) if tier.er_band else text("no_band", lang)
        words = "; ".join(f"\u201c{q}\u201d" for q in (tier.quote_followers, tier.quote_er) if q)
        rows.append([SCHEMES[source].source.short_name, tier.name(lang), tier_range_text(tier, lang), band, words])
    columns = [text(key, lang) for key in ("col_source", "col_tier", "col_followers", "col_er", "col_quote")]
    return Table(columns, rows)


def _article_tier(source: object, tier: object, name: str = "") -> None:
    """Check that ``source`` is one of the two articles and ``tier`` one of its tier keys
    (``name``: the pair's place in a list, e.g. "tiers[0]")."""
    articles = [scheme_id for scheme_id, scheme in SCHEMES.items() if scheme.kind == "article"]
    one_of(f"{name}[0]" if name else "source", source, articles)
    scheme_tier(tier, source, f"{name}[1]" if name else "tier")


def _pairs(tiers: object) -> list:
    def pair(label: str, item: object) -> None:
        if not isinstance(item, (list, tuple)) or len(item) != 2:
            an_instance(label, item, (), "what_article_tier_pair_partipost")
        _article_tier(*item, name=label)

    return a_sequence("tiers", tiers, "what_article_tier_pairs", pair)
