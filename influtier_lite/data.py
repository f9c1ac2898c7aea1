"""Load and check the plain CSV files in ``data/``.

The files are meant to be opened in a spreadsheet by a teacher. Because a hand edit can
break them, every load is checked: a problem is reported with the file, the line and
what is wrong, in Indonesian and English. Nothing is read at import time; ``SCHEMES``
loads on first use.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from ._validate import MAX_NUMBER, MAX_NUMBER_TEXT, shown
from .i18n import bilingual
from .schemes import Scheme, Source, Tier

__all__ = ["DataError", "data_dir", "load_sources", "load_schemes", "load_sample_accounts",
           "load_campaign_assumptions", "SCHEMES"]

SAMPLE_FILE = "sample_accounts_synthetic.csv"


class DataError(ValueError):
    """A data file is missing, malformed, or breaks a rule (overlap, gap, no source)."""


def data_dir() -> Path:
    """The folder holding the data files, found from the package, not the working directory."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "data", here.parent / "data"):  # installed wheel, then checkout
        if (candidate / "tiers.csv").is_file():
            return candidate
    raise DataError(
        bilingual(
            f"Folder data tidak ditemukan di samping paket ({here}).",
            f"The data folder was not found beside the package ({here}).",
        )
    )


def _folder(directory: object) -> Path:
    """The folder to read: ``data_dir()`` for None, else ``directory`` as a Path."""
    if directory is None:
        return data_dir()
    if isinstance(directory, (str, os.PathLike)) and str(directory):
        return Path(directory)
    raise TypeError(
        bilingual(
            f"directory = {shown(directory)}: harus berupa folder (str atau Path) atau None untuk data/ bawaan.",
            f"directory = {shown(directory)}: must be a folder (str or Path), or None for the bundled data/.",
        )
    )


def _error(path: Path, line: int | None, id_problem: str, en_problem: str) -> DataError:
    where = f"{path.name}" + (f", baris {line}" if line else "")
    where_en = f"{path.name}" + (f", line {line}" if line else "")
    return DataError(bilingual(f"{where}: {id_problem}", f"{where_en}: {en_problem}"))


_SAVE_AS = ("Di Excel: File > Save As > 'CSV UTF-8 (Comma delimited) (*.csv)'.",
            "In Excel: File > Save As > 'CSV UTF-8 (Comma delimited) (*.csv)'.")


def _read_text(path: Path) -> str:
    """The file as text, or an error saying how to save it when it is not UTF-8."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        reason = f"{exc.strerror or type(exc).__name__}: {shown(str(path), 80)}"
        raise _error(path, None, f"tidak bisa dibuka ({reason}).", f"cannot be opened ({reason}).") from None
    head = data[:200]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (head and head.count(0) * 4 >= len(head)):
        raise _error(path, None, f"tersimpan sebagai UTF-16 (Unicode), bukan UTF-8. {_SAVE_AS[0]}",
                     f"is saved as UTF-16 (Unicode), not UTF-8. {_SAVE_AS[1]}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        byte = data[exc.start:exc.start + 1]
        raise _error(path, line, f"bukan UTF-8: byte {byte.hex()} ({byte.decode('cp1252', 'replace')!r} dalam "
                     f"ANSI/Windows-1252). {_SAVE_AS[0]}",
                     f"is not UTF-8: byte {byte.hex()} ({byte.decode('cp1252', 'replace')!r} in "
                     f"ANSI/Windows-1252). {_SAVE_AS[1]}") from None


def _read_rows(path: Path, required: list[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) for each data row, after checking the encoding and the header."""
    text = _read_text(path)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        header = text.split("\n", 1)[0]
        for separator, name_id, name_en in ((";", "titik koma", "semicolons"), ("\t", "tab", "tabs")):
            if header.count(separator) > header.count(","):
                raise _error(path, 1, f"kolom dipisah dengan {name_id} ({separator!r}), bukan koma; pengaturan "
                             f"Excel berbahasa Indonesia sering begitu. {_SAVE_AS[0]}",
                             f"the columns are separated by {name_en} ({separator!r}), not commas, as Excel "
                             f"with Indonesian settings often does. {_SAVE_AS[1]}")
        raise _error(path, 1, f"kolom hilang: {missing}.", f"missing columns: {missing}.")
    rows = iter(reader)
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:  # a quote left open, a field of megabytes
            raise _error(path, reader.line_num, f"tidak bisa dibaca sebagai CSV ({exc}).",
                         f"cannot be read as CSV ({exc}).") from None
        if None in row or None in row.values():
            raise _error(path, reader.line_num, "jumlah kolom tidak cocok dengan judul kolom.",
                         "the number of fields does not match the header.")
        yield reader.line_num, {k: v.strip() for k, v in row.items()}


# How every number in data/ is written (data/README.md): plain digits, a dot only as the
# decimal point. Anything else (5.000, 30,000, 7,5, 5 rb) is refused, never guessed.
_PLAIN_WHOLE = r"[0-9]+"  # ASCII digits only: not "٥٠٠٠", not "²"
_PLAIN_DECIMAL = r"[0-9]+(?:\.[0-9]+)?"


def _number(path: Path, line: int, row: dict[str, str], column: str, *, optional: bool = False,
            whole: bool = False, at_most: float = MAX_NUMBER) -> float | None:
    """The number in ``column``, written the data files' way, from 0 to ``at_most``."""
    raw = row[column]
    if raw == "" and optional:
        return None
    if raw.startswith("-") and re.fullmatch(_PLAIN_DECIMAL, raw[1:]):
        raise _error(path, line, f"{column} = {shown(raw)} harus angka terhingga >= 0.",
                     f"{column} = {shown(raw)} must be a finite number >= 0.")
    grouped = re.fullmatch(r"[0-9]{1,3}(?:\.[0-9]{3})+", raw)  # 5.000: Indonesian thousands, or 5.0?
    if grouped or not re.fullmatch(_PLAIN_WHOLE if whole else _PLAIN_DECIMAL, raw):
        plain = _plain(raw)
        if whole and plain is None and re.fullmatch(_PLAIN_DECIMAL, raw):
            raise _error(path, line, f"{column} = {shown(raw)} harus bilangan bulat (angka polos, mis. 5000).",
                         f"{column} = {shown(raw)} must be a whole number (plain digits, e.g. 5000).")
        fix_id = f" Tulis {plain}." if plain else " Contoh: 5000 atau 0.5."
        fix_en = f" Write {plain}." if plain else " Examples: 5000 or 0.5."
        raise _error(path, line, f"{column} = {shown(raw)} bukan angka yang ditulis seperti di berkas data: angka polos "
                     f"tanpa pemisah ribuan atau satuan, titik hanya sebagai tanda desimal (data/README.md).{fix_id}",
                     f"{column} = {shown(raw)} is not a number written the data files' way: plain digits without "
                     f"thousands separators or units, a dot only as the decimal point (data/README.md).{fix_en}")
    value = float(raw)
    if value > at_most:
        limit_id = "100 (persen)" if at_most == 100 else MAX_NUMBER_TEXT["id"]
        limit_en = "100 (percent)" if at_most == 100 else MAX_NUMBER_TEXT["en"]
        raise _error(path, line, f"{column} = {shown(raw)} tidak mungkin: harus paling besar {limit_id}.",
                     f"{column} = {shown(raw)} is impossible: it must be at most {limit_en}.")
    return value


def _plain(raw: str) -> str | None:
    """``raw`` written the data files' way, when that is clear: 5.000 -> 5000, 7,5 -> 7.5."""
    text = re.sub(r"[\u00a0\u202f ]+", " ", raw)
    for pattern, remove, decimal in ((r"\d{1,3}(?:\.\d{3})+", ".", None), (r"\d{1,3}(?:,\d{3})+", ",", None),
                                     (r"\d{1,3}(?: \d{3})+", " ", None), (r"\d{1,3}(?:\.\d{3})*,\d+", ".", ","),
                                     (r"\d{1,3}(?:,\d{3})+\.\d+", ",", None)):
        if re.fullmatch(pattern, text):
            text = text.replace(remove, "")
            return text.replace(decimal, ".") if decimal else text
    from .formatting import parse_count  # 5 rb, 2,9 jt: a count with a unit

    readings = set()
    for lang in ("id", "en"):
        try:
            readings.add(parse_count(raw, lang))
        except (ValueError, TypeError):
            pass
    return str(readings.pop()) if len(readings) == 1 else None


def _unique(path: Path, line: int, seen: dict[str, int], what: tuple[str, str], key: str) -> None:
    """Refuse a key that an earlier line already used (the last row would silently win)."""
    if key in seen:
        raise _error(path, line, f"{what[0]} {key!r} muncul dua kali (juga di baris {seen[key]}); hapus salah satunya.",
                     f"{what[1]} {key!r} appears twice (also on line {seen[key]}); delete one of them.")
    seen[key] = line


def _flag(path: Path, line: int, row: dict[str, str], column: str) -> bool:
    raw = row[column].lower()
    if raw not in ("yes", "no"):
        raise _error(path, line, f"{column} = {row[column]!r} harus 'yes' atau 'no'.",
                     f"{column} = {row[column]!r} must be 'yes' or 'no'.")
    return raw == "yes"


def load_sources(directory: Path | None = None) -> dict[str, Source]:
    """Read ``sources.csv``: every article and reference, by id."""
    path = _folder(directory) / "sources.csv"
    columns = ["source", "kind", "publisher", "title", "author", "published", "updated",
               "platform", "where_to_read", "note"]
    sources: dict[str, Source] = {}
    seen: dict[str, int] = {}
    for line, row in _read_rows(path, columns):
        if row["kind"] not in ("article", "reference"):
            raise _error(path, line, f"kind = {row['kind']!r} harus 'article' atau 'reference'.",
                         f"kind = {row['kind']!r} must be 'article' or 'reference'.")
        if not row["source"] or not row["title"] or not row["publisher"]:
            raise _error(path, line, "source, title dan publisher wajib diisi.",
                         "source, title and publisher are required.")
        _unique(path, line, seen, ("sumber", "source"), row["source"])
        sources[row["source"]] = Source(
            id=row["source"], kind=row["kind"], publisher=row["publisher"], title=row["title"],
            author=row["author"], published=row["published"], updated=row["updated"],
            platform=row["platform"], where_to_read=row["where_to_read"], note=row["note"],
        )
    return sources


def load_schemes(directory: Path | None = None) -> dict[str, Scheme]:
    """Read ``schemes.csv`` and ``tiers.csv`` and check every rule; return schemes by id."""
    directory = _folder(directory)
    sources = load_sources(directory)
    scheme_rows = _load_scheme_rows(directory / "schemes.csv", sources)
    tiers = _load_tiers(directory / "tiers.csv", sources, scheme_rows)
    schemes = {}
    for scheme_id, (line, row) in scheme_rows.items():
        scheme_tiers = tiers.get(scheme_id, [])
        if not scheme_tiers:
            raise _error(directory / "schemes.csv", line, f"skema {scheme_id!r} tidak punya tingkatan di tiers.csv.",
                         f"scheme {scheme_id!r} has no tiers in tiers.csv.")
        schemes[scheme_id] = Scheme(
            id=scheme_id, kind=row["kind"], source=sources[row["source"]],
            names={"id": row["name_id"], "en": row["name_en"]}, edge_rule=row["edge_rule"],
            tiers=_ordered_and_contiguous(directory / "tiers.csv", scheme_id, scheme_tiers),
        )
    return schemes


def _load_scheme_rows(path: Path, sources: dict[str, Source]) -> dict[str, tuple[int, dict[str, str]]]:
    rows = {}
    for line, row in _read_rows(path, ["scheme", "kind", "source", "name_id", "name_en", "edge_rule"]):
        if row["source"] not in sources:
            raise _error(path, line, f"sumber {row['source']!r} tidak ada di sources.csv.",
                         f"source {row['source']!r} is not in sources.csv.")
        if row["kind"] != sources[row["source"]].kind:
            raise _error(path, line, f"kind {row['kind']!r} tidak sama dengan kind sumbernya.",
                         f"kind {row['kind']!r} differs from its source's kind.")
        if not (row["scheme"] and row["name_id"] and row["name_en"] and row["edge_rule"]):
            raise _error(path, line, "scheme, name_id, name_en dan edge_rule wajib diisi.",
                         "scheme, name_id, name_en and edge_rule are required.")
        if row["scheme"] in rows:
            raise _error(path, line, f"skema {row['scheme']!r} muncul dua kali.", f"scheme {row['scheme']!r} appears twice.")
        rows[row["scheme"]] = (line, row)
    return rows


TIER_COLUMNS = ["scheme", "tier", "order", "name_id", "name_en", "min_followers", "min_included",
                "max_followers", "max_included", "quote_followers", "edge_note", "er_low", "er_high",
                "er_tolerance", "quote_er", "er_note"]


def _load_tiers(path: Path, sources: dict[str, Source], schemes: dict) -> dict[str, list[tuple[int, Tier]]]:
    tiers: dict[str, list[tuple[int, Tier]]] = {}
    for line, row in _read_rows(path, TIER_COLUMNS):
        if row["scheme"] not in schemes:
            raise _error(path, line, f"skema {row['scheme']!r} tidak ada di schemes.csv.",
                         f"scheme {row['scheme']!r} is not in schemes.csv.")
        for column in ("tier", "name_id", "name_en", "quote_followers", "edge_note"):
            if not row[column]:
                raise _error(path, line, f"{column} wajib diisi (setiap angka perlu sumber dan kutipannya).",
                             f"{column} is required (every number needs its source and quote).")
        low = _number(path, line, row, "min_followers", whole=True)
        high = _number(path, line, row, "max_followers", optional=True, whole=True)
        if high is not None and high <= low:
            raise _error(path, line, f"max_followers ({high:g}) harus lebih besar daripada min_followers ({low:g}).",
                         f"max_followers ({high:g}) must be greater than min_followers ({low:g}).")
        band = _band(path, line, row)
        tolerance = _number(path, line, row, "er_tolerance", optional=True, at_most=100) or 0.0
        if tolerance and band is None:
            raise _error(path, line, "er_tolerance tanpa er_low/er_high.", "er_tolerance without er_low/er_high.")
        if tolerance and not row["er_note"]:
            raise _error(path, line, "er_tolerance adalah konvensi kami dan perlu dijelaskan di er_note.",
                         "er_tolerance is our convention and must be explained in er_note.")
        scheme_source = sources[schemes[row["scheme"]][1]["source"]]
        order = int(_number(path, line, row, "order", whole=True))
        tier = Tier(
            key=row["tier"], scheme=row["scheme"], order=order,
            names={"id": row["name_id"], "en": row["name_en"]},
            min_followers=low, min_included=_flag(path, line, row, "min_included"),
            max_followers=high,
            max_included=False if high is None else _flag(path, line, row, "max_included"),
            er_band=band, er_tolerance=tolerance, source=scheme_source,
            quote_followers=row["quote_followers"], edge_note=row["edge_note"],
            quote_er=row["quote_er"], er_note=row["er_note"],
        )
        tiers.setdefault(row["scheme"], []).append((line, tier))
    return tiers


def _band(path: Path, line: int, row: dict[str, str]) -> tuple[float, float] | None:
    low = _number(path, line, row, "er_low", optional=True, at_most=100)
    high = _number(path, line, row, "er_high", optional=True, at_most=100)
    if low is None and high is None:
        return None
    if low is None or high is None or low > high:
        raise _error(path, line, f"rentang keterlibatan {row['er_low']!r}-{row['er_high']!r} tidak lengkap atau terbalik.",
                     f"engagement band {row['er_low']!r}-{row['er_high']!r} is incomplete or reversed.")
    if not row["quote_er"]:
        raise _error(path, line, "rentang keterlibatan tanpa kutipan sumber (quote_er).",
                     "engagement band without its source quote (quote_er).")
    return (low, high)


def _ordered_and_contiguous(path: Path, scheme_id: str, rows: list[tuple[int, Tier]]) -> tuple[Tier, ...]:
    """Sort a scheme's tiers and check that they neither overlap nor leave a gap."""
    rows = sorted(rows, key=lambda item: item[1].order)
    orders = [tier.order for _, tier in rows]
    if orders != list(range(1, len(rows) + 1)):
        raise _error(path, rows[0][0], f"order dalam skema {scheme_id!r} harus 1, 2, 3, ... tanpa loncat: {orders}.",
                     f"order within scheme {scheme_id!r} must run 1, 2, 3, ... without skipping: {orders}.")
    for (_, lower), (line, upper) in zip(rows, rows[1:]):
        name = f"{scheme_id}/{lower.key} -> {scheme_id}/{upper.key}"
        if lower.max_followers is None or lower.max_followers != upper.min_followers:
            raise _error(path, line, f"{name}: batas atas {lower.max_followers} tidak sama dengan batas bawah "
                         f"{upper.min_followers:g} (celah atau tumpang tindih).",
                         f"{name}: upper edge {lower.max_followers} differs from lower edge "
                         f"{upper.min_followers:g} (a gap or an overlap).")
        if lower.max_included == upper.min_included:
            both = "keduanya memuat" if lower.max_included else "tidak ada yang memuat"
            both_en = "both include" if lower.max_included else "neither includes"
            raise _error(path, line, f"{name}: {both} {upper.min_followers:g}; tepat satu tingkatan harus memuatnya.",
                         f"{name}: {both_en} {upper.min_followers:g}; exactly one tier must include it.")
    keys = [tier.key for _, tier in rows]
    if len(set(keys)) != len(keys):
        raise _error(path, rows[0][0], f"kunci tingkatan ganda dalam skema {scheme_id!r}: {keys}.",
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
    path = _folder(directory) / SAMPLE_FILE
    rows = []
    seen: dict[str, int] = {}
    for line, row in _read_rows(path, SAMPLE_COLUMNS):
        if row["synthetic"] != "yes":
            raise _error(path, line, "setiap akun contoh harus bertanda synthetic = yes.",
                         "every sample account must be marked synthetic = yes.")
        for column in ("followers", "avg_likes", "avg_comments", "avg_shares"):
            _number(path, line, row, column, whole=True)
        _unique(path, line, seen, ("akun", "account"), row["handle"])
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
    path = _folder(directory) / "campaign_assumptions.csv"
    partipost = {t.key: t for t in SCHEMES["partipost"].tiers}
    assumptions = {}
    seen: dict[str, int] = {}
    for line, row in _read_rows(path, ["tier", "followers_per_influencer", "cost_per_post_idr", "note"]):
        if "not market prices" not in row["note"]:
            raise _error(path, line, "note harus menyatakan bahwa angka ini asumsi, bukan harga pasar.",
                         "note must say these are assumptions, not market prices.")
        followers = _number(path, line, row, "followers_per_influencer", whole=True)
        if row["tier"] not in partipost or not partipost[row["tier"]].contains(followers):
            raise _error(path, line, f"{row['tier']!r} bukan tingkatan Partipost, atau {followers:g} di luar rentangnya.",
                         f"{row['tier']!r} is not a Partipost tier, or {followers:g} is outside its range.")
        _unique(path, line, seen, ("tingkatan", "tier"), row["tier"])
        assumptions[row["tier"]] = {"followers": followers,
                                    "cost_per_post": _number(path, line, row, "cost_per_post_idr", whole=True),
                                    "note": row["note"]}
    missing = [key for key in partipost if key not in assumptions]
    if missing:
        raise _error(path, None, f"tidak ada baris untuk tingkatan {missing}; setiap tingkatan Partipost perlu satu.",
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
