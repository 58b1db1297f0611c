"""Round 20, tn (issue 25): long messages, the real asks found and answered, the story only context.

- a yes/no asked of the week the story told ("does that setup work?") gets the verdict on its lift day,
  not a routine for the "gym" the story names;
- "is there any point (when/in ...)" asks whether it's worth it (it read "hammered" as frequency, "leg"
  as the calves); a walking count ("15k steps a day") is no step to stand on; busy legs told with a
  worth ask still need strength work;
- "Did couch to 5k and I'm hooked now." is a past told (the "I" left out), not an ask;
- "to drop weight before my wedding" is body weight, not cutting back before a race;
- "should I change how I train legs now running is the priority? and how many days?": the fit around
  running, both asks in one reply;
- "what's the point of it?" after a drill told: the drill's purpose leads;
- harm feared ("could hurt her") is no pain told; "beyond the odd plank" is history, not a core
  routine asked;
- "is she right or should I go heavier?" weighs the claim told, not the form of a move;
- keep lifting up to a race or stop: keep going, lighter, the last two days out; two moves joined by
  "and" in the story are no choice asked.
"""

from __future__ import annotations

import pytest
from answerutil import text

from content.asks import split_asks

pytestmark = pytest.mark.dateless


# ---- a yes/no on the week told is the week's verdict ------------------------------------------------


@pytest.mark.parametrize(
    ("question", "day", "verdict"),
    [
        (
            "Run club every Wednesday is always a hard track session. Thursday evening is my only free slot "
            "for the gym. Friday I rest and most summer Saturdays I race. Does that setup work or am I "
            "messing it up?",
            "Thursday",
            "Yes",
        ),
        (
            "Long run is Sunday and my club does hill reps every Tuesday. I can only get to the gym on "
            "Thursdays. Does that plan work?",
            "Thursday",
            "Yes",
        ),
        (
            "I do a tempo on Thursday and race on Sunday. I was going to lift Saturday morning at the gym. "
            "Would that work?",
            "Saturday",
            "No",
        ),
        (
            "Tuesday intervals, Sunday long run. I have dumbbells at home and I'd lift Tuesday evening after "
            "the session. Would that work?",
            "Tuesday",
            "No",
        ),
    ],
)
def test_week_told_verdict(question: str, day: str, verdict: str) -> None:
    reply = text(question)
    assert reply.startswith(verdict), reply
    assert day in reply.split("\n")[0]
    assert "•" not in reply  # no routine
    assert "Leg press" not in reply


# ---- "any point" is a worth-it ask; step counts are no kit; busy legs still need it -------------------


@pytest.mark.parametrize(
    "question",
    [
        "Is there actually any point when my legs are already hammered all day?",
        "is there any point in leg strength?",
        "Is there actually any point in leg work if I already run 50 miles a week?",
        "is there really any point when I'm already tired from running?",
    ],
)
def test_any_point_is_worth_it(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Yes"), reply
    assert "inefficient way to build strength" in reply
    assert "recovery between sessions" not in reply
    assert "calves (soleus" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "I'm 47, a postie in Leeds, so I'm on my feet walking about 15k steps a day on top of 30 miles a "
        "week of running. Always assumed my legs got more than enough work. My club mate keeps nagging me to "
        "go to the gym. Is there actually any point when my legs are already hammered all day? Building up "
        "for a spring marathon.",
        "I walk 15k steps a day as a postie. Is it worth doing leg strength?",
        "I'm a farmer, on my feet all day. Is there any point in leg exercises?",
        "I walk my dogs for two hours a day. Is strength training really worth it?",
    ],
)
def test_busy_legs_still_worth_it(question: str) -> None:
    reply = text(question)
    assert "endurance" in reply and "strength" in reply, reply
    assert reply.startswith(("Yes", "You still need it")), reply
    assert "Walking lunge" not in reply
    assert "recovery between sessions" not in reply


# ---- a past told with the "I" left out is background ------------------------------------------------


@pytest.mark.parametrize(
    ("message", "story"),
    [
        (
            "So I lifted bodybuilding style for years. Did couch to 5k and I'm hooked now. Should I change "
            "how I train legs? And how many days a week?",
            "Did couch to 5k",
        ),
        ("Did a 10k last week. How often should I lift?", "Did a 10k"),
        ("Have been running for two years now. Which muscles matter most?", "Have been running"),
        (
            "Did my first half marathon in May and loved it. Now I want to get stronger. What should I start "
            "with?",
            "Did my first half",
        ),
    ],
)
def test_dropped_subject_past_is_told(message: str, story: str) -> None:
    asks, background = split_asks(message)
    assert story in background
    assert not any(a.startswith(story) for a in asks)


def test_did_question_still_asks() -> None:
    asks, _ = split_asks("I run 20 miles a week. Did you say twice a week? And how many sets?")
    assert any(a.startswith("Did you say") for a in asks)


# ---- body weight dropped is no cut back before a race ----------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "So I lifted bodybuilding style for years and only took up running to drop weight before my "
        "wedding. Did couch to 5k and I'm hooked now. My routine is 4x8-10 on everything with one huge leg "
        "day. Should I change how I train legs now running is the priority? And how many days a week?",
        "Ex-rugby player, took up running to drop weight before my 40th, did a 5k. Should I change how I "
        "train legs for running, and how many sets?",
        "I've always done powerlifting and want to drop weight before the summer. How should I adapt my "
        "lifting now I'm training for a 10k, and how heavy should I go?",
    ],
)
def test_fit_around_running_both_asks(question: str) -> None:
    reply = text(question)
    assert "fit it around your running" in reply, reply
    assert "Twice a week" in reply
    assert "12 to 15 reps" in reply
    assert "Stop two days before the race" not in reply
    assert "Change your routine" not in reply


def test_cut_back_still_answers_when_asked() -> None:
    reply = text(
        "Marathon in 3 weeks. I lift 4 times a week. Should I drop the weights a bit, and when should I stop "
        "before the race?"
    )
    assert reply.startswith("Yes, cut back")
    assert "two days before the race" in reply


def test_organising_the_week_keeps_its_own_answer() -> None:
    reply = text(
        "Nurse here again lol. My rota changes every week so there's no fixed schedule. How do I organise "
        "two strength sessions a week around my runs when nothing is fixed? And is it bad to lift straight "
        "after a night shift when I haven't slept?"
    )
    assert reply.startswith("Plan it week by week"), reply
    assert "fit it around your running" not in reply


# ---- the purpose of a drill told leads -------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "My daughter runs the 400 and 800 for her high school and her coach has them doing box jumps and "
        "bounding drills. Honestly I'm a worried mum, I thought jumping stuff was for basketball players and "
        "could hurt her. She says it helps her start. What is the point of it for a runner, and how should "
        "someone new ease into it?",
        "My son's coach has them doing skipping drills. What's the point of them, and how many should he do?",
        "what is the point of plyometrics for a runner?",
        "Our club does bounding drills on Tuesdays. What is the point of that, and is once a week enough?",
    ],
)
def test_purpose_of_drill(question: str) -> None:
    reply = text(question)
    assert "explosive power" in reply, reply
    assert "deeper" in reply
    assert "A step or low box is all" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "My daughter's coach has them doing box jumps, I thought jumping could hurt her. How should someone "
        "new ease into it?",
        "My son does hurdles drills and I worry the jumping might hurt him. How should he start plyometrics?",
        "My club does bounding and I was scared it would hurt me. How do I ease into plyometrics?",
    ],
)
def test_harm_feared_is_no_pain(question: str) -> None:
    reply = text(question)
    assert "Ease off whatever brings it on" not in reply, reply
    assert "line" in reply


# ---- the odd plank is history, not a core routine ---------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "what would a basic home routine even look like for me?? context: 29, nurse on rotating 12h shifts, "
        "no gym membership, live in a 2 storey house with stairs. Been running 3x a week for about a year "
        "and done two 10ks. never done strength beyond the odd plank",
        "what would a home routine look like? I've got stairs, no gym, never done anything beyond the odd "
        "plank.",
        "I've never done strength besides the occasional plank. What would a basic home routine look like?",
    ],
)
def test_odd_plank_still_gets_routine(question: str) -> None:
    reply = text(question)
    assert "• Calf raise" in reply, reply
    assert "Bridge" in reply
    assert "A Legwork session has 4 to 6 exercises" not in reply


# ---- someone else's claim is weighed, not a move's form ---------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "My sister is a PT and she has me doing tiny 2kg dumbbells for 50 reps of squats. She says light and "
        "lots is best for runners so I don't bulk up. Is she right or should I go heavier?",
        "My coach has me doing lunges with no weight, 40 reps a set. He says that builds endurance strength. "
        "Is he right, or should I add dumbbells?",
        "My PT has me doing squats with an empty bar for 30 reps. He says light and lots is best so I don't "
        "bulk up. Is he right or should I go heavier?",
    ],
)
def test_others_claim_on_load(question: str) -> None:
    reply = text(question)
    assert reply.startswith("No"), reply
    assert "12–15 reps" in reply
    assert "not yet" not in reply.split("\n")[0]


# ---- keep lifting up to a race, or stop ------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "My marathon is a week on Sunday. I've been doing squats and lunges twice a week for the whole "
        "block. Should I keep going right up to race day or stop now?",
        "10k next Sunday. I've been doing bridges and step-ups twice a week. Should I carry on until the "
        "race or stop now?",
        "Marathon in 9 days, been doing squats and lunges all block. Keep going or stop?",
    ],
)
def test_keep_going_or_stop_before_race(question: str) -> None:
    reply = text(question)
    assert reply.startswith(("Keep going", "Yes, keep going")), reply
    assert "two days before the race" in reply
    assert "one-legged moves" not in reply
    assert "shoulder blades" not in reply


def test_squats_and_lunges_still_compared_when_asked() -> None:
    reply = text("squats and lunges, which is better?")
    assert "one-legged" in reply


# ---- "who's right?" about a move called pointless: the move's side, named ---------------------------


@pytest.mark.parametrize(
    ("question", "who", "move"),
    [
        (
            "My husband laughs at me for doing calf raises on the bottom stair every night. He says they're "
            "pointless for running. I've had shin splints twice this year and they seemed to help. Who's "
            "right?",
            "husband",
            "Calf raise",
        ),
        (
            "I do bridges every morning. My coach says they are a waste of time for runners. Is he right?",
            "coach",
            "Bridge",
        ),
        (
            "I started doing step-ups. My friend reckons its useless for runners. Who is right?",
            "friend",
            "step-up",
        ),
        ("My brother reckons bridges are a waste of time for runners. Who is right?", "brother", "Bridge"),
    ],
)
def test_move_called_pointless(question: str, who: str, move: str) -> None:
    reply = text(question)
    assert reply.startswith(f"Not your {who}: it's a good one for runners."), reply
    assert move in reply
    assert "inefficient way to get stronger" not in reply


def test_claim_agreed_keeps_its_verdict() -> None:
    reply = text("My coach says never lift on tempo days. Is she right?")
    assert reply.startswith("Yes")
