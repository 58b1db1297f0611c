"""Round 17, ua (issue 25): misreadings from the first tuners' left list, fixed by mechanism.

- a strength session weighed against a sore or tight muscle ("my quads ache, can i do squats today?",
  "hammies tight, should i skip leg day?"): the session words kept the soreness rule away, so the move's
  card or "normal after a session" answered; now a verdict on training today with that soreness (lighter,
  pain-free, see someone if sharp), leaving (r17 vf)'s "can I still hit legs" verdict, today's hard run
  and the next-day session rule their own cases;
- "every morning", "each night", "nightly" are a daily habit ("toe raises every morning for shin
  splints?"): twice a week is enough;
- rest days in a week ("is one rest day a week enough?") are not the monthly week off strength work;
- "what leg work / strength stuff is safe?" asks for the moves (a background told before it, such as a
  baby's age, got "not sure");
- "do I need X if I already do Y?": whether X works a muscle Y doesn't (the quad one's hamstring
  partner with the balance line), not the card's one-leg tip under "Yes";
- a speed goal with "focus on", "work on", "prioritise" gets the article's speed picks;
- fasted lifting ("on an empty stomach", "fasted") is a food question, declined with who to ask;
- "no gym" is neither "no hills" nor a home told: "no gym, hills everywhere" keeps hill repeats;
- running with one's kids or son is a parent's message, not a young runner's;
- heavy lifting with a race a few days or weeks off is the race rule's, not the general "heavier is
  fine".
"""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


def _lead(reply: str) -> str:
    return reply.split("\n")[0]


# ---- training today with a sore muscle ------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "my quads ache, can i do squats today?",
        "sore legs, can I still lift today?",
        "quads aching, ok to do squats?",
        "my calves ache, can i do calf raises today?",
    ],
)
def test_sore_muscle_can_i_train_today(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Yes, if it's ordinary"), reply
    assert "lighter" in reply and "physio" in reply, reply


@pytest.mark.parametrize(
    "question",
    [
        "hammies tight, should i skip leg day?",
        "calves sore, should I skip my strength session?",
        "legs are sore from yesterday's run, should I skip leg day?",
        "legs tight, skip leg day?",
    ],
)
def test_sore_muscle_skip_leg_day(question: str) -> None:
    reply = text(question)
    assert reply.startswith("No need to skip"), reply
    assert "Hamstring curl" not in reply and "15 to 20 minutes" not in reply, reply


def test_sore_verdict_keeps_to_its_ask() -> None:
    # the verdict for a today ask; an open ask and today's hard run keep their own replies
    assert text("hamstrings sore, can I still do leg day?").startswith("Yes, if it's ordinary")
    reply = text("my hamstring is sore, what should I do?")
    assert not reply.startswith(("Yes", "No need")), reply
    reply = text("legs sore after hill reps, should I skip my strength session?")
    assert reply.startswith("Skip it today"), reply


# ---- a daily habit told as "every morning" -------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "can I do toe raises every morning for my shin splints?",
        "is it ok to do calf raises every night?",
        "bridges each morning before work, too much?",
    ],
)
def test_every_morning_is_daily(question: str) -> None:
    reply = _lead(text(question))
    assert "twice a week" in reply, reply


# ---- rest days in a week are not the monthly week off ---------------------------------------------


@pytest.mark.parametrize(
    "question",
    ["is one rest day a week enough?", "is a single rest day per week enough?", "1 rest day a week ok?"],
)
def test_rest_days_a_week(question: str) -> None:
    reply = _lead(text(question))
    assert "rest day" in reply and not reply.startswith("Once a month"), reply


# ---- "leg work", "stuff" and "training" asked for as the moves -----------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What leg work is safe?",
        "Mum of a 3 month old, just back running. What leg work is safe?",
        "knee op last year, all healed. what leg stuff is ok?",
    ],
)
def test_leg_work_is_the_moves(question: str) -> None:
    reply = text(question)
    assert "not sure" not in reply and "bridges" in reply, reply


# ---- a move asked about beside moves already done ------------------------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Do I need calf raises if I already do leg presses?", "Yes: the calves"),
        ("should I bother with hamstring curls if I already do leg presses?", "Yes: the hamstrings"),
        ("do I need lunges if I already do step-ups?", "Not strictly"),
        ("is it worth doing wall squats since I already do lunges?", "Not strictly"),
    ],
)
def test_move_beside_one_already_done(question: str, lead: str) -> None:
    reply = text(question)
    assert reply.startswith(lead), reply


# ---- a speed goal with "focus on" / "work on" ----------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "what should I focus on for speed?",
        "what to focus on for a 5k PB?",
        "what should I train for more speed?",
    ],
)
def test_speed_focus_gets_the_speed_picks(question: str) -> None:
    reply = text(question)
    assert reply.startswith("For speed"), reply


# ---- fasted training is a food question ----------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "is it ok to lift on an empty stomach",
        "can I do my leg workout fasted?",
        "I train fasted in the mornings, is that ok for leg day?",
    ],
)
def test_fasted_lifting_is_food(question: str) -> None:
    reply = text(question)
    assert "not sure" not in reply and "dietitian" in reply, reply


# ---- "no gym" is not "no hills", nor a home told ------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "No gym, hills everywhere. What should I do for my legs?",
        "no gym but loads of hills, what leg workout?",
        "no gym, lots of hills near me, what leg workout should I do?",
    ],
)
def test_no_gym_hills_everywhere_adds_hill_repeats(question: str) -> None:
    assert "Hill repeats" in text(question)
    assert "Hill repeats:" not in text("no gym and no hills, what leg workout?")  # (no hills told: none)


# ---- running with one's kids is not being a young runner -----------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I run with my kids on weekends. How many sets of calf raises should I do?",
        "I jog with my son most mornings, how many reps of squats should I do?",
        "I run with my kids, how often should I do strength work?",
    ],
)
def test_running_with_kids_is_a_parent(question: str) -> None:
    reply = text(question)
    assert "young runners" not in reply and "teenagers" not in reply, reply


# ---- a move beside the quad one: the balance says why --------------------------------------------


def test_hamstring_move_beside_quad_one_gives_balance() -> None:
    reply = text("do I need hamstring curls if I already do squats?")
    assert reply.startswith("Yes: the hamstrings") and "balanced by hamstring work" in reply, reply


# ---- heavy lifting with a race close is the race rule's ------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "half in 3 weeks, can i still go heavy on squats?",
        "marathon in 10 days, can I still lift heavy?",
        "10k in 2 weeks, ok to go heavy on leg day?",
    ],
)
def test_heavy_with_race_close(question: str) -> None:
    reply = text(question)
    assert not reply.startswith("Heavier is fine") and "race" in reply, reply
