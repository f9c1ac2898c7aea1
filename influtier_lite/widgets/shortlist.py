"""Your own shortlist as a widget: upload or paste, then tiers, engagement and flags. Wiring only.

    from influtier_lite import ShortlistExplorer, sample_path
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
import re
from html import escape, unescape

import ipywidgets as widgets

from ..core.accounts import MAX_BYTES, MAX_ROWS, Accounts, read_accounts, to_csv_bytes, to_xlsx_bytes
from ..core.errors import BilingualError
from ..core.formatting import format_number
from ..core.shortlist import MAX_PROBLEMS_SHOWN, MAX_SHOWN, SORT_KEYS, result_table, ui_text
from ..core.validate import a_mapping, a_text
from ..core.words import check_lang, phrase, value_error
from .controls import alone, error_html, figure_image, fluid, labelled, row

__all__ = ["ShortlistExplorer"]

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
        a_text("name", name, optional=True)
        if settings is not None:
            a_mapping("settings", settings)
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
        except Exception as error:  # a widget must not raise into the notebook
            self._clear(error)

    def _clear(self, error: Exception) -> None:
        """Show ``error`` and empty everything that belonged to an earlier file."""
        self.result, self.error = None, error
        if not isinstance(error, BilingualError):  # not ours: say what it is, in both languages
            error = value_error("sl_render_error", kind=type(error).__name__)
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
        rows, problems = len(result.table), len(result.problems)
        status = "<p>" + escape(ui_text("summary", lang, name=result.source_name, fmt=fmt,
                                        rows=phrase("sl_n_accounts_read", rows, count=format_number(rows, lang)),
                                        problems=phrase("sl_n_problems", problems,
                                                        count=format_number(problems, lang)))) + "</p>"
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
        return table.sort(key, descending=self.descending.value)

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
            items += f"<li>{escape(ui_text('more_problems', lang, more, count=format_number(more, lang)))}</li>"
        self.problems_html.value = (f"<b>{escape(ui_text('problems', lang))}</b>"
                                    + (f"<ul>{items}</ul>" if items
                                       else f"<p>{escape(ui_text('no_problems', lang))}</p>"))

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
        except Exception as error:  # a widget must not raise into the notebook
            self._clear(error)
            return
        href = f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
        size = f"{format_number(max(len(data) / 1024, 0.1), self.lang, decimals=1)} KB"
        self.downloads.value = (f"<p><a download='{name}' href='{href}'>"
                                f"{escape(ui_text('save_link', self.lang, name=name, size=size))}</a></p>")

    def _show_chart(self) -> None:
        from ..figures import engagement_scatter, to_png

        table = self.result.table
        figure = engagement_scatter(table["followers"], table["er_percent"], table["tier_partipost"], self.lang,
                                    kind="shortlist")
        self.image.value = to_png(figure.figure)
        self.framed_image.layout.display = "flex"

    def _repr_mimebundle_(self, **kwargs: object) -> dict:
        bundle = self.widget._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = unescape(re.sub(r"<[^>]+>", "", self.status.value))
        return bundle
