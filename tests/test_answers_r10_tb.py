"""Round 10, tuner tb: finding each ask in a multi-part message, and follow-ups that carry the right
topic (own wordings, not the failure rows)."""

from __future__ import annotations

import pytest

from content.asks import split_asks
from tests.answerutil import after
from tests.answerutil import text as answer


# A second ask that goes on from the first without a "?" of its own ("and if so, how heavy") is an ask,
# not background; an either/or before "which" is an ask with the one after it; a longer topic before a
# colon; "and do calf raises hit both".
@pytest.mark.parametrize(
    ("message", "n"),
    [
        ("do i even need a gym? and if i join what should i start on", 2),
        ("Do I need weights? and if so how heavy", 2),
        ("is home enough? and if not which machines first", 2),
        ("quad extensions or lunges - which is better for runners, and how many reps", 2),
        ("squats or lunges, which is better and how many sets", 2),
        ("soleus vs gastrocnemius, which is which and what do they do", 2),
        ("side leg raises with ankle weights: how do I set up, and do I do the other side too", 2),
        ("hamstring push ups on a chair: how many, and do i switch legs", 2),
        ("what's the difference between the soleus and the gastrocnemius and do calf raises hit both", 2),
        ("what do the hamstrings do and do bridges work them", 2),
    ],
)
def test_each_ask_is_found(message: str, n: int) -> None:
    assert len(split_asks(message)[0]) == n


@pytest.mark.parametrize(
    "message",
    [
        "can I run and do squats on the same day?",
        "I lift Mondays and Thursdays, is that ok?",
        "ok and what comes after the warm up?",
    ],
)
def test_one_ask_stays_one(message: str) -> None:
    assert len(split_asks(message)[0]) == 1


def test_both_parts_answered() -> None:
    low = answer("Do I need weights? and if so how heavy").lower()
    assert "12 to 15" in low or "12–15" in low
    low = answer("quad extensions or lunges - which is better for runners, and how many reps").lower()
    assert "lunge" in low and "12–15" in low
    low = answer(
        "side leg raises with ankle weights: how do I set up, and do I do the other side too"
    ).lower()
    assert "lie" in low and "left" in low


# "where should my shoulders be?" after a muscle's best move: the move whose steps place them.
@pytest.mark.parametrize(
    ("first", "then", "want"),
    [
        ("what's a good glute exercise at home", "where should my shoulders be", "shoulder blades"),
        ("whats a good exercise for my glutes", "where do my shoulders go", "shoulder blades"),
    ],
)
def test_where_part_after_a_muscle(first: str, then: str, want: str) -> None:
    assert want in after(first, then).lower()


# A follow-up that names another region of the leg is about that muscle, not the last one.
@pytest.mark.parametrize(
    ("first", "then", "want"),
    [
        (
            "whats a good quad exercise at the gym",
            "and something for the back of the leg to balance it",
            "hamstring",
        ),
        ("whats a good quad exercise at the gym", "what works the back of my thighs", "hamstring"),
        ("are bridges good for the glutes", "what about the front of my thighs", "quad"),
        ("best hamstring exercise?", "and the back of the lower leg?", "calf"),
    ],
)
def test_region_names_the_muscle(first: str, then: str, want: str) -> None:
    assert want in after(first, then).lower()


# "how heavy tho" after a why-lift question: the load, not more reasons.
@pytest.mark.parametrize(
    "first",
    ["should i lift weights as a marathon runner", "is strength training worth it for runners", "why lift"],
)
def test_load_after_why(first: str) -> None:
    low = after(first, "how heavy tho").lower()
    assert "12" in low and "15" in low


# "what else alongside it?", "what am I missing?": the opposite muscle's move first.
@pytest.mark.parametrize(
    ("first", "then", "want"),
    [
        ("is the leg press good for runners", "what else should i do alongside it", "hamstring curl"),
        ("are lunges good for runners", "what should i pair them with", "hamstring"),
        ("how do i do a one legged squat", "what am i missing", "hamstring push-up"),
        ("how do i do a hamstring curl", "what goes well with it", "quad"),
    ],
)
def test_complement(first: str, then: str, want: str) -> None:
    assert want in after(first, then).lower()


# A bulk worry the background tells is answered in a line, whichever rule made the reply.
@pytest.mark.parametrize(
    "message",
    [
        "My son is 15 and runs cross country. He's worried lifting will make him bulky. Is it a good idea "
        "and what should he do?",
        "My gym has machines and dumbbells but I'm afraid to become big and slow. What should I do and how "
        "many reps?",
        "I'm 40 and don't want to get bulky, I do triathlon. How often should I lift?",
    ],
)
def test_bulk_worry_told_is_answered(message: str) -> None:
    assert "bulk you up" in answer(message).lower()


# "...can strength work fix this, and what should I try?": the moves after the yes, not the why again.
@pytest.mark.parametrize(
    "message",
    [
        "My 10k has plateaued and my stride looks short. Can strength work fix this and what should I try?",
        "I fade badly at the end of halves. Would leg strength help, and what should I do?",
    ],
)
def test_what_to_try_after_the_yes(message: str) -> None:
    text = answer(message)
    assert "\n\n" in text and ("calf raise" in text.lower() or "hops" in text.lower())


def test_drills_after_would_jumping_help() -> None:
    low = answer(
        "My finishing kick is non-existent and all my training is steady mileage. Would strength work or "
        "jumping drills help my finish, and what would you add?"
    ).lower()
    assert "line" in low and "skipping" in low


# A second part whose reply only says again what the first said is left out, not repeated.
@pytest.mark.parametrize(
    "message",
    [
        "do i need balance exercises as well as lifting? and what counts as one",
    ],
)
def test_no_paragraph_said_twice(message: str) -> None:
    assert "\n\n" not in answer(message)


def test_which_ones_after_why_names_moves_not_the_why_again() -> None:
    # (round 14: "which ones should i be doing" is its own ask, the moves; the why is said once)
    text = answer("why is everyone into single leg exercises now, and which ones should i be doing")
    assert "step-up" in text and "12–15" in text
    assert text.count("works on its own") == 1


def test_another_moves_steps_stay() -> None:
    low = answer(
        "how do i do the side lying leg raise with ankle weights, and is there a version lying on my back"
    )
    assert "lying leg lift" in low.lower()


# "ok for someone w dodgy knees?", "safe for my 14yo?" after plyometrics: the drills for them (gentlest
# first, with care and a professional for a joint), not the general knee or young-runner block.
@pytest.mark.parametrize(
    ("first", "then", "want"),
    [
        ("what are some plyometric exercises", "ok for someone w dodgy knees?", "physio"),
        ("should runners do plyometrics", "is that safe on 50+ year old knees", "physio"),
        ("what are plyometrics", "safe for my 14yo who does cross country?", "coach"),
        ("what are plyometrics", "can my 13 year old do them", "coach"),
    ],
)
def test_suits_follow_up_keeps_the_topic(first: str, then: str, want: str) -> None:
    low = after(first, then).lower()
    assert want in low and "line" in low


def test_newbie_follow_up_unchanged() -> None:
    assert after("how often should runners lift legs", "ok for a total newbie too?").startswith("Yes")


# "even in race season?" after how often: yes, the same twice a week, kept off hard days and race eve.
@pytest.mark.parametrize(
    "then", ["even in race season?", "still during my marathon block?", "what about in marathon season"]
)
def test_in_season_follow_up(then: str) -> None:
    low = after("how many times a week should runners lift", then).lower()
    assert "twice a week" in low and "day before a race" in low


# Training told in the background, then "is this right for me?" / "should I change things?": what in it
# goes against the article (bouncing, fast reps, to failure, every day, maximal loads), under a verdict.
@pytest.mark.parametrize(
    ("message", "lead", "wants"),
    [
        (
            "My bootcamp does squats as fast as possible for a minute and we bounce at the bottom. Is that "
            "good for a runner?",
            "Not as it stands",
            ["bouncing", "slow"],
        ),
        (
            "I do leg day every day, always to failure, super heavy. Is this a good plan for my marathon?",
            "Not as it stands",
            ["twice a week", "extremes"],
        ),
        (
            "I lift 5 days a week and go until I drop. My club mates say it's too much. Should I change "
            "things?",
            "Yes",
            ["twice a week"],
        ),
        (
            "Our spin-and-legs class has us doing lunges to failure. Am I overdoing it?",
            "Yes",
            ["extremes"],
        ),
    ],
)
def test_practice_review(message: str, lead: str, wants: list[str]) -> None:
    text = answer(message)
    assert text.startswith(lead)
    assert all(w in text.lower() for w in wants)


# A single "is it ok to bounce?" keeps the rule's own "No".
def test_plain_practice_question_keeps_its_no() -> None:
    assert answer("is it ok to bounce at the bottom of squats").startswith("No")


# "How can I use the winter to get stronger for spring racing?": a generic use-the-time ask with a
# purpose that names no topic gets a routine for the kit told, not whatever word the purpose hit.
def test_use_the_winter_with_a_purpose() -> None:
    low = answer(
        "I only run on the treadmill from December to March. I have adjustable dumbbells and a sturdy step. "
        "How can I use the winter to get stronger for spring racing?"
    ).lower()
    assert "calf raise" in low and "plyometrics are" not in low


# "What should I start with and what should I watch out for?": the plan, then the cautions (a plan
# doesn't list them, so the second ask isn't covered by it).
@pytest.mark.parametrize(
    "message",
    [
        "I have dumbbells at home and a step. What should I do and what should I watch out for?",
        "New to the gym, 45, never lifted. Where do I start and anything I should be careful about?",
    ],
)
def test_plan_then_cautions(message: str) -> None:
    low = answer(message).lower()
    assert "12–15 reps" in low and "good form" in low and "breathe out" in low
