"""The data files: every number sourced, hand-edit mistakes caught, found from anywhere."""

from __future__ import annotations

import csv
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from influtier_lite import SCHEMES, DataError, load_sample_accounts, load_schemes, load_sources
from influtier_lite.core.csvdata import data_dir

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


def test_data_dir_is_the_repositorys():
    assert data_dir() == ROOT / "data"


def test_every_article_quote_is_in_the_article():
    if not SEEDS.is_dir():  # the articles' text is not ours to ship; CI has it beside the clone
        pytest.skip(f"article copies not found at {SEEDS}")
    texts = {
        "partipost": (SEEDS / "003_1a31e07d677775df.txt").read_text(encoding="utf-8"),
        "harmony": (SEEDS / "000_a47cac5b41711a44.txt").read_text(encoding="utf-8"),
    }
    schemes = load_schemes()
    checked = 0
    for scheme_id, text in texts.items():
        for tier in schemes[scheme_id].tiers:
            for quote in (tier.quote_followers, tier.quote_er):
                if quote:
                    assert quote in text, (scheme_id, tier.key, quote)
                    checked += 1
    assert checked == 10


def test_sources_are_cited():
    sources = load_sources()
    assert sources["partipost"].author == "Vanessa"
    assert sources["harmony"].updated == "2021-06-23"
    assert "Partipost" in sources["partipost"].citation()


def copy_data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target


def edit_tiers(directory: Path, scheme: str, tier: str, **changes: str) -> int:
    """Change one row of tiers.csv; return its line number."""
    path = directory / "tiers.csv"
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    fields = list(rows[0])
    for index, row in enumerate(rows):
        if row["scheme"] == scheme and row["tier"] == tier:
            row.update(changes)
            line = index + 2
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return line


@pytest.mark.parametrize(
    "tier, changes, problem",
    [
        ("micro", {"min_followers": "6000"}, "gap or an overlap"),
        ("micro", {"min_included": "no"}, "neither includes 5000"),
        ("macro", {"min_included": "yes"}, "both include 30000"),
        ("macro", {"min_followers": "abc"}, "min_followers = 'abc' is not a number"),
        ("nano", {"min_included": "maybe"}, "must be 'yes' or 'no'."),
        ("nano", {"er_low": "11"}, "incomplete or reversed"),
        ("nano", {"quote_followers": ""}, "quote_followers is required"),
        ("mega", {"er_note": ""}, "er_tolerance is our convention"),
        ("micro", {"max_followers": "-5"}, "must be a finite number >= 0"),
        ("nano", {"order": "2"}, "without skipping"),
    ],
)
def test_hand_edit_mistakes_name_file_line_and_problem(tmp_path, tier, changes, problem):
    directory = copy_data(tmp_path)
    line = edit_tiers(directory, "partipost", tier, **changes)
    with pytest.raises(DataError) as caught:
        load_schemes(directory)
    indonesian, english = str(caught.value).splitlines()
    assert english.startswith("tiers.csv, line ")
    assert indonesian.startswith("tiers.csv, baris ")
    assert problem in english
    if problem not in ("without skipping",):
        assert f"line {line}:" in english


def test_unknown_source_and_missing_column(tmp_path):
    directory = copy_data(tmp_path)
    schemes = (directory / "schemes.csv").read_text(encoding="utf-8")
    (directory / "schemes.csv").write_text(schemes.replace("harmony,article,harmony", "harmony,article,harmoni"),
                                           encoding="utf-8")
    with pytest.raises(DataError, match=r"schemes.csv, line 3: source 'harmoni' is not in sources.csv"):
        load_schemes(directory)
    directory = copy_data(tmp_path / "again")
    text = (directory / "sources.csv").read_text(encoding="utf-8").replace("publisher,", "penerbit,", 1)
    (directory / "sources.csv").write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match=r"sources.csv, line 1: missing columns: \['publisher'\]"):
        load_sources(directory)


def test_missing_file_and_ragged_row(tmp_path):
    directory = copy_data(tmp_path)
    (directory / "tiers.csv").unlink()
    with pytest.raises(DataError, match="tiers.csv: cannot be opened"):
        load_schemes(directory)
    directory = copy_data(tmp_path / "again")
    with (directory / "tiers.csv").open("a", encoding="utf-8") as handle:
        handle.write("partipost,giga,5\n")
    with pytest.raises(DataError, match="does not match the header"):
        load_schemes(directory)


def test_loading_does_not_change_the_files(tmp_path):
    before = {p.name: p.read_bytes() for p in (ROOT / "data").iterdir() if p.is_file()}
    load_schemes()
    load_sample_accounts()
    after = {p.name: p.read_bytes() for p in (ROOT / "data").iterdir() if p.is_file()}
    assert before == after


def test_found_from_any_working_directory(tmp_path):
    code = "import influtier_lite as it; print(it.classify(5000).key, len(it.load_sample_accounts()))"
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["micro", "500"]


def test_import_does_no_work():
    code = ("import sys, influtier_lite as it; "
            "print(it.SCHEMES._schemes is None, 'pandas' in sys.modules, 'matplotlib' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["True", "False", "False"]


# --- the synthetic sample ---

def load_generator():
    spec = importlib.util.spec_from_file_location("make_sample_accounts", ROOT / "data" / "make_sample_accounts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_sample_is_what_the_seeded_generator_makes():
    generator = load_generator()
    shipped = (ROOT / "data" / "sample_accounts_synthetic.csv").read_text(encoding="utf-8")
    assert generator.to_csv(generator.make_accounts()) == shipped


def test_sample_is_synthetic_and_has_the_cases_to_discuss():
    from influtier_lite import classify_many

    accounts = load_sample_accounts()
    assert 450 <= len(accounts) <= 550
    assert (accounts["synthetic"] == "yes").all()
    assert accounts["handle"].is_unique
    assert set(classify_many(accounts["followers"]).dropna()) == {"nano", "micro", "macro", "mega"}
    rate = (accounts["avg_likes"] + accounts["avg_comments"] + accounts["avg_shares"]) / accounts["followers"] * 100
    giveaway = accounts["note"].str.contains("giveaway")
    suspicious = accounts["note"].str.contains("far below the band")
    assert giveaway.sum() == 1 and rate[giveaway].iloc[0] > 3 * 3   # far above macro's 1-3%
    assert suspicious.sum() == 1 and rate[suspicious].iloc[0] < 0.1  # far below mega's ~1%
    for edge in (5_000, 30_000, 100_000):
        assert (accounts["followers"] == edge).any()


def test_sample_corrupt_row(tmp_path):
    directory = copy_data(tmp_path)
    path = directory / "sample_accounts_synthetic.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace(",yes,", ",no,")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match="line 4: every sample account must be marked synthetic"):
        load_sample_accounts(directory)


# --- behaviour from columns, not prose (issue 23) -------------------------------------------

def test_our_edge_convention_comes_from_its_column_not_from_the_note(tmp_path):
    """Before: the explorer's "our convention" sentence and the quiz's leaving 30.000 out
    looked for the English word "convention" in edge_note, a column teachers are told to
    reword. Now the note can say anything: max_by_convention decides."""
    from influtier_lite.core.quiz import _on_open_edge
    from influtier_lite.core.report import describe_account

    directory = copy_data(tmp_path)
    edit_tiers(directory, "partipost", "micro", edge_note="30.000 ada di dua rentang; kami memasukkannya ke mikro.")
    partipost = load_schemes(directory)["partipost"]
    micro = partipost.tier("micro")
    assert micro.max_by_convention and "convention" not in micro.edge_note
    lines = describe_account(30_000, 4, "en", schemes=(partipost,)).findings()
    assert any("our convention, not the article's words" in line for line in lines)
    assert _on_open_edge(micro, 30_000) and not _on_open_edge(micro, 29_999)

    edit_tiers(directory, "partipost", "micro", max_by_convention="no")
    partipost = load_schemes(directory)["partipost"]
    assert not partipost.tier("micro").max_by_convention
    lines = describe_account(30_000, 4, "en", schemes=(partipost,)).findings()
    assert not any("convention" in line for line in lines) and any("Exactly on the" in line for line in lines)
    assert not _on_open_edge(partipost.tier("micro"), 30_000)


@pytest.mark.parametrize("scheme, tier, value, message", [
    ("partipost", "micro", "kadang", "max_by_convention = 'kadang' must be 'yes' or 'no'."),
    ("partipost", "micro", "", "max_by_convention = '' must be 'yes' or 'no'."),
    ("partipost", "mega", "yes",
     "max_by_convention = 'yes': this tier has no max_followers, so leave this column empty."),
])
def test_the_convention_column_is_checked(tmp_path, scheme, tier, value, message):
    directory = copy_data(tmp_path)
    line = edit_tiers(directory, scheme, tier, max_by_convention=value)
    with pytest.raises(DataError) as caught:
        load_schemes(directory)
    assert caught.value.en == f"tiers.csv, line {line}: {message}"


def test_the_data_marks_exactly_the_edges_the_notes_call_ours():
    """The shipped data: the column agrees with the notes as written today."""
    for scheme in SCHEMES.values():
        for tier in scheme.tiers:
            says = tier.max_followers is not None and "convention" in tier.edge_note
            assert tier.max_by_convention == says, (scheme.id, tier.key)
