"""Round 17, vd (issue 25): paraphrase, slang and follow-up failures, fixed by mechanism.

- hills as the strength work: "the right way to do hill repeats if the goal is leg strength" (strength is
  the hills' aim, no lifting session beside them) is the hill how-to, not the hard-run rule; "hill sprints
  = free leg day" is the counts-as verdict ("free", "whole", "full" before leg day);
- a "what's the deal with X" raised before a why about the same topic: the why answers it alone;
- a why part's "Because ..." that says again what the part before said (same topic) is dropped, its new
  reasons kept; the need-to-lift Yes turns round only the first ask's verdict;
- "Honest question:", "serious question:": an empty preamble (the yes/no verdict stays);
- "is that a prob?": the noun problem, not "probably";
- an injury's moves fit the kit told ("at home", "bodyweight only", "no equipment": no machines, unless
  dumbbells are told), and the pointer goes to a move listed;
- "same for hamstring curls?" after a move: the dose compared ("Yes, the same: ..." / "Not quite: ...");
- a word of ours typed without its silent last e ("strid"): the word;
- plyometrics asked about a sprint start: the article's explosive-start line, not only the drills;
- a later part's bare "Yes." (its reasons said above) opens the reply instead of trailing it;
- "what's a good glute exercise?" -> "The bridge: ...": the chat's topic is the bridge, so "how long for
  that one" is the bridge's hold;
- plyos "at the start or the end" of a session: where (early, after the warm-up), not the warm-up rule;
- a claim with a tag ("squats are bad for knees, aren't they?", "y'all think leg day ruins your speed"):
  asked as "is it true that ...", so its verdict leads; "ruins / slows / kills" in any form is the bulk
  worry;
- "do I keep my back straight on lunges?": the torso, not the locked-knee rule;
- "Runner's knee. Which exercises help?": a sentence that is only a topic's name labels the ask after it.
"""

from __future__ import annotations

import pytest
from answerutil import after, text

pytestmark = pytest.mark.dateless


def _lead(reply: str) -> str:
    return reply.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "What's the right way to do hill repeats if the goal is leg strength?",
        "what's the right way to do hill repeats if i want strength?",
        "best way to do hill repeats with the goal of building strength",
        "whats the correct way to run hill reps if my goal is strength",
    ],
)
def test_hills_for_strength_is_the_hill_how_to(question: str) -> None:
    reply = text(question)
    assert "hard-run day" not in reply
    assert "5–10%" in reply


@pytest.mark.parametrize(
    "question",
    [
        "hill sprints = free leg day, right? lol",
        "hill sprints basically a whole leg day?",
        "hill reps are a free leg session amirite",
    ],
)
def test_hills_equal_leg_day_is_the_counts_as_verdict(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Yes, mostly")
    assert "hard-run day" not in reply
    # (a lift beside the hills keeps the hard-run rule)
    assert "hard-run day" in text("can i lift after hill repeats if the goal is strength?")


@pytest.mark.parametrize(
    "question",
    [
        "what's the deal w single leg stuff, why is every run coach obsessed",
        "what's the story with single-leg work? why do coaches love it",
        "whats the deal with one legged exercises? why does everyone rave about them",
    ],
)
def test_deal_with_then_why_is_answered_by_the_why(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Because")
    assert reply.count("\n\n") == 0


@pytest.mark.parametrize(
    "question",
    [
        "Honest question: doesn't running itself build enough leg strength? "
        "Why would I need to lift as well?",
        "doesn't running build enough leg strength? why would I need to lift as well?",
        "isn't running enough for leg strength? why lift",
    ],
)
def test_running_enough_then_why_says_no_once(question: str) -> None:
    reply = text(question)
    assert reply.startswith("No: running builds endurance")
    assert reply.count("inefficient") == 1
    assert "oxygen" in reply


@pytest.mark.parametrize(
    "question",
    [
        "Honest question: doesn't running itself build enough leg strength?",
        "serious question: isn't running enough to build leg strength?",
        "genuine question: doesn't running build enough strength in the legs?",
    ],
)
def test_honest_question_is_an_empty_preamble(question: str) -> None:
    assert text(question).startswith("No")


@pytest.mark.parametrize(
    "question",
    [
        "bro my quads are massive but my hammies are twigs, is that actually a prob?",
        "my quads are way stronger than my hamstrings, is that a prob?",
        "my hamstrings are way weaker than my quads, is that a prob",
    ],
)
def test_a_prob_is_a_problem(question: str) -> None:
    assert text(question).startswith("Yes: an imbalance")


@pytest.mark.parametrize(
    "question",
    [
        "what can I do at home for runner's knee?",
        "bodyweight only - what helps runner's knee?",
        "no equipment, runners knee exercises?",
    ],
)
def test_injury_moves_fit_the_kit_told(question: str) -> None:
    reply = text(question)
    assert "quadriceps extension" not in reply
    assert "leg press" not in reply
    assert "one-legged squat" in reply
    assert "each leg each" not in reply
    # (no kit told: the machines stay)
    assert "quadriceps extension" in text("exercises for runner's knee?")


@pytest.mark.parametrize(
    ("first", "then", "lead"),
    [
        (
            "How many reps and sets should I do on the leg press?",
            "same for hamstring curls?",
            "Yes, the same: 2–3",
        ),
        (
            "How many reps and sets should I do on the leg press?",
            "is it the same for lunges?",
            "Yes, the same: 2–3",
        ),
        ("how many reps for step ups", "and for the wall squat, same?", "Yes, the same: 2–3"),
        ("How many sets of calf raises?", "same for bridges?", "Not quite: bridge, 2–3 sets, hold 30 s"),
    ],
)
def test_same_for_another_move_compares_the_dose(first: str, then: str, lead: str) -> None:
    assert after(first, then).startswith(lead)


@pytest.mark.parametrize(
    "question",
    [
        "can stronger legs make my strid longer?? im only 5ft2",
        "will leg work lengthen my strid",
        "longer strid from squats?",
    ],
)
def test_a_dropped_last_e_is_a_typo(question: str) -> None:
    assert "lengthen your stride" in text(question)


@pytest.mark.parametrize(
    "question",
    [
        "do plyometrcis help with sprint startz",
        "will plyos make my sprint start more explosive?",
        "are jump drills good for a faster start off the blocks?",
        "will jump training help my 100m sprint?",
    ],
)
def test_plyos_for_a_sprint_start_name_the_start(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Yes")
    assert "explosive start" in reply


@pytest.mark.parametrize(
    "question",
    [
        "wat do the soleus an gastrocnemus do, r they difrent?",
        "what do the soleus and gastrocnemius do, are they different?",
        "what does the soleus do vs the gastrocnemius, are they different?",
    ],
)
def test_a_lone_verdict_opens_the_reply(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Yes")
    assert "\n\nYes." not in reply


@pytest.mark.parametrize(
    ("first", "then", "lead"),
    [
        ("What's a good glute exercise for runners?", "how long for that one", "Bridge: 2–3 sets, hold 30 s"),
        ("What's a good glute exercise for runners?", "how many sets for that one?", "Bridge: 2–3 sets"),
    ],
)
def test_that_one_is_the_move_picked(first: str, then: str, lead: str) -> None:
    assert after(first, then).startswith(lead)


@pytest.mark.parametrize(
    "question",
    [
        "Plyos at the start of my strength session or at the end?",
        "should i do box jumps first or last in my leg workout?",
        "jump drills at the beginning or the end of leg day?",
    ],
)
def test_plyos_start_or_end_of_a_session(question: str) -> None:
    reply = text(question)
    assert reply.startswith("At the start, after the warm-up")


@pytest.mark.parametrize(
    "question",
    [
        "squats are bad for knees, aren't they?",
        "lifting makes you slow, doesn't it?",
        "y'all think leg day ruins your speed",
        "squats are killing my speed, aren't they?",
        "is it true that leg day slows you down?",
    ],
)
def test_a_claim_with_a_tag_gets_its_verdict(question: str) -> None:
    reply = text(question)
    assert reply.startswith("No")
    assert "hard-run day" not in reply


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("do i keep my back straight on lunges?", "torso straight"),
        ("should i keep my back straight doing lunges", "torso straight"),
    ],
)
def test_a_straight_back_is_the_torso_cue_not_locked_knees(question: str, says: str) -> None:
    reply = text(question)
    assert says in reply
    assert "don't lock" not in reply


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Runner's knee. Which exercises help?", "For runner's knee"),
        ("Shin splints. Which exercises help?", "For shin splints"),
        ("runners knee. what should I do?", "For runner's knee"),
    ],
)
def test_a_topic_named_alone_labels_the_ask(question: str, lead: str) -> None:
    assert text(question).startswith(lead)
