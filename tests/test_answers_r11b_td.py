"""Round 11 pass 2 (td): verdicts first for breath-holding, hills vs treadmill, wall vs one-legged
squat, and timing around a test or race weeks away."""

from __future__ import annotations

import pytest

from tests.answerutil import text


@pytest.mark.parametrize(
    "q",
    [
        "should i hold my breath when i lift heavy? someone said it keeps you stable",
        "is it ok to hold my breath when lifting heavy weights",
        "when I go heavy do I hold my breath to brace?",
    ],
)
def test_breath_holding_is_a_no(q: str) -> None:
    t = text(q)
    assert t.startswith(("No", "Never"))
    assert "never hold your breath" in t.lower()
    assert "Heavier is fine" not in t


@pytest.mark.parametrize(
    "q",
    [
        "hills or treadmill when its icy out?",
        "hill reps outside or treadmill incline when its 35 degrees out?",
        "real hills or the treadmill incline in this heat?",
    ],
)
def test_weather_picks_the_treadmill(q: str) -> None:
    t = text(q)
    assert t.startswith("The treadmill")
    assert "5–10%" in t


@pytest.mark.parametrize(
    "q",
    [
        "how steep should the hill or treadmill incline be",
        "what gradient for hills or the treadmill?",
        "how much incline on a hill or treadmill for repeats",
    ],
)
def test_grade_first(q: str) -> None:
    t = text(q)
    assert t.startswith("A 5–10% grade")
    assert "version of the" not in t


@pytest.mark.parametrize(
    "q",
    [
        "hill sprints outside or the treadmill, which is better?",
        "real hills vs treadmill incline, is one better",
        "hill repeats outside or on a treadmill incline",
    ],
)
def test_hill_or_treadmill_either(q: str) -> None:
    t = text(q)
    assert t.startswith("Either works")
    assert "Both work: the treadmill incline is a version" not in t


@pytest.mark.parametrize(
    "q",
    [
        "wall squat with the ball or the one leg squat, which should a heavier beginner start with",
        "never done squats, wall squat or single leg squat first?",
        "total newbie: one legged squats or wall squats to start?",
    ],
)
def test_beginner_starts_on_the_wall_squat(q: str) -> None:
    t = text(q)
    assert t.startswith("The wall squat first")
    assert "one-legged squat" in t


def test_runners_still_get_the_one_legged_edge() -> None:
    assert text("wall squat with ball or one legged squat, which is better for runners?").startswith(
        "The one-legged squat has the edge"
    )


@pytest.mark.parametrize(
    "q",
    [
        "Should I still do leg work in the week of my police fitness test?",
        "do I lift the week of my army fitness test",
        "can I keep doing legs in the week before my football trial?",
    ],
)
def test_test_week(q: str) -> None:
    t = text(q)
    assert t.startswith("Yes")
    assert "light and familiar" in t
    assert "day before the" in t
    assert "Twice a week, sometimes three" not in t


@pytest.mark.parametrize(
    "q",
    [
        "police test in 8 weeks. should i even bother with strength this close",
        "fitness test in 5 weeks, do I keep doing legs?",
        "my 10k is 6 weeks away, is strength still worth it?",
    ],
)
def test_event_weeks_away_keep_going(q: str) -> None:
    t = text(q)
    assert t.startswith("Yes")
    assert "week off" not in t


def test_stop_lifting_before_selection() -> None:
    t = text("selection is 3 weeks away, should I stop lifting?")
    assert t.startswith("Don't stop")
    assert "day before the selection" in t


def test_weeks_done_still_get_the_week_off() -> None:
    t = text("Ive lifted 6 weeks straight, time for a break?")
    assert t.startswith("Yes")
    assert "week off" in t


@pytest.mark.parametrize(
    "q",
    [
        "should I keep lifting heavy or switch to high rep?",
        "stay heavy or go to higher reps now im marathon training?",
        "heavy squats or high rep squats for a 10k runner?",
    ],
)
def test_heavy_or_high_reps_verdict_first(q: str) -> None:
    t = text(q)
    assert t.startswith("The heavier side, within limits")
    assert "12–15" in t


@pytest.mark.parametrize(
    "q",
    [
        "how many hill reps when my legs are dead",
        "how many calf raises if my legs are already cooked from a long run",
        "how many hill repeats should I do, my legs are sore from yesterday",
    ],
)
def test_tired_legs_get_the_low_end(q: str) -> None:
    t = text(q)
    assert "is the usual range" in t.split("\n")[0]
    assert "low end" in t
