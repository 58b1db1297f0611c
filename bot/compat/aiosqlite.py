"""aiosqlite: run a function on the connection's own thread, with the raw sqlite3 connection.

aiosqlite has no public call for this; ``Connection._execute`` queues a callable on its worker
thread and ``Connection._conn`` is the sqlite3 connection that thread owns. The SQLite store's
group commit (bot/store/sqlite/core.py ``write_in_thread``) makes one trip per group this way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from typing import TypeVar

import aiosqlite

CHECKED = ">=0.22,<0.23"  # aiosqlite 0.22.1

T = TypeVar("T")


def raw_connection(db: aiosqlite.Connection) -> sqlite3.Connection:
    """The sqlite3 connection behind ``db``: use it only inside :func:`on_thread`'s function."""
    return db._conn


def on_thread(db: aiosqlite.Connection, fn: Callable[[], T]) -> Awaitable[T]:
    """``fn()`` run on ``db``'s worker thread, in order with its other queued calls."""
    return db._execute(fn)
