"""Round 18, te (issue 25): long and multi-part messages, the story not read as the ask.

- "I run about 90 minutes every day": the run's length, not the time the runner has for strength work
  (it read "90 minutes is plenty for one session");
- "every time our running volume jumps I get shin splints": the load's rise, not a jumping drill asked
  about (it answered "Not for now: hopping and bounding...");
- "the day after a tempo run?": the easy day after any hard run, not a long run alone.
"""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


# ---- a run's length is not the time for strength work ----------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Ultra runner here, I run about 90 minutes most days and work long hours on top. I can't find an "
        "extra hour for the gym. Is a short strength session even worth it, and how short can it be?",
        "I jog for 75 minutes every morning before work and there's nothing left in the day. Is a quick leg "
        "session worth doing at all, how short could it be?",
        "We run around 80 minutes a day on the team and I have lectures after. Can a short strength session "
        "still help, and how short is enough?",
    ],
)
def test_a_runs_length_is_not_the_strength_time(question: str) -> None:
    reply = text(question)
    assert "plenty for one session" not in reply
    assert not any(f"{n} minutes is" in reply for n in ("75", "80", "90"))
    assert "15 to 20 minutes" in reply


# ---- a load that jumps is not a jumping drill asked about ------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I'm in the army and every time our running volume jumps I get shin splints. I've got about 15 "
        "minutes in the evening. What can I do for my shins?",
        "My mileage jumped from 30 to 50k last month and my shins have been sore since. Which exercises "
        "should I do for them?",
        "Every time there's a big jump in my training my shins ache. What can I do to strengthen them?",
    ],
)
def test_a_training_jump_is_not_a_plyometrics_ask(question: str) -> None:
    reply = text(question)
    assert not reply.startswith("Not for now")
    assert "hopping and bounding are high-impact" not in reply
    assert "calf raise" in reply.lower()


@pytest.mark.parametrize(
    "question",
    [
        "shin splints flaring again, is hopping over a line a bad idea for now?",
        "my shins are sore at the moment, are box jumps ok?",
        "knee is aching this week, should I still do my plyometrics?",
    ],
)
def test_jumping_drills_asked_while_sore_still_held(question: str) -> None:
    reply = text(question)
    assert "high-impact" in reply


# ---- the day after any hard run ------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "can I do strength the day after a tempo run?",
        "is leg day ok the morning after intervals?",
        "what about the day after my threshold run, can I lift then?",
    ],
)
def test_the_day_after_a_hard_run_names_hard_runs(question: str) -> None:
    reply = text(question)
    assert "after a long run suits" not in reply
    assert "day before a race" in reply


# ---- a number of moves asked for is a limit ---------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "n"),
    [
        ("Only want three exercises, nothing more, for my half marathon training.", 3),
        ("give me 2 moves for a 5k runner, I'm short on time", 2),
        ("What are the three best strength exercises for a marathoner?", 3),
        ("I'm at the gym, just give me four exercises", 4),
    ],
)
def test_a_number_of_moves_asked_is_kept(question: str, n: int) -> None:
    reply = text(question)
    assert reply.count("\n• ") == n
    assert "runner's knee" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "I do three exercises twice a week, is that enough?",
        "how many exercises should a session have?",
        "give me three exercises for my calves",
    ],
)
def test_a_count_told_or_a_part_asked_is_not_the_few_picks(question: str) -> None:
    assert "our picks" not in text(question)


# ---- now or wait: the side chosen, not a "No" -------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Week 4 of couch to 5k and I'm quite heavy. Should I add leg strength now or wait until I finish?",
        "Total beginner, only been running a few weeks. Start strength now, or hold off until I can run "
        "30 minutes?",
        "I'm new to running and on c25k. Do I begin lifting already or wait till I can do 5k?",
    ],
)
def test_now_or_wait_says_start_now(question: str) -> None:
    reply = text(question)
    assert not reply.startswith("No")
    assert reply.startswith("Start now")


def test_a_wobble_told_gets_the_balance_point() -> None:
    reply = text(
        "Couch to 5k week 5, and I feel unsteady on trails and a bit wobbly. Should I start strength work "
        "now or wait until I can run 5k?"
    )
    assert "balance" in reply


def test_too_early_still_says_no_not_too_early() -> None:
    assert text("Beginner, only been running a month. Is it too early for strength work?").startswith("No")


# ---- a story, then a why: the reason, not a "Yes" ---------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I'm 15 and on the track team. Coach makes us do hops over a line and skipping drills. We run the "
        "3000m, not the long jump. Why would that help?",
        "My club does box hops every Thursday. I'm a marathoner. Why would jumping help me?",
        "I've been running for ten years without lifting. My physio now has me doing calf raises daily. "
        "Why do calf raises matter for running?",
    ],
)
def test_a_why_after_a_story_gets_no_yes(question: str) -> None:
    reply = text(question)
    assert not reply.startswith(("Yes", "No"))


# ---- where to slot the sessions; a lift after a shift ----------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Where would you slot strength sessions in?",
        "I run five days a week. When would you put the leg days?",
        "where should I squeeze my gym sessions in, I do a tempo on Tuesday and a long run Saturday",
    ],
)
def test_where_to_slot_sessions_gets_the_days(question: str) -> None:
    reply = text(question)
    assert "warm-up" not in reply.lower()
    assert "easy" in reply


@pytest.mark.parametrize(
    "question",
    [
        "Paramedic on 12 hour shifts. Is it ok to do leg strength after a shift?",
        "can I lift after a long shift at the hospital?",
        "I work in a warehouse. Should I do my strength after a 10 hour shift or is that a bad idea?",
    ],
)
def test_a_lift_after_a_shift_gets_its_verdict(question: str) -> None:
    reply = text(question)
    assert "after a shift" in reply
    assert "warm-up" not in reply.lower()


def test_a_night_without_sleep_still_gets_the_sleep_line() -> None:
    reply = text("I do night shifts. Is it bad to lift straight after a night shift when I haven't slept?")
    assert "sleep" in reply.lower()


# ---- gym work changed for running is leg work added, not variety for fun ---------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Police officer, I lift at the gym three times a week, all chest and arms. How should I change my "
        "gym sessions to help my running?",
        "Mostly upper body at the gym. How should I change my gym workouts for my 10k?",
        "How do I modify the gym routine to suit running?",
    ],
)
def test_gym_work_changed_for_running_gets_leg_moves(question: str) -> None:
    reply = text(question)
    assert "put on music" not in reply
    assert "Leg press" in reply or "leg press" in reply


# ---- "then" is the other time told, not the run's -----------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I've got half an hour before work and I run in the evening. Can I do my strength then?",
        "Free at 7am, and my runs are after work. Is it ok to do my leg workout then?",
        "I'm free at lunch and I run in the evening. Can I lift then?",
    ],
)
def test_a_morning_lift_before_an_evening_run_gets_the_run_first_rule(question: str) -> None:
    reply = text(question)
    assert "run first" in reply or "run done first" in reply
    assert not reply.startswith("Yes")
