"""Round 12 (tuner q2): long messages and multi-part asks, fixed by mechanism. A story's incidental
words (a watch's data, a dog, homework) refuse nothing; an ask that names nothing takes its subject
from the story (a drill described, a young runner, strength work told just before "could that...")."""

from __future__ import annotations

import pytest

from tests.answerutil import text

REFUSAL = "I only know leg strength"


@pytest.mark.parametrize(
    ("message", "lead", "topic_word"),
    [
        (
            "I log everything on my watch and my heart rate data says I'm fit, but my 10k time hasn't moved "
            "in a year. I've never lifted anything. Would it make a difference?",
            "Yes",
            "oxygen",
        ),
        (
            "My marathon times plateaued and my sleep and diet are fine. I don't do any leg work at all. "
            "Is that the missing piece?",
            "Yes",
            "stride",
        ),
        (
            "Strava says my pace is flat for months even though mileage went up. I've never done any "
            "strength training. Could that be what's missing?",
            "Yes",
            "injur",
        ),
    ],
)
def test_could_that_be_it_after_strength_told_is_the_payoff(message: str, lead: str, topic_word: str) -> None:
    reply = text(message)
    assert not reply.startswith(REFUSAL)
    assert reply.startswith(lead)
    assert topic_word in reply


@pytest.mark.parametrize(
    ("message", "topic_word"),
    [
        (
            "Our coach makes us do this drill where you jump off one foot and land on that same foot, then "
            "switch, all the way across the field. Everybody hates it. Is there an actual point?",
            "plyometric",
        ),
        (
            "My son is 15 and runs cross country. He wants to start going to the gym with his friends but "
            "I'm worried. What should he do?",
            "young runners",
        ),
        (
            "My daughter is 13 and just joined the track team. Her coach wants strength work, and she has "
            "homework every night. What would be reasonable for her?",
            "young runners",
        ),
        (
            "I walk my dog twice a day and my left knee feels wobbly on the downhills. Not sure what to ask "
            "really.",
            "one-legged",
        ),
        (
            "Two years of Garmin data, heart rate looks normal, sleep is fine. I don't do any strength. "
            "What's the least I could do that would help?",
            "15 to 20 minutes",
        ),
    ],
)
def test_on_topic_story_is_not_refused(message: str, topic_word: str) -> None:
    reply = text(message)
    assert not reply.startswith(REFUSAL)
    assert topic_word in reply


@pytest.mark.parametrize(
    "message",
    [
        "Running on the treadmill is so boring. Which series should I watch on Netflix?",
        "I run 5k three times a week. What should I eat before a race?",
        "I lift twice a week and run four times. What running shoes should I buy?",
        "Cuantas... sorry, how many series I must do for each leg in the hamstring exercise with the chair?",
    ],
)
def test_off_topic_ask_after_a_story_still_refused_or_answered_as_asked(message: str) -> None:
    reply = text(message)
    if "hamstring" in message:
        # (the chair move named, since round 12's described-move layer: its dose, each leg)
        assert reply.startswith("Hamstring push-up: 2–3 sets") and "each leg" in reply
    else:
        assert reply.startswith(REFUSAL) or "isn't" in reply


@pytest.mark.parametrize(
    ("message", "first", "second"),
    [
        ("can i do calf raises every day and will they help my shin splints", "No need", "For shin splints"),
        (
            "how often should I do calf raises, and do they help with shin splints?",
            "Calf raise",
            "shin splints",
        ),
        ("is the calf raise done on a step, and will it help my shin splints?", "Yes", "For shin splints"),
    ],
)
def test_later_asks_pointing_word_is_the_move_named_before(message: str, first: str, second: str) -> None:
    reply = text(message)
    assert reply.startswith(first)
    parts = reply.split("\n\n")
    assert len(parts) >= 2
    assert second in parts[1]


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        (
            "1) best exercise for glutes 2) how long to hold 3) how many times a week",
            ("ridge", "30", "Twice"),
        ),
        (
            "Three things: 1. how many sets of calf raises 2. should I do them on a step "
            "3. can I do them every day",
            ("2–3 sets", "solid", "twice a week"),
        ),
        ("a) whats a bridge b) how many reps", ("hip lift", "hold 30 s")),
    ],
)
def test_numbered_asks_each_answered_in_order(message: str, parts: tuple[str, ...]) -> None:
    reply = text(message)
    at = [reply.find(p) for p in parts]
    assert all(i >= 0 for i in at), (parts, reply)
    assert at == sorted(at)


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        (
            "Physio diagnosed runner's knee last year, I'm back running now. "
            "What strength work should I keep doing?",
            "For runner's knee",
        ),
        (
            "I had shin splints last spring and they're better now. What should I keep doing so they don't "
            "come back?",
            "For shin splints",
        ),
        (
            "quads and shins always battered for days after big descents on the fells. "
            "what strength work helps?",
            "quads",
        ),
        ("hamstrings wrecked after every track session. what would help?", "For the hamstrings"),
    ],
)
def test_what_to_do_after_a_told_part_is_about_that_part(message: str, lead: str) -> None:
    reply = text(message)
    assert lead in reply.split("\n\n")[0]
    assert "music" not in reply
    assert "Above all" not in reply


@pytest.mark.parametrize(
    ("message", "second", "not_said"),
    [
        (
            "what's runner's knee and what exercises help it, and should I stop running?",
            "Not necessarily",
            "Exercises that make you balance",
        ),
        ("what even is runners knee and what exercises help it", None, "Exercises that make you balance"),
        (
            "What do the quads and hamstrings actually do when I run, and how do I keep them balanced?",
            "balance every quad exercise with hamstring work",
            "Box hops",
        ),
        (
            "what do my calves and glutes do when I run, and how do I strengthen them?",
            None,
            "I'm not sure",
        ),
    ],
)
def test_pointing_word_in_a_later_ask_is_what_the_first_ask_named(
    message: str, second: str | None, not_said: str
) -> None:
    reply = text(message)
    if second is not None:
        assert second in reply.split("\n\n", 1)[-1]
    assert not_said not in reply


@pytest.mark.parametrize(
    ("message", "second_has", "second_not"),
    [
        (
            "I'm 49 - is it too late to start, and what are the first exercises I should learn?",
            "calf raise",
            "fills the gap",
        ),
        (
            "am I too old to start lifting at 60, and which exercises should I begin with?",
            "calf raise",
            "fills the gap",
        ),
        (
            "is strength training worth it for runners, and what exercises?",
            "one-legged squat",
            "fills the gap",
        ),
        ("can i do plyos at home? and will they help me on hills?", "hills", "reach deeper muscles"),
    ],
)
def test_second_ask_gets_its_own_answer_not_the_first_topics_filler(
    message: str, second_has: str, second_not: str
) -> None:
    parts = text(message).split("\n\n")
    assert len(parts) >= 2
    assert second_has in parts[1]
    assert second_not not in parts[1]


@pytest.mark.parametrize(
    "message",
    [
        "hotel gym has leg press, ham curl and leg extension. what order, how many sets, how heavy?",
        "I do bridges, calf raises and lunges at home. what order should I do them?",
        "My routine is step-ups, calf raises and the bridge. In what order?",
    ],
)
def test_order_asked_after_moves_listed_is_the_order_of_the_moves(message: str) -> None:
    reply = text(message)
    assert reply.startswith("The article doesn't set an order")
    assert "Run first" not in reply


def test_order_asked_with_a_run_told_is_still_run_first() -> None:
    assert text("I run and then do lunges and bridges. what order?").startswith("Run first")


@pytest.mark.parametrize(
    "message",
    [
        "What would a simple plan look like?",
        "give me a simple routine",
        "I swim 4-5 times a week and my legs are passengers on the run. I've never trained legs. "
        "What would a simple plan look like without wrecking my swim sessions?",
        "I cycle a lot. Can you suggest a routine for my legs?",
    ],
)
def test_a_plan_asked_with_no_kit_told_is_the_basic_routine(message: str) -> None:
    reply = text(message)
    assert "• Calf raise" in reply
    assert "Twice a week" in reply
    assert "music" not in reply


@pytest.mark.parametrize(
    ("message", "verdict_ok"),
    [
        (
            "So I've been running with my dog most mornings and the outside of my right shoe wears out "
            "faster, and after runs my right hip feels kind of tight on the outside and my right knee "
            "sometimes feels like it's not tracking straight. I haven't changed anything. "
            "I don't really know what to ask.",
            False,
        ),
        (
            "plantar fasciitis wrecked most of last year for me. feet are ok now but I want to protect them, "
            "does calf work help the feet at all",
            True,
        ),
        ("ok to run after leg day", True),
    ],
)
def test_no_yes_opens_a_reply_to_a_message_that_asks_nothing(message: str, verdict_ok: bool) -> None:
    reply = text(message)
    assert not reply.startswith(REFUSAL)
    if not verdict_ok:
        assert not reply.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    "message",
    [
        "what is plyometrics and how do i start",
        "what are plyos and how do I start them?",
        "What is plyometrics, is it ok for a 57 year old woman, and how do I start?",
    ],
)
def test_what_then_how_to_start_plyometrics_answers_both_in_order(message: str) -> None:
    reply = text(message)
    what, start = reply.find("jumping and bounding drills"), reply.find("Start with line hops")
    assert 0 <= what < start


def test_how_to_start_plyometrics_alone_still_leads_with_the_start() -> None:
    assert text("never done any jumping drills, where do I start and how do I progress?").startswith(
        "Start with line hops"
    )


@pytest.mark.parametrize(
    ("message", "lead", "not_said"),
    [
        (
            "Where I live is completly flat, no hills at all (near Poznań). How I replace hill training?",
            # (r16 zb: any slope, a ramp, leads; the treadmill follows)
            "Any slope",
            "I'm not sure",
        ),
        (
            "where i live is pancake flat, not a single hill for miles. how do i get hill training in",
            "Any slope",
            "Jog gently back down",
        ),
        ("When I run uphill my calves burn. What should I do?", "For the calves", "I'm not sure"),
        ("How do I do a bridge.", "Bridge: 1)", "I'm not sure"),
    ],
)
def test_a_sentence_that_tells_where_or_when_is_background_not_an_ask(
    message: str, lead: str, not_said: str
) -> None:
    reply = text(message)
    assert reply.startswith(lead)
    assert not_said not in reply


def test_keep_doing_it_or_is_it_pointless_says_keep_at_it() -> None:
    reply = text(
        "Weird question. When I do my exercises standing on just one foot instead of two, it feels way "
        "harder and kind of more like actually running. Should I keep doing it that way or is it pointless?"
    )
    assert reply.startswith("Keep at it")
    assert text("is a 10 minute session pointless?").startswith("No, ")
