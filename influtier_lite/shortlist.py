"""Your own shortlist as a widget: upload or paste, then tiers, engagement and flags. Wiring only.

    from influtier_lite.shortlist import ShortlistExplorer
    ShortlistExplorer(lang="id", source=sample_path())   # or no source: wait for an upload

The file stays in the kernel's memory, on whichever machine runs the kernel (your laptop; or
the Binder, JupyterHub or workshop server, which the data is then sent to): nothing is written
to disk, the upload button is emptied as soon as the file is read (so its bytes are not kept
in the widget's state) and a download is built in memory when its button is clicked. Text
pasted in the box is read as text, never as a file name. After any error the old table, chart
and downloads are cleared, so nothing on the page belongs to another file than the one the
status names.
"""

from __future__ import annotations

import base64
import math
import re
from html import escape, unescape
from pathlib import Path

import ipywidgets as widgets

from .accounts import MAX_BYTES, MAX_ROWS, Accounts, flag_text, read_accounts, to_csv_bytes, to_xlsx_bytes
from .data import SCHEMES, data_dir
from .formatting import format_number, format_percent
from .i18n import bilingual, check_lang, text
from .inputs import alone, error_html, fluid, labelled, row
from .plotting import figure_image
from .table import Table

__all__ = ["ShortlistExplorer", "sample_path", "SAMPLE_SHORTLIST", "ui_text", "result_table", "problems_table"]

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
    return _TEXT[key][0 if check_lang(lang) == "id" else 1].format(**values)


def sample_path() -> Path:
    """The shipped synthetic shortlist (an Indonesian Excel export of made-up accounts)."""
    return data_dir() / "shortlist" / SAMPLE_SHORTLIST


SORT_KEYS = (("col_row", "row"), ("col_followers", "followers"), ("col_er", "er_percent"), ("col_handle", "handle"))


def result_table(result: Accounts, lang: str, rows=None, references: bool = True) -> Table:
    """The accounts as a table in ``lang``: names of tiers and verdicts, numbers written that
    language's way, flags as sentences. ``rows`` is part of ``result.table`` (default: all);
    ``references=False`` leaves out the column of the five reference taxonomies' tiers."""
    lang = check_lang(lang)
    frame = result.table if rows is None else rows
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
    rows = [[p.row, p.column, f"`{p.value}`" if p.value else "", ui_text(f"kind_{p.kind}", lang)] for p in result.problems]
    return Table([ui_text(k, lang) for k in ("col_row", "col_column", "col_cell", "col_problem")], rows,
                 align_right=[ui_text("col_row", lang)])


class ShortlistExplorer:
    """Upload button, paste box, formula choice, the result table, problems, chart and downloads.

    Args:
        lang: ``"id"`` or ``"en"``.
        source: a file's path or bytes to start with (``read_accounts``' ``source``), or None.
            What a visitor types in the paste box is always read as text, never as a path.
        name: the name to show for ``source``.
        settings: what ``settings()`` returned from another instance (the app's language switch):
            its shortlist, formula, number format and sort, kept in memory.
    """

    def __init__(self, lang: str = "id", source: object = None, name: str | None = None,
                 settings: dict | None = None) -> None:
        self.lang = check_lang(lang)
        self.result: Accounts | None = None
        self.error: Exception | None = None
        self._source, self._text, self._name = None, None, None
        self.upload = widgets.FileUpload(accept=".csv,.xlsx,.txt,.tsv", multiple=False,
                                         description=ui_text("upload", lang), layout=widgets.Layout(width="auto"))
        self.paste = widgets.Textarea(placeholder=ui_text("paste", lang), layout=widgets.Layout(height="90px"))
        self.read_button = widgets.Button(description=ui_text("read_paste", lang), layout=widgets.Layout(width="auto"))
        self.formula = widgets.ToggleButtons(
            options=[(ui_text("by_followers", lang), "followers"), (ui_text("by_views", lang), "views")],
            value="followers", layout=widgets.Layout(width="auto", max_width="100%"))
        self.numbers = widgets.Dropdown(
            options=[(ui_text("auto", lang), "auto"), (ui_text("choice_id", lang), "id"),
                     (ui_text("choice_en", lang), "en")],
            value="auto", layout=fluid("320px", min_width="0"))
        self.sort = widgets.Dropdown(options=[(ui_text(k, lang), v) for k, v in SORT_KEYS], value="row",
                                     layout=fluid("320px", min_width="0"))
        self.descending = widgets.Checkbox(value=False, description=ui_text("descending", lang), indent=False,
                                           layout=widgets.Layout(width="auto"))
        self.status = widgets.HTML(f"<p>{escape(ui_text('waiting', lang))}</p>")
        # One click to the other notation when the counts read two ways (shown only then).
        self.switch = widgets.Button(layout=widgets.Layout(width="auto", max_width="100%", display="none"))
        # As wide as its box: the table's own scrolling box takes the width it is given.
        self.table_html = widgets.HTML(layout=widgets.Layout(width="100%"))
        self.problems_html = widgets.HTML()
        self.image, self.framed_image = figure_image()
        self.framed_image.layout.display = "none"  # until there is a chart (an empty image shows as broken)
        # Downloads are built when asked for: a button per format, then a link to save.
        self.download_buttons = [widgets.Button(description=ui_text("prepare", lang, fmt=fmt),
                                                layout=widgets.Layout(width="auto")) for fmt in ("CSV", "XLSX")]
        self.downloads = widgets.HTML()
        self.downloads_box = widgets.VBox([widgets.HTML(f"<p>{escape(ui_text('download', lang))}</p>"),
                                           row(self.download_buttons), self.downloads],
                                          layout=widgets.Layout(display="none"))
        limit = ui_text("limit", lang, size=f"{format_number(MAX_BYTES / 2**20, lang)} MB",
                        rows=format_number(MAX_ROWS, lang))
        self.widget = widgets.VBox([
            widgets.HTML(f"<p><i>{escape(ui_text('private', lang))}</i> {escape(limit)}</p>"),
            row([self.upload, self.read_button]),
            alone(self.paste, "640px"),
            labelled(ui_text("formula", lang), self.formula),
            labelled(ui_text("numbers", lang), self.numbers),
            labelled(ui_text("sort", lang), self.sort, self.descending),
            self.status,
            alone(self.switch, "640px"),
            widgets.Box([widgets.Box([self.table_html], layout=widgets.Layout(flex="3 1 300px", min_width="0")),
                         widgets.Box([self.problems_html], layout=widgets.Layout(flex="1 1 240px", min_width="0"))],
                        layout=widgets.Layout(display="flex", flex_flow="row wrap", align_items="flex-start",
                                              grid_gap="12px", width="100%")),
            self.downloads_box,
            self.framed_image,
        ], layout=widgets.Layout(width="100%"))
        # The app's page checks an upload's or a paste's size here, and says so in this language.
        self.widget.add_class("influtier-shortlist-input")
        self.widget.add_class(f"influtier-lang-{self.lang}")
        self.upload.observe(self._on_upload, names="value")
        self.read_button.on_click(lambda _: self.load_text(self.paste.value))
        self.formula.observe(lambda _: self._reread(), names="value")
        self.numbers.observe(lambda _: self._reread(), names="value")
        self.sort.observe(lambda _: self._show_table(), names="value")
        self.descending.observe(lambda _: self._show_table(), names="value")
        self.switch.on_click(lambda _: self._switch_notation())
        for button, fmt in zip(self.download_buttons, ("csv", "xlsx")):
            button.on_click(lambda _, fmt=fmt: self.prepare_download(fmt))
        settings = settings or {}
        for key, control in (("formula", self.formula), ("numbers", self.numbers), ("sort", self.sort),
                             ("descending", self.descending), ("paste", self.paste)):
            if key in settings:
                control.value = settings[key]
        if settings.get("text") is not None:
            self.load_text(settings["text"])
        elif settings.get("source", source) is not None:
            self.load(settings.get("source", source), settings.get("name", name))

    def settings(self) -> dict:
        """The shortlist and the choices, to rebuild this widget in another language."""
        return {"source": self._source, "text": self._text, "name": self._name, "formula": self.formula.value,
                "numbers": self.numbers.value, "sort": self.sort.value, "descending": self.descending.value,
                "paste": self.paste.value}

    # --- input ------------------------------------------------------------------------

    def _on_upload(self, change: dict) -> None:
        files = change["new"]
        if not files:
            return
        upload = files[0]
        content, name = bytes(upload["content"]), upload["name"]
        self.upload.value = ()  # the bytes are not kept in the widget's state
        self.load(content, name)

    def load(self, source: object, name: str | None = None) -> None:
        """Read a file's path or bytes and show the result; a problem is shown, never raised."""
        self._source, self._text, self._name = source, None, name
        self._reread()

    def load_text(self, text: str) -> None:
        """Read text pasted from a spreadsheet (never a path, whatever it says) and show the result."""
        self._source, self._text, self._name = None, text, None
        self._reread()

    def _reread(self) -> None:
        if self._source is None and self._text is None:
            return
        number_lang = None if self.numbers.value == "auto" else self.numbers.value
        try:
            if self._text is not None:
                self.result = read_accounts(text=self._text, formula=self.formula.value, number_lang=number_lang,
                                            name=ui_text("pasted", self.lang))
            else:
                self.result = read_accounts(self._source, formula=self.formula.value, number_lang=number_lang,
                                            name=self._name)
            self.error = None
            self._show()
        except Exception as error:  # noqa: BLE001 - a widget must not raise into the notebook
            self._clear(error)

    def _clear(self, error: Exception) -> None:
        """Show ``error`` and empty everything that belonged to an earlier file."""
        self.result, self.error = None, error
        if not (isinstance(error, (ValueError, TypeError)) and len(str(error).splitlines()) == 2):  # not ours
            error = ValueError(bilingual(ui_text("render_error", "id", kind=type(error).__name__),
                                         ui_text("render_error", "en", kind=type(error).__name__)))
        self.status.value = f"<p>{error_html(error, self.lang)}</p>"
        self.table_html.value = self.problems_html.value = self.downloads.value = ""
        self.downloads_box.layout.display = self.framed_image.layout.display = self.switch.layout.display = "none"
        self.image.value = b""
        other = getattr(error, "other_notation", None)
        if other and self.numbers.value == "auto":  # nothing readable, but the other notation may be
            self.switch.description = ui_text(f"switch_to_{other}", self.lang)
            self.switch.layout.display = "flex"

    def _switch_notation(self) -> None:
        if self.result is not None:
            self.numbers.value = "en" if self.result.number_lang == "id" else "id"  # observed: reads again
        elif getattr(self.error, "other_notation", None):
            self.numbers.value = self.error.other_notation

    # --- output -----------------------------------------------------------------------

    def _show(self) -> None:
        result, lang = self.result, self.lang
        fmt = ui_text(f"fmt_{result.number_lang}", lang)
        status = "<p>" + escape(ui_text("summary", lang, name=result.source_name,
                                        rows=format_number(len(result.table), lang),
                                        problems=format_number(len(result.problems), lang), fmt=fmt)) + "</p>"
        if result.formula == "views":
            status += f"<p>{escape(ui_text('views_note', lang))}</p>"
        self.downloads.value = ""
        self._show_table()
        self._show_problems()
        self._show_chart()
        ambiguous = result.ambiguous and self.numbers.value == "auto"
        self.switch.description = ui_text(f"switch_to_{'en' if result.number_lang == 'id' else 'id'}", lang)
        self.switch.layout.display = "flex" if ambiguous else "none"
        self.downloads_box.layout.display = "flex"
        self.status.value = status

    def sorted_table(self):
        table = self.result.table
        key = self.sort.value if self.sort.value in table else "row"
        return table.sort_values(key, ascending=not self.descending.value, kind="stable", na_position="last")

    def _show_table(self) -> None:
        if self.result is None:
            return
        lang = self.lang
        table = self.sorted_table()
        shown = result_table(self.result, lang, table.head(MAX_SHOWN))
        note = "" if len(table) <= MAX_SHOWN else \
            f"<p>{escape(ui_text('shown_first', lang, shown=MAX_SHOWN, rows=format_number(len(table), lang)))}</p>"
        self.table_html.value = shown._repr_html_().replace("<div ", "<div class='influtier-shortlist' ", 1) + note

    def _show_problems(self) -> None:
        lang, problems = self.lang, self.result.problems
        items = "".join(
            f"<li>{escape(ui_text('problem_line', lang, row=p.row, column=p.column, message=p.message(lang)))}</li>"
            for p in problems[:MAX_PROBLEMS_SHOWN])
        more = len(problems) - MAX_PROBLEMS_SHOWN
        if more > 0:
            items += f"<li>{escape(ui_text('more_problems', lang, count=format_number(more, lang)))}</li>"
        self.problems_html.value = (f"<b>{escape(ui_text('problems', lang))}</b>"
                                    + (f"<ul>{items}</ul>" if items else f"<p>{escape(ui_text('no_problems', lang))}</p>"))

    def prepare_download(self, fmt: str) -> None:
        """Build the CSV or XLSX of the whole table (only now, when asked) and show its link."""
        if self.result is None:
            return
        try:
            if fmt == "csv":
                name, mime, data = "influtier_shortlist.csv", "text/csv", to_csv_bytes(self.result.table, self.lang)
            else:
                name, data = "influtier_shortlist.xlsx", to_xlsx_bytes(self.result.table)
                mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        except Exception as error:  # noqa: BLE001 - a widget must not raise into the notebook
            self._clear(error)
            return
        href = f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
        size = f"{format_number(max(len(data) / 1024, 0.1), self.lang, decimals=1)} KB"
        self.downloads.value = (f"<p><a download='{name}' href='{href}'>"
                                f"{escape(ui_text('save_link', self.lang, name=name, size=size))}</a></p>")

    def _show_chart(self) -> None:
        from .plotting import engagement_scatter, to_png

        table = self.result.table
        figure = engagement_scatter(table["followers"], table["er_percent"], table["tier_partipost"], self.lang,
                                    kind="shortlist")
        self.image.value = to_png(figure.figure)
        self.framed_image.layout.display = "flex"

    def _repr_mimebundle_(self, **kwargs: object) -> dict:
        bundle = self.widget._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = unescape(re.sub(r"<[^>]+>", "", self.status.value))
        return bundle
