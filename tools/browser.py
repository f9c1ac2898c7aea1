"""JupyterLab and Debian's Chromium for the browser tests and the benchmark.

- ``find_chromium()`` returns the system browser or raises ``BrowserMissing`` with the
  command that installs it; Playwright never downloads a browser of its own here.
  ``require_chromium()`` is the tests' form: skip, or fail on CI.
- ``jupyter_lab(...)`` serves a *copy* of the notebooks on a free loopback port with no
  token and autosave off, so the committed notebooks are never rewritten, and always
  stops the server, even when a test fails.
- ``open_notebook(...)`` opens a notebook, waits for its kernel to be idle in the status
  bar and runs all cells.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
INSTALL_HINT = "sudo apt-get install chromium   (Debian/Ubuntu; .ci/run does this on CI)"
# JupyterLab settings for a quiet, read-only-by-default session.
LAB_SETTINGS = {
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false", "checkForUpdates": False, "doNotDisturbMode": True},
}


class BrowserMissing(RuntimeError):
    """Debian's chromium is not installed."""


def find_chromium() -> str:
    """Debian's chromium, or the binary INFLUTIER_CHROMIUM names (then only that one)."""
    chosen = os.environ.get("INFLUTIER_CHROMIUM")
    for candidate in (chosen,) if chosen else CHROMIUM_CANDIDATES:
        if Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    if chosen:
        raise BrowserMissing(f"INFLUTIER_CHROMIUM = {chosen!r}: no executable there. Install Chromium: {INSTALL_HINT}")
    raise BrowserMissing(f"Chromium not found (looked at {', '.join(CHROMIUM_CANDIDATES)}). Install it: {INSTALL_HINT}")


def require_chromium() -> None:
    """For a browser test (module or function): skip it, saying how to install Chromium, when
    ``find_chromium`` finds none; with INFLUTIER_REQUIRE_BROWSER=1 (set by .ci/run) raise
    ``BrowserMissing`` instead, so CI never passes without its browser tests."""
    try:
        find_chromium()
    except BrowserMissing as missing:
        if os.environ.get("INFLUTIER_REQUIRE_BROWSER"):
            raise
        import pytest  # only the tests call this

        pytest.skip(f"browser tests skipped: {missing}", allow_module_level=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def jupyter_lab(app: str = "lab", timeout: float = 60, lang: str | None = None) -> Iterator[tuple[str, Path]]:
    """Serve a temporary copy of ``notebooks/`` with JupyterLab, or with ``app="voila"``
    a copy of ``app/`` with Voilà (the workshop app, as ``make app`` serves it).

    ``lang`` ("id" or "en"): JupyterLab's defaults as ``make lab LAB_LANG=...`` sets them
    (tools/lab_settings/<lang>/overrides.json: its menus in that language).
    Yields the base URL and the copy's folder. A port taken between choosing and binding
    is retried with another one.
    """
    if app not in ("lab", "voila"):
        raise ValueError(f"app = {app!r}: choose 'lab' or 'voila'")
    if lang not in (None, "id", "en"):
        raise ValueError(f"lang = {lang!r}: choose 'id', 'en' or None")
    with tempfile.TemporaryDirectory(prefix="influtier-lab-") as tmp:
        tmp_path = Path(tmp)
        served = tmp_path / "notebooks"
        source = ROOT / ("notebooks" if app == "lab" else "app")
        shutil.copytree(source, served, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        settings = tmp_path / "settings"
        for name, values in LAB_SETTINGS.items():
            path = settings / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(values), encoding="utf-8")
        if app == "lab":
            defaults = ROOT / "tools" / "lab_settings" / lang if lang else None
            start, ready = (lambda port: _start_server(port, served, tmp_path, settings, defaults)), "/api/status"
        else:
            start, ready = (lambda port: _start_voila(port, served / "workshop.ipynb",
                                                      tmp_path)), "/voila/static/voila.js"
        with serve(start, ready, tmp_path, timeout, "Jupyter server") as (url, _):
            yield url, served


@contextlib.contextmanager
def voila_site(timeout: float = 60) -> Iterator[str]:
    """One Voilà server for every page: a copy of ``notebooks/`` (``id/``, ``en/``) with the
    workshop app as ``app/workshop.ipynb``. Yields the base URL; a page is
    ``{url}/voila/render/id/00_tier_explorer.ipynb``. Always stops the server."""
    with tempfile.TemporaryDirectory(prefix="influtier-voila-") as tmp:
        tmp_path = Path(tmp)
        served = tmp_path / "site"
        shutil.copytree(ROOT / "notebooks", served, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        (served / "app").mkdir()
        shutil.copy(ROOT / "app" / "workshop.ipynb", served / "app" / "workshop.ipynb")
        # The app's template (no CDN stylesheets); tracebacks shown, unlike make app, and no
        # pages prepared ahead (for a folder Voilà would prepare every notebook in it).
        def start(port: int) -> subprocess.Popen:
            command = [sys.executable, "-m", "voila", str(served), "--no-browser", f"--port={port}",
                       "--Voila.ip=127.0.0.1", "--Voila.port_retries=0", "--show_tracebacks=True",
                       "--preheat_kernel=False", f"--Voila.config_file_paths={ROOT / 'app' / 'server'}"]
            return _launch(command, tmp_path, cwd=served)

        with serve(start, "/voila/static/voila.js", tmp_path, timeout, "Voilà") as (url, _):
            yield url


@contextlib.contextmanager
def serve(start, ready_path: str, tmp_path: Path, timeout: float,
          what: str) -> Iterator[tuple[str, subprocess.Popen]]:
    """Start a server with ``start(port)`` on a free loopback port and yield its base URL and
    process once ``ready_path`` answers; always stop it. A port taken between choosing and binding is
    retried with another one (three tries), then the end of ``server.log`` is raised."""
    for _ in range(3):
        port = free_port()
        process = start(port)
        try:
            if _wait_until_up(f"http://127.0.0.1:{port}{ready_path}", process, timeout):
                yield f"http://127.0.0.1:{port}", process
                return
        finally:
            _stop(process)
    log = (tmp_path / "server.log").read_text(encoding="utf-8", errors="replace")[-2000:]
    raise RuntimeError(f"{what} did not start:\n{log}")


def _start_server(port: int, served: Path, tmp_path: Path, settings: Path,
                  defaults: Path | None = None) -> subprocess.Popen:
    command = [sys.executable, "-m", "jupyterlab", "--no-browser", f"--port={port}", "--ip=127.0.0.1",
               "--port-retries=0", f"--ServerApp.root_dir={served}", "--IdentityProvider.token=",
               "--ServerApp.password=", "--ServerApp.disable_check_xsrf=True",
               f"--LabApp.user_settings_dir={settings}", f"--LabApp.workspaces_dir={tmp_path / 'workspaces'}"]
    if defaults:
        command.append(f"--LabApp.app_settings_dir={defaults}")
    if os.geteuid() == 0:
        command.append("--allow-root")
    return _launch(command, tmp_path, cwd=served)


def _start_voila(port: int, notebook: Path, tmp_path: Path, *options: str) -> subprocess.Popen:
    """Voilà as ``make app`` starts it: through app/server/room.py (caps on kernels, each kernel
    for its own browser), with the server settings and template in app/server."""
    command = [sys.executable, str(notebook.parent / "server" / "room.py"), str(notebook), "--no-browser",
               f"--port={port}",
               "--Voila.ip=127.0.0.1", "--Voila.port_retries=0",
               f"--Voila.config_file_paths={notebook.parent / 'server'}", *options]
    return _launch(command, tmp_path, cwd=notebook.parent)


def _launch(command: list[str], tmp_path: Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.Popen:
    """Start a server in its own process group (so _stop ends it with its kernels), logging to
    server.log; ``env`` adds to (or overrides) this process's environment."""
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"), **(env or {})}
    log = open(tmp_path / "server.log", "ab")  # closed with the process
    return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True, cwd=cwd)


def _wait_until_up(url: str, process: subprocess.Popen, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False  # exited: most likely the port was taken meanwhile
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return True
        except OSError:
            time.sleep(0.3)
    return False


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, 15)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, 9)
            process.wait(timeout=5)


@contextlib.contextmanager
def chromium_page(width: int = 1300, height: int = 1100):
    """A Playwright page in Debian's Chromium (headless)."""
    from playwright.sync_api import sync_playwright

    executable = find_chromium()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS, headless=True)
        try:
            yield browser.new_page(viewport={"width": width, "height": height})
        finally:
            browser.close()


def open_notebook(page, base_url: str, relative_path: str, timeout_ms: int = 90_000) -> None:
    """Open a notebook in JupyterLab, wait for an idle kernel, run all cells, wait for widgets."""
    # ?reset: start from an empty workspace, so tabs from an earlier page on the same server
    # are not restored next to this notebook (Run All would then race between two kernels).
    page.goto(f"{base_url}/lab/tree/{relative_path}?reset")
    page.wait_for_selector(".jp-Notebook", timeout=timeout_ms)
    # The notebook's own indicator says idle before a kernel exists: wait for the status bar.
    page.wait_for_function(
        "() => [...document.querySelectorAll('.jp-StatusBar-TextItem')]"
        ".some(e => /\\|\\s*(Idle|Siaga)/.test(e.textContent))", timeout=timeout_ms)
    page.click(".lm-MenuBar-itemLabel:text-is('Run')")
    page.locator(".lm-Menu-item[data-command='runmenu:run-all']").click()
    page.wait_for_selector(".widget-hslider .noUi-handle", timeout=timeout_ms)
    page.wait_for_selector(".jupyter-widgets img[src^='blob:']", timeout=timeout_ms)
