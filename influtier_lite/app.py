"""The code-free workshop app (``make app`` serves it with Voilà).

    from influtier_lite import WorkshopApp
    WorkshopApp(lang="id")

A language switch on top, then four tabs: the tier explorer, the seven-source comparison,
the campaign planner and your own shortlist (in the serving kernel's memory). Only the explorer is
built when the page opens; each other tab is built the first time it is opened, so a
phone draws about a quarter of the widgets at first and a workshop server prepares each
page in less time. Switching the language rebuilds the built tabs in the other language,
keeps everything the trainer has set (follower counts, engagement rate, every planner
control, the open tab) and closes every widget of the old build, layouts and styles
included, so that a morning of switching does not fill the kernel.
"""

from __future__ import annotations

from html import escape

import ipywidgets as widgets

from .core.words import check_lang, text
from .widgets.campaign import CampaignPlanner
from .widgets.compare import TaxonomyComparison
from .widgets.controls import error_html
from .widgets.explorer import TierExplorer
from .widgets.shortlist import ShortlistExplorer

__all__ = ["WorkshopApp"]

LANGUAGE_CHOICES = (("Bahasa Indonesia", "id"), ("English", "en"))
LATER_TABS = ("comparison", "planner", "shortlist")  # tabs 2-4, built when first opened
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
        followers: the starting follower count of the explorer (the comparison starts at 100.000).
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
        # Settings of the tabs not built yet (comparison, planner, shortlist), kept across switches.
        self._waiting = {"comparison": 100_000, "planner": None, "shortlist": None}
        self._build(lang, followers)
        self.language.observe(self._on_language, names="value")

    @property
    def lang(self) -> str:
        return self.language.value

    # The three later tabs, built on first use (opening the tab, or reading the attribute).
    @property
    def comparison(self) -> TaxonomyComparison:
        return self._built("comparison")

    @property
    def planner(self) -> CampaignPlanner:
        return self._built("planner")

    @property
    def shortlist(self) -> ShortlistExplorer:
        return self._built("shortlist")

    def _mark_language(self) -> None:
        self.language.icons = ["check" if code == self.language.value else "" for _, code in LANGUAGE_CHOICES]
        self.language.tooltips = [name for name, _ in LANGUAGE_CHOICES]

    def _make(self, name: str, lang: str, setting: object) -> object:
        if name == "comparison":
            return TaxonomyComparison(lang, followers=setting)
        if name == "planner":
            return CampaignPlanner(lang, settings=setting)
        return ShortlistExplorer(lang, settings=setting)

    def _built(self, name: str) -> object:
        if name not in self._parts:
            part = self._make(name, self.lang, self._waiting[name])
            self._parts[name] = part
            self._slots[LATER_TABS.index(name)].children = [part.widget]
        return self._parts[name]

    def _on_tab(self, change: dict) -> None:
        index = change["new"]
        if index is not None and 1 <= index <= len(LATER_TABS):
            try:
                self._built(LATER_TABS[index - 1])
            except Exception as error:  # shown in the tab, never raised into the page
                self._slots[index - 1].children = [widgets.HTML(error_html(error, self.lang))]

    def _settings(self) -> dict:
        """Every tab's settings: read from the built tabs, carried for the others."""
        read = {"comparison": lambda part: part.followers, "planner": lambda part: part.settings(),
                "shortlist": lambda part: part.settings()}
        return {name: read[name](self._parts[name]) if name in self._parts else self._waiting[name]
                for name in LATER_TABS}

    def _on_language(self, change: dict) -> None:
        self._mark_language()
        old, tab = self.body.children, self.tabs.selected_index
        previous = self.explorer, self._parts, self._slots, self.tabs
        self._waiting = self._settings()
        try:
            self._build(change["new"], self.explorer.followers, er_percent=self.explorer.er_percent,
                        rebuild=[name for name in LATER_TABS if name in previous[1]])
        except Exception as error:  # a switch must not raise into the notebook
            self.explorer, self._parts, self._slots, self.tabs = previous
            self.body.children = [widgets.HTML(error_html(error, change["new"])), *old[-2:]]
            return
        self.tabs.selected_index = tab
        for widget in old:
            _close_tree(widget)

    def _build(self, lang: str, followers: float, er_percent: float = 4.0, rebuild: list[str] = ()) -> None:
        explorer = TierExplorer(lang=lang, followers=followers, er_percent=er_percent)
        parts = {name: self._make(name, lang, self._waiting[name]) for name in rebuild}
        slots = [widgets.VBox([parts[name].widget] if name in parts else [], layout=widgets.Layout(width="100%"))
                 for name in LATER_TABS]
        tabs = widgets.Tab(children=[explorer.widget, *slots],
                           titles=[text(k, lang) for k in ("app_tab_explorer", "app_tab_compare",
                                                            "app_tab_planner", "app_tab_shortlist")])
        self.explorer, self._parts, self._slots, self.tabs = explorer, parts, slots, tabs
        tabs.observe(self._on_tab, names="selected_index")
        heading = widgets.HTML(f"<h2>{escape(text('app_title', lang))}</h2><p>{escape(text('app_intro', lang))}</p>")
        self.body.children = [heading, tabs]

    def _repr_mimebundle_(self, **kwargs: object) -> dict:
        bundle = self.widget._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = text("app_title", self.lang)
        return bundle
