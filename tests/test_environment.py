"""environment.yml (conda, Binder, JupyterHub) and pyproject.toml list the same packages."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def requirement_name_and_spec(requirement: str) -> tuple[str, str]:
    match = re.fullmatch(r"([A-Za-z0-9_.-]+)\s*(.*)", requirement.strip())
    return match[1].lower().replace("_", "-"), match[2].replace(" ", "")


def pyproject_requirements() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        requirements += extra
    return dict(requirement_name_and_spec(r) for r in requirements)


def environment_requirements() -> tuple[dict[str, str], list[str]]:
    conda, pip = {}, []
    section = None
    for line in (ROOT / "environment.yml").read_text(encoding="utf-8").splitlines():
        stripped = line.split("#")[0].rstrip()
        if not stripped:
            continue
        if not stripped.startswith(" "):
            section = stripped.rstrip(":")
            continue
        item = stripped.strip().removeprefix("- ").strip()
        if section != "dependencies" or item == "pip:":
            continue
        if line.startswith("      -"):
            pip.append(item)
        elif item not in ("pip",) and not item.startswith("python="):
            name, spec = requirement_name_and_spec(item)
            conda[name] = spec
    return conda, pip


def test_same_packages_and_versions():
    expected = pyproject_requirements()
    conda, _ = environment_requirements()
    assert len(expected) >= 8
    assert conda == expected


def test_environment_installs_the_package_itself_with_pip():
    _, pip = environment_requirements()
    # Plain "-e .", nothing before it: repo2docker only notices a local requirement written
    # this way, and then copies the repository in before building the environment.
    assert pip == ["-e ."]
