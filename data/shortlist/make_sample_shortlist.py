"""Make data/shortlist/sample_shortlist_synthetic.csv and .xlsx: a FICTIONAL shortlist for notebook 14.

Synthetic data: every handle starts with "contoh" (example) and every number is made up
here, written by hand to look like what a participant brings: an export from Excel with
Indonesian settings (semicolons, decimal commas, grouping dots, CRLF line ends, no BOM),
counts typed the way people type them ("2,9 jt", "1,2 rb"), column names in Indonesian,
a notes column the reader does not use, and a few rows with problems to find (an
ambiguous "5,000", an empty cell). The XLSX holds the same rows as a spreadsheet stores
them: typed numbers as numbers, typed words as text.

    python data/shortlist/make_sample_shortlist.py

They live in their own folder because they are not one of the checked data files: the
rules in data/README.md (plain digits, commas) do not apply to them.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEADER = ["Akun", "Platform", "Jumlah Pengikut", "Rata-rata Suka", "Komentar", "Dibagikan", "Disimpan", "Tayangan",
          "Catatan"]
NOTE = "data rekaan"
ROWS = [
    ["@contoh.kopipagi", "Instagram", "4.250", "310", "28", "6", "12", "2.100"],
    ["@contoh_resepbunda", "Instagram", "12.500", "873,5", "42", "18", "35", "9.800"],
    ["@contoh.jalanjalan", "Instagram", "31.200", "640", "31", "9", "20", "15.400"],
    ["@contoh_gadgetku", "TikTok", "2,9 jt", "12 rb", "1.200", "800", "950", "450 rb"],
    ["@contoh.kebunku", "Instagram", "98.000", "410", "6", "2", "5", "6.500"],
    ["@contoh_senibatik", "Instagram", "5.100", "260", "19", "4", "9", "3.900"],
    ["@contoh.hadiah", "Instagram", "8.400", "2.900", "640", "120", "75", "21.000"],
    ["@contoh_sukasaja", "Instagram", "22.000", "1.800", "3", "5", "10", "12.000"],
    ["@contoh_ambigu", "Instagram", "5,000", "150", "12", "3", "4", "2.000"],
    ["@contoh_kosong", "Instagram", "", "120", "8", "2", "3", "1.500"],
    ["@contoh.reels", "Instagram", "45.000", "1.350", "60", "25", "40", "28.000"],
    ["@contoh_podcast", "YouTube", "1,2 rb", "95", "14", "2", "", "600"],
    ["@contoh.nano", "TikTok", "850", "120", "9", "3", "4", "3.300"],
    ["@contoh_mega", "Instagram", "1.250.000", "11.500", "420", "150", "380", "310.000"],
]


def as_spreadsheet_value(cell: str) -> object:
    """What Excel stores for what was typed: 12.500 -> 12500, 873,5 -> 873.5; words stay text."""
    if re.fullmatch(r"\d{1,3}(\.\d{3})+|\d+", cell):
        return int(cell.replace(".", ""))
    if re.fullmatch(r"\d+,\d+", cell) and len(cell.split(",")[1]) != 3:
        return float(cell.replace(",", "."))
    return cell or None


def main() -> None:
    lines = [";".join(HEADER)] + [";".join([*row, NOTE]) for row in ROWS]
    (HERE / "sample_shortlist_synthetic.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Shortlist"
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append([as_spreadsheet_value(c) if i >= 2 else c for i, c in enumerate(row)] + [NOTE])
    book.properties.created = book.properties.modified = datetime.datetime(2026, 1, 1)  # the same file every run
    book.save(HERE / "sample_shortlist_synthetic.xlsx")


if __name__ == "__main__":
    main()
