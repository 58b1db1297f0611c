"""The two connection wrappers behind :class:`bot.store.sql.dialect.Conn`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import aiosqlite
import asyncpg

from bot.store.sql.dialect import Dialect, Row

SQLITE = Dialect("sqlite")
POSTGRES = Dialect("postgres")


class SqliteConn:
    dialect = SQLITE

    def __init__(self, db: aiosqlite.Connection) -> None:
        self._db = db

    async def _cursor(self, sql: str, params: dict[str, Any]) -> aiosqlite.Cursor:
        c = self.dialect.compile(sql)
        return await self._db.execute(c.sql, self.dialect.params(c, params))

    async def fetch(self, sql: str, **params: Any) -> Sequence[Row]:
        cur = await self._cursor(sql, params)
        # sqlite3.Row reads by column name like a Mapping; typeshed does not declare it one.
        return list(await cur.fetchall())  # type: ignore[arg-type]

    async def fetchrow(self, sql: str, **params: Any) -> Row | None:
        cur = await self._cursor(sql, params)
        return await cur.fetchone()  # type: ignore[return-value]  # sqlite3.Row: see fetch

    async def fetchval(self, sql: str, **params: Any) -> Any:
        row = await self.fetchrow(sql, **params)
        return None if row is None else row[0]  # type: ignore[index]  # both rows also index by position

    async def execute(self, sql: str, **params: Any) -> int:
        cur = await self._cursor(sql, params)
        return int(cur.rowcount)


class PostgresConn:
    dialect = POSTGRES

    def __init__(self, con: asyncpg.Connection) -> None:
        self._con = con

    def _args(self, sql: str, params: dict[str, Any]) -> tuple[str, tuple[Any, ...]]:
        c = self.dialect.compile(sql)
        return c.sql, self.dialect.params(c, params)

    async def fetch(self, sql: str, **params: Any) -> Sequence[Row]:
        q, args = self._args(sql, params)
        return await self._con.fetch(q, *args)

    async def fetchrow(self, sql: str, **params: Any) -> Row | None:
        q, args = self._args(sql, params)
        return await self._con.fetchrow(q, *args)

    async def fetchval(self, sql: str, **params: Any) -> Any:
        q, args = self._args(sql, params)
        return await self._con.fetchval(q, *args)

    async def execute(self, sql: str, **params: Any) -> int:
        q, args = self._args(sql, params)
        status = await self._con.execute(q, *args)
        tail = status.rsplit(" ", 1)[-1]
        return int(tail) if tail.isdigit() else 0
