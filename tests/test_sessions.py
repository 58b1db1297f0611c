"""Handler tests for logging and looking back, against a real SQLite file and a fixed clock."""

from __future__ import annotations

import asyncio
import csv
import io
from datetime import timedelta

import pytest

from handlers.charts import StatsChart
from handlers.deps import Deps
from handlers.registry import dispatch
from handlers.sessions import DoneArgs, parse_done
from tests.conftest import NOW, chat, press, request, say
from tests.fakes.charts import RecordingCharts
from tests.storeutil import fetch, table_rows


async def dump(deps: Deps) -> list[tuple]:
    return [(table, await table_rows(deps.store, table)) for table in ("users", "chats", "sessions")]


async def test_done_records_with_details(deps: Deps) -> None:
    [r] = await say(deps, "/done gym 25 effort 7 felt <strong> & fast")
    assert "Logged" in r.text and "25 min" in r.text and "effort 7/10" in r.text
    assert "&lt;strong&gt; &amp; fast" in r.text  # user text escaped
    rows = await deps.store.recent_sessions(1, 5)
    assert rows[0].setting == "gym" and rows[0].minutes == 25 and rows[0].effort == 7
    assert rows[0].note == "felt <strong> & fast"
    assert set(rows[0].muscles) >= {"quads", "hamstrings"}


@pytest.mark.parametrize(
    "text",
    [
        "/done home 20 11",
        "/done home 20 effort 11",
        "/done home -5",
        "/done home 10000",
        "/done home 10,000",
        "/done swimming 20",
        "/done home 20 effort",
        "/done home 20 effort 0",
        "/done home 20 7 " + "x" * 5000,
    ],
)
async def test_done_rejects_bad_input_and_stores_nothing(deps: Deps, text: str) -> None:
    await say(deps, "/start")
    before = await dump(deps)
    [r] = await say(deps, text)
    assert "Example" in r.text and "/done" in r.text
    assert await dump(deps) == before


async def test_done_button_once_and_only_by_owner(deps: Deps) -> None:
    [routine] = await say(deps, "/workout home")
    [button] = routine.buttons
    assert len(button.action.encode()) <= 64
    first = await dispatch(press(button.action), deps)
    again = await dispatch(press(button.action), deps)
    assert "Logged" in first[0].text and "Already logged" in again[0].text
    stranger = await dispatch(press(button.action, chat("u2")), deps)
    assert "someone else" in stranger[0].text and stranger[0].private is True
    assert await deps.store.count_sessions() == 1


async def test_two_hundred_presses_at_once_record_once(deps: Deps) -> None:
    [routine] = await say(deps, "/workout gym")
    action = routine.buttons[0].action
    await asyncio.gather(*(dispatch(press(action), deps) for _ in range(200)))
    assert await deps.store.count_sessions() == 1


async def test_thousand_users_done_at_once(deps: Deps) -> None:
    reqs = [request("/done home 20", chat(f"user{i}")) for i in range(1000)]
    replies = await asyncio.gather(*(dispatch(r, deps) for r in reqs))
    assert all("Logged" in rs[0].text for rs in replies)
    assert await deps.store.count_sessions() == 1000


@pytest.mark.parametrize(
    "action",
    ["done:u1:2026xx27:home", "done:u1:20261127:swim", "done:u1", "done:u1:20200101:home", "nope:1"],
)
@pytest.mark.parametrize("group", [None, "club"])
async def test_forged_or_stale_buttons_are_refused(deps: Deps, action: str, group: str | None) -> None:
    [r] = await dispatch(press(action, chat("u1", group=group)), deps)
    assert "Logged" not in r.text
    # Privately: the presser alone sees it (a pop-up, an ephemeral answer), never the group.
    assert r.private is True
    assert await deps.store.count_sessions() == 0


async def test_a_note_may_start_with_a_number_after_the_word_note(deps: Deps) -> None:
    [r] = await say(deps, "/done gym 20 note 3 sets of 12, felt easy")
    assert "20 min" in r.text and "3 sets of 12" in r.text
    [r] = await say(deps, "/done Note: 5k easy first")
    assert "min" not in r.text.split("\n")[0] and "5k easy first" in r.text
    rows = await deps.store.recent_sessions((await deps.store.ensure_user("console", "u1", "", NOW)).id, 5)
    assert sorted((s.note, s.minutes or 0) for s in rows) == [
        ("3 sets of 12, felt easy", 20),
        ("5k easy first", 0),
    ]


async def test_undo_within_24_hours(deps: Deps) -> None:
    await say(deps, "/done home 20")
    [r] = await say(deps, "/undo", now=NOW + timedelta(hours=25))
    assert "Nothing to undo" in r.text
    [r] = await say(deps, "/undo", now=NOW + timedelta(hours=1))
    assert "Removed" in r.text
    assert await deps.store.count_sessions() == 0


async def test_a_redelivered_undo_or_challenge_runs_once(deps: Deps) -> None:
    """A platform re-sends updates a crash left unconfirmed: /undo must not remove two sessions."""
    from dataclasses import replace

    from handlers.registry import ALREADY_HANDLED

    for minutes in (20, 25):
        await say(deps, f"/done home {minutes}")
    undo = replace(request("/undo", now=NOW + timedelta(minutes=5)), message_key="42:7")
    [first] = await dispatch(undo, deps)
    [again] = await dispatch(undo, deps)
    assert "Removed" in first.text and again.text == ALREADY_HANDLED
    assert await deps.store.count_sessions() == 1
    # Another message, or one without a platform key (the console), runs as usual.
    [other] = await dispatch(replace(undo, message_key="42:8"), deps)
    assert "Removed" in other.text and await deps.store.count_sessions() == 0
    group = chat("u1", group="g1", admin=True)
    new = replace(request('/challenge new "Dozen" 12 by 2026-12-31', group), message_key="g1:9")
    await dispatch(new, deps)
    [dup] = await dispatch(new, deps)
    assert dup.text == ALREADY_HANDLED
    g1 = await deps.store.ensure_chat("console", "g1", False, NOW)
    assert len(await deps.store.chat_challenges(g1.id)) == 1
    # Claims older than two days are pruned when the next one is made.
    later = replace(undo, message_key="42:9", now=NOW + timedelta(days=3))
    await dispatch(later, deps)
    keys = [r[0] for r in await fetch(deps.store, "SELECT message_key FROM handled_messages")]
    assert keys == ["42:9"]


async def test_history_in_the_users_zone(deps: Deps) -> None:
    await say(deps, "/timezone America/New_York")
    late = NOW.replace(hour=3)  # 03:00 UTC is the evening before in New York
    await dispatch(request("/done plyo 15 note", now=late), deps)
    [r] = await say(deps, "/history 5")
    assert "Thu 26 Nov" in r.text and "America/New_York" in r.text
    [bad] = await say(deps, "/history lots")
    assert "Example" in bad.text


async def test_stats_counts_weeks_streak_and_draws_a_chart(deps: Deps, charts: RecordingCharts) -> None:
    # Two sessions in each of the three weeks before this one, one this week.
    for weeks_ago in (1, 2, 3):
        for day in (0, 3):
            when = NOW - timedelta(weeks=weeks_ago, days=NOW.weekday() - day)
            await dispatch(request("/done home 20", now=when), deps)
    await say(deps, "/done gym 20")
    [r] = await say(deps, "/stats")
    assert "This week: <b>1</b>" in r.text
    assert "Streak: <b>3</b> weeks" in r.text
    assert r.image is not None and r.image.startswith(b"\x89PNG")
    [chart] = charts.drawn
    assert isinstance(chart, StatsChart) and (chart.target_low, chart.target_high) == (2, 3)
    assert [n for _, n in chart.weeks] == [0, 0, 0, 0, 2, 2, 2, 1]
    assert dict(chart.muscles).keys() >= {"quads", "hamstrings"}
    await say(deps, "/done gym 20", now=NOW + timedelta(days=1))
    [r] = await say(deps, "/stats", now=NOW + timedelta(days=1))
    assert "Streak: <b>4</b> weeks" in r.text  # daily sessions never inflate it beyond weeks


async def test_stats_in_a_group_is_private(deps: Deps) -> None:
    [r] = await say(deps, "/stats", chat("u1", group="club"))
    assert r.private


async def test_export_csv_is_parseable_and_formula_safe(deps: Deps) -> None:
    await say(deps, "/done home 20 5 =HYPERLINK(1)")
    [r] = await say(deps, "/export")
    assert r.file is not None
    rows = list(csv.reader(io.StringIO(r.file[1].decode())))
    assert rows[0][0] == "date" and rows[1][3] == "home"
    assert rows[1][7].startswith("'=")


async def test_forget_needs_confirmation_by_the_owner(deps: Deps) -> None:
    await say(deps, "/done home 20")
    [r] = await say(deps, "/forget")
    yes = r.buttons[0].action
    [other] = await dispatch(press(yes, chat("u2")), deps)
    assert "someone else" in other.text and await deps.store.count_sessions() == 1
    [keep] = await dispatch(press(r.buttons[1].action), deps)
    assert "Kept" in keep.text and await deps.store.count_sessions() == 1
    [gone] = await dispatch(press(yes), deps)
    assert "deleted" in gone.text
    assert await deps.store.count_sessions() == 0
    assert await deps.store.get_user("console", "u1") is None


@pytest.mark.parametrize(
    "zone", ["Mars/Olympus", "Europe/Berlin Europe/Paris", "../../etc/passwd", "x" * 300]
)
async def test_bad_time_zones_are_refused(deps: Deps, zone: str) -> None:
    await say(deps, "/start")
    before = await dump(deps)
    [r] = await say(deps, f"/timezone {zone}")
    assert "Example" in r.text
    assert await dump(deps) == before


async def test_group_time_zone_is_for_admins(deps: Deps) -> None:
    [r] = await say(deps, "/timezone group Europe/Berlin", chat("u1", group="club"))
    assert "Only" in r.text
    [r] = await say(deps, "/timezone group Europe/Berlin", chat("u1", group="club", admin=True))
    assert "Europe/Berlin" in r.text


@pytest.mark.parametrize(
    ("args", "minutes", "effort", "note"),
    [
        ("home 3 sets of 12", None, None, "3 sets of 12"),  # a number that starts the note
        ("home note 3 sets", None, None, "3 sets"),
        ("home 20", 20, None, ""),  # alone
        ("home 20 min", 20, None, ""),
        ("home 20min felt good", 20, None, "felt good"),
        ("home 20m felt good", 20, None, "felt good"),
        ("home 20 effort 7 felt strong", 20, 7, "felt strong"),  # right before the effort
        ("home 20 7/10", 20, 7, ""),
        ("home 20 7 legs heavy", 20, 7, "legs heavy"),
        ("gym 12 reps of squats", None, None, "12 reps of squats"),
        ("12 lunges", None, None, "12 lunges"),
        ("home effort 6", None, 6, ""),
    ],
)
def test_done_reads_minutes_only_when_they_are_minutes(
    args: str, minutes: int | None, effort: int | None, note: str
) -> None:
    parsed = parse_done(tuple(args.split()))
    assert isinstance(parsed, DoneArgs), parsed
    assert (parsed.minutes, parsed.effort, parsed.note) == (minutes, effort, note)


@pytest.mark.parametrize("args", ["home ³", "home ３ min", "home 20 effort ٣", "home 20 ²/10", "home 400"])
def test_done_refuses_odd_or_out_of_range_numbers(args: str) -> None:
    parsed = parse_done(tuple(args.split()))
    assert isinstance(parsed, str) and ("0-9" in parsed or "300" in parsed), parsed


async def test_a_redelivered_done_is_stored_once_by_its_message_key(deps: Deps) -> None:
    """Telegram re-delivers an update after a crash: the same message (chat and message id) again.
    Its /done must be one session; a different message with the same text is a second one."""
    from dataclasses import replace as _replace

    from tests.conftest import request

    first = _replace(request("/done home 20 note once"), message_key="dm:u1:41")
    again = _replace(request("/done home 20 note once"), message_key="dm:u1:41")
    other = _replace(request("/done home 20 note once"), message_key="dm:u1:42")
    [logged] = await dispatch(first, deps)
    [repeat] = await dispatch(again, deps)
    assert logged.text.startswith("Logged ✅"), logged.text
    # The re-delivered message confirms the session it stored, never as a second one.
    assert repeat.text.startswith("Already logged ✅") and not repeat.buttons
    assert repeat.text.split("\n")[:3] == [
        "Already l" + logged.text.removeprefix("L").split("\n")[0],
        *logged.text.split("\n")[1:3],
    ]
    user = await deps.store.get_user("console", "u1")
    assert user is not None
    assert await deps.store.count_sessions() == 1
    await dispatch(other, deps)
    assert await deps.store.count_sessions() == 2
