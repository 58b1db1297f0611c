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


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        (
            "the bouncy jumping training where you hop over lines and onto boxes, whats it called and is it "
            "any use for runners",
            "That's plyometrics",
        ),
        (
            "my runner keeps asking about 'the jumpy bouncy drills' to get quicker off the start. what are "
            "those and what do they do?",
            "Those are plyometrics",
        ),
        ("those jumping drills, what are they called", "Those are plyometrics"),
        (
            "jumping and hopping drills for power, what's the name for that kind of training",
            "That's plyometrics",
        ),
    ],
)
def test_described_training_named_first(message: str, lead: str) -> None:
    reply = text(message)
    assert reply.startswith(lead), reply
    assert "explosive power" in reply, reply
    assert "inefficient way" not in reply, reply  # (not the stock why-strength-train reply)


@pytest.mark.parametrize(
    ("message", "lead", "has"),
    [
        (
            "the squat thing against the wall with a ball behind you, what do they call it and how low do "
            "i go",
            "That's the wall squat.",
            "90°",
        ),
        (
            "running up and down a hill a few times, what's that called and how many should I do",
            "That's hill repeats.",
            "5–8",
        ),
        (
            "the one where you lie on your side and lift your top leg with a weight on the ankle, whats that "
            "called and is it good for runners",
            "That's the side-lying hip raise. Yes",
            "",
        ),
    ],
)
def test_described_move_named_then_the_other_ask(message: str, lead: str, has: str) -> None:
    reply = text(message)
    assert reply.startswith(lead), reply
    assert has in reply.split("\n")[0], reply


@pytest.mark.parametrize(
    "message",
    [
        "how hevy shuold the wieghts feel on leg day",
        "how heavy should i lift",
        "what weight should i lift on leg day",
        "how much weight should i use for leg day",
    ],
)
def test_load_asked_gets_the_load(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Heavy enough that 12 to 15 reps"), reply


def test_load_for_a_move_keeps_the_moves_card() -> None:
    reply = text("how heavy should the ankle weights be for the hip leg raises in kg")
    assert reply.startswith("Side-lying hip raise"), reply


@pytest.mark.parametrize(
    "message",
    [
        "wat gradeint of hil is best for hil reapeats",
        "which slope should i use for hill sprints",
        "what grade of hill for hill reps",
    ],
)
def test_hill_gradient_leads_with_the_grade(message: str) -> None:
    first = text(message).split("\n")[0]
    assert "5–10%" in first.split(".")[0], first


def test_knee_angle_is_not_a_hill_grade() -> None:
    assert "hill" not in text("what angle should my knee be in a lunge").lower()


@pytest.mark.parametrize(
    "message",
    [
        "at the gym theres a machine where u sit and kick ur legs straight out and another where u curl ur "
        "heels towards ur bum, do i need both",
        "do i need both the quad extension and the hamstring curl",
        "leg extensions and leg curls, should i do both",
        "hamstring push ups and step ups, do i need both",
    ],
)
def test_opposing_moves_both_needed(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes, do both"), reply
    assert "opposing" in reply, reply


def test_how_to_do_both_is_still_the_steps() -> None:
    reply = text("calf raises and toe raises, how do I do both")
    assert "1) " in reply, reply
    assert not reply.startswith(("Yes", "Not necessarily")), reply


@pytest.mark.parametrize(
    ("message", "has"),
    [
        ("why bother with balance type exercises for running", "small muscles"),
        ("whats the point of balance work for a runner", "small muscles"),
        ("why do the gym if i can do bodyweight stuff at home", "resistance"),
    ],
)
def test_why_that_kind_of_work_not_why_lift(message: str, has: str) -> None:
    reply = text(message)
    assert has in reply.split("\n")[0], reply
    assert "inefficient way" not in reply, reply


@pytest.mark.parametrize(
    "message",
    [
        "my mate said the front and back of the thigh have to be kept even or you get hurt, is that a real "
        "thing",
        "should the back and front of my thighs be equally strong",
    ],
)
def test_front_and_back_of_thigh_balance(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes"), reply
    assert "opposing" in reply, reply


@pytest.mark.parametrize(
    "message",
    ["plyometric jumps, how do I do them", "how do I do plyometrics", "plyo jumps - how do i do them"],
)
def test_plyometric_jumps_are_ours_and_the_how_is_the_moves(message: str) -> None:
    reply = text(message)
    assert "doesn't cover" not in reply, reply
    assert "line hops" in reply.split(".")[0], reply


@pytest.mark.parametrize(
    "message",
    [
        "training for my first 50k ultra and want to do hill reps, how should i actually run them",
        "hill reps - whats the right technique",
        "how do i properly run hill reps",
    ],
)
def test_hill_reps_how_to_is_the_steps(message: str) -> None:
    reply = text(message)
    assert "pumping your arms" in reply and ("1) " in reply or "jog gently back down" in reply), reply


def test_hill_reps_how_many_is_still_the_count() -> None:
    assert "5–8" in text("how many hill reps should i do").split("\n")[0]


def test_how_important_is_form_is_not_a_how_to() -> None:
    assert text("how important is good form").startswith("Hold good form")


@pytest.mark.parametrize(
    ("message", "first"),
    [
        (
            "Would you explain how to do the bridge, and is it acceptable to hold my breath while I hold it?",
            "Bridge: 1)",
        ),
        ("how do i do the bridge and can i hold my breath", "Bridge: 1)"),
    ],
)
def test_steps_asked_first_stay_first(message: str, first: str) -> None:
    reply = text(message)
    assert reply.startswith(first), reply
    assert "No: never hold your breath" in reply, reply


@pytest.mark.parametrize(
    "message",
    ["lowkey can i just do like 15 mins n call it a sesh", "can i just do 10 minutes and call it a session"],
)
def test_a_short_session_is_not_one_exercise(message: str) -> None:
    reply = text(message)
    assert "15 to 20 minutes" in reply, reply
    assert "opposing" not in reply, reply


@pytest.mark.parametrize(
    "message",
    [
        "the stair thing where ur heels drop off the edge and u go up on tiptoes... does that help shins at "
        "all",
        "the step thing where your heels hang off the edge. does it help with shin splints?",
    ],
)
def test_calf_raise_described_helps_shins(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes"), reply
    assert "Calf raise" in reply.split("\n")[0] and "shin splints" in reply.split("\n")[0], reply


@pytest.mark.parametrize(
    "message",
    [
        "those lunge-squat things where your back foot is just resting on its toes behind you, what do they "
        "actually work?",
        "the lunge-squat one with your back toes on the floor, what muscles does it hit",
    ],
)
def test_blend_of_two_move_words_is_the_described_move(message: str) -> None:
    reply = text(message)
    assert reply.startswith("One-legged squat"), reply
    assert "Lunge" not in reply, reply


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("what's the muscle deep in the hip that turns the leg called", "The hip rotators"),
        ("the muscle that steadies the hip, whats it called", "The hip rotators"),
        ("whats the name of the muscle at the front of the shin", "The shin muscles"),
    ],
)
def test_muscle_part_named_by_what_it_does(message: str, lead: str) -> None:
    reply = text(message)
    assert reply.startswith(lead), reply


def test_all_the_hip_muscles_named() -> None:
    reply = text("what are the hip muscles called")
    assert "flexors" in reply and "extenders" in reply and "rotators" in reply, reply


@pytest.mark.parametrize(
    "message",
    [
        "calves feel like they give out around mile 10 of my long runs",
        "my calves die towards the end of long runs",
        "my quads always fade late in the half",
    ],
)
def test_muscle_tiring_late_in_runs_gets_stronger_tires_slower(message: str) -> None:
    reply = text(message)
    assert "tire more slowly" in reply.split("\n")[0], reply


@pytest.mark.parametrize(
    "message",
    [
        "is that really needed if i already squat?",
        "i still lunge, do i need hip work too",
        "i usually squat, enough?",
    ],
)
def test_adverb_before_our_move_is_not_a_new_move(message: str) -> None:
    assert "doesn't cover" not in text(message)
