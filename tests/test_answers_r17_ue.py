"""Round 17, ue (issue 25): failures found on long and multi-part runner messages, fixed by mechanism.

- a hurt the runner says they haven't had ("haven't pulled anything yet but I'm paranoid"): no stop-and-rest;
- roadside with no kit (a lay-by, a car park, truck stops, beside the van): outdoors, so no chair to brace;
- "my son says lift weights" at 63: the son gives the advice; the runner is not a teenager;
- "is a swiss ball necessary for hamstring push ups?": the need-the-kit ask ("Not strictly"), not "Yes";
- "how many sessions?" (or workouts) counts sessions a week, not sets, after another ask or alone;
- "...and do I stretch before or after or both?" after the warm-up: "Both: ..." is the pick asked, kept
  (and not swapped for the run-first rule its words brushed);
- "the same day as my long trail run": a long run all the same (a hard-run day), not "Yes, if easy";
- "is there a way to do it without being knackered all the time?": yes, kept small (not a muscle's card);
- "machines vs free weights, ... which should a beginner start with?": the pick (machines), not the
  difference said twice;
- "...and are they ok on tarmac?" after a plyometric drill: the surface asked of that drill;
- "if I'm running twice a day" is the runs, not lifting twice a day ("No need: one session a day");
- "Could leg strength help and when would I even fit it in?" beside a changing week: the fitting-in is the
  week plan's, so "could it help" is answered too;
- "...told me leg strength would get me under 25. Would it?": the claim told, asked of (faster?), not the
  day-before-a-race rule its background brushed.
"""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


def _lead(reply: str) -> str:
    return reply.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "I raced bikes for years so my quads are massive, but I've just switched to trail running and my "
        "hamstrings and calves feel like noodles next to them. Haven't pulled anything yet but I'm paranoid. "
        "How do I even out the imbalance?",
        "My quads are strong but hamstrings weak. Haven't pulled anything yet. How do I fix it?",
        "I haven't strained anything so far, but my calves feel weak. What helps?",
        "Hadn't torn anything, just worried my hamstrings lag my quads. Exercises?",
    ],
)
def test_a_hurt_not_had_is_no_injury(question: str) -> None:
    assert "Stop and rest" not in text(question)


def test_a_hurt_had_still_rests() -> None:
    assert text("I haven't run since I strained my calf on Sunday, what can I do?").startswith(
        "Stop and rest"
    )


@pytest.mark.parametrize(
    "question",
    [
        "I drive lorries and I'm away four nights a week sleeping in the cab. I've got maybe 15 minutes and "
        "a bit of tarmac next to the wagon. What leg stuff can I do with literally no kit in a lay-by?",
        "What leg exercises can I do with no equipment at all in a car park?",
        "Van driver, I do my runs from service stations. Any leg exercises I can do beside the van with no "
        "equipment?",
        "I have absolutely nothing, no kit, just a patch of grass. What leg work?",
    ],
)
def test_roadside_with_no_kit_has_no_chair(question: str) -> None:
    reply = text(question)
    assert "chair" not in reply
    assert "• " in reply


@pytest.mark.parametrize(
    "question",
    [
        "I ran Comrades nine times, the last one at 58, and now at 63 I'm building up for one final go. My "
        "son says lift weights but I have never set foot in a gym in my life. Is it too late to start, and "
        "what's a safe beginner routine?",
        "My son reckons I should lift. Is it safe at 70?",
        "My daughter keeps telling me to do squats. I'm 55, is it safe to start?",
    ],
)
def test_kin_who_advises_is_not_a_young_runner(question: str) -> None:
    assert "young runners" not in text(question)


def test_a_son_who_trains_is_still_young() -> None:
    assert "young runners" in text("My son is 15, is it safe for him to lift weights?")


@pytest.mark.parametrize(
    "question",
    [
        "Is a swiss ball necessary for hamstring push ups? And what about wall squats if I haven't got one?",
        "Is a ball required for wall squats?",
        "are dumbbells essential for lunges?",
        "is a step needed for calf raises?",
    ],
)
def test_kit_necessary_is_not_strictly(question: str) -> None:
    assert _lead(text(question)).startswith("Not strictly")


@pytest.mark.parametrize(
    "question",
    [
        "do I need to strength train during summer race season or just winter? and how many sessions?",
        "how many sessions should I do?",
        "how many leg sessions should i do?",
        "how many strength workouts do i need?",
    ],
)
def test_how_many_sessions_is_how_often(question: str) -> None:
    reply = text(question)
    assert "twice a week" in reply.lower()
    assert "sets of" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "should i warm up before strength? and do i stretch before or after or both?",
        "do I need a warm up first? and should I stretch before or after, or both?",
        "Should I jog to warm up? Stretch before, after or both?",
        "how long should I warm up, and should I stretch before or after?",
    ],
)
def test_stretch_after_answered_beside_the_warm_up(question: str) -> None:
    reply = text(question)
    assert "stretch again after" in reply
    assert "Run first" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "can I do legs on the same day as my long trail run?",
        "can I lift the same day as my sunday long slow run?",
        "how many times a week should I do legs, and can I do it on the same day as my long trail run?",
    ],
)
def test_a_long_trail_run_is_a_hard_run_day(question: str) -> None:
    reply = text(question)
    assert "Yes, if it's an easy run" not in reply
    assert "No:" in reply


@pytest.mark.parametrize(
    "question",
    [
        "I'm a postie, I walk around 20k a day on my round with a heavy bag, and I run trail halves at "
        "weekends. My legs are constantly tired so I'm scared adding strength will just wreck me more. Is "
        "there a way to do it without being knackered all the time?",
        "My legs are always tired from work. Is there a way to add strength work without being knackered "
        "all the time?",
    ],
)
def test_strength_without_being_knackered(question: str) -> None:
    assert _lead(text(question)).startswith("Yes, keep it small")


@pytest.mark.parametrize(
    "question",
    [
        "machines vs free weights, what's the difference, and which should a beginner start with?",
        "what's the difference between machines and free weights, and which is better for a beginner?",
    ],
)
def test_beginner_pick_after_the_difference(question: str) -> None:
    assert "Start on the machines" in text(question)


def test_should_beginners_start_on_machines_keeps_its_yes() -> None:
    assert text("should beginners start on machines").startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "how do i do skipping drills for plyo, and are they ok on tarmac?",
        "how do I do box hops? are they fine on concrete?",
        "how do I do line hops, and are they ok on the pavement?",
    ],
)
def test_a_drills_surface_asked_by_pronoun(question: str) -> None:
    assert "softer surface" in text(question)


@pytest.mark.parametrize(
    "question",
    [
        "when would I fit strength in if I run twice a day?",
        "I'm running twice a day on commutes. Where does leg work go?",
        "how do I fit legs in when I'm running twice daily?",
    ],
)
def test_running_twice_a_day_is_not_lifting_twice(question: str) -> None:
    assert "one session a day" not in text(question)


def test_lifting_twice_a_day_is_still_no_need() -> None:
    assert text("can I strength train twice a day?").startswith("No need")


@pytest.mark.parametrize(
    "question",
    [
        "I'm a vet in a mixed practice, ten hour days and on call some weekends. I run commute both ways. "
        "Lately my knee's been niggling on the downhill bit. Could leg strength help and when would I even "
        "fit it in if I'm running twice a day?",
        "I'm on call and my days off change. Does leg work actually help, and how do I schedule it around "
        "the rota?",
    ],
)
def test_could_it_help_beside_the_week_plan(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Yes")
    assert "Plan it week by week" in reply


@pytest.mark.parametrize(
    "question",
    [
        "Been doing parkrun every Saturday for about two years, PB 26:40 and it's been stuck forever. Some "
        "lad at the finish funnel told me leg strength would get me under 25. Would it, and where would I "
        "fit it in my week?",
        "Someone at club said leg strength would help me get under 50 for 10k. Would it?",
        "Told squats would make me quicker on hills. Would they really?",
    ],
)
def test_would_it_asks_of_the_claim_told(question: str) -> None:
    lead = _lead(text(question))
    assert lead.startswith(("Yes", "Possibly"))
    assert "faster" in lead
