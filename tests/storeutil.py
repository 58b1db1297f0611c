"""Backend-neutral raw access for tests: list tables, read every row, run one statement.

Handlers and services never do this (they use the Store port); tests do, to prove that a refused
request changed nothing.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from bot.store.postgres import PostgresStore

INTERNAL = ("legwork_schema",)  # PostgreSQL's migration log (SQLite keeps it in user_version)


def is_pg(store: Any) -> bool:
    return isinstance(store, PostgresStore)


def _sqlite_value(v: object) -> object:
    if isinstance(v, datetime):
        return v.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return v


async def execute(store: Any, sql: str, *params: object) -> None:
    """One statement with ``?`` placeholders on either backend (datetimes bound natively)."""
    if is_pg(store):
        n = iter(range(1, len(params) + 1))
        async with store.pool.acquire() as con:
            await con.execute(re.sub(r"\?", lambda _m: f"${next(n)}", sql), *params)
        return
    async with store.tx() as db:
        await db.execute(sql, tuple(_sqlite_value(p) for p in params))


async def fetch(store: Any, sql: str, *params: object) -> list[tuple[object, ...]]:
    if is_pg(store):
        n = iter(range(1, len(params) + 1))
        async with store.pool.acquire() as con:
            return [tuple(r) for r in await con.fetch(re.sub(r"\?", lambda _m: f"${next(n)}", sql), *params)]
    async with store.read() as db:
        return [tuple(r) for r in await db.execute_fetchall(sql, tuple(_sqlite_value(p) for p in params))]


async def table_names(store: Any) -> list[str]:
    if is_pg(store):
        rows = await fetch(
            store, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        )
        return sorted(str(r[0]) for r in rows if r[0] not in INTERNAL)
    rows = await fetch(store, "SELECT name FROM sqlite_master WHERE type = 'table'")
    return sorted(str(r[0]) for r in rows if not str(r[0]).startswith("sqlite_"))


async def table_rows(store: Any, table: str, named: bool = False) -> list[tuple[object, ...]]:
    """Every row of a table, sorted; ``named``: each row as (column, value) pairs."""
    assert re.fullmatch(r"[a-z_]+", table)
    if is_pg(store):
        async with store.pool.acquire() as con:
            recs = await con.fetch(f'SELECT * FROM "{table}"')
        rows = [tuple(r.items()) if named else tuple(r.values()) for r in recs]
    else:
        async with store.read() as db:
            recs = await db.execute_fetchall(f'SELECT * FROM "{table}"')
        rows = [tuple(zip(r.keys(), tuple(r), strict=True)) if named else tuple(r) for r in recs]
    return sorted(rows, key=repr)
