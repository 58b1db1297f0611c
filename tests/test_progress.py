"""Levels that follow the runner (issue 29): the ladders and rules (pure), the effort buttons and
level moves through the handlers, and the same level in reminders, /calendar and /workout —
against a real store on both backends and a fixed clock."""

from __future__ import annotations

import asyncio
import itertools
from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from content.exercises import EXERCISES
from content.ladders import LADDERS, effort_key, group_of, rung, rung_index
from content.model import MUSCLE_IDS
from content.progress import (
    DETRAINED,
    EASY,
    HARD,
    HARD_DOWN,
    INJURY,
    JUST_RIGHT,
    MAX_LEVEL,
    UP,
    Change,
    decide,
    detraining,
    levels_on,
)
from handlers.charts import StatsChart
from handlers.deps import Deps
from handlers.ical import build_for
from handlers.registry import dispatch
from handlers.types import Reply
from tests.conftest import NOW, chat, press, request, say
from tests.fakes.charts import RecordingCharts
from tests.storeutil import table_rows

DAY0 = NOW.date()  # a Friday; the runner's first day (recovery weeks are days 21-27 after it)

# ---- content: the ladders and the rules --------------------------------------------------------


def test_every_exercise_has_a_ladder_that_starts_at_its_own_dose() -> None:
    assert set(LADDERS) == set(EXERCISES)
    for ex_id, ladder in LADDERS.items():
        base = EXERCISES[ex_id].dose
        first = ladder[0].dose
        assert 2 <= len(ladder) <= MAX_LEVEL + 1, ex_id  # somewhere to go, and no rung past the top
        assert (first.reps, first.repeats_min) == (base.reps, base.repeats_min) or first.hold_s is not None
        assert ladder[0].form == 0 and ladder[0].variant is None


def test_each_rung_is_more_work_than_the_one_before() -> None:
    # every rung of every ladder (hypothesis once found line hops' 3×20 no harder than 2×30)
    for ex_id, ladder in LADDERS.items():
        keys = [effort_key(r) for r in ladder]
        assert all(a < b for a, b in itertools.pairwise(keys)), (ex_id, keys)


@given(st.sampled_from(sorted(LADDERS)), st.integers(0, MAX_LEVEL), st.integers(0, MAX_LEVEL))
def test_every_ladder_is_monotone_in_effort(ex_id: str, a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert effort_key(rung(ex_id, low)) <= effort_key(rung(ex_id, high))
    if rung_index(ex_id, low) != rung_index(ex_id, high):
        assert effort_key(rung(ex_id, low)) < effort_key(rung(ex_id, high))
    for r in LADDERS[ex_id]:
        assert not r.dose.is_range and r.dose.sets <= 3


def test_the_ladders_hold_the_issues_harder_forms() -> None:
    assert (
        rung("calf_raise", 0).variant is None and rung("calf_raise", MAX_LEVEL).variant == "one leg at a time"
    )
    assert rung("calf_raise", MAX_LEVEL).dose.per_side
    assert rung("one_leg_squat", 0).variant is None and rung("one_leg_squat", 2).variant == "holding weights"
    assert [rung("bridge", lv).dose.hold_s for lv in range(4)] == [20, 30, 30, 45]
    assert [rung("quad_extension", lv).dose.reps for lv in range(2)] == [12, 15]
    assert rung("quad_extension", 2).dose.sets == 3  # the third set
    assert [rung("hill_repeats", lv).dose.repeats_min for lv in range(MAX_LEVEL + 1)] == [5, 6, 7, 8, 8, 8]


efforts_st = st.lists(st.integers(1, 10), max_size=6)


@given(st.integers(0, MAX_LEVEL), efforts_st)
def test_a_move_is_one_rung_and_stays_in_range(level: int, efforts: list[int]) -> None:
    move = decide(level, efforts)
    if move is None:
        return
    new, reason, _ = move
    assert abs(new - level) == 1 and 0 <= new <= MAX_LEVEL
    assert (reason == HARD_DOWN) == (efforts[-1] >= 8)
    if reason == UP:
        assert len(efforts) >= 2 and efforts[-1] <= 7 and efforts[-2] <= 7


def test_up_hold_down_rules() -> None:
    assert decide(0, [EASY]) is None  # one easy session is not yet two
    assert decide(0, [EASY, EASY]) == (1, UP, "easy")
    assert decide(0, [JUST_RIGHT, JUST_RIGHT]) is None  # just right below the top of the range holds
    assert decide(1, [JUST_RIGHT, JUST_RIGHT]) == (2, UP, "top")  # at 15 reps: time for more
    assert decide(1, [EASY, HARD]) == (0, HARD_DOWN, "")
    assert decide(0, [HARD]) is None  # nothing below the first rung
    assert decide(MAX_LEVEL, [EASY, EASY]) is None
    assert decide(2, [EASY, JUST_RIGHT]) is None


def test_levels_on_a_day_and_the_detraining_drop() -> None:
    d = date(2026, 1, 5)
    ch = [Change("calves", 2, 1, UP, d), Change("calves", 1, 2, HARD_DOWN, d + timedelta(days=3))]
    assert levels_on(ch, d - timedelta(days=1)) == (0, 0, 0, 0, 0)
    calves = MUSCLE_IDS.index("calves")
    assert levels_on(ch, d)[calves] == 2 and levels_on(ch, d + timedelta(days=3))[calves] == 1
    levels = levels_on(ch, d + timedelta(days=40))
    assert detraining(levels, ch, d + timedelta(days=10), d + timedelta(days=30)) == []  # 20 days
    [drop] = detraining(levels, ch, d + timedelta(days=10), d + timedelta(days=31))
    assert (drop.muscle, drop.level, drop.reason) == ("calves", 0, DETRAINED)
    assert all(group_of(x) in MUSCLE_IDS for x in LADDERS)


# ---- handlers: buttons and moves ---------------------------------------------------------------


def at_day(n: int, hour: int = 9) -> datetime:
    return NOW + timedelta(days=n, hours=hour - 9)


async def log(deps: Deps, n: int, how: str | None, user: str = "u1", setting: str = "home") -> Reply:
    """Log a session on day n with /done and answer "how did it feel" with the `how` button."""
    [r] = await say(deps, f"/done {setting}", chat(user), at_day(n))
    assert "How did it feel?" in r.text
    assert [b.label for b in r.buttons] == ["Easy", "Just right", "Hard"]
    if how is None:
        return r
    action = next(b.action for b in r.buttons if b.label == how)
    assert len(action.encode()) <= 64
    [answer] = await dispatch(press(action, chat(user), at_day(n)), deps)
    assert answer.edit and "Noted" in answer.text
    return answer


async def levels(deps: Deps, n: int, user: str = "u1") -> dict[str, int]:
    [r] = await say(deps, "/progress", chat(user), at_day(n))
    out = {}
    for m in MUSCLE_IDS:
        name = m.capitalize()
        line = next(
            line for line in r.text.splitlines() if f"<b>{name}</b>" in line or f"<b>{name[:4]}" in line
        )
        out[m] = int(line.split(" level ")[1].split()[0])
    return out


async def set_levels(deps: Deps, user: str, lv: dict[str, int], effective: date) -> None:
    u = await deps.store.ensure_user("console", user, "Runner", NOW)
    await deps.store.add_level_changes(
        u.id, [Change(m, v, 0, UP, effective, "easy") for m, v in lv.items()], NOW
    )


async def test_two_easy_sessions_move_a_group_up_from_the_next_day(deps: Deps) -> None:
    await say(deps, "/start", chat("u1"), NOW)
    await log(deps, 0, "Easy")
    assert (await levels(deps, 1))["calves"] == 0  # one easy session is not yet two
    answer = await log(deps, 2, "Easy")
    assert "Calves: up to level 1" in answer.text and "easy twice" in answer.text
    assert (await levels(deps, 2))["calves"] == 0  # today's routine stays as it was
    after = await levels(deps, 3)
    assert after["calves"] == after["hamstrings"] == 1  # every home routine works both
    [p] = await say(deps, "/progress", chat("u1"), at_day(3))
    assert "last change: up from 0" in p.text and "easy twice" in p.text


async def test_just_right_holds_and_hard_moves_down(deps: Deps) -> None:
    await set_levels(deps, "u1", {"calves": 3}, DAY0)
    await log(deps, 0, "Just right")
    await log(deps, 1, "Just right")  # at 15 reps (level 3): just right twice is time for more
    assert (await levels(deps, 2))["calves"] == 4
    await log(deps, 2, "Just right")
    await log(deps, 3, "Just right")  # level 4 is 12 reps of the new form: just right holds
    assert (await levels(deps, 5))["calves"] == 4
    answer = await log(deps, 5, "Hard")
    assert "Calves: down to level 3" in answer.text and "felt hard" in answer.text
    assert (await levels(deps, 6))["calves"] == 3


async def test_effort_given_with_done_counts_like_a_button(deps: Deps) -> None:
    [r] = await say(deps, "/done home 20 effort 2", chat("u1"), at_day(0))
    assert not r.buttons  # no question when the effort was given
    [r] = await say(deps, "/done home effort 3", chat("u1"), at_day(1))
    assert "up to level 1" in r.text
    assert (await levels(deps, 2))["glutes"] == 1


async def test_a_changed_routine_says_why_in_one_line(deps: Deps) -> None:
    await set_levels(deps, "u1", {"calves": 3}, DAY0)
    await log(deps, 0, "Easy")
    await log(deps, 1, "Easy")
    [w] = await say(deps, "/workout home", chat("u1"), at_day(2))
    why = [line for line in w.text.splitlines() if "easy twice" in line]
    assert why and "Calf raise → one leg at a time" in why[0], w.text
    assert "Calf raise</b> — 2 sets × 12 reps each leg" in w.text
    # Once trained at the new level, the line is gone.
    await log(deps, 2, None)
    [w] = await say(deps, "/workout home", chat("u1"), at_day(3))
    assert "easy twice" not in w.text and "each leg" in w.text


async def test_three_weeks_without_a_session_drop_a_rung_once(deps: Deps) -> None:
    await set_levels(deps, "u1", {"calves": 2, "quads": 1}, DAY0)
    await log(deps, 0, None)
    assert (await levels(deps, 20))["calves"] == 2  # 20 days: no drop yet
    back = await levels(deps, 29)  # four weeks later (day 28 starts a normal week)
    assert back["calves"] == 1 and back["quads"] == 0
    [w] = await say(deps, "/workout home", chat("u1"), at_day(29))
    assert "three weeks or more without a session" in w.text
    await log(deps, 29, None)  # the drop is recorded on the day back, and not taken twice
    assert (await levels(deps, 30))["calves"] == 1
    assert (await levels(deps, 29))["calves"] == 1
    u = await deps.store.ensure_user("console", "u1", "Runner", NOW)
    reasons = [c.reason for c in await deps.store.level_changes(u.id)]
    assert reasons.count(DETRAINED) == 2  # calves and quads, once each


async def test_an_injury_pause_drops_a_rung_from_the_next_day(deps: Deps) -> None:
    await set_levels(deps, "u1", {"calves": 2, "hips": 1}, DAY0)
    await say(deps, "/pause injury shin splints", chat("u1"), at_day(1))
    assert (await levels(deps, 1))["calves"] == 2  # today's routine stays
    after = await levels(deps, 2)
    assert after["calves"] == 1 and after["hips"] == 0
    await say(deps, "/pause injury", chat("u1"), at_day(2))  # extending the pause: no second drop
    assert (await levels(deps, 3))["calves"] == 1
    u = await deps.store.ensure_user("console", "u1", "Runner", NOW)
    assert [c.reason for c in await deps.store.level_changes(u.id)].count(INJURY) == 2


async def test_recovery_weeks_stay_one_easy_set(deps: Deps) -> None:
    await set_levels(deps, "u1", dict.fromkeys(MUSCLE_IDS, MAX_LEVEL), DAY0)
    [w] = await say(deps, "/workout home", chat("u1"), at_day(22))  # week 3: recovery
    assert "1 set" in w.text and "2 sets" not in w.text and "3 sets" not in w.text
    [w] = await say(deps, "/workout home", chat("u1"), at_day(15))
    assert "one leg" in w.text


async def test_expired_forged_and_double_presses_are_refused_privately(deps: Deps) -> None:
    r = await log(deps, 0, None)
    easy = r.buttons[0].action
    _, sid, _ = easy.split(":")
    # another runner presses it (a group): refused privately, nothing recorded
    [other] = await dispatch(press(easy, chat("u2", group="club"), at_day(0)), deps)
    assert other.private and "expired" in other.text
    # two presses at once record once
    answers = await asyncio.gather(*(dispatch(press(easy, chat("u1"), at_day(0)), deps) for _ in range(5)))
    texts = [a[0].text for a in answers]
    assert sum("Noted" in t for t in texts) == 1 and sum("expired" in t for t in texts) == 4
    assert all(a[0].private for a in answers if "expired" in a[0].text)
    # the other buttons of a rated session have expired too
    [late] = await dispatch(press(r.buttons[2].action, chat("u1"), at_day(0)), deps)
    assert late.private and "expired" in late.text
    rows = await table_rows(deps.store, "sessions", named=True)
    assert [dict(x)["effort"] for x in rows] == [EASY]
    # an undone session's button
    r2 = await log(deps, 0, None)
    await say(deps, "/undo", chat("u1"), at_day(0))
    [gone] = await dispatch(press(r2.buttons[1].action, chat("u1"), at_day(0)), deps)
    assert gone.private and "expired" in gone.text
    # forged: another effort value, not numbers, too many fields, someone else's id
    for forged in (f"effort:{sid}:5", "effort:x:3", f"effort:{sid}:3:9", "effort:999999:3", "effort:²:3"):
        [f] = await dispatch(press(forged, chat("u1"), at_day(0)), deps)
        assert f.private and "expired" in f.text and "<code>/done" in f.text, forged


async def test_club_done_asks_privately(deps: Deps) -> None:
    from handlers.coach import club_done_action

    action = club_done_action(DAY0, "home", 5, 0)
    [r] = await dispatch(press(action, chat("u1", group="club"), at_day(0)), deps)
    assert r.private and "Logged" in r.text and [b.label for b in r.buttons] == ["Easy", "Just right", "Hard"]
    [a] = await dispatch(press(r.buttons[0].action, chat("u1", group="club"), at_day(0)), deps)
    assert a.private and a.edit and "Noted" in a.text


async def test_personal_done_button_asks_and_a_second_press_does_not(deps: Deps) -> None:
    [w] = await say(deps, "/workout home", chat("u1"), at_day(0))
    [r] = await dispatch(press(w.buttons[0].action, chat("u1"), at_day(0)), deps)
    assert len(r.buttons) == 3
    [again] = await dispatch(press(w.buttons[0].action, chat("u1"), at_day(0)), deps)
    assert not again.buttons


async def test_stats_show_the_effort_trend(deps: Deps, charts: RecordingCharts) -> None:
    await log(deps, 0, "Hard")
    await log(deps, 8, "Easy")
    [s] = await say(deps, "/stats", chat("u1"), at_day(9))
    assert "Effort trend" in s.text and "9 → 3" in s.text
    chart = charts.drawn[-1]
    assert isinstance(chart, StatsChart)
    assert [e for e in chart.effort if e is not None] == [9.0, 3.0]


async def test_levels_follow_linked_accounts_export_and_forget(deps: Deps) -> None:
    from tests.storeutil import fetch

    tg, dc = chat("t1", platform="telegram"), chat("d1", platform="discord")
    [code] = await dispatch(request("/link", tg, NOW), deps)
    word = next(
        w
        for w in code.text.replace("<code>", " ").replace("</code>", " ").split()
        if "-" in w and len(w) == 9
    )
    await dispatch(request(f"/link {word}", dc, NOW), deps)
    for n in (0, 1):
        [r] = await dispatch(request("/done home", dc if n else tg, at_day(n)), deps)
        await dispatch(press(r.buttons[0].action, dc if n else tg, at_day(n)), deps)
    for c in (tg, dc):
        [p] = await dispatch(request("/progress", c, at_day(2)), deps)
        assert "<b>Calves</b> level 1" in p.text
    replies = await dispatch(request("/export", tg, at_day(2)), deps)
    files = dict(r.file for r in replies if r.file)
    assert "legwork-levels.csv" in files and b"calves" in files["legwork-levels.csv"]
    [ask] = await dispatch(request("/forget", tg, at_day(2)), deps)
    both = next(b.action for b in ask.buttons if b.label == "Forget both")
    await dispatch(press(both, tg, at_day(2)), deps)
    assert await fetch(deps.store, "SELECT COUNT(*) FROM level_changes") == [(0,)]


async def test_reminder_calendar_and_workout_agree_on_the_day(deps: Deps) -> None:
    from tests.test_reminders import FakeTransport, make_service, run_at

    c = chat("u1", platform="telegram")
    [sch] = await dispatch(request("/schedule mon,tue,wed,thu,fri,sat,sun 07:00 home", c, NOW), deps)
    assert "07:00" in sch.text, sch.text
    u = await deps.store.ensure_user("telegram", "u1", "Runner", NOW)
    await deps.store.add_level_changes(
        u.id, [Change("calves", 4, 3, UP, DAY0 + timedelta(days=2), "easy")], NOW
    )
    day = DAY0 + timedelta(days=2)
    t = FakeTransport()
    svc, clock, _ = make_service(deps, {"telegram": t})
    await run_at(svc, clock, datetime(day.year, day.month, day.day, 7, 1, tzinfo=NOW.tzinfo))
    reminder = next((x for x in t.texts() if "routine for" in x), t.texts())
    assert isinstance(reminder, str), reminder
    [w] = await dispatch(
        request("/workout home", c, datetime(day.year, day.month, day.day, 12, tzinfo=NOW.tzinfo)), deps
    )
    assert reminder.split("\n", 2)[2] == w.text  # the same routine, lead aside
    assert "one leg at a time" in w.text
    built = await build_for(u, deps, NOW)
    assert built is not None
    ics = built[0].decode()
    assert "one leg at a time" in ics.replace("\r\n ", "")
    for n in (0, 1):  # before the change took effect: two-legged
        [before] = await dispatch(request("/workout home", c, at_day(n)), deps)
        assert "one leg" not in before.text


def test_every_level_combination_is_reachable_by_the_rules() -> None:
    # Each group moves one rung at a time through every level, up and down.
    for lv in range(MAX_LEVEL):
        assert decide(lv, [EASY, EASY]) is not None
        assert decide(lv + 1, [HARD]) == (lv, HARD_DOWN, "")
    assert list(itertools.pairwise(range(MAX_LEVEL + 1)))
