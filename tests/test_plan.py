"""Issue 18 at the handler level: /pause and /resume, /link and /unlink, /calendar.

Handlers get Request.now and the reminder service an injected clock, so nothing here depends on
today's date; the store is a real SQLite file in tmp_path.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from bot.config import Settings
from content.calendar import DayRules, fire_time, plan_window, strength_days
from handlers.deps import Deps
from handlers.ical import plain
from handlers.types import Chat, Reply
from tests.conftest import NOW, chat, press, say
from tests.test_reminders import FakeTransport, make_service, run_at, sweep

BERLIN = ZoneInfo("Europe/Berlin")


def tg(user: str = "u1") -> Chat:
    return Chat("telegram", user, user, is_private=True)


def dc(user: str = "d1") -> Chat:
    return Chat("discord", f"dm{user}", user, is_private=True)


def text(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


def at(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=UTC)


# --- /pause and /resume ------------------------------------------------------------------------


async def test_pause_across_a_dst_change_sends_nothing_then_resumes_at_local_time(deps: Deps) -> None:
    start = at(2027, 3, 24, 12)
    await say(deps, "/timezone Europe/Berlin", tg(), start)
    await say(deps, "/schedule mon,tue,wed,thu,fri,sat,sun 07:00 home", tg(), start)
    # Sent late on Wed 24 March local: paused from then; back on Tue 30 March, after the switch to
    # summer time on Sunday 28 March.
    r = await say(deps, "/pause until 2027-03-30 holiday", tg(), at(2027, 3, 24, 22, 30))
    assert "Paused" in text(r) and "Mon 29 Mar" in text(r) and "Tue 30 Mar" in text(r)
    t = FakeTransport()
    svc, clock, _ = make_service(deps, {"telegram": t}, start)
    times = await sweep(svc, clock, t, at(2027, 3, 24, 23), at(2027, 3, 31, 12), timedelta(minutes=30))
    # 07:00 CEST is 05:00 UTC: the first reminder after the pause, then the next day's.
    assert times == [at(2027, 3, 30, 5), at(2027, 3, 31, 5)]
    assert all("Strength day" in x for x in t.texts())


async def test_pause_ending_on_a_schedule_day_sends_that_days_reminder(deps: Deps) -> None:
    await say(deps, "/schedule tue,fri 07:00 gym", tg())  # UTC (the default zone); NOW is Fri 27 Nov 09:00
    r = await say(deps, "/pause until 2026-12-04 injury", tg())
    assert "Thu 3 Dec" in text(r) and "Fri 4 Dec" in text(r)
    shown = text(await say(deps, "/schedule", tg(), at(2026, 12, 2)))
    assert "Paused" in shown and "Thu 3 Dec" in shown
    assert "Next reminder: <b>Fri 4 Dec, 07:00</b>" in shown
    t = FakeTransport()
    svc, clock, _ = make_service(deps, {"telegram": t})
    times = await sweep(svc, clock, t, NOW, at(2026, 12, 8, 12), timedelta(hours=1))
    assert times == [at(2026, 12, 4, 7), at(2026, 12, 8, 7)]  # not Tue 1 Dec
    after = text(await say(deps, "/schedule", tg(), at(2026, 12, 5)))
    assert "Paused" not in after


async def test_resume_ends_the_pause_today_and_open_pause_says_so(deps: Deps) -> None:
    await say(deps, "/schedule tue,fri 07:00", tg())
    r = text(await say(deps, "/pause", tg()))
    assert "until you send /resume" in r
    assert "until you send /resume" in text(await say(deps, "/stats", tg()))
    t = FakeTransport()
    svc, clock, _ = make_service(deps, {"telegram": t})
    await sweep(svc, clock, t, NOW, at(2026, 12, 1, 12), timedelta(hours=1))
    assert t.sent == []
    assert "Welcome back" in text(await say(deps, "/resume", tg(), at(2026, 12, 3, 8)))
    assert "not paused" in text(await say(deps, "/resume", tg(), at(2026, 12, 3, 9)))
    times = await sweep(svc, clock, t, at(2026, 12, 3, 9), at(2026, 12, 4, 12), timedelta(hours=1))
    assert times == [at(2026, 12, 4, 7)]


async def test_club_reminders_still_go_while_a_member_is_paused(deps: Deps) -> None:
    group = chat("u1", group="g1", admin=True, platform="telegram")
    await say(deps, "/club schedule tue,fri 07:00 home", group)
    await say(deps, "/schedule tue,fri 07:00 home", tg())
    await say(deps, "/pause", tg())
    t = FakeTransport()
    svc, clock, _ = make_service(deps, {"telegram": t})
    await sweep(svc, clock, t, NOW, at(2026, 12, 1, 12), timedelta(hours=1))
    assert [c for c, _ in t.sent] == ["g1"]


@pytest.mark.parametrize(
    "args",
    [
        "until",
        "until tomorrow",
        "until 2026-13-01",
        "until 2026-11-27",  # today is no future date
        "until 2026-11-01",
        "until 2031-01-01",
        "2026-12-20",
        "until ２０２６-１２-２０",  # full-width digits
        "until 2026-12-20 " + "x" * 300,
    ],
)
async def test_pause_bad_input_gets_an_example_and_changes_nothing(deps: Deps, args: str) -> None:
    r = await say(deps, f"/pause {args}", tg())
    assert len(r) == 1 and "Example: <code>/pause until 2027-01-08 injury</code>" in r[0].text
    user = await deps.store.get_user("telegram", "u1")
    assert user is not None and await deps.store.get_pause(user.id) is None


async def test_injury_pause_offers_the_matching_guidance_once(deps: Deps) -> None:
    first = text(await say(deps, "/pause until 2026-12-20 injury shin splints", tg()))
    assert "Shin splints" in first or "shin splints" in first.lower()
    assert "physiotherapist" in first  # the injury's caution
    again = text(
        await say(deps, "/pause until 2026-12-27 injury shin splints", tg(), NOW + timedelta(days=2))
    )
    assert "physiotherapist" not in again and "Paused" in again
    holiday = text(await say(deps, "/pause until 2026-12-27 holiday", tg(), NOW + timedelta(days=3)))
    assert "physiotherapist" not in holiday


async def test_weeks_inside_a_pause_neither_count_nor_break_the_streak(deps: Deps) -> None:
    # Two sessions a week for three weeks, then three weeks paused (injured), then two weeks more.
    monday = date(2026, 10, 5)
    for week in (0, 1, 2, 6, 7):
        for day in (1, 4):
            when = datetime.combine(monday + timedelta(weeks=week, days=day), datetime.min.time(), UTC)
            await say(deps, "/done home 20", tg(), when + timedelta(hours=8))
    await say(deps, "/pause until 2026-11-16 injury", tg(), at(2026, 10, 26, 8))
    r = text(await say(deps, "/stats", tg(), at(2026, 11, 27, 9)))
    assert "Streak: <b>5</b> weeks" in r
    # Without the pause the empty weeks break it.
    other = tg("u2")
    for week in (0, 1, 2, 6, 7):
        for day in (1, 4):
            when = datetime.combine(monday + timedelta(weeks=week, days=day), datetime.min.time(), UTC)
            await say(deps, "/done home 20", other, when + timedelta(hours=8))
    assert "Streak: <b>2</b> weeks" in text(await say(deps, "/stats", other, at(2026, 11, 27, 9)))


async def test_a_paused_member_stays_on_the_board_with_a_mark(deps: Deps) -> None:
    group = chat("u1", group="g1", admin=True, platform="telegram")
    member = chat("u2", group="g1", platform="telegram")
    await say(deps, '/challenge new "December dozen" 12 by 2026-12-31', group)
    await say(deps, "/challenge join", group)
    await say(deps, "/challenge join", member)
    await say(deps, "/pause until 2026-12-10 injury", chat("u2", platform="telegram"))
    board = text(await say(deps, "/leaderboard", group))
    lines = [line for line in board.splitlines() if "Runner" in line]
    assert len(lines) == 2
    assert sum("paused" in line for line in lines) == 1
    after = text(await say(deps, "/leaderboard", group, at(2026, 12, 11, 9)))
    assert "paused" not in after


# --- /link and /unlink ---------------------------------------------------------------------------

CODE = re.compile(r"<code>([A-Z0-9]{4}-[A-Z0-9]{4})</code>")


async def link_code(deps: Deps, c: Chat, now: datetime = NOW) -> str:
    r = await say(deps, "/link", c, now)
    assert r[0].private
    m = CODE.search(r[0].text)
    assert m, r[0].text
    return m.group(1)


async def test_link_joins_history_stats_and_schedule(deps: Deps) -> None:
    await say(deps, "/done home 20 note from telegram", tg(), NOW - timedelta(days=1))
    await say(deps, "/done gym 30 note from discord", dc(), NOW - timedelta(days=2))
    await say(deps, "/schedule tue,fri 07:00 home", tg())
    code = await link_code(deps, tg())
    r = await say(deps, f"/link {code.lower()}", dc(), NOW + timedelta(minutes=3))
    assert "Linked" in text(r) and "Telegram" in text(r) and r[0].private
    for c in (tg(), dc()):
        hist = text(await say(deps, "/history", c, NOW + timedelta(minutes=4)))
        assert "from telegram" in hist and "from discord" in hist
    await say(deps, "/done plyo 15 note later on discord", dc(), NOW + timedelta(minutes=5))
    assert "later on discord" in text(await say(deps, "/history", tg(), NOW + timedelta(minutes=6)))
    stats = text(await say(deps, "/stats", dc(), NOW + timedelta(minutes=6)))
    assert "All time: 3 sessions" in stats
    sched = text(await say(deps, "/schedule", dc(), NOW + timedelta(minutes=6)))
    assert "Tue and Fri" in sched and "Telegram" in sched
    # Setting reminders on Discord moves them there: never to both.
    await say(deps, "/schedule mon,thu 18:00", dc(), NOW + timedelta(minutes=7))
    assert "Discord" in text(await say(deps, "/schedule", tg(), NOW + timedelta(minutes=8)))
    t, d = FakeTransport("telegram"), FakeTransport("discord")
    svc, clock, _ = make_service(deps, {"telegram": t, "discord": d}, NOW)
    await sweep(svc, clock, t, NOW + timedelta(minutes=9), at(2026, 12, 4, 12), timedelta(hours=1))
    assert t.sent == [] and [c for c, _ in d.sent] == ["dmd1", "dmd1"]
    # /unlink: each account keeps what it logged.
    assert "Unlinked" in text(await say(deps, "/unlink", dc(), NOW + timedelta(minutes=10)))
    tg_hist = text(await say(deps, "/history", tg(), NOW + timedelta(minutes=11)))
    dc_hist = text(await say(deps, "/history", dc(), NOW + timedelta(minutes=11)))
    assert "from telegram" in tg_hist and "discord" not in tg_hist
    assert "from discord" in dc_hist and "later on discord" in dc_hist and "telegram" not in dc_hist
    assert "Discord" not in text(await say(deps, "/schedule", tg(), NOW + timedelta(minutes=12)))
    assert "Mon and Thu" in text(await say(deps, "/schedule", dc(), NOW + timedelta(minutes=12)))


async def test_a_linked_runner_gets_the_same_routine_on_both_platforms(deps: Deps) -> None:
    """The routine of the day is the runner's, not the account's: once linked, /workout on
    Telegram and on Discord give the same exercises for each setting on each day."""

    def routine(replies: list[Reply]) -> str:
        body = text(replies)
        return body[body.index("<b>Warm-up") :]

    code = await link_code(deps, tg())
    assert "Linked" in text(await say(deps, f"/link {code}", dc(), NOW + timedelta(minutes=1)))
    differ = 0
    for days in range(4):
        when = NOW + timedelta(days=days, minutes=2)
        for setting in ("home", "gym", "plyo"):
            on_tg = routine(await say(deps, f"/workout {setting}", tg(), when))
            on_dc = routine(await say(deps, f"/workout {setting}", dc(), when))
            assert on_tg == on_dc, (days, setting)
            other = routine(await say(deps, f"/workout {setting}", tg("someone-else"), when))
            differ += other != on_tg
    assert differ > 0  # routines do vary between runners: the check above could fail


async def test_reminder_buttons_work_from_the_linked_account(deps: Deps) -> None:
    await say(deps, "/schedule tue,fri 07:00 home", tg())
    code = await link_code(deps, tg())
    await say(deps, f"/link {code}", dc())
    await say(deps, "/schedule tue,fri 07:00 home", dc())  # now on Discord
    d = FakeTransport("discord")
    svc, clock, _ = make_service(deps, {"discord": d}, NOW)
    await run_at(svc, clock, at(2026, 12, 1, 7))
    ((_, replies),) = d.sent
    done = next(b.action for b in replies[0].buttons if b.action.startswith("done:"))
    r = await deps_press(deps, done, dc(), at(2026, 12, 1, 8))
    assert "Logged" in text(r)
    skip = next(b.action for b in replies[0].buttons if b.action.startswith("skip:"))
    assert "skipping is fine" in text(await deps_press(deps, skip, dc(), at(2026, 12, 1, 8)))
    # Someone else still can't press them.
    assert "someone else" in text(await deps_press(deps, done, dc("d9"), at(2026, 12, 1, 8)))


async def deps_press(deps: Deps, action: str, c: Chat, now: datetime) -> list[Reply]:
    from handlers.registry import dispatch

    return await dispatch(press(action, c, now), deps)


async def test_link_code_expires_after_ten_minutes(deps: Deps) -> None:
    code = await link_code(deps, tg())
    late = text(await say(deps, f"/link {code}", dc(), NOW + timedelta(minutes=10, seconds=1)))
    assert "expired" in late
    code = await link_code(deps, tg(), NOW + timedelta(minutes=20))
    ok = text(await say(deps, f"/link {code}", dc(), NOW + timedelta(minutes=29, seconds=59)))
    assert "Linked" in ok


async def test_link_codes_are_single_use_and_not_for_the_same_platform(deps: Deps) -> None:
    code = await link_code(deps, tg())
    assert "this account made" in text(await say(deps, f"/link {code}", tg()))
    assert "another Telegram account" in text(await say(deps, f"/link {code}", tg("u2")))
    assert "Linked" in text(await say(deps, f"/link {code}", dc()))
    again = text(await say(deps, f"/link {code}", dc("d2")))
    assert "wrong, used or expired" in again
    # A linked account doesn't make or take another link.
    assert "already linked" in text(await say(deps, "/link", dc()))
    other = await link_code(deps, dc("d3"))
    assert "already linked" in text(await say(deps, f"/link {other}", tg()))


async def test_five_tries_an_hour_then_even_the_right_code_waits(deps: Deps) -> None:
    code = await link_code(deps, tg())
    for i in range(5):
        r = text(await say(deps, f"/link ABCD-EFG{'HJKMN'[i]}", dc(), NOW + timedelta(seconds=i)))
        assert "wrong, used or expired" in r
    assert "Too many tries" in text(await say(deps, f"/link {code}", dc(), NOW + timedelta(minutes=1)))
    # Another account's tries are its own.
    assert "Linked" in text(await say(deps, f"/link {code}", dc("d2"), NOW + timedelta(minutes=2)))
    later = await link_code(deps, tg("u3"), NOW + timedelta(hours=1))
    ok = text(await say(deps, f"/link {later}", dc(), NOW + timedelta(hours=1, minutes=1)))
    assert "Linked" in ok


@pytest.mark.parametrize(
    "arg", ["123", "ABCD-EFGH-JKMN", "ＡＢＣＤ-ＥＦＧＨ", "abcd-efg0", "'; DROP TABLE users"]
)
async def test_link_bad_codes_get_an_example(deps: Deps, arg: str) -> None:
    r = await say(deps, f"/link {arg}", dc())
    assert len(r) == 1 and r[0].private and "Example: <code>/link" in r[0].text


async def test_forget_on_a_linked_account_asks_whether_to_forget_both(deps: Deps) -> None:
    await say(deps, "/done home 20 note tg session", tg())
    await say(deps, "/done home 20 note dc session", dc())
    code = await link_code(deps, tg())
    await say(deps, f"/link {code}", dc())
    r = await say(deps, "/forget", dc())
    actions = [b.action for b in r[0].buttons]
    assert len(actions) == 3 and "both" in r[0].text
    only = next(a for a in actions if a.startswith("forget:") and not a.endswith(":all"))
    done = text(await deps_press(deps, only, dc(), NOW))
    assert "deleted" in done
    hist = text(await say(deps, "/history", tg()))
    assert "tg session" in hist and "dc session" not in hist
    assert "No sessions" in text(await say(deps, "/history", dc()))
    # Both: everything goes.
    code = await link_code(deps, tg())
    await say(deps, f"/link {code}", dc("d5"))
    r = await say(deps, "/forget", tg())
    both = next(b.action for b in r[0].buttons if b.action.endswith(":all"))
    assert "someone else" in text(await deps_press(deps, both, dc("d5"), NOW))
    await deps_press(deps, both, tg(), NOW)
    assert await deps.store.get_user("telegram", "u1") is None
    assert await deps.store.get_user("discord", "d5") is None


# --- /calendar -----------------------------------------------------------------------------------


def ics_events(replies: list[Reply]) -> dict[date, tuple[datetime, str, str]]:
    (r,) = replies
    assert r.file is not None and r.file[0].endswith(".ics")
    cal = Calendar.from_ical(r.file[1])
    out = {}
    for e in cal.walk("VEVENT"):
        start = e.decoded("dtstart")
        uid = str(e["uid"])
        day = datetime.strptime(uid.split("-")[2].split("@")[0], "%Y%m%d").date()
        assert day not in out
        out[day] = (start, str(e["description"]), uid)
    return out


async def test_calendar_without_a_schedule_says_how(deps: Deps) -> None:
    r = await say(deps, "/calendar", tg())
    assert r[0].file is None and "/schedule" in r[0].text
    assert "Example" in text(await say(deps, "/calendar now please", tg()))
    assert "isn't switched on" in text(await say(deps, "/calendar url", tg()))


async def test_calendar_uids_are_stable_across_downloads(deps: Deps) -> None:
    await say(deps, "/schedule tue,fri 07:00 home", tg())
    one = ics_events(await say(deps, "/calendar", tg()))
    two = ics_events(await say(deps, "/calendar", tg(), NOW + timedelta(hours=1)))
    assert one and {d: v[2] for d, v in one.items()} == {d: v[2] for d, v in two.items()}
    # Eight weeks of Tue and Fri, less the two recovery weeks (a new runner's 4th and 8th weeks).
    assert len(one) == 16 - 4
    assert date(2026, 12, 18) not in one and date(2026, 12, 22) not in one


ZONES = ("Europe/Berlin", "America/New_York", "Asia/Tokyo", "Asia/Kolkata", "UTC", "Australia/Sydney")


async def test_calendar_matches_what_the_reminders_send_for_many_runners(
    settings: Settings, deps: Deps
) -> None:
    rnd = random.Random(18)
    store = deps.store
    users = []
    start = at(2027, 2, 20, 13, 17)  # eight weeks over the spring DST changes
    for i in range(24):
        uid = f"r{i}"
        created = start - timedelta(days=rnd.randrange(0, 40))
        await store.ensure_user("telegram", uid, f"Runner {i}", created)
        c = tg(uid)
        zone = rnd.choice(ZONES)
        await say(deps, f"/timezone {zone}", c, start)
        days = ",".join(rnd.sample(["mon", "tue", "wed", "thu", "fri", "sat", "sun"], rnd.randint(1, 3)))
        hhmm = rnd.choice(["06:00", "07:30", "02:30", "18:45", "23:59", "00:00"])
        await say(deps, f"/schedule {days} {hhmm} {rnd.choice(['home', 'gym', 'plyo'])}", c, start)
        if rnd.random() < 0.6:
            hard = ",".join(rnd.sample(["mon", "tue", "wed", "thu", "fri", "sat", "sun"], rnd.randint(1, 3)))
            await say(deps, f"/runs hard {hard}", c, start)
        if rnd.random() < 0.4:
            race = (start + timedelta(days=rnd.randrange(2, 56))).date()
            await say(deps, f"/race {race.isoformat()}", c, start)
        if rnd.random() < 0.4:
            until = (start + timedelta(days=rnd.randrange(2, 30))).date()
            await say(deps, f"/pause until {until.isoformat()}", c, start)
        users.append((uid, ZoneInfo(zone), hhmm))
    files = {uid: ics_events(await say(deps, "/calendar", tg(uid), start)) for uid, _, _ in users}

    t = FakeTransport()
    svc, clock, _ = make_service(deps, {"telegram": t}, start)
    end = start + timedelta(weeks=8)
    sent: dict[str, list[tuple[datetime, Reply]]] = {uid: [] for uid, _, _ in users}
    while True:
        due = await store.next_reminder_due(["telegram"])
        if due is None or due > end:
            break
        before = len(t.sent)
        await run_at(svc, clock, max(due, start))
        for chat_id, replies in t.sent[before:]:
            sent[chat_id] += [(clock.now, r) for r in replies]
    checked = shifted = 0
    for uid, tz, hhmm in users:
        expected: dict[date, tuple[datetime, str]] = {}
        hour, minute = (int(x) for x in hhmm.split(":"))
        for when, r in sent[uid]:
            local = when.astimezone(tz).date()
            done = [b.action for b in r.buttons if b.action.startswith("done:")]
            if done:
                day = datetime.strptime(done[0].split(":")[2], "%Y%m%d").date()
                assert day == local
                expected.setdefault(day, (when, plain(r.text)))
                continue
            m = re.search(r"Fit it in on <b>(\w+)</b>", r.text)
            if m:
                names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
                ahead = (names.index(m.group(1)) - local.weekday()) % 7 or 7
                moved = local + timedelta(days=ahead)
                expected.setdefault(moved, (fire_time(moved, hour, minute, tz), ""))
        got = files[uid]
        assert sorted(got) == sorted(expected), uid
        for day, (when, body) in expected.items():
            assert got[day][0] == when, (uid, day)
            if body:
                assert body.endswith(got[day][1]), (uid, day)
            else:
                assert got[day][1].startswith("Moved here from"), (uid, day)
                shifted += 1
            checked += 1
    print(f"\n[calendar] {checked} user-days compared, {shifted} moved from hard-run days")
    assert checked > 150  # many user-days really compared
    assert shifted > 10


async def test_calendar_leaves_out_pause_race_and_recovery_week(deps: Deps) -> None:
    await say(deps, "/schedule mon,wed,fri 07:00 home", tg())
    await say(deps, "/race 2026-12-12", tg())  # Sat: Fri 11 Dec is race eve
    await say(deps, "/pause until 2026-12-03", tg())
    events = ics_events(await say(deps, "/calendar", tg()))
    days = sorted(events)
    assert date(2026, 11, 30) not in days and date(2026, 12, 2) not in days  # paused
    assert date(2026, 12, 4) in days and date(2026, 12, 11) not in days  # race eve
    # The runner started on NOW (Fri 27 Nov): week 4 from then is the recovery week.
    recovery = [date(2026, 11, 27) + timedelta(weeks=3) + timedelta(days=i) for i in range(7)]
    assert not set(recovery) & set(days)
    assert all(events[d][0] == at(d.year, d.month, d.day, 7) for d in days)


async def test_calendar_feed_url_serves_the_same_file(settings: Settings, deps: Deps) -> None:
    from handlers.ical import feed

    fdeps = replace(deps, settings=replace(settings, calendar_feed_url="https://legwork.example/cal"))
    await say(fdeps, "/schedule tue,fri 07:00 home", tg())
    r = await say(fdeps, "/calendar url", tg())
    assert r[0].private
    m = re.search(r"https://legwork\.example/cal/([A-Za-z0-9_-]+)\.ics", r[0].text)
    assert m
    data = await feed(m.group(1), fdeps, NOW)
    assert data is not None
    file = ics_events(await say(fdeps, "/calendar", tg()))
    assert {d for d in file} == {
        datetime.strptime(str(e["uid"]).split("-")[2].split("@")[0], "%Y%m%d").date()
        for e in Calendar.from_ical(data).walk("VEVENT")
    }
    assert await feed("x" * 32, fdeps, NOW) is None
    await say(fdeps, "/calendar url", tg())  # a new link: the old one stops working
    assert await feed(m.group(1), fdeps, NOW) is None


async def test_challenge_places_stay_in_their_chat_and_count_both_platforms(deps: Deps) -> None:
    server = Chat("discord", "chan1", "d1", is_private=False, is_admin=True)
    await say(deps, '/challenge new "December dozen" 12 by 2026-12-31', server)
    await say(deps, "/challenge join", server)
    code = await link_code(deps, tg())
    await say(deps, f"/link {code}", dc())
    await say(deps, "/done home 20", tg(), NOW + timedelta(hours=1))  # logged on Telegram
    board = text(await say(deps, "/leaderboard", server, NOW + timedelta(hours=2)))
    (line,) = [x for x in board.splitlines() if "1/12" in x]
    assert "(you)" in line  # the Discord account's place, in the Discord channel
    await say(deps, "/done gym 20", dc(), NOW + timedelta(days=1))
    assert "2/12" in text(await say(deps, "/leaderboard", server, NOW + timedelta(days=1, hours=1)))


async def test_linking_two_schedules_keeps_the_code_makers(deps: Deps) -> None:
    await say(deps, "/schedule tue,fri 07:00 home", tg())
    await say(deps, "/schedule mon,thu 18:00 gym", dc())
    code = await link_code(deps, tg())
    r = text(await say(deps, f"/link {code}", dc()))
    assert "Both accounts had reminders" in r and "Telegram" in r
    shown = text(await say(deps, "/schedule", dc()))
    assert "Tue and Fri" in shown and "Sent to: <b>Telegram</b>" in shown


# --- the planner itself (pure) -----------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(
    days=st.integers(1, 127),
    hard=st.integers(0, 127),
    offset=st.integers(0, 60),
    race_in=st.one_of(st.none(), st.integers(0, 70)),
    pause=st.one_of(st.none(), st.tuples(st.integers(-5, 40), st.one_of(st.none(), st.integers(1, 30)))),
    zone=st.sampled_from(ZONES),
    hhmm=st.sampled_from([(2, 30), (7, 0), (23, 59), (0, 0)]),
)
def test_planned_strength_days_keep_every_rule(
    days: int,
    hard: int,
    offset: int,
    race_in: int | None,
    pause: tuple[int, int | None] | None,
    zone: str,
    hhmm: tuple[int, int],
) -> None:
    start = at(2027, 3, 1, 12)
    today = start.date()
    p_from = today + timedelta(days=pause[0]) if pause else None
    p_until = p_from + timedelta(days=pause[1]) if pause and pause[1] is not None and p_from else None
    rules = DayRules(
        days,
        start - timedelta(days=offset),
        hard,
        today + timedelta(days=race_in) if race_in is not None else None,
        True,
        p_from,
        p_until,
    )
    tz = ZoneInfo(zone)
    planned = plan_window(rules, *hhmm, tz, start, start + timedelta(weeks=8))
    assert all(start < p.fire <= start + timedelta(weeks=8) for p in planned)
    assert all(days >> p.day.weekday() & 1 for p in planned)
    for day, p in strength_days(planned):
        assert not rules.paused(day) and not rules.in_recovery_week(day)
        assert not hard >> day.weekday() & 1
        if rules.race_date is not None:
            assert day not in (rules.race_date, rules.race_date - timedelta(days=1))
        assert day == p.day or (p.plan.kind == "hard" and p.day < day <= p.day + timedelta(days=6))
