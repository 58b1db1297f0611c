"""Round 7, tuner t4: constraint, follow-up and multi-part messages (own wordings, not the dev rows)."""

from __future__ import annotations

import pytest

from tests.answerutil import after
from tests.answerutil import text as answer


# Strength once a week is all the runner can fit: the plan says once a week still helps (and to add a
# second when they can), never a bare "twice a week" as if they hadn't said it.
@pytest.mark.parametrize(
    "message",
    [
        "I work nights so one strength session a week is all I can manage. What should it look like?",
    ],
)
def test_once_a_week_plan_keeps_their_frequency(message: str) -> None:
    text = answer(message)
    assert "•" in text and "Once a week still helps" in text and "Twice a week, not" not in text


def test_running_once_a_week_is_not_a_strength_schedule() -> None:
    assert "Once a week still helps" not in answer(
        "I run once a week and want to get stronger legs. What should I do?"
    )


# "How can I use <kit> for leg strength?": a plan with that kit, not a topic card about machines.
@pytest.mark.parametrize(
    ("message", "must"),
    [
        ("How can I use the stairs in my building for leg strength?", "With stairs"),
        ("I bought a kettlebell. How should I use it for my running legs?", "With a kettlebell"),
    ],
)
def test_how_to_use_the_kit_gets_a_plan(message: str, must: str) -> None:
    text = answer(message)
    assert must in text and "•" in text


def test_how_to_use_a_machine_that_is_an_exercise_is_its_steps() -> None:
    assert "•" not in answer("How do I use the leg press for my quads?")


# A figure asked for one exercise that mentions kit ("what height of box for step-ups?"): the figure.
@pytest.mark.parametrize(
    "message",
    ["What height of box should I use for step ups?", "How high a bench do I need for step-ups?"],
)
def test_a_figure_for_one_exercise_is_not_a_plan(message: str) -> None:
    text = answer(message)
    assert "knee height" in text and "•" not in text


# An ankle weight is kit, not the ankles: no "for your calves" lead.
def test_ankle_weight_is_not_an_ankle_focus() -> None:
    text = answer("I've only got a bench and an ankle weight. What can I do for my legs?")
    assert "For your calves" not in text and "Bench step-up" in text


# Hills to train for, none where they live: the treadmill incline stand-in in the plan.
@pytest.mark.parametrize(
    "message",
    [
        "Training for a hilly trail race but I live somewhere totally flat. How do I prepare my legs?",
        "My marathon has 500m of climbing and there are no hills where I live. What should I be doing?",
    ],
)
def test_no_hills_gets_the_incline_stand_in(message: str) -> None:
    text = answer(message)
    assert "•" in text and "5–10% incline" in text


# A plan plus a time-of-day ask: the time-of-day ask is answered after the plan, not swallowed by it.
@pytest.mark.parametrize(
    "message",
    [
        "I've got dumbbells and a bench in the garage. Should I lift right after my morning run or in the "
        "evening? And what exercises should I use?",
        "I've only got a kettlebell at home. Which moves should I do, and is it better first thing in the "
        "morning or in the evening?",
    ],
)
def test_plan_then_time_of_day(message: str) -> None:
    text = answer(message)
    assert "•" in text and "run first" in text.lower() and "Yes, home works" not in text


def test_a_plan_that_already_says_run_first_does_not_say_it_again() -> None:
    text = answer(
        "I have 15 minutes after my morning 5k. Is a quick session straight after running OK or will it "
        "wreck me? What would you put in it?"
    )
    assert text.lower().count("run first") == 1


# An unsure part that another part's reply already speaks to: no "One part I'm not sure about".
@pytest.mark.parametrize(
    "message",
    [
        "Should I go heavy or light, and is it going to make me bulky?",
    ],
)
def test_no_unsure_line_when_another_part_covers_it(message: str) -> None:
    text = answer(message)
    assert "not sure" not in text and "heavier" in text.lower()


# Follow-ups about a related exercise: the variation or next drill that differs in what they asked.
@pytest.mark.parametrize(
    ("first", "then", "must"),
    [
        (
            "How do I do lunges with dumbbells?",
            "what about without stepping back each time?",
            "Walking lunge",
        ),
        ("How do I do the hip exercise with ankle weights?", "only lying on my side?", "Lying leg lift"),
        (
            "How do I do the hip exercise with ankle weights?",
            "is there a version on my back?",
            "Lying leg lift",
        ),
        (
            "What plyometric drills can I do at home?",
            "ok and what comes after hopping over a line?",
            "Box hops",
        ),
        ("how do I do box hops", "and what do I progress to from there?", "Skipping"),
    ],
)
def test_follow_up_to_a_related_exercise(first: str, then: str, must: str) -> None:
    text = after(first, then)
    assert must.lower() in text.lower() and "calisthenics" not in text


def test_an_acknowledgement_is_not_an_ask() -> None:
    text = after("How do I do a wall squat?", "cool, and how many?")
    assert text.startswith("Wall squat: 2–3 sets") and "not sure" not in text


# A runner who asks for gentle or safe work: the easier way of each hard one-legged move, in the list.
@pytest.mark.parametrize(
    "message",
    [
        "I'm 62 and just started jogging. What gentle leg exercises can I do at home without hurting myself?",
        "Total beginner at 58, how do I start strength work safely at home?",
    ],
)
def test_gentle_plan_gives_the_easier_ways(message: str) -> None:
    text = answer(message)
    assert "•" in text and "(easier: bend less deeply" in text


# An exercise asked about with a missing piece of kit in the same message: that exercise's swap only,
# and its steps whole.
@pytest.mark.parametrize(
    ("message", "must"),
    [
        ("How do I do a hamstring push-up and what if I have no chair?", "3) Take one foot off"),
        ("What do hamstring push-ups work, and what can I use if I don't have a chair?", "exercise ball"),
    ],
)
def test_missing_kit_swap_is_for_the_exercise_asked(message: str, must: str) -> None:
    text = answer(message)
    assert must in text and "Bench step-up" not in text


# A runner starting out asks if it's too early and what to start with: "not too early", then the basics.
def test_too_early_then_the_basics() -> None:
    text = answer(
        "I'm doing Couch to 5k. Is it too early to add leg strength, and what would you start with?"
    )
    assert text.startswith("No, it's not too early") and "one or two sets" in text and "•" in text


# "how many of each?" after two exercises named: each one's dose, in the order said.
def test_how_many_of_each_gives_every_dose() -> None:
    text = answer("Wall squats and hamstring curls in one session - how many reps for both?")
    assert text.index("Wall squat: 2–3 sets") < text.index("Hamstring curl: 2–3 sets")
    assert "One-legged squat" not in text


# Race week: "which session should I drop?" with the lift days told: the race's eve, by name.
def test_which_session_to_drop_before_a_race() -> None:
    text = answer(
        "Thursday and Saturday are my gym days and I race a 10k Sunday. Which one should I skip, and should "
        "I go lighter this week?"
    )
    assert text.startswith("Drop Saturday") and "Keep Thursday" in text and "week off" not in text


# "where should my knees be?" after an exercise: every line of its card that places them, not only one.
def test_where_should_my_knees_be_gives_the_depth_and_the_cue() -> None:
    text = after("How do I do a wall squat?", "where should my knees be?")
    assert "90°" in text and "in front of your toes" in text


# "X, including the walking version": X's steps, then that version's.
@pytest.mark.parametrize(
    ("message", "first", "then"),
    [
        ("Talk me through dumbbell lunges, including the walking version.", "Lunge: 1)", "Walking lunge: 1)"),
        (
            "How do I do calf raises, and the weighted version too?",
            "Calf raise: 1)",
            "Weighted calf raise: 1)",
        ),
    ],
)
def test_an_exercise_and_its_version(message: str, first: str, then: str) -> None:
    text = answer(message)
    assert text.startswith(first) and then in text and "Heavy enough" not in text
