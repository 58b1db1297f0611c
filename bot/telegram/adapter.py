"""The Telegram adapter: python-telegram-bot 22 running inside the runtime's event loop.

Updates (messages and button presses) become neutral ``handlers.types.Request`` objects
(bot/telegram/incoming.py), go through ``handlers.registry.dispatch`` and the neutral replies are
rendered back as Telegram messages (bot/telegram/delivery.py: HTML parse mode, inline keyboards,
photos, documents, edits). The adapter only supplies facts (chat type, whether a user
administers a group); handlers decide.

This module is the adapter's wiring and what every update goes through once (``_handle_update``:
a concurrency slot, the handled-update record, its replies settled). Updates arrive by long
polling (bot/telegram/polling.py) or by webhook (bot/telegram/webhook.py, a route on bot/web.py).

Lifecycle: ``start()`` runs the Application's own steps (initialize, start, then polling or the
webhook route) in the caller's loop and returns once updates flow; ``stop()`` reverses them,
giving in-flight replies a bounded time to finish. No JobQueue, no persistence: the runtime owns
scheduling and the database.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from telegram import BotCommand, Message, Update
from telegram.constants import ChatMemberStatus
from telegram.error import Forbidden, InvalidToken, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot import logs
from bot.charts.pool import WAITING
from bot.clock import utcnow
from bot.config import Settings
from bot.dbfaults import outage_of
from bot.services.delivery import Job, essential
from bot.services.outbound import CannotRun
from bot.services.ratelimit import SendBudget, telegram_budget
from bot.telegram.common import APOLOGY, LIBRARY_LOGGERS, OWN_LOGGERS, describe, log
from bot.telegram.delivery import UPDATE_JOBS, Delivery, Where
from bot.telegram.files import document_request
from bot.telegram.incoming import button_request, ignored, text_request
from bot.telegram.migrate import migration_of, move_chat
from bot.telegram.pacing import BudgetRateLimiter
from bot.telegram.polling import Batch, Poller, Slot
from bot.telegram.request import FormRequest
from bot.telegram.webhook import Webhook
from handlers import registry
from handlers.deps import Deps
from handlers.types import Chat, Reply, Request

if TYPE_CHECKING:
    from bot.web import WebServer


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
        self._stop_timeout = stop_timeout
        # httpx logs every request URL at INFO, and Bot API URLs contain the token; PTB logs every
        # call's parameters at DEBUG: the filter drops those records too (bot/logs.py).
        logging.getLogger("httpx").setLevel(logging.WARNING)
        self._redact = logs.RedactSecrets([token, webhook_secret or ""])
        self._filtered: list[logging.Logger] = []
        self._install_filter()
        # One pacing budget for everything this bot token sends: replies and, through send(),
        # reminders, digests and results (bot/services/ratelimit.py, bot/telegram/pacing.py).
        self.budget = budget or telegram_budget(settings.processes)
        tg = settings.telegram
        self.app: Application[Any, Any, Any, Any, Any, Any] = (
            ApplicationBuilder()
            .token(token)
            .base_url(tg.api_base_url)
            .base_file_url(tg.file_base_url)
            .concurrent_updates(tg.concurrent_updates)
            .rate_limiter(rate_limiter or BudgetRateLimiter(self.budget, max_retries=3))
            .job_queue(None)
            .updater(None)  # polling is ours (bot/telegram/polling.py): updates confirmed once handled
            .request(FormRequest(connection_pool_size=256, pool_timeout=10.0))  # bot/telegram/request.py
            .build()
        )
        # Replies, reminders and digests leave through the delivery's outbox: chats take turns,
        # handling never waits for pacing (bot/services/delivery.py). Button answers don't queue.
        self.delivery = Delivery(self.app.bot, self.budget, deps, self.platform, retry_delay)
        self.outbox = self.delivery.outbox
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
        self._slots = asyncio.Semaphore(tg.concurrent_updates)  # updates handled at once
        # Chats whose move to a supergroup is being handled: their later updates wait for it.
        self._moving: dict[int, list[asyncio.Event]] = {}
        self._poller = Poller(
            self.app.bot,
            tg,
            self._handle_update,
            on_lost=self._lose,
            in_flight=lambda: len(self._inflight),
            retry_delay=retry_delay,
            stop_timeout=stop_timeout,
        )
        self._webhook = Webhook(
            self.app,
            tg,
            deps=deps,
            outage=self._outage,
            clock=clock,
            delivery=self.delivery,
            handle=self._handle_update,
            ignored=ignored,
            tracked=self._tracked,
            redact=self._redact,
            secret=webhook_secret,
            web=web,  # the runtime's shared server (bot/web.py), or None: start one in webhook mode
            platform=self.platform,
        )
        # Set when polling stops for good (the token revoked while running): see Poller.
        self.lost = asyncio.Event()
        self.lost_reason = ""

    # --- lifecycle ---------------------------------------------------------------------------

    @property
    def username(self) -> str:
        return self.app.bot.username

    @property
    def webhook_port(self) -> int | None:
        """The port the webhook is served on (webhook mode, once started)."""
        return self._webhook.port

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
            await self.delivery.call("setMyCommands", self.app.bot.set_my_commands, commands)
        except TelegramError as exc:
            log.warning("Telegram: couldn't set the command menu: %s", describe(exc))
        await self.app.start()
        if self._settings.telegram.mode == "webhook":
            await self._webhook.start()
        else:
            # A webhook left from webhook mode would make getUpdates fail (409).
            await self.delivery.call("deleteWebhook", self.app.bot.delete_webhook)
            self._poller.start()

    async def stop(self) -> None:
        async with self._lock:
            if self._state == "running":
                await self._teardown()
            self._state = "stopped"
            self._remove_filter()

    async def _teardown(self) -> None:
        """Stop receiving, let in-flight updates finish (bounded), close the HTTP clients."""
        await self._webhook.stop()
        await self._poller.stop()
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
                log.warning("Telegram: stopping failed: %s", describe(stopping.exception()))
        await self.outbox.close(self._stop_timeout)  # what is queued gets stop_timeout to go out
        try:
            await self.app.shutdown()
            await self.app.bot.shutdown()  # closes the HTTP clients even after a failed initialize
        except Exception as exc:
            log.warning("Telegram: shutdown failed: %s", describe(exc))

    def _lose(self, reason: str) -> None:
        """Telegram stopped for good while running (the token revoked): the runtime takes us out."""
        self.lost_reason = reason
        self.lost.set()

    def _install_filter(self) -> None:
        self._filtered += logs.guard(self._redact, OWN_LOGGERS, LIBRARY_LOGGERS)

    def _remove_filter(self) -> None:
        logs.unguard(self._redact, self._filtered)
        self._filtered.clear()

    @contextlib.contextmanager
    def _tracked(self) -> Iterator[None]:
        task = asyncio.current_task()
        if task is not None:
            self._inflight.add(task)
        try:
            yield
        finally:
            if task is not None:
                self._inflight.discard(task)

    # --- every update, polled or webhook -----------------------------------------------------

    async def _handle_update(self, update: Update, batch: Batch | None = None, check: bool = True) -> None:
        """Handle one update once: an update Telegram delivers again (after a crash, or a webhook
        retry) that was handled before is skipped. The record ("update:<id>" in handled_messages)
        is written once the update is handled, replies sent; a crash in between (the update in
        flight) can still run it twice, but no longer the whole unconfirmed batch. ``check=False``
        skips the look-up for an update that can't have been handled before (see Poller)."""
        if ignored(update):
            if batch is not None:
                batch.finished()
            return
        key = f"update:{update.update_id}"
        store = self._deps.store
        moving = self._note_move(update)  # before any await: updates start in the order they came
        if moving is None:
            chat = update.effective_chat
            for earlier in list(self._moving.get(chat.id, ())) if chat is not None else ():
                await earlier.wait()  # "/challenge" right after the group became a supergroup
        # The update's place among concurrent_updates, lent out while it waits for a chart.
        slot = Slot(self._slots, batch)
        try:
            await self._slots.acquire()
        except BaseException:
            self._moved(moving)
            raise
        jobs: list[Job] = []
        jobs_token = UPDATE_JOBS.set(jobs)
        try:
            token = WAITING.set(slot)
            try:
                try:
                    if check and await store.handled_before(self.platform, key):
                        log.info("Telegram: update %s was handled before; skipping it", update.update_id)
                        return
                except Exception as exc:  # the store is unreachable: handling twice beats not at all
                    if not self._outage.failed(exc, "checking updates"):
                        log.warning("Telegram: couldn't check update %s: %s", update.update_id, describe(exc))
                try:
                    await self.app.process_update(update)
                except Exception as exc:  # process_update reports handler errors itself
                    log.error("Telegram: update %s failed: %s", update.update_id, describe(exc))
            finally:
                WAITING.reset(token)
                self._moved(moving)  # the club is in the supergroup now (or the move failed)
                # The slot is free while the record is written: the next update is handled
                # during the write (with concurrent_updates=1 the write was on every update's
                # critical path). The batch is confirmed only once all its records are in.
                if not slot.parked:
                    self._slots.release()
                UPDATE_JOBS.reset(jobs_token)
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
                    log.warning("Telegram: couldn't record update %s: %s", update.update_id, describe(exc))
        finally:
            self._moved(moving)
            if batch is not None:
                batch.finished()

    def _note_move(self, update: Update) -> asyncio.Event | None:
        """A group's move to a supergroup (either service message): both chats' later updates wait
        until it is handled, so a command sent right after the move finds the club in its new chat."""
        moved = migration_of(update.message) if update.message is not None else None
        if moved is None:
            return None
        done = asyncio.Event()
        for chat_id in moved:
            self._moving.setdefault(chat_id, []).append(done)
        return done

    def _moved(self, done: asyncio.Event | None) -> None:
        if done is None or done.is_set():
            return
        done.set()
        for chat_id in [c for c, events in self._moving.items() if done in events]:
            self._moving[chat_id].remove(done)
            if not self._moving[chat_id]:
                del self._moving[chat_id]

    # --- incoming ----------------------------------------------------------------------------

    async def _on_message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        msg = update.message
        if msg is None or msg.from_user is None or (msg.text is None and msg.document is None):
            return
        with self._tracked():
            bot = self.app.bot
            if msg.text is None:  # a document: a run file (bot/telegram/files.py)
                req = document_request(msg, self.platform, bot, self._clock())
            else:
                req = text_request(msg, self.platform, bot.username, bot.id, self._clock())
            if req is None:
                return
            where = Where(
                chat_id=msg.chat.id,
                user_id=msg.from_user.id,
                is_private=req.chat.is_private,
                display_name=req.display_name,
                reply_to=None if req.chat.is_private else msg.message_id,
                thread_id=msg.message_thread_id if msg.is_topic_message else None,
            )
            replies = await registry.dispatch(req, self._deps)
            self.delivery.queue(where, replies, _essential(req))

    async def _on_migrate(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        moved = migration_of(update.message)
        if moved is not None:
            with self._tracked():
                await move_chat(self._deps, self.platform, *moved)

    async def _on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None:
            return
        toast: str | None = None
        try:
            with self._tracked():
                req = button_request(query, self.platform, self._clock())
                message = query.message
                if req is None or message is None:
                    return
                is_private = req.chat.is_private
                replies = await registry.dispatch(req, self._deps)
                where = Where(
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
                        toast = await self.delivery.answer_privately(query.from_user.id, personal)
                    self.delivery.queue(where, replies, True)
                except Exception:
                    toast = toast or APOLOGY  # the apology, too, only to the presser
                    raise
        finally:
            # At once, never queued behind messages: Telegram refuses answers that come late
            # ("query is too old") and the presser sees a spinner until then.
            try:
                await self.delivery.call(
                    "answerCallbackQuery", query.answer, text=toast, show_alert=bool(toast)
                )
            except TelegramError as exc:  # too old after a restart, etc.: nothing to do
                log.info("Telegram: couldn't answer a button press: %s", describe(exc))

    # --- outgoing ----------------------------------------------------------------------------

    async def send(self, chat_id: str, replies: Sequence[Reply]) -> None:
        """Unsolicited messages (reminders, digests). Raises Blocked when the chat is gone.

        Returns once sent: they go through the outbox as bulk, after waiting replies and taking
        turns with other chats (bot/services/delivery.py)."""
        await self.delivery.send(chat_id, replies)

    # --- facts for handlers ------------------------------------------------------------------

    async def _is_admin(self, chat: Chat) -> bool:
        if chat.platform != self.platform or chat.is_private:
            return False
        try:
            member = await self.delivery.call(
                "getChatMember", self.app.bot.get_chat_member, int(chat.chat_id), int(chat.user_id)
            )
        except TelegramError as exc:
            log.warning("Telegram: couldn't check admin rights: %s", describe(exc))
            return False
        return member.status in (ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR)

    # --- errors ------------------------------------------------------------------------------

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        err = context.error
        where = f"update {update.update_id}" if isinstance(update, Update) else "a background task"
        if isinstance(err, TelegramError):
            log.error("Telegram: handling %s failed: %s", where, describe(err))
        elif err is not None and self._outage.failed(err, "handling updates"):
            pass  # the database is down: one outage report, not a traceback per update
        else:  # a bug: one traceback is worth having
            log.error("Telegram: handling %s failed: %s", where, describe(err), exc_info=err)
        if isinstance(err, Forbidden) or not isinstance(update, Update) or update.effective_chat is None:
            return
        if update.callback_query is not None:
            return  # a button press: its pop-up carried the apology; never post it in the chat
        self.delivery.apologize(update.effective_chat.id)


def _essential(req: Request) -> bool:
    """Is the answer to `req` one a flooded chat's backlog must keep (see bot/services/delivery.py)?"""
    return req.command == "button" or (req.command in registry.COMMANDS and essential(req.command))
