"""Issue 25: direct answers, safety first, follow-ups about the last topic, multi-part messages."""

from __future__ import annotations

import re
import statistics

import pytest

import content
from content.answers import answer
from tests.bank import BLIND2, load

PRO = re.compile(r"doctor or physiotherapist|physio|doctor", re.IGNORECASE)
REST = re.compile(r"\b(?:stop|rest|ease off|cut back)\b", re.IGNORECASE)


# ---- intent: the answer first ---------------------------------------------------------------


def test_yes_no_questions_lead_with_yes_or_no() -> None:
    assert answer("is 2 days before a marathon ok for a leg session?").text.startswith("Yes")
    assert answer("can I do squats the day before my race?").text.startswith("No")
    assert answer("will lifting weights make me bulky and slow?").text.startswith("No")
    assert answer("should I lock my knees at the top of a leg press").text.startswith("No")


def test_how_many_and_how_much_lead_with_the_number() -> None:
    assert re.match(r"Calf raise: \d", answer("how many calf raises should I do").text)
    assert re.match(r"\d|Twice", answer("how often should runners do strength work").text)
    rest = answer("how much rest between sets?").text
    assert rest.startswith("Rest about 30 seconds")
    assert re.match(r"Hill repeats: \d", answer("how many hill repeats should I do").text)


def test_replies_are_short_and_the_card_is_one_command_away() -> None:
    lengths = [len(answer(i.question).text) for i in load(BLIND2) if i.topics]
    assert statistics.median(lengths) <= 450, statistics.median(lengths)
    a = answer("how long do I hold the wall squat")
    assert "/exercise wall squat" in a.text
    assert "Why runners should strength train" not in answer("how do I do a bridge").text


# ---- safety first ------------------------------------------------------------------------------

ACUTE = [
    "I strained my calf yesterday, can I do calf raises today?",
    "sharp pain in my hip when I run, what should I strengthen?",
    "pulled my hamstring last week, hamstring curls ok?",
    "my knee is swollen after a run, what exercises help?",
    "I can't put weight on my foot since my long run",
    "tore something in my quad I think, leg press?",
    "shin pain is sharp and stabbing when I hop",
    "numb toes after squats is that normal",
]


@pytest.mark.parametrize("question", ACUTE)
def test_acute_injury_words_lead_with_rest_and_a_professional(question: str) -> None:
    a = answer(question)
    first = a.text.split("\n")[0]
    assert REST.search(first) and PRO.search(first), a.text


def test_red_flags_get_only_stop_and_see_a_doctor() -> None:
    a = answer("I get chest pain and feel dizzy doing lunges, how many should I do?")
    assert a.text.startswith("Stop exercising now") and "doctor" in a.text and "lunge" not in a.text.lower()


@pytest.mark.parametrize(
    "question",
    ["what about IT band pain?", "any exercises for plantar fasciitis", "my achilles is sore after runs",
     "could I have a stress fracture in my shin", "torn meniscus what can I do"],
)  # fmt: skip
def test_injuries_outside_the_article_are_honest_not_refused(question: str) -> None:
    a = answer(question)
    assert not a.off_topic and "isn't covered in detail" in a.text and PRO.search(a.text), a.text


def test_a_symptom_is_not_presented_as_a_diagnosis() -> None:
    a = answer("my knee hurts after long runs, what helps?")
    assert a.topics[0] == "injury:runners_knee"
    assert a.text.startswith("I can't diagnose it, but if it's runner's knee")
    named = answer("what helps runner's knee")
    assert not named.text.startswith("I can't diagnose")  # named by the runner: no hedge needed


# ---- follow-ups ------------------------------------------------------------------------------


def test_a_follow_up_is_answered_about_the_last_topic() -> None:
    first = answer("how do I do hill repeats")
    assert first.context == "exercise:hill_repeats"
    many = answer("and how many of those?", first.context)
    assert many.topics == ("exercise:hill_repeats",) and re.match(r"Hill repeats: \d", many.text)
    why = answer("why?", first.context)
    assert why.topics == ("exercise:hill_repeats",) and "works" in why.text
    # Without the context the same words are not about hills.
    assert answer("and how many of those?").topics != ("exercise:hill_repeats",)
    # A follow-up that names a new topic is about the new topic.
    assert answer("what about breathing?", first.context).topics == ("rule:breathing",)
    beginners = answer("is that ok for beginners", "exercise:lunge")
    lunge = content.EXERCISES["lunge"]
    assert beginners.topics == ("exercise:lunge",) and (lunge.easier or "") in beginners.text


def test_an_unknown_or_forged_context_is_ignored() -> None:
    assert answer("why?", "rule:nope").topics == answer("why?").topics


# ---- multi-part --------------------------------------------------------------------------------


def test_a_multi_part_message_answers_each_ask_in_order() -> None:
    a = answer(
        "How often should I do hill repeats? How long should a session take? "
        "Should I lift the day before a race?"
    )
    assert (
        a.topics[0] == "exercise:hill_repeats"
        and "rule:time_needed" in a.topics
        and "rule:race_day" in a.topics
    )
    text = a.text
    assert text.index("Hill repeats") < text.index("15 to 20 minutes") < text.index("day before a race")


def test_background_sentences_set_the_topic_of_vague_asks() -> None:
    a = answer(
        "I run 30 miles a week and my knees ache after long runs. I have no gym. "
        "What should I do and how often?"
    )
    assert a.topics[0] == "injury:runners_knee"
    assert "twice a week" in a.text.lower()


def test_at_most_three_asks() -> None:
    a = answer(
        "How do I do a bridge? Why lunges? How many calf raises? What about wall squats? And step-ups?"
    )
    # Five asks: the first three are answered, in the order asked; the rest are left out.
    assert a.topics == ("exercise:bridge", "exercise:lunge", "exercise:calf_raise")


# ---- text quality --------------------------------------------------------------------------------


def test_a_list_never_repeats_the_same_dose_on_every_line() -> None:
    for topic in content.topic_ids():
        a = content.answer_topic(topic)
        assert a is not None
        for dose in {e.dose.text() for e in content.EXERCISES.values()}:
            said = re.findall(re.escape(dose) + r"(?! each)", a.text)
            assert len(said) <= 1 or topic.startswith("exercise:"), (topic, dose, a.text)


def test_no_ankle_weight_text_reads_as_sentences() -> None:
    from content.answers import _intent
    from content.fulltext import _lines

    lines = _lines(content.EXERCISES["hip_abduction"], _intent(("no", "ankle", "weight")))
    line = next(x for x in lines if x.startswith("Don't have"))
    assert line.startswith("Don't have an ankle weight? A weight hanging"), line
    assert " or the floor" not in line and "instead of an ankle weight or" not in line
    short = answer("I don't have an ankle weight, what can I use?").text
    assert short.startswith("No ankle weight") and "strap" in short


def test_the_recovery_week_is_the_articles_week_off_everywhere() -> None:
    texts = [
        content.RECOVERY_NOTE,
        answer("what is a recovery week").text,
        answer("do I get a week off").text,
    ]
    for t in texts:
        assert "without strength work" not in t and "no strength" not in t.lower()
    assert "one easy set" in content.RECOVERY_NOTE and "one easy set" in texts[1]
    # The article says a week OFF each month: every text says so, the easy set is the lighter option.
    for t in texts:
        assert "week off" in t and "easy week" not in t, t
