"""Round 11 (td): either/or asks read however the options are worded, a named move's steps ahead of
notes or look-alike topics, an injury's physio-or-myself either/or, "last" only as the last session."""

from __future__ import annotations

import pytest

from tests.answerutil import text


@pytest.mark.parametrize(
    "q",
    [
        "walking lunges vs the stand-still kind",
        "walking lunges or the ones where you stay in one spot",
        "is the walking version better than the usual kind of lunge",
    ],
)
def test_walking_lunge_against_the_standing_kind_is_a_comparison(q: str) -> None:
    reply = text(q)
    assert reply.startswith("Either") and "Standard lunges" in reply and "walking lunges" in reply


@pytest.mark.parametrize(
    "q",
    [
        "inner calf vs outer calf, whats the difference",
        "soleus vs gastrocnemius",
        "the inner and outer calf muscle, what's the difference",
    ],
)
def test_calf_parts_difference_has_no_exercise_steps(q: str) -> None:
    reply = text(q)
    assert reply.startswith("The soleus") and "1)" not in reply


@pytest.mark.parametrize(
    "q",
    [
        "For faster start in sprint, is better plyometric jumps or weights?",
        "box jumps vs squats for speed off the line",
        "jumping drills or lifting, which makes me more explosive",
    ],
)
def test_plyometrics_or_weights_is_both(q: str) -> None:
    reply = text(q)
    assert reply.startswith("Both help") and "plyometrics" in reply and "doesn't cover" not in reply


@pytest.mark.parametrize(
    "q",
    [
        "whats the right way to do the bridge for glutes, doing it on the lounge floor after the kids "
        "are in bed",
        "how do i do a bridge, lying on the lounge rug",
        "how should i do the bridge on the lounge carpet",
    ],
)
def test_bridge_how_to_has_no_look_alike_lunge(q: str) -> None:
    reply = text(q)
    assert reply.startswith("Bridge: 1)") and "Lunge" not in reply


@pytest.mark.parametrize(
    "q",
    [
        "walk me thru a step up pls, i keep wobbling at the top",
        "how do i do step-ups, im wobbly at the top",
        "talk me through lunges, i wobble a lot",
    ],
)
def test_named_move_with_a_wobble_gets_its_steps(q: str) -> None:
    reply = text(q)
    assert reply.split(":")[0] in ("Bench step-up", "Lunge") and "1)" in reply
    assert not reply.startswith("Balance work")


def test_wobble_alone_is_still_balance_work() -> None:
    assert text("how do i stop wobbling").startswith("Balance work")


@pytest.mark.parametrize(
    "q",
    [
        "Good afternoon. Could you please explain how to perform the bridge correctly? I am 63 and my "
        "physiotherapist friend says my glutes are weak.",
        "im 70, whats the proper way to do a wall squat",
        "in my 60s, walk me through the calf raise",
    ],
)
def test_move_steps_lead_for_an_older_runner(q: str) -> None:
    reply = text(q)
    assert "1)" in reply.split("\n")[0] and "older runners" not in reply


def test_older_runner_plan_keeps_its_note() -> None:
    assert "older runners" in text("im 67, where do i start with leg strength?")


@pytest.mark.parametrize(
    "q",
    [
        "do I need a physio for shin splints or can I fix it myself",
        "should i see a physio for my runners knee or can i sort it out myself",
        "can i treat my shin splints myself or do i need to see someone",
    ],
)
def test_physio_or_myself_is_answered_as_a_choice(q: str) -> None:
    reply = text(q)
    assert reply.startswith("You can start on it yourself") and "physio" in reply
    assert not reply.startswith("Yes")


def test_last_year_is_not_the_last_session() -> None:
    reply = text(
        "45, desk job, started running last year. tuesday is club intervals, thursday easy, saturday "
        "parkrun flat out, sunday long and slow. where do i fit in strength twice a week?"
    )
    assert "at the latest" not in reply and "Pick two" in reply


@pytest.mark.parametrize(
    "q",
    [
        "race on saturday, when is the last day i can lift?",
        "parkrun saturday, last leg session before it, which day?",
    ],
)
def test_last_session_before_a_race_is_still_read(q: str) -> None:
    assert text(q).startswith("Thursday at the latest")


@pytest.mark.parametrize(
    "q",
    [
        "marathon next sunday. when do i stop squats?",
        "10k sunday. whats the latest i can do legs?",
        "half marathon on saturday, when should my last leg day be?",
    ],
)
def test_last_session_before_a_race_names_the_day(q: str) -> None:
    assert "at the latest" in text(q).split("\n")[0]


@pytest.mark.parametrize(
    "q",
    [
        "training for my first 50k ultra and want to do hill reps, how should i actually run them",
        "hill reps - whats the right technique",
        "how would i even run hill sprints for strength",
    ],
)
def test_hill_how_to_gives_the_steps_not_only_the_count(q: str) -> None:
    reply = text(q)
    assert "knees" in reply and "jog" in reply and "5" in reply


@pytest.mark.parametrize(
    "q",
    [
        "how many hill charges should a triathlete do in one session, i bike a lot so my legs are "
        "already fried",
        "my legs are already fried from cycling, how many hill repeats?",
        "legs always tired from cycling, how many sets of lunges?",
    ],
)
def test_how_many_with_tired_legs_gives_the_range_then_the_low_end(q: str) -> None:
    reply = text(q)
    assert reply[0].isdigit() and "low end" in reply


def test_how_many_without_tired_legs_is_the_plain_dose() -> None:
    assert "low end" not in text("how many hill repeats should i do")


@pytest.mark.parametrize(
    "q",
    [
        "i only run on the treadmill because its dark when i finish work and i dont feel safe outside. ive "
        "been doing it 2 years and want to get stronger but the gym intimidates me a bit. is there strength "
        "stuff i can do on or near the treadmill?",
        "can i use the treadmill for leg strength",
        "is there a way to get stronger legs using the treadmill",
    ],
)
def test_treadmill_for_strength_is_the_incline(q: str) -> None:
    reply = text(q)
    assert reply.startswith(("Yes: raise the incline", "Yes, raise the incline")) and "timeframe" not in reply


@pytest.mark.parametrize(
    "q",
    ["when will i see results", "how long before i notice a difference from strength training"],
)
def test_results_timeframe_still_answered(q: str) -> None:
    assert text(q).startswith("The article gives no exact timeframe")


@pytest.mark.parametrize(
    "q",
    [
        "nurse on rotating shifts so my routine is all over the place. i already do bodyweight squats and "
        "lunges twice a week. my running club coach says i should do hip work too. is that really needed "
        "if i already squat?",
        "coach wants me doing hip exercises, are they really necessary if i do lunges?",
        "hip raises, is that even needed if i already squat and lunge",
    ],
)
def test_hip_work_needed_on_top_of_squats_is_yes(q: str) -> None:
    reply = text(q)
    assert reply.startswith("Yes, do the hips too") and "ready" not in reply


def test_new_runner_readiness_is_still_answered() -> None:
    assert text("been running for a month, am i ready for leg workouts yet?").startswith("No, it's not too")


@pytest.mark.parametrize(
    "q",
    [
        "how many hill repeats for a beginner",
        "first time doing step ups, how many should i do",
        "never done them before, how many box hops?",
    ],
)
def test_how_many_for_a_beginner_gives_the_range_then_where_to_start(q: str) -> None:
    reply = text(q)
    assert reply[0].isdigit() and "New to it" in reply


@pytest.mark.parametrize(
    "q",
    [
        "line hops vs skipping, whats the difference",
        "whats the difference between skipping and line hops",
        "line hops and skipping, are they the same thing",
    ],
)
def test_line_hops_and_skipping_difference_says_how_each_goes(q: str) -> None:
    reply = text(q)
    assert "same foot" in reply and "line" in reply.lower()


@pytest.mark.parametrize(
    "q",
    [
        "I had covid in 2021, can I do leg workouts",
        "had the flu a couple of months ago, ok to start lifting?",
    ],
)
def test_an_illness_long_over_is_a_yes(q: str) -> None:
    reply = text(q)
    assert reply.startswith("Yes: an illness that's long over") and "head cold" not in reply


def test_an_illness_now_keeps_the_cold_advice() -> None:
    assert text("i have a cold, can i still lift").startswith("Usually, if it's a mild head cold")


@pytest.mark.parametrize(
    "q", ["hip clicks on leg raises, is that bad?", "my hip pops when i do bridges, normal?"]
)
def test_a_clicking_hip_gets_the_hip_version(q: str) -> None:
    reply = text(q)
    assert "A hip that clicks" in reply and "squats" not in reply


def test_a_clicking_knee_keeps_the_knee_version() -> None:
    assert "knee giving way" in text("knees click on squats, is that bad")


def test_several_faults_told_get_each_fix() -> None:
    reply = text(
        "I went to the gym for the first time yesterday and did the leg press and leg extensions. I put on "
        "as much weight as I could, bounced out of the bottom and straightened my knees all the way each "
        "time. Today my knees are a bit sore. What should I change?"
    )
    assert reply.startswith("Three changes") and "bouncing" in reply and "lighter" in reply
    assert "physio" in reply


def test_one_fault_keeps_its_own_verdict() -> None:
    assert not text("on step ups do i push all the way till my leg is straight?").startswith("Three changes")


@pytest.mark.parametrize(
    "q",
    [
        "legs friday before sat parkrun ok?",
        "2 qs: legs friday before sat parkrun ok? and can i do legs after my sunday long run?",
        "gym on friday before my saturday race, is that ok?",
    ],
)
def test_lift_day_before_a_named_race_day_is_that_day_not_a_race(q: str) -> None:
    reply = text(q)
    assert "Friday is the day before your race" in reply.split("\n")[0] and "Thursday or" not in reply
