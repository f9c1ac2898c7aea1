"""influtier_lite: influencer tiers from two Indonesian articles, for teaching notebooks.

Everything a notebook, the app or a tool uses is importable from here:

    from influtier_lite import classify, TierExplorer, citations_table

The layers, bottom to top (each imports only from the ones below it):

- ``influtier_lite.core``: everything pure (records, numbers, words, data files, the text
  of every answer, the planner's arithmetic, the shortlist reader, the quiz's logic);
- ``influtier_lite.figures``: every figure (matplotlib);
- ``influtier_lite.widgets``: controls wired to the core (ipywidgets);
- ``influtier_lite.app``: the workshop app.

Importing the package does little work: it loads the numbers in both languages (Babel),
the records and the words' index; any other name (``SCHEMES`` and the data loaders, the
tiers, the figures, the widgets...) is imported the first time it is asked for (``LAZY``
says where each lives), so a notebook without widgets never loads them, and the data
files are read on first use.
"""

from __future__ import annotations

import importlib

from .core.errors import DataError
from .core.formatting import format_compact, format_number, format_percent, parse_count
from .core.records import Scheme, Source, Tier
from .core.words import LANGS

# Names imported on first use: module (relative to this package) -> names.
LAZY: dict[str, tuple[str, ...]] = {
    "core.accounts": ("read_accounts", "flag_text", "to_csv_bytes", "to_xlsx_bytes", "Accounts", "Problem"),
    "core.accounts_table": ("AccountsTable",),
    "core.audience": ("load_audience_sample", "screen", "Thresholds", "screening_table", "summary_line",
                      "comment_repetition", "largest_weekly_growth", "following_ratio", "engagement_gap"),
    "core.band": ("band_verdict", "calculation_lines"),
    "core.benchmarks": ("load_benchmarks", "benchmark_for", "benchmark_sentence", "benchmark_table",
                        "primary_benchmark", "compare_with_benchmark", "benchmark_gap", "platform_key"),
    "core.campaign": ("plan_campaign", "planning_rate", "format_rupiah", "objective_advice", "cost_per_engagement",
                      "cost_per_mille", "cost_per_thousand_reached", "cost_per_view", "CampaignPlan"),
    "core.citations": ("citations_table", "citations_for", "load_citations", "NOTEBOOKS"),
    "core.claims": ("claims_table", "tier_overview", "brand_claims", "load_claims"),
    "core.compare": ("compare_schemes", "edge_table", "sources_table", "source_date"),
    "core.csvdata": ("data_dir",),
    "core.data": ("SCHEMES", "load_schemes", "load_sources", "load_sample_accounts", "load_campaign_assumptions"),
    "core.disclosure": ("captions_table", "disclosure_labels", "vague_words", "load_captions", "label_line"),
    "core.engagement": ("engagement_rate", "assess_engagement", "expected_engagements", "ER_MAX"),
    "core.errors": ("BilingualError", "BilingualValueError", "BilingualTypeError", "AccountsError"),
    "core.export": ("explorer_data", "scheme_order"),
    "core.formatting": ("read_count", "count_note"),
    "core.words": ("text", "MESSAGES", "check_lang", "error_text"),
    "core.palette": ("tier_colour", "TIER_COLOURS", "NO_TIER_COLOUR"),
    "core.platforms": ("pricing_table", "formula_lines", "cost_lines", "rate_by_followers", "rate_by_views",
                       "load_pricing_models"),
    "core.quiz": ("load_questions", "sample_tier_questions", "taught_lessons", "Question", "LESSONS"),
    "core.records": ("FOLLOWER_RANGE",),
    "core.report": ("describe_account", "describe_ladder", "tier_table", "AccountReport", "ARTICLES"),
    "core.shortlist": ("sample_path", "result_table", "problems_table"),
    "core.table": ("Table", "Paragraphs"),
    "core.tier_text": ("tier_range_text", "band_text"),
    "core.tiers": ("classify", "classify_many", "tier_codes", "get_scheme"),
    "figures": ("TierLadder", "StaticFigure", "engagement_scatter", "plan_figure", "growth_figure"),
    "widgets.audience": ("AudienceScreen",),
    "widgets.band": ("EngagementBandMeter",),
    "widgets.calculator": ("EngagementCalculator",),
    "widgets.campaign": ("CampaignPlanner",),
    "widgets.compare": ("TaxonomyComparison",),
    "widgets.disclosure": ("CaptionChecker",),
    "widgets.explorer": ("TierExplorer",),
    "widgets.platforms": ("FormulaComparison", "CostMeasures"),
    "widgets.quiz": ("Quiz",),
    "widgets.shortlist": ("ShortlistExplorer",),
    "app": ("WorkshopApp",),
}
_WHERE = {name: module for module, names in LAZY.items() for name in names}

__all__ = [
    "LANGS", "Scheme", "Source", "Tier", "DataError",
    "format_number", "format_percent", "format_compact", "parse_count",
    *_WHERE,
]


def __getattr__(name: str) -> object:
    """A name of ``LAZY``, imported from its module the first time it is asked for."""
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_WHERE))
