"""Round 19 tuner tm: multi-part asks, constraints kept, the article's verdicts right."""

from __future__ import annotations

import pytest

import content


def _text(question: str) -> str:
    return content.answer(question).text


# Knees past the toes: the article says don't, whatever the move, the typo or the way it's asked.
@pytest.mark.parametrize(
    "question",
    [
        "in a squat should my knees go beyond my toes?",
        "wall sqaut is it ok if my knes go past my toez?",
        "on wall squats is it fine if my knees go past my toes?",
        "lunges: can my knees go over my toes?",
    ],
)
def test_knees_past_toes_is_a_no(question: str) -> None:
    text = _text(question)
    assert text.startswith("No"), text
    assert "in front of your toes" in text
    assert "Yes, done pain-free" not in text


# "X is literally just a treadmill": the kit told (no comparison of "literally" and "treadmill"), so the
# moves are the treadmill's and the body's, with no machines the runner hasn't got.
@pytest.mark.parametrize(
    "question",
    [
        "hotel gym is literally just a treadmill. anything useful I can do for strength?",
        "my work gym is really just a treadmill, anything I can do for my legs?",
        "the hotel gym is honestly just a treadmill, what can I do for leg strength?",
    ],
)
def test_gym_that_is_only_a_treadmill(question: str) -> None:
    text = _text(question)
    assert "difference" not in text.lower()
    assert "Treadmill" in text and "5–10%" in text
    for machine in ("Leg press", "Hamstring curl", "Quadriceps extension", "dumbbell"):
        assert machine not in text, text


def test_is_x_basically_a_y_still_compares() -> None:
    text = _text("is a one-legged squat basically just a lunge?")
    assert "One-legged squat" in text and "Lunge" in text


# Standing only: no move on the floor in the plan, nor in the injury lead before it.
@pytest.mark.parametrize(
    "question",
    [
        "I'm 70 with a stiff back and getting down on the floor is a real faff. What can I do for my legs "
        "standing up?",
        "I've got bad knees and can't kneel or lie down easily. Which leg exercises can I do while standing?",
        "what leg exercises can I do standing up?",
    ],
)
def test_standing_only_keeps_off_the_floor(question: str) -> None:
    text = _text(question)
    assert "nothing on the floor" in text
    assert "Calf raise" in text
    for floor_move in ("Bridge", "Hamstring push-up", "hamstring push-up"):
        assert floor_move not in text, text


# "For hill reps how many should I do, and am I meant to...?": a framed ask without its comma, then a
# second ask: both answered, in order.
@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "For hill reps how many should I do, and am I meant to sprint back down too?",
            "5–8",
            "jog gently back down",
        ),
        ("for step ups how high should the box be, and do I alternate legs?", "knee height", "switching"),
        ("for hill repeats how steep should it be, and do I run back down fast?", "5–10%", "back down"),
    ],
)
def test_framed_ask_then_a_second(question: str, first: str, second: str) -> None:
    text = _text(question)
    assert first in text and second in text, text
    assert text.index(first) < text.index(second)


# "..., and if I've got no weights how do I...?": the conditional second ask split even with an apostrophe.
@pytest.mark.parametrize(
    ("question", "second"),
    [
        (
            "Can I add weight to calf raises, and if I've got no weights how do I make them harder?",
            "one-legged",
        ),
        ("can I hold dumbbells for lunges, and if I don't have any what do I do?", "No dumbbells?"),
        (
            "can I do calf raises with dumbbells, and if I don't own any how do I make them harder?",
            "one-legged",
        ),
    ],
)
def test_yes_then_the_conditional_ask(question: str, second: str) -> None:
    text = _text(question)
    assert text.startswith("Yes"), text
    assert second in text


# "Anything to avoid for my knees?" asked of the wall squat: its own knee cue, not the general rules.
@pytest.mark.parametrize(
    "question",
    [
        "wall squats with a ball - where do my feet go, how low, and is there anything to avoid for "
        "my knees?",
        "wall squats: how many, and anything I should avoid for my knees?",
        "wall squat with a ball, how low do I go and what should I avoid with my knees?",
    ],
)
def test_wall_squat_knee_cue(question: str) -> None:
    text = _text(question)
    assert "in front of your toes" in text, text
    assert "never hold your breath" not in text
