"""Round 13 (tuner ua): short messages, slang, typos, yes/no and how-many asks get the basic answer."""

from __future__ import annotations

import pytest

from tests.answerutil import text

pytestmark = pytest.mark.dateless

OFF = "I only know leg strength for runners"


@pytest.mark.parametrize(
    "q",
    ["hamstrng push up how do i even do it", "hammy pushup form pls", "hamstirng pushups, how??"],
)
def test_hamstring_move_typo_is_the_move(q: str) -> None:
    t = text(q)
    assert t.startswith("Hamstring push-up"), t
    assert OFF not in t


@pytest.mark.parametrize(
    "q",
    [
        "could u make me a diet plan for my half marathon block",
        "need a nutrition plan for race week pls",
        "what should my macros look like on lifting days",
    ],
)
def test_food_plans_declined(q: str) -> None:
    assert text(q).startswith(OFF)


@pytest.mark.parametrize(
    "q", ["can you write me an upper body plan as well", "give me a chest and arms routine"]
)
def test_upper_body_plans_declined(q: str) -> None:
    assert text(q).startswith("Upper-body training isn't something I cover")


@pytest.mark.parametrize(
    "q",
    [
        "how many hill reps r enough",
        "hill sprints, how many are enough to count?",
        "how many uphill repeats is enough",
    ],
)
def test_how_many_beats_enough_verdict(q: str) -> None:
    t = text(q)
    assert "5–8" in t.split("\n")[0], t
    assert not t.startswith("Not on its own"), t


def test_enough_alone_keeps_its_verdict() -> None:
    assert text("are hills enough on their own?").startswith("Not on its own")


@pytest.mark.parametrize(
    "q",
    [
        "should i only lift in winter?",
        "is leg work just for the off season or all year",
        "is lifting only for when it's icy in winter",
    ],
)
def test_only_season_ask_is_no(q: str) -> None:
    t = text(q)
    assert t.startswith("No"), t
    assert "all year" in t


def test_if_i_only_run_is_not_an_only_ask() -> None:
    assert text("can i do leg exercises if im only running 3 days a week").startswith("Yes")


@pytest.mark.parametrize(
    "q",
    [
        "is hill running good for strength or is it just cardio",
        "do hills actually build strength or just fitness",
        "r hill reps good for strenght or just cardo",
    ],
)
def test_hills_strength_or_cardio_picks_strength(q: str) -> None:
    t = text(q)
    assert t.startswith("Strength work, not just cardio"), t


@pytest.mark.parametrize(
    "q",
    [
        "yo will leg day make me slow or nah",
        "ayy does lifting slow u down af",
        "yo will squats make me slower fr?",
    ],
)
def test_slow_worry_with_greeting_is_no(q: str) -> None:
    t = text(q)
    assert t.startswith("No"), t
    assert "•" not in t


@pytest.mark.parametrize(
    "q",
    [
        "hill sprints are kinda mid, can i skip them and just do lunges",
        "ngl hills r mid, ok to skip em if i squat instead?",
        "can i skip hill reps if i do step ups instead",
    ],
)
def test_skip_verb_is_not_the_drill(q: str) -> None:
    t = text(q)
    assert "Skipping" not in t, t
    assert "hill" in t.lower()


def test_skipping_drill_still_the_drill() -> None:
    assert "Skipping" in text("how do i do skipping")


@pytest.mark.parametrize(
    "q",
    [
        "want a parkrun PB, whats the move for my legs",
        "which leg exercises make you faster",
        "what should i do to get quicker over 10k",
    ],
)
def test_speed_goal_wants_moves(q: str) -> None:
    t = text(q)
    assert "plyometrics" in t and "hill repeats" in t, t


@pytest.mark.parametrize(
    "q",
    [
        "any quad gainz tips",
        "calf strength tips?",
        "my glutes are weak af, fix?",
    ],
)
def test_muscle_tips_and_fix_want_moves(q: str) -> None:
    t = text(q)
    assert t.split("\n")[0].count(",") >= 1 and ("Exercises" in t or "exercises" in t or "For the" in t), t


@pytest.mark.parametrize(
    "q",
    [
        "my quads are huge but my hamstrings are weak, what do i do",
        "calves fine, glutes puny. fix?",
        "quads r stacked but hammies are noodles, help",
    ],
)
def test_lagging_group_gets_its_exercises(q: str) -> None:
    t = text(q)
    assert not t.startswith("Aim for all-round development"), t
    assert "hamstring" in t.lower() or "bridge" in t.lower(), t


@pytest.mark.parametrize(
    "q",
    [
        "got 10 mins before work, whats the most useful leg stuff to do",
        "15 minutes at lunch - what are the most effective exercises i can squeeze in",
        "only have 12 minutes, what's the best leg stuff?",
    ],
)
def test_time_told_most_useful_gets_a_routine(q: str) -> None:
    t = text(q)
    assert "•" in t, t


@pytest.mark.parametrize(
    "q",
    ["how deep do i go on split squats", "split squat depth?", "bulgarians, how far down should i go"],
)
def test_split_squat_depth_leads(q: str) -> None:
    t = text(q)
    assert "90°" in t.split(".")[0], t


@pytest.mark.parametrize(
    "q",
    [
        "my butt is asleep on long runs, how do i wake my glutes up",
        "hammies feel dead when i run ngl, how do i wake em up",
        "glutes not firing, how to switch them on?",
    ],
)
def test_waking_a_muscle_is_strengthening_it(q: str) -> None:
    t = text(q)
    assert "soreness" not in t.lower(), t
    assert "bridge" in t.lower() or "hamstring push-up" in t.lower(), t


@pytest.mark.parametrize(
    "q",
    [
        "lowkey scared lunges will make my legs bulky",
        "worried heavy squats gonna make me slow",
        "nervous that leg day makes me slower tbh",
    ],
)
def test_bulk_worry_told_not_asked(q: str) -> None:
    t = text(q)
    assert "won't bulk you up or slow you down" in t, t


@pytest.mark.parametrize(
    "q",
    [
        "is leg day even good for me",
        "should i do strength work or nah",
        "is weight training actually good for runners or nah",
    ],
)
def test_is_leg_day_good_for_me_is_yes(q: str) -> None:
    t = text(q)
    assert t.startswith("Yes"), t
