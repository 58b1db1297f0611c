"""One send budget per platform token: everything the bot sends on a platform is paced by it.

Telegram limits a bot to about 30 messages a second overall and 20 a minute in one group; a 429
answer's ``retry_after`` holds the whole bot (or that chat). So interactive replies, reminders,
digests and results must share one budget, not one each: the platform adapter owns a
``SendBudget`` and every message it sends (its replies and, through ``Transport.send``, everything
the services send) takes a place from it first.

- The buckets are aiolimiter's leaky buckets with a small capacity, so no 1-second window holds
  more than ``rate + burst`` messages (Telegram: 32) even when a fan-out follows a quiet spell.
- Interactive replies go first: bulk senders (reminders, digests) pass one at a time through a
  lane and wait while a reply is waiting, so a reply queued behind 300 reminders waits for at
  most the one bulk message already at the front, not for the other 299.
- ``penalize(chat, seconds)`` (a 429) holds every sender of the chat's bucket, or of the whole
  token when the platform didn't limit that chat alone, until the time has passed.

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


# Telegram: about 30 messages a second overall, 20 a minute in one group (negative chat ids).
TELEGRAM_GLOBAL = Limit(rate=30.0, burst=2.0)
TELEGRAM_GROUP = Limit(rate=20.0 / 60.0, burst=3.0)
# Discord: 50 requests a second overall, 5 per 5 seconds per channel.
DISCORD_GLOBAL = Limit(rate=50.0, burst=5.0)
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
        max_chats: int = 10_000,
    ) -> None:
        self.global_limit = global_limit
        self.chat_limit = chat_limit
        self.chat_applies = chat_applies
        self.max_chats = max_chats
        self._global = global_limit.limiter()
        self._chats: dict[str, AsyncLimiter] = {}
        self._blocked_until = 0.0  # loop time; a 429 for the whole token
        self._chat_blocked: dict[str, float] = {}
        self._bulk_lane = asyncio.Lock()
        self._replies_waiting = 0
        self._no_replies = asyncio.Event()
        self._no_replies.set()
        self.sent = 0  # places taken (for tests and benches)

    def limits_chat(self, chat_id: str) -> bool:
        return self.chat_limit is not None and self.chat_applies(chat_id)

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

    def penalize(self, chat_id: str, seconds: float) -> None:
        """Honour a 429: hold the chat if the platform limits it on its own, else everything."""
        until = asyncio.get_running_loop().time() + max(0.0, seconds)
        if self.limits_chat(chat_id):
            self._chat_blocked[chat_id] = max(self._chat_blocked.get(chat_id, 0.0), until)
        else:
            self._blocked_until = max(self._blocked_until, until)

    def _chat_bucket(self, chat_id: str) -> AsyncLimiter | None:
        if not self.limits_chat(chat_id):
            return None
        bucket = self._chats.get(chat_id)
        if bucket is None:
            if len(self._chats) >= self.max_chats:
                self._prune()
            assert self.chat_limit is not None
            bucket = self._chats[chat_id] = self.chat_limit.limiter()
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
        share_of(TELEGRAM_GLOBAL, processes), share_of(TELEGRAM_GROUP, processes), is_telegram_group
    )


def discord_budget(processes: int = 1) -> SendBudget:
    """The bot token's budget; with [bot] processes = N, this process's 1/N share of it."""
    return SendBudget(share_of(DISCORD_GLOBAL, processes), share_of(DISCORD_CHANNEL, processes))
