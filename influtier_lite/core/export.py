"""The tier explorer's answers as plain data, for pages that run without Python.

``explorer_data(lang)`` asks the package itself (``describe_account``,
``compare_schemes``, ``classify``, ``assess_engagement``, the words of words.toml) for every
answer the tier explorer can give, and returns it as a JSON-ready dict. A small
generic script (``tools/pocket``) then only looks answers up; it holds no threshold,
band or sentence of its own.

How the answers are tabled:

- Follower counts are cut into *cells* at every edge of every scheme: each edge is a
  cell of its own (``classify`` may treat it unlike its neighbours) and so is every
  stretch between two edges. Each cell starts at the smallest count it holds (the next
  float above an edge for the stretch after it), so a page finds a count's cell as the
  last cell whose ``start`` is <= the count.
- The engagement-rate slider moves in steps of 0.1 percentage point from 0 to
  ``ER_MAX``; for each cell, runs of steps that give the same answer are stored once,
  the rate itself written as ``{er}`` and filled in with the formatted step.
"""

from __future__ import annotations

import functools
import math
import unicodedata

from babel import numbers as babel_numbers

from . import formatting
from .compare import compare_schemes
from .data import SCHEMES
from .engagement import ER_MAX, assess_engagement  # the rate slider's top, as in notebook 00
from .errors import BilingualValueError
from .formatting import format_percent, parse_count
from .palette import tier_colour
from .records import FOLLOWER_RANGE
from .report import describe_account
from .validate import MAX_NUMBER, shown
from .words import MESSAGES, check_lang

__all__ = ["explorer_data", "cell_starts", "er_steps", "scheme_order", "ER_MAX", "ER_STEP_TENTHS"]

ER_STEP_TENTHS = 1  # the slider's step, in tenths of a percentage point
ER_PLACEHOLDER = "{er}"
# Interface words the page shows; all of them come from influtier_lite/core/words.toml.
PAGE_TEXT = ("app_title", "followers", "exact_count", "exact_count_hint", "engagement_rate", "account_line",
             "for_brand", "compare_caption", "col_source", "col_kind", "col_tier", "col_followers",
             "ladder_xlabel")
# Every refusal parse_count can give: a text that provokes it in each language, and the
# parts of its message that depend on the text, besides the text itself. The page shows
# parse_count's own message, with {text} and these parts filled in as Python writes them.
PARSE_PROBES = {
    "id": {"long": ("1" * 70, {"length": "70"}), "unreadable": ("x", {}), "spaces": ("2 9 jt", {}),
           "m": ("1,5 M", {}), "unit": ("3 zz", {"unit": "'zz'"}), "mixed": ("1,234.5", {}),
           "bare_mark": ("5.", {"mark": "'.'"}), "misplaced": ("1.234.5", {"mark": "'.'"}),
           "ambiguous": ("5,000", {"written": "5.000"}), "range": ("1000000000000001", {}),
           "fraction": ("1,2345 rb", {"count": "1234.5"})},
    "en": {"long": ("1" * 70, {"length": "70"}), "unreadable": ("x", {}), "spaces": ("2 9 jt", {}),
           "unit": ("3 zz", {"unit": "'zz'"}), "mixed": ("1.234,5", {}),
           "bare_mark": ("5.", {"mark": "'.'"}), "misplaced": ("1,234,5", {"mark": "','"}),
           "ambiguous": ("5.000", {"written": "5,000"}), "range": ("1000000000000001", {}),
           "fraction": ("1.2345K", {"count": "1234.5"})},
}


def er_steps() -> list[float]:
    """The engagement rates the slider can stand on, in percent: 0, 0.1, ... ER_MAX."""
    return [round(k / 10, 1) for k in range(0, round(ER_MAX * 10) + 1, ER_STEP_TENTHS)]


def cell_starts() -> list[float]:
    """The first count of every cell: 0, each edge of each scheme and the float just above it."""
    starts = {0.0}
    for scheme in SCHEMES.values():
        for tier in scheme.tiers:
            for edge in (tier.min_followers, tier.max_followers):
                if edge is not None:
                    starts.update({float(edge), math.nextafter(float(edge), math.inf)})
    return sorted(starts)


def explorer_data(lang: str = "id") -> dict:
    """Everything the pocket explorer shows in ``lang``, as JSON-ready data."""
    lang = check_lang(lang)
    steps = er_steps()
    labels = [format_percent(er, lang) for er in steps]
    strings = _Strings()
    cells = [_cell(start, steps, labels, lang, strings) for start in cell_starts()]
    return {
        "lang": lang,
        "text": {key: MESSAGES[key][lang] for key in PAGE_TEXT},
        "number": {"group": babel_numbers.get_group_symbol(lang), "decimal": babel_numbers.get_decimal_symbol(lang)},
        "parse": _parse_rules(lang),
        "followerRange": list(FOLLOWER_RANGE),
        "er": {"max": ER_MAX, "step": ER_STEP_TENTHS / 10, "labels": labels},
        "colours": {key: tier_colour(key) for key in sorted({t.key for s in SCHEMES.values() for t in s.tiers})},
        "strings": strings.lines,
        "cells": cells,
    }


def scheme_order() -> list[str]:
    """Scheme ids, the articles first (as in the comparison table)."""
    return sorted(SCHEMES, key=lambda scheme_id: SCHEMES[scheme_id].kind != "article")


class _Strings:
    """Every sentence once; the cells refer to them by position."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._index: dict[str, int] = {}

    def ref(self, line: str) -> int:
        if line not in self._index:
            self._index[line] = len(self.lines)
            self.lines.append(line)
        return self._index[line]


def _cell(start: float, steps: list[float], labels: list[str], lang: str, strings: _Strings) -> dict:
    """The answers for every count in the cell that begins at ``start``."""
    table = compare_schemes(start, lang)
    order = scheme_order()
    rows = {scheme_id: [strings.ref(str(value)) for value in row] for scheme_id, row in zip(order, table.rows)}
    found = {scheme_id: SCHEMES[scheme_id].find(start) for scheme_id in order}
    tiers = {scheme_id: tier.key if tier else "" for scheme_id, tier in found.items()}
    runs: list[list] = []
    for step, (er, label) in enumerate(zip(steps, labels)):
        report = describe_account(start, er, lang)
        # The notebook's report without its last finding (the expected engagements, a
        # product of the count and the rate, which a table cannot hold).
        findings = report.findings()[:-1]
        lines = [strings.ref(_with_placeholder(line, label)) for line in findings]
        brand = [strings.ref(_with_placeholder(line, label)) for line in report.brand_meaning()]
        verdicts = {scheme_id: _verdict(start, er, scheme_id) for scheme_id in order}
        answer = [lines, brand, verdicts]
        if not runs or runs[-1][1:] != answer:
            runs.append([step, *answer])
        for line, ref_id in zip(findings + report.brand_meaning(), lines + brand):
            if _fill(strings.lines[ref_id], label) != line:  # pragma: no cover - "{er}" in a sentence
                raise AssertionError(f"the rate placeholder does not round-trip: {line!r}")
    return {"start": start, "tiers": tiers, "rows": rows, "runs": runs}


def _verdict(followers: float, er: float, scheme_id: str) -> str:
    """below / within / above where the tier has a band, else ""."""
    tier = SCHEMES[scheme_id].find(followers)
    if tier is None or tier.er_range is None:
        return ""
    return str(assess_engagement(er, tier))


def _with_placeholder(line: str, er_label: str) -> str:
    return line.replace(er_label, ER_PLACEHOLDER)


def _fill(template: str, er_label: str) -> str:
    return template.replace(ER_PLACEHOLDER, er_label)


def _parse_rules(lang: str) -> dict:
    """What the page needs to read a typed count the way ``parse_count`` does: its patterns
    (in JavaScript's syntax), separators, multipliers, limits and a message for each refusal."""
    classes = {"d": _digit_class(), "s": "".join(f"\\u{{{ord(c):x}}}" for c in _whitespace())}
    patterns = {name: _js_pattern(pattern, classes) for name, pattern in (
        ("number", formatting._NUMBER_PATTERN), ("unit", formatting._UNIT_PATTERN),
        ("spaceGroups", formatting._SPACE_GROUPS_PATTERN), ("mEnglish", formatting._M_ENGLISH_PATTERN))}
    return {
        "patterns": patterns,
        # Both languages' separators: "1.5M" in Indonesian text is read the English way.
        "bothMarks": {code: _js_pattern(formatting._both_marks_pattern(code), classes)
                      for code in formatting._SEPARATORS},
        "separators": {code: list(marks) for code, marks in formatting._SEPARATORS.items()},
        "spaces": formatting._SPACES,
        "whitespace": "".join(_whitespace()),  # what str.strip() takes off
        "digitZeros": _digit_zeros(),  # every script's 0; its 1 to 9 follow it
        "multipliers": formatting._MULTIPLIERS,
        "maxText": formatting.MAX_TEXT,
        "maxNumber": str(MAX_NUMBER),
        "shownLimit": shown.__defaults__[0],
        "messages": _parse_messages(lang),
    }


def _parse_messages(lang: str) -> dict[str, str]:
    """parse_count's message for each kind of refusal, in ``lang``, as a template."""
    messages = {}
    for kind, (probe, parts) in PARSE_PROBES[lang].items():
        try:
            parse_count(probe, lang)
        except BilingualValueError as error:
            line = error.text(lang)
        else:  # pragma: no cover - a probe that parses would leave the page without a message
            raise AssertionError(f"parse_count({probe!r}, {lang!r}) did not fail")
        for name, value in {"text": shown(probe), **parts}.items():
            if line.count(value) != 1:  # pragma: no cover - the message changed shape
                raise AssertionError(f"{value!r} is not once in the message for {probe!r}: {line}")
            line = line.replace(value, "{" + name + "}")
        messages[kind] = line
    if len(set(messages.values())) != len(messages):  # pragma: no cover - two probes, one refusal
        raise AssertionError(f"two probes give the same refusal: {messages}")
    return messages


@functools.cache
def _digit_zeros() -> list[int]:
    """The code point of every decimal digit zero: what re's \\d and Decimal() read as digits."""
    zeros = [code for code in range(0x110000) if unicodedata.decimal(chr(code), None) == 0]
    digits = sum(1 for code in range(0x110000) if chr(code).isdecimal())
    if digits != 10 * len(zeros) or not all(unicodedata.decimal(chr(z + 9), None) == 9 for z in zeros):
        raise AssertionError("decimal digits do not come in runs of ten")  # pragma: no cover
    return zeros


def _digit_class() -> str:
    return "".join(f"\\u{{{zero:x}}}-\\u{{{zero + 9:x}}}" for zero in _digit_zeros())


@functools.cache
def _whitespace() -> tuple[str, ...]:
    """What re's \\s and str.strip() take as white space."""
    return tuple(chr(code) for code in range(0x110000) if chr(code).isspace())


def _js_pattern(pattern: str, classes: dict[str, str]) -> str:
    """A pattern of formatting.py in JavaScript's syntax (for the "u" flag), matching the same
    texts: \\d and \\s become Python's own classes, "\\," a plain comma, and a final
    possessive "*+" a greedy "*" (with nothing after it, both take the same)."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            escaped = pattern[i + 1]
            if escaped in classes:
                out.append(classes[escaped] if in_class else f"[{classes[escaped]}]")
            elif escaped == "u":
                out.append(pattern[i:i + 6])
                i += 4
            elif escaped in ",":
                out.append(escaped)
            elif escaped in r"^$\.*+?()[]{}|/-":
                out.append(pattern[i:i + 2])
            else:  # pragma: no cover - an escape this function does not know yet
                raise ValueError(f"cannot translate {pattern!r} at {i}")
            i += 2
            continue
        if pattern.startswith("*+", i):
            if i + 2 != len(pattern):  # pragma: no cover
                raise ValueError(f"a possessive quantifier inside {pattern!r}")
            out.append("*")
            i += 2
            continue
        in_class = (in_class or char == "[") and not (in_class and char == "]")
        out.append(char)
        i += 1
    return "".join(out)
