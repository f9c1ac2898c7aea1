"""Layout and presentation rules that hold without a browser (issue 12): fluid widths,
readable figures, typeable amounts, specific answers to unusual input, plain outputs.
tests/test_layout.py checks the rendered pages in Chromium."""

from __future__ import annotations

import re

import ipywidgets as widgets
import pytest
from matplotlib.collections import PathCollection
from matplotlib.text import Text

from influtier_lite.app import WorkshopApp
from influtier_lite.core.campaign import plan_campaign
from influtier_lite.core.table import Paragraphs, Table
from influtier_lite.figures import (
    FIGURE_WIDTH_IN,
    MIN_DISPLAY_PX,
    MIN_FONT,
    TierLadder,
    engagement_scatter,
    plan_figure,
)
from influtier_lite.widgets.band import EngagementBandMeter
from influtier_lite.widgets.calculator import EngagementCalculator
from influtier_lite.widgets.campaign import CampaignPlanner
from influtier_lite.widgets.compare import TaxonomyComparison
from influtier_lite.widgets.explorer import TierExplorer

PHONE_PX = 390


def tree(widget: widgets.Widget):
    """A widget and every widget it holds."""
    yield widget
    for child in getattr(widget, "children", ()):
        yield from tree(child)


def pixels(value: str | None) -> float:
    match = re.fullmatch(r"([\d.]+)px", value or "")
    return float(match.group(1)) if match else 0.0


WIDGETS = {
    "explorer": lambda: TierExplorer("id").widget,
    "comparison": lambda: TaxonomyComparison("en").widget,
    "band meter": lambda: EngagementBandMeter("nano", "id", er_percent=8.5).widget,
    "calculator": lambda: EngagementCalculator("en").widget,
    "planner": lambda: CampaignPlanner("id").widget,
    "app": lambda: WorkshopApp("en").widget,
}


@pytest.mark.parametrize("name", list(WIDGETS))
def test_no_widget_is_wider_than_a_phone(name):
    checked = 0
    for widget in tree(WIDGETS[name]()):
        checked += 1
        layout = widget.layout
        if isinstance(widget, widgets.Image):  # figures keep a minimum inside a box that scrolls
            assert layout.min_width == f"{MIN_DISPLAY_PX}px" and layout.width == "100%"
            continue
        for side in ("width", "min_width"):
            assert pixels(getattr(layout,
                                  side)) <= PHONE_PX - 30, f"{name}: {widget!r:.80} {side}={getattr(layout, side)}"
        description_width = getattr(getattr(widget, "style", None), "description_width", "") or ""
        assert pixels(description_width) <= 120, f"{name}: a {description_width} label leaves no room on a phone"
    assert checked > 5


def test_band_strip_is_fluid_with_readable_labels():
    meter = EngagementBandMeter("nano", "id", er_percent=8.5)
    strip = meter.output.value
    assert not re.search(r"[;']width:520px", strip) and "max-width:520px" in strip and "font-size:12px" not in strip
    assert "8,5%" in meter.readout.value and "di dalam rentang artikel" in strip


def figures():
    plan = plan_campaign({"micro": 3, "mega": 1}, {"micro": 2_000_000, "mega": 40_000_000},
                         {"micro": 15_000, "mega": 500_000}, budget=1)
    ladder = TierLadder("id")
    ladder.show(500_000_000)
    ladder.png()
    seven = TierLadder("en", schemes=("partipost", "harmony", "mediakix", "later_fohr", "iconosquare",
                                      "nolimit", "hypeauditor"))
    seven.png()
    scatter = engagement_scatter([1_000, 50_000, 300_000, 2_000_000], [8.0, 2.0, 1.5, 1.0],
                                 ["nano", "macro", "mega", "mega"], "en")
    return {"ladder": ladder.figure, "seven sources": seven.figure, "plan": plan_figure(plan, "id").figure,
            "scatter": scatter.figure}


def test_every_figure_has_one_width_and_no_text_below_the_minimum():
    """With the browser test's display widths this gives >= 9 CSS px on a phone, >= 14 on a projector."""
    for name, figure in figures().items():
        assert figure.get_figwidth() == pytest.approx(FIGURE_WIDTH_IN), name
        sizes = [t.get_fontsize() for t in figure.findobj(Text) if t.get_text().strip() and t.get_visible()]
        assert sizes and min(sizes) >= MIN_FONT, f"{name}: text of {min(sizes)} pt"
    assert MIN_DISPLAY_PX / (FIGURE_WIDTH_IN * 72) * MIN_FONT >= 9


def test_scatter_tells_tiers_apart_by_shape_and_by_name():
    figure = engagement_scatter([1_000, 10_000, 50_000, 500_000], [8.0, 4.0, 2.0, 1.0],
                                ["nano", "micro", "macro", "mega"], "en").figure
    axes = figure.axes[0]
    shapes = {tuple(map(tuple, c.get_paths()[0].vertices.round(2))) for c in axes.collections
              if isinstance(c, PathCollection)}
    assert len(shapes) == 4
    labels = {t.get_text() for t in axes.texts}
    assert {"Nano", "Micro", "Macro", "Mega"} <= labels


def test_a_marker_label_at_the_end_of_the_axis_hangs_inward():
    ladder = TierLadder("id")
    ladder.show(500_000_000)
    assert ladder.label.get_horizontalalignment() == "right" and ladder.label.get_text() == "500.000.000"
    ladder.show(100)
    assert ladder.label.get_horizontalalignment() == "left"


@pytest.mark.parametrize("typed, expected", [
    ("0", "belum punya audiens"),
    ("-5", "tidak bisa negatif"),
    ("500 juta", "lebih dari ujung skala (100.000.000)"),
    ("abc", "bukan jumlah yang bisa dibaca"),
    ("2.000.000.000.000.000", "di luar batas"),
])
def test_unusual_counts_get_their_own_answer(typed, expected):
    explorer = TierExplorer("id")
    explorer.followers_box.value = typed
    shown = explorer.box_error.value + explorer.report_html.value
    assert expected in shown
    assert "Nano" not in shown and "Paling dipercaya" not in shown
    if typed in ("0", "-5", "abc"):
        assert explorer.image.layout.display == "none"


def test_no_audience_in_english_and_in_the_comparison():
    explorer = TierExplorer("en", followers=0)
    assert "no audience yet" in explorer.report_html.value and explorer.caption.value == ""
    comparison = TaxonomyComparison("en", followers=0)
    assert "no audience yet" in comparison.table_html.value and comparison.image.layout.display == "none"


def test_the_caption_follows_the_count():
    explorer = TierExplorer("en", followers=25_000)
    assert "25,000 followers" in explorer.caption.value
    explorer.set_followers(2_000_000)
    assert "2,000,000 followers" in explorer.caption.value and "25,000 followers" not in explorer.caption.value


def test_planner_amounts_can_be_typed_and_keep_their_unit():
    planner = CampaignPlanner("id")
    planner.cost["micro"].box.value = "Rp 1.750.000"
    assert planner.cost["micro"].value == 1_750_000
    assert "Rp\u00a01.750.000 per unggahan" in planner.grid_readouts["micro"].value
    planner.followers["micro"].box.value = "12,5 rb"
    assert planner.followers["micro"].value == 12_500
    assert "12.500 pengikut per influencer" in planner.followers["micro"].readout.value
    assert planner.settings()["cost_micro"] == 1_750_000 and "7.000.000" in planner.result.value  # 4 posts
    planner.followers["micro"].box.value = "50.000"  # not a micro account
    assert "harus antara 5.000 dan 30.000" in planner.followers["micro"].error.value
    assert planner.followers["micro"].value == 12_500
    planner.budget.box.value = "-5"
    assert "tidak bisa negatif" in planner.budget.error.value
    planner.count["mega"].value = 2
    planner.reset_button.click()
    assert planner.settings() == CampaignPlanner("id").settings()


def test_planner_shows_the_objective_in_full_and_a_plain_empty_state():
    planner = CampaignPlanner("id", influencers={"nano": 0})
    assert planner.objective.layout.width == "100%" and planner.objective.description == ""
    assert "belum berisi influencer" in planner.result.value and planner.image.layout.display == "none"


def test_the_chosen_language_is_marked_and_the_tab_survives():
    app = WorkshopApp("id")
    assert list(app.language.icons) == ["check", ""]
    app.tabs.selected_index = 2
    app.language.value = "en"
    assert list(app.language.icons) == ["", "check"] and app.tabs.selected_index == 2


def test_paragraphs_show_as_html_and_as_plain_lines():
    shown = Paragraphs("Rp 5.000 <b>", "7,5%")
    assert repr(shown) == "Rp 5.000 <b>\n7,5%"
    assert shown._repr_html_().count("<p") == 2 and "&lt;b&gt;" in shown._repr_html_()


def test_addresses_become_links_only_in_the_columns_named_so():
    table = Table(["Source", "Where"], [["https://a.example/x", "https://www.ftc.gov/a-b_c (our notes)."],
                                        ["b", "javascript:alert(1) <i>"]], links=["Where"])
    shown = table._repr_html_()
    # the Where address is a link, up to the space; the Source cell (as a user's data would be) is not
    assert "<a href='https://www.ftc.gov/a-b_c' target='_blank' rel='noopener noreferrer'>" in shown
    assert shown.count("<a ") == 1 and "overflow-wrap:anywhere" in shown
    assert "javascript:alert(1) &lt;i&gt;" in shown
    assert "<a" not in repr(table) and "https://www.ftc.gov/a-b_c (our notes)." in repr(table)
    with pytest.raises(TypeError, match="links"):
        Table(["a"], [["b"]], links=[3])


@pytest.mark.parametrize("env, lang", [({"LANG": "id_ID.UTF-8"}, "id"), ({"LANG": "en_GB.UTF-8"}, "en"),
                                       ({"LANG": "C.UTF-8"}, "id")])
def test_make_lab_opens_start_here_in_the_users_language_without_the_news_popup(env, lang):
    import json
    import os
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    # Under make test, the outer make's variables would make this one print its directory.
    clean = {k: v for k, v in os.environ.items()
             if k not in ("LANG", "LANGUAGE", "LC_ALL", "LAB_LANG", "MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    printed = subprocess.run(["make", "-n", "--no-print-directory", "lab"], cwd=root, env={**clean, **env},
                             capture_output=True, text=True, check=True).stdout.splitlines()
    # make -n may first print the set-up step (tools/setup_env.py lab); the last line starts JupyterLab.
    command = printed[-1]
    assert "jupyter-lab" in command and "notebooks/" in command, printed
    assert f"--LabApp.default_url=/lab/tree/{lang}/01_start_here.ipynb" in command
    settings_dir = command.split("--LabApp.app_settings_dir=")[1].split()[0]
    overrides = json.loads((Path(settings_dir) / "overrides.json").read_text(encoding="utf-8"))
    assert overrides["@jupyterlab/apputils-extension:notification"]["fetchNews"] == "false"
    # JupyterLab's own menus in the notebook's language (a default: Settings > Language changes it).
    assert overrides["@jupyterlab/translation-extension:plugin"]["locale"] == {"id": "id_ID", "en": "en"}[lang]


def test_make_lab_refuses_a_language_it_has_no_notebooks_for():
    import os
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    clean = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    # -n would only print the check; run it for real with the set-up step marked as done.
    result = subprocess.run(["make", "--no-print-directory", "-o", ".venv/.installed-lab", "lab", "LAB_LANG=fr"],
                            cwd=root, env=clean, capture_output=True, text=True)
    assert result.returncode != 0
    assert "LAB_LANG = fr: pilih id atau en / choose id or en" in result.stdout
