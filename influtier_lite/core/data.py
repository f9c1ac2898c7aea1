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
            raise row_error(path, line, f"kind = {row['kind']!r} harus 'article' atau 'reference'.",
                         f"kind = {row['kind']!r} must be 'article' or 'reference'.")
        if not row["source"] or not row["title"] or not row["publisher"]:
            raise row_error(path, line, "source, title dan publisher wajib diisi.",
                         "source, title and publisher are required.")
        check_unique(path, line, seen, ("sumber", "source"), row["source"])
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
            raise row_error(directory / "schemes.csv", line, f"skema {scheme_id!r} tidak punya tingkatan di tiers.csv.",
                         f"scheme {scheme_id!r} has no tiers in tiers.csv.")
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
            raise row_error(path, line, f"sumber {row['source']!r} tidak ada di sources.csv.",
                         f"source {row['source']!r} is not in sources.csv.")
        if row["kind"] != sources[row["source"]].kind:
            raise row_error(path, line, f"kind {row['kind']!r} tidak sama dengan kind sumbernya.",
                         f"kind {row['kind']!r} differs from its source's kind.")
        if not (row["scheme"] and row["name_id"] and row["name_en"] and row["edge_rule"]):
            raise row_error(path, line, "scheme, name_id, name_en dan edge_rule wajib diisi.",
                         "scheme, name_id, name_en and edge_rule are required.")
        if row["scheme"] in rows:
            raise row_error(path, line, f"skema {row['scheme']!r} muncul dua kali.", f"scheme {row['scheme']!r} appears twice.")
        rows[row["scheme"]] = (line, row)
    return rows


TIER_COLUMNS = ["scheme", "tier", "order", "name_id", "name_en", "min_followers", "min_included",
                "max_followers", "max_included", "quote_followers", "edge_note", "er_low", "er_high",
                "er_tolerance", "quote_er", "er_note"]


def _load_tiers(path: Path, sources: dict[str, Source], schemes: dict) -> dict[str, list[tuple[int, Tier]]]:
    tiers: dict[str, list[tuple[int, Tier]]] = {}
    for line, row in read_rows(path, TIER_COLUMNS):
        if row["scheme"] not in schemes:
            raise row_error(path, line, f"skema {row['scheme']!r} tidak ada di schemes.csv.",
                         f"scheme {row['scheme']!r} is not in schemes.csv.")
        for column in ("tier", "name_id", "name_en", "quote_followers", "edge_note"):
            if not row[column]:
                raise row_error(path, line, f"{column} wajib diisi (setiap angka perlu sumber dan kutipannya).",
                             f"{column} is required (every number needs its source and quote).")
        low = cell_number(path, line, row, "min_followers", whole=True)
        high = cell_number(path, line, row, "max_followers", optional=True, whole=True)
        if high is not None and high <= low:
            raise row_error(path, line, f"max_followers ({high:g}) harus lebih besar daripada min_followers ({low:g}).",
                         f"max_followers ({high:g}) must be greater than min_followers ({low:g}).")
        band = _band(path, line, row)
        tolerance = cell_number(path, line, row, "er_tolerance", optional=True, at_most=100) or 0.0
        if tolerance and band is None:
            raise row_error(path, line, "er_tolerance tanpa er_low/er_high.", "er_tolerance without er_low/er_high.")
        if tolerance and not row["er_note"]:
            raise row_error(path, line, "er_tolerance adalah konvensi kami dan perlu dijelaskan di er_note.",
                         "er_tolerance is our convention and must be explained in er_note.")
        scheme_source = sources[schemes[row["scheme"]][1]["source"]]
        order = int(cell_number(path, line, row, "order", whole=True))
        tier = Tier(
            key=row["tier"], scheme=row["scheme"], order=order,
            names={"id": row["name_id"], "en": row["name_en"]},
            min_followers=low, min_included=cell_flag(path, line, row, "min_included"),
            max_followers=high,
            max_included=False if high is None else cell_flag(path, line, row, "max_included"),
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
        raise row_error(path, line, f"rentang keterlibatan {row['er_low']!r}-{row['er_high']!r} tidak lengkap atau terbalik.",
                     f"engagement band {row['er_low']!r}-{row['er_high']!r} is incomplete or reversed.")
    if not row["quote_er"]:
        raise row_error(path, line, "rentang keterlibatan tanpa kutipan sumber (quote_er).",
                     "engagement band without its source quote (quote_er).")
    return (low, high)


def _ordered_and_contiguous(path: Path, scheme_id: str, rows: list[tuple[int, Tier]]) -> tuple[Tier, ...]:
    """Sort a scheme's tiers and check that they neither overlap nor leave a gap."""
    rows = sorted(rows, key=lambda item: item[1].order)
    orders = [tier.order for _, tier in rows]
    if orders != list(range(1, len(rows) + 1)):
        raise row_error(path, rows[0][0], f"order dalam skema {scheme_id!r} harus 1, 2, 3, ... tanpa loncat: {orders}.",
                     f"order within scheme {scheme_id!r} must run 1, 2, 3, ... without skipping: {orders}.")
    for (_, lower), (line, upper) in zip(rows, rows[1:]):
        name = f"{scheme_id}/{lower.key} -> {scheme_id}/{upper.key}"
        if lower.max_followers is None or lower.max_followers != upper.min_followers:
            raise row_error(path, line, f"{name}: batas atas {lower.max_followers} tidak sama dengan batas bawah "
                         f"{upper.min_followers:g} (celah atau tumpang tindih).",
                         f"{name}: upper edge {lower.max_followers} differs from lower edge "
                         f"{upper.min_followers:g} (a gap or an overlap).")
        if lower.max_included == upper.min_included:
            both = "keduanya memuat" if lower.max_included else "tidak ada yang memuat"
            both_en = "both include" if lower.max_included else "neither includes"
            raise row_error(path, line, f"{name}: {both} {upper.min_followers:g}; tepat satu tingkatan harus memuatnya.",
                         f"{name}: {both_en} {upper.min_followers:g}; exactly one tier must include it.")
    keys = [tier.key for _, tier in rows]
    if len(set(keys)) != len(keys):
        raise row_error(path, rows[0][0], f"kunci tingkatan ganda dalam skema {scheme_id!r}: {keys}.",
                     f"duplicate tier keys in scheme {scheme_id!r}: {keys}.")
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
            raise row_error(path, line, "setiap akun contoh harus bertanda synthetic = yes.",
                         "every sample account must be marked synthetic = yes.")
        for column in ("followers", "avg_likes", "avg_comments", "avg_shares"):
            cell_number(path, line, row, column, whole=True)
        check_unique(path, line, seen, ("akun", "account"), row["handle"])
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
            raise row_error(path, line, "note harus menyatakan bahwa angka ini asumsi, bukan harga pasar.",
                         "note must say these are assumptions, not market prices.")
        followers = cell_number(path, line, row, "followers_per_influencer", whole=True)
        if row["tier"] not in partipost or not partipost[row["tier"]].contains(followers):
            raise row_error(path, line, f"{row['tier']!r} bukan tingkatan Partipost, atau {followers:g} di luar rentangnya.",
                         f"{row['tier']!r} is not a Partipost tier, or {followers:g} is outside its range.")
        check_unique(path, line, seen, ("tingkatan", "tier"), row["tier"])
        assumptions[row["tier"]] = {"followers": followers,
                                    "cost_per_post": cell_number(path, line, row, "cost_per_post_idr", whole=True),
                                    "note": row["note"]}
    missing = [key for key in partipost if key not in assumptions]
    if missing:
        raise row_error(path, None, f"tidak ada baris untuk tingkatan {missing}; setiap tingkatan Partipost perlu satu.",
                     f"no row for tier(s) {missing}; every Partipost tier needs one.")
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
