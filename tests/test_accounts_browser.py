"""Issue 15 end to end: a file chosen in the browser reaches the shortlist tab of the workshop app.

In Debian's Chromium, the app in Voilà: open the "Akun pilihan Anda" tab, give the upload
button's file chooser a shortlist (as a participant choosing a file does) and wait for its
accounts in the table and its problem in the list. Skipped like tests/test_browser.py when
Chromium is missing; with INFLUTIER_REQUIRE_BROWSER=1 a missing browser fails.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from tools import browser

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.browser

TIMEOUT_MS = 60_000

browser.require_chromium()


@contextlib.contextmanager
def shortlist_tab():
    """The workshop app in Voilà and Chromium, opened on its "Akun pilihan Anda" tab."""
    with browser.jupyter_lab("voila") as (url, _), browser.chromium_page() as page:
        page.set_default_timeout(TIMEOUT_MS)
        page.goto(url + "/")
        page.get_by_text("Akun pilihan Anda", exact=True).click()
        yield page


def upload(page, name: str, data: bytes) -> None:
    """Choose a file with the upload button, as a participant does: the button opens a file
    input that is never in the page, so answer its file chooser."""
    with page.expect_file_chooser() as chooser:
        page.locator(".widget-upload").first.click()
    chooser.value.set_files(files=[{"name": name, "mimeType": "text/csv", "buffer": data}])


def test_a_file_uploaded_in_the_browser_fills_the_shortlist_table():
    shortlist = ("Akun;Jumlah Pengikut;Rata-rata Suka;Komentar\r\n@contoh_peramban;12.500;873,5;42\r\n"
                 "@contoh_kedua;2,9 jt;12 rb;1.200\r\n@contoh_ragu;5,000;10;1\r\n").encode("cp1252")
    with shortlist_tab() as page:
        upload(page, "daftar_saya.csv", shortlist)
        table = page.locator(".influtier-shortlist table")
        table.locator("text=@contoh_peramban").wait_for()
        rows = table.locator("tbody tr")
        assert rows.count() == 2
        assert "12.500" in rows.nth(0).inner_text() and "2.900.000" in rows.nth(1).inner_text()
        page.locator("text=daftar_saya.csv: 2 akun terbaca").first.wait_for()
        page.locator("text=baris 4, kolom Jumlah Pengikut").first.wait_for()
        page.get_by_role("button", name="Siapkan unduhan XLSX").click()  # built only when asked for
        page.locator("a[download='influtier_shortlist.xlsx']").wait_for(state="attached")
        (ROOT / "build").mkdir(exist_ok=True)
        page.screenshot(path=str(ROOT / "build" / "e2e_shortlist_upload.png"), full_page=True)


def test_paths_pasted_in_the_browser_are_read_as_text():
    """Issue 24, item 1: a visitor who pastes a path into the app's box sees it read as text
    (a table with no follower column), never a file of the laptop's."""
    pasted = ["/etc/passwd", "../app/server/voila.py",
              str(ROOT / "data" / "shortlist" / "sample_shortlist_synthetic.csv")]
    with shortlist_tab() as page:
        box = page.locator(".widget-textarea textarea").first
        for text in pasted:
            box.fill(text)
            page.get_by_role("button", name="Baca teks yang ditempel").click()
            message = page.locator(f"text=kolom yang ada: '{text[:40]}'").first
            message.wait_for()
            shown = page.locator("body").inner_text()
            assert "tidak ada kolom pengikut" in shown and "root:" not in shown and "@contoh" not in shown
            assert "tidak bisa dibuka" not in shown
            assert page.locator(".influtier-shortlist table").count() == 0
        page.screenshot(path=str(ROOT / "build" / "e2e_shortlist_paste_path.png"), full_page=True)


def test_an_upload_or_paste_too_big_for_the_websocket_is_refused_with_a_message():
    """Issue 24, item 2: a file over the limit used to do nothing (a websocket message over
    10 MiB is dropped); the page now refuses it, and a paste too big, with a message."""
    big = b"akun;pengikut\r\n" + b"@contoh;5.000\r\n" * (12 * 2**20 // 14)
    with shortlist_tab() as page:
        upload(page, "besar.csv", big)
        alert = page.locator(".influtier-too-big")
        alert.wait_for()
        megabytes = f"{len(big) / 2**20:.1f}".replace(".", ",")
        assert alert.inner_text().startswith(f"Terlalu besar untuk daftar akun ({megabytes} MB; batasnya 8 MB)")
        page.locator(".widget-textarea textarea").first.focus()
        page.evaluate("""() => {
            const data = new DataTransfer();
            data.setData('text', 'akun\\tpengikut\\n' + '@a\\t5000\\n'.repeat(1300000));
            document.querySelector('.influtier-shortlist-input textarea').dispatchEvent(
                new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
        }""")
        assert f"({(14 + 8 * 1_300_000) / 2**20:.1f} MB;".replace(".", ",") in alert.inner_text()
        assert page.locator(".widget-textarea textarea").first.input_value() == ""  # nothing pasted
        # A file under the limit still goes through, and the note goes away.
        upload(page, "kecil.csv", b"akun;pengikut\r\n@contoh_kecil;5.000\r\n")
        page.locator("text=kecil.csv: 1 akun terbaca").first.wait_for()
        assert alert.count() == 0
