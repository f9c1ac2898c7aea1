"""Numbers in Indonesian and English; expected strings from shared/references.md (Babel 2.18)."""

from __future__ import annotations

import pytest

from influtier_lite import format_compact, format_number, format_percent, parse_count

NBSP = "\u00a0"


@pytest.mark.parametrize(
    "call, indonesian, english",
    [
        (lambda lang: format_number(1234567.891, lang), "1.234.567,891", "1,234,567.891"),
        (lambda lang: format_number(5000, lang), "5.000", "5,000"),
        (lambda lang: format_number(1234.5, lang, decimals=2), "1.234,50", "1,234.50"),
        (lambda lang: format_percent(3.5, lang), "3,5%", "3.5%"),
        (lambda lang: format_percent(7.5, lang), "7,5%", "7.5%"),
        (lambda lang: format_percent(7, lang), "7%", "7%"),
        (lambda lang: format_compact(5000, lang), f"5{NBSP}rb", "5K"),
        (lambda lang: format_compact(2_500_000, lang), f"2,5{NBSP}jt", "2.5M"),
        (lambda lang: format_compact(1_000_000, lang), f"1{NBSP}jt", "1M"),
    ],
)
def test_formats(call, indonesian, english):
    assert call("id") == indonesian
    assert call("en") == english


def test_unknown_language(bilingual):
    with pytest.raises(ValueError) as caught:
        format_number(5, lang="fr")
    bilingual(caught.value, "lang", "'fr'")
    with pytest.raises(ValueError):
        parse_count("5", lang="ID")


def test_format_rejects_non_numbers(bilingual):
    with pytest.raises(TypeError) as caught:
        format_percent("7%", "id")
    bilingual(caught.value, "value_percent", "'7%'")


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("5.000", "id", 5_000),
        ("5,000", "en", 5_000),
        ("2,9 jt", "id", 2_900_000),
        ("1,5 rb", "id", 1_500),
        ("3.3k", "id", 3_300),
        ("3.3k", "en", 3_300),
        ("1.5M", "en", 1_500_000),
        ("1.5M", "id", 1_500_000),  # decimal dot: written the English way, so M = million
        ("12 ribu", "id", 12_000),
        ("1 juta", "id", 1_000_000),
        ("1 juta", "en", 1_000_000),
        ("1.250.000", "id", 1_250_000),
        ("1,250,000", "en", 1_250_000),
        ("  42 ", "id", 42),
        (f"5{NBSP}rb", "id", 5_000),  # as format_compact writes it
        ("2,95 jt", "id", 2_950_000),
        ("1.234,5 rb", "id", 1_234_500),
        ("2 miliar", "id", 2_000_000_000),
        ("15K", "en", 15_000),
    ],
)
def test_parse_count(text, lang, expected):
    assert parse_count(text, lang) == expected
    assert isinstance(parse_count(text, lang), int)


@pytest.mark.parametrize("value", [0, 999, 5_000, 30_000, 2_500_000, 123_456_789])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_parse_reads_what_format_number_writes(value, lang):
    assert parse_count(format_number(value, lang), lang) == value


@pytest.mark.parametrize(
    "text, lang, reason",
    [
        ("5,000", "id", "5.000"),        # ambiguous: 5 with a decimal comma, or English 5,000?
        ("5.000", "en", "5,000"),
        ("2M", "id", "miliar"),         # M: miliar in Indonesian, million in English
        ("1,5 M", "id", "miliar"),
        ("5,5", "id", "5.5"),           # not a whole count
        ("1,2345 rb", "id", "1234.5"),
        ("abc", "id", "abc"),
        ("", "id", "''"),
        ("-5", "id", "-5"),
        ("12345.678", "id", "12345.678"),
        ("5.", "id", "5."),
        ("3 zz", "id", "zz"),
        ("1.234.5", "id", "1.234.5"),
        ("1,234.5,6", "en", "1,234.5,6"),
    ],
)
def test_parse_count_refuses_to_guess(text, lang, reason):
    with pytest.raises(ValueError) as caught:
        parse_count(text, lang)
    message = str(caught.value)
    assert f"text = {text!r}" in message and reason in message
    assert len(message.splitlines()) == 2


def test_parse_count_needs_text(bilingual):
    with pytest.raises(TypeError) as caught:
        parse_count(5000)
    bilingual(caught.value, "text", "5000")
