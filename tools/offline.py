"""Open local pages in a browser as if there were no network at all.

``block_network(page)`` aborts every request that is not for a ``file:`` or ``data:``
address (or a ``blob:`` the page made itself) and returns the list it appends each
blocked address to, so a test can assert that a page asked for nothing from outside.
"""

from __future__ import annotations

LOCAL_SCHEMES = ("file:", "data:", "blob:")


def block_network(page) -> list[str]:
    """Abort every non-local request of ``page`` (a Playwright page); return the blocked URLs."""
    blocked: list[str] = []

    def route(request_route) -> None:
        url = request_route.request.url
        if url.startswith(LOCAL_SCHEMES):
            request_route.continue_()
        else:
            blocked.append(url)
            request_route.abort()

    page.route("**/*", route)
    return blocked


def page_errors(page) -> list[str]:
    """Collect the page's uncaught errors and console errors into a list as they happen."""
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    return errors
