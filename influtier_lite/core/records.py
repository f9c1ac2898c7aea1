"""What a tier, a taxonomy (scheme) and a source are: small read-only records.

The numbers in them come from ``data/`` (see ``influtier_lite.core.data``); nothing here
invents a boundary.
"""

from __future__ import annotations

import math
from functools import cached_property

from .words import check_lang, value_error

__all__ = ["Source", "Tier", "Scheme", "FOLLOWER_RANGE"]

FOLLOWER_RANGE = (100, 100_000_000)  # the counts the sliders and figures cover


class _Record:
    """Read-only record built from keyword arguments, equal when its ``_compared`` fields are.

    A plain class rather than a frozen dataclass: a dataclass compiles its methods when
    the module is imported, and ``import influtier_lite`` should cost nothing beyond its
    dependencies (issue 4, ``import_ratio``).
    """

    _fields: tuple[str, ...] = ()
    _compared: tuple[str, ...] = ()

    def __init__(self, **values) -> None:
        if set(values) != set(self._fields):
            wrong = sorted(set(values) ^ set(self._fields))
            raise TypeError(f"{type(self).__name__}: missing or unknown fields {wrong}")
        self.__dict__.update(values)

    def __setattr__(self, name: str, value) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    __delattr__ = __setattr__

    def _key(self) -> tuple:
        return tuple(getattr(self, name) for name in self._compared)

    def __eq__(self, other) -> bool:
        return type(other) is type(self) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{n}={getattr(self, n)!r}' for n in self._compared)})"


class Source(_Record):
    """Where a number comes from: one of the two articles, or a reference taxonomy.

    Fields: id, kind ("article" or "reference"), publisher, title, author, published,
    updated, platform, where_to_read, note.
    """

    _fields = _compared = ("id", "kind", "publisher", "title", "author", "published", "updated", "platform",
                           "where_to_read", "note")

    @property
    def short_name(self) -> str:
        """The publisher without its description: "Harmony (accounting-software blog)" -> "Harmony"."""
        return self.publisher.split(" (")[0]

    def citation(self) -> str:
        """A short citation: publisher, author, title, date."""
        date = self.updated or self.published
        parts = [self.publisher, self.author, f"\u201c{self.title}\u201d", date]
        return ", ".join(p for p in parts if p)


class Tier(_Record):
    """One tier of one scheme, with its follower range and engagement band.

    ``min_followers``/``max_followers`` are the edges; ``min_included`` and
    ``max_included`` say which side of each edge the tier takes. ``max_followers``
    is None for an open-ended top tier. ``max_by_convention`` is True where which side of
    the upper edge the tier takes is our convention, not the source's words (Partipost
    writes 30.000 into two ranges; the reference taxonomies share their edges). ``er_band``
    is (low, high) engagement rate in percent as the source states it, or None;
    ``er_tolerance`` widens it for
    assessment when the source gives only an approximate figure (our convention,
    explained in ``er_note``). ``names`` maps a language to the display name; the
    quotes and notes give the source's exact words and our reading of the edges.
    """

    _compared = ("key", "scheme", "order", "min_followers", "min_included", "max_followers", "max_included",
                 "er_band", "er_tolerance")
    _fields = (*_compared, "max_by_convention", "names", "source", "quote_followers", "edge_note", "quote_er",
               "er_note")

    def name(self, lang: str = "id") -> str:
        """Display name in ``lang``: "Mikro" (id), "Micro" (en)."""
        return self.names[check_lang(lang)]

    def contains(self, followers: float) -> bool:
        """Whether a follower count falls in this tier (edges as the data states)."""
        above_min = followers >= self.min_followers if self.min_included else followers > self.min_followers
        if self.max_followers is None:
            return above_min
        below_max = followers <= self.max_followers if self.max_included else followers < self.max_followers
        return above_min and below_max

    @property
    def er_range(self) -> tuple[float, float] | None:
        """The band used to assess an engagement rate: ``er_band`` widened by ``er_tolerance``."""
        if self.er_band is None:
            return None
        low, high = self.er_band
        return (low - self.er_tolerance, high + self.er_tolerance)

    def __repr__(self) -> str:
        top = "" if self.max_followers is None else f"{self.max_followers:g}"
        left = "[" if self.min_included else "("
        right = "]" if self.max_included else ")"
        band = "" if self.er_band is None else f", er_band={self.er_band}"
        return f"Tier({self.scheme}/{self.key}, followers {left}{self.min_followers:g}, {top or 'inf'}{right}{band})"


class Scheme(_Record):
    """A taxonomy: ordered tiers from one source.

    Fields: id, kind ("article" or "reference"), source, names (by language), edge_rule,
    tiers (a tuple, lowest first).
    """

    _compared = ("id", "kind", "source", "tiers")
    _fields = (*_compared, "names", "edge_rule")

    def name(self, lang: str = "id") -> str:
        return self.names[check_lang(lang)]

    def tier(self, key: str) -> Tier:
        """The tier with this key, e.g. ``SCHEMES["partipost"].tier("mega")``."""
        for tier in self.tiers:
            if tier.key == key:
                return tier
        keys = ", ".join(tier.key for tier in self.tiers)
        raise value_error("err_records_unknown_tier", parameter="key", value=key, tier_key=key, keys=keys)

    def find(self, followers: float) -> Tier | None:
        """The tier containing ``followers`` (already validated), or None."""
        for tier in self.tiers:
            if tier.contains(followers):
                return tier
        return None

    @cached_property
    def thresholds(self) -> tuple[float, ...]:
        """Lower edge of each tier, as the smallest count it contains.

        An excluded lower edge ("lebih dari 100.000") becomes the next float above it,
        so that every tier starts at ``count >= threshold``: the form a sorted search
        (``numpy.searchsorted``) needs to classify millions of counts at once.
        """
        return tuple(
            t.min_followers if t.min_included else math.nextafter(t.min_followers, math.inf)
            for t in self.tiers
        )
