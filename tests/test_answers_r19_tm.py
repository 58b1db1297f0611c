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
