"""Round 10b, tuner tb: a healed injury's build-back ask gets the way back (not a muscle's role or one
move's card); a "worth bothering?" the plan's "Yes." answered is not answered twice; a bare "why should I
care" after a "why" ask leans on it; the older-runner note not said twice (own wordings)."""

from __future__ import annotations

import pytest

from tests.answerutil import text as answer


@pytest.mark.parametrize(
    "message",
    [
        "Pulled my hamstring last year, healed, how do I build it back up",
        "tweaked my hamstring in the summer, it's fine now, how do i strengthen it back up safely",
        "Coming back from achilles tendinitis, are calf raises ok",
        "groin strain last season, physio cleared me, how do i build back into lunges",
    ],
)
def test_build_back_after_healed_injury(message: str) -> None:
    reply = answer(message)
    assert "build up" in reply or "Build up" in reply, reply
    assert "In running, as your body travels forward" not in reply
    assert "Pause there for a couple of seconds" not in reply  # no broken card fragment


def test_which_exercises_after_cleared_injury_still_answered() -> None:
    reply = answer("back from a stress reaction, cleared; which exercises target the hips?")
    assert "For the hips:" in reply


@pytest.mark.parametrize(
    "message",
    [
        "only a 3kg pair of dumbbells, worth bothering?",
        "just a resistance band at home, is it even worth it?",
        "only have one 4kg kettlebell, worth bothering?",
        "just a pair of 1kg ankle weights, is that worth using at all?",
    ],
)
def test_worth_it_answered_once_by_the_plan(message: str) -> None:
    reply = answer(message)
    assert "\n\n" not in reply.split("\nTry one:")[0], reply
    assert "Running builds endurance but" not in reply
    assert "Because running builds endurance" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "why are hips neglected and why should I care",
        "why does nobody train their calves and why should i bother",
        "why are glutes so weak in runners and why does it matter",
        "why do the hip muscles get neglected and why should i care",
    ],
)
def test_bare_why_care_leans_on_the_first_ask(message: str) -> None:
    reply = answer(message)
    assert reply.startswith("Because")
    assert "Because running builds endurance" not in reply
    assert reply.count("Because") == 1, reply


@pytest.mark.parametrize(
    "message",
    [
        "im 70 is it to late to start leg wieghts",
        "im 67, am i too old to start lifting?",
        "im 72, is it too late to get stronger legs",
        "at 65 am i too old to start squats",
    ],
)
def test_older_note_said_once(message: str) -> None:
    assert answer(message).count("doesn't single out older runners") <= 1


def test_plan_then_verdict_in_the_order_asked() -> None:
    reply = answer("what should I do with 20 min, and would it help my balance?")
    assert reply.index("20 minutes") < reply.index("Yes.")
