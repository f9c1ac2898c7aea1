"""Argument checks shared by the public functions: clear, bilingual errors early."""

from __future__ import annotations

import math
import numbers

from .errors import BilingualTypeError, BilingualValueError

__all__ = ["MAX_NUMBER", "MAX_NUMBER_TEXT", "shown", "out_of_range", "real_number", "a_tier", "a_mapping",
           "whole_number"]

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
    return BilingualValueError(f"{name} = {shown(value)}: di luar batas yang bisa diolah paket ini; nilainya harus paling besar "
                               f"{MAX_NUMBER_TEXT['id']}.",
                               f"{name} = {shown(value)}: beyond this package's range; it must be at most {MAX_NUMBER_TEXT['en']}.",
                               parameter=name, value=value)


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
        raise BilingualTypeError(f"{name} = {shown(value)}: harus berupa angka, bukan {type(value).__name__}.{hint_id}",
                                 f"{name} = {shown(value)}: must be a number, not {type(value).__name__}.{hint_en}",
                                 parameter=name, value=value)
    try:
        number = float(value)
    except OverflowError:  # an int or Fraction too large for a float
        raise out_of_range(name, value) from None
    if math.isnan(number) or math.isinf(number):
        raise BilingualValueError(f"{name} = {shown(value)}: harus berupa angka yang terhingga.",
                                  f"{name} = {shown(value)}: must be a finite number.", parameter=name, value=value)
    if non_negative and number < 0:
        raise BilingualValueError(f"{name} = {shown(value)}: tidak boleh negatif.",
                                  f"{name} = {shown(value)}: cannot be negative.", parameter=name, value=value)
    if abs(number) > MAX_NUMBER:
        raise out_of_range(name, value)
    return number


def a_tier(name: str, value: object):
    """Return ``value`` if it is a Tier, else a bilingual TypeError naming ``name``."""
    from .records import Tier

    if not isinstance(value, Tier):
        raise BilingualTypeError(f"{name} = {shown(value)}: harus berupa Tier, misalnya hasil classify().",
                                 f"{name} = {shown(value)}: must be a Tier, for example from classify().",
                                 parameter=name, value=value)
    return value


def a_mapping(name: str, value: object) -> dict:
    """Return ``value`` if it is a dict (or another mapping), else a bilingual TypeError."""
    from collections.abc import Mapping

    if not isinstance(value, Mapping):
        raise BilingualTypeError(f"{name} = {shown(value)}: harus berupa dict per tingkatan, mis. {{'nano': 10}}, "
                                 f"bukan {type(value).__name__}.",
                                 f"{name} = {shown(value)}: must be a dict by tier, e.g. {{'nano': 10}}, not {type(value).__name__}.",
                                 parameter=name, value=value)
    return value


def whole_number(name: str, value: object, low: int, high: int) -> int:
    """Return ``value`` if it is an int from ``low`` to ``high``, else a bilingual error."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or not low <= value <= high:
        raise BilingualValueError(f"{name} = {shown(value)}: harus bilangan bulat dari {low} sampai {high}.",
                                  f"{name} = {shown(value)}: must be a whole number from {low} to {high}.",
                                  parameter=name, value=value)
    return int(value)


def a_text(name: str, value: object, *, optional: bool = False) -> str | None:
    """Return ``value`` if it is text (or None, when ``optional``), else a bilingual TypeError."""
    if isinstance(value, str) or (optional and value is None):
        return value
    raise BilingualTypeError(f"{name} = {shown(value)}: harus berupa teks (str), bukan {type(value).__name__}.",
                             f"{name} = {shown(value)}: must be text (str), not {type(value).__name__}.",
                             parameter=name, value=value)


def a_flag(name: str, value: object) -> bool:
    """Return ``value`` if it is True or False, else a bilingual TypeError."""
    if isinstance(value, bool):
        return value
    raise BilingualTypeError(f"{name} = {shown(value)}: harus True atau False.",
                             f"{name} = {shown(value)}: must be True or False.", parameter=name, value=value)


def an_instance(name: str, value: object, kind: type | tuple[type, ...], what_id: str, what_en: str):
    """Return ``value`` if it is a ``kind``, else a bilingual TypeError saying what it must be
    (``what_id`` and ``what_en``: "Benchmark, misalnya hasil benchmark_for()")."""
    if isinstance(value, kind):
        return value
    raise BilingualTypeError(f"{name} = {shown(value)}: harus berupa {what_id}, bukan {type(value).__name__}.",
                             f"{name} = {shown(value)}: must be {what_en}, not {type(value).__name__}.",
                             parameter=name, value=value)


def one_of(name: str, value: object, choices, where: str = "") -> object:
    """Return ``value`` if it is one of ``choices``, else a bilingual ValueError listing them (or,
    for a long list, saying ``where`` they are)."""
    try:
        known = value in choices
    except TypeError:  # an unhashable value is not a key
        known = False
    if known:
        return value
    listed = where or ", ".join(str(choice) for choice in choices)
    raise BilingualValueError(f"{name} = {shown(value)}: tidak dikenal; pilih salah satu dari {listed}.",
                              f"{name} = {shown(value)}: unknown; choose one of {listed}.", parameter=name, value=value)


def a_sequence(name: str, value: object, what_id: str, what_en: str, item=None) -> list:
    """``value`` as a list if it is a list or tuple whose every item passes ``item(label, item)``
    (which raises naming ``name[i]``), else a bilingual TypeError saying what it must be."""
    if not isinstance(value, (list, tuple)):
        raise BilingualTypeError(f"{name} = {shown(value)}: harus berupa list {what_id}, bukan {type(value).__name__}.",
                                 f"{name} = {shown(value)}: must be a list of {what_en}, not {type(value).__name__}.",
                                 parameter=name, value=value)
    if item is not None:
        for index, element in enumerate(value):
            item(f"{name}[{index}]", element)
    return list(value)
