"""The workshop server (make app, issue 14): what a visitor can and cannot reach.

The app is served as ``make app`` serves it (app/server/voila.py) on
127.0.0.1. A visitor gets the page and its own kernel's widgets, and nothing else: no
contents, files, kernel listing or new kernels over HTTP, and no code execution over the
kernel's websocket. Also: the address printed by make app, and the load tool's limits.
"""

from __future__ import annotations

import asyncio
import json
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest
from jupyter_server.services.kernels.connection.base import deserialize_msg_from_ws_v1

from tools import app_address, visitors, workshop_bench

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def server():
    with workshop_bench.workshop_server() as (url, process):
        assert workshop_bench.wait_for_pool(process, 2) < 300  # make app's two prepared pages
        assert len(workshop_bench.kernels(process)) >= 2 and not workshop_bench.started_by_visitors(process)
        yield url, process


def status(url: str, method: str = "GET") -> int:
    request = urllib.request.Request(url, method=method, data=b"{}" if method == "POST" else None)
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_a_visitor_is_served_a_whole_page_and_its_own_kernel(server):
    url, _ = server
    first, second = asyncio.run(visitors.wave(url, 2, hold=0, timeout=300))
    assert first["served"] and second["served"], (first, second)
    assert first["widgets"] >= 50  # every widget's state, as the page asks for it
    assert first["kernel_id"] != second["kernel_id"]  # each visitor has a kernel of its own


def test_the_page_names_no_other_host(server):
    """A room without internet must not wait on a CDN: every src and href in the page is
    on this server (Voilà's lab template asks cdn.jsdelivr.net for Font Awesome; ours,
    app/server/jupyter/voila/templates/influtier, does not)."""
    import re

    url, _ = server
    with urllib.request.urlopen(url, timeout=120) as response:
        html = response.read().decode()
    links = re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)""", html)
    assert len(links) >= 3, links  # the page's scripts and stylesheets were found
    elsewhere = [link for link in links if re.match(r"(?:[a-z]+:)?//", link) and not link.startswith(url)]
    assert not elsewhere, elsewhere


@pytest.mark.parametrize("path", [
    "api/contents", "api/contents/workshop.ipynb", "api/kernels", "api/sessions", "api/terminals",
    "api/kernelspecs", "tree", "lab", "files/workshop.ipynb", "voila/files/workshop.ipynb",
    "voila/files/server/voila.py", "voila/tree", "voila/render/workshop.ipynb", "voila/api/contents",
    "api/config/notebook", "terminals/1",
])
def test_no_contents_files_or_kernel_listing_over_http(server, path):
    url, process = server
    code = status(url + path)
    assert code in (403, 404, 405), f"GET /{path} answered {code}"
    assert not workshop_bench.started_by_visitors(process)  # and it started no kernel outside the pool


@pytest.mark.parametrize("path", ["api/kernels", "api/sessions", "api/terminals", "api/contents"])
def test_no_kernel_or_file_can_be_created(server, path):
    url, process = server
    code = status(url + path, "POST")
    assert code in (403, 404, 405), f"POST /{path} answered {code}"
    assert not workshop_bench.started_by_visitors(process)


async def _try_to_execute(url: str, marker: Path) -> list[str]:
    """Open a page, then send an execute_request for code that would write ``marker``; a
    kernel_info_request follows so that we know when the kernel has handled both."""
    from tornado.httpclient import AsyncHTTPClient

    response = await AsyncHTTPClient().fetch(visitors.page_request(url, 120))
    kernel_id = visitors.KERNEL_ID.search(response.body.decode()).group(1)
    session = uuid.uuid4().hex
    socket = await visitors.connect(url, kernel_id, session, 60, visitors.cookies_set(response))  # as the page would
    code = f"open({str(marker)!r}, 'w').write('ran')"
    visitors.send(socket, "execute_request", {"code": code, "silent": False, "store_history": False,
                                              "user_expressions": {}, "allow_stdin": False, "stop_on_error": True},
                  session)
    visitors.send(socket, "kernel_info_request", {}, session)
    seen, deadline = [], time.monotonic() + 60
    while time.monotonic() < deadline:
        message = await visitors._read(socket, deadline)
        seen.append(message["msg_type"])
        if message["msg_type"] == "kernel_info_reply":
            break
    socket.close()
    return seen


def test_a_visitor_cannot_run_code_through_the_kernel_websocket(server, tmp_path):
    url, _ = server
    marker = tmp_path / "ran.txt"
    seen = asyncio.run(_try_to_execute(url, marker))
    assert "kernel_info_reply" in seen  # the channel works: allowed messages get answers
    assert "execute_reply" not in seen and "execute_result" not in seen
    time.sleep(1)
    assert not marker.exists()


def test_the_server_listens_on_loopback_only(server):
    url, process = server
    listening = {conn.laddr.ip for proc in workshop_bench.server_tree(process)[:1]
                 for conn in proc.net_connections(kind="tcp") if conn.status == "LISTEN"}
    assert listening == {"127.0.0.1"}, listening


def test_make_app_prints_the_address_and_a_warning_for_the_room():
    local = app_address.message("127.0.0.1", 8866, None)
    assert "http://127.0.0.1:8866/" in local and "Only this machine" in local and "WARNING" not in local
    room = app_address.message("0.0.0.0", 8870, "192.168.1.20")
    assert "Participants type: http://192.168.1.20:8870/" in room
    assert "WARNING: anyone on this network" in room
    assert app_address.main(["0.0.0.0", "port"]) == 2


@pytest.mark.parametrize("bad", ["abc", "-1", "101", "3.5", ""])
def test_make_app_refuses_a_bad_room_in_both_languages(bad, capsys):
    assert app_address.main(["0.0.0.0", "8866", bad]) == 2
    error = capsys.readouterr().err
    assert f"ROOM = {bad!r}" in error and "number of participants" in error and "jumlah peserta" in error


def test_make_app_says_what_the_prepared_pages_cost(capsys):
    assert app_address.main(["0.0.0.0", "8866", "30"]) == 0
    printed = capsys.readouterr().out
    gb = 30 * app_address.KERNEL_MB / 1000
    assert f"30 pages are prepared ahead, about {gb:.1f} GB" in printed
    assert f"30 halaman disiapkan lebih dulu, memakai memori sekitar {gb:.1f} GB".replace(".", ",") in printed
    assert app_address.main(["127.0.0.1", "8866", "2"]) == 0
    assert "prepared ahead" not in capsys.readouterr().out  # alone on this machine: no room advice


def test_the_load_tool_stays_on_this_machine_and_bounded():
    with pytest.raises(ValueError, match="url = 'http://10.0.0.5:8866/'"):
        visitors.check_url("http://10.0.0.5:8866/")
    with pytest.raises(ValueError, match="address = '10.0.0.5'"):
        visitors.check_address("10.0.0.5")
    assert visitors.visitor_address(0) == "127.0.1.1" and visitors.visitor_address(99) == "127.0.1.100"
    with pytest.raises(ValueError, match="count = 101"):
        asyncio.run(visitors.wave("http://127.0.0.1:8866/", 101, hold=0))
    with pytest.raises(ValueError, match="hold = 601"):
        asyncio.run(visitors.wave("http://127.0.0.1:8866/", 1, hold=601))
    frame, msg_id = visitors._message("kernel_info_request", {}, "s")
    channel, parts = deserialize_msg_from_ws_v1(frame)  # the page's protocol, read back by the server's reader
    assert channel == "shell" and json.loads(parts[0])["msg_id"] == msg_id
    assert json.loads(parts[0])["msg_type"] == "kernel_info_request"
