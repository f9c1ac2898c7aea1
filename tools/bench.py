"""make bench: how fast the sliders and how lean the kernel, against naive baselines.

Every ratio is measured in the same run on the same machine. Prints a table, writes
build/bench.json, and refreshes the table in README.md (between the bench markers).
Not part of `make test`: timings are noisy; the tests prove the fast path correct.

    python tools/bench.py            # everything (needs Debian's chromium for three rows)
    python tools/bench.py --no-browser
    python tools/bench.py --only pocket   # the pocket explorer alone, merged into build/bench.json
    python tools/bench.py --only workshop # a room of 30 on the Voilà app (about 8 minutes)
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
sys.path.insert(0, str(ROOT / "tools"))

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
    from influtier_lite.explorer import TierExplorer

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

    from influtier_lite.plotting import TierLadder
    from influtier_lite.report import describe_account

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
    from browser import chromium_page, jupyter_lab, open_notebook

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
    import runpy

    from browser import chromium_page
    from offline import block_network

    pocket = runpy.run_path(str(ROOT / "tools" / "pocket.py"))
    with tempfile.TemporaryDirectory(prefix="influtier-pocket-") as tmp:
        pages = pocket["build"](Path(tmp))
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

    Both sides load compiled bytecode: pip compiles installed dependencies, so the
    package is compiled here too (an editable install under PYTHONDONTWRITEBYTECODE
    would otherwise recompile its sources on every import).
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
    return {"import_ratio": min(ours) / min(deps), "import_ratio_of_medians": statistics.median(ours) / statistics.median(deps),
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


# --- report ---------------------------------------------------------------------------

def bench_workshop() -> dict:
    from workshop_bench import bench_workshop as measure  # noqa: PLC0415 - needs Chromium and psutil

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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium measurements")
    parser.add_argument("--only", choices=["pocket", "workshop"], help="run only this measurement (no README update)")
    parser.add_argument("--no-readme", action="store_true", help="do not refresh the table in README.md")
    args = parser.parse_args()
    results: dict = {"date": datetime.date.today().isoformat(), "machine": machine()}
    steps = [bench_slider, bench_classify_many, bench_parse_count, bench_import, bench_kernel_memory, bench_suite]
    if not args.no_browser:
        steps.insert(1, bench_browser)
        steps.insert(2, bench_pocket)
        steps.append(bench_workshop)
    if args.only:
        steps, args.no_readme = [{"pocket": bench_pocket, "workshop": bench_workshop}[args.only]], True
    for step in steps:
        print(f"... {step.__name__}", flush=True)
        results.update(step())
    out = ROOT / "build" / "bench.json"
    out.parent.mkdir(exist_ok=True)
    if args.only and out.is_file():  # keep the other measurements of the last full run
        results = {**json.loads(out.read_text(encoding="utf-8")), **results}
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\n{machine()}\n\n{table(results)}\n\nwritten: {out.relative_to(ROOT)}")
    if not args.no_readme:
        update_readme(results)
    missed = [k for k in TARGETS if k in results and verdict(k, results[k]).endswith("MISSED")]
    if missed:
        print(f"targets missed: {', '.join(missed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
