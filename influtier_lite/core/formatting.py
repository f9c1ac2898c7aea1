"""Numbers as Indonesian and English readers write them, built on Babel (CLDR data).

Indonesian writes ``5.000`` and ``7,5%``; English writes ``5,000`` and ``7.5%``.
Compact forms differ in a way that trips people up: ``M`` is *miliar* (a billion)
in Indonesian and a million in English, so ``parse_count`` refuses a bare ``M``
in Indonesian text instead of guessing.
"""

from __future__ import annotations

import re
from decimal import Context, Decimal

from babel import numbers as babel_numbers

from .errors import BilingualValueError
from .records import FOLLOWER_RANGE
from .validate import MAX_NUMBER, a_text, real_number, shown, whole_number
from .words import check_lang, phrase, type_error, value_error
from .words import text as message

__all__ = ["format_number", "format_percent", "format_compact", "parse_count", "read_count", "count_note"]


def format_number(value: float, lang: str = "id", decimals: int | None = None) -> str:
    """Format a number with the language's separators: ``5.000`` (id), ``5,000`` (en).

    Args:
        value: the number.
        lang: ``"id"`` or ``"en"``.
        decimals: fixed number of decimals (0 to 10); None shows up to three, only as needed.

    Whole numbers up to 10^15 come out exactly; beyond that a ValueError says so.
    """
    number = real_number("value", value)
    check_lang(lang)
    if decimals is not None:
        decimals = whole_number("decimals", decimals, 0, 10)
    pattern = None if decimals is None else "#,##0" + ("." + "0" * decimals if decimals else "")
    return babel_numbers.format_decimal(number, format=pattern, locale=lang)


def format_percent(value_percent: float, lang: str = "id", decimals: int = 1) -> str:
    """Format a value given in percent: ``format_percent(7.5)`` is ``7,5%`` (id), ``7.5%`` (en).

    Decimals are shown only when needed (``7%``, not ``7,0%``), up to ``decimals``.
    """
    number = real_number("value_percent", value_percent)
    check_lang(lang)
    decimals = whole_number("decimals", decimals, 0, 10)
    pattern = "#,##0" + ("." + "#" * decimals if decimals else "") + "%"
    fraction = Decimal(repr(number)) / 100  # exact: 7.5 -> 0.075, not 0.07500000000000001
    return babel_numbers.format_percent(fraction, format=pattern, locale=lang)


def format_compact(value: float, lang: str = "id", fraction_digits: int = 1) -> str:
    """Short form of a count: ``5 rb`` / ``5K``, ``2,5 jt`` / ``2.5M``.

    The gap in the Indonesian forms is a non-breaking space, as CLDR has it.
    """
    number = real_number("value", value)
    check_lang(lang)
    fraction_digits = whole_number("fraction_digits", fraction_digits, 0, 10)
    # Babel picks the unit from the number before rounding it, so 999.950 would read "1000 rb":
    # round to what will be shown first, and a number just under a unit boundary takes the
    # next unit ("1 jt" / "1M").
    if abs(number) >= 1000:
        exponent = 3 * ((len(str(int(abs(number)))) - 1) // 3)
        shown = round(number / 10**exponent, fraction_digits)
        number = shown * 10**exponent
    elif abs(number) > 0:
        number = round(number, fraction_digits)
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
_SPACES = "\u00a0\u202f "  # a space, a non-breaking space and a narrow one may group digits
# A number: a digit, then digits, marks and spaces. The possessive "*+" never gives back
# what it took, so matching is linear in the text's length (a lazy "*?" before "\s*" was
# quadratic on long runs of spaces). Compiled by re on first use (re caches it), not at import.
_NUMBER_PATTERN = r"\d[\d.,\u00a0\u202f ]*+"
_UNIT_PATTERN = r"[^\d\s.,][^\d]*"
_SPACE_GROUPS_PATTERN = r"\d{1,3}(?:[\u00a0\u202f ]\d{3})+"  # the whole part, when spaces group it
_M_ENGLISH_PATTERN = r"\d+\.\d{1,2}"  # "1.5" before an M: English notation even in Indonesian text
MAX_TEXT = 64  # characters: longer than any count anyone types, short enough to refuse at once


def _parse_error(text: str, key: str, **values: object) -> BilingualValueError:
    """parse_count's refusal of ``text``: ``text = '...': `` and ``key``'s words, in both languages."""
    return BilingualValueError(f"text = {shown(text)}: {message(key, 'id', **values)}",
                               f"text = {shown(text)}: {message(key, 'en', **values)}", parameter="text", value=text)


def parse_count(text: str, lang: str = "id") -> int:
    """Turn a follower count as people type or scrape it into an int.

    Accepts full numbers with the language's grouping (``"5.000"`` in id,
    ``"5,000"`` in en, or spaces: ``"1 250 000"``) and compact forms in either
    language's words (``"2,9 jt"``, ``"1,5 rb"``, ``"12 ribu"``, ``"1 juta"``,
    ``"3.3k"``, ``"1.5M"``).

    Never guesses: text that is malformed or could mean two different numbers
    raises ValueError with the reason, for example ``"5,000"`` in Indonesian (is it
    five, or five thousand written the English way?), ``"1,5 M"`` in Indonesian
    (M is *miliar* in Indonesian but million in English) or ``"2 9 jt"`` (groups
    must have three digits). Text longer than 64 characters and counts above
    10^15 are refused too. Runs in time linear in the length of ``text``.

    Args:
        text: the text, e.g. ``"2,9 jt"``.
        lang: the language the text is written in, ``"id"`` or ``"en"``; it decides
            what ``.`` and ``,`` mean when that is not clear from the text itself.
    Returns:
        The count as a whole number.
    """
    check_lang(lang)
    if not isinstance(text, str):
        raise type_error("err_formatting_not_text", parameter="text", value=text, text=shown(text),
                         type=type(text).__name__)
    if len(text) > MAX_TEXT:
        raise _parse_error(text, "err_formatting_too_long", n_text=len(text), max_text=MAX_TEXT)
    stripped = text.strip()
    match = re.match(_NUMBER_PATTERN, stripped)
    unit = stripped[match.end():].strip() if match else ""
    if not match or (unit and not re.fullmatch(_UNIT_PATTERN, unit)):
        raise _parse_error(text, "err_formatting_unreadable")
    number = match.group().rstrip(_SPACES)
    digits = _without_spaces(text, number)
    if lang == "id" and unit in ("M", "m") and re.fullmatch(_M_ENGLISH_PATTERN, digits):
        # "1.5M": a decimal dot is English notation, and in English M is a million.
        lang = "en"
    multiplier = _multiplier(text, unit, lang)
    value = _parse_digits(text, digits, lang, has_unit=multiplier != 1)
    if value > Decimal(MAX_NUMBER) / multiplier:
        raise _parse_error(text, "err_formatting_beyond_range", max_number=phrase("max_number"))
    exact = Context(prec=2 * MAX_TEXT)  # never rounds: text of 64 characters has fewer digits
    count = exact.multiply(value, multiplier)
    if count != count.to_integral_value():
        count = exact.normalize(count)
        raise _parse_error(text, "err_formatting_not_whole", count=count)
    return int(count)


def _without_spaces(text: str, number: str) -> str:
    """The number without its grouping spaces, which must group the whole part in threes."""
    if not any(space in number for space in _SPACES):
        return number
    whole = re.split(r"[.,]", number, maxsplit=1)[0]
    if not re.fullmatch(_SPACE_GROUPS_PATTERN, whole) or any(
            space in number[len(whole):] for space in _SPACES):
        raise _parse_error(text, "err_formatting_spaces")
    return re.sub(r"[\u00a0\u202f ]", "", number)


def _multiplier(text: str, unit: str, lang: str) -> int:
    if not unit:
        return 1
    if unit in ("M", "m"):
        if lang == "en":
            return 10**6
        raise _parse_error(text, "err_formatting_m")
    multiplier = _MULTIPLIERS.get(unit.lower())
    if multiplier is None:
        raise _parse_error(text, "err_formatting_unit", unit=unit)
    return multiplier


def _parse_digits(text: str, digits: str, lang: str, *, has_unit: bool) -> Decimal:
    grouping, decimal_mark = _SEPARATORS[lang]
    marks = set(re.findall(r"[.,]", digits))
    if not marks:
        return Decimal(digits)
    if len(marks) == 2:
        # Both marks: only the language's own order (1.234,5 in id) is readable.
        if re.fullmatch(_both_marks_pattern(lang), digits):
            return Decimal(digits.replace(grouping, "").replace(decimal_mark, "."))
        raise _parse_error(text, "err_formatting_mixed_marks")
    mark = marks.pop()
    parts = digits.split(mark)
    if "" in parts:
        raise _parse_error(text, "err_formatting_bare_mark", mark=mark)
    if mark == grouping and len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:]):
        return Decimal("".join(parts))  # 5.000 (id), 1,500,000 (en)
    if len(parts) == 2 and (mark == decimal_mark or has_unit):
        if not has_unit and len(parts[1]) == 3:
            # "5,000" in Indonesian: five (decimal comma) or five thousand (English)?
            written = grouping.join(parts)
            raise _parse_error(text, f"err_formatting_ambiguous_{lang}", written=written)
        return Decimal(f"{parts[0]}.{parts[1]}")  # 2,9 jt; 3.3k; 5,5 (then not whole)
    raise _parse_error(text, "err_formatting_misplaced_separator", mark=mark)


def _both_marks_pattern(lang: str) -> str:
    """A number with both marks, in the language's own order: 1.234.567,5 (id), 1,234,567.5 (en)."""
    grouping, decimal_mark = _SEPARATORS[lang]
    return rf"\d{{1,3}}(\{grouping}\d{{3}})+\{decimal_mark}\d+"


def read_count(text: str, lang: str, name: str = "followers") -> float:
    """A count typed in a box: ``parse_count`` with its own message for a negative count
    (``name``: what the box is for, as the message names it)."""
    a_text("name", name)
    stripped = text.strip() if isinstance(text, str) else text
    if isinstance(stripped, str) and stripped[:1] in ("-", "\u2212"):
        try:
            parse_count(stripped[1:], lang)
        except (ValueError, TypeError):
            pass
        else:
            raise value_error("negative_count", parameter=name, value=text, name=name, typed=stripped)
    return real_number(name, parse_count(text, lang), non_negative=True)


def count_note(followers: float, lang: str) -> str:
    """What to say about a count at or beyond the ends of the scale ('' for an ordinary one)."""
    followers = real_number("followers", followers, non_negative=True)
    lang = check_lang(lang)
    low, high = FOLLOWER_RANGE
    if followers == 0:
        return message("no_audience", lang)
    if followers > high:
        return message("beyond_scale", lang, count=format_number(round(followers), lang), top=format_number(high, lang))
    if followers < low:
        return message("below_scale", lang, round(followers), count=format_number(round(followers), lang),
                    low=format_number(low, lang))
    return ""
