"""Tiers exactly as the articles state them, edge by edge."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pandas as pd
import pytest

from influtier_lite import SCHEMES, Tier, classify, classify_many, get_scheme


def key(tier: Tier | None) -> str | None:
    return None if tier is None else tier.key


# Expected tiers read from the articles' sentences (shared/seeds), not from our data.
PARTIPOST = [
    (0, "nano"),
    (4_999, "nano"),
    (4_999.5, "nano"),       # "kurang dari 5.000": counts may be fractional
    (5_000, "micro"),        # "5.000 - 30.000 pengikut"
    (29_999, "micro"),
    (30_000, "micro"),       # in both ranges; our convention: stated upper bounds inclusive
    (30_000.5, "macro"),
    (99_999, "macro"),
    (100_000, "macro"),      # "30.000 - 100.000"; mega is "lebih dari 100.000"
    (100_000.5, "mega"),
    (100_001, "mega"),
    (5_000_000_000, "mega"),  # "hingga jutaan": no upper bound
]
HARMONY = [
    (0, None),               # the article names no tier below 1.000
    (999, None),
    (999.99, None),
    (1_000, "micro"),        # "1.000 hingga 100.000"
    (50_000, "micro"),
    (100_000, "micro"),      # ... hingga 100.000: included
    (100_000.5, "macro"),    # "lebih dari 100.000 orang"
    (10_000_000, "macro"),
]


@pytest.mark.parametrize("followers, expected", PARTIPOST)
def test_partipost_edges(followers, expected):
    assert key(classify(followers)) == expected
    assert key(classify(followers, "partipost")) == expected


@pytest.mark.parametrize("followers, expected", HARMONY)
def test_harmony_edges(followers, expected):
    assert key(classify(followers, scheme="harmony")) == expected


def test_macro_means_different_ranges_in_the_two_articles():
    assert key(classify(100_000, "partipost")) == "macro"
    assert key(classify(100_000, "harmony")) == "micro"
    assert key(classify(50_000, "partipost")) == "macro"
    assert key(classify(50_000, "harmony")) == "micro"


def test_partipost_engagement_bands_are_the_articles():
    bands = {t.key: t.er_band for t in SCHEMES["partipost"].tiers}
    assert bands == {"nano": (7, 10), "micro": (3, 5), "macro": (1, 3), "mega": (1, 1)}
    mega = SCHEMES["partipost"].tier("mega")
    assert mega.quote_er == "cukup rendah (sekitar 1%)"
    assert mega.er_tolerance == 0.5 and "convention" in mega.er_note
    assert all(t.er_band is None for t in SCHEMES["harmony"].tiers)


def test_tier_fields():
    micro = classify(10_000)
    assert (micro.key, micro.scheme, micro.min_followers, micro.max_followers) == ("micro", "partipost", 5000, 30000)
    assert micro.min_included and micro.max_included
    assert micro.name("id") == "Mikro" and micro.name("en") == "Micro"
    assert micro.source.kind == "article" and micro.source.author == "Vanessa"
    assert micro.quote_followers == "biasanya punya 5.000 - 30.000 pengikut"  # the article's hedge kept (issue 21)
    assert classify(10**9).max_followers is None
    assert classify(2_000, "harmony").source.author == "Fina Pratiwi"


def test_every_edge_records_its_side_and_why():
    for scheme in SCHEMES.values():
        for tier in scheme.tiers:
            assert tier.edge_note and tier.quote_followers, (scheme.id, tier.key)


def test_references_are_loaded_and_marked():
    references = {s.id for s in SCHEMES.values() if s.kind == "reference"}
    assert references == {"mediakix", "later_fohr", "iconosquare", "nolimit", "hypeauditor"}
    assert {s.id for s in SCHEMES.values() if s.kind == "article"} == {"partipost", "harmony"}
    assert "Secondary" in SCHEMES["later_fohr"].source.note
    assert key(classify(10_000, "mediakix")) == "micro"   # shared edge to the higher tier
    assert key(classify(1_000_000, "nolimit")) == "macro"  # "above 1 juta" is mega
    assert key(classify(2_000_000, "hypeauditor")) == "celebrity"


def test_accepts_numeric_types():
    assert key(classify(np.int64(5000))) == "micro"
    assert key(classify(np.float32(4999.5))) == "nano"
    assert key(classify(Fraction(9999, 2))) == "nano"


@pytest.mark.parametrize(
    "value, error, shown",
    [
        (-1, ValueError, "-1"),
        (float("nan"), ValueError, "nan"),
        (float("inf"), ValueError, "inf"),
        (-math.inf, ValueError, "-inf"),
        ("abc", TypeError, "'abc'"),
        ("5000", TypeError, "'5000'"),
        (None, TypeError, "None"),
        (True, TypeError, "True"),
        ([5000], TypeError, "[5000]"),
    ],
)
def test_bad_followers(value, error, shown, bilingual):
    with pytest.raises(error) as caught:
        classify(value)
    bilingual(caught.value, "followers", shown)


def test_unknown_scheme(bilingual):
    with pytest.raises(ValueError) as caught:
        classify(100, scheme="instagram")
    bilingual(caught.value, "scheme", "'instagram'")
    assert "partipost" in str(caught.value)
    with pytest.raises(ValueError):
        get_scheme(None)


# --- classify_many: the vectorised path must agree with classify everywhere ---

def edge_heavy_counts() -> np.ndarray:
    edges = sorted({e for s in SCHEMES.values() for t in s.tiers
                    for e in (t.min_followers, t.max_followers) if e is not None})
    near = [v for e in edges for v in (e, np.nextafter(e, -np.inf), np.nextafter(e, np.inf), e - 0.5, e + 0.5)]
    return np.array([v for v in near if v >= 0] + list(np.geomspace(1, 1e9, 500)))


@pytest.mark.parametrize("scheme", ["partipost", "harmony", "mediakix", "later_fohr", "iconosquare", "nolimit",
                                    "hypeauditor"])
def test_classify_many_agrees_with_classify(scheme):
    counts = edge_heavy_counts()
    result = classify_many(counts, scheme)
    assert len(result) == len(counts) > 500
    for count, got in zip(counts, result):
        expected = key(classify(float(count), scheme))
        assert (None if pd.isna(got) else got) == expected, (scheme, count)


def test_classify_many_series_keeps_index_and_orders_tiers():
    series = pd.Series([100, 5_000, 100_000, 100_001, None], index=list("abcde"), name="followers")
    result = classify_many(series)
    assert list(result.index) == list("abcde")
    assert result.iloc[:4].tolist() == ["nano", "micro", "macro", "mega"]
    assert pd.isna(result["e"])  # missing count, missing tier
    assert list(result.cat.categories) == ["nano", "micro", "macro", "mega"]
    assert result.cat.ordered


def test_classify_many_missing_where_no_tier():
    result = classify_many(np.array([10.0, 999, 1_000]), "harmony")
    assert pd.isna(result[0]) and pd.isna(result[1]) and result[2] == "micro"


def test_classify_many_accepts_lists_and_nullable_ints():
    assert list(classify_many([4_999, 5_000])) == ["nano", "micro"]
    nullable = pd.Series([4_999, None, 30_001], dtype="Int64")
    assert classify_many(nullable).tolist()[::2] == ["nano", "macro"]


def test_classify_many_bad_values_name_the_row(bilingual):
    with pytest.raises(ValueError) as caught:
        classify_many(pd.Series([10, -3, 5], index=["x", "y", "z"]))
    bilingual(caught.value, "followers['y']", "-3")
    with pytest.raises(ValueError) as caught:
        classify_many(np.array([1.0, np.inf]))
    bilingual(caught.value, "followers[1]", "inf")
    with pytest.raises(TypeError):
        classify_many(pd.Series(["5.000", "2,9 jt"]))
    with pytest.raises(TypeError):
        classify_many(np.array([True, False]))
    with pytest.raises(ValueError):
        classify_many([1, 2], scheme="nope")
