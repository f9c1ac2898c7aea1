"""A shortlist read by ``core.accounts`` as tables a person reads, in either language.

``result_table`` gives each account's tiers, rate, verdicts and flags with numbers
written the language's way; ``problems_table`` the cells that could not be used.
``sample_path()`` is the shipped synthetic shortlist. ``widgets.shortlist`` shows them.
"""

from __future__ import annotations

import math
from pathlib import Path

from .accounts import Accounts, _a_table, flag_text
from .csvdata import data_dir
from .data import SCHEMES
from .formatting import format_number, format_percent
from .i18n import check_lang, text
from .table import Table
from .validate import a_flag, a_text, an_instance, one_of

__all__ = ["sample_path", "SAMPLE_SHORTLIST", "ui_text", "result_table", "problems_table", "SORT_KEYS", "MAX_SHOWN",
           "MAX_PROBLEMS_SHOWN"]

SAMPLE_SHORTLIST = "sample_shortlist_synthetic.csv"
MAX_SHOWN = 200  # rows drawn in the page; the downloads hold them all
MAX_PROBLEMS_SHOWN = 100  # problems listed in the page; the rest are counted

_TEXT = {
    "upload": ("Unggah CSV/XLSX", "Upload CSV/XLSX"),
    "paste": ("…atau tempel dari spreadsheet (baris judul ikut disalin)",
              "…or paste from a spreadsheet (copy the header row too)"),
    "read_paste": ("Baca teks yang ditempel", "Read the pasted text"),
    "formula": ("Rumus", "Formula"),
    "by_followers": ("per pengikut", "by followers"),
    "by_views": ("per tayangan", "by views"),
    "sort": ("Urutkan", "Sort by"),
    "numbers": ("Format angka", "Number format"),
    "auto": ("otomatis", "automatic"),
    "descending": ("terbesar dulu", "largest first"),
    "waiting": ("Belum ada daftar akun: unggah berkas atau tempel tabelnya.",
                "No shortlist yet: upload a file or paste the table."),
    "summary": ("{name}: {rows} akun terbaca, {problems} masalah. Angka dibaca dengan {fmt}.",
                "{name}: {rows} accounts read, {problems} problems. Numbers read in the {fmt}."),
    "pasted": ("teks yang ditempel", "pasted text"),
    "views_note": ("Rumus per tayangan: rentang Partipost (rumusnya tidak disebut artikel) dan tolok ukur vendor "
                   "hanya kami sandingkan dengan angka per pengikut, jadi keduanya tidak dipakai untuk menilai "
                   "angka ini.",
                   "By views: we set Partipost's bands (the article names no formula) and the vendor benchmarks "
                   "only beside rates by followers, so neither is used to judge these rates."),
    "fmt_id": ("format Indonesia (titik pemisah ribuan, koma desimal)",
               "Indonesian format (dot for thousands, comma for decimals)"),
    "choice_id": ("Indonesia: 12.500,5", "Indonesian: 12.500,5"),
    "choice_en": ("Inggris: 12,500.5", "English: 12,500.5"),
    "fmt_en": ("format Inggris (koma pemisah ribuan, titik desimal)",
               "English format (comma for thousands, dot for decimals)"),
    "kind_unknown_column": ("kolom tidak dikenali, tidak dipakai", "column not recognised, not used"),
    "kind_second_column": ("kolom kedua untuk data yang sama, tidak dipakai", "a second column for the same data, not used"),
    "kind_empty": ("sel kosong", "empty cell"),
    "kind_extra_cells": ("sel lebih banyak daripada kolom judul", "more cells than header columns"),
    "kind_unreadable": ("tidak bisa dibaca tanpa menebak", "cannot be read without guessing"),
    "kind_formula": ("rumus tanpa nilai tersimpan", "a formula with no stored value"),
    "kind_percent": ("sel persen, bukan jumlah", "a percentage cell, not a count"),
    "kind_encoding": ("baris dengan pengodean lain (periksa hurufnya)", "a row in another encoding (check its letters)"),
    "kind_duplicate": ("akun yang sama dua kali", "the same account twice"),
    "kind_long_cell": ("isi sel dipotong", "cell cut short"),
    "kind_cut": ("melewati batas, tidak dibaca", "past the limit, not read"),
    "private": ("Data dibaca ke memori kernel dan tidak disimpan ke disk. Kernel berjalan di mesin yang menyajikan "
                "halaman ini: laptop Anda (data tetap di sana), atau server Binder/JupyterHub atau laptop pelatih (data "
                "dikirim ke sana). Data orang sungguhan: ingat UU PDP (UU No. 27 Tahun 2022).",
                "Your data is read into the kernel's memory and not saved to disk. The kernel runs on the machine "
                "serving this page: your laptop (the data stays there), or a Binder or JupyterHub server or the "
                "trainer's laptop (the data is sent there). Real people's data: mind Indonesia's UU PDP (Law No. 27 "
                "of 2022)."),
    "limit": ("Ukuran berkas atau teks paling besar {size}; paling banyak {rows} baris yang dibaca.",
              "Files or text up to {size}; at most {rows} rows are read."),
    "more_problems": ("…dan {count} masalah lain.", "…and {count} more problems."),
    "switch_to_en": ("Angka seperti 5,000 bisa dibaca dengan dua cara. Baca ulang dengan format Inggris (12,500.5)",
                     "Numbers such as 5,000 read two ways. Read again in English format (12,500.5)"),
    "switch_to_id": ("Angka seperti 5.000 bisa dibaca dengan dua cara. Baca ulang dengan format Indonesia (12.500,5)",
                     "Numbers such as 5.000 read two ways. Read again in Indonesian format (12.500,5)"),
    "prepare": ("Siapkan unduhan {fmt}", "Prepare the {fmt} download"),
    "save_link": ("Simpan {name} ({size})", "Save {name} ({size})"),
    "render_error": ("Hasilnya tidak bisa ditampilkan ({kind}); tabel, gambar, dan unduhan dikosongkan.",
                     "The result cannot be shown ({kind}); the table, chart and downloads are cleared."),
    "problems": ("Masalah", "Problems"),
    "no_problems": ("Tidak ada masalah.", "No problems."),
    "problem_line": ("baris {row}, kolom {column}: {message}", "row {row}, column {column}: {message}"),
    "download": ("Unduh hasil:", "Download the result:"),
    "shown_first": ("Yang ditampilkan hanya {shown} baris pertama dari {rows}; unduhan memuat semuanya.",
                    "Showing the first {shown} of {rows} rows; the downloads hold them all."),
    "col_row": ("Baris", "Row"),
    "col_handle": ("Akun", "Account"),
    "col_column": ("Kolom", "Column"),
    "col_cell": ("Isi sel", "Cell"),
    "col_problem": ("Masalah", "Problem"),
    "col_platform": ("Platform", "Platform"),
    "col_followers": ("Pengikut", "Followers"),
    "col_er": ("Tingkat keterlibatan", "Engagement rate"),
    "col_partipost": ("Partipost", "Partipost"),
    "col_harmony": ("Harmony", "Harmony"),
    "col_band": ("Dibanding rentang Partipost", "Against Partipost's band"),
    "col_benchmark": ("Dibanding tolok ukur vendor", "Against the vendor benchmark"),
    "col_flags": ("Perlu dicek", "Worth checking"),
    "col_references": ("Sumber rujukan lain", "Other references"),
    "bench_below": ("di bawah", "below"),
    "bench_within": ("sesuai", "in line"),
    "bench_above": ("di atas", "above"),
    "none": ("–", "–"),
}


def ui_text(key: str, lang: str, **values: object) -> str:
    """The shortlist's interface string ``key`` in ``lang``, with ``{placeholders}`` filled in."""
    index = 0 if check_lang(lang) == "id" else 1
    return _TEXT[one_of("key", a_text("key", key), _TEXT, where="_TEXT (influtier_lite/core/shortlist.py)")][index].format(**values)


def sample_path() -> Path:
    """The shipped synthetic shortlist (an Indonesian Excel export of made-up accounts)."""
    return data_dir() / "shortlist" / SAMPLE_SHORTLIST


SORT_KEYS = (("col_row", "row"), ("col_followers", "followers"), ("col_er", "er_percent"), ("col_handle", "handle"))


def result_table(result: Accounts, lang: str, rows=None, references: bool = True) -> Table:
    """The accounts as a table in ``lang``: names of tiers and verdicts, numbers written that
    language's way, flags as sentences. ``rows`` is part of ``result.table`` (default: all);
    ``references=False`` leaves out the column of the five reference taxonomies' tiers."""
    lang = check_lang(lang)
    _a_result(result)
    a_flag("references", references)
    frame = result.table if rows is None else _a_table(rows, "rows")
    none = ui_text("none", lang)
    partipost, harmony = SCHEMES["partipost"], SCHEMES["harmony"]
    keys = ["col_row", "col_handle", "col_platform", "col_followers", "col_er", "col_partipost", "col_harmony",
            "col_band", "col_benchmark", "col_flags", "col_references"]
    keys = [k for k in keys if not (k == "col_handle" and "handle" not in frame)
            and not (k == "col_platform" and "platform" not in frame)
            and not (k == "col_references" and not references)]
    lines = []
    for row in frame.itertuples(index=False):
        references = " · ".join(f"{s.name(lang)}: {s.tier(getattr(row, f'tier_{s.id}')).name(lang)}"
                                for s in SCHEMES.values() if s.kind == "reference" and getattr(row, f"tier_{s.id}"))
        cells = {
            "col_row": str(row.row),
            "col_handle": getattr(row, "handle", ""),
            "col_platform": getattr(row, "platform", ""),
            "col_followers": format_number(row.followers, lang),
            "col_er": none if math.isnan(row.er_percent) else format_percent(row.er_percent, lang, decimals=2),
            "col_partipost": partipost.tier(row.tier_partipost).name(lang) if row.tier_partipost else none,
            "col_harmony": harmony.tier(row.tier_harmony).name(lang) if row.tier_harmony else none,
            "col_band": text(row.verdict_partipost, lang) if row.verdict_partipost else none,
            "col_benchmark": ui_text(f"bench_{row.verdict_benchmark}", lang) if row.verdict_benchmark else none,
            "col_flags": flag_text(row.flags, lang) or none,
            "col_references": references or none,
        }
        lines.append([cells[k] for k in keys])
    columns = [ui_text(k, lang) for k in keys]
    right = [ui_text(k, lang) for k in ("col_row", "col_followers", "col_er")]
    return Table(columns, lines, align_right=right)


def problems_table(result: Accounts, lang: str) -> Table:
    """The problems in ``lang``: row, column, the cell as written (in backticks: it is data, written
    as it came), and what kind of problem."""
    lang = check_lang(lang)
    rows = [[p.row, p.column, f"`{p.value}`" if p.value else "", ui_text(f"kind_{p.kind}", lang)] for p in _a_result(result).problems]
    return Table([ui_text(k, lang) for k in ("col_row", "col_column", "col_cell", "col_problem")], rows,
                 align_right=[ui_text("col_row", lang)])


def _a_result(result: object) -> Accounts:
    return an_instance("result", result, Accounts, "hasil read_accounts()", "a result of read_accounts()")
