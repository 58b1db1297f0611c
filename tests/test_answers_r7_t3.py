"""Round 7 (issue 25), tuner t3: routing, verdicts and the safety/off-topic vocabulary. Each test is a
rule about a class of message, checked on wordings written for it (not the dev rows)."""

from __future__ import annotations

import pytest

from content import answer

# --- red flags in runners' own words: stop and a doctor, nothing else ------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "my heart was going crazy after hill repeats and wouldn't slow down",
        "tightness across my chest on the last hill rep, can I do legs tomorrow?",
        "my pee was dark brown the day after a brutal leg session",
    ],
)
def test_a_red_flag_in_runners_words_is_stop_and_doctor(message: str) -> None:
    text = answer(message).text
    assert text.startswith("Stop")
    assert "doctor" in text
    assert "/exercise" not in text


@pytest.mark.parametrize(
    "message",
    [
        "I'm out of breath after box hops, how long should I rest?",
    ],
)
def test_ordinary_effort_is_not_a_red_flag(message: str) -> None:
    assert not answer(message).text.startswith("Stop exercising")


# --- foot care and upper-body workouts: declined, not a leg card ------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "how do I treat a blister on my heel",
        "toenail went black after my long run, what do I do?",
    ],
)
def test_foot_and_skin_care_is_declined_with_who_to_ask(message: str) -> None:
    a = answer(message)
    assert a.off_topic
    assert "podiatrist" in a.text
    assert "/exercise" not in a.text


@pytest.mark.parametrize(
    "message",
    ["give me a shoulder and arm workout for the gym"],
)
def test_an_upper_body_workout_is_declined(message: str) -> None:
    a = answer(message)
    assert a.off_topic
    assert "Leg press" not in a.text


def test_a_form_follow_up_about_the_shoulders_is_not_declined() -> None:
    first = answer("how do I do a bridge")
    assert not answer("where should my shoulders be?", first.context).off_topic


# --- timing: the last session before a race, run then lift, the week as told ------------------------


@pytest.mark.parametrize(
    ("message", "day"),
    [
        ("10k on Sunday. When's my last leg session?", "Friday"),
    ],
)
def test_the_last_session_before_a_race_is_two_days_out(message: str, day: str) -> None:
    text = answer(message).text
    assert text.startswith(day)
    assert "stretch" not in text.lower()


def test_when_is_my_last_session_alone_is_the_race_rule() -> None:
    text = answer("when's my last strength session?").text
    assert "day before" in text and "stretch" not in text.lower()


@pytest.mark.parametrize(
    "message",
    [
        "after an easy 40 min run is it ok to go straight into leg day",
    ],
)
def test_lifting_after_an_easy_run_is_yes_run_first(message: str) -> None:
    text = answer(message).text
    assert text.startswith("Yes")
    assert "run first" in text


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("legs on friday and a half marathon on saturday, too close?", "Yes"),
        ("legs on wednesday and a 5k on saturday, is that a problem?", "No"),
    ],
)
def test_a_week_asked_the_other_way_round_gets_the_right_verdict(message: str, lead: str) -> None:
    assert answer(message).text.startswith(lead)


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("been doing legs 6 weeks straight, do I need a week off?", "Yes"),
        ("3 weeks in a row of leg days, should I take a break?", "Not yet"),
    ],
)
def test_weeks_without_the_week_off(message: str, lead: str) -> None:
    assert answer(message).text.startswith(lead)


def test_how_many_days_a_week_is_the_frequency_not_the_week_off() -> None:
    text = answer("how many days a week can I lift without hurting my running?").text
    assert "Twice a week" in text and "Once a month" not in text


# --- verdicts: the worry answered the right way round -----------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "is squatting going to kill my speed",
        "will heavy leg day ruin my marathon pace",
    ],
)
def test_will_lifting_slow_me_is_no(message: str) -> None:
    text = answer(message).text
    assert text.startswith("No")
    assert "slow you down" in text


@pytest.mark.parametrize(
    "message",
    [
        "is jump training worth it for a marathoner?",
        "should I bother with hopping drills or nah",
    ],
)
def test_are_jumping_drills_worth_it_is_yes_with_where_to_start(message: str) -> None:
    text = answer(message).text
    assert text.startswith("Yes")
    assert "line hops" in text


def test_a_leg_workout_without_a_gym_is_yes() -> None:
    text = answer("is it possible to get a decent leg session in without a gym?").text
    assert text.startswith("Yes")
    assert "calf raises" in text


# --- routing by what the runner describes -----------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "my quads are much stronger than my hammies, does that matter",
    ],
)
def test_front_and_back_of_the_thigh_is_the_balance_rule(message: str) -> None:
    text = answer(message).text
    assert text.startswith("Yes")
    assert "hamstring" in text and "imbalance" in text


def test_tight_hamstrings_asking_about_imbalance_is_not_runners_knee() -> None:
    text = answer("my hamstrings get sore after track nights, could that be an imbalance?").text
    assert "runner's knee" not in text
    assert "imbalance" in text


@pytest.mark.parametrize(
    "message",
    ["which muscles propel me at toe-off when running"],
)
def test_the_push_off_is_the_calves(message: str) -> None:
    text = answer(message).text
    assert "calves" in text.split("\n")[0].lower()
    assert "hamstring push-up" not in text.lower()


def test_the_small_muscles_that_keep_me_steady_are_balance_work() -> None:
    text = answer("how do I work the stabilizers that stop me wobbling on trails").text
    assert "one-legged" in text and "Quadriceps" not in text


def test_the_front_of_the_hip_without_pain_is_the_hip_muscles_not_an_injury() -> None:
    text = answer("what job do my hip flexors do in running?").text
    assert "isn't covered" not in text
    assert "/muscle hips" in text


def test_air_in_or_out_is_breathing() -> None:
    text = answer("when I press the weight up, do I let my air out?").text
    assert text.startswith("Breathe out")


@pytest.mark.parametrize(
    "message",
    [
        "my form collapses forward at the end of long runs, which muscles are weak?",
    ],
)
def test_slumping_late_in_a_run_is_the_glutes(message: str) -> None:
    text = answer(message).text
    assert "glutes" in text
    assert "Nearly all of them" not in text


# --- how much, and the background that says what the ask is about -----------------------------------


def test_how_many_hill_reps_is_the_hills_dose_only() -> None:
    text = answer("how many hill repeats should one session have?").text
    assert "5–8" in text
    assert "12 to 15" not in text


@pytest.mark.parametrize(
    "message",
    ["what weight should I pick? no idea where to begin"],
)
def test_sets_of_each_and_what_weight_are_the_sets_and_reps_rule(message: str) -> None:
    text = answer(message).text
    assert "12 to 15" in text
    assert "Make moves harder" not in text and "old advice" not in text


def test_a_follow_up_how_many_sets_stays_on_the_exercise() -> None:
    first = answer("how many reps on the leg press?")
    assert "Leg press" in answer("and how many sets?", first.context).text


@pytest.mark.parametrize(
    "message",
    [
        "My legs fade badly late in marathons. Could lifting help with that?",
    ],
)
def test_a_benefit_told_before_a_vague_ask_is_answered_with_yes(message: str) -> None:
    text = answer(message).text
    assert text.startswith("Yes")
    assert "prevent injuries" not in text.split(".")[0]


def test_bored_of_lifting_is_keeping_it_fun() -> None:
    assert "enjoyable" in answer("I find leg day so tedious, how do I stick with it?").text


def test_legs_dying_on_hills_is_stronger_legs_and_hill_repeats() -> None:
    text = answer("my legs die on every climb, what can I do about it").text
    assert "hill" in text.lower() and "Side-lying" not in text


# --- comparisons --------------------------------------------------------------------------------------


def test_one_foot_or_both_feet_is_the_one_legged_progression() -> None:
    text = answer("heel raises: two feet or one foot, which is better?").text
    assert "One leg" in text and "start on two" in text


def test_two_opposing_muscles_compared_say_the_balance_once_then_each_role() -> None:
    text = answer("hamstrings vs quads, which are more important?").text
    assert text.startswith("Both, in balance")
    assert text.count("balance") <= 2


def test_the_two_calf_muscles_are_named_with_what_each_is() -> None:
    text = answer("what's the difference between the gastrocnemius and the soleus").text
    assert "deeper" in text and "outer" in text
    assert "Glutes" not in text


# --- more of the safety and off-topic vocabulary ----------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "something went in my calf on the hill and now it's tight",
        "my back seized up halfway through my lunges",
        "heard a crunch in my ankle on the trail",
    ],
)
def test_a_muscle_or_joint_going_in_runners_words_is_rest_and_a_professional(message: str) -> None:
    text = answer(message).text
    assert text.startswith("Stop") and ("physio" in text or "doctor" in text or "A&E" in text)


def test_a_calf_that_felt_hit_by_a_stick_is_seen_today() -> None:
    text = answer("halfway through intervals it felt like someone hit me with a stone in the calf").text
    assert text.startswith("Stop now") and "today" in text


def test_outer_hip_pain_at_night_is_the_honest_hip_answer_not_a_card() -> None:
    text = answer("my hip aches on the outside at night, what is it?").text
    assert "isn't covered in detail" in text and "doctor" in text


@pytest.mark.parametrize(
    "message",
    ["which trainers should I buy for marathon training"],
)
def test_running_kit_and_running_plans_are_declined(message: str) -> None:
    assert answer(message).off_topic


def test_a_strength_plan_for_a_marathon_is_in_scope() -> None:
    assert not answer("can you give me a strength training plan for my marathon").off_topic


def test_legs_the_night_before_a_race_is_no_not_the_order_of_the_day() -> None:
    text = answer("ok to do squats the night before my half?").text
    assert text.startswith("No") and "day before" in text


def test_a_time_word_right_before_run_or_legs_is_its_own() -> None:
    assert answer("morning jog and evening squats, fine?").text.startswith("Yes")


def test_who_is_right_names_the_person_the_article_agrees_with() -> None:
    text = answer("I bounce out of the bottom of my squats and my coach says that's bad. Who's right?").text
    assert text.startswith("Your coach is")
    assert "Yes" not in text.split("\n")[0]


def test_a_wall_at_hip_height_is_a_measure_not_the_hips() -> None:
    text = answer("I do step-ups onto a hip-height wall, locking my knee at the top. Is that ok?").text
    assert "/muscle hips" not in text


@pytest.mark.parametrize(
    ("message", "lead"), [("hammy curls or nah", "Yes"), ("is leg day worth it?", "Yes")]
)
def test_or_nah_and_worth_it_get_their_verdict(message: str, lead: str) -> None:
    text = answer(message).text
    assert text.startswith(lead)
    assert "recovery between sessions" not in text
