"""Round 16, ze (issue 25): failures found on 60 fresh long and constraint messages, fixed by mechanism.

- a word in another sense: "a good stretch (of time)" is a spell, not stretching; "is skipping curls a
  problem?" is leaving a move out (the verdict, and the move that does its job); "so it helps my running
  rather than hurting it" tells no pain;
- kit the runner lacks: a treadmill that can't incline (never "raise the incline"); a machine their gym
  doesn't have, dropped from the muscle's list; heavy loads ruled out (a hernia repair, a surgeon);
- a hill's grade told as "really steep, like 20%" (and a unit after a number is a whole word);
- a beginner who wants plyometrics for power gets the plyometric start;
- "too late to start before the race?" is the race's answer, not the age lead;
- "is Sunday a good day for the leg session?" after a week told: that day's verdict, not a gym plan;
- a shift worker's "which moves..., and how often?": both asks, in order.
"""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


def _lead(reply: str) -> str:
    return reply.split("\n")[0]


# ---- a word in another sense ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Tax season means I only run twice a week until April. Is this a good stretch to focus on strength "
        "instead? How many sessions a week should I aim for?",
        "Exams for six weeks so running is minimal. Would that be a good stretch to build strength?",
        "My knee surgery rehab is done and work is quiet. Ideal stretch to focus on leg strength?",
        "I'm on a long stretch of night shifts. Is that a good time to lift more?",
    ],
)
def test_a_stretch_of_time_is_not_stretching(question: str) -> None:
    lead = _lead(text(question))
    assert "stretch" not in lead.lower()
    assert not lead.startswith("No. Never skip")


@pytest.mark.parametrize(
    ("question", "alt"),
    [
        (
            "I do leg extensions and leg presses but never hamstring curls because I hate that machine. "
            "Is skipping curls a problem?",
            "hamstring push-up",
        ),
        ("is it bad to skip the leg press?", "one-legged squat"),
        ("Would it be a mistake to drop the hamstring push-up? I can't stand it", "hamstring curl"),
        ("would skipping bridges be a problem if I do step-ups", None),
    ],
)
def test_leaving_a_move_out_is_a_verdict_not_the_skipping_drill(question: str, alt: str | None) -> None:
    reply = text(question)
    assert reply.startswith("Not if you work the")
    assert "rhythmic drill" not in reply
    if alt:
        assert f"The {alt} does that job" in reply


@pytest.mark.parametrize(
    "question",
    [
        "can I skip leg curls?",
        "can i skip the hamstring curl if i do extensions",
    ],
)
def test_may_i_skip_a_move_is_still_yes(question: str) -> None:
    assert text(question).startswith("Yes, you can")


@pytest.mark.parametrize(
    "question",
    [
        "Firefighter, I already lift heavy with squats and deadlifts. How should I tweak leg day so it helps "
        "my running rather than hurting it?",
        "I do heavy squats twice a week. How do I set up my leg day so it helps my marathon instead of "
        "hurting it?",
        "Will a gym leg day help my 10k or hurt it? What should I do in it?",
    ],
)
def test_help_or_hurt_my_running_tells_no_pain(question: str) -> None:
    assert "If the pain persists" not in text(question)


# ---- kit the runner lacks ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "My treadmill doesn't incline. How do I do hill work indoors?",
        "there's no incline on my home treadmill, any way to get hill training?",
        "The incline on our gym treadmill is broken. What can I do instead of hill repeats?",
        "cheap treadmill, can't tilt it. how do I train for a hilly half?",
    ],
)
def test_a_treadmill_without_incline_is_never_told_to_raise_it(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Without an incline")
    assert "Raise the platform" not in reply and "raise the incline" not in reply
    assert "step-ups" in reply


def test_a_treadmill_that_inclines_still_gets_the_incline() -> None:
    assert "5–10%" in _lead(text("what incline should I use on the treadmill?"))


@pytest.mark.parametrize(
    ("question", "gone", "kept"),
    [
        (
            "My gym doesn't have a leg curl machine. How do I work my hamstrings?",
            "Hamstring curl",
            "Hamstring push-up",
        ),
        (
            "There's no hamstring curl where I lift. Best hamstring exercises?",
            "Hamstring curl",
            "Hamstring push-up",
        ),
        (
            "Our gym doesn't have a leg extension machine. Best quad exercises?",
            "Quadriceps extension",
            "One-legged squat",
        ),
    ],
)
def test_a_machine_the_gym_lacks_is_not_listed(question: str, gone: str, kept: str) -> None:
    reply = text(question)
    assert gone not in reply.split("\n")[0] or reply.startswith("No ")
    assert kept in reply


@pytest.mark.parametrize(
    ("question", "doctor"),
    [
        (
            "I'm not allowed to lift heavy since a hernia repair last year, though I'm cleared to run. "
            "What can I do for leg strength?",
            True,
        ),
        ("My surgeon said no heavy lifting for six months after my op. How do I keep my legs strong?", True),
        ("Told not to lift heavy after a hernia repair. What leg work is safe?", True),
        (
            "im 15 and my coach says we shouldnt lift heavy yet. is there bodyweight stuff that will help??",
            False,
        ),
    ],
)
def test_heavy_loads_ruled_out_get_the_bodyweight_plan(question: str, doctor: bool) -> None:
    reply = text(question)
    assert reply.startswith("No heavy weights needed")
    assert "Heavier is fine" not in reply
    assert "•" in reply
    assert ("surgeon or doctor" in reply) is doctor


def test_no_grip_names_lunges_only_when_listed() -> None:
    reply = text("I've got a sore wrist and can't hold dumbbells. What leg workout can I do at home?")
    if "• Lunge" not in reply:
        assert "lunges" not in _lead(reply)


# ---- a hill's grade ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "The only hill near me is really steep, like 20%. Should I still use it for hill repeats?",
            "No: 20%",
        ),
        ("My local hill is super steep at about 25%. Is it still worth doing repeats on?", "No: 25%"),
        ("The hill by the school is like 12 so is that alright for repeats", "No: 12%"),
        ("my street is about 8 so can I do my hill reps there?", "Yes: 8%"),
    ],
)
def test_the_grade_told_gets_its_verdict(question: str, lead: str) -> None:
    assert text(question).startswith(lead)


def test_a_count_of_months_is_no_grade() -> None:
    reply = text(
        "Winter here means the roads are sheet ice for about 3 months, so I'm stuck inside with a treadmill. "
        "Is cranking up the treadmill incline worth it?"
    )
    assert "3%" not in reply


# ---- plyometrics for a beginner who wants power --------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Barista, running four mornings a week. I keep hearing plyometrics build power. How do I start them "
        "safely as a beginner, and what's the first exercise?",
        "Plyometrics are supposed to build explosive power. I'm a total beginner, how do I start?",
        "I want more leg power for parkrun. never done plyos, where do i begin?",
    ],
)
def test_a_beginner_wanting_power_gets_the_plyometric_start(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Start with line hops")
    assert "One-legged squat: 12–15" not in reply


def test_a_sprinter_still_gets_the_sprinter_plan() -> None:
    assert "sprinters" in _lead(text("I'm a sprinter wanting more power, how do I start plyometrics?"))


# ---- too late before a race ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I've got a 10K in ten days and I've never done any strength work. Is it too late to start "
        "before the "
        "race, and what should I do the day before?",
        "Half marathon in 2 weeks and I've never lifted. Too late to start strength work before the race?",
        "Never done squats or anything. Marathon is in 3 weeks - too late to start before the race? What "
        "would "
        "you do?",
    ],
)
def test_too_late_before_a_race_is_the_race_answer(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Wait until after")
    assert "any age" not in reply
    assert "•" not in reply


def test_too_late_at_an_age_keeps_the_age_answer() -> None:
    assert "any age" in text("I'm 58, is it too late to start lifting?")


# ---- the day asked about -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "After a 10-mile run on Saturday I'm thinking of hitting the gym for legs on Sunday, but I "
            "have a "
            "hard interval session Monday. Is Sunday a good day for the leg session?",
            "Yes, Sunday is fine",
        ),
        (
            "Tempo on Wednesday and parkrun Saturday. I was going to hit the gym for squats and lunges on "
            "Friday. Is Friday a good choice?",
            "No: Friday is the day before your race",
        ),
        (
            "Track Tuesday, long run Sunday, gym membership for legs. Should I put my leg session on Monday?",
            "Yes, Monday is fine",
        ),
    ],
)
def test_a_day_asked_about_gets_its_verdict(question: str, lead: str) -> None:
    reply = text(question)
    assert reply.startswith(lead)
    assert "•" not in reply


# ---- both asks, in order -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "I'm a nurse working twelve-hour shifts. I had shin splints last year. Which strength moves "
            "would "
            "help keep my shins healthy, and how often should I fit them in?",
            "calf raise",
            "Twice a week",
        ),
        (
            "I work rotating shifts at a warehouse. What exercises should I do for my glutes, and how often "
            "should I do them?",
            "ridge",
            "Twice a week",
        ),
        (
            "Night shifts at the hospital every other week. Which moves help my calves, and how many times a "
            "week?",
            "alf raise",
            "Twice a week",
        ),
    ],
)
def test_a_shift_workers_moves_and_how_often_both_answered_in_order(
    question: str, first: str, second: str
) -> None:
    reply = text(question)
    assert first in reply and second in reply
    assert reply.index(first) < reply.index(second)


# ---- running and lifting on separate days --------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I only have one free slot a day so I can't run and lift on the same day. How do I schedule both?",
        "With two kids I get one workout slot per day, so I can't run and lift on the same day. How should I "
        "plan my week?",
        "I can't do both on the same day because of work. When should my leg sessions go?",
        "Only one training window a day for me. How do I fit strength around 4 runs?",
    ],
)
def test_runs_and_lifts_on_separate_days_get_their_own_days(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Give strength its own days")
    assert "days you don't run" in reply


# ---- a fronted "besides X, ..." is the ask's frame -----------------------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Sprinter here (100m, 11.2 PB) wanting a faster start out of the blocks. Besides block work, "
            "what "
            "strength or jumping work helps explosiveness?",
            "The article says strength work gives sprinters",
        ),
        (
            "Sprinter here wanting a faster start. Apart from block starts, what strength work helps?",
            "For a more explosive start",
        ),
        ("I run 40 miles a week. Besides hills, what builds leg strength?", "Besides the hill repeats"),
    ],
)
def test_a_fronted_besides_is_not_an_ask_of_its_own(question: str, lead: str) -> None:
    reply = text(question)
    assert reply.startswith(lead)
    assert "isn't only about bigger muscles" not in reply
