"""Round 10, tuner ta: the runner's situation and limits read before the reply (kit ruled out, kit told
with nothing asked, a short window of time, a park or a campsite, no jumping, balance going, a week with
no spare day, shifts, weekends back to back, the season), in wordings of our own."""

from __future__ import annotations

import pytest

from tests.answerutil import text


@pytest.mark.parametrize(
    "message",
    [
        "leg day ideas at the gym that aren't machines? sick of the leg press",
        "what can i do at the gym besides machines for legs",
        "gym sesh ideas for legs that arent machines? so bored of leg press",
    ],
)
def test_machines_ruled_out_gets_free_weights(message: str) -> None:
    reply = text(message)
    assert "no machines" in reply and "Lunge" in reply
    assert (
        "Leg press:" not in reply and "Hamstring curl:" not in reply and "Quadriceps extension:" not in reply
    )


@pytest.mark.parametrize(
    "message",
    ["our work gym only has dumbbells, no machines", "work gym = dumbbells only, zero machines"],
)
def test_kit_told_with_nothing_asked_gets_a_plan(message: str) -> None:
    reply = text(message)
    assert reply.startswith("With dumbbells") and "Lunge" in reply and "Leg press" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "i get about 10 mins at lunch, what would you actually do",
        "only ever have a quarter hour while the toddler sleeps, what can i fit in",
        "only get like 15 min while the baby naps, what would you actually do in that time",
    ],
)
def test_short_window_gets_exercises(message: str) -> None:
    reply = text(message)
    assert "• " in reply and "minutes" in reply
    assert "I only know leg strength" not in reply


def test_park_with_benches_gets_park_moves() -> None:
    reply = text("just a park with benches and flat paths near me, what can i do there for legs")
    assert "outdoors" in reply and "Bench step-up" in reply


def test_logs_not_chairs_when_camping() -> None:
    reply = text("camping in a tent for a week, no kit, just grass and some logs and a hill nearby. ideas?")
    assert "chair" not in reply and "log" in reply and "Box hops" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "im a bigger guy (110kg) just getting into running, jumping stuff feels like a lot rn, what can i do",
        "jumping stuff scares me tbh, what else can i do for legs",
    ],
)
def test_jumping_ruled_out(message: str) -> None:
    reply = text(message)
    assert "No jumping" in reply and "hops" not in reply.split("No jumping", 1)[1]


@pytest.mark.parametrize(
    "message",
    [
        "all the benches are taken at my gym, what else can i step up onto",
        "no free bench at the gym, what can i do step ups on",
    ],
)
def test_what_to_step_onto(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Anything solid, knee-high or lower") and "Leg press" not in reply


def test_too_light_is_how_to_progress_not_a_routine() -> None:
    reply = text("my 8kg dumbbells are too light for squats now, what can i do")
    assert reply.startswith("Make them harder") and "• " not in reply


def test_the_ask_s_muscles_only() -> None:
    reply = text(
        "stiff back at 67 so getting down on the floor is a pain, bridges and that hamstring chair thing "
        "are out. what else works glutes and hamstrings"
    )
    assert "Wall toe raise" not in reply and "Calf raise" not in reply and "Lunge" in reply


@pytest.mark.parametrize(
    "message",
    [
        "63 yrs old, my balance isnt great, can i still do single leg stuff",
        "i'm 58 and my balance isn't what it was, can i still do the single leg stuff",
    ],
)
def test_balance_going_yes_with_support(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes") and "wall or a sturdy chair" in reply and "two-legged" in reply


@pytest.mark.parametrize(
    "message",
    [
        "i run 6 days a week, no spare days, can i still fit strength in",
        "i run 7 days a week, is there room for leg work",
        "im on a run streak, 400 days, how do i add leg work",
    ],
)
def test_no_spare_day_lifts_after_easy_runs(message: str) -> None:
    reply = text(message)
    assert "easy runs" in reply and "run first" in reply and not reply.startswith("No")


def test_two_free_days_is_enough() -> None:
    reply = text("i work 12h shifts, 4 on 3 off, basically 2 free days a week for everything")
    assert reply.startswith("Two free days a week is enough")


def test_weekend_back_to_back() -> None:
    reply = text("can only get to the gym on weekends, sat and sun back to back. is legs both days ok")
    assert "two days running" in reply and "Split the groups" in reply


def test_block_week_off_is_the_fourth() -> None:
    assert text("planning 4 week blocks, which week should be the lifting break").startswith("The fourth")


def test_sore_from_a_run_next_day_session() -> None:
    reply = text("quads still fried from sundays LR, ok to do my leg sesh tmrw or nah")
    assert reply.startswith("Yes, if the soreness has mostly eased")


@pytest.mark.parametrize(
    ("message", "start"),
    [
        (
            "high school xc runner here, what time of year should i be doing most of my strength stuff",
            "The off",
        ),
        (
            "season's done after my marathon in nov, good time to hit the weights",
            "Yes: the article says the off",
        ),
        ("icy af for the next 2 weeks, cant run outside. more strength then?", "Yes"),
    ],
)
def test_season_and_weather(message: str, start: str) -> None:
    assert text(message).startswith(start)


def test_order_question_is_not_a_gym_plan() -> None:
    reply = text("gym in the morning and run after work, or run in the morning and gym after work")
    assert "run first" in reply and "Leg press" not in reply


def test_someone_at_work_is_not_the_office() -> None:
    reply = text(
        "I'm a big guy, 115 kg, just started running. A guy at work said leg strength protects the joints. "
        "Where should I begin?"
    )
    assert "office" not in reply


def test_race_time_is_not_session_time() -> None:
    reply = text(
        "my 10k is 48 minutes. my gym has machines and dumbbells, what should i do and how many reps?"
    )
    assert "48 minutes is" not in reply


def test_daunted_by_a_gym_they_havent_joined_starts_at_home() -> None:
    reply = text(
        "I'm 55, never done any strength work. My friends love the gym but it really intimidates me. "
        "Where do I start?"
    )
    assert "Leg press:" not in reply and "machines are the easy way in" in reply


def test_careful_ask_gets_the_cautions() -> None:
    reply = text(
        "I've joined a gym at 61, never lifted. What should I start with and what should I be careful of?"
    )
    assert "Be careful of" in reply and "locking your" in reply


def test_grumbling_knees_get_their_line() -> None:
    reply = text(
        "only 20 minutes and a chair at home, knees grumbling a bit on long runs. what would you put in it?"
    )
    assert "For the knees" in reply and "physio" in reply


def test_winter_with_dumbbells_only_is_not_machines() -> None:
    reply = text(
        "Snowed in for weeks, I have a treadmill and some dumbbells at home. How should I use this time?"
    )
    assert "leg press" not in reply.lower() and "dumbbells" in reply


def test_standing_only_after_back_op() -> None:
    reply = text("can't lie on the floor after my back op, any standing leg exercises")
    assert "Bridge" not in reply and "surgeon" in reply and "All standing" in reply


@pytest.mark.parametrize(
    "message",
    [
        "my gym only has the smith machine and some dumbbells",
        "no machines at my gym, just racks and dumbbells",
    ],
)
def test_dumbbell_gym_without_the_leg_machines(message: str) -> None:
    reply = text(message)
    assert reply.startswith("With dumbbells") and "Leg press" not in reply


def test_stairs_and_thats_about_it() -> None:
    assert text("got a set of stairs in my block of flats and thats about it").startswith("With stairs")


def test_night_worker_when_to_lift() -> None:
    assert text("i work nights and sleep during the day, when should i lift").startswith(
        "Plan it week by week"
    )
    assert text("night shift, i run when i finish at 7am, ok to do legs straight after the run").startswith(
        "Yes, if it was an easy run"
    )


@pytest.mark.parametrize(
    ("message", "kit"),
    [
        ("hotel gym has a treadmill and a couple of kettlebells", "With a kettlebell:"),
        ("the gym at my hotel has a leg press and some dumbbells", "With a leg press and dumbbells:"),
    ],
)
def test_a_place_s_kit_told_gets_only_that_kit(message: str, kit: str) -> None:
    reply = text(message)
    assert kit in reply and "Hamstring curl" not in reply and "Quadriceps extension" not in reply


def test_walk_away_is_not_session_time() -> None:
    assert "40 minutes is" not in text("no car, gym is 40 min walk away, so home only. what should i do")


def test_one_kettlebell_enough_says_the_caveat_once() -> None:
    reply = text("only own one kettlebell - enough for leg strength?")
    assert reply.startswith("Yes") and reply.count("aren't covered") == 1 and reply.count("Same dose") == 0


def test_weekend_on_both() -> None:
    reply = text("weekend warrior here, sat and sun are my only days, can i do legs on both")
    assert "two days running" in reply
