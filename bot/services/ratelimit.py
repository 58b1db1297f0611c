"""Async token buckets that pace messages we start ourselves (reminders, digests) per platform.

One limiter per platform: a global bucket for everything the bot sends, plus a bucket per chat
for the chats a platform limits separately (Telegram group chats, Discord channels). A 429's
``retry_after`` blocks the affected bucket for that long. The clock and sleep are injectable, so
tests run without waiting.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


@dataclass(frozen=True)
class Limit:
    rate: float  # tokens (messages) per second
    burst: float  # bucket size: how many may go at once after a quiet spell

    @property
    def interval(self) -> float:
        """Seconds per message at the sustained rate."""
        return 1.0 / self.rate


# Telegram: about 30 messages a second overall, 20 a minute in one group (negative chat ids).
TELEGRAM_GLOBAL = Limit(rate=30.0, burst=5.0)
TELEGRAM_GROUP = Limit(rate=20.0 / 60.0, burst=1.0)
# Discord: 50 requests a second overall, 5 per 5 seconds per channel.
DISCORD_GLOBAL = Limit(rate=50.0, burst=10.0)
DISCORD_CHANNEL = Limit(rate=1.0, burst=5.0)
_EPSILON = 1e-9


class TokenBucket:
    """Tokens refill continuously at ``rate`` up to ``burst``; a message costs one token per part.

    A cost above the bucket size is allowed once the bucket is full, leaving a debt that later
    messages wait out, so large messages are paced too instead of waiting forever.
    """

    __slots__ = ("blocked_until", "limit", "stamp", "tokens")

    def __init__(self, limit: Limit, now: float) -> None:
        self.limit = limit
        self.tokens = limit.burst
        self.stamp = now
        self.blocked_until = 0.0

    def _refill(self, now: float) -> None:
        if now > self.stamp:
            self.tokens = min(self.limit.burst, self.tokens + (now - self.stamp) * self.limit.rate)
            self.stamp = now

    def wait_time(self, now: float, cost: float = 1.0) -> float:
        """Seconds until `cost` can be taken (0: now)."""
        self._refill(now)
        if now < self.blocked_until:
            return self.blocked_until - now
        need = min(cost, self.limit.burst)
        if self.tokens >= need - _EPSILON:  # float dust must not turn into endless tiny sleeps
            return 0.0
        return (need - self.tokens) / self.limit.rate

    def take(self, now: float, cost: float = 1.0) -> None:
        self._refill(now)
        self.tokens -= cost

    def block(self, now: float, seconds: float) -> None:
        """The platform said "retry after `seconds`": nothing goes out before then."""
        self._refill(now)
        self.blocked_until = max(self.blocked_until, now + seconds)
        self.tokens = min(self.tokens, 0.0)

    def idle(self, now: float) -> bool:
        self._refill(now)
        return now >= self.blocked_until and self.tokens >= self.limit.burst


class RateLimiter:
    """A platform's pacing: one global bucket and lazily created per-chat buckets."""

    def __init__(
        self,
        global_limit: Limit,
        chat_limit: Limit | None = None,
        chat_applies: Callable[[str], bool] = lambda chat_id: True,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
        max_chats: int = 10_000,
    ) -> None:
        self.clock = clock
        self.sleep = sleep
        self.global_bucket = TokenBucket(global_limit, clock())
        self.chat_limit = chat_limit
        self.chat_applies = chat_applies
        self.max_chats = max_chats
        self._chats: dict[str, TokenBucket] = {}

    @property
    def interval(self) -> float:
        """Seconds per message at the global sustained rate."""
        return self.global_bucket.limit.interval

    def _chat_bucket(self, chat_id: str, now: float) -> TokenBucket | None:
        if self.chat_limit is None or not self.chat_applies(chat_id):
            return None
        bucket = self._chats.get(chat_id)
        if bucket is None:
            if len(self._chats) >= self.max_chats:
                self._prune(now)
            bucket = self._chats[chat_id] = TokenBucket(self.chat_limit, now)
        return bucket

    def _prune(self, now: float) -> None:
        for key in [k for k, b in self._chats.items() if b.idle(now)]:
            del self._chats[key]

    def wait_time(self, chat_id: str, cost: float = 1.0) -> float:
        now = self.clock()
        wait = self.global_bucket.wait_time(now, cost)
        chat = self._chat_bucket(chat_id, now)
        if chat is not None:
            wait = max(wait, chat.wait_time(now, cost))
        return wait

    async def acquire(self, chat_id: str, cost: float = 1.0) -> float:
        """Wait until a message of `cost` parts may go to `chat_id`; returns the seconds waited."""
        waited = 0.0
        while True:
            wait = self.wait_time(chat_id, cost)
            if wait <= 0:
                now = self.clock()
                self.global_bucket.take(now, cost)
                chat = self._chat_bucket(chat_id, now)
                if chat is not None:
                    chat.take(now, cost)
                return waited
            await self.sleep(wait)
            waited += wait

    def penalize(self, chat_id: str, seconds: float) -> None:
        """Honour a 429: block the chat's own bucket if the platform limits it, else everything."""
        now = self.clock()
        chat = self._chat_bucket(chat_id, now)
        (chat or self.global_bucket).block(now, max(0.0, seconds))


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


def telegram_limiter(
    clock: Clock = time.monotonic, sleep: Sleep = asyncio.sleep, processes: int = 1
) -> RateLimiter:
    return RateLimiter(
        share_of(TELEGRAM_GLOBAL, processes),
        share_of(TELEGRAM_GROUP, processes),
        is_telegram_group,
        clock=clock,
        sleep=sleep,
    )


def discord_limiter(
    clock: Clock = time.monotonic, sleep: Sleep = asyncio.sleep, processes: int = 1
) -> RateLimiter:
    return RateLimiter(
        share_of(DISCORD_GLOBAL, processes), share_of(DISCORD_CHANNEL, processes), clock=clock, sleep=sleep
    )


def limiter_for(
    platform: str, clock: Clock = time.monotonic, sleep: Sleep = asyncio.sleep, processes: int = 1
) -> RateLimiter | None:
    """The limiter for a platform's outgoing messages; None for platforms without limits (console).

    processes: how many bot processes send for this bot at once ([bot] processes): each gets its share.
    """
    if platform == "telegram":
        return telegram_limiter(clock, sleep, processes)
    if platform == "discord":
        return discord_limiter(clock, sleep, processes)
    return None
