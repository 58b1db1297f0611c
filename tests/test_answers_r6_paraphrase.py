"""Round 6c (R3P): paraphrase routing. Runner wordings that share no word with the article's
reach the right topic instead of an unrelated stock answer (content/paraphrases.py, the shorthand
in content/questions.py, the near-phrasing lead in content/answers.py). Each rule is checked on
wordings written for this file, not taken from any graded set."""

from __future__ import annotations

import pytest

from content import answer
from content.answers import _doc, _plain
from content.paraphrases import PARAPHRASES
from content.topics import BY_ID


def test_every_paraphrase_key_is_a_topic() -> None:
    assert set(PARAPHRASES) <= set(BY_ID)


def test_paraphrases_are_embedded_but_not_in_the_bm25_text() -> None:
    doc = _doc(BY_ID["rule:why_strength"])
    extra = PARAPHRASES["rule:why_strength"][0]
    assert extra in doc.phrases
    assert extra not in doc.text


# ---- "the single biggest ...": an intensifier, not the single-leg topic -------------------------


@pytest.mark.parametrize(
    "q",
    [
        "what's the single most important reason for a runner to do leg work?",
        "the single best thing strength training does for runners?",
        "single biggest benefit of lifting for a marathoner",
    ],
)
def test_single_before_a_superlative_is_not_one_legged(q: str) -> None:
    a = answer(q)
    assert a.topic in ("rule:why_strength", "rule:injury_prevention"), (a.topics, a.text)
    assert "rule:one_legged" not in a.topics


def test_single_leg_still_means_one_legged() -> None:
    assert "one-legged" in _plain("are single leg squats good")
    assert answer("why do single leg exercises").topic == "rule:one_legged"


# ---- everyday words for the glutes ---------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "my butt is weak according to my physio, what happens when I run",
        "what do weak buttocks do to a runner's stride",
        "my backside is weak. how would I notice it when jogging?",
    ],
)
def test_backside_words_reach_the_glutes(q: str) -> None:
    a = answer(q)
    assert "muscle:glutes" in a.topics or a.topic == "injury:hip_weakness", (a.topics, a.text)
    assert "warm" not in a.text.lower().split(".")[0]


def test_butt_kicks_stay_a_drill() -> None:
    assert "butt kicks" in _plain("do butt kicks count as a warm up")


# ---- one side weaker, one side at a time ---------------------------------------------------------


@pytest.mark.parametrize(
    "q, want",
    [
        ("my left side is noticeably weaker than my right", "one leg is weaker than the other"),
        ("My right leg is a lot weaker than my left", "one leg is weaker than the other"),
        ("is training one side at a time worth it", "one leg at a time"),
        ("unilateral work for runners?", "one-legged"),
    ],
)
def test_one_side_wordings_are_spelt_out(q: str, want: str) -> None:
    assert want in _plain(q).lower()


@pytest.mark.parametrize(
    "q",
    ["is training one side at a time worth it", "my right leg is a lot weaker than my left, what helps"],
)
def test_one_side_wordings_reach_one_legged(q: str) -> None:
    assert answer(q).topic == "rule:one_legged"


# ---- "bare min": the minimum, not minutes ---------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "whats the bare min I can get away with for legs",
        "what's the min amount of strength work that still helps",
        "bare minimum leg work for a busy runner?",
    ],
)
def test_bare_min_is_the_minimum(q: str) -> None:
    a = answer(q)
    assert a.topic == "rule:time_needed", (a.topics, a.text)
    assert "minimum" in a.text.lower()


def test_minutes_after_a_number_stay_minutes() -> None:
    assert "15 minutes leg session" in _plain("do I warm up for a 15 min leg session")


# ---- how many exercises in a session: the routine, not how often -----------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "how many exercises per session",
        "how many different exercises in one workout",
        "what number of exercises should a strength session include",
    ],
)
def test_exercise_count_per_session_is_the_routine(q: str) -> None:
    a = answer(q)
    assert a.topic == "rule:routine", (a.topics, a.text)
    assert "4 to 6 exercises" in a.text


# ---- a knee-high wall is a step-up bench ------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "I have a knee high wall in the yard, what can I do on it",
        "There's a knee-height wall by my front door, any leg exercise I can use it for?",
    ],
)
def test_knee_high_wall_is_the_step_up(q: str) -> None:
    a = answer(q)
    assert a.topic == "exercise:step_up", (a.topics, a.text)


# ---- hills indoors are the treadmill incline ------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "can I do hill work indoors?",
        "how do I train hills in the gym",
        "stuck inside, any way to do uphill running?",
    ],
)
def test_hills_indoors_are_the_treadmill_incline(q: str) -> None:
    assert answer(q).topic == "exercise:treadmill_incline"


def test_named_hill_repeats_are_left_alone() -> None:
    assert "hill repeats" in _plain("can I do hill repeats in the gym")
    assert "exercise:hill_repeats" in answer("hill repeats outside or on a treadmill incline").topics


# ---- "I run a lot, isn't that enough?": is running enough -----------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "I run 60 miles a week, isn't that enough leg work?",
        "i do loads of running already, isnt that enough for strong legs",
        "I clock about 40k a week. Isn't that enough to keep my legs strong?",
    ],
)
def test_isnt_my_running_enough_is_why_strength(q: str) -> None:
    a = answer(q)
    assert a.topic == "rule:why_strength", (a.topics, a.text)
    assert a.text.startswith("No")


def test_enough_without_running_is_not_rewritten() -> None:
    assert "is running enough" not in _plain("I lift twice a week, isn't that enough?")


# ---- an ask with no topic word is read with the message's background ------------------------------


def test_asking_words_are_no_evidence() -> None:
    from content.answers import answerer

    r = answerer().index.rank("anything in particular? what are my options? general tips and advice")
    assert not {"particular", "option", "general", "tip", "advic"} & set(r.terms)


@pytest.mark.parametrize(
    "q",
    [
        "My left side is noticeably weaker than my right. Anything in particular I should be doing?",
        "My right leg is way weaker than my left one. What should I be doing?",
        "One of my legs is clearly stronger than the other. Any advice?",
    ],
)
def test_a_bare_ask_after_a_weaker_side_is_one_legged(q: str) -> None:
    a = answer(q)
    assert a.topic == "rule:one_legged", (a.topics, a.text)


def test_a_lone_bare_ask_is_not_a_stock_answer() -> None:
    a = answer("What should I be doing?")
    assert not a.found and a.choices  # the closest topics to choose from, not the warm-up


@pytest.mark.parametrize(
    "q",
    [
        "Is it worth training one side at a time rather than both legs together?",
        "should I train one leg at a time or both legs together?",
        "better to work both legs at the same time or each on its own?",
    ],
)
def test_both_legs_together_is_the_two_legged_version(q: str) -> None:
    a = answer(q)
    assert a.topic == "rule:one_legged", (a.topics, a.text)
    assert "combining them" not in a.text


def test_exercises_together_still_means_one_session() -> None:
    assert "combining them" in answer("can I do calf raises and squats together?").text


# ---- the one-legged stock answer needs one leg or side in the question ---------------------------


@pytest.mark.parametrize(
    "q",
    [
        "how often should i hit legs",
        "how often should i train legs",
        "how many times a week do I train my legs",
    ],
)
def test_how_often_legs_is_not_the_one_legged_blurb(q: str) -> None:
    a = answer(q)
    assert a.topic == "rule:frequency", (a.topics, a.text)


def test_leg_options_alone_is_not_the_one_legged_blurb() -> None:
    assert answer("What are my leg options?").topic != "rule:one_legged"


@pytest.mark.parametrize(
    "q",
    ["why do exercises on one leg", "my legs are uneven in strength", "why do unilateral exercises"],
)
def test_one_leg_questions_still_reach_one_legged(q: str) -> None:
    assert answer(q).topic == "rule:one_legged"
