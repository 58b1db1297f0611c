"""Round 18, ta (issue 25): long messages, background then one or two asks, fixed by mechanism.

- a claim told in the story and asked of as people ("is my coach right?", "who's right?", "which of them
  is right?", "it is true?"): the article's answer to the claim, not "right" read on its own nor a
  figure or a day the story happened to give; a bulk or slowness fear told is answered too.
"""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


# ---- a claim told, then "who's right?" ----------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "My husband and I have entered a 10k in May. He's started doing squats and lunges twice a week and "
        "wants me to join him, but I reckon I just need to run more. Who's right?",
        "Our club is doing a half in the spring. My running partner thinks running more miles is all we need "
        "for stronger legs. Is my partner right?",
        "I've been running two years, mostly 5ks. A lad at work says just running is enough leg training for "
        "a runner. Which of us is right?",
    ],
)
def test_running_more_claim_gets_the_strength_case(question: str) -> None:
    reply = text(question)
    assert "inefficient way" in reply
    assert "Run first" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "I run for my college team and our coach has us doing plyometrics twice a week. A friend on the "
        "track team says plyos are pointless for distance runners. Which of them is right?",
        "Coach put box jumps and skipping into our Tuesday sessions. My mate says plyometrics are no use "
        "for marathon runners. Is my mate right?",
        "I've started doing line hops after my easy runs. My brother-in-law says plyometrics are useless "
        "for long distance. Who's right?",
    ],
)
def test_plyometrics_claim_gets_what_they_build(question: str) -> None:
    reply = text(question)
    assert "explosive power" in reply
    assert not reply.startswith("Twice a week")


@pytest.mark.parametrize(
    "question",
    [
        "I started running again after five years off and my knees ache a little after. My friend says I "
        "must do leg days in the gym but I'm scared I'll get slow and heavy. Is it true?",
        "Back to jogging after a long break, about 3k at a time, knees a bit sore after. My colleague says "
        "I need to train legs at the gym, but I worry I'll become heavy and slow. It is true?",
        "Running again since spring, 4k runs, and my knees twinge a little afterwards. My sister says I "
        "should lift for my legs but I'm afraid I'll end up slow and bulky. Is my sister right?",
    ],
)
def test_gym_claim_with_a_slowness_fear_answers_the_fear(question: str) -> None:
    reply = text(question)
    assert "won't bulk you up or slow you down" in reply
    assert not reply.startswith("I can't diagnose it")


def rx_any_age(reply: str) -> bool:
    """A "Yes" that says the runner can start at any age, whichever reply gives it."""
    return any(line.startswith("Yes") and "any age" in line for line in reply.split("\n"))


# ---- age asked as "is it safe / can I at my age?": the verdict the right way up ---------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I retired last year at 64 and run three easy 5ks a week. My doctor is happy for me to exercise. Is "
        "it safe to start lifting weights at my age, and what should I start with?",
        "I'm 70 and have been jogging for ten years, slowly. My nurse says strength work would help my "
        "bones. Can I safely start leg exercises at my age, and where do I begin?",
        "Took up running at 58 after my kids left home, now doing parkrun most weeks. Is it ok to begin "
        "strength training at my age, and how often should I do it?",
    ],
)
def test_age_asked_as_safe_gets_yes(question: str) -> None:
    reply = text(question)
    assert rx_any_age(reply)
    assert "No, it's never too late" not in reply
    assert "young runners" not in reply


def test_too_old_still_gets_its_no() -> None:
    reply = text(
        "I'm 66 and only started running last year. Am I too old to start lifting weights for my legs?"
    )
    assert reply.startswith("No")
    assert not rx_any_age(reply)


# ---- which leg, asked as a choice: no "Yes." to "both or just the weak one?" ---------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Tore my ankle ligaments two years ago and my right calf is still smaller than the left. The physio "
        "signed me off long ago. Should I train both legs or just the weak one?",
        "My right leg is noticeably weaker since a knee op last year, I can feel it on hills. I run 20k a "
        "week. Do I work both sides or only the weaker side?",
        "My left leg is clearly stronger than my right from years of kicking a ball. Should I do both legs, "
        "or just my weaker leg?",
    ],
)
def test_both_or_just_the_weak_leg_says_both(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Both legs.")
    assert "weaker leg first" in reply


@pytest.mark.parametrize(
    "question",
    [
        "My left leg is stronger than my right and I feel lopsided when I run. Should I do extra sets on the "
        "weaker side?",
        "My right glute is lazy compared to my left, my physio says. Would more reps on the weak side help "
        "it catch up?",
        "I'm left footed and my left leg is much stronger. Should I add more work for the weaker leg when I "
        "do single-leg moves?",
    ],
)
def test_more_work_for_the_weak_side_keeps_reps_even(question: str) -> None:
    reply = text(question)
    assert "keep the reps even" in reply.lower()
    assert not reply.startswith("Yes. ")
