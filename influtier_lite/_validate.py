"""Argument checks shared by the public functions: clear, bilingual errors early."""

from __future__ import annotations

import math
import numbers

from .i18n import bilingual


def real_number(name: str, value: object, *, non_negative: bool = False) -> float:
    """Return ``value`` as a float, or raise an error that names ``name`` and ``value``.

    Accepts ints, floats, fractions and NumPy numbers; refuses bools, strings, None,
    NaN and infinities (and negatives when ``non_negative``).
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        hint_id = hint_en = ""
        if isinstance(value, str):
            hint_id = " Untuk teks seperti '2,9 jt' pakai parse_count() dulu."
            hint_en = " For text such as '2.9M' use parse_count() first."
        raise TypeError(
            bilingual(
                f"{name} = {value!r}: harus berupa angka, bukan {type(value).__name__}.{hint_id}",
                f"{name} = {value!r}: must be a number, not {type(value).__name__}.{hint_en}",
            )
        )
    number = float(value)
    if math.isnan(number) or math.isinf(number):
        raise ValueError(
            bilingual(
                f"{name} = {value!r}: harus berupa angka yang terhingga.",
                f"{name} = {value!r}: must be a finite number.",
            )
        )
    if non_negative and number < 0:
        raise ValueError(
            bilingual(
                f"{name} = {value!r}: tidak boleh negatif.",
                f"{name} = {value!r}: cannot be negative.",
            )
        )
    return number
