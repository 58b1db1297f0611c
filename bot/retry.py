"""One retry policy for the bot: capped exponential back-off, run by tenacity.

Each kind of retried operation has a :class:`Backoff` below (how many attempts, how long to wait
between them); the caller says which exceptions are worth another attempt. :func:`call` runs an
operation under a back-off. A platform restarted from a callback rather than a loop (the
Discord gateway) takes its wait from :meth:`Backoff.delay`, the same formula.

Waits: ``first``, ``2·first``, ``4·first`` … capped at ``cap``, plus up to ``jitter`` seconds at
random (tenacity's ``wait_exponential`` / ``wait_exponential_jitter``). The last error is raised
as itself, never wrapped in tenacity's RetryError.

Left outside this module: the 429 loop of bot/telegram/pacing.py (it waits what Telegram says,
through the shared send budget, not a back-off of ours).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception_type,
    retry_if_not_exception_type,
    stop_after_attempt,
    stop_never,
    wait_exponential,
    wait_exponential_jitter,
    wait_none,
)
from tenacity.retry import retry_base
from tenacity.stop import stop_base
from tenacity.wait import wait_base

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class Backoff:
    """How often to try an operation and how long to wait between tries."""

    attempts: int | None  # tries in all, the first included; None: until it works or gives up
    first: float  # seconds before the second try; doubled before each later one
    cap: float  # the longest wait (before jitter)
    jitter: float = 0.0  # plus up to this many seconds at random, so many clients don't retry in step

    def wait(self) -> wait_base:
        if self.first <= 0:
            return wait_none()
        if self.jitter:
            return wait_exponential_jitter(initial=self.first, max=self.cap, jitter=self.jitter)
        return wait_exponential(multiplier=self.first, max=self.cap)

    def stop(self) -> stop_base:
        return stop_never if self.attempts is None else stop_after_attempt(self.attempts)

    def delay(self, failures: int) -> float:
        """The wait after ``failures`` failures in a row (1 or more), without jitter."""
        return min(self.cap, self.first * 2 ** max(0, failures - 1))


# A platform that can't be reached at start: tried until it comes up (or says it never will),
# 1 s, 2 s, 4 s … 60 s apart, plus up to 1 s at random (bot/app.py bring_up).
STARTUP = Backoff(attempts=None, first=1.0, cap=60.0, jitter=1.0)

# A dead Discord gateway connected again: 1 s, 2 s, 4 s … 60 s (counted afresh once it has run
# for a while; bot/discord/adapter.py).
GATEWAY_RESTART = Backoff(attempts=None, first=1.0, cap=60.0)

# A Discord REST call that failed in a way discord.py does not retry itself (a dropped
# connection, a timeout, a 5xx after its own retries): 3 tries, 0.2 s then 0.4 s apart.
DISCORD_REQUEST = Backoff(attempts=3, first=0.2, cap=0.4)

# A chart render whose worker process died: once more at once, on a fresh pool.
CHART_WORKER = Backoff(attempts=2, first=0.0, cap=0.0)


# A reminder whose send failed (the transport's own retries done): 4 tries, 2 s then 4 s, 8 s
# apart; a 429 waits its retry_after instead (bot/services/reminders.py).
REMINDER_SEND = Backoff(attempts=4, first=2.0, cap=8.0)


def telegram_request(first: float) -> Backoff:
    """A Bot API call that failed on the network or with a 5xx: 4 tries, ``first`` seconds before
    the second and doubling (0.5 s, 1 s, 2 s by default; tests pass a shorter first wait)."""
    return Backoff(attempts=4, first=first, cap=4 * first)


def telegram_poll(first: float) -> Backoff:
    """getUpdates failing while running: tried until it works, ``first`` doubling up to 30 s."""
    return Backoff(attempts=None, first=first, cap=30.0)


def retrying(
    backoff: Backoff,
    retry_on: tuple[type[BaseException], ...],
    give_up_on: tuple[type[BaseException], ...] = (),
    before_sleep: Callable[[RetryCallState], Any] | None = None,
    *,
    attempts: int | None = None,
    wait_first: Callable[[BaseException], float | None] | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
) -> AsyncRetrying:
    """A tenacity AsyncRetrying for ``backoff`` that retries ``retry_on`` except ``give_up_on``.

    ``attempts`` overrides the back-off's count; ``wait_first`` may read a wait from the failure
    itself (a 429's retry_after), else the back-off's applies; ``sleep`` replaces asyncio.sleep
    (tests run on virtual time)."""
    retry: retry_base = retry_if_exception_type(retry_on)
    if give_up_on:
        retry = retry & retry_if_not_exception_type(give_up_on)
    kwargs: dict[str, Any] = {}
    if before_sleep is not None:
        kwargs["before_sleep"] = before_sleep
    if sleep is not None:
        kwargs["sleep"] = sleep
    stop = backoff.stop() if attempts is None else stop_after_attempt(attempts)
    wait = backoff.wait() if wait_first is None else _asked_first(wait_first, backoff.wait())
    return AsyncRetrying(stop=stop, wait=wait, retry=retry, reraise=True, **kwargs)


def _asked_first(
    asked: Callable[[BaseException], float | None], otherwise: wait_base
) -> Callable[[RetryCallState], float]:
    def wait(state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        given = asked(exc) if exc is not None else None
        return given if given is not None else float(otherwise(state))

    return wait


async def call(
    backoff: Backoff,
    retry_on: tuple[type[BaseException], ...],
    what: str | Callable[[RetryCallState], Any] | None,
    op: Callable[P, Awaitable[T]],
    *args: P.args,
    **kwargs: P.kwargs,
) -> T:
    """``await op(*args, **kwargs)``, tried again under ``backoff`` while it raises ``retry_on``;
    each retry logs one warning naming ``what`` (None: nothing is logged; a function: it is
    called before each wait, with tenacity's RetryCallState, to log in its own way)."""
    return await call_unless(backoff, retry_on, (), what, op, *args, **kwargs)


async def call_unless(
    backoff: Backoff,
    retry_on: tuple[type[BaseException], ...],
    give_up_on: tuple[type[BaseException], ...],
    what: str | Callable[[RetryCallState], Any] | None,
    op: Callable[P, Awaitable[T]],
    *args: P.args,
    **kwargs: P.kwargs,
) -> T:
    """call(), except that ``give_up_on`` (subclasses of ``retry_on``, say) is raised at once.

    The first try is made directly: setting up tenacity costs tens of µs (measured ~50 µs here),
    too much for every Discord reply, so it is set up only after a failure, with that failure
    replayed as the outcome of its first attempt: the same waits and number of tries as a loop
    run by tenacity from the start.
    """
    before_sleep = _log_retry(what) if isinstance(what, str) else what
    return await tried_first(
        lambda: retrying(backoff, retry_on, give_up_on, before_sleep=before_sleep),
        retry_on,
        give_up_on,
        op,
        *args,
        **kwargs,
    )


async def tried_first(
    make: Callable[[], AsyncRetrying],
    retry_on: tuple[type[BaseException], ...],
    give_up_on: tuple[type[BaseException], ...],
    op: Callable[P, Awaitable[T]],
    *args: P.args,
    **kwargs: P.kwargs,
) -> T:
    """``op`` tried once directly; only after a failure worth retrying is ``make()``'s tenacity
    loop set up, with that failure replayed as its first attempt."""
    try:
        return await op(*args, **kwargs)
    except retry_on as exc:
        if give_up_on and isinstance(exc, give_up_on):
            raise
        failed: list[BaseException] = [exc]

    async def again() -> T:
        if failed:  # tenacity's first attempt: the one made above
            raise failed.pop()
        return await op(*args, **kwargs)

    return await make().wraps(again)()


def _log_retry(what: str) -> Callable[[RetryCallState], None]:
    def log_it(state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        log.warning("%s failed (%s); retrying", what, type(exc).__name__ if exc else "unknown error")

    return log_it
