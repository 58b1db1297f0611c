"""Opening the database at start: a transient fault (refused, timed out, PostgreSQL starting or
full) is waited out with capped back-off, one log line per attempt; a wrong setting raises
``DatabaseUnusable`` with one line naming it (``python -m bot`` exits with code 2)."""

from __future__ import annotations

import errno
import logging
import os
import socket
import sqlite3
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from tenacity import AsyncRetrying, retry_if_exception, wait_exponential_jitter

from bot.config import DATABASE_ENV, is_postgres_url, redact_url
from bot.outage import describe
from bot.store import ManagedStore, make_store

if TYPE_CHECKING:
    from pathlib import Path

log = logging.getLogger(__name__)

FIRST_WAIT, MAX_WAIT = 1.0, 30.0
# PostgreSQL's cannot_connect_now, too_many_connections (and the class 08, connection_exception)
_PG_TRANSIENT = {"57P03", "53300", "53400"}
_NET_ERRNOS = {errno.ECONNREFUSED, errno.EHOSTUNREACH, errno.ENETUNREACH, errno.ETIMEDOUT, errno.ECONNRESET}


class DatabaseUnusable(Exception):
    """The database setting can't work as it is: fix it and start again."""


def is_transient(exc: BaseException) -> bool:
    """A fault known to pass (the server down, unreachable or busy); anything else is the setting's."""
    state = getattr(exc, "sqlstate", None)
    if isinstance(state, str):
        return state in _PG_TRANSIENT or state.startswith("08")
    if isinstance(exc, sqlite3.OperationalError):
        return "locked" in str(exc).lower() or "busy" in str(exc).lower()
    if isinstance(exc, ConnectionError | TimeoutError | socket.gaierror):
        return True
    if isinstance(exc, OSError):  # asyncpg: "Multiple exceptions: [Errno 111] Connect call failed …"
        return exc.errno in _NET_ERRNOS or "connect call failed" in str(exc).lower()
    return False


async def open_store(
    database: str,
    base_dir: Path | None,
    *,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    first_wait: float = FIRST_WAIT,
    max_wait: float = MAX_WAIT,
) -> ManagedStore:
    """An open store, waiting out transient faults for ever (SIGTERM ends the wait)."""
    where = redact_url(database) if is_postgres_url(database) else database
    name = DATABASE_ENV if os.environ.get(DATABASE_ENV) else "[bot] database"
    attempts = 0

    def note(state: object) -> None:
        outcome = getattr(state, "outcome", None)
        exc = outcome.exception() if outcome is not None else None
        wait, why = getattr(getattr(state, "next_action", None), "sleep", 0.0), describe(exc) if exc else "?"
        log.warning(
            "database: can't open %s (%s); trying again in %.1f s (attempt %d)", where, why, wait, attempts
        )

    extra: dict[str, Any] = {"sleep": sleep} if sleep is not None else {}
    retrying = AsyncRetrying(
        wait=wait_exponential_jitter(initial=first_wait, max=max_wait, jitter=first_wait),
        retry=retry_if_exception(is_transient),
        before_sleep=note,
        reraise=True,
        **extra,
    )
    try:
        async for attempt in retrying:
            with attempt:
                attempts += 1
                try:
                    store = make_store(database, base_dir)
                except Exception as exc:  # a URL that can't be read
                    wrong = f"{name} is not a database URL or path ({describe(exc)})"
                    raise DatabaseUnusable(wrong) from None
                await store.open()
                if attempts > 1:
                    log.warning("database: open after %d attempts", attempts)
                return store
    except DatabaseUnusable:
        raise
    except Exception as exc:
        raise DatabaseUnusable(f"can't use the database {where!r} ({describe(exc)}): check {name}") from None
    raise AssertionError("unreachable")  # pragma: no cover
