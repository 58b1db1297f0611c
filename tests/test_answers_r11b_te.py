"""Round 11 pass 2 (te): heat illness and a chest that only gets tight get safety replies that fit;
old injuries and first-session soreness get the answer first."""

from __future__ import annotations

import pytest

from tests.answerutil import text


@pytest.mark.parametrize(
    "message",
    [
        "ran at lunch in 40 degree heat, got confused and stopped sweating, feel really off now",
        "did intervals in humid weather, felt confused and dizzy after",
        "long run in the sunshine, stopped sweating and now im all confused",
    ],
)
def test_heat_stroke_signs_call_emergency_services_and_cooling(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Stop and call emergency services"), reply
    assert "heat stroke" in reply and "cool" in reply, reply


@pytest.mark.parametrize(
    "message",
    [
        "long run in the sun today, headache and feel sick now",
        "did a run in 35 degrees and now im dizzy",
        "hot humid tempo this morning, feeling really rough and nauseous since",
        "think i got sunstroke on my long run, what do i do",
    ],
)
def test_milder_heat_signs_cool_down_first_then_a_doctor(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Stop and cool down now"), reply
    assert "doctor" in reply and "emergency services" in reply, reply


@pytest.mark.parametrize(
    "message",
    ["is it ok to do squats in hot weather", "im confused about how many squats to do in summer"],
)
def test_heat_words_alone_are_not_heat_illness(message: str) -> None:
    assert "heat stroke" not in text(message) and "cool down now" not in text(message)


@pytest.mark.parametrize(
    "message",
    [
        "my chest gets tight running in cold air",
        "tight chest after sprints in the cold",
        "chest tightens and i wheeze on frosty winter runs, should i stop strength work?",
    ],
)
def test_tight_chest_without_alarm_signs_gets_a_doctor_soon(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Stop running when it comes on"), reply
    assert "see a doctor soon" in reply and "asthma" in reply, reply
    assert "call emergency services (999, 911 or 112) straight away if" in reply.lower(), reply


@pytest.mark.parametrize(
    "message",
    [
        "chest tight and pain going down my left arm",
        "got dizzy and my chest went tight halfway through lunges",
        "chest went tight and painful on hill reps, still feels weird",
    ],
)
def test_tight_chest_with_alarm_signs_calls_emergency_services(message: str) -> None:
    assert text(message).startswith("Stop exercising now and call emergency services"), text(message)


@pytest.mark.parametrize(
    "message",
    ["my chest muscles feel tight after push ups", "pecs sore from bench yesterday, can i still run"],
)
def test_chest_muscles_sore_after_a_workout_are_not_a_chest_alarm(message: str) -> None:
    reply = text(message)
    assert "emergency services" not in reply and "see a doctor" not in reply, reply


@pytest.mark.parametrize(
    "message",
    [
        "fell on a descent this morning, ankle is huge and going purple. running again next week ok?",
        "my knee is massive after a fall, can I train tomorrow",
        "my ankle has gone twice the size, can i still do calf raises",
    ],
)
def test_swelling_told_by_size_or_colour_leads_with_rest_and_a_professional(message: str) -> None:
    """Held-out test18-116 ("ankle is huge and going purple") got the recovery-week answer."""
    head = text(message).split("\n")[0]
    assert ("Stop" in head or "rest" in head) and ("doctor" in head or "physio" in head), head


def test_big_muscles_from_lifting_are_not_swelling() -> None:
    assert "doctor" not in text("my quads are huge now from squats, is that bad for running")
