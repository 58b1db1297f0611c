"""Round 13 (ub): long messages and the constraints they tell (kit, body, schedule, goal) shape the
answer to their ask. Wordings are our own, not the blind set's."""

from __future__ import annotations

import pytest

from tests.answerutil import text

pytestmark = pytest.mark.dateless


@pytest.mark.parametrize(
    "message",
    [
        "Leg sessions bore me stiff and I always give up after a couple of weeks, even though my shins "
        "keep getting sore. Any tips to stick with it this time?",
        "I find lifting so dull, I quit after three weeks every single time, but I keep getting little "
        "injuries so I need it. How do I keep it up?",
        "Gym work is tedious for me and I never stick at it for more than a fortnight. My knees ache "
        "now and then so I know I should. Any tips for staying motivated?",
    ],
)
def test_tips_to_stick_with_it_answered_though_a_niggle_is_told(message: str) -> None:
    reply = text(message)
    assert "music" in reply and "15 to 20 minutes" in reply
    assert "imbalance" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "I race 100m in the veterans category. Once I'm moving I'm fine but my start out of the blocks is "
        "slow. What leg training would sharpen my first 10 metres?",
        "Club sprinter, 200m. My acceleration phase is weak compared with my top end. Which leg work "
        "should I focus on?",
        "I'm 45 and do masters sprints; my block starts are getting sluggish. What should I add in the gym?",
    ],
)
def test_a_sprint_start_gets_explosive_work(message: str) -> None:
    reply = text(message)
    assert "plyometrics" in reply.lower() and "line hops" in reply
    assert "fewer reps" in reply


@pytest.mark.parametrize(
    "message",
    [
        "I can't have a bar across my shoulders because of a bulging disc. What can I do for my legs?",
        "Back squats are out for me (old lumbar injury). Which leg exercises are left?",
        "Physio says no barbell squats for my back. What are my options for leg strength?",
    ],
)
def test_no_bar_on_the_back_gets_the_options(message: str) -> None:
    reply = text(message)
    assert "leg press" in reply.lower() and "one-legged squat" in reply.lower()
    assert "learn the big lifts" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "I'm six months pregnant and my midwife says I can keep training. I shouldn't lie on my back "
        "any more. Which leg exercises can I still do?",
        "Currently pregnant (second trimester), doctor cleared me for light strength work. What moves "
        "can I do that aren't on my back?",
        "I'm pregnant and my GP okayed exercise. What leg exercises are fine for me now?",
    ],
)
def test_pregnant_and_asking_which_exercises_names_standing_moves(message: str) -> None:
    reply = text(message)
    assert "calf raises" in reply and "step-ups" in reply
    assert "on your back" in reply


@pytest.mark.parametrize(
    ("message", "kit_line"),
    [
        (
            "The gym in my block only has a treadmill and a bench. Anything useful I can do for my legs?",
            "bench",
        ),
        ("All I've got is a mini band and a mat at home. What routine can I do?", "band"),
        (
            "I'm a paramedic; at the station there's a leg press and a couple of dumbbells, and I run on "
            "my days off. How do I fit in leg strength?",
            "Leg press",
        ),
    ],
)
def test_the_kit_told_shapes_the_moves(message: str, kit_line: str) -> None:
    reply = text(message)
    assert "• " in reply and kit_line in reply
    assert "Bench step-up (a knee-high step or bench)" not in reply


def test_on_shift_kit_keeps_the_days_off_for_runs() -> None:
    reply = text(
        "Nurse on long shifts; the hospital gym has a leg press and dumbbells and I can use them on shift. "
        "I run on my days off. How do I fit strength in?"
    )
    assert "days off for the runs" in reply


@pytest.mark.parametrize(
    ("message", "day"),
    [
        (
            "My mate does bodybuilding and I train with him Wednesdays: heavy sets of 4. Thursday is my "
            "track session and my legs feel dead. What should I change?",
            "Wednesday",
        ),
        (
            "Doing 5x5 squats every Friday. Saturday is my long run and my legs are wrecked. "
            "What am I doing wrong?",
            "Friday",
        ),
        (
            "Heavy deadlifts on Sundays with my brother. Monday is intervals and I'm always flat. "
            "Any advice?",
            "Sunday",
        ),
    ],
)
def test_heavy_lifting_the_day_before_a_hard_run_moves_and_lightens(message: str, day: str) -> None:
    reply = text(message)
    assert f"Move {day}'s session" in reply
    assert "12–15 reps" in reply


@pytest.mark.parametrize(
    "message",
    [
        "Duathlete: the bike has given me big quads but I think my hamstrings and glutes lag. What would you "
        "prioritise in a 20 minute session?",
        "my quads are strong from skiing, hamstrings lag. what exercises should I focus on?",
        "Cycling gave me strong quads, but my hamstrings and glutes lag. What would you prioritise in a 15 "
        "minute session?",
    ],
)
def test_the_muscle_told_lagging_leads_not_the_strong_one(message: str) -> None:
    reply = text(message)
    first = reply.split("\n")[0]
    assert "hamstring" in first.lower()
    assert not first.startswith(("For your glutes and quads", "For the quads", "For your quads"))


@pytest.mark.parametrize(
    "message",
    [
        "Our club has a sprint group and a distance group sharing one gym hour on Thursdays. How should we "
        "structure it?",
        "I run a junior team: some sprinters, some cross country kids. What would you put in a 30 minute "
        "strength session for both?",
        "Coaching a school squad of sprinters and 1500 runners with one weights room slot a week. "
        "What should I programme?",
    ],
)
def test_two_groups_in_one_squad_each_get_a_line(message: str) -> None:
    reply = text(message)
    assert "• Sprinters" in reply and "• Distance group" in reply


@pytest.mark.parametrize(
    "message",
    [
        "Got no ankle weights, only a resistance band. Could I still do the hip lifts lying on my side?",
        "I don't have ankle weights but I've got a resistance band, what else works for my hips?",
        "hip strengtheners need ankle weights but I don't have any, only a mini band. other options?",
    ],
)
def test_the_band_told_is_the_hip_lifts_resistance(message: str) -> None:
    reply = text(message)
    assert "band round both ankles" in reply


@pytest.mark.parametrize(
    "message",
    [
        "got 12 minutes tops after the kids' bedtime, most useful leg stuff to do?",
        "I've got 10 min tops on weekday mornings. Best bang for buck leg exercises?",
        "8 minutes max on my lunch break. What are the most useful leg moves to cram in?",
    ],
)
def test_a_short_time_told_gets_a_short_routine(message: str) -> None:
    reply = text(message)
    assert reply.count("• ") >= 3 and "still helps" in reply
