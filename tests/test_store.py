from __future__ import annotations

import asyncio
import os
import sqlite3
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from bot.store import make_store
from bot.store.sqlite import NewSession, SchemaTooNew, Store
from bot.store.sqlite.core import migrations
from tests.conftest import NOW, Backend
from tests.storeutil import fetch


def new(dedupe: str | None = None, day: date = NOW.date()) -> NewSession:
    return NewSession("home", 20, 6, "ok", ("quads", "hamstrings"), NOW, day, dedupe_key=dedupe)


async def test_pragmas_and_owner_only_file(tmp_path: Path) -> None:
    s = Store(tmp_path / "a.db")
    await s.open()
    async with s.read() as db:
        mode = await (await db.execute("PRAGMA journal_mode")).fetchone()
        fk = await (await db.execute("PRAGMA foreign_keys")).fetchone()
    assert mode[0] == "wal" and fk[0] == 1
    assert stat.S_IMODE(os.stat(tmp_path / "a.db").st_mode) == 0o600
    assert await s.integrity_ok()
    await s.close()


async def test_upgrade_from_first_schema_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    first = migrations()[0]
    con = sqlite3.connect(path)
    con.executescript(first[2])
    con.execute("PRAGMA user_version = 1")
    con.execute(
        "INSERT INTO users (platform, platform_user_id, display_name, created_at) "
        "VALUES ('telegram', '42', 'Ann', '2026-01-01T00:00:00.000000Z')"
    )
    con.execute(
        "INSERT INTO sessions (user_id, setting, logged_at, local_date) "
        "VALUES (1, 'home', '2026-01-02T07:00:00.000000Z', '2026-01-02')"
    )
    con.commit()
    con.close()
    s = Store(path)
    await s.open()
    assert await s.schema_version() == len(migrations())
    user = await s.get_user("telegram", "42")
    assert user is not None and user.display_name == "Ann"
    assert await s.count_sessions(user.id) == 1
    await s.close()


async def test_newer_schema_refuses_to_start(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 999")
    con.close()
    with pytest.raises(SchemaTooNew, match="999"):
        await Store(path).open()


async def test_dedupe_key_records_once_under_concurrency(store: Store) -> None:
    user = await store.ensure_user("console", "u", "U", NOW)
    results = await asyncio.gather(*(store.add_session(user.id, new("k1")) for _ in range(200)))
    assert sum(created for _, created in results) == 1
    assert len({row.id for row, _ in results}) == 1
    assert await store.count_sessions(user.id) == 1


async def test_thousand_users_log_at_once(store: Store) -> None:
    s = store
    users = await asyncio.gather(*(s.ensure_user("telegram", str(i), f"u{i}", NOW) for i in range(1000)))
    await asyncio.gather(*(s.add_session(u.id, new()) for u in users))
    assert await s.count_sessions() == 1000
    rows = await fetch(s, "SELECT user_id, COUNT(*) FROM sessions GROUP BY user_id")
    assert len(rows) == 1000 and all(r[1] == 1 for r in rows)


async def test_two_stores_on_one_database_do_not_deadlock(backend: Backend) -> None:
    """Two stores on one database are what two processes are."""
    a, b = backend.new(), backend.new()
    await a.open()
    await b.open()
    ua = await a.ensure_user("console", "x", "X", NOW)
    await asyncio.gather(*(st.add_session(ua.id, new()) for st in [a, b] * 50))
    assert await a.count_sessions() == 100
    await a.close()
    await b.close()


async def test_undo_only_within_window_and_forget_cascades(store: Store) -> None:
    user = await store.ensure_user("console", "u", "U", NOW)
    await store.add_session(user.id, new())
    assert await store.undo_last_session(user.id, since=NOW + timedelta(hours=1)) is None
    assert await store.undo_last_session(user.id, since=NOW - timedelta(hours=24)) is not None
    await store.add_session(user.id, new())
    await store.delete_user(user.id)
    assert await store.count_sessions() == 0
    assert await store.get_user("console", "u") is None


async def test_parameters_are_bound_not_formatted(store: Store) -> None:
    evil = "Robert'); DROP TABLE sessions;--"
    user = await store.ensure_user("console", evil, evil, NOW)
    await store.add_session(user.id, NewSession("home", None, None, evil, (), NOW, NOW.date()))
    got = await store.recent_sessions(user.id, 5)
    assert got[0].note == evil
    assert (await store.get_user("console", evil)).display_name == evil  # type: ignore[union-attr]


async def test_log_session_records_once_with_the_weeks_count(store: Store) -> None:
    user = await store.ensure_user("console", "w", "W", NOW)
    monday = NOW.date() - timedelta(days=NOW.weekday())
    first = await store.log_session(user.id, new("a"), monday)
    assert first.created and first.week_sessions == 1 and first.row.setting == "home"
    second = await store.log_session(user.id, new("b"), monday)
    assert second.week_sessions == 2
    again = await store.log_session(user.id, new("a"), monday)  # a re-delivered /done
    assert not again.created and again.row == first.row and again.week_sessions == 2
    next_week = await store.log_session(user.id, new("c"), monday + timedelta(days=7))
    assert next_week.week_sessions == 0  # asked about next week: this week's three don't count
    assert await store.count_sessions(user.id) == 3


async def test_sqlite_log_session_is_one_transaction(tmp_path: Path) -> None:
    store = Store(tmp_path / "t.db")
    await store.open()
    user = await store.ensure_user("console", "w", "W", NOW)
    monday = NOW.date() - timedelta(days=NOW.weekday())
    statements: list[str] = []
    await store.db.set_trace_callback(statements.append)
    first = await store.log_session(user.id, new("a"), monday)
    await store.db.set_trace_callback(None)
    # One write transaction, and the INSERT itself returned the row and the week's count.
    assert [s.split()[0] for s in statements] == ["BEGIN", "INSERT", "COMMIT"]
    assert first.created and first.week_sessions == 1
    await store.close()


async def test_a_failed_write_in_thread_rolls_back(tmp_path: Path) -> None:
    store = Store(tmp_path / "f.db")  # SQLite's own way to run a function on its thread
    await store.open()
    user = await store.ensure_user("console", "f", "F", NOW)

    def half(conn: sqlite3.Connection) -> None:
        conn.execute("DELETE FROM users WHERE id = ?", (user.id,))
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        await store.write_in_thread(half)
    assert await store.get_user("console", "f") is not None
    await store.log_session(user.id, new(), NOW.date())  # the connection is usable afterwards
    await store.close()


async def test_same_dedupe_key_from_two_stores_records_once(backend: Backend) -> None:
    a, b = backend.new(), backend.new()
    await a.open()
    await b.open()
    try:
        user = await a.ensure_user("console", "u", "U", NOW)
        results = await asyncio.gather(*(st.add_session(user.id, new("k2")) for st in [a, b] * 100))
        assert sum(created for _, created in results) == 1
        assert await b.count_sessions(user.id) == 1
    finally:
        await a.close()
        await b.close()


async def test_times_round_trip_as_aware_utc(store: Store) -> None:
    user = await store.ensure_user("console", "u", "U", NOW)
    row, _ = await store.add_session(user.id, new())
    assert row.logged_at == NOW and row.logged_at.utcoffset() == timedelta(0)
    assert row.local_date == NOW.date()
    [again] = await store.recent_sessions(user.id, 1)
    assert again == row


# --- PostgreSQL only ---------------------------------------------------------------------------


async def test_postgres_processes_starting_together_migrate_once() -> None:
    from bot.store.postgres import PostgresStore
    from bot.store.postgres import migrations as pg_migrations
    from tests.pgutil import fresh_database

    async with fresh_database() as url:
        stores = [PostgresStore(url, pool_max=2) for _ in range(4)]
        await asyncio.gather(*(s.open() for s in stores))  # all four race to migrate an empty database
        try:
            versions = await fetch(stores[0], "SELECT version FROM legwork_schema ORDER BY version")
            assert [v for (v,) in versions] == [n for n, _, _ in pg_migrations()]
            assert {await s.schema_version() for s in stores} == {len(pg_migrations())}
        finally:
            await asyncio.gather(*(s.close() for s in stores))


async def test_postgres_times_are_timestamptz_and_newer_schema_refuses() -> None:
    from bot.store.postgres import PostgresStore
    from tests.pgutil import fresh_database

    async with fresh_database() as url:
        s = PostgresStore(url)
        await s.open()
        try:
            types = dict(
                await fetch(
                    s,
                    "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns "
                    "WHERE table_schema = 'public' "
                    "AND (column_name LIKE '%\\_at' OR column_name = 'next_fire')",
                )
            )
            assert types and set(types.values()) == {"timestamp with time zone"}, types
            await s.pool.execute("INSERT INTO legwork_schema (version, name) VALUES (999, 'future')")
        finally:
            await s.close()
        with pytest.raises(SchemaTooNew, match="999"):
            await PostgresStore(url).open()


def test_database_settings_pick_the_backend_and_redact_passwords(tmp_path: Path) -> None:
    from bot import config
    from bot.store.postgres import PostgresStore
    from bot.store.sqlite import Store as SQLiteStore

    url = "postgresql://bot:s3cret@db.example:5432/legwork"
    assert config.redact_url(url) == "postgresql://bot:***@db.example:5432/legwork"
    assert config.redact_url("postgres://bot@db/legwork") == "postgres://bot@db/legwork"
    assert config.redact_url("legwork.db") == "legwork.db"
    assert config.url_password("postgresql://bot:p%40ss@db/x") == "p@ss"
    assert config.is_postgres_url("postgresql://x/y") and not config.is_postgres_url("sqlite:///legwork.db")
    assert config.sqlite_path("sqlite:///data/legwork.db", Path("/srv")) == Path("/srv/data/legwork.db")
    assert config.sqlite_path("sqlite:////var/lib/legwork.db") == Path("/var/lib/legwork.db")
    assert isinstance(make_store("postgresql://bot@db/legwork"), PostgresStore)
    assert "s3cret" not in repr(make_store(url))
    lite = make_store("sqlite:///x.db", tmp_path)
    assert isinstance(lite, SQLiteStore) and lite.path == tmp_path / "x.db"


async def test_an_update_is_claimed_once_and_a_dead_claim_is_taken_over(backend: Backend) -> None:
    a, b = backend.new(), backend.new()  # two processes
    await a.open()
    await b.open()
    try:
        got = await asyncio.gather(*(st.claim_update("telegram", 7, NOW, 30) for st in [a, b] * 10))
        assert sorted(got) == ["busy"] * 19 + ["new"]
        # the claimer died without finishing: within the lease the update stays busy, after it,
        # the next delivery takes it over, once
        assert await b.claim_update("telegram", 7, NOW + timedelta(seconds=29), 30) == "busy"
        later = NOW + timedelta(seconds=31)
        got = await asyncio.gather(
            a.claim_update("telegram", 7, later, 30), b.claim_update("telegram", 7, later, 30)
        )
        assert sorted(got) == ["busy", "new"]
        await b.finish_update("telegram", 7, later, handled=True)
        assert await a.claim_update("telegram", 7, later + timedelta(hours=1), 30) == "done"
        # a handler that failed releases its claim: the platform's next delivery handles it
        assert await a.claim_update("telegram", 8, NOW, 30) == "new"
        await a.finish_update("telegram", 8, NOW, handled=False)
        assert await b.claim_update("telegram", 8, NOW, 30) == "new"
        assert await b.claim_update("discord", 7, NOW, 30) == "new"  # ids are per platform
    finally:
        await a.close()
        await b.close()


async def test_one_members_sessions_logged_at_once_from_two_stores_all_count(backend: Backend) -> None:
    """Two processes recording sessions of one challenge member at once: no deadlock, none lost."""
    from datetime import UTC, datetime

    from handlers.store import NewChallenge

    a, b = backend.new(), backend.new()
    await a.open()
    await b.open()
    try:
        user = await a.ensure_user("telegram", "m", "M", NOW)
        chat = await a.ensure_chat("telegram", "-1", False, NOW)
        rules = NewChallenge(
            "Many", "total", 100, 0, NOW.date(), NOW.date() + timedelta(days=30), "UTC", 10, 2
        )
        c = await a.create_challenge(chat.id, user.id, rules, NOW)
        assert await a.join_challenge(c.id, user.id, NOW.date(), NOW) == "joined"

        def at(i: int) -> NewSession:
            logged = datetime(2026, 11, 27 + i % 3, 9, i, tzinfo=UTC)
            return NewSession("home", 20, 6, "", (), logged, logged.date())

        await asyncio.gather(*(st.add_session(user.id, at(i)) for i, st in enumerate([a, b] * 15)))
        assert await b.member_sessions(c.id, user.id) == 30
    finally:
        await a.close()
        await b.close()
