"""Round 13 (tuner uf): long messages, constraints and timing asks answered in the light of what the
runner told: the kit they have, where they can't stand, the week they run, the mileage they already do."""

from __future__ import annotations

import pytest

from tests.answerutil import text

pytestmark = pytest.mark.dateless


@pytest.mark.parametrize(
    "message",
    [
        "Firefighter here, our station gym has a leg press and some dumbbells and that's about it. "
        "Need a quicker 5k, can you give me a leg routine with what we've got?",
        "the gym in my building has dumbbells and a leg press, that's it. give me a leg workout for running",
        "Our club weights room has a leg press and a few dumbbells. Leg session for a 10k runner please?",
    ],
)
def test_one_machine_told_no_other_machines(message: str) -> None:
    reply = text(message)
    assert "Leg press" in reply
    assert "Hamstring curl" not in reply and "Quadriceps extension" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "I live on a narrowboat and can't stand up straight inside. What leg work can I do lying down "
        "between my runs?",
        "my van has a low roof so I cannot stand up inside, any leg exercises I can do in there for running?",
        "tiny tent at base camp, I'm unable to stand upright in it. what leg strength can I do lying down?",
    ],
)
def test_cant_stand_gets_floor_moves_only(message: str) -> None:
    reply = text(message)
    assert "Bridge" in reply
    for standing in ("One-legged squat", "step-up", "Calf raise", "Lunge"):
        assert standing not in reply


def test_cant_stand_the_treadmill_is_no_posture() -> None:
    reply = text("I can't stand the treadmill and it's icy all winter. What leg routine can I do at home?")
    assert "Lying-down" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "Long run is up to 28k now plus one interval session a week. How would I slot two leg sessions in?",
        "marathon block: one long run, one tempo and three easy runs each week. where do I put two "
        "strength sessions?",
        "my week is a speed session, a long run and some easy miles, which days should the gym go on?",
    ],
)
def test_week_told_by_hard_sessions_gets_where(message: str) -> None:
    reply = text(message)
    assert reply.startswith("On two easy days")
    assert "long-run day" in reply and "run first" in reply


@pytest.mark.parametrize(
    "message",
    [
        "With childcare I can only lift on days I also run. Is that ok?",
        "the only time I get is days when I already run, would that be okay for lifting?",
        "Shift work means I can only do legs on days I already run. Would that be ok?",
    ],
)
def test_lift_only_on_run_days_gets_yes_and_hard_day_rule(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes")
    assert "hard-run" in reply and "run first" in reply


@pytest.mark.parametrize(
    "message",
    [
        "I run 90 km a week, do I still need strength work?",
        "Doing 80 miles a week for a marathon build. Do I even need leg day?",
        "I'm running 120k weekly these days - do I still need to lift?",
    ],
)
def test_mileage_told_still_need_strength_gets_yes(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes")
    assert "injur" in reply


@pytest.mark.parametrize(
    "message",
    [
        "only own one pair of 6kg dumbbells, is that enough for my legs?",
        "I've just got a pair of light dumbbells at home. Is that enough to get stronger legs for running?",
        "all I have is one pair of 4 kg weights - enough for leg strength?",
    ],
)
def test_light_dumbbells_enough_no_heavier(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes")
    assert "use heavier" not in reply.lower() and "one leg" in reply


@pytest.mark.parametrize(
    "message",
    [
        "big strides forward holding a dumbbell in each hand, back knee dropping low - is that a good one "
        "for runners?",
        "stepping forward with weights in my hands till my front knee bends - is that a good one for a 10k?",
        "long step forward with dumbbells in my hands, sinking till the knee is bent - is that a good one "
        "for runners?",
    ],
)
def test_described_loaded_lunge_not_told_to_drop_the_weights(message: str) -> None:
    reply = text(message)
    assert "Lunge" in reply
    assert "no dumbbells" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "Hiking the Alps this summer, loads of long climbs and steep descents. Which leg exercises give me "
        "the most bang for my buck?",
        "Signed up for a hilly trail half. Which exercises matter most if I only do a few?",
        "My ultra has big mountain climbs. What should I prioritise for my legs?",
    ],
)
def test_priority_moves_with_climbs_told_get_hill_work(message: str) -> None:
    reply = text(message)
    assert "hill repeats" in reply.lower() or "incline" in reply.lower()


def test_priority_moves_on_the_flat_get_no_hill_line() -> None:
    assert "For the climbs" not in text(
        "Which exercises give the biggest bang for my buck? I run on flat roads."
    )


@pytest.mark.parametrize(
    "message",
    [
        "Basketball player starting 10ks. I already do box jumps and bounds for hoops, does that carry over "
        "to running or do I need something different?",
        "I do a lot of plyometrics for volleyball. Will that transfer to my running?",
        "Does my box jump training from football translate to running, or should I add something else?",
    ],
)
def test_plyo_carry_over_gets_yes_and_what_to_add(message: str) -> None:
    reply = text(message)
    assert "carries over" in reply
    assert "calf raises" in reply


@pytest.mark.parametrize(
    "message",
    [
        "I deliver parcels on foot all day and run three evenings a week, so I assumed I don't need any "
        "extra leg training. Is that right or should I still do strength work?",
        "I'm a nurse on my feet for 12 hours a shift and I run 4 times a week. I figured I don't need extra "
        "leg work. Is that right?",
        "Farm work keeps me moving all day, plus I run. I reckon I don't need any leg exercises on top. Is "
        "that true?",
    ],
)
def test_told_no_leg_work_needed_gets_no_and_why(message: str) -> None:
    reply = text(message)
    assert reply.startswith("No")
    assert "inefficient way to build strength" in reply
