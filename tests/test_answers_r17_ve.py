"""Round 17, ve (issue 25): failures found on 60 self-written fresh questions, fixed by mechanism.

- an injury told as healing well ("my physio says it's healing well", "on the mend", "the physio is
  happy") is a return, not "stop and rest"; the part in the injury's name ("calf strain") is not a muscle
  asked to be targeted; and with "no hopping yet" said, a muscle's list drops its jumping moves;
- a step told missing with "even" ("not even a step or stairs", "I don't even have a step") is missing:
  never "with stairs" or "on a step's edge"; the calves asked for then get their moves on the flat;
- an ask that names the warm-up is the warm-up's, not a soreness answer found in the story ("legs feel
  stiff... is skipping the warm up a problem?");
- one-legged moves ruled out ("balance is terrible, so single leg stuff is out") get two-legged moves,
  never the one-legged squat (and an old healed fracture told beside it is not the answer);
- a runner with only bands asking about the hip strengtheners: how to do them with the band, not a bare
  "bands aren't covered";
- "do I do both legs at once?" after a move is its one-or-both answer, not "Yes. Go one leg at a time";
- a move told in the sentence just before a pronoun ask ("I've been thinking about leg extensions. Are
  those worth doing?") is what the pronoun means, even with a muscle told earlier (a two-word alias
  counts as the move's own name);
- a runner with a gym asking how to train hills on the flat gets the treadmill's incline first;
- "how many reps and sets?" after a heavy-lifting story is the figures, not the heavy-lifting verdict;
- "what's the rule about knees?" on a squat is the knees-behind-toes cue;
- "is there a better way to start plyos?" after a high box is not answered "No:";
- "...the day before? What about two days before?" answers both days;
- "once a week: is that enough, and what should I prioritise?" says the once-a-week advice once;
- "I already do leg extensions, do I need hamstring curls too?": both, opposing muscles;
- an ache told on "them" after a move ("my lower back aches when I do them with dumbbells") is the ache
  on that move: its form fix, not back pain in general;
- a teenage sprinter who wants a quicker start gets the explosive work with a teenager's line, not a
  general plan (that read "track" as an outdoor space with no kit).
"""

from __future__ import annotations

import pytest
from answerutil import after, text

pytestmark = pytest.mark.dateless


# ---- healing well is a return --------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I'm 2 weeks into recovering from a calf strain and my physio says it's healing well. Which strength "
        "exercises can I ease back in with?",
        "Recovering from a calf strain, physio says it's healing well. What can I do?",
        "my hamstring tear is on the mend and the physio is happy. which exercises should I start back with?",
        "my calf strain is healing nicely. which exercises should I start with?",
    ],
)
def test_healing_well_is_a_return_not_stop(question: str) -> None:
    reply = text(question)
    assert not reply.startswith("Stop")
    assert "Finish with some stretching" not in reply
    assert "no hopping" in reply


def test_still_hurting_while_healing_is_still_stop() -> None:
    reply = text("my calf strain is healing nicely but it still hurts when I walk. can I do calf raises?")
    assert "Stop" in reply


@pytest.mark.parametrize(
    "question",
    [
        "I strained my calf 3 weeks ago and the physio has cleared me to start strength work again. What "
        "exercises should I start with?",
        "Physio cleared me after a calf strain, which exercises work my calves?",
    ],
)
def test_no_hops_listed_after_no_hopping_said(question: str) -> None:
    reply = text(question)
    assert "no hopping" in reply
    assert "hops" not in reply and "Skipping" not in reply
    assert "Calf raise" in reply


# ---- a step missing, said with "even" ------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I have zero equipment, not even a step or stairs. What can I do for my calves?",
        "no step in my flat, what can I do for my calves?",
        "no stairs, no step, nothing. what can I do to work my calves?",
        "I don't even have a step at home. how do I work my calves?",
    ],
)
def test_no_step_even_calves_on_the_flat(question: str) -> None:
    reply = text(question)
    assert "With stairs" not in reply and "With a step" not in reply
    assert "step's edge" not in reply and "on a stair" not in reply
    assert "flat" in reply


def test_not_even_a_stair_is_no_step() -> None:
    reply = text("not even a stair in my flat. what leg exercises can I do?")
    assert reply.startswith("No step needed")


# ---- the warm-up asked about ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I do my leg workout first thing in the morning straight out of bed, no warm up because I don't have "
        "time before work. My legs feel stiff for the first few sets. Is skipping the warm up actually a "
        "problem?",
        "I lift at 6am with no warm up and my legs are stiff for the first few sets. Does skipping the warm "
        "up matter?",
        "Straight from my desk to leg day, no warm up, and my legs feel tight and stiff early on. Should "
        "I be warming up?",
    ],
)
def test_warm_up_asked_is_the_warm_up(question: str) -> None:
    reply = text(question)
    assert "that's normal" not in reply
    assert "warm up" in reply.lower()


# ---- one-legged moves ruled out ------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "My balance is terrible since an old ankle fracture (fully healed), so single leg stuff is out for "
        "now. What two-legged exercises should I do instead?",
        "My balance is terrible so single leg exercises are out for now. What two-legged exercises should I "
        "do instead?",
        "I can't do one-legged exercises yet, what can I do on two legs?",
        "old knee surgery years ago, fine now, but single-leg work is off the table for me. which exercises "
        "then?",
    ],
)
def test_no_one_leg_gets_two_legged_moves(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Two-legged moves")
    assert "One-legged squat" not in reply and "one-legged moves" not in reply
    assert "step-ups" not in reply


def test_single_leg_asked_about_is_still_its_answer() -> None:
    assert text("are single leg exercises better?").startswith("Yes")


# ---- bands for the hip strengtheners -------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I've only got resistance bands, no weights. Can I still do the hip strengtheners?",
        "all I have is a loop band. can I do hip strengtheners with it?",
        "can I use a resistance band instead of ankle weights for the side leg raise?",
    ],
)
def test_band_hip_strengtheners_how(question: str) -> None:
    reply = text(question)
    assert "round your ankles" in reply
    assert reply.split("\n")[0] != "Bands aren't covered in the article."


# ---- one leg or both, asked as a yes/no ----------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "then", "want"),
    [
        (
            "How do I do a calf raise?",
            "and how long do I hold at the top? also do I do both legs at once?",
            "Both",
        ),
        ("How do I do a calf raise?", "do I do both legs together?", "Both together"),
        ("How do I do a lunge?", "should I do it one leg at a time?", "One leg at a time"),
    ],
)
def test_both_legs_yes_no(first: str, then: str, want: str) -> None:
    reply = after(first, then)
    assert want in reply
    assert "Yes. Go one leg" not in reply


# ---- a move told just before a pronoun ask -------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I run ultras, mostly 50k trail races, and my quads get destroyed on the downhills. I've been "
        "thinking about doing leg extensions on the machine at my gym. Are those worth doing and how should "
        "I do them?",
        "My quads are always trashed after long descents. My gym has leg extensions. Are those any good?",
        "my hamstrings feel weak. my gym has a leg curl machine. is it any good?",
    ],
)
def test_move_told_before_pronoun_ask(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Yes")
    assert "/exercise quadriceps extension" in reply or "/exercise hamstring curl" in reply


# ---- hills on the flat, with a gym ---------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Long story short, I moved to a really flat city after years of mountain trail running and my hill "
        "strength is disappearing fast. I do still have a gym membership. How can I keep training hills?",
        "it's totally flat where I live but I go to a gym. how do I do hill repeats?",
        "No hills anywhere near me, but there's a treadmill at my gym. How do I do hill repeats?",
    ],
)
def test_flat_with_gym_gets_treadmill_incline(question: str) -> None:
    assert "treadmill's incline" in text(question).split("\n")[0]


def test_flat_no_treadmill_no_incline_line() -> None:
    assert "treadmill's incline" not in text(
        "totally flat where I live, no treadmill. how do I do hill repeats?"
    )


# ---- the figures asked after a heavy-lifting story -----------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I lift with my partner who's a powerlifter and he says I should do sets of 5 with really heavy "
        "weight. I'm a 10k runner though. How many reps and sets should I actually be doing?",
        "A powerlifter at my gym told me to do heavy triples. How many reps should a runner do?",
        "gym bro says go heavy af on squats. how many reps should I do?",
    ],
)
def test_how_many_after_heavy_story(question: str) -> None:
    assert text(question).startswith("2 or 3 sets of 12 to 15 reps")


# ---- the rule about knees ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I was always told never let your knees pass your toes, but online I see people doing deep squats "
        "with their knees way forward. For the wall squat, what's the actual rule about knees?",
        "what's the rule for my knees in a lunge?",
        "any advice on knees for one legged squats?",
    ],
)
def test_rule_about_knees(question: str) -> None:
    assert text(question).startswith("Keep them behind your toes")


# ---- "is there a better way" after a high box ----------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I started plyometrics last month because I read they help with power. So far I've only been doing "
        "box jumps at the gym, pretty high box. Is there a better way for a runner to start out with plyos?",
        "I do box jumps on a waist high box. is there a better way to start plyometrics?",
        "I use a high box for box jumps, is there a better approach to plyos for runners?",
    ],
)
def test_better_way_is_not_no(question: str) -> None:
    reply = text(question)
    assert not reply.startswith("No")
    assert "line" in reply


# ---- two race-eve days asked ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Can I do leg day the day before my 10k? What about two days before?",
        "Can I lift the day before my half? or 3 days before?",
    ],
)
def test_day_before_and_two_days_before(question: str) -> None:
    reply = text(question)
    assert reply.startswith("No")
    assert "two or more days out is ok" in reply.lower()


# ---- once a week, said once ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I can only get to the gym once a week. Is that enough, and what should I prioritise?",
        "I can only lift once a week, is that enough? what exercises?",
        "once a week is all I can manage at home. is that enough and what should I do?",
    ],
)
def test_once_a_week_said_once(question: str) -> None:
    reply = text(question)
    assert reply.count("twice") == 1
    assert "•" in reply


# ---- already doing one of two opposing moves -----------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I already do leg extensions, do I need hamstring curls too?",
        "I already do hamstring curls, do I need leg extensions as well?",
    ],
)
def test_already_do_one_opposing(question: str) -> None:
    assert text(question).startswith("Yes, do both")


# ---- an ache on "them", after a move -------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "then", "card"),
    [
        (
            "How do I do a lunge?",
            "my lower back aches when I do them with dumbbells. what am I doing wrong?",
            "lunge",
        ),
        (
            "How do I do a wall squat?",
            "my knees ache a bit when I do it, am I doing something wrong?",
            "wall squat",
        ),
        ("How do I do a step up?", "knees grumble when doing them, what am I doing wrong?", "bench step-up"),
        ("How do I do the bridge?", "lower back feels tight after doing them, is that normal?", "bridge"),
    ],
)
def test_ache_on_them_is_that_move(first: str, then: str, card: str) -> None:
    reply = after(first, then)
    assert f"/exercise {card}" in reply
    assert "Check:" in reply and "physio" in reply
    assert "isn't covered in detail" not in reply


# ---- a teenage sprinter's start ------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "My daughter is 16 and runs the 200 and 400 for her school track team. She wants to be quicker out "
        "of the blocks and her coach suggested strength work, but she's worried about getting bulky. What "
        "kind of leg training would help her start?",
        "I'm 15 and sprint the 100m. I'm slow out of the blocks. what leg work helps my start?",
        "I'm 17, a sprinter, and my start out of the blocks is weak. What strength work would help?",
    ],
)
def test_teen_sprinter_start(question: str) -> None:
    reply = text(question)
    assert reply.startswith("For a more explosive start")
    assert "For a teenager" in reply


def test_teen_sprinter_drills_asked_keep_their_answer() -> None:
    reply = text(
        "I'm 16 and run the 100 and 200 for school. I want a better start out of the blocks. What jumping "
        "drills should I start with?"
    )
    assert reply.startswith("Start with line hops")
