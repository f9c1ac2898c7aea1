"""Every taxonomy's answer for one follower count: the sources side by side.

``compare_schemes(followers, lang)`` is a table (one row per scheme: source, kind, tier,
range); ``edge_table(lang)`` shows the counts where the articles disagree or leave the
edge open; ``sources_table(lang)`` says who each source is. ``widgets.compare`` wires a
follower slider to them and to a ladder figure with every scheme.
"""

from __future__ import annotations

from .data import SCHEMES
from .formatting import format_number
from .records import Source
from .table import Table
from .tier_text import tier_range_text
from .validate import an_instance, real_number
from .words import check_lang, text

__all__ = ["sources_table", "compare_schemes", "edge_table", "articles_first", "source_date", "EDGES"]

EDGES = (1_000, 5_000, 30_000, 100_000, 1_000_000)  # counts where the sources' words meet


def articles_first() -> list[str]:
    """Scheme ids, the two articles before the reference taxonomies."""
    return sorted(SCHEMES, key=lambda scheme_id: SCHEMES[scheme_id].kind != "article")


def sources_table(lang: str = "id") -> Table:
    """Every source (articles first): who, what kind of publisher, article or reference, date."""
    lang = check_lang(lang)
    rows = []
    for scheme in (SCHEMES[scheme_id] for scheme_id in articles_first()):
        source = scheme.source
        rows.append([source.short_name, text(f"source_about_{source.id}", lang), text(f"kind_{source.kind}", lang),
                     source_date(source, lang)])
    columns = [text(key, lang) for key in ("col_source", "col_about", "col_kind", "col_date")]
    return Table(columns, rows)


def source_date(source: Source, lang: str = "id") -> str:
    """When a source was published (and updated), or that it does not say."""
    an_instance("source", source, Source, "what_source_schemes_partipost_source")
    lang = check_lang(lang)
    if source.published and source.updated:
        return text("date_updated", lang, published=source.published, updated=source.updated)
    return source.updated or source.published or text("no_date", lang)


def compare_schemes(followers: float, lang: str = "id") -> Table:
    """One row per scheme (articles first): who says it, article or reference, the tier
    of ``followers`` and that tier's range."""
    count = real_number("followers", followers, non_negative=True)
    lang = check_lang(lang)
    rows = []
    for scheme in (SCHEMES[scheme_id] for scheme_id in articles_first()):
        tier = scheme.find(count)
        rows.append([
            scheme.source.short_name,
            text(f"kind_{scheme.kind}", lang),
            tier.name(lang) if tier else text("no_tier_short", lang),
            tier_range_text(tier, lang) if tier else "\u2013",
        ])
    columns = [text(key, lang) for key in ("col_source", "col_kind", "col_tier", "col_followers")]
    caption = text("compare_caption", lang, round(count), followers=format_number(round(count), lang))
    return Table(columns, rows, caption=caption)


def edge_table(lang: str = "id") -> Table:
    """The two articles at each edge count, with our note on how the edge is read."""
    lang = check_lang(lang)
    rows = []
    for edge in EDGES:
        cells = [format_number(edge, lang)]
        for scheme_id in ("partipost", "harmony"):
            tier = SCHEMES[scheme_id].find(edge)
            cells.append(tier.name(lang) if tier else text("no_tier_short", lang))
        cells.append(text(f"edge_{edge}", lang))
        rows.append(cells)
    columns = [text("col_followers", lang), "Partipost", "Harmony", text("col_why", lang)]
    return Table(columns, rows)
