"""Round 14 (tuner vb): a constraint told (noise, space, gym, time, kit, body) and an ask for what to do
get the moves that fit the constraint, not a stock line on session length or a move that breaks it."""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless

_HOPS = ("Line hops", "Box hops", "Skipping", "line hops")


# --- noise told in other words: a quiet plan, no jumping drills ------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "I lift at 5am and my flatmates are still sleeping, so nothing noisy. what leg stuff?",
        "need silent leg exercises, paper-thin walls in my building. ideas?",
        "can't make any noise at night in my flat, what leg exercises are ok?",
        "my roommates are asleep when I get up, so what leg work can I do without waking anyone?",
    ],
)
def test_noise_told_gets_a_quiet_plan_without_hops(message: str) -> None:
    reply = text(message)
    assert reply.startswith("No jumping"), reply
    assert "• " in reply and "Bridge" in reply
    assert not any(h in reply for h in _HOPS)
    assert "4 to 6 exercises" not in reply


def test_a_time_not_a_noise_limit_adds_no_quiet_line() -> None:
    reply = text("20 min once the kids are in bed, just the stairs at home. what would a routine look like?")
    assert "No jumping" not in reply and "• " in reply


# --- little room, or no standing room --------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "bunk on a research vessel, cramped, what leg exercises can I fit in?",
        "sharing a tiny room in a hostel, barely space to move. what leg work?",
        "my whole flat is like 2 m square, any leg exercises?",
    ],
)
def test_little_room_gets_moves_that_stay_in_one_spot(message: str) -> None:
    reply = text(message)
    assert reply.startswith("These fit a small space"), reply
    assert not any(h in reply for h in _HOPS) and "Walking lunge" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "I sleep in a camper van with a really low ceiling, any leg work I can do lying down?",
        "our tent is too small, I can't stand up straight in it. leg exercises?",
        "ceiling in the attic room is too low to stand, what leg stuff can I do?",
    ],
)
def test_no_standing_room_gets_lying_moves(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Lying-down moves"), reply
    assert "Bridge" in reply
    assert "step-up" not in reply.lower() and "One-legged squat" not in reply


# --- a "can't do anything jumpy" limit is not a "does it do anything?" ask ------------------------


def test_cant_do_anything_jumpy_is_answered_once() -> None:
    reply = text("upstairs flat and I can't do anything bouncy, what leg work is ok?")
    assert reply.startswith("No jumping")
    assert "\n\n" not in reply  # (no second answer to the same ask)


# --- what the moves ask must not catch ---------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "I'm 61, how many days a week should I do strength training?",
        "I'm 55 and my knees click, can I still do this strength stuff",
    ],
)
def test_a_figure_or_yes_no_with_a_constraint_is_not_a_routine(message: str) -> None:
    assert "• " not in text(message)


# --- a gym disliked or out of reach: yes (or no, to "do I need one"), and the home moves -----------


@pytest.mark.parametrize(
    "message",
    [
        "gyms aren't really for me. can I still build strong legs for my running?",
        "I loathe gyms, is training my legs at home enough?",
        "can't afford a gym membership right now, could I still get stronger legs?",
        "I'll never set foot in a gym. can I get the strength benefits anyway?",
    ],
)
def test_gym_out_is_yes_with_home_moves(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes, no gym needed"), reply
    assert "• One-legged squat" in reply and "Bridge" in reply
    assert "Leg press" not in reply and "Gym kit singles out" not in reply


def test_gym_out_do_i_need_one_is_no() -> None:
    reply = text("gyms intimidate me, do I need one to get strong legs?")
    assert reply.startswith("No, you don't need a gym"), reply
    assert "• " in reply


@pytest.mark.parametrize(
    "message",
    [
        "not a fan of gyms and it's pancake flat round here, what's left for my legs?",
        "I avoid gyms and there are no hills near me. what are my options?",
    ],
)
def test_gym_out_and_no_hills_gets_no_treadmill(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Plenty without a gym"), reply
    assert "treadmill" not in reply.lower()


def test_cant_stand_gyms_is_a_dislike_not_a_lying_limit() -> None:
    reply = text("I can't stand gyms, what leg exercises can I do at home instead?")
    assert "Lying-down" not in reply and "one-legged squat" in reply.lower()


# --- no step or stair anywhere: the moves that need none, never "the bottom stair" -----------------


@pytest.mark.parametrize(
    "message",
    [
        "our bungalow has no stairs at all, what leg exercises can I do?",
        "step-free flat, nothing to step onto. leg work without a step?",
        "there isn't a single step in my place, what can I do instead of step-ups?",
        "I don't have any stairs, what leg stuff works without a step?",
    ],
)
def test_no_step_anywhere_gets_flat_moves(message: str) -> None:
    reply = text(message)
    assert reply.startswith("No step needed"), reply
    assert "stair" not in reply and "• One-legged squat" in reply


def test_no_step_as_a_follow_up_keeps_the_chat_topic() -> None:
    from answerutil import after

    reply = after("what exercises help with shin splints", "anything I can do without a step?")
    assert "toe raise" in reply.lower()


# --- minutes told and the moves asked in other words ----------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "15 minutes before the school run, what's the best use of it for my legs?",
        "got 12 mins while dinner cooks, what leg stuff?",
        "20 min window at lunch, which leg exercises?",
    ],
)
def test_minutes_told_and_moves_asked_is_a_timed_plan(message: str) -> None:
    reply = text(message)
    assert "• " in reply and "minutes" in reply
    assert "15 to 20 minutes is enough for a worthwhile session" not in reply


# --- pregnant, told not to lie on the back, asking for moves in other words ------------------------


@pytest.mark.parametrize(
    "message",
    [
        "expecting baby number two, GP says no lying flat now. leg moves?",
        "pregnant, midwife is fine with me training. what leg stuff is safe?",
        "28 weeks pregnant and told not to lie on my back, any leg exercises?",
    ],
)
def test_pregnant_asking_moves_gets_standing_moves(message: str) -> None:
    reply = text(message)
    assert "Standing moves suit you" in reply
    assert "leave out the bridge" in reply


def test_pregnant_yes_no_keeps_its_verdict() -> None:
    assert text("I'm 18 weeks pregnant. is leg strength work ok?").startswith("Usually yes")


# --- hands that can't grip: the plan with nothing held, not a joint card ---------------------------


@pytest.mark.parametrize(
    "message",
    [
        "arthritis in my fingers, holding dumbbells is painful. what leg workout can I do?",
        "taped fingers from bouldering, can't grip weights. what leg stuff?",
        "my thumbs are arthritic and I can't grip a bar. any leg exercises?",
    ],
)
def test_no_grip_in_the_hands_gets_a_plan_with_nothing_held(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Nothing here needs a grip"), reply
    assert "Weighted" not in reply and "a weight in each hand" not in reply
    assert "For your quads" not in reply


# --- a stand-in told, then a bare "ok for X?": yes if firm, and the step-up's height ----------------


@pytest.mark.parametrize(
    ("message", "move"),
    [
        ("no bench at the park, only the stone terrace steps. ok for step-ups?", "step-up"),
        ("no chair in my room, only a sturdy storage box. ok for hamstring push-ups?", "hamstring push-up"),
        ("there's an old wooden crate in the garage. would that work for step ups?", "step-up"),
        ("is a sturdy coffee table ok for hamstring push-ups?", "hamstring push-up"),
    ],
)
def test_a_stand_in_told_is_yes_if_firm(message: str, move: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes, if it's firm and stable"), reply
    assert move in reply
    if move == "step-up":
        assert "knee height or lower" in reply


# --- "can I do it with just the furniture / what I have?": yes, and the home moves ----------------


@pytest.mark.parametrize(
    "message",
    [
        "could I do my leg work in the living room using just furniture?",
        "can I get the strength side done using only what I have at home?",
        "step-free flat, I care for my gran. can I do the leg strength bit indoors with just the furniture?",
    ],
)
def test_can_i_with_just_the_furniture_is_yes_and_moves(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes"), reply
    assert "• " in reply and "Bridge" in reply
    assert "inefficient way to build strength" not in reply


def test_a_step_free_home_puts_the_calf_raise_on_the_flat() -> None:
    reply = text("bungalow, no stairs. can I do the leg strength bit indoors with just the furniture?")
    assert "flat on the floor" in reply and "on a stair or ledge" not in reply


def test_rdl_gap_names_what_isnt_covered() -> None:
    reply = text("are RDLs good for runners' hamstrings?")
    assert "That one" not in reply and "RDLs" in reply
