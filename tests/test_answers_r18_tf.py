"""Round 18, tf (issue 25): short questions of every kind, fixed by mechanism.

- the speed worry after a told clause ("lifting scares me, will it make me slow"): the bulk myth's No,
  not a routine for the "leg day" it names;
- "do I need to go heavy (or nah)": the load (heavier, tiring by 12-15 reps), not why runners lift;
- running alone with the gym or strength dropped ("can I just run and skip the gym"): not a yes, running
  won't build the strength, but the leg work needs no gym;
- one muscle group's job asked with "muscles" ("what do the front thigh muscles do"): that group only, not
  the list of every running muscle glued after it;
- "can you explain calf raises off a stair?": the movement, not whether a stair will do; a request to
  explain or walk through a move gets all its steps, not the one step a word of it matches;
- one muscle without a gym ("good for my hamstrings with no gym?"): its moves (and how, when there is one),
  not the whole home list with the muscle after it.
"""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


@pytest.mark.parametrize(
    "question",
    [
        "honestly lifting scares me, will it make me slow",
        "tbh the gym freaks me out, would it make my legs heavy",
        "i love racing, could strength work make me slower",
    ],
)
def test_speed_worry_after_a_told_clause(question: str) -> None:
    reply = text(question)
    assert reply.startswith("No"), reply
    assert "balanced" in reply and "•" not in reply, reply


@pytest.mark.parametrize(
    "question",
    ["do i really need to go heavy", "fr should i lift heavy or nah", "do marathoners need to lift heavy"],
)
def test_go_heavy_is_the_load(question: str) -> None:
    reply = text(question)
    assert "12–15" in reply and "heavier" in reply.lower(), reply
    assert "inefficient" not in reply, reply


@pytest.mark.parametrize(
    "question",
    [
        "can i just run and skip leg work completely",
        "could i simply run instead of lifting",
        "is it ok to just jog and ditch the weights",
        "can i only run and forget the gym",
    ],
)
def test_running_alone_is_not_enough(question: str) -> None:
    reply = text(question)
    assert not reply.startswith("Yes"), reply
    assert "inefficient" in reply and "home" in reply, reply
    assert reply.count("inefficient") == 1, reply


@pytest.mark.parametrize(
    "question, muscle",
    [
        ("what role do the front thigh muscles play in running", "Quadriceps"),
        ("what job do the thigh muscles at the front do when running", "Quadriceps"),
        ("what are the calf muscles doing when i run", "Calves"),
    ],
)
def test_one_group_asked_not_every_muscle(question: str, muscle: str) -> None:
    reply = text(question)
    assert reply.startswith(muscle), reply
    assert "Nearly all of them" not in reply, reply


@pytest.mark.parametrize(
    "question",
    [
        "could you explain the bridge on the floor",
        "can you describe how to do the bridge lying on my back",
        "walk me through the hamstring push up on the chair",
        "can you show me calf raises on a step",
        "Could you explain step-ups on a bench?",
    ],
)
def test_explain_gets_the_whole_movement(question: str) -> None:
    reply = text(question)
    low = reply.lower()
    assert ("1)" in reply and "3)" in reply) or ("heels" in low and "lower slowly" in low), reply
    assert not low.startswith(("yes", "the bottom stair")), reply


@pytest.mark.parametrize(
    "question",
    [
        "best thing for my hamstrings with no gym",
        "whats good for my hamstrings if i dont have a gym",
        "what can I do for the back of my thighs without a gym?",
    ],
)
def test_one_muscle_without_a_gym(question: str) -> None:
    reply = text(question)
    first = reply.split("\n")[0].lower()
    assert "hamstring push-up" in first, reply
    assert "calisthenics" not in reply and "chair" in reply, reply


@pytest.mark.parametrize(
    "question",
    ["are calf raises safe", "r lunges safe 4 me", "is the bridge safe for me", "is the leg press safe"],
)
def test_bare_safe_ask_gets_the_safety_verdict(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Yes, usually, done with care"), reply
    assert "good one for runners" not in reply and "Stop if anything hurts" in reply, reply


@pytest.mark.parametrize(
    "question",
    [
        "squats on race day?",
        "calf raises the morning of my race?",
        "lunges the day before my marathon ok?",
        "bridges on race morning, yes or no",
    ],
)
def test_a_move_timed_by_a_race_gets_the_race_rule(question: str) -> None:
    reply = text(question)
    assert reply.startswith(("No", "Not")), reply
    assert "race" in reply and "1)" not in reply, reply


@pytest.mark.parametrize(
    "question",
    [
        "calf raises before my run or after?",
        "bridges pre or post run?",
        "should i do step ups before or after my run",
        "squats before my run?",
    ],
)
def test_a_move_ordered_with_a_run_gets_run_first(question: str) -> None:
    reply = text(question)
    assert "run first" in reply.lower(), reply
    assert "1)" not in reply, reply


@pytest.mark.parametrize(
    "question",
    [
        "my coach says never do strength on the same day as a run, is she right?",
        "physio says never lift the same day i run, true?",
        "my mate says you should never lift and run on the same day, true?",
        "is it true you cant run and lift on the same day",
    ],
)
def test_a_never_claim_met_by_a_conditional_yes_is_not_quite(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Not quite"), reply
    assert "easy run" in reply, reply


@pytest.mark.parametrize(
    "question",
    [
        "just getting over a nasty flu, 2 weeks off, how do i start again",
        "been ill for 10 days, can i do leg day",
        "ive been really sick this week, ok to lift?",
    ],
)
def test_back_after_being_ill(question: str) -> None:
    reply = text(question)
    assert "illness" in reply and "doctor" in reply, reply
    assert "Once a month" not in reply, reply


@pytest.mark.parametrize(
    "question",
    [
        "how can i tell if my dumbbells are too light",
        "how do I know if my weights are too light for me",
        "is 10kg too heavy for my squats, how would I know?",
        "is 8 kg too light for lunges?",
    ],
)
def test_too_heavy_or_light_gets_the_rep_test(question: str) -> None:
    reply = text(question)
    assert "12 to 15" in reply or "12–15" in reply, reply
    assert "1)" not in reply and "one-legged" not in reply.lower(), reply


@pytest.mark.parametrize(
    "question",
    [
        "is step ups safe if my knee clicks",
        "can i still do lunges if my knees click",
        "is the wall squat ok if my knees crack",
    ],
)
def test_clicking_joint_safe_ask_gets_a_verdict(question: str) -> None:
    reply = text(question)
    assert reply.lower().startswith("usually"), reply
    assert "squats" not in reply, reply
