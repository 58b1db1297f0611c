"""Round 17, vf (issue 25): failures found on 60 self-written fresh questions, fixed by mechanism.

- a sore muscle told beside another ask: "any good glute stuff...? hammys always tight", "is it ok to do
  legs the day after a tempo? quads r toast": the ask ("stuff", "do legs") is answered, not the
  soreness template for the muscle told;
- the load asked with "what's": "what's the right weight for leg presses?" is the load rule, and
  "right" said of the weight is not the right leg;
- a muscle misspelt the way the index knows it ("hamstrng", "hamsting") is the muscle for every rule,
  and "a good <muscle> exercise" with a place or kit told asks for one move, like "the best";
- one strength session a week told in other words ("one session of leg work a week", "1 leg day a week")
  gets the verdict on once a week;
- a jog that is the warm-up ("warm up with a jog before leg day") is no run before lifting;
- exercises named before a run ("bridges before my long run") are lifting for the day's order, and moves
  asked for before a run ("glute stuff pre long run?") say when to do them;
- "keep lifting heavy during the taper?": the load's verdict, not a "Yes" the body contradicts;
- "calf raises every day for shin splints?" asks how often, not whether they're safe;
- "why shouldn't my knees go past my toes?": that cue's own why;
- "can I do plyometrics at home without a box?": yes, the drills that need none;
- "what about if I only have a step?" after the home workout: the plan for that kit;
- "what about 2 days before?" after "can I lift the day before a race?": the yes/no of that day.
"""

from __future__ import annotations

import pytest
from answerutil import after, text

pytestmark = pytest.mark.dateless


def _lead(reply: str) -> str:
    return reply.split("\n")[0]


# ---- a sore muscle told beside another ask -------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("any good glute stuff i can do pre long run? hammys always tight", "glutes"),
        ("calf stuff for runners? my calves get tight on long runs", "calves"),
    ],
)
def test_stuff_asked_is_the_moves_not_the_soreness(question: str, want: str) -> None:
    reply = text(question)
    assert not reply.startswith("Ordinary soreness")
    assert want in _lead(reply).lower()
    # (soreness told with no other ask keeps its care, and "stuff" to ease it is no strength work)
    assert text("my hamstrings are always tight, what helps").startswith("Ordinary soreness")
    assert text("glutes sore af, any stuff to loosen them?").startswith("Ordinary soreness")


@pytest.mark.parametrize(
    "question",
    [
        "is it ok to do legs the day after a tempo? quads r toast",
        "can I train legs tomorrow, hammies still sore from the 10k",
        "calves are wrecked from the hills, can I still hit legs tmrw?",
    ],
)
def test_doing_legs_with_soreness_told_is_the_day_verdict(question: str) -> None:
    lead = _lead(text(question))
    assert lead.startswith("Yes")
    assert "Ordinary soreness" not in lead


# ---- the load asked with "what's" -----------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What's the right weight to pick for leg presses as a runner?",
        "whats a good weight for lunges",
        "What's the best weight for calf raises on the machine?",
    ],
)
def test_whats_the_weight_is_the_load_rule(question: str) -> None:
    lead = _lead(text(question))
    assert "no set weight" in lead
    assert "no other side" not in lead
    # ("the right leg" is still the other side)
    assert "each side" in text("do I do the right leg as well on the hip strengthener?").lower()


# ---- a misspelt muscle, and "a good <muscle> exercise" ------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "whats a good hamstrng excersise without a gym",
        "whats a good hamstring exercise without a gym",
        "what's a good hamstring move, no gym",
    ],
)
def test_a_good_hamstring_exercise_is_the_push_up_first(question: str) -> None:
    assert _lead(text(question)).startswith("The hamstring push-up")


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("whats a good glute exercise, no gym needed", "The bridge"),
        ("whats a good quad exercise without a gym", "The one-legged squat"),
    ],
)
def test_a_good_exercise_for_a_muscle_is_one_move(question: str, head: str) -> None:
    assert _lead(text(question)).startswith(head)


# ---- once a week in other words -------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Is one session of leg work a week enough?",
        "will 1 leg day a week do anything?",
        "is a single strength workout per week worth it?",
        "can i get away with 1 gym session a week",
    ],
)
def test_one_session_a_week_gets_the_once_a_week_verdict(question: str) -> None:
    # (r19 ti) "worth it?", "do anything?" now get their verdict first, the one session made to count
    assert text(question).startswith(("It's a start, but", "Yes: one strength session a week"))


# ---- the warm-up jog, and moves before a run ------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Should I warm up with a jog before leg day or just go straight into squats?",
        "should I warm up by running a mile before squats",
    ],
)
def test_a_warm_up_jog_is_no_run_before_lifting(question: str) -> None:
    reply = text(question)
    assert "right order" not in reply
    assert "warm up first" in reply


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("can I do bridges before my long run?", "No: that's the same day as a hard run"),
        ("is it ok to do lunges before an easy run?", "No, better the other way round"),
        ("should I do hamstring curls before my tempo run?", "No: that's the same day as a hard run"),
    ],
)
def test_moves_named_around_a_run_get_the_days_order(question: str, head: str) -> None:
    assert text(question).startswith(head)


# ---- the taper's load ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("Marathon in two weeks, should I keep lifting heavy during taper?", "No, not heavy: keep lifting"),
        ("10k in 2 weeks, ok to keep doing heavy leg press?", "No, not heavy: keep lifting"),
        ("should I stop lifting heavy while tapering?", "Yes, ease off the load: keep lifting"),
    ],
)
def test_heavy_in_the_taper_is_answered_about_the_load(question: str, head: str) -> None:
    assert text(question).startswith(head)
    # (no load asked: the plain verdict)
    assert text("should I keep lifting during the taper?").startswith("Yes: keep strength work in")


# ---- every day with an injury ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "can i do calf raizes every day for shin spints",
        "is it ok to do the leg press daily with runner's knee?",
    ],
)
def test_every_day_with_an_injury_is_how_often(question: str) -> None:
    assert text(question).startswith("No need: twice a week")
    # (whether it's safe is still the injury's verdict)
    assert text("shin splints, are calf raises safe?").startswith("Yes, if they're pain-free")


# ---- knees past the toes: why ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Why shouldn't my knees go past my toes in a wall squat?",
        "why can't knees go over toes on lunges",
        "whats the reason knees shouldnt pass the toes",
    ],
)
def test_knees_past_toes_why_is_the_joint_load(question: str) -> None:
    lead = _lead(text(question))
    assert lead.startswith("Because a knee pushed out past the toes")
    assert text("should my knees go past my toes?").startswith("No")  # (the yes/no keeps its verdict)


# ---- plyometrics without a box ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    ["Can I do plyometrics at home without a box?", "no plyo box at home, can I still do plyometrics?"],
)
def test_plyometrics_without_a_box_is_yes(question: str) -> None:
    lead = _lead(text(question))
    assert lead.startswith("Yes: line hops and skipping need no kit")


# ---- a kit told after the home workout -------------------------------------------------------------


@pytest.mark.parametrize(
    ("then", "head"),
    [
        ("what about if I only have a step?", "With stairs"),
        ("and if I've got a step?", "With stairs"),
        ("what if I’ve only got a chair", "With a chair"),
    ],
)
def test_kit_told_after_the_home_workout_fits_the_plan(then: str, head: str) -> None:
    first = "What leg moves can I do at home with no equipment?"
    assert after(first, then).startswith(head)
    assert after(first, "ok what about if I have a gym?").startswith("With a gym")  # (not the home list)


# ---- another day asked after the race-day yes/no ---------------------------------------------------


@pytest.mark.parametrize(
    "then", ["what about 2 days before?", "what about 3 days before?", "how about a couple of days before?"]
)
def test_another_day_after_the_race_day_question_keeps_its_verdict(then: str) -> None:
    reply = after("Can I lift weights the day before a race?", then)
    assert reply.startswith("Yes, that's fine:")
    assert "only the day before a race is the one to skip" in reply


# ---- moves asked for before a run -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("any good glute stuff i can do pre long run? hammys always tight", "Do them on another day"),
        ("best calf work before a run?", "Do them after the run"),
        ("what exercises should I do before my easy run?", "Do them after the run"),
    ],
)
def test_moves_asked_for_before_a_run_say_when(question: str, line: str) -> None:
    reply = text(question)
    assert line in reply
    assert reply.index(line) < reply.find("/") or "/" not in reply  # (before the pointer)
