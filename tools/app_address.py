"""Printed by make app before the server starts: the address participants type, who can
reach it, and how many pages are prepared ahead (ROOM) at what memory cost. It also checks
make app's numbers (ROOM, MAX_KERNELS, PER_CLIENT) before Voilà sees them; the server
(app/server/room.py) prints the caps that follow from them.

    python tools/app_address.py HOST PORT [ROOM [MAX_KERNELS PER_CLIENT]]
"""

from __future__ import annotations

import socket
import sys

LOOPBACK = ("127.0.0.1", "localhost", "::1")
MAX_ROOM = 100
KERNEL_MB = 130  # a prepared page's kernel, rounded up from make bench (workshop_rss_mb_per_visitor)


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
    lines.append("WARNING: anyone on this network can open the app (no password) and start kernels on this"
                 " machine, up to the limits the server prints below. Serve only on a network you trust"
                 " (the workshop's own Wi-Fi), and stop the"
                 " server (Ctrl+C) when the session ends.")
    return "\n".join(lines)


def room_message(room: int) -> str:
    """What ROOM costs, in English then Indonesian (a decimal comma there)."""
    gb = f"{room * KERNEL_MB / 1000:.1f}"
    return (f"ROOM={room}: {room} pages are prepared ahead, about {gb} GB of memory ({KERNEL_MB} MB each,"
            f" and as much again for each participant's open page). Start the server a few minutes"
            f" before the room arrives; fewer: make app ROOM=10\n"
            f"ROOM={room}: {room} halaman disiapkan lebih dulu, memakai memori sekitar {gb.replace('.', ',')} GB"
            f" ({KERNEL_MB} MB per halaman, ditambah sebanyak itu lagi untuk setiap halaman peserta yang"
            f" terbuka). Jalankan server beberapa menit sebelum peserta datang; lebih sedikit: make app ROOM=10")


# make app's numbers: (name, lowest, highest, what it is in English, in Indonesian, an example)
NUMBERS = (("ROOM", 0, MAX_ROOM, "the number of participants", "isi dengan jumlah peserta", "ROOM=30"),
           ("MAX_KERNELS", 0, 1000, "the number of kernels in total (0: three per prepared page)",
            "isi dengan jumlah kernel seluruhnya (0: tiga per halaman yang disiapkan)", "MAX_KERNELS=90"),
           ("PER_CLIENT", 1, MAX_ROOM, "the number of pages one phone or laptop may hold at once",
            "isi dengan jumlah halaman yang boleh dibuka sekaligus oleh satu ponsel atau laptop", "PER_CLIENT=4"))


def number_problem(index: int, value: str) -> str | None:
    """The bilingual error for make app's ``index``-th number (ROOM, MAX_KERNELS, PER_CLIENT), or None."""
    name, low, high, english, indonesian, example = NUMBERS[index]
    if value.isdigit() and low <= int(value) <= high:
        return None
    return (f"{name} = {value!r}: give {english}, {low} to {high} (make app {example})\n"
            f"{name} = {value!r}: {indonesian}, {low} sampai {high} (make app {example})")


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3, 5) or not argv[1].isdigit():
        print(f"usage: python tools/app_address.py HOST PORT [ROOM [MAX_KERNELS PER_CLIENT]] (got {argv!r})",
              file=sys.stderr)
        return 2
    host, port = argv[0], int(argv[1])
    for index, value in enumerate(argv[2:]):
        problem = number_problem(index, value)
        if problem:
            print(problem, file=sys.stderr)
            return 2
    print(message(host, port, lan_address() if host not in LOOPBACK else None), flush=True)
    if len(argv) >= 3 and host not in LOOPBACK:
        print(room_message(int(argv[2])), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
