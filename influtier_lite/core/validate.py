"""Argument checks shared by the public functions: clear, bilingual errors early."""

from __future__ import annotations

import math
import numbers

from .i18n import bilingual

# The largest magnitude the package accepts and formats exactly (every whole number up to
# it is exact in a float, and Babel formats it digit for digit). Far above any follower
# count, budget or price a class meets; beyond it an error says so instead of a wrong digit.
MAX_NUMBER = 10**15
MAX_NUMBER_TEXT = {"id": "10^15 (1.000.000.000.000.000)", "en": "10^15 (1,000,000,000,000,000)"}


def shown(value: object, limit: int = 40) -> str:
    """``repr(value)`` cut to ``limit`` characters, so a pasted megabyte never fills a message
    (and never takes long to write: a long text is cut before ``repr``)."""
    if isinstance(value, str) and len(value) > limit:
        return f"{repr(value[:limit - 12])[:-1]}…'({len(value)} chars)"
    try:
        text = repr(value)
    except ValueError:  # an int too long for Python to write out
        return f"<{type(value).__name__} of {value.bit_length()} bits>"
    if len(text) <= limit:
        return text
    return f"{text[:limit - 12]}…({len(text)} chars)"


def out_of_range(name: str, value: object) -> ValueError:
    """The error for a number beyond ``MAX_NUMBER``."""
    return ValueError(
        bilingual(
            f"{name} = {shown(value)}: di luar batas yang bisa diolah paket ini; nilainya harus paling besar "
            f"{MAX_NUMBER_TEXT['id']}.",
            f"{name} = {shown(value)}: beyond this package's range; it must be at most {MAX_NUMBER_TEXT['en']}.",
        )
    )


def real_number(name: str, value: object, *, non_negative: bool = False) -> float:
    """Return ``value`` as a float, or raise an error that names ``name`` and ``value``.

    Accepts ints, floats, fractions and NumPy numbers; refuses bools, strings, None,
    NaN, infinities, magnitudes beyond ``MAX_NUMBER`` (and negatives when ``non_negative``).
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        hint_id = hint_en = ""
        if isinstance(value, str):
            hint_id = " Untuk teks seperti '2,9 jt' pakai parse_count() dulu."
            hint_en = " For text such as '2.9M' use parse_count() first."
        raise TypeError(
            bilingual(
                f"{name} = {shown(value)}: harus berupa angka, bukan {type(value).__name__}.{hint_id}",
                f"{name} = {shown(value)}: must be a number, not {type(value).__name__}.{hint_en}",
            )
        )
    try:
        number = float(value)
    except OverflowError:  # an int or Fraction too large for a float
        raise out_of_range(name, value) from None
    if math.isnan(number) or math.isinf(number):
        raise ValueError(
            bilingual(
                f"{name} = {shown(value)}: harus berupa angka yang terhingga.",
                f"{name} = {shown(value)}: must be a finite number.",
            )
        )
    if non_negative and number < 0:
        raise ValueError(
            bilingual(
                f"{name} = {shown(value)}: tidak boleh negatif.",
                f"{name} = {shown(value)}: cannot be negative.",
            )
        )
    if abs(number) > MAX_NUMBER:
        raise out_of_range(name, value)
    return number


def a_tier(name: str, value: object):
    """Return ``value`` if it is a Tier, else a bilingual TypeError naming ``name``."""
    from .records import Tier

    if not isinstance(value, Tier):
        raise TypeError(
            bilingual(
                f"{name} = {shown(value)}: harus berupa Tier, misalnya hasil classify().",
                f"{name} = {shown(value)}: must be a Tier, for example from classify().",
            )
        )
    return value


def a_mapping(name: str, value: object) -> dict:
    """Return ``value`` if it is a dict (or another mapping), else a bilingual TypeError."""
    from collections.abc import Mapping

    if not isinstance(value, Mapping):
        raise TypeError(
            bilingual(
                f"{name} = {shown(value)}: harus berupa dict per tingkatan, mis. {{'nano': 10}}, "
                f"bukan {type(value).__name__}.",
                f"{name} = {shown(value)}: must be a dict by tier, e.g. {{'nano': 10}}, not {type(value).__name__}.",
            )
        )
    return value


def whole_number(name: str, value: object, low: int, high: int) -> int:
    """Return ``value`` if it is an int from ``low`` to ``high``, else a bilingual error."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or not low <= value <= high:
        raise ValueError(
            bilingual(
                f"{name} = {shown(value)}: harus bilangan bulat dari {low} sampai {high}.",
                f"{name} = {shown(value)}: must be a whole number from {low} to {high}.",
            )
        )
    return int(value)
