"""Lightweight workshop visitors: load the Voilà app as phones would, without rendering.

Each visitor is a phone of its own, as a browser behaves: its own loopback address (127.0.1.N;
the workshop server caps the pages per address) and the cookie the page sets (the server lets
only that browser use the page's kernel). It requests the page, reads its kernel id, opens that
kernel's websocket with the cookie and asks for every widget's state as the browser's widget
manager does (a ``jupyter.widget.control`` comm, protocol 1.0.0, then ``request_states``; the
kernel answers ``update_states``), then holds the websocket open for ``hold`` seconds and
closes. A visitor is *served* when the page arrived whole (status 200, the app's widget view in
it, ``</html>``) and its own kernel sent the states of at least as many widgets as the page
shows.

Loopback only (127.0.0.1 / localhost), at most 100 visitors, and every wait is bounded, so a
run always stops by itself:

    python tools/visitors.py http://127.0.0.1:8866/ --count 30 --hold 20
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
import time
import uuid
from datetime import UTC, datetime
from urllib.parse import urlsplit

from jupyter_server.services.kernels.connection.base import deserialize_msg_from_ws_v1, serialize_msg_to_ws_v1
from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.websocket import websocket_connect

MAX_VISITORS = 100
LOOPBACK = ("127.0.0.1", "localhost")
KERNEL_ID = re.compile(r'"kernelId":\s*"([0-9a-f-]{36})"')
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def check_address(address: str) -> str:
    """A source address for a visitor, refused unless it is a loopback address (127.x.y.z)."""
    if not re.fullmatch(r"127(?:\.\d{1,3}){3}", address):
        raise ValueError(f"address = {address!r}: only a loopback address (127.x.y.z) may be used")
    return address


def visitor_address(index: int) -> str:
    """The loopback address of the ``index``-th visitor of a wave (127.0.1.1 for the first)."""
    return f"127.0.1.{index + 1}"


def page_request(url: str, timeout: float, address: str = "127.0.0.1", cookie: str = "") -> HTTPRequest:
    """A request from ``address`` carrying ``cookie``, as a browser on that machine would send it."""
    return HTTPRequest(url, request_timeout=timeout, network_interface=check_address(address),
                       headers={"Cookie": cookie} if cookie else None)


def cookies_set(response) -> str:
    """The cookies a response sets, as the browser sends them back (``name=value; ...``)."""
    return "; ".join(header.split(";", 1)[0].strip() for header in response.headers.get_list("Set-Cookie"))


def check_url(url: str) -> str:
    """The app's URL, refused unless it is on this machine."""
    parts = urlsplit(url)
    if parts.scheme != "http" or parts.hostname not in LOOPBACK:
        raise ValueError(f"url = {url!r}: only http://127.0.0.1 (this machine) may be loaded")
    return url if url.endswith("/") else url + "/"


CONTROL_TARGET = "jupyter.widget.control"
CONTROL_VERSION = "1.0.0"  # the widget control protocol ipywidgets 8 speaks
# The kernel websocket protocol JupyterLab and Voilà's page use: binary frames holding the
# channel and the message parts. (Over the older JSON protocol, a reply with buffers, such
# as the widget states with a figure in them, never reached the client here.)
PROTOCOL = "v1.kernel.websocket.jupyter.org"


async def connect(url: str, kernel_id: str, session: str, timeout: float, cookie: str = "",
                  address: str = "127.0.0.1"):
    """The websocket of ``kernel_id`` behind the app at ``url``, as the page opens it (with the
    page's ``cookie``, from ``address``)."""
    ws_url = url.replace("http://", "ws://", 1) + f"api/kernels/{kernel_id}/channels?session_id={session}"
    request = page_request(ws_url, timeout, address, cookie)
    return await asyncio.wait_for(websocket_connect(request, subprotocols=[PROTOCOL]), timeout)


def _message(msg_type: str, content: dict, session: str, metadata: dict | None = None) -> tuple[bytes, str]:
    """A shell message as a websocket frame, and its id."""
    header = {"msg_id": uuid.uuid4().hex, "username": "visitor", "session": session,
              "date": datetime.now(UTC).isoformat(), "msg_type": msg_type, "version": "5.3"}
    parts = [json.dumps(part).encode() for part in (header, {}, metadata or {}, content)]
    return serialize_msg_to_ws_v1(parts, "shell"), header["msg_id"]


def send(socket, msg_type: str, content: dict, session: str, metadata: dict | None = None) -> str:
    frame, msg_id = _message(msg_type, content, session, metadata)
    socket.write_message(frame, binary=True)
    return msg_id


async def _read(socket, deadline: float) -> dict:
    """The next message from the kernel: msg_type, parent_header and content (buffers left out)."""
    raw = await asyncio.wait_for(socket.read_message(), max(deadline - time.monotonic(), 0.1))
    if raw is None:
        raise ConnectionError("websocket closed by the server")
    channel, parts = deserialize_msg_from_ws_v1(raw)
    header, parent, _, content = (json.loads(part) for part in parts[:4])
    return {"channel": channel, "msg_type": header["msg_type"], "parent_header": parent, "content": content}


async def _reply(socket, msg_id: str, msg_type: str, deadline: float) -> dict:
    while True:
        message = await _read(socket, deadline)
        if message["msg_type"] == msg_type and message["parent_header"].get("msg_id") == msg_id:
            return message


async def visit(url: str, hold: float, timeout: float = 60, address: str = "127.0.0.1") -> dict:
    """One visitor from ``address``; returns what it saw (never raises: failures are reported in
    ``error``), and the cookie its page set."""
    url = check_url(url)
    start = time.monotonic()
    result = {"served": False, "page_s": None, "widgets_s": None, "widgets": 0, "kernel_id": None, "error": "",
              "cookie": ""}
    try:
        response = await AsyncHTTPClient().fetch(page_request(url, timeout, address), raise_error=False)
        result["cookie"] = cookie = cookies_set(response)
        html = response.body.decode("utf-8", errors="replace")
        result["page_s"] = time.monotonic() - start
        found = KERNEL_ID.search(html)
        if response.code != 200 or not found or WIDGET_VIEW not in html or "</html>" not in html:
            result["error"] = f"page incomplete (HTTP {response.code})"
            return result
        result["kernel_id"] = kernel_id = found.group(1)
        session = uuid.uuid4().hex
        deadline = start + timeout
        socket = await connect(url, kernel_id, session, timeout, cookie, address)
        try:
            # As the page does: first the kernel's info (the connection is ready), then every
            # widget's state through the control comm.
            await _reply(socket, send(socket, "kernel_info_request", {}, session), "kernel_info_reply", deadline)
            comm_id = uuid.uuid4().hex
            send(socket, "comm_open", {"comm_id": comm_id, "target_name": CONTROL_TARGET, "data": {}}, session,
                 {"version": CONTROL_VERSION})
            send(socket, "comm_msg", {"comm_id": comm_id, "data": {"method": "request_states"}}, session)
            while True:
                message = await _read(socket, deadline)
                content = message["content"]
                if (message["msg_type"] == "comm_msg" and content.get("comm_id") == comm_id
                        and content.get("data", {}).get("method") == "update_states"):
                    result["widgets"] = len(content["data"].get("states", {}))
                    result["widgets_s"] = time.monotonic() - start
                    break
            result["served"] = result["widgets"] >= max(html.count(WIDGET_VIEW), 1)
            if not result["served"]:
                result["error"] = result["error"] or f"{result['widgets']} widget states from the kernel"
            await asyncio.sleep(hold)
        finally:
            socket.close()
    except Exception as error:  # a visitor reports, the wave goes on
        result["error"] = f"{type(error).__name__}: {error}"
    return result


async def wave(url: str, count: int, hold: float, timeout: float = 60) -> list[dict]:
    """``count`` visitors arriving at the same moment, each from an address of its own
    (``visitor_address``); each holds its page ``hold`` seconds."""
    if not 1 <= count <= MAX_VISITORS:
        raise ValueError(f"count = {count!r}: between 1 and {MAX_VISITORS} visitors")
    if not 0 <= hold <= 600:
        raise ValueError(f"hold = {hold!r}: between 0 and 600 seconds")
    check_url(url)
    AsyncHTTPClient.configure(None, max_clients=MAX_VISITORS)
    return await asyncio.gather(*(visit(url, hold, timeout, visitor_address(i)) for i in range(count)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url", help="the app's address on this machine, e.g. http://127.0.0.1:8866/")
    parser.add_argument("--count", type=int, default=30, help=f"visitors arriving together (1 to {MAX_VISITORS})")
    parser.add_argument("--hold", type=float, default=20, help="seconds each visitor keeps its page open")
    args = parser.parse_args()
    results = asyncio.run(wave(args.url, args.count, args.hold))
    served = [r for r in results if r["served"]]
    print(f"served {len(served)} of {len(results)}")
    for r in results:
        if not r["served"]:
            print(f"  not served: {r['error']}")
    if served:
        times = sorted(r["widgets_s"] for r in served)
        print(f"widget states received: median {times[len(times) // 2]:.2f} s, slowest {times[-1]:.2f} s")
    return 0 if len(served) == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
