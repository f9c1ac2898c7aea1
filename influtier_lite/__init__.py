"""influtier_lite: influencer tiers from two Indonesian articles, for teaching notebooks.

Importing the package does no work: data loads on first use, and the plotting and
widget modules (``influtier_lite.plotting``, ``influtier_lite.explorer``) are imported
only by the notebooks that need them.
"""

from .data import SCHEMES, DataError, load_sample_accounts, load_schemes, load_sources
from .engagement import assess_engagement, engagement_rate, expected_engagements
from .formatting import format_compact, format_number, format_percent, parse_count
from .i18n import LANGS
from .schemes import Scheme, Source, Tier
from .tiers import classify, classify_many, get_scheme, tier_codes

__all__ = [
    "SCHEMES", "LANGS", "Scheme", "Source", "Tier", "DataError",
    "classify", "classify_many", "tier_codes", "get_scheme",
    "engagement_rate", "assess_engagement", "expected_engagements",
    "format_number", "format_percent", "format_compact", "parse_count",
    "load_schemes", "load_sources", "load_sample_accounts",
]
