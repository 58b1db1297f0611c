"""Round 10c (te): injury readings. A pain-free runner back from a strain is not told to stop; a
GP-cleared new mother is not read as pregnant; numbness leads with stop and the doctor or physio;
osteoporosis gets the doctor's OK before hopping; recurring niggles get the imbalance answer."""

from __future__ import annotations

import pytest

from tests.answerutil import text


@pytest.mark.parametrize(
    "message",
    [
        "after my calf strain I feel one leg much weaker than other. Now I run again without pain. What now?",
        "had a calf strain in the spring, running pain free now but that calf tires way quicker. what to do",
        "after my ankle sprain i'm back running with no pain but it feels wobbly",
        "since my hamstring tear my left leg feels weaker, its pain free now, how do i even it out",
    ],
)
def test_pain_free_after_a_strain_is_not_told_to_stop(message: str) -> None:
    reply = text(message)
    assert not reply.startswith(("Stop", "Not yet")), reply


@pytest.mark.parametrize(
    "message",
    [
        "after my calf strain it hurts when i run, what do i do",
        "since my quad strain i'm back running but it still twinges, what now",
    ],
)
def test_still_hurting_after_a_strain_keeps_the_stop(message: str) -> None:
    assert text(message).startswith("Stop and rest"), text(message)


def test_cleared_new_mother_is_not_read_as_pregnant() -> None:
    reply = text(
        "my baby is 7 months now and my GP has cleared me to exercise again. before i got pregnant i did "
        "parkrun most weeks. i only really get the nap time, maybe 20 mins, and i'm at home. what leg "
        "exercises should i start with?"
    )
    assert "while pregnant" not in reply, reply
    assert "One-legged squat" in reply or "Bridge" in reply, reply
    assert "training while pregnant" in text("im 20 weeks pregnant, can i still do squats").lower()


@pytest.mark.parametrize(
    ("message", "start"),
    [
        ("my foot goes numb on long runs, should i keep going?", "No: stop"),
        ("toes went numb on my long run, what causes that", "Stop the exercise"),
        ("numbness in my toes after running, what exercises?", "Stop the exercise"),
        (
            "my foot went numb and tingly after box jumps and its still like that",
            "Stop and get it checked today",
        ),
        ("toes numb after long run, isnt wearing off", "Stop and get it checked today"),
    ],
)
def test_numbness_leads_with_stop_and_the_professional(message: str, start: str) -> None:
    reply = text(message)
    assert reply.startswith(start), reply
    first = reply.split(":")[0] if start.startswith("Stop") else reply.split(";")[0]
    assert "doctor" in first or "urgent care" in first, reply


@pytest.mark.parametrize(
    "message",
    [
        "I have osteoporosis, are the hopping drills safe",
        "osteopenia here (58F) - can i do box jumps or skipping?",
        "brittle bones runner, plyos yes or no",
        "low bone density, are line hops ok for me",
    ],
)
def test_osteoporosis_and_hops_asks_the_doctor_first(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Check with your doctor or physio first"), reply


def test_osteoporosis_strength_work_is_usually_fine_with_the_doctor() -> None:
    reply = text("my doctor says my bone density is low. is strength training ok for me?")
    assert reply.startswith("Usually yes, with your doctor's OK"), reply


def test_snap_before_a_race_says_no_racing() -> None:
    reply = text(
        "first marathon in 3 weeks and i just heard a snap at the back of my ankle, can't go up on my toes. "
        "please tell me i can still race"
    )
    assert reply.startswith("Stop now"), reply
    assert "racing until a doctor or physio clears you" in reply, reply


@pytest.mark.parametrize(
    "message",
    [
        "seem to get a new niggle every few months - knee, then hip, then foot. is that strength related?",
        "i keep picking up niggles, calf then knee then hip. would lifting help?",
    ],
)
def test_recurring_niggles_get_the_imbalance_verdict(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes, it can"), reply
    assert "imbalance" in reply, reply


@pytest.mark.parametrize(
    ("message", "fix"),
    [
        ("my knee complains a little on wall squats", "behind your toes"),
        ("knees are moaning on the leg press lately", "locking"),
        ("my knee isnt happy during lunges, normal?", "90°"),
        ("lower back complains a bit when i do bridges", "straight line"),
    ],
)
def test_a_joint_that_complains_on_one_move_gets_its_fix(message: str, fix: str) -> None:
    reply = text(message)
    assert fix in reply and "physio" in reply, reply


def test_why_muscle_helps_creaky_tendons_gets_the_why() -> None:
    reply = text(
        "My knees and Achilles have been creaky for years. Why would building muscle help my tendons?"
    )
    assert reply.startswith("Because stronger muscles steady your joints"), reply
    assert text("my achilles hurts, why would calf raises help it").startswith("Achilles tendon pain isn't")
