"""Whole-table export and import for copy-db (python -m bot copy-db) on SQLite's connection."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from bot.store.common import COPY_BATCH
from bot.store.sql.conns import SQLITE, SqliteConn
from bot.store.sql.copying import COLUMNS, CopyCounts, counts, neutral
from bot.store.sqlite.core import CoreStore


class CopyStore(CopyCounts, CoreStore):
    async def export_rows(self, table: str) -> AsyncIterator[list[tuple[Any, ...]]]:
        """A table's rows in batches, from one read, as neutral values (copy-db is this store's only
        user while it runs, so the read may hold the connection throughout)."""
        cols = COLUMNS[table]
        async with self.read() as db:
            cur = await db.execute(f"SELECT {', '.join(c for c, _ in cols)} FROM {table}")
            while rows := await cur.fetchmany(COPY_BATCH):
                yield [neutral(cols, r) for r in rows]
            await cur.close()

    @asynccontextmanager
    async def bulk_import(self) -> AsyncIterator[_Sink]:
        """One write transaction for the whole copy; rolled back if the block raises."""
        async with self.tx() as db:
            yield _Sink(db)


class _Sink:
    def __init__(self, db: Any) -> None:
        self.db = db

    async def write(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        cols = COLUMNS[table]
        marks = ", ".join("?" * len(cols))
        await self.db.executemany(
            f"INSERT INTO {table} ({', '.join(c for c, _ in cols)}) VALUES ({marks})",
            [tuple(SQLITE.value(v) for v in r) for r in rows],
        )

    async def counts(self) -> dict[str, int]:
        """Rows per copied table as this transaction sees them."""
        return await counts(SqliteConn(self.db))
