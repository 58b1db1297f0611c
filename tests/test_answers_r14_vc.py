"""Round 14 (tuner vc): a goal, a weak spot or a move asked about gets the moves (or the verdict on the
move), not a definition or a why-paragraph."""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


# A kind of training (plyometrics, one-legged work) asked for as a way to a goal: its moves and doses lead.
@pytest.mark.parametrize(
    "message",
    [
        "my push-off feels flat, how do I get more bounce?",
        "want more explosiveness for sprint finishes",
        "jumping drills starter pack for a hockey player pls",
    ],
)
def test_goal_asked_gets_the_jumping_drills(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Start") and "line" in reply and "skipping" in reply, reply
    assert not reply.startswith("Plyometrics are")


@pytest.mark.parametrize(
    "message",
    ["what exactly are plyometrics?", "plyometrics meaning?", "tbh no clue what plyo even is"],
)
def test_what_it_is_still_gets_what_it_is(message: str) -> None:
    assert text(message).startswith("Plyometrics are jumping and bounding drills")


@pytest.mark.parametrize(
    "message",
    [
        "single leg exercises for a hilly trail runner?",
        "one of my legs lags behind the other, which moves?",
        "gimme some one-legged moves for my 10k build",
    ],
)
def test_one_legged_moves_named(message: str) -> None:
    reply = text(message)
    assert "one-legged squat" in reply.lower() and "12–15" in reply, reply
    assert not reply.startswith("Where you can")


# One side weaker, what to do asked in any words: the one-legged plan, weaker leg first.
@pytest.mark.parametrize(
    "message",
    [
        "right leg is way stronger than my left, any tips?",
        "my left glute is lazier than the right, exercises?",
        "my left side feels weak compared with the right, what should I work on?",
    ],
)
def test_one_side_weaker_gets_one_legged_plan(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Work each leg on its own"), reply
    assert "weaker leg first" in reply


def test_uneven_ground_is_not_an_uneven_leg() -> None:
    reply = text("I'm 70 and feel unsteady on uneven ground lately. What would you suggest?")
    assert "weaker leg first" not in reply


# A named move asked "mid or worth it?": the move's verdict, not why runners should lift at all.
@pytest.mark.parametrize(
    "message",
    [
        "step ups mid or actually worth it for runners?",
        "wall squats overrated or actually worth it for runners?",
        "calf raises kinda mid or worth doing for runners honestly?",
    ],
)
def test_move_worth_it_gets_its_verdict(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes"), reply
    assert "/exercise" in reply
    assert "inefficient way" not in reply


# A move dismissed ("a waste of time?", "pointless?"): No, and what it does.
@pytest.mark.parametrize(
    "message",
    [
        "are calf raises a waste of time for runners?",
        "is the hamstring curl a waste of time?",
        "wall squats seem pointless, are they?",
    ],
)
def test_move_dismissed_gets_no(message: str) -> None:
    reply = text(message)
    assert reply.startswith("No, it's a good one"), reply
    assert "Dose:" in reply
