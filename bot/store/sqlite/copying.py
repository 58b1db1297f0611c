"""Whole-table export and import for copy-db (python -m bot copy-db): rows as neutral values."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date, datetime
from typing import Any

from bot.store.common import COPY_BATCH, COPY_TABLES
from bot.store.sqlite.core import CoreStore, iso

_COLUMNS = dict(COPY_TABLES)


def _from_sqlite(kind: str, v: Any) -> Any:
    if v is None:
        return None
    if kind == "ts":
        return datetime.fromisoformat(v)
    if kind == "date":
        return date.fromisoformat(v)
    if kind == "bool":
        return bool(v)
    return v


def _to_sqlite(kind: str, v: Any) -> Any:
    if v is None:
        return None
    if kind == "ts":
        return iso(v)
    if kind == "date":
        return v.isoformat()
    if kind == "bool":
        return int(v)
    return v


class CopyStore(CoreStore):
    async def table_counts(self) -> dict[str, int]:
        """Rows per copied table (table names come from COPY_TABLES, never from input)."""
        async with self.read() as db:
            return await _Sink(db).counts()

    async def export_rows(self, table: str) -> AsyncIterator[list[tuple[Any, ...]]]:
        """A table's rows in batches, from one read, as neutral values (copy-db is this store's only
        user while it runs, so the read may hold the connection throughout)."""
        cols = _COLUMNS[table]
        names = ", ".join(c for c, _ in cols)
        async with self.read() as db:
            cur = await db.execute(f"SELECT {names} FROM {table}")
            while rows := await cur.fetchmany(COPY_BATCH):
                yield [tuple(_from_sqlite(k, v) for (_, k), v in zip(cols, r, strict=True)) for r in rows]
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
        cols = _COLUMNS[table]
        names = ", ".join(c for c, _ in cols)
        marks = ", ".join("?" * len(cols))
        await self.db.executemany(
            f"INSERT INTO {table} ({names}) VALUES ({marks})",
            [tuple(_to_sqlite(k, v) for (_, k), v in zip(cols, r, strict=True)) for r in rows],
        )

    async def counts(self) -> dict[str, int]:
        """Rows per copied table as this transaction sees them."""
        out = {}
        for table, _ in COPY_TABLES:
            rows = await self.db.execute_fetchall(f"SELECT COUNT(*) FROM {table}")
            out[table] = int(next(iter(rows))[0])
        return out
