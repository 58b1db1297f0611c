"""Round 6b (issue 25), tuner R2B: the plan builder, the background-as-topic rule, follow-ups and
the safety rules, tightened after a precision audit over the whole question pool
(bench/audit_r2b.py). Each test uses wordings written for it, not the tuning set's."""

from __future__ import annotations

import logging

import pytest

import content


def answer(message: str, prev: str | None = None) -> content.Answer:
    last = content.answer(prev).context if prev else None
    return content.answer(message, last)


class _Rules(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.rules: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.rules.append(record.getMessage().split("\t", 1)[0])


def fired(message: str) -> list[str]:
    """The dialogue rules that fired for the message (content/dialogue.py logs them at DEBUG)."""
    log = logging.getLogger("content.dialogue.rules")
    handler, level = _Rules(), log.level
    log.addHandler(handler)
    log.setLevel(logging.DEBUG)
    try:
        content.answer(message)
        return handler.rules
    finally:
        log.removeHandler(handler)
        log.setLevel(level)


# --- the plan builder ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "honestly no time for the gym. what could I do at home for my legs?",
        "I can't get to a gym anymore, what should I do for my legs?",
        "no gym membership, what can I do for my legs?",
    ],
)
def test_a_gym_the_runner_cannot_use_is_not_their_kit(message: str) -> None:
    text = answer(message).text
    assert "Leg press" not in text and "leg press" not in text
    assert "Bridge" in text and "Twice a week" in text


def test_no_time_for_the_gym_is_not_a_gym_plan() -> None:
    text = answer(
        "I run 50 miles a week and don't have time for the gym. Does strength work matter and what's the "
        "least I could get away with?"
    ).text
    assert "Leg press" not in text and "Hamstring curl" not in text


@pytest.mark.parametrize(
    "message",
    [
        "20 min at lunch, zero kit, what can I squeeze in?",
        "I've got 15 minutes and zero equipment. What can I fit in?",
    ],
)
def test_zero_equipment_and_what_can_i_fit_in_is_a_no_kit_plan(message: str) -> None:
    text = answer(message).text
    assert text.startswith("With no kit") and "minutes is enough" in text
    assert "I only know leg strength" not in text


@pytest.mark.parametrize(
    "message",
    [
        "I only own two dumbbells. What's good to do with them?",
        "All I've got at home is a couple of dumbbells. What's worth doing with them?",
    ],
)
def test_whats_worth_doing_with_the_kit_told_is_a_plan_for_it(message: str) -> None:
    text = answer(message).text
    assert text.startswith("With dumbbells") and "Lunge" in text
    assert "Machines target single muscles" not in text


def test_a_joints_worry_gets_the_joints_line_and_a_first_timer_starts_light() -> None:
    text = answer("never touched a weight in my life and worried about my knees, where do I start?").text
    assert "one or two sets" in text and "For your joints" in text and "lock your knees" in text
    assert text.count("one or two sets") == 1  # said once, not in the head and again at the end


def test_a_told_week_and_how_do_i_fit_them_in_gets_their_days_not_a_routine() -> None:
    text = answer(
        "My week: Mon tempo, Wed easy, Thu intervals, Sat long run. I can use the gym at work. "
        "How do I fit in two strength sessions?"
    ).text
    assert "Wednesday" in text and "•" not in text


# --- the background-as-topic rule ------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Since upping my miles the inside of my lower leg along the bone aches. What can I do?",
        "The front of my lower leg aches after speed work. Any exercises?",
    ],
)
def test_the_lower_leg_along_the_bone_is_the_shin_hedged(message: str) -> None:
    text = answer(message).text
    assert "shin splints" in text and text.startswith("I can't diagnose")
    assert "glutes" not in text.lower()


def test_a_muscle_the_background_never_names_is_not_its_topic() -> None:
    # "bumped" once matched the glutes' "bum" (an alternation without a group)
    text = answer("I bumped my mileage up and my ankles feel a bit weak. Anything for that?").text
    assert "For the glutes" not in text


@pytest.mark.parametrize(
    "message",
    [
        "I run at 6am and lift in the evening. How much rest between sets?",
        "I lift the evening after my morning run. How heavy should the weights be?",
    ],
)
def test_the_backgrounds_timing_does_not_answer_an_ask_about_something_else(message: str) -> None:
    assert not answer(message).text.startswith("Run first")


def test_the_backgrounds_timing_still_answers_which_days() -> None:
    text = answer("I do a long run on Saturday and intervals on Tuesday. Which days should I lift?").text
    assert "Tuesday" in text and "Saturday" in text


# --- claims told, follow-ups ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "my coach told me to never do legs the day before a race. is that right?",
        "A guy at parkrun reckons you should never lift on a hard-run day. Is that true?",
    ],
)
def test_a_forbidding_claim_the_article_agrees_with_is_right(message: str) -> None:
    text = answer(message).text
    assert text.startswith("Yes, that's right")


def test_a_week_off_now_and_then_is_right() -> None:
    text = answer(
        "I lift Mondays and Thursdays and feel great, but my physio says I should take a whole week off "
        "lifting now and then. I haven't had a break in months. Is she right?"
    ).text
    assert text.startswith("Yes, that's right") and "week off" in text


@pytest.mark.parametrize(
    ("prev", "ask"),
    [
        ("I do calf raises every other day.", "is that enough by itself?"),
        ("I've been doing calf raises.", "is that enough on its own?"),
    ],
)
def test_one_exercise_on_its_own_is_not_enough(prev: str, ask: str) -> None:
    text = answer(ask, prev).text
    assert text.startswith("No: one exercise on its own") and "hamstring" in text


def test_one_exercise_told_in_the_same_message_is_not_enough_either() -> None:
    text = answer("All I do is leg extensions. Is that enough on its own?").text
    assert text.startswith("No")


@pytest.mark.parametrize(
    "message",
    [
        "is plyometric training useful for distance runners, and how would I build up to it?",
        "are plyos any good for a marathoner, and how do I ease into them?",
    ],
)
def test_how_to_ease_into_plyometrics_is_where_to_start(message: str) -> None:
    text = answer(message).text
    assert "line" in text and "skipping" in text
    assert text.count("Plyometrics are jumping") <= 1


def test_a_follow_up_about_a_symptom_the_runner_never_named_is_not_a_diagnosis() -> None:
    text = answer("what can I do about that?", "my knees have been achy after runs").text
    # (r15 ya) the reply before said "I can't diagnose it, but if it's runner's knee"; the follow-up
    # keeps the "if" (no diagnosis) without saying the whole hedge again
    assert text.startswith(("I can't diagnose", "If it's runner's knee"))
    named = answer("what else helps?", "I've got runner's knee").text
    assert "runner's knee" in named.lower()


@pytest.mark.parametrize(
    "message",
    [
        "my first marathon is in 3 weeks. should I begin lifting now or wait until after?",
        "Half marathon in two weeks and I've never done strength work. Too late to start now?",
    ],
)
def test_starting_strength_work_with_a_race_weeks_away_waits_until_after(message: str) -> None:
    text = answer(message).text
    assert text.startswith("Wait until after") and "day before" in text


# --- situations told -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "my left side always gets injured, never my right. will strength work fix it?",
        "I only ever get niggles on my right leg. Can lifting help?",
    ],
)
def test_trouble_on_one_side_gets_one_legged_work(message: str) -> None:
    text = answer(message).text
    assert "each leg on its own" in text or "weaker" in text


def test_getting_hurt_in_general_is_not_told_pain() -> None:
    for q in ["how do I stop getting hurt all the time?", "can leg work stop me getting hurt?"]:
        assert "see a physio or doctor" not in answer(q).text, q
    assert "physio" in answer("my knee aches after every long run").text


@pytest.mark.parametrize(
    "message",
    [
        "in videos my knees cave inwards when I land, is this a weakness thing?",
        "my knees roll in towards each other when I run. could that be weak muscles?",
    ],
)
def test_knees_caving_in_lead_with_the_weak_hips_link(message: str) -> None:
    text = answer(message).text
    assert text.startswith("Yes, usually") and "weak hips and glutes" in text
    assert "If pain is sharp" not in text  # no pain told


def test_knees_caving_in_is_that_bad_keeps_the_check_line() -> None:
    text = answer("my knees cave in on long runs, is that bad?").text
    assert text.startswith("Worth sorting out") and "weak hips" in text and "physio" in text


@pytest.mark.parametrize(
    "message",
    [
        "calves feel twingy on hills, like they are about to go. what do I do?",
        "my quads get twingy in the last mile of tempo runs. what should I do?",
    ],
)
def test_a_muscle_that_might_go_gets_a_warning(message: str) -> None:
    text = answer(message).text
    assert "warning" in text and "physio" in text


# --- safety ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "returning from a fractured metatarsal, when can I lift again?",
        "Coming back after a sprained ankle that has healed. When is it ok to start leg work?",
    ],
)
def test_back_from_a_healed_injury_is_when_and_how_to_return(message: str) -> None:
    text = answer(message).text
    assert text.startswith("When your doctor or physio says so") and "start light" in text
    assert "Stop and rest" not in text


def test_back_from_an_injury_that_still_hurts_is_still_stop() -> None:
    text = answer("coming back after a torn calf but it still hurts when I run. can I do calf raises?").text
    assert "Stop" in text and ("doctor" in text or "physio" in text)


@pytest.mark.parametrize(
    "message",
    [
        "my lower back feels achy after long runs, could that be a strength problem?",
        "My lower back gets sore late in my long runs. Is that a weakness issue?",
    ],
)
def test_an_achy_back_is_the_back_answer_with_a_verdict(message: str) -> None:
    text = answer(message).text
    assert text.startswith("It can be") and "glute" in text and "doctor or physiotherapist" in text


# --- the audit hook ------------------------------------------------------------------------------


def test_the_audit_trace_names_the_rules_that_fired() -> None:
    assert "plan" in fired("hotel room, no kit, 15 minutes, what leg stuff can I do?")
    assert "uncovered" in fired("my achilles has been sore for a week, can I do calf raises?")


# --- later in the round: constraints and multi-part ------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Bad wrist, I can't grip dumbbells. How can I still do lunges and leg work?",
        "my hands are sore and I can't hold weights. any leg stuff?",
    ],
)
def test_no_grip_is_a_plan_with_nothing_held(message: str) -> None:
    text = answer(message).text
    assert "Nothing here needs a grip" in text and "a weight in each hand" not in text
    assert "Weighted" not in text


@pytest.mark.parametrize(
    "message",
    [
        "My gym only has a leg press and a treadmill. Is that enough?",
        "the hotel gym just has a treadmill and a leg extension machine, is that enough for leg day?",
    ],
)
def test_a_machine_or_two_is_not_enough_on_its_own(message: str) -> None:
    text = answer(message).text
    assert text.startswith("Not on its own") and "Hamstring push-up" in text and "incline" in text


def test_time_enough_is_still_the_time_verdict() -> None:
    assert answer("I only have 15 minutes twice a week, is that enough?").text.startswith("Yes")


def test_a_dash_before_a_question_word_starts_a_second_ask() -> None:
    text = answer("whats the deal with step ups — do i need a bench, and how high should it be?").text
    assert "1)" in text and "bench" in text.lower()
    assert text.count("knee") >= 1 and len(text.split("\n\n")) >= 2


@pytest.mark.parametrize(
    "message",
    [
        "Which muscles get me up hills, and what exercises should I do for them?",
        "what muscles do lunges work and what other exercises train those?",
    ],
)
def test_exercises_for_them_after_an_exercises_muscles_are_for_those_muscles(message: str) -> None:
    paragraphs = answer(message).text.split("\n\n")
    assert len(paragraphs) == 2 and paragraphs[1].startswith("For the quads")
    assert "step-up" in paragraphs[1] or "one-legged squat" in paragraphs[1]


@pytest.mark.parametrize(
    "message",
    [
        "how should I structure my lifting so it doesnt wreck my runs?",
        "I do track on Tuesdays and Thursdays. How should I set things up so lifting doesn't hurt those?",
    ],
)
def test_how_to_set_it_up_around_running_is_the_fit_it_in_answer(message: str) -> None:
    text = answer(message).text
    assert text.startswith("Twice a week on easy days") and "hard-run" in text


def test_a_told_bulk_worry_is_answered_beside_the_ask() -> None:
    text = answer(
        "Sprinter here. My teammate says weights will make me slow. How should I set it up so it "
        "doesn't kill my track sessions?"
    ).text
    assert "Twice a week" in text and "won't bulk you up or slow you down" in text


def test_rest_between_strength_blocks_is_between_sessions_not_sets() -> None:
    text = answer(
        "I can only lift on the evening of a run day. My club says never lift after a hard run. Is that "
        "true, and how much recovery do I need between lifting sessions?"
    ).text
    assert text.startswith("Yes, that's right") and "week off" in text and "between sets" not in text
