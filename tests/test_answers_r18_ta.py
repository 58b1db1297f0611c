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


# ---- a gym described by its kit: only the machines it has -------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I'm a paramedic on twelve hour shifts. Our base has a small gym with a leg press and some "
        "dumbbells. I'm training for a 10k in spring. What could I do there on a quiet shift for my legs?",
        "Work in an office with a tiny gym with a leg press, a few dumbbells and a rower. I run 30k a "
        "week. What leg session could I do at lunch with that?",
        "The barracks has a basic gym with a leg press and a dumbbell rack. I've got a half marathon in "
        "June. What should I do on that kit for my running legs?",
    ],
)
def test_gym_with_a_leg_press_lists_no_other_machines(question: str) -> None:
    reply = text(question)
    assert "Leg press" in reply
    assert "Quadriceps extension" not in reply
    assert "Hamstring curl" not in reply


# ---- one kettlebell told: held at the chest, not a dumbbell in each hand; how often said once ------------


@pytest.mark.parametrize(
    "question",
    [
        "I work night shifts as a nurse and run about 25k a week. I've got a kettlebell and a resistance "
        "band at home. What can I do with just those for my legs, and how often?",
        "Student, tiny room, running 4 times a week. All I have is a kettlebell and a loop band. What can I "
        "do for my legs with those, and how many times a week?",
        "I'm a stay at home dad and run while the kids are at school. I own a kettlebell and a mini band. "
        "What could I do for my legs with them, and how often?",
    ],
)
def test_kettlebell_and_band_hold_the_bell_and_say_how_often_once(question: str) -> None:
    reply = text(question)
    assert "kettlebell at your chest" in reply
    assert "dumbbell in each hand" not in reply
    assert reply.lower().count("twice a week") == 1


# ---- back after an illness, a doctor's go-ahead told: the asks answered, after one easing-in line ---------


@pytest.mark.parametrize(
    "question",
    [
        "Had covid in the spring and stopped running for a month. My legs still feel weak on long runs. My "
        "GP has cleared me to exercise. I've got about 20 minutes on my rest days: is that enough for a leg "
        "session, and what would you put in it?",
        "Recovering from glandular fever, off for two months. The doctor has given me the all clear now. "
        "I only have 15 minutes after work. Is that enough time, and which exercises?",
        "Had the flu badly over Christmas and lost a lot of fitness. My GP says I'm fine to train again. "
        "I've got 20 minutes on non-run days, is that long enough for strength work and what should I do?",
    ],
)
def test_cleared_after_illness_gets_the_session(question: str) -> None:
    reply = text(question)
    assert "Good that you're cleared" in reply
    assert "check with a doctor" not in reply
    assert "•" in reply or "calf raise" in reply.lower()


def test_illness_with_warning_signs_keeps_the_caution() -> None:
    reply = text(
        "Had covid last month, my GP cleared me, but I still get dizzy on hills. I have 20 minutes, is that "
        "enough for a leg session?"
    )
    assert "Good that you're cleared" not in reply


# ---- pregnant now, said outright, whatever the story says of before or after -------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I'm 24 weeks pregnant and still doing easy 5ks twice a week. Before I got pregnant I did a lot of "
        "bridges and hamstring work. Which leg exercises should I keep, and what should I change?",
        "I'm 6 months pregnant with our first and walking more than running now. I'd like to get back to "
        "running after the baby. Which leg exercises are still fine to do?",
        "I am currently in my second trimester. I ran a marathon before I was pregnant and I want to keep "
        "some strength. What leg exercises can I still do?",
    ],
)
def test_pregnant_now_gets_the_standing_moves(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Training while pregnant isn't covered")
    assert "never hold your breath" in reply
    assert "leave out the bridge" in reply


def test_after_the_baby_is_not_pregnant_now() -> None:
    reply = text(
        "Before I got pregnant I ran 40k a week. My son is 5 months old now and I'm back to easy runs. Which "
        "leg exercises should I start with?"
    )
    assert "Training while pregnant" not in reply


# ---- one group told big, another missing, in a long story: the missing group's moves ----------------------


@pytest.mark.parametrize(
    "question",
    [
        "Played rugby for twenty years and only took up running last spring. I do a parkrun most weeks and a "
        "couple of easy runs. My physio mate says I've got huge quads but no hamstrings from all the "
        "scrummaging. How do I even that out?",
        "Spent a decade speed skating before I switched to running half marathons. Everyone at the club "
        "jokes I've got massive quads and hardly any hamstrings. I'm running about 35k a week now. What's "
        "the best way to balance it out?",
        "I'm 38 and did years of cycling before I started running ultras this year. My quads are strong but "
        "I've got barely any hamstrings according to my coach. I run 60k a week. How do I sort that out?",
    ],
)
def test_strong_quads_missing_hamstrings_gets_hamstring_work(question: str) -> None:
    reply = text(question)
    assert "hamstrings" in reply.split("\n")[0][:40]
    assert "hamstring push-up" in reply.lower()
    assert "For the quads" not in reply


# ---- strength work in place of hill sprints: the moves that power the climbs, not the hard-run rule ----


@pytest.mark.parametrize(
    "question",
    [
        "My asthma is well controlled but sprinting up hills sets off my wheezing every time. Easy runs are "
        "fine. Could strength work replace the hill sprints?",
        "Hill reps leave me wrecked for days and I run 30k a week on the flat anyway. Can strength training "
        "stand in for hill sessions if I want to get stronger on climbs?",
        "My club does hill sprints on Thursdays but I work late that day. Would gym sessions replace the "
        "hill sprints for getting stronger uphill?",
    ],
)
def test_strength_in_place_of_hill_sprints_gets_the_climbing_moves(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Yes")
    assert "step-ups" in reply.lower() and "lunges" in reply.lower()
    assert "not on a hard-run day" not in reply
