"""Shared test helpers."""

from __future__ import annotations

import re

import pytest

from influtier_lite.core.errors import BilingualError

# Words that only one of the two languages uses in our messages.
ID_WORDS = re.compile(r"\b(harus|tidak|bukan|pilih|berupa|boleh|tanpa|baris|kolom|dalam|jumlah|satuan|berarti|tulis)\b")
EN_WORDS = re.compile(r"\b(must|no|its|cannot|not|choose|unknown|without|line|missing|means|write|use)\b")


def assert_bilingual(error: BaseException, parameter: str, value_text: str) -> None:
    """The error is the package's bilingual error about ``parameter``: both messages name the
    parameter and the value, and ``str()`` is the Indonesian line, then the English one."""
    assert isinstance(error, BilingualError), f"not the package's bilingual error: {error!r}"
    if re.fullmatch(r"\w+(\[.*\])?", parameter):  # a parameter's name (else a file's or the input's name)
        assert error.parameter is not None and error.parameter.split("[")[0] == parameter.split("[")[0], error.parameter
    indonesian, english = error.id, error.en
    assert str(error) == f"{indonesian}\n{english}"
    for line in (indonesian, english):
        assert parameter in line, f"{parameter!r} not named in {line!r}"
        assert value_text in line, f"{value_text!r} not shown in {line!r}"
    assert ID_WORDS.search(indonesian), f"not Indonesian: {indonesian!r}"
    assert EN_WORDS.search(english) and not ID_WORDS.search(english), f"not English: {english!r}"


@pytest.fixture
def bilingual():
    return assert_bilingual


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """Say plainly when the browser tests did not run: a skip must never look like a pass."""
    skipped = [r for r in terminalreporter.stats.get("skipped", []) if "test_browser" in str(r.location[0])
               or "browser tests skipped" in str(r.longrepr)]
    if skipped:
        terminalreporter.write_sep("!", "BROWSER TESTS SKIPPED", yellow=True, bold=True)
        terminalreporter.write_line(
            "The end-to-end tests in tests/test_browser.py did not run: Debian's chromium is not installed.\n"
            "Enable them with:  sudo apt-get install chromium   then run  make test  again.\n"
            "(.ci/run installs it on CI; another Chromium binary: INFLUTIER_CHROMIUM=/path/to/chromium make test)")


# Tests in files that are not marked here (the room server's): those that start the Voilà
# workshop server are slow.
SLOW_FIXTURES = {"server"}


def pytest_collection_modifyitems(config, items):
    """nbval's notebook cells are notebook tests; a test that needs a slow fixture is slow."""
    for item in items:
        if type(item).__module__.startswith("nbval"):
            item.add_marker(pytest.mark.notebook)
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
