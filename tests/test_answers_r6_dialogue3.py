"""Round 6c (issue 25), tuner R3D: the runner's situation shapes the reply. Days the runner said are
taken (a quality run, a race, a race's eve) and kit they said they lack are never suggested; numbness
with a tight, painful leg is urgent. Each test uses wordings written for it, not the tuning set's."""

from __future__ import annotations

import re

import pytest

import content


def answer(message: str) -> str:
    return content.answer(message).text


def _suggested_days(text: str) -> set[str]:
    """The days a "Put them on easy days: X and Y suit it" / "Pick two easy days: X and Y" names."""
    m = re.search(r"(?:easy days|Pick two easy days): (\w+) and (\w+)", text)
    return {m.group(1)[:3].lower(), m.group(2)[:3].lower()} if m else set()


@pytest.mark.parametrize(
    ("message", "taken"),
    [
        (
            "Quality sessions Tue and Thu, long run Sat. Which days for my 2 leg sessions?",
            {"tue", "thu", "sat"},
        ),
        (
            "intervals on wednesday and friday, long run sunday. where do I put strength?",
            {"wed", "fri", "sun"},
        ),
        ("I do tempo Mon and Thu plus a long run on Sat, which days should I lift?", {"mon", "thu", "sat"}),
    ],
)
def test_days_the_runner_called_hard_are_never_suggested(message: str, taken: set[str]) -> None:
    text = answer(message)
    picked = _suggested_days(text)
    assert picked, text
    assert not picked & taken, text


@pytest.mark.parametrize(
    ("message", "latest", "wrong"),
    [
        ("Race is on Sunday. When should my last leg workout be?", "Friday", "Saturday race"),
        ("my 10k is on sunday - when do I do the last strength session?", "Friday", "Saturday race"),
        ("Racing a half this Saturday, when's my final leg day?", "Thursday", "Sunday race"),
    ],
)
def test_race_day_arithmetic_uses_the_runners_race_day(message: str, latest: str, wrong: str) -> None:
    text = answer(message)
    assert latest in text, text
    assert wrong not in text, text


@pytest.mark.parametrize(
    ("message", "day"),
    [
        (
            "The only gap I have is after my hard track session on Thursdays. Can I squeeze legs in then?",
            "Thursday",
        ),
        ("I do intervals every Tuesday. Could I do my leg session that evening?", "Tuesday"),
        ("Long run is Sunday morning. Can I hit the gym after it?", "Sunday"),
    ],
)
def test_then_points_back_at_the_hard_day_told(message: str, day: str) -> None:
    text = answer(message)
    assert text.startswith("No") and day in text, text


def test_then_on_an_easy_day_is_a_yes() -> None:
    text = answer("I do an easy jog on Wednesdays. Can I lift then?")
    assert text.startswith("Yes") and "Wednesday" in text, text


@pytest.mark.parametrize(
    "message",
    [
        "No stairs or step at home for calf raises. Alternatives?",
        "I don't have stairs, how do I do calf raises?",
        "flat with no stairs and no step - calf raise ideas?",
    ],
)
def test_no_stairs_is_never_told_to_use_a_stair(message: str) -> None:
    text = answer(message)
    assert not re.search(r"\bstairs?\b|staircase", text.split("?", 1)[-1]), text
    assert re.search(r"block|floor|kerb", text), text


@pytest.mark.parametrize(
    "message",
    [
        "no chair and no ball in my place - how do i do hamstring push ups?",
        "no chair or exercise ball, can I still do hamstring push ups?",
        "without a chair or a ball how do I do hamstring pushups",
    ],
)
def test_no_chair_no_ball_gets_a_swap_not_either_works(message: str) -> None:
    text = answer(message)
    assert "Either works" not in text, text
    assert not re.search(r"\ba chair\b|\bexercise ball\b", text), text
    assert re.search(r"sofa|bed", text), text


def test_the_other_alternatives_stay_when_one_is_missing() -> None:
    text = answer("I haven't got a box to step on")
    assert "A sturdy chair pushed against a wall or a stair." in text, text


def test_only_having_dumbbells_does_not_take_away_the_stairs() -> None:
    text = answer("only got stairs in my block, what can i do with them")
    assert "step-up" in text.lower(), text


@pytest.mark.parametrize(
    "message",
    [
        "My foot's gone numb and my lower leg is super tight and painful after squats",
        "after my run my shin is rock hard and painful and my toes are numb",
        "calf feels really tight and swollen after intervals and my foot has pins and needles",
    ],
)
def test_numb_with_a_tight_painful_leg_is_urgent(message: str) -> None:
    text = answer(message)
    assert text.startswith("Stop now and get seen today"), text
    assert not text.startswith("Yes"), text


@pytest.mark.parametrize(
    ("message", "start"),
    [
        ("my foot goes numb on long runs, are my shoes too tight?", "Stop the exercise"),
        ("tingling in my toes after lunges, should I worry?", "Yes: stop"),
        ("pins and needles in my foot after squats, is that normal?", "No, numbness"),
    ],
)
def test_numbness_alone_leads_with_the_verdict_asked_for(message: str, start: str) -> None:
    text = answer(message)
    assert text.startswith(start), text
    assert "doctor or physiotherapist" in text, text


@pytest.mark.parametrize(
    "message",
    [
        "I've got 15 minutes max on strength days. Worth it? What should I prioritise?",
        "only get 15 min per session. is that enough, and what should i focus on?",
        "I get 15 minutes twice a week for legs. Which exercises matter most?",
    ],
)
def test_a_time_limit_and_what_to_prioritise_gets_exercises(message: str) -> None:
    text = answer(message)
    assert text.count("•") >= 3, text
    assert text.count("hard-run day") <= 1, text


@pytest.mark.parametrize(
    "message",
    [
        "Dodgy lower back, I can't have a bar on my shoulders. What are my leg options?",
        "my back can't take a weight on my shoulders, what leg exercises can I do?",
        "bad back so no barbell squats - what can I do for my legs at home?",
    ],
)
def test_a_bad_back_gets_leg_options_that_spare_it(message: str) -> None:
    text = answer(message)
    assert text.startswith("Kind to your back"), text
    assert text.count("•") >= 3, text


@pytest.mark.parametrize(
    "message",
    [
        "Stuck in a hotel room for a week with no gym. Ideas to keep my legs strong?",
        "away on a work trip, hotel only - any ideas to maintain leg strength?",
        "on holiday with no gym for 10 days, suggestions to keep my legs strong?",
    ],
)
def test_no_gym_away_from_home_gets_bodyweight_exercises(message: str) -> None:
    text = answer(message)
    assert "One-legged squat" in text or "Calf raise" in text, text
    assert "Leg press" not in text, text


def test_the_weaker_side_leads_the_plan() -> None:
    text = answer("my left leg is weaker, 20 mins at home, what should I do?")
    assert text.startswith("For the weaker side"), text


@pytest.mark.parametrize(
    "message",
    [
        "My gym only has machines, no free weights. Is that enough?",
        "work gym only has machines, no dumbbells - enough for runners?",
        "our gym just has machines, is that enough for leg strength?",
    ],
)
def test_a_gym_of_machines_is_enough_with_a_verdict(message: str) -> None:
    text = answer(message)
    assert text.startswith("Yes"), text
    assert "leg press" in text, text


@pytest.mark.parametrize(
    "message",
    [
        "The outside of my hip gets sore on long runs. What should I work on?",
        "my IT band hurts on the outside of my knee, what should I do?",
        "achilles is sore in the mornings, how can I strengthen it?",
    ],
)
def test_an_open_ask_about_an_uncovered_injury_has_no_carry_on_verdict(message: str) -> None:
    assert not answer(message).startswith("Only if"), answer(message)


def test_can_i_still_run_on_an_uncovered_injury_keeps_its_verdict() -> None:
    assert answer("plantar fasciitis again, can I still run on it?").startswith("Ease off")


@pytest.mark.parametrize(
    "message",
    [
        "I'm coming back from runner's knee and have been cleared to train again. How do I rebuild?",
        "shin splints have healed now, physio gave me the all clear. what strength work should I do?",
        "returning after runner's knee, what exercises?",
    ],
)
def test_back_from_a_covered_injury_leads_with_how_to_return(message: str) -> None:
    text = answer(message)
    assert text.startswith("Coming back: start light"), text


def test_a_current_injury_gets_no_return_lead() -> None:
    assert "Coming back" not in answer("I have runner's knee, what helps?")


@pytest.mark.parametrize(
    ("message", "muscle_word"),
    [
        (
            "Had a stress reaction in my shin last spring. Physio has cleared me. I read weak glutes cause "
            "problems. Which exercises target those?",
            "ridge",
        ),
        (
            "achilles tendinopathy is better, the physio cleared me, what hamstring exercises can I add?",
            "amstring",
        ),
        (
            "Stress fracture healed, cleared by my doctor. My calves feel weak. What should I do for them?",
            "alf raise",
        ),
    ],
)
def test_cleared_after_an_uncovered_injury_still_answers_the_muscle_asked(
    message: str, muscle_word: str
) -> None:
    text = answer(message)
    assert text.startswith("Good that you're cleared"), text
    assert "no hopping or jumping" in text, text
    assert muscle_word in text, text
    assert "I can't diagnose" not in text, text


@pytest.mark.parametrize(
    ("message", "told"),
    [
        (
            "Shins get sore after long runs. How often should I lift and what should the sessions include?",
            "alf raise",
        ),
        (
            "My calves feel weak on hills. When in the week should I train them and which exercises?",
            "alf raise",
        ),
        (
            "My knees ache after long runs. Where would strength sessions fit and what should they focus on?",
            "uadriceps",
        ),
    ],
)
def test_a_content_ask_after_a_timing_ask_answers_what_the_background_told(message: str, told: str) -> None:
    text = answer(message)
    assert "week" in text.lower(), text
    assert told in text, text


@pytest.mark.parametrize(
    "message",
    [
        "Snow and ice for weeks, only a couple of treadmill runs. Is this a good time to switch my focus to "
        "strength, and is there anything I can do on the treadmill besides running on the flat?",
        "Icy roads, I've been on the treadmill all month. Is now a good time to do more strength, and how "
        "can I use the treadmill for hills?",
        "Stuck on a treadmill in this weather. Is it a good idea to switch to strength for a bit, and what "
        "can I do on the treadmill to make it harder?",
    ],
)
def test_is_this_a_good_time_is_about_the_situation_and_both_asks_get_answers(message: str) -> None:
    text = answer(message)
    assert "weather" in text or "off-season" in text, text
    assert "incline" in text.lower(), text
    assert "With what you have at home" not in text, text


@pytest.mark.parametrize(
    ("message", "first"),
    [
        (
            "Trail ultras with long descents, my quads are wrecked on the downhills. I've got a gym with "
            "machines and dumbbells. What should a session look like for me?",
            "• Quadriceps extension",
        ),
        ("hamstrings feel weak, I have dumbbells, give me a routine", "• Hamstring push-up"),
        ("my calves are always tight, 20 minutes at home, what should I do?", "• Calf raise"),
    ],
)
def test_the_part_the_runner_told_leads_the_plan(message: str, first: str) -> None:
    text = answer(message)
    assert text.startswith("For your"), text
    bullets = [x for x in text.split("\n") if x.startswith("•")]
    assert bullets and bullets[0].startswith(first), text


def test_rolling_ankles_is_said_honestly() -> None:
    text = answer(
        "I keep going over on my ankles on trails. "
        "I've got machines and dumbbells at my gym, what should I do?"
    )
    assert "isn't covered in detail" in text and "physio" in text, text


@pytest.mark.parametrize(
    ("message", "start", "missing"),
    [
        (
            "Been doing leg press, leg extensions and calf raises 3x10 for months and it feels pretty easy. "
            "Am I doing it wrong?",
            "Yes, the load",
            "hamstrings",
        ),
        ("My routine is squats, lunges and step ups. Is that ok?", "Partly", "calves"),
        ("I do hamstring curls and bridges every week, what should I add?", "Add", "quads"),
    ],
)
def test_the_runners_own_routine_is_reviewed(message: str, start: str, missing: str) -> None:
    text = answer(message)
    assert text.startswith(start), text
    assert missing in text, text


def test_a_form_question_while_doing_an_exercise_is_not_a_routine_review() -> None:
    text = answer("Is it ok to let my knees go past my toes when I do wall squats and lunges?")
    assert "nothing in your list" not in text, text
