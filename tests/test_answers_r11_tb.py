"""Round 11 (tuner tb): multi-part messages (each ask answered, in order), follow-ups, slang."""

from __future__ import annotations

import pytest

from tests.answerutil import after, text


@pytest.mark.parametrize(
    ("message", "second"),
    [
        ("first ultra in autumn: will lifting slow me down, and how long do sessions need to be", "15 to 20"),
        ("i'm doing an ultra, will lifting slow me down and how long should sessions be", "15 to 20"),
        (
            "training for my first marathon this spring: would squats make me slower, "
            "and how many times a week",
            "Twice a week",
        ),
    ],
)
def test_told_then_yes_no_then_second_ask(message: str, second: str) -> None:
    # A told clause before a yes/no ask: both asks answered, the bulk/slow one first.
    reply = text(message)
    assert "slow you down" in reply.split("\n")[0], reply
    assert second in reply, reply
    assert reply.index("slow you down") < reply.index(second)


@pytest.mark.parametrize(
    "message",
    [
        "yo do i even need a strength sesh if im already doing like 50k a wk lol",
        "yo do i rly need leg day if i already run like 40k a wk lol",
        "is leg day even necessary if im running 60k a week",
        "need a gym sesh if im doing 70km weeks?",
        "do runners who already do big mileage need to lift",
    ],
)
def test_need_lifting_when_running_a_lot(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes"), reply
    assert "inefficient way to build strength" in reply
    assert "•" not in reply  # no routine dumped
    assert "Run first" not in reply


def test_need_a_gym_is_not_need_lifting() -> None:
    reply = text("do i need a gym if i run 70km a week")
    assert reply.startswith("No"), reply
    assert "home" in reply


@pytest.mark.parametrize(
    "message",
    ["hill reps = leg day?? 🏔️", "are hill sprints basically leg day", "is hill running leg day"],
)
def test_hills_count_as_leg_day(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes"), reply
    assert "resistance training" in reply
    assert "hard-run day" not in reply


def test_plyos_count_as_leg_day() -> None:
    reply = text("plyos = leg day?")
    assert reply.startswith("Yes"), reply
    assert "leg workout" in reply


@pytest.mark.parametrize(
    "message",
    [
        "is it mid to just do machines or nah",
        "is it fine to only use the machines at the gym",
        "machines only ok?",
    ],
)
def test_only_machines_good_start_add_free_weights(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Machines alone are a good start"), reply
    assert "free weights" in reply and "balance" in reply


def test_one_machine_choice_is_not_only_machines() -> None:
    reply = text("only time for one machine: leg extension or leg curl?")
    assert "Machines alone" not in reply, reply


@pytest.mark.parametrize(
    ("message", "move"),
    [
        (
            "hate gyms tbh 🙃 whats smth i can do at home that hits quads hams n glutes in one go",
            "one-legged squat",
        ),
        ("which single exercise works quads, hamstrings and glutes at once", "one-legged squat"),
        ("gym move for glutes and hips at the same time?", "side-lying hip raise"),
    ],
)
def test_one_move_for_several_muscles(message: str, move: str) -> None:
    reply = text(message)
    assert reply.startswith(f"The {move}: it works your"), reply
    assert "•" not in reply  # not a routine


@pytest.mark.parametrize(
    "message",
    [
        "I'm 72 and my knees creak when I go downstairs. Will strength work help protect them?",
        "I'm 70 and my knees creak on stairs. Would leg exercises help protect them?",
    ],
)
def test_age_note_after_the_verdict(message: str) -> None:
    reply = text(message)
    assert not reply.startswith("The article doesn't single out"), reply
    assert "older runners" in reply


@pytest.mark.parametrize(
    "message",
    [
        "my baby is 7 months now and my GP has cleared me to exercise again. before i got pregnant i did "
        "parkrun most weeks. i only really get the nap time, maybe 20 mins, and i'm at home. what leg "
        "exercises should i start with?",
        "doctor cleared me after my c-section, what leg exercises at home?",
        "postpartum and cleared by my GP, what leg exercises can i do at home?",
    ],
)
def test_cleared_after_pregnancy_moves_first(message: str) -> None:
    reply = text(message)
    assert reply.startswith("With what you have at home"), reply
    assert "advice comes first" not in reply
    assert "Good that you've been cleared" in reply


@pytest.mark.parametrize(
    "message",
    [
        "deload wk?? is that a thing 4 runners who lift or nah",
        "recovery weeks - is that even a thing for runners?",
    ],
)
def test_is_that_a_thing_gets_a_yes(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes: "), reply
    assert "week off strength work" in reply
    assert "Recovery week:" not in reply


@pytest.mark.parametrize(
    ("message", "lead", "move"),
    [
        (
            "my calves r sooo weak they literally give up on every hill 😩 help",
            "For the calves",
            "Calf raise",
        ),
        ("ngl my glutes r lowkey nonexistent 💀 wat do i do", "For the glutes", "Bridge"),
        ("my quads die on every hill, what do i do", "For the quads", "One-legged squat"),
    ],
)
def test_weak_muscle_help_gets_its_moves(message: str, lead: str, move: str) -> None:
    reply = text(message)
    assert reply.startswith(lead), reply
    assert move in reply and "sets" in reply


@pytest.mark.parametrize(
    ("message", "then"),
    [
        ("and after hopping over the line what next", "box hops"),
        ("once i can do box hops what next", "skipping"),
        ("after line hops whats next", "box hops"),
    ],
)
def test_after_a_named_drill_what_next(message: str, then: str) -> None:
    reply = after("whats plyometrics and how do i start", message)
    assert reply.startswith("After ") and f", {then}:" in reply.split("\n")[0], reply


@pytest.mark.parametrize(
    "message",
    [
        "ex footballer with tight hammies, whats a home hamstring exercise and how do i do it "
        "without hurting myself",
        "former footballer with tight hammies, whats a home hamstring exercise and how do i do it safely",
    ],
)
def test_told_statement_first_is_background_not_an_ask(message: str) -> None:
    reply = text(message)
    assert reply.startswith("The hamstring push-up"), reply
    assert "As your body travels forward" not in reply  # no anatomy block for the told statement
