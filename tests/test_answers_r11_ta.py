"""Round 11 (tuner ta): timing asks inside a story (the last session before a race on a named day, the
order of a run and a lift for a shift worker, where two sessions go around weekend long runs or a few
free evenings) and a race time hoped for from strength work."""

from __future__ import annotations

import pytest

from tests.answerutil import text


@pytest.mark.parametrize(
    ("message", "latest", "eve"),
    [
        ("race sunday. last leg day?", "Friday", "Saturday"),
        ("marathon next sunday. when do i stop squats?", "Friday", "Saturday"),
        ("10k on saturday morning - final gym session when?", "Thursday", "Friday"),
        ("race day is friday. last session?", "Wednesday", "Thursday"),
    ],
)
def test_last_session_before_a_race_on_a_named_day(message: str, latest: str, eve: str) -> None:
    reply = text(message)
    assert reply.startswith(f"{latest} at the latest")
    assert f"not {eve}" in reply
    assert "stretch" not in reply.lower()


@pytest.mark.parametrize(
    "message",
    [
        "night shift, i run when i get home at 7am and want to lift too, which comes first",
        "on nights this month, i get in at 8 and go for a run, then i want to do legs. what order is best?",
        "rotating shifts, when i do run and gym on the same day which goes first?",
    ],
)
def test_shift_worker_order_asked_leads_with_run_first(message: str) -> None:
    reply = text(message)
    assert reply.lower().startswith("run first")
    assert "week by week" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "ultra block with back to back long runs at weekends, where do i slot strength in",
        "weekend long runs for my marathon build, when should i do my leg strength sessions?",
        "my weekends are long runs both days. where do the gym sessions go?",
    ],
)
def test_weekend_long_runs_put_strength_midweek(message: str) -> None:
    reply = text(message)
    first = reply.split("\n")[0]
    assert first.startswith("Midweek")
    assert "Friday" not in first and "Saturday" not in first and "Sunday" not in first
    assert "run first" in reply


def test_ultra_block_gets_the_week_off() -> None:
    reply = text("ultra block with back to back long runs at weekends, where do i slot strength in")
    assert "week off" in reply


@pytest.mark.parametrize(
    ("message", "not_day"),
    [
        (
            "so basically i coach my lads under 9s football on saturday mornings and then sunday is my long "
            "run usually about 18k and the rest of the week is work and school runs and tea and all that and "
            "i get maybe two evenings free so i was thinking when do i actually fit leg strength in and does "
            "it matter which evenings",
            "Sunday",
        ),
        (
            "i only get two free evenings a week between work and kids, long run is saturday. which evenings "
            "should i do legs?",
            "Saturday",
        ),
    ],
)
def test_free_evenings_get_two_days_off_the_long_run(message: str, not_day: str) -> None:
    reply = text(message)
    assert reply.startswith("Use two of your free evenings, ideally")
    lead = reply.split(":")[0]
    assert not_day not in lead
    assert f"{not_day}'s long run" in reply
    assert "week off" not in reply.split("\n")[0][:40]


@pytest.mark.parametrize(
    "message",
    [
        "been stuck at 27 mins at parkrun for about a year. i run 3x a week, all about the same pace. a mate "
        "said strength work got him under 25. is that realistic and what should i do?",
        "my 10k pb is 50 min, could strength work get me under 45? realistic? what should i do",
        "half marathon in 1:52, friend says squats will get me sub 1:45 - is that true? what would you do?",
    ],
)
def test_time_goal_from_strength_is_answered_honestly_then_what_to_do(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Possibly, but no one can promise a time")
    assert "What to do:" in reply
    assert "is more than enough" not in reply  # a race time is not the time they have
    assert reply.count("Twice a week") == 0


def test_time_goal_yes_no_only_keeps_it_short() -> None:
    reply = text("could leg work take a couple of minutes off my 5k?")
    assert reply.startswith("Possibly")
    assert "What to do:" not in reply
    assert "15 to 20 minutes is enough" not in reply


def test_pr_with_bulk_worry_keeps_the_bulk_answer() -> None:
    reply = text("tryna PR my 5k this spring, will lifting legit make me faster or just bulky")
    assert "bulk" in reply


@pytest.mark.parametrize(
    "message",
    [
        "38, club runner, spring marathon on the calendar. i run 5 days a week and have literally never done "
        "strength. work is mental so time is tight, and i'm worried lifting will make me heavy and slow. how "
        "do i even fit this in?",
        "never done strength, only got a chair and 20 mins at home, i run 6 days a week. how do i even "
        "fit it in?",
    ],
)
def test_fit_it_in_leads_with_where_the_sessions_go(message: str) -> None:
    reply = text(message)
    first = reply.split("\n")[0]
    assert first.startswith("Two 15–20 minute sessions a week")
    assert "after two of your easy runs" in first and "run first" in first
    assert "hard-run day" in first
    assert "Twice a week, not on a hard-run day" not in reply  # said once, at the top


def test_fit_it_in_with_bulk_worry_answers_the_worry() -> None:
    reply = text(
        "i run 5 days a week, never lifted, worried it'll make me heavy and slow. how do i even fit this in?"
    )
    assert reply.startswith("Two") or reply.startswith("Twice")
    assert "bulk" in reply or "slow" in reply


@pytest.mark.parametrize(
    "message",
    [
        "so i went hard this summer and did legs like 6 days a week on top of xc but now im always tired n "
        "my times got worse. my coach is mad. what did i mess up",
        "been doing squats and lunges every day for 2 months, legs always heavy and my 10k got slower. where "
        "did i go wrong?",
        "legs 5x a week since spring plus track, knackered all the time lately, what am i doing wrong?",
    ],
)
def test_too_often_and_worn_out_names_the_mistake(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Too much")
    assert "twice a week, three at most" in reply
    assert "week off" in reply
    assert "hard-run day" in reply


@pytest.mark.parametrize(
    ("message", "lead", "card"),
    [
        (
            "theres ankle weights at my works gym, how do i use them for hips",
            "They make the article's hip strengthener",
            "/exercise side-lying hip raise",
        ),
        (
            "got some ankle weights for christmas, what do i do with them for my running?",
            "They make the article's hip strengthener",
            "/exercise side-lying hip raise",
        ),
        (
            "gym membership just started. how do i turn the treadmill into a strength workout for my legs?",
            "Raise the incline",
            "/exercise treadmill incline",
        ),
        (
            "just bought a treadmill for the garage, how should i use it to build leg strength?",
            "Raise the incline",
            "/exercise treadmill incline",
        ),
    ],
)
def test_how_to_use_one_piece_of_kit_gets_its_move(message: str, lead: str, card: str) -> None:
    reply = text(message)
    assert reply.startswith(lead)
    assert "1) " in reply and card in reply
    assert "•" not in reply  # the move's steps, not a routine list


@pytest.mark.parametrize(
    "message",
    [
        "how do i get started with plyo at home, total beginner at jumping stuff",
        "plyos at home for a beginner, how do i start?",
        "complete beginner, want to try jumping drills in my living room, how do i begin?",
    ],
)
def test_plyo_start_at_home_gets_the_plyo_order(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Start with line hops")
    assert "Hamstring push-up" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "i only run on the treadmill because its dark when i finish work and i dont feel safe outside. ive "
        "been doing it 2 years and want to get stronger but the gym intimidates me a bit. is there strength "
        "stuff i can do on or near the treadmill?",
        "any leg exercises i can do with the treadmill at home?",
        "stuck indoors all winter, is there anything i can do on or near my treadmill for strength?",
    ],
)
def test_strength_on_the_treadmill_is_the_incline(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes, raise the incline")
    assert "timeframe" not in reply
    assert reply.count("Yes") == 1


def test_named_hip_strengthener_keeps_its_card() -> None:
    reply = text("how do i do the hip strengthener thing w ankle weights")
    assert reply.startswith("Side-lying hip raise")


@pytest.mark.parametrize(
    "message",
    [
        "can you show me the lunge and is it ok to hold dumbbells overhead",
        "i have dumbbells, how do i do a lunge with them?",
    ],
)
def test_show_me_one_move_is_its_how_to_not_a_plan(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Lunge")
    assert "1) Hold a dumbbell" in reply
    assert "•" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "on nights, only time i can train is 3am in the works gym which is just machines",
        "our gym at work is only machines, night shifts",
    ],
)
def test_just_machines_told_gets_the_machines_routine(message: str) -> None:
    reply = text(message)
    assert reply.startswith("With machines")
    assert "Leg press" in reply and "Hamstring curl" in reply


@pytest.mark.parametrize(
    "message",
    [
        "2 qs: legs friday before sat parkrun ok? and can i do legs after my sunday long run?",
        "legs friday before sat parkrun, is that ok?",
        "gym thursday before my friday race, fine?",
    ],
)
def test_lifting_day_before_a_race_is_not_read_as_a_race(message: str) -> None:
    from content.text import normalize
    from content.week import busy_days

    busy = busy_days(normalize(message))
    lift_day = "fri" if message.startswith(("2 qs", "legs")) else "thu"
    assert busy.get(lift_day) == "the day before your race"
    if lift_day == "fri":
        assert "Friday (race)" not in text(message)
