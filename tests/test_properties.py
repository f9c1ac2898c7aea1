"""Property tests: every count has exactly one Partipost tier, and tiers never go down."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from influtier_lite import SCHEMES, classify, classify_many

counts = st.floats(min_value=0, max_value=1e12, allow_nan=False, allow_infinity=False)
edges = st.sampled_from([0, 1_000, 5_000, 30_000, 100_000]).flatmap(
    lambda e: st.sampled_from([e, np.nextafter(e, np.inf), max(0.0, np.nextafter(e, -np.inf))])
)
any_count = counts | edges | st.integers(min_value=0, max_value=10**12)


@given(any_count)
def test_every_count_has_exactly_one_partipost_tier(followers):
    containing = [t for t in SCHEMES["partipost"].tiers if t.contains(followers)]
    assert len(containing) == 1
    assert classify(followers) == containing[0]


@given(any_count, any_count)
def test_more_followers_never_lower_tier(a, b):
    low, high = sorted([a, b])
    assert classify(low).order <= classify(high).order
    harmony_low, harmony_high = classify(low, "harmony"), classify(high, "harmony")
    if harmony_low is not None:
        assert harmony_high is not None and harmony_low.order <= harmony_high.order


@settings(max_examples=50)
@given(st.lists(any_count, min_size=1, max_size=50))
def test_vectorised_path_agrees(values):
    result = classify_many(np.array(values, dtype=float))
    assert list(result) == [classify(v).key for v in values]
