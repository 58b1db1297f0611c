"""Round 16 (wd): timing, follow-ups, yes/no and why asks.

- kit said to wobble, tip or roll ("calf raises on a wobbly old stool?") is a No, with the firm kit;
- a bare kit follow-up ("is my coffee table ok?") is about the last exercise, or the one listed move
  that stands on such kit;
- a hold asked another way ("how long do I stay up there?") after a list is the bridge's 30 s;
- a strength move's reps asked fast or explosive: No, slow and controlled (plyometrics for power);
- a why about stronger legs tiring later: the oxygen-efficiency because;
- the why of jogging down between hill climbs; the cause of runners' weak hips;
- "instead of <doing>" is a manner, not missing kit (no "No hill?" lead).
"""

from __future__ import annotations

import pytest
from answerutil import after, text

pytestmark = pytest.mark.dateless


@pytest.mark.parametrize(
    "q",
    [
        "Can I do calf raises standing on a wobbly old stool?",
        "step-ups on a folding chair, fine?",
        "should I stand on a wonky box for calf raises?",
        "is a rickety chair ok for hamstring push-ups?",
    ],
)
def test_unsteady_kit_is_no(q: str) -> None:
    reply = text(q)
    assert reply.startswith("No"), reply
    assert "firm" in reply


@pytest.mark.parametrize(
    "q",
    ["can I use my coffee table for step-ups?", "is a sturdy bench ok for step-ups?"],
)
def test_steady_kit_still_yes(q: str) -> None:
    assert text(q).startswith("Yes"), text(q)


@pytest.mark.parametrize("q", ["is my coffee table ok?", "would a footstool do?", "is the ottoman fine?"])
def test_bare_kit_followup_after_step_ups_at_home(q: str) -> None:
    reply = after("I want to do step-ups at home, what should I use?", q)
    assert "step-up" in reply.split("\n")[0], reply
    assert not reply.startswith("Start with simple calisthenics")


@pytest.mark.parametrize("q", ["is my coffee table ok?", "can I use the stool?", "would a low table work?"])
def test_bare_kit_followup_after_the_exercise(q: str) -> None:
    reply = text(q, "exercise:step_up")
    assert reply.startswith("Yes, if it's firm and stable"), reply


@pytest.mark.parametrize(
    "q",
    [
        "ok and how long do i stay up there?",
        "how long should I stay in that position?",
        "how many seconds at the top?",
    ],
)
def test_hold_asked_otherwise_is_the_bridge(q: str) -> None:
    reply = after("What's a good glute exercise I can do on my living room floor?", q)
    assert reply.startswith("Bridge"), reply
    assert "30" in reply
    assert "minutes" not in reply


@pytest.mark.parametrize(
    "q",
    [
        "Should I do leg extensions fast and explosive?",
        "should I do the leg press explosively?",
        "is it ok to do hamstring curls really fast?",
        "should my lunges be quick?",
    ],
)
def test_fast_reps_are_no(q: str) -> None:
    reply = text(q)
    assert reply.startswith("No: keep the"), reply
    assert "slow and controlled" in reply


def test_fast_reps_machine_says_no_lock() -> None:
    reply = text("Should I do leg extensions fast and explosive?")
    assert "lock" in reply
    assert "plyometric" in reply


@pytest.mark.parametrize("q", ["should I do box hops fast?", "will lunges make me faster?"])
def test_fast_not_tempo_untouched(q: str) -> None:
    assert not text(q).startswith("No: keep the"), text(q)


@pytest.mark.parametrize(
    "q",
    [
        "Why would stronger legs make me less tired late in a run?",
        "why does leg strength stop me fading at the end of a long run?",
        "how come stronger muscles mean my legs don't die in the last few miles?",
    ],
)
def test_why_strength_tires_later(q: str) -> None:
    reply = text(q)
    assert reply.startswith("Because"), reply
    assert "oxygen" in reply
    assert "glutes straighten" not in reply


def test_why_faster_keeps_speed_answer() -> None:
    reply = text("I run marathons, it's all endurance - why would stronger legs make me any faster?")
    assert "run faster" in reply


@pytest.mark.parametrize(
    "q",
    [
        "Why jog down the hill instead of running hard both ways?",
        "why jog the downhill part instead of sprinting it?",
        "why walk back down between hill repeats?",
    ],
)
def test_why_jog_down(q: str) -> None:
    reply = text(q)
    assert reply.startswith("Because the climb is the work"), reply
    assert "No hill?" not in reply


def test_why_hill_repeats_general_reason() -> None:
    assert text("why do hill repeats?").startswith("Because running uphill")


@pytest.mark.parametrize(
    "q",
    [
        "Why do runners always seem to have weak hips?",
        "how come runners get weak hips?",
        "why are runners' hips so often weak?",
    ],
)
def test_why_weak_hips_cause(q: str) -> None:
    reply = text(q)
    assert reply.startswith("Because the hip muscles lie deep"), reply


def test_why_weak_hips_effect_not_cause() -> None:
    reply = text("Why would weak hips mess up my knees?")
    assert not reply.startswith("Because the hip muscles lie deep"), reply
    assert "angle in or out" in reply


def test_no_hill_still_gets_stand_in() -> None:
    reply = text("can I do something instead of hill repeats?")
    assert "slope" in reply or "treadmill" in reply


@pytest.mark.parametrize(
    "q",
    [
        "Why am I not supposed to straighten my knee all the way at the top of a step-up?",
        "why shouldn't I lock my knees on the leg press?",
        "why not straighten my knee all the way on a step up",
    ],
)
def test_why_not_lock_knee_is_because(q: str) -> None:
    reply = text(q)
    assert reply.startswith("Because locking the knee"), reply
    assert "physio" not in reply


def test_knee_safe_howto_still_cues() -> None:
    assert text("how do I keep my knees safe on lunges?").startswith("For your knees on the lunge")


@pytest.mark.parametrize(
    "q",
    [
        "How long should I wait after leg day before doing an interval session?",
        "how many days between leg day and my tempo run?",
        "how long after leg day until I can do hill sprints?",
    ],
)
def test_gap_after_leg_day_leads_with_a_day(q: str) -> None:
    reply = text(q)
    assert reply.startswith("At least a day"), reply
    assert "a day earlier" not in reply


def test_evening_before_track_still_yes() -> None:
    assert text("can I lift the evening before my track session?").startswith("Yes")


@pytest.mark.parametrize(
    "q",
    [
        "How many days before my marathon should I stop lifting?",
        "how many days before the race should I stop doing legs?",
        "when should I stop lifting in the weeks before my marathon?",
    ],
)
def test_when_to_stop_before_race_leads_with_the_day(q: str) -> None:
    lead = text(q).split(":")[0]
    assert "day" in lead or "days" in lead, lead
    assert not text(q).startswith("Keep lifting")


def test_run_up_plan_still_answered() -> None:
    reply = text("what should I do with strength work in the weeks before my marathon?")
    assert reply.startswith("Keep lifting")
