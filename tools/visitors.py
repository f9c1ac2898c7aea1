"""Lightweight workshop visitors: load the Voilà app as phones would, without rendering.

Each visitor requests the page, reads its kernel id, opens that kernel's websocket as the
browser does and asks the kernel for its info, then holds the websocket open for ``hold``
seconds and closes. A visitor is *served* when the page arrived whole (status 200, the app's
widget view in it, ``</html>``) and its own kernel answered over the websocket.
(Asking for the widgets' states as the browser's widget manager does is not done yet: the
``request_states`` exchange got no answer here, see the issue 14 report.)

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
from datetime import datetime, timezone
from urllib.parse import urlsplit

from tornado.httpclient import AsyncHTTPClient
from tornado.websocket import websocket_connect

MAX_VISITORS = 100
LOOPBACK = ("127.0.0.1", "localhost")
KERNEL_ID = re.compile(r'"kernelId":\s*"([0-9a-f-]{36})"')
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def check_url(url: str) -> str:
    """The app's URL, refused unless it is on this machine."""
    parts = urlsplit(url)
    if parts.scheme != "http" or parts.hostname not in LOOPBACK:
        raise ValueError(f"url = {url!r}: only http://127.0.0.1 (this machine) may be loaded")
    return url if url.endswith("/") else url + "/"


def _message(msg_type: str, content: dict, session: str) -> str:
    header = {"msg_id": uuid.uuid4().hex, "username": "visitor", "session": session,
              "date": datetime.now(timezone.utc).isoformat(), "msg_type": msg_type, "version": "5.3"}
    return json.dumps({"header": header, "parent_header": {}, "metadata": {}, "content": content,
                       "channel": "shell", "buffers": []})


def _json_part(raw: str | bytes) -> str | bytes:
    """The JSON message of a websocket frame; a binary frame (a message with buffers, such as
    a figure) starts with the count of parts and their offsets, the JSON being the first part."""
    if isinstance(raw, str):
        return raw
    parts = int.from_bytes(raw[:4], "big")
    offsets = [int.from_bytes(raw[4 * (i + 1):4 * (i + 2)], "big") for i in range(parts)]
    return raw[offsets[0]:offsets[1] if parts > 1 else None]


async def _read(socket, deadline: float) -> dict:
    raw = await asyncio.wait_for(socket.read_message(), max(deadline - time.monotonic(), 0.1))
    if raw is None:
        raise ConnectionError("websocket closed by the server")
    return json.loads(_json_part(raw))


async def visit(url: str, hold: float, timeout: float = 60) -> dict:
    """One visitor; returns what it saw (never raises: failures are reported in ``error``)."""
    url = check_url(url)
    start = time.monotonic()
    result = {"served": False, "page_s": None, "widgets_s": None, "widgets": 0, "kernel_id": None, "error": ""}
    try:
        response = await AsyncHTTPClient().fetch(url, request_timeout=timeout, raise_error=False)
        html = response.body.decode("utf-8", errors="replace")
        result["page_s"] = time.monotonic() - start
        found = KERNEL_ID.search(html)
        if response.code != 200 or not found or WIDGET_VIEW not in html or "</html>" not in html:
            result["error"] = f"page incomplete (HTTP {response.code})"
            return result
        result["kernel_id"] = kernel_id = found.group(1)
        session = uuid.uuid4().hex
        ws_url = url.replace("http://", "ws://", 1) + f"api/kernels/{kernel_id}/channels?session_id={session}"
        socket = await asyncio.wait_for(websocket_connect(ws_url), timeout)
        try:
            asking = _message("kernel_info_request", {}, session)
            asking_id = json.loads(asking)["header"]["msg_id"]
            socket.write_message(asking)
            deadline = start + timeout
            while time.monotonic() < deadline:
                message = await _read(socket, deadline)
                if (message.get("msg_type") == "kernel_info_reply"
                        and message.get("parent_header", {}).get("msg_id") == asking_id):
                    result["widgets"] = html.count(WIDGET_VIEW)
                    result["widgets_s"] = time.monotonic() - start
                    break
            result["served"] = result["widgets"] > 0
            if not result["served"]:
                result["error"] = result["error"] or "no answer from the kernel"
            await asyncio.sleep(hold)
        finally:
            socket.close()
    except Exception as error:  # noqa: BLE001 - a visitor reports, the wave goes on
        result["error"] = f"{type(error).__name__}: {error}"
    return result


async def wave(url: str, count: int, hold: float, timeout: float = 60) -> list[dict]:
    """``count`` visitors arriving at the same moment; each holds its page ``hold`` seconds."""
    if not 1 <= count <= MAX_VISITORS:
        raise ValueError(f"count = {count!r}: between 1 and {MAX_VISITORS} visitors")
    if not 0 <= hold <= 600:
        raise ValueError(f"hold = {hold!r}: between 0 and 600 seconds")
    check_url(url)
    AsyncHTTPClient.configure(None, max_clients=MAX_VISITORS)
    return await asyncio.gather(*(visit(url, hold, timeout) for _ in range(count)))


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
