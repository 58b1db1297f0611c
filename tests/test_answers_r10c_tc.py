"""Round 10c (tc): moves described in words, "set up" / "walk me thru" / "could you explain how" asking
for the steps, and a blend of two named moves ("lunge-squat") not taken for a move the article lacks."""

from __future__ import annotations

import pytest

from tests.answerutil import text


@pytest.mark.parametrize(
    "message",
    [
        "the bum lift with your feet up on a chair where you take one foot off and let yourself down slowly, "
        "what's it training",
        "feet on a chair, hips up, drop one leg and lower down slow - what does that work",
        "hip raise with my heels on a chair, what's it for",
        "that exercise where you lie down with heels on a chair and lower your butt to the floor on one leg, "
        "what muscle is it for",
    ],
)
def test_hamstring_push_up_described(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Hamstring push-up"), reply
    assert "hamstring" in reply.lower()


@pytest.mark.parametrize(
    "message",
    [
        "coach here. how should my runners set up the hamstring push-up? we have chairs in the team room",
        "how do I set up the hamstring push up",
        "Could you please explain how to perform the hamstring push-up? my physio suggested it",
        "can u walk me thru the hamstring push up",
    ],
)
def test_set_up_and_explain_give_the_steps(message: str) -> None:
    reply = text(message)
    assert "1) Lie face up" in reply and "3) Take one foot off" in reply, reply


@pytest.mark.parametrize(
    "message",
    [
        "Good afternoon. Could you please explain how to perform the bridge correctly? I am 63.",
        "could you show me how to do a bridge",
        "would you explain how the bridge is done",
    ],
)
def test_explain_request_is_not_a_yes_no(message: str) -> None:
    reply = text(message)
    assert "1) Lie face up" in reply, reply
    assert not reply.startswith(("Yes", "No")), reply


@pytest.mark.parametrize(
    "message",
    [
        "those lunge-squat things where your back foot is just resting on its toes behind you, what do they "
        "actually work?",
        "what does a lunge squat work",
    ],
)
def test_blend_of_two_moves_is_covered(message: str) -> None:
    reply = text(message)
    assert "doesn't cover" not in reply, reply
    assert reply.startswith("One-legged squat"), reply


@pytest.mark.parametrize(
    "message,start",
    [
        ("the hamstring curl machine, worth it for a runner?", "Yes"),
        (
            "the gym machine where you lie face down and curl your heels towards your butt, "
            "worth it for a runner?",
            "Yes",
        ),
        ("the leg press, any good for runners?", "Yes"),
        ("wall toe raises, worth it?", "Yes"),
    ],
)
def test_verdict_after_a_comma_is_on_the_move(message: str, start: str) -> None:
    reply = text(message)
    assert reply.startswith(start), reply
    assert "inefficient way to build strength" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "leaning my back on a wall and just lifting my toes up with heels on the floor - "
        "what's that one for?",
        "back against the wall, only raising my toes, heels down. what does it do",
        "resting my back on the wall and pulling my toes up, why do people do that",
    ],
)
def test_wall_toe_raise_described(message: str) -> None:
    reply = text(message)
    assert "shin splints" in reply, reply


@pytest.mark.parametrize(
    "message",
    [
        "the stair thing where ur heels drop off the edge and u go up on tiptoes... "
        "does that help shins at all",
        "the step one where my heels hang over the edge, is it good for my calves?",
        "the stair thing where your heels drop off the edge, what does it work",
    ],
)
def test_calf_raise_described_whole(message: str) -> None:
    reply = text(message)
    assert "calf" in reply.lower() and "stand with the front of your feet" not in reply, reply


@pytest.mark.parametrize(
    "message", ["plyometrix what is it exactley", "plyometrics, what are they?", "plyos what are they"]
)
def test_name_then_what_is_it(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Plyometrics are jumping and bounding"), reply
