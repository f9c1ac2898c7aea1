"""Numbers as Indonesian and English readers write them, built on Babel (CLDR data).

Indonesian writes ``5.000`` and ``7,5%``; English writes ``5,000`` and ``7.5%``.
Compact forms differ in a way that trips people up: ``M`` is *miliar* (a billion)
in Indonesian and a million in English, so ``parse_count`` refuses a bare ``M``
in Indonesian text instead of guessing.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from babel import numbers as babel_numbers

from ._validate import real_number
from .i18n import bilingual, check_lang

__all__ = ["format_number", "format_percent", "format_compact", "parse_count"]


def format_number(value: float, lang: str = "id", decimals: int | None = None) -> str:
    """Format a number with the language's separators: ``5.000`` (id), ``5,000`` (en).

    Args:
        value: the number.
        lang: ``"id"`` or ``"en"``.
        decimals: fixed number of decimals; None shows up to three, only as needed.
    """
    number = real_number("value", value)
    check_lang(lang)
    pattern = None if decimals is None else "#,##0" + ("." + "0" * decimals if decimals else "")
    return babel_numbers.format_decimal(number, format=pattern, locale=lang)


def format_percent(value_percent: float, lang: str = "id", decimals: int = 1) -> str:
    """Format a value given in percent: ``format_percent(7.5)`` is ``7,5%`` (id), ``7.5%`` (en).

    Decimals are shown only when needed (``7%``, not ``7,0%``), up to ``decimals``.
    """
    number = real_number("value_percent", value_percent)
    check_lang(lang)
    pattern = "#,##0" + ("." + "#" * decimals if decimals else "") + "%"
    fraction = Decimal(repr(number)) / 100  # exact: 7.5 -> 0.075, not 0.07500000000000001
    return babel_numbers.format_percent(fraction, format=pattern, locale=lang)


def format_compact(value: float, lang: str = "id", fraction_digits: int = 1) -> str:
    """Short form of a count: ``5 rb`` / ``5K``, ``2,5 jt`` / ``2.5M``.

    The gap in the Indonesian forms is a non-breaking space, as CLDR has it.
    """
    number = real_number("value", value)
    check_lang(lang)
    return babel_numbers.format_compact_decimal(
        number, locale=lang, fraction_digits=fraction_digits
    )


# Words and abbreviations for multipliers, in lower case. "m" is handled separately
# because its meaning depends on the language.
_MULTIPLIERS = {
    "k": 10**3, "rb": 10**3, "rb.": 10**3, "ribu": 10**3, "thousand": 10**3,
    "jt": 10**6, "jt.": 10**6, "juta": 10**6, "mn": 10**6, "million": 10**6,
    "b": 10**9, "bn": 10**9, "billion": 10**9, "miliar": 10**9, "milyar": 10**9,
}
_SEPARATORS = {"id": (".", ","), "en": (",", ".")}  # (grouping, decimal)
# A number, then an optional unit. Compiled by re on first use (re caches it), not at import.
_TEXT_PATTERN = r"^(?P<number>\d[\d.,\u00a0\u202f ]*?)\s*(?P<unit>[^\d\s.,][^\d]*)?$"


def _parse_error(text: str, id_reason: str, en_reason: str) -> ValueError:
    return ValueError(
        bilingual(f"text = {text!r}: {id_reason}", f"text = {text!r}: {en_reason}")
    )


def parse_count(text: str, lang: str = "id") -> int:
    """Turn a follower count as people type or scrape it into an int.

    Accepts full numbers with the language's grouping (``"5.000"`` in id,
    ``"5,000"`` in en) and compact forms in either language's words
    (``"2,9 jt"``, ``"1,5 rb"``, ``"12 ribu"``, ``"1 juta"``, ``"3.3k"``, ``"1.5M"``).

    Never guesses: text that is malformed or could mean two different numbers
    raises ValueError with the reason, for example ``"5,000"`` in Indonesian (is it
    five, or five thousand written the English way?) or ``"1,5 M"`` in Indonesian
    (M is *miliar* in Indonesian but million in English).

    Args:
        text: the text, e.g. ``"2,9 jt"``.
        lang: the language the text is written in, ``"id"`` or ``"en"``; it decides
            what ``.`` and ``,`` mean when that is not clear from the text itself.
    Returns:
        The count as a whole number.
    """
    check_lang(lang)
    if not isinstance(text, str):
        raise TypeError(
            bilingual(
                f"text = {text!r}: harus berupa teks (str), bukan {type(text).__name__}.",
                f"text = {text!r}: must be text (str), not {type(text).__name__}.",
            )
        )
    match = re.match(_TEXT_PATTERN, text.strip())
    if not match:
        raise _parse_error(
            text,
            "bukan jumlah yang bisa dibaca (contoh: 5.000, 2,9 jt, 12 ribu).",
            "is not a count that can be read (examples: 5,000, 2.9M, 12 thousand).",
        )
    digits = re.sub(r"[\u00a0\u202f ]", "", match["number"])
    unit = (match["unit"] or "").strip()
    if lang == "id" and unit in ("M", "m") and re.fullmatch(r"\d+\.\d{1,2}", digits):
        # "1.5M": a decimal dot is English notation, and in English M is a million.
        lang = "en"
    multiplier = _multiplier(text, unit, lang)
    value = _parse_digits(text, digits, lang, has_unit=multiplier != 1)
    count = value * multiplier
    if count != count.to_integral_value():
        raise _parse_error(
            text,
            f"berarti {count} pengikut, bukan bilangan bulat.",
            f"means {count} followers, not a whole number.",
        )
    return int(count)


def _multiplier(text: str, unit: str, lang: str) -> int:
    if not unit:
        return 1
    if unit in ("M", "m"):
        if lang == "en":
            return 10**6
        raise _parse_error(
            text,
            "'M' bisa berarti miliar (Indonesia) atau million/juta (Inggris); "
            "tulis 'jt' atau 'juta', atau 'miliar'.",
            "'M' can mean miliar (a billion, Indonesian) or million (English); "
            "write 'jt' or 'juta', or 'miliar'.",
        )
    multiplier = _MULTIPLIERS.get(unit.lower())
    if multiplier is None:
        raise _parse_error(
            text,
            f"satuan {unit!r} tidak dikenal; pakai rb, ribu, jt, juta, miliar, k.",
            f"unknown unit {unit!r}; use k, thousand, M, million, B, billion.",
        )
    return multiplier


def _parse_digits(text: str, digits: str, lang: str, *, has_unit: bool) -> Decimal:
    grouping, decimal_mark = _SEPARATORS[lang]
    marks = set(re.findall(r"[.,]", digits))
    if not marks:
        return Decimal(digits)
    if len(marks) == 2:
        # Both marks: only the language's own order (1.234,5 in id) is readable.
        if re.fullmatch(rf"\d{{1,3}}(\{grouping}\d{{3}})+\{decimal_mark}\d+", digits):
            return Decimal(digits.replace(grouping, "").replace(decimal_mark, "."))
        raise _parse_error(
            text,
            "titik dan koma tercampur dengan cara yang tidak bisa dibaca.",
            "mixes dots and commas in a way that cannot be read.",
        )
    mark = marks.pop()
    parts = digits.split(mark)
    if "" in parts:
        raise _parse_error(text, f"ada '{mark}' tanpa angka di sampingnya.", f"has a '{mark}' with no digit beside it.")
    if mark == grouping and len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:]):
        return Decimal("".join(parts))  # 5.000 (id), 1,500,000 (en)
    if len(parts) == 2 and (mark == decimal_mark or has_unit):
        if not has_unit and len(parts[1]) == 3:
            # "5,000" in Indonesian: five (decimal comma) or five thousand (English)?
            written = grouping.join(parts)
            raise _parse_error(text, *(m.format(written=written) for m in _AMBIGUOUS[lang]))
        return Decimal(f"{parts[0]}.{parts[1]}")  # 2,9 jt; 3.3k; 5,5 (then not whole)
    raise _parse_error(
        text,
        f"pemisah ribuan '{mark}' tidak di tempat yang benar (contoh: 1.250.000).",
        f"the thousands separator '{mark}' is not where it belongs (example: 1,250,000).",
    )


_AMBIGUOUS = {
    "id": (
        "dalam bahasa Indonesia koma adalah tanda desimal, jadi angka ini tidak jelas. "
        "Untuk ribuan tulis {written}, atau pakai lang='en' bila teksnya berbahasa Inggris.",
        "in Indonesian the comma is the decimal mark, so this number is unclear. "
        "For thousands write {written}, or use lang='en' if the text is English.",
    ),
    "en": (
        "dalam bahasa Inggris titik adalah tanda desimal, jadi angka ini tidak jelas. "
        "Untuk ribuan tulis {written}, atau pakai lang='id' bila teksnya berbahasa Indonesia.",
        "in English the dot is the decimal mark, so this number is unclear. "
        "For thousands write {written}, or use lang='id' if the text is Indonesian.",
    ),
}
