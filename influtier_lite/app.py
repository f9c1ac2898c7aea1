"""The code-free workshop app (``make app`` serves it with Voilà).

    from influtier_lite.app import WorkshopApp
    WorkshopApp(lang="id")

A language switch on top, then four tabs: the tier explorer, the seven-source comparison,
the campaign planner and your own shortlist (kept in memory only). Switching the language
rebuilds the tabs in the other language,
keeps everything the trainer has set (follower counts, engagement rate, every planner
control, the open tab) and closes every widget of the old build, layouts and styles
included, so that a morning of switching does not fill the kernel.
"""

from __future__ import annotations

from html import escape

import ipywidgets as widgets

from .campaign import CampaignPlanner
from .compare import TaxonomyComparison
from .explorer import TierExplorer
from .i18n import check_lang, text
from .inputs import error_html
from .shortlist import ShortlistExplorer

__all__ = ["WorkshopApp"]

LANGUAGE_CHOICES = (("Bahasa Indonesia", "id"), ("English", "en"))
# Tab titles are never cut to "Penjelajah ti…": on a phone the tabs wrap onto a second line.
# The chosen language is a filled button.
APP_CSS = """<style>
.influtier-app .lm-TabBar-content { flex-wrap: wrap; }
.influtier-app .lm-TabBar-tab { flex: 0 0 auto !important; min-width: 0; max-width: none !important; }
.influtier-app .widget-toggle-button.mod-active { background: #0D47A1; color: #FFFFFF; font-weight: bold; }
</style>"""


def _close_tree(widget: widgets.Widget, closed: set[int] | None = None) -> None:
    """Close a widget and every widget it holds (children, but also its layout and style,
    which are widgets too), so the kernel does not keep old copies."""
    closed = set() if closed is None else closed
    if id(widget) in closed:
        return
    closed.add(id(widget))
    for name in widget.keys:
        value = getattr(widget, name, None)
        for item in value if isinstance(value, (list, tuple)) else (value,):
            if isinstance(item, widgets.Widget):
                _close_tree(item, closed)
    widget.close()


class WorkshopApp:
    """Explorer, comparison and planner in tabs, with a language switch.

    Args:
        lang: the starting language, ``"id"`` or ``"en"``.
        followers: the starting follower count of the explorer and the comparison.
    """

    def __init__(self, lang: str = "id", followers: float = 25_000) -> None:
        # The chosen language carries a tick and a filled button; the label says what the buttons are.
        self.language = widgets.ToggleButtons(options=LANGUAGE_CHOICES, value=check_lang(lang),
                                              description="Bahasa / Language", button_style="",
                                              style={"button_width": "auto", "description_width": "initial",
                                                     "font_weight": "bold"})
        self._mark_language()
        self.body = widgets.VBox()
        self.widget = widgets.VBox([widgets.HTML(APP_CSS), self.language, self.body],
                                   layout=widgets.Layout(width="100%"))
        self.widget.add_class("influtier-app")
        self._build(lang, followers, 100_000)
        self.language.observe(self._on_language, names="value")

    @property
    def lang(self) -> str:
        return self.language.value

    def _mark_language(self) -> None:
        self.language.icons = ["check" if code == self.language.value else "" for _, code in LANGUAGE_CHOICES]
        self.language.tooltips = [name for name, _ in LANGUAGE_CHOICES]

    def _on_language(self, change: dict) -> None:
        self._mark_language()
        old, tab = self.body.children, self.tabs.selected_index
        previous = self.explorer, self.comparison, self.planner, self.shortlist, self.tabs
        try:
            self._build(change["new"], self.explorer.followers, self.comparison.followers,
                        er_percent=self.explorer.er_percent, planner=self.planner.settings(),
                        shortlist=self.shortlist.settings())
        except Exception as error:  # noqa: BLE001 - a switch must not raise into the notebook
            self.explorer, self.comparison, self.planner, self.shortlist, self.tabs = previous
            self.body.children = [widgets.HTML(error_html(error, change["new"])), *old[-2:]]
            return
        self.tabs.selected_index = tab
        for widget in old:
            _close_tree(widget)

    def _build(self, lang: str, followers: float, compared: float, er_percent: float = 4.0,
               planner: dict | None = None, shortlist: dict | None = None) -> None:
        self.explorer = TierExplorer(lang=lang, followers=followers, er_percent=er_percent)
        self.comparison = TaxonomyComparison(lang, followers=compared)
        self.planner = CampaignPlanner(lang, settings=planner)
        self.shortlist = ShortlistExplorer(lang, settings=shortlist)
        self.tabs = widgets.Tab(children=[self.explorer.widget, self.comparison.widget, self.planner.widget,
                                          self.shortlist.widget],
                                titles=[text(k, lang) for k in ("app_tab_explorer", "app_tab_compare",
                                                                 "app_tab_planner", "app_tab_shortlist")])
        heading = widgets.HTML(f"<h2>{escape(text('app_title', lang))}</h2><p>{escape(text('app_intro', lang))}</p>")
        self.body.children = [heading, self.tabs]

    def _repr_mimebundle_(self, **kwargs: object) -> dict:
        bundle = self.widget._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = text("app_title", self.lang)
        return bundle
