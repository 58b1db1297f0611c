"""Round 6 (issue 25), tuner T2: verdicts that the matching fact backs, the runner's own week, the
number first, comparisons with a verdict, the reason first. Wordings here are not the dev set's."""

from __future__ import annotations

import pytest

from content import answer
from content.compose import rule_verdict
from content.direct import week_verdict


def _text(q: str) -> str:
    return answer(q).text


# ---- the runner's week: which day the strength work is actually on --------------------------------


@pytest.mark.parametrize(
    "q, day",
    [
        ("doing my LR on sun, can i do legs sat?", "Saturday"),
        ("my long runs are sundays, can i do leg day monday", "Monday"),
        ("tempo on wednesdays, is thursday ok for squats?", "Thursday"),
    ],
)
def test_a_strength_day_that_is_not_a_hard_run_day_is_a_yes(q: str, day: str) -> None:
    text = _text(q)
    assert text.startswith(f"Yes, {day} is fine"), text


@pytest.mark.parametrize(
    "q, day",
    [
        ("intervals every tuesday - is tuesday evening fine for squats?", "Tuesday"),
        ("hill reps thursday, legs thursday after?", "Thursday"),
        ("long run on sat, gym sat afternoon ok?", "Saturday"),
    ],
)
def test_a_strength_day_on_the_hard_run_day_is_a_no(q: str, day: str) -> None:
    text = _text(q)
    assert text.startswith(f"No: {day} is a hard-run day"), text


@pytest.mark.parametrize(
    "q",
    [
        "parkrun saturday morning, can i squeeze legs in friday night",
        "10k on sunday, is saturday ok for a leg session?",
        "Race on Sunday. Can I do squats Saturday?",
    ],
)
def test_the_day_before_the_race_is_a_no_named(q: str) -> None:
    text = _text(q)
    assert text.startswith("No: ") and "day before your race" in text, text


def test_which_days_names_the_days_to_avoid_and_two_that_fit() -> None:
    text = _text("long run saturday, intervals tuesday - what days should i put legs")
    assert text.startswith("Not Tuesday or Saturday"), text
    assert "Tuesday and" not in text.split("Pick")[1] and "Saturday" not in text.split("Pick")[1]
    other = _text("tempo on tuesday and intervals thursday, which days for strength?")
    assert other.startswith("Not Tuesday or Thursday") and "Pick two easy days" in other


def test_the_last_session_before_the_runners_own_race_day() -> None:
    text = _text("half marathon on sunday, when should my last leg session be")
    assert text.startswith("Friday at the latest") and "Saturday" in text and "Thursday" not in text


def test_no_week_no_day_verdict() -> None:
    # Nothing hard or race named: the day is fine unless it's one of the article's two exceptions.
    assert (week_verdict("legs on monday ok?") or "").startswith("Yes, Monday is fine as long as")
    assert week_verdict("legs on monday ok?", lift_only=False) is None
    assert week_verdict("I sat down after my long run, should i lift") is None


def test_a_hard_run_word_in_the_background_does_not_force_no() -> None:
    text = _text("ngl my hammies are always tight after intervals, should i be doing something for them")
    assert not text.startswith("No") and "hard-run day" not in text, text
    text = _text("my calves are wrecked after tempo runs, anything i should do")
    assert "hard-run" not in text and "hard run" not in text, text


# ---- the article's do's and don'ts: the verdict the rule backs -------------------------------------


@pytest.mark.parametrize(
    "q, start",
    [
        ("is it okay if my knees pass my toes when i lunge", "No"),
        ("should my knees go past my toes on wall squats", "No"),
        ("is it bad if my knees go over my toes", "Yes, avoid it"),
        ("should i lock my knees out at the top of step-ups to get the full benefit?", "No"),
        ("can i hold my breath during squats", "No"),
        ("is it fine to go really fast and bounce on squats", "No"),
        ("should i use the steepest hill i can find", "No"),
        ("steeper hill = better hill reps right?", "No"),
        ("lift first then run, is that ok?", "No"),
        ("should i do strength before my run", "No"),
        ("can i skip the warm up and just start lifting cold?", "No"),
        ("do i have to warm up if i'm only doing bodyweight stuff", "Yes"),
        ("do i really need to warm up for a 15 min leg session or can i just crack on", "Yes"),
        ("is it alright to skip stretching after leg day if im short on time", "No, don't skip it"),
        ("do i just keep lifting all year round with no breaks?", "No"),
        ("is it fine to only train my calves", "No"),
        ("can i just go as heavy as possible even if my form gets a bit messy", "No"),
        ("is a treadmill on incline as good as a real hill", "Yes"),
    ],
)
def test_a_yes_no_about_an_article_rule_gets_the_rules_verdict(q: str, start: str) -> None:
    text = _text(q)
    assert text.startswith(start), text
    if start == "No":
        assert "Yes" not in text.split("\n")[0]


def test_which_comes_first_is_not_a_yes_no() -> None:
    assert rule_verdict("should i stretch before or after my leg workout") is None
    assert _text("should i stretch before leg day or after?").startswith("Both")


def test_a_rule_verdict_answers_alone() -> None:
    # One verdict answers it: no second topic's dose or card glued on.
    text = _text("should i hold my breath on the leg press? it feels more stable")
    assert text.startswith("No: never hold your breath") and "sets" not in text


# ---- which comes first, and the time of day --------------------------------------------------------


@pytest.mark.parametrize(
    "q, start",
    [
        ("do i do my strides before or after the strength session", "Before"),
        ("should my easy run be before or after leg day", "Before"),
        ("do squats go before or after my run", "After"),
        ("should i lift before or after running", "After"),
    ],
)
def test_before_or_after_answers_for_the_thing_asked_about(q: str, start: str) -> None:
    text = _text(q)
    assert text.startswith(start) and "\n" not in text, text


@pytest.mark.parametrize(
    "q",
    ["morning or evening for leg day, does it matter", "is it better to lift in the morning or at night"],
)
def test_time_of_day_is_honest_not_off_topic(q: str) -> None:
    text = _text(q)
    assert text.startswith("The article doesn't say") and "run first" in text, text


def test_an_easy_run_then_legs_later_is_a_yes() -> None:
    assert _text("easy 5k in the morning then legs in the evening, is that ok").startswith("Yes")
    assert _text("gym at 6am, run at lunch, fine?").startswith("No, better the other way round")


def test_when_the_warm_up_goes() -> None:
    assert _text("when in my session should i do the light jogging").startswith("At the start")


# ---- comparisons get a verdict; why gets the reason first -------------------------------------------


@pytest.mark.parametrize(
    "q, start",
    [
        ("is BW enough or do i need DBs", "Bodyweight is enough to start"),
        ("bodyweight or dumbbells for a beginner", "Bodyweight is enough to start"),
        ("heavy weights or light weights for runners", "Heavier with fewer reps"),
        ("light weights high reps or heavy low reps for a runner", "Heavier with fewer reps"),
        ("machines or free weights for runners legs", "Machines first, then free weights"),
        ("home workout vs gym, which should a beginner go for", "Home is enough to start"),
        ("exercise ball or chair for the hamstring push up", "Either works"),
        ("leg extensions vs hamstring curls", "Neither alone"),
    ],
)
def test_a_comparison_leads_with_a_verdict(q: str, start: str) -> None:
    text = _text(q)
    assert text.startswith(start), text
    assert "•" not in text  # a verdict, not a whole routine


def test_ball_or_chair_points_at_the_hamstring_push_up() -> None:
    assert _text("ball or chair for hamstring push ups?").endswith("/exercise hamstring push-up")


def test_single_leg_vs_both_is_the_progression_alone() -> None:
    text = _text("single leg calf raises vs both legs")
    assert text.startswith("One leg is harder") and "session has" not in text and "Heavier" not in text


@pytest.mark.parametrize(
    "q, start",
    [
        ("why pay for gym membership if i can train at home", "Because gym kit isolates"),
        ("whats the main reason runners should lift", "Mainly to head off injuries"),
        ("why do runners do box jumps and hops", "They build explosive power"),
        ("why should i bother with one leg exercises", "They mimic running"),
        ("why take a week off every month, wont i lose my gains", "To give your body extra recovery"),
        ("will a week off make me lose my strength", "No: a week off won't undo"),
    ],
)
def test_why_gives_the_reason_first(q: str, start: str) -> None:
    text = _text(q)
    assert text.startswith(start), text


def test_a_why_gets_one_reason_without_a_runner_up() -> None:
    text = _text("why run first and lift after, not the other way round")
    assert "\n" not in text and "stretch" not in text.lower(), text


def test_a_named_exercises_detail_without_a_session_length_filler() -> None:
    text = _text("how long should i hold at the top of a calf raise")
    assert text.startswith("Calf raise:") and "15 to 20 minutes" not in text, text


def test_tiny_weights_gets_what_to_use_instead() -> None:
    text = _text("should i only lift really light weights so i dont get bulky")
    assert text.startswith("No") and "12–15" in text, text


def test_a_week_in_the_background_is_not_a_day_question() -> None:
    text = _text(
        "I do leg day every Monday and long run Sunday and feel fine, but my coach says I should take a "
        "week off lifting every so often. Is she right?"
    )
    assert "Monday is fine" not in text, text


def test_days_off_in_a_week_are_not_hard_days() -> None:
    text = _text(
        "my week: mon easy, tue intervals, thu tempo, sat long run, wed fri sun off. where do legs go?"
    )
    assert text.startswith("Not Tuesday, Thursday or Saturday"), text


def test_am_is_not_a_time_of_day() -> None:
    assert "pick whichever time" not in _text("am i too young to lift weights for running, im 15")


def test_a_hard_run_the_day_after_a_leg_day_that_left_legs_sore_is_not_a_flat_yes() -> None:
    # Still sore from leg day: not a flat yes (the soreness answer, content/reasons.py, leads).
    text = _text("legs absolutely knackered from leg day, still ok to smash intervals tmrw?")
    assert text.startswith("Not if your legs are still that sore") and "run easy" in text, text


@pytest.mark.parametrize(
    "q, start",
    [
        ("tbh i skip leg day cos i run anyway, bad idea?", "Yes, it's a bad idea"),
        ("can i skip strength if i run a lot?", "No"),
    ],
)
def test_skipping_strength_because_you_run(q: str, start: str) -> None:
    text = _text(q)
    assert text.startswith(start) and "inefficient" in text, text


def test_off_season_yes_only_when_asked_about_the_season() -> None:
    assert _text(
        "weather's been awful, ice on every path for weeks. good time to do more strength?"
    ).startswith("Yes")
    assert not _text("whats the best time of year to focus on strength").startswith("Yes")


@pytest.mark.parametrize(
    "q, start",
    [
        ("is it ok to do squats the morning of a long run", "No: that's the same day as a hard run"),
        ("could i lift on saturday if my race is sunday", "No: Saturday is the day before your race"),
        ("is 3 times a week too much for legs", "No, three is fine"),
        ("does it matter if i do legs twice a week or three", "Two is enough"),
        ("calf raises on a step or on flat ground", "A step"),
        ("hill repeats or plyometrics for power", "For explosive power, plyometrics"),
        ("stretching or foam rolling after lifting", "The article doesn't cover foam rolling"),
        ("do i need to stretch before lifting", "Yes"),
        ("is it okay to do only bodyweight exercises", "Yes"),
    ],
)
def test_more_verdicts_in_new_words(q: str, start: str) -> None:
    text = _text(q)
    assert text.startswith(start), text


def test_rest_between_sets_of_an_exercise_is_the_rest_not_the_dose() -> None:
    text = _text("how long should i rest between sets of lunges")
    assert text.startswith("Lunge: Rest about") and "no figure" in text, text


def test_never_skip_is_not_a_no() -> None:
    # "Never skip the warm-up" recommends the warm-up: a yes/no about it must not open "No".
    assert not _text("do i need to warm up and stretch before squats").startswith("No")


@pytest.mark.parametrize(
    "q, start",
    [
        ("I run Mon Wed Fri. Should I lift on Tuesday and Thursday?", "Yes, Tuesday and Thursday are fine"),
        ("can i do leg day the day before my long run", "Yes"),
        ("should i do heavy squats in race week", "No"),
        ("my race is in 2 days, can i still lift today?", "Yes"),
        ("is it fine to lift weights on my rest days", "Yes"),
        ("can i do squats and lunges on the same day", "Yes"),
        ("should i only stretch my quads after running", "No"),
    ],
)
def test_day_and_session_verdicts(q: str, start: str) -> None:
    text = _text(q)
    assert text.startswith(start) and "\n\n" not in text, text


@pytest.mark.parametrize(
    "q, start",
    [
        ("fartlek and legs same day, yay or nay", "No"),
        ("threshold run tuesday, legs tuesday evening?", "No: Tuesday is a hard-run day"),
        ("easy run and legs same day ok?", "Yes"),
    ],
)
def test_same_day_verdicts_know_the_hard_sessions(q: str, start: str) -> None:
    text = _text(q)
    assert text.startswith(start) and "session has" not in text, text


@pytest.mark.parametrize(
    "q, start",
    [
        ("how much should i lift on the leg press", "Leg press: The article gives no set weight"),
        ("how long do i hold each stretch", "About 20–30 seconds per stretch"),
        ("how many seconds should the lowering take", "The article gives no count"),
        ("how many minutes of warm up", "The article doesn't give a time"),
        ("how high should my hips go on the bridge", "Bridge: Stop when your knees, hips and lower trunk"),
        ("how high should the box be for step ups", "Bench step-up: Keep the bench at knee height"),
    ],
)
def test_how_much_gets_the_figure_asked_for_first(q: str, start: str) -> None:
    text = _text(q)
    assert text.startswith(start), text
    assert "15 to 20 minutes" not in text  # not the session length because the question said "how long"


@pytest.mark.parametrize(
    "q, start",
    [
        ("can i just spam leg extensions and call it leg day", "No: one exercise isn't a leg day"),
        ("is doing only squats enough for leg day", "No: one exercise isn't a leg day"),
        ("at the top of a step up my knee sort of snaps straight, does that matter", "Yes, avoid it"),
        ("ATG squats a thing for runners or nah", "Deep (ass-to-grass) squats aren't covered"),
        ("worth doing moves on a single leg rather than both? feels awkward", "Yes, because"),
        ("is a pistol squat the same as the one legged squat", "No, not quite"),
        ("quick leg sesh b4 parkrun tomoz?", "No: skip strength work the day before a race"),
        ("bro do i gotta hit legs if im a runner or nah", "Yes"),
        ("is it bad to hold my breath", "Yes, avoid it"),
    ],
)
def test_verdicts_turn_round_for_does_it_matter_and_slang(q: str, start: str) -> None:
    text = _text(q)
    assert text.startswith(start), text


@pytest.mark.parametrize(
    "q, start",
    [
        ("is it bad to do squats after a long run", "Yes, avoid it"),
        ("can i lift the evening after my parkrun", "No"),
        ("is hill running enough strength work on its own", "Not on its own"),
        ("is once a week enough", "It's a start"),
        ("should i lean forward on step ups", "No: keep your trunk upright"),
        ("is it ok to do plyometrics on concrete", "The article doesn't say"),
        ("can i do hill repeats on the same day as legs", "No"),
        ("how long should i wait after a run before lifting", "The article gives no gap"),
    ],
)
def test_new_wordings_round_two(q: str, start: str) -> None:
    text = _text(q)
    assert text.startswith(start), text


def test_a_shared_verb_is_no_reason_for_yes() -> None:
    # "heels come up" shares only "come up" with "come up until the knee is almost straight".
    assert not _text("is it ok if my heels come up in a squat").startswith("Yes")


def test_a_form_verdict_points_at_the_exercise_named() -> None:
    assert _text("should i lean forward on step ups").endswith("/exercise bench step-up")


@pytest.mark.parametrize(
    "q, start",
    [
        ("calf raises or toe raises for shin splints", "The calf raise, if you pick one"),
        ("bridge or hamstring push up for hamstrings", "For the hamstrings, the hamstring push-up"),
        ("plyometrics or weights for speed", "Both help"),
        ("are machines safer than free weights", "Machines first, then free weights"),
    ],
)
def test_a_comparison_for_a_purpose_picks_for_that_purpose(q: str, start: str) -> None:
    text = _text(q)
    assert text.startswith(start), text


def test_on_my_hard_run_day_is_a_no_even_as_a_follow_up() -> None:
    assert _text("can i do legs on my tempo day").startswith("No")
    last = answer("how often should i lift").context
    assert answer("can i do it on my long run day", last).text.startswith("No")


def test_a_prohibition_the_question_does_not_reach_gets_no_yes() -> None:
    # "Don't pair a strength session with a hard run" must not be answered "Yes." for any day asked.
    text = _text("is it fine to lift on my long run day")
    assert not text.startswith("Yes"), text


def test_why_not_steeper_is_honest_about_the_reason() -> None:
    text = _text("why shouldnt hills be too steep")
    assert text.startswith("The article just says not too steep") and "not the article's" in text


@pytest.mark.parametrize(
    "q, start",
    [
        ("how many calf raises should i do a day for shin splints", "Calf raise: 2–3 sets × 12–15 reps"),
        ("how many leg presses for runners knee", "Leg press: 2–3 sets × 12–15 reps"),
    ],
)
def test_how_many_of_an_exercise_for_an_injury_is_that_exercises_number(q: str, start: str) -> None:
    text = _text(q)
    assert text.startswith(start) and "physiotherapist" in text and text.count("twice a week") <= 1, text


@pytest.mark.parametrize(
    "q, start",
    [
        ("should i skip legs the day before a race", "Yes: skip strength work"),
        ("do i really have to stop lifting the day before my marathon", "Yes"),
        ("should i stop lifting on my long run day", "Yes"),
        ("can i do squats the day before my 10k", "No"),
        ("should i skip the warm up", "No"),
    ],
)
def test_asking_whether_to_refrain_gets_yes_not_a_contradicting_no(q: str, start: str) -> None:
    text = _text(q)
    assert text.startswith(start), text


def test_a_sore_shin_after_hill_reps_is_not_given_a_hill_dose() -> None:
    text = _text("front of my shins feel sore after hill reps, should i stop the hills")
    assert "in your strength sessions two or three times a week" not in text, text


@pytest.mark.parametrize(
    "q, start",
    [
        ("gym on fri then parkrun sat, thoughts?", "No: Friday is the day before your race"),
        (
            "tempo weds, intervals fri, long run sun. which 2 days for strength",
            "Not Wednesday, Friday or Sunday",
        ),
        (
            "i lift mondays and thursdays and do my long run sundays, is that a good setup",
            "Yes, Monday and Thursday are fine",
        ),
    ],
)
def test_a_week_asked_about_in_other_words(q: str, start: str) -> None:
    text = _text(q)
    assert text.startswith(start), text
