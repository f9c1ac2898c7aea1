"""Every word the package shows, from one catalogue: ``words.toml``, both languages side by side.

A translator edits ``words.toml`` only (TRANSLATING.md says how). Each key holds its
Indonesian (``id``) and English (``en``) text, a ``str.format`` template: ``{name}`` is
filled in, ``{{`` is a brace. Where a count decides the form (English "1 account", "2
accounts"; Indonesian has one form), a language holds its CLDR plural forms instead
(``en.one``, ``en.other``), chosen with Babel's plural rules for the number ``n``.

Interface text is shown in one language (``text(key, lang)``); an error is raised in both
(``value_error(key, ...)``: a ``BilingualError`` naming its parameter). A value to fill in
that is written differently in each language (a number, another key's words) is a callable
of the language: ``phrase(key, ...)`` or ``lambda lang: format_number(n, lang)``.

The file is read on first use, not at import.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from pathlib import Path

from .errors import BilingualError, BilingualTypeError, BilingualValueError, shown

__all__ = ["LANGS", "MESSAGES", "CATALOGUE_FILE", "check_lang", "text", "phrase", "value_error", "type_error",
           "error", "error_text", "plural_form", "catalogue", "catalogue_texts"]

LANGS: tuple[str, ...] = ("id", "en")
CATALOGUE_FILE = Path(__file__).with_name("words.toml")


@cache
def catalogue() -> dict[str, dict[str, str | dict[str, str]]]:
    """Every key of ``words.toml`` -> its text by language (a str, or plural forms by CLDR category)."""
    import tomllib

    with CATALOGUE_FILE.open("rb") as file:
        return tomllib.load(file)


class _Messages(Mapping):
    """The catalogue as a read-only mapping, read on first use."""

    def __getitem__(self, key: str) -> dict[str, str | dict[str, str]]:
        return catalogue()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(catalogue())

    def __len__(self) -> int:
        return len(catalogue())


MESSAGES: Mapping[str, dict[str, str | dict[str, str]]] = _Messages()


def catalogue_texts(lang: str | None = None) -> Iterator[tuple[str, str, str | None, str]]:
    """Every text of the catalogue as (key, language, plural form or None, template), in file
    order; only ``lang``'s when given. What the language checks read."""
    if lang is not None:
        check_lang(lang)
    for key, entry in catalogue().items():
        for code, value in entry.items():
            if lang is None or code == lang:
                forms = value.items() if isinstance(value, dict) else [(None, value)]
                for form, template in forms:
                    yield key, code, form, template


def check_lang(lang: object, name: str = "lang") -> str:
    """Return ``lang`` if it is a supported language code, else a bilingual ValueError naming
    ``name`` (the parameter it came in)."""
    if not isinstance(lang, str) or lang not in LANGS:
        raise value_error("lang_unknown", parameter=name, value=lang, name=name, shown=repr(lang),
                          langs=", ".join(LANGS))
    return lang


def plural_form(lang: str, n: float) -> str:
    """The CLDR plural category of ``n`` in ``lang`` ("one", "other"...), by Babel's rules."""
    return _plural_form(check_lang(lang), _a_count(n))


@cache
def _plural_form(lang: str, n: float) -> str:
    from babel import Locale

    return Locale.parse(lang).plural_form(n)


def _a_count(n: object) -> float:
    """``n`` if it is a finite number (what chooses a plural form), else the bilingual error."""
    if isinstance(n, bool) or not isinstance(n, numbers.Real):
        raise type_error("err_not_a_number", parameter="n", value=n, name="n", shown=shown(n), type=type(n).__name__,
                         hint="")
    if isinstance(n, numbers.Integral):
        return n  # any whole number, however long (math.isfinite would need a float)
    if not math.isfinite(n):
        raise value_error("err_not_finite", parameter="n", value=n, name="n", shown=shown(n))
    return n


def text(key: str, lang: str, n: float | None = None, **values: object) -> str:
    """The words of ``key`` in ``lang``, ``{placeholders}`` filled in with ``values`` (a callable
    value is called with ``lang`` first). Plural forms are chosen by the number ``n``."""
    check_lang(lang)
    entry = _entry(key)[lang]
    if n is not None:
        _a_count(n)
    if isinstance(entry, dict):
        if n is None:
            raise value_error("words_plural_needs_n", parameter="n", value=n, key_text=repr(key))
        entry = entry.get(_plural_form(lang, n), entry["other"])
    return entry.format(**{name: value(lang) if callable(value) else value for name, value in values.items()})


def _entry(key: object) -> dict:
    if isinstance(key, str) and key in catalogue():
        return catalogue()[key]
    if key == "words_unknown_key":  # never loop: the catalogue itself is broken
        raise BilingualValueError(f"key = {key!r}: {CATALOGUE_FILE}", f"key = {key!r}: {CATALOGUE_FILE}",
                                  parameter="key")
    raise error(BilingualValueError if isinstance(key, str) else BilingualTypeError, "words_unknown_key",
                parameter="key", value=key, key_text=repr(key)[:40], file=CATALOGUE_FILE.name)


class _Phrase:
    """The words of another key, filled in the language of the sentence they go into."""

    def __init__(self, key: str, n: float | None, values: dict) -> None:
        self.key, self.n, self.values = key, n, values

    def __call__(self, lang: str) -> str:
        return text(self.key, lang, self.n, **self.values)


def phrase(key: str, n: float | None = None, **values: object) -> Callable[[str], str]:
    """``text(key, lang, n, **values)`` for whichever ``lang`` it is filled into."""
    _entry(key)
    return _Phrase(key, n, values)


def error(cls: type[BilingualError], key: str, parameter: str | None = None, value: object = None,
          n: float | None = None, **values: object) -> BilingualError:
    """A bilingual error of class ``cls`` whose messages are ``key``'s words in both languages."""
    return cls(text(key, "id", n, **values), text(key, "en", n, **values), parameter=parameter, value=value)


def error_text(error: BaseException, lang: str) -> str:
    """The message of ``error`` in ``lang``; an error that is not ours says what it is rather
    than hide it (its type and at most 300 characters of its message)."""
    check_lang(lang)
    if not isinstance(error, BaseException):
        raise type_error("err_not_a_kind", parameter="error", value=error, name="error", shown=shown(error),
                         what=phrase("what_exception"), type=type(error).__name__)
    if isinstance(error, BilingualError):
        return error.text(lang)
    return f"{type(error).__name__}: {str(error)[:300]}"


def value_error(key: str, parameter: str | None = None, value: object = None, n: float | None = None,
                **values: object) -> BilingualValueError:
    """A bilingual ValueError: ``key``'s words in both languages, naming ``parameter``."""
    return error(BilingualValueError, key, parameter, value, n, **values)


def type_error(key: str, parameter: str | None = None, value: object = None, n: float | None = None,
               **values: object) -> BilingualTypeError:
    """A bilingual TypeError: ``key``'s words in both languages, naming ``parameter``."""
    return error(BilingualTypeError, key, parameter, value, n, **values)
