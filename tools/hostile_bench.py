"""What each hostile input of issue 24 costs the shortlist reader: time and peak memory.

Each input (tests/hostile_inputs.py) is read in a fresh Python process, as a kernel would
read an upload, with its memory capped (RLIMIT_AS, default 6 GB) and a time limit, so an
input that blows up cannot take the machine with it. Prints one line per input: what
happened, seconds, and the process's peak resident memory above its size after imports.

    python -m tools.hostile_bench                 # the reader of this checkout
    PYTHONPATH=/path/to/old/checkout python -m tools.hostile_bench   # another version's reader
    python -m tools.hostile_bench --app           # the same uploads through the workshop app
                                                  # (Voilà, Chromium): kernel and server memory

The ``--app`` run starts the app as ``make app`` does, on 127.0.0.1, uploads each file with
the page's upload button and samples the resident memory of the Voilà server and of the
page's kernel every 50 ms until the page shows the result.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from tests import hostile_inputs

ROOT = Path(__file__).resolve().parents[1]


# name -> (maker, how it is given to the reader: "bytes", "text" or "path")
INPUTS = {
    "pasted /etc/passwd": (lambda: "/etc/passwd", "paste"),
    "pasted ../app/server/voila.py": (lambda: "../app/server/voila.py", "paste"),
    "xlsx: row 99999999999": (hostile_inputs.xlsx_row_gap, "bytes"),
    "xlsx: 20k cells in column XFD": (hostile_inputs.xlsx_last_column, "bytes"),
    "xlsx: 200 MB shared strings (zip bomb)": (hostile_inputs.xlsx_shared_strings_bomb, "bytes"),
    "xlsx: 200 MB sheet (zip bomb)": (hostile_inputs.xlsx_sheet_bomb, "bytes"),
    "xlsx: ZIP directory lies about size": (hostile_inputs.xlsx_lying_size, "bytes"),
    "xlsx: broken XML": (hostile_inputs.xlsx_broken_xml, "bytes"),
    "xlsx: damaged deflate stream": (hostile_inputs.xlsx_corrupt_stream, "bytes"),
    "xlsx: percent cell, formula without value": (hostile_inputs.xlsx_percent_and_formula, "bytes"),
    "xlsx: formula-looking handles": (hostile_inputs.xlsx_formula_cells, "bytes"),
    "csv: formula-looking handles": (hostile_inputs.csv_formula_cells, "bytes"),
    "csv: vertical tab, escape in cells": (hostile_inputs.csv_control_characters, "bytes"),
    "csv: counts 2e15 and 2^63": (hostile_inputs.csv_huge_counts, "bytes"),
    "csv: 200,000 rows (3.8 MB)": (hostile_inputs.csv_many_rows, "bytes"),
    "csv: 9 MB": (hostile_inputs.csv_too_big, "bytes"),
    "csv: mixed UTF-8 and Windows-1252": (hostile_inputs.csv_mixed_encodings, "bytes"),
    "csv: duplicate handles": (hostile_inputs.csv_duplicates, "bytes"),
    "pasted English spreadsheet": (lambda: hostile_inputs.ENGLISH_PASTE, "paste"),
}

# Run in the child: read the input the way the app does (upload bytes, or pasted text; an old
# reader without text= takes the text as its source), then build both downloads.
CHILD = r"""
import json, resource, sys, time
from pathlib import Path
how, path = sys.argv[1], Path(sys.argv[2])
from influtier_lite.core.accounts import read_accounts, to_csv_bytes, to_xlsx_bytes
import influtier_lite.core.accounts as accounts
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
try:
    if how == "paste":
        pasted = path.read_text(encoding="utf-8")
        try:
            result = read_accounts(text=pasted)
        except TypeError:  # a reader from before text=
            result = read_accounts(pasted)
    else:
        result = read_accounts(path.read_bytes(), name="upload")
    to_csv_bytes(result.table), to_xlsx_bytes(result.table)
    kinds = sorted({p.kind for p in result.problems})
    outcome = f"read: {len(result.table)} rows" + (f", problems: {', '.join(kinds)}" if kinds else "")
except Exception as error:
    first = str(error).splitlines()[-1] if str(error) else ""
    outcome = f"{type(error).__name__}: {first[:90]}"
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"outcome": outcome, "seconds": seconds, "peak_mb": (peak - base) / 1024}))
"""


def bench_reader(names: list[str], memory_gb: float, timeout: float) -> list[dict]:
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for name in names:
            maker, how = INPUTS[name]
            data = maker()
            path = Path(folder) / "input"
            path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
            limit = int(memory_gb * 2**30)

            def cap(limit: int = limit) -> None:
                import resource

                resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

            started = time.perf_counter()
            try:
                done = subprocess.run([sys.executable, "-c", CHILD, how, str(path)], capture_output=True, text=True,
                                      timeout=timeout, preexec_fn=cap, cwd=folder)
                if done.returncode == 0:
                    row = json.loads(done.stdout.strip().splitlines()[-1])
                else:
                    tail = (done.stderr.strip().splitlines() or ["?"])[-1]
                    row = {"outcome": f"crashed: {tail[:90]}", "seconds": time.perf_counter() - started,
                           "peak_mb": float("nan")}
            except subprocess.TimeoutExpired:
                row = {"outcome": f"still running after {timeout:.0f} s (stopped)", "seconds": timeout,
                       "peak_mb": float("nan")}
            row["input"] = name
            results.append(row)
            print(f"{name:45} {row['seconds']:7.2f} s {row['peak_mb']:8.0f} MB  {row['outcome']}", flush=True)
    return results


class Sampler(threading.Thread):
    """The peak resident memory (MB) of some processes, sampled every 50 ms."""

    def __init__(self, processes) -> None:
        super().__init__(daemon=True)
        self.processes, self.peak, self.running = processes, 0.0, True

    def run(self) -> None:
        import psutil

        while self.running:
            total = 0
            for process in self.processes:
                try:
                    total += process.memory_info().rss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total / 2**20)
            time.sleep(0.05)


def bench_app(names: list[str], timeout: float) -> list[dict]:
    """Each upload through the workshop app in Chromium: the kernel's and the server's peak."""
    import psutil

    from tools import browser, workshop_bench

    results = []
    with workshop_bench.workshop_server() as (url, process), browser.chromium_page() as page:
        workshop_bench.wait_for_pool(process, 2)
        server = psutil.Process(process.pid)
        for name in names:
            maker, how = INPUTS[name]
            before = set(workshop_bench.kernels(process))
            page.goto(url)  # workshop_server's address ends in "/"
            page.get_by_text("Akun pilihan Anda", exact=True).click()
            kernel = workshop_bench.page_kernel(page)
            kernels = workshop_bench.kernels(process)
            watched = [server] + ([kernels[kernel]] if kernel in kernels else [])
            base = {p.pid: p.memory_info().rss / 2**20 for p in watched}
            samplers = [Sampler([p]) for p in watched]
            for sampler in samplers:
                sampler.start()
            started = time.perf_counter()
            data = maker()
            if how == "paste":
                page.locator(".widget-textarea textarea").first.fill(data)
                page.get_by_role("button", name="Baca teks yang ditempel").click()
            else:
                with page.expect_file_chooser() as chooser:
                    page.locator(".widget-upload").first.click()
                chooser.value.set_files(files=[{"name": "unggahan.bin", "mimeType": "application/octet-stream",
                                                "buffer": data}])
            outcome = "no answer"
            deadline = time.perf_counter() + timeout
            while time.perf_counter() < deadline:
                text = page.locator(".influtier-shortlist-input").inner_text()
                answered = [line for line in text.splitlines() if "unggahan.bin:" in line
                            or "teks yang ditempel:" in line or line.startswith("Terlalu besar")]
                if answered:
                    outcome = answered[0][:100]
                    break
                time.sleep(0.1)
            seconds = time.perf_counter() - started
            for sampler in samplers:
                sampler.running = False
            row = {"input": name, "outcome": outcome, "seconds": seconds,
                   "server_mb": samplers[0].peak - base[server.pid],
                   "kernel_mb": samplers[1].peak - base[watched[1].pid] if len(samplers) > 1 else float("nan"),
                   "kernels_before": len(before)}
            results.append(row)
            print(f"{name:45} {seconds:7.2f} s  kernel +{row['kernel_mb']:6.0f} MB  server +{row['server_mb']:6.0f} MB"
                  f"  {outcome}", flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", action="store_true", help="upload through the workshop app in Chromium")
    parser.add_argument("--only", action="append", default=[], help="inputs whose name contains this")
    parser.add_argument("--memory-gb", type=float, default=6, help="memory cap of each reading process")
    parser.add_argument("--timeout", type=float, default=120, help="seconds before an input is stopped")
    args = parser.parse_args()
    names = [n for n in INPUTS if not args.only or any(o in n for o in args.only)]
    if not names:
        raise SystemExit(f"no input matches {args.only}; inputs: {', '.join(INPUTS)}")
    print(f"reader: {'workshop app' if args.app else 'read_accounts'} from "
          f"{os.environ.get('PYTHONPATH') or ROOT}", flush=True)
    results = bench_app(names, args.timeout) if args.app else bench_reader(names, args.memory_gb, args.timeout)
    out = ROOT / "build" / ("hostile_app.json" if args.app else "hostile_reader.json")
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(f"written: {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
