"""Your own shortlist: read the accounts people bring, then give each its tiers, rate and flags.

    from influtier_lite import read_accounts
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
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from .accounts_table import AccountsTable
from .benchmarks import benchmark_for, benchmark_gap, compare_with_benchmark, platform_key
from .data import SCHEMES
from .errors import AccountsError, BilingualError
from .formatting import format_number, parse_count
from .tiers import tier_codes
from .validate import a_text, an_instance, one_of, shown
from .words import check_lang, phrase, type_error, value_error
from .words import text as message

__all__ = ["AccountsError", "Problem", "Accounts", "read_accounts", "FIELDS", "FORMULAS", "FLAGS", "flag_text",
           "to_csv_bytes", "to_xlsx_bytes", "safe_text", "PROBLEM_KINDS", "MAX_BYTES", "MAX_ROWS", "MAX_COLUMNS"]

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
# Limits. A shortlist is kilobytes; these refuse, with a message, what is something else.
# One limit for a file's bytes and pasted text alike, below the 10 MiB a Jupyter websocket
# message may carry, so that every upload that reaches the kernel gets an answer (the
# workshop app's page refuses bigger files itself, with the same limit: app/server).
MAX_BYTES = 8 * 2**20
MAX_ROWS = 10_000  # data rows read; the rest is one problem
MAX_COLUMNS = 50  # columns read; the rest is one problem
MAX_CELL = 200  # characters kept of an account's name or platform
MAX_COUNT = 10**15  # a count above this is a problem, never a number that wraps around
XLSX_MAX_MEMBERS = 1_000  # parts in an XLSX's ZIP container
XLSX_MAX_UNPACKED = 32 * 2**20  # all parts unpacked
XLSX_MAX_RATIO = 100  # unpacked / packed, for a part over 1 MiB (a ZIP bomb is thousands)


# What a problem can be: a column not used, a cell not used, or a row used with a warning
# (encoding, duplicate, long_cell), or rows and columns past the limits (cut).
PROBLEM_KINDS = ("unknown_column", "second_column", "empty", "unreadable", "extra_cells", "formula", "percent",
                 "encoding", "duplicate", "long_cell", "cut")


@dataclass(frozen=True)
class Problem:
    """One cell or column the reader could not use. ``row`` is the spreadsheet row (header = 1);
    ``kind`` is one of ``PROBLEM_KINDS``."""

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

    table: AccountsTable  # one row per account read, in input order
    problems: list[Problem]
    source_name: str
    columns: dict[str, str]  # field -> the column name as written in the input
    number_lang: str  # the language whose number format the counts were read in
    formula: str
    blank_rows: list[int] = field(default_factory=list)  # wholly empty rows, not data
    # The notation of the counts rests on cells that read both ways ("5,000") or on signals
    # that disagree: offer the other notation in one click.
    ambiguous: bool = False

    def problems_frame(self):
        import pandas as pd

        return pd.DataFrame([(p.row, p.column, p.value, p.kind, p.message_id, p.message_en) for p in self.problems],
                            columns=["row", "column", "value", "kind", "message_id", "message_en"])


# --- reading the input into rows of text ------------------------------------------------

@dataclass
class _Rows:
    """The input as (spreadsheet row number, cells), at most ``MAX_ROWS`` data rows and
    ``MAX_COLUMNS`` columns, with what the reader noticed on the way."""

    rows: list[tuple[int, list[Any]]]
    delimiter: str  # ",", ";", "\t" or "xlsx"
    cut_rows: bool = False  # more than MAX_ROWS data rows: the rest is not read
    cut_columns: bool = False  # more than MAX_COLUMNS columns: the rest is not read
    notes: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, column index) -> "percent" / "formula"
    recoded: list[int] = field(default_factory=list)  # rows read as Windows-1252 in a UTF-8 file


class _Label(NamedTuple):
    """How messages name the input in each language, and the parameter it came in."""

    id: str
    en: str
    parameter: str  # "source" or "text"

    def __str__(self) -> str:  # Accounts.source_name: the name, or both names when they differ
        return self.id if self.id == self.en else f"{self.id} / {self.en}"


def _name_of(source: Any, text: str | None, name: str | None) -> _Label:
    """The name messages give the input: printable, one line, at most 80 characters (a file's
    name comes from a visitor's upload or a path that may hold tabs and newlines)."""
    parameter = "source" if text is None else "text"
    if not name:
        if text is not None:
            return _Label(message("acc_pasted_text", "id"), message("acc_pasted_text", "en"), parameter)
        if not isinstance(source, (str, os.PathLike)):
            return _Label(message("acc_file", "id"), message("acc_file", "en"), parameter)
        name = Path(source).name
    name = "".join(c if c.isprintable() else "\N{REPLACEMENT CHARACTER}" for c in str(name))
    name = name if len(name) <= 80 else name[:79] + "\N{HORIZONTAL ELLIPSIS}"
    return _Label(name, name, parameter)


def _fail(name: _Label, key: str, **values: object) -> AccountsError:
    """The error about the input ``name``: its name, then ``key``'s words, in both languages."""
    return AccountsError(f"{name.id}: {message(key, 'id', **values)}", f"{name.en}: {message(key, 'en', **values)}",
                         parameter=name.parameter)


def _problem(row: int, column: str, value: str, key: str, kind: str = "unreadable", **values: object) -> Problem:
    """A problem on ``row``: ``key``'s words in both languages."""
    return Problem(row, column, value, message(key, "id", **values), message(key, "en", **values), kind)


def _megabytes(size: int, lang: str) -> str:
    return format_number(size / 2**20, lang, decimals=1) + " MB"


def _too_big(name: _Label, size: int) -> AccountsError:
    return _fail(name, "err_accounts_too_big", size=lambda lang: _megabytes(size, lang),
                 max_bytes=lambda lang: _megabytes(MAX_BYTES, lang))


def _read_file(path: Path, name: _Label) -> bytes:
    """The bytes of the file at ``path``, its size checked (``stat``) before anything is read."""
    try:
        size = path.stat().st_size
        regular = path.is_file()
        if regular and size <= MAX_BYTES:
            with path.open("rb") as file:
                data = file.read(MAX_BYTES + 1)
    except (OSError, ValueError) as error:  # ValueError: a NUL in the name
        reason = getattr(error, "strerror", None) or type(error).__name__
        pasted = isinstance(error, (FileNotFoundError, ValueError)) or getattr(error, "errno", None) == 36
        raise _fail(name, "err_accounts_cannot_open", reason=reason,
                    hint=phrase("hint_pasted_text") if pasted else "") from None
    if not regular:
        raise _fail(name, "err_accounts_not_a_file")
    if size > MAX_BYTES:
        raise _too_big(name, size)
    if len(data) > MAX_BYTES:  # the file grew after stat()
        raise _too_big(name, len(data))
    return data


def _load(source: Any, text: str | None, name: _Label) -> _Rows:
    """The rows of the input. Text comes only through ``text``: a ``str`` ``source`` is always
    a path, never guessed from its contents, so text typed into a widget can never open a file."""
    if text is not None:
        size = len(text.encode("utf-8", errors="surrogatepass"))
        if size > MAX_BYTES:
            raise _too_big(name, size)
        return _split(text.lstrip("\ufeff"), name)
    if isinstance(source, (str, os.PathLike)):
        data = _read_file(Path(source), name)
    elif isinstance(source, (bytes, bytearray, memoryview)):
        if len(source) > MAX_BYTES:
            raise _too_big(name, len(source))
        data = bytes(source)
    else:
        raise type_error("err_accounts_source_type", parameter="source", value=source, type=type(source).__name__)
    if data.startswith(b"PK\x03\x04"):
        return _xlsx_rows(data, name)
    decoded, recoded_lines = _decode(data, name)
    rows = _split(decoded, name)
    if recoded_lines:
        rows.recoded = _records_on_lines(decoded, rows.delimiter, recoded_lines)
    return rows


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


def _decode(data: bytes, name: _Label) -> tuple[str, list[int]]:
    """The text of a CSV file, and the lines (1 = first) read as Windows-1252 in a file that is
    otherwise UTF-8 (a file put together from two sources): those rows get a problem each."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            raise _fail(name, "err_accounts_bad_utf16") from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:4096]:
        raise _fail(name, "err_accounts_binary")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    if not any(_UTF8_SEQUENCE.search(line) and _is_utf8(line) for line in lines):
        return data.decode("cp1252", errors="replace"), []  # Excel's "CSV (Comma delimited)" on Windows
    recoded = [number for number, line in enumerate(lines, start=1) if not _is_utf8(line)]
    return "\n".join(line.decode("utf-8") if _is_utf8(line) else line.decode("cp1252", errors="replace")
                     for line in lines), recoded


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _records_on_lines(text: str, delimiter: str, lines: list[int]) -> list[int]:
    """The record (spreadsheet row) numbers that hold the given text lines (a quoted cell may
    span lines)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    wanted, found, start = set(lines), [], 1
    try:
        for number, _ in enumerate(reader, start=1):
            if wanted & set(range(start, reader.line_num + 1)):
                found.append(number)
            start = reader.line_num + 1
            if number > MAX_ROWS:
                break
    except csv.Error:
        pass
    return found


def _split(text: str, name: _Label) -> _Rows:
    first = next((line for line in text.splitlines() if line.strip()), "")
    if "\t" in first:
        delimiter = "\t"
    elif first.count(";") > first.count(","):
        delimiter = ";"
    else:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = _Rows([], delimiter)
    try:
        for number, cells in enumerate(reader, start=1):
            if number > MAX_ROWS + 1:  # the header and MAX_ROWS data rows
                rows.cut_rows = any(cell.strip() for cell in cells) or any(
                    any(c.strip() for c in more) for more in reader)
                break
            if len(cells) > MAX_COLUMNS:
                rows.cut_columns = rows.cut_columns or any(c.strip() for c in cells[MAX_COLUMNS:])
                cells = cells[:MAX_COLUMNS]
            rows.rows.append((number, cells))
    except csv.Error as error:
        raise _fail(name, "err_accounts_csv_unreadable", line_num=reader.line_num, error=error) from None
    return rows


def _check_zip(data: bytes, name: _Label):
    """Open an XLSX file's ZIP container after checking every member: how many, how big once
    unpacked (as declared; Python's zipfile never unpacks past the declared size) and how
    much smaller packed. A ZIP bomb is refused before openpyxl reads a byte of it."""
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as error:
        raise _unreadable_xlsx(name, error) from None
    unpacked = sum(m.file_size for m in members)
    bomb = len(members) > XLSX_MAX_MEMBERS or unpacked > XLSX_MAX_UNPACKED or any(
        m.file_size > 2**20 and m.file_size > XLSX_MAX_RATIO * max(m.compress_size, 1) for m in members)
    if bomb:
        archive.close()
        raise _fail(name, "err_accounts_xlsx_bomb", n_members=len(members),
                    unpacked=lambda lang: _megabytes(unpacked, lang), xlsx_max_members=XLSX_MAX_MEMBERS,
                    xlsx_max_unpacked=lambda lang: _megabytes(XLSX_MAX_UNPACKED, lang), xlsx_max_ratio=XLSX_MAX_RATIO)
    return archive


_FAR_CELL = re.compile(rb"<c\b[^>]*?\br=\"[A-Z]{1,3}(\d{5,})\"")  # a cell in row 10000 or later
_WIDE_CELL = re.compile(rb"<c\b[^>]*?\br=\"(?:[A-Z]{3}|[B-Z][A-Z]|A[Y-Z])\d+\"")  # a cell past column AX (50)


def _unreadable_xlsx(name: _Label, error: BaseException) -> AccountsError:
    kind = type(error).__name__ if type(error).__module__ in ("builtins", "zipfile", "xml.etree.ElementTree") \
        else f"{type(error).__module__.split('.')[0]}.{type(error).__name__}"
    return _fail(name, "err_accounts_xlsx_unreadable", error_type=kind)


def _xlsx_rows(data: bytes, name: _Label) -> _Rows:
    """The first sheet's values, streamed: at most MAX_ROWS data rows and MAX_COLUMNS columns
    (openpyxl fills a gap in row numbers with empty rows, so the row cap bounds that too).
    Percent-formatted cells and formulas without a stored value are noted, not read as counts.
    Any file openpyxl or zlib cannot read gets the bilingual error, never theirs."""
    try:
        with _check_zip(data, name) as archive:
            sheets = [archive.read(member) for member in archive.namelist() if member.startswith("xl/worksheets/")]
    except AccountsError:
        raise
    except Exception as error:  # a damaged part: zlib.error, BadZipFile (CRC), ...
        raise _unreadable_xlsx(name, error) from None
    rows = _sheet_rows(data, name, data_only=True)
    # Cells past the limits are never read, but they are named: the sheet's XML says where they are.
    first = sheets[0] if sheets else b""
    rows.cut_rows = rows.cut_rows or any(int(m.group(1)) > MAX_ROWS + 1 for m in _FAR_CELL.finditer(first))
    rows.cut_columns = rows.cut_columns or bool(_WIDE_CELL.search(first))
    if any(b"<f" in sheet for sheet in sheets):  # a second pass sees the formulas the first read as empty
        values = dict(rows.rows)
        for (number, index), note in _sheet_rows(data, name, data_only=False).notes.items():
            if note == "formula" and _cell(values.get(number, []), index) is None:
                rows.notes[(number, index)] = "formula"
    return rows


def _sheet_rows(data: bytes, name: _Label, data_only: bool) -> _Rows:
    from openpyxl import load_workbook

    rows = _Rows([], "xlsx")
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)
        try:
            sheet = book.worksheets[0]
            for number, cells in enumerate(sheet.iter_rows(max_row=MAX_ROWS + 2, max_col=MAX_COLUMNS + 1), start=1):
                if number > MAX_ROWS + 1:
                    rows.cut_rows = any(cell.value is not None for cell in cells)
                    break
                if len(cells) > MAX_COLUMNS:
                    rows.cut_columns = rows.cut_columns or cells[MAX_COLUMNS].value is not None
                    cells = cells[:MAX_COLUMNS]
                for index, cell in enumerate(cells):
                    if getattr(cell, "data_type", "") == "f":
                        rows.notes[(number, index)] = "formula"
                    elif isinstance(cell.value, (int, float)) and "%" in (getattr(cell, "number_format", "") or ""):
                        rows.notes[(number, index)] = "percent"
                rows.rows.append((number, [cell.value for cell in cells]))
        finally:
            book.close()
    except Exception as error:  # any broken file: the bilingual error, never openpyxl's
        raise _unreadable_xlsx(name, error) from None
    return rows


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
            problems.append(_problem(1, written, written, "acc_unknown_column", "unknown_column"))
        elif name in placed:
            first = str(header[placed[name]]).strip()
            problems.append(_problem(1, written, written, "acc_second_column", "second_column", name=name, first=first))
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
        raise value_error("err_accounts_cell_not_a_number")
    if isinstance(cell, (int, float)):  # from XLSX
        if not math.isfinite(cell) or cell < 0 or (whole and cell != int(cell)):
            raise value_error("err_accounts_cell_not_a_count", cell=cell)
        return _at_most(float(cell), cell)
    text = str(cell).strip()
    if _PLAIN.fullmatch(text):
        return _at_most(float(text), text)
    if not whole and _DECIMAL[lang].fullmatch(text):
        grouping, decimal = (".", ",") if lang == "id" else (",", ".")
        return _at_most(float(text.replace(grouping, "").replace(decimal, ".")), text)
    return _at_most(float(parse_count(text, lang)), text)


def _at_most(value: float, cell: Any) -> float:
    if value > MAX_COUNT:
        raise value_error("err_accounts_cell_too_big", shown=_shown(cell),
                          max_count=lambda lang: format_number(MAX_COUNT, lang))
    return value


_EITHER = re.compile(r"\d{1,3}[.,]\d{3}")  # "5.000" or "5,000": five thousand, or five, by language
_COMPACT = re.compile(r"\d+(?:([.,])\d+)?\s*(k|m|mn|b|bn|rb|ribu|jt|juta|miliar|thousand|million|billion)\.?",
                      re.IGNORECASE)
_COMPACT_ID = {"rb", "ribu", "jt", "juta", "miliar"}
_HEADER_ID = re.compile(r"^(pengikut|akun|nama akun|suka|komentar|dibagikan|bagikan|disimpan|simpan|tayangan|ditonton|"
                        r"rata rata|rata2|rerata|jumlah|jml)\b")
_HEADER_EN = re.compile(r"^(followers?|username|user name|user|account|handle|likes?|comments?|shares?|saves?|"
                        r"views?|plays|avg|average|number of|mean)\b")


def _notation(header: list[Any], cells: list[tuple[Any, bool]], delimiter: str) -> tuple[str, bool]:
    """The notation the counts are written in, from every signal, and whether it is in doubt.

    Semicolons are Indonesian Excel: ``id``, no doubt. Otherwise the cells decide: a cell that
    reads only one way ("873,5" is Indonesian) counts two votes; a compact count's decimal mark
    ("1.5M" English, "1,5 jt" Indonesian) or an Indonesian unit ("rb", "jt") one. When the cells
    do not decide, the header's words do ("Followers", "pengikut"; people paste English headers
    from tools with Indonesian numbers, so words never outvote cells); then ``en`` for commas
    (English Excel), ``id`` for XLSX and pasted text. In doubt when the cells disagree, or when
    cells such as "5,000" (five thousand, or five) are there and no cell decided."""
    if delimiter == ";":
        return "id", False
    cell_votes = {"id": 0, "en": 0}
    either = False
    for cell, whole in cells:
        if not isinstance(cell, str):
            continue
        text = cell.strip()
        if _PLAIN.fullmatch(text):
            continue
        if _EITHER.fullmatch(text):
            either = True
            continue
        compact = _COMPACT.fullmatch(text)
        if compact:
            mark, unit = compact.group(1), compact.group(2).lower()
            lang = "id" if mark == "," or (mark is None and unit in _COMPACT_ID) else "en" if mark == "." else None
            if lang:
                cell_votes[lang] += 1
            continue
        readable = []
        for lang in ("id", "en"):
            try:
                _amount(cell, lang, whole)
                readable.append(lang)
            except (ValueError, TypeError):
                pass
        if len(readable) == 1:
            cell_votes[readable[0]] += 2
    header_votes = {"id": 0, "en": 0}
    for written in header:
        words = re.sub(r"[\s_.\-/#:()]+", " ", str(written if written is not None else "")).strip().lower()
        if _HEADER_ID.match(words):
            header_votes["id"] += 1
        elif _HEADER_EN.match(words):
            header_votes["en"] += 1
    for votes in (cell_votes, header_votes):
        if votes["id"] != votes["en"]:
            decided = "en" if votes["en"] > votes["id"] else "id"
            break
    else:
        decided = "en" if delimiter == "," else "id"
    doubt = (cell_votes["id"] > 0 and cell_votes["en"] > 0) or (either and not any(cell_votes.values()))
    return decided, doubt


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
            are written; None decides from every signal in the input (see ``_notation``:
            semicolons, cells that read only one way, compact counts, header words). Cells
            such as ``5,000`` that read both ways never decide; in the other notation they are
            problems, and ``Accounts.ambiguous`` says the choice is in doubt.
        name: the file's name for messages (an upload's name); defaults to the path's name, or
            "teks yang ditempel / pasted text" for ``text``.
    Returns:
        An ``Accounts``: ``.table`` (an ``AccountsTable``, input order, ``row`` = spreadsheet row)
        and ``.problems``. Every non-empty data row is in ``.table`` or in ``.problems``.
    Raises:
        AccountsError: not a table, no follower column, no row that could be read, too big, or a
            path that cannot be opened.
        ValueError: an unknown ``formula`` or ``number_lang``; both or neither of ``source`` and ``text``.
        TypeError: ``source`` or ``text`` of the wrong type.
    """
    if (source is None) == (text is None):
        raise value_error("err_accounts_source_or_text", parameter="source" if text is None else "text",
                          value=source if text is None else text)
    if text is not None and not isinstance(text, str):
        raise type_error("err_accounts_text_not_str", parameter="text", value=text, type=type(text).__name__)
    if formula not in FORMULAS:
        raise value_error("err_accounts_formula", parameter="formula", value=formula, formula=formula,
                          formulas=", ".join(FORMULAS))
    if number_lang is not None:
        check_lang(number_lang, "number_lang")
    if name is not None and not isinstance(name, str):
        raise type_error("err_accounts_name_not_str", parameter="name", value=name, name=shown(name))
    label = _name_of(source, text, name)
    loaded = _load(source, text, label)
    rows = loaded.rows
    if not rows or all(all(_is_blank(c) for c in cells) for _, cells in rows):
        raise _fail(label, "err_accounts_empty")
    problems: list[Problem] = _cut_problems(loaded)
    _, header = rows[0]
    placed = _place_columns(header, problems)
    if "followers" not in placed:
        named = [repr(str(h).strip()[:40]) for h in header if not _is_blank(h)]
        found = ", ".join(named[:12]) + (", ..." if len(named) > 12 else "") or "-"
        raise _fail(label, "err_accounts_no_follower_column", found=found)
    written = {name_: str(header[index]).strip() for name_, index in placed.items()}
    body = rows[1:]
    blank = [n for n, cells in body if all(_is_blank(c) for c in cells)]
    body = [(n, cells) for n, cells in body if not all(_is_blank(c) for c in cells)]
    counts = [name_ for name_ in COUNTS if name_ in placed]
    count_cells = [(_cell(cells, placed[c]), c == "followers") for _, cells in body for c in counts]
    decided, ambiguous = _notation(header, count_cells, loaded.delimiter)
    if number_lang is None:
        number_lang = decided
    records = []
    for number, cells in body:
        record = _read_row(number, cells, header, placed, written, counts, number_lang, loaded.notes, problems)
        if record is not None:
            records.append(record)
    if not records:
        first = [p for p in problems if p.row > 1 and p.kind != "cut"][:3]
        if not first:
            key = "acc_no_data_row_first_columns" if loaded.cut_columns else "acc_no_data_row"
            raise _fail(label, key, max_columns=MAX_COLUMNS)
        cells = [phrase("acc_row_column_cell", row=p.row, column=p.column, cell=repr(p.value)) for p in first]
        error = _fail(label, "acc_no_readable_row", cells=lambda lang: "; ".join(cell(lang) for cell in cells))
        if ambiguous and number_lang == decided:  # the widget offers the other notation
            error.other_notation = "en" if number_lang == "id" else "id"
        raise error
    problems += _recoded_problems(loaded.recoded, records) + _duplicate_problems(records, written.get("handle", ""))
    table = _classify(records, placed, formula)
    problems.sort(key=lambda p: p.row)
    return Accounts(table, problems, str(label), written, number_lang, formula, blank,
                    ambiguous and number_lang == decided)


def _cut_problems(loaded: _Rows) -> list[Problem]:
    problems = []
    if loaded.cut_columns:
        problems.append(_problem(1, "", "", "acc_cut_columns", "cut",
                                 max_columns=lambda lang: format_number(MAX_COLUMNS, lang)))
    if loaded.cut_rows:
        problems.append(_problem(MAX_ROWS + 2, "", "", "acc_cut_rows", "cut",
                                 max_rows=lambda lang: format_number(MAX_ROWS, lang)))
    return problems


def _read_row(number: int, cells: list[Any], header: list[Any], placed: dict[str, int], written: dict[str, str],
              counts: list[str], number_lang: str, notes: dict[tuple[int, int], str],
              problems: list[Problem]) -> dict | None:
    """One data row as a record, or None when its follower count cannot be used; every cell
    that cannot be used is a problem on this row."""
    extra = [c for c in cells[len(header):] if not _is_blank(c)]
    if extra:  # "@a,12,500,10" in a comma file: the count split in two, so every cell after it moved
        problems.append(_problem(number, "", _shown(extra[0]), "acc_extra_cells", "extra_cells",
                                 n=len(header), cells=len(header) + len(extra), n_header=len(header)))
        return None
    record: dict[str, Any] = {"row": number}
    for field_ in ("handle", "platform"):
        if field_ in placed:
            value = _cell(cells, placed[field_])
            value = "" if value is None else str(value).strip()
            if value.startswith("'") and value[1:].startswith(_FORMULA_START):
                value = value[1:]  # our own downloads write "@a" as "'@a" (safe_text): read it back as written
            if len(value) > MAX_CELL:
                problems.append(_problem(number, written[field_], _shown(value), "acc_long_cell", "long_cell",
                                         max_cell=MAX_CELL))
                value = value[:MAX_CELL]
            record[field_] = value
    readable = True
    for field_ in counts:
        cell = _cell(cells, placed[field_])
        tail = phrase("acc_row_not_used" if field_ == "followers" else "acc_rate_not_computed")
        note = notes.get((number, placed[field_]))
        record[field_] = math.nan
        if note == "formula" and _is_blank(cell):
            problems.append(_problem(number, written[field_], "", "acc_cell_formula", "formula", tail=tail))
        elif note == "percent":
            problems.append(_problem(number, written[field_], _shown(cell), "acc_cell_percent", "percent", tail=tail))
        elif _is_blank(cell):
            problems.append(_problem(number, written[field_], "", "acc_cell_empty", "empty", tail=tail))
        else:
            try:
                record[field_] = _amount(cell, number_lang, whole=field_ == "followers")
                continue
            except BilingualError as error:
                problems.append(Problem(number, written[field_], _shown(cell), error.id + tail("id"),
                                        error.en + tail("en")))
        readable = readable and field_ != "followers"
    return record if readable else None


def _shown(cell: Any) -> str:
    """A cell as a problem shows it: at most 80 characters."""
    value = str(cell)
    return value if len(value) <= 80 else value[:79] + "\N{HORIZONTAL ELLIPSIS}"


def _recoded_problems(recoded: list[int], records: list[dict]) -> list[Problem]:
    used = {r["row"] for r in records}
    return [_problem(number, "", "", "acc_row_recoded", "encoding") for number in recoded if number in used]


def _duplicate_problems(records: list[dict], column: str) -> list[Problem]:
    """A handle that appears again (ignoring case, a leading @ and look-alike characters): both
    rows are kept, and the later one gets a problem."""
    seen: dict[str, int] = {}
    problems = []
    for record in records:
        handle = unicodedata.normalize("NFKC", record.get("handle", "")).casefold().lstrip("@").strip()
        if not handle:
            continue
        if handle in seen:
            problems.append(_problem(record["row"], column, _shown(record["handle"]), "acc_duplicate", "duplicate",
                                     first_row=seen[handle]))
        else:
            seen[handle] = record["row"]
    return problems


def _cell(cells: list[Any], index: int) -> Any:
    return cells[index] if index < len(cells) else None


# --- classification and flags -----------------------------------------------------------

FLAGS = ("well_below_benchmark", "well_above_band", "few_comments", "near_edge",
         "articles_disagree")  # words.toml: flag_*
NEAR_EDGE = 0.05  # within 5% of a Partipost edge
WELL_BELOW = 0.5  # a rate under half its benchmark (benchmark_gap below this) is well below it


def flag_text(keys: str, lang: str) -> str:
    """The flags of one row (keys joined by ";") as plain sentences in ``lang``."""
    lang = check_lang(lang)
    flags = [k for k in a_text("keys", keys).split(";") if k]
    for key in flags:
        one_of("keys", key, FLAGS)
    return "; ".join(message(f"flag_{k}", lang) for k in flags)


def _classify(records: list[dict], placed: dict[str, int], formula: str) -> AccountsTable:
    import numpy as np

    n = len(records)

    def counts(name: str) -> np.ndarray:
        return np.array([r[name] for r in records], dtype=float) if name in placed else np.full(n, np.nan)

    followers = counts("followers")
    present = [c for c in INTERACTIONS if c in placed]
    # The interactions summed in column order; a missing cell leaves the row without a sum.
    interactions = np.sum([counts(c) for c in present], axis=0) if present else np.full(n, np.nan)
    base = followers if formula == "followers" else counts("views")
    with np.errstate(divide="ignore", invalid="ignore"):
        er = np.where(base > 0, interactions / base * 100, np.nan)
    columns: dict[str, list] = {"row": [r["row"] for r in records]}
    columns.update({c: [r[c] for r in records] for c in ("handle", "platform") if c in placed})
    columns["followers"] = [int(v) for v in followers]  # every row here has a whole count
    columns.update({c: counts(c).tolist() for c in COUNTS[1:] if c in placed})
    columns["er_percent"] = er.tolist()
    tiers = {}
    for scheme in SCHEMES.values():
        keys = [t.key for t in scheme.tiers] + [""]
        tiers[scheme.id] = [keys[code] for code in tier_codes(followers, scheme)]
    partipost = SCHEMES["partipost"]
    codes = tier_codes(followers, partipost)
    low = np.array([t.er_range[0] for t in partipost.tiers])[codes]
    high = np.array([t.er_range[1] for t in partipost.tiers])[codes]
    by_followers = formula == "followers"
    verdict = np.where(er < low, "below", np.where(er > high, "above", "within")).astype(object)
    verdict[np.isnan(er) | (codes < 0) | (formula != "followers")] = ""
    # Each row's benchmark is the one for its tier AND its platform: a TikTok row is never read
    # beside an Instagram figure, and a row whose platform has no figure (or names none) gets no verdict.
    platforms = columns.get("platform", [""] * n)
    bench = np.full(n, "", dtype=object)
    gap = np.full(n, np.nan)
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
    edges = np.array([t.min_followers for t in partipost.tiers[1:]], dtype=float)
    near = (np.abs(followers[:, None] - edges[None, :]) <= edges[None, :] * NEAR_EDGE).any(axis=1)
    flags = []
    comments, likes = counts("comments"), counts("likes")
    for i in range(n):
        row = []
        if bench[i] == "below" and verdict[i] == "below" and gap[i] < WELL_BELOW:
            row.append("well_below_benchmark")
        if by_followers and verdict[i] == "above" and er[i] > 2 * high[i]:
            row.append("well_above_band")
        if likes[i] >= 100 and comments[i] < likes[i] / 200:
            row.append("few_comments")
        if near[i]:
            row.append("near_edge")
        if tiers["harmony"][i] == "micro" and codes[i] >= 0 and partipost.tiers[codes[i]].key == "macro":
            row.append("articles_disagree")
        flags.append(";".join(row))
    columns.update({"tier_partipost": tiers["partipost"], "tier_harmony": tiers["harmony"],
                    "verdict_partipost": verdict.tolist(), "verdict_benchmark": bench.tolist(), "flags": flags})
    columns.update({f"tier_{s}": keys for s, keys in tiers.items() if s not in ("partipost", "harmony")})
    return AccountsTable(columns)


# --- downloads (bytes in memory; nothing is written to disk) ------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet reads as the start of a formula


def safe_text(value: str) -> str:
    """A text cell that no spreadsheet runs as a formula: a leading ``'`` before ``=``, ``+``,
    ``-``, ``@``, a tab or a carriage return (Excel and LibreOffice show the text as written)."""
    return "'" + value if a_text("value", value).startswith(_FORMULA_START) else value


def _a_table(table: object, name: str = "table") -> AccountsTable:
    """``table`` if it is a table of accounts (``Accounts.table``), else a bilingual TypeError."""
    return an_instance(name, table, AccountsTable, "what_table_accounts_read_accounts")


def to_csv_bytes(table: AccountsTable, lang: str = "id") -> bytes:
    """The table as CSV for a spreadsheet in ``lang``: Indonesian uses semicolons and decimal
    commas (what Excel with Indonesian settings opens directly), English commas and dots.
    UTF-8 with a BOM, so Excel reads the accents. Every text cell is written as text
    (``safe_text``): a handle such as ``=HYPERLINK(...)`` never becomes a live formula.
    Numbers are unchanged: whole counts as they are, the others with two decimals, a missing
    one as an empty cell."""
    check_lang(lang)
    sep, decimal = (";", ",") if lang == "id" else (",", ".")
    _a_table(table)

    def cell(value: object) -> object:
        if isinstance(value, str):
            return safe_text(value)
        if isinstance(value, float):
            return "" if math.isnan(value) else f"{value:.2f}".replace(".", decimal)
        return value

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=sep, lineterminator="\n")
    writer.writerow(table.columns)
    writer.writerows([cell(v) for v in row] for row in table.rows())
    return buffer.getvalue().encode("utf-8-sig")


def to_xlsx_bytes(table: AccountsTable) -> bytes:
    """The table as an XLSX workbook: numbers stay numbers, and every text cell is a string
    cell, never a formula. Characters XML cannot hold (e.g. a vertical tab) become U+FFFD."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, WriteOnlyCell

    _a_table(table)
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append([str(c) for c in table.columns])
    for values in table.rows():
        row = []
        for value in values:
            if isinstance(value, str):
                cell = WriteOnlyCell(sheet, ILLEGAL_CHARACTERS_RE.sub("\N{REPLACEMENT CHARACTER}", value))
                cell.data_type = "s"  # openpyxl would make "=..." a formula
                row.append(cell)
            elif isinstance(value, float) and math.isnan(value):
                row.append(None)
            else:
                row.append(value)
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
