"""A shortlist read by ``core.accounts`` as tables a person reads, in either language.

``result_table`` gives each account's tiers, rate, verdicts and flags with numbers
written the language's way; ``problems_table`` the cells that could not be used.
``sample_path()`` is the shipped synthetic shortlist. ``widgets.shortlist`` shows them.
"""

from __future__ import annotations

import math
from pathlib import Path

from .accounts import Accounts, _a_table, flag_text
from .accounts_table import AccountsTable
from .csvdata import data_dir
from .data import SCHEMES
from .formatting import format_number, format_percent
from .table import Table
from .validate import a_flag, a_text, an_instance
from .words import check_lang, text

__all__ = ["sample_path", "SAMPLE_SHORTLIST", "ui_text", "result_table", "problems_table", "SORT_KEYS", "MAX_SHOWN",
           "MAX_PROBLEMS_SHOWN"]

SAMPLE_SHORTLIST = "sample_shortlist_synthetic.csv"
MAX_SHOWN = 200  # rows drawn in the page; the downloads hold them all
MAX_PROBLEMS_SHOWN = 100  # problems listed in the page; the rest are counted

def ui_text(key: str, lang: str, n: float | None = None, **values: object) -> str:
    """The shortlist's words ``key`` in ``lang`` (``sl_<key>`` in words.toml), filled in."""
    return text(f"sl_{a_text('key', key)}", lang, n, **values)


def sample_path() -> Path:
    """The shipped synthetic shortlist (an Indonesian Excel export of made-up accounts)."""
    return data_dir() / "shortlist" / SAMPLE_SHORTLIST


SORT_KEYS = (("col_row", "row"), ("col_followers", "followers"), ("col_er", "er_percent"), ("col_handle", "handle"))


def result_table(result: Accounts, lang: str, rows: AccountsTable | None = None, references: bool = True) -> Table:
    """The accounts as a table in ``lang``: names of tiers and verdicts, numbers written that
    language's way, flags as sentences. ``rows`` is part of ``result.table`` (default: all, e.g.
    ``result.table.sort("followers").head(20)``);
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
    for row in frame.rows():
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
    rows = [[p.row, p.column, f"`{p.value}`" if p.value else "", ui_text(f"kind_{p.kind}",
                                                                         lang)] for p in _a_result(result).problems]
    return Table([ui_text(k, lang) for k in ("col_row", "col_column", "col_cell", "col_problem")], rows,
                 align_right=[ui_text("col_row", lang)])


def _a_result(result: object) -> Accounts:
    return an_instance("result", result, Accounts, "what_result_read_accounts")
