"""The two connection wrappers behind :class:`bot.store.sql.dialect.Conn`, and SQLite's ``run``."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import aiosqlite

from bot.store.sql.dialect import Dialect, Row

if TYPE_CHECKING:  # a SQLite process never loads asyncpg (~5 MB RSS)
    import asyncpg

SQLITE = Dialect("sqlite")
POSTGRES = Dialect("postgres")


def sqlite_args(sql: str, params: Mapping[str, Any]) -> tuple[str, tuple[Any, ...]]:
    """A shared query text and its named values as SQLite's ``?`` text and tuple."""
    c = SQLITE.compile(sql)
    return c.sql, SQLITE.params(c, params)


def run(conn: sqlite3.Connection, sql: str, **params: Any) -> sqlite3.Cursor:
    """A shared query on the raw sqlite3 connection (inside a ``write_in_thread`` function)."""
    return conn.execute(*sqlite_args(sql, params))


def pg_args(sql: str, params: Mapping[str, Any]) -> tuple[Any, ...]:
    """A shared query text and its named values as asyncpg's arguments: the ``$n`` text, then values."""
    c = POSTGRES.compile(sql)
    return (c.sql, *POSTGRES.params(c, params))


def affected(status: str) -> int:
    """Rows touched, from asyncpg's command tag ("INSERT 0 1", "UPDATE 3", "DELETE 0")."""
    tail = status.rsplit(" ", 1)[-1]
    return int(tail) if tail.isdigit() else 0


class SqliteConn:
    dialect = SQLITE

    def __init__(self, db: aiosqlite.Connection) -> None:
        self._db = db

    async def fetch(self, sql: str, **params: Any) -> Sequence[Row]:
        return list(await self._db.execute_fetchall(*sqlite_args(sql, params)))  # type: ignore[arg-type]

    async def fetchrow(self, sql: str, **params: Any) -> Row | None:
        rows = await self.fetch(sql, **params)
        return rows[0] if rows else None

    async def fetchval(self, sql: str, **params: Any) -> Any:
        row = await self.fetchrow(sql, **params)
        return None if row is None else row[0]  # type: ignore[index]  # both rows also index by position

    async def execute(self, sql: str, **params: Any) -> int:
        return int((await self._db.execute(*sqlite_args(sql, params))).rowcount)

    async def executemany(self, sql: str, rows: Sequence[Mapping[str, Any]]) -> None:
        if rows:
            c = SQLITE.compile(sql)
            await self._db.executemany(c.sql, [SQLITE.params(c, r) for r in rows])

    async def batches(self, sql: str, size: int) -> AsyncIterator[Sequence[Sequence[Any]]]:
        cur = await self._db.execute(sql)
        while rows := list(await cur.fetchmany(size)):
            yield rows
        await cur.close()

    async def copy_in(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        await self._db.executemany(sql, [tuple(SQLITE.value(v) for v in r) for r in rows])


class PostgresConn:
    dialect = POSTGRES

    def __init__(self, con: asyncpg.Connection) -> None:
        self._con = con

    async def fetch(self, sql: str, **params: Any) -> Sequence[Row]:
        return await self._con.fetch(*pg_args(sql, params))

    async def fetchrow(self, sql: str, **params: Any) -> Row | None:
        return await self._con.fetchrow(*pg_args(sql, params))

    async def fetchval(self, sql: str, **params: Any) -> Any:
        return await self._con.fetchval(*pg_args(sql, params))

    async def execute(self, sql: str, **params: Any) -> int:
        return affected(await self._con.execute(*pg_args(sql, params)))

    async def executemany(self, sql: str, rows: Sequence[Mapping[str, Any]]) -> None:
        if rows:
            c = POSTGRES.compile(sql)
            await self._con.executemany(c.sql, [POSTGRES.params(c, r) for r in rows])

    async def batches(self, sql: str, size: int) -> AsyncIterator[Sequence[Sequence[Any]]]:
        cursor = await self._con.cursor(sql)  # inside the snapshot's transaction
        while rows := await cursor.fetch(size):
            yield rows

    async def copy_in(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        # COPY: the fastest way in, and values still go as typed data, never as SQL text
        await self._con.copy_records_to_table(table, records=rows, columns=list(columns))
