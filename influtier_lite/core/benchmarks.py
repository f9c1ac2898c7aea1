"""Engagement-rate benchmarks from vendors and a statistics portal, to read beside Partipost's bands.

Partipost's bands (nano 7-10%, micro 3-5%, ...) are one vendor's rule of thumb, with no
formula, platform or year. Figures published by others sit far lower (HypeAuditor's 2023
report: Instagram nano 2.78%). They are not independent either: HypeAuditor and Spamguard
are vendors, Statista is a statistics portal. ``data/benchmarks.csv`` lists them with
their source, kind and exact words. A rate is set beside the benchmark for its tier **and
platform** (``benchmark_for``), never beside another platform's figure, and every tool
uses a benchmark the same way: ``compare_with_benchmark`` for below / within / above and
``benchmark_gap`` (the rate over the benchmark's middle) for "how far off".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .csvdata import cell_flag, cell_number, check_unique, data_dir, folder, read_rows, row_error
from .data import SCHEMES
from .formatting import format_number, format_percent
from .table import Table
from .tier_text import band_text
from .tiers import scheme_tier
from .validate import an_instance, real_number
from .words import check_lang, text

__all__ = ["Benchmark", "KINDS", "DEFAULT_PLATFORM", "load_benchmarks", "platform_key", "benchmark_for",
           "primary_benchmark", "compare_with_benchmark", "benchmark_gap", "benchmark_sentence", "benchmark_table"]

COLUMNS = ["id", "tier", "publisher", "kind", "year", "platform", "their_tier", "their_min", "their_max", "low",
           "high", "primary", "quote", "where_to_read", "note"]
KINDS = ("vendor", "statistics_portal")
# The platform the lessons' by-followers examples are read against (08's explorer and
# calculator, 11's made-up accounts): every benchmark sentence names it.
DEFAULT_PLATFORM = "Instagram"
_PLATFORM_NAMES = {"ig": "instagram", "insta": "instagram", "instagram": "instagram", "tiktok": "tiktok",
                   "tt": "tiktok", "youtube": "youtube", "yt": "youtube"}


def platform_key(name: object) -> str:
    """The platform a cell names, in one spelling: "Instagram", " IG " and "insta" give
    "instagram"; "TikTok" and "Tik Tok" give "tiktok"; an empty or missing cell gives ""."""
    if name is None or (isinstance(name, float) and name != name):  # None or NaN: no platform
        return ""
    words = re.sub(r"[\s_.\-]+", "", str(name)).lower()
    return _PLATFORM_NAMES.get(words, words)


@dataclass(frozen=True)
class Benchmark:
    """One published engagement-rate figure (or band) for accounts of about one Partipost tier."""

    id: str
    tier: str  # the Partipost tier it is read beside
    publisher: str
    kind: str  # one of KINDS: who publishes it
    year: str
    platform: str
    their_tier: str  # the tier's name in the benchmark's own source
    their_range: tuple[float, float] | None  # its follower range there, where the source states one
    low: float
    high: float  # equal to low for a single figure
    primary: bool
    quote: str
    where_to_read: str
    note: str

    @property
    def label(self) -> str:
        """"HypeAuditor 2023, Instagram": publisher without description, year, platform."""
        return ", ".join(p for p in (f"{self.publisher.split(' (')[0]} {self.year}".strip(), self.platform) if p)

    @property
    def middle(self) -> float:
        """The single figure, or the middle of the band: what ``benchmark_gap`` divides by."""
        return (self.low + self.high) / 2

    def kind_text(self, lang: str) -> str:
        """"Tolok ukur vendor" / "Vendor benchmark", or what a statistics portal's figure is."""
        return text(f"bench_kind_{self.kind}", lang)

    def their_tier_text(self, lang: str) -> str:
        """"nano: 1.000–10.000 pengikut", or the name and "rentang pengikut tidak disebut"."""
        if self.their_range is None:
            return text("bench_their_tier_unstated", lang, tier=self.their_tier)
        low, high = (format_number(v, lang) for v in self.their_range)
        return text("bench_their_tier", lang, tier=self.their_tier, low=low, high=high)

    def value_text(self, lang: str) -> str:
        if self.low == self.high:
            return format_percent(self.low, lang, decimals=2)
        return text("bench_band", lang, low=format_number(self.low, lang), high=format_percent(self.high, lang,
                                                                                               decimals=2))


def load_benchmarks(directory: Path | None = None) -> tuple[Benchmark, ...]:
    """Read ``benchmarks.csv``: each row checked, at most one primary benchmark per tier and platform."""
    if directory is None:
        return _default_benchmarks()
    path = folder(directory) / "benchmarks.csv"
    tiers = {t.key for t in SCHEMES["partipost"].tiers}
    rows, primary, seen = [], {}, {}
    for line, row in read_rows(path, COLUMNS):
        check_unique(path, line, seen, "thing_benchmark", row["id"])
        if row["tier"] not in tiers:
            raise row_error(path, line, "err_benchmarks_tier", tier=row["tier"])
        if row["kind"] not in KINDS:
            raise row_error(path, line, "err_benchmarks_kind", kind=row["kind"], kinds=", ".join(KINDS))
        if not platform_key(row["platform"]):
            raise row_error(path, line, "err_benchmarks_no_platform")
        low, high = cell_number(path, line, row, "low"), cell_number(path, line, row, "high")
        if not low <= high <= 100:
            raise row_error(path, line, "err_benchmarks_low_high", low=row["low"], high=row["high"])
        if not row["publisher"] or not row["quote"]:
            raise row_error(path, line, "err_benchmarks_required")
        is_primary = cell_flag(path, line, row, "primary")
        slot = (row["tier"], platform_key(row["platform"]))
        if is_primary and slot in primary:
            raise row_error(path, line, "err_benchmarks_two_primaries", tier=row["tier"], platform=row["platform"],
                            slot=primary[slot])
        if is_primary:
            primary[slot] = row["id"]
        their_min = cell_number(path, line, row, "their_min", optional=True)
        their_max = cell_number(path, line, row, "their_max", optional=True)
        their_range = None if their_min is None or their_max is None else (their_min, their_max)
        rows.append(Benchmark(row["id"], row["tier"], row["publisher"], row["kind"], row["year"], row["platform"],
                              row["their_tier"], their_range, low, high, is_primary, row["quote"], row["where_to_read"],
                              row["note"]))
    return tuple(rows)


@lru_cache(maxsize=1)
def _default_benchmarks() -> tuple[Benchmark, ...]:
    return load_benchmarks(data_dir())


def benchmark_for(tier_key: str, platform: object = DEFAULT_PLATFORM) -> Benchmark | None:
    """The benchmark a rate of this Partipost tier **on this platform** is read beside, or None
    where our references give no figure for that tier and platform (mega; YouTube; a row that
    names no platform). A TikTok rate is never read beside an Instagram figure."""
    scheme_tier(tier_key)
    wanted = platform_key(platform)
    return next((b for b in load_benchmarks()
                 if b.tier == tier_key and b.primary and platform_key(b.platform) == wanted), None) if wanted else None


def primary_benchmark(tier_key: str) -> Benchmark | None:
    """The tier's benchmark on the lessons' platform (``DEFAULT_PLATFORM``), or None (mega)."""
    return benchmark_for(tier_key, DEFAULT_PLATFORM)


def compare_with_benchmark(er_percent: float, benchmark: Benchmark) -> str:
    """"below", "within" (at a single figure, or inside a band) or "above"."""
    rate = real_number("er_percent", er_percent, non_negative=True)
    _a_benchmark(benchmark)
    if rate < benchmark.low:
        return "below"
    if rate > benchmark.high:
        return "above"
    return "within"


def benchmark_gap(er_percent: float, benchmark: Benchmark) -> float:
    """How far off the benchmark a rate is: the rate over the benchmark's middle (``Benchmark.middle``).

    2 means twice the benchmark, 0.5 half of it. Notebook 11's screen and notebook 14's
    "well below" flag both use this number."""
    rate = real_number("er_percent", er_percent, non_negative=True)
    return rate / _a_benchmark(benchmark).middle


def benchmark_sentence(er_percent: float, tier_key: str, lang: str = "id", platform: object = DEFAULT_PLATFORM) -> str:
    """One sentence: the rate against the benchmark for its tier and platform, named with what kind
    of source it is, or that there is none."""
    lang = check_lang(lang)
    real_number("er_percent", er_percent, non_negative=True)
    benchmark = benchmark_for(tier_key, platform)
    tier = scheme_tier(tier_key).name(lang)
    if benchmark is None:
        return text("bench_none", lang, tier=tier, platform=str(platform))
    where = compare_with_benchmark(er_percent, benchmark)
    shape = "single" if benchmark.low == benchmark.high else "band"
    return text(f"bench_{shape}_{where}", lang, kind=benchmark.kind_text(lang), er=format_percent(er_percent, lang),
                source=benchmark.label, their_tier=benchmark.their_tier_text(lang), value=benchmark.value_text(lang))


def _a_benchmark(benchmark: object) -> Benchmark:
    return an_instance("benchmark", benchmark, Benchmark, "what_benchmark_benchmark")


def benchmark_table(lang: str = "id") -> Table:
    """Every benchmark beside Partipost's band for the same tier: what kind of source it is,
    its platform, and the source's words."""
    lang = check_lang(lang)
    rows = []
    for b in load_benchmarks():
        tier = SCHEMES["partipost"].tier(b.tier)
        rows.append([tier.name(lang), band_text(tier, lang), f"{b.label} ({text(f'bench_who_{b.kind}', lang)})",
                     b.their_tier_text(lang), b.value_text(lang), f"\u201c{b.quote}\u201d"])
    columns = [text(k, lang) for k in ("col_tier", "bench_col_partipost", "col_source", "bench_col_their_tier",
                                       "bench_col_value", "bench_col_quote")]
    return Table(columns, rows)
