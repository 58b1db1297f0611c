"""The asyncpg pool, transactions and snapshots, and the migration steps under an advisory lock."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from functools import partial
from typing import Any

import asyncpg

from bot.config import redact_url
from bot.store.migrations import migrate, pg_renumbered
from bot.store.migrations import migrations as _migrations
from bot.store.sql.base import SqlBase, opened
from bot.store.sql.conns import POSTGRES, PostgresConn, affected, pg_args
from bot.store.sql.dialect import Conn, Row
from handlers.store import UserRow

MIGRATION_LOCK = 0x4C4547574F524B  # pg_advisory_lock key shared by every Legwork process ("LEGWORK")
POOL_MAX = 10
migrations = partial(_migrations, "postgres")
LOG = "INSERT INTO legwork_schema (version, name) VALUES ($1, $2)"


class CoreStore(SqlBase):
    """Owns the asyncpg pool: a connection per statement or transaction, autocommit otherwise."""

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
            self.dsn, min_size=1, max_size=self.pool_max, server_settings={"timezone": "UTC"}, reset=_keep
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
        return opened(self._pool)

    @asynccontextmanager
    async def sql_tx(self) -> AsyncIterator[Conn]:
        async with self.pool.acquire() as con, con.transaction():
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
        async with self.pool.acquire() as con:
            return list(await con.fetch(*pg_args(sql, params)))

    async def sql_first(self, sql: str, **params: Any) -> Row | None:
        async with self.pool.acquire() as con:
            return await con.fetchrow(*pg_args(sql, params))

    sql_write = sql_first  # autocommit: one statement is atomic on its own

    async def sql_exec(self, sql: str, **params: Any) -> int:
        async with self.pool.acquire() as con:
            return affected(await con.execute(*pg_args(sql, params)))

    async def sql_script(self, *steps: tuple[str, dict[str, Any]]) -> list[int]:
        async with self.sql_tx() as c:
            return [await c.execute(sql, **params) for sql, params in steps]

    async def schema_version(self) -> int:
        async with self.pool.acquire() as con:
            if not await con.fetchval("SELECT to_regclass('legwork_schema') IS NOT NULL"):
                return 0
            return int(await con.fetchval("SELECT COALESCE(MAX(version), 0) FROM legwork_schema"))

    async def migrate(self) -> int:
        """The shared runner under an advisory lock: the first process migrates, the others find
        nothing left to do."""
        async with self.pool.acquire() as con:
            await con.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK)
            try:
                await con.execute(
                    "CREATE TABLE IF NOT EXISTS legwork_schema (version integer PRIMARY KEY, "
                    "name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"
                )

                async def version() -> int:
                    rows = [(r[0], r[1]) for r in await con.fetch("SELECT version, name FROM legwork_schema")]
                    shipped = migrations()
                    old = pg_renumbered(rows)
                    if old is None or old > len(shipped):
                        return max((v for v, _ in rows), default=0)
                    async with con.transaction():  # written before issue 24: this history's numbers
                        await con.execute("DELETE FROM legwork_schema")
                        await con.executemany(LOG, [(n, name) for n, name, _ in shipped[:old]])
                    return old

                async def apply(number: int, name: str, sql: str) -> None:
                    async with con.transaction():
                        await con.execute(sql)  # no arguments: the simple protocol runs a whole script
                        await con.execute(LOG, number, name)

                return await migrate("postgres", redact_url(self.dsn), version, apply)
            finally:
                await con.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK)

    async def integrity_ok(self) -> bool:
        async with self.pool.acquire() as con:
            return bool(await con.fetchval("SELECT true"))


async def _keep(con: asyncpg.Connection) -> None:
    """Skip asyncpg's reset query on each release (a round trip): no session state is left behind."""
