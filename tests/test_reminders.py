"""Scheduled reminders: DST, restarts, exactly-once claims, runner calendars, pacing and commands.

Everything runs on a real SQLite file with an injected wall clock and a fake monotonic clock whose
sleep only advances time, so nothing here really waits.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.config import Settings
from bot.services.outbound import Blocked
from bot.services.ratelimit import retry_after
from bot.services.reminders import WAKE_JOB, ReminderService
from bot.store.sqlite import Store
from content.calendar import fire_time, next_fire_after
from handlers.deps import Deps
from handlers.registry import dispatch
from handlers.rows import NewSchedule, Scope
from handlers.types import Chat, Reply
from tests.conftest import NOW, chat, press, say
from tests.storeutil import execute, fetch, table_rows

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
ALL_DAYS = "mon,tue,wed,thu,fri,sat,sun"


# --- fakes -------------------------------------------------------------------------------------


class FakeTime:
    """A monotonic clock whose sleep advances it instantly."""

    def __init__(self) -> None:
        self.t = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.t += seconds
        await asyncio.sleep(0)


class WallClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class TooMany(Exception):
    def __init__(self, retry_after: float | timedelta) -> None:
        super().__init__("429 Too Many Requests")
        self.retry_after = retry_after


class FakeTransport:
    def __init__(self, platform: str = "telegram") -> None:
        self.platform = platform
        self.sent: list[tuple[str, list[Reply]]] = []
        self.attempts = 0
        self.blocked: set[str] = set()
        self.errors: list[BaseException] = []
        self.gate: asyncio.Event | None = None

    async def send(self, chat_id: str, replies: Sequence[Reply]) -> None:
        self.attempts += 1
        if self.gate is not None:
            await self.gate.wait()
        if chat_id in self.blocked:
            raise Blocked(chat_id)
        if self.errors:
            raise self.errors.pop(0)
        self.sent.append((chat_id, list(replies)))

    def texts(self) -> list[str]:
        return [r.text for _, replies in self.sent for r in replies]


def tg(user: str = "u1") -> Chat:
    return Chat("telegram", user, user, is_private=True)


def make_service(
    deps: Deps, transports: dict[str, FakeTransport], now: datetime = NOW, **kw: object
) -> tuple[ReminderService, WallClock, FakeTime]:
    clock = WallClock(now)
    ft = FakeTime()
    kw.setdefault("wall", WallClock(datetime.now(UTC)))  # APScheduler's real clock, frozen for asserts
    svc = ReminderService(
        deps.store,
        deps.settings,
        deps,
        transports,  # type: ignore[arg-type]
        clock=clock,
        sleep=ft.sleep,
        **kw,  # type: ignore[arg-type]
    )
    return svc, clock, ft


async def run_at(svc: ReminderService, clock: WallClock, now: datetime) -> int:
    clock.now = now
    n = await svc.tick(now)
    await svc.drain()
    return n


async def sweep(
    svc: ReminderService, clock: WallClock, t: FakeTransport, start: datetime, end: datetime, step: timedelta
) -> list[datetime]:
    """Tick every `step` from start to end; the tick time of each message sent."""
    times: list[datetime] = []
    now = start
    while now <= end:
        before = len(t.sent)
        await run_at(svc, clock, now)
        times += [now] * (len(t.sent) - before)
        now += step
    return times


def at(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=UTC)


@pytest.fixture
def quiet_settings(settings: Settings) -> Settings:
    return replace(settings, recovery_week=False)


@pytest.fixture
def qdeps(store: Store, quiet_settings: Settings) -> Deps:
    return Deps(store=store, settings=quiet_settings)


async def user_schedule(deps: Deps, user: str = "u1"):  # type: ignore[no-untyped-def]
    u = await deps.store.get_user("telegram", user)
    assert u is not None
    return await deps.store.get_user_schedule(u.id)


# --- local time arithmetic ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "hhmm", "tz", "expected_utc"),
    [
        (date(2026, 3, 28), (7, 0), BERLIN, at(2026, 3, 28, 6)),  # CET
        (date(2026, 3, 30), (7, 0), BERLIN, at(2026, 3, 30, 5)),  # CEST: still 07:00 local
        (date(2026, 3, 29), (2, 30), BERLIN, at(2026, 3, 29, 1)),  # gap -> 03:00 CEST
        (date(2026, 10, 25), (2, 30), BERLIN, at(2026, 10, 25, 0, 30)),  # repeated -> first (CEST)
        (date(2026, 3, 8), (2, 30), NEW_YORK, at(2026, 3, 8, 7)),  # gap -> 03:00 EDT
        (date(2026, 11, 1), (1, 30), NEW_YORK, at(2026, 11, 1, 5, 30)),  # repeated -> first (EDT)
        (date(2026, 11, 2), (1, 30), NEW_YORK, at(2026, 11, 2, 6, 30)),  # EST
    ],
)
def test_fire_time_follows_local_time_across_dst(
    day: date, hhmm: tuple[int, int], tz: ZoneInfo, expected_utc: datetime
) -> None:
    assert fire_time(day, *hhmm, tz) == expected_utc


def test_next_fire_after_skips_to_next_scheduled_weekday() -> None:
    # NOW is Friday 2026-11-27 09:00 UTC; Tue/Fri 07:00 -> next Tuesday.
    assert next_fire_after((1, 4), "07:00", ZoneInfo("UTC"), NOW) == at(2026, 12, 1, 7)
    assert next_fire_after((4,), "10:00", ZoneInfo("UTC"), NOW) == at(2026, 11, 27, 10)


# --- DST end to end ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tz", "hhmm", "start", "expected"),
    [
        (
            "Europe/Berlin",
            "02:30",
            at(2026, 3, 27, 12),
            [at(2026, 3, 28, 1, 30), at(2026, 3, 29, 1), at(2026, 3, 30, 0, 30)],
        ),
        (
            "Europe/Berlin",
            "02:30",
            at(2026, 10, 23, 12),
            [at(2026, 10, 24, 0, 30), at(2026, 10, 25, 0, 30), at(2026, 10, 26, 1, 30)],
        ),
        (
            "Europe/Berlin",
            "07:00",
            at(2026, 3, 27, 12),
            [at(2026, 3, 28, 6), at(2026, 3, 29, 5), at(2026, 3, 30, 5)],
        ),
        (
            "America/New_York",
            "02:30",
            at(2026, 3, 6, 12),
            [at(2026, 3, 7, 7, 30), at(2026, 3, 8, 7), at(2026, 3, 9, 6, 30)],
        ),
        (
            "America/New_York",
            "01:30",
            at(2026, 10, 30, 12),
            [at(2026, 10, 31, 5, 30), at(2026, 11, 1, 5, 30), at(2026, 11, 2, 6, 30)],
        ),
    ],
)
async def test_dst_days_send_once_at_the_right_instant(
    qdeps: Deps, tz: str, hhmm: str, start: datetime, expected: list[datetime]
) -> None:
    await say(qdeps, f"/timezone {tz}", tg(), now=start)
    [r] = await say(qdeps, f"/schedule {ALL_DAYS} {hhmm} home", tg(), now=start)
    assert "Reminders set" in r.text
    t = FakeTransport()
    svc, clock, _ = make_service(qdeps, {"telegram": t}, start)
    times = await sweep(
        svc, clock, t, start, start + timedelta(days=3) - timedelta(minutes=1), timedelta(minutes=15)
    )
    assert times == expected
    await svc.stop()


# --- restarts, repeats, concurrency ------------------------------------------------------------


async def test_restart_within_grace_sends_missed_reminder(tmp_path: Path, quiet_settings: Settings) -> None:
    path = tmp_path / "legwork.db"
    store = Store(path)
    await store.open()
    deps = Deps(store=store, settings=quiet_settings)
    await say(deps, "/schedule tue,fri 07:00", tg(), now=NOW)  # next: Tue 1 Dec 07:00 UTC
    await store.close()

    # Down over the 07:00 reminder; back 90 minutes later (grace: 2 h).
    store2 = Store(path)
    await store2.open()
    deps2 = Deps(store=store2, settings=quiet_settings)
    t = FakeTransport()
    svc, _, _ = make_service(deps2, {"telegram": t}, at(2026, 12, 1, 8, 30))
    await svc.start()
    await svc.drain()
    assert len(t.sent) == 1 and "Strength day" in t.sent[0][1][0].text
    await svc.stop()
    # And a second restart doesn't send it again.
    svc2, _, _ = make_service(deps2, {"telegram": t}, at(2026, 12, 1, 8, 45))
    await svc2.start()
    await svc2.drain()
    assert len(t.sent) == 1
    await svc2.stop()
    await store2.close()


async def test_restart_outside_grace_skips_to_next_reminder(tmp_path: Path, quiet_settings: Settings) -> None:
    path = tmp_path / "legwork.db"
    store = Store(path)
    await store.open()
    deps = Deps(store=store, settings=quiet_settings)
    await say(deps, "/schedule tue,fri 07:00", tg(), now=NOW)
    await store.close()

    store2 = Store(path)
    await store2.open()
    deps2 = Deps(store=store2, settings=quiet_settings)
    t = FakeTransport()
    svc, clock, _ = make_service(deps2, {"telegram": t}, at(2026, 12, 1, 9, 30))  # 2.5 h late
    await svc.start()
    await svc.drain()
    assert t.sent == []
    row = await user_schedule(deps2)
    assert row is not None and row.next_fire == at(2026, 12, 4, 7)  # advanced to Friday
    assert svc.next_wake == at(2026, 12, 4, 7)
    assert svc._scheduler.get_job(WAKE_JOB).next_run_time == svc.wall_time(at(2026, 12, 4, 7))
    assert await run_at(svc, clock, at(2026, 12, 4, 7)) == 1
    assert len(t.sent) == 1
    await svc.stop()
    await store2.close()


async def test_repeated_tick_sends_once(qdeps: Deps) -> None:
    await say(qdeps, "/schedule tue,fri 07:00", tg())
    t = FakeTransport()
    svc, clock, _ = make_service(qdeps, {"telegram": t})
    due = at(2026, 12, 1, 7)
    assert await run_at(svc, clock, due) == 1
    assert await run_at(svc, clock, due) == 0
    assert await run_at(svc, clock, due + timedelta(minutes=1)) == 0
    assert len(t.sent) == 1
    [(chat_id, [reply])] = t.sent
    assert chat_id == "u1"
    actions = [b.action for b in reply.buttons]
    assert actions == ["done:u1:20261201:home", "skip:u1:20261201"]
    await svc.stop()


async def test_two_services_on_one_file_send_each_reminder_once(
    tmp_path: Path, quiet_settings: Settings
) -> None:
    path = tmp_path / "legwork.db"
    a, b = Store(path), Store(path)
    await a.open()
    await b.open()
    deps_a, deps_b = Deps(store=a, settings=quiet_settings), Deps(store=b, settings=quiet_settings)
    for i in range(40):
        await say(deps_a, "/schedule tue,fri 07:00", tg(f"u{i}"))
    ta, tb = FakeTransport(), FakeTransport()
    svc_a, _, _ = make_service(deps_a, {"telegram": ta}, batch=7)
    svc_b, _, _ = make_service(deps_b, {"telegram": tb}, batch=7)
    due = at(
        2026,
        12,
        1,
        7,
        0,
    )
    await asyncio.gather(svc_a.tick(due), svc_b.tick(due), svc_a.tick(due), svc_b.tick(due))
    await asyncio.gather(svc_a.drain(), svc_b.drain())
    targets = [c for c, _ in ta.sent + tb.sent]
    assert sorted(targets) == sorted(f"u{i}" for i in range(40))
    await svc_a.stop()
    await svc_b.stop()
    await a.close()
    await b.close()


# --- the runner's calendar ---------------------------------------------------------------------


async def test_hard_run_day_gets_a_suggestion_instead_of_the_routine(qdeps: Deps) -> None:
    await say(qdeps, "/runs hard tue,sat", tg())
    await say(qdeps, "/schedule tue,fri 07:00 gym", tg())
    t = FakeTransport()
    svc, clock, _ = make_service(qdeps, {"telegram": t})
    await run_at(svc, clock, at(2026, 12, 1, 7))  # Tuesday: hard
    [(_, [hard])] = t.sent
    assert "hard-run day" in hard.text and "Wednesday" in hard.text and "/workout gym" in hard.text
    assert hard.buttons == ()
    await run_at(svc, clock, at(2026, 12, 4, 7))  # Friday: routine
    assert "Strength day" in t.sent[1][1][0].text
    await svc.stop()


async def test_race_eve_rests_race_day_is_quiet_then_reminders_resume(qdeps: Deps) -> None:
    await say(qdeps, "/race 2026-12-05", tg())  # a Saturday
    await say(qdeps, "/schedule fri,sat 07:00", tg())
    t = FakeTransport()
    svc, clock, _ = make_service(qdeps, {"telegram": t})
    sent_on: dict[date, str] = {}
    for i in range(1, 17):
        day = NOW.date() + timedelta(days=i)
        before = len(t.sent)
        await run_at(svc, clock, datetime(day.year, day.month, day.day, 7, tzinfo=UTC))
        if len(t.sent) > before:
            sent_on[day] = t.sent[-1][1][0].text
    assert sorted(sent_on) == [
        date(2026, 11, 28),
        date(2026, 12, 4),
        date(2026, 12, 11),
        date(2026, 12, 12),
    ]
    assert "Race tomorrow" in sent_on[date(2026, 12, 4)]
    assert "Strength day" in sent_on[date(2026, 12, 11)]
    await svc.stop()


async def test_recovery_week_sends_one_note_on_its_first_scheduled_day(deps: Deps) -> None:
    created = at(2026, 1, 5, 9)  # a Monday; week 3 (26 Jan - 1 Feb) is a recovery week
    await say(deps, "/schedule tue,fri 07:00", tg(), now=created)
    t = FakeTransport()
    svc, clock, _ = make_service(deps, {"telegram": t}, created)
    sent_on: dict[date, str] = {}
    for i in range(14, 33):
        day = created.date() + timedelta(days=i)
        before = len(t.sent)
        await run_at(svc, clock, datetime(day.year, day.month, day.day, 7, tzinfo=UTC))
        if len(t.sent) > before:
            sent_on[day] = t.sent[-1][1][0].text
    assert sorted(sent_on) == [
        date(2026, 1, 20),
        date(2026, 1, 23),
        date(2026, 1, 27),
        date(2026, 2, 3),
        date(2026, 2, 6),
    ]
    assert "Recovery week" in sent_on[date(2026, 1, 27)]
    assert all("Strength day" in sent_on[d] for d in sent_on if d != date(2026, 1, 27))
    await svc.stop()


async def test_time_zone_change_replans_next_reminder(qdeps: Deps) -> None:
    await say(qdeps, f"/schedule {ALL_DAYS} 07:00", tg())  # UTC: next Sat 07:00Z
    row = await user_schedule(qdeps)
    assert row.next_fire == at(2026, 11, 28, 7)
    await say(qdeps, "/timezone Europe/Berlin", tg(), now=NOW + timedelta(minutes=1))
    t = FakeTransport()
    svc, clock, _ = make_service(qdeps, {"telegram": t})
    assert await run_at(svc, clock, NOW + timedelta(minutes=2)) == 0  # nothing old is sent
    row = await user_schedule(qdeps)
    assert row.next_fire == at(2026, 11, 28, 6)  # 07:00 Berlin
    await svc.stop()


# --- sending -----------------------------------------------------------------------------------


async def test_blocked_chat_pauses_schedule_until_set_again(qdeps: Deps) -> None:
    await say(qdeps, "/schedule tue,fri 07:00", tg())
    t = FakeTransport()
    t.blocked.add("u1")
    svc, clock, _ = make_service(qdeps, {"telegram": t})
    await run_at(svc, clock, at(2026, 12, 1, 7))
    assert t.attempts == 1 and t.sent == [] and svc.stats.paused == 1
    row = await user_schedule(qdeps)
    assert row.paused and row.next_fire is None
    await run_at(svc, clock, at(2026, 12, 4, 7))
    await run_at(svc, clock, at(2026, 12, 8, 7))
    assert t.attempts == 1  # not retried
    [shown] = await say(qdeps, "/schedule", tg(), now=at(2026, 12, 8, 8))
    assert "Paused" in shown.text and "/schedule tue,fri 07:00 home" in shown.text
    t.blocked.clear()
    await say(qdeps, "/schedule tue,fri 07:00 home", tg(), now=at(2026, 12, 8, 8))
    row = await user_schedule(qdeps)
    assert not row.paused and row.next_fire == at(2026, 12, 11, 7)
    await run_at(svc, clock, at(2026, 12, 11, 7))
    assert len(t.sent) == 1
    await svc.stop()


@pytest.mark.parametrize("wait", [7, timedelta(seconds=7)])
async def test_429_retry_after_is_honoured(qdeps: Deps, wait: float | timedelta) -> None:
    await say(qdeps, "/schedule tue,fri 07:00", tg())
    t = FakeTransport()
    t.errors.append(TooMany(wait))
    svc, clock, ft = make_service(qdeps, {"telegram": t})
    start = ft.t
    await run_at(svc, clock, at(2026, 12, 1, 7))
    assert len(t.sent) == 1 and t.attempts == 2 and svc.stats.retried == 1
    assert ft.t - start >= 7
    await svc.stop()


async def test_transient_errors_retry_a_few_times_then_give_up(qdeps: Deps) -> None:
    await say(qdeps, "/schedule tue,fri 07:00", tg("u1"))
    await say(qdeps, "/schedule tue,fri 07:00", tg("u2"))
    t = FakeTransport()
    t.errors += [RuntimeError("network")] * 5
    svc, clock, _ = make_service(qdeps, {"telegram": t}, concurrency=1, max_attempts=4)
    await run_at(svc, clock, at(2026, 12, 1, 7))
    # First reminder: 4 failures, given up; second: 1 failure then sent.
    assert svc.stats.failed == 1 and len(t.sent) == 1 and t.attempts == 6
    assert retry_after(RuntimeError()) is None
    await svc.stop()


async def test_sending_runs_in_its_own_tasks(qdeps: Deps) -> None:
    await say(qdeps, "/schedule tue,fri 07:00", tg())
    t = FakeTransport()
    t.gate = asyncio.Event()
    svc, _clock, _ = make_service(qdeps, {"telegram": t})
    assert await svc.tick(at(2026, 12, 1, 7)) == 1  # returns while the send is still pending
    # Handlers keep answering meanwhile.
    [r] = await say(qdeps, "/runs", tg("u2"))
    assert "hard-run" in r.text
    assert t.sent == []
    t.gate.set()
    await svc.drain()
    assert len(t.sent) == 1
    await svc.stop()


async def test_platform_without_transport_is_left_unclaimed(qdeps: Deps) -> None:
    await say(qdeps, "/schedule tue,fri 07:00", Chat("discord", "d1", "d1", is_private=True))
    t = FakeTransport()
    svc, clock, _ = make_service(qdeps, {"telegram": t})
    assert await run_at(svc, clock, at(2026, 12, 1, 7)) == 0
    u = await qdeps.store.get_user("discord", "d1")
    row = await qdeps.store.get_user_schedule(u.id)
    assert row.next_fire == at(2026, 12, 1, 7)  # untouched until a discord transport runs
    await svc.stop()


async def test_stop_releases_queued_reminders_for_the_next_start(qdeps: Deps) -> None:
    for i in range(3):
        await say(qdeps, "/schedule tue,fri 07:00", tg(f"u{i}"))
    t = FakeTransport()
    t.gate = asyncio.Event()  # the first send hangs
    svc, _clock, _ = make_service(qdeps, {"telegram": t}, concurrency=1)
    assert await svc.tick(at(2026, 12, 1, 7)) == 3
    await asyncio.sleep(0)
    await svc.stop(wait_seconds=0.01)  # one in flight (cut off), two still queued -> released
    t2 = FakeTransport()
    svc2, _, _ = make_service(qdeps, {"telegram": t2}, at(2026, 12, 1, 7, 5))
    await svc2.start()
    await svc2.drain()
    # The two released ones, and the cut-off one: it was never confirmed sent, so once its lease
    # is over it goes again (at least once beats never).
    assert sorted(c for c, _ in t2.sent) == ["u0", "u1", "u2"]
    await svc2.stop()


async def test_crash_after_claiming_resends_after_the_lease_once(qdeps: Deps) -> None:
    for i in range(5):
        await say(qdeps, "/schedule tue,fri 07:00", tg(f"u{i}"))
    t = FakeTransport()
    t.gate = asyncio.Event()  # nothing gets out: the process "dies" with everything claimed
    svc, _, _ = make_service(qdeps, {"telegram": t}, concurrency=1)
    assert await svc.tick(at(2026, 12, 1, 7)) == 5
    # No stop(): a crash. Within the lease a new process leaves the claims alone...
    t2 = FakeTransport()
    early, _, _ = make_service(qdeps, {"telegram": t2}, at(2026, 12, 1, 7, 1))
    assert await early.tick(at(2026, 12, 1, 7, 1)) == 0
    # ...after it, two processes racing take each claim over exactly once.
    t3, t4 = FakeTransport(), FakeTransport()
    a, _, _ = make_service(qdeps, {"telegram": t3}, at(2026, 12, 1, 7, 5))
    b, _, _ = make_service(qdeps, {"telegram": t4}, at(2026, 12, 1, 7, 5))
    await asyncio.gather(a.tick(at(2026, 12, 1, 7, 5)), b.tick(at(2026, 12, 1, 7, 5)))
    await a.drain()
    await b.drain()
    assert sorted(c for c, _ in t3.sent + t4.sent) == [f"u{i}" for i in range(5)]
    # Confirmed now: later ticks send nothing more.
    assert await a.tick(at(2026, 12, 1, 7, 10)) == 0
    # Outside the grace window a stale claim is not taken over.
    for svc_ in (svc, early, a, b):
        for task in svc_._workers:
            task.cancel()


async def test_club_reminder_posts_the_routine_to_the_group(qdeps: Deps) -> None:
    group = Chat("telegram", "-100", "boss", is_private=False, is_admin=True)
    [r] = await say(qdeps, "/club schedule mon,thu 18:30 hills", group)
    assert "Club reminder set" in r.text
    t = FakeTransport()
    svc, clock, _ = make_service(qdeps, {"telegram": t})
    await run_at(svc, clock, at(2026, 11, 30, 18, 30))  # Monday
    [(chat_id, [reply])] = t.sent
    assert chat_id == "-100" and "Club strength session" in reply.text and "/done hills" in reply.text
    await svc.stop()
    # Anyone in the group may tap the post's Done: it logs the club's routine for the presser, once.
    [done] = reply.buttons
    assert done.action.startswith("clubdone:20261130:hills:")
    pressed = NOW.replace(month=11, day=30, hour=19)
    for member in ("ann", "ben"):
        who = Chat("telegram", "-100", member, is_private=False)
        [ok] = await dispatch(press(done.action, who, now=pressed), qdeps)
        assert ok.text.startswith("Logged ✅ Hills") and ok.private
    [again] = await dispatch(press(done.action, Chat("telegram", "-100", "ann", False), now=pressed), qdeps)
    assert "Already logged" in again.text
    ann = await qdeps.store.ensure_user("telegram", "ann", "", pressed)
    [session] = await qdeps.store.recent_sessions(ann.id, 5)
    assert session.setting == "hills" and session.local_date == date(2026, 11, 30) and session.muscles
    # A personal Done for the same day and setting doesn't count a second time.
    [mine] = await dispatch(
        press("done:ann:20261130:hills", Chat("telegram", "-100", "ann", False), now=pressed), qdeps
    )
    assert "Already logged" in mine.text
    # Forged or stale variants are refused without storing anything.
    for forged in (
        "clubdone:20261130:hills:999:1",
        "clubdone:20261130:dance:1:1",
        "clubdone:2026:hills:1:1",
        "clubdone:20261130:hills:1",
        "clubdone:20251130:hills:1:1",
    ):
        [no] = await dispatch(press(forged, Chat("telegram", "-100", "cat", False), now=pressed), qdeps)
        assert no.private and "Logged" not in no.text
    assert await qdeps.store.count_sessions() == 2


async def test_periodic_jobs_run_every_tick_and_failures_are_contained(qdeps: Deps) -> None:
    seen: list[datetime] = []

    async def digest(now: datetime) -> None:
        seen.append(now)

    async def broken(now: datetime) -> None:
        raise RuntimeError("boom")

    svc, clock, _ = make_service(qdeps, {"telegram": FakeTransport()}, periodic=[broken, digest])
    await run_at(svc, clock, NOW)
    await run_at(svc, clock, NOW + timedelta(minutes=1))
    assert seen == [NOW, NOW + timedelta(minutes=1)]
    await svc.stop()


async def test_a_corrupt_row_does_not_hold_up_the_others(qdeps: Deps) -> None:
    await say(qdeps, "/schedule tue,fri 07:00", tg("u1"))
    await say(qdeps, "/schedule tue,fri 07:00", tg("u2"))
    await execute(qdeps.store, "UPDATE reminder_schedules SET local_time = 'soon' WHERE id = 1")
    t = FakeTransport()
    svc, clock, _ = make_service(qdeps, {"telegram": t})
    assert await run_at(svc, clock, at(2026, 12, 1, 7)) == 1
    assert [c for c, _ in t.sent] == ["u2"]
    await svc.stop()


async def test_full_send_queue_holds_the_rest_back_until_there_is_room(qdeps: Deps) -> None:
    for i in range(7):
        await say(qdeps, "/schedule tue,fri 07:00", tg(f"u{i}"))
    t = FakeTransport()
    svc, _, _ = make_service(qdeps, {"telegram": t}, at(2026, 12, 1, 7, 1), max_queue=2, batch=2)
    await svc.start()  # the catch-up tick claims only what fits; the workers ask for more
    for _ in range(50):
        await svc.drain()
        if svc._background:
            await asyncio.gather(*list(svc._background))
        elif len(t.sent) == 7:
            break
    assert sorted(c for c, _ in t.sent) == sorted(f"u{i}" for i in range(7))
    await svc.stop()


async def test_start_plans_one_wake_job_and_wake_replans(qdeps: Deps) -> None:
    t = FakeTransport()
    svc, _clock, _ = make_service(qdeps, {"telegram": t})
    qdeps.schedule_changed = None
    await svc.start()
    assert qdeps.schedule_changed == svc.wake
    assert svc._scheduler.get_job(WAKE_JOB) is None  # nothing scheduled yet
    await say(qdeps, "/schedule tue,fri 07:00", tg())  # calls deps.schedule_changed
    await asyncio.gather(*list(svc._background))
    job = svc._scheduler.get_job(WAKE_JOB)
    assert svc.next_wake == at(2026, 12, 1, 7)
    # APScheduler runs on the real wall clock: the job is set as far ahead of it as 07:00 is of
    # the service's clock, so it neither fires early nor disagrees with the fake clock.
    assert job is not None and job.next_run_time == svc.wall_time(at(2026, 12, 1, 7))
    assert job.next_run_time - svc._wall() == at(2026, 12, 1, 7) - NOW
    assert len(svc._scheduler.get_jobs()) == 2  # the wake job and the safety tick, whatever the users
    await svc.stop()


# --- commands ----------------------------------------------------------------------------------


async def state(deps: Deps) -> list[tuple]:
    return [
        (table, await table_rows(deps.store, table))
        for table in ("reminder_schedules", "runner_plans", "reminder_sends")
    ]


async def test_schedule_set_show_and_off(deps: Deps) -> None:
    await say(deps, "/timezone Europe/Berlin")
    [r] = await say(deps, "/schedule Tue, Friday 7am gym")
    assert "Reminders set" in r.text and "Tue and Fri" in r.text and "07:00" in r.text
    assert "Europe/Berlin" in r.text and "Tue 1 Dec, 07:00" in r.text
    [shown] = await say(deps, "/schedule")
    assert "Tue and Fri" in shown.text and "Next reminder: <b>Tue 1 Dec, 07:00</b>" in shown.text
    assert "Gym" in shown.text
    [off] = await say(deps, "/schedule off")
    assert "stopped" in off.text
    [again] = await say(deps, "/schedule off")
    assert "no reminders" in again.text
    [none] = await say(deps, "/schedule")
    assert "no strength reminders" in none.text


async def test_schedule_defaults_time_and_accepts_day_forms(deps: Deps) -> None:
    s = replace(deps.settings, reminder_time="06:15")
    d = Deps(store=deps.store, settings=s)
    [r] = await say(d, "/schedule MONDAY thu")
    assert "Mon and Thu" in r.text and "06:15" in r.text and "home routine" in r.text
    [r] = await say(d, "/schedule wed sat 6:30 pm plyo")
    assert "Wed and Sat" in r.text and "18:30" in r.text
    [r] = await say(d, "/schedule every tues and thurs at 12am")
    assert "Tue and Thu" in r.text and "00:00" in r.text


@pytest.mark.parametrize(
    ("text", "note"),
    [("/schedule mon 07:00", "twice a week"), ("/schedule mon,tue,wed,thu 07:00", "4 strength days")],
)
async def test_schedule_outside_two_to_three_days_gets_a_note_but_is_set(
    deps: Deps, text: str, note: str
) -> None:
    [r] = await say(deps, text)
    assert note in r.text and "Reminders set" in r.text
    assert await user_schedule_console(deps) is not None


async def user_schedule_console(deps: Deps):  # type: ignore[no-untyped-def]
    u = await deps.store.get_user("console", "u1")
    return await deps.store.get_user_schedule(u.id) if u else None


@pytest.mark.parametrize(
    "text",
    [
        "/schedule tue,fri 25:00",
        "/schedule tue,fri 7pm?",
        "/schedule funday 07:00",
        "/schedule 07:00",
        "/schedule tue,fri 07:00 swimming",
        "/schedule tue,fri 07:00 08:00",
        "/schedule tue,fri 13pm",
        "/schedule tue,fri 07:00 home gym",
    ],
)
async def test_schedule_bad_input_changes_nothing(deps: Deps, text: str) -> None:
    await say(deps, "/schedule mon,thu 06:00")
    before = await state(deps)
    [r] = await say(deps, text)
    assert "Example" in r.text and "/schedule" in r.text
    assert await state(deps) == before


async def test_schedule_in_a_group_points_to_private_chat(deps: Deps) -> None:
    before = await state(deps)
    [r] = await say(deps, "/schedule tue,fri 07:00", chat("u1", group="g1"))
    assert "private chat" in r.text and r.private
    assert await state(deps) == before


async def test_schedule_warns_about_hard_run_clash(deps: Deps) -> None:
    await say(deps, "/runs hard wed,sat")
    [r] = await say(deps, "/schedule wed,fri 07:00")
    assert "Heads-up" in r.text and "Wed" in r.text


async def test_runs_set_show_clear_and_bad_input(deps: Deps) -> None:
    [r] = await say(deps, "/runs")
    assert "No hard-run days" in r.text
    await say(deps, "/schedule tue,sat 07:00")
    [r] = await say(deps, "/runs hard Wednesday, sat")
    assert "Wed and Sat" in r.text and "Heads-up" in r.text
    [r] = await say(deps, "/runs")
    assert "Wed and Sat" in r.text
    before = await state(deps)
    for text in ("/runs hard funday", "/runs hard", "/runs hard wed 07:00"):
        [bad] = await say(deps, text)
        assert "Example" in bad.text and "/runs hard wed,sat" in bad.text
    assert await state(deps) == before
    [r] = await say(deps, "/runs off")
    assert "cleared" in r.text
    u = await deps.store.get_user("console", "u1")
    assert (await deps.store.get_runner_plan(u.id)).hard_days == ()


async def test_race_set_show_clear_and_bad_input(deps: Deps) -> None:
    [r] = await say(deps, "/race")
    assert "No race" in r.text
    [r] = await say(deps, "/race 2026-12-13")
    assert "Sun 13 Dec 2026" in r.text and "Sat 12 Dec" in r.text
    [r] = await say(deps, "/race")
    assert "Sun 13 Dec 2026" in r.text
    before = await state(deps)
    for text in (
        "/race 2026-01-01",
        "/race 13/12/2026",
        "/race 2026-02-30",
        "/race soon",
        "/race 2040-01-01",
    ):
        [bad] = await say(deps, text)
        # The example is derived from the request's date (NOW: Fri 27 Nov 2026), never a past date.
        assert "Example" in bad.text and "/race 2027-01-08" in bad.text, text
    assert await state(deps) == before
    [r] = await say(deps, "/race off")
    assert "cleared" in r.text
    [r] = await say(deps, "/race")
    assert "No race" in r.text


async def test_club_schedule_needs_a_group_and_an_admin(deps: Deps) -> None:
    [r] = await say(deps, "/club schedule mon,thu 18:30")
    assert "group" in r.text
    before = await state(deps)
    [r] = await say(deps, "/club schedule mon,thu 18:30", chat("u2", group="g1", admin=False))
    assert "Only this group's admins" in r.text
    [r] = await say(deps, "/club schedule off", chat("u2", group="g1", admin=False))
    assert "Only this group's admins" in r.text
    assert await state(deps) == before
    [r] = await say(deps, "/club", chat("u2", group="g1"))
    assert "no club reminder" in r.text


async def test_club_schedule_set_show_off_and_bad_input(deps: Deps) -> None:
    admin = chat("boss", group="g1", admin=True)
    [r] = await say(deps, "/club schedule mon,thu 18:30 plyo", admin)
    assert "Club reminder set" in r.text and "Mon and Thu" in r.text and "18:30" in r.text
    [r] = await say(deps, "/club", chat("member", group="g1"))
    assert "Mon and Thu" in r.text and "Next reminder" in r.text and "Mon 30 Nov, 18:30" in r.text
    before = await state(deps)
    for text in ("/club schedule mon,thu 25:61", "/club schedule", "/club dance"):
        [bad] = await say(deps, text, admin)
        if text == "/club schedule":
            assert "Club strength reminder" in bad.text
        else:
            assert "Example" in bad.text and "/club schedule" in bad.text
    assert await state(deps) == before
    [r] = await say(deps, "/club schedule off", admin)
    assert "stopped" in r.text
    [r] = await say(deps, "/club", admin)
    assert "no club reminder" in r.text


async def test_skip_button_is_kind_and_marks_the_day(qdeps: Deps) -> None:
    await say(qdeps, "/schedule tue,fri 07:00", tg())
    t = FakeTransport()
    svc, clock, _ = make_service(qdeps, {"telegram": t})
    await run_at(svc, clock, at(2026, 12, 1, 7))
    [(_, [reply])] = t.sent
    skip = reply.buttons[-1]
    assert skip.label.startswith("Skip")
    [r] = await say_press(qdeps, skip.action, tg("intruder"))
    assert "someone else" in r.text
    [r] = await say_press(qdeps, skip.action, tg(), now=at(2026, 12, 1, 7, 5))
    assert "skipping is fine" in r.text and "Fri 4 Dec, 07:00" in r.text
    row = await user_schedule(qdeps)
    assert await qdeps.store.reminder_sends(row.id) == [(date(2026, 12, 1), "routine", True)]
    [r] = await say_press(qdeps, "skip:garbage", tg())
    assert "expired" in r.text
    await svc.stop()


async def say_press(deps: Deps, action: str, c: Chat, now: datetime = NOW) -> list[Reply]:
    from handlers.registry import dispatch

    return await dispatch(press(action, c, now), deps)


def test_each_of_n_processes_paces_at_its_share_of_the_bots_limit() -> None:
    from bot.services.ratelimit import TELEGRAM_GLOBAL, telegram_budget
    from tests.fakes import virtual_time

    async def send_all(processes: int) -> float:
        loop = asyncio.get_running_loop()
        budget, start = telegram_budget(processes), loop.time()
        for i in range(300):
            await budget.acquire(str(i))
        return loop.time() - start

    one = virtual_time.run(send_all(1))
    three = virtual_time.run(send_all(3))
    # 300 messages at 30/s take ~10 s for one process; each of three processes takes ~30 s for its
    # 300, so the three together send 900 in ~30 s: still 30/s for the bot
    assert 9.5 < one < 10.5 and 29 < three < 31
    assert TELEGRAM_GLOBAL.rate == 30.0


def test_several_processes_queue_only_what_they_send_within_a_quarter_lease() -> None:
    from bot.app import shared_queue

    assert shared_queue(Settings(processes=3, reminder_claim_lease_seconds=120)) == 64
    assert shared_queue(Settings(processes=3, reminder_claim_lease_seconds=5)) == 12  # 10/s x 1.25 s
    assert shared_queue(Settings(processes=30, reminder_claim_lease_seconds=1)) == 4


async def test_a_scoped_transport_gets_only_its_users_and_chats_reminders(qdeps: Deps) -> None:
    """A console's transport has a Scope: the scheduler claims (and plans wake-ups for) only its
    user's personal reminders and its chat's, leaving the others unclaimed for their own console."""
    await say(qdeps, "/schedule mon 07:00", chat("r1"))
    await say(qdeps, "/schedule mon 07:00", chat("r2"))
    await say(qdeps, "/club schedule mon 07:00", chat("boss", group="group:club", admin=True))
    # r3's personal reminder going to the club chat: in r1's chats, but not r1's.
    r3 = await qdeps.store.ensure_user("console", "r3", "R3", NOW)
    await qdeps.store.set_user_schedule(
        r3.id, NewSchedule("console", "group:club", (0,), "07:00", "home", at(2026, 11, 30, 7)), NOW
    )
    t = FakeTransport("console")
    t.scope = Scope(chats=frozenset({"dm:r1", "group:club"}), user="r1")  # type: ignore[attr-defined]
    svc, clock, _ = make_service(qdeps, {"console": t})
    await run_at(svc, clock, at(2026, 11, 30, 7))  # Monday 07:00
    got = sorted(chat_id for chat_id, _ in t.sent)
    assert got == ["dm:r1", "group:club"]  # r1's own and the club's; neither of r2's
    [club] = [replies for chat_id, replies in t.sent if chat_id == "group:club"]
    assert "Club" in club[0].text
    rows = await fetch(
        qdeps.store,
        "SELECT s.target, COUNT(r.schedule_id) FROM reminder_schedules s "
        "LEFT JOIN reminder_sends r ON r.schedule_id = s.id GROUP BY s.id ORDER BY s.id",
    )
    assert rows == [("dm:r1", 1), ("dm:r2", 0), ("group:club", 1), ("group:club", 0)]
    other = FakeTransport("console")
    other.scope = Scope(chats=frozenset({"dm:r2"}), user="r2")  # type: ignore[attr-defined]
    svc2, clock2, _ = make_service(qdeps, {"console": other})
    await run_at(svc2, clock2, at(2026, 11, 30, 7, 1))
    assert [chat_id for chat_id, _ in other.sent] == ["dm:r2"]  # r2's own console gets it
    await svc2.stop()
    await svc.stop()


class FlakyStore:
    """The real store behind a switch: while `down`, every call fails as a lost connection would."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self.down = False
        self.failed = 0

    def __getattr__(self, name: str) -> object:
        target = getattr(self._store, name)
        if not callable(target):
            return target

        async def call(*args: object, **kwargs: object) -> object:
            if self.down:
                self.failed += 1
                raise ConnectionRefusedError("the database is down")
            return await target(*args, **kwargs)

        return call


async def test_reminders_sent_during_a_database_outage_are_recorded_once_it_is_back(
    qdeps: Deps, caplog: pytest.LogCaptureFixture
) -> None:
    users = sorted(f"u{i}" for i in range(20))
    for u in users:
        await say(qdeps, "/schedule tue,fri 07:00", tg(u))
    flaky = FlakyStore(qdeps.store)
    t = FakeTransport()
    t.gate = asyncio.Event()
    svc, clock, _ = make_service(replace(qdeps, store=flaky), {"telegram": t})  # type: ignore[arg-type]
    clock.now = at(2026, 12, 1, 7)
    assert await svc.tick(clock.now) == 20
    flaky.down = True  # the database goes away while the reminders go out
    t.gate.set()
    await svc.drain()
    assert sorted(c for c, _ in t.sent) == users
    # Well past the lease, still down: nothing can be claimed, nothing is lost.
    lease = timedelta(seconds=svc.lease)
    clock.now = at(2026, 12, 1, 7) + 2 * lease
    with pytest.raises(ConnectionRefusedError):
        await svc.tick(clock.now)
    assert flaky.failed >= 2
    # Back: the kept records are stored before anything is taken over, so nobody gets it twice.
    flaky.down = False
    clock.now += lease
    assert await run_at(svc, clock, clock.now) == 0
    assert sorted(c for c, _ in t.sent) == users
    # A second process taking over crashed claims finds none: they are all recorded as sent.
    t2 = FakeTransport()
    other, _, _ = make_service(qdeps, {"telegram": t2}, clock.now + 2 * lease)
    assert await run_at(other, WallClock(clock.now + 2 * lease), clock.now + 2 * lease) == 0
    assert t2.sent == []
    # One line when recording started failing, one when it worked again; no traceback.
    lines = [r for r in caplog.records if "recording sent reminders" in r.getMessage()]
    assert [r.getMessage().split(" (")[0] for r in lines] == [
        "recording sent reminders failing",
        "recording sent reminders working again after 0 s",
    ]
    assert not any(r.exc_info for r in caplog.records)
    await svc.stop()
    await other.stop()
