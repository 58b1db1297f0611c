"""copy-db's part of both stores: counts, a batched export as plain Python values, one import."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from bot.store.common import COPY_BATCH, COPY_TABLES
from bot.store.sql.base import SqlBase
from bot.store.sql.dialect import Conn, Dialect

COLUMNS = dict(COPY_TABLES)
SETVAL = "SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
_READ = {"ts": Dialect.ts, "date": Dialect.day, "bool": lambda v: None if v is None else bool(v)}


async def counts(c: Conn) -> dict[str, int]:
    """Rows per copied table as this connection sees them (names come from COPY_TABLES)."""
    return {t: int(await c.fetchval(f"SELECT COUNT(*) FROM {t}")) for t, _ in COPY_TABLES}


class Sink:
    def __init__(self, c: Conn) -> None:
        self.c = c

    async def write(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        await self.c.copy_in(table, [c for c, _ in COLUMNS[table]], rows)

    async def counts(self) -> dict[str, int]:
        return await counts(self.c)


class CopyStore(SqlBase):
    async def table_counts(self) -> dict[str, int]:
        async with self.sql_read() as c:
            return await counts(c)

    async def export_rows(self, table: str) -> AsyncIterator[list[tuple[Any, ...]]]:
        """A table's rows in batches, from one snapshot (SQLite: copy-db is its only user)."""
        cols = COLUMNS[table]
        read = [_READ.get(k) for _, k in cols]
        async with self.sql_snapshot() as c:
            async for rows in c.batches(f"SELECT {', '.join(n for n, _ in cols)} FROM {table}", COPY_BATCH):
                yield [tuple(f(v) if f else v for f, v in zip(read, r, strict=True)) for r in rows]

    @asynccontextmanager
    async def bulk_import(self) -> AsyncIterator[Sink]:
        """One transaction for the whole copy; rolled back if the block raises. PostgreSQL's
        identity sequences are moved past the ids copied in (a table without one gives NULL)."""
        async with self.sql_tx() as c:
            yield Sink(c)
            if c.dialect.name == "postgres":
                for table, cols in COPY_TABLES:
                    if cols[0][0] == "id":
                        await c.execute(SETVAL.format(table=table))
