"""Printed by make app before the server starts: the address participants type, and who can reach it.

    python tools/app_address.py HOST PORT
"""

from __future__ import annotations

import socket
import sys

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def lan_address() -> str | None:
    """This machine's address on the local network (no packet is sent: a UDP socket only picks a route)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed anywhere, never contacted
            address = probe.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


def message(host: str, port: int, lan: str | None) -> str:
    lines = []
    if host in LOOPBACK:
        lines.append(f"Open http://127.0.0.1:{port}/ on this machine. Only this machine can reach it;"
                     f" for a room on the same Wi-Fi: make app HOST=0.0.0.0")
        return "\n".join(lines)
    shown = lan if host in ("0.0.0.0", "::", "") else host
    lines.append(f"Participants type: http://{shown or '<this machine’s address>'}:{port}/")
    lines.append("WARNING: anyone on this network can open the app (no password) and start a kernel on this"
                 " machine. Serve only on a network you trust (the workshop's own Wi-Fi), and stop the"
                 " server (Ctrl+C) when the session ends.")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not argv[1].isdigit():
        print(f"usage: python tools/app_address.py HOST PORT (got {argv!r})", file=sys.stderr)
        return 2
    host, port = argv[0], int(argv[1])
    print(message(host, port, lan_address() if host not in LOOPBACK else None), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
