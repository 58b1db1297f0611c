"""Telegram's webhook mode: a route on the bot's one HTTP server (bot/web.py).

Each delivery is answered only once its update is handled (its effects stored, its replies sent):
Telegram re-sends an update whose webhook call failed, so a kill -9 loses nothing. Queueing it and
answering at once (python-telegram-bot's own webhook) lost whatever was queued. The update id is
claimed in the store first, so the processes behind one webhook URL don't both run it.

aiohttp is imported only here and by bot/web.py, both loaded only in webhook mode (or when the
runtime's server runs for the calendar feed or Strava): polling needs no aiohttp.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
from collections.abc import Awaitable, Callable
from contextlib import AbstractContextManager
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from telegram import Update
from telegram.ext import Application

from bot.config import Secrets, TelegramConfig
from bot.logs import RedactSecrets
from bot.services.outbound import CannotRun
from bot.telegram.common import ALLOWED_UPDATES, describe, log
from bot.telegram.delivery import Delivery
from handlers.deps import Deps
from handlers.outcomes import UpdateClaim

if TYPE_CHECKING:
    from aiohttp import web

    from bot.web import WebServer

WEBHOOK_LEASE = 60.0  # seconds a webhook claim shields an update from other processes' deliveries


class Webhook:
    """The webhook route of one adapter: ``start()`` registers it with Telegram, ``stop()`` takes
    it off the server (and stops the server if this adapter started its own)."""

    def __init__(
        self,
        app: Application[Any, Any, Any, Any, Any, Any],
        settings: TelegramConfig,
        *,
        deps: Deps,
        outage: Any,
        clock: Callable[[], datetime],
        delivery: Delivery,
        handle: Callable[[Update], Awaitable[None]],
        ignored: Callable[[Update], bool],
        tracked: Callable[[], AbstractContextManager[None]],
        redact: RedactSecrets,
        secret: str | None,
        web: WebServer | None,
        platform: str,
    ) -> None:
        self._app = app
        self._settings = settings
        self._deps = deps
        self._outage = outage  # the process's DatabaseOutage (bot/dbfaults.py)
        self._clock = clock
        self._delivery = delivery
        self._handle = handle  # the adapter's _handle_update: reports handler errors itself
        self._ignored = ignored  # forged, malformed or bot-sent (bot/telegram/incoming.py)
        self._tracked = tracked  # counts the request among the adapter's in-flight updates
        self._redact = redact
        self._secret = secret
        self._web = web  # the runtime's shared server (bot/web.py), or None: start our own
        self._own_web: WebServer | None = None
        self._path = ""
        self._platform = platform
        self.port: int | None = None

    async def start(self) -> None:
        # Imported here: polling needs no aiohttp.
        from bot.web import WebServer

        tg = self._settings
        secret = self._secret or Secrets.from_env().telegram_webhook_secret
        if not secret:
            raise CannotRun("webhook mode needs a secret: set TELEGRAM_WEBHOOK_SECRET")
        self._secret = secret
        self._redact.add(secret)
        self._path = urlparse(tg.webhook_url).path or "/"
        if self._web is None:
            self._own_web = WebServer(tg.webhook_listen, tg.webhook_port)
            await self._own_web.start()
        server = self._web or self._own_web
        assert server is not None
        server.route("POST", self._path, self._on_webhook)
        self.port = server.port
        await self._delivery.call(
            "setWebhook",
            self._app.bot.set_webhook,
            url=tg.webhook_url,
            secret_token=secret,
            allowed_updates=ALLOWED_UPDATES,
        )

    async def stop(self) -> None:
        """Take the route off the shared server, or stop our own server."""
        with contextlib.suppress(Exception):
            if self._web is not None and self._path:
                self._web.unroute("POST", self._path)
            if self._own_web is not None:
                own, self._own_web = self._own_web, None
                await own.stop()

    async def _on_webhook(self, request: web.Request) -> web.Response:
        from aiohttp import web  # loaded by start (bot.web)

        given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        if not self._secret or not hmac.compare_digest(given.encode(), self._secret.encode()):
            return web.Response(status=403)
        try:
            data = await request.json()
            update = Update.de_json(data, self._app.bot)
        except Exception:
            return web.Response(status=400)
        if update is None or self._ignored(update):
            return web.Response()  # answered, so Telegram doesn't send it again
        if not self._app.running:
            return web.Response(status=503)  # stopping: Telegram delivers it again later
        # Answered only once the update is handled (see the module's doc).
        with self._tracked():
            return await self._handle_once(update)

    async def _handle_once(self, update: Update) -> web.Response:
        """Handle a webhook delivery once across every process behind the webhook URL.

        The update id is claimed in the store first (``handled_updates``), so two processes given
        the same update at once don't both run it. Telegram delivers again what got no 2xx, so a
        delivery that another process is handling right now (or died handling, within the lease)
        is answered 503 and comes back later; one already handled is acknowledged.
        """
        from aiohttp import web  # loaded by start (bot.web)

        store = self._deps.store
        uid = update.update_id
        try:
            state = await store.claim_update(self._platform, uid, self._clock(), WEBHOOK_LEASE)
        except Exception as exc:
            if not self._outage.failed(exc, "claiming webhook updates (answered 503)"):
                log.warning("Telegram: can't claim update %s (%s); asking for it again", uid, describe(exc))
            return web.Response(status=503, headers={"Retry-After": "5"})
        self._outage.ok()
        if state == UpdateClaim.DONE:
            return web.Response()
        if state == UpdateClaim.BUSY:
            return web.Response(status=503, headers={"Retry-After": "5"})
        handled = False
        try:
            await self._handle(update)  # reports (and answers) handler errors itself
            handled = True
        finally:
            # Shielded: a cancelled request must still record (or release) its claim.
            with contextlib.suppress(Exception):
                await asyncio.shield(store.finish_update(self._platform, uid, self._clock(), handled))
        return web.Response()
