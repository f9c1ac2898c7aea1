"""Every taxonomy's answer for one follower count: the sources side by side.

``compare_schemes(followers, lang)`` is a table (one row per scheme: source, kind, tier,
range); ``edge_table(lang)`` shows the counts where the articles disagree or leave the
edge open. ``TaxonomyComparison`` wires one follower slider to both and to a ladder
figure with every scheme.
"""

from __future__ import annotations

import ipywidgets as widgets

from ._validate import real_number
from .data import SCHEMES
from .formatting import format_number
from .i18n import check_lang, text
from .inputs import FollowerInput, count_note, error_html, error_text, note_html
from .plotting import TierLadder, figure_image
from .report import tier_range_text
from .table import Table

__all__ = ["sources_table", "compare_schemes", "edge_table", "TaxonomyComparison", "EDGES"]

EDGES = (1_000, 5_000, 30_000, 100_000, 1_000_000)  # counts where the sources' words meet


def _articles_first() -> list[str]:
    """Scheme ids, the two articles before the reference taxonomies."""
    return sorted(SCHEMES, key=lambda scheme_id: SCHEMES[scheme_id].kind != "article")


def sources_table(lang: str = "id") -> Table:
    """Every source (articles first): who, what kind of publisher, article or reference, date."""
    lang = check_lang(lang)
    rows = []
    for scheme in (SCHEMES[scheme_id] for scheme_id in _articles_first()):
        source = scheme.source
        rows.append([source.short_name, text(f"source_about_{source.id}", lang), text(f"kind_{source.kind}", lang),
                     _source_date(source, lang)])
    columns = [text(key, lang) for key in ("col_source", "col_about", "col_kind", "col_date")]
    return Table(columns, rows)


def _source_date(source, lang: str) -> str:
    if source.published and source.updated:
        return text("date_updated", lang, published=source.published, updated=source.updated)
    return source.updated or source.published or text("no_date", lang)


def compare_schemes(followers: float, lang: str = "id") -> Table:
    """One row per scheme (articles first): who says it, article or reference, the tier
    of ``followers`` and that tier's range."""
    count = real_number("followers", followers, non_negative=True)
    lang = check_lang(lang)
    rows = []
    for scheme in (SCHEMES[scheme_id] for scheme_id in _articles_first()):
        tier = scheme.find(count)
        rows.append([
            scheme.source.short_name,
            text(f"kind_{scheme.kind}", lang),
            tier.name(lang) if tier else text("no_tier_short", lang),
            tier_range_text(tier, lang) if tier else "\u2013",
        ])
    columns = [text(key, lang) for key in ("col_source", "col_kind", "col_tier", "col_followers")]
    caption = text("compare_caption", lang, followers=format_number(round(count), lang))
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


class TaxonomyComparison:
    """One follower slider; every taxonomy's answer as a table and as a ladder figure.

    Args:
        lang: ``"id"`` or ``"en"``.
        followers: the starting follower count.
    """

    def __init__(self, lang: str = "id", followers: float = 100_000) -> None:
        self.lang = check_lang(lang)
        self.error: Exception | None = None
        self.follower_input = FollowerInput(lang, followers, on_change=lambda count: self.refresh(),
                                            on_error=self._take_down)
        self.table_html = widgets.HTML(layout=widgets.Layout(align_self="stretch"))  # fills the row inside its margins
        self.ladder = TierLadder(lang, schemes=tuple(_articles_first()), title_key="compare_title")
        self.image, framed = figure_image()
        self.widget = widgets.VBox([self.follower_input.widget, self.table_html, framed],
                                   layout=widgets.Layout(width="100%"))
        self.refresh()

    @property
    def followers(self) -> float:
        return self.follower_input.followers

    def table(self) -> Table:
        return compare_schemes(self.followers, self.lang)

    def refresh(self) -> None:
        """Redraw the table and the figure; never raises (an error replaces them)."""
        try:
            if self.followers == 0:  # no audience yet: no tier in any source
                self.table_html.value = note_html(count_note(0, self.lang))
                self.image.layout.display = "none"
                self.error = None
                return
            self.table_html.value = self.table()._repr_html_()
            self.ladder.show(self.followers)
            self.image.value = self.ladder.png()
        except Exception as error:  # noqa: BLE001 - a widget must not raise into the notebook
            self._take_down(error, show=True)
            return
        self.error = None
        self.image.layout.display = None

    def _take_down(self, error: Exception, show: bool = False) -> None:
        """Remove the table and the figure, which no longer match the box (see ``TierExplorer``)."""
        self.error = error
        self.table_html.value = error_html(error, self.lang) if show else ""
        self.image.layout.display = "none"

    def _repr_mimebundle_(self, **kwargs: object) -> dict:
        bundle = self.widget._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = error_text(self.error, self.lang) if self.error else repr(self.table())
        return bundle
