"""Set up .venv for `make lab`, `make app` and `make test`: fast with uv, else with pip.

    python3 tools/setup_env.py lab|app|test [--installer auto|uv|pip]
    python3 tools/setup_env.py test --latest     # .venv-latest, newest versions the ranges allow
    python3 tools/setup_env.py --lock            # refresh constraints.txt (make lock)

- Each target installs only what it needs: lab = JupyterLab and influtier_lite, app = Voilà
  and influtier_lite, test = both plus the test tools (pytest, nbval, Playwright...).
- Every version comes from constraints.txt, the lock: uv and pip both read it as a
  constraints file, so the class gets the versions the tests passed with.
- uv is pinned in the lock too and comes from the package registry into .venv itself,
  installed by pip. If that fails, pip does the whole set-up and says so (slower, same result).
- uv leaves out the packages in tools/uv_excludes.txt (required on paper, used by nothing here).
- uv does not read pip's configuration, so the settings pip would use for an install
  (index, extra indexes, find-links, constraints, trusted hosts, certificate, timeout, as
  `pip config list` reports them) are passed on to uv: both install from the same places.
- Standard library only: this runs with the system Python, before .venv exists.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "constraints.txt"
EXCLUDES = ROOT / "tools" / "uv_excludes.txt"  # dead weight uv leaves out (see the file)
EXTRAS = {"lab": ["lab"], "app": ["app"], "test": ["lab", "app", "hub", "test"]}
MINIMUM_PYTHON = (3, 11)


class SetupError(RuntimeError):
    """A set-up step failed; the message says which, in both languages."""


def say(indonesian: str, english: str) -> None:
    print(f"[setup] {indonesian}\n[setup] {english}", flush=True)


def run(command: list, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(part) for part in command], cwd=ROOT, **kwargs)


# --- the environment and its tools ------------------------------------------------------

def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def venv_tool(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin") / (f"{name}.exe" if os.name == "nt" else name)


def create_venv(venv: Path) -> None:
    """A virtual environment without pip: uv installs into it, and pip is added only if needed."""
    if not venv_python(venv).exists():
        run([sys.executable, "-m", "venv", "--without-pip", venv], check=True)


def has_pip(python: Path | str) -> bool:
    return run([python, "-c", "import pip"], capture_output=True).returncode == 0


def system_pip_version() -> tuple[int, ...] | None:
    """(major, minor) of this Python's own pip, or None when it has none."""
    try:
        return tuple(int(part) for part in metadata.version("pip").split(".")[:2])
    except (metadata.PackageNotFoundError, ValueError):
        return None


def pip_command(venv: Path) -> list:
    """The pip that installs into ``venv``: its own if it has one, else this Python's pip
    aimed at it, else the pip that ensurepip puts into it."""
    python = venv_python(venv)
    if has_pip(python):
        return [python, "-m", "pip"]
    if (system_pip_version() or (0,)) >= (22, 3):  # --python: install into another environment
        return [sys.executable, "-m", "pip", "--python", python]
    if run([python, "-m", "ensurepip"], capture_output=True).returncode != 0:
        raise SetupError("pip tidak tersedia dan ensurepip gagal "
                         "(di Debian/Ubuntu: sudo apt-get install python3-venv)\n"
                         "pip is missing and ensurepip failed (on Debian/Ubuntu: sudo apt-get install python3-venv)")
    return [python, "-m", "pip"]


def locked_version(name: str) -> str | None:
    match = re.search(rf"^{re.escape(name)}==([^\s;]+)", LOCK.read_text(encoding="utf-8"), flags=re.M)
    return match[1] if match else None


def ensure_uv(venv: Path, pip: list) -> Path:
    """uv at the locked version inside ``venv``, installed from the package registry by pip."""
    uv = venv_tool(venv, "uv")
    wanted = locked_version("uv")
    if uv.exists():
        found = run([uv, "--version"], capture_output=True, text=True).stdout.split()
        if len(found) > 1 and found[1] == wanted:
            return uv
    say(f"Memasang uv {wanted} ke {venv.name} dengan pip (sekali saja).",
        f"Installing uv {wanted} into {venv.name} with pip (once).")
    result = run([*pip, "install", "--quiet", "-c", LOCK, "uv"], capture_output=True, text=True)
    if result.returncode != 0 or not uv.exists():
        reason = (result.stderr.strip().splitlines() or ["uv not found after the install"])[-1]
        raise SetupError(f"uv tidak bisa dipasang / uv could not be installed: {reason}")
    return uv


# --- pip's configuration, passed on to uv -----------------------------------------------

def start_reading_pip_settings(pip: list) -> subprocess.Popen:
    """``pip config list``, started in the background: pip is slow to start, and this
    runs while pip installs uv. This Python's own pip when it has one (one process less)."""
    reader = [sys.executable, "-m", "pip"] if system_pip_version() else pip
    return subprocess.Popen([str(part) for part in [*reader, "config", "list"]], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)


def pip_settings(reading: subprocess.Popen) -> dict[str, str]:
    """What pip would use for an install, once ``pip config list`` has answered."""
    listing, _ = reading.communicate()
    return parse_pip_config(listing) if reading.returncode == 0 else {}


def parse_pip_config(listing: str) -> dict[str, str]:
    """``pip config list`` output as {option: value}: per option, an environment variable
    (``:env:.``) wins over the ``install.`` section, which wins over ``global.``, as in pip."""
    rank = {":env:": 0, "install": 1, "global": 2}
    chosen: dict[str, tuple[int, str]] = {}
    for line in listing.splitlines():
        key, _, raw = line.partition("=")
        section, _, option = key.rpartition(".")
        if section not in rank or not raw:
            continue
        try:
            value = str(ast.literal_eval(raw))
        except (ValueError, SyntaxError):
            value = raw
        if option not in chosen or rank[section] < chosen[option][0]:
            chosen[option] = (rank[section], value)
    return {option: value for option, (_, value) in chosen.items()}


def uv_arguments(settings: dict[str, str]) -> tuple[list[str], dict[str, str]]:
    """uv's options and environment variables equal to pip's settings."""
    args: list[str] = []
    env: dict[str, str] = {}
    if "index-url" in settings:
        args += ["--index-url", settings["index-url"]]
    for option, flag in (("extra-index-url", "--extra-index-url"), ("find-links", "--find-links"),
                         ("constraint", "--constraint"), ("trusted-host", "--allow-insecure-host")):
        for value in settings.get(option, "").split():
            args += [flag, value]
    if settings.get("no-index", "").lower() in ("1", "true", "yes", "on"):
        args.append("--no-index")
    if "extra-index-url" in settings or "find-links" in settings:
        # pip takes the best version from all its sources; uv by default stops at the
        # first index that has the package.
        args += ["--index-strategy", "unsafe-best-match"]
    if "cert" in settings and "SSL_CERT_FILE" not in os.environ:
        env["SSL_CERT_FILE"] = settings["cert"]
    if "default-timeout" in settings and "UV_HTTP_TIMEOUT" not in os.environ:
        env["UV_HTTP_TIMEOUT"] = settings["default-timeout"]
    if "proxy" in settings and "HTTPS_PROXY" not in os.environ:
        env["HTTPS_PROXY"] = env["HTTP_PROXY"] = settings["proxy"]
    return args, env


# --- the three jobs: set up, set up with the newest versions, refresh the lock -------------

def install(target: str, installer: str, venv: Path, latest: bool = False) -> str:
    """Install ``target``'s packages into ``venv``; returns the installer used ("uv" or "pip")."""
    create_venv(venv)
    python = venv_python(venv)
    pip = pip_command(venv)
    spec = f".[{','.join(EXTRAS[target])}]"
    pins = [] if latest else ["-c", LOCK]
    if installer != "pip":
        reading = start_reading_pip_settings(pip)
        try:
            uv = ensure_uv(venv, pip)
        except SetupError as error:
            reading.kill()
            reading.wait()
            if installer == "uv":
                raise
            print(f"[setup] {error}", flush=True)
            say("Memasang dengan pip saja: hasilnya sama (versi dari constraints.txt), "
                "tetapi kira-kira lima kali lebih lama.",
                "Setting up with pip instead: same result (versions from constraints.txt), "
                "about five times slower.")
        else:
            args, env = uv_arguments(pip_settings(reading))
            upgrade = ["--upgrade"] if latest else []
            # The test environment is compiled to bytecode, as pip does, so that the test
            # kernels do not recompile every dependency; lab and app stay lean.
            compile_ = ["--compile-bytecode"] if target == "test" else []
            result = run([uv, "pip", "install", "--python", python, *pins, "--excludes", EXCLUDES,
                          *args, *upgrade, *compile_, "-e", spec],
                         env={**os.environ, **env})
            if result.returncode != 0:
                raise SetupError(f"uv pip install gagal / failed (exit {result.returncode})")
            return "uv"
    if not has_pip(python):
        run([python, "-m", "ensurepip"], check=True, capture_output=True)
    upgrade = ["--upgrade", "--upgrade-strategy", "eager"] if latest else []
    result = run([python, "-m", "pip", "install", *pins, *upgrade, "-e", spec])
    if result.returncode != 0:
        raise SetupError(f"pip install gagal / failed (exit {result.returncode})")
    return "pip"


def touch_stamps(target: str, venv: Path) -> None:
    """Mark every target whose packages are now installed (test covers lab and app)."""
    for name, extras in EXTRAS.items():
        if set(extras) <= set(EXTRAS[target]):
            (venv / f".installed-{name}").touch()


def refresh_lock(venv: Path) -> None:
    """constraints.txt anew: the newest versions the ranges in pyproject.toml allow, for
    every extra and every platform and Python version the project supports."""
    create_venv(venv)
    pip = pip_command(venv)
    reading = start_reading_pip_settings(pip)
    uv = ensure_uv(venv, pip)
    args, env = uv_arguments(pip_settings(reading))
    run([uv, "pip", "compile", "pyproject.toml", "--all-extras", "--group", "pyproject.toml:setup",
         "--universal", "--upgrade", "--custom-compile-command", "make lock", *args, "-o", LOCK.name],
        check=True, env={**os.environ, **env})
    say("constraints.txt diperbarui. Jalankan `make test`, lalu commit jika lulus.",
        "constraints.txt refreshed. Run `make test`, and commit it if the tests pass.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", nargs="?", choices=sorted(EXTRAS), help="what to set up for")
    parser.add_argument("--installer", choices=("auto", "uv", "pip"), default="auto",
                        help="auto: uv when it can be had, else pip (default)")
    parser.add_argument("--latest", action="store_true",
                        help="ignore the lock: the newest versions the ranges allow, in .venv-latest")
    parser.add_argument("--lock", action="store_true", help="refresh constraints.txt")
    args = parser.parse_args(argv)
    if sys.version_info < MINIMUM_PYTHON:
        wanted = ".".join(map(str, MINIMUM_PYTHON))
        say(f"Butuh Python {wanted} atau lebih baru; {sys.executable} adalah {sys.version.split()[0]}. "
            f"Pilih yang lain: make lab PYTHON=python{wanted}",
            f"Needs Python {wanted} or newer; {sys.executable} is {sys.version.split()[0]}. "
            f"Choose another: make lab PYTHON=python{wanted}")
        return 2
    venv = ROOT / (".venv-latest" if args.latest else ".venv")
    try:
        if args.lock:
            refresh_lock(venv)
            return 0
        if args.target is None:
            parser.error("choose a target: lab, app or test")
        start = time.perf_counter()
        used = install(args.target, args.installer, venv, latest=args.latest)
    except (SetupError, subprocess.CalledProcessError) as error:
        print(f"[setup] {error}", flush=True)
        say("Pemasangan gagal.", "Set-up failed.")
        return 1
    touch_stamps(args.target, venv)
    seconds = time.perf_counter() - start
    detik = f"{seconds:.1f}".replace(".", ",")
    target = f"{args.target}-latest" if args.latest else args.target
    say(f"{venv.name} siap untuk `make {target}` dalam {detik} detik ({used}).",
        f"{venv.name} ready for `make {target}` in {seconds:.1f} s ({used}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
