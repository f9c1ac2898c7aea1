"""The widgets of notebooks 02-10, driven without a browser: set a value, read the result."""

from __future__ import annotations

import io
import math

import pytest
from PIL import Image

from influtier_lite import SCHEMES, DataError
from influtier_lite.core.band import band_verdict
from influtier_lite.core.campaign import format_rupiah, objective_advice, plan_campaign, planning_rate
from influtier_lite.core.compare import compare_schemes, edge_table
from influtier_lite.core.data import load_campaign_assumptions, load_sample_accounts
from influtier_lite.core.table import Table
from influtier_lite.figures import engagement_scatter, plan_figure
from influtier_lite.widgets.band import EngagementBandMeter
from influtier_lite.widgets.calculator import EngagementCalculator
from influtier_lite.widgets.campaign import CampaignPlanner
from influtier_lite.widgets.compare import TaxonomyComparison

# --- engagement band meter ------------------------------------------------------------

@pytest.mark.parametrize("rate, expected", [(6.9, "below"), (7, "within"), (10, "within"), (10.1, "above")])
def test_band_meter_follows_the_slider(rate, expected):
    meter = EngagementBandMeter("nano", "en", er_percent=8)
    meter.slider.value = rate
    assert meter.assessment == expected
    assert {"below": "below the article's band", "within": "within the article's band",
            "above": "above the article's band"}[expected] in meter.output.value


def test_band_meter_marks_the_rate_on_the_strip():
    meter = EngagementBandMeter("micro", "id", er_percent=4)
    meter.slider.value = 7.5
    assert "left:50.00%" in meter.output.value  # 7.5 of a 0-15% scale
    assert "7,5%" in meter.output.value and "3–5%" in meter.output.value


def test_band_verdict_counts_engagements_and_names_our_mega_convention():
    sentence = band_verdict(1.0, "mega", "id", followers=2_500_000)
    assert "sekitar 1%" in sentence and "konvensi kami" in sentence and "25.000 interaksi" in sentence


# --- comparing taxonomies -------------------------------------------------------------

def test_compare_schemes_gives_every_source_one_row_articles_first():
    table = compare_schemes(100_000, "en")
    assert len(table) == len(SCHEMES) == 7
    assert table.index[:2] == ["Partipost", "Harmony"]
    assert table.cell("Partipost", "Tier") == "Macro"
    assert table.cell("Harmony", "Tier") == "Micro"
    assert table.cell("HypeAuditor", "Tier") == "Maven"
    assert compare_schemes(500, "en").cell("Harmony", "Tier") == "no tier"


def test_edge_table_shows_where_the_articles_part():
    table = edge_table("id")
    rows = {row[0]: row[1:3] for row in table.rows}
    assert rows["5.000"] == ["Mikro", "Mikro"]
    assert rows["30.000"] == ["Mikro", "Mikro"]
    assert rows["100.000"] == ["Makro", "Mikro"]
    assert "konvensi kami" in table.cell("30.000", "Mengapa")


def test_taxonomy_comparison_slider_and_box_update_table_and_figure():
    comparison = TaxonomyComparison("en", followers=20_000)
    first = comparison.image.value
    comparison.follower_input.slider.value = 10 ** 5.5  # about 316,000
    assert comparison.followers == round(10 ** 5.5)
    assert "Maven" in comparison.table_html.value and "Mid-tier" in comparison.table_html.value
    assert comparison.image.value != first
    comparison.follower_input.box.value = "1.5M"
    assert comparison.followers == 1_500_000
    comparison.follower_input.box.value = "lots"
    assert "lots" in comparison.follower_input.error.value and comparison.followers == 1_500_000


# --- engagement calculator ------------------------------------------------------------

def test_calculator_reads_counts_as_people_write_them():
    calculator = EngagementCalculator("id", likes="1,2 rb", comments="85", shares="30", saves="40", followers="25 rb")
    assert calculator.values() == {"likes": 1200, "comments": 85, "shares": 30, "saves": 40, "followers": 25_000}
    assert "1.355 interaksi / 25.000 pengikut × 100 = 5,4%" in calculator.result.value
    calculator.boxes["followers"].value = "2,9 jt"
    assert "di bawah rentang artikel untuk Mega" in calculator.result.value


def test_calculator_errors_name_the_box_in_the_notebooks_language():
    calculator = EngagementCalculator("en", likes="100", followers="1000")
    calculator.boxes["comments"].value = "many"
    assert "Comments per post" in calculator.result.value and "'many'" in calculator.result.value
    calculator.boxes["comments"].value = "0"
    calculator.boxes["followers"].value = "0"
    assert "division by zero" in calculator.result.value
    with pytest.raises(TypeError, match="views: no box has this name") as caught:
        EngagementCalculator("en", views="100")
    assert caught.value.parameter == "views" and caught.value.id.startswith("views: tidak ada kotak")


# --- campaign planner ----------------------------------------------------------------

def test_planning_rate_is_the_middle_of_partiposts_band():
    assert [planning_rate(k) for k in ("nano", "micro", "macro", "mega")] == [8.5, 4, 2, 1]


def test_plan_campaign_arithmetic():
    plan = plan_campaign({"nano": 2, "mega": 1}, {"nano": 100_000, "mega": 10_000_000},
                         {"nano": 4_000, "mega": 1_000_000}, budget=10_000_000, posts_per_influencer=3,
                         reach_share_percent=50)
    nano, mega = plan.lines
    assert nano.reach == 2 * 4_000 * 0.5 and nano.engagements == pytest.approx(2 * 3 * 4_000 * 0.085)
    assert nano.cost == 600_000 and mega.cost == 30_000_000
    assert plan.cost_per_engagement == pytest.approx(30_600_000 / (2040 + 30_000))
    assert plan.remaining == -20_600_000
    assert "melebihi anggaran" in plan.budget_line("id")


def test_plan_campaign_refuses_followers_outside_the_tier(bilingual):
    with pytest.raises(ValueError, match=r"followers\['nano'\] = 50000") as error:
        plan_campaign({"nano": 1}, {"nano": 1}, {"nano": 50_000}, budget=1)
    bilingual(error.value, "followers['nano']", "50000")
    with pytest.raises(ValueError, match="reach_share_percent"):
        plan_campaign({}, {}, {}, budget=1, reach_share_percent=120)
    with pytest.raises(ValueError, match="objective"):
        objective_advice("fame")


def test_campaign_assumptions_are_labelled_and_inside_their_tiers(tmp_path):
    assumptions = load_campaign_assumptions()
    assert set(assumptions) == {"nano", "micro", "macro", "mega"}
    for key, row in assumptions.items():
        assert "not market prices" in row["note"]
        assert SCHEMES["partipost"].tier(key).contains(row["followers"])
    (tmp_path / "campaign_assumptions.csv").write_text(
        "tier,followers_per_influencer,cost_per_post_idr,note\nnano,9000,1,not market prices\n", encoding="utf-8")
    with pytest.raises(DataError, match="campaign_assumptions.csv, baris 2"):
        load_campaign_assumptions(tmp_path)


def test_campaign_planner_sliders_change_table_budget_and_chart():
    planner = CampaignPlanner("en", budget=10_000_000, influencers={"nano": 2, "micro": 0, "macro": 0, "mega": 0})
    first = planner.image.value
    assert "left" in planner.result.value and "Nano" in planner.result.value
    planner.count["mega"].value = 1
    assert "exceeds" in planner.result.value and "Mega" in planner.result.value
    assert planner.image.value != first
    planner.objective.value = "sales"
    assert "only for nano" in planner.advice.value
    for key in planner.count:
        planner.count[key].value = 0
    # An empty plan is a plain sentence, not an empty table under a broken image.
    assert planner.image.value == b"" and planner.image.layout.display == "none"
    assert "no influencers yet" in planner.result.value and "Total" not in planner.result.value


def test_campaign_figure_is_described_in_words():
    plan = plan_campaign({"micro": 3}, {"micro": 2_000_000}, {"micro": 15_000}, budget=1)
    figure = plan_figure(plan, "id")
    assert "Mikro: 1.800 interaksi" in repr(figure)
    assert Image.open(io.BytesIO(figure._repr_png_())).size[0] >= 900


# --- sample without pandas, table, scatter ---------------------------------------------

def test_sample_as_columns_matches_the_dataframe():
    columns = load_sample_accounts(as_frame=False)
    frame = load_sample_accounts()
    assert list(columns["followers"]) == frame["followers"].tolist()
    assert columns["handle"] == frame["handle"].tolist()


def test_engagement_scatter_describes_itself():
    figure = engagement_scatter([1_000, 50_000], [8.0, 2.0], ["nano", "macro"], "en")
    assert repr(figure).startswith("Figure: 2 fictional accounts")
    assert figure._repr_png_().startswith(b"\x89PNG")


def test_table_checks_its_rows_and_aligns_numbers():
    table = Table(["Tier", "Count"], [["Nano", "5"], ["Mega", "120"]], align_right=["Count"])
    assert repr(table).splitlines()[2:] == ["Nano      5", "Mega    120"]
    with pytest.raises(ValueError, match="row 1 has 1 cells for 2 columns"):
        Table(["a", "b"], [["x"]])
    assert math.isclose(len(table), 2)


def test_campaign_planner_starts_on_the_exact_assumed_numbers():
    """A slider must not turn the assumed 500.000 into 501.187 (log-slider rounding)."""
    planner = CampaignPlanner("id", budget=50_000_000)
    assumptions = load_campaign_assumptions()
    assert "Rp\xa050.000.000" in planner.budget_readout.value
    for key, readout in planner.grid_readouts.items():
        assert planner.cost[key].value == assumptions[key]["cost_per_post"]
        assert format_rupiah(assumptions[key]["cost_per_post"], "id") in readout.value
        assert all(SCHEMES["partipost"].tier(key).contains(v) for v in planner.followers[key].options)


# --- workshop app ----------------------------------------------------------------------

def test_workshop_app_switches_language_and_keeps_the_counts():
    from influtier_lite.app import WorkshopApp

    app = WorkshopApp("id")
    assert app.tabs.titles == ("Penjelajah tingkatan", "Tujuh sumber", "Perencana kampanye", "Akun pilihan Anda")
    app.explorer.set_followers(50_000)
    old_explorer = app.explorer
    app.language.value = "en"
    assert app.tabs.titles == ("Tier explorer", "Seven sources", "Campaign planner", "Your own accounts")
    assert app.explorer is not old_explorer and app.explorer.followers == 50_000
    assert "Followers: 50,000" in app.explorer.report_html.value
    assert old_explorer.image.comm is None  # the old widgets were closed, not left in the kernel


def _live_widgets() -> int:
    from ipywidgets.widgets.widget import _instances

    return len(_instances)


def test_workshop_app_builds_a_tab_when_it_is_first_opened():
    """A page starts with the explorer alone (fewer widgets for a phone to draw and for a
    workshop server to prepare); each other tab is built when opened, once."""
    from influtier_lite.app import WorkshopApp

    before = _live_widgets()
    app = WorkshopApp("id")
    at_start = _live_widgets() - before
    assert [slot.children for slot in app._slots] == [(), (), ()]  # comparison, planner, shortlist not built
    app.tabs.selected_index = 2
    planner = app._parts["planner"]
    assert app._slots[1].children == (planner.widget,) and "comparison" not in app._parts
    app.tabs.selected_index = 1
    app.tabs.selected_index = 3
    assert set(app._parts) == {"comparison", "planner", "shortlist"}
    everything = _live_widgets() - before
    assert at_start < everything / 2, (at_start, everything)
    app.tabs.selected_index = 2
    assert app._parts["planner"] is planner  # opened again: not rebuilt


def test_workshop_app_keeps_the_settings_of_tabs_never_opened_across_switches():
    from influtier_lite.app import WorkshopApp

    app = WorkshopApp("id")
    app.planner.budget.value = 80_000_000  # built by reading it, then set
    app.language.value = "en"
    app.language.value = "id"
    assert "comparison" not in app._parts and "shortlist" not in app._parts  # a switch builds no new tab
    assert app.planner.budget.value == 80_000_000 and app.comparison.followers == 100_000


def test_workshop_app_shows_a_tab_that_cannot_be_built_in_the_tab(monkeypatch):
    import influtier_lite.app as app_module

    def broken(*args, **kwargs):
        raise DataError("campaign_assumptions.csv, baris 2: rusak.", "campaign_assumptions.csv, line 2: broken.")

    app = app_module.WorkshopApp("en")
    monkeypatch.setattr(app_module, "CampaignPlanner", broken)
    app.tabs.selected_index = 2
    assert "line 2: broken" in app._slots[1].children[0].value
    assert app.tabs.selected_index == 2 and app.explorer.followers == 25_000  # the rest of the app works
