"""Round 11 pass 2 (tuner ta): constraints told inside a story (a hot summer or a hard winter that stops
the running, a room and a stairwell instead of a gym, a fear of squats, one leg that leads) and the legs'
line seen by someone watching (knees wobbling, feet turned out)."""

from __future__ import annotations

import pytest

from tests.answerutil import text


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        (
            "cant run outside in summer here its 45 in the shade. what should I do with those months",
            "Good use",
        ),
        (
            "Summers here in Phoenix are brutal so from June to September my running basically stops. This "
            "year I want to use those months properly, maybe the machine where you sit and push a platform "
            "away with your feet. Could I build the summer around stuff like that?",
            "Yes",
        ),
        (
            "July and August here are too hot to run most days. what can I do during those weeks instead",
            "Good",
        ),
        (
            "Our winters are dark and icy so I barely run. Could I build the winter around the gym machines?",
            "Yes",
        ),
    ],
)
def test_a_season_that_stops_the_running_gets_the_strength_plan(message: str, lead: str) -> None:
    reply = text(message)
    assert reply.startswith(lead)
    assert "off-season" in reply
    assert "12–15" in reply  # the moves and the dose, not only the verdict


def test_the_summer_plan_keeps_the_machines_and_hip_raise_told() -> None:
    reply = text(
        "Summers here are brutal so my running basically stops. Maybe that thing where you lie on your side "
        "and lift your leg up with a weight, or the leg press machine. Could I build the summer around that?"
    )
    assert "leg press" in reply
    assert "side-lying hip raise" in reply
    assert "strap" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "Second year uni, the gym membership is like £30 a month and I genuinely can't justify it. I run 3 "
        "times a week. One of my flatmates says running is all the leg training you need. All I've got is my "
        "room and the stairwell. What would you have me do?",
        "Money's tight so no gym for me this year, just a flight of stairs outside my flat. What would "
        "you get me doing?",
        "I share a tiny dorm room and can't afford a gym. what would you have me do for my legs",
    ],
)
def test_no_gym_and_a_room_gets_a_home_plan_not_the_week_off(message: str) -> None:
    reply = text(message)
    assert "week off" not in reply
    assert "Calf raise" in reply
    assert "Leg press" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "I'm 41, about 120kg, and in week 4 of couch to 5k. My knees ache a bit after runs but nothing "
        "sharp. I'm honestly scared of squats because of my weight. Where do I start?",
        "big guy here, 130kg, squats terrify me. what leg exercises should i do at home",
        "new to this and nervous about squatting, what routine would you give me",
    ],
)
def test_a_fear_of_squats_gets_the_wall_squat_first(message: str) -> None:
    reply = text(message)
    assert reply.startswith("No need to fear squats")
    assert "• Wall squat" in reply
    assert "• One-legged squat" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "At the train station I take the stairs two at a time and it's always my left leg that leads; if I "
        "try with the right it feels clumsy and weak. Is there something specific I should be doing about "
        "that?",
        "I always favour my right leg when I hop, the left one feels wobbly. anything I should do about it?",
        "my left foot pushes off harder than my right and the right side feels weaker on stairs, what do I "
        "do about that",
    ],
)
def test_one_leg_leading_gets_one_legged_work_weaker_side_first(message: str) -> None:
    reply = text(message)
    assert "weaker leg first" in reply
    assert "• One-legged squat" in reply


@pytest.mark.parametrize(
    "message",
    [
        "In basic we do ruck marches and then runs. A corporal watching me run said my feet point out like a "
        "duck and my knees sort of wobble in and out with each step. No pain yet. What should I be working "
        "on?",
        "My running club filmed me and my knees collapse inward on every stride. Which exercises would fix "
        "that?",
        "my wife says I run duck footed, toes turned out. anything I can do to strengthen for that?",
    ],
)
def test_legs_seen_angling_in_or_out_get_the_hip_work(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Work on your hips")
    assert "Side-lying hip raise" in reply
    assert "If the pain persists" not in reply


def test_a_knee_fault_in_one_move_keeps_its_form_answer() -> None:
    assert not text("my knees cave in when I squat, is that a problem?").startswith("Work on your hips")


@pytest.mark.parametrize(
    "message",
    [
        "I coach a high school cross country team. We get the weight room once a week, the rest of the time "
        "we're on a field with no equipment. What can I give them to do on the field?",
        "I run a beginners' group that meets in the park, no kit at all. what could I give the group to do "
        "for leg strength?",
        "our club trains on a grass field twice a week with nothing but cones. what should we have the squad "
        "doing for strength",
    ],
)
def test_a_coach_asking_for_the_groups_field_session_gets_a_no_kit_plan(message: str) -> None:
    reply = text(message)
    assert "• Calf raise" in reply
    assert "Leg press" not in reply
    assert "Once a week still helps" not in reply
