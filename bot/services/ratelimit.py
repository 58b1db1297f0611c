"""One send budget per platform token: everything the bot sends on a platform is paced by it.

Telegram limits a bot to about 30 messages a second overall, about one a second in a private chat
(short bursts allowed) and 20 a minute in one group; a 429 answer's ``retry_after`` holds the
whole bot (or that chat). So interactive replies, reminders, digests and results must share one
budget, not one each: the platform adapter owns a ``SendBudget`` and every message it sends (its
replies and, through ``Transport.send``, everything the services send) takes a place from it
first. The order in which chats are served is the outbox's (``bot/services/delivery.py``), which
asks ``ready_in`` before it starts a chat's next message, so a chat's wait is spent in the queue,
not holding a sender.

- The buckets are aiolimiter's leaky buckets with a small capacity, so no 1-second window holds
  more than ``rate + burst`` messages (Telegram: 29 a second and a burst of 1, so never over 30
  even when a fan-out follows a quiet spell; a group: 16 a minute and 3 at once, never over 20).
- Interactive replies go first: bulk senders (reminders, digests) pass one at a time through a
  lane and wait while a reply is waiting, so a reply queued behind 300 reminders waits for at
  most the one bulk message already at the front, not for the other 299.
- ``penalize(chat, seconds)`` (a 429) holds that chat alone when the platform limits chats one by
  one; the whole token when the 429 named no chat, when the chat has no limit of its own, or when
  429s came for several chats within a second (that is the bot's own limit, not the chats').

Times are the event loop's (``loop.time()``): tests drive the budget with a virtual-time loop.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import timedelta

from aiolimiter import AsyncLimiter

from bot.compat.telegram_retry import retry_after_delta


@dataclass(frozen=True)
class Limit:
    rate: float  # messages per second, sustained
    burst: float  # how many may go at once after a quiet spell

    @property
    def interval(self) -> float:
        """Seconds per message at the sustained rate."""
        return 1.0 / self.rate

    def limiter(self) -> AsyncLimiter:
        return AsyncLimiter(self.burst, self.burst / self.rate)


# Telegram: about 30 messages a second overall, 20 a minute in one group (negative chat ids),
# about one a second in a private chat with short bursts. The bot paces a little under each, so
# that no window of the platform's holds more than its figure even with a burst at its start.
TELEGRAM_GLOBAL = Limit(rate=30.0, burst=1.0)  # Telegram's figure
TELEGRAM_PACE = Limit(rate=29.0, burst=1.0)  # what the bot sends at: <= 30 in any second
TELEGRAM_GROUP = Limit(rate=16.0 / 60.0, burst=3.0)  # <= 19 in any minute
TELEGRAM_PRIVATE = Limit(rate=1.0, burst=2.0)  # one short of a burst of 3: room for jitter
# 429s for this many different chats within BOT_WIDE_WINDOW seconds: the bot's limit, not theirs.
BOT_WIDE_CHATS = 3
BOT_WIDE_WINDOW = 1.0
# Discord: 50 requests a second overall, 5 per 5 seconds per channel. The bot paces at 45 a second
# with a burst of 5, so no second holds more than 50 (interaction answers don't count: Discord
# exempts them; discord.py's own route buckets hold a channel to its 5 per 5 s).
DISCORD_GLOBAL = Limit(rate=45.0, burst=5.0)
DISCORD_CHANNEL = Limit(rate=1.0, burst=5.0)

# Who is sending in the current task: "reply" (default: someone is waiting for it) or "bulk"
# (reminders, digests, results). Transports set it with ``bulk_sending()``.
PRIORITY: ContextVar[str] = ContextVar("legwork_send_priority", default="reply")


@contextlib.contextmanager
def bulk_sending() -> Iterator[None]:
    """Messages sent inside are bulk: they yield to interactive replies."""
    token = PRIORITY.set("bulk")
    try:
        yield
    finally:
        PRIORITY.reset(token)


class SendBudget:
    """The pacing of one platform token: a global bucket and lazily made per-chat buckets."""

    def __init__(
        self,
        global_limit: Limit,
        chat_limit: Limit | None = None,
        chat_applies: Callable[[str], bool] = lambda chat_id: True,
        *,
        group_limit: Limit | None = None,
        is_group: Callable[[str], bool] = lambda chat_id: False,
        max_chats: int = 10_000,
    ) -> None:
        self.global_limit = global_limit
        self.chat_limit = chat_limit
        self.chat_applies = chat_applies
        self.group_limit = group_limit  # for chats where is_group(chat) (instead of chat_limit)
        self.is_group = is_group
        self.max_chats = max_chats
        self._recent_429s: list[tuple[float, str]] = []
        self._global = global_limit.limiter()
        self._chats: dict[str, AsyncLimiter] = {}
        self._blocked_until = 0.0  # loop time; a 429 for the whole token
        self._chat_blocked: dict[str, float] = {}
        self._bulk_lane = asyncio.Lock()
        self._replies_waiting = 0
        self._no_replies = asyncio.Event()
        self._no_replies.set()
        self.sent = 0  # places taken (for tests and benches)

    def limit_for(self, chat_id: str) -> Limit | None:
        """The chat's own limit (a group's or a private chat's), if the platform has one."""
        if not chat_id:
            return None
        if self.group_limit is not None and self.is_group(chat_id):
            return self.group_limit
        if self.chat_limit is not None and self.chat_applies(chat_id):
            return self.chat_limit
        return None

    def limits_chat(self, chat_id: str) -> bool:
        return self.limit_for(chat_id) is not None

    def ready_in(self, chat_id: str) -> float:
        """Seconds until a message to `chat_id` may start without waiting for the chat itself
        (its bucket, a 429 hold on it or on the bot); the bot's global bucket is not counted."""
        wait = self._block_left(chat_id)
        bucket = self._chat_bucket(chat_id)
        if bucket is not None and not bucket.has_capacity(1):  # has_capacity leaks first
            # aiolimiter 1.2 keeps the bucket's level in _level; (level + 1 - size) / rate is
            # when one more fits.
            level = float(getattr(bucket, "_level", bucket.max_rate))
            rate = bucket.max_rate / bucket.time_period
            wait = max(wait, (level + 1.0 - bucket.max_rate) / rate + 1e-3)
        return max(0.0, wait)

    async def acquire(self, chat_id: str, bulk: bool | None = None) -> None:
        """Wait for a place for one message to `chat_id` (bulk: default from ``PRIORITY``)."""
        if bulk is None:
            bulk = PRIORITY.get() == "bulk"
        chat = self._chat_bucket(chat_id)
        await self._unblocked(chat_id)
        if chat is not None:
            await chat.acquire()
        if bulk:
            async with self._bulk_lane:
                await self._no_replies.wait()
                await self._take_global(chat_id)
        else:
            self._replies_waiting += 1
            self._no_replies.clear()
            try:
                await self._take_global(chat_id)
            finally:
                self._replies_waiting -= 1
                if not self._replies_waiting:
                    self._no_replies.set()
        self.sent += 1

    async def _take_global(self, chat_id: str) -> None:
        await self._global.acquire()
        await self._unblocked(chat_id)  # a 429 that came in while this sender waited holds it too

    async def wait_unblocked(self, chat_id: str) -> None:
        """Until no 429 holds messages to `chat_id` (without taking a place)."""
        await self._unblocked(chat_id)

    async def _unblocked(self, chat_id: str) -> None:
        # Sleeping to a deadline that a later 429 may push further: re-check after each sleep.
        while (wait := self._block_left(chat_id)) > 0:  # noqa: ASYNC110
            await asyncio.sleep(wait)

    def _block_left(self, chat_id: str) -> float:
        now = asyncio.get_running_loop().time()
        until = max(self._blocked_until, self._chat_blocked.get(chat_id, 0.0))
        return until - now

    def penalize(self, chat_id: str, seconds: float) -> str:
        """Honour a 429: hold the chat if the platform limits it on its own, else everything.

        Several chats' 429s within BOT_WIDE_WINDOW are the bot's flood limit: everything waits.
        Returns what is held: "chat" or "bot"."""
        now = asyncio.get_running_loop().time()
        until = now + max(0.0, seconds)
        if not self.limits_chat(chat_id):
            self._blocked_until = max(self._blocked_until, until)
            return "bot"
        self._chat_blocked[chat_id] = max(self._chat_blocked.get(chat_id, 0.0), until)
        recent = [(t, c) for t, c in self._recent_429s if t > now - BOT_WIDE_WINDOW]
        recent.append((now, chat_id))
        self._recent_429s = recent[-4 * BOT_WIDE_CHATS :]
        if len({c for _, c in recent}) >= BOT_WIDE_CHATS:
            self._blocked_until = max(self._blocked_until, until)
            return "bot"
        return "chat"

    def _chat_bucket(self, chat_id: str) -> AsyncLimiter | None:
        bucket = self._chats.get(chat_id)
        if bucket is None:
            limit = self.limit_for(chat_id)
            if limit is None:
                return None
            if len(self._chats) >= self.max_chats:
                self._prune()
            bucket = self._chats[chat_id] = limit.limiter()
        return bucket

    def _prune(self) -> None:
        """Forget chats whose buckets have drained (a new bucket would be the same)."""
        now = asyncio.get_running_loop().time()
        for key in [k for k, b in self._chats.items() if b.has_capacity(b.max_rate)]:
            del self._chats[key]
        for key in [k for k, t in self._chat_blocked.items() if t <= now]:
            del self._chat_blocked[key]


def retry_after(exc: BaseException) -> float | None:
    """Seconds from a 429-style exception's ``retry_after`` (number or timedelta), else None."""
    # python-telegram-bot's RetryAfter: read its timedelta (the public int warns); see bot/compat.
    value: object = retry_after_delta(exc)
    if value is None:
        value = getattr(exc, "retry_after", None)
    if isinstance(value, timedelta):
        return max(0.0, value.total_seconds())
    if isinstance(value, int | float) and not isinstance(value, bool):
        return max(0.0, float(value))
    return None


def is_telegram_group(chat_id: str) -> bool:
    return chat_id.startswith("-")


def share_of(limit: Limit, processes: int) -> Limit:
    """One process's part of a limit that holds for the whole bot, when `processes` send at once.

    Each process paces itself at rate/N (burst/N, at least one message), so N processes together
    stay within the platform's limit without talking to each other; the price is that a process
    never borrows the share of an idle or dead one.
    """
    n = max(1, processes)
    return Limit(rate=limit.rate / n, burst=max(1.0, limit.burst / n))


def telegram_budget(processes: int = 1) -> SendBudget:
    """The bot token's budget; with [bot] processes = N, this process's 1/N share of it."""
    return SendBudget(
        share_of(TELEGRAM_PACE, processes),
        share_of(TELEGRAM_PRIVATE, processes),
        lambda chat_id: not is_telegram_group(chat_id),
        group_limit=share_of(TELEGRAM_GROUP, processes),
        is_group=is_telegram_group,
    )


def discord_budget(processes: int = 1) -> SendBudget:
    """The bot token's budget; with [bot] processes = N, this process's 1/N share of it."""
    return SendBudget(share_of(DISCORD_GLOBAL, processes), share_of(DISCORD_CHANNEL, processes))
