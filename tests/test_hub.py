"""The README's JupyterHub route, for real (issue 14): a local hub (tools/hub.py), students
logging in, the git-pull link pulling a local clone of this repository into each student's
home, a notebook run in the browser for each, and a student's edit surviving a second pull.

Without Chromium, Node.js/npm (the hub's proxy) or the hub's Python packages the test is
skipped with a message saying what is missing; with INFLUTIER_REQUIRE_BROWSER=1 (set by
.ci/run, which also installs Chromium and npm) it fails instead.
"""

from __future__ import annotations

import json
import os
import subprocess
import urllib.parse
from pathlib import Path

import psutil
import pytest

from tools import browser, hub

ROOT = Path(__file__).resolve().parents[1]
pytestmark = [pytest.mark.browser, pytest.mark.slow]

STUDENTS = ("siti", "budi", "ayu")
NOTEBOOK = "notebooks/id/00_tier_explorer.ipynb"
TIMEOUT_MS = 180_000


def _skip_or_fail(reason: str) -> None:
    if os.environ.get("INFLUTIER_REQUIRE_BROWSER"):
        pytest.fail(reason)
    pytest.skip(f"hub test skipped: {reason}")


browser.require_chromium()
try:
    hub.check_python_side()
    hub.proxy_command()
except hub.HubMissing as missing:
    _skip_or_fail(str(missing))


def git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture(scope="module")
def upstream(tmp_path_factory) -> Path:
    """A local clone of this repository: what the students' git-pull link pulls from."""
    folder = tmp_path_factory.mktemp("upstream") / "influtier"
    git("clone", "--quiet", str(ROOT), str(folder), cwd=ROOT)
    git("config", "user.email", "guru@example.org", cwd=folder)
    git("config", "user.name", "Guru", cwd=folder)
    return folder


def pull_link(upstream: Path) -> str:
    """The README's link, with this clone as the repository."""
    query = urllib.parse.urlencode({"repo": str(upstream), "branch": git("rev-parse", "--abbrev-ref", "HEAD",
                                                                          cwd=upstream),
                                    "urlpath": f"lab/tree/influtier/{NOTEBOOK}"})
    return f"/hub/user-redirect/git-pull?{query}"


def log_in(page, url: str, name: str) -> None:
    page.goto(f"{url}/hub/login")
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", hub.PASSWORD)
    page.locator("#login_submit").click()
    page.wait_for_url(lambda address: "/hub/login" not in address, timeout=TIMEOUT_MS)


def pull_and_open(page, url: str, link: str) -> None:
    """Follow the git-pull link until JupyterLab shows the notebook it points to."""
    page.goto(url + link, timeout=TIMEOUT_MS)
    page.wait_for_selector(".jp-Notebook", timeout=TIMEOUT_MS)


def server_memory_mb(name: str) -> float:
    """Resident memory of a student's server and its kernels (the spawner sets JUPYTERHUB_USER)."""
    total = 0
    for proc in psutil.process_iter(["cmdline"]):
        try:
            if ("jupyterhub-singleuser" in " ".join(proc.info["cmdline"] or [])
                    and proc.environ().get("JUPYTERHUB_USER") == name):
                total += sum(p.memory_info().rss for p in [proc, *proc.children(recursive=True)])
        except psutil.Error:
            continue
    return total / 2**20


def test_students_pull_the_repository_run_a_notebook_and_keep_their_edits(upstream):
    link = pull_link(upstream)
    memory = {}
    with hub.local_hub() as (url, homes, hub_port):
        for name in STUDENTS:
            with browser.chromium_page() as page:
                page.set_default_timeout(TIMEOUT_MS)
                log_in(page, url, name)
                pull_and_open(page, url, link)
                notebook = homes / name / "influtier" / NOTEBOOK
                assert notebook.is_file(), f"{name}: the pull did not bring {NOTEBOOK}"
                browser.open_notebook(page, f"{url}/user/{name}", f"influtier/{NOTEBOOK}", timeout_ms=TIMEOUT_MS)
                assert page.locator(".widget-hslider .noUi-handle").count() >= 2  # the explorer's sliders
                memory[name] = server_memory_mb(name)
                page.goto("about:blank")
        assert all((homes / name / "influtier" / "README.md").is_file() for name in STUDENTS)

        # Siti edits a notebook; the teacher then adds a file upstream; Siti follows the link again.
        edited = homes / "siti" / "influtier" / NOTEBOOK
        content = json.loads(edited.read_text(encoding="utf-8"))
        content["cells"].append({"cell_type": "markdown", "metadata": {},
                                 "source": ["Catatan Siti: mikro 5.000–30.000."]})
        edited.write_text(json.dumps(content, ensure_ascii=False, indent=1), encoding="utf-8")
        (upstream / "CATATAN_GURU.md").write_text("Minggu depan: notebook 08.\n", encoding="utf-8")
        git("add", "CATATAN_GURU.md", cwd=upstream)
        git("commit", "--quiet", "-m", "Catatan guru", cwd=upstream)
        with browser.chromium_page() as page:
            page.set_default_timeout(TIMEOUT_MS)
            log_in(page, url, "siti")
            pull_and_open(page, url, link)
        assert (homes / "siti" / "influtier" / "CATATAN_GURU.md").is_file(), "the second pull brought nothing new"
        assert "Catatan Siti: mikro 5.000–30.000." in edited.read_text(encoding="utf-8"), \
            "the second pull lost Siti's edit"
        assert not (homes / "budi" / "influtier" / "CATATAN_GURU.md").exists()  # each home is pulled on its own
    assert not hub.students(hub_port), "a student's server outlived the hub"
    print("hub: memory per student (server and kernel, MB):", {k: round(v) for k, v in memory.items()})
