"""Round 17, uc (issue 25): failures found on 45 self-written long, multi-part, casual and misspelt
messages, fixed by mechanism.

- a filler "just" ("I just want to make sure it never happens again") is no fresh injury: a tear told a
  year back and healed is history, not A&E today;
- injuries told in the plural ("had two stress fractures last year") are history like one is;
- a claim told with "keeps telling me to", "insists", "suggested" is the claim an "is he right?" weighs,
  and the bulk claim gets its verdict ("go light so you don't bulk up": No);
- a greeting ("Hello coach,", "Good morning") is no ask of its own (it took its topic from the story
  after it), and "good morning" as a greeting is not the good-morning lift;
- a bare "why tho" after a rule told asks that rule's why, not why strength work;
- "It is true that weights make the runner slow?" (a learner's word order) is "is it true that...":
  its verdict first.
"""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless

_A_AND_E = "get it seen today"


# ---- an old injury with a filler "just" or told in the plural --------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Quick context: I tore my hamstring about a year ago sprinting for a bus, it healed, I'm running "
        "again, and I just want to make sure it never happens again. I have a chair and a yoga mat. What's "
        "a good hamstring exercise I can do at home?",
        "I strained my calf two years ago, all fine now, I just want to know how many sets of calf raises.",
        "Tore my quad last season and I just wanna keep it strong. Which quad exercises?",
        "I pulled my hamstring in the last year and just need some exercises for it now it's healed.",
    ],
)
def test_filler_just_is_no_fresh_tear(question: str) -> None:
    assert _A_AND_E not in text(question)


def test_a_fresh_just_is_still_today() -> None:
    assert _A_AND_E in text("I just tore my calf, can I do calf raises?")
    assert _A_AND_E in text("tore my hamstring years ago and just pulled it again, what now")


@pytest.mark.parametrize(
    "question",
    [
        "I've had two stress fractures in my foot in the last year and a trainer mentioned muscle "
        "imbalances. How do weak hips or glutes actually cause injuries?",
        "had a couple of stress fractures last season, which exercises help my hips?",
        "I had three hamstring strains two years ago. Which exercises build the hamstrings?",
    ],
)
def test_plural_old_injuries_are_history(question: str) -> None:
    got = text(question)
    assert not got.startswith("Stop")
    assert _A_AND_E not in got


# ---- a claim told with other verbs -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "I go Mondays and Thursdays, long run Sunday and intervals on Tuesday. The guy at the gym keeps "
            "telling me to go light and high reps so I don't bulk up because bulky legs are slow. Is he "
            "right?",
            "No: with a balanced programme",
        ),
        (
            "I lift on Mondays. My sister keeps telling me that weights will make me slow. Is she right?",
            "No:",
        ),
        ("My brother reckons you should never lift heavy because you'll get bulky. Is he right?", "No:"),
        (
            "I run intervals Tuesdays. My coach says lifting won't make you slow if you do it right. Is that "
            "true?",
            "Yes, that's right:",
        ),
    ],
)
def test_bulk_claim_verdict(question: str, lead: str) -> None:
    assert text(question).startswith(lead)


# ---- a greeting is no ask ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Hello coach, how many times in week I must do the leg training? I run 4 days.",
        "Hello, how many times a week should I lift? I run 4 days.",
        "Hi coach, how often should I do legs? I run five days a week.",
    ],
)
def test_greeting_is_no_ask(question: str) -> None:
    assert text(question).startswith("Twice a week")


def test_good_morning_greeting_is_not_the_lift() -> None:
    assert "RDLs" not in text("Good morning coach, how many reps should I do?")
    assert "RDLs" in text("are good mornings ok for runners?")


# ---- a bare why after a rule told ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("bro my gym buddy says dont lock ur knees on leg press. why tho", "joint"),
        ("my coach says don't lock your knees. why though?", "joint"),
        ("my friend says never lift the day before a race. how come?", "recover"),
        ("a guy at my club told me to do one-legged squats instead of normal ones. why is that?", "each leg"),
    ],
)
def test_bare_why_asks_the_rule_told(question: str, word: str) -> None:
    got = text(question)
    assert got.startswith("Because") or word in got.split("\n")[0]
    assert word in got


# ---- "it is true that ...?" --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "In my country we say strength is not for the runners. It is true that weights make the runner "
            "slow?",
            "No",
        ),
        ("It is true that weights make the runner slow?", "No"),
        ("its true that lifting makes you bulky?", "No"),
    ],
)
def test_learner_is_it_true(question: str, lead: str) -> None:
    assert text(question).startswith(lead)


def test_who_said_it_is_named_once() -> None:
    got = text("my teammates keep saying lifting makes you slow. who's right?")
    assert got.startswith("Not your teammates: with a balanced programme")
