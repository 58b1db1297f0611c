"""Round 6c (issue 25), tuner R3V: the verdict checked once on every reply (content.compose
settle_verdict), on/off-topic sorting (content.reasons.elsewhere_entirely, a run session beside a
lifting ask), and track intervals read as a hard run. Wordings here are not test7's."""

from __future__ import annotations

import pytest

from content import answer
from content.compose import settle_verdict


def _text(q: str) -> str:
    return answer(q).text


# ---- a verdict only where the question asks for one --------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "how many times a week should I do legs?",
        "how often should I lift if I run 5 days a week",
        "how regularly shud i do strength if im running 3 days a week",
    ],
)
def test_a_how_often_question_gets_the_figure_not_a_verdict(q: str) -> None:
    text = _text(q)
    assert not text.startswith(("Yes", "No")), text
    assert "wice a week" in text.split("\n")[0], text


@pytest.mark.parametrize(
    "q, reply",
    [
        ("How can I tell if my bridge is done right?", "Yes. Shoulder blades stay on the floor."),
        (
            "how do I know my bridge is right?",
            "Yes, it's a good one for runners. Bridge: it works the glutes.",
        ),
        ("Can you explain how the hamstring push-up goes?", "Yes. Raise your backside off the floor."),
        ("could you describe the wall squat", "Yes: back flat on the wall."),
    ],
)
def test_a_how_or_explain_question_loses_a_bare_verdict(q: str, reply: str) -> None:
    out = settle_verdict(q, reply)
    assert not out.startswith(("Yes", "No")), out
    assert out[:1].isupper()


@pytest.mark.parametrize(
    "q",
    [
        "Should I warm up before lifting? And what counts as a warm-up?",
        "Is jumping stuff useful for runners, and how would I ease into it?",
        "Is 15 minutes worth it? What should I prioritise?",
    ],
)
def test_a_yes_no_ask_beside_a_how_ask_keeps_its_verdict(q: str) -> None:
    assert settle_verdict(q, "Yes: it helps. More below.").startswith("Yes")


# ---- the verdict agrees with the body ------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "Is it true that runners should only lift light weights for high reps?",
        "my coach says light weights and high reps is the way for runners, right?",
        "should runners only use light weights",
    ],
)
def test_light_weights_high_reps_is_a_no_said_first(q: str) -> None:
    text = _text(q)
    assert text.startswith("No"), text
    assert "heavier" in text.split("\n")[0], text


def test_a_yes_over_its_own_old_advice_sentence_is_turned_round() -> None:
    out = settle_verdict(
        "Is it true runners should stick to light weights and high reps?",
        "Yes. The old advice to stick to light weights has given way: heavier weights, fewer reps.",
    )
    assert out.startswith("No. The old advice"), out


def test_a_yes_to_lifting_is_not_turned_round_by_the_light_weights_line() -> None:
    # "should I be hitting the weights" shares one word with the old-advice line: not the thing asked.
    reply = "Yes. The old advice to stick to light weights has given way: heavier weights, fewer reps."
    assert settle_verdict("should i be hitting the weights now", reply) == reply


@pytest.mark.parametrize(
    "q",
    [
        "I lean forward a lot when I get tired late in races. Is that a strength thing?",
        "I start leaning forwards at mile 20, is that a weakness thing?",
        "I lean forward when I get tired, could it be from weak muscles?",
    ],
)
def test_is_that_a_strength_thing_over_weak_glutes_is_a_yes(q: str) -> None:
    text = _text(q)
    assert text.startswith("Yes"), text
    assert "weak glutes" in text.split("\n")[0], text


def test_a_bare_yes_over_a_sentence_about_something_else_goes() -> None:
    out = settle_verdict(
        "Is this a good time to switch to strength, and can I do more on the treadmill?",
        "Home plan: calf raises.\n\nYes. Repeat 5 to 8 times. Treadmill incline: 5–8 repeats.",
    )
    assert "Yes." not in out and "Repeat 5 to 8 times" in out


def test_a_yes_whose_sentence_answers_the_ask_stays() -> None:
    reply = "Yes. Running builds endurance but is an inefficient way to get stronger."
    q = "My form falls apart late in races. Can getting stronger help with that?"
    assert settle_verdict(q, reply) == reply


# ---- the verdict first -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "I'm 61 and love my strength routine. Should I keep going all year without ever taking a break?",
        "Im 70 and keen on lifting. Is it ok to lift every week of the year with no break?",
    ],
)
def test_an_older_runners_yes_no_question_gets_the_verdict_first(q: str) -> None:
    text = _text(q)
    assert text.startswith("No: once a month"), text
    assert "older runners" in text


def test_a_later_verdict_paragraph_moves_up() -> None:
    out = settle_verdict("Should I keep lifting all year?", "A note on age.\nNo: take a week off monthly.")
    assert out.split("\n")[0] == "No: take a week off monthly."


# ---- on and off topic --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "can u explain how to do long division my kid has homework",
        "my son needs help with his maths homework tonight",
        "Any good Netflix series to watch during treadmill runs?",
        "what podcast should I listen to on long runs?",
    ],
)
def test_another_task_altogether_is_declined(q: str) -> None:
    assert answer(q).off_topic, _text(q)


@pytest.mark.parametrize(
    "q",
    [
        "my daughter is 14, can she do squats?",
        "can I listen to music while I lift",
        "20 min at lunch, zero kit, what can I squeeze in?",
    ],
)
def test_in_scope_neighbours_of_the_declines_stay_answered(q: str) -> None:
    assert not answer(q).off_topic, _text(q)


@pytest.mark.parametrize(
    "q",
    [
        "gonna smash legs rn, just did a 10x400 sesh, good idea?",
        "did 6 x 800m on the track this morning, ok to lift legs tonight?",
        "5x1000 this morning, can I hit the gym this evening?",
        "about to hit legs, just got back from a tempo, bad idea?",
    ],
)
def test_lifting_after_a_hard_session_is_in_scope_and_a_no(q: str) -> None:
    a = answer(q)
    assert not a.off_topic, a.text
    assert "hard run" in a.text.split("\n")[0] or "hard-run" in a.text.split("\n")[0], a.text
    assert a.text.startswith(("No", "Yes, it's a bad idea")), a.text


def test_an_easy_run_just_done_is_the_right_order() -> None:
    assert _text("just did an easy jog, gym now ok?").startswith("Yes, that's the right order")


# ---- "Because" answers a why; a worry is answered "No" first ------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "what are the benefits of lifting for a runner?",
        "benefits of leg strength for running",
        "What does strength training do for runners?",
    ],
)
def test_a_benefits_question_does_not_open_with_because(q: str) -> None:
    assert not _text(q).startswith("Because"), _text(q)


def test_a_why_question_keeps_its_because() -> None:
    assert _text("why should runners lift?").startswith("Because")


@pytest.mark.parametrize(
    "q", ["yo is leg day even worth it for a runner or nah", "is leg work worth it for runners or nah"]
)
def test_is_it_worth_it_opens_with_yes(q: str) -> None:
    assert _text(q).startswith("Yes"), _text(q)


@pytest.mark.parametrize(
    "q",
    [
        "wil lifting make me slowr on the track",
        "I worry lifting will make me bulky and sluggish on race day. Is that a real risk?",
        "will lifting weights make me slow?",
    ],
)
def test_a_slow_or_bulky_worry_is_answered_no_first(q: str) -> None:
    text = _text(q)
    assert text.startswith("No"), text


def test_a_told_worry_without_a_question_is_not_given_a_verdict() -> None:
    reply = (
        "Runners often worry that lifting will bulk them up. With a balanced programme that isn't a concern."
    )
    assert settle_verdict("dont wanna look like a bodybuilder", reply) == reply


@pytest.mark.parametrize("q", ["is leg work worth it for runners or nah", "is lifting worth it or not"])
def test_both_work_is_not_said_where_no_choice_was_offered(q: str) -> None:
    assert "Both work" not in _text(q) and "Either works" not in _text(q)


def test_both_work_stays_for_a_real_choice() -> None:
    reply = "Both work. Gym kit isolates muscles."
    assert settle_verdict("gym or home for leg work?", reply) == reply


# ---- timing: the runner's own race day and week; jog before stretch ------------------------------


@pytest.mark.parametrize(
    "q, latest",
    [
        ("Race is on Sunday. When should my last leg workout be?", "Friday"),
        ("Half marathon is Saturday. When is my last leg workout?", "Thursday"),
        ("my race is friday, when should my final leg workout be", "Wednesday"),
    ],
)
def test_the_last_session_is_worked_out_from_the_runners_race_day(q: str, latest: str) -> None:
    assert _text(q).startswith(f"{latest} at the latest"), _text(q)


def test_the_race_day_rule_names_the_runners_day_when_only_it_is_read() -> None:
    from content.direct import direct

    text = direct("rule:race_day", "race is on sunday when should my last leg workout be")
    assert text is not None and "Sunday race, Friday at the latest" in text


@pytest.mark.parametrize(
    "q",
    [
        "My week has quality runs Tue and Thu and a long run Sat. Where do I put 2 strength sessions?",
        "key sessions tue and thu, long run sat, which days for legs?",
    ],
)
def test_quality_and_key_sessions_are_hard_run_days(q: str) -> None:
    text = _text(q)
    assert text.startswith("Not Tuesday, Thursday or Saturday"), text


@pytest.mark.parametrize(
    "q",
    [
        "when should i do the warm up jog, before or after the stretching?",
        "do I stretch first or jog first?",
        "should the warm up jog come before or after I stretch?",
    ],
)
def test_jog_or_stretch_first_is_answered_jog_first(q: str) -> None:
    assert _text(q).startswith("Jog first"), _text(q)


# ---- why: the reason asked for, not a sentence sharing the runner's description --------------------


@pytest.mark.parametrize(
    "q",
    [
        "Why would a distance runner bother getting stronger legs? It's an endurance sport.",
        "why bother with strength if im a distance runner",
    ],
)
def test_why_lift_for_distance_gets_the_whole_reason(q: str) -> None:
    text = _text(q)
    assert "oxygen" in text and "injur" in text, text


def test_why_faster_keeps_its_own_sentence() -> None:
    assert "faster on the flat" in _text("Why does strength work supposedly make you faster?")


@pytest.mark.parametrize(
    "q", ["Why do muscle imbalances lead to injuries?", "why does imbalance cause injury"]
)
def test_why_imbalance_injures_says_how_alignment_goes(q: str) -> None:
    text = _text(q)
    assert "in line" in text and "knees, hips and feet" in text, text
