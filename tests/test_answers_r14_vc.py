"""Round 14 (tuner vc): a goal, a weak spot or a move asked about gets the moves (or the verdict on the
move), not a definition or a why-paragraph."""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


# A kind of training (plyometrics, one-legged work) asked for as a way to a goal: its moves and doses lead.
@pytest.mark.parametrize(
    "message",
    [
        "my push-off feels flat, how do I get more bounce?",
        "want more explosiveness for sprint finishes",
        "jumping drills starter pack for a hockey player pls",
    ],
)
def test_goal_asked_gets_the_jumping_drills(message: str) -> None:
    reply = text(message)
    # (r15 yb) more bounce in the push-off is the calves' job too: "Calf raises and jumping drills: ..."
    # leads with both, the drills still named in order
    assert reply.startswith(("Start", "Calf raises and jumping drills")), reply
    assert "line" in reply and "skipping" in reply, reply
    assert not reply.startswith("Plyometrics are")


@pytest.mark.parametrize(
    "message",
    ["what exactly are plyometrics?", "plyometrics meaning?", "tbh no clue what plyo even is"],
)
def test_what_it_is_still_gets_what_it_is(message: str) -> None:
    assert text(message).startswith("Plyometrics are jumping and bounding drills")


@pytest.mark.parametrize(
    "message",
    [
        "single leg exercises for a hilly trail runner?",
        "one of my legs lags behind the other, which moves?",
        "gimme some one-legged moves for my 10k build",
    ],
)
def test_one_legged_moves_named(message: str) -> None:
    reply = text(message)
    assert "one-legged squat" in reply.lower() and "12–15" in reply, reply
    assert not reply.startswith("Where you can")


# One side weaker, what to do asked in any words: the one-legged plan, weaker leg first.
@pytest.mark.parametrize(
    "message",
    [
        "right leg is way stronger than my left, any tips?",
        "my left glute is lazier than the right, exercises?",
        "my left side feels weak compared with the right, what should I work on?",
    ],
)
def test_one_side_weaker_gets_one_legged_plan(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Work each leg on its own"), reply
    assert "weaker leg first" in reply


def test_uneven_ground_is_not_an_uneven_leg() -> None:
    reply = text("I'm 70 and feel unsteady on uneven ground lately. What would you suggest?")
    assert "weaker leg first" not in reply


# A named move asked "mid or worth it?": the move's verdict, not why runners should lift at all.
@pytest.mark.parametrize(
    "message",
    [
        "step ups mid or actually worth it for runners?",
        "wall squats overrated or actually worth it for runners?",
        "calf raises kinda mid or worth doing for runners honestly?",
    ],
)
def test_move_worth_it_gets_its_verdict(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes"), reply
    assert "/exercise" in reply
    assert "inefficient way" not in reply


# A move dismissed ("a waste of time?", "pointless?"): No, and what it does.
@pytest.mark.parametrize(
    "message",
    [
        "are calf raises a waste of time for runners?",
        "is the hamstring curl a waste of time?",
        "wall squats seem pointless, are they?",
    ],
)
def test_move_dismissed_gets_no(message: str) -> None:
    reply = text(message)
    assert reply.startswith("No, it's a good one"), reply
    assert "Dose:" in reply


# "best for <muscle>?", even with no word for an exercise or with a typo: one pick, how to do it.
@pytest.mark.parametrize(
    ("message", "pick"),
    [
        ("best for hamstrings?", "The hamstring push-up"),
        ("bst move for calfs", "The calf raise"),
        ("top pick for my bum?", "The bridge"),
    ],
)
def test_best_for_a_muscle_is_one_pick(message: str, pick: str) -> None:
    reply = text(message)
    assert reply.startswith(pick), reply
    assert "/exercise" in reply


def test_each_best_asked_gets_its_own_pick() -> None:
    reply = text("best glute move? and best for hamstrings?")
    assert "The bridge" in reply and "The hamstring push-up" in reply
    assert "Exercises:" not in reply


# The hip flexors told by what they do ("the muscles that bring my knee up"): their moves lead.
@pytest.mark.parametrize(
    "message",
    [
        "the muscles that bring my knee up feel weak, exercises?",
        "muscles which lift my thighs forward are weak, tips?",
        "what helps the muscles that drive my knees up? they die on steep climbs",
    ],
)
def test_hip_flexors_described_get_their_moves(message: str) -> None:
    reply = text(message)
    assert reply.startswith("For the hip flexors: the lying leg lift"), reply
    assert "12–15" in reply


# Knees that bend back past straight: never lock them, and controlled one-legged moves.
@pytest.mark.parametrize(
    "message",
    [
        "physio says my knees go backwards when I land, any exercises?",
        "pretty sure I hyperextend my knees when I stand, does strength work help?",
        "my knees bend backwards a bit, what should I train?",
    ],
)
def test_knees_bending_back_get_no_lockout_and_controlled_moves(message: str) -> None:
    reply = text(message)
    assert "Never lock your knees" in reply, reply
    assert "one-legged squat" in reply
    assert "the wobble is the training" not in reply


def test_lock_out_on_a_move_keeps_its_own_cue() -> None:
    reply = text("should I lock my knee at the top of a step-up?")
    assert reply.startswith("No, don't lock them"), reply


# Balance told as going, or a fear of tripping or falling, with what would help asked: one-legged
# moves with a hand on a wall at first (not a why-strength paragraph or the older-runner boilerplate).
@pytest.mark.parametrize(
    "message",
    [
        "My balance has got worse since 60, scared of falling on the canal path. What should I work on?",
        "I feel unsteady on rocky descents, keep almost rolling my ankles. Would leg work help, what kind?",
        "I've tripped a couple of times lately on trail runs. Any exercises that would help?",
    ],
)
def test_balance_worry_gets_supported_one_legged_moves(message: str) -> None:
    reply = text(message)
    assert "one-legged squat" in reply and "wall" in reply, reply
    assert "inefficient way" not in reply
    assert "doesn't single out older runners" not in reply


def test_one_leg_moves_asked_with_poor_balance_keep_their_reply() -> None:
    reply = text("my balance is rubbish these days, can I still do the single leg exercises?")
    assert "wall" in reply and not reply.startswith("Yes: one-legged moves train balance"), reply


# A goal for the stride (spring, pop, push-off) with what to do asked: calf raises and jumping drills,
# not only that strength can lengthen a stride.
@pytest.mark.parametrize(
    "message",
    [
        "want springier strides on the track",
        "my stride feels short and weak, what should I do?",
        "push off feels weak on hills, tips?",
    ],
)
def test_stride_goal_gets_calf_raises_and_drills(message: str) -> None:
    reply = text(message)
    assert "calf raises" in reply.lower() and "line hops" in reply, reply
    assert "12–15" in reply


def test_stride_benefit_asked_yes_no_keeps_its_verdict() -> None:
    assert text("would lifting give me a longer stride?").startswith("Yes")


# What it is, is it ok for a beginner, and how to start: all three, in that order.
@pytest.mark.parametrize(
    "message",
    [
        "what is plyometrics, is it fine for a complete beginner, and how do I get started?",
        "what exactly are plyos, ok for a newbie, how do I begin?",
        "what even is plyometrics, is it safe for a novice, and how do i start?",
    ],
)
def test_plyo_what_beginner_and_start_all_answered(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Plyometrics are jumping and bounding drills"), reply
    assert "Yes, they suit a beginner" in reply and "line hops" in reply


# One muscle group told weak beside another: the weak group's moves, not "both matter".
@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("glutes feel weak compared to my quads, fix?", "For the glutes:"),
        ("my calves are way weaker than my quads, what should I add?", "For the calves:"),
        ("quads are stacked but my glutes are lazy af, what do I do?", "For the glutes:"),
    ],
)
def test_weak_group_beside_a_strong_one_gets_its_moves(message: str, lead: str) -> None:
    reply = text(message)
    assert reply.startswith(lead), reply
    assert "Both matter" not in reply and "For the quads" not in reply


# A race-time goal with the exercises asked for, even where the words land on race day: the speed picks.
@pytest.mark.parametrize(
    "message",
    [
        "want a sub-20 parkrun, which leg exercises?",
        "chasing a 10k pb in spring, any good leg exercises?",
        "new 5k pr is the plan, best leg exercises?",
    ],
)
def test_time_goal_with_exercises_asked_gets_speed_picks(message: str) -> None:
    reply = text(message)
    assert reply.startswith("For speed"), reply
    assert "day before" not in reply


def test_race_day_timing_still_race_day() -> None:
    assert "day before" in text("lifting the day before my parkrun pb attempt?")
