"""The asyncpg pool, migrations under an advisory lock, users and chats. Only this package holds
PostgreSQL SQL; every value goes in as a bound parameter ($1, $2, ...), never formatted in."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any

import asyncpg

from bot.config import redact_url
from bot.store.common import SchemaTooNew, read_migrations
from bot.store.sql.base import SqlBase
from bot.store.sql.conns import POSTGRES, PostgresConn, affected, pg_args
from bot.store.sql.dialect import Conn, Row
from handlers.store import UserRow

log = logging.getLogger(__name__)

# pg_advisory_lock key for migrations: any constant shared by every Legwork process ("LEGWORK").
MIGRATION_LOCK = 0x4C4547574F524B
POOL_MAX = 10


def migrations() -> list[tuple[int, str, str]]:
    """(number, name, sql) of every PostgreSQL migration shipped, in order."""
    return read_migrations("bot.store.postgres")


FOREIGN_KEY_VIOLATION = "23503"


class CoreStore(SqlBase):
    """Owns the asyncpg pool. Each method takes a connection for one statement or one transaction.

    Unlike the SQLite store there is no per-process cache of users: another process may have
    changed a user's name or time zone, and a primary-key read costs one round trip.
    """

    dialect = POSTGRES
    threaded = False
    caches_users = False  # other processes may change a user's name or zone

    def __init__(self, dsn: str, *, pool_max: int = POOL_MAX) -> None:
        self._users: dict[tuple[str, str], UserRow] = {}  # stays empty (see caches_users)
        self.dsn = dsn
        self.pool_max = pool_max
        self._pool: asyncpg.Pool | None = None

    def __repr__(self) -> str:
        return f"PostgresStore({redact_url(self.dsn)!r})"

    async def open(self) -> None:
        self._pool = await asyncpg.create_pool(
            self.dsn,
            min_size=1,
            max_size=self.pool_max,
            server_settings={"timezone": "UTC"},
            reset=_keep_session,
        )
        try:
            await self.migrate()
        except BaseException:
            await self.close()
            raise

    async def close(self) -> None:
        if self._pool is not None:
            pool, self._pool = self._pool, None
            await pool.close()

    @property
    def pool(self) -> asyncpg.Pool:
        if self._pool is None:
            raise RuntimeError("store is not open")
        return self._pool

    def row_gone(self, exc: BaseException) -> bool:
        """A foreign key violated (SQLSTATE 23503): a row the write referred to is gone."""
        return getattr(exc, "sqlstate", None) == FOREIGN_KEY_VIOLATION

    @asynccontextmanager
    async def tx(self) -> AsyncIterator[asyncpg.Connection]:
        """A transaction (READ COMMITTED); rolled back if the block raises."""
        async with self.pool.acquire() as con, con.transaction():
            yield con

    @asynccontextmanager
    async def sql_tx(self) -> AsyncIterator[Conn]:
        """A transaction for the queries written once (bot/store/sql/)."""
        async with self.tx() as con:
            yield PostgresConn(con)

    @asynccontextmanager
    async def sql_read(self) -> AsyncIterator[Conn]:
        async with self.pool.acquire() as con:
            yield PostgresConn(con)

    @asynccontextmanager
    async def sql_snapshot(self) -> AsyncIterator[Conn]:
        async with self.pool.acquire() as con, con.transaction(isolation="repeatable_read", readonly=True):
            yield PostgresConn(con)

    async def sql_fetch(self, sql: str, **params: Any) -> Sequence[Row]:
        q, args = pg_args(sql, params)
        async with self.pool.acquire() as con:
            return list(await con.fetch(q, *args))

    async def sql_first(self, sql: str, **params: Any) -> Row | None:
        q, args = pg_args(sql, params)
        async with self.pool.acquire() as con:
            return await con.fetchrow(q, *args)

    async def sql_write(self, sql: str, **params: Any) -> Row | None:
        """One write statement (autocommit: atomic on its own); its first row."""
        return await self.sql_first(sql, **params)

    async def sql_exec(self, sql: str, **params: Any) -> int:
        q, args = pg_args(sql, params)
        async with self.pool.acquire() as con:
            return affected(await con.execute(q, *args))

    async def sql_script(self, *steps: tuple[str, dict[str, Any]]) -> list[int]:
        """Write statements in one transaction; the rows each changed."""
        async with self.sql_tx() as c:
            return [await c.execute(sql, **params) for sql, params in steps]

    async def schema_version(self) -> int:
        async with self.pool.acquire() as con:
            exists = await con.fetchval("SELECT to_regclass('legwork_schema') IS NOT NULL")
            if not exists:
                return 0
            return int(await con.fetchval("SELECT COALESCE(MAX(version), 0) FROM legwork_schema"))

    async def migrate(self) -> int:
        """Apply every migration newer than the database's, once, however many processes start.

        A session-level advisory lock serialises the processes: the first applies the migrations,
        the others wait on the lock and then find nothing left to do.
        """
        shipped = migrations()
        latest = shipped[-1][0]
        async with self.pool.acquire() as con:
            await con.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK)
            try:
                await con.execute(
                    "CREATE TABLE IF NOT EXISTS legwork_schema (version integer PRIMARY KEY, "
                    "name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"
                )
                current = int(await con.fetchval("SELECT COALESCE(MAX(version), 0) FROM legwork_schema"))
                if current > latest:
                    raise SchemaTooNew(
                        f"database {redact_url(self.dsn)} has schema {current}, but this Legwork knows only "
                        f"up to {latest}: upgrade Legwork or point [bot] database elsewhere"
                    )
                for number, name, sql in shipped:
                    if number <= current:
                        continue
                    async with con.transaction():
                        await con.execute(sql)  # no arguments: the simple protocol runs a whole script
                        await con.execute(
                            "INSERT INTO legwork_schema (version, name) VALUES ($1, $2)", number, name
                        )
                    log.info("applied PostgreSQL migration %s", name)
            finally:
                await con.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK)
        return latest

    async def integrity_ok(self) -> bool:
        async with self.pool.acquire() as con:
            return bool(await con.fetchval("SELECT true"))


async def _keep_session(con: asyncpg.Connection) -> None:
    """Skip asyncpg's reset query on every release (a round trip each time): this store leaves no
    session state behind (no LISTEN, no cursors outside transactions, the migration lock released)."""
