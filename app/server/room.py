"""The workshop server: Voilà with the settings in voila.py, made safe for a room of phones.

``make app`` starts it (tools/browser.py too, for the tests and make bench)::

    python app/server/room.py app/workshop.ipynb --pool_size=ROOM [--max_kernels=N] [--max_per_client=N] \\
        --Voila.config_file_paths=app/server ...

It is Voilà itself with its request handlers wrapped (``WorkshopVoila.init_handlers``):

- **A cap on kernels.** Every page holds a kernel (about 110-130 MB). ``max_kernels`` caps
  the kernels in total, the prepared pool included (default: three per prepared page, at
  least 6, so ROOM=30 gives 90 kernels, about 11.7 GB, room for every participant's page
  plus a reload); ``max_per_client`` caps the pages one network address holds at once
  (default 4: a page, a reload, a second tab). A page request over either cap gets a short
  "room full" page in both languages (HTTP 503, ``room_full_page``) and no kernel. A page
  counts until its kernel is shut down: at once when the browser closes it, else when it is
  culled (voila.py: 60 s after its last connection). The server prints both caps when it starts.
- **Our page, from the pool.** The page request's query arguments are dropped before Voilà
  reads them, so ``?template=lab`` or ``?theme=dark`` can neither change the page (voila.py
  turns the overrides off as well) nor make Voilà start a kernel outside the pool.
- **Each kernel belongs to the browser it was handed to.** Voilà gives each browser an
  identity on its first request: a random id in a cookie signed with a key made at start-up
  (HttpOnly, so the page's scripts cannot read it). When the page handler hands a kernel to
  a page, the kernel is noted as that visitor's; every route that names a kernel (its
  websocket, ``/api/kernels/<id>``, Voilà's shutdown and request-info routes) answers 403
  to any other browser. A kernel id alone is no longer enough to read or end a page.
  The page also gets the _xsrf cookie, so that Voilà's own shutdown beacon works when it closes.

Not covered: the traffic is plain HTTP, so someone who can read the room's Wi-Fi can copy a
page's cookie; and phones that reach the laptop through one address (a proxy, a NAT) share
one ``max_per_client``.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Started as a script, Python puts this folder first on sys.path, where voila.py (the
# settings) would be imported instead of the voila package.
if sys.path and Path(sys.path[0] or ".").resolve() == Path(__file__).resolve().parent:
    del sys.path[0]

from dataclasses import dataclass
from html import escape
from inspect import isawaitable

from jupyter_core.utils import ensure_async
from jupyter_server.services.kernels.handlers import KernelHandler
from tornado import web
from traitlets import Int
from voila.app import Voila
from voila.request_info_handler import RequestInfoSocketHandler
from voila.shutdown_kernel_handler import VoilaShutdownKernelHandler
from voila.tornado.execution_request_handler import ExecutionRequestHandler
from voila.tornado.handler import TornadoVoilaHandler
from voila.tornado.kernel_websocket_handler import VoilaKernelWebsocketHandler

from influtier_lite.core.words import text

KERNEL_MB = 130  # one page's kernel, as in tools/app_address.py (make bench measures it)
RETRY_S = 30  # the room-full page reloads itself after this


def default_max_kernels(pool_size: int) -> int:
    """Kernels in total for a pool of ``pool_size`` prepared pages: the pool, and two pages per participant."""
    return max(3 * pool_size, 6)


@dataclass(eq=False)
class Page:
    """A page handed out (or about to be): who holds it."""

    visitor: str  # Voilà's id for the browser (from its signed cookie)
    address: str  # the network address it came from


class Room:
    """The pages handed out, each under its kernel's id.

    Args:
        kernel_manager: the server's kernel manager (a kernel it no longer has is a page closed).
        pages: pages open at once, over all visitors (kernels beyond the pool).
        per_client: pages open at once from one network address.
    """

    def __init__(self, kernel_manager, pages: int, per_client: int) -> None:
        self.kernel_manager = kernel_manager
        self.pages = pages
        self.per_client = per_client
        # kernel id -> Page; a page still waiting for its kernel is its own key
        self.holders: dict[object, Page] = {}

    def _open(self) -> list[Page]:
        for key in [key for key in self.holders if isinstance(key, str) and key not in self.kernel_manager]:
            del self.holders[key]  # shut down or culled
        return list(self.holders.values())

    def refusal(self, address: str) -> str | None:
        """Why a new page from ``address`` cannot be served now: "device" or "room"; None when it can."""
        open_pages = self._open()
        if sum(page.address == address for page in open_pages) >= self.per_client:
            return "device"
        if len(open_pages) >= self.pages:
            return "room"
        return None

    def seat(self, visitor: str, address: str) -> Page:
        """Count a new page now, before its kernel is known, so that a burst of requests cannot overshoot."""
        page = Page(visitor, address)
        self.holders[page] = page
        return page

    def hand(self, page: Page, kernel_id: str) -> None:
        self.holders.pop(page, None)
        self.holders[kernel_id] = page

    def leave(self, page: Page) -> None:
        """A page request that ended without a kernel (an error, a redirect, a client gone) frees its seat."""
        self.holders.pop(page, None)

    def holds(self, visitor: str | None, kernel_id: str) -> bool:
        page = self.holders.get(kernel_id)
        return visitor is not None and page is not None and page.visitor == visitor


def room_full_page(reason: str, limit: int) -> str:
    """The page a visitor gets instead of the app when the room (or their device) is full: both
    languages, Indonesian first, in the app's look; it reloads itself every RETRY_S seconds."""
    sections = []
    for lang in ("id", "en"):
        sections.append(
            f'<section lang="{lang}"><p class="app">{escape(text("app_title", lang))}</p>'
            f'<h1>{escape(text(f"room_full_title_{reason}", lang))}</h1>'
            f'<p>{escape(text(f"room_full_{reason}", lang, pages=limit))}</p>'
            f'<p>{escape(text("room_full_retry", lang, seconds=RETRY_S))}</p></section>')
    return (
        '<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="refresh" content="{RETRY_S}">'
        f'<title>{escape(text(f"room_full_title_{reason}", "id"))} / '
        f'{escape(text(f"room_full_title_{reason}", "en"))}</title>'
        "<style>body{margin:0;padding:24px 16px;background:#FFFFFF;color:#212121;line-height:1.5;"
        "font-family:system-ui,-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;font-size:16px}"
        "main{max-width:40rem;margin:0 auto}.app{color:#616161;font-size:14px;margin:0}"
        "h1{color:#0D47A1;font-size:22px;margin:4px 0 8px}"
        "section+section{border-top:1px solid #BDBDBD;margin-top:24px;padding-top:16px}</style>"
        f"</head><body><main>{''.join(sections)}</main></body></html>\n")


def limits_problem(asked: int, total: int, pool: int, per_client: int) -> str | None:
    """What is wrong with the caps (both languages, naming the option and its value), or None."""
    if total <= pool:
        return (f"max_kernels = {asked}: harus lebih dari jumlah halaman yang disiapkan (pool_size = {pool}),"
                f" mis. {default_max_kernels(pool)}.\n"
                f"max_kernels = {asked}: must be more than the prepared pages (pool_size = {pool}),"
                f" e.g. {default_max_kernels(pool)}.")
    if not 1 <= per_client <= 100:
        return (f"max_per_client = {per_client}: isi antara 1 dan 100, mis. 4.\n"
                f"max_per_client = {per_client}: give 1 to 100, e.g. 4.")
    return None


def limits_message(total: int, pool: int, per_client: int) -> str:
    """The caps as the server prints them when it starts, Indonesian then English."""
    gb = f"{total * KERNEL_MB / 1000:.1f}"
    return (f"Batas: paling banyak {total} kernel (sekitar {gb.replace('.', ',')} GB): {pool} halaman disiapkan"
            f" dan {total - pool} halaman terbuka, {per_client} per perangkat. Halaman berikutnya mendapat pesan"
            f" \"ruangan penuh\". Ubah: make app MAX_KERNELS=... PER_CLIENT=...\n"
            f"Limits: at most {total} kernels (about {gb} GB): {pool} pages prepared and {total - pool} open"
            f" pages, {per_client} per device. Any page beyond them gets a \"room full\" page."
            f" Change: make app MAX_KERNELS=... PER_CLIENT=...")


class _HandsToPage:
    """The kernel manager as one page request sees it: the kernel Voilà hands to the page (from
    the pool, or started for it when there is no pool) is noted as the visitor's."""

    def __init__(self, manager, room: Room, page: Page) -> None:
        self._manager, self._room, self._page = manager, room, page

    def __getattr__(self, name: str):
        return getattr(self._manager, name)

    async def get_rendered_notebook(self, *args, **kwargs):
        render_task, rendered, kernel_id = await self._manager.get_rendered_notebook(*args, **kwargs)
        self._room.hand(self._page, kernel_id)
        return render_task, rendered, kernel_id

    async def start_kernel(self, *args, **kwargs):
        kernel_id = await ensure_async(self._manager.start_kernel(*args, **kwargs))
        self._room.hand(self._page, kernel_id)
        return kernel_id


class PageHandler(TornadoVoilaHandler):
    """The app's page: our template, from the pool, or the room-full page."""

    _page = None

    async def prepare(self):
        await super().prepare()  # Voilà's visitor identity (the signed cookie, set now on a first visit)
        if self.current_user is None:
            return  # not logged in (a server started with a token): Voilà sends the browser to its login page
        # No query argument reaches Voilà: ?template= and ?theme= would start a kernel outside the pool.
        self.request.arguments.clear()
        self.request.query_arguments.clear()
        room: Room = self.settings["influtier_room"]
        address = self.request.remote_ip
        reason = room.refusal(address)
        if reason:
            self.log.warning("Room full (%s): page refused to %s", reason, address)
            self.set_status(503)
            self.set_header("Retry-After", str(RETRY_S))
            self.set_header("Content-Type", "text/html; charset=utf-8")
            self.set_header("Cache-Control", "no-store")
            self.finish(room_full_page(reason, room.per_client if reason == "device" else room.pages))
            return
        self._page = room.seat(self.current_user.username, address)
        # The _xsrf cookie: Voilà's page sends it back with its shutdown beacon when it closes.
        # Without it the beacon was refused (403) and a closed page held its kernel until culled.
        self.xsrf_token  # noqa: B018 - reading it sets the cookie

    @property
    def kernel_manager(self):
        manager = super().kernel_manager
        return _HandsToPage(manager, self.settings["influtier_room"], self._page) if self._page else manager

    def on_finish(self):  # (a client gone mid-request still comes here: its page counts until then)
        if self._page:
            self.settings["influtier_room"].leave(self._page)
        super().on_finish()


class OwnKernelOnly:
    """Mixed into every handler whose route names a kernel: only the browser the kernel was
    handed to may use it; anyone else gets 403 before the handler does anything."""

    async def prepare(self, *args, **kwargs):
        result = super().prepare(*args, **kwargs)
        if isawaitable(result):
            await result
        kernel_id = self.path_kwargs.get("kernel_id") or (self.path_args[0] if self.path_args else "")
        visitor = self.settings["identity_provider"].get_user_cookie(self)
        if not self.settings["influtier_room"].holds(getattr(visitor, "username", None), kernel_id):
            raise web.HTTPError(403, "not your page's kernel")  # the access log shows it with this reason


KERNEL_ROUTES = (KernelHandler, VoilaKernelWebsocketHandler, VoilaShutdownKernelHandler, RequestInfoSocketHandler,
                 ExecutionRequestHandler)


class WorkshopVoila(Voila):
    """Voilà for a room: the caps, the page from the pool, each kernel for its own browser."""

    max_kernels = Int(0, config=True, help="Kernels in total, the prepared pool included"
                                           " (0: three per prepared page, at least 6).")
    max_per_client = Int(4, config=True, help="Pages one network address may hold at once.")
    aliases = {**Voila.aliases, "max_kernels": "WorkshopVoila.max_kernels",
               "max_per_client": "WorkshopVoila.max_per_client"}

    def pool_size(self) -> int:
        configuration = self.voila_configuration
        return max(configuration.default_pool_size, 0) if configuration.preheat_kernel else 0

    def initialize(self, argv=None):
        super().initialize(argv)
        pool, total = self.pool_size(), self.max_kernels or default_max_kernels(self.pool_size())
        problem = limits_problem(self.max_kernels, total, pool, self.max_per_client)
        if problem:
            print(problem, file=sys.stderr)
            self.exit(2)
        self.kernel_cap = total
        print(limits_message(total, pool, self.max_per_client), flush=True)

    def init_handlers(self) -> list:
        self.app.settings["influtier_room"] = Room(self.kernel_manager, self.kernel_cap - self.pool_size(),
                                                   self.max_per_client)
        routes = []
        for pattern, handler, *options in super().init_handlers():
            if handler is TornadoVoilaHandler:
                handler = PageHandler
            elif handler in KERNEL_ROUTES:
                handler = type(handler.__name__, (OwnKernelOnly, handler), {})
            routes.append((pattern, handler, *options))
        return routes


if __name__ == "__main__":
    WorkshopVoila.launch_instance()
