"""The bot's one HTTP server (aiohttp): Telegram's webhook, the calendar feed, Strava's OAuth
redirect and events. It runs whenever one of them is configured (``Settings.needs_web``).

Routes can be added and removed while it runs (a Telegram adapter that is re-made after a failed
start registers again), so one catch-all aiohttp route dispatches to a small table: exact paths,
and prefixes that take the rest of the path as ``request.match_info["tail"]``. Anything else is 404;
a body over ``max_body`` bytes is refused with 413 before a handler sees it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from urllib.parse import urlparse

from aiohttp import web

from bot.compat.aiohttp import bound_port
from handlers import ical
from handlers.deps import Deps

log = logging.getLogger(__name__)

MAX_BODY = 1024 * 1024  # bytes: nothing the bot receives (updates, Strava events) comes near it

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class WebServer:
    """One aiohttp server with a route table that may change while it runs."""

    def __init__(self, listen: str, port: int, *, max_body: int = MAX_BODY) -> None:
        self.listen = listen
        self.port = port  # 0: a free port, known after start()
        self.max_body = max_body
        self._exact: dict[tuple[str, str], Handler] = {}
        self._prefix: dict[tuple[str, str], Handler] = {}
        self._runner: web.AppRunner | None = None

    @property
    def running(self) -> bool:
        return self._runner is not None

    def route(self, method: str, path: str, handler: Handler, *, prefix: bool = False) -> None:
        """Serve ``method path`` (with ``prefix``: every path under ``path/``)."""
        table = self._prefix if prefix else self._exact
        table[(method.upper(), path.rstrip("/") if prefix else path)] = handler

    def unroute(self, method: str, path: str, *, prefix: bool = False) -> None:
        table = self._prefix if prefix else self._exact
        table.pop((method.upper(), path.rstrip("/") if prefix else path), None)

    async def start(self) -> None:
        app = web.Application(client_max_size=self.max_body)
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=2.0)
        await runner.setup()
        site = web.TCPSite(runner, self.listen, self.port)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        port = bound_port(site)
        if port is not None:
            self.port = port
        log.info("web server listening on %s:%s", self.listen, self.port)

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    def _find(self, method: str, path: str) -> tuple[Handler | None, str]:
        found = self._exact.get((method, path))
        if found is not None:
            return found, ""
        for (m, base), handler in self._prefix.items():
            if m == method and path.startswith(base + "/"):
                return handler, path[len(base) + 1 :]
        return None, ""

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        method = "GET" if request.method == "HEAD" else request.method
        handler, tail = self._find(method, request.path)
        if handler is None:
            known = any(p == request.path for _, p in self._exact)
            return web.Response(status=405 if known else 404)
        length = request.content_length
        if length is not None and length > self.max_body:
            return web.Response(status=413)
        request.match_info["tail"] = tail
        try:
            return await handler(request)
        except web.HTTPRequestEntityTooLarge:  # a chunked body that grew past max_body
            return web.Response(status=413)


def add_calendar_feed(server: WebServer, feed_url: str, deps: Deps, clock: Callable[[], datetime]) -> None:
    """GET <feed>/<token>.ics: the runner's strength days ([calendar] feed; 404 for anything else)."""

    async def serve(request: web.Request) -> web.Response:
        name = request.match_info.get("tail", "")
        if not name.endswith(".ics") or "/" in name:
            return web.Response(status=404)
        try:
            data = await ical.feed(name[: -len(".ics")], deps, clock())
        except Exception as exc:
            log.warning("calendar feed failed: %s", type(exc).__name__)
            return web.Response(status=500)
        if data is None:
            return web.Response(status=404)
        return web.Response(
            body=data,
            content_type="text/calendar",
            charset="utf-8",
            headers={"Cache-Control": "private, max-age=900"},
        )

    server.route("GET", urlparse(feed_url).path, serve, prefix=True)
