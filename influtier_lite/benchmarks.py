"""Independent engagement-rate benchmarks, to read beside Partipost's bands.

Partipost's bands (nano 7-10%, micro 3-5%, ...) are one vendor's rule of thumb, with no
formula, platform or year. Benchmarks measured by others sit far lower (HypeAuditor's
2023 report: Instagram nano 2.78%). ``data/benchmarks.csv`` lists them with their source
and exact words; the explorer, the band meter and the calculator show a rate against
Partipost's band and against the tier's primary benchmark, each named.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ._validate import real_number
from .data import SCHEMES, _error, _folder, _unique, _flag, _number, _read_rows, data_dir
from .formatting import format_number, format_percent
from .i18n import check_lang, text
from .table import Table

__all__ = ["Benchmark", "load_benchmarks", "primary_benchmark", "compare_with_benchmark", "benchmark_sentence",
           "benchmark_table"]

COLUMNS = ["id", "tier", "publisher", "year", "platform", "their_tier", "their_min", "their_max", "low", "high",
           "primary", "quote", "where_to_read", "note"]


@dataclass(frozen=True)
class Benchmark:
    """One published engagement-rate figure (or band) for accounts of about one Partipost tier."""

    id: str
    tier: str  # the Partipost tier it is read beside
    publisher: str
    year: str
    platform: str
    their_tier: str  # the tier's name in the benchmark's own source
    their_range: tuple[float, float] | None  # its follower range there, where the source states one
    low: float
    high: float  # equal to low for a single average
    primary: bool
    quote: str
    where_to_read: str
    note: str

    @property
    def label(self) -> str:
        """"HypeAuditor 2023, Instagram": publisher without description, year, platform."""
        return ", ".join(p for p in (f"{self.publisher.split(' (')[0]} {self.year}".strip(), self.platform) if p)

    def their_tier_text(self, lang: str) -> str:
        """"nano, 1.000–10.000 pengikut" (or just the name where the source states no range)."""
        if self.their_range is None:
            return self.their_tier
        low, high = (format_number(v, lang) for v in self.their_range)
        return text("bench_their_tier", lang, tier=self.their_tier, low=low, high=high)

    def value_text(self, lang: str) -> str:
        if self.low == self.high:
            return text("bench_average", lang, value=format_percent(self.low, lang, decimals=2))
        return text("bench_band", lang, low=format_number(self.low, lang), high=format_percent(self.high, lang, decimals=2))


def load_benchmarks(directory: Path | None = None) -> tuple[Benchmark, ...]:
    """Read ``benchmarks.csv``: each row checked, at most one primary benchmark per tier."""
    if directory is None:
        return _default_benchmarks()
    path = _folder(directory) / "benchmarks.csv"
    tiers = {t.key for t in SCHEMES["partipost"].tiers}
    rows, primary, seen = [], {}, {}
    for line, row in _read_rows(path, COLUMNS):
        _unique(path, line, seen, ("pembanding", "benchmark"), row["id"])
        if row["tier"] not in tiers:
            raise _error(path, line, f"tier = {row['tier']!r} bukan tingkatan Partipost.",
                         f"tier = {row['tier']!r} is not a Partipost tier.")
        low, high = _number(path, line, row, "low"), _number(path, line, row, "high")
        if not low <= high <= 100:
            raise _error(path, line, f"low = {row['low']!r}, high = {row['high']!r}: harus 0 <= low <= high <= 100.",
                         f"low = {row['low']!r}, high = {row['high']!r}: must be 0 <= low <= high <= 100.")
        if not row["publisher"] or not row["quote"]:
            raise _error(path, line, "publisher dan quote wajib diisi.", "publisher and quote are required.")
        is_primary = _flag(path, line, row, "primary")
        if is_primary and row["tier"] in primary:
            raise _error(path, line, f"tingkatan {row['tier']!r} sudah punya tolok ukur utama.",
                         f"tier {row['tier']!r} already has a primary benchmark.")
        if is_primary:
            primary[row["tier"]] = row["id"]
        their_min = _number(path, line, row, "their_min", optional=True)
        their_max = _number(path, line, row, "their_max", optional=True)
        their_range = None if their_min is None or their_max is None else (their_min, their_max)
        rows.append(Benchmark(row["id"], row["tier"], row["publisher"], row["year"], row["platform"],
                              row["their_tier"], their_range, low, high, is_primary, row["quote"], row["where_to_read"],
                              row["note"]))
    return tuple(rows)


@lru_cache(maxsize=1)
def _default_benchmarks() -> tuple[Benchmark, ...]:
    return load_benchmarks(data_dir())


def primary_benchmark(tier_key: str) -> Benchmark | None:
    """The benchmark read beside a Partipost tier, or None where our references give none (mega)."""
    return next((b for b in load_benchmarks() if b.tier == tier_key and b.primary), None)


def compare_with_benchmark(er_percent: float, benchmark: Benchmark) -> str:
    """"below", "within" (at an average, or inside a band) or "above"."""
    rate = real_number("er_percent", er_percent, non_negative=True)
    if rate < benchmark.low:
        return "below"
    if rate > benchmark.high:
        return "above"
    return "within"


def benchmark_sentence(er_percent: float, tier_key: str, lang: str = "id") -> str:
    """One sentence: the rate against the tier's independent benchmark, named, or that there is none."""
    lang = check_lang(lang)
    benchmark = primary_benchmark(tier_key)
    tier = SCHEMES["partipost"].tier(tier_key).name(lang)
    if benchmark is None:
        return text("bench_none", lang, tier=tier)
    where = compare_with_benchmark(er_percent, benchmark)
    kind = "average" if benchmark.low == benchmark.high else "band"
    return text(f"bench_{kind}_{where}", lang, er=format_percent(er_percent, lang), source=benchmark.label,
                their_tier=benchmark.their_tier_text(lang), value=benchmark.value_text(lang))


def benchmark_table(lang: str = "id") -> Table:
    """Every benchmark beside Partipost's band for the same tier, with the source's words."""
    lang = check_lang(lang)
    from .report import band_text  # here, not at import: report imports this module

    rows = []
    for b in load_benchmarks():
        tier = SCHEMES["partipost"].tier(b.tier)
        rows.append([tier.name(lang), band_text(tier, lang), b.label, b.their_tier_text(lang), b.value_text(lang),
                     f"\u201c{b.quote}\u201d"])
    columns = [text(k, lang) for k in ("col_tier", "bench_col_partipost", "col_source", "bench_col_their_tier",
                                       "bench_col_value", "bench_col_quote")]
    return Table(columns, rows)
