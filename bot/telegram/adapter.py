"""The Telegram adapter: python-telegram-bot 22 running inside the runtime's event loop.

Updates (messages and button presses) become neutral ``handlers.types.Request`` objects, go
through ``handlers.registry.dispatch`` and the neutral replies are rendered back as Telegram
messages (HTML parse mode, inline keyboards, photos, documents, edits). The adapter only
supplies facts (chat type, whether a user administers a group); handlers decide.

Lifecycle: ``start()`` runs the Application's own steps (initialize, start, then polling or our
webhook listener) in the caller's loop and returns once updates flow; ``stop()`` reverses them,
giving in-flight replies a bounded time to finish. No JobQueue, no persistence: the runtime owns
scheduling and the database.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import html
import logging
import re
import time
import warnings
from collections.abc import Awaitable, Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlparse

from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    MessageEntity,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatAction, ChatMemberStatus, ChatType, ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.charts.pool import WAITING
from bot.clock import utcnow
from bot.config import Secrets, Settings
from bot.dbfaults import outage_of
from bot.logs import RedactSecrets
from bot.services.delivery import SLOW_DOWN, Job, Outbox, essential
from bot.services.outbound import Blocked, CannotRun
from bot.services.ratelimit import SendBudget, telegram_budget
from bot.telegram.files import document_request
from bot.telegram.incoming import why_ignored
from bot.telegram.migrate import migration_of, move_chat
from bot.telegram.pacing import BudgetRateLimiter
from bot.telegram.render import MAX_CAPTION, button_rows, split_html, utf16_len
from bot.telegram.request import FormRequest
from handlers import registry
from handlers.deps import Deps
from handlers.outcomes import UpdateClaim
from handlers.types import Chat, Reply, Request, esc

if TYPE_CHECKING:
    from aiohttp import web

    from bot.web import WebServer

log = logging.getLogger(__name__)

T = TypeVar("T")
# The outbox jobs of the update being handled (see _handle_update).
_UPDATE_JOBS: ContextVar[list[Job] | None] = ContextVar("legwork_update_jobs", default=None)

ALLOWED_UPDATES = ["message", "callback_query"]
WEBHOOK_LEASE = 60.0  # seconds a webhook claim shields an update from other processes' deliveries
POLL_LIMIT = 32  # updates per getUpdates: at most this many are handled twice after a crash
POLL_BACKOFF_MAX = 30.0  # seconds between getUpdates attempts while they fail
SEND_RETRIES = 3  # extra attempts after a network error / 5xx (429s are the rate limiter's job)
TOAST_MAX = 200  # answerCallbackQuery text limit
PRIVATE_WAIT = 0.5  # seconds a button's answer waits to say whether its private message got through
APOLOGY = "Sorry, something went wrong on my side. Please try again in a moment."
_OTHER_BOT_COMMAND = re.compile(r"^/[A-Za-z0-9_]{1,32}@[A-Za-z0-9_]+")
_LIBRARY_LOGGERS = ("telegram", "httpx", "httpcore")
_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)  # immutable: PTB freezes its objects


@dataclass(frozen=True)
class _Where:
    """Where replies to one update go."""

    chat_id: int
    user_id: int
    is_private: bool
    display_name: str
    reply_to: int | None = None  # in groups, answer the triggering message
    thread_id: int | None = None  # a forum topic: answer in the same topic
    pressed: Message | None = None  # the message carrying the pressed button (for edits)


class _Batch:
    """The updates of one getUpdates answer, being handled.

    Polling confirms a batch only once it is handled (see ``_poll``), so the next getUpdates
    waits for the batch. An update that waits for its chart to be drawn in the chart pool is
    *parked*: it gives back its concurrency slot and no longer holds up the next poll; its update
    is confirmed with the batch. Chart updates are read-only (/stats, /leaderboard) or have done
    their writes by then, so the price of a crash during the wait is a lost chart reply, never a
    lost or doubled write.
    """

    def __init__(self, size: int) -> None:
        self.running = size
        self.parked = 0
        self._changed = asyncio.Event()

    def finished(self) -> None:
        self.running -= 1
        self._changed.set()

    def park(self, delta: int) -> None:
        self.parked += delta
        self._changed.set()

    async def settled(self) -> None:
        while self.running > self.parked:
            self._changed.clear()
            await self._changed.wait()


class _Slot:
    """One update's place among ``concurrent_updates``; lent out while a chart is drawn."""

    __slots__ = ("batch", "parked", "slots")

    def __init__(self, slots: asyncio.Semaphore, batch: _Batch | None) -> None:
        self.slots = slots
        self.batch = batch
        self.parked = False

    def park(self) -> None:
        if not self.parked:
            self.parked = True
            self.slots.release()
            if self.batch is not None:
                self.batch.park(1)

    async def unpark(self) -> None:
        if self.parked:
            await self.slots.acquire()
            self.parked = False
            if self.batch is not None:
                self.batch.park(-1)


class TelegramAdapter:
    """Telegram transport and update handling for Legwork."""

    platform = "telegram"

    def __init__(
        self,
        token: str,
        settings: Settings,
        deps: Deps,
        clock: Callable[[], datetime] = utcnow,
        *,
        budget: SendBudget | None = None,
        rate_limiter: BaseRateLimiter[Any] | None = None,
        webhook_secret: str | None = None,
        web: WebServer | None = None,
        retry_delay: float = 0.5,
        stop_timeout: float = 7.0,
    ) -> None:
        if not token:
            raise ValueError("a Telegram bot token is required (TELEGRAM_BOT_TOKEN)")
        self._settings = settings
        self._deps = deps
        self._clock = clock
        self._retry_delay = retry_delay
        self._stop_timeout = stop_timeout
        self._webhook_secret = webhook_secret
        # httpx logs every request URL at INFO, and Bot API URLs contain the token; PTB logs every
        # call's parameters at DEBUG: the filter drops those records too (bot/logs.py).
        logging.getLogger("httpx").setLevel(logging.WARNING)
        self._redact = RedactSecrets([token, webhook_secret or ""])
        self._filtered: list[logging.Logger] = []
        self._install_filter()
        # One pacing budget for everything this bot token sends: replies and, through send(),
        # reminders, digests and results (bot/services/ratelimit.py, bot/telegram/pacing.py).
        self.budget = budget or telegram_budget(settings.processes)
        # Replies, reminders and digests leave through the outbox: chats take turns, handling
        # never waits for pacing (bot/services/delivery.py). Button answers don't queue.
        self.outbox = Outbox(self.budget, name="Telegram", slow_down=self._slow_down)
        tg = settings.telegram
        self.app: Application[Any, Any, Any, Any, Any, Any] = (
            ApplicationBuilder()
            .token(token)
            .base_url(tg.api_base_url)
            .base_file_url(tg.file_base_url)
            .concurrent_updates(tg.concurrent_updates)
            .rate_limiter(rate_limiter or BudgetRateLimiter(self.budget, max_retries=3))
            .job_queue(None)
            .updater(None)  # polling is ours (_poll): updates are confirmed only once handled
            .request(FormRequest(connection_pool_size=256, pool_timeout=10.0))  # bot/telegram/request.py
            .build()
        )
        self.app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, self._on_migrate))
        self.app.add_handler(
            MessageHandler(
                filters.UpdateType.MESSAGE & (filters.TEXT | filters.Document.ALL), self._on_message
            )
        )
        self.app.add_handler(CallbackQueryHandler(self._on_button))
        self.app.add_error_handler(self._on_error)
        deps.admin_checks[self.platform] = self._is_admin
        self._outage = outage_of(deps)  # database outages: one report, not a line per update
        self._lock = asyncio.Lock()
        self._state = "new"  # new -> running -> stopped
        self._inflight: set[asyncio.Task[Any]] = set()
        self._slots = asyncio.Semaphore(settings.telegram.concurrent_updates)  # updates handled at once
        self._web = web  # the runtime's shared server (bot/web.py), or None: start one in webhook mode
        self._own_web: WebServer | None = None
        self._hook_path = ""
        self.webhook_port: int | None = None
        self._last_poll_error: tuple[str, float] = ("", 0.0)
        self._poll_task: asyncio.Task[None] | None = None
        self._handling: set[asyncio.Task[None]] = set()  # updates being handled (polling mode)
        self._poll_idle = True  # waiting for updates (nothing in hand), not handling a batch
        self._poll_stopping = False
        # Set when polling stops for good (the token revoked while running): see _poll.
        self.lost = asyncio.Event()
        self.lost_reason = ""

    # --- lifecycle ---------------------------------------------------------------------------

    @property
    def username(self) -> str:
        return self.app.bot.username

    async def start(self) -> None:
        async with self._lock:
            if self._state == "running":
                return
            if self._state == "stopped":
                raise RuntimeError("a stopped TelegramAdapter can't be restarted; make a new one")
            self._install_filter()
            try:
                await self._start()
            except BaseException:
                await self._teardown()
                raise
            self._state = "running"
            log.info("Telegram: running as @%s (%s)", self.username, self._settings.telegram.mode)

    async def _start(self) -> None:
        try:
            await self.app.initialize()  # getMe
        except InvalidToken:
            # PTB's message quotes the rejected token; don't let it reach a log.
            raise CannotRun("Telegram rejected the bot token (401): check TELEGRAM_BOT_TOKEN") from None
        commands = [BotCommand(name, summary[:256]) for name, summary in registry.menu()]
        try:
            await self._call("setMyCommands", self.app.bot.set_my_commands, commands)
        except TelegramError as exc:
            log.warning("Telegram: couldn't set the command menu: %s", _describe(exc))
        await self.app.start()
        tg = self._settings.telegram
        if tg.mode == "webhook":
            await self._start_webhook()
        else:
            # A webhook left from webhook mode would make getUpdates fail (409).
            await self._call("deleteWebhook", self.app.bot.delete_webhook)
            self._poll_stopping = False
            self._poll_task = asyncio.create_task(self._poll(), name="telegram-polling")

    async def stop(self) -> None:
        async with self._lock:
            if self._state == "running":
                await self._teardown()
            self._state = "stopped"
            self._remove_filter()

    async def _teardown(self) -> None:
        """Stop receiving, let in-flight updates finish (bounded), close the HTTP clients."""
        with contextlib.suppress(Exception):
            if self._web is not None and self._hook_path:
                self._web.unroute("POST", self._hook_path)
            if self._own_web is not None:
                own, self._own_web = self._own_web, None
                await own.stop()
        await self._stop_polling()
        if self.app.running:
            stopping = asyncio.ensure_future(self.app.stop())
            done, _ = await asyncio.wait({stopping}, timeout=self._stop_timeout)
            if not done:
                log.warning(
                    "Telegram: %d update(s) still running after %gs; cancelling them",
                    len(self._inflight),
                    self._stop_timeout,
                )
                for task in list(self._inflight):
                    task.cancel()
                await asyncio.wait({stopping}, timeout=1.0)
            if stopping.done() and not stopping.cancelled() and stopping.exception() is not None:
                log.warning("Telegram: stopping failed: %s", _describe(stopping.exception()))
        await self.outbox.close(self._stop_timeout)  # what is queued gets stop_timeout to go out
        try:
            await self.app.shutdown()
            await self.app.bot.shutdown()  # closes the HTTP clients even after a failed initialize
        except Exception as exc:
            log.warning("Telegram: shutdown failed: %s", _describe(exc))

    # --- polling -----------------------------------------------------------------------------

    async def _poll(self) -> None:
        """Long polling that confirms updates only once they have been handled.

        A getUpdates ``offset`` confirms every update before it and Telegram forgets those.
        python-telegram-bot's Updater confirms a batch as soon as it is queued in memory, so a
        crash (kill -9, power loss) silently lost every queued update not yet handled. Here a
        batch is handled first (``concurrent_updates`` at a time) and the next getUpdates confirms
        it: after a crash Telegram delivers the unfinished batch again. The price: an update
        handled just before a crash may be handled twice (at most one batch, POLL_LIMIT).
        """
        tg = self._settings.telegram
        bot = self.app.bot
        limit = min(100, max(POLL_LIMIT, tg.concurrent_updates))
        offset: int | None = None  # confirms every update handled so far
        confirmed: int | None = None  # the offset Telegram has been sent
        failures = 0
        handle = self._handle_update
        # Only the first batch this loop fetches can hold updates handled before (by a process that
        # died before confirming its last batch, or by this one before the loop restarted): once a
        # getUpdates carries an offset, Telegram sends nothing older again. So only that batch is
        # looked up in the handled-update record; every update is still recorded.
        check = True

        try:
            while not self._poll_stopping:
                self._poll_idle = True
                try:
                    updates, after = await self._fetch(offset, limit)
                except InvalidToken:
                    # 401 while running: the token was revoked. Retrying can't help; the runtime
                    # takes Telegram out (bot/app.py, which logs the reason) and exits if no
                    # platform is left.
                    self.lost_reason = "Telegram rejected the bot token (401): check TELEGRAM_BOT_TOKEN"
                    self.lost.set()
                    return
                except Exception as exc:
                    # A timeout is retried at once; 429s were already waited out by the rate limiter.
                    self._on_poll_error(exc)
                    if not isinstance(exc, TimedOut):
                        await asyncio.sleep(min(POLL_BACKOFF_MAX, self._retry_delay * 2 ** min(failures, 10)))
                        failures += 1
                    continue
                failures = 0
                confirmed = offset
                if after == offset:
                    continue
                self._poll_idle = False
                batch = _Batch(len(updates))
                for u in updates:
                    task = asyncio.create_task(handle(u, batch, check), name=f"telegram-update-{u.update_id}")
                    self._handling.add(task)
                    task.add_done_callback(self._handling.discard)
                # The next poll waits until the batch is done, except for updates that only wait
                # for a chart to be drawn: those don't hold up other chats (see _Batch).
                await batch.settled()
                offset = after
                check = False
        finally:
            if offset is not None and offset != confirmed:
                # Stopping with handled updates not yet confirmed: confirm them, so the next
                # start doesn't handle them again.
                try:
                    await asyncio.wait_for(
                        bot.get_updates(offset=offset, limit=1, timeout=0, allowed_updates=ALLOWED_UPDATES),
                        5.0,
                    )
                except (TelegramError, TimeoutError) as exc:
                    log.info("Telegram: couldn't confirm updates (%s): they come again", _describe(exc))

    async def _handle_update(self, update: Update, batch: _Batch | None = None, check: bool = True) -> None:
        """Handle one update once: an update Telegram delivers again (after a crash, or a webhook
        retry) that was handled before is skipped. The record ("update:<id>" in handled_messages)
        is written once the update is handled, replies sent; a crash in between (the update in
        flight) can still run it twice, but no longer the whole unconfirmed batch. ``check=False``
        skips the look-up for an update that can't have been handled before (see _poll)."""
        if self._ignored(update):
            if batch is not None:
                batch.finished()
            return
        key = f"update:{update.update_id}"
        store = self._deps.store
        # The update's place among concurrent_updates, lent out while it waits for a chart.
        slot = _Slot(self._slots, batch)
        await self._slots.acquire()
        jobs: list[Job] = []
        jobs_token = _UPDATE_JOBS.set(jobs)
        try:
            token = WAITING.set(slot)
            try:
                try:
                    if check and await store.handled_before(self.platform, key):
                        log.info("Telegram: update %s was handled before; skipping it", update.update_id)
                        return
                except Exception as exc:  # the store is unreachable: handling twice beats not at all
                    if not self._outage.failed(exc, "checking updates"):
                        log.warning(
                            "Telegram: couldn't check update %s: %s", update.update_id, _describe(exc)
                        )
                try:
                    await self.app.process_update(update)
                except Exception as exc:  # process_update reports handler errors itself
                    log.error("Telegram: update %s failed: %s", update.update_id, _describe(exc))
            finally:
                WAITING.reset(token)
                # The slot is free while the record is written: the next update is handled
                # during the write (with concurrent_updates=1 the write was on every update's
                # critical path). The batch is confirmed only once all its records are in.
                if not slot.parked:
                    self._slots.release()
                _UPDATE_JOBS.reset(jobs_token)
            # The slot is free, but the update counts as handled (recorded, its batch confirmed,
            # its webhook call answered) only once its replies are out, unless they wait for their
            # own chat's limit: so a crash loses no more replies than before the outbox, and one
            # flooding chat never holds up the others' updates.
            await self.outbox.settled(jobs)
            try:
                await store.first_handling(self.platform, key, self._clock())
                self._outage.ok()
            except Exception as exc:
                if not self._outage.failed(exc, "recording updates"):
                    log.warning("Telegram: couldn't record update %s: %s", update.update_id, _describe(exc))
        finally:
            if batch is not None:
                batch.finished()

    async def _fetch(self, offset: int | None, limit: int) -> tuple[list[Update], int | None]:
        """One long poll: the updates, and the offset that will confirm them."""
        try:
            updates = await self.app.bot.get_updates(
                offset=offset,
                limit=limit,
                timeout=self._settings.telegram.poll_timeout,
                allowed_updates=ALLOWED_UPDATES,
            )
        except TelegramError:
            raise
        except Exception as exc:  # an update python-telegram-bot can't read
            self._on_poll_error(exc)
            return await self._readable_updates(offset, limit)
        return list(updates), (updates[-1].update_id + 1 if updates else offset)

    async def _readable_updates(self, offset: int | None, limit: int) -> tuple[list[Update], int | None]:
        """The pending updates read raw: those that parse, and the offset past all of them.

        One malformed update would otherwise fail every getUpdates, stalling the bot for good.
        """
        kwargs: dict[str, Any] = {"limit": limit, "timeout": 0, "allowed_updates": ALLOWED_UPDATES}
        if offset is not None:
            kwargs["offset"] = offset
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "use get_updates instead": that is what failed
            raw = await self.app.bot.do_api_request("getUpdates", api_kwargs=kwargs)
        items = (
            [i for i in raw if isinstance(i, dict) and isinstance(i.get("update_id"), int)]
            if isinstance(raw, list)
            else []
        )
        readable = []
        for item in items:
            try:
                update = Update.de_json(item, self.app.bot)
            except Exception as exc:
                log.error(
                    "Telegram: skipping update %s, which can't be read: %s", item["update_id"], _describe(exc)
                )
                continue
            if update is not None:
                readable.append(update)
        return readable, (max(i["update_id"] for i in items) + 1 if items else offset)

    async def _stop_polling(self) -> None:
        """Stop polling; a batch being handled gets ``stop_timeout`` to finish, then is cancelled
        (unconfirmed, so Telegram delivers it again at the next start)."""
        task, self._poll_task = self._poll_task, None
        if task is None or task.done():
            return
        self._poll_stopping = True
        if self._poll_idle:
            task.cancel()  # only waiting for Telegram: nothing in hand
        done, _ = await asyncio.wait({task}, timeout=self._stop_timeout)
        if not done:
            log.warning(
                "Telegram: %d update(s) still running after %gs; cancelling them (Telegram sends them again)",
                len(self._inflight),
                self._stop_timeout,
            )
            task.cancel()
            await asyncio.wait({task}, timeout=1.0)
        if self._handling:  # updates confirmed while they waited for a chart
            _, pending = await asyncio.wait(set(self._handling), timeout=self._stop_timeout)
            for t in pending:
                t.cancel()

    def _install_filter(self) -> None:
        names = {__name__, "bot.telegram.render", *_LIBRARY_LOGGERS}
        names.update(n for n in logging.root.manager.loggerDict if n.split(".", 1)[0] in _LIBRARY_LOGGERS)
        for name in sorted(names):
            logger = logging.getLogger(name)
            if self._redact not in logger.filters:
                logger.addFilter(self._redact)
                self._filtered.append(logger)

    def _remove_filter(self) -> None:
        for logger in self._filtered:
            logger.removeFilter(self._redact)
        self._filtered.clear()

    # --- webhook mode ------------------------------------------------------------------------

    async def _start_webhook(self) -> None:
        # The webhook's route goes on the bot's shared web server (bot/web.py) when the runtime
        # gives one; an adapter made alone starts its own. Imported here: polling needs no aiohttp.
        from bot.web import WebServer

        tg = self._settings.telegram
        secret = self._webhook_secret or Secrets.from_env().telegram_webhook_secret
        if not secret:
            raise CannotRun("webhook mode needs a secret: set TELEGRAM_WEBHOOK_SECRET")
        self._webhook_secret = secret
        self._redact.add(secret)
        self._hook_path = urlparse(tg.webhook_url).path or "/"
        if self._web is None:
            self._own_web = WebServer(tg.webhook_listen, tg.webhook_port)
            await self._own_web.start()
        server = self._web or self._own_web
        assert server is not None
        server.route("POST", self._hook_path, self._on_webhook)
        self.webhook_port = server.port
        await self._call(
            "setWebhook",
            self.app.bot.set_webhook,
            url=tg.webhook_url,
            secret_token=secret,
            allowed_updates=ALLOWED_UPDATES,
        )

    async def _on_webhook(self, request: web.Request) -> web.Response:
        from aiohttp import web  # loaded by _start_webhook (bot.web)

        given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        if not self._webhook_secret or not hmac.compare_digest(given.encode(), self._webhook_secret.encode()):
            return web.Response(status=403)
        try:
            data = await request.json()
            update = Update.de_json(data, self.app.bot)
        except Exception:
            return web.Response(status=400)
        if update is None or self._ignored(update):
            return web.Response()  # answered, so Telegram doesn't send it again
        if not self.app.running:
            return web.Response(status=503)  # stopping: Telegram delivers it again later
        # Answered only once the update is handled (its effects stored, its replies sent): Telegram
        # re-sends an update whose webhook call failed, so a kill -9 loses nothing. Queueing it
        # and answering at once (python-telegram-bot's own webhook) lost whatever was queued.
        with self._tracked():
            return await self._handle_once(update)

    def _ignored(self, update: Update) -> bool:
        """A forged, malformed or bot-sent update (bot/telegram/incoming.py): one line, no handling."""
        why = why_ignored(update)
        if why is not None:
            log.info("Telegram: ignoring update %.30s: %s", update.update_id, why)
        return why is not None

    async def _handle_once(self, update: Update) -> web.Response:
        """Handle a webhook delivery once across every process behind the webhook URL.

        The update id is claimed in the store first (``handled_updates``), so two processes given
        the same update at once don't both run it. Telegram delivers again what got no 2xx, so a
        delivery that another process is handling right now (or died handling, within the lease)
        is answered 503 and comes back later; one already handled is acknowledged.
        """
        from aiohttp import web  # loaded by _start_webhook (bot.web)

        store = self._deps.store
        uid = update.update_id
        try:
            state = await store.claim_update(self.platform, uid, self._clock(), WEBHOOK_LEASE)
        except Exception as exc:
            if not self._outage.failed(exc, "claiming webhook updates (answered 503)"):
                log.warning("Telegram: can't claim update %s (%s); asking for it again", uid, _describe(exc))
            return web.Response(status=503, headers={"Retry-After": "5"})
        self._outage.ok()
        if state == UpdateClaim.DONE:
            return web.Response()
        if state == UpdateClaim.BUSY:
            return web.Response(status=503, headers={"Retry-After": "5"})
        handled = False
        try:
            await self._handle_update(update)  # reports (and answers) handler errors itself
            handled = True
        finally:
            # Shielded: a cancelled request must still record (or release) its claim.
            with contextlib.suppress(Exception):
                await asyncio.shield(store.finish_update(self.platform, uid, self._clock(), handled))
        return web.Response()

    # --- incoming ----------------------------------------------------------------------------

    async def _on_message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        msg = update.message
        if msg is None or msg.from_user is None or (msg.text is None and msg.document is None):
            return
        with self._tracked():
            if msg.text is None:  # a document: a run file (bot/telegram/files.py)
                req = document_request(msg, self.platform, self.app.bot, self._clock())
            else:
                req = self._request_for(msg)
            if req is None:
                return
            where = _Where(
                chat_id=msg.chat.id,
                user_id=msg.from_user.id,
                is_private=req.chat.is_private,
                display_name=req.display_name,
                reply_to=None if req.chat.is_private else msg.message_id,
                thread_id=msg.message_thread_id if msg.is_topic_message else None,
            )
            replies = await registry.dispatch(req, self._deps)
            self._queue(where, replies, _essential(req))

    async def _on_migrate(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        moved = migration_of(update.message)
        if moved is not None:
            with self._tracked():
                await move_chat(self._deps, self.platform, *moved)

    def _request_for(self, msg: Message) -> Request | None:
        """The neutral request for a text message, or None when it isn't for us."""
        user = msg.from_user
        assert user is not None and msg.text is not None
        text = msg.text
        is_private = msg.chat.type == ChatType.PRIVATE
        parsed = registry.parse_command(text, self.username) if text.startswith("/") else None
        if parsed is None and _OTHER_BOT_COMMAND.match(text):
            return None  # "/cmd@SomeOtherBot"
        if parsed is not None:
            command, args, rest = parsed
        else:
            if not is_private:
                addressed, text = self._addressed(msg)
                if not addressed:
                    return None
            command, args, rest = "", (), text.strip()[: registry.MAX_INPUT]
        anonymous_admin = msg.sender_chat is not None and msg.sender_chat.id == msg.chat.id
        return Request(
            chat=Chat(
                platform=self.platform,
                chat_id=str(msg.chat.id),
                user_id=str(user.id),
                is_private=is_private,
                is_admin=anonymous_admin,
            ),
            command=command,
            args=args,
            text=rest,
            display_name=user.full_name,
            now=self._clock(),
            message_key=f"{msg.chat.id}:{msg.message_id}",
        )

    def _addressed(self, msg: Message) -> tuple[bool, str]:
        """In a group: is this message for the bot (an @mention or a reply to it)? Mentions removed."""
        assert msg.text is not None
        text = msg.text
        me = f"@{self.username}".lower()
        mentions = [
            (ent, value)
            for ent, value in msg.parse_entities([MessageEntity.MENTION]).items()
            if value.lower() == me
        ]
        replied = msg.reply_to_message is not None and (
            msg.reply_to_message.from_user is not None
            and msg.reply_to_message.from_user.id == self.app.bot.id
        )
        if not mentions and not replied:
            return False, ""
        if mentions:
            # Entity offsets are UTF-16; cut via the UTF-16 encoding to stay exact.
            raw = text.encode("utf-16-le")
            for ent, _ in sorted(mentions, key=lambda p: p[0].offset, reverse=True):
                raw = raw[: ent.offset * 2] + raw[(ent.offset + ent.length) * 2 :]
            text = raw.decode("utf-16-le")
        return True, " ".join(text.split())

    async def _on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None:
            return
        toast: str | None = None
        try:
            with self._tracked():
                message = query.message
                if message is None or not query.data:
                    return
                is_private = message.chat.type == ChatType.PRIVATE
                req = Request(
                    chat=Chat(
                        platform=self.platform,
                        chat_id=str(message.chat.id),
                        user_id=str(query.from_user.id),
                        is_private=is_private,
                    ),
                    command="button",
                    args=(),
                    text=query.data,
                    display_name=query.from_user.full_name,
                    now=self._clock(),
                )
                replies = await registry.dispatch(req, self._deps)
                where = _Where(
                    chat_id=message.chat.id,
                    user_id=query.from_user.id,
                    is_private=is_private,
                    display_name=req.display_name,
                    pressed=message if isinstance(message, Message) else None,
                    thread_id=(
                        message.message_thread_id
                        if isinstance(message, Message) and message.is_topic_message
                        else None
                    ),
                )
                try:
                    if not is_private:
                        # Private answers to a press in a group (refusals, errors, confirmations)
                        # go to the presser alone: a pop-up, or a private chat for a long one.
                        # Nothing of theirs is posted in the group.
                        personal = [r for r in replies if r.private]
                        replies = [r for r in replies if not r.private]
                        toast = await self._answer_privately(query.from_user.id, personal)
                    self._queue(where, replies, True)
                except Exception:
                    toast = toast or APOLOGY  # the apology, too, only to the presser
                    raise
        finally:
            # At once, never queued behind messages: Telegram refuses answers that come late
            # ("query is too old") and the presser sees a spinner until then.
            try:
                await self._call("answerCallbackQuery", query.answer, text=toast, show_alert=bool(toast))
            except TelegramError as exc:  # too old after a restart, etc.: nothing to do
                log.info("Telegram: couldn't answer a button press: %s", _describe(exc))

    async def _answer_privately(self, user_id: int, replies: Sequence[Reply]) -> str | None:
        """Queue a group press's private replies to the presser; returns the pop-up text.

        The pop-up says whether the private message got through when that is known within
        PRIVATE_WAIT seconds (the presser's private chat is usually idle); else that it is on its
        way, so the press is still answered at once."""
        toast: str | None = None
        for r in replies:
            if toast is None and _toastable(r):
                toast = _plain(r.text)
                continue
            sent = self.outbox.put(
                str(user_id), partial(self._send_private, user_id, r), essential=True, track=True
            ).done
            if toast is None and sent is not None:
                done, _ = await asyncio.wait({sent}, timeout=PRIVATE_WAIT)
                if not done:
                    toast = "I'm sending that to you in a private chat."
                elif not sent.cancelled() and sent.exception() is None and sent.result():
                    toast = "I've sent that to you in a private chat."
                elif not sent.cancelled() and sent.exception() is None:
                    toast = f"I can't message you privately yet: open t.me/{self.username} and press Start."
                else:
                    toast = APOLOGY
        return toast

    @contextlib.contextmanager
    def _tracked(self) -> Any:
        task = asyncio.current_task()
        if task is not None:
            self._inflight.add(task)
        try:
            yield
        finally:
            if task is not None:
                self._inflight.discard(task)

    # --- outgoing ----------------------------------------------------------------------------

    async def send(self, chat_id: str, replies: Sequence[Reply]) -> None:
        """Unsolicited messages (reminders, digests). Raises Blocked when the chat is gone.

        Returns once sent: they go through the outbox as bulk, after waiting replies and taking
        turns with other chats (bot/services/delivery.py)."""
        await self.outbox.deliver(chat_id, partial(self._send_unsolicited, chat_id, replies))

    async def _send_unsolicited(self, chat_id: str, replies: Sequence[Reply]) -> None:
        target = int(chat_id)
        try:
            for reply in replies:
                try:
                    await self._send_reply(target, reply)
                except ChatMigrated as exc:
                    await move_chat(self._deps, self.platform, target, int(exc.new_chat_id))
                    target = int(exc.new_chat_id)
                    await self._send_reply(target, reply)
        except Forbidden as exc:
            raise Blocked(f"telegram chat {chat_id}: {exc.message}") from None
        except BadRequest as exc:
            if "chat not found" in exc.message.lower():
                raise Blocked(f"telegram chat {chat_id}: {exc.message}") from None
            raise

    def _queue(self, where: _Where, replies: Sequence[Reply], essential: bool) -> None:
        """Hand an update's replies to the outbox; the update's slot is free at once (see
        _handle_update for when the update counts as handled)."""
        if replies:
            job = self.outbox.put(
                str(where.chat_id),
                partial(self._deliver_queued, where, replies),
                essential=essential,
                track=True,
            )
            jobs = _UPDATE_JOBS.get()
            if jobs is not None:
                jobs.append(job)

    async def _deliver_queued(self, where: _Where, replies: Sequence[Reply]) -> None:
        """An update's replies, sent by the outbox: failures are logged (once) and apologised for."""
        try:
            await self._deliver(where, replies)
        except Forbidden as exc:  # blocked us, left the group: nobody to tell
            log.info("Telegram: can't reply in chat %s: %s", where.chat_id, _describe(exc))
        except Exception as exc:
            if isinstance(exc, TelegramError):
                log.error("Telegram: replying in chat %s failed: %s", where.chat_id, _describe(exc))
            else:  # a bug: one traceback is worth having
                log.error(
                    "Telegram: replying in chat %s failed: %s", where.chat_id, _describe(exc), exc_info=exc
                )
            if not isinstance(exc, RetryAfter):
                with contextlib.suppress(TelegramError):
                    await self.app.bot.send_message(where.chat_id, APOLOGY, message_thread_id=where.thread_id)

    def _slow_down(self, chat_id: str) -> Callable[[], Awaitable[Any]]:
        """The notice for a chat whose backlog overflowed (see Outbox)."""
        return partial(
            self._deliver_queued, _Where(int(chat_id), 0, not chat_id.startswith("-"), ""), [Reply(SLOW_DOWN)]
        )

    async def _deliver(self, where: _Where, replies: Sequence[Reply]) -> None:
        noted = False
        pressed = where.pressed
        reply_to = where.reply_to
        for reply in replies:
            if reply.private and not where.is_private:
                delivered = await self._send_private(where.user_id, reply)
                if not noted:
                    noted = True
                    name = esc(where.display_name or "there")
                    if delivered:
                        note = f"{name}, I've sent that to you in a private chat."
                    else:
                        link = f"https://t.me/{self.username}?start=private"
                        note = (
                            f"{name}, I can't message you privately yet. Open {esc(link)} and press "
                            "<b>Start</b>, then ask me again."
                        )
                    await self._send_text(where.chat_id, note, reply_to=reply_to, thread_id=where.thread_id)
                    reply_to = None
                continue
            edit = pressed if (reply.edit and pressed is not None) else None
            if edit is not None:
                pressed = None  # one edit per press; further replies are new messages
            await self._send_reply(
                where.chat_id, reply, edit=edit, reply_to=reply_to, thread_id=where.thread_id
            )
            reply_to = None

    async def _send_private(self, user_id: int, reply: Reply) -> bool:
        try:
            await self._send_reply(user_id, reply)
        except Forbidden:
            return False
        return True

    async def _send_reply(
        self,
        chat_id: int,
        reply: Reply,
        *,
        edit: Message | None = None,
        reply_to: int | None = None,
        thread_id: int | None = None,
    ) -> None:
        markup = _markup(reply)
        bot = self.app.bot
        if reply.image is not None or reply.file is not None:
            caption_fits = (
                utf16_len(reply.text) <= MAX_CAPTION and len(split_html(reply.text, MAX_CAPTION)) <= 1
            )
            caption = reply.text if caption_fits and reply.text.strip() else None
            rest = [] if caption_fits else split_html(reply.text)
            common: dict[str, Any] = {
                "caption": caption,
                "parse_mode": ParseMode.HTML,
                "reply_markup": None if rest else markup,
                "reply_parameters": _reply_params(reply_to),
                "message_thread_id": thread_id,
            }
            if reply.image is not None:
                await self._chat_action(chat_id, ChatAction.UPLOAD_PHOTO)
                await self._call("sendPhoto", bot.send_photo, chat_id, reply.image, **common)
            else:
                assert reply.file is not None
                name, data = reply.file
                await self._chat_action(chat_id, ChatAction.UPLOAD_DOCUMENT)
                await self._call("sendDocument", bot.send_document, chat_id, data, filename=name, **common)
            for k, part in enumerate(rest):
                await self._send_text(
                    chat_id, part, markup if k == len(rest) - 1 else None, thread_id=thread_id
                )
            return
        parts = split_html(reply.text)
        if not parts:
            return
        if edit is not None and edit.text is not None:
            first_markup = markup if len(parts) == 1 else None
            if await self._edit(edit, parts[0], first_markup):
                parts = parts[1:]
        for k, part in enumerate(parts):
            await self._send_text(
                chat_id,
                part,
                markup if k == len(parts) - 1 else None,
                reply_to=reply_to if k == 0 else None,
                thread_id=thread_id,
            )

    async def _send_text(
        self,
        chat_id: int,
        text: str,
        markup: InlineKeyboardMarkup | None = None,
        *,
        reply_to: int | None = None,
        thread_id: int | None = None,
    ) -> Message:
        return await self._call(
            "sendMessage",
            self.app.bot.send_message,
            chat_id,
            text,
            parse_mode=ParseMode.HTML,
            reply_markup=markup,
            link_preview_options=_NO_PREVIEW if "://" in text else None,
            reply_parameters=_reply_params(reply_to),
            message_thread_id=thread_id,
        )

    async def _edit(self, message: Message, text: str, markup: InlineKeyboardMarkup | None) -> bool:
        """Replace a message's text; False when Telegram won't (then the caller sends a new one)."""
        try:
            await self._call(
                "editMessageText",
                self.app.bot.edit_message_text,
                text,
                chat_id=message.chat.id,
                message_id=message.message_id,
                parse_mode=ParseMode.HTML,
                reply_markup=markup,
                link_preview_options=_NO_PREVIEW if "://" in text else None,
            )
        except BadRequest as exc:
            if "not modified" in exc.message.lower():
                return True
            log.info("Telegram: couldn't edit a message (%s); sending a new one", _describe(exc))
            return False
        return True

    async def _chat_action(self, chat_id: int, action: str) -> None:
        try:
            await self._call("sendChatAction", self.app.bot.send_chat_action, chat_id, action)
        except Forbidden:
            raise
        except TelegramError as exc:
            log.debug("Telegram: chat action failed: %s", _describe(exc))

    async def _call(self, name: str, fn: Callable[..., Awaitable[T]], *args: Any, **kwargs: Any) -> T:
        """One Bot API call, retried on network errors and 5xx answers with backoff.

        429s are retried by the send budget's rate limiter (bot/telegram/pacing.py), which holds
        every sender for retry_after; 400/403 are final.
        A retry after a timeout may duplicate a message Telegram did receive: the lesser evil.
        """
        delay = self._retry_delay
        for attempt in range(SEND_RETRIES + 1):
            try:
                return await fn(*args, **kwargs)
            except BadRequest:
                raise
            except NetworkError as exc:
                if attempt == SEND_RETRIES:
                    raise
                if attempt == 0:
                    log.warning("Telegram: %s failed (%s); retrying", name, _describe(exc))
                else:
                    log.debug("Telegram: %s failed again (%s)", name, _describe(exc))
                await asyncio.sleep(delay)
                delay *= 2
        raise AssertionError("unreachable")

    # --- facts for handlers ------------------------------------------------------------------

    async def _is_admin(self, chat: Chat) -> bool:
        if chat.platform != self.platform or chat.is_private:
            return False
        try:
            member = await self._call(
                "getChatMember", self.app.bot.get_chat_member, int(chat.chat_id), int(chat.user_id)
            )
        except TelegramError as exc:
            log.warning("Telegram: couldn't check admin rights: %s", _describe(exc))
            return False
        return member.status in (ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR)

    # --- errors ------------------------------------------------------------------------------

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        err = context.error
        where = f"update {update.update_id}" if isinstance(update, Update) else "a background task"
        if isinstance(err, TelegramError):
            log.error("Telegram: handling %s failed: %s", where, _describe(err))
        elif err is not None and self._outage.failed(err, "handling updates"):
            pass  # the database is down: one outage report, not a traceback per update
        else:  # a bug: one traceback is worth having
            log.error("Telegram: handling %s failed: %s", where, _describe(err), exc_info=err)
        if isinstance(err, Forbidden) or not isinstance(update, Update) or update.effective_chat is None:
            return
        if update.callback_query is not None:
            return  # a button press: its pop-up carried the apology; never post it in the chat
        chat_id = update.effective_chat.id
        with contextlib.suppress(RuntimeError):  # the outbox is closed: stopping
            self.outbox.put(str(chat_id), partial(self._apologize, chat_id))

    async def _apologize(self, chat_id: int) -> None:
        with contextlib.suppress(TelegramError):
            await self.app.bot.send_message(chat_id, APOLOGY)

    def _on_poll_error(self, exc: Exception) -> None:
        """Polling failures: one line per distinct problem (at most once a minute), no tracebacks."""
        text = _describe(exc)
        if isinstance(exc, Conflict):
            text += " (is another copy of the bot running with this token?)"
        last, at = self._last_poll_error
        now = time.monotonic()
        if text != last or now - at > 60:
            log.warning("Telegram: polling failed: %s", text)
            self._last_poll_error = (text, now)
        else:
            log.debug("Telegram: polling failed again: %s", text)


def _describe(exc: BaseException | None) -> str:
    if exc is None:
        return "unknown error"
    return f"{type(exc).__name__}: {str(exc)[:300]}"


def _markup(reply: Reply) -> InlineKeyboardMarkup | None:
    rows = button_rows(reply.buttons)
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.action) for b in row] for row in rows]
    )


def _reply_params(message_id: int | None) -> ReplyParameters | None:
    if message_id is None:
        return None
    return ReplyParameters(message_id=message_id, allow_sending_without_reply=True)


def _plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^<>]*>", "", text))


def _toastable(reply: Reply) -> bool:
    return (
        reply.image is None
        and reply.file is None
        and not reply.buttons
        and 0 < len(_plain(reply.text)) <= TOAST_MAX
    )


def _essential(req: Request) -> bool:
    """Is the answer to `req` one a flooded chat's backlog must keep (see bot/services/delivery.py)?"""
    return req.command == "button" or (req.command in registry.COMMANDS and essential(req.command))
