"""The tiers, sources, sample accounts and campaign assumptions in ``data/``, checked on load.

Every read goes through ``core.csvdata`` (file, line and what is wrong, in both
languages). Nothing is read at import time; ``SCHEMES`` loads on first use.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

from .csvdata import cell_flag, cell_number, check_unique, folder, read_rows, row_error
from .records import Scheme, Source, Tier
from .validate import a_flag
from .words import phrase

__all__ = ["load_sources", "load_schemes", "load_sample_accounts",
           "load_campaign_assumptions", "SCHEMES"]

SAMPLE_FILE = "sample_accounts_synthetic.csv"


def load_sources(directory: Path | None = None) -> dict[str, Source]:
    """Read ``sources.csv``: every article and reference, by id."""
    path = folder(directory) / "sources.csv"
    columns = ["source", "kind", "publisher", "title", "author", "published", "updated",
               "platform", "where_to_read", "note"]
    sources: dict[str, Source] = {}
    seen: dict[str, int] = {}
    for line, row in read_rows(path, columns):
        if row["kind"] not in ("article", "reference"):
            raise row_error(path, line, "err_data_source_kind", kind=row["kind"])
        if not row["source"] or not row["title"] or not row["publisher"]:
            raise row_error(path, line, "err_data_source_required")
        check_unique(path, line, seen, "thing_source", row["source"])
        sources[row["source"]] = Source(
            id=row["source"], kind=row["kind"], publisher=row["publisher"], title=row["title"],
            author=row["author"], published=row["published"], updated=row["updated"],
            platform=row["platform"], where_to_read=row["where_to_read"], note=row["note"],
        )
    return sources


def load_schemes(directory: Path | None = None) -> dict[str, Scheme]:
    """Read ``schemes.csv`` and ``tiers.csv`` and check every rule; return schemes by id."""
    directory = folder(directory)
    sources = load_sources(directory)
    scheme_rows = _load_scheme_rows(directory / "schemes.csv", sources)
    tiers = _load_tiers(directory / "tiers.csv", sources, scheme_rows)
    schemes = {}
    for scheme_id, (line, row) in scheme_rows.items():
        scheme_tiers = tiers.get(scheme_id, [])
        if not scheme_tiers:
            raise row_error(directory / "schemes.csv", line, "err_data_scheme_no_tiers", scheme_id=scheme_id)
        schemes[scheme_id] = Scheme(
            id=scheme_id, kind=row["kind"], source=sources[row["source"]],
            names={"id": row["name_id"], "en": row["name_en"]}, edge_rule=row["edge_rule"],
            tiers=_ordered_and_contiguous(directory / "tiers.csv", scheme_id, scheme_tiers),
        )
    return schemes


def _load_scheme_rows(path: Path, sources: dict[str, Source]) -> dict[str, tuple[int, dict[str, str]]]:
    rows = {}
    for line, row in read_rows(path, ["scheme", "kind", "source", "name_id", "name_en", "edge_rule"]):
        if row["source"] not in sources:
            raise row_error(path, line, "err_data_unknown_source", source=row["source"])
        if row["kind"] != sources[row["source"]].kind:
            raise row_error(path, line, "err_data_kind_differs", kind=row["kind"])
        if not (row["scheme"] and row["name_id"] and row["name_en"] and row["edge_rule"]):
            raise row_error(path, line, "err_data_scheme_required")
        if row["scheme"] in rows:
            raise row_error(path, line, "err_data_scheme_twice", scheme=row["scheme"])
        rows[row["scheme"]] = (line, row)
    return rows


TIER_COLUMNS = ["scheme", "tier", "order", "name_id", "name_en", "min_followers", "min_included",
                "max_followers", "max_included", "max_by_convention", "quote_followers", "edge_note", "er_low",
                "er_high", "er_tolerance", "quote_er", "er_note"]


def _load_tiers(path: Path, sources: dict[str, Source], schemes: dict) -> dict[str, list[tuple[int, Tier]]]:
    tiers: dict[str, list[tuple[int, Tier]]] = {}
    for line, row in read_rows(path, TIER_COLUMNS):
        if row["scheme"] not in schemes:
            raise row_error(path, line, "err_data_unknown_scheme", scheme=row["scheme"])
        for column in ("tier", "name_id", "name_en", "quote_followers", "edge_note"):
            if not row[column]:
                raise row_error(path, line, "err_data_tier_required", column=column)
        low = cell_number(path, line, row, "min_followers", whole=True)
        high = cell_number(path, line, row, "max_followers", optional=True, whole=True)
        if high is not None and high <= low:
            raise row_error(path, line, "err_data_max_below_min", high=high, low=low)
        if high is None and row["max_by_convention"]:
            raise row_error(path, line, "err_data_convention_without_max", shown=repr(row["max_by_convention"]))
        band = _band(path, line, row)
        tolerance = cell_number(path, line, row, "er_tolerance", optional=True, at_most=100) or 0.0
        if tolerance and band is None:
            raise row_error(path, line, "err_data_tolerance_without_band")
        if tolerance and not row["er_note"]:
            raise row_error(path, line, "err_data_tolerance_unexplained")
        scheme_source = sources[schemes[row["scheme"]][1]["source"]]
        order = int(cell_number(path, line, row, "order", whole=True))
        tier = Tier(
            key=row["tier"], scheme=row["scheme"], order=order,
            names={"id": row["name_id"], "en": row["name_en"]},
            min_followers=low, min_included=cell_flag(path, line, row, "min_included"),
            max_followers=high,
            max_included=False if high is None else cell_flag(path, line, row, "max_included"),
            max_by_convention=False if high is None else cell_flag(path, line, row, "max_by_convention"),
            er_band=band, er_tolerance=tolerance, source=scheme_source,
            quote_followers=row["quote_followers"], edge_note=row["edge_note"],
            quote_er=row["quote_er"], er_note=row["er_note"],
        )
        tiers.setdefault(row["scheme"], []).append((line, tier))
    return tiers


def _band(path: Path, line: int, row: dict[str, str]) -> tuple[float, float] | None:
    low = cell_number(path, line, row, "er_low", optional=True, at_most=100)
    high = cell_number(path, line, row, "er_high", optional=True, at_most=100)
    if low is None and high is None:
        return None
    if low is None or high is None or low > high:
        raise row_error(path, line, "err_data_band_incomplete", er_low=row["er_low"], er_high=row["er_high"])
    if not row["quote_er"]:
        raise row_error(path, line, "err_data_band_no_quote")
    return (low, high)


def _ordered_and_contiguous(path: Path, scheme_id: str, rows: list[tuple[int, Tier]]) -> tuple[Tier, ...]:
    """Sort a scheme's tiers and check that they neither overlap nor leave a gap."""
    rows = sorted(rows, key=lambda item: item[1].order)
    orders = [tier.order for _, tier in rows]
    if orders != list(range(1, len(rows) + 1)):
        raise row_error(path, rows[0][0], "err_data_order", scheme_id=scheme_id, orders=orders)
    for (_, lower), (line, upper) in zip(rows, rows[1:]):
        name = f"{scheme_id}/{lower.key} -> {scheme_id}/{upper.key}"
        if lower.max_followers is None or lower.max_followers != upper.min_followers:
            raise row_error(path, line, "err_data_gap_or_overlap", name=name, max_followers=lower.max_followers,
                            min_followers=upper.min_followers)
        if lower.max_included == upper.min_included:
            both = phrase("edge_both_include" if lower.max_included else "edge_neither_includes")
            raise row_error(path, line, "err_data_edge_included", name=name, both=both,
                            min_followers=upper.min_followers)
    keys = [tier.key for _, tier in rows]
    if len(set(keys)) != len(keys):
        raise row_error(path, rows[0][0], "err_data_duplicate_tiers", scheme_id=scheme_id, keys=keys)
    return tuple(tier for _, tier in rows)


SAMPLE_COLUMNS = ["handle", "niche", "followers", "avg_likes", "avg_comments",
                  "avg_shares", "synthetic", "note"]


def load_sample_accounts(directory: Path | None = None, as_frame: bool = True):
    """The synthetic sample of fictional accounts (checked on load).

    Every row is made up by ``data/make_sample_accounts.py``; the ``synthetic``
    column says so on every row.

    Returns:
        a pandas DataFrame, or with ``as_frame=False`` a dict of columns (NumPy arrays
        for the counts, lists for the text), which spares a notebook kernel pandas.
    """
    a_flag("as_frame", as_frame)
    path = folder(directory) / SAMPLE_FILE
    rows = []
    seen: dict[str, int] = {}
    for line, row in read_rows(path, SAMPLE_COLUMNS):
        if row["synthetic"] != "yes":
            raise row_error(path, line, "err_data_not_synthetic")
        for column in ("followers", "avg_likes", "avg_comments", "avg_shares"):
            cell_number(path, line, row, column, whole=True)
        check_unique(path, line, seen, "thing_account", row["handle"])
        rows.append(row)
    counts = ["followers", "avg_likes", "avg_comments", "avg_shares"]
    if not as_frame:
        import numpy as np

        return {column: np.array([int(r[column]) for r in rows], dtype=np.int64) if column in counts
                else [r[column] for r in rows] for column in SAMPLE_COLUMNS}
    import pandas as pd

    frame = pd.DataFrame(rows, columns=SAMPLE_COLUMNS)
    frame[counts] = frame[counts].astype("int64")
    return frame


def load_campaign_assumptions(directory: Path | None = None) -> dict[str, dict[str, float | str]]:
    """Our example follower counts and costs per post for the campaign planner, by tier.

    They are assumptions of ours for practice (the file's ``note`` says so on every row),
    not figures from the articles and not market prices.
    """
    path = folder(directory) / "campaign_assumptions.csv"
    partipost = {t.key: t for t in SCHEMES["partipost"].tiers}
    assumptions = {}
    seen: dict[str, int] = {}
    for line, row in read_rows(path, ["tier", "followers_per_influencer", "cost_per_post_idr", "note"]):
        if "not market prices" not in row["note"]:
            raise row_error(path, line, "err_data_assumption_note")
        followers = cell_number(path, line, row, "followers_per_influencer", whole=True)
        if row["tier"] not in partipost or not partipost[row["tier"]].contains(followers):
            raise row_error(path, line, "err_data_assumption_tier", tier=row["tier"], followers=followers)
        check_unique(path, line, seen, "thing_tier", row["tier"])
        assumptions[row["tier"]] = {"followers": followers,
                                    "cost_per_post": cell_number(path, line, row, "cost_per_post_idr", whole=True),
                                    "note": row["note"]}
    missing = [key for key in partipost if key not in assumptions]
    if missing:
        raise row_error(path, None, "err_data_missing_tiers", missing=missing)
    return assumptions


class _LazySchemes(Mapping):
    """Every scheme from ``data/`` by id, read on first use (not at import)."""

    def __init__(self) -> None:
        self._schemes: dict[str, Scheme] | None = None

    def _load(self) -> dict[str, Scheme]:
        if self._schemes is None:
            self._schemes = load_schemes()
        return self._schemes

    def __getitem__(self, key: str) -> Scheme:
        return self._load()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())

    def __repr__(self) -> str:
        return f"SCHEMES({', '.join(self)})"


SCHEMES: Mapping[str, Scheme] = _LazySchemes()
