"""What a tier, a taxonomy (scheme) and a source are. Plain frozen dataclasses.

The numbers in them come from ``data/`` (see ``influtier_lite.data``); nothing here
invents a boundary.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cached_property

from .i18n import check_lang


@dataclass(frozen=True)
class Source:
    """Where a number comes from: one of the two articles, or a reference taxonomy."""

    id: str
    kind: str  # "article" or "reference"
    publisher: str
    title: str
    author: str
    published: str
    updated: str
    platform: str
    where_to_read: str
    note: str

    def citation(self) -> str:
        """A short citation: publisher, author, title, date."""
        date = self.updated or self.published
        parts = [self.publisher, self.author, f"\u201c{self.title}\u201d", date]
        return ", ".join(p for p in parts if p)


@dataclass(frozen=True)
class Tier:
    """One tier of one scheme, with its follower range and engagement band.

    ``min_followers``/``max_followers`` are the edges; ``min_included`` and
    ``max_included`` say which side of each edge the tier takes. ``max_followers``
    is None for an open-ended top tier. ``er_band`` is (low, high) engagement rate
    in percent as the source states it, or None; ``er_tolerance`` widens it for
    assessment when the source gives only an approximate figure (our convention,
    explained in ``er_note``).
    """

    key: str
    scheme: str
    order: int
    names: dict[str, str] = field(compare=False)
    min_followers: float
    min_included: bool
    max_followers: float | None
    max_included: bool
    er_band: tuple[float, float] | None
    er_tolerance: float
    source: Source = field(compare=False)
    quote_followers: str = field(compare=False)
    edge_note: str = field(compare=False)
    quote_er: str = field(compare=False)
    er_note: str = field(compare=False)

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


@dataclass(frozen=True)
class Scheme:
    """A taxonomy: ordered tiers from one source."""

    id: str
    kind: str  # "article" or "reference"
    source: Source
    names: dict[str, str] = field(compare=False)
    edge_rule: str = field(compare=False)
    tiers: tuple[Tier, ...] = ()

    def name(self, lang: str = "id") -> str:
        return self.names[check_lang(lang)]

    def tier(self, key: str) -> Tier:
        """The tier with this key, e.g. ``SCHEMES["partipost"].tier("mega")``."""
        for tier in self.tiers:
            if tier.key == key:
                return tier
        raise KeyError(key)

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
