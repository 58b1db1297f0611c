"""One migration history for both stores (issue 24): databases made before it keep working.

SQLite always counted this history (``PRAGMA user_version``). PostgreSQL counted its own, in which
schema 1 was SQLite's 1-5 and each later one was one of SQLite's: a database it made is
recognised, renumbered once on open, and migrated from there.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import asyncpg
import pytest

from bot.store.migrations import migrations, pg_renumbered
from bot.store.postgres import PostgresStore
from bot.store.sqlite import Store
from tests.conftest import NOW
from tests.pgutil import fresh_database

# PostgreSQL's migration files before issue 24, in order.
PG_OLD = ["0001_init.sql", "0002_handled_updates.sql", "0003_plan.sql", "0004_ask_context.sql",
          "0005_levels.sql", "0006_runs.sql", "0007_strava.sql"]  # fmt: skip


def test_both_dialects_ship_the_same_numbered_history() -> None:
    lite, pg = migrations("sqlite"), migrations("postgres")
    assert [(n, name) for n, name, _ in lite] == [(n, name) for n, name, _ in pg]
    assert [n for n, _, _ in lite] == list(range(1, len(lite) + 1))
    assert not any("{" in sql.replace("'{}'", "") for _, _, sql in lite + pg)  # every word substituted
    assert "timestamptz" in pg[0][2] and "timestamptz" not in lite[0][2]


def test_old_postgres_numbers_map_onto_the_history() -> None:
    assert pg_renumbered([(n, name) for n, name in enumerate(PG_OLD, 1)]) == 11
    assert pg_renumbered([(1, PG_OLD[0])]) == 5  # SQLite's 1-5 in one file
    assert pg_renumbered([(1, PG_OLD[0]), (2, PG_OLD[1]), (3, PG_OLD[2])]) == 7
    assert pg_renumbered([(n, name) for n, name, _ in migrations("postgres")]) is None
    assert pg_renumbered([]) is None


async def _old_postgres(url: str, old_version: int) -> None:
    """A database as PostgreSQL's own history left it at `old_version`: the same tables (the
    histories end in the same schema, compared with pg_dump when they were merged) and its log."""
    con = await asyncpg.connect(url)
    try:
        for _, _, sql in migrations("postgres")[: old_version + 4]:
            await con.execute(sql)
        await con.execute(
            "CREATE TABLE legwork_schema (version integer PRIMARY KEY, name text NOT NULL, "
            "applied_at timestamptz NOT NULL DEFAULT now())"
        )
        await con.executemany(
            "INSERT INTO legwork_schema (version, name) VALUES ($1, $2)",
            list(enumerate(PG_OLD[:old_version], 1)),
        )
        await con.execute(
            "INSERT INTO users (platform, platform_user_id, display_name, created_at) "
            "VALUES ('telegram', '42', 'Ann', now())"
        )
    finally:
        await con.close()


@pytest.mark.parametrize("old_version", [7, 3])
async def test_a_postgres_database_of_the_old_numbering_opens(old_version: int) -> None:
    async with fresh_database() as url:
        await _old_postgres(url, old_version)
        s = PostgresStore(url)
        await s.open()  # 7 is up to date (nothing applied); 3 (SQLite's 7) gets 8-11
        try:
            shipped = migrations("postgres")
            log = [
                tuple(r) for r in await s.pool.fetch("SELECT version, name FROM legwork_schema ORDER BY 1")
            ]
            assert log == [(n, name) for n, name, _ in shipped]
            assert await s.schema_version() == len(shipped)
            user = await s.get_user("telegram", "42")
            assert user is not None and user.display_name == "Ann"
            await s.set_units(user.id, "mi")  # a table of schema 10 (PostgreSQL's old 6)
            assert (await s.run_prefs(user.id)).units == "mi"
        finally:
            await s.close()
        again = PostgresStore(url)
        await again.open()  # renumbered once: the next open finds the new numbers
        await again.close()


async def test_a_sqlite_file_at_the_latest_version_applies_nothing(tmp_path: Path) -> None:
    path = tmp_path / "now.db"
    s = Store(path)
    await s.open()
    await s.ensure_user("console", "u", "U", NOW)
    await s.close()
    again = Store(path)
    statements: list[str] = []
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == len(migrations("sqlite"))
    con.close()
    await again.open()
    await again.db.set_trace_callback(statements.append)
    assert await again.migrate() == len(migrations("sqlite"))
    await again.db.set_trace_callback(None)
    assert not [st for st in statements if st.split()[0] in ("CREATE", "ALTER", "BEGIN")]
    assert await again.get_user("console", "u") is not None
    await again.close()
