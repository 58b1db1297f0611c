"""Round 16 (wc): slang, paraphrase and typos read as what they mean.

- A gym said absent in other words ("don't have a gym", "can't get to the gym", "no gym membership")
  is the no-gym constraint: the one best move for a muscle is the home one, not the machine.
- Speed said in slang ("quick legs", "snappier turnover", "track season") with the ask said as
  "what's the move": the article's speed picks (plyometrics first), while "faster up hills" keeps
  the hill card.
- Whether leaving leg work out matters ("does skipping leg day actually matter if I run 50k?") is a
  Yes (it matters), not the No that "can I skip leg day?" gets.
- A plan told in slang ("imma", "finna") and "every single day": daily, so "No need: twice a week",
  with no single-leg line for the "single".
- Advice heard from others that the article doesn't cover ("gym bros say deadlift, run club says
  yoga, what actually matters?"): said to be outside the article, then what it says matters (all the
  main groups in balance), not a gym routine; "what actually matters" alone is the priority moves.
- "what wakes em up", "what fires them up", "what activates them": the verb's -s form read as
  strengthening too, so the muscle's exercises lead (not its anatomy).
- One named move said boring with a "spice it up" / "make it more fun" ask: that move made harder
  (its harder version), music and rotation, not the generic variety rule; "instead" still swaps it.
- Hills asked whether they are leg day ("hill reps = leg day?"): yes, mostly, with the caveat that
  the hamstrings and hips need their own moves; "= strength work" keeps its plain Yes.
- A worry asked ahead ("leg day gonna wreck my long run sat?", "will leg day ruin my long run"): the
  direct answer first (not if you leave a gap), while soreness told after the fact keeps the rules.
- A consonant left out of a long word of ours ("mucles", "plyometics") is fixed like a vowel left
  out ("marthon"), so the misspelt question gets the correctly spelt one's reply.
"""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


@pytest.mark.parametrize(
    ("q", "move"),
    [
        ("whats the best excercise for hamstirngs if i dont have a gym", "hamstring push-up"),
        ("top move for the back of my thighs, cant get to a gym", "hamstring push-up"),
        ("best quad exercise? i don't have a gym membership", "one-legged squat"),
        ("single best hamstring move with no gym", "hamstring push-up"),
    ],
)
def test_gym_absent_picks_the_home_move(q: str, move: str) -> None:
    reply = text(q)
    assert reply.lower().startswith(f"the {move}")
    assert "machine" not in reply.split("\n")[0].lower()


def test_gym_present_keeps_the_machine() -> None:
    assert text("best hamstring exercise at the gym").lower().startswith("the hamstring curl")


@pytest.mark.parametrize(
    "q",
    [
        "tryna get them quick legs for track season, what's the move",
        "want faster legs for the 1500, whats the play",
        "need snappier turnover, what should i do",
    ],
)
def test_speed_slang_gets_the_speed_picks(q: str) -> None:
    reply = text(q)
    assert reply.startswith("For speed")
    assert "plyometrics" in reply


def test_faster_up_hills_keeps_the_hill_card() -> None:
    assert text("tryna get faster up hills ngl, whats the move").startswith("Hill repeats")


def test_beach_without_a_gym_is_outdoors_not_home() -> None:
    reply = text("I train on the beach and I don't have a gym, only sand dunes. How do I get stronger?")
    assert "at home" not in reply.split("\n")[0]


@pytest.mark.parametrize(
    "q",
    [
        "yo does skipping leg day actually matter if i already run 50k a week",
        "is missing strength work a big deal if i run loads",
        "does dropping legs make a difference when im running 60k weekly",
    ],
)
def test_does_skipping_matter_is_yes(q: str) -> None:
    assert text(q).startswith("Yes")


def test_can_i_skip_is_still_no() -> None:
    assert text("can i skip leg day since i run a lot").startswith("No")


@pytest.mark.parametrize(
    "q",
    [
        "imma do legs every single day for a month, thoughts?",
        "finna hit legs every single day, good idea?",
        "doing legs everyday this month, thoughts?",
    ],
)
def test_daily_plan_in_slang_is_no_need(q: str) -> None:
    reply = text(q)
    assert reply.startswith("No need: twice a week")
    assert "one-legged" not in reply


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        (
            "gym bros say deadlift, run club says yoga. im confused af, "
            "what actually matters for running legs",
            "Neither deadlifts nor yoga is in the article",
        ),
        (
            "my physio says pilates, my mate says deadlifts. what actually matters for strong legs?",
            "Neither pilates nor deadlifts is in the article",
        ),
        (
            "my sister swears by yoga. what really matters for strong legs?",
            "Yoga isn't in the article",
        ),
    ],
)
def test_others_advice_not_covered_then_basics(q: str, lead: str) -> None:
    reply = text(q)
    assert reply.startswith(lead)
    assert "in balance" in reply
    assert "Leg press" not in reply


@pytest.mark.parametrize(
    "q",
    ["what actually matters for running legs", "what really counts for leg strength when you run?"],
)
def test_what_actually_matters_is_the_priority_moves(q: str) -> None:
    reply = text(q)
    assert "one-legged squat" in reply
    assert "in the article, so" not in reply


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("physio says my glutes are asleep \U0001f480 what wakes em up", "For the glutes:"),
        ("my hammies feel switched off, what fires them up?", "For the hamstrings:"),
        ("coach reckons my glutes are lazy, what activates them", "For the glutes:"),
    ],
)
def test_wake_them_up_leads_with_exercises(q: str, lead: str) -> None:
    reply = text(q)
    assert reply.startswith(lead)
    assert not reply.startswith("Gluteal muscles")


@pytest.mark.parametrize(
    ("q", "move", "harder"),
    [
        ("calf raises r so boring tbh, any way to spice em up", "calf raise", "one leg at a time"),
        ("lunges are sooo dull, how do i make them more fun", "lunge", "dumbbells"),
        ("bridges bore me to death, how can i mix it up", "bridge", "on one leg"),
    ],
)
def test_boring_move_spiced_up(q: str, move: str, harder: str) -> None:
    reply = text(q)
    assert reply.startswith(f"Make the {move} harder")
    assert harder in reply.split("\n")[0]
    assert "music" in reply


def test_boring_move_swap_still_swaps() -> None:
    assert text("lunges are dull, what can i do instead").startswith("Swap it for another move")


@pytest.mark.parametrize(
    "q",
    [
        "hill reps = leg day? asking for a friend",
        "do hill sprints count as leg day",
        "hills basically leg day right?",
    ],
)
def test_hills_as_leg_day_yes_with_caveat(q: str) -> None:
    reply = text(q)
    assert reply.startswith("Yes, mostly")
    assert "hamstring" in reply
    assert "isn't a whole leg day" in reply


def test_hills_as_strength_work_plain_yes() -> None:
    reply = text("hill reps = strength work?")
    assert reply.startswith("Yes:")
    assert "whole leg day" not in reply


@pytest.mark.parametrize(
    "q",
    [
        "leg day gonna wreck my long run sat?? lol",
        "will leg day ruin my long run on sunday",
        "squats gonna mess up my tempo thursday?",
    ],
)
def test_worry_ahead_gets_the_direct_answer(q: str) -> None:
    reply = text(q)
    assert reply.startswith("Not if you leave a gap")
    assert "day or two" in reply


def test_soreness_after_keeps_the_rules() -> None:
    assert text("my legs are wrecked from leg day, long run tomorrow").startswith("The article's rules")


@pytest.mark.parametrize(
    ("typo", "right"),
    [
        ("wich mucles make u lean forwrd when runing", "which muscles make you lean forward when running"),
        ("is plyometics good for runners", "is plyometrics good for runners"),
        ("which mucles does the bridge work", "which muscles does the bridge work"),
    ],
)
def test_consonant_left_out_reads_as_the_word(typo: str, right: str) -> None:
    assert text(typo) == text(right)


def test_lean_forward_typo_names_the_glutes_once() -> None:
    reply = text("wich mucles make u lean forwrd when runing")
    assert "glutes" in reply.split("\n")[0]
    assert "Good exercises" not in reply
