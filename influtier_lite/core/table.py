"""A small table for notebooks, without pandas.

pandas would add about 30 MB to every kernel that shows a table (issue 4 measures kernel
memory); these tables have a handful of rows. ``Table`` shows as HTML in Jupyter and as
aligned text elsewhere (which is what nbval compares), and ``to_pandas()`` gives a
DataFrame to anyone who wants to go further.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from .validate import a_sequence, a_text, shown
from .words import value_error

__all__ = ["Table", "Paragraphs"]

# An https:// address in a cell of a ``links`` column: up to a space, without a closing
# bracket or full stop after it.
ADDRESS = re.compile(r"https://[^\s<>\"']+?(?=[.,;:)]?(?:\s|$))")


class Table:
    """Rows of cells under named columns; the first column names the rows.

    Args:
        columns: column headings.
        rows: one sequence of cells per row, as many cells as columns.
        caption: optional text shown above the table.
        align_right: headings of columns to right-align (numbers).
        links: headings of columns whose https:// addresses become links in HTML (our own
            data only, such as a source's address; never a column of a user's file).
    """

    def __init__(self, columns: Sequence[str], rows: Sequence[Sequence[object]], caption: str = "",
                 align_right: Sequence[str] = (), links: Sequence[str] = ()) -> None:
        self.columns = a_sequence("columns", columns, "what_column_headings_text", a_text)
        self.rows = a_sequence("rows", rows, "what_rows_lists_cells",
                               lambda label, row: a_sequence(label, row, "what_cells"))
        self.rows = [list(row) for row in self.rows]
        # Every row wrong: the headings are what is wrong; else the first row that differs.
        headings_wrong = bool(self.rows) and all(len(row) != len(self.columns) for row in self.rows)
        for number, row in enumerate(self.rows, start=1):
            if len(row) != len(self.columns):
                name, value = ("columns", columns) if headings_wrong else (f"rows[{number - 1}]", row)
                where = f"columns = {shown(columns)}" if headings_wrong else name
                raise value_error("err_table_cells", parameter=name, value=value, where=where, number=number,
                                  cells=len(row), n_columns=len(self.columns))
        self.caption = a_text("caption", caption)
        self.align_right = set(a_sequence("align_right", align_right, "what_column_headings", a_text))
        self.links = set(a_sequence("links", links, "what_column_headings", a_text))

    @property
    def index(self) -> list[object]:
        """The first cell of each row."""
        return [row[0] for row in self.rows]

    def column(self, name: str) -> list[object]:
        """Every cell of the column headed ``name``."""
        position = self.columns.index(name)
        return [row[position] for row in self.rows]

    def cell(self, row: object, column: str) -> object:
        """The cell in the row whose first cell is ``row``, under ``column``."""
        return self.rows[self.index.index(row)][self.columns.index(column)]

    def __len__(self) -> int:
        return len(self.rows)

    def to_pandas(self):
        """The same table as a pandas DataFrame indexed by the first column."""
        import pandas as pd

        return pd.DataFrame(self.rows, columns=self.columns).set_index(self.columns[0])

    def _repr_html_(self) -> str:
        def cell(tag: str, value: object, column: str) -> str:
            align = "right" if column in self.align_right else "left"
            shown_value = escape(str(value))
            wrap = ""
            if tag == "td" and column in self.links and ADDRESS.search(shown_value):
                # A long address may break anywhere, so it does not widen its column.
                shown_value = ADDRESS.sub(lambda m: f"<a href='{m[0]}' target='_blank' rel='noopener noreferrer'>"
                                                    f"{m[0]}</a>", shown_value)
                wrap = ";overflow-wrap:anywhere"
            style = f" style='text-align:{align};padding:3px 10px;vertical-align:top{wrap}'"
            return f"<{tag}{style}>{shown_value}</{tag}>"

        head = "".join(cell("th", c, c) for c in self.columns)
        body = "".join("<tr>" + "".join(cell("td", v, c) for v, c in zip(row, self.columns)) + "</tr>"
                       for row in self.rows)
        caption = f"<caption style='text-align:left'>{escape(self.caption)}</caption>" if self.caption else ""
        # A wide table scrolls inside its own box on a phone instead of widening the page.
        # width:0 with min-width:100%: the box takes its container's width and never lends
        # the table's width to it (inside a widget, a flex item, it would widen the widget).
        return ("<div style='overflow-x:auto;width:0;min-width:100%;max-width:100%;line-height:1.4'>"
                f"<table>{caption}<thead><tr>{head}</tr></thead>"
                f"<tbody>{body}</tbody></table></div>")

    def __repr__(self) -> str:
        cells = [self.columns] + [[str(v) for v in row] for row in self.rows]
        widths = [max(len(str(row[i])) for row in cells) for i in range(len(self.columns))]

        def line(row: Sequence[object]) -> str:
            parts = [str(v).rjust(w) if c in self.align_right else str(v).ljust(w)
                     for v, w, c in zip(row, widths, self.columns)]
            return "  ".join(parts).rstrip()

        lines = [self.caption] if self.caption else []
        lines += [line(self.columns), "  ".join("-" * w for w in widths)] + [line(r) for r in cells[1:]]
        return "\n".join(lines)


class Paragraphs:
    """Sentences for the page: paragraphs of HTML in Jupyter (they wrap on a phone, in the
    page's font) and plain lines elsewhere, which is what nbval compares.

    Args:
        *lines: one string per paragraph.
    """

    def __init__(self, *lines: str) -> None:
        self.lines = [str(line) for line in lines]

    def _repr_html_(self) -> str:
        return "".join(f"<p style='font-size:1.1em;margin:0.3em 0'>{escape(line)}</p>" for line in self.lines)

    def __repr__(self) -> str:
        return "\n".join(self.lines)
