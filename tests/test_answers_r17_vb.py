"""Round 17, vb (issue 25): long messages (background, then one or two asks) that missed an ask or the kit.

- "should I add leg strength now or wait until...?" with the kit told (a staircase and a chair): the
  either/or's side first ("Start now") and the plan for that kit, not a line about running being
  inefficient; a "can run 30 minutes nonstop" is a run's length, not the time for the session;
- children: "which of my exercises are fine for a class of 9 year olds, which should I leave out?" is
  answered (the article doesn't cover them; playful bodyweight moves in, loaded work out);
- hills for a runner whose kit is a treadmill (a hotel gym) or who asks about the gym: the treadmill's
  incline stands in, not hill repeats outside; a weighted calf raise needs a step or block, not a stair;
- a wheelchair racer's "chair" is not a chair they have;
- "bent forward at the waist, is it weak glutes?": the glutes' trunk lean, not the hips' angled legs.
"""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


def _lead(reply: str) -> str:
    return reply.split("\n")[0]


# ---- start now or wait, with the kit told ---------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I've volunteered at my local parkrun for two years as marshal and tail walker and this year I "
        "want to "
        "actually run it. I'm 52, carrying a bit of extra weight, and I'm up to week 6 of a couch to 5k app. "
        "Should I add leg strength now or wait until I can run the whole 5k? All I've got at home is a "
        "staircase and a dining chair.",
        "Should I add leg strength now or wait until I can run the whole 5k? All I've got at home is a "
        "staircase and a dining chair.",
        "Should I start strength work now or wait until I can run 30 minutes nonstop? I have a chair and "
        "stairs.",
        "Just got back into running after years off. Do I start the leg exercises now or hold off until my "
        "runs feel easier? There's a step and a swiss ball at home.",
    ],
)
def test_now_or_wait_with_kit_starts_now_with_that_kit(question: str) -> None:
    reply = text(question)
    assert _lead(reply).startswith("Start now"), reply
    assert "• " in reply and "inefficient" not in reply
    assert "once a month" not in reply


def test_too_soon_with_kit_is_still_answered_first() -> None:
    reply = text(
        "I'm a beginner runner doing couch to 5k. Is it too early to start leg strength work, or should I "
        "wait until I finish the plan? I only have a staircase and a chair."
    )
    assert _lead(reply).startswith("No, it's not too early"), reply
    assert "Hamstring push-up (a chair" in reply


@pytest.mark.parametrize(
    "question",
    [
        "Should I start strength work now or wait until I can run 30 minutes nonstop? I have a chair and "
        "stairs.",
        "Can I start legs before I can run for 40 minutes straight? I've got a chair and some stairs.",
    ],
)
def test_a_runs_length_is_not_the_sessions_time(question: str) -> None:
    reply = text(question)
    assert "more than enough" not in reply and "30 minutes is" not in reply and "40 minutes is" not in reply


def test_only_run_20_minutes_keeps_the_time_they_have() -> None:
    reply = text(
        "I can only run for 20 minutes at the moment. I've got 15 minutes and a chair, what should I do?"
    )
    assert "15 minutes is enough" in reply, reply


# ---- children ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "My class does the daily mile and some of the kids have asked me to show them 'runner exercises' in "
        "PE. I'm a runner myself. Which of my leg exercises would be fine for a class of 9 year olds to try, "
        "and which should I leave out?",
        "I coach a junior running club, ages 8 to 11. What leg strength moves are safe for kids that age?",
        "My 10 year old wants to copy my leg workouts. Is any of it ok for him, or is he too young?",
        "Which of these exercises are suitable for children in my running club, and which should I leave "
        "out?",
    ],
)
def test_children_get_what_suits_them_and_what_to_leave_out(question: str) -> None:
    reply = text(question)
    assert "doesn't cover children" in reply, reply
    assert "Leave out" in reply and "calf raises" in reply


def test_teenagers_keep_the_young_runner_reply() -> None:
    reply = text("I coach teenagers aged 15. Are weights safe for them?")
    assert "children" not in reply and "teenagers" in reply


# ---- hills where the kit is a treadmill or the gym ---------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I travel a lot for work so I'm usually in hotel gyms: a treadmill, a bike, dumbbells up to 20kg and "
        "a swiss ball, nothing else. Can I get a full leg session out of that? I'd also like something for "
        "hills because my June race is on a hilly course.",
        "Hotel gym with a treadmill and dumbbells. My next race is hilly, what should my leg session be?",
        "I'm the support runner for a wheelchair racer - on park sessions I jog alongside him and help push "
        "the chair up the steep bits, and I race 10ks myself. Pushing up those hills wrecks my legs and I "
        "notice I end up bent forward at the waist. Is that a glute weakness thing? What should I do in the "
        "gym twice a week?",
    ],
)
def test_hills_in_a_gym_are_the_treadmill_incline(question: str) -> None:
    reply = text(question)
    assert "Treadmill incline (your hills)" in reply, reply
    assert "• Hill repeats" not in reply
    assert "on a stair, dumbbells" not in reply


def test_hills_outside_stay_hill_repeats_at_home() -> None:
    reply = text("No gym, hills everywhere where I live, and a chair at home. What leg routine should I do?")
    assert "Treadmill incline" not in reply


# ---- a wheelchair's chair ----------------------------------------------------------------------------


def test_a_wheelchair_is_not_a_chair_they_have() -> None:
    reply = text(
        "I'm the support runner for a wheelchair racer and help push the chair up the steep bits. What "
        "should "
        "I do in the gym twice a week?"
    )
    assert "With a chair" not in reply and "a chair and a gym" not in reply, reply


def test_a_kitchen_chair_beside_a_wheelchair_is_theirs() -> None:
    reply = text(
        "I push my daughter's wheelchair on our walks and I have a kitchen chair at home. What leg "
        "exercises can I do?"
    )
    assert "With a chair" in reply, reply


# ---- bent forward at the waist -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I end up bent forward at the waist when I run. Is that a glute weakness thing?",
        "I lean forward at the waist on hills. Is it weak glutes?",
        "Late in long runs I'm bending at the waist. Could it be my glutes being weak?",
    ],
)
def test_a_forward_lean_is_the_glutes_not_angled_legs(question: str) -> None:
    reply = text(question)
    assert _lead(reply).startswith("Yes"), reply
    assert "trunk" in _lead(reply) and "angle in or out" not in reply
