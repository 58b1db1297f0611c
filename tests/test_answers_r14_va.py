"""Round 14 (tuner va): replies that answered a generic stock question instead of the one asked
(a verdict, a timing question, a why, a follow-up)."""

from __future__ import annotations

import pytest
from answerutil import after, text

pytestmark = pytest.mark.dateless

_SESSION_LENGTH = "4 to 6 exercises"
_ENOUGH_TIME = "is enough for a worthwhile session"
_FREQUENCY = "Twice a week, sometimes three times."


@pytest.mark.parametrize(
    "message",
    [
        "squatting twice a week since january without a rest, do I need a breather?",
        "6 weeks of leg days in a row now, should I back off for a bit?",
        "legs 3x a week for two months non stop, time to rest?",
        "been doing strength 2 days a week for 9 weeks straight, due a break?",
    ],
)
def test_weeks_of_lifting_then_a_break_asked_is_the_monthly_week_off(message: str) -> None:
    reply = text(message)
    assert "week off" in reply and "once a month" in reply.lower(), reply
    assert not reply.startswith(_FREQUENCY)


def test_a_break_asked_too_early_is_not_yet() -> None:
    reply = text("only done strength for 2 weeks straight, time for a break?")
    assert reply.startswith("Not yet"), reply


def test_rest_between_sets_is_still_the_rest_between_sets() -> None:
    assert "between sets" in text("need a break between sets, how long?")


@pytest.mark.parametrize(
    "message",
    [
        "how come stronger glutes would help me climb better on trails?",
        "why does a stronger runner get up hills with less effort?",
        "explain why strong calves make the climbs easier",
    ],
)
def test_why_stronger_legs_help_uphill_is_the_reason(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Because"), reply
    assert "hill" in reply and "oxygen" in reply
    assert _SESSION_LENGTH not in reply and "•" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "explain why lifting makes you a more economical runner",
        "why would squats help my 5k pace at all",
        "what's the mechanism, how come leg strength improves running economy?",
    ],
)
def test_why_strength_makes_you_faster_is_the_mechanism(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Because"), reply
    assert "oxygen" in reply and "stride" in reply


@pytest.mark.parametrize(
    "message",
    [
        "how is charging up a hill like a strength workout?",
        "in what way do hill reps count as resistance training",
        "why would running up slopes be like lifting weights?",
    ],
)
def test_hills_as_strength_work_says_why(message: str) -> None:
    reply = text(message)
    assert "resistance training" in reply, reply
    assert "1) Warm up" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "marathon build starts in january, is now a good time to start lifting?",
        "off season now, good point to add leg day?",
        "trail runner in base phase, right time to begin strength work?",
    ],
)
def test_good_time_to_start_strength_is_a_yes_about_the_season(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes"), reply
    assert "off-season" in reply
    assert _ENOUGH_TIME not in reply and _SESSION_LENGTH not in reply


def test_when_in_the_year_to_start_names_the_off_season() -> None:
    reply = text("when in the year should I start strength work as a trail runner?")
    assert "off-season" in reply and _ENOUGH_TIME not in reply


@pytest.mark.parametrize(
    "message",
    [
        "building site job, carrying stuff all day, is that enough leg work or do I still need squats?",
        "I hike every weekend with a heavy pack, do I still need to lift for my running?",
        "retail job, standing 9 hours a day. is that enough or should I still do strength sessions?",
        "waiter, on my feet all shift - does that count as leg work or do I still need exercises?",
    ],
)
def test_a_busy_day_on_your_feet_does_not_replace_strength_work(message: str) -> None:
    reply = text(message)
    assert reply.startswith("You still need it"), reply
    assert "endurance" in reply


def test_one_foot_exercises_are_not_a_day_on_your_feet() -> None:
    reply = text("I do my squats standing on one leg instead of two, should I keep it that way?")
    assert "You still need it" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "my legs are dead by km 15 of a half, would lifting help with that?",
        "my legs turn to jelly in the last 5k of a marathon, can strength work fix that?",
        "always fall apart in the last few miles of a marathon, would weights help or not",
    ],
)
def test_would_lifting_help_fading_legs_is_yes_they_tire_later(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes"), reply
    assert "tire more slowly" in reply


@pytest.mark.parametrize(
    "message",
    [
        "chasing a 10k PB in 6 weeks, would leg strength help or nah",
        "half marathon in 10 weeks and I want a PB, will lifting actually help?",
        "marathon is 12 weeks out, would squats help me get a faster time?",
    ],
)
def test_would_lifting_help_a_pb_weeks_away_is_yes_not_the_taper(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes"), reply
    assert "faster" in reply and "day before" in reply
    assert not reply.startswith("Keep strength work in")


@pytest.mark.parametrize(
    "message",
    [
        "legs in winter when I'm not racing, worth it?",
        "Is it smart to do leg weights over the winter when there are no races?",
        "no races till spring, should I hit the gym for legs this winter?",
    ],
)
def test_winter_with_no_race_is_the_off_season_yes(message: str) -> None:
    reply = text(message)
    assert "off-season" in reply, reply
    assert "day before a race" not in reply


@pytest.mark.parametrize(
    ("message", "move"),
    [
        ("box hops, overrated or actually useful?", "hop"),
        ("wall squats worth it or just hype?", "Wall squat"),
        ("is the leg press any use for runners or a waste of time", "Leg press"),
        ("bridges kinda mid or actually worth doing for a 10k runner?", "Bridge"),
    ],
)
def test_worth_it_or_hype_about_a_move_is_that_moves_verdict(message: str, move: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes"), reply
    assert move in reply
    assert "inefficient way" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "will lunges make my thighs too thick to run fast?",
        "scared step ups will give me swole legs and slow me down",
        "do squats make your legs too chunky for distance running?",
    ],
)
def test_too_thick_legs_is_the_bulk_worry(message: str) -> None:
    reply = text(message)
    assert "won't bulk you up" in reply, reply


def test_a_thick_mat_is_not_a_bulk_worry() -> None:
    assert "bulk" not in text("my mat is too thick for bridges?")


@pytest.mark.parametrize(
    "message",
    [
        "best time to lift relative to my run?",
        "what time of day should legs be compared to my run",
        "I train at 5am, when should I do squats in relation to my jog?",
    ],
)
def test_lifting_relative_to_a_run_is_the_order(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Run first"), reply
    assert not reply.startswith(_FREQUENCY)


def test_fitting_lifting_around_runs_is_still_the_days() -> None:
    reply = text("when do I fit squats around my running?")
    assert "easy days" in reply and "run first" in reply


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("should I do strength on the same day as my tempo run?", "ok and on easy days, which goes first?"),
        ("can I lift on an interval day?", "and on recovery run days, which one first?"),
        ("is leg day ok the day after a long run?", "ok and on easy jog days, what comes first?"),
    ],
)
def test_a_framed_follow_up_is_one_ask(first: str, then: str) -> None:
    reply = after(first, then)
    assert reply.startswith("Run first"), reply
    assert "\n\n" not in reply and not reply.startswith("Yes")


@pytest.mark.parametrize(
    "message",
    [
        "20 mins at lunch, how do I make the most of it for my legs?",
        "i've got 15 minutes after my run, best way to use it for leg strength?",
        "quarter of an hour free before the school run, best use of that for legs?",
    ],
)
def test_a_short_slot_and_how_to_use_it_is_a_short_routine(message: str) -> None:
    reply = text(message)
    assert "•" in reply, reply
    assert not reply.startswith("15 to 20 minutes is enough")


def test_how_long_a_session_takes_is_still_the_time() -> None:
    assert "15 to 20 minutes" in text("how long does a leg session take?")


@pytest.mark.parametrize(
    "message",
    [
        "how come squats make you quicker? is it a VO2 thing?",
        "is getting faster from strength work a lungs thing or a muscle thing?",
        "isnt running speed all about aerobic fitness, does lifting even matter?",
    ],
)
def test_a_lungs_or_vo2_thing_is_answered_as_the_muscles(message: str) -> None:
    reply = text(message)
    assert "Not really a lungs thing" in reply, reply
    assert "Yes: not" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "good hill session for a half marathoner?",
        "what hill workout should a 5k runner do?",
        "any decent hill sesh for a trail newbie?",
    ],
)
def test_a_hill_workout_is_hill_repeats_not_a_leg_routine(message: str) -> None:
    reply = text(message)
    assert "5–8" in reply and "5–10%" in reply, reply
    assert "•" not in reply


@pytest.mark.parametrize("then", ["how many times?", "ok how many goes?", "and how many times tho"])
def test_how_many_times_after_the_hill_workout_counts_climbs(then: str) -> None:
    reply = after("good hill session for a half marathoner?", then)
    assert "5–8" in reply, reply
    assert not reply.startswith(_FREQUENCY)


def test_how_many_times_a_week_after_hills_is_still_how_often() -> None:
    assert after("good hill session for a half marathoner?", "how many times a week?").startswith(_FREQUENCY)


@pytest.mark.parametrize(
    "message",
    [
        "my coach says strength is only for sprinters, true?",
        "isn't lifting just for sprinters?",
        "is leg work mainly for speed guys or does it matter for marathoners?",
    ],
)
def test_strength_only_for_sprinters_is_no(message: str) -> None:
    reply = text(message)
    assert reply.startswith("No"), reply
    assert "distance runners" in reply and "injuries" in reply
