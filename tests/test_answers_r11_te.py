"""Round 11 (te): heart-attack and stroke signs call for emergency services now; chest signs that
have passed get a doctor today first."""

from __future__ import annotations

import pytest

from tests.answerutil import text


@pytest.mark.parametrize(
    "message",
    [
        "MY HEART IS RACING AND MY LEFT ARM WENT NUMB AFTER HILL REPS 😰😰",
        "jaw and left arm aching after intervals, heart pounding",
        "got a crushing pain in my chest on the leg press",
    ],
)
def test_heart_attack_signs_call_emergency_services(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Stop exercising now and call emergency services"), reply
    assert "heart" in reply and "stroke" not in reply, reply


@pytest.mark.parametrize(
    "message",
    [
        "half my face felt droopy and my words came out slurred after the long run",
        "my right arm and leg went weak and numb suddenly during squats",
        "sudden worst headache of my life during heavy squats",
    ],
)
def test_stroke_signs_call_emergency_services(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Stop exercising now and call emergency services"), reply
    assert "stroke" in reply, reply


@pytest.mark.parametrize(
    "message",
    [
        "chest pain on the hill repeats today, went away after i stopped, do i keep going tmrw",
        "chest got tight on my tempo run but it settled after a few minutes, run tomorrow?",
        "my chest hurt during squats, feel a bit better now, is it ok to train",
    ],
)
def test_chest_signs_that_passed_get_a_doctor_today_then_emergency_if_back(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Stop training and see a doctor today"), reply
    assert "emergency services" in reply, reply


@pytest.mark.parametrize(
    "message",
    [
        "my left arm goes numb when I hold dumbbells for lunges",
        "heart was racing on the hill, settled after a minute, is that ok?",
        "I fainted once years ago as a kid, can I still lift?",
    ],
)
def test_no_emergency_without_heart_or_stroke_signs(message: str) -> None:
    assert "emergency services (999" not in text(message).split(".")[0], text(message)


@pytest.mark.parametrize(
    ("message", "move"),
    [
        ("had ACL surgery years ago from football, fully cleared, is it ok to lunge", "lunges"),
        (
            "torn my MCL two years ago, physio cleared me ages back. is it safe to do lunges with dumbbells",
            "lunges",
        ),
        ("old achilles rupture, fully healed and cleared, are calf raises safe for me", "calf raises"),
    ],
)
def test_cleared_old_injury_gets_a_yes_on_the_move_asked(message: str, move: str) -> None:
    reply = text(message)
    assert reply.startswith(f"Yes, generally, once you're cleared: {move}"), reply
    assert "physio" in reply and "Stop if it hurts" in reply, reply


def test_cleared_old_knee_injury_gets_the_knee_cues() -> None:
    reply = text("had ACL surgery years ago from football, fully cleared, is it ok to lunge")
    assert "90°" in reply and "toes" in reply, reply


@pytest.mark.parametrize(
    "message",
    [
        "I'm 52 and never lifted before, anything I should keep in mind?",
        "im 58 and never lifted before, anything i need to do different",
        "just turned 61, total beginner with weights. any tips?",
        "I'm 55 and new to the gym, what should I know before I start?",
    ],
)
def test_older_beginner_gets_the_honest_age_answer(message: str) -> None:
    reply = text(message)
    assert reply.startswith(("Mostly the same as anyone", "Not much, just done gently")), reply
    assert "no separate rules for age" in reply and "slow and controlled" in reply, reply
    assert "Warm up" in reply and "comfortable" in reply, reply


def test_older_beginner_asking_what_to_start_with_gets_a_routine() -> None:
    reply = text("I'm 52 and a complete beginner at strength training, where do I start?")
    assert "no separate rules for age" not in reply, reply
    assert "12–15 reps" in reply, reply


@pytest.mark.parametrize(
    "message",
    [
        "calf cramped at mile 10, still hurts to walk",
        "my calf cramped up badly during my long run yesterday and it's still sore walking",
        "hamstring cramped at the end of my race and it's still tender two days later",
    ],
)
def test_a_cramp_that_lingers_gets_rest_and_a_physio_not_the_tear_reply(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Rest it"), reply
    assert "physio" in reply.split(":")[0], reply
    assert "snap or pop" not in reply and "cross-training" not in reply, reply


def test_a_cramp_with_a_pop_stays_severe() -> None:
    assert text("calf cramped and I felt a pop, can't walk").startswith("Stop now"), text(
        "calf cramped and I felt a pop, can't walk"
    )


@pytest.mark.parametrize(
    ("message", "lead", "cue"),
    [
        ("knee goes achy going down stairs after long runs, can i still do step ups", "step-ups", "low step"),
        ("my knees ache after long runs, is the leg press ok?", "the leg press", "90°"),
        ("knee gets sore after my long runs, can I still do squats", "squats", "90°"),
    ],
)
def test_a_knee_aching_from_running_gets_yes_with_the_moves_knee_cues(
    message: str, lead: str, cue: str
) -> None:
    reply = text(message)
    assert reply.startswith(f"Usually yes, {lead}"), reply
    assert cue in reply and "physio" in reply and "pain-free" in reply, reply


@pytest.mark.parametrize(
    "message",
    ["my knee collapsed inward on squats, is my form bad", "my knees collapse in on step ups, why"],
)
def test_a_joint_collapsing_inward_is_form_not_a_red_flag(message: str) -> None:
    reply = text(message)
    assert not reply.startswith("Stop exercising now"), reply


def test_the_runner_collapsing_is_still_an_emergency() -> None:
    assert "emergency services" in text("I collapsed at the finish line of my half").split(":")[0]
