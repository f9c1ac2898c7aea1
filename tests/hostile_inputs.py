"""Hostile inputs for the shortlist reader (issue 24), made in memory, for the tests and for
``tools/hostile_bench.py`` (which measures the time and memory each one costs).

Each maker returns bytes (a file as an upload brings it) or text (what a visitor pastes).
The XLSX files are written part by part with zipfile, so that each can break one rule of a
real workbook (a row number far past the last, a cell in the last column, a ZIP bomb, a size
the ZIP's directory lies about) while the rest stays valid.
"""

from __future__ import annotations

import io
import struct
import zipfile

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    '{shared_type}</Types>')
SHARED_TYPE = ('<Override PartName="/xl/sharedStrings.xml" '
               'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
    'Target="styles.xml"/>{shared_rel}</Relationships>')
SHARED_REL = ('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
              'sharedStrings" Target="sharedStrings.xml"/>')
# Two cell styles: 0 plain, 1 a percentage (built-in number format 10, "0.00%").
STYLES = ('<?xml version="1.0" encoding="UTF-8"?>'
          '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
          '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
          '<borders count="1"><border/></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
          '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
          '</styleSheet>')
SHEET_START = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
SHEET_END = "</sheetData></worksheet>"
HEADER_ROW = ('<row r="1"><c r="A1" t="inlineStr"><is><t>akun</t></is></c>'
              '<c r="B1" t="inlineStr"><is><t>pengikut</t></is></c></row>')


def text_cell(ref: str, value: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def number_cell(ref: str, value: float, style: int = 0) -> str:
    return f'<c r="{ref}" s="{style}"><v>{value}</v></c>'


def account_row(number: int, handle: str = "@contoh", followers: str = '<v>5000</v>') -> str:
    return f'<row r="{number}">{text_cell(f"A{number}", handle)}<c r="B{number}">{followers}</c></row>'


def xlsx(rows: str | list[str], shared_strings: str | None = None, repeat: tuple[str, int] = ("", 0),
         after: str = "") -> bytes:
    """A workbook whose first sheet's <sheetData> holds ``rows`` (XML text), then ``repeat``'s
    text written that many times (a big part without holding it in memory), then ``after``;
    with an optional sharedStrings part."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml",
                         CONTENT_TYPES.format(shared_type=SHARED_TYPE if shared_strings is not None else ""))
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels",
                         WORKBOOK_RELS.format(shared_rel=SHARED_REL if shared_strings is not None else ""))
        archive.writestr("xl/styles.xml", STYLES)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write((SHEET_START + ("".join(rows) if isinstance(rows, list) else rows)).encode())
            text, times = repeat
            chunk = text.encode()
            for _ in range(times):
                sheet.write(chunk)
            sheet.write((after + SHEET_END).encode())
        if shared_strings is not None:
            archive.writestr("xl/sharedStrings.xml", shared_strings)
    return buffer.getvalue()


def xlsx_row_gap() -> bytes:
    """A 1 KB workbook whose second data row is numbered 99999999999: openpyxl fills the gap
    with empty rows (today: memory without limit)."""
    return xlsx([HEADER_ROW, account_row(2), account_row(99_999_999_999, "@jauh")])


def xlsx_last_column(rows: int = 20_000) -> bytes:
    """One cell per row in column XFD (the 16384th): openpyxl pads every row to that width."""
    return xlsx([HEADER_ROW] + [f'<row r="{n}">{text_cell(f"XFD{n}", "x")}</row>' for n in range(2, rows + 2)])


def xlsx_shared_strings_bomb(megabytes: int = 200) -> bytes:
    """About 1 MB packed: a sharedStrings part of ``megabytes`` MB of tiny strings (openpyxl
    loads the whole table before the first row)."""
    entry = "<si><t>a</t></si>" * 4096
    body = entry * (megabytes * 2**20 // len(entry))
    strings = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' + body + "</sst>")
    return xlsx([HEADER_ROW, account_row(2)], shared_strings=strings)


def xlsx_sheet_bomb(megabytes: int = 200) -> bytes:
    """A sheet part of ``megabytes`` MB: one row with the same cell again and again."""
    cells = text_cell("A2", "x") * 4096
    return xlsx([HEADER_ROW, '<row r="2">'], repeat=(cells, megabytes * 2**20 // len(cells)), after="</row>")


def xlsx_lying_size() -> bytes:
    """A workbook whose ZIP directory says the sheet unpacks to 100 bytes while it holds 1 MB:
    the reader must not read past what the directory declares."""
    data = bytearray(xlsx([HEADER_ROW] + [account_row(n) for n in range(2, 20_000)]))
    name = b"xl/worksheets/sheet1.xml"
    for signature, offset in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):  # central directory, local header
        start = 0
        while (at := data.find(signature, start)) >= 0:
            name_at = at + (46 if signature == b"PK\x01\x02" else 30)
            if data[name_at:name_at + len(name)] == name:
                struct.pack_into("<I", data, at + offset, 100)
            start = at + 4
    return bytes(data)


def xlsx_broken_xml() -> bytes:
    """A sheet that is not well-formed XML (an expat ParseError inside openpyxl)."""
    return xlsx([HEADER_ROW, '<row r="2"><c r="A2" t="inlineStr"><is><t>@a</t></is></row>'])


def xlsx_corrupt_stream() -> bytes:
    """A workbook whose sheet's packed bytes are damaged (a zlib error)."""
    data = bytearray(xlsx([HEADER_ROW] + [account_row(n) for n in range(2, 2_000)]))
    at = data.find(b"xl/worksheets/sheet1.xml") + len(b"xl/worksheets/sheet1.xml") + 200
    data[at:at + 64] = b"\xff" * 64
    return bytes(data)


def xlsx_percent_and_formula() -> bytes:
    """Row 2 a percentage-formatted follower count (0.05 shown as 5%), row 3 a formula with no
    stored value, row 4 an ordinary account."""
    return xlsx([HEADER_ROW,
                 f'<row r="2">{text_cell("A2", "@persen")}{number_cell("B2", 0.05, style=1)}</row>',
                 f'<row r="3">{text_cell("A3", "@rumus")}<c r="B3"><f>B4*2</f></c></row>',
                 account_row(4, "@biasa")])


def xlsx_formula_cells() -> bytes:
    """Handles that a spreadsheet would run as formulas, typed as text."""
    handles = ["=HYPERLINK(&quot;http://example.invalid&quot;,&quot;klik&quot;)", "=cmd|' /C calc'!A0", "+1+1",
               "-2+3", "@SUM(1+1)", "\t=1+1", "\r=1+1"]
    return xlsx([HEADER_ROW] + [account_row(n, handle) for n, handle in enumerate(handles, start=2)])


FORMULA_HANDLES = ['=HYPERLINK("http://example.invalid","klik")', "=cmd|' /C calc'!A0", "+1+1", "-2+3",
                   "@SUM(1+1)"]


def csv_formula_cells() -> bytes:
    lines = ["akun;pengikut"] + [f'"{h.replace(chr(34), chr(34) * 2)}";5.000' for h in FORMULA_HANDLES]
    lines += ['"\t=1+1";5.000', '"\r=1+1";5.000']
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def csv_control_characters() -> bytes:
    """Cells XML cannot hold (a vertical tab, an escape): today the XLSX download fails after
    the status already names this file."""
    return b"akun;pengikut\r\n@tab\x0bkecil;5.000\r\n@esc\x1bx;6.000\r\n"


def csv_huge_counts() -> bytes:
    return b"akun;pengikut\r\n@besar;2000000000000000\r\n@wrap;9223372036854775808\r\n@biasa;5.000\r\n"


def csv_many_rows(rows: int = 200_000) -> bytes:
    """About 4 MB: more rows than the reader reads (under the size limit)."""
    return ("akun;pengikut;suka\r\n" + "".join(f"@c{n};{5000 + n};{n % 300}\r\n" for n in range(rows))).encode()


def csv_too_big() -> bytes:
    """9 MB: over the size limit (an upload this size reaches the kernel; the websocket carries 10 MiB)."""
    line = b"@contoh_akun_yang_panjang;12.500;873,5;42\r\n"
    return b"akun;pengikut;suka;komentar\r\n" + line * (9 * 2**20 // len(line))


def csv_mixed_encodings() -> bytes:
    """A UTF-8 file with one row pasted in from a Windows-1252 file."""
    return ("akun;pengikut\r\n@caf\u00e9_utf8;5.000\r\n".encode("utf-8") + "@caf\u00e9_1252;6.000\r\n".encode("cp1252")
            + "@na\u00efve;7.000\r\n".encode("utf-8"))


def csv_duplicates() -> bytes:
    return "akun;pengikut\r\n@Contoh;5.000\r\n@lain;6.000\r\ncontoh;7.000\r\n@ＣＯＮＴＯＨ;8.000\r\n".encode()


ENGLISH_PASTE = "Username\tFollowers\tLikes\n@one\t1.5M\t12,000\n@two\t12,500\t300\n"
AMBIGUOUS_PASTE = "akun\tpengikut\n@a\t5,000\n@b\t12,500\n@c\t700\n"
