"""Round 11 (tc): muscles described by where they are, a calf muscle's part asked by where it sits, and
a move described in words asked "is that just a <move>?" (a version of it: the variation)."""

from __future__ import annotations

import pytest

from tests.answerutil import text


@pytest.mark.parametrize(
    "message",
    [
        "the big muscles on the front of my thigh, what do they actually do when i'm running",
        "what are the big muscles on the front of my thigh actually doing when i run",
        "what are my quad muscles for when running",
        "what job do the quad muscles have in running",
    ],
)
def test_front_of_thigh_role_is_the_quads_alone(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Quadriceps"), reply
    assert "Nearly all of them" not in reply, reply


def test_glute_muscles_role_is_the_glutes_alone() -> None:
    reply = text("what do the glute muscles do in running")
    assert reply.startswith("Gluteal"), reply
    assert "Nearly all of them" not in reply, reply


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        (
            "what is name of the muscle inside the calf, lower down, and what is its job in running?",
            "The soleus",
        ),
        ("whats the muscle on the outside of my calf called", "The gastrocnemius"),
        ("which calf muscle sits underneath, and what does it do", "The soleus"),
    ],
)
def test_calf_part_by_where_it_sits(message: str, lead: str) -> None:
    reply = text(message)
    assert reply.startswith(lead), reply
    assert "cushion" in reply, reply


@pytest.mark.parametrize(
    ("message", "variant"),
    [
        (
            "walking across the gym floor step by step with weights, back knee dropping low - is that just a "
            "lunge?",
            "walking lunge",
        ),
        ("is the walking lunge a kind of lunge", "walking lunge"),
        (
            "so the one where you go up on your toes with a dumbbell, is that a type of calf raise",
            "weighted calf raise",
        ),
        ("running up the treadmill on an incline, is that basically hill repeats?", "treadmill incline"),
    ],
)
def test_variation_described_is_a_version_of_the_move(message: str, variant: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes"), reply
    assert f"the {variant}" in reply.split("\n")[0], reply


def test_one_legged_squat_is_not_a_lunge_version() -> None:
    reply = text("is a one legged squat just a lunge")
    assert not reply.startswith("Yes"), reply
