"""Your own shortlist: read the accounts people bring, then give each its tiers, rate and flags.

    from influtier_lite.accounts import read_accounts
    result = read_accounts("shortlist.csv")      # a path or the file's bytes
    result = read_accounts(text=pasted)          # text pasted from a spreadsheet: never a path
    result.table                                  # one row per readable data row
    result.problems                               # one entry per problem, with its row number

Reads what a spreadsheet or a tool writes: CSV with commas or semicolons (Excel with
Indonesian settings writes semicolons and decimal commas), with or without a BOM, CRLF
line ends, UTF-8 or Windows-1252; XLSX; and text pasted from a spreadsheet (tabs).
Column names may be in either language (``followers``, ``pengikut``, ``avg likes``,
``komentar``...). Counts go through ``parse_count``; a cell that cannot be read, or could
mean two numbers, is a problem on its row, never a guess. Everything stays in memory.
"""

from __future__ import annotations

import csv
import io
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .benchmarks import benchmark_for, benchmark_gap, compare_with_benchmark, platform_key
from .data import SCHEMES
from .formatting import parse_count
from .i18n import bilingual, check_lang
from .tiers import tier_codes

__all__ = ["AccountsError", "Problem", "Accounts", "read_accounts", "FIELDS", "FORMULAS", "FLAGS", "flag_text",
           "to_csv_bytes", "to_xlsx_bytes"]

FORMULAS = ("followers", "views")
COUNTS = ("followers", "likes", "comments", "shares", "saves", "views")
INTERACTIONS = ("likes", "comments", "shares", "saves")
# Each field and the names people give its column, written in the normalised form of
# _normalise (lower case, single spaces, no "avg"/"rata-rata"/"jumlah" in front).
FIELDS = {
    "handle": ("handle", "akun", "username", "user name", "account", "nama akun", "user", "nama"),
    "platform": ("platform", "platforma"),
    "followers": ("followers", "follower", "pengikut", "followers count", "follower count"),
    "likes": ("likes", "like", "suka", "likes per post", "suka per unggahan"),
    "comments": ("comments", "comment", "komentar", "comments per post", "komentar per unggahan"),
    "shares": ("shares", "share", "dibagikan", "bagikan", "shares per post"),
    "saves": ("saves", "save", "disimpan", "simpan", "saves per post"),
    "views": ("views", "view", "tayangan", "ditonton", "plays", "views per post", "tayangan per unggahan"),
}
_PREFIXES = ("avg ", "average ", "rata rata ", "rata2 ", "rerata ", "mean ", "median ", "jumlah ", "total ",
             "number of ", "jml ")
_ALIASES = {alias: name for name, aliases in FIELDS.items() for alias in aliases}
MAX_BYTES = 20 * 2**20  # a shortlist is kilobytes; refuse what is clearly something else


class AccountsError(ValueError):
    """The input is not a table of accounts: no readable row, no follower column, not a table."""


@dataclass(frozen=True)
class Problem:
    """One cell or column the reader could not use. ``row`` is the spreadsheet row (header = 1);
    ``kind`` is one of ``unknown_column``, ``second_column``, ``empty``, ``unreadable``, ``extra_cells``."""

    row: int
    column: str
    value: str
    message_id: str
    message_en: str
    kind: str = "unreadable"

    def message(self, lang: str) -> str:
        return self.message_id if check_lang(lang) == "id" else self.message_en


@dataclass
class Accounts:
    """What ``read_accounts`` found: the table, the problems, and how the input was read."""

    table: Any  # pandas.DataFrame
    problems: list[Problem]
    source_name: str
    columns: dict[str, str]  # field -> the column name as written in the input
    number_lang: str  # the language whose number format the counts were read in
    formula: str
    blank_rows: list[int] = field(default_factory=list)  # wholly empty rows, not data

    def problems_frame(self):
        import pandas as pd

        return pd.DataFrame([(p.row, p.column, p.value, p.kind, p.message_id, p.message_en) for p in self.problems],
                            columns=["row", "column", "value", "kind", "message_id", "message_en"])


# --- reading the input into rows of text ------------------------------------------------

def _name_of(source: Any, text: str | None, name: str | None) -> str:
    """The name messages give the input: printable, one line, at most 80 characters (a file's
    name comes from a visitor's upload or a path that may hold tabs and newlines)."""
    if not name:
        if text is not None:
            return "teks yang ditempel / pasted text"
        name = Path(source).name if isinstance(source, (str, os.PathLike)) else "berkas / file"
    name = "".join(c if c.isprintable() else "\N{REPLACEMENT CHARACTER}" for c in str(name))
    return name if len(name) <= 80 else name[:79] + "\N{HORIZONTAL ELLIPSIS}"


def _fail(name: str, id_text: str, en_text: str) -> AccountsError:
    id_name, _, en_name = name.partition(" / ")  # "teks yang ditempel / pasted text": one per language
    return AccountsError(bilingual(f"{id_name}: {id_text}", f"{en_name or id_name}: {en_text}"))


def _too_big(name: str, size: int) -> AccountsError:
    return _fail(name, f"terlalu besar untuk daftar akun ({size / 2**20:.1f} MB; batasnya {MAX_BYTES // 2**20} MB).",
                 f"too big for a list of accounts ({size / 2**20:.1f} MB; the limit is {MAX_BYTES // 2**20} MB).")


def _read_file(path: Path, name: str) -> bytes:
    """The bytes of the file at ``path``, its size checked (``stat``) before anything is read."""
    try:
        size = path.stat().st_size
        regular = path.is_file()
        if regular and size <= MAX_BYTES:
            with path.open("rb") as file:
                data = file.read(MAX_BYTES + 1)
    except (OSError, ValueError) as error:  # ValueError: a NUL in the name
        reason = getattr(error, "strerror", None) or type(error).__name__
        hint_id = hint_en = ""
        if isinstance(error, (FileNotFoundError, ValueError)) or getattr(error, "errno", None) == 36:
            hint_id = " Untuk teks yang ditempel dari spreadsheet, pakai read_accounts(text=...)."
            hint_en = " For text pasted from a spreadsheet, use read_accounts(text=...)."
        raise _fail(name, f"tidak bisa dibuka ({reason}).{hint_id}", f"cannot be opened ({reason}).{hint_en}") from None
    if not regular:
        raise _fail(name, "bukan berkas biasa (mungkin folder).", "is not a regular file (perhaps a folder).")
    if size > MAX_BYTES:
        raise _too_big(name, size)
    if len(data) > MAX_BYTES:  # the file grew after stat()
        raise _too_big(name, len(data))
    return data


def _load(source: Any, text: str | None, name: str) -> tuple[list[tuple[int, list[Any]]], str]:
    """The rows of the input as (spreadsheet row number, cells), and the delimiter (or "xlsx").

    Text comes only through ``text``: a ``str`` ``source`` is always a path, never guessed from its
    contents, so text typed into a widget can never open a file."""
    if text is not None:
        size = len(text.encode("utf-8", errors="surrogatepass"))
        if size > MAX_BYTES:
            raise _too_big(name, size)
        return _split(text.lstrip("\ufeff"), name)
    if isinstance(source, (str, os.PathLike)):
        data = _read_file(Path(source), name)
    elif isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if len(data) > MAX_BYTES:
            raise _too_big(name, len(data))
    else:
        raise TypeError(bilingual(
            f"source = {type(source).__name__}: harus berupa path berkas atau bytes; teks yang ditempel "
            "diberikan lewat text=.",
            f"source = {type(source).__name__}: must be a file path or bytes; pasted text goes in text=."))
    if data.startswith(b"PK\x03\x04"):
        return _xlsx_rows(data, name), "xlsx"
    return _split(_decode(data, name), name)


def _decode(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:4096]:
        raise _fail(name, "bukan tabel (CSV, XLSX, atau teks dari spreadsheet); isinya data biner.",
                    "is not a table (CSV, XLSX, or text from a spreadsheet); it holds binary data.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # Excel's "CSV (Comma delimited)" on Windows


def _split(text: str, name: str) -> tuple[list[tuple[int, list[Any]]], str]:
    first = next((line for line in text.splitlines() if line.strip()), "")
    if "\t" in first:
        delimiter = "\t"
    elif first.count(";") > first.count(","):
        delimiter = ";"
    else:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return [(number, cells) for number, cells in enumerate(reader, start=1)], delimiter
    except csv.Error as error:
        raise _fail(name, f"baris {reader.line_num}: CSV tidak bisa dibaca ({error}).",
                    f"line {reader.line_num}: the CSV cannot be read ({error}).") from None


def _xlsx_rows(data: bytes, name: str) -> list[tuple[int, list[Any]]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise _fail(name, f"bukan berkas XLSX yang bisa dibaca ({type(error).__name__}).",
                    f"is not an XLSX file that can be read ({type(error).__name__}).") from None
    try:
        sheet = book.worksheets[0]
        return [(number, list(cells)) for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1)]
    finally:
        book.close()


# --- columns ----------------------------------------------------------------------------

def _normalise(header: Any) -> str:
    words = re.sub(r"[\s_.\-/#:()]+", " ", str(header if header is not None else "")).strip().lower()
    for prefix in _PREFIXES:
        if words.startswith(prefix):
            words = words[len(prefix):]
    return words


def _place_columns(header: list[Any], problems: list[Problem]) -> dict[str, int]:
    placed: dict[str, int] = {}
    for index, raw in enumerate(header):
        written = "" if raw is None else str(raw).strip()
        if not written:
            continue
        name = _ALIASES.get(_normalise(written))
        if name is None:
            problems.append(Problem(1, written, written,
                                    "kolom ini tidak dikenali, jadi tidak dipakai (tidak ditebak).",
                                    "this column is not recognised, so it is not used (not guessed).",
                                    "unknown_column"))
        elif name in placed:
            first = str(header[placed[name]]).strip()
            problems.append(Problem(1, written, written,
                                    f"kolom kedua untuk {name}; yang dipakai kolom {first!r}.",
                                    f"a second column for {name}; the column {first!r} is used.", "second_column"))
        else:
            placed[name] = index
    return placed


# --- numbers ----------------------------------------------------------------------------

_PLAIN = re.compile(r"\d+")
_DECIMAL = {"id": re.compile(r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?"),
            "en": re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")}


def _amount(cell: Any, lang: str, whole: bool) -> float:
    """One count in ``lang``'s notation; raises ValueError (bilingual) when it cannot be read.
    Interaction counts may be averages (``873,5``); follower counts must be whole."""
    if isinstance(cell, bool):
        raise ValueError(bilingual("bukan angka.", "not a number."))
    if isinstance(cell, (int, float)):  # from XLSX
        if not math.isfinite(cell) or cell < 0 or (whole and cell != int(cell)):
            raise ValueError(bilingual(f"{cell!r} bukan jumlah yang sah.", f"{cell!r} is not a valid count."))
        return float(cell)
    text = str(cell).strip()
    if _PLAIN.fullmatch(text):
        return float(text)
    if not whole and _DECIMAL[lang].fullmatch(text):
        grouping, decimal = (".", ",") if lang == "id" else (",", ".")
        return float(text.replace(grouping, "").replace(decimal, "."))
    return float(parse_count(text, lang))


_EITHER = re.compile(r"\d{1,3}[.,]\d{3}")  # "5.000" or "5,000": five thousand, or five, by language


def _number_lang(cells: list[tuple[Any, bool]], fallback: str) -> str:
    """The notation the file's counts are written in: the language in which more of its
    cells can be read only that way ("873,5" is Indonesian, "2.5k" reads either way). Plain
    digits and cells such as "5,000" (which read either way) say nothing; with no evidence,
    ``fallback``."""
    votes = {"id": 0, "en": 0}
    for cell, whole in cells:
        if not isinstance(cell, str) or _PLAIN.fullmatch(cell.strip()) or _EITHER.fullmatch(cell.strip()):
            continue
        readable = []
        for lang in ("id", "en"):
            try:
                _amount(cell, lang, whole)
                readable.append(lang)
            except (ValueError, TypeError):
                pass
        if len(readable) == 1:
            votes[readable[0]] += 1
    if votes["id"] == votes["en"]:
        return fallback
    return "en" if votes["en"] > votes["id"] else "id"


def _is_blank(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


# --- the public entry point -------------------------------------------------------------

def read_accounts(source: Any = None, *, text: str | None = None, formula: str = "followers",
                  number_lang: str | None = None, name: str | None = None) -> Accounts:
    """Read a shortlist and classify every account.

    Args:
        source: a path (str or Path) or the file's bytes (CSV or XLSX). A ``str`` is always a
            path: its contents are never guessed.
        text: text pasted from a spreadsheet (instead of ``source``). What a widget's text box
            holds goes here, so typing a path into it never opens a file.
        formula: ``"followers"`` (interactions / followers) or ``"views"`` (interactions /
            views), the two formulas notebooks 08 and 13 teach.
        number_lang: ``"id"`` (5.000 and 2,5) or ``"en"`` (5,000 and 2.5) to say how the counts
            are written; None decides from the file: semicolons are Indonesian Excel, so ``id``;
            otherwise the notation in which more cells can be read in only that way (``873,5``
            is Indonesian), and with no such cell ``en`` for commas (English Excel), ``id``
            for XLSX and pasted text. Cells such as ``5,000`` that read both ways never decide;
            in the other notation they are problems.
        name: the file's name for messages (an upload's name); defaults to the path's name, or
            "teks yang ditempel / pasted text" for ``text``.
    Returns:
        An ``Accounts``: ``.table`` (pandas DataFrame, input order, ``row`` = spreadsheet row)
        and ``.problems``. Every non-empty data row is in ``.table`` or in ``.problems``.
    Raises:
        AccountsError: not a table, no follower column, no row that could be read, too big, or a
            path that cannot be opened.
        ValueError: an unknown ``formula`` or ``number_lang``; both or neither of ``source`` and ``text``.
        TypeError: ``source`` or ``text`` of the wrong type.
    """
    if (source is None) == (text is None):
        raise ValueError(bilingual(
            "source / text: harus diisi tepat satu: path atau bytes berkas di source, atau teks yang ditempel di text.",
            "source / text: give exactly one, not both: a file's path or bytes as source, or pasted text as text."))
    if text is not None and not isinstance(text, str):
        raise TypeError(bilingual(f"text = {type(text).__name__}: harus berupa teks (str).",
                                  f"text = {type(text).__name__}: must be text (str)."))
    if formula not in FORMULAS:
        raise ValueError(bilingual(f"formula = {formula!r}: pilih salah satu dari {', '.join(FORMULAS)}.",
                                   f"formula = {formula!r}: choose one of {', '.join(FORMULAS)}."))
    if number_lang is not None:
        check_lang(number_lang)
    label = _name_of(source, text, name)
    rows, delimiter = _load(source, text, label)
    if not rows or all(all(_is_blank(c) for c in cells) for _, cells in rows):
        raise _fail(label, "kosong: tidak ada baris judul maupun data.", "is empty: no header row and no data.")
    problems: list[Problem] = []
    _, header = rows[0]
    placed = _place_columns(header, problems)
    if "followers" not in placed:
        named = [repr(str(h).strip()[:40]) for h in header if not _is_blank(h)]
        found = ", ".join(named[:12]) + (", ..." if len(named) > 12 else "") or "-"
        raise _fail(label, f"tidak ada kolom pengikut (mis. 'pengikut' atau 'followers') di baris judul; "
                           f"kolom yang ada: {found}.",
                    f"no follower column (e.g. 'followers' or 'pengikut') in the header row; columns found: {found}.")
    written = {name_: str(header[index]).strip() for name_, index in placed.items()}
    body = rows[1:]
    blank = [n for n, cells in body if all(_is_blank(c) for c in cells)]
    body = [(n, cells) for n, cells in body if not all(_is_blank(c) for c in cells)]
    counts = [name_ for name_ in COUNTS if name_ in placed]
    if number_lang is None:
        number_lang = "id" if delimiter == ";" else _number_lang(
            [(_cell(cells, placed[c]), c == "followers") for _, cells in body for c in counts],
            fallback="en" if delimiter == "," else "id")
    records = []
    for number, cells in body:
        extra = [c for c in cells[len(header):] if not _is_blank(c)]
        if extra:  # "@a,12,500,10" in a comma file: the count split in two, so every cell after it moved
            problems.append(Problem(
                number, "", str(extra[0]),
                f"baris ini punya {len(header) + len(extra)} sel atau lebih, padahal judulnya {len(header)} kolom "
                "(mungkin angka dengan koma pemisah ribuan tanpa tanda kutip). Baris ini tidak dipakai.",
                f"this row has {len(header) + len(extra)} cells or more for {len(header)} header columns (perhaps "
                "a number with a thousands comma and no quotes). This row is not used.", "extra_cells"))
            continue
        record = {"row": number}
        for field_ in ("handle", "platform"):
            if field_ in placed:
                value = _cell(cells, placed[field_])
                record[field_] = "" if value is None else str(value).strip()
        readable = True
        for field_ in counts:
            cell = _cell(cells, placed[field_])
            if _is_blank(cell):
                record[field_] = math.nan
                problems.append(Problem(number, written[field_], "",
                                        "sel kosong." + (" Baris ini tidak dipakai." if field_ == "followers" else
                                                         " Tingkat keterlibatan tidak dihitung."),
                                        "empty cell." + (" This row is not used." if field_ == "followers" else
                                                         " The engagement rate is not computed."), "empty"))
                readable = readable and field_ != "followers"
                continue
            try:
                record[field_] = _amount(cell, number_lang, whole=field_ == "followers")
            except (ValueError, TypeError) as error:
                message = str(error).splitlines()
                id_text, en_text = (message[0], message[-1]) if len(message) == 2 else (str(error), str(error))
                tail_id = " Baris ini tidak dipakai." if field_ == "followers" else " Tingkat keterlibatan tidak dihitung."
                tail_en = " This row is not used." if field_ == "followers" else " The engagement rate is not computed."
                problems.append(Problem(number, written[field_], str(cell), id_text + tail_id, en_text + tail_en))
                record[field_] = math.nan
                readable = readable and field_ != "followers"
        if readable:
            records.append(record)
    if not records:
        first = [p for p in problems if p.row > 1][:3]
        raise _fail(label, "tidak ada satu baris data pun yang bisa dibaca (" + "; ".join(
                        f"baris {p.row}, kolom {p.column}: {p.value!r}" for p in first) + ").",
                    "no data row could be read (" + "; ".join(
                        f"row {p.row}, column {p.column}: {p.value!r}" for p in first) + ").")
    table = _classify(records, placed, formula)
    problems.sort(key=lambda p: p.row)
    return Accounts(table, problems, label, written, number_lang, formula, blank)


def _cell(cells: list[Any], index: int) -> Any:
    return cells[index] if index < len(cells) else None


# --- classification and flags -----------------------------------------------------------

FLAGS = {
    "well_below_benchmark": (
        "tingkat keterlibatan jauh di bawah tolok ukur vendor untuk platformnya: periksa kemungkinan pengikut yang "
        "dibeli atau penurunan baru-baru ini",
        "engagement well below the vendor benchmark for its platform: check for bought followers or a recent drop"),
    "well_above_band": (
        "tingkat keterlibatan jauh di atas rentang artikel: periksa apakah ada giveaway, satu unggahan viral, "
        "atau interaksi yang diatur",
        "engagement well above the article's band: check for a giveaway, one viral post or arranged engagement"),
    "few_comments": (
        "komentar sangat sedikit dibanding suka: periksa apakah sukanya wajar",
        "very few comments for its likes: check whether the likes look genuine"),
    "near_edge": (
        "dekat batas tingkatan: periksa jumlah terbarunya, karena sedikit perubahan bisa memindahkannya ke "
        "tingkatan lain",
        "close to a tier edge: check the latest count, as a small change moves it to another tier"),
    "articles_disagree": (
        "Partipost menyebut akun ini makro, Harmony menyebutnya mikro: sebutkan sumbernya saat membahas",
        "Partipost calls this account macro, Harmony calls it micro: name the source when you discuss it"),
}
NEAR_EDGE = 0.05  # within 5% of a Partipost edge
WELL_BELOW = 0.5  # a rate under half its benchmark (benchmark_gap below this) is well below it


def flag_text(keys: str, lang: str) -> str:
    """The flags of one row (keys joined by ";") as plain sentences in ``lang``."""
    index = 0 if check_lang(lang) == "id" else 1
    return "; ".join(FLAGS[k][index] for k in keys.split(";") if k)


def _classify(records: list[dict], placed: dict[str, int], formula: str):
    import numpy as np
    import pandas as pd

    frame = pd.DataFrame.from_records(records)
    followers = frame["followers"].to_numpy(dtype=float)
    frame["followers"] = frame["followers"].astype("int64")  # every row here has a whole count
    present = [c for c in INTERACTIONS if c in placed]
    interactions = frame[present].sum(axis=1, min_count=len(present)).to_numpy(dtype=float) if present \
        else np.full(len(frame), np.nan)
    base = followers if formula == "followers" else (
        frame["views"].to_numpy(dtype=float) if "views" in placed else np.full(len(frame), np.nan))
    with np.errstate(divide="ignore", invalid="ignore"):
        er = np.where(base > 0, interactions / base * 100, np.nan)
    frame["er_percent"] = er
    for scheme in SCHEMES.values():
        keys = np.array([t.key for t in scheme.tiers] + [""], dtype=object)
        frame[f"tier_{scheme.id}"] = keys[tier_codes(followers, scheme)]
    partipost = SCHEMES["partipost"]
    codes = tier_codes(followers, partipost)
    low = np.array([t.er_range[0] for t in partipost.tiers])[codes]
    high = np.array([t.er_range[1] for t in partipost.tiers])[codes]
    by_followers = formula == "followers"
    verdict = np.where(er < low, "below", np.where(er > high, "above", "within")).astype(object)
    verdict[np.isnan(er) | (codes < 0) | (formula != "followers")] = ""
    frame["verdict_partipost"] = verdict
    # Each row's benchmark is the one for its tier AND its platform: a TikTok row is never read
    # beside an Instagram figure, and a row whose platform has no figure (or names none) gets no verdict.
    platforms = frame["platform"].tolist() if "platform" in frame else [""] * len(frame)
    bench = np.full(len(frame), "", dtype=object)
    gap = np.full(len(frame), np.nan)
    found: dict[tuple[int, str], Any] = {}  # (tier code, platform) -> its benchmark or None
    for i, (code, platform) in enumerate(zip(codes, platforms)):
        key = (int(code), platform_key(platform))
        if key not in found:
            found[key] = benchmark_for(partipost.tiers[code].key, platform) if code >= 0 else None
        benchmark = found[key]
        if benchmark is None or np.isnan(er[i]) or not by_followers:
            continue
        bench[i] = compare_with_benchmark(er[i], benchmark)
        gap[i] = benchmark_gap(er[i], benchmark)
    frame["verdict_benchmark"] = bench
    edges = np.array([t.min_followers for t in partipost.tiers[1:]], dtype=float)
    near = (np.abs(followers[:, None] - edges[None, :]) <= edges[None, :] * NEAR_EDGE).any(axis=1)
    flags = []
    comments = frame["comments"].to_numpy(dtype=float) if "comments" in placed else np.full(len(frame), np.nan)
    likes = frame["likes"].to_numpy(dtype=float) if "likes" in placed else np.full(len(frame), np.nan)
    harmony = frame["tier_harmony"].to_numpy()
    for i in range(len(frame)):
        row = []
        if bench[i] == "below" and verdict[i] == "below" and gap[i] < WELL_BELOW:
            row.append("well_below_benchmark")
        if by_followers and verdict[i] == "above" and er[i] > 2 * high[i]:
            row.append("well_above_band")
        if likes[i] >= 100 and comments[i] < likes[i] / 200:
            row.append("few_comments")
        if near[i]:
            row.append("near_edge")
        if harmony[i] == "micro" and codes[i] >= 0 and partipost.tiers[codes[i]].key == "macro":
            row.append("articles_disagree")
        flags.append(";".join(row))
    frame["flags"] = flags
    first = ["row"] + [c for c in ("handle", "platform") if c in frame]
    middle = [c for c in COUNTS if c in frame]
    tiers = [f"tier_{s}" for s in SCHEMES if s not in ("partipost", "harmony")]
    order = [*first, *middle, "er_percent", "tier_partipost", "tier_harmony", "verdict_partipost", "verdict_benchmark",
             "flags", *tiers]
    return frame[order]


# --- downloads (bytes in memory; nothing is written to disk) ------------------------------

def to_csv_bytes(table, lang: str = "id") -> bytes:
    """The table as CSV for a spreadsheet in ``lang``: Indonesian uses semicolons and decimal
    commas (what Excel with Indonesian settings opens directly), English commas and dots.
    UTF-8 with a BOM, so Excel reads the accents."""
    check_lang(lang)
    sep, decimal = (";", ",") if lang == "id" else (",", ".")
    return table.to_csv(index=False, sep=sep, decimal=decimal, float_format="%.2f").encode("utf-8-sig")


def to_xlsx_bytes(table) -> bytes:
    """The table as an XLSX workbook (numbers stay numbers)."""
    buffer = io.BytesIO()
    table.to_excel(buffer, index=False, engine="openpyxl")
    return buffer.getvalue()
