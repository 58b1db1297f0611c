"""Round 19, th (issue 25): long messages B, fixed by mechanism.

- harm to other people ("I don't want to hurt anyone", "nervous about injuring the kids") is a worry, not
  pain told: no physio line; jumping drills for children or a teenager, with their safety the worry,
  say how to land;
- the trunk tipping forward late in a race, told in more words ("bent forward", "stooping", "bent
  double", on the last laps of a track race) gets the glute, hip and one-legged plan, with "Yes, often"
  when the ask is whether weak muscles could cause it ("could weak muscles cause this?", "is that down
  to weak muscles?", "are those two things connected?"), and "what should I do?" beside it is covered;
- an either/or between strength work and running less for a symptom ("are there exercises that help or
  do I just need to run less?", "...or just rest?") answers both halves: keep running, gentler, and the
  moves (no lone "It can.");
- one group told stronger than its opposite as a comparison ("quads massive compared to my hamstrings",
  "hamstrings weaker than my quads") gets the weak group's moves, also when the runner puts an ache
  down to the imbalance (with the physio line), never a hip-weakness card;
- "should I keep going with strength, and when should my last session be?" before a race: yes, lighter,
  then the last day;
- a fear that weights will finish, wear out or kill the knees gets the knee-safe answer, "Yes" first
  when "is it safe?" is asked.
"""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


# ---- harm to others is no pain; children's jumping drills land softly --------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I volunteer with the junior parkrun group, mostly kids aged 10 to 14. The parents asked if we "
        "could add some fun jumping stuff. I don't want to hurt anyone and I only have cones. What simple "
        "jumping drills could I run with them?",
        "I help run the under-12s at our athletics club. We want to add some jumping drills for speed but "
        "I'm nervous about injuring the kids. We only have a grass field. Which jumps should we do?",
        "I coach the juniors at my club, aged 11 to 14. I'd like some hopping drills before our sprint "
        "sessions but I really don't want to hurt any of them. What jumping drills should we use?",
    ],
)
def test_childrens_jumping_drills_land_softly_no_pain_line(question: str) -> None:
    reply = text(question)
    assert "hop" in reply.split("\n")[0].lower()
    assert "land softly" in reply or "landing" in reply or "soft" in reply
    assert "Ease off whatever brings it on" not in reply
    assert "physio" not in reply


# ---- the trunk tipping forward late on ---------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "My running club filmed us at the track and in the last laps of my 3000m I'm bent forward like "
        "I'm looking for coins. Fresh I look fine. I sit at a desk all day. Could this be a strength thing "
        "and what would help?",
        "My partner says that in the last mile of my half marathons I fold forward at the hips. Early on "
        "I'm tall. I drive a van for work. Could weak muscles cause this, and what should I do about it?",
        "On the final laps of my 1500m I'm bent double. Could weak glutes cause this and how do I fix it?",
        "In the last kilometre of my 10k races I start stooping forward. Early on I'm fine. I work in an "
        "office. Is that down to weak muscles, and what should I do?",
    ],
)
def test_forward_lean_late_is_glutes_yes_first(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Yes, often: weak glutes")
    assert "Bridge" in reply
    assert "With no kit outdoors" not in reply
    assert "4 to 6 exercises" not in reply


# ---- exercises or run less -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I'm building up for a half marathon. Every time I add mileage my shins start aching along the "
        "inside after a couple of weeks. It's a dull nag. Are there exercises that help or do I just need "
        "to run less?",
        "I'm a nurse training for my first marathon. Whenever I push my weekly distance up, the inside of "
        "my shins aches after a fortnight. Should I do some exercises or just cut my mileage?",
        "I'm building toward a 50k trail race. My lower shins get sore every time I ramp up the long run. "
        "Are there exercises that help, or should I back off the running?",
    ],
)
def test_exercises_or_run_less_answers_both(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Both, without stopping: keep running but build up more gradually")
    assert "calf raise" in reply.lower()
    assert "physio" in reply
    assert not reply.startswith("It can")


def test_exercises_or_rest_for_knees_keeps_running_gentler() -> None:
    reply = text(
        "My knees ache a bit after long runs. Should I do strength exercises for them, or just rest?"
    )
    assert reply.startswith("Both, without stopping: keep running")
    assert "hamstring" in reply


# ---- a strong group told against its weak opposite -----------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I came to running from road cycling and my quads are massive compared to my hamstrings. My physio "
        "said the imbalance might be why my knees ache on long runs. What should I add to even things out?",
        "I came to running from rowing and my quads are much stronger than my hamstrings. My physio thinks "
        "that imbalance is behind my sore knees on long runs. What should I add to balance things out?",
        "I was a sprinter and my hamstrings are weaker than my quads. My physio reckons the imbalance is the "
        "cause of my sore knees. How do I balance it out?",
    ],
)
def test_quads_over_hamstrings_with_ache_gets_hamstring_work(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Bring the hamstrings up")
    assert "opposing muscles" in reply
    assert "hamstring push-up" in reply
    assert "physio" in reply
    assert "hip raise" not in reply


def test_comparison_without_pain_gets_weak_group() -> None:
    reply = text(
        "My quads are far stronger than my glutes since I took up skiing. What should I do to even it out?"
    )
    assert reply.startswith("Bring the glutes up")
    assert "bridge" in reply
    assert "physio" not in reply


# ---- keep going before a race, and the last session ------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I'm running the Chicago marathon in ten days, my first one. I've been doing a leg session twice a "
        "week all summer. My coach is on holiday. Should I keep going with strength, and when exactly should "
        "my last session be?",
        "Half marathon in 9 days. I lift twice a week. Should I continue with my leg sessions, and when "
        "should the final session be?",
        "My first 10k race is in two weeks and I've been doing strength work all spring. Can I keep doing "
        "it, and when is my last leg session?",
    ],
)
def test_keep_going_then_last_session(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Yes, keep going, but lighter")
    assert "two days before the race" in reply
    assert "day before" in reply


def test_last_session_alone_has_no_keep_verdict() -> None:
    reply = text("Marathon in ten days. When should my last leg session be?")
    assert reply.startswith("As late as two days before the race")


# ---- knees feared for ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I'm 71 and run relays with my club. My knees creak on stairs. The younger members want me to do "
        "weights with them. I'm worried that weights will finish my knees off. Is it safe, and how should I "
        "do it?",
        "I'm 68 and do parkrun. My knees crackle on stairs. My grandson wants me to lift weights with him. "
        "I'm afraid it'll ruin my knees. Is it safe and how should I go about it?",
        "I'm 70 and my knees are a bit creaky. My son wants me to use the leg press at his gym but I'm "
        "worried it'll wear my knees out. Is it okay, and how should I go about it?",
    ],
)
def test_knee_fear_is_safe_yes_first(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Yes: done well, they help your knees")
    assert "never lock" in reply
    assert "Never sacrifice form" not in reply


# ---- "is doing both on the same day a problem?": the run and the session, in the ask's frame --------------


@pytest.mark.parametrize(
    "question",
    [
        "I run 5k every morning before work. My office has a small gym and I was thinking of doing legs in "
        "the evening. Is doing both on the same day a problem? My runs are all easy.",
        "Is doing both on the same day a problem?",
        "I run easy every morning and want to lift in the evening. Is doing both on the same day a problem?",
        "I jog to work and want to do squats at lunch. Can I do both on the same day?",
    ],
)
def test_both_on_one_day_is_the_run_and_the_session(question: str) -> None:
    reply = text(question)
    # (merge with r19 tg: a story telling the run and the lift gets tg's answer in the ask's frame,
    # "No, not if it's an easy run" to "a problem?", "Yes, if it's an easy run" to "can I?")
    assert reply.startswith(
        (
            "Fine on an easy-run day: run first",
            "No, not if it's an easy run: run first",
            "Yes, if it's an easy run: run first",
        )
    )
    assert "hard-run day" in reply
    assert "muscle groups" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "I run 5 days a week and want to add two leg sessions. Is doing strength and an interval session on "
        "the same day a problem?",
        "I'm starting a gym plan alongside my marathon training and I'd like to lift twice a week. Is doing "
        "strength on the same day as my tempo run okay?",
        "I want to add two leg workouts a week at home. Is it bad to do them on the same day as my "
        "intervals?",
    ],
)
def test_same_day_verdict_asked_gets_no_routine(question: str) -> None:
    reply = text(question)
    assert "\n• " not in reply
    assert "hard run" in reply or "hard-run" in reply


# ---- a later part's "Yes" over advice its own next words call old --------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I've heard that lifting makes runners bulky and slow. I'm a 1500m runner and my coach wants me in "
        "the gym. Will it slow me down, and should I use light weights?",
        "My coach wants me lifting. Will it make me bulky, and should I stick to light weights?",
        "Will weights slow me down? And should I keep the weights light?",
    ],
)
def test_light_weights_part_says_no(question: str) -> None:
    reply = text(question)
    assert reply.startswith("No: with a balanced programme")
    assert "\nNo. The old advice to stick to light weights" in reply
    assert "Yes. The old advice" not in reply
    assert reply.count("bulk them up") == 0


@pytest.mark.parametrize(
    ("question", "day"),
    [
        (
            "My half marathon is a week on Sunday. I've been lifting twice a week all through the block. "
            "Should I carry on with the gym this week, and what's the latest I should do a session?",
            "Friday at the latest",
        ),
        ("Marathon on Sunday. Should I keep lifting this week, and when is my last session?", "Friday"),
        (
            "10k race on Saturday. Can I keep doing my leg work this week, and what's the latest I can lift?",
            "Thursday at the latest",
        ),
    ],
)
def test_keep_going_then_the_named_days_last_session(question: str, day: str) -> None:
    reply = text(question)
    assert reply.startswith("Yes, keep going, but lighter")
    assert day in reply
    assert "\n• " not in reply
