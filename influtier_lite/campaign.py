"""Planning a campaign with a mix of tiers: reach, engagements and cost per engagement.

``plan_campaign`` is pure arithmetic on numbers the user sets; where the articles give
no figure, the number is an assumption and is labelled so:

- engagement rate: the middle of Partipost's band for the tier (7-10% gives 8,5%); for
  mega the article's "sekitar 1%". Taking the middle is our reading.
- followers per influencer and cost per post: the user's sliders, starting from our
  example values in ``data/campaign_assumptions.csv`` (not market prices).
- reach: followers times the share of them who see a post (a slider; the articles give
  no figure), assuming the influencers' audiences do not overlap. The slider starts at
  100%, the theoretical upper bound (every follower sees every post): our assumption, not
  a typical figure; we have no source for a lower one.

``CampaignPlanner`` wires controls to it (per tier one row: a typeable count, and
followers and cost each as a slider with a box to type the amount and a readout with its
unit) and shows a table and a chart, or a plain sentence for an empty plan.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

import ipywidgets as widgets

from ._validate import MAX_NUMBER, a_mapping, out_of_range, real_number, shown
from .data import SCHEMES, load_campaign_assumptions
from .formatting import format_number, format_percent
from .i18n import bilingual, check_lang, text
from .inputs import AmountInput, error_html, error_text, fluid, labelled
from .plotting import DPI, FIGURE_WIDTH_IN, FONT, StaticFigure, figure_image, tier_colour, to_png
from .report import tier_range_text
from .table import Table
from .tiers import scheme_tier

__all__ = ["TIERS", "OBJECTIVES", "planning_rate", "TierPlan", "CampaignPlan", "plan_campaign", "format_rupiah",
           "objective_advice", "CampaignPlanner", "cost_per_engagement", "cost_per_mille",
           "cost_per_thousand_reached", "cost_per_view"]

TIERS = ("nano", "micro", "macro", "mega")
OBJECTIVES = ("awareness", "interest", "sales")


def planning_rate(tier_key: str) -> float:
    """The engagement rate (percent) the planner uses for a tier: the middle of Partipost's band."""
    low, high = scheme_tier(tier_key).er_band
    return (low + high) / 2


def format_rupiah(value: float, lang: str = "id") -> str:
    """``Rp 2.000.000`` (id), ``Rp 2,000,000`` (en)."""
    return f"Rp\u00a0{format_number(round(real_number('value', value)), lang)}"


@dataclass(frozen=True)
class TierPlan:
    """One tier's line of the plan."""

    tier: str
    influencers: int
    posts: int
    followers: float
    er_percent: float
    reach: float
    engagements: float
    cost: float

    @property
    def cost_per_engagement(self) -> float | None:
        return self.cost / self.engagements if self.engagements else None


@dataclass(frozen=True)
class CampaignPlan:
    lines: tuple[TierPlan, ...]
    budget: float

    @property
    def cost(self) -> float:
        return sum(line.cost for line in self.lines)

    @property
    def reach(self) -> float:
        return sum(line.reach for line in self.lines)

    @property
    def engagements(self) -> float:
        return sum(line.engagements for line in self.lines)

    @property
    def cost_per_engagement(self) -> float | None:
        return self.cost / self.engagements if self.engagements else None

    @property
    def remaining(self) -> float:
        """Budget left over (negative: over budget)."""
        return self.budget - self.cost

    def table(self, lang: str = "id") -> Table:
        """Per tier and in total: influencers, posts, reach, engagements, cost, cost per engagement."""
        lang = check_lang(lang)
        names = {t.key: t.name(lang) for t in SCHEMES["partipost"].tiers}

        def cpe(value: float | None) -> str:
            return "\u2013" if value is None else format_rupiah(value, lang)

        rows = [[names[line.tier], format_number(line.influencers, lang), format_number(line.posts, lang),
                 format_percent(line.er_percent, lang), format_number(round(line.reach), lang),
                 format_number(round(line.engagements), lang), format_rupiah(line.cost, lang),
                 cpe(line.cost_per_engagement)] for line in self.lines]
        rows.append([text("plan_total", lang), format_number(sum(x.influencers for x in self.lines), lang),
                     format_number(sum(x.posts for x in self.lines), lang), "", format_number(round(self.reach), lang),
                     format_number(round(self.engagements), lang), format_rupiah(self.cost, lang),
                     cpe(self.cost_per_engagement)])
        columns = [text(f"plan_col_{key}", lang)
                   for key in ("tier", "influencers", "posts", "er", "reach", "engagements", "cost", "cpe")]
        return Table(columns, rows, align_right=columns[1:])

    def budget_line(self, lang: str = "id") -> str:
        key = "plan_within_budget" if self.remaining >= 0 else "plan_over_budget"
        return text(key, lang, cost=format_rupiah(self.cost, lang), budget=format_rupiah(self.budget, lang),
                    difference=format_rupiah(abs(self.remaining), lang))

    def figure(self, lang: str = "id") -> StaticFigure:
        """Two bar charts per tier: expected engagements, and cost per engagement."""
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        lang = check_lang(lang)
        figure = Figure(figsize=(FIGURE_WIDTH_IN, 3.6), dpi=DPI, layout="constrained")
        FigureCanvasAgg(figure)
        left, right = figure.subplots(1, 2, sharey=True)
        names = [SCHEMES["partipost"].tier(line.tier).name(lang) for line in self.lines]
        colours = [tier_colour(line.tier) for line in self.lines]
        rows = range(len(self.lines))
        engagements = [line.engagements for line in self.lines]
        costs = [line.cost_per_engagement or 0 for line in self.lines]
        for ax, values, title, label in ((left, engagements, "plan_chart_engagements", format_number),
                                         (right, costs, "plan_chart_cpe", format_rupiah)):
            ax.barh(rows, values, color=colours, edgecolor="black", linewidth=0.5)
            ax.set_title(text(title, lang), fontsize=FONT)
            top = max(values) if any(values) else 1
            ax.set_xlim(0, top * 1.45)
            ax.set_xticks([])
            for row, value in zip(rows, values):
                shown = label(round(value), lang) if value else "\u2013"
                ax.text(value + top * 0.02, row, shown, va="center", fontsize=FONT - 2)
            for side in ("top", "right", "bottom"):
                ax.spines[side].set_visible(False)
        left.set_yticks(list(rows), names, fontsize=FONT, parse_math=False)  # names from data/: never maths
        left.invert_yaxis()
        figure.suptitle(text("plan_chart_title", lang), fontsize=FONT + 1)
        parts = [text("plan_chart_row", lang, tier=name, engagements=format_number(round(e), lang),
                      cpe="\u2013" if not c else format_rupiah(c, lang))
                 for name, e, c in zip(names, engagements, costs)]
        return StaticFigure(figure, text("plan_chart_description", lang, rows=" ".join(parts)))


def plan_campaign(influencers: dict[str, int], cost_per_post: dict[str, float], followers: dict[str, float],
                  budget: float, posts_per_influencer: int = 1, reach_share_percent: float = 100.0) -> CampaignPlan:
    """Reach, engagements and cost per tier for a mix of influencers.

    Args:
        influencers: how many influencers of each tier (keys from ``TIERS``).
        cost_per_post: the cost of one post by one influencer of the tier, in rupiah (an assumption).
        followers: followers of one influencer of the tier (an assumption; must fall in the tier).
        budget: the campaign budget in rupiah.
        posts_per_influencer: posts each influencer makes.
        reach_share_percent: share of followers who see a post (an assumption; 100 is the upper bound).
    """
    real_number("budget", budget, non_negative=True)
    for name, values in (("influencers", influencers), ("cost_per_post", cost_per_post), ("followers", followers)):
        a_mapping(name, values)
        unknown = [key for key in values if key not in TIERS]
        if unknown:
            raise ValueError(bilingual(f"{name} = {shown(values)}: tingkatan tidak dikenal {unknown}; pakai {list(TIERS)}.",
                                       f"{name} = {shown(values)}: unknown tier(s) {unknown}; use {list(TIERS)}."))
    posts = real_number("posts_per_influencer", posts_per_influencer, non_negative=True)
    share = real_number("reach_share_percent", reach_share_percent, non_negative=True)
    if share > 100:
        raise ValueError(bilingual(f"reach_share_percent = {reach_share_percent!r}: paling besar 100.",
                                   f"reach_share_percent = {reach_share_percent!r}: at most 100."))
    lines = []
    for key in TIERS:
        count = real_number(f"influencers[{key!r}]", influencers.get(key, 0), non_negative=True)
        if not count:
            continue
        audience = real_number(f"followers[{key!r}]", followers.get(key), non_negative=True)
        tier = SCHEMES["partipost"].tier(key)
        if not tier.contains(audience):
            raise ValueError(bilingual(
                f"followers[{key!r}] = {followers[key]!r}: harus berada dalam rentang {tier.name('id')} menurut Partipost.",
                f"followers[{key!r}] = {followers[key]!r}: must be within Partipost's {tier.name('en')} range."))
        price = real_number(f"cost_per_post[{key!r}]", cost_per_post.get(key), non_negative=True)
        rate = planning_rate(key)
        line = TierPlan(tier=key, influencers=int(count), posts=int(count * posts), followers=audience,
                        er_percent=rate, reach=count * audience * share / 100,
                        engagements=count * posts * audience * rate / 100, cost=count * posts * price)
        if line.cost > MAX_NUMBER:  # a plan is shown in full: every total must be writable exactly
            raise out_of_range(f"cost_per_post[{key!r}]", cost_per_post[key])
        if line.reach > MAX_NUMBER or line.engagements > MAX_NUMBER:
            raise out_of_range(f"followers[{key!r}]", followers[key])
        lines.append(line)
    plan = CampaignPlan(tuple(lines), float(budget))
    if plan.cost > MAX_NUMBER:
        raise out_of_range("cost_per_post", cost_per_post)
    return plan


def _cost_per(cost: float, amount: float, name: str, per: float = 1) -> float | None:
    price = real_number("cost", cost, non_negative=True)
    count = real_number(name, amount, non_negative=True)
    return price / count * per if count else None


def cost_per_engagement(cost: float, engagements: float) -> float | None:
    """Cost ÷ engagements, in rupiah per engagement (None when there are no engagements)."""
    return _cost_per(cost, engagements, "engagements")


def cost_per_mille(cost: float, impressions: float) -> float | None:
    """CPM, the cost per thousand impressions: cost ÷ impressions × 1,000 (None for no impressions).

    Impressions count showings: one person may see a post several times. For people, see
    ``cost_per_thousand_reached`` (a different figure, not CPM).
    """
    return _cost_per(cost, impressions, "impressions", per=1000)


def cost_per_thousand_reached(cost: float, reach: float) -> float | None:
    """Cost ÷ reach × 1,000, in rupiah per thousand people reached (None for no reach). Not CPM."""
    return _cost_per(cost, reach, "reach", per=1000)


def cost_per_view(cost: float, views: float) -> float | None:
    """Cost ÷ views, in rupiah per view of a video (None when there are no views)."""
    return _cost_per(cost, views, "views")


def objective_advice(objective: str, lang: str = "id") -> str:
    """What Partipost says about the tiers for an objective (awareness, interest, sales)."""
    if objective not in OBJECTIVES:
        raise ValueError(bilingual(f"objective = {objective!r}: pilih salah satu dari {list(OBJECTIVES)}.",
                                   f"objective = {objective!r}: choose one of {list(OBJECTIVES)}."))
    return text(f"advice_{objective}", check_lang(lang))


# Slider stops: round numbers only, so that a slider set to 500.000 shows 500.000 (a log
# slider with a step would show 501.187). 1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5 per power of ten.
MANTISSAS = (1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5)


def round_steps(low: float, high: float, keep: float | None = None) -> list[float]:
    """Round numbers from ``low`` to ``high`` (both inclusive), plus ``keep`` if it is not one."""
    steps = {round(m * 10**k) for k in range(int(math.floor(math.log10(low))), int(math.log10(high)) + 1)
             for m in MANTISSAS if low <= m * 10**k <= high}
    if keep is not None:
        steps.add(keep)
    return sorted(steps)


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
                raise ValueError(bilingual(f"influencers[{key!r}] = {shown(start.get(key))}: harus bilangan bulat 0 sampai 50.",
                                           f"influencers[{key!r}] = {shown(start.get(key))}: must be a whole number from 0 to 50."))
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
        assumed = widgets.HTML(f"<i style='line-height:1.4;display:block'>{escape(text('plan_assumed', lang), quote=False)}</i>",
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
        except Exception as error:  # noqa: BLE001 - a widget must not raise into the notebook
            self.error = error
            self.result.value = error_html(error, self.lang)
            self.image.layout.display = "none"
            return
        self.error = None
        self.image.layout.display = None if self.image.value else "none"

    def _show(self, plan: CampaignPlan) -> None:
        lang = self.lang
        self.advice.value = f"<p style='line-height:1.4'>{escape(objective_advice(self.objective.value, lang), quote=False)}</p>"
        self.budget_readout.value = f"<b>{format_rupiah(plan.budget, lang)}</b>"
        if not plan.lines:  # a plain sentence, not an empty table and a broken image
            self.result.value = f"<p style='font-size:1.1em;line-height:1.4'>{escape(text('plan_empty', lang), quote=False)}</p>"
            self.image.value = b""
            self.image.layout.display = "none"
            return
        colour = "#1B5E20" if plan.remaining >= 0 else "#B00020"
        self.result.value = (plan.table(lang)._repr_html_()
                             + f"<p style='font-size:1.1em;line-height:1.4;color:{colour}'><b>{escape(plan.budget_line(lang), quote=False)}</b></p>")
        self.image.value = to_png(plan.figure(lang).figure)

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
                    raise ValueError(bilingual(f"settings = {shown(settings)}: kunci {name!r} tidak dikenal.",
                                               f"settings = {shown(settings)}: unknown key {name!r}."))
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
