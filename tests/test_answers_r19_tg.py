"""Round 19, tg (issue 25): long messages, the ask read from its own sentence and the story only
supplying the situation.

- one leg tiring or wobbling sooner than the other is an imbalance to train one leg at a time, not a
  knee giving way (it read "my left leg gives out way sooner" as an acute injury);
- "is doing both on the same day a problem?" after a run and a gym session are told: "both" is the run
  and the strength work (it read two exercises in one session), and "a problem?" is answered "No";
- worn out from the training and asking what to cut: ease the strength side and the week off (it read
  a same-day question);
- back after months off and asking to pick up the old loads: no, start lighter (it read a move's step).
"""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


# ---- one side tiring sooner is an imbalance, not an acute injury -------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I'm a teacher and I tested myself: on single-leg squats my left leg gives out way sooner than my "
        "right. I play hockey on Saturdays too. Is there a way to train so the left leg catches up?",
        "I'm a nurse on long shifts and I run three times a week. When I do single-leg exercises my right "
        "side wobbles far more than my left. How can I even them out?",
        "My daughter plays netball and I jog to keep up. My left calf gets tired much faster than the "
        "right one when I do calf raises. Nothing hurts at all. What should I do to balance it?",
    ],
)
def test_one_side_tiring_sooner_is_trained_one_leg_at_a_time(question: str) -> None:
    reply = text(question)
    assert not reply.startswith("Stop")
    assert "one-legged" in reply.lower()
    assert "young runners" not in reply and "Plan it week by week" not in reply


def test_a_knee_giving_way_stays_acute() -> None:
    assert text("My left knee gives way when I run downhill. What should I do?").startswith("Stop")


# ---- "both" on the same day: the run and the strength work told ---------------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "I'm a software engineer and I run 5k every morning before it gets hot. My office has a gym and "
            "I'd do legs after work. Is doing both on the same day a problem? My runs are all easy pace.",
            "No, not if it's an easy run",
        ),
        (
            "I run in the mornings before my shift at the bakery, always gentle, nothing fast. The bakery "
            "has a staff gym and I'd like to lift after work. Can I do both the same day?",
            "Yes, if it's an easy run",
        ),
        (
            "I jog every morning with the dog, nice and easy. My gym is next to the office and I want to "
            "squat at lunchtime. Is it bad to do both on the same day?",
            "No, not if it's an easy run",
        ),
    ],
)
def test_both_on_the_same_day_is_the_run_and_the_lift(question: str, lead: str) -> None:
    reply = text(question)
    assert reply.startswith(lead)
    assert "run first" in reply
    assert "several major muscle groups" not in reply


def test_both_on_a_hard_run_day_is_no() -> None:
    reply = text(
        "I do intervals on Tuesday mornings and want to lift in the evening. Can I do both on the same day?"
    )
    assert reply.startswith("No")


# ---- worn out and asking what to cut --------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I'm training for a 100k in March. I run four days a week plus back-to-back long runs and I lift "
        "twice a week. I feel permanently tired. Should I be cutting something, and do runners ever take a "
        "break from the weights?",
        "First marathon in April, running five days a week and the gym twice a week for legs. I'm "
        "exhausted all the time. Should I drop something, and is it normal to take time off lifting?",
        "I run five days a week and lift three times. I'm shattered all the time. What should I cut?",
    ],
)
def test_worn_out_gets_the_strength_side_eased(question: str) -> None:
    reply = text(question)
    assert "two short sessions a week" in reply
    assert "week off strength work" in reply
    assert not reply.startswith("Yes, if it's an easy run")


# ---- back after a break: not the old loads ----------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Before my new job I did leg press with 100 kg and lunges with 12 kg dumbbells. I've had six months "
        "off everything and only just started running again. Do I pick up where I left off?",
        "I used to squat 80 kg at university. Then I had two kids and did nothing for four years. I've "
        "just started running again. Can I go straight back to 80 kg?",
        "I used to lift heavy before my injury two years ago, fully healed now. Should I start back at my "
        "old weights?",
    ],
)
def test_back_after_a_break_starts_lighter(question: str) -> None:
    reply = text(question)
    assert reply.startswith("No, start lighter")
    assert "12–15" in reply
    assert "leading with the left leg" not in reply and "Lying leg lift" not in reply


# ---- "break down how it's done" is explain, not a break ------------------------------------------------


@pytest.mark.parametrize(
    ("question", "step"),
    [
        (
            "I tried squatting against the wall with one of those big gym balls behind my back and my knees "
            "ached afterwards. I'm a postie so I walk all day. Can you break down how it's meant to be done?",
            "Walk your feet a little forward",
        ),
        ("Could you break it down for me how a bridge works? I run 10k a week.", "Squeeze your glutes"),
        (
            "My coach showed us calf raises but I forgot. I run three times a week. Can you break down "
            "how a calf raise is done?",
            "heels",
        ),
    ],
)
def test_break_down_is_explain(question: str, step: str) -> None:
    reply = text(question)
    assert step in reply
    assert "week off strength work" not in reply


# ---- "that exercise": the one move the story told ------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "card"),
    [
        (
            "I've got an exercise ball at home that my partner uses for yoga. I saw someone doing wall "
            "squats with one. I run about 30 km a week. How do I do that exercise properly?",
            "/exercise wall squat",
        ),
        (
            "My club coach showed us bridges at home last week. I run 25 km a week. How many sets of that "
            "exercise should I do?",
            "/exercise bridge",
        ),
        (
            "A friend at parkrun swears by hamstring push-ups. I've never tried them at home. How do I do "
            "that move?",
            "/exercise hamstring push-up",
        ),
    ],
)
def test_that_exercise_is_the_move_told(question: str, card: str) -> None:
    reply = text(question)
    assert card in reply
    assert not reply.startswith("Start with simple calisthenics")


# ---- stairs told: the step-up on a stair, not a bench ------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I live in a tiny flat, there's no room for a bench but my building has a concrete stairwell. I'd "
        "like to do step-ups there. What height should I use and how do I do them without wrecking my knees?",
        "No gym near me, but our house has a staircase. How high should the step be for step-ups?",
        "I live on a narrowboat and there are stone steps by my mooring. Can I use those for step-ups, and "
        "how high should the step be?",
    ],
)
def test_stairs_told_are_the_step(question: str) -> None:
    reply = text(question)
    assert "stair" in reply or "step that won't slide" in reply
    assert "Keep the bench" not in reply
    assert "Use a lower step" not in reply


def test_no_stairs_keeps_the_stand_in() -> None:
    reply = text("no stairs or steps anywhere in my flat. how am i supposed to do calf raises or step ups?")
    assert "one or two steps up" not in reply
    assert "chair" in reply


def test_kit_named_without_an_article_gets_one() -> None:
    reply = text("I've got a sturdy wooden box in the garage. Can I use it for box hops?")
    assert reply.startswith("Yes: a low box")


# ---- legs spent by a run just done: not the day before a race ----------------------------------------


@pytest.mark.parametrize(
    ("question", "normal"),
    [
        (
            "I did my first parkrun on Saturday and my legs were like jelly afterwards. I've only been "
            "running for six weeks. Is that normal, and should I be doing leg exercises?",
            True,
        ),
        ("My legs are like jelly after parkrun. I've been running two months. Should I lift?", False),
        (
            "Ran my first 10k race yesterday and my legs felt dead by the end. Would strength work help?",
            False,
        ),
    ],
)
def test_legs_spent_after_a_run_get_the_why(question: str, normal: bool) -> None:
    reply = text(question)
    assert "Skip strength work the day before a race" not in reply
    assert "slower to fatigue" in reply
    assert reply.startswith("Yes, that's normal") is normal


def test_a_race_ahead_keeps_the_race_eve_rule() -> None:
    reply = text("My legs were like jelly after parkrun. I have a race on Saturday. Can I lift on Friday?")
    assert reply.startswith("No: Friday is the day before your race")


# ---- no hills where they are, a treadmill told: the incline leads ----------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I'm a deckhand at sea for six weeks at a time. The gym on board has a treadmill and a rack of "
        "dumbbells. I've entered a mountain trail race for when I get back. How do I keep my climbing legs "
        "while stuck on board?",
        "I live in the Netherlands where it's completely flat. I've signed up for a hilly trail race in the "
        "Alps. My gym has treadmills and machines. How do I train for climbs?",
        "I live somewhere pancake flat and I've entered a mountain ultra. I have a treadmill and some "
        "dumbbells at home. How do I get my legs ready for the uphill?",
    ],
)
def test_no_hills_and_a_treadmill_lead_with_the_incline(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Treadmill incline is your hill")
    assert "5–10%" in reply
    assert "put on music" not in reply


def test_at_sea_the_hill_line_is_on_board() -> None:
    reply = text(
        "I'm a fisherman away at sea for weeks. The boat has a treadmill and a couple of kettlebells. I've "
        "got a hilly half marathon when I'm back. How do I keep fit for the hills while on board?"
    )
    assert reply.startswith("On board, raise the treadmill's incline")
    assert "car-park" not in reply


# ---- pain denied with an apostrophe: no pain line ---------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "My knees creak when I go up stairs but they don't hurt. I'm a plumber so I kneel a lot at work. "
        "I run 20 km a week. What's a good exercise for my glutes?",
        "My ankles click on every run, it doesn't hurt though. I run 30 km a week. What's a good exercise "
        "for my glutes?",
        "My hips crack when I get up from my desk but they didn't hurt at all today. I run four days a week. "
        "What's a good exercise for my glutes?",
    ],
)
def test_pain_denied_adds_no_pain_line(question: str) -> None:
    reply = text(question)
    assert "bridge" in reply.lower()
    assert "physio" not in reply and "Ease off whatever brings it on" not in reply
