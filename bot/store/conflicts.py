"""Transactions that meet another: a deadlock or serialization failure is retried.

PostgreSQL aborts one of two transactions that wait on each other's row locks
(``DeadlockDetectedError``) or, at a stricter isolation level, that would not be serializable
(``SerializationError``); SQLite answers "database is locked" when its busy timeout runs out behind
another writer. Each means "the same transaction, run again, may well succeed": ``retry_conflicts``
runs it up to ``ATTEMPTS`` times in all, with a random pause (jitter, so the two don't meet again),
and raises the last error after that. Anything else is raised at once.

The stores also take their row locks in one order (by id) where a transaction locks several, so
the retry is the fallback, not the plan.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, ParamSpec, TypeVar

from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt, wait_random

log = logging.getLogger(__name__)

ATTEMPTS = 3
PG_CONFLICTS = frozenset({"40P01", "40001"})  # deadlock_detected, serialization_failure
JITTER = (0.01, 0.15)  # seconds before another attempt

P = ParamSpec("P")
T = TypeVar("T")


def is_conflict(exc: BaseException) -> bool:
    """A transaction that lost to another one (worth running again)."""
    # PostgreSQL's SQLSTATEs (asyncpg's DeadlockDetectedError, SerializationError), read without
    # importing asyncpg: a SQLite deployment never loads it.
    if getattr(exc, "sqlstate", None) in PG_CONFLICTS:
        return True
    if isinstance(exc, sqlite3.OperationalError):
        text = str(exc).lower()
        return "database is locked" in text or "database is busy" in text
    return False


def _note(state: object) -> None:
    outcome = getattr(state, "outcome", None)
    exc = outcome.exception() if outcome is not None else None
    log.info("a transaction met another (%s); running it again", type(exc).__name__)


async def retry_conflicts(fn: Callable[P, Awaitable[T]], *args: P.args, **kwargs: P.kwargs) -> T:
    """`fn(*args, **kwargs)`, run again (at most ATTEMPTS in all) while it fails with a conflict."""
    async for attempt in AsyncRetrying(
        stop=stop_after_attempt(ATTEMPTS),
        wait=wait_random(*JITTER),
        retry=retry_if_exception(is_conflict),
        before_sleep=_note,
        reraise=True,
    ):
        with attempt:
            return await fn(*args, **kwargs)
    raise AssertionError("unreachable")  # pragma: no cover - reraise=True raises the last error


def retried_on_conflict(fn: Callable[P, Awaitable[T]]) -> Callable[P, Coroutine[Any, Any, T]]:
    """A store method whose whole transaction is run again on a conflict (see retry_conflicts)."""

    @functools.wraps(fn)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        return await retry_conflicts(fn, *args, **kwargs)

    return wrapper
