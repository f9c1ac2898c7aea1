"""The sources of the lessons beyond the articles and what each one supports (``data/citations.csv``).

Every row names a source (publisher, title, its own date if it states one, where to read it),
the date we last checked it (``as_of``: rules and markets change), says whether our reference
describes it second-hand (``secondary``), and states in both languages what the notebooks use
it for. Every row carries the words it rests on (``quote``): the exact words for a row read
from ``shared/references.md`` or a seed article, or ``paraphrase`` for a page we summarise
(its address in ``where_to_read``). A row read from our notes may also give the source's own
public address (``address``: the rule's official text, a paper's DOI), so a learner can open
the source itself; the table then names our notes beside it. Each notebook's closing note is
``citations_table`` for that notebook.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .csvdata import cell_flag, check_unique, data_dir, folder, read_rows, row_error
from .table import Table
from .words import check_lang, text, value_error

__all__ = ["Citation", "KINDS", "NOTEBOOKS", "load_citations", "citations_for", "citations_table"]

COLUMNS = ["id", "short", "publisher", "title", "date", "as_of", "kind", "secondary", "where_to_read", "address",
           "quote", "notebooks", "supports_id", "supports_en"]
KINDS = ("article", "vendor", "academic", "news", "rule", "docs", "definition", "statistics_portal")
NOTEBOOKS = ("06", "07", "08", "11", "12", "13", "14")
PARAPHRASE = "paraphrase"  # in ``quote``: we summarise the page; its address is in where_to_read
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
LOCAL = ("shared/references.md", "shared/seeds/")


@dataclass(frozen=True)
class Citation:
    id: str
    short: str
    publisher: str
    title: str
    date: str  # the source's own date (YYYY, YYYY-MM or YYYY-MM-DD); "" when it states none
    as_of: str  # when we last checked the source (YYYY-MM or YYYY-MM-DD)
    kind: str
    secondary: bool
    where_to_read: str
    address: str  # the source's own public https:// address, when where_to_read is our notes; or ""
    quote: str
    notebooks: tuple[str, ...]
    supports_id: str
    supports_en: str

    def supports(self, lang: str) -> str:
        return self.supports_id if check_lang(lang) == "id" else self.supports_en

    def where(self, lang: str) -> str:
        """Where a learner reads it: the source's own address (with our notes named beside it)
        when we have one, else ``where_to_read``."""
        if not self.address:
            return self.where_to_read
        return f"{self.address} ({text('cit_summary_in', lang, where=self.where_to_read)})"


def load_citations(directory: Path | None = None) -> tuple[Citation, ...]:
    """Read ``citations.csv``: every row checked (kind, notebooks, dates, where to read, quote, both texts)."""
    if directory is None:
        return _default_citations()
    path = folder(directory) / "citations.csv"
    rows, seen = [], {}
    for line, row in read_rows(path, COLUMNS):
        check_unique(path, line, seen, "thing_source", row["id"])
        if row["kind"] not in KINDS:
            raise row_error(path, line, "err_citations_kind", kind=row["kind"], kinds=", ".join(KINDS))
        notebooks = tuple(row["notebooks"].split(";"))
        if not set(notebooks) <= set(NOTEBOOKS):
            raise row_error(path, line, "err_citations_notebooks", notebooks=row["notebooks"],
                            allowed=", ".join(NOTEBOOKS))
        where = row["where_to_read"]
        local = where.startswith(LOCAL)
        if not local and not where.startswith("https://"):
            raise row_error(path, line, "err_citations_where_to_read", where=where)
        address = row["address"]
        if address and not (local and address.startswith("https://") and " " not in address):
            raise row_error(path, line, "err_citations_address", address=address)
        if local and row["quote"] in ("", PARAPHRASE):
            raise row_error(path, line, "err_citations_needs_quote", quote=row["quote"])
        if not row["quote"]:
            raise row_error(path, line, "err_citations_empty_quote", paraphrase=PARAPHRASE)
        for column, required in (("date", False), ("as_of", True)):
            value = row[column]
            if (value or required) and not (DATE.fullmatch(value) and (column == "date" or "-" in value)):
                raise row_error(path, line, "err_citations_date_checked" if required else "err_citations_date_source",
                                column=column, shown=repr(value))
        empty = [c for c in ("id", "short", "publisher", "title", "supports_id", "supports_en") if not row[c]]
        if empty:
            raise row_error(path, line, "err_citations_empty_columns", empty=empty)
        rows.append(Citation(row["id"], row["short"], row["publisher"], row["title"], row["date"], row["as_of"],
                             row["kind"],
                             cell_flag(path, line, row, "secondary"), where, address, row["quote"], notebooks,
                             row["supports_id"], row["supports_en"]))
    return tuple(rows)


@lru_cache(maxsize=1)
def _default_citations() -> tuple[Citation, ...]:
    return load_citations(data_dir())


def citations_for(notebook: str) -> list[Citation]:
    """The sources one notebook (one of ``NOTEBOOKS``, e.g. ``"12"``) uses, in file order."""
    if notebook not in NOTEBOOKS:
        raise value_error("err_citations_notebook", parameter="notebook", value=notebook, notebook=notebook,
                          notebooks=NOTEBOOKS)
    return [c for c in load_citations() if notebook in c.notebooks]


def citations_table(notebook: str, lang: str = "id") -> Table:
    """Source with its date, kind (and 'secondary' where it is), what it supports, where to read
    it and when we last checked it."""
    lang = check_lang(lang)
    rows = []
    for c in citations_for(notebook):
        kind = text(f"cit_kind_{c.kind}", lang) + (f", {text('cit_secondary', lang)}" if c.secondary else "")
        date = c.date if c.date else text("cit_no_date", lang)
        rows.append([f"{c.short} ({date})", kind, c.supports(lang),
                     f"{c.where(lang)} · {text('cit_as_of', lang, date=c.as_of)}"])
    columns = [text(k, lang) for k in ("col_source", "cit_col_kind", "cit_col_supports", "cit_col_where")]
    return Table(columns, rows, links=columns[-1:])
