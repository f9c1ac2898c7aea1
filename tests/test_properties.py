"""Property tests: every count has exactly one Partipost tier, and tiers never go down."""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pandas  # noqa: F401 - imported once here, not inside the first timed example
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from influtier_lite import (
    LANGS,
    SCHEMES,
    DataError,
    classify,
    classify_many,
    format_compact,
    format_number,
    load_schemes,
    parse_count,
)
from influtier_lite.core.data import load_campaign_assumptions, load_sample_accounts
from influtier_lite.core.errors import BilingualError

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


# --- issue 17: parse_count never hangs, never raises anything but its own errors ----------

# Text a student might type or paste: digits, both marks, every space, units, and anything else.
typed = st.text(alphabet="0123456789.,  \u00a0\u202f\t-+kKmMbBjtrbiuaJTRB%Rp", max_size=80)
any_text = st.text(max_size=120) | typed | st.builds(lambda a, n, b: a + " " * n + b, typed, st.integers(0, 5000),
                                                     typed)


def check_error(error: BaseException) -> None:
    """One of the package's own errors about ``text``: Indonesian line, then English."""
    assert isinstance(error, BilingualError) and isinstance(error, (ValueError, TypeError)), repr(error)
    assert error.parameter == "text" and error.id.startswith("text = ") and error.en.startswith("text = ")
    assert str(error) == f"{error.id}\n{error.en}" and len(str(error)) < 600


@settings(max_examples=400, deadline=200)  # deadline: one call over 0.2 s fails the property
@given(any_text, st.sampled_from(LANGS))
def test_parse_count_answers_any_text_quickly_with_a_count_or_its_own_error(text, lang):
    try:
        count = parse_count(text, lang)
    except Exception as error:  # the property is about which errors
        check_error(error)
    else:
        assert isinstance(count, int) and 0 <= count <= 10**15


@settings(max_examples=300)
@given(st.integers(min_value=0, max_value=10**15) | st.sampled_from([0, 999, 1_000, 10**15 - 1, 10**15]),
       st.sampled_from(LANGS))
def test_every_count_format_number_writes_reads_back(count, lang):
    assert parse_count(format_number(count, lang), lang) == count


@settings(max_examples=200)
@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(LANGS))
def test_compact_forms_read_back_to_the_count_they_round(count, lang):
    written = format_compact(count, lang, fraction_digits=1)
    try:
        read = parse_count(written, lang)
    except ValueError as error:  # e.g. "1,5 T" (triliun): a unit parse_count does not take
        check_error(error)
        return
    assert abs(read - count) <= max(count, 1) * 0.05 + 1


# --- issue 17: a corrupted data file never loads silently into different tiers ------------

ROOT = Path(__file__).resolve().parents[1]
NUMERIC = {"tiers.csv": ["min_followers", "max_followers", "er_low", "er_high", "er_tolerance", "order",
                         "min_included", "max_included"],
           "campaign_assumptions.csv": ["followers_per_influencer", "cost_per_post_idr"],
           "sample_accounts_synthetic.csv": ["followers", "avg_likes", "avg_comments", "avg_shares"]}


def rewritten(raw: str, how: str) -> str:
    """``raw`` written another way, as a spreadsheet or a hurried teacher might."""
    if not re.fullmatch(r"\d+(\.\d+)?", raw):
        return raw + how  # flags and empty cells: something appended
    value = float(raw)
    return {
        "id": format_number(value, "id"), "en": format_number(value, "en"),
        "compact_id": format_compact(value, "id"), "compact_en": format_compact(value, "en"),
        "rp": f"Rp {format_number(value, 'id')}", "unit": f"{raw} pengikut", "comma": raw.replace(".", ","),
        "nbsp": format_number(value, "en").replace(",", "\u00a0"), "exp": f"{value:e}", "plus": f"+{raw}",
        "percent": f"{raw}%", "excel": f"{value:.2f}".replace(".", ","),
    }.get(how, raw + how)


def snapshot(directory: Path, name: str):
    """What a load gives: every tier's edges and band, the planner's numbers, the sample's counts."""
    if name == "tiers.csv":
        return {s: tuple(t._key() for t in scheme.tiers) for s, scheme in load_schemes(directory).items()}
    if name == "campaign_assumptions.csv":
        return {k: (v["followers"], v["cost_per_post"]) for k, v in load_campaign_assumptions(directory).items()}
    frame = load_sample_accounts(directory)
    return frame[NUMERIC[name]].to_numpy().tolist()


HOWS = ["id", "en", "compact_id", "compact_en", "rp", "unit", "comma", "nbsp", "exp", "plus", "percent", "excel"]


@pytest.mark.parametrize("name", list(NUMERIC))
def test_corrupted_data_files_never_load_silently_into_different_tiers(name):
    original = snapshot(ROOT / "data", name)
    rows = (ROOT / "data" / name).read_text(encoding="utf-8").splitlines()

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(line=st.integers(1, min(len(rows) - 1, 40)), column=st.sampled_from(NUMERIC[name]),
           how=st.sampled_from(HOWS) | st.text(min_size=1, max_size=8).filter(
               lambda s: not s.isspace() and not re.fullmatch(r"[\d.\s]+", s)))  # "5": a real edit, not a slip
    def corrupted(line, column, how):
        import csv
        import io

        with tempfile.TemporaryDirectory() as folder:
            directory = Path(folder) / "data"
            shutil.copytree(ROOT / "data", directory)
            table = list(csv.reader(io.StringIO((directory / name).read_text(encoding="utf-8"))))
            index = table[0].index(column)
            before = table[line][index]
            table[line][index] = rewritten(before, how)
            assume(table[line][index].strip() != before)
            buffer = io.StringIO()
            csv.writer(buffer, lineterminator="\n").writerows(table)
            (directory / name).write_text(buffer.getvalue(), encoding="utf-8")
            try:
                loaded = snapshot(directory, name)
            except DataError as error:
                indonesian, english = str(error).splitlines()
                assert english.startswith(name) and indonesian.startswith(name)  # the file, and the line if any
                return
            assert loaded == original, (line, column, before, table[line][index])

    corrupted()
