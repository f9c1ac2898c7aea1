"""make bench: how fast the sliders and how lean the kernel, against naive baselines.

Every ratio is measured in the same run on the same machine. Prints a table, writes
build/bench.json, and refreshes the table in README.md (between the bench markers).
Not part of `make test`: timings are noisy; the tests prove the fast path correct.

    python -m tools.bench            # everything (needs Debian's chromium for three rows)
    python -m tools.bench --no-browser
    python -m tools.bench --only pocket   # the pocket explorer alone, merged into build/bench.json
    python -m tools.bench --only accounts # read_accounts on 10.000 rows, likewise
    python -m tools.bench --only setup    # one section; merged into build/bench.json, README untouched
    python -m tools.bench --only workshop # a room of 30 on the Voilà app (about 8 minutes)
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import io
import json
import math
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
import numpy as np

ROOT = Path(__file__).resolve().parents[1]

TARGETS = {  # key: (target, "max" means the value must stay at or below it, "min" at or above)
    "slider_update_ms_median": (None, ""),
    "slider_update_ms_p95": (None, ""),
    "naive_update_ms_median": (None, ""),
    "slider_speedup": (5.0, "min"),
    "browser_update_ms_median": (150.0, "max"),
    "burst_settle_ms": (500.0, "max"),
    "suite_ratio": (1.5, "max"),
    "kernel_rss_ratio": (1.25, "max"),
    "import_ratio": (1.1, "max"),
    "classify_many_vs_pandas_cut": (1.0, "max"),
    "parse_count_1mb_ms": (100.0, "max"),  # issue 17: one pasted megabyte must not freeze the kernel
    "pocket_update_ms_median": (None, ""),
    "pocket_update_ms_p95": (50.0, "max"),
    "pocket_file_kb_max": (1000.0, "max"),
    "accounts_10k_s": (1.0, "max"),  # issue 15: a 10.000-row shortlist read and classified
    "setup_cold_s": (None, ""),
    "setup_pip_cold_s": (None, ""),
    "setup_cold_vs_pip": (0.4, "max"),
    "setup_warm_s": (5.0, "max"),
    "lab_env_mb": (400.0, "max"),
    "app_env_mb": (None, ""),
    "test_env_mb": (None, ""),
    "pip_lab_env_mb": (None, ""),
    "lab_download_mb": (None, ""),
    # issue 14: a room of 30 on one laptop (tools/workshop_bench.py); in_30 must stay within 3x alone
    "workshop_first_slider_s_alone": (None, ""),
    "workshop_first_slider_s_in_30": (None, ""),
    "workshop_in_30_over_alone": (3.0, "max"),
    "workshop_visitors_served_30": (30.0, "min"),
    "workshop_rss_mb_per_visitor": (None, ""),
    "workshop_kernels_left_after_close": (0.0, "max"),
    "workshop_idle_rss_ratio": (1.2, "max"),
}


def timed(action, repeat: int) -> list[float]:
    """Milliseconds for each of ``repeat`` calls of ``action``."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def slider_values(count: int = 240) -> list[float]:
    """A sweep across the whole slider range, up and back down."""
    up = list(np.geomspace(100, 100_000_000, count // 2))
    return up + up[::-1]


# --- kernel side: our tier explorer against a naive interact ---------------------------

def bench_slider() -> dict:
    from influtier_lite.widgets.explorer import TierExplorer

    explorer = TierExplorer("id")
    ours = []
    for value in slider_values():
        start = time.perf_counter()
        explorer.followers_slider.value = value
        ours.append((time.perf_counter() - start) * 1000)
    naive = naive_interact()
    slider = naive.children[0]
    naive_times = []
    with contextlib.redirect_stdout(io.StringIO()):
        for value in slider_values()[::4]:  # a quarter of the sweep: the naive path is slow
            start = time.perf_counter()
            slider.value = value
            naive_times.append((time.perf_counter() - start) * 1000)
    median = statistics.median(ours)
    return {
        "slider_update_ms_median": median,
        "slider_update_ms_p95": float(np.percentile(ours, 95)),
        "naive_update_ms_median": statistics.median(naive_times),
        "slider_speedup": statistics.median(naive_times) / median,
        "slider_updates_measured": len(ours),
    }


def naive_interact():
    """The baseline: ``interact`` that builds and renders a new figure on every change,
    the way the inline backend shows a pyplot figure (savefig, bbox_inches="tight")."""
    import ipywidgets as widgets

    from influtier_lite.core.report import describe_account
    from influtier_lite.figures import TierLadder

    def update(followers: float, er_percent: float) -> None:
        print("\n".join(describe_account(followers, er_percent, "id").lines()))
        ladder = TierLadder("id")
        for artist in (ladder.marker, ladder.label):
            artist.set_animated(False)
        ladder.show(followers)
        ladder.figure.savefig(io.BytesIO(), format="png", bbox_inches="tight")

    followers = widgets.FloatLogSlider(value=10_000, base=10, min=2, max=8, step=0.01)
    er_percent = widgets.FloatSlider(value=4, min=0, max=15, step=0.1)
    return widgets.interactive(update, followers=followers, er_percent=er_percent)


# --- in the browser --------------------------------------------------------------------

WATCH_FIGURE = """() => {
  const img = document.querySelector('.jupyter-widgets img[src^="blob:"]');
  const headline = () => [...document.querySelectorAll('.widget-html-content b')]
      .map(b => b.textContent).find(t => /^(Followers|Pengikut):/.test(t));
  window.__figures = [];
  new MutationObserver(() => window.__figures.push([performance.now(), headline()]))
      .observe(img, {attributes: true, attributeFilter: ['src']});
}"""


def bench_browser(presses: int = 40) -> dict:
    from tools.browser import chromium_page, jupyter_lab, open_notebook

    with jupyter_lab() as (url, _), chromium_page() as page:
        open_notebook(page, url, "en/00_tier_explorer.ipynb")
        time.sleep(2)
        page.evaluate(WATCH_FIGURE)
        page.locator(".widget-hslider .noUi-handle").first.focus()
        latencies = []
        for index in range(presses):
            seen = page.evaluate("window.__figures.length")
            start = page.evaluate("performance.now()")
            page.keyboard.press("ArrowRight" if index % 2 == 0 else "ArrowLeft")
            page.wait_for_function(f"window.__figures.length > {seen}", timeout=10_000)
            latencies.append(page.evaluate(f"window.__figures[{seen}][0]") - start)
            time.sleep(0.15)
        time.sleep(1)
        seen = page.evaluate("window.__figures.length")
        start = page.evaluate("performance.now()")
        for _ in range(20):
            page.keyboard.press("ArrowRight")
        exponent = float(page.locator(".widget-hslider .noUi-handle").first.get_attribute("aria-valuenow"))
        final = f"Followers: {round(10 ** exponent):,}"
        page.wait_for_function(
            f"window.__figures.slice({seen}).some(f => f[1] && f[1].startsWith({json.dumps(final)}))",
            timeout=10_000)
        figures = page.evaluate("window.__figures")[seen:]
        settled = next(t for t, headline in figures if headline and headline.startswith(final))
    return {
        "browser_update_ms_median": statistics.median(latencies),
        "burst_settle_ms": settled - start,
        "burst_figures_drawn": len(figures),
    }


# --- the pocket explorer: one HTML file, no kernel, no network -------------------------

# Moves the follower slider through ``values``, alternating with the rate slider, and times
# each move from the input event to the frame after the page has answered it.
POCKET_MOVES = """async (values) => {
  const followers = document.getElementById('followers-slider'), er = document.getElementById('er');
  const frame = () => new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)));
  const times = [];
  for (const [index, value] of values.entries()) {
    const slider = index % 2 ? er : followers;
    const start = performance.now();
    slider.value = String(index % 2 ? (index % 150) / 10 : value);
    slider.dispatchEvent(new Event('input', {bubbles: true}));
    await frame();
    times.push(performance.now() - start);
  }
  return times;
}"""


def bench_pocket(moves: int = 300) -> dict:
    """Build the pocket pages, open each from file:// with the network blocked, time slider moves."""
    from tools import pocket
    from tools.browser import chromium_page
    from tools.offline import block_network

    with tempfile.TemporaryDirectory(prefix="influtier-pocket-") as tmp:
        pages = pocket.build(Path(tmp))
        sizes = [path.stat().st_size / 1000 for path in pages]
        times: list[float] = []
        for path in pages:
            with chromium_page(width=390, height=844) as page:
                blocked = block_network(page)
                page.goto(path.as_uri())
                page.wait_for_selector("body[data-rendered]")
                values = [200 + (i * 7) % 601 for i in range(moves)]
                times += page.evaluate(POCKET_MOVES, values)
                if blocked:
                    raise RuntimeError(f"{path.name} asked the network for {blocked}")
    times.sort()
    return {"pocket_update_ms_median": statistics.median(times),
            "pocket_update_ms_p95": times[int(len(times) * 0.95)],
            "pocket_file_kb_max": max(sizes)}


# --- the whole suite, memory, import, classify_many ---------------------------------------

# The baseline notebook: the two imports every plotting notebook with widgets starts with.
BARE_IMPORTS = "import matplotlib.pyplot as plt\nimport ipywidgets as widgets"
# Stricter: only the top-level packages, before any plotting machinery is loaded.
TOP_LEVEL_IMPORTS = "import matplotlib\nimport ipywidgets"


def minimal_notebooks(folder: Path, count: int) -> None:
    for index in range(count):
        nb = nbformat.v4.new_notebook()
        nb.cells.append(nbformat.v4.new_code_cell(BARE_IMPORTS))
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nbformat.write(nb, folder / f"minimal_{index:02d}.ipynb")


def bench_suite(repeat: int = 3) -> dict:
    notebooks = sorted((ROOT / "notebooks").rglob("*.ipynb"))
    with tempfile.TemporaryDirectory() as tmp:
        minimal_notebooks(Path(tmp), len(notebooks))

        def run(paths: list[str]) -> None:
            subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--nbval",
                            "--nbval-current-env", "--nbval-sanitize-with", str(ROOT / "tests" / "nbval_sanitize.cfg"),
                            "-o", "addopts=", *paths], cwd=ROOT, check=True, capture_output=True)

        ours, minimal = [], []
        for _ in range(repeat):  # interleaved, so machine load hits both alike
            ours += timed(lambda: run([str(p) for p in notebooks]), 1)
            minimal += timed(lambda: run([tmp]), 1)
    return {"suite_ratio": statistics.median(ours) / statistics.median(minimal), "suite_notebooks": len(notebooks)}


def peak_rss_mb(notebook: nbformat.NotebookNode, cwd: Path) -> float:
    """Peak resident memory (VmHWM) of a fresh kernel after running ``notebook``."""
    from nbclient import NotebookClient

    client = NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(cwd)}})
    with client.setup_kernel():
        for index, cell in enumerate(notebook.cells):
            client.execute_cell(cell, index)
        pid = client.km.provisioner.process.pid
        status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+) kB", status)[1]) / 1024


def bench_kernel_memory() -> dict:
    peaks = {}
    for path in sorted((ROOT / "notebooks").rglob("*.ipynb")):
        peaks[str(path.relative_to(ROOT))] = peak_rss_mb(nbformat.read(path, as_version=4), path.parent)
    bare_mb, top_level_mb = (min(peak_rss_mb(bare_notebook(code), ROOT) for _ in range(2))
                             for code in (BARE_IMPORTS, TOP_LEVEL_IMPORTS))
    heaviest = max(peaks, key=peaks.get)
    return {"kernel_rss_ratio": peaks[heaviest] / bare_mb, "kernel_rss_mb": peaks[heaviest],
            "kernel_rss_ratio_per_notebook": {name: round(mb / bare_mb, 3) for name, mb in peaks.items()},
            "bare_kernel_rss_mb": bare_mb, "heaviest_notebook": heaviest,
            "kernel_rss_ratio_vs_top_level_imports": peaks[heaviest] / top_level_mb}


def bare_notebook(code: str) -> nbformat.NotebookNode:
    bare = nbformat.v4.new_notebook()
    bare.cells.append(nbformat.v4.new_code_cell(code))
    return bare


IMPORT_PROBE = """
import sys, time
before = list(sys.modules)
start = time.perf_counter()
{statement}
elapsed = time.perf_counter() - start
new = [m for m in sys.modules if m not in set(before)]
print(elapsed * 1000)
print(" ".join(new))
"""


def time_import(statement: str) -> tuple[float, list[str]]:
    result = subprocess.run([sys.executable, "-c", IMPORT_PROBE.format(statement=statement)],
                            capture_output=True, text=True, check=True, cwd=tempfile.gettempdir())
    elapsed, modules = result.stdout.splitlines()
    return float(elapsed), modules.split()


def bench_import(repeat: int = 40) -> dict:
    """``import influtier_lite`` against importing exactly the modules it pulls in.

    Both sides load compiled bytecode: the test set-up compiles installed dependencies
    (uv --compile-bytecode, as pip does), so the package is compiled here too (an editable install
    under PYTHONDONTWRITEBYTECODE would otherwise recompile its sources on every import).
    """
    import compileall

    compileall.compile_dir(ROOT / "influtier_lite", quiet=1)
    _, loaded = time_import("import influtier_lite")
    dependencies = [m for m in loaded if not m.startswith("influtier_lite")]
    statement = "\n".join(f"import {m}" for m in dependencies if not m.startswith("_") and "._" not in m) or "pass"
    ours, deps = [], []
    for _ in range(repeat):
        ours.append(time_import("import influtier_lite")[0])
        deps.append(time_import(statement)[0])
    top_level = sorted({m.split(".")[0] for m in dependencies} - set(sys.stdlib_module_names))
    # Fastest of many interleaved runs on each side: other processes only ever add time,
    # so the minimum is the steadiest estimate of what an import costs (as timeit advises).
    return {"import_ratio": min(ours) / min(deps),
            "import_ratio_of_medians": statistics.median(ours) / statistics.median(deps),
            "import_ms": min(ours), "import_dependencies": ", ".join(top_level)}


def bench_classify_many(size: int = 1_000_000, repeat: int = 15) -> dict:
    import pandas as pd

    from influtier_lite import SCHEMES, classify_many

    counts = np.exp(np.random.default_rng(7).uniform(0, math.log(1e9), size))
    scheme = SCHEMES["partipost"]
    # The same edges for pandas.cut: each tier starts at its threshold (left-closed bins).
    bins = [*scheme.thresholds, math.inf]
    labels = [t.key for t in scheme.tiers]
    ours = timed(lambda: classify_many(counts), repeat)
    cut = timed(lambda: pd.cut(counts, bins=bins, labels=labels, right=False), repeat)
    same = np.array_equal(np.asarray(classify_many(counts).codes),
                          np.asarray(pd.cut(counts, bins=bins, labels=labels, right=False).codes))
    if not same:
        raise AssertionError("classify_many and pandas.cut disagree: the comparison would be unfair")
    return {"classify_many_vs_pandas_cut": statistics.median(ours) / statistics.median(cut),
            "classify_many_ms": statistics.median(ours), "pandas_cut_ms": statistics.median(cut)}


def bench_parse_count(repeat: int = 20) -> dict:
    """The slowest of three pasted megabytes (spaces, spaces inside a count, digits), best of
    ``repeat`` runs, and the same as a ratio to reading a 64-character count."""
    from influtier_lite import parse_count

    def refused(text: str) -> None:
        with contextlib.suppress(ValueError):
            parse_count(text)

    count = " " * 28 + "1.000.000" + " " * 27
    megabytes = [" " * 2**20, "1" + " " * (2**20 - 3) + "x1", "1" * 2**20]
    slowest = max(min(timed(lambda text=text: refused(text), repeat)) for text in megabytes)
    short = min(timed(lambda: parse_count(count), repeat * 50))
    return {"parse_count_1mb_ms": slowest, "parse_count_64_chars_ms": short,
            "parse_count_1mb_ratio": slowest / short}


def bench_accounts(rows: int = 10_000, repeat: int = 5) -> dict:
    """read_accounts on a 10.000-row Indonesian Excel export (semicolons, counts as people write
    them, decimal commas), best of ``repeat`` runs, in seconds."""
    from influtier_lite.core.accounts import read_accounts

    forms = ["12.500", "2,9 jt", "1.250.000", "850", "45 rb", "5.100"]
    lines = ["Akun;Jumlah Pengikut;Rata-rata Suka;Komentar;Dibagikan"]
    lines += [f"@contoh{i};{forms[i % len(forms)]};{i % 900 + 10},5;{i % 40};{i % 7}" for i in range(rows)]
    data = ("\r\n".join(lines) + "\r\n").encode("cp1252")
    result = read_accounts(data)
    if len(result.table) != rows:
        raise AssertionError(f"read {len(result.table)} of {rows} rows: the measurement would be unfair")
    return {"accounts_10k_s": min(timed(lambda: read_accounts(data), repeat)) / 1000}


# --- set-up: make lab from a fresh clone, with uv and with plain pip ------------------------

def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def setup_env(cache: Path) -> dict:
    """A student's shell: caches of our own (empty at first), no virtualenv active, and
    Python's bytecode cache on, as on a laptop (this machine's environment turns it off)."""
    drop = {"VIRTUAL_ENV", "PYTHONDONTWRITEBYTECODE", "MAKEFLAGS", "MAKELEVEL", "MFLAGS"}
    env = {key: value for key, value in os.environ.items() if key not in drop}
    return {**env, "UV_CACHE_DIR": str(cache / "uv"), "PIP_CACHE_DIR": str(cache / "pip")}


def fresh_clone(tmp: Path, name: str) -> Path:
    """A clone of the committed HEAD (uncommitted changes are not measured)."""
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(tmp / name)], check=True)
    return tmp / name


def env_mb(venv: Path) -> float:
    """Disk usage of an environment in MiB, as `du -sm` counts it (hard links to the uv cache count fully)."""
    seen, total = set(), 0
    for path in venv.rglob("*"):
        info = path.lstat()
        if (info.st_dev, info.st_ino) not in seen:
            seen.add((info.st_dev, info.st_ino))
            total += info.st_blocks * 512
    return total / 2**20


def make(clone: Path, env: dict, *args: str) -> float:
    """Seconds for ``make args`` in ``clone`` (an install-only target)."""
    start = time.perf_counter()
    result = subprocess.run(["make", *args], cwd=clone, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"make {' '.join(args)} failed in {clone}:\n{(result.stdout + result.stderr)[-3000:]}")
    return time.perf_counter() - start


def session_cpu_s(session: int) -> float:
    """CPU seconds (user + system) used so far by the live processes of ``session``."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[3]) == session:  # field 6 of stat: the session id
                total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / os.sysconf("SC_CLK_TCK")


CPU_SECONDS: list[float] = []  # of each make_lab_until_it_answers, for the warm runs


def make_lab_until_it_answers(clone: Path, env: dict, *args: str, timeout: float = 900) -> float:
    """Seconds from `make lab` until JupyterLab serves /lab on its port; then stops it.
    Also notes in CPU_SECONDS the CPU time JupyterLab and make used until then."""
    import urllib.request

    port, token = free_port(), "bench"
    lab_args = f"LAB_ARGS=--no-browser --port={port} --port-retries=0 --IdentityProvider.token={token}"
    url = f"http://127.0.0.1:{port}/lab?token={token}"
    log = clone.parent / f"{clone.name}-make-lab.log"
    with open(log, "ab") as out:
        start = time.perf_counter()
        process = subprocess.Popen(["make", "lab", lab_args, *args], cwd=clone, env=env, stdout=out,
                                   stderr=subprocess.STDOUT, start_new_session=True)
        try:
            while time.perf_counter() - start < timeout:
                if process.poll() is not None:
                    raise RuntimeError(f"make lab exited ({process.returncode}):\n{log.read_text()[-3000:]}")
                with contextlib.suppress(OSError):
                    with urllib.request.urlopen(url, timeout=2) as response:
                        if response.status == 200:
                            elapsed = time.perf_counter() - start
                            CPU_SECONDS.append(session_cpu_s(process.pid))
                            return elapsed
                time.sleep(0.05)
            raise RuntimeError(f"JupyterLab did not answer within {timeout:.0f} s:\n{log.read_text()[-3000:]}")
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, 15)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, 9)
                process.wait()


def download_mb(venv: Path, pip_python: Path, folder: Path) -> float:
    """Size of the wheels the environment in ``venv`` is made of (what set-up downloads)."""
    frozen = subprocess.run([str(venv / "bin" / "uv"), "pip", "freeze", "--exclude-editable", "--python",
                             str(venv / "bin" / "python")], capture_output=True, text=True, check=True).stdout
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "frozen.txt").write_text(frozen, encoding="utf-8")
    subprocess.run([str(pip_python), "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
                    "-d", str(folder / "wheels"), "-r", str(folder / "frozen.txt")], check=True, capture_output=True)
    return sum(p.stat().st_size for p in (folder / "wheels").iterdir()) / 2**20


def note(what: str, value: float, unit: str = "s") -> float:
    print(f"    {what}: {value:.1f} {unit}", flush=True)
    return value


def bench_setup(rounds: int = 2, warm_runs: int = 5) -> dict:
    """`make lab` from a fresh clone with empty package caches until JupyterLab answers,
    with uv and with plain pip (INSTALLER=pip, the baseline), interleaved over ``rounds``;
    then the second `make lab` in a clone, ``warm_runs`` times; and the size of what make
    lab, make app and make test install (each in its own fresh clone).

    Each figure is the fastest of its runs: the other engineers' jobs on this machine only
    ever add time, so the minimum is the steadiest estimate (medians are in bench.json)."""
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="influtier-setup-") as tmp:
        tmp_path = Path(tmp)
        cold, pip_cold = [], []
        for index in range(rounds):
            clone = fresh_clone(tmp_path, f"uv{index}")
            cold.append(note("uv, cold", make_lab_until_it_answers(clone, setup_env(tmp_path / f"cache-uv{index}"))))
            baseline = fresh_clone(tmp_path, f"pip{index}")
            pip_cold.append(note("pip, cold", make_lab_until_it_answers(
                baseline, setup_env(tmp_path / f"cache-pip{index}"), "INSTALLER=pip")))
        student, env = tmp_path / "uv0", setup_env(tmp_path / "cache-uv0")
        warm = [note("uv, second run", make_lab_until_it_answers(student, env)) for _ in range(warm_runs)]
        warm_cpu = note("uv, second run, CPU time (least)", min(CPU_SECONDS[-warm_runs:]))
        warm_no_bytecode = note("uv, second run, PYTHONDONTWRITEBYTECODE=1",
                                make_lab_until_it_answers(student, {**env, "PYTHONDONTWRITEBYTECODE": "1"}))
        sizes, install_s = {}, {}
        for target in ("lab", "app", "test"):  # install only; uv's cache is warm for lab
            clone = fresh_clone(tmp_path, target)
            install_s[target] = note(f"install {target}, fresh clone, warm cache", make(clone, env,
                                                                                        f".venv/.installed-{target}"))
            sizes[target] = note(f"{target} environment", env_mb(clone / ".venv"), "MiB")
        download = download_mb(tmp_path / "lab" / ".venv", baseline / ".venv" / "bin" / "python", tmp_path / "dl")
        return {
            "setup_cold_s": min(cold), "setup_warm_s": min(warm), "setup_pip_cold_s": min(pip_cold),
            "setup_cold_vs_pip": min(cold) / min(pip_cold),
            "setup_cold_s_median": statistics.median(cold), "setup_pip_cold_s_median": statistics.median(pip_cold),
            "setup_warm_s_median": statistics.median(warm),
            "setup_warm_no_bytecode_cache_s": warm_no_bytecode,
            "setup_warm_cpu_s": warm_cpu,
            "setup_fresh_clone_warm_cache_install_s": install_s["lab"],
            "lab_env_mb": sizes["lab"], "app_env_mb": sizes["app"], "test_env_mb": sizes["test"],
            "uv_in_env_mb": (student / ".venv" / "bin" / "uv").stat().st_blocks * 512 / 2**20,
            "lab_env_after_first_starts_mb": env_mb(student / ".venv"),
            "pip_lab_env_mb": env_mb(baseline / ".venv"),
            "lab_download_mb": download,
            "setup_load_average_before_after": [load_before, os.getloadavg()[0]],
        }


# --- report ---------------------------------------------------------------------------

def bench_workshop() -> dict:
    from tools.workshop_bench import bench_workshop as measure  # here: needs Chromium and psutil

    figures = measure()
    figures["workshop_in_30_over_alone"] = (figures["workshop_first_slider_s_in_30"]
                                            / figures["workshop_first_slider_s_alone"])
    return figures


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def verdict(key: str, value: float) -> str:
    target, kind = TARGETS.get(key, (None, ""))
    if target is None:
        return ""
    ok = value <= target if kind == "max" else value >= target
    return f"{'≤' if kind == 'max' else '≥'} {target:g} {'ok' if ok else 'MISSED'}"


def table(results: dict) -> str:
    lines = ["| measure | value | target |", "|---|---|---|"]
    for key in TARGETS:
        if key in results:
            lines.append(f"| `{key}` | {results[key]:.2f} | {verdict(key, results[key])} |")
    return "\n".join(lines)


def update_readme(results: dict) -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    block = (f"<!-- bench:start -->\nMeasured {results['date']} on {results['machine']} "
             f"(`make bench`; full figures in `build/bench.json`).\n\n{table(results)}\n<!-- bench:end -->")
    new = re.sub(r"<!-- bench:start -->.*?<!-- bench:end -->", lambda _: block, text, flags=re.S)
    if new != text:
        readme.write_text(new, encoding="utf-8")


def main() -> int:
    sections = {"slider": bench_slider, "browser": bench_browser, "pocket": bench_pocket,
                "classify_many": bench_classify_many, "parse_count": bench_parse_count, "accounts": bench_accounts,
                "import": bench_import, "kernel_memory": bench_kernel_memory, "suite": bench_suite,
                "workshop": bench_workshop, "setup": bench_setup}
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium measurements")
    parser.add_argument("--no-readme", action="store_true", help="do not refresh the table in README.md")
    parser.add_argument("--only", choices=sorted(sections), action="append",
                        help="run only this section (repeatable); merges into build/bench.json, README untouched")
    args = parser.parse_args()
    out = ROOT / "build" / "bench.json"
    results: dict = {}
    if args.only and out.exists():
        results = json.loads(out.read_text(encoding="utf-8"))
    results.update({"date": datetime.date.today().isoformat(), "machine": machine()})
    names = args.only or [name for name in sections if not (args.no_browser and name in ("browser", "pocket",
                                                                                         "workshop"))]
    for name in names:
        print(f"... {sections[name].__name__}", flush=True)
        results.update(sections[name]())
    out.parent.mkdir(exist_ok=True)
    if args.only and out.is_file():  # keep the other measurements of the last full run
        results = {**json.loads(out.read_text(encoding="utf-8")), **results}
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\n{machine()}\n\n{table(results)}\n\nwritten: {out.relative_to(ROOT)}")
    if not (args.no_readme or args.only):
        update_readme(results)
    missed = [k for k in TARGETS if k in results and verdict(k, results[k]).endswith("MISSED")]
    if missed:
        print(f"targets missed: {', '.join(missed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
