"""Telegram long polling that confirms updates only once they have been handled.

A getUpdates ``offset`` confirms every update before it and Telegram forgets those.
python-telegram-bot's Updater confirms a batch as soon as it is queued in memory, so a crash
(kill -9, power loss) silently lost every queued update not yet handled. Here (``Poller``) a batch
is handled first (``concurrent_updates`` at a time) and the next getUpdates confirms it: after a
crash Telegram delivers the unfinished batch again. The price: an update handled just before a
crash may be handled twice (at most one batch, POLL_LIMIT).

``Batch`` and ``Slot`` are how an update waiting for its chart stops holding up the others; the
adapter's ``_handle_update`` (which the webhook shares) takes a slot for each update.
"""

from __future__ import annotations

import asyncio
import time
import warnings
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Bot, Update
from telegram.error import Conflict, InvalidToken, TelegramError, TimedOut

from bot.config import TelegramConfig
from bot.retry import telegram_poll
from bot.telegram.common import ALLOWED_UPDATES, describe, log

POLL_LIMIT = 32  # updates per getUpdates: at most this many are handled twice after a crash


class Batch:
    """The updates of one getUpdates answer, being handled.

    Polling confirms a batch only once it is handled (see ``Poller._poll``), so the next getUpdates
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


class Slot:
    """One update's place among ``concurrent_updates``; lent out while a chart is drawn."""

    __slots__ = ("batch", "parked", "slots")

    def __init__(self, slots: asyncio.Semaphore, batch: Batch | None) -> None:
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


# Handle one update: (update, its batch, whether it may have been handled before).
HandleUpdate = Callable[[Update, Batch, bool], Coroutine[Any, Any, None]]


class Poller:
    """The getUpdates loop of one adapter: ``start()`` once, ``stop()`` (safe to repeat)."""

    def __init__(
        self,
        bot: Bot,
        settings: TelegramConfig,
        handle: HandleUpdate,
        *,
        on_lost: Callable[[str], None],
        in_flight: Callable[[], int],
        retry_delay: float,
        stop_timeout: float,
    ) -> None:
        self._bot = bot
        self._settings = settings
        self._handle = handle
        self._on_lost = on_lost  # the token was revoked while running
        self._in_flight = in_flight  # updates still being handled (for the log line at stop)
        self._backoff = telegram_poll(retry_delay)  # bot/retry.py: the one retry policy
        self._stop_timeout = stop_timeout
        self._last_error: tuple[str, float] = ("", 0.0)
        self._task: asyncio.Task[None] | None = None
        self._handling: set[asyncio.Task[None]] = set()  # updates being handled
        self._idle = True  # waiting for updates (nothing in hand), not handling a batch
        self._stopping = False

    def start(self) -> None:
        self._stopping = False
        self._task = asyncio.create_task(self._poll(), name="telegram-polling")

    async def _poll(self) -> None:
        """Fetch a batch, handle it, confirm it with the next fetch (see the module's doc)."""
        tg = self._settings
        bot = self._bot
        limit = min(100, max(POLL_LIMIT, tg.concurrent_updates))
        offset: int | None = None  # confirms every update handled so far
        confirmed: int | None = None  # the offset Telegram has been sent
        failures = 0
        handle = self._handle
        # Only the first batch this loop fetches can hold updates handled before (by a process that
        # died before confirming its last batch, or by this one before the loop restarted): once a
        # getUpdates carries an offset, Telegram sends nothing older again. So only that batch is
        # looked up in the handled-update record; every update is still recorded.
        check = True

        try:
            while not self._stopping:
                self._idle = True
                try:
                    updates, after = await self._fetch(offset, limit)
                except InvalidToken:
                    # 401 while running: the token was revoked. Retrying can't help; the runtime
                    # takes Telegram out (bot/app.py, which logs the reason) and exits if no
                    # platform is left.
                    self._on_lost("Telegram rejected the bot token (401): check TELEGRAM_BOT_TOKEN")
                    return
                except Exception as exc:
                    # A timeout is retried at once; 429s were already waited out by the rate limiter.
                    self._on_error(exc)
                    if not isinstance(exc, TimedOut):
                        failures += 1
                        await asyncio.sleep(self._backoff.delay(failures))
                    continue
                failures = 0
                confirmed = offset
                if after == offset:
                    continue
                self._idle = False
                batch = Batch(len(updates))
                for u in updates:
                    task = asyncio.create_task(handle(u, batch, check), name=f"telegram-update-{u.update_id}")
                    self._handling.add(task)
                    task.add_done_callback(self._handling.discard)
                # The next poll waits until the batch is done, except for updates that only wait
                # for a chart to be drawn: those don't hold up other chats (see Batch).
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
                    log.info("Telegram: couldn't confirm updates (%s): they come again", describe(exc))

    async def _fetch(self, offset: int | None, limit: int) -> tuple[list[Update], int | None]:
        """One long poll: the updates, and the offset that will confirm them."""
        try:
            updates = await self._bot.get_updates(
                offset=offset,
                limit=limit,
                timeout=self._settings.poll_timeout,
                allowed_updates=ALLOWED_UPDATES,
            )
        except TelegramError:
            raise
        except Exception as exc:  # an update python-telegram-bot can't read
            self._on_error(exc)
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
            raw = await self._bot.do_api_request("getUpdates", api_kwargs=kwargs)
        items = (
            [i for i in raw if isinstance(i, dict) and isinstance(i.get("update_id"), int)]
            if isinstance(raw, list)
            else []
        )
        readable = []
        for item in items:
            try:
                update = Update.de_json(item, self._bot)
            except Exception as exc:
                log.error(
                    "Telegram: skipping update %s, which can't be read: %s", item["update_id"], describe(exc)
                )
                continue
            if update is not None:
                readable.append(update)
        return readable, (max(i["update_id"] for i in items) + 1 if items else offset)

    async def stop(self) -> None:
        """Stop polling; a batch being handled gets ``stop_timeout`` to finish, then is cancelled
        (unconfirmed, so Telegram delivers it again at the next start)."""
        task, self._task = self._task, None
        if task is None or task.done():
            return
        self._stopping = True
        if self._idle:
            task.cancel()  # only waiting for Telegram: nothing in hand
        done, _ = await asyncio.wait({task}, timeout=self._stop_timeout)
        if not done:
            log.warning(
                "Telegram: %d update(s) still running after %gs; cancelling them (Telegram sends them again)",
                self._in_flight(),
                self._stop_timeout,
            )
            task.cancel()
            await asyncio.wait({task}, timeout=1.0)
        if self._handling:  # updates confirmed while they waited for a chart
            _, pending = await asyncio.wait(set(self._handling), timeout=self._stop_timeout)
            for t in pending:
                t.cancel()

    def _on_error(self, exc: Exception) -> None:
        """Polling failures: one line per distinct problem (at most once a minute), no tracebacks."""
        text = describe(exc)
        if isinstance(exc, Conflict):
            text += " (is another copy of the bot running with this token?)"
        last, at = self._last_error
        now = time.monotonic()
        if text != last or now - at > 60:
            log.warning("Telegram: polling failed: %s", text)
            self._last_error = (text, now)
        else:
            log.debug("Telegram: polling failed again: %s", text)
