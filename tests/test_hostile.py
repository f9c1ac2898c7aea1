"""Issue 24: hostile input to the shortlist reader and its widget.

Text is text: what a visitor types or pastes is read as a table, never as a path, so the
workshop app's paste box cannot open a file on the teacher's laptop. A path is read only when
code passes it as ``source``, and its size is checked (``stat``) before a byte is read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from influtier_lite.accounts import MAX_BYTES, AccountsError, read_accounts
from influtier_lite.shortlist import ShortlistExplorer, sample_path

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
    assert result.table["handle"].tolist() == ["@contoh", str(sample_path())]
    assert result.table["followers"].tolist() == [5000, 1]


def test_source_and_text_are_exclusive_and_one_is_needed(bilingual):
    with pytest.raises(ValueError) as caught:
        read_accounts()
    bilingual(caught.value, "source", "text")
    with pytest.raises(ValueError) as caught:
        read_accounts(sample_path(), text="akun\tpengikut\n@a\t5000\n")
    bilingual(caught.value, "source", "text")
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
