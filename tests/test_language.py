"""Each page speaks its own language: words from the glossary, numbers written that language's way.

Checked over what a learner or teacher reads: notebook markdown and stored outputs, every
text of the package's catalogue (influtier_lite/core/words.toml: interface words, flags and
error messages) and the docs. Text in curly double quotes (a verbatim quote of an Indonesian
article) and in `code` is left out: an English page quotes “kurang dari 5.000” as the
article writes it. In an error message, code is left out too: a parameter or column named
before " = " or in its place, and a value in single quotes ("followers = 0", "'article'").
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from influtier_lite.core.words import catalogue_texts

ROOT = Path(__file__).resolve().parents[1]
SKIP = re.compile(r"\{[^}]*\}|\u201c[^\u201d]*\u201d|`[^`]*`|\$\$.*?\$\$|<[^>]+>|https?://\S+|\(\S+\.(ipynb|md|csv)\)",
                  re.S)

# Numbers written the other language's way.
ID_NUMBER_IN_EN = re.compile(r"\b\d{1,3}(?:\.\d{3})+(?![\d,.])|\b\d+,\d+\s?%")
EN_NUMBER_IN_ID = re.compile(r"\b\d{1,3}(?:,\d{3})+(?![\d.,])|\b\d+\.\d+\s?%|\b\d+(?:\.\d+)?[KMB]\b")
# English words that have no place in Indonesian running text (marketing terms such as
# awareness, engagement rate or brand are kept on purpose: see docs/glossary.md).
ENGLISH_IN_ID = re.compile(r"\b(the|and|of|with|from|which|this|is|are|article|reference|followers?|fewer|than)\b")
# Code in an error message: a name before " = " (or "(shape"), a value in single quotes, and
# the name of a column of the data files (an error about data/tiers.csv names its columns).
COLUMNS = sorted({name for path in ROOT.glob("data/**/*.csv")
                  for name in path.read_text(encoding="utf-8").split("\n", 1)[0].strip().split(",")
                  if re.fullmatch(r"[a-z_]+", name)})
CODE_IN_ERRORS = re.compile(r"\b[a-z_]+(?:\[[^\]]*\])? (?==|\(bentuk|\(shape)|'[^']*'|\b(?:"
                            + "|".join(map(re.escape, COLUMNS)) + r")\b")
# Catalogue texts that show the other language's notation on purpose, with the reason.
OTHER_NOTATION_ON_PURPOSE = {
    "sl_switch_to_id": "offers to read again in Indonesian notation, so it names 5.000 as Indonesian writes it",
    "sl_switch_to_en": "offers to read again in English notation, so it names 5,000 as English writes it",
}


def glossary_rejects() -> dict[str, str]:
    """Rejected Indonesian variant -> the glossary's term, from the table in docs/glossary.md."""
    text = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8")
    section = text.split("## Istilah yang tidak dipakai", 1)[1].split("\n## ", 1)[0]
    rows = [line.strip("|").split("|") for line in section.splitlines() if line.startswith("| ")]
    return {cells[0].strip(): cells[1].strip() for cells in rows[1:]}


def pages(lang: str) -> list[tuple[str, str]]:
    """(where, text) for every piece of text a reader of ``lang`` sees."""
    found = []
    for path in sorted((ROOT / "notebooks" / lang).glob("*.ipynb")):
        for number, cell in enumerate(json.loads(path.read_text(encoding="utf-8"))["cells"]):
            if cell["cell_type"] == "markdown":
                found.append((f"{path.name} cell {number}", "".join(cell["source"])))
            for output in cell.get("outputs", []):
                data = output.get("data", {})
                shown = data.get("text/markdown") or data.get("text/html") or data.get("text/plain") or ""
                found.append((f"{path.name} cell {number} output", "".join(shown) + "".join(output.get("text", ""))))
    found += [(f"words {key}", CODE_IN_ERRORS.sub(" ", text) if key.startswith("err_") else text)
              for key, _, _, text in catalogue_texts(lang) if key not in OTHER_NOTATION_ON_PURPOSE]
    for page in {"id": ("panduan_guru.md", "catatan_pelajaran.md"), "en": ("teacher_guide.md",
                                                                           "lesson_notes.md")}[lang]:
        found.append((page, (ROOT / "docs" / page).read_text(encoding="utf-8")))
    return found


def hits(pattern: re.Pattern, lang: str) -> list[str]:
    return sorted({f"{where}: {m.group(0)!r}" for where, text in pages(lang)
                   for m in pattern.finditer(SKIP.sub(" ", text))})


def test_the_pages_are_read():
    for lang in ("id", "en"):
        names = {where.split(" ")[0] for where, _ in pages(lang)}
        assert len([n for n in names if n.endswith(".ipynb")]) >= 11 and "words" in names


def test_the_glossary_names_rejected_variants():
    rejects = glossary_rejects()
    assert {"kisaran", "planner", "software"} <= set(rejects)


def test_indonesian_pages_use_the_glossary_terms():
    wrong = []
    for variant, term in glossary_rejects().items():
        pattern = re.compile(rf"\b{re.escape(variant)}\b", re.I)
        wrong += [f"{where}: {variant!r} (glossary: {term!r})" for where, text in pages("id")
                  if pattern.search(SKIP.sub(" ", text))]
    assert not wrong, "\n".join(sorted(set(wrong)))


def test_no_indonesian_number_format_in_english_text():
    wrong = hits(ID_NUMBER_IN_EN, "en")
    assert not wrong, "\n".join(wrong)


def test_no_english_number_format_in_indonesian_text():
    wrong = hits(EN_NUMBER_IN_ID, "id")
    assert not wrong, "\n".join(wrong)


def test_no_english_sentences_in_indonesian_text():
    wrong = hits(ENGLISH_IN_ID, "id")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("pattern, text", [
    (ID_NUMBER_IN_EN, "fewer than 5.000 followers"), (ID_NUMBER_IN_EN, "a rate of 8,5%"),
    (EN_NUMBER_IN_ID, "sekitar 3.5M pengikut"), (EN_NUMBER_IN_ID, "5,000 pengikut"), (EN_NUMBER_IN_ID, "7.5%"),
    (ENGLISH_IN_ID, "article / reference"),
])
def test_the_checks_catch_what_they_are_for(pattern, text):
    assert pattern.search(SKIP.sub(" ", text))


def test_quotes_and_code_are_left_out_of_the_checks():
    assert not ID_NUMBER_IN_EN.search(SKIP.sub(" ", "Nano is \u201ckurang dari 5.000\u201d; type `2,9 jt`."))
