"""constraints.txt, the lock: it agrees with pyproject.toml, make lab stays lean, and this
environment was installed from it (so CI tests the versions a class gets)."""

from __future__ import annotations

import importlib.util
import os
import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tools import setup_env

ROOT = Path(__file__).resolve().parents[1]

TEST_TOOLS = {"pytest", "nbval", "hypothesis", "playwright"}


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def requirements(group: str) -> list[Requirement]:
    """``group`` is "runtime", an extra's name, or "setup" (the dependency group)."""
    project = pyproject()
    if group == "runtime":
        lines = project["project"]["dependencies"]
    elif group == "setup":
        lines = project["dependency-groups"]["setup"]
    else:
        lines = project["project"]["optional-dependencies"][group]
    return [Requirement(line) for line in lines]


def all_groups() -> list[str]:
    return ["runtime", "setup", *pyproject()["project"]["optional-dependencies"]]


def parse_lock(text: str) -> tuple[list[tuple[str, str, str]], dict[str, set[str]]]:
    """The pins as (name, version, marker) and, per name, what the lock says needs it ("# via")."""
    pins, needed_by = [], {}
    current = None
    for line in text.splitlines():
        pin = re.fullmatch(r"([A-Za-z0-9_.-]+)==([^\s;]+)\s*(?:;\s*(.+))?", line.strip())
        if pin and not line.startswith(" "):
            current = canonicalize_name(pin[1])
            pins.append((current, pin[2], pin[3] or ""))
            needed_by.setdefault(current, set())
            continue
        via = re.fullmatch(r"\s+#\s+(?:via\s+)?([A-Za-z0-9_.-]+)(?:\s+\((.+)\))?", line)
        if current and via and via[1] != "via":
            needed_by[current].add(via[2] if via[2] else canonicalize_name(via[1]))
    return pins, needed_by


LOCK_TEXT = (ROOT / "constraints.txt").read_text(encoding="utf-8")
PINS, NEEDED_BY = parse_lock(LOCK_TEXT)


def test_the_lock_was_read():
    assert len(PINS) >= 60
    assert ("uv", setup_env.locked_version("uv"), "") in PINS


def test_lock_is_refreshed_by_make_lock():
    assert "#    make lock" in LOCK_TEXT.splitlines()[1]


@pytest.mark.parametrize("group", all_groups())
def test_every_requirement_of_pyproject_is_pinned_within_its_range(group):
    for requirement in requirements(group):
        name = canonicalize_name(requirement.name)
        versions = [version for pinned, version, _ in PINS if pinned == name]
        assert versions, f"{requirement} ({group}) is not in constraints.txt: run make lock"
        for version in versions:
            assert requirement.specifier.contains(version, prereleases=True), (
                f"constraints.txt pins {name}=={version}, outside {requirement} ({group}): run make lock")


def test_the_lock_names_no_direct_requirement_that_pyproject_dropped():
    direct = {canonicalize_name(r.name) for group in all_groups() for r in requirements(group)}
    claimed = {name for name, sources in NEEDED_BY.items()
               if any(source.startswith("pyproject.toml") for source in sources)}
    assert claimed, "no pin says it comes from pyproject.toml: is the lock annotated (make lock)?"
    assert claimed == direct, f"lock and pyproject.toml disagree: {sorted(claimed ^ direct)}; run make lock"


def closure(names: set[str]) -> set[str]:
    """Everything the lock says ``names`` pull in (over-counts: extras of dependencies count too)."""
    needs: dict[str, set[str]] = {}
    for name, sources in NEEDED_BY.items():
        for source in sources:
            needs.setdefault(source, set()).add(name)
    seen, todo = set(), list(names)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo += needs.get(name, ())
    return seen


@pytest.mark.parametrize("target", ["lab", "app"])
def test_make_lab_and_make_app_install_no_test_tools(target):
    assert "test" not in setup_env.EXTRAS[target]
    wanted = {canonicalize_name(r.name) for group in ["runtime", *setup_env.EXTRAS[target]]
              for r in requirements(group)}
    pulled_in = closure(wanted)
    assert {"jupyterlab" if target == "lab" else "voila", "numpy", "ipywidgets"} <= pulled_in
    assert not pulled_in & TEST_TOOLS, f"make {target} would install {sorted(pulled_in & TEST_TOOLS)}"


def test_make_test_installs_every_extra():
    assert set(setup_env.EXTRAS["test"]) == set(pyproject()["project"]["optional-dependencies"])


@pytest.mark.skipif(os.environ.get("INFLUTIER_LATEST") == "1",
                    reason="make test-latest: newest versions on purpose, not the lock")
def test_this_environment_was_installed_from_the_lock():
    """make test (and so CI) installs every pin that applies here, at exactly its version."""
    checked = 0
    for name, version, marker in PINS:
        if marker and not Marker(marker).evaluate():
            continue
        if name == "uv" and not (Path(sys.prefix) / "bin" / "uv").exists():
            continue  # the set-up tool: absent when uv could not be had and pip set up instead
        if name in uv_excludes() and not importlib.util.find_spec(name.replace("-", "_")):
            continue  # left out by uv on purpose (tools/uv_excludes.txt); pip installs it
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            pytest.fail(f"{name}=={version} is in the lock but not installed: run make test again")
        assert installed == version, f"{name} {installed} installed, the lock says {version}"
        checked += 1
    assert checked >= 60


def uv_excludes() -> set[str]:
    lines = (ROOT / "tools" / "uv_excludes.txt").read_text(encoding="utf-8").splitlines()
    return {canonicalize_name(line.strip()) for line in lines if line.strip() and not line.startswith("#")}


def test_what_uv_leaves_out_is_in_the_lock_and_imported_by_nothing_installed():
    """tools/uv_excludes.txt only names locked packages that no installed code imports
    (so leaving them out of .venv cannot break JupyterLab, Voilà or the package)."""
    excluded = uv_excludes()
    assert excluded, "tools/uv_excludes.txt names no package"
    locked = {name for name, _, _ in PINS}
    assert excluded <= locked, sorted(excluded - locked)
    modules = {name.replace("-", "_") for name in excluded}
    pattern = re.compile(rb"^\s*(?:from|import)\s+(" + b"|".join(m.encode() for m in modules) + rb")\b", re.M)
    site = Path(metadata.distribution("ipywidgets").locate_file(""))
    scanned, importers = 0, []
    for path in [*site.rglob("*.py"), *ROOT.joinpath("influtier_lite").rglob("*.py"),
                 *ROOT.joinpath("tools").rglob("*.py")]:
        if any(part in modules for part in path.parts):
            continue  # the excluded package itself
        scanned += 1
        if pattern.search(path.read_bytes()):
            importers.append(str(path))
    assert scanned > 1000, scanned
    assert not importers, importers
