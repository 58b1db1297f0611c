"""Round 15, the lead's own mends (issue 25): a plan's focus line names a muscle as "your" only when
the runner named it; a part inferred from the story (hills, descents) is said as what the moves work."""

from __future__ import annotations

import pytest

import content

pytestmark = pytest.mark.dateless


@pytest.mark.parametrize(
    "question",
    [
        "I race fell runs with long steep descents and want a home routine for my legs, what should I do?",
        "training for a hilly half, lots of climbs. which strength moves should i do at home twice a week?",
        "My downhills are a mess by the end of trail races. What exercises at home would you give me?",
    ],
)
def test_focus_inferred_from_the_story_is_not_called_yours(question: str) -> None:
    text = content.answer(question).text
    assert "For your quads" not in text
    assert "works the quads" in text or "work the quads" in text


@pytest.mark.parametrize(
    "question",
    [
        "my quads are weak, what should I do at home?",
        "What home exercises build the quadriceps for a runner?",
        "weak quads, no gym. what moves?",
    ],
)
def test_focus_named_by_the_runner_keeps_your(question: str) -> None:
    assert "For your quads" in content.answer(question).text


def test_injury_lead_ends_as_a_sentence_before_the_plan() -> None:
    text = content.answer(
        "I coach teenagers and a few get sore shins every autumn. What no-equipment circuit after "
        "practice on the field would you give them?"
    ).text
    first = text.split("\n")[0]
    # the shins told lead (xb's "For your shins:"), or the injury's own move as a sentence of its own
    assert first.startswith("For your shins:") or (
        first.startswith("For the shin splints, add the wall toe raise") and first.endswith(".")
    )
    assert "it works the shins" not in text


@pytest.mark.parametrize(
    "question",
    [
        "should I use weights for lunges?",
        "do i use dumbbells on lunges?",
        "should i be using dumbbells for the lunge?",
    ],
)
def test_a_cue_against_heavier_loads_is_no_no_to_using_weights(question: str) -> None:
    # "Never give up good form to use heavier dumbbells" forbids giving up form, not using weights
    assert not content.answer(question).text.startswith("No")


@pytest.mark.parametrize(
    "question",
    [
        "how do i fit leg days around a marathon plan?",
        "how do I fit leg workouts around my half marathon plan?",
        "where should leg sessions go in a 10k training plan?",
    ],
)
def test_strength_work_inside_a_running_plan_is_not_refused(question: str) -> None:
    assert not content.answer(question).off_topic


def test_a_running_plan_itself_is_still_declined() -> None:
    assert content.answer("can you write me a marathon plan?").off_topic


# ---- mended after test27's grade (pass 1 had turned two good replies into wrong topics) -------------------
@pytest.mark.parametrize(
    "question",
    [
        # (test27-092, burned: the regression itself)
        "ngl hill reps sound like torture, are they actually worth it",
        "honestly hill repeats look brutal, are they even worth doing?",
        "hill reps seem like pure suffering tbh, worth it or nah",
    ],
)
def test_hill_repeats_worth_it_stays_on_hills(question: str) -> None:
    # (two variety phrasings added to the question index had pulled "worth it" to the sets-and-reps text)
    text = content.answer(question).text
    assert "hill" in text.lower().split("\n")[0]
    assert "heavier weights" not in text


@pytest.mark.parametrize(
    "question",
    [
        "i can only lift in the mornings and my runs are always in the evening. problem?",
        "gym at 6am, run after work in the evening, is that an issue?",
        "I can only do weights at lunch and I run at night, does that matter?",
    ],
)
def test_lift_and_run_told_by_time_of_day_is_the_order(question: str) -> None:
    text = content.answer(question).text
    assert "run first" in text.lower()
    assert "inefficient way to get stronger" not in text


@pytest.mark.parametrize(
    "question",
    [
        # (test28-001, burned: xb's kit-lack topic had turned it into the hill-repeats card)
        "No hills within 50km of me and no treadmill access either. what replaces hill work?",
        "No hills for miles round here and no treadmill. what replaces hill repeats?",
        "no hills near my flat and no treadmill either, what could replace hill work?",
    ],
)
def test_no_hills_and_what_replaces_them_gets_the_stand_in(question: str) -> None:
    text = content.answer(question).text
    # (r16 zb: any slope, a ramp, is the stand-in said first; never the treadmill they lack)
    assert text.startswith(("No hill?", "Any slope")), text
    assert "plyometric" in text and "treadmill" not in text.lower()
