"""The SQLite connection: transactions, group commit, PRAGMAs and the migration steps."""

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
from bot.store.common import SchemaTooNew  # noqa: F401  # re-exported
from bot.store.migrations import migrate
from bot.store.migrations import migrations as _migrations
from bot.store.sql.base import SqlBase, opened
from bot.store.sql.conns import SQLITE, SqliteConn, sqlite_args
from bot.store.sql.dialect import Conn, Row
from handlers.store import UserRow
from handlers.store import utc_stamp as iso  # noqa: F401  # the port fixes the stamp text claims carry

T = TypeVar("T")
migrations = partial(_migrations, "sqlite")
# busy_timeout: two processes on one file queue; the cache and checkpoint sizes: bench_sessions
PRAGMAS = ("busy_timeout=10000", "journal_mode=WAL", "foreign_keys=ON", "synchronous=NORMAL",
           "cache_size=-16384", "wal_autocheckpoint=4000")  # fmt: skip


class CoreStore(SqlBase):
    """The one aiosqlite connection. A transaction of several trips (``tx()``, ``read()``) holds an
    asyncio lock and takes SQLite's write lock up front (``BEGIN IMMEDIATE``); one-trip operations
    wait only while it is held (``_one_trip``), and one-trip writes are group-committed."""

    dialect = SQLITE
    threaded = True
    caches_users = True  # the only process on its file: every write to users drops the cache

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._db: aiosqlite.Connection | None = None
        self._lock = asyncio.Lock()
        self._users: dict[tuple[str, str], UserRow] = {}  # a trip to the thread costs more than a handler
        self._writes: list[tuple[Callable[[sqlite3.Connection], Any], asyncio.Future[Any]]] = []
        self._writer: asyncio.Task[None] | None = None  # makes the trips while writes wait

    async def open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not self.path.exists():  # owner-only from the first byte: people's training history
            os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
        self._db = await aiosqlite.connect(self.path, isolation_level=None)
        self._db.row_factory = aiosqlite.Row
        try:
            for pragma in PRAGMAS:
                await self._db.execute(f"PRAGMA {pragma}")
            await self.migrate()
        except BaseException:
            await self.close()
            raise
        for side in (Path(f"{self.path}-wal"), Path(f"{self.path}-shm")):
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
        return opened(self._db)

    @asynccontextmanager
    async def tx(self) -> AsyncIterator[aiosqlite.Connection]:
        async with self._lock:
            db = self.db
            await db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                await db.execute("ROLLBACK")
                raise
            await db.execute("COMMIT")

    @asynccontextmanager
    async def read(self) -> AsyncIterator[aiosqlite.Connection]:
        async with self._lock:
            yield self.db

    async def _one_trip(self, call: Callable[[], Awaitable[T]]) -> T:
        """``call`` (one trip to the thread) without the lock unless a transaction holds it: aiosqlite
        runs its queue in order and ``call`` queues its work before its first suspension."""
        if self._lock.locked():
            async with self._lock:
                return await call()
        return await call()

    async def write_in_thread(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """``fn(conn)`` as one atomic write on the database thread (plain sqlite3 calls only). Group
        commit: functions that arrive during a trip go in the next one, one transaction, each in its
        own SAVEPOINT (one that raises is rolled back alone)."""
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
                        fut.set_result(value) if ok else fut.set_exception(value)
        finally:
            self._writer = None

    def _trip(self, fns: list[Callable[[sqlite3.Connection], Any]]) -> Awaitable[list[tuple[bool, Any]]]:
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
                            outcomes.append((True, fn(conn)))
                        except Exception as exc:
                            conn.execute("ROLLBACK TO one")
                            outcomes.append((False, exc))
                        conn.execute("RELEASE one")
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            return outcomes

        return on_thread(db, transaction)

    @asynccontextmanager
    async def sql_tx(self) -> AsyncIterator[Conn]:
        async with self.tx() as db:
            yield SqliteConn(db)

    @asynccontextmanager
    async def sql_read(self) -> AsyncIterator[Conn]:
        async with self.read() as db:
            yield SqliteConn(db)

    def sql_snapshot(self) -> AbstractAsyncContextManager[Conn]:
        return self.sql_read()  # the lock keeps every other statement of this process out

    async def sql_fetch(self, sql: str, **params: Any) -> Sequence[Row]:
        """A read in one trip to the database thread."""
        db, args = self.db, sqlite_args(sql, params)
        rows = await self._one_trip(lambda: db.execute_fetchall(*args))
        return list(rows)  # type: ignore[arg-type]  # sqlite3.Row reads by name like a Mapping

    async def sql_first(self, sql: str, **params: Any) -> Row | None:
        return next(iter(await self.sql_fetch(sql, **params)), None)

    async def sql_write(self, sql: str, **params: Any) -> Row | None:
        q, args = sqlite_args(sql, params)  # fetchall: the statement is done before COMMIT
        return await self.write_in_thread(lambda conn: next(iter(conn.execute(q, args).fetchall()), None))

    async def sql_exec(self, sql: str, **params: Any) -> int:
        return (await self.sql_script((sql, params)))[0]

    async def sql_script(self, *steps: tuple[str, dict[str, Any]]) -> list[int]:
        compiled = [sqlite_args(sql, params) for sql, params in steps]
        return await self.write_in_thread(lambda conn: [conn.execute(q, a).rowcount for q, a in compiled])

    async def _pragma(self, name: str) -> Any:
        async with self.read() as db:
            return (await (await db.execute(f"PRAGMA {name}")).fetchone() or (None,))[0]

    async def schema_version(self) -> int:
        return int(await self._pragma("user_version") or 0)

    async def migrate(self) -> int:
        async def apply(number: int, _name: str, sql: str) -> None:
            lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
            async with self.tx() as db:  # migrations hold no semicolons in strings
                for statement in filter(None, (s.strip() for s in "\n".join(lines).split(";"))):
                    await db.execute(statement)
                await db.execute(f"PRAGMA user_version = {int(number)}")

        return await migrate("sqlite", str(self.path), self.schema_version, apply)

    async def integrity_ok(self) -> bool:
        return await self._pragma("integrity_check") == "ok"
