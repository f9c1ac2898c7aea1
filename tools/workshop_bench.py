"""The workshop step of make bench (issue 14): a room of 30 opening the Voilà app at once.

The server is started as ``make app HOST=0.0.0.0`` starts it (app/server/voila.py, a pool of
ROOM = 30 pages prepared ahead), but on 127.0.0.1. Phones are separate devices, so the room is played by lightweight
visitors (tools/visitors.py: page, websocket, widget states, no rendering) while one real
browser (Debian's Chromium) measures what a participant sees. Figures:

- ``workshop_first_slider_s_alone``: page opened to first slider handle visible, no one else there.
- ``workshop_first_slider_s_in_30``: the same while 29 visitors arrive at the same moment.
- ``workshop_visitors_served_30``: of the 30, how many got a whole page and their widgets.
- ``workshop_rss_mb_per_visitor``: mean resident memory of the kernels serving the wave.
- ``workshop_kernels_left_after_close``: the wave's kernels still alive 2 minutes after it left.
- ``workshop_idle_rss_ratio``: server memory (server and kernels) 2 minutes after the wave
  left, over its memory just before the wave.

    python tools/bench.py --only workshop
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import psutil

from tools import browser, visitors

ROOT = Path(__file__).resolve().parents[1]

ROOM = 30
HOLD_S = 30  # how long the visitors keep their pages open
AFTER_S = 120  # the "2 minutes after the wave closes"
WAVE_TIMEOUT_S = 400  # a visitor gives up after this (each one starts a kernel of its own)
SLIDER = ".widget-hslider .noUi-handle"


def server_tree(process: subprocess.Popen) -> list[psutil.Process]:
    with contextlib.suppress(psutil.Error):
        root = psutil.Process(process.pid)
        return [root, *root.children(recursive=True)]
    return []


def rss_mb(processes: list[psutil.Process]) -> float:
    total = 0
    for proc in processes:
        with contextlib.suppress(psutil.Error):
            total += proc.memory_info().rss
    return total / 2**20


def kernels(process: subprocess.Popen) -> dict[str, psutil.Process]:
    """The server's kernels by kernel id (read from each kernel's connection file name)."""
    found = {}
    for proc in server_tree(process)[1:]:
        with contextlib.suppress(psutil.Error):
            for arg in proc.cmdline():
                name = Path(arg).name
                if name.startswith("kernel-") and name.endswith(".json"):
                    found[name[len("kernel-"):-len(".json")]] = proc
    return found


def started_by_visitors(process: subprocess.Popen) -> set[str]:
    """Kernels not started by Voilà for its pool of prepared pages (pooled kernels carry
    VOILA_PREHEAT=True in their environment; a kernel made any other way would not)."""
    found = set()
    for kernel_id, proc in kernels(process).items():
        with contextlib.suppress(psutil.Error):
            if proc.environ().get("VOILA_PREHEAT") != "True":
                found.add(kernel_id)
    return found


def first_slider_s(page, url: str) -> float:
    """Seconds until the first slider handle shows; WAVE_TIMEOUT_S when it never does (reported)."""
    from playwright.sync_api import TimeoutError as PageTimeout

    start = time.monotonic()
    try:
        page.goto(url, wait_until="commit", timeout=WAVE_TIMEOUT_S * 1000)
        page.wait_for_selector(SLIDER, state="visible", timeout=WAVE_TIMEOUT_S * 1000)
    except PageTimeout:
        print(f"    no slider after {WAVE_TIMEOUT_S} s: recorded as {WAVE_TIMEOUT_S} s", flush=True)
        return float(WAVE_TIMEOUT_S)
    return time.monotonic() - start


@contextlib.contextmanager
def workshop_server(room: int = 2, *options: str):
    """The app served as make app serves it (ROOM=``room``, and ``options`` such as
    ``--max_kernels=5``), from a copy of app/, on a free loopback port."""
    with tempfile.TemporaryDirectory(prefix="influtier-workshop-") as tmp:
        served = Path(tmp) / "app"
        shutil.copytree(ROOT / "app", served, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))

        def start(port: int) -> subprocess.Popen:
            return browser._start_voila(port, served / "workshop.ipynb", Path(tmp), f"--pool_size={room}", *options)

        with browser.serve(start, "/voila/static/voila.js", Path(tmp), 120, "Voilà") as (url, process):
            yield f"{url}/", process


def page_kernel(page) -> str | None:
    found = visitors.KERNEL_ID.search(page.content())
    return found.group(1) if found else None


def wait_for_pool(process: subprocess.Popen, room: int, gone: set[str] = frozenset(), timeout: float = 600) -> float:
    """Wait until the kernels in ``gone`` are shut down and ``room`` kernels (the pool) have
    run the app and gone quiet (the server's processes use under 5 % of a core)."""
    start, quiet = time.monotonic(), 0
    while time.monotonic() - start < timeout and quiet < 3:  # quiet three times in a row (6 s)
        found = kernels(process)
        ready = not gone & found.keys() and len(found) >= room
        quiet = quiet + 1 if ready and cpu_share(process) < 0.05 else 0
        if not ready:
            time.sleep(1)  # cpu_share() waits otherwise; without this the loop spun a core until the timeout
    return time.monotonic() - start


def cpu_share(process: subprocess.Popen, seconds: float = 2) -> float:
    """Cores used by the server and its kernels over ``seconds``."""
    def total() -> float:
        used = 0.0
        for proc in server_tree(process):
            with contextlib.suppress(psutil.Error):
                times = proc.cpu_times()
                used += times.user + times.system
        return used
    before = total()
    time.sleep(seconds)
    return (total() - before) / seconds


def bench_workshop(room: int = ROOM) -> dict:
    with workshop_server(room) as (url, process), browser.chromium_page(width=412, height=900) as page:
        ready_s = wait_for_pool(process, room)
        print(f"    pool of {room} prepared in {ready_s:.0f} s", flush=True)
        alone = first_slider_s(page, url)
        mine = {page_kernel(page)}
        page.goto("about:blank")  # leaving the page: Voilà shuts its kernel down
        wait_for_pool(process, room, gone=mine)
        before = rss_mb(server_tree(process))
        idle_kernels = len(kernels(process))

        results: list[dict] = []
        wave = threading.Thread(target=lambda: results.extend(
            asyncio.run(visitors.wave(url, room - 1, HOLD_S, timeout=WAVE_TIMEOUT_S))))
        wave.start()
        in_room = first_slider_s(page, url)
        wave_ids = {page_kernel(page)}
        wave.join(timeout=WAVE_TIMEOUT_S + HOLD_S + 60)
        served = sum(r["served"] for r in results) + (in_room < WAVE_TIMEOUT_S)  # and the real browser
        wave_ids |= {r["kernel_id"] for r in results if r.get("kernel_id")}
        wave_ids.discard(None)
        # Read right after the visitors left: their kernels live on until culled (60 s idle).
        sizes = [rss_mb([proc]) for kernel_id, proc in kernels(process).items() if kernel_id in wave_ids]
        per_visitor = statistics.mean(sizes) if sizes else float("nan")
        page.goto("about:blank")
        time.sleep(AFTER_S)
        left = len(wave_ids & kernels(process).keys())
        after = rss_mb(server_tree(process))
        print(f"    before the wave: {before:.0f} MB in {idle_kernels} kernels; {AFTER_S} s after: {after:.0f} MB"
              f" in {len(kernels(process))} kernels", flush=True)
    return {"workshop_first_slider_s_alone": alone, "workshop_first_slider_s_in_30": in_room,
            "workshop_visitors_served_30": float(served), "workshop_rss_mb_per_visitor": per_visitor,
            "workshop_kernels_left_after_close": float(left), "workshop_idle_rss_ratio": after / before,
            "workshop_pool_ready_s": ready_s, "workshop_rss_mb_before_wave": before,
            "workshop_rss_mb_after_wave": after}
