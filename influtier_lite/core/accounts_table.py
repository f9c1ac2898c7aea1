"""The accounts ``read_accounts`` found, as a small table of columns (not a pandas DataFrame).

pandas costs a notebook kernel about 30 MB (issue 23 measures kernels); a shortlist is a few
hundred rows, and the notebooks, the widget and the downloads need only these few things:

    table = read_accounts(sample_path()).table
    len(table)                        # the rows
    table.columns                     # the column names, in order
    "handle" in table                 # whether a column is there (a table is its columns, by name)
    table["followers"]                # one column, as a list
    for row in table.rows(): ...      # one named tuple per row: row.handle, row.followers...
    table.sort("er_percent", descending=True).head(20)
    table.equals(other)               # the same columns and cells (a missing rate equals a missing rate)
    table.to_pandas()                 # a pandas DataFrame, for anyone who wants to go further

Counts are numbers (``followers`` and ``row`` whole, the rest floats with NaN where missing);
the other columns are text.
"""

from __future__ import annotations

import math
from collections import namedtuple
from collections.abc import Mapping

from .validate import a_flag, shown, whole_number
from .words import type_error, value_error

__all__ = ["AccountsTable"]


class AccountsTable:
    """Columns of equal length, by name: what ``Accounts.table`` holds.

    Args:
        columns: a dict from column name (text) to the column's cells (a list or tuple), every
            column as long as the others. ``read_accounts`` builds it.
    """

    def __init__(self, columns: Mapping[str, list]) -> None:
        if not isinstance(columns, Mapping) or not all(
                isinstance(name, str) and isinstance(cells, (list, tuple)) for name, cells in columns.items()):
            raise type_error("err_accounts_table_columns", parameter="columns", value=columns, shown=shown(columns))
        self._columns = {name: tuple(cells) for name, cells in columns.items()}
        lengths = {name: len(cells) for name, cells in self._columns.items()}
        first = next(iter(lengths), None)
        for name, length in lengths.items():
            if length != lengths[first]:
                raise value_error("err_accounts_table_lengths", parameter="columns", value=columns, n=length,
                                  column=name, cells=length, first=first, first_cells=lengths[first])
        self._length = lengths[first] if first is not None else 0
        self._row = namedtuple("Row", list(self._columns), rename=True)

    @property
    def columns(self) -> list[str]:
        """The column names, in order."""
        return list(self._columns)

    def __len__(self) -> int:
        return self._length

    def __contains__(self, column: object) -> bool:
        return column in self._columns

    def __iter__(self):
        """The column names, as a dict gives its keys (``"handle" in table`` asks the same)."""
        return iter(self._columns)

    def __getitem__(self, column: str) -> list:
        """Every cell of ``column``, top to bottom."""
        return list(self._columns[self._known(column)])

    def rows(self) -> list[tuple]:
        """One named tuple per row, top to bottom (``row.handle``, ``row.er_percent``...)."""
        return [self._row(*cells) for cells in zip(*self._columns.values())] if self._columns else []

    def sort(self, column: str, descending: bool = False) -> AccountsTable:
        """A new table sorted by ``column``: rows that tie keep their order, and missing numbers
        (NaN) come last either way."""
        cells = self._columns[self._known(column)]
        a_flag("descending", descending)
        missing = [i for i, v in enumerate(cells) if isinstance(v, float) and math.isnan(v)]
        gone = set(missing)
        present = sorted((i for i in range(len(cells)) if i not in gone), key=cells.__getitem__,
                         reverse=descending)
        return self._take(present + missing)

    def head(self, n: int = 5) -> AccountsTable:
        """A new table of the first ``n`` rows."""
        return self._take(range(min(whole_number("n", n, 0, 10**9), len(self))))

    def equals(self, other: object) -> bool:
        """Whether ``other`` is an AccountsTable with the same columns, in the same order, and the
        same cells (a missing number, NaN, equals a missing number)."""
        if not isinstance(other, AccountsTable) or other.columns != self.columns or len(other) != len(self):
            return False
        return all(a == b or (_is_nan(a) and _is_nan(b))
                   for name in self._columns for a, b in zip(self._columns[name], other._columns[name]))

    def to_pandas(self):
        """The same table as a pandas DataFrame (whole counts as int64, the other counts float64)."""
        import pandas as pd

        return pd.DataFrame({name: list(cells) for name, cells in self._columns.items()}, columns=self.columns)

    def __repr__(self) -> str:
        return f"AccountsTable({len(self)} rows; columns: {', '.join(self.columns)})"

    def _take(self, order) -> AccountsTable:
        return AccountsTable({name: [cells[i] for i in order] for name, cells in self._columns.items()})

    def _known(self, column: object) -> str:
        if isinstance(column, str) and column in self._columns:
            return column
        raise value_error("err_accounts_table_no_column", parameter="column", value=column, shown=shown(column),
                          columns=", ".join(self._columns))


def _is_nan(value: object) -> bool:
    return isinstance(value, float) and math.isnan(value)
