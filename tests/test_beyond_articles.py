"""Notebooks 11-13: audience screening, disclosure, platforms and pricing.

Every data row of theirs is labelled (synthetic, fictional) or sourced; the loaders name
file, line, column and value; the pure functions do the arithmetic the notebooks state;
and the answers written in the notebooks agree with what the code computes.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import shutil
from pathlib import Path

import pytest

from influtier_lite import DataError, format_number
from influtier_lite.core.audience import (
    PLANTED,
    SIGNALS,
    Thresholds,
    comment_repetition,
    following_ratio,
    largest_weekly_growth,
    load_audience_sample,
    screen,
    screening_table,
    summary_line,
)
from influtier_lite.core.benchmarks import load_benchmarks
from influtier_lite.core.campaign import cost_per_engagement, cost_per_mille, cost_per_thousand_reached, cost_per_view
from influtier_lite.core.citations import NOTEBOOKS, citations_for, citations_table, load_citations
from influtier_lite.core.disclosure import VERDICTS, captions_table, disclosure_labels, load_captions, vague_words
from influtier_lite.core.platforms import (
    cost_lines,
    load_pricing_models,
    pricing_table,
    rate_by_followers,
    rate_by_views,
)
from influtier_lite.widgets.audience import AudienceScreen
from influtier_lite.widgets.disclosure import CaptionChecker
from influtier_lite.widgets.platforms import CostMeasures, FormulaComparison

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
SHARED = ROOT.parent / "shared"
needs_shared = pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="../shared is not beside this checkout")


def copy_data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


def edit_csv(path: Path, line: int, column: str, value: str) -> None:
    """Set one cell (line 2 is the first data row)."""
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields, rows = reader.fieldnames, list(reader)
    rows[line - 2][column] = value
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


# --- the synthetic sample of notebook 11 -------------------------------------------------

def test_the_shipped_audience_files_are_what_the_seeded_generator_makes():
    spec = importlib.util.spec_from_file_location("make_audience_sample", DATA / "make_audience_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    files = module.make_files()
    assert len(files) == 3
    for name, rows in files.items():
        assert rows and all(r["synthetic"] == "yes" for r in rows)
        assert (DATA / name).read_text(encoding="utf-8") == module.to_csv(name, rows), name


def test_the_sample_has_honest_accounts_and_every_planted_pattern():
    accounts = load_audience_sample()
    assert len(accounts) == 10
    assert {a.planted for a in accounts} == set(PLANTED)
    assert sum(a.honest for a in accounts) == 6
    assert all(len(a.growth) == 12 and len(a.comments) == 15 for a in accounts)


# Which signal each planted pattern (and each honest look-alike) trips at the starting thresholds.
EXPECTED_SIGNAL = {"bought_followers": "growth", "viral_post": "growth", "comment_pod": "repetition",
                   "giveaway": "repetition", "bought_likes": "engagement", "follow_for_follow": "following",
                   "follows_many": "following", "audience_abroad": "home"}


@pytest.mark.parametrize("planted, signal", sorted(EXPECTED_SIGNAL.items()))
def test_each_planted_pattern_and_its_honest_look_alike_trip_the_same_signal(planted, signal):
    account = next(a for a in load_audience_sample() if a.planted == planted)
    assert signal in screen(account).flags


def test_the_starting_thresholds_catch_every_planted_account_and_flag_honest_ones_too():
    results = [screen(a) for a in load_audience_sample()]
    outcomes = [r.outcome for r in results]
    assert outcomes.count("caught") == 4 and outcomes.count("missed") == 0
    assert outcomes.count("false_alarm") == 4 and outcomes.count("clear") == 2
    assert summary_line(results, "en") == "4 of 4 planted accounts caught; 4 of 6 genuine accounts flagged wrongly."
    assert summary_line(results, "id").startswith("4 dari 4 akun bermasalah tertangkap")


def test_the_answer_written_in_notebook_11_is_what_the_code_gives():
    limits = Thresholds(growth=35, repetition=75, engagement=6, following=1.5, home=40)
    results = {r.account.handle: r for r in (screen(a, limits) for a in load_audience_sample())}
    assert [h for h, r in results.items() if r.outcome == "caught"] == ["@resep_hemat"]
    assert not any(r.outcome == "false_alarm" for r in results.values())
    assert round(results["@dapur_ria"].values["engagement"], 1) == 6.0
    assert round(results["@langit.manis"].values["engagement"], 1) == 5.6
    assert round(results["@gaya.kita"].values["engagement"], 1) == 5.2
    assert format_number(results["@tekno.pintar"].values["following"], "en", decimals=2) == "0.92"  # as shown
    assert round(results["@gaya.kita"].values["repetition"]) == round(results["@dapur_ria"].values["repetition"]) == 73


STRICT = {"growth": 1, "repetition": 1, "engagement": 1.01, "following": 0.01, "home": 90}
LOOSE = {"growth": 1e9, "repetition": 100, "engagement": 1e9, "following": 1e9, "home": 0}


@pytest.mark.parametrize("signal", SIGNALS)
def test_a_stricter_threshold_only_adds_flags_and_the_loosest_flags_nothing(signal):
    strict = Thresholds(**{signal: STRICT[signal]})
    added = 0
    for account in load_audience_sample():
        before, after = set(screen(account).flags), set(screen(account, strict).flags)
        assert before <= after and after - before <= {signal}
        added += len(after - before)
    # The honest accounts' varied comments never repeat, so only repetition adds nobody.
    assert (added > 0) == (signal != "repetition"), (signal, added)
    assert not any(screen(a, Thresholds(**LOOSE)).flagged for a in load_audience_sample())


def test_growth_repetition_and_ratio_arithmetic():
    assert largest_weekly_growth([100, 110, 165, 160]) == pytest.approx(50)
    assert largest_weekly_growth([100, 90]) == 0
    assert comment_repetition(["Ikut kak! @rina", "ikut kak @budi", "Warnanya bagus"]) == pytest.approx(200 / 3)
    assert comment_repetition(["Mantap kak! 🔥", "mantap kak"]) == 100
    assert following_ratio(1_200, 1_800) == pytest.approx(1.5)


@pytest.mark.parametrize("call, parameter, value", [
    (lambda: largest_weekly_growth([100]), "series", "[100]"),
    (lambda: largest_weekly_growth([100, -5]), "series[1]", "-5"),
    (lambda: comment_repetition([]), "comments", "[]"),
    (lambda: following_ratio(0, 10), "followers", "0"),
    (lambda: Thresholds(engagement=0.5), "engagement", "0.5"),
    (lambda: Thresholds(home=120), "home", "120"),
    (lambda: Thresholds(growth="20"), "growth", "'20'"),
])
def test_bad_arguments_get_a_bilingual_error_naming_them(call, parameter, value, bilingual):
    with pytest.raises((ValueError, TypeError)) as error:
        call()
    bilingual(error.value, parameter, value)


@pytest.mark.parametrize("name, line, column, value, message", [
    ("audience_accounts_synthetic.csv", 3, "synthetic", "no",
     r"audience_accounts_synthetic\.csv, baris 3: synthetic = 'no'[\s\S]*line 3: synthetic = 'no'"),
    ("audience_accounts_synthetic.csv", 2, "planted", "bots",
     r"baris 2: planted = 'bots'[\s\S]*line 2: planted = 'bots'"),
    ("audience_accounts_synthetic.csv", 4, "followers", "9.000",
     r"baris 4: followers = '9.000' bukan angka[\s\S]*line 4: followers = '9.000' is not a number[\s\S]*Write 9000"),
    ("audience_accounts_synthetic.csv", 5, "home_country_share", "130",
     r"home_country_share = '130'[\s\S]*at most 100"),
    ("audience_accounts_synthetic.csv", 6, "handle", "@kopi.senja",
     r"baris 6: akun '@kopi.senja' muncul dua kali[\s\S]*appears twice"),
    ("audience_growth_synthetic.csv", 3, "followers", "12.5", r"followers = '12.5'[\s\S]*must be a whole number"),
    ("audience_accounts_synthetic.csv", 2, "followers", "14001",
     r"baris 2: handle = '@kopi.senja'[\s\S]*must exist and end at followers"),
    ("audience_growth_synthetic.csv", 7, "synthetic", "", r"audience_growth_synthetic\.csv, baris 7: synthetic = ''"),
    ("audience_comments_synthetic.csv", 9, "comment", "", r"audience_comments_synthetic\.csv, baris 9: comment = ''"),
])
def test_the_audience_loader_names_file_line_column_and_value(tmp_path, name, line, column, value, message):
    directory = copy_data(tmp_path)
    edit_csv(directory / name, line, column, value)
    with pytest.raises(DataError, match=message):
        load_audience_sample(directory)


# --- captions and disclosure markers (notebook 12) ------------------------------------------

def test_every_caption_is_fictional_and_its_verdict_agrees_with_the_detector():
    """Disclosed: a marker and no vague word. Not disclosed or not needed: no marker. Unclear: a
    marker that may fail one of the FTC's conditions (here the language of the post)."""
    captions = load_captions()
    assert len(captions) == 8 and {c.verdict for c in captions} == set(VERDICTS)
    for caption in captions:
        markers, vague = disclosure_labels(caption.caption), vague_words(caption.caption)
        if caption.verdict == "disclosed":
            assert markers and not vague, caption.id
        elif caption.verdict == "unclear":
            assert markers, caption.id
        else:
            assert not markers, caption.id
        assert caption.reason_id and caption.reason_en


def test_a_bare_thanks_or_collab_is_never_a_disclosure():
    """The FTC's "Disclosures 101": vague words such as "thanks" or "collab" are not enough."""
    vague = [c for c in load_captions() if vague_words(c.caption) and c.paid != "no"]
    assert {c.id for c in vague} == {"c4", "c8"}
    assert all(c.verdict == "not_disclosed" for c in vague)


def test_the_answer_written_in_notebook_12_is_the_data_files():
    verdicts = {c.id: c.verdict for c in load_captions()}
    assert [k for k, v in verdicts.items() if v == "disclosed"] == ["c1", "c3"]
    assert [k for k, v in verdicts.items() if v == "not_disclosed"] == ["c2", "c4", "c7", "c8"]
    assert [k for k, v in verdicts.items() if v == "unclear"] == ["c6"]
    assert [k for k, v in verdicts.items() if v == "not_needed"] == ["c5"]


@pytest.mark.parametrize("caption, found", [
    ("Liburan seru #adventure #advertising", []),
    ("Coba ini! #AD", ["#ad"]),
    ("Paid Partnership dengan @merek", ["paid partnership"]),
    ("Pagi-pagi ngopi #iklan", ["#iklan"]),
    ("Ini iklan ya, dibayar oleh @merek", ["dibayar", "iklan"]),
    ("Makasih kirimannya @merek", []),
])
def test_the_marker_finder(caption, found):
    assert sorted(disclosure_labels(caption)) == sorted(found)


@pytest.mark.parametrize("caption, found", [
    ("Kolaborasi bareng @mieenak #collab", ["collab", "kolaborasi"]),
    ("Thanks @brand for the gift!", ["thanks"]),
    ("Makasih kirimannya #sp", ["sp", "makasih"]),
    ("Terima kasih #spon", ["spon", "terima kasih"]),
    ("Spontan aja, special buat kalian #sponsored", []),
    ("Iklan: kerja sama berbayar dengan @brand", []),
])
def test_the_vague_word_finder(caption, found):
    assert vague_words(caption) == found


def test_the_detector_names_vague_words_and_the_ftc():
    from influtier_lite.core.disclosure import label_line

    line = label_line("Makasih @tehsegar sudah dikirimi paket! #collab", "en")
    assert line.startswith("No known advertising marker.") and "collab (named by the FTC)" in line
    assert "makasih (our Indonesian counterpart)" in line and "not enough" in line
    assert "Kata samar" not in label_line("Coba ini #iklan", "id")


def test_the_caption_loader_refuses_an_unlabelled_or_unknown_row(tmp_path):
    directory = copy_data(tmp_path)
    edit_csv(directory / "sample_captions_fictional.csv", 4, "fictional", "no")
    with pytest.raises(DataError, match=r"sample_captions_fictional\.csv, baris 4: fictional = 'no'[\s\S]*line 4"):
        load_captions(directory)
    directory = copy_data(tmp_path / "again")
    edit_csv(directory / "sample_captions_fictional.csv", 2, "verdict", "maybe")
    with pytest.raises(DataError, match=r"verdict = 'maybe'"):
        load_captions(directory)


def test_the_captions_table_hides_the_answers_unless_asked():
    assert len(captions_table("en").columns) == 2
    table = captions_table("id", answers=True)
    assert table.columns[2] == "Penilaian" and "diungkapkan" in table.column("Penilaian")


# --- platforms, pricing and costs (notebook 13) ----------------------------------------------

def test_rates_by_followers_and_by_views():
    assert rate_by_followers(150, 3_000) == pytest.approx(5)
    assert rate_by_views(150, 15_000) == pytest.approx(1)


@pytest.mark.parametrize("call, parameter, value", [
    (lambda: rate_by_views(150, 0), "views", "0"),
    (lambda: rate_by_followers(-1, 100), "interactions", "-1"),
    (lambda: cost_per_mille(-5, 100), "cost", "-5"),
    (lambda: cost_per_view(100, float("nan")), "views", "nan"),
    (lambda: cost_lines(1, 100, 120, 1, 4), "reach_share_percent", "120"),
    (lambda: cost_lines(1, 100, 50, 0.5, 4), "impressions_per_person", "0.5"),
    (lambda: cost_per_thousand_reached(100, -3), "reach", "-3"),
])
def test_platform_and_cost_errors_are_bilingual(call, parameter, value, bilingual):
    with pytest.raises((ValueError, TypeError)) as error:
        call()
    bilingual(error.value, parameter, value)


def test_the_cost_measures_and_the_answer_written_in_notebook_13():
    assert cost_per_engagement(2_000_000, 600) == pytest.approx(3_333.33, abs=0.01)
    assert cost_per_mille(2_000_000, 15_000) == pytest.approx(133_333.33, abs=0.01)
    assert cost_per_mille(2_000_000, 3_000) == pytest.approx(666_666.67, abs=0.01)
    assert cost_per_thousand_reached(2_000_000, 15_000) == pytest.approx(133_333.33, abs=0.01)
    assert cost_per_view(2_000_000, 15_000) == pytest.approx(133.33, abs=0.01)
    for measure in (cost_per_engagement, cost_per_mille, cost_per_thousand_reached, cost_per_view):
        assert measure(100, 0) is None
    lines = cost_lines(2_000_000, 15_000, 20, 1, 4, "id")
    assert "= 3.000 orang" in lines[0] and lines[1].endswith("Rp\u00a03.333")
    assert lines[2].startswith("CPM (biaya per seribu tayangan)") and lines[2].endswith("Rp\u00a0666.667")
    assert "bukan CPM" in lines[3] and lines[3].endswith("Rp\u00a0666.667")
    # The exercise of notebook 13: two impressions per person halve CPM; the cost per thousand reached stays.
    twice = cost_lines(2_000_000, 15_000, 20, 2, 4, "en")
    assert "= 6,000" in twice[0] and twice[2].endswith("Rp\u00a0333,333") and twice[3].endswith("Rp\u00a0666,667")
    assert twice[4].endswith("Rp\u00a0333") and twice[1] == cost_lines(2_000_000, 15_000, 100, 1, 4, "en")[1]


def test_cpm_divides_by_impressions_not_reach():
    """references.md, Metrics: CPM is per thousand impressions; per thousand reached is another figure."""
    one, three = cost_lines(1_000_000, 10_000, 100, 1, 4, "en"), cost_lines(1_000_000, 10_000, 100, 3, 4, "en")
    assert one[2].endswith("Rp\u00a0100,000") and three[2].endswith("Rp\u00a033,333")
    assert one[3] == three[3] and "not CPM" in one[3]


def test_pricing_models_are_words_with_known_sources():
    models = load_pricing_models()
    assert [m.id for m in models] == ["fee_per_post", "package", "product_only", "affiliate", "usage_rights"]
    known = {c.id for c in load_citations()}
    for model in models:
        assert model.sources and set(model.sources) <= known
        assert not re.search(r"\d", " ".join([*model.names.values(), *model.how.values(), *model.watch.values()]))
    assert len(pricing_table("en")) == 5


def test_the_pricing_loader_refuses_a_price(tmp_path):
    directory = copy_data(tmp_path)
    edit_csv(directory / "pricing_models.csv", 3, "how_en", "About Rp 5,000,000 a package")
    with pytest.raises(DataError,
                       match=r"pricing_models\.csv, baris 3: how_en = 'About Rp 5,000,000 a package'[\s\S]*no numbers"):
        load_pricing_models(directory)
    directory = copy_data(tmp_path / "again")
    edit_csv(directory / "pricing_models.csv", 2, "sources", "someone")
    with pytest.raises(DataError, match=r"sources = 'someone'"):
        load_pricing_models(directory)


def test_the_benchmarks_notebook_13_quotes_are_in_the_data():
    values = {b.id: b.low for b in load_benchmarks()}
    assert values["hypeauditor_2023_ig_nano"] == 2.78 and values["hypeauditor_2023_tiktok_nano"] == 12.6


# --- sources ---------------------------------------------------------------------------------

LESSONS_BEYOND = ("08", "11", "12", "13", "14")  # issue 21: every claim about the world there rests on a row


def notebook_markdown(notebook: str) -> str:
    """Every markdown text of one notebook, both languages (the built notebooks, as learners read them)."""
    texts = []
    for lang in ("id", "en"):
        (path,) = (ROOT / "notebooks" / lang).glob(f"{notebook}_*.ipynb")
        texts += ["".join(c["source"]) for c in json.loads(path.read_text(encoding="utf-8"))["cells"]
                  if c["cell_type"] == "markdown"]
    return "\n".join(texts)


@pytest.mark.parametrize("lang, limits", [
    ("id", {"De Veirman dkk.:": ["eksperimen", "mahasiswa", "Belgia", "2017"],
            "Belanche dkk.:": ["eksperimen", "daring", "tidak menyebut negara maupun jumlah pesertanya"]}),
    ("en", {"De Veirman et al.:": ["experiments", "students", "Belgium", "2017"],
            "Belanche et al.:": ["experiment", "online", "neither the participants' country nor their number"]}),
])
def test_the_research_section_gives_each_studys_limits(lang, limits):
    """Issue 21: each study with its limits (method, who took part, where), said in class."""
    (path,) = (ROOT / "notebooks" / lang).glob("06_*.ipynb")
    words = " ".join(" ".join("".join(c["source"]).split())
                     for c in json.loads(path.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "markdown")
    for study, required in limits.items():
        assert study in words, study
        limit = words[words.index(study):].split(" - ")[0]  # the study's own bullet
        missing = [w for w in required if w not in limit]
        assert not missing, (study, missing)


def source_name(citation) -> str:
    """The name a lesson uses for a source: its short name up to a year, comma or bracket."""
    return re.split(r",| \(| \d{4}", citation.short)[0].strip()


def test_each_lesson_beyond_the_articles_lists_its_dated_sources():
    for notebook in LESSONS_BEYOND:
        cited = citations_for(notebook)
        assert len(cited) >= 3, notebook
        table = citations_table(notebook, "id")
        assert len(table) == len(cited)
        for citation, row in zip(cited, table.rows):
            assert citation.as_of and citation.quote, citation.id  # the loader refuses a row without them
            assert f"diperiksa {citation.as_of}" in row[-1] and (citation.date or "tanpa tanggal") in row[0]
        cells = json.loads(next((ROOT / "notebooks" / "en").glob(f"{notebook}_*.ipynb")).read_text())["cells"]
        # the code as written (json.dumps would escape its quotes, so it could never match)
        assert f'citations_table("{notebook}", LANG)' in "\n".join("".join(c["source"]) for c in cells), notebook


def test_a_source_a_lesson_names_has_a_dated_row_for_that_lesson():
    names = {source_name(c): c for c in load_citations() if c.kind != "article"}
    assert len(names) >= 10
    missing = []
    for notebook in NOTEBOOKS:
        words = notebook_markdown(notebook)
        for name in names:
            named = [c for c in load_citations() if source_name(c) == name]
            if re.search(rf"(?<![\w.]){re.escape(name)}(?![\w])", words) and \
                    not any(notebook in c.notebooks for c in named):
                missing.append(f"{notebook}: {name}")
    assert not missing, f"named in a lesson without a row in data/citations.csv for it: {missing}"


def test_a_source_with_its_own_address_shows_it_beside_our_notes():
    """A learner cannot open shared/references.md (it lives beside the repository): where we
    found the source's own address (a rule's official text, a paper's DOI), the table gives it."""
    addressed = [c for c in load_citations() if c.address]
    kinds = {c.kind for c in addressed}
    assert len(addressed) >= 6 and {"rule", "academic"} <= kinds
    for citation in addressed:
        for lang, words in (("id", "ringkasan kami: shared/"), ("en", "our summary: shared/")):
            for notebook in citation.notebooks:
                rows = [row for row in citations_table(notebook, lang).rows if row[0].startswith(citation.short)]
                assert rows and citation.address in rows[0][-1] and words in rows[0][-1], (citation.id, notebook)
    plain = next(c for c in load_citations() if not c.address)
    row = next(r for r in citations_table(plain.notebooks[0], "en").rows if r[0].startswith(plain.short))
    assert row[-1].startswith(plain.where_to_read) and "our summary" not in row[-1]


@pytest.mark.parametrize("address", ["http://www.ftc.gov/", "www.ftc.gov", "https://a b", "shared/references.md"])
def test_the_citations_loader_refuses_an_address_that_is_not_one(tmp_path, address):
    directory = copy_data(tmp_path)
    line = next(n for n, c in enumerate(load_citations(), start=2) if c.where_to_read.startswith("shared/"))
    edit_csv(directory / "citations.csv", line, "address", address)
    with pytest.raises(DataError, match=rf"address = {re.escape(repr(address))}[\s\S]*https://"):
        load_citations(directory)


def test_a_source_read_from_its_page_needs_no_second_address(tmp_path):
    directory = copy_data(tmp_path)
    line = next(n for n, c in enumerate(load_citations(), start=2) if c.where_to_read.startswith("https://"))
    edit_csv(directory / "citations.csv", line, "address", "https://example.org/")
    with pytest.raises(DataError, match=r"address = 'https://example.org/'[\s\S]*where_to_read"):
        load_citations(directory)


def test_each_new_notebook_lists_its_sources():
    for notebook in ("11", "12", "13"):
        assert len(citations_for(notebook)) >= 4
    secondary = {c.id for c in load_citations() if c.secondary}
    assert {"dharmasisya", "asumsi_2021", "idn_times"} <= secondary
    assert "sekunder" in " ".join(citations_table("12", "id").column("Jenis sumber"))


@needs_shared
def test_every_citation_from_shared_quotes_it_verbatim():
    def normal(text: str) -> str:
        return re.sub(r"\s+", " ", text).strip()

    checked = 0
    for citation in load_citations():
        if citation.where_to_read.startswith("shared/"):
            source = normal((ROOT.parent / citation.where_to_read).read_text(encoding="utf-8"))
            assert normal(citation.quote) in source, citation.id
            checked += 1
    assert checked >= 10


def test_the_citations_loader_names_the_problem(tmp_path):
    directory = copy_data(tmp_path)
    edit_csv(directory / "citations.csv", 2, "notebooks", "11;99")
    with pytest.raises(DataError, match=r"citations\.csv, baris 2: notebooks = '11;99'"):
        load_citations(directory)
    directory = copy_data(tmp_path / "again")
    edit_csv(directory / "citations.csv", 2, "quote", "")
    with pytest.raises(DataError, match=r"citations\.csv, baris 2: quote = ''"):
        load_citations(directory)
    directory = copy_data(tmp_path / "third")
    edit_csv(directory / "citations.csv", 3, "where_to_read", "somewhere")
    with pytest.raises(DataError, match=r"where_to_read = 'somewhere'"):
        load_citations(directory)


@pytest.mark.parametrize("column, value, words", [
    ("as_of", "", r"as_of = ''[\s\S]*when we last checked"),
    ("as_of", "2026", r"as_of = '2026'"),
    ("date", "2023-13-45x", r"date = '2023-13-45x'"),
    ("date", "tahun lalu", r"date = 'tahun lalu'"),
])
def test_a_citation_needs_a_date_we_checked_it_and_a_well_formed_date(tmp_path, column, value, words):
    directory = copy_data(tmp_path)
    edit_csv(directory / "citations.csv", 3, column, value)
    with pytest.raises(DataError, match=words):
        load_citations(directory)


def test_a_citation_outside_shared_needs_words_or_the_word_paraphrase(tmp_path):
    directory = copy_data(tmp_path)
    line = next(n for n, c in enumerate(load_citations(), start=2) if not c.where_to_read.startswith("shared/"))
    edit_csv(directory / "citations.csv", line, "quote", "")
    with pytest.raises(DataError, match=r"quote = ''[\s\S]*or 'paraphrase'"):
        load_citations(directory)
    directory = copy_data(tmp_path / "shared")
    edit_csv(directory / "citations.csv", 2, "quote", "paraphrase")
    with pytest.raises(DataError, match=r"quote = 'paraphrase'[\s\S]*exact words"):
        load_citations(directory)


# --- widgets only wire -----------------------------------------------------------------------

def test_the_screen_follows_its_sliders():
    screen_widget = AudienceScreen("en")
    assert "4 of 6 genuine" in screen_widget.summary.value
    screen_widget.sliders["growth"].value = 35
    assert "3 of 6 genuine" in screen_widget.summary.value
    assert "@jalan.santai" in screen_widget.result.value
    assert "false alarm" in repr(screening_table([screen(a) for a in load_audience_sample()], "en"))


def test_formula_and_cost_widgets_follow_their_sliders():
    formulas = FormulaComparison("en", followers=3_000, interactions=150, views=1_500)
    assert "= 5%" in formulas.result.value and "= 10%" in formulas.result.value
    formulas.views.value = 15_000
    assert "= 1%" in formulas.result.value
    costs = CostMeasures("id", tier="micro")
    before = costs.lines()
    costs.reach_share.value = 20
    after = costs.lines()
    assert before[2] == after[2] and before[3] != after[3] and "666.667" in after[3] and "666.667" in after[4]
    costs.impressions_per_person.value = 2
    assert costs.lines()[3].endswith("333.333") and costs.lines()[4] == after[4]


def test_the_caption_checker_follows_its_box():
    checker = CaptionChecker("en", caption="Kolaborasi bareng @mieenak #collab")
    assert "No known advertising marker" in checker.result.value and "Vague words: collab" in checker.result.value
    checker.box.value = "Kolaborasi bareng @mieenak #ad"
    assert "#ad (named by IDN Times" in checker.result.value


# --- both languages have the same sections -----------------------------------------------------

def headings(path: Path) -> list[list[str]]:
    """The heading levels (#, ##, ...) of each markdown cell."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return [re.findall(r"^(#+) ", "".join(c["source"]), re.M) for c in cells if c["cell_type"] == "markdown"]


def test_the_heading_check_can_fail():
    assert re.findall(r"^(#+) ", "## Komentar\n\ntext", re.M) != re.findall(r"^(#+) ", "text only", re.M)


@pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "notebooks" / "id").glob("*.ipynb")))
def test_both_languages_have_the_same_headings_in_every_cell(name):
    indonesian = headings(ROOT / "notebooks" / "id" / name)
    assert any(indonesian), name
    assert indonesian == headings(ROOT / "notebooks" / "en" / name)
