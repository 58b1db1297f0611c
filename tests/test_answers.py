"""answer(): right topic for plain, paraphrased and misspelt questions; never raises; plain bounded text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import content
from content import Answer, answer

CASES: list[tuple[str, str]] = [
    # exercises: how-to, typos, plurals
    ("how do I do a calf raise", "exercise:calf_raise"),
    ("How do I do calf raises?", "exercise:calf_raise"),
    ("calve raises", "exercise:calf_raise"),
    ("heel raise form", "exercise:calf_raise"),
    ("how to do a brigde", "exercise:bridge"),
    ("glute bridge", "exercise:bridge"),
    ("hamstrng curls", "exercise:hamstring_curl"),
    ("leg curls", "exercise:hamstring_curl"),
    ("how do I do a hamstring push up", "exercise:hamstring_pushup"),
    ("hamstring pushups", "exercise:hamstring_pushup"),
    ("one legged squat", "exercise:one_leg_squat"),
    ("single leg squats how", "exercise:one_leg_squat"),
    ("bench step ups", "exercise:step_up"),
    ("how high should the bench be for step-ups", "exercise:step_up"),
    ("line hops", "exercise:line_hops"),
    ("box jumps", "exercise:box_hops"),
    ("skipping drills", "exercise:skipping"),
    ("hill repeats", "exercise:hill_repeats"),
    ("how steep should hill sprints be", "exercise:hill_repeats"),
    ("incline treadmill", "exercise:treadmill_incline"),
    ("quad extensions", "exercise:quad_extension"),
    ("leg extention machine", "exercise:quad_extension"),
    ("leg press", "exercise:leg_press"),
    ("lunges with dumbbells", "exercise:lunge"),
    ("walking lunges", "exercise:walking_lunge"),
    ("wall squat", "exercise:wall_squat"),
    ("hip strengtheners", "exercise:hip_abduction"),
    ("side leg raises with ankle weights", "exercise:hip_abduction"),
    ("straight leg raise lying on back", "exercise:supine_leg_lift"),
    ("wall toe raise", "exercise:toe_raise"),
    ("toe raises", "exercise:toe_raise"),
    ("weighted calf raise", "exercise:weighted_calf_raise"),
    ("what muscles does the bridge work", "exercise:bridge"),
    ("how many reps of calf raises", "exercise:calf_raise"),
    # muscles
    ("quads", "muscle:quads"),
    ("what do the quadriceps do when running", "muscle:quads"),
    ("how do I strengthen my hamstrings", "muscle:hamstrings"),
    ("exercises for glutes", "muscle:glutes"),
    ("my butt muscles", "muscle:glutes"),
    ("soleus and gastrocnemius", "muscle:calves"),
    ("hip flexors", "muscle:hips"),
    # injuries
    ("what helps shin splints?", "injury:shin_splints"),
    ("shinsplints", "injury:shin_splints"),
    ("does calf raise help shin splints", "injury:shin_splints"),
    ("runner's knee", "injury:runners_knee"),
    ("runners knee exercises", "injury:runners_knee"),
    ("my knee hurts when I run", "injury:runners_knee"),
    ("patellofemoral pain", "injury:runners_knee"),
    ("weak hips", "injury:hip_weakness"),
    ("my knees cave in when I run", "injury:hip_weakness"),
    # timing and frequency
    ("how often should I strength train", "rule:frequency"),
    ("how many times a week should I lift", "rule:frequency"),
    ("can I lift the day before a race", "rule:race_day"),
    ("strength training before a marathon tomorrow?", "rule:race_day"),
    ("can I do calf raises the day before a race", "rule:race_day"),
    ("should I run or lift first", "rule:run_first"),
    ("lift before or after my run on the same day", "rule:run_first"),
    ("can I lift on a hard run day", "rule:hard_run_day"),
    ("strength work on interval day?", "rule:hard_run_day"),
    ("recovery week", "rule:recovery_week"),
    ("do I need a week off", "rule:recovery_week"),
    ("what about winter and bad weather", "rule:off_season"),
    # load
    ("how many reps", "rule:sets_reps"),
    ("how many sets should I do", "rule:sets_reps"),
    ("how heavy should the weights be", "rule:sets_reps"),
    ("will light weights stop me bulking up", "rule:bulk"),
    ("will lifting make me bulky and slow", "rule:bulk"),
    # technique
    ("how should I breathe", "rule:breathing"),
    ("breathing while lifting", "rule:breathing"),
    ("should I lock my knees", "rule:lock_knees"),
    ("range of motion", "rule:range_of_motion"),
    ("is bouncing ok", "rule:slow_controlled"),
    ("never sacrifice form", "rule:form_first"),
    ("balance exercises", "rule:balance_training"),
    ("why one legged exercises", "rule:one_legged"),
    # planning / why
    ("do I need to warm up", "rule:warm_up"),
    ("warmup", "rule:warm_up"),
    ("should I stretch after", "rule:stretch_after"),
    ("cool down", "rule:stretch_after"),
    ("how long should a session take", "rule:time_needed"),
    ("strength training is boring", "rule:variety_fun"),
    ("why should runners do strength training", "rule:why_strength"),
    ("what muscles does running use", "rule:muscles_used"),
    ("which muscles are used in running", "rule:muscles_used"),
    ("muscle imbalance", "rule:opposing_balance"),
    ("how do I prevent injuries", "rule:injury_prevention"),
    ("plyometrics", "rule:plyometrics"),
    ("plyometric training", "rule:plyometrics"),
    ("gym or home", "rule:gym_vs_home"),
    ("is it better at the gym or at home", "rule:gym_vs_home"),
    ("which machines should I use", "rule:machines"),
    ("free weights", "rule:free_weights"),
    ("workout at home without equipment", "rule:home_workout"),
    ("give me a leg workout", "rule:routine"),
    ("how do I progress", "rule:progression"),
    # missing kit
    ("I don't have an exercise ball", "equipment:exercise_ball"),
    ("no swiss ball", "equipment:exercise_ball"),
    ("I have no bench", "equipment:bench"),
    ("no hills where I live", "equipment:hill"),
    ("what can I use instead of ankle weights", "equipment:ankle_weights"),
    ("no dumbbells", "equipment:dumbbells"),
    ("I don't have a gym", "rule:home_workout"),
]


@pytest.mark.parametrize(("question", "topic"), CASES)
def test_topic(question: str, topic: str) -> None:
    a = answer(question)
    assert a.found, question
    assert a.topic == topic, (question, a.topic)
    assert a.text.strip()


def test_calf_raise_answer_has_steps_and_dose() -> None:
    a = answer("how do I do a calf raise")
    ex = content.EXERCISES["calf_raise"]
    assert ex.steps[0] in a.text
    assert ex.dose.text() in a.text


def test_shin_splints_mentions_calf_raise_and_wall() -> None:
    text = answer("what helps shin splints?").text.lower()
    assert "calf raise" in text
    assert "wall" in text and "toe" in text


def test_race_day_says_no() -> None:
    text = answer("can I lift the day before a race").text.lower()
    assert "day before" in text and "recover" in text


def test_reps_answer_has_numbers() -> None:
    text = answer("how many reps").text
    assert "12" in text and "15" in text


def test_exercise_ball_offers_chair() -> None:
    assert "chair" in answer("I don't have an exercise ball").text.lower()


def test_no_hills_offers_treadmill() -> None:
    assert "treadmill" in answer("no hills where I live").text.lower()


def test_frequency_says_twice() -> None:
    assert "twice" in answer("how often should I strength train").text.lower()


def test_run_first() -> None:
    text = answer("should I run or lift first").text.lower()
    assert "run first" in text or "finish the run first" in text


def test_muscles_used_lists_all_groups() -> None:
    text = answer("what muscles does running use").text
    for m in content.MUSCLES.values():
        assert m.name in text


def test_runners_knee_strengthens_quads_and_hamstrings() -> None:
    text = answer("runner's knee").text.lower()
    assert "quad" in text and "hamstring" in text


def test_exercise_question_with_technique_focus() -> None:
    a = answer("how should I breathe during leg press")
    assert a.topic == "exercise:leg_press"
    assert "breathe out" in a.text.lower()


@pytest.mark.parametrize(
    "question",
    [
        "what is the capital of France",
        "",
        "asdfgh",
        "   ",
        "who won the football last night",
        "qwerty uiop",
        "?!",
    ],
)
def test_unknown(question: str) -> None:
    a = answer(question)
    assert not a.found
    assert a.topic is None
    assert "don't know" in a.text
    assert len(a.suggestions) == 3
    assert len(set(a.suggestions)) == 3


def test_every_title_round_trips() -> None:
    """Suggestions are topic titles; asking one back must answer that topic."""
    from content.answers import _TOPICS

    for t in _TOPICS:
        a = answer(t.title)
        assert a.found and a.topic == t.id, (t.title, a.topic)


def test_suggestions_are_known_titles() -> None:
    titles = set(content.topics())
    for q, _ in CASES[:40]:
        for s in answer(q).suggestions:
            assert s in titles


def test_topic_ids_resolve() -> None:
    for _q, topic in CASES:
        assert content.topic_title(topic) is not None, topic


def test_hostile_inputs() -> None:
    for q in (
        "\x00\x01\x02",
        "\ud800",
        "🏃" * 1000,
        "calf raise " * 20_000,
        "a" * 100_000,
        "ＣＡＬＦ ＲＡＩＳＥ",
        "café crème brûlée",
        "\n\t\r",
        "<b>bridge</b> & more",
    ):
        a = answer(q)
        assert isinstance(a, Answer)
        assert a.text and len(a.text) <= 3500
    assert answer("ＣＡＬＦ ＲＡＩＳＥ").topic == "exercise:calf_raise"


def test_deterministic() -> None:
    for q, _ in CASES[:20]:
        assert answer(q) == answer(q)


def test_plain_text() -> None:
    for q, _ in CASES:
        text = answer(q).text
        assert "<" not in text and "*" not in text and "_" not in text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=600))
def test_arbitrary_text_never_raises(q: str) -> None:
    a = answer(q)
    assert isinstance(a, Answer)
    assert 0 < len(a.text) <= 3500
    assert a.found == (a.topic is not None)
    assert len(a.suggestions) <= 3


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([q for q, _ in CASES] + ["lol", "asdf", "?", "x" * 50]), max_size=4))
def test_mixed_questions_never_raise(parts: list[str]) -> None:
    a = answer(" ".join(parts))
    assert 0 < len(a.text) <= 3500
