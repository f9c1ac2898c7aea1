"""The tier explorer's answers as plain data, for pages that run without Python.

``explorer_data(lang)`` asks the package itself (``describe_account``,
``compare_schemes``, ``classify``, ``assess_engagement``, the i18n strings) for every
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

import math

from babel import numbers as babel_numbers

from .data import SCHEMES
from .engagement import assess_engagement
from .explorer import ER_MAX  # the rate slider's top, as in notebook 00
from .formatting import _MULTIPLIERS, _SEPARATORS, _TEXT_PATTERN, format_percent, parse_count
from .i18n import MESSAGES, check_lang
from .plotting import tier_colour
from .report import describe_account
from .schemes import FOLLOWER_RANGE

__all__ = ["explorer_data", "cell_starts", "er_steps", "scheme_order", "ER_MAX", "ER_STEP_TENTHS"]

ER_STEP_TENTHS = 1  # the slider's step, in tenths of a percentage point
ER_PLACEHOLDER = "{er}"
# Interface strings the page shows; all of them come from influtier_lite.i18n.
PAGE_TEXT = ("app_title", "followers", "exact_count", "exact_count_hint", "engagement_rate", "account_line",
             "for_brand", "compare_caption", "col_source", "col_kind", "col_tier", "col_followers",
             "ladder_xlabel")
# Bad texts whose error message (from parse_count itself) the page shows, with {text} for
# what the reader typed: the reason for an ambiguous "M" (id), and a general one.
PARSE_PROBES = {"id": {"m": "1,5 M", "other": "x"}, "en": {"other": "x"}}


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
    from .compare import compare_schemes

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
    """What the page needs to read a typed count the way ``parse_count`` does."""
    messages = {}
    for kind, probe in PARSE_PROBES[lang].items():
        try:
            parse_count(probe, lang)
        except ValueError as error:
            line = str(error).splitlines()[0 if lang == "id" else -1]
            messages[kind] = line.replace(repr(probe), "{text}")
        else:  # pragma: no cover - a probe that parses would leave the page without a message
            raise AssertionError(f"parse_count({probe!r}, {lang!r}) did not fail")
    # Both languages' separators: "1.5M" in Indonesian text is read the English way.
    return {"pattern": _TEXT_PATTERN.replace("(?P<", "(?<"), "multipliers": _MULTIPLIERS,
            "separators": {code: list(marks) for code, marks in _SEPARATORS.items()}, "messages": messages}
