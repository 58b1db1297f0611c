from __future__ import annotations

import asyncio
import os
import sqlite3
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from bot.store.sqlite import NewSession, SchemaTooNew, Store
from bot.store.sqlite.core import migrations
from tests.conftest import NOW


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


async def test_thousand_users_log_at_once(tmp_path: Path) -> None:
    s = Store(tmp_path / "c.db")
    await s.open()
    users = await asyncio.gather(*(s.ensure_user("telegram", str(i), f"u{i}", NOW) for i in range(1000)))
    await asyncio.gather(*(s.add_session(u.id, new()) for u in users))
    assert await s.count_sessions() == 1000
    async with s.read() as db:
        rows = await (await db.execute("SELECT user_id, COUNT(*) FROM sessions GROUP BY user_id")).fetchall()
    assert len(rows) == 1000 and all(r[1] == 1 for r in rows)
    await s.close()


async def test_two_connections_on_one_file_do_not_deadlock(tmp_path: Path) -> None:
    a, b = Store(tmp_path / "d.db"), Store(tmp_path / "d.db")
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


async def test_log_session_is_one_transaction_with_the_weeks_count(store: Store) -> None:
    user = await store.ensure_user("console", "w", "W", NOW)
    monday = NOW.date() - timedelta(days=NOW.weekday())
    statements: list[str] = []
    await store.db.set_trace_callback(statements.append)
    first = await store.log_session(user.id, new("a"), monday)
    await store.db.set_trace_callback(None)
    # One write transaction, and the INSERT itself returned the row and the week's count.
    assert [s.split()[0] for s in statements] == ["BEGIN", "INSERT", "COMMIT"]
    assert first.created and first.week_sessions == 1 and first.row.setting == "home"
    second = await store.log_session(user.id, new("b"), monday)
    assert second.week_sessions == 2
    again = await store.log_session(user.id, new("a"), monday)  # a re-delivered /done
    assert not again.created and again.row == first.row and again.week_sessions == 2
    next_week = await store.log_session(user.id, new("c"), monday + timedelta(days=7))
    assert next_week.week_sessions == 0  # asked about next week: this week's three don't count
    assert await store.count_sessions(user.id) == 3


async def test_a_failed_write_in_thread_rolls_back(store: Store) -> None:
    user = await store.ensure_user("console", "f", "F", NOW)

    def half(conn: sqlite3.Connection) -> None:
        conn.execute("DELETE FROM users WHERE id = ?", (user.id,))
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        await store.write_in_thread(half)
    assert await store.get_user("console", "f") is not None
    await store.log_session(user.id, new(), NOW.date())  # the connection is usable afterwards
