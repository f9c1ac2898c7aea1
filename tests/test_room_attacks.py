"""Attacks from the room on the workshop server (issue 24, item 4), each run on loopback.

The server is started as make app starts it (app/server/room.py and app/server/voila.py) with
small caps, so that every attack stays bounded: ROOM=2 prepared pages, at most 5 kernels (so
3 open pages), 2 pages per address. Each visitor comes from a loopback address of its own
(127.0.1.x), as each phone on the room's Wi-Fi has its own, and carries the cookie its page
set, as a browser does. Every attack is bounded in count (at most 12 requests) and time.

Against plain Voilà (before room.py) each test fails: a flood of page requests started a
kernel per request; one address could take every page; ``?template=lab`` or ``?theme=dark``
started a kernel outside the pool (and ``?template=lab`` loaded Font Awesome from a CDN);
a kernel id was enough to read another visitor's widgets and to shut their kernel down.
Each test prints the time its attack took and the peak memory of the server and its kernels.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import re
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest
from tornado.httpclient import AsyncHTTPClient, HTTPClientError
from tornado.websocket import websocket_connect

from tools import app_address, browser, visitors, workshop_bench

ROOT = Path(__file__).resolve().parents[1]

ROOM, CAP, PER_CLIENT = 2, 5, 2
PAGES = CAP - ROOM  # pages open at once
XSRF = "a1b2c3d4"  # any hex string: Voilà's XSRF check only compares the _xsrf cookie with the argument or header
ROOM_FULL = ("Ruangan sedang penuh", "The room is full")
DEVICE_FULL = ("Terlalu banyak halaman di perangkat ini", "Too many pages on this device")


@pytest.fixture(scope="module")
def server():
    with workshop_bench.workshop_server(ROOM, f"--max_kernels={CAP}", f"--max_per_client={PER_CLIENT}") as (url,
                                                                                                            process):
        assert workshop_bench.wait_for_pool(process, ROOM, timeout=300) < 300
        yield url, process


@pytest.fixture
def room(server):
    """The server, and a list where a test notes the pages it opened (kernel id, cookie, address):
    after the test each is shut down by its own browser, as a page closing does, and the pool
    has filled again, so every test starts with an empty room."""
    url, process = server
    opened: list[tuple[str, str, str]] = []
    yield url, process, opened
    for kernel_id, cookie, address in opened:
        asyncio.run(shut_down(url, kernel_id, cookie, address))
    workshop_bench.wait_for_pool(process, ROOM, gone={kernel_id for kernel_id, _, _ in opened}, timeout=120)


@contextlib.contextmanager
def watching(process, attack: str):
    """While the block runs, sample the memory of the server and its kernels and the number of
    kernels every 0.2 s; print the attack's time and peaks when it ends."""
    seen = {"rss_mb": 0.0, "kernels": 0}
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            seen["rss_mb"] = max(seen["rss_mb"], workshop_bench.rss_mb(workshop_bench.server_tree(process)))
            seen["kernels"] = max(seen["kernels"], len(workshop_bench.kernels(process)))
            stop.wait(0.2)

    sampler = threading.Thread(target=sample)
    start = time.monotonic()
    sampler.start()
    try:
        yield seen
    finally:
        stop.set()
        sampler.join()
        seen["s"] = time.monotonic() - start
        print(f"\n{attack}: {seen['s']:.1f} s, peak {seen['rss_mb']:.0f} MB (server and kernels),"
              f" at most {seen['kernels']} kernels")


async def fetch(url: str, address: str, cookie: str = "", method: str = "GET", body: str | None = None,
                headers: dict | None = None):
    """A request from ``address`` with ``cookie``; one that changes something (not a GET) carries
    an _xsrf pair (cookie and header), which anyone can make up, so Voilà's XSRF check passes."""
    if method != "GET":
        cookie = f"{cookie}; _xsrf={XSRF}" if cookie else f"_xsrf={XSRF}"
        headers = {"X-XSRFToken": XSRF, **(headers or {})}
    request = visitors.page_request(url, 120, address, cookie)
    request.method, request.body = method, body
    request.allow_nonstandard_methods = True
    request.headers.update(headers or {})
    return await AsyncHTTPClient().fetch(request, raise_error=False)


def page_kernel(response) -> str | None:
    found = visitors.KERNEL_ID.search(response.body.decode(errors="replace"))
    return found.group(1) if found else None


async def shut_down(url: str, kernel_id: str, cookie: str, address: str) -> int:
    """What a page does when it closes (Voilà's beacon): POST voila/api/shutdown/<id>."""
    response = await fetch(url + f"voila/api/shutdown/{kernel_id}", address, cookie, "POST", f"_xsrf={XSRF}",
                           {"Content-Type": "application/x-www-form-urlencoded"})
    return response.code


async def widget_states(socket, session: str, timeout: float = 60) -> int:
    """Ask a kernel for every widget's state as the page does; the number of states it sends."""
    comm_id = uuid.uuid4().hex
    visitors.send(socket, "comm_open", {"comm_id": comm_id, "target_name": visitors.CONTROL_TARGET, "data": {}},
                  session, {"version": visitors.CONTROL_VERSION})
    visitors.send(socket, "comm_msg", {"comm_id": comm_id, "data": {"method": "request_states"}}, session)
    deadline = time.monotonic() + timeout
    while True:
        message = await visitors._read(socket, deadline)
        data = message["content"].get("data", {})
        if message["msg_type"] == "comm_msg" and data.get("method") == "update_states":
            return len(data.get("states", {}))


def assert_room_full_page(response, titles: tuple[str, str]) -> None:
    body = response.body.decode()
    assert response.code == 503 and response.headers.get("Retry-After") == "30", (response.code, body[:300])
    assert all(title in body for title in titles), body[:500]
    assert 'lang="id"' in body and 'lang="en"' in body and not page_kernel(response)


def test_a_flood_of_page_requests_stops_at_the_cap(room):
    """12 page requests at once from 4 addresses: 3 pages (the cap) are served, 9 get the room-full
    page, and the server never holds more than 5 kernels, the pool refilled included."""
    url, process, opened = room
    addresses = [visitors.visitor_address(i) for i in range(4)] * 3

    async def flood():
        AsyncHTTPClient.configure(None, max_clients=20)
        return await asyncio.gather(*(fetch(url, address) for address in addresses))

    with watching(process, "flood of 12 page requests") as seen:
        start = time.monotonic()
        responses = asyncio.run(flood())
        print(f"\n12 answers in {time.monotonic() - start:.1f} s: {sorted(r.code for r in responses)}")
        served = [(page_kernel(r), visitors.cookies_set(r), a) for r, a in zip(responses, addresses) if r.code == 200]
        opened.extend(served)
        workshop_bench.wait_for_pool(process, CAP, timeout=120)  # the pool refills after its kernels were taken
        time.sleep(3)
    assert len(served) == PAGES, [r.code for r in responses]
    for response in responses:
        if response.code != 200:
            assert_room_full_page(response, ROOM_FULL if "Ruangan" in response.body.decode() else DEVICE_FULL)
    assert seen["kernels"] <= CAP, seen
    assert len(workshop_bench.kernels(process)) == CAP


def test_one_address_holds_at_most_its_share(room):
    """From one address, a third page gets the device's room-full page, however the request
    names itself (X-Forwarded-For is not believed); another address is still served."""
    url, process, opened = room
    address = visitors.visitor_address(10)
    codes = []
    with watching(process, "4 page requests from one address"):
        for n in range(4):
            response = asyncio.run(fetch(url, address, headers={"X-Forwarded-For": f"10.0.0.{n + 1}"}))
            codes.append(response.code)
            if response.code == 200:
                opened.append((page_kernel(response), visitors.cookies_set(response), address))
            else:
                assert_room_full_page(response, DEVICE_FULL)
    assert codes == [200] * PER_CLIENT + [503] * (4 - PER_CLIENT), codes
    other = asyncio.run(fetch(url, visitors.visitor_address(11)))
    assert other.code == 200 and page_kernel(other)
    opened.append((page_kernel(other), visitors.cookies_set(other), visitors.visitor_address(11)))


@pytest.mark.parametrize("query", ["?template=lab", "?theme=dark", "?template=lab&theme=dark&lang=en",
                                   "?voila-template=lab&voila-theme=dark"])
def test_template_and_theme_overrides_give_our_page_from_the_pool(room, query):
    url, process, opened = room
    address = visitors.visitor_address(20)
    with watching(process, f"page with {query}"):
        response = asyncio.run(fetch(url + query, address))
    kernel_id = page_kernel(response)
    assert response.code == 200 and kernel_id, response.code
    opened.append((kernel_id, visitors.cookies_set(response), address))
    html = response.body.decode()
    links = re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)""", html)
    assert len(links) >= 3 and not [link for link in links if re.match(r"(?:[a-z]+:)?//", link)], links
    assert "cdn.jsdelivr" not in html and '"jupyterLabTheme": "light"' in html
    assert kernel_id in workshop_bench.kernels(process)
    assert not workshop_bench.started_by_visitors(process)  # a kernel from the pool, none started for this page


async def _hijack(url: str) -> dict:
    """A visitor opens the app; another visitor, who knows the first one's kernel id, tries every
    route that names a kernel, with no cookie and with the cookie of a page of its own."""
    victim, attacker = visitors.visitor_address(30), visitors.visitor_address(31)
    page = await fetch(url, victim)
    victim_id, victim_cookie = page_kernel(page), visitors.cookies_set(page)
    session = uuid.uuid4().hex
    victim_socket = await visitors.connect(url, victim_id, session, 60, victim_cookie, victim)
    found = {"victim": (victim_id, victim_cookie, victim),
             "victim_widgets": await widget_states(victim_socket, session)}
    own = await fetch(url, attacker)
    found["attacker"] = (page_kernel(own), visitors.cookies_set(own), attacker)
    ws_base = url.replace("http://", "ws://", 1)
    tries = {}
    whos = (("no cookie", ""), ("own cookie", found["attacker"][1]))
    for who, cookie in whos:  # reading first
        try:
            socket = await visitors.connect(url, victim_id, uuid.uuid4().hex, 30, cookie, attacker)
            tries[f"{who}: websocket"] = f"read {await widget_states(socket, session, 30)} widget states"
            socket.close()
        except HTTPClientError as error:
            tries[f"{who}: websocket"] = error.code
        try:
            request = visitors.page_request(ws_base + f"voila/query/{victim_id}", 30, attacker, cookie)
            socket = await asyncio.wait_for(websocket_connect(request), 30)
            tries[f"{who}: request info"] = f"read {await asyncio.wait_for(socket.read_message(), 5)}"
            socket.close()
        except HTTPClientError as error:
            tries[f"{who}: request info"] = error.code
        except TimeoutError:
            tries[f"{who}: request info"] = "connected"
        tries[f"{who}: GET api/kernels/<id>"] = (await fetch(url + f"api/kernels/{victim_id}", attacker, cookie)).code
    for who, cookie in whos:  # then ending the kernel
        tries[f"{who}: POST voila/api/shutdown/<id>"] = await shut_down(url, victim_id, cookie, attacker)
        tries[f"{who}: DELETE api/kernels/<id>"] = (await fetch(url + f"api/kernels/{victim_id}", attacker, cookie,
                                                                "DELETE")).code
    found["tries"] = tries
    # The victim's page goes on: its websocket still answers, and it may still ask about its kernel.
    found["victim_widgets_after"] = await widget_states(victim_socket, session)
    found["victim_own_get"] = (await fetch(url + f"api/kernels/{victim_id}", victim, victim_cookie)).code
    victim_socket.close()
    return found


def test_another_visitors_kernel_id_is_refused_on_every_kernel_route(room):
    url, process, opened = room
    with watching(process, "another visitor's kernel id on every kernel route"):
        found = asyncio.run(_hijack(url))
    opened.extend([found["victim"], found["attacker"]])
    assert found["victim_widgets"] >= 50
    assert found["tries"] and all(code == 403 for code in found["tries"].values()), found["tries"]
    assert found["victim"][0] in workshop_bench.kernels(process)  # still running
    assert found["victim_widgets_after"] == found["victim_widgets"] and found["victim_own_get"] == 200


def test_a_page_shuts_down_its_own_kernel_when_it_closes(room):
    """The refusals are about whose kernel it is: the page's own browser still ends it (Voilà's beacon)."""
    url, process, opened = room
    address = visitors.visitor_address(40)
    response = asyncio.run(fetch(url, address))
    kernel_id, cookie = page_kernel(response), visitors.cookies_set(response)
    assert kernel_id in workshop_bench.kernels(process)
    assert asyncio.run(shut_down(url, kernel_id, cookie, address)) == 204
    deadline = time.monotonic() + 30
    while kernel_id in workshop_bench.kernels(process) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert kernel_id not in workshop_bench.kernels(process)


def test_a_browser_closing_its_page_frees_the_kernel_at_once(room):
    """Chromium opens the app (its websocket carries the page's cookie) and leaves: the page's
    shutdown beacon ends the kernel at once. Before, the page set no _xsrf cookie, the beacon
    was refused (403) and the kernel lived on until culled, 60-70 s later."""
    browser.require_chromium()
    url, process, opened = room
    with browser.chromium_page(width=390, height=900) as page:
        page.goto(url)
        page.wait_for_selector(workshop_bench.SLIDER, state="visible", timeout=120_000)
        kernel_id = workshop_bench.page_kernel(page)
        assert kernel_id in workshop_bench.kernels(process)
        page.goto("about:blank")
        deadline = time.monotonic() + 15
        while kernel_id in workshop_bench.kernels(process) and time.monotonic() < deadline:
            time.sleep(0.5)
    assert kernel_id not in workshop_bench.kernels(process)


# The caps' defaults, messages and page, without a server: app/server/room.py loaded by its
# path (a folder on sys.path would put its voila.py, the settings, before the voila package).
_spec = importlib.util.spec_from_file_location("workshop_room", ROOT / "app" / "server" / "room.py")
workshop_room = sys.modules["workshop_room"] = importlib.util.module_from_spec(_spec)  # dataclasses look it up
_spec.loader.exec_module(workshop_room)


def test_the_default_caps_fit_a_room_of_30_on_a_24_gb_laptop():
    assert workshop_room.default_max_kernels(30) == 90  # 30 prepared, 60 open pages: two per participant
    assert workshop_room.default_max_kernels(2) == 6 and workshop_room.default_max_kernels(0) == 6
    assert workshop_room.default_max_kernels(30) * workshop_room.KERNEL_MB / 1000 < 12  # GB, half the laptop
    assert workshop_room.KERNEL_MB == app_address.KERNEL_MB


def test_the_server_prints_its_caps_in_both_languages():
    printed = workshop_room.limits_message(90, 30, 4)
    assert "Limits: at most 90 kernels (about 11.7 GB): 30 pages prepared and 60 open pages, 4 per device" in printed
    assert "Batas: paling banyak 90 kernel (sekitar 11,7 GB): 30 halaman disiapkan dan 60 halaman terbuka" in printed
    assert "make app MAX_KERNELS=... PER_CLIENT=..." in printed


@pytest.mark.parametrize(("asked", "total", "pool", "per_client", "named"), [
    (20, 20, 30, 4, "max_kernels = 20"), (2, 2, 2, 4, "max_kernels = 2"), (90, 90, 30, 0, "max_per_client = 0"),
    (90, 90, 30, 101, "max_per_client = 101")])
def test_caps_that_cannot_work_are_refused_in_both_languages(asked, total, pool, per_client, named):
    problem = workshop_room.limits_problem(asked, total, pool, per_client)
    assert problem and problem.count(named) == 2 and ("harus" in problem or "isi" in problem)
    assert workshop_room.limits_problem(90, 90, 30, 4) is None


@pytest.mark.parametrize(("name", "bad"), [("MAX_KERNELS", "abc"), ("MAX_KERNELS", "-1"), ("MAX_KERNELS", "1001"),
                                         ("MAX_KERNELS", ""), ("PER_CLIENT", "0"), ("PER_CLIENT", "101"),
                                         ("PER_CLIENT", "3.5")])
def test_make_app_refuses_bad_caps_in_both_languages(name, bad, capsys):
    argv = ["0.0.0.0", "8866", "30", "0", "4"]
    assert app_address.main(argv) == 0
    argv[3 if name == "MAX_KERNELS" else 4] = bad
    assert app_address.main(argv) == 2
    error = capsys.readouterr().err
    assert error.count(f"{name} = {bad!r}") == 2 and "give" in error and "isi dengan" in error


@pytest.mark.parametrize("reason", ["room", "device"])
def test_the_room_full_page_speaks_both_languages_and_loads_nothing(reason):
    html = workshop_room.room_full_page(reason, 3)
    titles = ROOM_FULL if reason == "room" else DEVICE_FULL
    assert all(title in html for title in titles) and 'lang="id"' in html and 'lang="en"' in html
    assert " 3 halaman" in html and " 3 pages" in html
    assert not re.findall(r"""(?:src|href)\s*=""", html)  # no script, stylesheet or picture to fetch
