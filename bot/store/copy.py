"""python -m bot copy-db: move a bot's data between SQLite and PostgreSQL (either way). Both are
opened (and migrated); the target must be empty; every table is copied in one target transaction,
committed only if the row counts of source and target match."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from bot.config import redact_url
from bot.store import make_store
from bot.store.common import COPY_TABLES
from bot.store.sql.copying import CopyStore


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
            return await _copy(cast(CopyStore, src), cast(CopyStore, dst), redact_url(target))
        finally:
            await dst.close()
    finally:
        await src.close()


async def _copy(src: CopyStore, dst: CopyStore, target_name: str) -> dict[str, int]:
    want = await src.table_counts()
    have = {t: n for t, n in (await dst.table_counts()).items() if n}
    if have:
        listed = ", ".join(f"{t}: {n}" for t, n in have.items())
        why = "copy-db only writes into an empty database"
        raise CopyRefused(f"{target_name} is not empty ({listed}); {why}")
    async with dst.bulk_import() as sink:
        for table, _ in COPY_TABLES:
            async for rows in src.export_rows(table):
                await sink.write(table, rows)
        got = await sink.counts()
        if got != want:
            wrong = ", ".join(f"{t}: {want[t]} -> {got[t]}" for t in want if got[t] != want[t])
            raise CopyRefused(f"row counts differ after copying ({wrong}); nothing was written")
    return want
