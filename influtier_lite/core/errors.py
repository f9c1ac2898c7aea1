"""One kind of error for the whole package: the same message in Indonesian and English.

The person reading a traceback may have either notebook open, so every error the package
raises is a ``BilingualError``: ``.id`` is the Indonesian message, ``.en`` the English one,
``.parameter`` the argument it is about (None for a problem in a data file) and ``.value``
what that argument was. ``str(error)`` is the two messages on two lines, Indonesian first.
A widget shows ``error.text(lang)``; nothing splits the message apart again.

``BilingualValueError`` and ``BilingualTypeError`` are also ``ValueError`` and ``TypeError``,
so ``except ValueError`` keeps working; ``DataError`` (a data file) and ``AccountsError``
(a shortlist that is not a table of accounts) are value errors.
"""

from __future__ import annotations

__all__ = ["BilingualError", "BilingualValueError", "BilingualTypeError", "DataError", "AccountsError"]

class BilingualError(Exception):
    """An error whose message is in Indonesian (``id``) and English (``en``).

    Args:
        id_text: the message in Indonesian.
        en_text: the same message in English.
        parameter: the name of the argument the error is about, as the message writes it
            (``"followers"``, ``"followers[3]"``), or None when it is about no argument.
        value: the argument's value (None when there is none, or when it was None).
    """

    def __init__(self, id_text: str, en_text: str, parameter: str | None = None, value: object = None) -> None:
        super().__init__(f"{id_text}\n{en_text}")
        self.id = id_text
        self.en = en_text
        self.parameter = parameter
        self.value = value

    def text(self, lang: str) -> str:
        """The message in ``lang`` ("id" or "en"; anything else gives the English)."""
        return self.id if lang == "id" else self.en

    def __reduce__(self):  # copy and pickle with both messages, not the joined text
        return type(self), (self.id, self.en, self.parameter, self.value), self.__dict__


class BilingualValueError(BilingualError, ValueError):
    """A bilingual error about a value: out of range, unknown, unreadable."""


class BilingualTypeError(BilingualError, TypeError):
    """A bilingual error about a value of the wrong type: text where a number belongs."""


class DataError(BilingualValueError):
    """A data file is missing, malformed, or breaks a rule (overlap, gap, no source)."""


class AccountsError(BilingualValueError):
    """The input is not a table of accounts: no readable row, no follower column, not a table.
    ``other_notation`` names the notation to try when the counts read two ways and none was
    readable in the one chosen (a widget offers it in one click); otherwise None."""

    other_notation: str | None = None


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
