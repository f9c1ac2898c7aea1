"""Issue 17: nothing silent, nothing slow, nothing raised into a notebook.

Each test reproduces one way a careless student, a teacher editing the data in Excel or a
hostile visitor broke the package before (the docstring says what happened then).
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import influtier_lite.core.data as data_module
from influtier_lite import (
    DataError,
    classify,
    classify_many,
    format_compact,
    format_number,
    format_percent,
    load_sample_accounts,
    load_schemes,
    load_sources,
    parse_count,
    tier_codes,
)
from influtier_lite.core.data import load_campaign_assumptions

ROOT = Path(__file__).resolve().parents[1]


def copy_data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target


def rewrite(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= count, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def both(error: BaseException) -> tuple[str, str]:
    indonesian, english = str(error).splitlines()
    return indonesian, english


# --- numbers in the data files ---------------------------------------------------------

def dotted_tiers(directory: Path) -> None:
    """Partipost's edges in tiers.csv written the Indonesian way, as a teacher would in Excel."""
    path = directory / "tiers.csv"
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        for column in ("min_followers", "max_followers"):
            if row[column] and row["scheme"] == "partipost":
                row[column] = format_number(int(row[column]), "id")
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_edges_written_with_indonesian_dots_are_refused_not_read_as_5_30_100(tmp_path):
    """Before: the file loaded without a word, the edges became 5 / 30 / 100 and
    classify(25_000) said mega."""
    directory = copy_data(tmp_path)
    dotted_tiers(directory)
    with pytest.raises(DataError) as caught:
        load_schemes(directory)
    indonesian, english = both(caught.value)
    assert english.startswith("tiers.csv, line 2: max_followers = '5.000' is not a number written the data files' way")
    assert english.endswith("Write 5000.")
    assert indonesian.startswith("tiers.csv, baris 2: max_followers = '5.000' bukan angka")
    assert indonesian.endswith("Tulis 5000.")
    assert "data/README.md" in english and "data/README.md" in indonesian


@pytest.mark.parametrize("written, fix", [
    ("30.000", "Write 30000."), ("30,000", "Write 30000."), ("30\u00a0000", "Write 30000."),
    ("30 rb", "Write 30000."), ("30K", "Write 30000."), ("3e4", "Examples: 5000 or 0.5."),
    ("30000.0", "Write 30000."), ("abc", "Examples: 5000 or 0.5."),
])
def test_every_other_way_of_writing_an_edge_is_refused_with_the_fix(tmp_path, written, fix):
    directory = copy_data(tmp_path)
    rewrite(directory / "tiers.csv", "Mikro,Micro,5000,yes,30000,", f"Mikro,Micro,5000,yes,\"{written}\",")
    with pytest.raises(DataError) as caught:
        load_schemes(directory)
    english = both(caught.value)[1]
    assert english.startswith(f"tiers.csv, line 3: max_followers = {written!r}")
    assert english.endswith(fix)


def test_decimal_comma_in_a_band_is_refused(tmp_path):
    directory = copy_data(tmp_path)
    rewrite(directory / "tiers.csv", "lebih dari 100.000 hingga jutaan pengikut,\"'lebih dari 100.000': "
            "100.000 itself is macro; no upper bound\",1,1,0.5,",
            "lebih dari 100.000 hingga jutaan pengikut,\"'lebih dari 100.000': "
            "100.000 itself is macro; no upper bound\",1,1,\"0,5\",")
    with pytest.raises(DataError, match=r"line 5: er_tolerance = '0,5' is not a number .* Write 0\.5\."):
        load_schemes(directory)


def test_campaign_followers_with_dots_are_refused_in_their_own_file(tmp_path, monkeypatch):
    """Before: "3.000" followers were read as 3, and the planner then blamed the wrong file."""
    directory = copy_data(tmp_path)
    rewrite(directory / "campaign_assumptions.csv", "nano,3000,500000", "nano,3.000,500000")
    with pytest.raises(DataError) as caught:
        load_campaign_assumptions(directory)
    indonesian, english = both(caught.value)
    assert english.startswith("campaign_assumptions.csv, line 2: followers_per_influencer = '3.000'")
    assert indonesian.startswith("campaign_assumptions.csv, baris 2: followers_per_influencer = '3.000'")
    assert english.endswith("Write 3000.")


def test_a_bad_count_in_the_sample_names_file_line_and_column(tmp_path):
    """Before: a bare ValueError("invalid literal for int() with base 10: '144613.5'")."""
    directory = copy_data(tmp_path)
    rewrite(directory / "sample_accounts_synthetic.csv", "@pagi.pintar3,fesyen,35446,",
            "@pagi.pintar3,fesyen,144613.5,")
    for as_frame in (True, False):
        with pytest.raises(DataError) as caught:
            load_sample_accounts(directory, as_frame=as_frame)
        indonesian, english = both(caught.value)
        assert english == ("sample_accounts_synthetic.csv, line 2: followers = '144613.5' must be a whole number "
                           "(plain digits, e.g. 5000).")
        assert indonesian.startswith("sample_accounts_synthetic.csv, baris 2: followers = '144613.5' harus")


@pytest.mark.parametrize("file, old, new, message", [
    ("tiers.csv", ",7,10,,7-10%,", ",7,1000,,7-10%,", "line 2: er_high = '1000' is impossible: it must be at most 100"),
    ("tiers.csv", ",1,1,0.5,", ",1,1,500,", "line 5: er_tolerance = '500' is impossible"),
    ("campaign_assumptions.csv", "nano,3000,500000", "nano,3000,-500000",
     "line 2: cost_per_post_idr = '-500000' must be a finite number >= 0"),
    ("campaign_assumptions.csv", "nano,3000,500000", "nano,3000,1" + "0" * 300,
     "line 2: cost_per_post_idr = '1000000000000000000000000000…'(301 chars) is impossible"),
])
def test_impossible_values_are_refused(tmp_path, file, old, new, message):
    """Before: an engagement band of 7-1000 % loaded, and a cost of 10^300 reached the planner."""
    directory = copy_data(tmp_path)
    rewrite(directory / file, old, new)
    loader = load_schemes if file == "tiers.csv" else load_campaign_assumptions
    with pytest.raises(DataError) as caught:
        loader(directory)
    assert message in both(caught.value)[1]
    assert "baris" in both(caught.value)[0]


# --- encodings and separators ------------------------------------------------------------

def test_a_file_saved_as_ansi_says_save_as_csv_utf8(tmp_path):
    """Before: a bare UnicodeDecodeError ("'utf-8' codec can't decode byte 0xe9 ...")."""
    directory = copy_data(tmp_path)
    path = directory / "sources.csv"
    path.write_bytes(path.read_text(encoding="utf-8").replace("Vanessa", "Vanéssa").encode("cp1252"))
    with pytest.raises(DataError) as caught:
        load_sources(directory)
    indonesian, english = both(caught.value)
    assert english.startswith("sources.csv, line 3: is not UTF-8: byte e9 ('é' in ANSI/Windows-1252).")
    assert "Save As > 'CSV UTF-8 (Comma delimited) (*.csv)'" in english
    assert indonesian.startswith("sources.csv, baris 3: bukan UTF-8")


def test_a_file_saved_as_utf16_says_so(tmp_path):
    """Before: a bare UnicodeDecodeError ("can't decode byte 0xff in position 0")."""
    directory = copy_data(tmp_path)
    path = directory / "tiers.csv"
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))
    with pytest.raises(DataError, match=r"tiers.csv: is saved as UTF-16 \(Unicode\), not UTF-8\. In Excel"):
        load_schemes(directory)


@pytest.mark.parametrize("delimiter, named", [(";", "semicolons (';')"), ("\t", "tabs ('\\\\t')")])
def test_a_semicolon_file_names_the_separator(tmp_path, delimiter, named):
    """Before: "missing columns: [all 16]", without a word about the separator."""
    directory = copy_data(tmp_path)
    path = directory / "tiers.csv"
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_schemes(directory)
    indonesian, english = both(caught.value)
    assert english.startswith(f"tiers.csv, line 1: the columns are separated by {named.replace(chr(92) * 2, chr(92))}")
    assert "CSV UTF-8 (Comma delimited)" in english and "missing columns" not in english
    assert "bukan koma" in indonesian


# --- duplicate keys --------------------------------------------------------------------

def duplicate_line(path: Path, line: int, change: tuple[str, str] | None = None) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    copy = lines[line - 1] if change is None else lines[line - 1].replace(*change)
    path.write_text("\n".join([*lines, copy]) + "\n", encoding="utf-8")


def test_duplicate_source_ids_are_refused(tmp_path):
    """Before: the last row won (harmony's author silently became "Someone Else")."""
    directory = copy_data(tmp_path)
    duplicate_line(directory / "sources.csv", 2, ("Fina Pratiwi", "Someone Else"))
    line = len((directory / "sources.csv").read_text(encoding="utf-8").splitlines())
    with pytest.raises(DataError) as caught:
        load_sources(directory)
    indonesian, english = both(caught.value)
    assert english == f"sources.csv, line {line}: source 'harmony' appears twice (also on line 2); delete one of them."
    assert indonesian == (f"sources.csv, baris {line}: sumber 'harmony' muncul dua kali (juga di baris 2); "
                          "hapus salah satunya.")


def test_duplicate_campaign_tiers_are_refused(tmp_path):
    """Before: the last row won (nano's followers silently became 4000)."""
    directory = copy_data(tmp_path)
    duplicate_line(directory / "campaign_assumptions.csv", 2, ("nano,3000,500000", "nano,4000,900000"))
    with pytest.raises(DataError, match=r"line 6: tier 'nano' appears twice \(also on line 2\)"):
        load_campaign_assumptions(directory)


def test_a_missing_campaign_tier_is_named(tmp_path):
    """Before: the planner failed later with KeyError: 'mega'."""
    directory = copy_data(tmp_path)
    path = directory / "campaign_assumptions.csv"
    path.write_text("".join(path.read_text(encoding="utf-8").splitlines(keepends=True)[:4]), encoding="utf-8")
    with pytest.raises(DataError, match=r"campaign_assumptions.csv: no row for tier\(s\) \['mega'\]"):
        load_campaign_assumptions(directory)


def test_duplicate_quiz_ids_and_sample_handles_are_refused(tmp_path):
    """Before: both loaded (nine questions, two with the same id)."""
    from influtier_lite.core.quiz import load_questions

    directory = copy_data(tmp_path)
    duplicate_line(directory / "quiz.csv", 2)
    with pytest.raises(DataError, match=r"quiz.csv, line \d+: question 'followers_nano' appears twice"):
        load_questions("en", directory)
    duplicate_line(directory / "sample_accounts_synthetic.csv", 2)
    with pytest.raises(DataError, match=r"line 502: account '@pagi.pintar3' appears twice \(also on line 2\)"):
        load_sample_accounts(directory)


# --- labels are text, never maths --------------------------------------------------------

@pytest.fixture
def dollar_schemes(tmp_path, monkeypatch):
    directory = copy_data(tmp_path)
    rewrite(directory / "tiers.csv", "partipost,mega,4,Mega,Mega,", "partipost,mega,4,Mega $_$,Mega $_$,")
    rewrite(directory / "sources.csv", "Harmony (accounting-software blog)", "Harmony $\\frac$ (blog)")
    schemes = load_schemes(directory)
    monkeypatch.setattr(data_module.SCHEMES, "_schemes", schemes)
    return schemes


def test_a_dollar_in_a_tier_name_is_drawn_as_text(dollar_schemes):
    """Before: the ladder raised ValueError (ParseSyntaxException) from matplotlib's mathtext."""
    from influtier_lite.core.campaign import plan_campaign
    from influtier_lite.figures import TierLadder, engagement_scatter, plan_figure

    ladder = TierLadder("en")
    assert ladder.png().startswith(b"\x89PNG")
    labels = [t for t in ladder.axes.texts + ladder.axes.get_yticklabels() if "$" in t.get_text()]
    assert labels and not any(t.get_parse_math() for t in labels)
    plan = plan_campaign({"mega": 1}, {"mega": 1e7}, {"mega": 500_000}, budget=1e8)
    assert plan_figure(plan, "en")._repr_png_().startswith(b"\x89PNG")
    scatter = engagement_scatter([200_000], [1.0], ["mega"], "en")
    assert scatter._repr_png_().startswith(b"\x89PNG")


# --- parse_count -------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["2 9 jt", "1 2 3", "12 34", "1 2345", "1  000", "1 000 00", "1,5 0 jt"])
def test_space_grouping_must_be_groups_of_three(text, bilingual):
    """Before: "2 9 jt" was 29 juta and "1 2 3" was 123."""
    with pytest.raises(ValueError) as caught:
        parse_count(text, "id")
    bilingual(caught.value, "text", repr(text))
    assert "groups of three digits" in str(caught.value)


@pytest.mark.parametrize("text, lang, expected", [
    ("1 250 000", "id", 1_250_000), ("1\u00a0250\u00a0000", "en", 1_250_000), ("25 000", "en", 25_000),
    ("12 ribu", "id", 12_000), ("2,9  jt", "id", 2_900_000), ("1 250,5 rb", "id", 1_250_500),
    ("999.999.999.999.999", "id", 999_999_999_999_999), ("1.000.000.000.000.000", "id", 10**15),
    ("1 miliar", "id", 10**9), ("1000000 miliar", "en", 10**15),
])
def test_consistent_grouping_and_counts_up_to_ten_to_the_fifteen_are_read(text, lang, expected):
    assert parse_count(text, lang) == expected


@pytest.mark.parametrize("text", ["12345678901234567890123456789", "1" * 26, "1.000.000.000.000.001",
                                  "1000001 miliar", "2 miliar miliar"])
def test_counts_beyond_the_range_are_refused_not_rounded(text):
    """Before: 29 digits came back rounded (…456789 read as …456000), 26 digits came back
    whole and then broke format_number."""
    with pytest.raises(ValueError) as caught:
        parse_count(text, "id")
    indonesian, english = both(caught.value)
    assert english.startswith("text = ") and indonesian.startswith("text = ")
    assert "at most 10^15" in english or "unknown unit" in english


def test_too_long_text_is_refused_at_once_with_a_short_message(bilingual):
    """Before: a 1 MB run of digits took seconds and ended in a huge error message."""
    for text in ["1" * 1_000_000, " " * 65, "1" + " " * 100_000 + "x1"]:
        with pytest.raises(ValueError) as caught:
            parse_count(text)
        message = str(caught.value)
        assert len(message) < 400
        assert f"({len(text)} characters)" in message and "at most 64 characters" in message
        assert "text = '" in message
    assert parse_count(" " * 28 + "1.000.000" + " " * 27) == 1_000_000  # 64 characters: read


TIMING = """
import time
from influtier_lite import parse_count

def best(text, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        try:
            parse_count(text)
        except ValueError:
            pass
        times.append(time.perf_counter() - start)
    return min(times)

count = " " * 28 + "1.000.000" + " " * 27
assert len(count) == 64 and parse_count(count) == 1_000_000
small = best(count, 2000)
big = max(best(text, 5) for text in (" " * 2**20, "1" + " " * (2**20 - 3) + "x1", "1" * 2**20))
print(big / small, big)
"""


def test_parse_count_on_a_megabyte_of_spaces_is_as_fast_as_reading_a_short_count():
    """Before: quadratic (16.000 spaces: seconds; 1 MB: never finished). Measured as a ratio
    to reading a 64-character count, so the bound holds on a slow machine: 0.1 s on a
    machine where reading the count takes 20 µs is a ratio of 5000. Run in a subprocess
    so that a hang fails the test instead of freezing the suite."""
    try:
        result = subprocess.run([sys.executable, "-c", TIMING], capture_output=True, text=True, timeout=60,
                                cwd=ROOT, check=True)
    except subprocess.TimeoutExpired:
        pytest.fail("parse_count did not finish on 1 MB of text within 60 s")
    ratio, seconds = map(float, result.stdout.split())
    assert ratio < 5000, f"1 MB took {ratio:.0f} times as long as a 64-character count ({seconds:.4f} s)"


# --- formatting and numbers beyond the range -------------------------------------------

def test_numbers_up_to_ten_to_the_fifteen_format_exactly():
    assert format_number(10**15, "id") == "1.000.000.000.000.000"
    assert format_number(999_999_999_999_999, "en") == "999,999,999,999,999"
    assert format_number(-(10**15) + 1, "en") == "-999,999,999,999,999"


@pytest.mark.parametrize("call, parameter, value", [
    (lambda: format_number(1e25), "value", "1e+25"),
    (lambda: format_number(10**400), "value", "…(401 chars)"),
    (lambda: format_percent(1e300), "value_percent", "1e+300"),
    (lambda: format_compact(-1e16), "value", "-1e+16"),
    (lambda: classify(10**400), "followers", "…(401 chars)"),
    (lambda: classify(10**5000), "followers", "<int of 16610 bits>"),
])
def test_numbers_beyond_the_range_say_so_in_both_languages(call, parameter, value, bilingual):
    """Before: decimal.InvalidOperation ("[<class 'decimal.InvalidOperation'>]") or
    OverflowError ("int too large to convert to float"), in one language, no parameter."""
    with pytest.raises(ValueError) as caught:
        call()
    bilingual(caught.value, parameter, value)
    assert "at most 10^15" in str(caught.value)


@pytest.mark.parametrize("call, parameter", [
    (lambda: format_number(5, decimals=-1), "decimals"), (lambda: format_number(5, decimals="2"), "decimals"),
    (lambda: format_percent(5, decimals=2.5), "decimals"), (lambda: format_compact(5, fraction_digits=99),
                                                             "fraction_digits"),
])
def test_format_options_are_checked(call, parameter, bilingual):
    """Before: "-1" raised a bare ValueError from Babel's pattern parser, "2" a TypeError."""
    with pytest.raises(ValueError) as caught:
        call()
    bilingual(caught.value, parameter, "")


# --- classify_many / tier_codes ----------------------------------------------------------

def test_a_bad_value_in_an_index_names_its_position(bilingual):
    """Before: AttributeError: 'Index' object has no attribute 'index' (while building the message)."""
    with pytest.raises(ValueError) as caught:
        classify_many(pd.Index([1.0, -5.0]))
    bilingual(caught.value, "followers[1]", "-5.0")
    with pytest.raises(TypeError) as caught:
        tier_codes(pd.Index([1000, "5.000"], dtype=object))
    bilingual(caught.value, "followers[1]", "'5.000'")


@pytest.mark.parametrize("followers", [
    pd.DataFrame({"a": [1, 200_000], "b": [6_000, 40_000]}), np.array([[1, 2], [3, 4]]), [[1, 2], [3, 4]],
    [[1], [2, 3]], np.float64(5000), 5000,
])
def test_input_that_is_not_one_dimensional_is_refused(followers, bilingual):
    """Before: a DataFrame's rows came back interleaved (['nano', 'micro', 'mega', 'macro'])."""
    with pytest.raises(ValueError) as caught:
        classify_many(followers)
    bilingual(caught.value, "followers", "(")
    assert "one-dimensional" in str(caught.value)


@pytest.mark.parametrize("missing", [None, float("nan"), np.nan, pd.NA, pd.NaT, np.datetime64("NaT")])
def test_every_missing_marker_is_a_missing_tier(missing):
    """Before: pd.NA and NaT in a list raised TypeError "must hold numbers"."""
    for followers in ([1_000, missing, 200_000], pd.Series([1_000, missing, 200_000], dtype=object),
                      pd.Index([1_000, missing, 200_000], dtype=object), np.array([1_000, missing, 200_000],
                                                                                   dtype=object)):
        result = classify_many(followers)
        assert len(result) == 3 and result[0] == "nano" and result[2] == "mega", type(followers)
        assert pd.isna(result[1])
        assert list(tier_codes(followers)) == [0, -1, 3]


def test_bad_values_are_named_by_position_in_every_container(bilingual):
    for followers, label in (([1_000, "x"], "followers[1]"), (np.array([1_000, "x"], dtype=object), "followers[1]"),
                             (np.array(["1000", "x"]), "followers[0]"), (pd.Index([1_000, "x"]), "followers[1]"),
                             (pd.Series([1_000, "x"], index=["a", "b"]), "followers['b']"),
                             ([1_000, True], "followers[1]")):
        with pytest.raises(TypeError) as caught:
            classify_many(followers)
        bilingual(caught.value, label, "")


# --- widgets never raise, never keep a stale result -------------------------------------

def test_a_26_digit_count_in_the_box_shows_an_error_and_no_stale_report():
    """Before: decimal.InvalidOperation raised out of the callback; the box showed the
    26 digits, the report and the figure still showed 25.000, explorer.followers was 1.1e25."""
    from influtier_lite.widgets.explorer import TierExplorer

    explorer = TierExplorer("en", followers=25_000)
    explorer.followers_box.value = "1" * 26
    assert "at most 10^15" in explorer.box_error.value and "must be" in explorer.box_error.value
    assert explorer.followers == 25_000
    assert explorer.report_html.value == "" and explorer.image.layout.display == "none"
    assert "at most 10^15" in explorer._repr_mimebundle_()["text/plain"]
    explorer.followers_slider.value = 50_000  # moving on clears the error and brings the answers back
    assert explorer.box_error.value == "" and explorer.followers_box.value == "50,000"
    assert "Followers: 50,000" in explorer.report_html.value and explorer.image.layout.display is None


def test_the_comparison_box_takes_down_its_table_too():
    from influtier_lite.widgets.compare import TaxonomyComparison

    comparison = TaxonomyComparison("id", followers=100_000)
    comparison.follower_input.box.value = "2 9 jt"
    assert "kelompok tiga angka" in comparison.follower_input.error.value
    assert comparison.table_html.value == "" and comparison.image.layout.display == "none"
    comparison.follower_input.box.value = "2,9 jt"
    assert comparison.follower_input.error.value == "" and "2.900.000" in comparison.table_html.value


def test_typed_markup_is_shown_as_text_never_run():
    """Before: the error quoted the typed text into the HTML as it was: <img onerror=...> ran."""
    from influtier_lite.widgets.calculator import EngagementCalculator
    from influtier_lite.widgets.explorer import TierExplorer

    explorer = TierExplorer("en")
    explorer.followers_box.value = "<img src=x onerror=alert(1)>"
    assert "<img" not in explorer.box_error.value and "&lt;img" in explorer.box_error.value
    calculator = EngagementCalculator("en", likes="<b>1</b>", followers="1000")
    assert "<b>" not in calculator.result.value and "&lt;b&gt;" in calculator.result.value


def test_an_error_inside_a_refresh_is_shown_not_raised(monkeypatch):
    """Whatever goes wrong while redrawing (here: describe_account itself) appears where the
    answers were; nothing is raised into the notebook."""
    import influtier_lite.widgets.explorer as explorer_module

    explorer = explorer_module.TierExplorer("id", followers=25_000)

    def broken(*args, **kwargs):
        raise ArithmeticError("boom")

    monkeypatch.setattr(explorer_module, "describe_account", broken)
    explorer.followers_slider.value = 40_000
    assert "ArithmeticError: boom" in explorer.report_html.value
    assert explorer.image.layout.display == "none"


def test_widgets_refuse_out_of_range_numbers_with_a_named_parameter(bilingual):
    """Before: TierExplorer(followers=1e300) raised decimal.InvalidOperation; a cost of
    1e300 in plan_campaign raised it from the table."""
    from influtier_lite.core.band import band_verdict
    from influtier_lite.core.campaign import plan_campaign, planning_rate
    from influtier_lite.widgets.band import EngagementBandMeter
    from influtier_lite.widgets.explorer import TierExplorer

    with pytest.raises(ValueError) as caught:
        TierExplorer(followers=1e300)
    bilingual(caught.value, "followers", "1e+300")
    explorer = TierExplorer("en", followers=25_000)
    with pytest.raises(ValueError) as caught:
        explorer.set_followers(1e16)
    bilingual(caught.value, "followers", "1e+16")
    assert explorer.followers == 25_000 and "25,000" in explorer.report_html.value
    with pytest.raises(ValueError) as caught:
        plan_campaign({"nano": 1}, {"nano": 1e300}, {"nano": 3_000}, budget=1e6)
    bilingual(caught.value, "cost_per_post['nano']", "1e+300")
    with pytest.raises(ValueError) as caught:
        plan_campaign({"mega": 50}, {"mega": 1e15}, {"mega": 500_000}, budget=1e6, posts_per_influencer=10)
    bilingual(caught.value, "cost_per_post['mega']", "1000000000000000.0")
    with pytest.raises(ValueError) as caught:
        EngagementBandMeter("giga")
    bilingual(caught.value, "tier_key", "'giga'")
    with pytest.raises(ValueError) as caught:
        planning_rate("giga")
    bilingual(caught.value, "tier_key", "'giga'")
    with pytest.raises(TypeError) as caught:
        band_verdict(3, "micro", followers="5000")
    bilingual(caught.value, "followers", "'5000'")


# --- the workshop app ---------------------------------------------------------------------

def live_widgets() -> int:
    from ipywidgets.widgets.widget import _instances

    return len(_instances)


@pytest.mark.slow
def test_language_switch_keeps_every_setting_and_leaks_no_widget():
    """Before: each switch left about 100 layout and style widgets alive (20 switches:
    +2080), and reset the planner, the engagement slider and the open tab."""
    from influtier_lite.app import WorkshopApp

    app = WorkshopApp("id", followers=25_000)
    app.explorer.er_slider.value = 9.0
    app.explorer.set_followers(42_000)
    app.comparison.follower_input.set(7_000)
    planner = app.planner
    planner.objective.value = "sales"
    planner.posts.value = 3
    planner.reach_share.value = 40
    planner.count["mega"].value = 2
    planner.followers["micro"].value = 20_000
    planner.cost["macro"].value = 10_000_000
    planner.budget.value = 100_000_000
    app.tabs.selected_index = 2
    settings = planner.settings()
    app.language.value = "en"  # the first switch may create what lives on (e.g. the shared layouts)
    before = live_widgets()
    for _ in range(20):
        app.language.value = "id" if app.lang == "en" else "en"
    assert live_widgets() - before <= 0, f"{live_widgets() - before} widgets left alive by 20 switches"
    assert app.explorer.er_percent == 9.0 and app.explorer.er_slider.value == 9.0
    assert app.explorer.followers == 42_000 and app.comparison.followers == 7_000
    assert app.planner.settings() == settings and app.tabs.selected_index == 2
    assert app.lang == "en" and "Rp 100,000,000" in app.planner.budget_readout.value.replace("\u00a0", " ")


# Any input to any public function: tests/test_bad_input.py finds them all by itself.


def test_a_language_switch_that_fails_shows_why_and_keeps_the_app(monkeypatch):
    import influtier_lite.app as app_module

    app = app_module.WorkshopApp("id")
    assert app.planner.lang == "id"  # built (a tab is built when first opened; a switch rebuilds the built ones)
    tabs = app.tabs

    def broken(*args, **kwargs):
        raise DataError("campaign_assumptions.csv, baris 2: rusak.", "campaign_assumptions.csv, line 2: broken.")

    monkeypatch.setattr(app_module, "CampaignPlanner", broken)
    app.language.value = "en"
    assert "line 2: broken" in app.body.children[0].value and app.body.children[-1] is tabs
    assert app.tabs is tabs and app.planner.lang == "id"


def test_digits_that_are_not_ascii_are_refused(tmp_path):
    """Before: quiz answer '²' passed str.isdigit() and then raised a bare ValueError from int();
    '٥٠٠٠' (Arabic-Indic digits) was read as 5000 without a word."""
    from influtier_lite.core.quiz import load_questions

    directory = copy_data(tmp_path)
    path = directory / "quiz.csv"
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    rows[1][rows[0].index("answer")] = "²"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    with pytest.raises(DataError, match=r"quiz.csv, line 2: (column )?answer = '²':? is not a choice number"):
        load_questions("en", directory)
    rewrite(directory / "campaign_assumptions.csv", "nano,3000,500000", "nano,\u0663\u0660\u0660\u0660,500000")
    with pytest.raises(DataError, match=r"campaign_assumptions.csv, line 2: followers_per_influencer = '٣٠٠٠'"):
        load_campaign_assumptions(directory)
