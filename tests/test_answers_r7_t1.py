"""Round 7, tuner t1: long messages and the runner's situation (own wordings, not the dev rows)."""

from __future__ import annotations

import pytest

import content


def answer(message: str) -> str:
    return content.answer(message).text


# A long message that describes how the runner does one exercise and asks if it's right: that
# exercise's fixes, against what they described (never a muscle or injury card).
@pytest.mark.parametrize(
    ("message", "must", "card"),
    [
        (
            "I've been doing calf raises off a stair but I bounce at the bottom and only go halfway up. "
            "Am I doing them right?",
            ["bouncing", "range"],
            "/exercise calf raise",
        ),
        (
            "I do hill sprints on a really steep hill, like 20%, 15 of them and I run back down fast. Is "
            "this the right way?",
            ["5–10%", "jog", "5 to 8"],
            "/exercise hill repeats",
        ),
        (
            "My lunges: I lean way forward and my back knee smacks the ground every rep. Knee is a bit "
            "sore after. What's the proper form?",
            ["90°", "torso", "physio"],
            "/exercise lunge",
        ),
    ],
)
def test_a_described_form_gets_that_exercises_fixes(message: str, must: list[str], card: str) -> None:
    text = answer(message)
    for m in must:
        assert m in text, text
    assert card in text, text
    assert "/muscle" not in text and "runner's knee" not in text, text


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        (
            "My husband does his calf raises really fast and bounces, I go slow with a pause at the top. "
            "Which of us has it right?",
            "You are; your husband isn't.",
        ),
        (
            "My mate does step-ups on a waist high box and I use a low step, but I lock my knee out "
            "at the top and he doesn't. Who's right?",
            "Neither quite.",
        ),
    ],
)
def test_which_of_us_is_right_gets_a_verdict_first(message: str, lead: str) -> None:
    assert answer(message).startswith(lead)


@pytest.mark.parametrize(
    "message",
    [
        "How do I do a wall squat, and is it ok if my knees go past my toes?",  # a question, not a habit
        "I do bridges. Am I doing them right, and how often should I do them?",  # another ask too
    ],
)
def test_no_form_check_without_a_described_habit(message: str) -> None:
    text = answer(message)
    assert not text.startswith(("Not quite.", "Yes, worth fixing", "You are;")), text


# One part asked about with the kit told: that part's moves the kit allows, with the first one's steps.
@pytest.mark.parametrize(
    ("message", "must", "never"),
    [
        (
            "I've only got a chair and a wall at home. Anything for my hamstrings?",
            "hamstring push-up",
            "curl",
        ),
        (
            "All I've got is a bench and ankle weights. What can I do for my hips?",
            "side-lying hip raise",
            "/muscle",
        ),
    ],
)
def test_one_part_with_the_kit_told(message: str, must: str, never: str) -> None:
    text = answer(message)
    assert must in text.lower() or must in text, text
    assert never not in text, text
    assert "1)" in text, text


# The runner's situation decides the plan: kit, where they train, what their body won't do.
@pytest.mark.parametrize(
    ("message", "must", "never"),
    [
        (
            "I'm a 100m sprinter, I only have the athletics track. What should I do for strength?",
            ["Line hops", "Skipping", "explosive"],
            ["machine"],
        ),
        (
            "I'd like to start plyometrics but I don't have a step or a box. What can I do?",
            ["Line hops", "Skipping"],
            ["Box hops", "With a bench"],
        ),
        (
            "Jumping really hurts my knees at my weight. What can I do instead of plyos?",
            ["No jumping", "Bridge"],
            ["Line hops", "Box hops", "Skipping"],
        ),
        (
            "Never lifted and the gym intimidates me. Where do I start, and how often?",
            ["Calf raise", "Twice a week"],
            ["Leg press"],
        ),
        (
            "I can't kneel because of an old knee injury. Which leg exercises can I still do?",
            ["None of these needs kneeling", "One-legged squat"],
            ["4 to 6 exercises"],
        ),
    ],
)
def test_the_plan_fits_the_runners_situation(message: str, must: list[str], never: list[str]) -> None:
    text = answer(message)
    for m in must:
        assert m in text, text
    for n in never:
        assert n not in text, text


def test_a_race_start_is_power_but_chaos_starting_is_not() -> None:
    text = answer(
        "I have 15 minutes after my run before chaos starts with the kids. What would you put in it?"
    )
    assert "explosive" not in text and "Line hops" not in text, text


# The runner's week as a constraint: strength only on run days, a race the day after, too much lifting.
@pytest.mark.parametrize(
    ("message", "must", "never"),
    [
        (
            "My only gym slot is Wednesday evening, that's my tempo run night too. How do I make it work?",
            ["run first", "easy day"],
            ["Home works"],
        ),
        (
            "The only day I can lift is Saturday and I usually race parkrun on Sunday. Is that a problem?",
            ["Yes, that's a problem", "earlier in the week"],
            ["No:"],
        ),
        (
            "I've done legs five times a week for three months straight and my runs feel flat. What am I "
            "doing wrong?",
            ["week off", "twice a week"],
            [],
        ),
        (
            "I squat before my morning tempo runs because that's when I have time, and the runs feel dead. "
            "Should I swap the order?",
            ["Yes", "Run first"],
            ["No:"],
        ),
    ],
)
def test_the_runners_week_as_a_constraint(message: str, must: list[str], never: list[str]) -> None:
    text = answer(message)
    for m in must:
        assert m in text, text
    for n in never:
        assert n not in text, text


@pytest.mark.parametrize(
    ("message", "must", "never"),
    [
        (
            "My physio says my glutes are weak and that's why my knee aches on long runs. Which exercises?",
            ["bridge", "physio"],
            ["runner's knee", "I can't diagnose"],
        ),
        (
            "Knee hurts on the outside late in long runs; a physio told me my hips are weak. What would "
            "target that?",
            ["side-lying hip raise", "isn't covered"],
            ["take this as general guidance"],
        ),
    ],
)
def test_a_weak_muscle_a_professional_found_leads(message: str, must: list[str], never: list[str]) -> None:
    text = answer(message)
    for m in must:
        assert m in text, text
    for n in never:
        assert n not in text, text


@pytest.mark.parametrize(
    ("message", "must", "never"),
    [
        (
            "I do squats and lunges at home three times a week. Which muscles am I leaving out?",
            ["leaves out the hamstrings", "hamstring push-up", "calf raise"],
            ["doesn't cover"],
        ),
        (
            "I'm 63 and my balance isn't great any more. I jog a few times a week. What strength work "
            "would suit "
            "me?",
            ["One-legged squat", "For balance", "one or two sets"],
            ["Line hops"],
        ),
        (
            "Masters 400m runner here, I want more power but I'm worried about bulking up. What should I "
            "be doing "
            "in the gym?",
            ["Line hops", "On bulk", "Leg press"],
            [],
        ),
    ],
)
def test_who_the_runner_is_shapes_the_answer(message: str, must: list[str], never: list[str]) -> None:
    text = answer(message)
    for m in must:
        assert m in text, text
    for n in never:
        assert n not in text, text


@pytest.mark.parametrize(
    ("message", "lead", "must"),
    [
        (
            "Doing one-legged squats I go right down till my back knee touches the floor. Too deep?",
            "Yes, too deep",
            "90°",
        ),
        (
            "My walking lunges get sloppy by the end with heavy dumbbells. Should I keep going heavier?",
            "No",
            "Form first",
        ),
    ],
)
def test_a_suspected_fault_gets_its_verdict_first(message: str, lead: str, must: str) -> None:
    text = answer(message)
    assert text.startswith(lead), text
    assert must in text, text


@pytest.mark.parametrize(
    ("message", "must", "never"),
    [
        (
            "I train for mountain races but live somewhere flat. I have a gym membership. How do I get "
            "my legs ready for long climbs?",
            ["Treadmill incline", "Lunge"],
            ["4 to 6 exercises"],
        ),
        (
            "New to the gym, no clue which machines to use, how heavy or how many sets. Can you help?",
            ["Leg press", "one or two sets", "tires you"],
            ["Both have a place"],
        ),
    ],
)
def test_goals_and_kit_in_a_long_message(message: str, must: list[str], never: list[str]) -> None:
    text = answer(message)
    for m in must:
        assert m in text, text
    for n in never:
        assert n not in text, text


@pytest.mark.parametrize(
    ("message", "lead", "must"),
    [
        ("I do legs six days a week and feel fine. Is that too much?", "Yes", "twice a week"),
        ("My knees ache when I do lunges. What am I doing wrong?", "Possibly", "physio"),
    ],
)
def test_the_verdict_fits_the_situation(message: str, lead: str, must: str) -> None:
    text = answer(message)
    assert text.startswith(lead), text
    assert must in text, text


@pytest.mark.parametrize(
    ("message", "must", "never"),
    [
        (
            "Only got time for one exercise for my glutes. Which should it be?",
            ["The bridge"],
            ["Hill repeats"],
        ),
        ("I run 6 days a week, hard workouts Tue and Sat. Can I fit strength in twice?", ["Yes", "Tue"], []),
    ],
)
def test_one_pick_and_fitting_two_sessions(message: str, must: list[str], never: list[str]) -> None:
    text = answer(message)
    for m in must:
        assert m in text, text
    for n in never:
        assert n not in text, text


def test_cleared_and_keeping_it_away_with_where_in_the_week() -> None:
    text = answer(
        "Had shin splints in my last two blocks; physio has cleared me and I want to prevent them this time. "
        "What should I strengthen and where in the week should it go?"
    )
    assert text.startswith("To keep it away"), text
    assert "Coming back" not in text and "easy days" in text, text


@pytest.mark.parametrize(
    ("message", "must"),
    [
        (
            "Pouring rain for weeks and I've barely run. Is this a good time to focus on strength?",
            ["Yes", "weather"],
        ),
    ],
)
def test_a_yes_no_about_the_situation_gets_its_verdict(message: str, must: list[str]) -> None:
    text = answer(message)
    assert text.startswith("Yes"), text
    for m in must:
        assert m in text, text


def test_knees_caving_in_a_squat_is_the_form_fix_not_a_routine() -> None:
    text = answer(
        "Doing bodyweight squats at home my knees cave in on the way down. Is that a problem, and what do "
        "I do about it?"
    )
    assert text.startswith("Yes"), text
    assert "in line" in text and "hip" in text and "•" in text and "Twice a week" not in text, text


@pytest.mark.parametrize(
    ("message", "lead", "must"),
    [
        (
            "been doing lunges with my knee way over my toes and leaning forward lol is that bad",
            "Yes",
            "torso",
        ),
        (
            "I do 3 sets of 30 bodyweight squats every day. Is that enough or should I do something else?",
            "No",
            "calf",
        ),
    ],
)
def test_unpunctuated_and_single_exercise_habits(message: str, lead: str, must: str) -> None:
    text = answer(message)
    assert text.startswith(lead), text
    assert must in text, text


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("My husband says I should stretch before lifting. Who's right?", "Your husband is"),
        (
            "My coach wants bridges for 10 reps with no hold, the physio said hold them. Who's right?",
            "Not your coach",
        ),
    ],
)
def test_who_is_right_about_a_claim(message: str, lead: str) -> None:
    assert answer(message).startswith(lead)


def test_bored_of_strength_work_in_a_long_message() -> None:
    text = answer(
        "I did strength work in my twenties and always found it a chore. I'm 40 now and want to start again, "
        "but I know I'll get bored. Any tips to stick with it?"
    )
    assert "music" in text and "off-season" not in text, text


@pytest.mark.parametrize(
    ("message", "must", "never"),
    [
        (
            "Lunges aggravate my dodgy knee. What can I do for my quads instead?",
            ["Instead of the lunge", "physio"],
            [],
        ),
        (
            "I only have a resistance band and a yoga mat. What leg exercises can I do?",
            ["Bands aren't covered", "•"],
            [],
        ),
    ],
)
def test_what_the_runner_cant_use_or_do(message: str, must: list[str], never: list[str]) -> None:
    text = answer(message)
    for m in must:
        assert m in text, text
    for n in never:
        assert n not in text, text


def test_legs_the_day_before_a_hard_run_and_dead_for_it() -> None:
    text = answer(
        "I lift on Wednesdays and do intervals Thursday. My legs feel heavy in the intervals. Should I "
        "switch days?"
    )
    assert text.startswith("Yes") and "easy day" in text and "Wednesday would" not in text, text
