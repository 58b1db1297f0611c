"""Round 10b, tuner ta: weather said in other words, cut back + stop before the race, the answer before
a routine, "is it bad" on the eve of a hard run, a kit limit with an achy knee, one exercise picked."""

from __future__ import annotations

import pytest

from tests.answerutil import text

ROUTINE = "2–3 sets of each"


@pytest.mark.parametrize(
    "message",
    [
        "it's monsoon season here and the trails are shut for weeks. how do I make the most of this time?",
        "roads flood every afternoon so I can't run outside for a while, how do i make the most of this "
        "time?",
        "monsoon's here and the paths are a mess for the next month. how do i make the most of it?",
        "roads flood every time it rains here so running's off for a bit, best way to use this time?",
        "heatwave, 40 degrees, no way I'm running outside. how do I make the most of these weeks?",
        "snowed in till next week lol, how can i make good use of the time",
    ],
)
def test_weather_spell_is_good_use_of_the_time(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Good use of the time: "), reply
    assert "weather" in reply and "15–20-minute" in reply


@pytest.mark.parametrize(
    "message",
    [
        "should I cut back, and when should I stop before the race?",
        "marathon is 8 weeks away. doing heavy squats 3x a week and my legs feel flat for my key workouts. "
        "should i cut back, and when should i stop lifting before the race",
        "lifting 3 times a week and my half is in a month, do i scale it back and when's my last session "
        "before race day",
        "legs are dead in my tempo runs, should i ease off the gym? and how long before the 10k should i "
        "stop lifting",
    ],
)
def test_cut_back_and_when_to_stop_both_answered(message: str) -> None:
    reply = text(message)
    assert reply.startswith(("Yes, cut back: twice a week", "Keep it to twice a week")), reply
    assert "Stop two days before the race" in reply
    assert "Gym kit singles out" not in reply


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        (
            "i only have my lunch break, how long does a strength session need to be to be worth doing",
            "15 to 20",
        ),
        ("got 30 mins on my lunch break, how long does a leg session actually need to be", "15 to 20"),
        (
            "strength sesh is sooo boring ngl, is it legit to just blast music n mix stuff up or do i "
            "need to focus",
            "Music is fine",
        ),
        (
            "leg workouts bore me to tears, can i put music on or do i need to concentrate on the moves",
            "Music is fine",
        ),
        ("I'm 58, balance not great, can I still do single-leg stuff", "Yes, carefully"),
    ],
)
def test_answer_leads_not_a_routine(message: str, lead: str) -> None:
    reply = text(message)
    assert reply.startswith(lead), reply
    assert ROUTINE not in reply


def test_asking_for_a_routine_still_gets_one() -> None:
    assert ROUTINE in text("i need a leg workout for runners")


@pytest.mark.parametrize(
    "message",
    [
        "is it bad to do legs the day before my tempo",
        "is it bad to do legs the day before my tempo run",
        "should i avoid lifting the evening before my track session",
        "is it a bad idea to do a leg session the day before intervals",
    ],
)
def test_is_it_bad_on_the_eve_of_a_hard_run_leads_fine(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Fine"), reply
    assert not reply.startswith("Yes")


def test_ok_on_the_eve_of_a_hard_run_still_yes() -> None:
    assert text("is it ok to do legs the day before my long run").startswith("Yes, the article allows it")


@pytest.mark.parametrize(
    "message",
    [
        "bit of runner's knee i think, no gym, just a chair in my flat - what helps?",
        "knees feel achy, what strength work helps? only equipment is a kitchen chair",
        "knees a bit achy and I only have a chair at home, what can I do",
        "runners knee flaring up, what exercises? I only have a chair",
    ],
)
def test_achy_knee_with_only_a_chair_gets_no_machines_or_hops(message: str) -> None:
    reply = text(message)
    low = reply.lower()
    assert "leg press" not in low and "quadriceps extension" not in low and "hamstring curl" not in low
    assert "line hops" not in low
    assert "one-legged squat" in low or "hamstring push-up" in low
    assert "physio" in low


@pytest.mark.parametrize(
    ("message", "pick"),
    [
        ("if u could only pick 1 leg exercise for runners wat would it be", "The one-legged squat"),
        ("if u could only pick 1 leg exercise", "The one-legged squat"),
        ("if you had to choose just one exercise for my calves which one", "The calf raise"),
        ("only allowed one move for the glutes, what is it", "The bridge"),
    ],
)
def test_one_exercise_picked(message: str, pick: str) -> None:
    reply = text(message)
    assert reply.startswith(pick), reply
    assert reply.count("\n") <= 2
