"""The SQLite connection, migrations and transactions. Only bot/store/sqlite holds SQL for it."""

from __future__ import annotations

import asyncio
import os
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from bot.compat.aiosqlite import on_thread, raw_connection
from bot.store.common import SchemaTooNew, read_migrations
from bot.store.sql.base import SqlBase
from bot.store.sql.conns import SQLITE, SqliteConn, sqlite_args
from bot.store.sql.dialect import Conn, Row
from handlers.store import UserRow
from handlers.store import utc_stamp as iso  # noqa: F401  # the port fixes the stamp text claims carry

T = TypeVar("T")


def migrations() -> list[tuple[int, str, str]]:
    """(number, name, sql) of every migration shipped, in order."""
    return read_migrations("bot.store.sqlite")


class CoreStore(SqlBase):
    """Owns the one aiosqlite connection.

    A transaction of several trips (``tx()``, ``read()``) holds one asyncio lock, so it never
    interleaves with another coroutine's statements; ``BEGIN IMMEDIATE`` takes SQLite's write lock
    up front, so two processes on one file queue (busy timeout) instead of deadlocking on a lock
    upgrade. An operation of ONE trip takes the lock only while such a transaction holds it (see
    ``_one_trip``): otherwise it is queued to aiosqlite's thread at once, so concurrent requests'
    trips run back to back on the thread instead of each waiting for the event loop to hand the
    lock on. Reads (``fetch_all``, ``fetch_one``) are such trips one by one; the one-trip writes
    (``write_in_thread``, ``write_one``) are group-committed, many to a trip (see
    ``write_in_thread``).
    """

    dialect = SQLITE
    threaded = True
    caches_users = True  # the only process on its file: every write to users drops the cache

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._db: aiosqlite.Connection | None = None
        self._lock = asyncio.Lock()
        # Known users by (platform, platform user id): nearly every request starts by looking its
        # sender up, and a trip to the database thread costs more than the rest of most handlers.
        # Every write to users goes through the store and drops the cache.
        self._users: dict[tuple[str, str], UserRow] = {}
        # write_in_thread's group commit: the functions waiting for the next trip, and the task
        # that makes the trips (None while nothing waits).
        self._writes: list[tuple[Callable[[sqlite3.Connection], Any], asyncio.Future[Any]]] = []
        self._writer: asyncio.Task[None] | None = None

    async def open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not self.path.exists():
            # Owner-only from the first byte: it holds people's training history.
            fd = os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
        self._db = await aiosqlite.connect(self.path, isolation_level=None)
        self._db.row_factory = aiosqlite.Row
        try:
            for pragma in (
                "PRAGMA busy_timeout=10000",
                "PRAGMA journal_mode=WAL",
                "PRAGMA foreign_keys=ON",
                "PRAGMA synchronous=NORMAL",
                # A 16 MB page cache (SQLite's default is 2 MB: a year of a club's sessions and
                # users outgrows it and every /done reads index pages back from the OS) and a WAL
                # checkpointed every 4,000 pages instead of 1,000 (each checkpoint syncs the file):
                # bench_sessions on this machine's disk, new/known users, ~1,500/2,500 -> ~1,900/3,000+.
                "PRAGMA cache_size=-16384",
                "PRAGMA wal_autocheckpoint=4000",
            ):
                await self._db.execute(pragma)
            await self.migrate()
        except BaseException:
            await self.close()
            raise
        for suffix in ("-wal", "-shm"):
            side = Path(str(self.path) + suffix)
            if side.exists():
                os.chmod(side, 0o600)

    async def close(self) -> None:
        if self._writer is not None:  # writes handed in before close are made first
            await asyncio.wait({self._writer})
        if self._db is not None:
            db, self._db = self._db, None
            async with self._lock:
                await db.close()

    @property
    def db(self) -> aiosqlite.Connection:
        if self._db is None:
            raise RuntimeError("store is not open")
        return self._db

    @asynccontextmanager
    async def tx(self) -> AsyncIterator[aiosqlite.Connection]:
        """A write transaction; rolled back if the block raises."""
        async with self._lock:
            db = self.db
            await db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                await db.execute("ROLLBACK")
                raise
            else:
                await db.execute("COMMIT")

    async def _one_trip(self, call: Callable[[], Awaitable[T]]) -> T:
        """Run ``call`` (one trip to aiosqlite's thread) without the lock unless a transaction of
        several trips holds it. Sound because aiosqlite runs its queue in order and ``call``
        queues its work before its first suspension: a trip queued while the lock is free runs
        before the BEGIN of any transaction that takes the lock after it, and one queued while a
        transaction holds the lock waits for it. Measured with bench_sessions: the lock's hand-on
        through the event loop, one trip at a time, was the limit on concurrent /done."""
        if self._lock.locked():
            async with self._lock:
                return await call()
        return await call()

    async def write_in_thread(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """``fn(conn)`` as one atomic write on the database thread (rolled back if ``fn`` raises),
        its result returned. ``fn`` runs on that thread: plain sqlite3 calls only, no awaiting.

        Group commit: the functions that arrive while a trip is being made (or in the same turn
        of the event loop) go together in the next trip, ONE transaction for all of them, each in
        its own SAVEPOINT so that one that raises is rolled back alone; a lone function is plain
        ``BEGIN IMMEDIATE`` … ``COMMIT``. Each trip is a thread hand-off and each commit a WAL
        write: measured with bench_sessions, the database thread (~135 µs a /done, ~50 of them
        SQLite's own) was the limit on concurrent /done, with the event loop waiting on it.

        aiosqlite has no public call to run a function on its thread: bot/compat/aiosqlite.py
        wraps the internals this needs (tests/test_compat.py fails if they go).
        """
        fut: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._writes.append((fn, fut))
        if self._writer is None:
            self._writer = asyncio.create_task(self._write_groups(), name="sqlite-group-commit")
        return await fut

    async def _write_groups(self) -> None:
        try:
            while self._writes:
                group, self._writes = self._writes, []
                try:
                    outcomes = await self._one_trip(partial(self._trip, [fn for fn, _ in group]))
                except BaseException as exc:  # the trip itself failed (BEGIN, COMMIT, a closed store)
                    for _, fut in group:
                        if not fut.done():
                            fut.set_exception(exc if isinstance(exc, Exception) else RuntimeError(str(exc)))
                    if not isinstance(exc, Exception):
                        raise
                    continue
                for (_, fut), (ok, value) in zip(group, outcomes, strict=True):
                    if not fut.done():  # its caller may have been cancelled meanwhile
                        if ok:
                            fut.set_result(value)
                        else:
                            fut.set_exception(value)
        finally:
            self._writer = None

    def _trip(self, fns: list[Callable[[sqlite3.Connection], Any]]) -> Any:
        """One trip: ``fns`` in one transaction, a SAVEPOINT each when there are several."""
        db = self.db
        conn = raw_connection(db)

        def transaction() -> list[tuple[bool, Any]]:
            outcomes: list[tuple[bool, Any]] = []
            conn.execute("BEGIN IMMEDIATE")
            try:
                if len(fns) == 1:
                    try:
                        outcomes.append((True, fns[0](conn)))
                    except Exception as exc:
                        conn.execute("ROLLBACK")
                        return [(False, exc)]
                else:
                    for fn in fns:
                        conn.execute("SAVEPOINT one")
                        try:
                            value = fn(conn)
                        except Exception as exc:
                            conn.execute("ROLLBACK TO one")
                            outcomes.append((False, exc))
                        else:
                            outcomes.append((True, value))
                        conn.execute("RELEASE one")
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            return outcomes

        return on_thread(db, transaction)

    async def write_one(self, sql: str, params: tuple[object, ...]) -> aiosqlite.Row | None:
        """One write statement, atomic; its first row. Group-committed with write_in_thread."""

        def one(conn: sqlite3.Connection) -> aiosqlite.Row | None:
            rows = conn.execute(sql, params).fetchall()  # all: the statement is done before COMMIT
            return rows[0] if rows else None

        return await self.write_in_thread(one)

    async def fetch_all(self, sql: str, params: tuple[object, ...] = ()) -> list[aiosqlite.Row]:
        """A read in one round trip to the database thread."""
        db = self.db
        return list(await self._one_trip(lambda: db.execute_fetchall(sql, params)))

    async def fetch_one(self, sql: str, params: tuple[object, ...] = ()) -> aiosqlite.Row | None:
        return next(iter(await self.fetch_all(sql, params)), None)

    @asynccontextmanager
    async def read(self) -> AsyncIterator[aiosqlite.Connection]:
        async with self._lock:
            yield self.db

    @asynccontextmanager
    async def sql_tx(self) -> AsyncIterator[Conn]:
        """A write transaction for the queries written once (bot/store/sql/)."""
        async with self.tx() as db:
            yield SqliteConn(db)

    @asynccontextmanager
    async def sql_read(self) -> AsyncIterator[Conn]:
        async with self.read() as db:
            yield SqliteConn(db)

    def sql_snapshot(self) -> AbstractAsyncContextManager[Conn]:
        return self.sql_read()  # the lock keeps every other statement of this process out

    async def sql_fetch(self, sql: str, **params: Any) -> Sequence[Row]:
        """A shared query read in one trip to the database thread."""
        return await self.fetch_all(*sqlite_args(sql, params))  # type: ignore[return-value]  # sqlite3.Row maps

    async def sql_first(self, sql: str, **params: Any) -> Row | None:
        return await self.fetch_one(*sqlite_args(sql, params))  # type: ignore[return-value]

    async def sql_write(self, sql: str, **params: Any) -> Row | None:
        """One shared write statement, group-committed (see write_in_thread); its first row."""
        return await self.write_one(*sqlite_args(sql, params))  # type: ignore[return-value]

    async def sql_exec(self, sql: str, **params: Any) -> int:
        return (await self.sql_script((sql, params)))[0]

    async def sql_script(self, *steps: tuple[str, dict[str, Any]]) -> list[int]:
        """Shared write statements as one atomic write (group-committed); rows each changed."""
        compiled = [sqlite_args(sql, params) for sql, params in steps]
        return await self.write_in_thread(lambda conn: [conn.execute(q, a).rowcount for q, a in compiled])

    async def schema_version(self) -> int:
        async with self.read() as db:
            cur = await db.execute("PRAGMA user_version")
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def migrate(self) -> int:
        """Apply every migration newer than the file's; refuse a file newer than us."""
        shipped = migrations()
        latest = shipped[-1][0]
        current = await self.schema_version()
        if current > latest:
            raise SchemaTooNew(
                f"database {self.path} has schema {current}, but this Legwork knows only up to "
                f"{latest}: upgrade Legwork or point [bot] database at another file"
            )
        for number, _name, sql in shipped:
            if number <= current:
                continue
            async with self.tx() as db:
                for statement in _split_sql(sql):
                    await db.execute(statement)
                await db.execute(f"PRAGMA user_version = {int(number)}")
        return latest

    async def integrity_ok(self) -> bool:
        async with self.read() as db:
            cur = await db.execute("PRAGMA integrity_check")
            row = await cur.fetchone()
        return row is not None and row[0] == "ok"

    def row_gone(self, exc: BaseException) -> bool:
        """A foreign key violated: a row the write referred to (a user /forget deleted) is gone."""
        return isinstance(exc, sqlite3.IntegrityError) and "FOREIGN KEY" in str(exc).upper()


def _split_sql(sql: str) -> list[str]:
    """Split a migration file into statements (migrations hold no semicolons in strings)."""
    lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
