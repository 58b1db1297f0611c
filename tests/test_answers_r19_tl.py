"""Round 19, tl (issue 25): long messages, pass 2.

- a week told without its commas ("tuesday intervals thursday tempo sunday long run") gives each day its
  own run (every day read as the first one's intervals), and "other days easy or off" is not a runner
  whose only days are hard ones;
- "do I need a break from the lifting?" is the week off once a month, not soreness carried into a run
  (the "from the lifting" read as the soreness's cause);
- a gym out of reach ("the nearest gym is a 40 minute drive", "miles from any gym") is no gym: no
  machines listed;
- hills asked about as the strength work ("where do I start with hills as strength work?") get the
  hill answer, not a home routine with a hill line;
- "I run three times a week" is the runner's running, not three strength sessions to approve;
- "is running on its own enough?" is running's sufficiency (no: an inefficient way to build strength),
  not the runner's minutes; "skipped the gym" is not a gym to hand machines to;
- "what should I do before I start lifting / loading up?" is the warm-up, not a timed routine;
- a session still ahead ("legs at the gym later today, is that ok?") is the same-day order, not
  whether soreness after it is normal;
- the hill stand-ins said once ("No hill? ..." then "No hill with a 5–10% grade? ...").
"""

from __future__ import annotations

import pytest
from answerutil import text

from content.week import _week

pytestmark = pytest.mark.dateless


# ---- a week told without commas: each day its own run ------------------------------------------------


@pytest.mark.parametrize(
    ("told", "want"),
    [
        (
            "tuesday intervals thursday tempo sunday long run",
            {"tue": "hard: intervals", "thu": "hard: tempo", "sun": "hard: long run"},
        ),
        (
            "intervals tuesday tempo thursday long run sunday",
            {"tue": "hard: intervals", "thu": "hard: tempo", "sun": "hard: long run"},
        ),
        (
            "long run sunday intervals tuesday hill reps friday",
            {"sun": "hard: long run", "tue": "hard: intervals", "fri": "hard: hill"},
        ),
        (
            "monday easy tuesday intervals saturday long run",
            {"mon": "easy", "tue": "hard: intervals", "sat": "hard: long run"},
        ),
    ],
)
def test_week_without_commas_gives_each_day_its_own_run(told: str, want: dict[str, str]) -> None:
    assert _week(told) == want


@pytest.mark.parametrize(
    "question",
    [
        "OK so my week: Tuesday intervals, Thursday tempo, Sunday long run, other days easy or off. I'm a "
        "postman on early shifts so some weeks there's only one day I could squeeze in both a run and a "
        "lift. I want two leg sessions a week. Which days, and if I have to double up what goes first?",
        "My week is Tuesday intervals, Thursday tempo and Sunday long run, the other days are easy. Some "
        "weeks there's only one day I can fit a run and a lift. Which days for two leg sessions, and what "
        "goes first if I double up?",
        "Tuesday intervals, Thursday tempo, Sunday long run, rest of the week easy. With my kids there's "
        "only one day I can do both some weeks. Which days should my two strength sessions go on and "
        "which first when they share a day?",
    ],
)
def test_hard_days_named_as_told_and_easy_days_picked(question: str) -> None:
    reply = text(question)
    assert "Thursday (intervals)" not in reply and "Sunday (intervals)" not in reply
    assert reply.startswith("Not Tuesday, Thursday or Sunday")
    assert "run first" in reply


# ---- a break from the lifting: the week off -----------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I've done strength twice a week religiously since March and never skipped one. But lately my "
        "legs feel heavy on pretty much every run. I'm 33 and building towards a trail marathon. My plan "
        "has no easy weeks at all. Do I need a break from the lifting?",
        "Legs feel heavy on every run lately and I've a half marathon in May. I lift twice a week with no "
        "down weeks. Should I take a break from strength?",
        "I've been hitting legs twice a week for months and my legs are heavy on my long runs now. Do I "
        "need some time off from the weights?",
    ],
)
def test_break_from_lifting_is_the_week_off(question: str) -> None:
    reply = text(question)
    assert "week off" in reply
    assert "soreness carrying over" not in reply


# ---- a gym out of reach is no gym ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Where do I start with hills as strength work? I live in a tiny village in the Dales and the "
        "nearest gym is a 30 minute drive. There's hills everywhere round here. I can't get to weights "
        "so I want the hills to do the job.",
        "The nearest gym is an hour away so I train at home. What should I do for my legs?",
        "I live miles from any gym. What leg work should I do for my running?",
    ],
)
def test_gym_out_of_reach_lists_no_machines(question: str) -> None:
    reply = text(question)
    assert "Leg press" not in reply and "Hamstring curl" not in reply
    assert "With a gym" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "Where do I start with hills as strength work? The nearest gym is a 40 minute drive but there are "
        "hills everywhere here. I want the hills to do the job.",
        "No gym in my town. How do I use hills as my strength work?",
        "How do I get started with hill repeats? I live miles from any gym.",
    ],
)
def test_hills_as_strength_asked_is_the_hill_answer(question: str) -> None:
    reply = text(question)
    assert "5–10%" in reply.split("\n")[0]
    assert "/exercise hill repeats" in reply
    assert "Calf raise" not in reply and "Leg press" not in reply


# ---- "I run N times a week" is the running ------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Working dad of two in Cork here. I run three times a week before work and that's all the time I "
        "have. I heard strength training takes hours. Not sure it's worth it for me, what would I get out "
        "of it?",
        "I run twice a week and that's my lot. Is strength work even worth it, what would I actually get "
        "from it?",
        "Busy teacher, I jog three times a week at lunch. Is leg strength work worth it for me? What's "
        "the benefit?",
    ],
)
def test_running_count_is_not_strength_sessions(question: str) -> None:
    reply = text(question)
    assert "is what the article suggests" not in reply
    assert "Three times a week" not in reply and "Twice a week is what" not in reply
    assert "oxygen" in reply


def test_strength_count_still_answered() -> None:
    assert text("I lift three times a week, is that enough?").startswith("Yes: three times a week")


# ---- is running on its own enough? --------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I'm 42 and I've been running about 30 miles a week for years. I've always skipped the gym "
        "because running is basically leg day every day. Is running on its own really not enough to "
        "build leg strength, and what would a short session look like? I get maybe 20 mins at night.",
        "Is running enough on its own for strong legs?",
        "Isn't running alone enough to build leg strength? I have about 20 minutes after work.",
    ],
)
def test_running_alone_enough_is_no(question: str) -> None:
    reply = text(question)
    assert reply.startswith(("No", "Not from ordinary running"))
    assert "inefficient" in reply
    assert "Leg press" not in reply


# ---- the hill stand-ins said once ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I'm in Winnipeg and winter is minus 30 for weeks. I usually stop running Dec to Feb. Is winter a "
        "good time for strength work, and what can I do to replace my hill sessions?",
        "I live in northern Sweden and it's dark and icy from November till March, I basically stop "
        "running. Is winter a good time to focus on strength, and what can replace hill training?",
        "Snow here for three months. Is that a good time to lift, and what replaces my hill repeats?",
    ],
)
def test_hill_stand_ins_said_once(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Yes")
    assert reply.count("\nNo hill") <= 1


# ---- what to do before lifting: the warm-up, not a routine --------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I roll out of bed at 6, drive to the gym and go straight onto the leg press cos I've only got "
        "half an hour before work. What should I be doing before I start loading up? I'm 50 and a "
        "plumber. Felt a twinge in my hip last week doing it cold, it's fine now.",
        "I only have half an hour before work at the gym. What should I do before my leg session?",
        "I go straight onto the squat rack. What should I do before I start lifting?",
    ],
)
def test_before_lifting_is_the_warm_up(question: str) -> None:
    reply = text(question)
    assert "jog" in reply.split("\n")[0].lower()
    assert "Leg press: 12" not in reply and "12–15 reps" not in reply


# ---- a session still ahead is not soreness after it -----------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I'm heading out for a 10 mile run this morning and want to do legs at the gym later today. Is "
        "that ok?",
        "Easy 5k this morning, and I'm going to do squats at the gym tonight. Is that ok?",
        "Got a run at lunch and plan to hit the gym for leg day this evening. Is that ok?",
    ],
)
def test_session_ahead_gets_the_same_day_order(question: str) -> None:
    reply = text(question)
    assert "soreness" not in reply
    assert "run first" in reply.lower() or "Run first" in reply


def test_soreness_after_a_session_still_normal() -> None:
    reply = text("Did squats yesterday and my legs are so sore today, is that normal? I want to run soon.")
    assert reply.startswith("Yes, that's normal")
