"""The shortlist's table without pandas: what it gives is what the DataFrame gave.

``read_accounts(...).table`` was a pandas DataFrame; it is now a small column store
(``core/accounts_table.py``), so that notebook 14's kernel does not load pandas (about 30 MB).
pandas stays the reference here: the downloads are byte for byte what ``DataFrame.to_csv``
wrote, and the widget's sort is ``sort_values``'s.
"""

from __future__ import annotations

import io
import math
import subprocess
import sys

import pandas as pd
import pytest

from influtier_lite import read_accounts, sample_path, to_csv_bytes, to_xlsx_bytes
from influtier_lite.core.accounts import safe_text
from influtier_lite.core.accounts_table import AccountsTable
from influtier_lite.core.errors import BilingualError

# Ties, missing rates and an empty handle: what a sort must place the way pandas did.
TIES = ("akun;platform;pengikut;suka;komentar\n"
        "@contoh_b;Instagram;12.000;100;5\n"
        "@contoh_a;;12.000;;5\n"
        ";TikTok;4.000;400;20\n"
        "=HYPERLINK(\"x\");Instagram;95.000;873,5;3\n"
        "@contoh_c;Instagram;4.000;400;20\n")


def tables() -> dict[str, AccountsTable]:
    return {"sample": read_accounts(sample_path()).table,
            "sample by views": read_accounts(sample_path(), formula="views").table,
            "ties": read_accounts(text=TIES).table,
            "followers only": read_accounts(text="pengikut\n5.000\n120.000\n").table}


def pandas_csv(table: AccountsTable, lang: str) -> bytes:
    """What the download was when the table was a DataFrame (the code it replaced)."""
    frame = table.to_pandas()
    for column in frame.columns:
        if not pd.api.types.is_numeric_dtype(frame[column]):
            frame[column] = frame[column].map(lambda v: safe_text(v) if isinstance(v, str) else v)
    sep, decimal = (";", ",") if lang == "id" else (",", ".")
    return frame.to_csv(index=False, sep=sep, decimal=decimal, float_format="%.2f").encode("utf-8-sig")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_csv_download_is_what_pandas_wrote(lang):
    compared = 0
    for name, table in tables().items():
        assert to_csv_bytes(table, lang) == pandas_csv(table, lang), name
        compared += 1
    assert compared == 4


def test_the_dataframe_has_the_dtypes_it_had():
    frame = read_accounts(sample_path()).table.to_pandas()
    assert frame["row"].dtype == "int64" and frame["followers"].dtype == "int64"
    assert all(frame[c].dtype == "float64" for c in ("likes", "comments", "shares", "saves", "views", "er_percent"))
    assert not pd.api.types.is_numeric_dtype(frame["handle"]) and not pd.api.types.is_numeric_dtype(frame["flags"])
    assert list(frame.columns) == read_accounts(sample_path()).table.columns


def test_the_xlsx_download_holds_the_same_cells():
    table = read_accounts(text=TIES).table
    back = pd.read_excel(io.BytesIO(to_xlsx_bytes(table)), engine="openpyxl", keep_default_na=False, na_values=[""])
    assert list(back.columns) == table.columns
    assert back["followers"].tolist() == table["followers"]
    assert back["handle"].fillna("").tolist() == table["handle"]  # "=HYPERLINK(...)" stays text
    assert all((math.isnan(a) and math.isnan(b)) or a == pytest.approx(b)
               for a, b in zip(back["er_percent"], table["er_percent"]))


@pytest.mark.parametrize("column", ["row", "followers", "er_percent", "handle", "likes"])
@pytest.mark.parametrize("descending", [False, True])
def test_sort_is_pandas_stable_sort_with_missing_numbers_last(column, descending):
    for name, table in tables().items():
        if column not in table:
            continue
        frame = table.to_pandas()
        expected = frame.sort_values(column, ascending=not descending, kind="stable", na_position="last")
        assert table.sort(column, descending=descending)["row"] == expected["row"].tolist(), name
        assert table.sort(column, descending=descending).head(2)["row"] == expected["row"].head(2).tolist(), name


def test_rows_columns_and_equality():
    table = read_accounts(text=TIES).table
    assert len(table) == 5 and "handle" in table and "nope" not in table and list(table) == table.columns
    first = table.rows()[0]
    assert (first.row, first.handle, first.followers) == (2, "@contoh_b", 12_000)
    assert math.isnan(table.rows()[1].er_percent)  # no likes: no rate
    assert table.equals(read_accounts(text=TIES).table)  # a missing rate equals a missing rate
    assert not table.equals(table.head(4)) and not table.equals(table.sort("followers"))
    assert not table.equals(table.to_pandas())
    assert len(table.head(0)) == 0 and table.head(99).equals(table)


def test_a_wrong_column_or_table_gets_the_bilingual_error_naming_it():
    table = read_accounts(text=TIES).table
    for call in (lambda: table["nope"], lambda: table.sort("nope")):
        with pytest.raises(BilingualError) as caught:
            call()
        assert caught.value.parameter == "column" and "nope" in caught.value.id and "nope" in caught.value.en
    with pytest.raises(BilingualError) as caught:
        AccountsTable({"handle": ["@a", "@b"], "followers": [5_000]})
    assert caught.value.parameter == "columns" and "'followers'" in caught.value.en
    with pytest.raises(BilingualError) as caught:
        to_csv_bytes(table.to_pandas())
    assert caught.value.parameter == "table"


SHORTLIST_WITHOUT_PANDAS = """
import sys
from influtier_lite import ShortlistExplorer, read_accounts, result_table, problems_table, sample_path, to_csv_bytes
explorer = ShortlistExplorer("id", sample_path())
explorer.sort.value, explorer.descending.value = "er_percent", True
explorer.prepare_download("csv")
result = read_accounts(sample_path())
repr(result_table(result, "en")), repr(problems_table(result, "en")), to_csv_bytes(result.table, "en")
print("pandas" in sys.modules, "openpyxl" in sys.modules)
read_accounts(sample_path().with_suffix(".xlsx"))
print("pandas" in sys.modules, "openpyxl" in sys.modules)
"""


def test_a_shortlist_loads_neither_pandas_nor_openpyxl_until_an_xlsx():
    out = subprocess.run([sys.executable, "-c", SHORTLIST_WITHOUT_PANDAS], capture_output=True, text=True,
                         check=True).stdout.split("\n")
    assert out[:2] == ["False False", "False True"], out
