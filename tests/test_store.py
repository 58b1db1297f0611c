from __future__ import annotations

import asyncio
import os
import sqlite3
import stat
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from bot.store import make_store
from bot.store.sqlite import NewSession, SchemaTooNew, Store
from bot.store.sqlite.core import migrations
from handlers.rows import NewSchedule
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


async def test_one_trip_operations_wait_for_a_transaction_and_are_pipelined_otherwise(tmp_path: Path) -> None:
    store = Store(tmp_path / "p.db")
    await store.open()
    user = await store.ensure_user("console", "p", "P", NOW)
    count = "SELECT COUNT(*) FROM sessions"
    # While a transaction of several trips is open, a one-trip read waits for it: it must not run
    # on the shared connection between the transaction's statements (it would see them).
    with pytest.raises(RuntimeError):
        async with store.tx() as db:
            await db.execute(
                "INSERT INTO sessions (user_id, setting, minutes, effort, note, muscles, logged_at, "
                "local_date, source) VALUES (?, 'home', 20, NULL, '', '', ?, ?, 'done')",
                (user.id, NOW.isoformat(), NOW.date().isoformat()),
            )
            read = asyncio.create_task(store.sql_first(count))
            await asyncio.sleep(0.05)
            assert not read.done()
            raise RuntimeError("roll back")
    assert (await read)[0] == 0  # it ran after the rollback
    # Without a transaction open, concurrent writes are group-committed: the 50 /done that arrive
    # in one turn of the event loop are one trip and one transaction, each in its own savepoint.
    statements: list[str] = []
    await store.db.set_trace_callback(statements.append)
    tasks = [asyncio.create_task(store.log_session(user.id, new(f"k{i}"), NOW.date())) for i in range(50)]
    logged = await asyncio.gather(*tasks)
    await store.db.set_trace_callback(None)
    assert all(x.created for x in logged) and await store.count_sessions() == 50
    assert sorted(x.week_sessions for x in logged) == list(range(1, 51))  # each saw those before it
    words = [st.split()[0] for st in statements]
    assert words == ["BEGIN", *["SAVEPOINT", "INSERT", "RELEASE"] * 50, "COMMIT"], words[:8]
    await store.close()


async def test_a_grouped_write_that_fails_is_rolled_back_alone(tmp_path: Path) -> None:
    """Group commit keeps each write atomic on its own: a function that raises is undone by its
    savepoint and its caller gets the error; the others in its transaction commit and get their
    own results."""
    store = Store(tmp_path / "g.db")
    await store.open()
    users = [await store.ensure_user("console", f"g{i}", f"G{i}", NOW) for i in range(6)]

    def rename(user_id: int, fail: bool) -> Callable[[sqlite3.Connection], int]:
        def fn(conn: sqlite3.Connection) -> int:
            conn.execute("UPDATE users SET display_name = 'renamed' WHERE id = ?", (user_id,))
            if fail:
                raise RuntimeError(f"no {user_id}")
            return user_id

        return fn

    results = await asyncio.gather(
        *(store.write_in_thread(rename(u.id, fail=i % 3 == 1)) for i, u in enumerate(users)),
        return_exceptions=True,
    )
    for i, (u, result) in enumerate(zip(users, results, strict=True)):
        if i % 3 == 1:
            assert isinstance(result, RuntimeError) and str(result) == f"no {u.id}"
        else:
            assert result == u.id
    rows = await store.sql_fetch("SELECT id, display_name FROM users ORDER BY id")
    names = {r[0]: r[1] for r in rows}
    assert [names[u.id] for u in users] == ["renamed" if i % 3 != 1 else f"G{i}" for i in range(6)]
    await store.close()


async def test_writes_handed_in_before_close_are_made(tmp_path: Path) -> None:
    store = Store(tmp_path / "c.db")
    await store.open()
    user = await store.ensure_user("console", "c", "C", NOW)
    pending = [asyncio.create_task(store.log_session(user.id, new(f"c{i}"), NOW.date())) for i in range(5)]
    await asyncio.sleep(0)  # every task has handed its write in
    await store.close()
    assert all(t.done() and t.result().created for t in pending)
    again = Store(tmp_path / "c.db")
    await again.open()
    assert await again.count_sessions() == 5
    await again.close()


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
                    "WHERE table_schema = current_schema() "
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

    from handlers.rows import NewChallenge

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


# --- issue 18: pauses, linked accounts, calendar feeds (the port's behaviour) ---------------------


async def test_pauses_replace_end_and_keep_their_history(store: Store) -> None:
    user = await store.ensure_user("telegram", "p1", "P", NOW)
    day = NOW.date()
    assert await store.get_pause(user.id) is None
    first = await store.set_pause(
        user.id, day, day + timedelta(days=10), "injury", "calf", "calf_strain", NOW
    )
    assert first.active(day) and not first.active(day + timedelta(days=10))
    # A new pause while one runs: the old one ends where the new one starts.
    later = day + timedelta(days=3)
    second = await store.set_pause(user.id, later, None, "holiday", "", "", NOW + timedelta(days=3))
    current = await store.get_pause(user.id)
    assert current is not None and current.id == second.id and current.until is None
    history = await store.pauses(user.id)
    assert [(p.start, p.until) for p in history] == [(day, later), (later, None)]
    assert history[0].guidance == "calf_strain" and history[0].reason == "injury"
    ended = await store.end_pause(user.id, later + timedelta(days=2), NOW)
    assert ended is not None and ended.id == second.id
    assert (await store.get_pause(user.id)).until == later + timedelta(days=2)  # type: ignore[union-attr]
    assert await store.end_pause(user.id, later + timedelta(days=2), NOW) is None  # nothing runs


async def test_paused_accounts_follow_the_person(store: Store) -> None:
    a = await store.ensure_user("telegram", "a", "A", NOW)
    b = await store.ensure_user("discord", "b", "B", NOW)
    c = await store.ensure_user("telegram", "c", "C", NOW)
    await store.create_link_code(a.id, "h1", NOW + timedelta(minutes=10), NOW)
    assert (
        await store.redeem_link_code(b.id, "discord", "h1", NOW, 5, timedelta(hours=1))
    ).status == "linked"
    day = NOW.date()
    await store.set_pause(a.id, day, day + timedelta(days=2), "", "", "", NOW)
    assert await store.paused_accounts([a.id, b.id, c.id], day) == {a.id, b.id}
    assert await store.paused_accounts([a.id, b.id, c.id], day + timedelta(days=2)) == set()


async def test_linking_moves_runner_data_and_unlinking_gives_it_back(store: Store) -> None:
    a = await store.ensure_user("telegram", "a", "A", NOW)
    b = await store.ensure_user("discord", "b", "B", NOW + timedelta(days=1))
    await store.set_user_tz(b.id, "Europe/Berlin")
    await store.add_session(a.id, new())
    await store.add_session(b.id, new())
    await store.set_hard_days(b.id, (2, 5))
    await store.set_user_schedule(
        b.id, NewSchedule("discord", "dmb", (1, 4), "07:00", "home", NOW + timedelta(days=1)), NOW
    )
    await store.create_link_code(a.id, "code-a", NOW + timedelta(minutes=10), NOW)
    result = await store.redeem_link_code(b.id, "discord", "code-a", NOW, 5, timedelta(hours=1))
    assert result.status == "linked" and result.other is not None and result.other.platform == "telegram"
    assert result.schedule_platform == "discord" and not result.dropped_schedule
    as_b = await store.ensure_user("discord", "b", "B", NOW)
    assert as_b.id == a.id and as_b.account == b.id and as_b.platform_user_id == "b"
    assert as_b.tz == "Europe/Berlin"  # the person had none: it takes the other's
    assert await store.count_sessions(a.id) == 2
    assert (await store.get_runner_plan(a.id)).hard_days == (2, 5)
    sched = await store.get_user_schedule(a.id)
    assert sched is not None and sched.platform == "discord"
    accounts = await store.linked_accounts(a.id)
    assert [(x.platform, x.account) for x in accounts] == [("telegram", a.id), ("discord", b.id)]
    # A session the Discord account logs while linked goes back to it on unlink.
    await store.add_session(a.id, replace(new(), note="from b", logged_by=b.id))
    assert await store.unlink_account(b.id)
    assert not await store.unlink_account(b.id)
    assert (await store.ensure_user("discord", "b", "B", NOW)).id == b.id
    assert sorted(s.note for s in await store.all_sessions(b.id)) == ["from b", "ok"]
    assert [s.note for s in await store.all_sessions(a.id)] == ["ok"]
    assert (await store.get_user_schedule(b.id)) is not None and await store.get_user_schedule(a.id) is None
    assert (await store.get_runner_plan(b.id)).hard_days == (2, 5)


async def test_link_codes_single_use_expiry_and_tries(store: Store) -> None:
    a = await store.ensure_user("telegram", "a", "A", NOW)
    b = await store.ensure_user("discord", "b", "B", NOW)
    a2 = await store.ensure_user("telegram", "a2", "A2", NOW)
    hour = timedelta(hours=1)
    await store.create_link_code(a.id, "k", NOW + timedelta(minutes=10), NOW)
    assert (await store.redeem_link_code(a.id, "telegram", "k", NOW, 5, hour)).status == "own"
    assert (await store.redeem_link_code(a2.id, "telegram", "k", NOW, 5, hour)).status == "same_platform"
    for i in range(5):
        assert (await store.redeem_link_code(b.id, "discord", f"x{i}", NOW, 5, hour)).status == "unknown"
    assert (await store.redeem_link_code(b.id, "discord", "k", NOW, 5, hour)).status == "too_many"
    assert (await store.redeem_link_code(b.id, "discord", "k", NOW + hour, 5, hour)).status == "expired"
    # A new code replaces the old one; used once, it is gone.
    await store.create_link_code(a.id, "k2", NOW + hour + timedelta(minutes=10), NOW + hour)
    assert (await store.redeem_link_code(b.id, "discord", "k", NOW + hour, 5, hour)).status == "unknown"
    assert (await store.redeem_link_code(b.id, "discord", "k2", NOW + hour, 5, hour)).status == "linked"
    c = await store.ensure_user("discord", "c", "C", NOW)
    assert (await store.redeem_link_code(c.id, "discord", "k2", NOW + hour, 5, hour)).status == "unknown"


async def test_calendar_tokens_are_replaced(store: Store) -> None:
    a = await store.ensure_user("telegram", "a", "A", NOW)
    await store.set_calendar_token(a.id, "t1", NOW)
    assert (await store.user_by_calendar_token("t1")).id == a.id  # type: ignore[union-attr]
    await store.set_calendar_token(a.id, "t2", NOW)
    assert await store.user_by_calendar_token("t1") is None
    assert (await store.user_by_calendar_token("t2")).id == a.id  # type: ignore[union-attr]
    await store.delete_user(a.id)
    assert await store.user_by_calendar_token("t2") is None


# --- the answerer's memory (issue 25) -----------------------------------------------------------


async def test_ask_context_per_person_per_chat_across_processes_and_cleared(backend: Backend) -> None:
    a, b = backend.new(), backend.new()  # two processes on one database
    await a.open()
    await b.open()
    try:
        assert await a.get_ask_context("telegram", "c1", "u1") is None
        await a.set_ask_context("telegram", "c1", "u1", "exercise:calf_raise", NOW)
        got = await b.get_ask_context("telegram", "c1", "u1")
        assert got is not None and got.topic == "exercise:calf_raise" and got.asked_at == NOW
        # The next question replaces it; other people, chats and platforms are their own.
        later = NOW + timedelta(minutes=3)
        await b.set_ask_context("telegram", "c1", "u1", "rule:hills", later)
        await b.set_ask_context("telegram", "c2", "u1", "muscle:glutes", later)
        await b.set_ask_context("telegram", "c1", "u2", "injury:shin_splints", later)
        await b.set_ask_context("discord", "c1", "u1", "rule:frequency", later)
        got = await a.get_ask_context("telegram", "c1", "u1")
        assert got == ("rule:hills", later)
        assert (await a.get_ask_context("telegram", "c1", "u2") or ("", NOW))[0] == "injury:shin_splints"
        # /forget drops the account's rows in every chat, nobody else's.
        assert await a.clear_ask_context("telegram", "u1") == 2
        assert await b.get_ask_context("telegram", "c1", "u1") is None
        assert await b.get_ask_context("telegram", "c2", "u1") is None
        assert await b.get_ask_context("telegram", "c1", "u2") is not None
        assert await b.get_ask_context("discord", "c1", "u1") is not None
        # Rows older than a day are pruned by the next write.
        await a.set_ask_context("console", "x", "y", "rule:bulk", NOW + timedelta(days=2))
        assert await a.get_ask_context("telegram", "c1", "u2") is None
        assert await a.get_ask_context("console", "x", "y") is not None
    finally:
        await a.close()
        await b.close()


async def test_level_changes_once_per_group_and_day_and_ratings_once(store: Store, backend: Backend) -> None:
    from content.progress import HARD_DOWN, UP, Change

    user = await store.ensure_user("console", "lv", "L", NOW)
    other = await store.ensure_user("console", "lw", "W", NOW)
    day = NOW.date()
    up = Change("calves", 1, 0, UP, day, "easy")
    assert await store.add_level_changes(user.id, [up, Change("quads", 1, 0, UP, day, "top")], NOW, 7) == 2
    # A second change for the same group and day is ignored, also from a second process.
    second = backend.new()
    await second.open()
    try:
        results = await asyncio.gather(
            store.add_level_changes(user.id, [Change("calves", 0, 1, HARD_DOWN, day)], NOW),
            second.add_level_changes(user.id, [Change("calves", 2, 1, UP, day)], NOW),
        )
        assert results == [0, 0]
        later = Change("calves", 0, 1, HARD_DOWN, day + timedelta(days=1))
        assert await second.add_level_changes(user.id, [later], NOW) == 1
    finally:
        await second.close()
    assert await store.level_changes(user.id) == [up, Change("quads", 1, 0, UP, day, "top"), later]
    assert await store.level_changes(other.id) == []
    # level_state: the history and the last session before the day asked about
    row, _ = await store.add_session(
        user.id, NewSession("home", None, None, "", ("calves", "glutes"), NOW, day - timedelta(days=3))
    )
    await store.add_session(user.id, NewSession("home", None, None, "", ("calves",), NOW, day))
    state = await store.level_state(user.id, day)
    assert state.last_session == day - timedelta(days=3) and len(state.changes) == 3
    assert (await store.level_state(other.id, day)).last_session is None
    # A rating is recorded once, only for the owner, only while unrated.
    assert await store.rate_session(other.id, row.id, 3) is None
    rated = await asyncio.gather(*(store.rate_session(user.id, row.id, 3) for _ in range(5)))
    [got] = [r for r in rated if r is not None]
    assert (got.id, got.effort, got.muscles, got.local_date) == (
        row.id,
        3,
        ("calves", "glutes"),
        row.local_date,
    )
    assert await store.rate_session(user.id, row.id, 9) is None
    assert await store.rate_session(user.id, 999_999, 3) is None
    since = await store.sessions_since(user.id, day - timedelta(days=3))
    assert [(s.effort, s.local_date) for s in since] == [(3, day - timedelta(days=3)), (0, day)]
    # /forget: the levels go with the runner
    await store.delete_user(user.id)
    assert await fetch(store, "SELECT COUNT(*) FROM level_changes") == [(0,)]


async def test_a_reused_postgres_schema_starts_empty_and_an_altered_one_is_not_reused() -> None:
    """The backend fixture's schemas (tests/pgutil.py reused_database) carry nothing from one test to
    the next: rows gone, identities restarted; a schema a test changed (an extra table) is dropped."""
    from bot.store.postgres import PostgresStore
    from tests.pgutil import reused_database

    async with reused_database() as url:
        s = PostgresStore(url)
        await s.open()
        try:
            first = await s.ensure_user("console", "a", "A", NOW)
            await s.ensure_user("console", "b", "B", NOW)
        finally:
            await s.close()
    async with reused_database() as again:
        assert again == url  # the same schema, emptied
        s = PostgresStore(again)
        await s.open()
        try:
            assert await fetch(s, "SELECT count(*) FROM users") == [(0,)]
            assert (await s.ensure_user("console", "c", "C", NOW)).id == first.id  # identity restarted
            await s.pool.execute("CREATE TABLE probe (x integer)")
        finally:
            await s.close()
    async with reused_database() as third:
        assert third != url  # the altered schema was dropped, not handed on
        s = PostgresStore(third)
        await s.open()
        try:
            assert await fetch(s, "SELECT count(*) FROM users") == [(0,)]
        finally:
            await s.close()
