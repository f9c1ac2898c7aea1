"""The working loop: make test-fast leaves out browsers, servers and notebook runs; make test runs
everything after the linter; the tools import as a package, with no sys.path edits."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# The room-server branch's files keep their sys.path lines until it is merged (the lead's).
NOT_YET: set[str] = set()  # every tool and test imports tools as a package


def make(*args: str) -> str:
    """What make would run (make -n), without running it."""
    return subprocess.run(["make", "-n", "--no-print-directory", *args], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout


def test_make_test_lints_then_runs_everything():
    printed = make("-W", "pyproject.toml", "test").splitlines()
    assert printed[-2:] == [".venv/bin/ruff check .", ".venv/bin/python -m pytest"]


def test_make_test_fast_lints_then_leaves_out_browsers_servers_and_notebooks():
    printed = make("-W", "pyproject.toml", "test-fast").splitlines()
    assert printed[-2] == ".venv/bin/ruff check ."
    assert printed[-1].startswith(".venv/bin/python -m pytest -p no:nbval") and printed[-1].endswith(" tests")
    assert "--strict-markers" in printed[-1]
    assert '-m "not browser and not slow and not notebook"' in printed[-1]


@pytest.mark.slow  # collects the whole suite in a second Python (about ten seconds)
def test_the_fast_selection_holds_the_unit_tests_and_nothing_that_starts_a_browser():
    command = [sys.executable, "-m", "pytest", "-p", "no:nbval", "-o", "addopts=", "-m",
               "not browser and not slow and not notebook", "--collect-only", "-q", "tests"]
    collected = subprocess.run(command, cwd=ROOT, capture_output=True, text=True).stdout.splitlines()
    items = [line for line in collected if "::" in line]
    assert len(items) > 900
    files = {item.split("::")[0] for item in items}
    assert {"tests/test_bad_input.py", "tests/test_words.py", "tests/test_layers.py"} <= files
    assert not files & {"tests/test_browser.py", "tests/test_layout.py", "tests/test_accounts_browser.py",
                        "tests/test_hub.py", "tests/test_offline_handouts.py"}
    assert not [item for item in items if "offline_page" in item or "fits_the" in item]


def test_the_markers_are_registered_and_the_cache_stays_out_of_the_tree():
    options = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    assert {m.split(":")[0] for m in options["markers"]} == {"browser", "slow", "notebook"}
    assert options["cache_dir"].startswith("build/") and "no:cacheprovider" not in " ".join(options["addopts"])


def test_make_notebooks_rebuilds_one_notebook():
    assert make("-W", "pyproject.toml", "notebooks", "NB=08").splitlines()[-1] == \
        ".venv/bin/python -m tools.build_notebooks 08"


def test_the_tools_import_as_a_package_without_sys_path_edits():
    code = "import tools.browser, tools.pocket, tools.slides, tools.worksheets, tools.handouts; print('ok')"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env)
    assert result.stdout.strip() == "ok", result.stderr[-500:]
    edits = [str(path.relative_to(ROOT)) for folder in ("tools", "tests") for path in (ROOT / folder).glob("*.py")
             if re.search(r"sys\.path\.(insert|append)", path.read_text(encoding="utf-8"))]
    assert set(edits) <= NOT_YET, sorted(set(edits) - NOT_YET)
