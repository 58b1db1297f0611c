"""Round 7, tuner t5: routing, verdicts and composition in runners' own wordings (issue #25)."""

from __future__ import annotations

import pytest

import content

RED_FLAG = "Stop exercising now"
DECLINE = "I only know leg strength"


@pytest.mark.parametrize(
    "question",
    [
        "got a crushing sort of pressure in my chest on the last hill rep, fewer reps next time?",
        "weird aching feeling across my chest during box hops",
        "heavy tight feeling in the chest on my squats today, normal?",
    ],
)
def test_chest_described_with_words_between_is_a_red_flag(question: str) -> None:
    assert content.answer(question).text.startswith(RED_FLAG)


@pytest.mark.parametrize(
    "question",
    ["burning in my legs and chest on hills, normal?"],
)
def test_not_every_chest_word_is_a_red_flag(question: str) -> None:
    assert not content.answer(question).text.startswith(RED_FLAG)


@pytest.mark.parametrize(
    "question",
    [
        "what finish time should I aim for in my first half?",
        "is a sub 4 marathon realistic for a beginner",
    ],
)
def test_race_goal_times_are_declined(question: str) -> None:
    assert content.answer(question).text.startswith(DECLINE)


@pytest.mark.parametrize(
    "question", ["will squats improve my race time?", "how fast should I lower on calf raises"]
)
def test_strength_with_a_time_word_stays_in_scope(question: str) -> None:
    assert not content.answer(question).text.startswith(DECLINE)


@pytest.mark.parametrize(
    "question",
    [
        "is a warm-up really needed if it's only bodyweight squats?",
        "do I have to warm up when I'm just doing calisthenics at home",
    ],
)
def test_warm_up_verdict_not_taken_by_bodyweight(question: str) -> None:
    text = content.answer(question).text
    assert text.startswith("Yes: always warm up") and "bodyweight basics" not in text


def test_same_few_exercises_every_time_gets_vary_it() -> None:
    text = content.answer("I do the same two moves every single week, is that ok?").text
    assert text.startswith("Better to vary it")


@pytest.mark.parametrize(
    ("question", "out"),
    [
        ("On lunges, how far should my knee bend?", "Leg press"),
    ],
)
def test_comma_part_does_not_add_a_look_alike_exercise(question: str, out: str) -> None:
    assert out not in content.answer(question).text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("my glutes feel lazy on long runs, any stuff I can do at home?", "For the glutes:"),
        ("calves are always fried by mile 20, what helps?", "For the calves:"),
        (
            "my calf keeps tightening late in races, would strengthening it help?",
            "Yes: strengthen the calves",
        ),
    ],
)
def test_muscle_exercises_in_runners_words_lead_with_exercises_and_dose(question: str, lead: str) -> None:
    text = content.answer(question).text
    assert text.startswith(lead) and "sets" in text.split("\n")[0]


def test_what_a_muscle_does_keeps_its_role() -> None:
    text = content.answer("what do the muscles at the back of my thigh actually do when I run?").text
    assert "bend the knee" in text and not text.startswith("For the")


def test_how_to_of_an_exercise_described_by_a_muscle_has_no_muscle_list() -> None:
    text = content.answer("how do I do the bridge where you push your bum up?").text
    assert "For the glutes" not in text


@pytest.mark.parametrize("question", ["how many evening lunges should I do", "squats after work, how many?"])
def test_time_of_day_is_not_a_new_move(question: str) -> None:
    assert "doesn't cover" not in content.answer(question).text


def test_which_muscle_bends_the_knee_is_a_muscle() -> None:
    a = content.answer("what's bending my knee when my foot kicks up behind me?")
    assert a.topics[0] == "muscle:hamstrings"


def test_hill_repeats_as_strength_work_is_about_hills() -> None:
    a = content.answer("marathon has big climbs, how do I set up hill repeats as my strength work?")
    assert a.topics[0] == "exercise:hill_repeats"


@pytest.mark.parametrize(
    "question",
    ["how often should I have a break from lifting?", "when do I take a deload week from leg work"],
)
def test_a_break_from_strength_work_is_the_recovery_week(question: str) -> None:
    assert "week off strength work" in content.answer(question).text.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "hill"),
    [
        ("hilly 10k coming up but I live somewhere pancake flat, what do I do?", True),
        ("I live in a flat, what leg exercises can I do?", False),
    ],
)
def test_living_somewhere_flat_means_no_hill(question: str, hill: bool) -> None:
    assert ("No hill" in content.answer(question).text) is hill  # "No hill?" or a plan's "No hills:"


@pytest.mark.parametrize(
    "question",
    ["point of plyometrics for a 10k runner?"],
)
def test_the_point_of_a_named_method_is_its_own_reason(question: str) -> None:
    a = content.answer(question)
    assert a.topics[0] == "rule:plyometrics" and "explosive" in a.text


@pytest.mark.parametrize(
    "question", ["do I breathe in or out as I stand up from a lunge?", "breathing on step ups, in or out?"]
)
def test_breathing_through_an_exercise_has_no_exercise_card(question: str) -> None:
    text = content.answer(question).text
    assert "Breathe out" in text and "1)" not in text


def test_races_as_background_get_no_race_day_rule() -> None:
    from content.answers import BY_ID
    from content.pairs import pair_text

    q = "my legs die on every climb in my races, which gym machines fix that?"
    text, picked = pair_text(q, BY_ID["rule:machines"], BY_ID["rule:race_day"], False, False, True)
    assert picked == ("rule:machines",) and "day before a race" not in text


def test_stairs_get_no_machines_vs_free_weights_line() -> None:
    text = content.answer("how do I use the staircase in my building for leg strength?").text
    assert "free weights" not in text
