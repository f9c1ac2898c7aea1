"""environment.yml (conda, JupyterHub, Binder) installs the same locked versions as make lab."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def environment() -> dict:
    return yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))


def test_conda_brings_only_python_and_pip():
    conda = [d for d in environment()["dependencies"] if isinstance(d, str)]
    assert conda == ["python=3.11", "pip"], "every other package comes from pip, at the locked version"


def test_pip_installs_the_lab_and_the_app_from_the_lock():
    pip = next(d["pip"] for d in environment()["dependencies"] if isinstance(d, dict))
    # -c first: conda and repo2docker write these lines to a requirements file beside
    # environment.yml and run pip there, so both paths resolve from this folder; both are
    # local references, so repo2docker copies the repository in before installing.
    assert pip == ["-c constraints.txt", "-e .[lab,app]"]
    assert (ROOT / "constraints.txt").is_file()
