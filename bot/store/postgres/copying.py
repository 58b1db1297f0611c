"""Whole-table export and import for copy-db (python -m bot copy-db): rows as neutral values.

PostgreSQL's columns already hold the neutral types (timestamptz, date, boolean), so rows pass
through; imported ids are kept and each identity sequence is moved past them afterwards.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg

from bot.store.common import COPY_BATCH
from bot.store.postgres.core import CoreStore
from bot.store.sql.conns import PostgresConn
from bot.store.sql.copying import COLUMNS as _COLUMNS
from bot.store.sql.copying import CopyCounts, counts

_IDENTITY = (
    "users",
    "chats",
    "sessions",
    "reminder_schedules",
    "challenges",
    "challenge_entries",
    "pauses",
    "level_changes",
    "runs",
)


class CopyStore(CopyCounts, CoreStore):
    async def export_rows(self, table: str) -> AsyncIterator[list[tuple[Any, ...]]]:
        """A table's rows in batches, in one snapshot, as neutral values."""
        names = ", ".join(c for c, _ in _COLUMNS[table])
        async with self.pool.acquire() as con, con.transaction(isolation="repeatable_read", readonly=True):
            cursor = await con.cursor(f"SELECT {names} FROM {table}")
            while rows := await cursor.fetch(COPY_BATCH):
                yield [tuple(r) for r in rows]

    @asynccontextmanager
    async def bulk_import(self) -> AsyncIterator[_Sink]:
        """One transaction for the whole copy; rolled back if the block raises."""
        async with self.tx() as con:
            sink = _Sink(con)
            yield sink
            for table in _IDENTITY:
                await con.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
                )


class _Sink:
    def __init__(self, con: asyncpg.Connection) -> None:
        self.con = con

    async def write(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        # COPY: the fastest way in, and values still go as typed data, never as SQL text
        await self.con.copy_records_to_table(table, records=rows, columns=[c for c, _ in _COLUMNS[table]])

    async def counts(self) -> dict[str, int]:
        """Rows per copied table as this transaction sees them."""
        return await counts(PostgresConn(self.con))
