"""The SQLite connection, migrations and transactions. Only bot/store/sqlite holds SQL for it."""

from __future__ import annotations

import asyncio
import os
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from bot.compat.aiosqlite import on_thread, raw_connection
from bot.store.common import (
    HANDLED_KEEP,
    LINKED_USER_SELECT,
    UPDATE_BUSY,
    UPDATE_DONE,
    UPDATE_NEW,
    SchemaTooNew,
    read_migrations,
)
from bot.store.sql.conns import SqliteConn
from handlers.store import ChatRow, UserRow
from handlers.store import utc_stamp as iso  # the port fixes the stamp text claims carry

T = TypeVar("T")
USER_CACHE_SIZE = 50_000


def migrations() -> list[tuple[int, str, str]]:
    """(number, name, sql) of every migration shipped, in order."""
    return read_migrations("bot.store.sqlite")


def from_iso(text: str) -> datetime:
    """Read a utc_stamp back (Python 3.11's fromisoformat takes the "Z"; ~10x strptime's speed)."""
    return datetime.fromisoformat(text)


class CoreStore:
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

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._db: aiosqlite.Connection | None = None
        self._lock = asyncio.Lock()
        # Known users by (platform, platform user id): nearly every request starts by looking its
        # sender up, and a trip to the database thread costs more than the rest of most handlers.
        # Every write to users goes through this class and drops the cache.
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

    async def __aenter__(self) -> CoreStore:
        await self.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

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
    async def sql_tx(self) -> AsyncIterator[SqliteConn]:
        """A write transaction for the queries written once (bot/store/sql/)."""
        async with self.tx() as db:
            yield SqliteConn(db)

    @asynccontextmanager
    async def sql_read(self) -> AsyncIterator[SqliteConn]:
        async with self.read() as db:
            yield SqliteConn(db)

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

    # --- users and chats -------------------------------------------------------------------

    async def ensure_user(
        self, platform: str, platform_user_id: str, display_name: str, now: datetime
    ) -> UserRow:
        """The user's row, created on first contact; the display name follows the platform's."""
        name = display_name[:64]
        cached = self._users.get((platform, platform_user_id))
        if cached is not None and (not name or cached.display_name == name):
            return cached
        # Not cached (first contact since start, or renamed): one statement, atomic on its own,
        # creates, renames or just returns the row, in one trip to the database thread.
        row = await self.write_one(
            "INSERT INTO users (platform, platform_user_id, display_name, created_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (platform, platform_user_id) "
            "DO UPDATE SET display_name = CASE WHEN excluded.display_name <> '' "
            "THEN excluded.display_name ELSE users.display_name END "
            "RETURNING *, (SELECT person_id FROM account_links WHERE account_id = users.id) AS person",
            (platform, platform_user_id, name, iso(now)),
        )
        assert row is not None
        if row["person"] is not None:  # a linked account acts as its person: one more read
            row = await self.fetch_one(_USER_SQL, (platform, platform_user_id))
            assert row is not None
            return self._remember(_linked_user(row))
        return self._remember(
            UserRow(
                row["id"],
                row["platform"],
                row["platform_user_id"],
                row["display_name"],
                row["tz"],
                from_iso(row["created_at"]),
            )
        )

    async def first_handling(self, platform: str, message_key: str, now: datetime) -> bool:
        """Claim a platform message for a command that must not run twice; False if it was
        claimed before (the platform delivered it again). Claims older than two days are pruned."""
        old, stamp = iso(now - HANDLED_KEEP), iso(now)

        def claim(conn: sqlite3.Connection) -> bool:  # one trip: every Telegram update runs this
            conn.execute("DELETE FROM handled_messages WHERE handled_at < ?", (old,))
            cur = conn.execute(
                "INSERT INTO handled_messages (platform, message_key, handled_at) VALUES (?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                (platform, message_key, stamp),
            )
            return cur.rowcount == 1

        return await self.write_in_thread(claim)

    async def claim_update(self, platform: str, update_id: int, now: datetime, lease_seconds: float) -> str:
        """Take an incoming update for handling: "new" (handle it, then finish_update), "done"
        (handled before: acknowledge it) or "busy" (claimed within its lease by a process that
        may still be handling it: ask the platform to deliver it again later)."""
        stale = iso(now - timedelta(seconds=lease_seconds))
        async with self.tx() as db:
            if update_id % 256 == 0:  # prune now and then, not on every update
                await db.execute(
                    "DELETE FROM handled_updates WHERE claimed_at < ?", (iso(now - HANDLED_KEEP),)
                )
            rows = await db.execute_fetchall(
                "INSERT INTO handled_updates (platform, update_id, claimed_at) VALUES (?, ?, ?) "
                "ON CONFLICT (platform, update_id) DO UPDATE SET claimed_at = excluded.claimed_at "
                "WHERE handled_updates.done_at IS NULL AND handled_updates.claimed_at < ? RETURNING 1",
                (platform, update_id, iso(now), stale),
            )
            if rows:
                return UPDATE_NEW
            found = list(
                await db.execute_fetchall(
                    "SELECT done_at FROM handled_updates WHERE platform = ? AND update_id = ?",
                    (platform, update_id),
                )
            )
        return UPDATE_DONE if found and found[0][0] is not None else UPDATE_BUSY

    async def finish_update(self, platform: str, update_id: int, now: datetime, handled: bool) -> None:
        """Mark a claimed update handled, or (handled=False) release it for the next delivery."""
        async with self.tx() as db:
            if handled:
                await db.execute(
                    "UPDATE handled_updates SET done_at = ? WHERE platform = ? AND update_id = ?",
                    (iso(now), platform, update_id),
                )
            else:
                await db.execute(
                    "DELETE FROM handled_updates WHERE platform = ? AND update_id = ? AND done_at IS NULL",
                    (platform, update_id),
                )

    async def handled_before(self, platform: str, message_key: str) -> bool:
        """Whether ``first_handling`` recorded this key: the adapters' record of handled updates
        ("update:<id>") shares the table with the claims of commands that must not run twice."""
        row = await self.fetch_one(
            "SELECT 1 FROM handled_messages WHERE platform = ? AND message_key = ?", (platform, message_key)
        )
        return row is not None

    def _remember(self, user: UserRow) -> UserRow:
        if len(self._users) >= USER_CACHE_SIZE:
            self._users.clear()
        self._users[(user.platform, user.platform_user_id)] = user
        return user

    async def get_user(self, platform: str, platform_user_id: str) -> UserRow | None:
        """The account's row as ensure_user gives it (a linked account acts as its person)."""
        row = await self.fetch_one(_USER_SQL, (platform, platform_user_id))
        return _linked_user(row) if row else None

    async def set_user_tz(self, user_id: int, tz: str) -> None:
        async with self.tx() as db:
            await db.execute("UPDATE users SET tz = ? WHERE id = ?", (tz, user_id))
        self._users.clear()

    def row_gone(self, exc: BaseException) -> bool:
        """A foreign key violated: a row the write referred to (a user /forget deleted) is gone."""
        return isinstance(exc, sqlite3.IntegrityError) and "FOREIGN KEY" in str(exc).upper()

    async def delete_user(self, user_id: int) -> None:
        """Remove a user and, by cascade, everything stored about them."""
        async with self.tx() as db:
            await db.execute("DELETE FROM users WHERE id = ?", (user_id,))
        self._users.clear()

    async def ensure_chat(
        self, platform: str, platform_chat_id: str, is_private: bool, now: datetime
    ) -> ChatRow:
        row = await self.write_one(
            "INSERT INTO chats (platform, platform_chat_id, is_private, created_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (platform, platform_chat_id) "
            "DO UPDATE SET is_private = chats.is_private RETURNING *",
            (platform, platform_chat_id, int(is_private), iso(now)),
        )
        assert row is not None
        return _chat(row)

    async def get_chat_by_id(self, chat_id: int) -> ChatRow | None:
        row = await self.fetch_one("SELECT * FROM chats WHERE id = ?", (chat_id,))
        return _chat(row) if row else None

    async def set_chat_tz(self, chat_id: int, tz: str) -> None:
        async with self.tx() as db:
            await db.execute("UPDATE chats SET tz = ? WHERE id = ?", (tz, chat_id))


_USER_SQL = LINKED_USER_SELECT + "WHERE a.platform = ? AND a.platform_user_id = ?"


def _linked_user(row: aiosqlite.Row) -> UserRow:
    account, person = row["id"], row["pid"]
    return UserRow(
        id=person,
        platform=row["platform"],
        platform_user_id=row["platform_user_id"],
        display_name=row["display_name"],
        tz=row["ptz"],
        created_at=from_iso(row["pcreated"]),
        account_id=account if account != person else None,
    )


def _chat(row: aiosqlite.Row) -> ChatRow:
    return ChatRow(
        id=row["id"],
        platform=row["platform"],
        platform_chat_id=row["platform_chat_id"],
        is_private=bool(row["is_private"]),
        tz=row["tz"],
    )


def _split_sql(sql: str) -> list[str]:
    """Split a migration file into statements (migrations hold no semicolons in strings)."""
    lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
