"""Round 15, tuner xf (issue 25): the shape of the direct answer by question kind. A yes/no about how
hard a set should feel opens with its verdict; an order asked around a hard run ("before or after my
tempo?") opens with the order's answer, not a bare "No"; a spell without running (travel) is a yes to
strength work; "why not just run more?" opens with the reason; a hips "why" answers the doubt asked; a
"how X, why?" is one why; "how much strength work before it hurts my running?" opens with the figure;
"single-leg or two-legged squats?" opens with the pick."""

from __future__ import annotations

import pytest

import content

pytestmark = pytest.mark.dateless


@pytest.mark.parametrize(
    "question",
    [
        "Is it supposed to feel hard by the end of each set?",
        "should the final rep be tough?",
        "do the last reps need to be difficult",
    ],
)
def test_set_should_feel_hard_is_a_yes_with_the_load_rule(question: str) -> None:
    text = content.answer(question).text
    assert text.startswith("Yes")
    assert "12–15" in text


@pytest.mark.parametrize(
    "question",
    [
        "should the last reps still feel easy?",
        "do my reps stay easy if I'm doing it right?",
        "should my sets feel comfortable all the way through",
    ],
)
def test_set_should_feel_easy_is_a_no(question: str) -> None:
    text = content.answer(question).text
    assert text.startswith("No")
    assert "tired" in text


@pytest.mark.parametrize(
    "question",
    [
        "should i be close to failing on the final couple of reps",
        "should I be near failure by the end of each set",
        "am I meant to get almost to failure on every set?",
    ],
)
def test_near_failure_is_tired_not_failure(question: str) -> None:
    text = content.answer(question).text
    assert text.startswith("Tired, yes")
    assert "12–15" in text


@pytest.mark.parametrize(
    "question",
    [
        "should I lift before or after my intervals",
        "squats before or after a tempo session?",
        "gym before or after my hill sprints?",
    ],
)
def test_order_around_a_hard_run(question: str) -> None:
    text = content.answer(question).text
    assert text.startswith("Neither, ideally")
    assert "after" in text and "easy day" in text


@pytest.mark.parametrize(
    "question",
    [
        "legs before or after tuesday's intervals?",
        "should i lift before or after thursday's tempo",
        "squats after or before the long run on saturday?",
    ],
)
def test_order_around_a_named_hard_day(question: str) -> None:
    text = content.answer(question).text
    assert text.startswith("Neither, ideally")
    assert "hard-run day" in text


def test_order_around_an_easy_run_is_still_after() -> None:
    assert content.answer("strength before or after an easy run?").text.startswith("After")


@pytest.mark.parametrize(
    "question",
    [
        "On a work trip for ten days with no safe routes to run, worth doing strength instead?",
        "stuck in a hotel for a week with no running, good chance to do legs?",
        "no running for a while because of work travel, should I switch to strength?",
    ],
)
def test_spell_without_running_is_a_yes(question: str) -> None:
    text = content.answer(question).text
    assert text.startswith("Yes")
    assert "15–20" in text


@pytest.mark.parametrize(
    "question",
    [
        "why do I need weights if I already run 50 miles a week",
        "so why not just run more rather than doing strength",
        "why do strength work if running already makes my legs strong?",
    ],
)
def test_why_not_just_run_opens_with_the_reason(question: str) -> None:
    text = content.answer(question).text
    assert text.startswith("Because running builds endurance")


@pytest.mark.parametrize(
    "question",
    [
        "why train the hips at all, surely it's all quads and calves",
        "why do runners bother with hips when they don't really move you forward",
        "why strengthen hips if they don't drive the stride?",
    ],
)
def test_hips_why_answers_the_doubt(question: str) -> None:
    text = content.answer(question).text
    assert text.startswith("Because they do help move you")


@pytest.mark.parametrize(
    "question",
    [
        "why bother strengthening my hips?",
        "why are hip muscles important for running",
        "why does my coach keep on at me about my hips",
    ],
)
def test_hips_why_leads_with_what_they_do(question: str) -> None:
    text = content.answer(question).text
    assert text.startswith("Because")
    assert not text.startswith("Because they lie deep")


@pytest.mark.parametrize(
    "question",
    [
        "how do strong glutes help, why?",
        "how does hill running make me faster - and why?",
        "how would stronger calves help my running, why?",
    ],
)
def test_how_then_bare_why_is_one_why(question: str) -> None:
    text = content.answer(question).text
    assert text.startswith("Because")
    assert "\n\n" not in text


@pytest.mark.parametrize(
    "question",
    [
        "how much strength work can I do without it hurting my running?",
        "what's too much leg work for a runner?",
        "how often can I lift before it slows my runs",
    ],
)
def test_how_much_strength_overall_opens_with_the_figure(question: str) -> None:
    text = content.answer(question).text
    assert text.startswith("Twice a week, three at most")


@pytest.mark.parametrize(
    "question",
    [
        "single leg or double leg squats for runners?",
        "one legged squats or normal squats, which is better",
        "should my squats be single leg or both legs?",
    ],
)
def test_single_or_two_legged_squats_opens_with_the_pick(question: str) -> None:
    text = content.answer(question).text
    assert text.startswith("Single-leg")


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("do strong glutes really affect my posture when running?", "trunk upright"),
        ("will stronger calves really change my push-off?", "push-off"),
        ("do stronger hamstrings really matter for my stride?", "straighten the hip"),
    ],
)
def test_muscle_claim_is_yes_with_what_the_muscle_does(question: str, says: str) -> None:
    text = content.answer(question).text
    assert text.startswith("Yes: "), text
    assert says in text.split("\n")[0]
    assert "Exercises:" not in text


@pytest.mark.parametrize(
    "question",
    [
        "can weak glutes make me lean forward?",
        "could weak glutes be why I lean forward?",
        "would strong glutes stop me leaning forward when I'm tired?",
    ],
)
def test_weak_muscle_claim_is_not_a_no(question: str) -> None:
    assert not content.answer(question).text.startswith("No"), question


@pytest.mark.parametrize(
    "question",
    [
        "what's the best time of the week to lift?",
        "when in the week should leg day go?",
        "best day of the week for strength work?",
    ],
)
def test_when_in_the_week_opens_with_the_days(question: str) -> None:
    text = content.answer(question).text
    assert text.startswith("On easy days"), text


def test_how_often_is_still_the_count() -> None:
    assert content.answer("how often should I lift?").text.startswith("Twice a week")
