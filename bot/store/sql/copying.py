"""copy-db's part written once: rows per copied table, and each column kind read back as the
neutral Python value (int, str, bool, date, aware datetime, None) from either store."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.store.common import COPY_TABLES
from bot.store.sql.base import SqlBase
from bot.store.sql.dialect import Conn, Dialect

COLUMNS = dict(COPY_TABLES)
_READ = {"ts": Dialect.ts, "date": Dialect.day, "bool": lambda v: None if v is None else bool(v)}


def neutral(cols: Sequence[tuple[str, str]], row: Sequence[Any]) -> tuple[Any, ...]:
    """A stored row as neutral values (SQLite's ISO texts and 0/1 read back; PostgreSQL's pass)."""
    return tuple(_READ[k](v) if k in _READ else v for (_, k), v in zip(cols, row, strict=True))


async def counts(c: Conn) -> dict[str, int]:
    """Rows per copied table as this connection sees them (names come from COPY_TABLES)."""
    return {t: int(await c.fetchval(f"SELECT COUNT(*) FROM {t}")) for t, _ in COPY_TABLES}


class CopyCounts(SqlBase):
    async def table_counts(self) -> dict[str, int]:
        """Rows per copied table (table names come from COPY_TABLES, never from input)."""
        async with self.sql_read() as c:
            return await counts(c)
