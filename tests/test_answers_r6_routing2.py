"""Round 6b (R2C): one reply says each thing once, no unasked entity glued on, upper-body and
weather questions declined, and runner-worded paraphrase families routed (content/answers.py,
content/questions.py)."""

from __future__ import annotations

import re

import pytest

from content import answer
from content.answers import drop_repeats, elsewhere
from content.text import normalize

# ---- drop_repeats: the last pass every reply goes through ---------------------------------------


def test_a_dose_restated_under_its_card_name_goes() -> None:
    text = (
        "2 or 3 sets of 12 to 15 reps, with a resistance that leaves you tired by the end of each set.\n"
        "Leg press: 2–3 sets × 12–15 reps.\nFull card: /exercise leg press"
    )
    out = drop_repeats(text)
    assert "Leg press: 2–3" not in out
    assert out.startswith("2 or 3 sets") and out.endswith("/exercise leg press")


def test_a_short_dose_line_that_a_later_line_says_in_full_goes() -> None:
    text = (
        "Leg press: 2–3 sets × 12–15 reps.\n"
        "2 or 3 sets of 12 to 15 reps, with a resistance that leaves you tired by the end of each set.\n"
        "Full card: /exercise leg press"
    )
    assert drop_repeats(text).count("12") == 1


def test_a_label_goes_with_the_sentence_it_leads() -> None:
    text = (
        "No exercise ball? Wall squat: skip the ball, keep your back flat on the wall and slide down.\n"
        "No exercise ball? No ball: keep your back flat on the wall and slide down.\n"
        "Full card: /exercise wall squat"
    )
    out = drop_repeats(text)
    assert out.count("No exercise ball?") == 1 and "No ball:" not in out
    assert len(out.splitlines()) == 2


def test_verdicts_list_items_and_steps_stay() -> None:
    text = (
        "Yes, it's a good one for runners.\n"
        "Hamstring push-up: it works the hamstrings and helps prevent runner's knee. Good for runners.\n"
        "• Calf raise: 12–15 reps\n• Bridge: 12–15 reps\n"
        "1) Lower yourself until your knees are bent to 90°. 2) Stand back up.\n"
        "Wall squat: 1) Lower yourself until your knees are bent to 90°."
    )
    out = drop_repeats(text)
    assert out.startswith("Yes, it's a good one for runners.")
    assert "• Calf raise: 12–15 reps" in out and "• Bridge: 12–15 reps" in out
    assert out.count("Lower yourself") == 2  # numbered steps are never cut


def test_same_dose_for_different_exercises_stays() -> None:
    text = (
        "For shin splints: good exercises: calf raise and wall toe raise (2–3 sets × 12–15 reps each).\n\n"
        "For runner's knee: good exercises: quadriceps extension and leg press (2–3 sets × 12–15 reps each)."
    )
    assert drop_repeats(text) == text


def test_a_second_generic_caution_and_a_repeated_pointer_go_but_the_first_stays() -> None:
    text = (
        "Stop and rest the painful part, and see a doctor or physiotherapist.\n"
        "Rest it while it's swollen, then rebuild gradually. For a diagnosis and a plan, see a doctor or "
        "physiotherapist.\nFull card: /exercise calf raise\nFull card: /exercise calf raise"
    )
    out = drop_repeats(text)
    assert out.startswith("Stop and rest") and out.count("doctor") == 1
    assert out.count("/exercise calf raise") == 1 and "rebuild gradually" in out


def test_specific_medical_content_is_not_a_generic_caution() -> None:
    text = (
        "Stop and rest it, and see a doctor or physiotherapist.\n"
        "Pain in one spot on a bone that gets worse with running needs a doctor before any more running."
    )
    assert drop_repeats(text) == text


def _sentences(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        for s in re.split(r"(?<=[.!?])\s+", line):
            n = normalize(s)
            if len(n) >= 12 and "/" not in s:
                out.append(n)
    return out


@pytest.mark.parametrize(
    "question",
    [
        "How many reps and sets should I do on the leg press?",
        "leg press, how many sets n reps",
        "wall squat without a ball",
        "I don't have a treadmill",
        "what can I use instead of a treadmill",
        "why take a week off lifting every month?",
        "how should I breathe on the leg press",
    ],
)
def test_whole_replies_say_no_sentence_twice(question: str) -> None:
    said = _sentences(answer(question).text)
    assert len(said) == len(set(said)), said


def test_the_leg_press_dose_is_said_once() -> None:
    for q in ("How many reps and sets should I do on the leg press?", "leg pres how many reps n sets"):
        text = answer(q).text
        assert len(re.findall(r"12\s*(?:–|to)\s*15", text)) == 1, text


# ---- no unasked entity glued on -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "unasked"),
    [
        ("legs are absolutely cooked on every hill, what do i do", "injury:runners_knee"),
        ("my legs feel wrecked on the climbs, any advice", "injury:runners_knee"),
        ("aching knees from running", "injury:shin_splints"),
        ("what is it about stronger legs that means i dont run out of gas as early", "muscle:glutes"),
    ],
)
def test_an_unnamed_entity_is_not_glued_on(question: str, unasked: str) -> None:
    assert unasked not in answer(question).topics


# ---- off-topic precision ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What's the best workout to get a bigger chest and arms?",
        "best bicep exercises?",
        "how do I build my shoulders and triceps",
        "ab workout for runners",
        "what's the weather looking like for the Berlin marathon",
        "what will the temperature be on Sunday morning",
    ],
)
def test_upper_body_and_weather_are_declined(question: str) -> None:
    assert answer(question).off_topic


@pytest.mark.parametrize(
    "question",
    [
        "I've got 15 minutes on my lunch break and zero equipment. What can I fit in?",
        "quick 15 min no-equipment leg session?",
        "is an icy spell with bad weather a good time for leg strength work",
        "my arms get tired on hills, should I do leg work?",
        "can I do hamstring push ups at home",
        "chest and legs workout for a runner",
    ],
)
def test_in_scope_asks_beside_those_words_are_answered(question: str) -> None:
    assert not answer(question).off_topic


def test_chest_pain_still_gets_the_safety_reply() -> None:
    a = answer("chest pain and dizzy during my run")
    assert not a.off_topic
    assert a.text.startswith("Stop") and "doctor" in a.text


def test_elsewhere_needs_no_leg_word() -> None:
    assert elsewhere("best chest workout")
    assert not elsewhere("pumping my arms up hills, how do i do hill repeats")
    assert not elsewhere("weather is bad, should i do strength training indoors")


# ---- paraphrase families (fresh wordings, not the phrasings added) --------------------------------


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("how many tims a weak should i lift legs", "rule:frequency"),
        ("2 or 3 times a weak for strength?", "rule:frequency"),
        ("what do i do first so i'm not lifting on cold legs", "rule:warm_up"),
        ("which muscles am I actually using when I run", "rule:muscles_used"),
        ("which leg muscles take the pounding when I land", "rule:muscles_used"),
        ("strength work is such a slog, any ideas to make it fun", "rule:variety_fun"),
        ("should I do calf raises on a single leg or two", "exercise:calf_raise"),
    ],
)
def test_paraphrase_families_route(question: str, topic: str) -> None:
    assert topic in answer(question).topics


def test_hitting_the_weights_is_lifting() -> None:
    assert not answer("should i be hitting the weights this winter").off_topic


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("How do I stop my strength sessions from feeling like homework I dread?", "rule:variety_fun"),
        ("my strength workouts feel like a punishment, how do I enjoy them", "rule:variety_fun"),
        ("will stronger legs help me run more upright", "rule:running_form"),
    ],
)
def test_a_clear_word_lead_is_not_buried_by_rank_fusion(question: str, topic: str) -> None:
    assert answer(question).topics[0] == topic


def test_a_winner_both_signals_agree_on_keeps_the_lead() -> None:
    # "jogging" matches the warm-up's words best, but the question reads most like the muscles used.
    a = answer("Which bits of my legs are actually doing the work when I'm out jogging?")
    assert a.topics[0] == "rule:muscles_used"


def test_an_ultra_runner_is_a_person_not_a_race() -> None:
    a = answer("plyo for an ultra runner, is that even a vibe?")
    assert a.topics[0] == "rule:plyometrics" and "day before a race" not in a.text
    assert answer("leg day the day before my ultra?").topics[0] == "rule:race_day"


@pytest.mark.parametrize(
    "question",
    ["can I listen to music while I lift", "should i be hitting the weights before my spring half"],
)
def test_lift_or_weight_alone_does_not_name_the_lying_leg_lift(question: str) -> None:
    assert "exercise:supine_leg_lift" not in answer(question).topics


def test_the_cool_down_example_adds_only_what_the_lead_did_not_say() -> None:
    text = answer("cool down routine after lifting").text
    assert text.count("glutes and hips") == 1 and text.lower().count("bouncing") == 1
    assert "2 minutes" in text and "20–30 seconds" in text


@pytest.mark.parametrize(
    ("question", "exercise"),
    [
        ("What can I do for the backs of my thighs with just a kitchen chair?", "exercise:hamstring_pushup"),
        ("strengthen hamstrings, I have a swiss ball at home", "exercise:hamstring_pushup"),
        ("what works my glutes if all I have is a bench", "exercise:step_up"),
    ],
)
def test_a_muscle_with_the_kit_at_hand_gets_the_exercise_using_it(question: str, exercise: str) -> None:
    a = answer(question)
    assert a.topics[0] == exercise
    assert "exercise:hamstring_curl" not in a.topics  # the machine they didn't mention


@pytest.mark.parametrize("question", ["why shoud runners lift", "why bother with legs"])
def test_a_short_why_question_gets_the_reason_not_choices(question: str) -> None:
    a = answer(question)
    assert a.topics and a.topics[0] == "rule:why_strength" and not a.choices


@pytest.mark.parametrize(
    "question",
    ["calf raies - 1 leg or 2 legs??", "calf raises: both legs or one at a time?", "bridges 1 leg or 2?"],
)
def test_one_leg_or_two_in_figures_gets_the_one_or_two_answer(question: str) -> None:
    text = answer(question).text
    assert text.startswith("One leg is harder") and "start on two" in text


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("how do i get strong springy legs without getting all swole", "rule:bulk"),
        ("dont wanna get jacked legs, just stronger", "rule:bulk"),
        ("If I lift legs every single day will I get strong faster?", "rule:frequency"),
        ("should I squat every day to get stronger quicker", "rule:frequency"),
    ],
)
def test_gym_slang_and_daily_lifting_route(question: str, topic: str) -> None:
    assert answer(question).topics[0] == topic


def test_a_general_dose_note_does_not_repeat_the_figures() -> None:
    text = answer("how many calf raises should I do").text
    assert text.count("12–15") == 1 and "no figure for this one" in text
    # a note with its own facts stays whole
    assert "the number of sets is our suggestion" in answer("glute bridges how many").text
    assert "modest suggested starting dose" in answer("how many box hops").text


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("How many seconds should I pause at the top of a calf raise?", "couple of seconds"),
        ("how many secs do i hold the bridge", "30 seconds"),
    ],
)
def test_how_many_seconds_is_a_hold_not_a_rep_count(question: str, want: str) -> None:
    assert want in answer(question).text.split("\n")[0]
