"""Round 20, tq (issue 25): short asks whose words differ from the bank's, and follow-ups answered with
the specific thing asked.

- an adverb's stem is its adjective's ("slowly" -> "slow"), so "slow or fast on them?" after the machines
  meets "Move slowly" instead of the machines' intro again;
- "leg day" names a session, not a count of days: "is machine leg day worth it for runners?" is the
  machines' verdict, not how often to lift;
- "mid" said as a verdict is the dismissal "overrated": "No", and what the move or kind of work does;
- "lungs" in a message about a rep's shape (knee, bend, depth, sets) is the lunge; about breath it stays;
- a one-word title said whole ("on lunges") leads over an unnamed look-alike (the leg press);
- a bare either/or follow-up ("before or after?", "walk or jog?") is asked of the last topic by name;
- "move" the verb asks no exercises; "sprinters" are people, not speed, and a benefit asked for them is
  the article's sprinter sentence (a more explosive start), not the general reason.
"""

from __future__ import annotations

import pytest
from answerutil import after, text

import content

pytestmark = pytest.mark.dateless

MACHINES = "are leg machines any good for runners"


# ---- the tempo of a rep, asked after the machines ---------------------------------------------------


@pytest.mark.parametrize(
    "then",
    ["slow or fast on them?", "should i go quick or slow on those", "how fast should i move on them"],
)
def test_tempo_follow_up_after_machines_says_slowly(then: str) -> None:
    reply = after(MACHINES, then)
    assert "slow" in reply.lower()
    assert "sensible first stop" not in reply  # not the machines' intro again


def test_adverb_stems_are_their_adjectives() -> None:
    from content.text import stem_words

    assert stem_words(["slowly", "slow", "easily", "easy"]) == ["slow", "slow", "easi", "easi"]
    assert stem_words(["reply", "apply", "early"]) == ["repli", "appli", "earli"]


# ---- machine leg day judged ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "is machine leg day worth it for runners",
        "is a machine leg day good for runners",
        "is leg day on machines worth it for runners",
    ],
)
def test_machine_leg_day_verdict_is_the_machines(question: str) -> None:
    ans = content.answer(question)
    assert ans.topic == "rule:machines"
    assert ans.text.startswith("Yes")
    assert "isolate" in ans.text
    assert "Twice a week" not in ans.text


def test_leg_days_counted_is_still_how_often() -> None:
    assert content.answer("how many leg days a week").topic == "rule:frequency"


# ---- "mid" is a dismissal ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question, topic",
    [
        ("is machine leg day mid for runners or nah", "rule:machines"),
        ("are the leg machines lowkey mid", "rule:machines"),
        ("are wall squats mid for runners", "exercise:wall_squat"),
        ("calf raises mid or nah", "exercise:calf_raise"),
        ("plyos mid?", "rule:plyometrics"),
    ],
)
def test_mid_is_answered_no_with_what_it_does(question: str, topic: str) -> None:
    ans = content.answer(question)
    assert ans.topic == topic
    assert ans.text.startswith("No")
    assert "Twice a week" not in ans.text


def test_mid_or_worth_it_still_weighs_worth() -> None:
    assert text("glute bridges mid or worth it").startswith("Yes")


@pytest.mark.parametrize(
    "question",
    ["are free weights a waste of time for runners", "are machines pointless for runners"],
)
def test_a_kind_of_lifting_dismissed_is_that_kinds_verdict(question: str) -> None:
    ans = content.answer(question)
    assert ans.topic in ("rule:free_weights", "rule:machines")
    assert ans.text.startswith("No")
    assert "inefficient way to build strength" not in ans.text


def test_lifting_dismissed_is_still_why_runners_lift() -> None:
    assert content.answer("is strength training pointless for runners").topic == "rule:why_strength"


# ---- "lungs" typed for lunges --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "wat angle shoud my frnt knee bend on lungs",
        "lungs how deep",
        "how low should i go on lungs",
    ],
)
def test_lungs_in_rep_talk_is_the_lunge(question: str) -> None:
    ans = content.answer(question)
    assert ans.topics == ("exercise:lunge",)
    assert "90" in ans.text
    assert "Leg press" not in ans.text


def test_lungs_in_breath_talk_stays_lungs() -> None:
    assert "exercise:lunge" not in content.answer("my lungs burn on hill reps, normal?").topics


@pytest.mark.parametrize(
    "question",
    ["what degree should my front knee bend on lunges", "what angle should my front knee bend on lunges"],
)
def test_title_said_whole_leads_over_a_look_alike(question: str) -> None:
    ans = content.answer(question)
    assert ans.topics == ("exercise:lunge",)
    assert "platform" not in ans.text


# ---- a bare either/or follow-up ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "first, then, must, must_not",
    [
        ("should i stretch", "before or after?", "Both", "get the run done first"),
        ("hill repeats", "walk or jog?", "Jog", "Warm up with an easy jog"),
        ("free weights or machines", "heavy or light?", "Heavier", "I only know"),
        ("warm up", "jog or stretch?", "Jog first", "I only know"),
    ],
)
def test_bare_choice_is_asked_of_the_last_topic(first: str, then: str, must: str, must_not: str) -> None:
    reply = after(first, then)
    assert reply.startswith(must)
    assert must_not not in reply


def test_heavy_or_light_alone_is_not_off_topic() -> None:
    assert not content.answer("heavy or light?").off_topic


# ---- sprinters ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "do sprinters actually benefit from leg strength or is that only for marathon types",
        "does lifting benefit sprinters",
        "why should sprinters lift",
    ],
)
def test_a_sprinters_benefit_is_the_sprinters_gain(question: str) -> None:
    reply = text(question)
    assert "explosive start" in reply
    assert "inefficient way" not in reply  # not the general reason alone


@pytest.mark.parametrize(
    "question", ["do sprinters need strength work", "do sprinters need leg work", "do sprinters need to lift"]
)
def test_sprinters_are_people_not_speed(question: str) -> None:
    assert not text(question).startswith("No")


# ---- "skip" the verb is not the skipping drill -----------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Should I ever skip a whole week of lifting on purpose?",
        "is it ok to skip a week of leg work",
        "can i skip leg day this week",
    ],
)
def test_skip_the_verb_is_not_the_drill(question: str) -> None:
    ans = content.answer(question)
    assert ans.topics == ("rule:recovery_week",)
    assert "Skipping works" not in ans.text


@pytest.mark.parametrize("question", ["should i do skipping", "skip drills worth it?"])
def test_the_skipping_drill_is_still_named(question: str) -> None:
    assert content.answer(question).topics == ("exercise:skipping",)
