"""Engagement rate and its assessment against the articles' bands."""

from __future__ import annotations

import pytest

from influtier_lite import SCHEMES, assess_engagement, classify, engagement_rate, expected_engagements


def test_engagement_rate_by_followers_in_percent():
    assert engagement_rate(likes=450, comments=50, followers=5_000) == pytest.approx(10.0)
    assert engagement_rate(80, 10, 1_000, shares=5, saves=5) == pytest.approx(10.0)
    assert engagement_rate(0, 0, 10) == 0


@pytest.mark.parametrize(
    "kwargs, parameter, shown",
    [
        ({"likes": 1, "comments": 1, "followers": 0}, "followers", "0"),
        ({"likes": -1, "comments": 1, "followers": 10}, "likes", "-1"),
        ({"likes": 1, "comments": -2, "followers": 10}, "comments", "-2"),
        ({"likes": 1, "comments": 1, "followers": 10, "shares": -5}, "shares", "-5"),
        ({"likes": 1, "comments": 1, "followers": float("nan")}, "followers", "nan"),
    ],
)
def test_engagement_rate_bad_input(kwargs, parameter, shown, bilingual):
    with pytest.raises(ValueError) as caught:
        engagement_rate(**kwargs)
    bilingual(caught.value, parameter, shown)


def test_engagement_rate_text_is_a_type_error(bilingual):
    with pytest.raises(TypeError) as caught:
        engagement_rate("100", 1, 10)
    bilingual(caught.value, "likes", "'100'")


@pytest.mark.parametrize(
    "tier, rate, expected",
    [
        ("nano", 6.99, "below"), ("nano", 7, "within"), ("nano", 10, "within"), ("nano", 10.01, "above"),
        ("micro", 2.9, "below"), ("micro", 3, "within"), ("micro", 5, "within"), ("micro", 6, "above"),
        ("macro", 0.5, "below"), ("macro", 1, "within"), ("macro", 3, "within"), ("macro", 3.5, "above"),
        # mega: "sekitar 1%" widened by our 0.5-point convention
        ("mega", 0.49, "below"), ("mega", 0.5, "within"), ("mega", 1.5, "within"), ("mega", 1.51, "above"),
    ],
)
def test_assessment_against_partipost_bands(tier, rate, expected):
    assert assess_engagement(rate, SCHEMES["partipost"].tier(tier)) == expected


def test_the_gap_between_micro_and_nano_bands():
    # 6% is above micro's 3-5% and below nano's 7-10%: the articles' bands leave a gap.
    assert assess_engagement(6, classify(20_000)) == "above"
    assert assess_engagement(6, classify(1_000)) == "below"


def test_assessment_errors(bilingual):
    with pytest.raises(ValueError) as caught:
        assess_engagement(2, classify(5_000, "harmony"))
    bilingual(caught.value, "tier", "harmony/micro")
    with pytest.raises(ValueError) as caught:
        assess_engagement(-1, classify(5_000))
    bilingual(caught.value, "er_percent", "-1")
    with pytest.raises(TypeError) as caught:
        assess_engagement(2, "micro")
    bilingual(caught.value, "tier", "'micro'")


def test_expected_engagements():
    assert expected_engagements(20_000, 4) == pytest.approx(800)
    assert expected_engagements(0, 4) == 0
    with pytest.raises(ValueError):
        expected_engagements(-5, 1)
