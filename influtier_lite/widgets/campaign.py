"""The campaign planner: controls wired to ``core.campaign.plan_campaign``. Wiring only.

Per tier one row: a typeable count, and followers and cost each as a slider with a box to
type the amount and a readout with its unit. It shows the plan's table and chart
(``figures.plan_figure``), or a plain sentence for an empty plan.
"""

from __future__ import annotations

from html import escape

import ipywidgets as widgets

from ..core.campaign import OBJECTIVES, TIERS, CampaignPlan, format_rupiah, objective_advice, plan_campaign, round_steps
from ..core.data import SCHEMES, load_campaign_assumptions
from ..core.tier_text import tier_range_text
from ..core.validate import a_mapping, real_number, shown
from ..core.words import check_lang, text, value_error
from ..figures import plan_figure, to_png
from .controls import AmountInput, error_html, error_text, figure_image, fluid, labelled

__all__ = ["CampaignPlanner"]


class CampaignPlanner:
    """Sliders for the objective, the budget, and per tier the number of influencers,
    their followers and their cost per post; a table, a budget line and a chart.

    Args:
        lang: ``"id"`` or ``"en"``.
        budget: the starting budget in rupiah.
        influencers: starting number of influencers per tier.
        settings: every control's value, from another planner's ``settings()`` (drawn once).
    """

    def __init__(self, lang: str = "id", budget: float = 50_000_000,
                 influencers: dict[str, int] | None = None, settings: dict | None = None) -> None:
        self.lang = check_lang(lang)
        assumptions = load_campaign_assumptions()
        start = a_mapping("influencers", influencers) if influencers is not None else {"nano": 10, "micro": 4,
                                                                                         "macro": 1, "mega": 0}
        for key in TIERS:
            whole = real_number(f"influencers[{key!r}]", start.get(key, 0), non_negative=True)
            if whole != int(whole) or whole > 50:
                raise value_error("err_planner_influencers", parameter=f"influencers[{key!r}]", value=start.get(key),
                                  tier=key, shown=shown(start.get(key)))
        self.objective = widgets.Dropdown(options=[(text(f"objective_{o}", lang), o) for o in OBJECTIVES],
                                          value="awareness", layout=fluid("360px"))
        budget = real_number("budget", budget, non_negative=True)
        self.budget = AmountInput(lang, text("plan_budget", lang), budget,
                                  lambda keep: round_steps(1e6, 1e10, keep=keep), 0, 1e10, kind="rupiah")
        self.budget_readout = self.budget.readout
        # Typeable numbers (the spin box takes typing and arrows); a slider this short was unusable.
        self.posts = widgets.BoundedIntText(value=1, min=1, max=10, layout=widgets.Layout(flex="0 0 7em"))
        self.reach_share = widgets.IntSlider(value=100, min=0, max=100, step=5, readout=True, layout=fluid())
        self.count, self.followers, self.cost, tier_rows = {}, {}, {}, []
        for key in TIERS:
            tier = SCHEMES["partipost"].tier(key)
            low = max(tier.min_followers, 100)
            high = tier.max_followers or 10_000_000
            self.count[key] = widgets.BoundedIntText(value=int(start.get(key, 0)), min=0, max=50,
                                                     layout=widgets.Layout(flex="0 0 7em"))
            audience, price = assumptions[key]["followers"], assumptions[key]["cost_per_post"]
            self.followers[key] = AmountInput(
                lang, text("plan_followers_each", lang), audience,
                lambda keep, tier=tier, low=low, high=high: [v for v in round_steps(low, high, keep=keep)
                                                              if tier.contains(v)],
                low, high, unit_key="unit_followers")
            self.cost[key] = AmountInput(lang, text("plan_cost_each", lang), price,
                                         lambda keep: round_steps(1e4, 1e9, keep=keep), 0, 1e9, kind="rupiah",
                                         unit_key="unit_per_post")
            heading = text("plan_tier_heading", lang, tier=tier.name(lang), range=tier_range_text(tier, lang))
            tier_rows.append(widgets.VBox([
                widgets.HTML(f"<h4 style='margin:4px 0'>{escape(heading, quote=False)}</h4>"),
                widgets.GridBox([labelled(text("plan_count", lang), self.count[key]),
                                 self.followers[key].widget, self.cost[key].widget],
                                layout=widgets.Layout(grid_template_columns="repeat(auto-fit, minmax(240px, 1fr))",
                                                      grid_gap="4px 16px", width="100%"))],
                layout=widgets.Layout(width="100%", border_top="1px solid #BDBDBD", padding="4px 0 6px 0")))
        # Each tier's cost readout (the followers' readouts are in self.followers[key].readout).
        self.grid_readouts = {key: self.cost[key].readout for key in TIERS}
        self.reset_button = widgets.Button(description=text("plan_reset", lang), icon="undo",
                                           layout=widgets.Layout(width="auto"))
        self.reset_button.on_click(lambda button: self.restore(self._start))
        self.advice = widgets.HTML(layout=widgets.Layout(align_self="stretch"))  # fills the row inside its margins
        self.result = widgets.HTML(layout=widgets.Layout(align_self="stretch"))  # fills the row inside its margins
        self.image, framed = figure_image()
        assumed = widgets.HTML("<i style='line-height:1.4;display:block'>"
                               f"{escape(text('plan_assumed', lang), quote=False)}</i>",
                               layout=widgets.Layout(align_self="stretch"))
        self.widget = widgets.VBox([
            labelled(text("plan_objective", lang), self.objective), self.advice,
            self.budget.widget,
            widgets.GridBox([labelled(text("plan_posts", lang), self.posts),
                             labelled(text("plan_reach", lang), self.reach_share)],
                            layout=widgets.Layout(grid_template_columns="repeat(auto-fit, minmax(240px, 1fr))",
                                                  grid_gap="4px 16px", width="100%")),
            assumed, *tier_rows, self.reset_button, self.result, framed,
        ], layout=widgets.Layout(width="100%"))
        for control in (self.objective, self.budget, self.posts, self.reach_share, *self.count.values(),
                        *self.followers.values(), *self.cost.values()):
            control.observe(lambda change: self._restoring or self.refresh(), names="value")
        self._restoring = False
        self.error: Exception | None = None
        self._start = self.settings()
        if settings is not None:
            self.restore(settings)
        else:
            self.refresh()

    def plan(self) -> CampaignPlan:
        return plan_campaign({k: s.value for k, s in self.count.items()},
                             {k: s.value for k, s in self.cost.items()},
                             {k: s.value for k, s in self.followers.items()},
                             budget=self.budget.value, posts_per_influencer=self.posts.value,
                             reach_share_percent=self.reach_share.value)

    def refresh(self) -> None:
        """Recompute the plan; never raises (an error replaces the table and hides the chart)."""
        try:
            self._show(self.plan())
        except Exception as error:  # a widget must not raise into the notebook
            self.error = error
            self.result.value = error_html(error, self.lang)
            self.image.layout.display = "none"
            return
        self.error = None
        self.image.layout.display = None if self.image.value else "none"

    def _show(self, plan: CampaignPlan) -> None:
        lang = self.lang
        advice = escape(objective_advice(self.objective.value, lang), quote=False)
        self.advice.value = f"<p style='line-height:1.4'>{advice}</p>"
        self.budget_readout.value = f"<b>{format_rupiah(plan.budget, lang)}</b>"
        if not plan.lines:  # a plain sentence, not an empty table and a broken image
            self.result.value = ("<p style='font-size:1.1em;line-height:1.4'>"
                                 f"{escape(text('plan_empty', lang), quote=False)}</p>")
            self.image.value = b""
            self.image.layout.display = "none"
            return
        colour = "#1B5E20" if plan.remaining >= 0 else "#B00020"
        self.result.value = (plan.table(lang)._repr_html_()
                             + f"<p style='font-size:1.1em;line-height:1.4;color:{colour}'>"
                             f"<b>{escape(plan.budget_line(lang), quote=False)}</b></p>")
        self.image.value = to_png(plan_figure(plan, lang).figure)

    def settings(self) -> dict:
        """Every value the user can set, to carry over to another planner (``restore``)."""
        return {"objective": self.objective.value, "budget": self.budget.value, "posts": self.posts.value,
                "reach_share": self.reach_share.value,
                **{f"{name}_{key}": sliders[key].value for name, sliders in
                   (("count", self.count), ("followers", self.followers), ("cost", self.cost)) for key in TIERS}}

    def restore(self, settings: dict) -> None:
        """Set every control from ``settings()`` of another planner; redraws once."""
        controls = {"objective": self.objective, "budget": self.budget, "posts": self.posts,
                    "reach_share": self.reach_share,
                    **{f"{name}_{key}": sliders[key] for name, sliders in
                       (("count", self.count), ("followers", self.followers), ("cost", self.cost)) for key in TIERS}}
        a_mapping("settings", settings)
        self._restoring = True
        try:
            for name, value in settings.items():
                if name not in controls:
                    raise value_error("err_planner_settings", parameter="settings", value=settings,
                                      settings=shown(settings), name=name)
                controls[name].value = value
        finally:
            self._restoring = False
        self.refresh()

    def _repr_mimebundle_(self, **kwargs: object) -> dict:
        bundle = self.widget._repr_mimebundle_(**kwargs)
        if self.error is not None:
            bundle["text/plain"] = error_text(self.error, self.lang)
            return bundle
        plan = self.plan()
        bundle["text/plain"] = f"{plan.table(self.lang)!r}\n{plan.budget_line(self.lang)}"
        return bundle
