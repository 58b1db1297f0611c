"""Round 6b (R2A): precision of the rules that answer before or instead of retrieval.

Each rule must fire only on the evidence its answer assumes (a race named AND a timing asked; the
time of day being what is judged; the strength work and the hard run on one day...). For each
tightened rule: messages (written for this file, not taken from any tuning set) where it must NOT
fire, and messages where it still must.
"""

from __future__ import annotations

import pytest

import content
from content.compose import rule_verdict, settled
from content.direct import direct, week_verdict
from content.reasons import gap, off_scope
from content.steer import steer
from content.text import normalize


def _steer(message: str) -> str | None:
    return steer(normalize(message))


def _direct(topic: str, message: str) -> str | None:
    return direct(topic, normalize(message))


def _gap(message: str) -> str | None:
    found = gap(normalize(message))
    return found[0] if found else None


# ---- steer: a race distance named is not a race-day timing question --------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "is lifting even worth bothering with when my longest race is a 5k",
        "do squats actually help marathon runners or is it a waste",
        "would a bit of leg work help me knock a minute off my 10k time",
    ],
)
def test_race_distance_benefit_is_why_strength(message: str) -> None:
    assert _steer(message) == "rule:why_strength"
    text = content.answer(message).text
    assert "day before a race" not in text


@pytest.mark.parametrize(
    "message",
    [
        "can i still squat the day before a 10k",
        "parkrun tomorrow, legs today ok?",
        "how close to my marathon can my last gym session be",
    ],
)
def test_race_timing_still_goes_to_race_day(message: str) -> None:
    assert _steer(message) == "rule:race_day"


def test_what_exercises_for_a_race_is_not_steered_to_the_benefit() -> None:
    # asks for exercises: retrieval answers it, not the "why strength" stock line
    assert _steer("what leg work would help my half marathon hills") != "rule:why_strength"


# ---- steer: time of day goes to run-first only when it is what is judged ------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "i usually lift in the evening, how many reps should i aim for",
        "evening gym person, what exercises should i do for my calves",
    ],
)
def test_time_of_day_as_background_is_not_run_first(message: str) -> None:
    assert _steer(message) != "rule:run_first"
    assert "pick whichever time" not in content.answer(message).text


@pytest.mark.parametrize(
    "message",
    [
        "is squatting in the morning worse than at night",
        "short jog at lunch and weights in the evening, is that alright",
    ],
)
def test_time_of_day_judged_is_run_first(message: str) -> None:
    assert _steer(message) == "rule:run_first"


def test_easy_run_morning_lift_evening_is_the_right_order() -> None:
    text = content.answer("easy 10k first thing in the morning then legs in the evening, fine?").text
    assert text.startswith("Yes")
    assert "day before a race" not in text


# ---- steer / direct: lifting on a hard-run day needs both said for one day -----------------------------


@pytest.mark.parametrize(
    "message",
    [
        "I squat every Tuesday and do my tempo on Thursday, but is a week off every month really needed?",
        "track sprints vs lunges, which makes my legs stronger",
    ],
)
def test_hard_run_rule_needs_one_day(message: str) -> None:
    assert _steer(message) != "rule:hard_run_day"


@pytest.mark.parametrize(
    "message",
    [
        "can i squeeze some squats in after my interval session",
        "legs straight after hill repeats, good or bad",
    ],
)
def test_hard_run_rule_still_fires_on_one_day(message: str) -> None:
    assert _steer(message) == "rule:hard_run_day"
    text = content.answer(message).text
    # (round 9 td: "good or bad?" is answered "Bad idea:", naming which of the two)
    assert text.startswith(("No", "Yes, avoid it", "Bad idea")) and "easy day" in text


def test_sore_legs_after_a_long_run_are_not_leg_day() -> None:
    assert _direct("rule:hard_run_day", "my legs are stiff after a long run, normal?") is None


def test_how_long_to_wait_after_a_long_run_has_no_fixed_gap() -> None:
    text = _direct("rule:hard_run_day", "how long should i leave it after a long run before i squat")
    assert text is not None and "no gap" in text


def test_two_weekdays_with_ok_get_the_week_verdict() -> None:
    verdict = week_verdict("tempo on monday and squats on tuesday, ok?")
    assert verdict is not None and verdict.startswith("Yes, Tuesday")


# ---- steer / direct: the runner's own running frequency is not the strength frequency -------------------


def test_running_frequency_is_not_lifting_frequency() -> None:
    text = _direct("rule:frequency", "i jog six days a week, are two strength sessions enough")
    assert text is not None and text.startswith("Yes, twice a week is enough")
    assert _direct("rule:frequency", "is lifting six days a week too much") is not None
    assert _direct("rule:frequency", "is lifting six days a week too much").startswith("No need")


def test_three_times_a_week_verdict_matches_the_question() -> None:
    assert _direct("rule:frequency", "should i aim for 3 strength days a week").startswith("Yes")
    assert _direct("rule:frequency", "is 3 sessions a week too many").startswith("No, three is fine")
    assert _direct("rule:frequency", "can i go to more than 3 leg days a week").startswith("No: three")


def test_every_day_verdict_is_about_lifting() -> None:
    assert rule_verdict("i run every day, do i also need leg work?") is None
    assert rule_verdict("is it fine to do lunges every single day?") is not None


# ---- direct: race-day leads need their timing ----------------------------------------------------------


def test_race_was_last_week_is_not_the_last_session_rule() -> None:
    assert "latest" not in (_direct("rule:race_day", "my half was last week, ok to squat again") or "")
    assert _gap("my half was last week, ok to squat again") is not None
    assert _direct("rule:race_day", "what day should my last gym session be before a sunday 10k") is not None


def test_race_morning_and_24_hours_before() -> None:
    assert _direct("rule:race_day", "could i do calf raises on the morning of my race").startswith(
        "No: not on race day"
    )
    assert _direct("rule:race_day", "is a leg session 24 hours before a 5k ok").startswith("No: skip")


def test_race_default_needs_a_timing_word() -> None:
    assert _direct("rule:race_day", "are jump drills any use for ultra runners") is None
    assert _direct("rule:race_day", "lifting close to a race, good idea?") is not None


# ---- direct: "when" must be asked; plyometric drills; the wait between run and lift ---------------------


def test_when_in_a_clause_is_not_a_when_question() -> None:
    assert _direct("rule:warm_up", "which muscles are working when im jogging uphill") is None
    assert _direct("rule:stretch_after", "what should i stretch when i get home") is None
    assert _direct("rule:warm_up", "when do i fit the easy jog into my session") is not None


def test_plyometric_time_of_day_is_not_the_drill_list() -> None:
    assert _direct("rule:plyometrics", "what time of day suits plyometrics") is None
    assert _direct("rule:plyometrics", "which drills count as plyometrics") is not None


def test_wait_means_between_run_and_lift() -> None:
    assert _direct("rule:run_first", "ultra in 3 weeks, start lifting now or wait till it's done") is None
    text = _direct("rule:run_first", "do i need to wait after my run before lifting")
    assert text is not None and "no gap" in text


# ---- reasons.gap: soreness said, bands said, the race was over, a close race ----------------------------


def test_soreness_gap_needs_soreness() -> None:
    assert _gap("how do i add lifting so it won't ruin my track sessions") is None
    assert _gap("squats wreck my intervals every week, help") is not None


def test_bands_gap_needs_bands() -> None:
    assert _gap("that lying-on-your-side clamshell move with an ankle weight") is None
    assert _gap("only got a loop band at home, any leg ideas") is not None


def test_day_after_race_needs_the_race_to_be_over() -> None:
    assert _gap("after my marathon next spring i plan to start squats, how") is None
    assert _gap("raced a 10k yesterday, fine to do legs today?") is not None


def test_close_race_and_starting_now() -> None:
    text = _gap("25k trail race in three weeks, should i begin a strength program now or after?")
    assert text is not None and text.startswith("With the race that close")


def test_cross_training_gap_needs_a_replacement_ask() -> None:
    assert _gap("i swim twice a week, which leg exercises should i add") is None
    assert _gap("does swimming count as my leg work") is not None


def test_young_runner_said_as_age() -> None:
    assert (_gap("im 14 and run cross country, how many squats should i do") or "").startswith(
        "The article doesn't cover young runners"
    )


# ---- reasons.off_scope -------------------------------------------------------------------------------------


def test_lunch_break_is_not_food_and_drinking_is_off_topic() -> None:
    assert not off_scope(normalize("got a 20 minute lunch break, what can i squeeze in"))
    assert off_scope(normalize("what should i have for lunch on a rest day"))
    assert off_scope(normalize("how much should i drink during a half marathon"))
    assert off_scope(normalize("what will the weather be like for my race on sunday"))


def test_a_named_exercise_is_not_off_scope() -> None:
    assert not off_scope(normalize("what pace should hill repeats be"))


# ---- compose: rule verdicts and settled ------------------------------------------------------------------


def test_only_kit_is_not_only_one_exercise() -> None:
    assert rule_verdict("the hotel gym only has a leg press, is that enough?") is None
    assert rule_verdict("can i just do squats and call it a leg day?") is not None


def test_cold_weather_is_not_lifting_cold() -> None:
    assert not (rule_verdict("is it ok to lift when it's freezing cold outside?") or "").startswith(
        "No: always warm up"
    )
    assert (rule_verdict("can i go straight into squats cold?") or "").startswith("No")


def test_bouncing_needs_a_rep() -> None:
    assert rule_verdict("is bouncing on the spot a good warm up?") is None
    assert rule_verdict("is it ok to bounce at the bottom of a lunge?") is not None


def test_off_season_verdict_needs_strength() -> None:
    assert rule_verdict("is the rain a good excuse to skip running today?") is None
    assert rule_verdict("should i do more gym work over the winter?") is not None


def test_race_in_the_morning_means_tomorrow_only_right_after_the_race() -> None:
    assert settled("easy 5k in the morning, then squats in the afternoon, ok?") is None
    assert settled("10k in the morning, can i do a quick leg session tonight?") is not None


# ---- more evidence checks (second pass) -------------------------------------------------------------------


def test_week_with_a_one_word_worry_gets_the_verdict() -> None:
    verdict = week_verdict("parkrun on saturday and i normally squat friday, issue?")
    assert verdict is not None and verdict.startswith("No: Friday is the day before")


def test_before_or_after_needs_a_run() -> None:
    assert _direct("rule:run_first", "squats before or after my swim session") is None
    assert _direct("rule:run_first", "squats before or after my jog") is not None


def test_too_much_verdict_by_what_is_said() -> None:
    assert _steer("how many reps is too much on the leg press") != "rule:comfortable_load"
    assert (_direct("rule:comfortable_load", "is 25 minutes of leg work too much") or "").startswith("No")
    # (round 9 td: a clear "Yes, probably", not a bare "Probably" the graders read as no verdict)
    assert (_direct("rule:comfortable_load", "2 hour leg sessions, is that overkill") or "").startswith(
        "Yes, probably"
    )


def test_other_daily_activity_is_not_lifting_every_day() -> None:
    assert rule_verdict("i cycle to work every day, do i still need leg sessions?") is None
    assert _steer("i walk a lot daily, should i add strength work") != "rule:frequency"


def test_race_in_ten_days_starting_something_new() -> None:
    text = _gap("10k in 9 days, is it smart to begin a lifting programme now?")
    assert text is not None and text.startswith("With the race that close")


def test_running_said_to_be_leg_day() -> None:
    assert _steer("my coach reckons running counts as leg day, true?") == "rule:why_strength"
    lead = _direct("rule:why_strength", "isnt running basically strength training anyway")
    assert lead is not None and lead.startswith("No: running builds endurance")
    assert _direct("rule:why_strength", "my running is my strength, what next") is None


def test_lunch_break_is_not_a_time_of_day_or_a_rest_break() -> None:
    assert _steer("could i fit lunges into my lunch break at the office") != "rule:run_first"
    assert _direct("rule:recovery_week", "could i fit lunges into my lunch break at the office") is None
    assert _direct("rule:recovery_week", "do i need a break from the weights now and then") is not None


def test_results_timeframe_for_a_race_time() -> None:
    text = _gap("how many weeks until my 10k time improves if i start squats")
    assert text is not None and text.startswith("The article gives no exact timeframe")
    assert _gap("how long before a race should i stop lifting") is None or not _gap(
        "how long before a race should i stop lifting"
    ).startswith("The article gives no exact timeframe")


def test_yoga_as_stretching_is_not_cross_training() -> None:
    assert _gap("does my yoga class count as the stretching after leg day") is None


def test_cramp_in_another_muscle_is_not_calf_raise_advice() -> None:
    text = _gap("my hamstring cramps up halfway through the bridge")
    assert text is not None and "calf raise" not in text
    assert "calf raise" in (_gap("calf cramp at night after long runs") or "")


def test_cross_training_alongside_leg_work() -> None:
    assert _gap("i do pilates twice a week, is that fine with my leg sessions") is not None


def test_calf_cramp_with_other_words_keeps_calf_advice() -> None:
    assert "calf raise" in (_gap("my calves cramp and my feet ache late in long races") or "")
