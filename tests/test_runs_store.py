"""The runs part of the store port (bot/store/sql/runs.py) on both backends."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from content.runs import Lap
from handlers.store import Store
from handlers.store_runs import NewRun
from tests.storeutil import table_rows

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
START = datetime(2026, 12, 6, 8, 0, tzinfo=UTC)


def new_run(**kw: object) -> NewRun:
    base = NewRun(
        source="file",
        external_id=None,
        start=START,
        local_date=date(2026, 12, 6),
        elapsed_s=6800.0,
        moving_s=6720.0,
        distance_m=21100.0,
        elev_gain_m=120.5,
        avg_hr=150.0,
        max_hr=171.0,
        avg_cadence=172.0,
        laps=(
            Lap(0.0, 3400.0, 10550.0, 148.0, 165.0, "active"),
            Lap(3400.0, 3400.0, 10550.0, 152, 171, None),
        ),
        klass="long",
        reason="Long run: 1 h 52 min, 90 min or more",
    )
    return replace(base, **kw)  # type: ignore[arg-type]


async def test_add_run_round_trips_and_dedupes(store: Store) -> None:
    u = await store.ensure_user("telegram", "1", "Ann", NOW)
    row, created = await store.add_run(u.id, new_run(), NOW)
    assert created and row.person_id == u.id
    assert row.start == START and row.local_date == date(2026, 12, 6)
    assert row.distance_m == 21100.0 and row.elev_gain_m == 120.5 and row.klass == "long"
    assert row.laps[0] == Lap(0.0, 3400.0, 10550.0, 148.0, 165.0, "active")
    assert row.corrected is False and row.race is False and row.created_at == NOW
    # the same run again: start within 60 s, distance within 2 %
    again, created = await store.add_run(
        u.id, new_run(start=START + timedelta(seconds=59), distance_m=21400), NOW
    )
    assert not created and again.id == row.id
    # 61 s apart or 3 % longer: another run
    _, c1 = await store.add_run(u.id, new_run(start=START + timedelta(seconds=61)), NOW)
    _, c2 = await store.add_run(u.id, new_run(start=START - timedelta(hours=3), distance_m=21100 * 1.03), NOW)
    assert c1 and c2
    assert len(await store.all_runs(u.id)) == 3
    # another person has their own runs
    v = await store.ensure_user("telegram", "2", "Bo", NOW)
    _, created = await store.add_run(v.id, new_run(), NOW)
    assert created
    assert len(await store.all_runs(v.id)) == 1


async def test_external_ids_dedupe_and_remove(store: Store) -> None:
    u = await store.ensure_user("discord", "9", "Cy", NOW)
    a, created = await store.add_run(u.id, new_run(source="strava", external_id="123"), NOW)
    assert created
    b, created = await store.add_run(
        u.id, new_run(source="strava", external_id="123", start=START - timedelta(days=2)), NOW
    )
    assert not created and b.id == a.id
    await store.add_run(
        u.id, new_run(source="strava", external_id="124", start=START - timedelta(days=1)), NOW
    )
    await store.add_run(u.id, new_run(start=START - timedelta(days=3)), NOW)
    gone = await store.delete_external_run(u.id, "strava", "123")
    assert gone is not None and gone.id == a.id and gone.external_id == "123"  # the row that went
    assert await store.delete_external_run(u.id, "strava", "123") is None
    assert await store.delete_runs_from(u.id, "strava") == 1
    left = await store.all_runs(u.id)
    assert [r.source for r in left] == ["file"]


async def test_lists_classes_prefs_and_run_day(store: Store) -> None:
    u = await store.ensure_user("console", "me", "Di", NOW)
    assert (await store.run_prefs(u.id)).units == "km"
    rows = []
    for i in range(12):
        r, _ = await store.add_run(
            u.id,
            new_run(
                start=START - timedelta(days=i),
                local_date=date(2026, 12, 6) - timedelta(days=i),
                klass="easy" if i else "long",
            ),
            NOW,
        )
        rows.append(r)
    recent = await store.recent_runs(u.id, 10)
    assert len(recent) == 10 and recent[0].id == rows[0].id and recent[-1].id == rows[9].id
    between = await store.runs_between(u.id, date(2026, 12, 1), date(2026, 12, 3))
    assert [r.local_date.day for r in between] == [1, 2, 3]
    assert (await store.run_prefs(u.id)).run_day == date(2026, 12, 6)
    fixed = await store.set_run_class(u.id, rows[0].id, "easy", "Easy run: set by you")
    assert fixed is not None and fixed.corrected and fixed.klass == "easy"
    assert (await store.run_prefs(u.id)).run_day is None
    await store.set_run_class(u.id, rows[2].id, "hard", "Hard run: set by you")
    assert (await store.run_prefs(u.id)).run_day == date(2026, 12, 4)
    other = await store.ensure_user("console", "you", "Ed", NOW)
    assert await store.set_run_class(other.id, rows[0].id, "hard", "x") is None
    assert await store.get_run(other.id, rows[0].id) is None
    await store.set_units(u.id, "mi")
    assert (await store.run_prefs(u.id)).units == "mi"
    assert await store.claim_runs_offer(u.id) is True
    assert await store.claim_runs_offer(u.id) is False
    assert (await store.run_prefs(u.id)).offered


async def test_delete_user_deletes_runs(store: Store) -> None:
    u = await store.ensure_user("telegram", "5", "Fi", NOW)
    await store.add_run(u.id, new_run(), NOW)
    assert len(await table_rows(store, "runs")) == 1
    await store.delete_user(u.id)
    assert await table_rows(store, "runs") == []


async def test_linking_moves_runs_to_the_person(store: Store) -> None:
    from handlers.link import code_hash

    person = await store.ensure_user("telegram", "10", "Gu", NOW)
    account = await store.ensure_user("discord", "20", "Gu", NOW)
    await store.add_run(person.id, new_run(), NOW)
    await store.add_run(account.id, new_run(start=START + timedelta(seconds=10)), NOW)  # the same run
    await store.add_run(
        account.id, new_run(start=START - timedelta(days=1), local_date=date(2026, 12, 5)), NOW
    )
    await store.create_link_code(person.id, code_hash("ABCD-EFGH"), NOW + timedelta(minutes=10), NOW)
    res = await store.redeem_link_code(
        account.id, "discord", code_hash("ABCD-EFGH"), NOW, 5, timedelta(hours=1)
    )
    assert res.status == "linked"
    linked = await store.get_user("discord", "20")
    assert linked is not None and linked.id == person.id
    runs = await store.all_runs(person.id)
    assert [r.local_date.day for r in runs] == [5, 6]
    assert await table_rows(store, "runs") and len(await table_rows(store, "runs")) == 2
