"""Round 17, va (issue 25): long messages, background then one or two asks, fixed by mechanism.

- shift work told with "I squeeze my runs in around them": how the runs are fitted, not a schedule asked,
  so "is there any point in 15-20 minutes, and what would you start with?" gets its yes and the moves;
- kit ruled out after it is named ("an hour in the gym is laughable"): no gym plan;
- "is 15 minutes worth it?": a length, not a fifteen-year-old;
- a season told and its plan asked of ("winter could be a good time... Reasonable plan? What would a 20
  minute session look like?"): the yes, then the session;
- "is it bad to lift straight after a night shift when I haven't slept?" after a schedule ask: both asks;
- flat feet, high arches, overpronation: not in the article, said so (not the leg press's "feet flat");
- strength or jumping work done every day, an ache, "have I overdone it, how often?": the verdict and the
  figure before the care for what aches;
- "the instructor showed us the machines and then left us to it": "left" the verb, no other side; three
  machines told and the load asked: the dose for each, not headed by the first machine alone;
- "pelvic floor has been checked and is fine": cleared (the answer first); "mum of a 14 month old" is not
  just back from the birth; a hunched posture told gets why the glutes lead.
"""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


def _lead(reply: str) -> str:
    return reply.split("\n")[0]


# ---- a schedule told is not a schedule asked; kit ruled out after it --------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Hi, I'm an ICU nurse doing three or four 12.5 hour night shifts a week and I squeeze my runs in "
        "around them, roughly 30-40k a week. A physio mate keeps nagging me to do strength work but after a "
        "night shift an hour in the gym is laughable. Is there any point if I can only find 15-20 mins, and "
        "what would you start with?",
        "Night shifts mean I squeeze my runs in whenever. Any point doing 20 min, and which exercises first?",
        "I work shifts and fit my runs around them. Is there any point if I only have 15 minutes, and what "
        "should I start with?",
    ],
)
def test_runs_fitted_around_shifts_is_not_a_schedule_ask(question: str) -> None:
    reply = text(question)
    assert "enough" in _lead(reply)
    assert "Plan it week by week" not in reply
    assert "• " in reply


@pytest.mark.parametrize(
    "question",
    [
        "I'm a busy dad and an hour in the gym is laughable. Is there any point if I can only find 15-20 "
        "mins, and what would you start with?",
        "Going to a gym is out of the question for me. Is 20 minutes worth it, and what should I do?",
        "The gym is a joke for me time-wise. Any point doing 20 min, and which exercises first?",
    ],
)
def test_gym_ruled_out_after_it_is_named(question: str) -> None:
    reply = text(question)
    assert "Leg press" not in reply
    assert "/workout gym" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "I work rotating shifts. Going to a gym is out of the question. Is 15 minutes of strength worth it "
        "and what should I do?",
        "My lunch break is short. Is 15 minutes enough for a leg session, and what would you suggest?",
        "Is 12 minutes a day safe to start with, and what should I do in it?",
        "Is 15 reps ok for runners, or should I do fewer?",
        "Is 16 minutes of legs worth it? What would you recommend?",
    ],
)
def test_minutes_after_is_are_not_an_age(question: str) -> None:
    assert "young runners" not in text(question)


# ---- a season's plan asked of, then the session -----------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "As a parkrun volunteer I'm stood about in the cold for an hour every Saturday, and I've started a "
        "few runs in the week too. The weather's turning grim and I'm thinking winter could be a good time "
        "to build strength rather than slog through the rain. Reasonable plan? What would a simple 20 "
        "minute session look like?",
        "I'm thinking the off-season would be a smart time to build leg strength. Sensible idea? Give me a "
        "20 min session.",
        "Rainy season here for three months. Good idea to do more leg strength then? What's a quick session?",
    ],
)
def test_season_plan_gets_its_yes_before_the_session(question: str) -> None:
    reply = text(question)
    assert _lead(reply).startswith("Yes")
    assert "off-season" in _lead(reply)
    assert "• " in reply


# ---- a sleepless lift asked after the schedule ------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Nurse here again lol. My rota changes every week so there's no fixed schedule - some weeks I get 4 "
        "days off in a row, some weeks 1. How do I organise two strength sessions a week around my runs when "
        "nothing is fixed? And is it bad to lift straight after a night shift when I haven't slept?",
        "I work shifts that change weekly. How should I plan leg days, and is it ok to do legs on no sleep "
        "after nights?",
        "Rotating shift worker: how do I fit strength in? Also can I lift when I've barely slept?",
    ],
)
def test_lifting_unslept_is_answered_too(question: str) -> None:
    reply = text(question)
    assert "sleep first" in reply
    assert "two sessions" in reply
    assert not _lead(reply).startswith("Yes")


# ---- foot shape --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I've got really flat feet (apparently I overpronate) and run in stability shoes. I've had shin pain "
        "on and off for about a year, usually when I bump up my mileage, but nothing right now. I've read "
        "strength work helps but no idea which exercises. What would you suggest for the shins, and does "
        "having flat feet change anything?",
        "I overpronate. Will strengthening my legs help?",
        "Do high arches affect which exercises I should do?",
        "My shins flare up when I add miles. What strength work helps, and does overpronation matter?",
    ],
)
def test_foot_shape_is_said_not_covered(question: str) -> None:
    reply = text(question)
    assert "Foot shape" in reply
    assert "Sit in the machine" not in reply


# ---- every day, then "have I overdone it?" ----------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "So I've been doing plyos because a mate said they'd make me faster - box jumps, bounding, depth "
        "jumps, every single day for two weeks. Now my calves and achilles are achy all the time. Not "
        "injured exactly, just constantly sore. Have I overdone it, and how often should plyos actually be?",
        "I've done calf raises and squats every day for a month and now my achilles aches constantly. Did I "
        "overdo it?",
        "Skipping and hopping drills daily, now my achilles tendon is sore in the mornings. Too much? How "
        "often is sensible?",
    ],
)
def test_daily_work_overdone_gets_verdict_and_figure(question: str) -> None:
    reply = text(question)
    assert _lead(reply).startswith("You've overdone it")
    assert "twice a week" in _lead(reply)
    assert "physiotherapist" in reply


# ---- the machines told, "left us to it" --------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "My wife (70) and I both run and we've just joined the leisure centre on the over-60s deal. The "
        "instructor showed us the leg press, leg extension and leg curl machines and then left us to it. How "
        "heavy should we go, how many reps, and is there anything to watch out for on those machines?",
        "We got shown the leg extension and leg press and then were left to figure it out. How heavy, how "
        "many sets, and any safety tips?",
        "The instructor showed us the leg press and leg curl and then left us to it. How heavy should we go, "
        "and how many reps?",
    ],
)
def test_machines_told_then_left_to_it(question: str) -> None:
    reply = text(question)
    assert "no other side" not in reply
    assert _lead(reply).startswith("On each machine (")
    assert "12–15" in _lead(reply)


# ---- after a baby, checked; posture --------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Mum of a 14 month old, I run with the jogging stroller three times a week, 5-8k. Pushing it up "
        "hills kills me and I feel like my form is awful, kind of hunched over. Pelvic floor has been "
        "checked and is fine. I only get nap time for anything at home, about 20 minutes. What should I "
        "prioritise?",
        "Mum of a 14 month old, I run with the jogging stroller. Pushing it up hills kills me and I feel "
        "hunched over. I only get nap time at home, about 20 minutes. What should I prioritise?",
        "Had my baby 5 months ago, pelvic floor was checked by a physio and is fine. What leg exercises "
        "should I start with at home?",
    ],
)
def test_checked_after_a_baby_gets_the_answer_first(question: str) -> None:
    reply = text(question)
    assert not reply.startswith("Returning after pregnancy")
    assert "your physio's advice comes first" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "Mum of a 14 month old, I run with the jogging stroller. Pushing it up hills kills me and I feel "
        "hunched over. I only get nap time at home, about 20 minutes. What should I prioritise?",
        "Mum of two, I feel hunched over on hills when I run. I get 20 minutes at home. What should I "
        "prioritise?",
        "My form is awful on hills, kind of hunched over. I have 20 minutes at home in the evening. What "
        "should I prioritise?",
    ],
)
def test_hunched_posture_gets_why_the_glutes(question: str) -> None:
    lead = _lead(text(question))
    assert "upright" in lead
    assert "hills" in lead


# ---- hills and balance asked together -----------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I'm 73, been running since my forties and still do parkrun most Saturdays in about 31 minutes. "
        "Lately my legs run out of puff on the drag up near the end and I've had a couple of little stumbles "
        "on rough ground. My GP says I'm fit as a fiddle. Would leg exercises help the hill and my balance, "
        "and is it sensible to start at my age?",
        "I'm 65 and a bit wobbly on uneven paths lately. Would leg exercises help my balance and the hills?",
        "Will strength training help my balance and my climbing?",
    ],
)
def test_hills_and_balance_both_answered(question: str) -> None:
    lead = _lead(text(question))
    assert "hills" in lead
    assert "balance" in lead


# ---- a weaker leg that can barely do the move, or an operated one ---------------------------------


@pytest.mark.parametrize(
    ("question", "physio"),
    [
        (
            "4 months out from a knee scope and running again. When I do single leg work my operated (right) "
            "leg is way weaker - I can barely do a single leg squat on it. Should I stick to two-legged "
            "exercises so I don't fall behind, or focus on single leg work?",
            True,
        ),
        ("My left leg is much weaker since my ACL reconstruction. How do I even it out?", True),
        (
            "My right leg is weaker than my left, I can barely manage one single-leg squat on it. How do I "
            "catch it up?",
            False,
        ),
    ],
)
def test_weaker_leg_eased_in(question: str, physio: bool) -> None:
    reply = text(question)
    assert "Ease the weaker leg in" in reply
    assert ("physio's plan" in reply) is physio


# ---- a moving deck; a sport the article wasn't written for -------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I live on a 34ft sailboat and I'm cruising for the next few months, mostly at anchor. I get ashore "
        "to run maybe 3 times a week on whatever beach or track there is. Down below there's no standing "
        "headroom in most of the cabin, but I've got the cockpit and the deck. I want strong legs for a half "
        "marathon when I'm back. What can I do on board, and will the boat moving mess things up?",
        "I'm crew on a cargo ship for 6 weeks. Can I do leg work on deck when the ship is rolling?",
        "Does the boat moving affect calf raises?",
    ],
)
def test_moving_deck_is_answered(question: str) -> None:
    reply = text(question)
    assert "moving deck" in reply
    assert "hill repeats" not in reply


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "I'm a race walker (20k) and do a bit of running as cross training. Walking is brutal on my "
            "shins and hips because of the straight-knee rule and all the hip rotation. Most strength advice "
            "is written for runners - does it carry over, and which of the usual runner leg exercises matter "
            "most for me?",
            ("For the shins", "for the hips"),
        ),
        ("My shins take a pounding on the road. What should I prioritise?", ("For the shins",)),
        ("Road miles are killing my knees. Which exercises matter most for me?", ("For the knees",)),
    ],
)
def test_priority_for_the_parts_told(question: str, parts: tuple[str, ...]) -> None:
    reply = text(question)
    for part in parts:
        assert part in reply
    assert "for the knees" not in reply.lower() or "knees" in parts[0].lower()
    assert "sprinters" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "Most strength advice is written for runners. Does it carry over to race walking?",
        "I'm a hiker. Will the exercises transfer to hiking?",
        "Does this apply to walkers too?",
    ],
)
def test_carry_over_is_mostly_yes(question: str) -> None:
    assert text(question).startswith("Mostly, yes")


@pytest.mark.parametrize(
    "question",
    [
        "I've been doing box jumps and hops every day and my calves are constantly sore. Too much? How often "
        "should I do plyometrics?",
        "Skipping drills every day this month and my calves feel wrecked. Too much?",
    ],
)
def test_daily_too_much_is_not_no_need(question: str) -> None:
    reply = text(question)
    assert not reply.startswith("No need")
    assert "too much" in _lead(reply)
