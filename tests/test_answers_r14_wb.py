"""Round 14 (tuner wb): body limits and constraints read in more words; an old, healed injury told by
the life it happened in ("back then", "in my rugby days", "used to pull it") is history, not today's
injury, while a hurt told as today's news still gets the stop/rest lead; and an on-topic message
(sessions a week, a limit told after a comma) is not refused as off-topic."""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless

_OFF = "I only know leg strength"
_STOP = ("Stop and rest", "Stop now")


# --- an old injury told by the life it happened in: not acute ---------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "I strained my calf a few times back in my rugby days, now I just run halves. how should I set up my "
        "leg strength week?",
        "tore my hamstring in my playing days, now I'm a runner. which exercises keep both legs even?",
        "I used to pull my hamstrings a lot when I played football. what leg work should I do now?",
        "pulled my groin twice back then when I played hockey, now 40 and running 10ks. how do I balance my "
        "leg sessions?",
    ],
)
def test_an_old_injury_is_not_told_to_stop(message: str) -> None:
    reply = text(message)
    assert not reply.startswith(_STOP), reply
    assert _OFF not in reply


@pytest.mark.parametrize(
    "message",
    [
        "tore my hamstring years ago and just pulled it again today, what exercises?",
        "played rugby back then and pulled my hamstring last night, what now?",
        "I used to strain my calves, and I just pulled one this morning. can I still do calf raises?",
    ],
)
def test_a_hurt_told_as_todays_news_still_stops(message: str) -> None:
    reply = text(message)
    assert any(s in reply[:40] for s in _STOP) or reply.startswith("Not yet. Stop"), reply
    assert "doctor" in reply or "physio" in reply


# --- a training limit told is on topic -------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "night nurse, only time for one session a week, is that worth it?",
        "busy dad of three, just get 2 short sessions a week, will that do anything?",
        "sleeping badly with work stress, is a couple of short sessions still worth it?",
        "night shifts mess up my sleep, are 2 sessions per week ok for legs?",
    ],
)
def test_sessions_a_week_with_sleep_or_work_told_is_on_topic(message: str) -> None:
    reply = text(message)
    assert _OFF not in reply, reply
    assert any(w in reply for w in ("15 to 20 minutes", "once a week", "twice a week", "Once a week")), reply


def test_sleep_alone_is_still_off_topic() -> None:
    assert _OFF in text("how much sleep do I need?")


# --- noise told as thin walls or a complaint: the quiet plan -----------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "the walls in my flat are paper thin, what leg moves won't annoy anyone?",
        "the lady downstairs complains every time I work out. quiet leg work ideas?",
        "got a noise complaint from the building last week, what can I do for legs that's quiet?",
    ],
)
def test_thin_walls_or_a_complaint_get_the_quiet_plan(message: str) -> None:
    reply = text(message)
    assert reply.startswith("No jumping"), reply
    assert "• " in reply and "Bridge" in reply
    assert not any(h in reply for h in ("Line hops", "Box hops", "Skipping"))


# --- no grip, asked for options at the gym: machines, nothing held ----------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "carpal tunnel, can't really hold dumbbells - what leg exercises at the gym?",
        "sore hands, can't properly grip weights. leg options at the gym?",
        "dodgy wrists so holding dumbbells is out, leg workouts at the gym?",
    ],
)
def test_no_grip_at_the_gym_gets_machines_and_nothing_held(message: str) -> None:
    reply = text(message)
    assert "Leg press" in reply and "• " in reply, reply
    assert "dumbbell in each hand" not in reply and "(a weight in each hand)" not in reply


# --- a knee that won't bend past 90°: what still works ----------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "my knee won't bend beyond 90 degrees after surgery years ago, what exercises still work?",
        "can't squat lower than halfway, knees complain. which leg exercises are ok?",
        "I can't get past a right angle in my knees, what still works for legs?",
    ],
)
def test_a_knee_limited_to_90_gets_the_shallow_plan(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Nothing deep needed"), reply
    assert "90°" in reply and "• " in reply


# --- a bad back in other words, asked which moves are kinder ----------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "back's been playing up, which of these leg moves are gentler on it?",
        "cranky lower back - which ones are easiest on it?",
        "my lower back is bad, which leg exercises are safest?",
    ],
)
def test_a_bad_back_gets_the_back_kind_plan_and_the_physio(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Kind to your back"), reply
    assert "physio" in reply and "Bridge" in reply
    assert _OFF not in reply


# --- beach and dunes, no gym: bodyweight moves and the dunes as hills ------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "only sand dunes near me and no kit. how do I get my legs stronger?",
        "no gym where I live, I train on the beach with some dunes behind it. how can I build leg strength?",
        "I live by the sea with no gym, just the beach and dunes. what leg workout can I do?",
    ],
)
def test_beach_and_dunes_get_the_outdoor_plan_with_hills(message: str) -> None:
    reply = text(message)
    assert "• " in reply and "Hill repeats" in reply, reply
    assert "Leg press" not in reply


def test_a_beach_runner_with_a_shin_niggle_keeps_the_shin_answer() -> None:
    reply = text(
        "I run on the beach most days and have a niggle on the inside of my shin. what strength work helps?"
    )
    assert "shin" in reply.lower() and "• " not in reply


# --- a school hall's gym benches are benches, not a gym ---------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "coaching a junior club, all we have is gym mats and a few benches. what leg circuit can I run?",
        "only gym benches in the sports hall, what leg work can my squad do?",
        "PE lesson with nothing but gym benches, which leg exercises should the class do?",
    ],
)
def test_gym_benches_are_benches_not_machines(message: str) -> None:
    reply = text(message)
    assert "Bench step-up" in reply, reply
    assert "Leg press" not in reply and "Hamstring curl" not in reply


# --- minutes and no kit with "what's the plan?": the moves, not the session length -----------------


@pytest.mark.parametrize(
    "message",
    [
        "toddler naps for 25 minutes, no kit in the house. what's the plan for legs?",
        "10 minutes before the school run and nothing but a chair, what's my best bet?",
        "only got a resistance band and 15 min, whats the game plan?",
    ],
)
def test_minutes_and_kit_told_with_whats_the_plan_get_the_moves(message: str) -> None:
    reply = text(message)
    assert "• " in reply, reply
    assert "4 to 6 exercises" not in reply


# --- an old knee operation, asked how to squat without wrecking it: the knee-safe rules ------------


@pytest.mark.parametrize(
    "message",
    [
        "had a torn meniscus two years ago, healed now. how can I do lunges without hurting it?",
        "meniscus surgery years back, knee's fine. how do I squat safely?",
        "knee clean-up on my meniscus ages ago, running fine now. how do I do squats without wrecking it?",
    ],
)
def test_an_old_meniscus_gets_the_knee_safe_rules(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Good that it's behind you"), reply
    assert "90°" in reply and "behind your toes" in reply and "lock" in reply


def test_a_meniscus_torn_yesterday_still_stops() -> None:
    reply = text("tore my meniscus yesterday, how do I squat safely?")
    assert reply.startswith(_STOP), reply


# --- time or sessions told, asked whether it's worth it: the yes and the figure ---------------------


@pytest.mark.parametrize(
    ("message", "figure"),
    [
        ("two quick sessions a week is all I can do, is that worth the effort?", "twice a week"),
        ("20 minutes on my lunch break, worth my time for leg strength?", "20 minutes is enough"),
        ("I can spare 15 minutes after work, is it worth trying for legs?", "15 minutes is enough"),
        ("nights this month, only 2 short sessions a week possible. enough?", "15 to 20 minutes"),
    ],
)
def test_time_told_with_worth_it_gets_yes_and_the_figure(message: str, figure: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes"), reply
    assert figure in reply


# --- only a light weight, asked how to make leg work hard: one leg, slow, more reps ----------------


@pytest.mark.parametrize(
    "message",
    [
        "only have light 2kg dumbbells, how do I make leg exercises harder?",
        "I've got a small kettlebell at home, how do I make squats tougher?",
        "just a pair of 4 kg weights here, how can I make my leg work more challenging?",
    ],
)
def test_a_light_weight_gets_one_leg_slow_and_more_reps(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Put a light weight to work on one leg"), reply
    assert "one-legged squats" in reply and "15" in reply


def test_a_weight_asked_for_is_not_the_light_weight_line() -> None:
    assert "light weight to work" not in text("what weight should I use for lunges?")
