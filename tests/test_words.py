"""One catalogue of words: influtier_lite/core/words.toml, complete and consistent in both languages.

Every key has an Indonesian and an English text with the same placeholders; plural forms are
CLDR forms of their language; every key the code asks for exists and every key is used; and
no sentence for a reader is left in the Python code. (tests/test_language.py runs the
glossary and number-format checks over every text of the catalogue.)
"""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest
from babel import Locale

from influtier_lite.core.shortlist import ui_text
from influtier_lite.core.words import CATALOGUE_FILE, LANGS, catalogue, catalogue_texts, text

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "influtier_lite"
# Calls whose first string argument (after the given number of others) is a key of the catalogue.
KEY_CALLS = {"text": 0, "message": 0, "phrase": 0, "value_error": 0, "type_error": 0, "error": 1, "row_error": 2,
             "_fail": 1, "_parse_error": 1, "bad": 1, "_problem": 3, "ui_text": 0, "an_instance": 3, "a_sequence": 2}
# Words that only a sentence in Indonesian has (a column alias such as "pengikut" is not one).
INDONESIAN_SENTENCE = re.compile(r"\b(harus|tidak|bukan|dengan|untuk|adalah|yang)\b")


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def forms(value: str | dict) -> dict:
    return value if isinstance(value, dict) else {None: value}


def test_the_catalogue_holds_every_kind_of_words():
    keys = set(catalogue())
    assert len(keys) > 450 and CATALOGUE_FILE.name == "words.toml"
    for prefix in ("sl_", "flag_", "err_", "aq_", "plan_", "quiz_", "cost_", "what_"):
        assert any(key.startswith(prefix) for key in keys), prefix


def test_every_key_has_both_languages_and_the_same_placeholders():
    wrong = []
    for key, entry in catalogue().items():
        if set(entry) != set(LANGS):
            wrong.append(f"{key}: languages {sorted(entry)}")
            continue
        found = {(lang, form): fields(template) for lang in LANGS for form, template in forms(entry[lang]).items()}
        if len({frozenset(names) for names in found.values()}) != 1:
            wrong.append(f"{key}: placeholders {found}")
        if any(not template.strip() for lang in LANGS for template in forms(entry[lang]).values()):
            wrong.append(f"{key}: empty")
    assert not wrong, "\n".join(wrong)


def test_plural_forms_are_their_languages_cldr_forms():
    plural = [(key, lang, value) for key, entry in catalogue().items() for lang, value in entry.items()
              if isinstance(value, dict)]
    assert len(plural) >= 15  # "1 account read, 1 problem" and the rest
    for key, lang, value in plural:
        allowed = set(Locale.parse(lang).plural_form.tags) | {"other"}
        assert "other" in value and set(value) <= allowed, (key, lang, sorted(value))


def test_every_template_can_be_filled():
    for _, _, _, template in catalogue_texts():
        template.format(**dict.fromkeys(fields(template), 1.5))  # a stray brace would raise here


def key_arguments(tree: ast.AST) -> tuple[set[str], set[str]]:
    """The constant keys the calls of ``KEY_CALLS`` ask for, and the prefixes of f-string keys."""
    keys, prefixes = set(), set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
        if name not in KEY_CALLS or len(node.args) <= KEY_CALLS[name]:
            continue
        argument = node.args[KEY_CALLS[name]]
        prefix = "sl_" if name == "ui_text" else ""
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            keys.add(prefix + argument.value)
        elif isinstance(argument, ast.JoinedStr) and isinstance(argument.values[0], ast.Constant):
            prefixes.add(prefix + argument.values[0].value)
        elif isinstance(argument, ast.IfExp):
            keys |= {prefix + branch.value for branch in (argument.body, argument.orelse)
                     if isinstance(branch, ast.Constant) and isinstance(branch.value, str)}
    return keys, prefixes


def sources() -> list[Path]:
    return [*PACKAGE.rglob("*.py"), *(ROOT / "tools").glob("*.py"), *(ROOT / "app" / "server").glob("*.py")]


def test_every_key_the_code_asks_for_is_in_the_catalogue():
    asked, prefixes = set(), set()
    for path in sources():
        keys, found = key_arguments(ast.parse(path.read_text(encoding="utf-8")))
        asked |= keys
        prefixes |= found
    assert len(asked) > 300
    assert not sorted(asked - set(catalogue()))
    assert not [p for p in prefixes if not any(key.startswith(p) for key in catalogue())]


def test_every_key_of_the_catalogue_is_used():
    """By the package, a tool or a notebook: as a constant, or as the start of an f-string key
    (f"bench_kind_{kind}", "disc_from_" + source), or for flags and the shortlist's ui_text, by its name."""
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in sources()]
    for path in (ROOT / "tools" / "notebook_sources").glob("*.py"):  # the code cells are strings in there
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                try:
                    trees.append(ast.parse(node.value))
                except SyntaxError:  # prose, not code
                    pass
    constants, prefixes = set(), set()
    for tree in trees:
        constants |= {node.value for node in ast.walk(tree) if isinstance(node,
                                                                          ast.Constant) and isinstance(node.value, str)}
        prefixes |= {node.values[0].value for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) and node.values
                     and isinstance(node.values[0], ast.Constant) and node.values[0].value.endswith("_")}
    prefixes |= {constant for constant in constants if constant.endswith("_")}  # "disc_from_" + source
    unused = [key for key in catalogue() if key not in constants and not any(key.startswith(p) for p in prefixes)
              and key.removeprefix("sl_").removeprefix("flag_") not in constants]
    assert not unused


def test_no_sentence_for_a_reader_is_left_in_the_code():
    """Indonesian sentences live in words.toml: none in a string of the package's code (docstrings aside)."""
    found = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
                      and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
        found += [f"{path.relative_to(ROOT)}:{node.lineno}: {node.value[:60]!r}" for node in ast.walk(tree)
                  if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
                  and INDONESIAN_SENTENCE.search(node.value)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("count, en, id_", [
    (1, "1 account read, 1 problem", "1 akun terbaca, 1 masalah"),
    (2, "2 accounts read, 2 problems", "2 akun terbaca, 2 masalah"),
])
def test_counts_take_their_plural_form(count, en, id_):
    from influtier_lite.core.words import phrase

    for lang, expected in (("en", en), ("id", id_)):
        line = ui_text("summary", lang, name="x.csv", fmt="-", rows=phrase("sl_n_accounts_read", count, count=count),
                       problems=phrase("sl_n_problems", count, count=count))
        assert line.startswith(f"x.csv: {expected}.")
    assert text("quiz_n_scored", "en", 1, count=1) == "1 scored question"
    assert text("n_followers", "en", 1.5, count="1.5") == "1.5 followers"  # CLDR: only a whole 1 is "one"
