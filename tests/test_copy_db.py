"""python -m bot copy-db: SQLite -> PostgreSQL -> SQLite keeps every row, refuses a non-empty target."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.app import main
from bot.store import make_store
from bot.store.common import COPY_TABLES
from content.progress import Change
from handlers.rows import ClaimPlan, NewChallenge, NewSchedule, NewSession
from handlers.store_strava import StravaConnection
from tests.conftest import NOW
from tests.pgutil import fresh_database
from tests.storeutil import table_rows


async def populate(store: Any) -> None:
    """At least one row in every table copy-db moves."""
    ann = await store.ensure_user("telegram", "1", "Ann 🏃", NOW)
    bob = await store.ensure_user("discord", "2", "Bob", NOW)
    await store.set_user_tz(ann.id, "Europe/Berlin")
    club = await store.ensure_chat("telegram", "-100", False, NOW)
    await store.ensure_chat("telegram", "1", True, NOW)
    for i in range(3):
        day = NOW.date() + timedelta(days=i)
        s = NewSession("gym", 20 + i, 7, f"note {i}; 'quoted'", ("quads",), NOW + timedelta(days=i), day)
        await store.add_session(ann.id, s)
    await store.add_session(bob.id, NewSession("home", None, None, "", (), NOW, NOW.date(), "button", "k1"))
    await store.set_hard_days(ann.id, [1, 3])
    await store.set_race_date(ann.id, date(2027, 4, 18))
    await store.set_user_schedule(ann.id, NewSchedule("telegram", "1", (0, 2, 4), "07:00", "gym", NOW), NOW)
    await store.set_club_schedule(club.id, NewSchedule("telegram", "-100", (5,), "08:30", "home", NOW), NOW)
    batch = await store.claim_due(
        "telegram", NOW, 10, lambda d: ClaimPlan(NOW + timedelta(days=2), NOW.date(), "routine", NOW)
    )
    assert batch.claimed
    end = NOW.date() + timedelta(days=27)
    weekly = NewChallenge("Weekly", "weekly", 2, 4, NOW.date(), end, "UTC", 2, 2)
    c = await store.create_challenge(club.id, ann.id, weekly, NOW)
    total = await store.create_challenge(
        club.id, None, NewChallenge("T", "total", 5, 0, NOW.date(), end, "UTC", 1, 2), NOW
    )
    assert await store.join_challenge(c.id, ann.id, NOW.date(), NOW) == "joined"
    assert await store.join_challenge(total.id, bob.id, NOW.date(), NOW) == "joined"
    assert await store.remove_member(total.id, bob.id, NOW)
    assert await store.claim_post(c.id, "digest", "2026-W48", NOW)
    assert await store.first_handling("telegram", "1:2", NOW)
    assert await store.claim_update("telegram", 99, NOW, 60) == "new"
    # Issue 18: a pause, a linked account (and a session it logged), a calendar feed token.
    carol = await store.ensure_user("discord", "3", "Carol", NOW)
    await store.create_link_code(ann.id, "code-hash", NOW + timedelta(minutes=10), NOW)
    linked = await store.redeem_link_code(carol.id, "discord", "code-hash", NOW, 5, timedelta(hours=1))
    assert linked.status == "linked"
    await store.add_session(ann.id, NewSession("hills", 15, 8, "", (), NOW, NOW.date(), logged_by=carol.id))
    await store.set_pause(ann.id, NOW.date(), NOW.date() + timedelta(days=9), "injury", "calf", "calf", NOW)
    await store.set_calendar_token(ann.id, "feed-hash", NOW)
    # Issue 29: a level change.
    await store.add_level_changes(ann.id, [Change("calves", 1, 0, "up", NOW.date(), "easy")], NOW, 1)
    # Issue 27: a run with laps, a distance unit.
    from tests.test_runs_store import new_run

    await store.add_run(ann.id, new_run(start=NOW - timedelta(hours=3), local_date=NOW.date()), NOW)
    await store.set_units(ann.id, "mi")
    # Issue 28: a Strava connection (its tokens as stored: encrypted) and the push subscription.
    await store.save_strava_connection(
        StravaConnection(
            ann.id, 77, "Ann R", "enc-a", "enc-r", NOW, "activity:read", "telegram", "1", "1", False, NOW
        )
    )
    await store.add_strava_subscription(5, "https://b.example/strava/webhook", NOW)


async def neutral(database: str) -> dict[str, list[tuple[Any, ...]]]:
    store = make_store(database)
    await store.open()
    try:
        out = {}
        for table, _ in COPY_TABLES:
            rows = [r async for batch in store.export_rows(table) for r in batch]  # type: ignore[attr-defined]
            out[table] = sorted(rows, key=repr)
        return out
    finally:
        await store.close()


async def raw(database: str) -> dict[str, list[tuple[Any, ...]]]:
    store = make_store(database)
    await store.open()
    try:
        return {t: await table_rows(store, t) for t, _ in COPY_TABLES}
    finally:
        await store.close()


async def fill(database: str) -> None:
    store = make_store(database)
    await store.open()
    try:
        await populate(store)
    finally:
        await store.close()


def test_sqlite_to_postgres_and_back_keeps_every_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    async def scenario() -> None:
        async with fresh_database() as url:
            src = str(tmp_path / "legwork.db")
            await fill(src)
            before = await neutral(src)
            assert all(before.values()), [t for t, rows in before.items() if not rows]

            assert await asyncio.to_thread(main, ["copy-db", "--from", src, "--to", url]) == 0
            out = capsys.readouterr().out
            assert "row counts match" in out and "sessions" in out
            assert await neutral(url) == before  # same values, native PostgreSQL types

            # the copy is a working database: new rows get fresh ids past the copied ones
            pg = make_store(url)
            await pg.open()
            try:
                ann = await pg.get_user("telegram", "1")
                assert ann is not None and ann.tz == "Europe/Berlin"
                bob = await pg.get_user("discord", "2")  # (on no board: only sessions gains a row)
                assert bob is not None
                row, created = await pg.add_session(bob.id, NewSession("home", 5, 5, "", (), NOW, NOW.date()))
                assert created and row.id == 6
                assert (await pg.recent_sessions(ann.id, 1))[0].note == "note 2; 'quoted'"
            finally:
                await pg.close()

            # a non-empty target is refused and left as it was
            again = await raw(url)
            assert await asyncio.to_thread(main, ["copy-db", "--from", src, "--to", url]) == 2
            err = capsys.readouterr().err
            assert "not empty" in err and "sessions: 6" in err
            assert await raw(url) == again

            # and back: PostgreSQL -> a new SQLite file equals the original file, byte for value
            back = str(tmp_path / "back.db")
            in_pg = await neutral(url)
            assert await asyncio.to_thread(main, ["copy-db", "--from", url, "--to", f"sqlite:///{back}"]) == 0
            assert await neutral(back) == in_pg
            original, returned = await raw(src), await raw(back)
            added = [r for r in returned["sessions"] if r not in original["sessions"]]
            assert [r[0] for r in added] == [6]  # the session added in PostgreSQL
            returned["sessions"].remove(added[0])
            assert returned == original  # every other row exactly as the first file stored it

    asyncio.run(scenario())


def test_copy_db_errors_are_short_and_redacted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql://legwork:hunter2@127.0.0.1:1/nowhere"  # nothing listens on port 1
    assert main(["copy-db", "--from", str(tmp_path / "a.db"), "--to", url]) == 2
    err = capsys.readouterr().err
    assert "legwork: copy-db" in err and "hunter2" not in err and "***" in err
    assert main(["copy-db", "--from", "x.db", "--to", "x.db"]) == 2
    assert "same database" in capsys.readouterr().err
