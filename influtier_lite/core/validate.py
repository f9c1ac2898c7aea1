"""Argument checks shared by the public functions: clear, bilingual errors early."""

from __future__ import annotations

import math
import numbers

from .errors import shown
from .words import phrase, type_error, value_error

__all__ = ["MAX_NUMBER", "shown", "out_of_range", "real_number", "a_tier", "a_mapping",
           "whole_number"]

# The largest magnitude the package accepts and formats exactly (every whole number up to
# it is exact in a float, and Babel formats it digit for digit). Far above any follower
# count, budget or price a class meets; beyond it an error says so instead of a wrong digit.
MAX_NUMBER = 10**15  # written out in words.toml, "max_number"


def out_of_range(name: str, value: object) -> ValueError:
    """The error for a number beyond ``MAX_NUMBER``."""
    return value_error("err_beyond_range", parameter=name, value=value, name=name, shown=shown(value),
                       max_number=phrase("max_number"))


def real_number(name: str, value: object, *, non_negative: bool = False) -> float:
    """Return ``value`` as a float, or raise an error that names ``name`` and ``value``.

    Accepts ints, floats, fractions and NumPy numbers; refuses bools, strings, None,
    NaN, infinities, magnitudes beyond ``MAX_NUMBER`` (and negatives when ``non_negative``).
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        hint = phrase("hint_parse_count") if isinstance(value, str) else ""
        raise type_error("err_not_a_number", parameter=name, value=value, name=name, shown=shown(value),
                         type=type(value).__name__, hint=hint)
    try:
        number = float(value)
    except OverflowError:  # an int or Fraction too large for a float
        raise out_of_range(name, value) from None
    if math.isnan(number) or math.isinf(number):
        raise value_error("err_not_finite", parameter=name, value=value, name=name, shown=shown(value))
    if non_negative and number < 0:
        raise value_error("err_negative", parameter=name, value=value, name=name, shown=shown(value))
    if abs(number) > MAX_NUMBER:
        raise out_of_range(name, value)
    return number


def a_tier(name: str, value: object):
    """Return ``value`` if it is a Tier, else a bilingual TypeError naming ``name``."""
    from .records import Tier

    if not isinstance(value, Tier):
        raise type_error("err_not_a_tier", parameter=name, value=value, name=name, shown=shown(value))
    return value


def a_mapping(name: str, value: object) -> dict:
    """Return ``value`` if it is a dict (or another mapping), else a bilingual TypeError."""
    from collections.abc import Mapping

    if not isinstance(value, Mapping):
        raise type_error("err_not_a_dict_by_tier", parameter=name, value=value, name=name, shown=shown(value),
                         type=type(value).__name__)
    return value


def whole_number(name: str, value: object, low: int, high: int) -> int:
    """Return ``value`` if it is an int from ``low`` to ``high``, else a bilingual error."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or not low <= value <= high:
        raise value_error("err_not_whole_in_range", parameter=name, value=value, name=name, shown=shown(value),
                          low=low, high=high)
    return int(value)


def a_text(name: str, value: object, *, optional: bool = False) -> str | None:
    """Return ``value`` if it is text (or None, when ``optional``), else a bilingual TypeError."""
    if isinstance(value, str) or (optional and value is None):
        return value
    raise type_error("err_not_text", parameter=name, value=value, name=name, shown=shown(value),
                     type=type(value).__name__)


def a_flag(name: str, value: object) -> bool:
    """Return ``value`` if it is True or False, else a bilingual TypeError."""
    if isinstance(value, bool):
        return value
    raise type_error("err_not_a_flag", parameter=name, value=value, name=name, shown=shown(value))


def an_instance(name: str, value: object, kind: type | tuple[type, ...], what: str):
    """Return ``value`` if it is a ``kind``, else a bilingual TypeError saying what it must be
    (``what``: the key of those words in words.toml, "what_benchmark")."""
    if isinstance(value, kind):
        return value
    raise type_error("err_not_a_kind", parameter=name, value=value, name=name, shown=shown(value), what=phrase(what),
                     type=type(value).__name__)


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
    raise value_error("err_unknown_choice", parameter=name, value=value, name=name, shown=shown(value), listed=listed)


def a_sequence(name: str, value: object, what: str, item=None) -> list:
    """``value`` as a list if it is a list or tuple whose every item passes ``item(label, item)``
    (which raises naming ``name[i]``), else a bilingual TypeError saying what it must be (``what``:
    the key of those words in words.toml)."""
    if not isinstance(value, (list, tuple)):
        raise type_error("err_not_a_list", parameter=name, value=value, name=name, shown=shown(value),
                         what=phrase(what), type=type(value).__name__)
    if item is not None:
        for index, element in enumerate(value):
            item(f"{name}[{index}]", element)
    return list(value)
