"""Round 18, tc (issue 25): slang, typos, paraphrase and off-topic messages, fixed by mechanism.

- a hard run however it's named ("speed sesh", "track day", "hill sprint day") and the strength work
  however it's named ("calf raises", "bridges"): a yes/no about doing them the same day gets the rule's
  "No", not a move's "good one for runners" nor "combining them is fine";
- a how-ask run on after what was told, with no comma ("glutes are asleep how do i wake em up"): no
  "Yes:" opens the moves;
- "waking" is no typo of "walking", and a child with no word of sport is no young runner: the scope note.
"""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless

_SCOPE = "I only know leg strength for runners"


def _lead(reply: str) -> str:
    return reply.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "is it ok to do calf raises on my intervals day",
        "can i do bridges on track day?",
        "r step ups ok on hill sprint day",
        "can i do legs the same day as my speed sesh",
        "is it fine to lift after my speed session",
        "ok to do plyo same day as my tempo?",
    ],
)
def test_hard_run_day_named_any_way_is_a_no(question: str) -> None:
    reply = text(question)
    assert _lead(reply).startswith("No"), reply
    assert "hard run" in reply or "hard-run" in reply, reply
    assert "good one for runners" not in reply and "combining them is fine" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "can i do squats the day after my tempo run",
        "is it ok to do calf raises on an easy run day",
        "can i do bridges and lunges in the same session",
    ],
)
def test_not_a_hard_run_day_is_not_a_no(question: str) -> None:
    reply = text(question)
    assert not _lead(reply).startswith("No"), reply


@pytest.mark.parametrize(
    "question",
    [
        "physio says my glutes are 'asleep' 😂 how do i wake em up",
        "my glutes r lazy af how can i wake them up",
        "coach reckons my bum is switched off how do i switch it on",
    ],
)
def test_run_on_how_ask_gets_no_yes(question: str) -> None:
    reply = text(question)
    assert not reply.startswith(("Yes", "No")), reply
    assert "bridge" in reply.lower(), reply


@pytest.mark.parametrize(
    "question",
    [
        "my cat keeps waking me up at 5am, any ideas?",
        "how do i stop my kid kicking in bed lol",
        "my dog keeps waking me at 6, tips?",
    ],
)
def test_off_topic_gets_the_scope_note(question: str) -> None:
    assert text(question).startswith(_SCOPE)


def test_child_who_runs_still_gets_the_young_runner_note() -> None:
    assert "young runners" in text("my kid runs cross country, can she do squats?")


@pytest.mark.parametrize(
    "question",
    [
        "shud i do leg day b4 or aftr my run",
        "leg day after or before my run?",
        "should i do my leg day before or after a run",
    ],
)
def test_leg_day_before_or_after_a_run_is_the_order(question: str) -> None:
    reply = text(question)
    assert reply.startswith("After: run first"), reply


def test_the_day_before_or_after_stays_either() -> None:
    assert text("the day after my long run or the day before?").startswith("Either works")


@pytest.mark.parametrize(
    "question",
    [
        "gym bro says go heavy or go home, legit for runners?",
        "my mate says go heavy or go home, is that legit?",
        "go heavy or go home on squats, legit?",
    ],
)
def test_go_heavy_slogan_gets_the_load_answer(question: str) -> None:
    reply = text(question)
    assert "12–15" in reply and "inefficient way" not in reply, reply


@pytest.mark.parametrize(
    "question",
    [
        "how offten shoud i take a brake from lifting",
        "how often do i need a brake from the gym",
        "when should i take a brake from strength work",
    ],
)
def test_a_brake_is_a_break(question: str) -> None:
    reply = text(question)
    assert "once a month" in reply.lower(), reply
    assert not reply.startswith("Take it fully off"), reply


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("explain plyometrics to me like i'm totally new", "jumping"),
        ("explain plyos like im brand new to this", "jumping"),
        ("can you explain the bridge as if i'm new", "hips"),
    ],
)
def test_explain_like_new_is_what_it_is(question: str, says: str) -> None:
    reply = text(question)
    assert says in reply.lower() and not reply.startswith("Start simple"), reply


@pytest.mark.parametrize(
    "question",
    [
        "wanna smash a 5k PB in 8 wks, what leg stuff should i chuck in",
        "10k in 10 weeks, what moves should i add",
        "half marathon in 12 weeks what leg stuff should i do",
    ],
)
def test_a_race_many_weeks_off_is_no_taper(question: str) -> None:
    assert "tapering" not in text(question)


@pytest.mark.parametrize(
    "question",
    ["what leg stuff should i chuck in", "what moves should i add?", "which exercises should i include"],
)
def test_what_moves_to_add_names_moves(question: str) -> None:
    reply = text(question)
    assert "step-ups" in reply and "bridges" in reply, reply


@pytest.mark.parametrize(
    "question",
    [
        "wat excersizes r best for runers legs with no weigths",
        "best leg exercises without weights?",
        "good leg moves with no kit",
        "what exersizes can i do with no equipment",
    ],
)
def test_no_kit_moves_asked_any_way_get_the_home_list(question: str) -> None:
    reply = text(question)
    assert reply.startswith("With no kit") and "Bridge" in reply, reply


@pytest.mark.parametrize(
    "question",
    [
        "can i hit the gym after track tonight",
        "legs straight after my speed sesh ok?",
        "hill reps then leg day after, fine?",
    ],
)
def test_lifting_after_a_hard_run_is_that_day(question: str) -> None:
    reply = text(question)
    assert _lead(reply).startswith("No"), reply
    assert "hard-run day" in reply, reply


def test_the_day_after_a_hard_run_is_still_yes() -> None:
    assert text("can i do legs the day after my long run").startswith("Yes")


@pytest.mark.parametrize(
    "question",
    ["any tips for a job interview", "what is the speed of light", "whats the best way to learn spanish"],
)
def test_vague_with_no_word_of_sport_is_off_topic(question: str) -> None:
    assert text(question).startswith(_SCOPE)


@pytest.mark.parametrize(
    "question",
    [
        "quickest way to get stronger legs if i'm short on time?",
        "short on time, how do i get stronger legs",
        "what should i do for legs?",
        "wat can i do for my legs",
    ],
)
def test_short_on_time_or_what_to_do_names_moves(question: str) -> None:
    reply = text(question)
    assert "calf raises" in reply and "bridges" in reply, reply


def test_session_length_still_the_figure() -> None:
    assert text("how long should a leg workout take").startswith("15 to 20 minutes")


@pytest.mark.parametrize(
    "question",
    ["can i do plyo b4 my run", "is it ok to do step ups before my run", "bridges first then my run, ok?"],
)
def test_a_move_before_the_run_gets_run_first(question: str) -> None:
    reply = text(question)
    assert "run first" in reply, reply


@pytest.mark.parametrize(
    "question",
    [
        "legs on race day morning ok? its only a parkrun",
        "can i lift on race day, the race is in the evening",
        "is it ok to lift on race day morning",
    ],
)
def test_race_day_itself_is_no(question: str) -> None:
    reply = text(question)
    assert reply.startswith("No: not on race day itself"), reply


def test_the_day_before_race_day_stays_the_eve_rule() -> None:
    assert "day before a race" in text("can i lift the day before race day")


@pytest.mark.parametrize(
    "question",
    [
        "im a begginer runer 55yo is lunges safe for me",
        "is it safe to do squats",
        "is it safe for me to do lunges",
        "is the wall squat safe to do",
    ],
)
def test_is_a_move_safe_gets_safe_with_care(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Yes, usually, done with care"), reply
    assert "good one for runners" not in reply and "doctor" in reply, reply


@pytest.mark.parametrize("question", ["What should I be doing?", "or 3 days before?", "what do you think"])
def test_vague_asks_stay_unsure_not_off_topic(question: str) -> None:
    assert not text(question).startswith(_SCOPE)


@pytest.mark.parametrize(
    "question",
    [
        "is hill sprints good for gluts or nah",
        "are step ups good for quads",
        "is the bridge good for my glutes?",
    ],
)
def test_move_good_for_a_muscle_it_works_has_no_anatomy_padding(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Yes"), reply
    assert "Gluteal muscles, or glutes" not in reply and "Quadriceps" not in reply, reply
    assert "Dose:" in reply, reply
