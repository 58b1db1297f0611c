"""Round 14 (tuner wa): stock lines and timing rules (run first, no strength on a hard-run day, how
often) that answered a question nobody asked, why-questions, and short follow-ups that lost the chat's
topic."""

from __future__ import annotations

import pytest
from answerutil import after, text

pytestmark = pytest.mark.dateless

_HARD_DAY = "not on a hard-run day"
_DONT_PAIR = "Don't pair a strength session"
_RUN_FIRST = "Run first, then strength"


@pytest.mark.parametrize(
    "message",
    [
        "thinking of doing hill reps to build strength, good idea?",
        "should I throw in some hill sprints for more leg power?",
        "would hill sprints help build my leg strength?",
    ],
)
def test_hills_as_the_strength_work_are_not_a_hard_run_to_avoid(message: str) -> None:
    reply = text(message)
    assert _HARD_DAY not in reply and not reply.startswith("No"), reply
    assert "5–8" in reply, reply


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("should I add hill sprints to get stronger legs?", "how many should I do?"),
        ("thinking of hill reps to build strength", "ok how many of them?"),
        ("would hill sprints help build my leg strength?", "how many of those then"),
    ],
)
def test_how_many_after_hills_for_strength_counts_climbs(first: str, then: str) -> None:
    reply = after(first, then)
    assert "5–8" in reply, reply
    assert "12 to 15" not in reply and "12–15" not in reply, reply


@pytest.mark.parametrize(
    "message",
    [
        "what muscles do I need to strengthen to run faster?",
        "which muscles do I need to strengthen for my running?",
        "what muscles do we need to strengthen for trail running",
    ],
)
def test_which_muscles_to_strengthen_names_the_muscles(message: str) -> None:
    reply = text(message)
    assert "quads" in reply and "hamstrings" in reply and "calves" in reply, reply
    assert not reply.startswith(("Running builds endurance", "Yes")), reply


@pytest.mark.parametrize(
    "message",
    [
        "bucketing down every day this week, head to the gym instead?",
        "it's tipping it down daily, move my training to the gym?",
        "pouring every day since monday, switch to the gym?",
    ],
)
def test_weather_keeping_you_in_gets_the_weather_rule(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes"), reply
    assert "weather" in reply, reply
    assert "No need" not in reply
