"""python -m bot copy-db: move a bot's data between SQLite and PostgreSQL (either way).

Both stores are opened (so both are migrated to this Legwork's schema), the target must be empty,
every table is copied in one target transaction, and the row counts of source and target are
compared before it commits: a mismatch rolls everything back.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any, Protocol, cast

from bot.config import redact_url
from bot.store import make_store
from bot.store.common import COPY_TABLES


class Sink(Protocol):
    async def write(self, table: str, rows: list[tuple[Any, ...]]) -> None: ...
    async def counts(self) -> dict[str, int]: ...


class Copyable(Protocol):
    """What both stores offer copy-db besides the handlers' port."""

    async def table_counts(self) -> dict[str, int]: ...
    def export_rows(self, table: str) -> AsyncIterator[list[tuple[Any, ...]]]: ...
    def bulk_import(self) -> AbstractAsyncContextManager[Sink]: ...


class CopyRefused(Exception):
    """The copy was not made (the message says why); the target is unchanged."""


async def copy_database(source: str, target: str, base_dir: Path) -> dict[str, int]:
    """Copy every row from `source` into the empty `target`; returns rows copied per table."""
    if source.strip() == target.strip():
        raise CopyRefused("--from and --to name the same database")
    src, dst = make_store(source, base_dir), make_store(target, base_dir)
    await src.open()
    try:
        await dst.open()
        try:
            return await _copy(cast(Copyable, src), cast(Copyable, dst), redact_url(target))
        finally:
            await dst.close()
    finally:
        await src.close()


async def _copy(src: Copyable, dst: Copyable, target_name: str) -> dict[str, int]:
    want = await src.table_counts()
    have = {t: n for t, n in (await dst.table_counts()).items() if n}
    if have:
        listed = ", ".join(f"{t}: {n}" for t, n in have.items())
        raise CopyRefused(
            f"{target_name} is not empty ({listed}); copy-db only writes into an empty database"
        )
    async with dst.bulk_import() as sink:
        for table, _ in COPY_TABLES:
            async for rows in src.export_rows(table):
                await sink.write(table, rows)
        got = await sink.counts()
        if got != want:
            wrong = ", ".join(f"{t}: {want[t]} -> {got[t]}" for t in want if got[t] != want[t])
            raise CopyRefused(f"row counts differ after copying ({wrong}); nothing was written")
    return want
