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


@pytest.mark.parametrize(
    "message",
    [
        "how soon before squats kick in for my running?",
        "how long till I feel the leg work when I run?",
        "how long before I feel lifting in my runs?",
    ],
)
def test_how_soon_it_shows_in_running_is_the_timeframe_not_an_order(message: str) -> None:
    reply = text(message)
    assert "no exact timeframe" in reply, reply
    assert _RUN_FIRST not in reply and "15 to 20 minutes" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "how does lifting for running differ from lifting for football?",
        "what's the difference when you lift for running vs for rugby?",
        "ex-sprinter here, how do I lift for running now?",
    ],
)
def test_lift_for_running_is_not_the_run_first_rule(message: str) -> None:
    assert _RUN_FIRST not in text(message)


@pytest.mark.parametrize(
    "message",
    [
        "how come running doesn't make my legs stronger, it's hard work?",
        "why don't my long runs count as leg strength work?",
        "hard as my runs are, why don't they build strength?",
    ],
)
def test_why_running_is_not_strength_work_is_because_endurance(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Because running builds endurance"), reply


@pytest.mark.parametrize(
    "message",
    [
        "I'm a postman, 25k steps a day, is leg work even necessary?",
        "I'm a waiter on my feet all day, are leg days really needed for me?",
        "I cycle to work and walk the dog twice a day, so my legs already get plenty. Is strength work "
        "really necessary, won't it just make me more tired?",
    ],
)
def test_a_busy_day_on_your_feet_still_needs_strength_work(message: str) -> None:
    reply = text(message)
    assert "You still need it" in reply or "inefficient way" in reply, reply
    assert _DONT_PAIR not in reply and "stronger legs tire more slowly" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "is strength work even necessary for a 10k runner?",
        "are leg days really needed if I only run?",
        "is lifting strictly necessary for runners?",
    ],
)
def test_is_strength_work_necessary_gets_why(message: str) -> None:
    reply = text(message)
    assert "inefficient way" in reply, reply
    assert "day before a race" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "I run on the beach and have no gym, just sand hills. How do I strength train?",
        "I only run on trails with no gym nearby. How do I strength train?",
        "I live in a tiny flat with no equipment, how do I strength train?",
    ],
)
def test_how_do_i_strength_train_with_a_place_told_gets_moves(message: str) -> None:
    reply = text(message)
    assert "•" in reply, reply
    assert not reply.startswith("Twice a week"), reply


@pytest.mark.parametrize(
    "message",
    [
        "what will leg work actually do for my 5k pace?",
        "what does lifting do for my race times?",
        "what would squats do for my speed, honestly?",
    ],
)
def test_what_strength_does_for_pace_is_the_oxygen_reason(message: str) -> None:
    reply = text(message)
    assert "oxygen" in reply, reply
    assert "day before" not in reply and "4 to 6 exercises" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "legs are wrecked after long runs, should I still do leg day?",
        "after races my legs are dead, skip lifting or not?",
        "calves are toast after hill sessions, still hit the gym?",
    ],
)
def test_spent_after_hard_runs_said_in_the_plural_is_the_hard_run_day(message: str) -> None:
    reply = text(message)
    assert "hard-run day" in reply, reply
    assert not reply.startswith("Twice a week"), reply


@pytest.mark.parametrize(
    "message",
    [
        "I get 20 minutes at lunch. Is that even worth using for legs?",
        "20 min in the mornings, worth spending it on legs?",
        "I have 15 minutes after the school run, is that worth the effort for strength work?",
    ],
)
def test_minutes_told_and_is_it_worth_it_is_the_time_verdict(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes"), reply
    assert "minutes is enough" in reply, reply
    assert "inefficient way" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "what's the number one reason runners should do strength work?",
        "what's the real reason pros lift weights?",
        "single best reason to lift as a marathoner?",
    ],
)
def test_the_main_reason_to_lift_is_heading_off_injury(message: str) -> None:
    reply = text(message)
    assert "injur" in reply.split(".")[0], reply
    assert not reply.startswith("Because running builds endurance"), reply
