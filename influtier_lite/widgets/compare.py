"""The seven-source comparison: one follower slider wired to ``core.compare``. Wiring only."""

from __future__ import annotations

import ipywidgets as widgets

from ..core.compare import articles_first, compare_schemes
from ..core.formatting import count_note
from ..core.table import Table
from ..core.words import check_lang
from ..figures import TierLadder
from .controls import FollowerInput, error_html, error_text, figure_image, note_html

__all__ = ["TaxonomyComparison"]


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
        self.ladder = TierLadder(lang, schemes=tuple(articles_first()), title_key="compare_title")
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
        except Exception as error:  # a widget must not raise into the notebook
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
