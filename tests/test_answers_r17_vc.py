"""Round 17, vc (issue 25): mixed failures (constraint, compare, multi-part) fixed by mechanism.

- a short break at work that isn't an office ("10 min on my break during a night shift, anything I can do in
  the staff room?"): a time told and "anything I can do" is a request for moves, and a staff room, a break
  room or scrubs is work (standing moves), never off-topic;
- the only slots told are easy run days and where strength goes is asked: on those days, after the run;
- a treadmill incline or real hills, as a choice: either works (the article's equivalent), whichever topic
  the router lands on (not "can I use the treadmill instead of hill repeats?", still its yes);
- calf raises with no stairs and "nothing to stand on", asked how they work: the flat-floor version;
- no gym (or no machines) said before a muscle's ask: its list drops the machine moves;
- a chair on wheels (an office or swivel chair) is no chair to brace on: the bed edge, and a warning;
  "all there is is a bed and..." tells the kit that is all there is;
- "do I need X and Y or just one?": the both-or-one verdict, not the one-leg version of a move;
- a pull ruled out ("not pulled, just niggly", "not a strain") is no acute injury: the strength advice;
- skipping asked against a skipping rope: no, the drill has no rope;
- "For step ups how high..., and should I be holding dumbbells?" is two asks (a fronted move, then a
  yes/no), and dumbbells on a bodyweight move are its harder version: not at first.
"""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


@pytest.mark.parametrize(
    "question",
    [
        "I get maybe 10 min on my break during a night shift. Anything I can do in the staff room in scrubs?",
        "nurse on nights, 15 minutes in the break room, anything I can do for my legs?",
        "on a 12 hour shift, 15 min break in the tea room, anything I can do?",
        "I have 10 minutes on my break at the factory, anything to do for leg strength?",
    ],
)
def test_a_break_at_work_gets_standing_moves(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Standing moves you can do at work")
    assert "• Calf raise" in reply and "Bridge" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "Tuesday and Thursday evenings are the only time I've got and those are my easy run days. "
        "Where does strength go?",
        "only free evenings are my recovery run evenings, when should I lift?",
        "Tue and Fri are the only days I can lift, those are my easy run days. where do I fit strength?",
    ],
)
def test_only_easy_run_days_told_strength_goes_after_the_run(question: str) -> None:
    reply = text(question)
    assert reply.startswith("On those days, straight after the easy run")


@pytest.mark.parametrize(
    "question",
    [
        "Treadmill on an incline or real hills - is one better for strength?",
        "should I do hill repeats or incline treadmill?",
        "treadmill or real hills, does one build more strength?",
    ],
)
def test_treadmill_or_hills_is_either(question: str) -> None:
    assert text(question).startswith("Either works, same job")


@pytest.mark.parametrize(
    "question",
    [
        "no stairs in my building and nothing to stand on, how do calf raises work then?",
        "no stairs here, how would calf raises work?",
        "there's nothing I can stand on, how do I do calf raises?",
    ],
)
def test_calf_raise_with_nothing_to_stand_on_is_flat_floor(question: str) -> None:
    reply = text(question)
    assert "flat floor" in reply.split("\n")[0]
    assert not reply.startswith("No step or box?")


@pytest.mark.parametrize(
    "question",
    [
        "no gym, no weights, just a boat deck and a cockpit bench. how do i work my hamstrings?",
        "no gym here. how do I work my hamstrings?",
        "I don't have a gym at the moment. what works the hamstrings?",
    ],
)
def test_no_gym_said_before_the_ask_drops_the_machine(question: str) -> None:
    reply = text(question)
    assert "Hamstring curl" not in reply and "hamstring curl" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "Hotel room, no gym. All there is is a bed and a desk chair on wheels.",
        "hotel room with a bed and an office chair on castors, what can I do?",
        "only a bed and a swivel chair in my room, any leg exercises?",
    ],
)
def test_a_chair_that_rolls_is_no_chair_to_brace_on(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Keep off a chair that rolls")
    assert "edge of a bed" in reply and "exercise ball" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "do I need leg extensions AND hamstring curls or just one? and what ratio?",
        "do I need leg extensions and hamstring curls or just one?",
        "should I do the leg press and leg curls or only one?",
    ],
)
def test_both_or_just_one_is_the_both_verdict(question: str) -> None:
    reply = text(question)
    assert "do both" in reply.split("\n")[0].lower()
    assert not reply.startswith("Work one leg at a time")


@pytest.mark.parametrize(
    "question",
    [
        "hamstring keeps feeling tight and twingey in speedwork. not pulled, just niggly. what should I do?",
        "quad niggly after tempo runs, not pulled or anything, what helps?",
        "calf feels tight on hills, it's not a strain, just annoying. what should I do?",
    ],
)
def test_a_pull_ruled_out_is_no_acute_injury(question: str) -> None:
    reply = text(question)
    assert not reply.startswith("Stop and rest the painful part")
    assert "2–3 sets of 12–15" in reply


@pytest.mark.parametrize(
    "question",
    [
        "What's 'skipping' as a plyo exercise and is it the same as skipping rope?",
        "skipping drill - do I need a rope?",
        "does skipping mean with a rope?",
    ],
)
def test_skipping_is_not_the_rope(question: str) -> None:
    assert "No, not rope skipping" in text(question)


@pytest.mark.parametrize(
    "question",
    [
        "For step ups how high should the bench be, and should I be holding dumbbells?",
        "should I be holding dumbbells for step ups?",
        "For step-ups how high a box, and do I hold weights?",
    ],
)
def test_dumbbells_on_a_bodyweight_move_are_its_harder_version(question: str) -> None:
    reply = text(question)
    assert "Not at first: master it with your bodyweight" in reply
    assert "Yes. Hold a dumbbell" not in reply
