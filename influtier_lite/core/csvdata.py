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

from .errors import BilingualTypeError, BilingualValueError, DataError
from .formatting import parse_count
from .validate import MAX_NUMBER, MAX_NUMBER_TEXT, shown

__all__ = ["data_dir", "folder", "read_rows", "row_error", "cell_number", "cell_flag", "check_unique",
           "read_text", "SAVE_AS"]


def data_dir() -> Path:
    """The folder holding the data files, found from the package, not the working directory."""
    here = Path(__file__).resolve().parents[1]  # the package folder
    for candidate in (here / "data", here.parent / "data"):  # installed wheel, then checkout
        if (candidate / "tiers.csv").is_file():
            return candidate
    raise DataError(f"Folder data tidak ditemukan di samping paket ({here}).",
                    f"The data folder was not found beside the package ({here}).")


def folder(directory: object) -> Path:
    """The folder to read: ``data_dir()`` for None, else ``directory`` as a Path."""
    if directory is None:
        return data_dir()
    if isinstance(directory, (str, os.PathLike)) and str(directory):
        if not Path(directory).is_dir():
            raise BilingualValueError(f"directory = {shown(directory)}: folder ini tidak ada.",
                                      f"directory = {shown(directory)}: there is no such folder.",
                                      parameter="directory", value=directory)
        return Path(directory)
    raise BilingualTypeError(f"directory = {shown(directory)}: harus berupa folder (str atau Path) atau None untuk data/ bawaan.",
                             f"directory = {shown(directory)}: must be a folder (str or Path), or None for the bundled data/.",
                             parameter='directory', value=directory)


def row_error(path: Path, line: int | None, id_problem: str, en_problem: str) -> DataError:
    where = f"{path.name}" + (f", baris {line}" if line else "")
    where_en = f"{path.name}" + (f", line {line}" if line else "")
    return DataError(f"{where}: {id_problem}", f"{where_en}: {en_problem}")


SAVE_AS = ("Di Excel: File > Save As > 'CSV UTF-8 (Comma delimited) (*.csv)'.",
           "In Excel: File > Save As > 'CSV UTF-8 (Comma delimited) (*.csv)'.")


def read_text(path: Path) -> str:
    """The file as text, or an error saying how to save it when it is not UTF-8."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        reason = f"{exc.strerror or type(exc).__name__}: {shown(str(path), 80)}"
        raise row_error(path, None, f"tidak bisa dibuka ({reason}).", f"cannot be opened ({reason}).") from None
    head = data[:200]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (head and head.count(0) * 4 >= len(head)):
        raise row_error(path, None, f"tersimpan sebagai UTF-16 (Unicode), bukan UTF-8. {SAVE_AS[0]}",
                     f"is saved as UTF-16 (Unicode), not UTF-8. {SAVE_AS[1]}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        byte = data[exc.start:exc.start + 1]
        raise row_error(path, line, f"bukan UTF-8: byte {byte.hex()} ({byte.decode('cp1252', 'replace')!r} dalam "
                     f"ANSI/Windows-1252). {SAVE_AS[0]}",
                     f"is not UTF-8: byte {byte.hex()} ({byte.decode('cp1252', 'replace')!r} in "
                     f"ANSI/Windows-1252). {SAVE_AS[1]}") from None


def read_rows(path: Path, required: list[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) for each data row, after checking the encoding and the header."""
    text = read_text(path)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        header = text.split("\n", 1)[0]
        for separator, name_id, name_en in ((";", "titik koma", "semicolons"), ("\t", "tab", "tabs")):
            if header.count(separator) > header.count(","):
                raise row_error(path, 1, f"kolom dipisah dengan {name_id} ({separator!r}), bukan koma; pengaturan "
                             f"Excel berbahasa Indonesia sering begitu. {SAVE_AS[0]}",
                             f"the columns are separated by {name_en} ({separator!r}), not commas, as Excel "
                             f"with Indonesian settings often does. {SAVE_AS[1]}")
        raise row_error(path, 1, f"kolom hilang: {missing}.", f"missing columns: {missing}.")
    rows = iter(reader)
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:  # a quote left open, a field of megabytes
            raise row_error(path, reader.line_num, f"tidak bisa dibaca sebagai CSV ({exc}).",
                         f"cannot be read as CSV ({exc}).") from None
        if None in row or None in row.values():
            raise row_error(path, reader.line_num, "jumlah kolom tidak cocok dengan judul kolom.",
                         "the number of fields does not match the header.")
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
        raise row_error(path, line, f"{column} = {shown(raw)} harus angka terhingga >= 0.",
                     f"{column} = {shown(raw)} must be a finite number >= 0.")
    grouped = re.fullmatch(r"[0-9]{1,3}(?:\.[0-9]{3})+", raw)  # 5.000: Indonesian thousands, or 5.0?
    if grouped or not re.fullmatch(_PLAIN_WHOLE if whole else _PLAIN_DECIMAL, raw):
        plain = _plain(raw)
        if whole and plain is None and re.fullmatch(_PLAIN_DECIMAL, raw):
            raise row_error(path, line, f"{column} = {shown(raw)} harus bilangan bulat (angka polos, mis. 5000).",
                         f"{column} = {shown(raw)} must be a whole number (plain digits, e.g. 5000).")
        fix_id = f" Tulis {plain}." if plain else " Contoh: 5000 atau 0.5."
        fix_en = f" Write {plain}." if plain else " Examples: 5000 or 0.5."
        raise row_error(path, line, f"{column} = {shown(raw)} bukan angka yang ditulis seperti di berkas data: angka polos "
                     f"tanpa pemisah ribuan atau satuan, titik hanya sebagai tanda desimal (data/README.md).{fix_id}",
                     f"{column} = {shown(raw)} is not a number written the data files' way: plain digits without "
                     f"thousands separators or units, a dot only as the decimal point (data/README.md).{fix_en}")
    value = float(raw)
    if value > at_most:
        limit_id = "100 (persen)" if at_most == 100 else MAX_NUMBER_TEXT["id"]
        limit_en = "100 (percent)" if at_most == 100 else MAX_NUMBER_TEXT["en"]
        raise row_error(path, line, f"{column} = {shown(raw)} tidak mungkin: harus paling besar {limit_id}.",
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
    readings = set()
    for lang in ("id", "en"):
        try:
            readings.add(parse_count(raw, lang))
        except (ValueError, TypeError):
            pass
    return str(readings.pop()) if len(readings) == 1 else None


def check_unique(path: Path, line: int, seen: dict[str, int], what: tuple[str, str], key: str) -> None:
    """Refuse a key that an earlier line already used (the last row would silently win)."""
    if key in seen:
        raise row_error(path, line, f"{what[0]} {key!r} muncul dua kali (juga di baris {seen[key]}); hapus salah satunya.",
                     f"{what[1]} {key!r} appears twice (also on line {seen[key]}); delete one of them.")
    seen[key] = line


def cell_flag(path: Path, line: int, row: dict[str, str], column: str) -> bool:
    raw = row[column].lower()
    if raw not in ("yes", "no"):
        raise row_error(path, line, f"{column} = {row[column]!r} harus 'yes' atau 'no'.",
                     f"{column} = {row[column]!r} must be 'yes' or 'no'.")
    return raw == "yes"
