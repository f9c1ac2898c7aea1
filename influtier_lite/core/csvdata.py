"""Reading the plain CSV files in ``data/``: the checks every loader shares.

The files are meant to be opened in a spreadsheet by a teacher. Because a hand edit can
break them, every read is checked: a problem is reported with the file, the line and
what is wrong, in Indonesian and English. The loaders (``core.data``, ``core.benchmarks``,
``core.claims``...) are built from these helpers:

- ``data_dir()`` and ``folder(directory)``: where the files are;
- ``read_rows(path, columns)``: each data row with its line number, after checking the
  encoding, the separator and the header;
- ``row_error(path, line, id_problem, en_problem)``: the error naming the file and line;
- ``cell_number``, ``cell_flag`` and ``check_unique``: one cell's number, one yes/no cell,
  one key that must not repeat.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterator
from pathlib import Path

from .errors import DataError
from .formatting import parse_count
from .validate import MAX_NUMBER, shown
from .words import error, phrase, text, type_error, value_error

__all__ = ["data_dir", "folder", "read_rows", "row_error", "cell_number", "cell_flag", "check_unique", "read_text"]


def data_dir() -> Path:
    """The folder holding the data files, found from the package, not the working directory."""
    here = Path(__file__).resolve().parents[1]  # the package folder
    for candidate in (here / "data", here.parent / "data"):  # installed wheel, then checkout
        if (candidate / "tiers.csv").is_file():
            return candidate
    raise error(DataError, "err_csvdata_no_data_folder", here=here)


def folder(directory: object) -> Path:
    """The folder to read: ``data_dir()`` for None, else ``directory`` as a Path."""
    if directory is None:
        return data_dir()
    if isinstance(directory, (str, os.PathLike)) and str(directory):
        if not Path(directory).is_dir():
            raise value_error("err_csvdata_no_folder", parameter="directory", value=directory,
                              directory=shown(directory))
        return Path(directory)
    raise type_error("err_csvdata_directory_type", parameter="directory", value=directory, directory=shown(directory))


def row_error(path: Path, line: int | None, key: str, **values: object) -> DataError:
    """The error for a problem on ``line`` of ``path`` (or in the file, for None): the file and
    line, then ``key``'s words with ``values`` filled in, in both languages."""

    def in_lang(lang: str) -> str:
        where = text("data_file_line", lang, file=path.name, line=line) if line else path.name
        return f"{where}: {text(key, lang, **values)}"

    return DataError(in_lang("id"), in_lang("en"))


def read_text(path: Path) -> str:
    """The file as text, or an error saying how to save it when it is not UTF-8."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        reason = f"{exc.strerror or type(exc).__name__}: {shown(str(path), 80)}"
        raise row_error(path, None, "err_csvdata_cannot_open", reason=reason) from None
    head = data[:200]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (head and head.count(0) * 4 >= len(head)):
        raise row_error(path, None, "err_csvdata_utf16", save_as=phrase("save_as_csv_utf8"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        byte = data[exc.start:exc.start + 1]
        raise row_error(path, line, "err_csvdata_not_utf8", byte=byte.hex(), as_ansi=byte.decode("cp1252", "replace"),
                        save_as=phrase("save_as_csv_utf8")) from None


def read_rows(path: Path, required: list[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) for each data row, after checking the encoding and the header."""
    text = read_text(path)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        header = text.split("\n", 1)[0]
        for separator, separator_name in ((";", "separator_semicolons"), ("\t", "separator_tabs")):
            if header.count(separator) > header.count(","):
                raise row_error(path, 1, "err_csvdata_separator", separator_name=phrase(separator_name),
                                separator=separator, save_as=phrase("save_as_csv_utf8"))
        raise row_error(path, 1, "err_csvdata_missing_columns", missing=missing)
    rows = iter(reader)
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:  # a quote left open, a field of megabytes
            raise row_error(path, reader.line_num, "err_csvdata_csv_unreadable", exc=exc) from None
        if None in row or None in row.values():
            raise row_error(path, reader.line_num, "err_csvdata_field_count")
        yield reader.line_num, {k: v.strip() for k, v in row.items()}


# How every number in data/ is written (data/README.md): plain digits, a dot only as the
# decimal point. Anything else (5.000, 30,000, 7,5, 5 rb) is refused, never guessed.
_PLAIN_WHOLE = r"[0-9]+"  # ASCII digits only: not "٥٠٠٠", not "²"
_PLAIN_DECIMAL = r"[0-9]+(?:\.[0-9]+)?"


def cell_number(path: Path, line: int, row: dict[str, str], column: str, *, optional: bool = False,
            whole: bool = False, at_most: float = MAX_NUMBER) -> float | None:
    """The number in ``column``, written the data files' way, from 0 to ``at_most``."""
    raw = row[column]
    if raw == "" and optional:
        return None
    if raw.startswith("-") and re.fullmatch(_PLAIN_DECIMAL, raw[1:]):
        raise row_error(path, line, "err_csvdata_negative", column=column, raw=shown(raw))
    grouped = re.fullmatch(r"[0-9]{1,3}(?:\.[0-9]{3})+", raw)  # 5.000: Indonesian thousands, or 5.0?
    if grouped or not re.fullmatch(_PLAIN_WHOLE if whole else _PLAIN_DECIMAL, raw):
        plain = _plain(raw)
        if whole and plain is None and re.fullmatch(_PLAIN_DECIMAL, raw):
            raise row_error(path, line, "err_csvdata_not_whole", column=column, raw=shown(raw))
        fix = phrase("fix_write", plain=plain) if plain else phrase("fix_examples")
        raise row_error(path, line, "err_csvdata_not_plain", column=column, raw=shown(raw), fix=fix)
    value = float(raw)
    if value > at_most:
        raise row_error(path, line, "err_csvdata_too_big", column=column, raw=shown(raw),
                        limit=phrase("limit_percent" if at_most == 100 else "max_number"))
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
    readings = set()
    for lang in ("id", "en"):
        try:
            readings.add(parse_count(raw, lang))
        except (ValueError, TypeError):
            pass
    return str(readings.pop()) if len(readings) == 1 else None


def check_unique(path: Path, line: int, seen: dict[str, int], what: str, key: str) -> None:
    """Refuse a key that an earlier line already used (the last row would silently win); ``what``
    is the words.toml key of what it is ("thing_source")."""
    if key in seen:
        raise row_error(path, line, "err_csvdata_twice", thing=phrase(what), key_text=key, first_line=seen[key])
    seen[key] = line


def cell_flag(path: Path, line: int, row: dict[str, str], column: str) -> bool:
    raw = row[column].lower()
    if raw not in ("yes", "no"):
        raise row_error(path, line, "err_csvdata_yes_no", column=column, cell=row[column])
    return raw == "yes"
