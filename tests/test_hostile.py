"""Issue 24: hostile input to the shortlist reader and its widget.

Text is text: what a visitor types or pastes is read as a table, never as a path, so the
workshop app's paste box cannot open a file on the teacher's laptop. A path is read only when
code passes it as ``source``, and its size is checked (``stat``) before a byte is read.
"""

from __future__ import annotations

from pathlib import Path

import hostile_inputs  # tests/hostile_inputs.py
import pytest

from influtier_lite.core.accounts import (
    MAX_BYTES,
    MAX_COLUMNS,
    MAX_ROWS,
    AccountsError,
    read_accounts,
    to_csv_bytes,
    to_xlsx_bytes,
)
from influtier_lite.core.shortlist import sample_path
from influtier_lite.widgets.shortlist import ShortlistExplorer

ROOT = Path(__file__).resolve().parents[1]
# Paths a visitor might paste: absolute, relative with "..", and real files of the project that
# would load whole (a shortlist with a follower column) or show their first line.
PASTED_PATHS = ["/etc/passwd", "/etc/hostname", "../app/server/voila.py", str(sample_path()),
                str(sample_path().with_suffix(".xlsx")), str(ROOT / "data" / "tiers.csv"), "shortlist.csv",
                f"  {sample_path()}  "]


@pytest.mark.parametrize("pasted", PASTED_PATHS)
def test_pasted_text_is_never_opened_as_a_path(pasted):
    # The text is one header cell and no data: it is refused as text, naming the text itself
    # as the only column, and nothing of any file (its rows, whether it exists) shows.
    with pytest.raises(AccountsError) as caught:
        read_accounts(text=pasted)
    message = str(caught.value)
    assert "pasted text" in message and "no follower column" in message
    assert repr(pasted.strip()[:40]) in message
    assert "cannot be opened" not in message and "root:" not in message


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("pasted", PASTED_PATHS)
def test_the_widgets_paste_box_reads_a_path_as_text(pasted, lang):
    widget = ShortlistExplorer(lang)
    widget.paste.value = pasted
    widget.read_button.click()
    assert widget.result is None and isinstance(widget.error, AccountsError)
    assert widget.table_html.value == "" and widget.downloads.value == ""
    shown = widget.status.value
    assert ("teks yang ditempel" if lang == "id" else "pasted text") in shown
    assert "@contoh" not in shown and "root:" not in shown


def test_a_path_with_a_follower_column_pasted_after_a_header_is_still_text():
    # A header line and a path as an account's name: the path is a name like any other, and
    # none of the file's accounts appears.
    result = read_accounts(text=f"akun\tpengikut\n@contoh\t5000\n{sample_path()}\t1\n")
    assert result.table["handle"] == ["@contoh", str(sample_path())]
    assert result.table["followers"] == [5000, 1]


def test_source_and_text_are_exclusive_and_one_is_needed(bilingual):
    with pytest.raises(ValueError) as caught:
        read_accounts()
    bilingual(caught.value, "source", "text")
    with pytest.raises(ValueError) as caught:
        read_accounts(sample_path(), text="akun\tpengikut\n@a\t5000\n")
    bilingual(caught.value, "text", "source")  # the text is what conflicts with the source given
    with pytest.raises(TypeError, match="text = bytes"):
        read_accounts(text=b"akun\tpengikut\n")


def test_a_str_source_is_a_path_and_a_missing_one_says_how_to_pass_text(bilingual):
    with pytest.raises(AccountsError) as caught:
        read_accounts("akun\tpengikut\n@contoh\t5000\n")
    bilingual(caught.value, "read_accounts(text=...)", "akun")
    with pytest.raises(AccountsError, match="cannot be opened"):
        read_accounts("no_such_shortlist.csv")


def test_a_folder_or_a_device_is_not_read(tmp_path):
    with pytest.raises(AccountsError, match="not a regular file"):
        read_accounts(tmp_path)
    with pytest.raises(AccountsError, match="not a regular file"):
        read_accounts("/dev/zero")  # never read: it has no end


def test_a_file_too_big_is_refused_by_its_size_before_it_is_read(tmp_path, monkeypatch):
    big = tmp_path / "big.csv"
    with big.open("wb") as file:  # sparse: no disk used
        file.truncate(MAX_BYTES + 1)

    def no_open(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_open)
    with pytest.raises(AccountsError, match="too big"):
        read_accounts(big)
    monkeypatch.undo()
    with pytest.raises(AccountsError, match="too big"):
        read_accounts(text="a" * (MAX_BYTES + 1))


# --- files from anywhere (item 2) ----------------------------------------------------------

def test_a_row_number_far_past_the_last_is_a_problem_not_a_memory_blow_up():
    # openpyxl fills a gap in row numbers with empty rows: the row cap bounds it, and the far
    # row is named as past the limit, not dropped in silence.
    result = read_accounts(hostile_inputs.xlsx_row_gap(), name="gap.xlsx")
    assert result.table["handle"] == ["@contoh"]
    assert [(p.row, p.kind) for p in result.problems] == [(MAX_ROWS + 2, "cut")]


def test_cells_in_the_last_column_are_not_padded_to_it():
    with pytest.raises(AccountsError) as caught:
        read_accounts(hostile_inputs.xlsx_last_column(), name="lebar.xlsx")
    assert f"in the first {MAX_COLUMNS} columns" in str(caught.value)


@pytest.mark.parametrize("maker", [hostile_inputs.xlsx_shared_strings_bomb, hostile_inputs.xlsx_sheet_bomb])
def test_a_zip_bomb_is_refused_before_openpyxl_reads_it(maker, monkeypatch):
    import openpyxl

    def refuse(*args, **kwargs):
        raise AssertionError("openpyxl opened the bomb")

    data = maker(64)
    monkeypatch.setattr(openpyxl, "load_workbook", refuse)
    with pytest.raises(AccountsError, match="too big once unpacked") as caught:
        read_accounts(data, name="bom.xlsx")
    assert str(caught.value).startswith("bom.xlsx: isi XLSX ini terlalu besar")


@pytest.mark.parametrize("maker, kind", [
    (hostile_inputs.xlsx_lying_size, "BadZipFile"),
    (hostile_inputs.xlsx_broken_xml, "ParseError"),
    (hostile_inputs.xlsx_corrupt_stream, "zlib.error"),
    (lambda: b"PK\x03\x04" + b"\x00" * 200, "BadZipFile"),
])
def test_a_broken_xlsx_gets_the_bilingual_error_and_no_other(maker, kind, bilingual):
    with pytest.raises(AccountsError) as caught:
        read_accounts(maker(), name="rusak.xlsx")
    bilingual(caught.value, "rusak.xlsx", kind)


def test_too_many_rows_are_cut_and_said(lang="id"):
    result = read_accounts(hostile_inputs.csv_many_rows(), name="banyak.csv")
    assert len(result.table) == MAX_ROWS
    (cut,) = [p for p in result.problems if p.kind == "cut"]
    assert cut.row == MAX_ROWS + 2 and "10.000" in cut.message_id and "10,000" in cut.message_en


def test_the_size_limit_is_one_for_bytes_text_and_files(tmp_path):
    data = hostile_inputs.csv_too_big()
    assert len(data) > MAX_BYTES
    path = tmp_path / "besar.csv"
    path.write_bytes(data)
    for source, text in ((data, None), (path, None), (None, data.decode())):
        with pytest.raises(AccountsError, match=r"too big for a list of accounts \(9\.0 MB; the limit is 8\.0 MB\)"):
            read_accounts(source, text=text)


@pytest.mark.parametrize("cell", ["2000000000000000", "9223372036854775808", "1e30"])
def test_a_count_too_big_to_be_real_is_a_row_problem_never_wrapped(cell):
    result = read_accounts(text=f"akun\tpengikut\n@a\t5000\n@b\t{cell}\n")
    assert result.table["followers"] == [5000]
    (problem,) = result.problems
    assert problem.row == 3 and problem.kind == "unreadable"


def test_a_huge_count_in_an_xlsx_is_a_row_problem():
    data = hostile_inputs.xlsx([hostile_inputs.HEADER_ROW, hostile_inputs.account_row(2),
                                hostile_inputs.account_row(3, "@besar", "<v>9.3e18</v>")])
    result = read_accounts(data)
    assert result.table["followers"] == [5000] and [p.row for p in result.problems] == [3]


# --- safe to open in Excel (item 3) --------------------------------------------------------

def csv_cells(data: bytes, lang: str) -> list[list[str]]:
    import csv
    import io

    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";" if lang == "id" else ","))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_csv_download_writes_formula_text_as_text(lang):
    result = read_accounts(hostile_inputs.csv_formula_cells())
    rows = csv_cells(to_csv_bytes(result.table, lang), lang)
    handles = [row[rows[0].index("handle")] for row in rows[1:]]
    assert handles[:5] == ["'" + h for h in hostile_inputs.FORMULA_HANDLES]
    assert all(h.startswith("'") for h in handles)  # the tab- and CR-led ones too, once stripped
    followers = [row[rows[0].index("followers")] for row in rows[1:]]
    assert set(followers) == {"5000"}  # numbers unchanged
    assert read_accounts(to_csv_bytes(result.table, lang)).table["handle"] == result.table["handle"]


@pytest.mark.parametrize("maker", [hostile_inputs.csv_formula_cells, hostile_inputs.xlsx_formula_cells])
def test_the_xlsx_download_has_no_formula(maker):
    import io
    import zipfile

    result = read_accounts(maker())
    data = to_xlsx_bytes(result.table)
    sheet = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet and b"<f " not in sheet
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data))
    cells = [c for row in book.active.iter_rows(min_row=2) for c in row]
    assert {c.data_type for c in cells if isinstance(c.value, str)} == {"s"}
    assert [c.value for c in book.active["B"][1:]][:5] == result.table["handle"][:5]
    assert all(isinstance(c.value, int) for c in book.active["C"][1:])  # followers stay numbers


def test_a_cell_xml_cannot_hold_still_downloads():
    result = read_accounts(hostile_inputs.csv_control_characters())
    data = to_xlsx_bytes(result.table)
    import io

    from openpyxl import load_workbook

    handles = [c.value for c in load_workbook(io.BytesIO(data)).active["B"][1:]]
    assert handles == ["@tab\N{REPLACEMENT CHARACTER}kecil", "@esc\N{REPLACEMENT CHARACTER}x"]


def test_after_an_error_the_widget_holds_nothing_of_the_previous_file(monkeypatch):
    widget = ShortlistExplorer("en", sample_path())
    widget.download_buttons[0].click()
    assert "@contoh" in widget.table_html.value and widget.downloads.value and widget.image.value
    widget.load(hostile_inputs.xlsx_broken_xml(), "rusak.xlsx")
    assert "rusak.xlsx: is not an XLSX file" in widget.status.value
    assert widget.table_html.value == widget.problems_html.value == widget.downloads.value == ""
    assert widget.image.value == b"" and widget.framed_image.layout.display == "none"
    assert widget.downloads_box.layout.display == "none"
    # An error while showing a file that was read (here: the chart) clears as well.
    widget.load(sample_path())
    import influtier_lite.figures as figures

    def broken(*args, **kwargs):
        raise OverflowError("chart")

    monkeypatch.setattr(figures, "engagement_scatter", broken)
    widget.load(hostile_inputs.csv_duplicates(), "dua.csv")
    assert "cannot be shown (OverflowError)" in widget.status.value
    assert widget.table_html.value == "" and widget.image.value == b"" and widget.result is None


def test_downloads_are_built_only_when_asked(monkeypatch):
    import influtier_lite.widgets.shortlist as shortlist

    built = []
    monkeypatch.setattr(shortlist, "to_xlsx_bytes", lambda table: built.append("xlsx") or b"PK")
    widget = ShortlistExplorer("id", sample_path())
    assert built == [] and widget.downloads.value == ""
    widget.download_buttons[1].click()
    assert built == ["xlsx"] and "influtier_shortlist.xlsx" in widget.downloads.value


def test_the_problem_list_is_capped_in_the_page():
    lines = "akun\tpengikut\n" + "".join(f"@a{n}\tbanyak\n" for n in range(300)) + "@ok\t5000\n"
    widget = ShortlistExplorer("en")
    widget.load_text(lines)
    assert widget.problems_html.value.count("<li>") == 101 and "and 200 more problems" in widget.problems_html.value


# --- silent data changes (item 5) ----------------------------------------------------------

def test_duplicates_percent_cells_formulas_and_mixed_encodings_are_problems():
    duplicates = read_accounts(hostile_inputs.csv_duplicates())
    assert [(p.row, p.kind) for p in duplicates.problems] == [(4, "duplicate"), (5, "duplicate")]
    assert "row 2" in duplicates.problems[0].message_en and len(duplicates.table) == 4
    xlsx = read_accounts(hostile_inputs.xlsx_percent_and_formula())
    assert xlsx.table["handle"] == ["@biasa"]
    assert [(p.row, p.kind) for p in xlsx.problems] == [(2, "percent"), (3, "formula")]
    mixed = read_accounts(hostile_inputs.csv_mixed_encodings())
    assert mixed.table["handle"] == ["@caf\u00e9_utf8", "@caf\u00e9_1252", "@na\u00efve"]
    assert [(p.row, p.kind) for p in mixed.problems] == [(3, "encoding")]


def test_pasted_english_spreadsheet_text_is_read_in_english():
    result = read_accounts(text=hostile_inputs.ENGLISH_PASTE)
    assert result.number_lang == "en" and not result.problems
    assert result.table["followers"] == [1_500_000, 12_500]


def test_english_headers_do_not_outvote_indonesian_numbers():
    result = read_accounts(text="Username\tFollowers\n@a\t2,9 jt\n@b\t873,5 rb\n@c\t12.500\n")
    assert result.number_lang == "id" and result.table["followers"] == [2_900_000, 873_500, 12_500]


def test_ambiguous_rows_offer_the_other_notation_in_one_click():
    result = read_accounts(text=hostile_inputs.AMBIGUOUS_PASTE)
    assert result.ambiguous and result.number_lang == "id" and len(result.problems) == 2
    widget = ShortlistExplorer("id")
    widget.load_text(hostile_inputs.AMBIGUOUS_PASTE)
    assert widget.switch.layout.display == "flex" and "format Inggris" in widget.switch.description
    widget.switch.click()
    assert widget.result.number_lang == "en" and widget.result.table["followers"] == [5_000, 12_500, 700]
    assert widget.switch.layout.display == "none"  # chosen by hand now
    assert not read_accounts(text="akun\tpengikut\n@a\t873,5 rb\n").ambiguous


def test_when_no_row_reads_the_other_notation_is_still_one_click_away():
    widget = ShortlistExplorer("en")
    widget.load_text("akun\tpengikut\n@a\t5,000\n@b\t12,500\n")
    assert widget.result is None and "no data row could be read" in widget.status.value
    assert widget.switch.layout.display == "flex" and "English format" in widget.switch.description
    widget.switch.click()
    assert widget.result.table["followers"] == [5_000, 12_500]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("unit", [10**3, 10**6, 10**9, 10**12])
def test_compact_numbers_are_right_at_every_unit_boundary(lang, unit):
    import re

    from influtier_lite.core.formatting import format_compact

    for value in (unit - unit * 0.00004, unit - 1, unit, unit + 1):
        text = format_compact(value, lang)
        leading = float(re.match(r"-?[\d.,]+", text).group().replace(",", "."))
        assert leading < 1000, (value, text)  # never "1000 rb" / "1000K": the next unit
    below = format_compact(unit * 0.9994, lang)
    assert re.match(r"999[.,]4", below) or unit == 10**3, below


# --- the caption checker reads what a reader sees (item 5) -----------------------------------

@pytest.mark.parametrize("caption, marker", [
    ("Produk ini keren! paid\u00a0partnership", "paid partnership"),
    ("Produk ini keren! paid  partnership", "paid partnership"),
    ("Produk ini keren! paid\u200b partnership", "paid partnership"),
    ("Produk ini keren! #\u200bad", "#ad"),
    ("Produk ini keren! i\u200dklan", "iklan"),
    ("Produk ini keren! \uff03\uff21\uff24", "#ad"),
    ("Produk ini keren! #\uff49\uff4b\uff4c\uff41\uff4e", "#iklan"),
    ("Terima kasih atas kerjasama berbayar ini", "kerjasama berbayar"),
    ("Konten ini bagian dari kemitraan berbayar dengan @brand", "kemitraan berbayar"),
])
def test_the_marker_detector_reads_markers_as_a_reader_sees_them(caption, marker):
    from influtier_lite.core.disclosure import disclosure_labels

    assert marker in disclosure_labels(caption)


def test_the_detector_is_not_fooled_into_markers_that_are_not_there():
    from influtier_lite.core.disclosure import disclosure_labels

    assert disclosure_labels("Padahal partnership ini bukan iklanku") == []
    assert disclosure_labels("#adidas keren") == []


def test_the_app_pages_limit_is_the_readers():
    import re

    template = (ROOT / "app" / "server" / "jupyter" / "voila" / "templates" / "influtier" / "index.html.j2").read_text()
    assert int(re.search(r"var LIMIT = (\d+);", template)[1]) == MAX_BYTES
    assert f"{MAX_BYTES // 2**20} MB" in template
