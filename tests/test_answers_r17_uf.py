"""Round 17, uf (issue 25): failures from a held-out set of runner questions, fixed by mechanism.

- off-topic asks declined with who can help: a watch to buy ("the best GPS watch for ultras" is the
  device, not "watch for" a caution), a race entry's refund or transfer (the race organiser);
- a week off asked of with its interval in weeks ("every 4 weeks, skip strength for a week?"): the
  monthly week off, not how many sessions a week ("skip" is spelt "omit" before retrieval);
- legs spent by the long run itself ("cooked after every long run, what strength stuff helps?"): the
  moves, not soreness after a strength session; calves spent on every climb: calf raises and hill
  repeats, not the soreness care;
- "how can I lengthen my stride?" asks how: the moves, not only "it can";
- "is the treadmill on incline as good as real hills for strength?": the treadmill weighed against
  hills, not why strength helps on hills;
- "how hi the bench" is "how high" (the height line, not the whole steps);
- "how heavy should I set the leg press?": the machine's load line once, not the general rule above it;
- a second topic's "Yes, it can:" under a first verdict is a second yes, taken off ("do bridges help
  glutes?");
- "how am I supposed to do calf raises or step ups?" with no stairs told: each move's stand-in;
- "home workouts vs gym, does it matter?": two things weighed get no "Yes." before the comparison;
- follow-ups: "can i hold dumbbells tho?" after the step-up is that move's harder version (not the lunge
  whose steps hold dumbbells); "what if I haven't got a box?" after plyometrics is the drills' way
  round it (not the calf raise's too);
- "my off-season starts in November, how should I plan strength around it?": the off-season plan (a
  how-to-plan ask), not how to fit sessions around runs;
- plyometrics with a worry for the knees ("isnt gonna wreck my knees", "ok for bad knees?"): the
  gentlest drill first, soft landings, stop if they hurt;
- a knee that plays up on descents ("playin" is "playing"), asking for strength work: quads and
  hamstrings in balance, hips and glutes, and a physio if it keeps flaring (not the quads' list);
- "can someone explain this hamstring push-up thing" is a request for the steps (anyone asked);
- ankle weights as the only kit: the hip raise lying on the floor, not along a bench they don't own;
- an old knee ligament injury, cleared, asking which moves are kinder to it: the moves and the knee
  rules (the ACL named, not "a meniscus or ligament injury").
"""

from __future__ import annotations

import pytest
from answerutil import after, text

pytestmark = pytest.mark.dateless


# ---- off-topic: a watch to buy, a race entry's refund -------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "whats the best GPS watch for ultras with a long battery?",
        "which smartwatch should I buy for running",
        "any good running watch for trail?",
    ],
)
def test_a_watch_to_buy_is_declined_to_a_shop(question: str) -> None:
    reply = text(question)
    assert reply.startswith("I only know leg strength")
    assert "running shop" in reply


@pytest.mark.parametrize(
    "question",
    [
        "how do I get a refund for a race entry that got cancelled?",
        "my marathon got cancelled, will they refund the entry fee?",
        "can i get my money back for the race entry if they cancel it",
    ],
)
def test_a_race_refund_is_the_organisers(question: str) -> None:
    reply = text(question)
    assert reply.startswith("I only know leg strength")
    assert "race organiser" in reply


def test_watch_out_for_is_still_a_caution() -> None:
    assert "slow and controlled" in text("what should i watch out for with plyos")


# ---- the week off, its interval said in weeks ----------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "every 4 weeks or so should i skip strength for a week?",
        "every 3 or 4 weeks do i drop the gym for a week",
        "is it smart to skip leg day for one week every month",
    ],
)
def test_a_week_off_every_few_weeks_is_the_recovery_week(question: str) -> None:
    reply = text(question)
    assert "week off" in reply
    assert not reply.startswith("Twice a week")


# ---- legs spent on long runs and climbs -----------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "legs are cooked after every long run lol, what strength stuff actually helps",
        "my legs are dead after long runs, what strength work would help",
        "legs feel trashed after my long runs, which exercises fix that",
    ],
)
def test_legs_spent_by_long_runs_get_the_moves(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Step-ups")
    assert "strength session" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "bro my calves are toast on every climb, fix?",
        "my calves die on the uphills, what should i do",
        "calves are cooked on every climb, how do i fix that",
    ],
)
def test_calves_spent_on_climbs_get_raises_and_hills(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Calf raises and hill repeats")
    assert "doctor" not in reply


# ---- how to lengthen the stride; the treadmill against hills -------------------------------------


@pytest.mark.parametrize(
    "question",
    ["how can I lengthen my stride", "how do i get a longer stride", "what exercises lengthen your stride"],
)
def test_how_to_lengthen_the_stride_names_moves(question: str) -> None:
    reply = text(question)
    assert "lunges, step-ups" in reply
    assert not reply.startswith(("It can", "Yes"))


@pytest.mark.parametrize(
    "question",
    [
        "Is the treadmill on incline as good as real hills for strength?",
        "is incline treadmill as good as hills for building leg strength",
        "is an incline treadmill as good as real hills for strength work?",
    ],
)
def test_treadmill_against_hills_is_the_treadmill_verdict(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Yes")
    assert "incline" in reply.split("\n")[0]
    assert "oxygen" not in reply


# ---- "how hi", a load said twice, a verdict said twice -------------------------------------------


@pytest.mark.parametrize(
    "question",
    ["step ups how hi the bench", "how hight for step ups", "step ups how hieght should the box be"],
)
def test_how_hi_is_how_high(question: str) -> None:
    assert "knee height or below" in text(question).split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "how heavy should i set the leg press",
        "how heavy should the hamstring curl be",
        "how much weight for quad extensions",
    ],
)
def test_a_machine_load_is_said_once(question: str) -> None:
    reply = text(question)
    assert reply.count("12") == 2  # "12–15 reps" and "12–15 reps" in the one load line, no second rule
    assert not reply.startswith("Heavy enough")


@pytest.mark.parametrize(
    "question",
    [
        "do brigdes help glutes for trial runing",
        "do bridges help my glutes",
        "do bridges help the glutes for trail running",
    ],
)
def test_a_second_verdict_is_taken_off(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Yes")
    assert "It can:" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "no stairs or steps anywhere in my flat. how am i supposed to do calf raises or step ups?",
        "no steps in my flat, how am i meant to do step ups and calf raises",
        "there are no stairs in my house, how am i supposed to do step-ups?",
    ],
)
def test_how_am_i_supposed_to_without_stairs_gets_the_stand_in(question: str) -> None:
    assert "no stairs, so use" in text(question)


@pytest.mark.parametrize(
    "question",
    [
        "home workouts vs gym for legs, does it matter?",
        "home versus gym for leg strength, does it matter?",
        "gym vs home workouts for runners, does it matter much?",
    ],
)
def test_a_comparison_does_it_matter_gets_no_yes(question: str) -> None:
    assert not text(question).startswith("Yes")


# ---- follow-ups: weights held in the move talked about; no box for the plyos -----------------------


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("whats a good height for step-ups?", "can i hold dumbbells tho?"),
        ("how do i do step ups", "could i do them with dumbbells"),
        ("whats a good height for step-ups?", "can i use weights for these?"),
    ],
)
def test_weights_held_in_the_move_talked_about(first: str, then: str) -> None:
    reply = after(first, then)
    assert reply.startswith("Yes")
    assert "step-up" in reply
    assert "Lunge" not in reply


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("can i do plyos at home?", "what if I haven't got a box?"),
        ("can i do plyos at home?", "no box though?"),
        ("what are plyometrics", "i dont have a step, what then"),
    ],
)
def test_no_box_after_plyos_is_the_drills(first: str, then: str) -> None:
    reply = after(first, then)
    assert "line hops" in reply.lower()
    assert "Calf raise" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "my off-season starts in November, how should i plan strength around it?",
        "off season starts next month, how do i structure my leg training?",
        "how should i approach strength in the off season",
    ],
)
def test_planning_the_off_season_gets_its_plan(question: str) -> None:
    reply = text(question)
    assert "off-season" in reply.split("\n")[0]
    assert "week off each month" in reply


@pytest.mark.parametrize(
    "question",
    [
        "any plyo stuff that isnt gonna wreck my knees? asking for me",
        "plyometrics that are easy on the knees?",
        "which jumping drills wont hurt my knees",
    ],
)
def test_plyos_with_a_knee_worry_start_gentlest(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Start with the gentlest drill: line hops")
    assert "stop if your knees hurt" in reply


def test_plyos_ok_for_bad_knees_leads_with_the_verdict() -> None:
    assert text("are plyos ok for bad knees?").startswith("Yes, with care. Start with the gentlest")


@pytest.mark.parametrize(
    "question",
    [
        "mate my knee keeps playin up on descents, any strength stuff that'll sort it",
        "my knee hurts on downhills, what strength work helps",
        "knee niggles on descents, any exercises?",
    ],
)
def test_a_knee_on_descents_gets_balance_hips_and_a_physio(question: str) -> None:
    reply = text(question)
    assert "hamstrings" in reply and "glutes" in reply and "physio" in reply
    assert "Box hops" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "can someone explain this hamstring push-up thing, never heard of it",
        "could anyone explain the wall squat",
        "can somebody explain the hamstring push-up?",
    ],
)
def test_someone_asked_to_explain_gets_the_steps(question: str) -> None:
    assert "1) " in text(question)


@pytest.mark.parametrize(
    "question",
    [
        "all i own is a pair of ankle weights. what can i do with them for running?",
        "got some ankle weights, how can i use them for my hips?",
        "only have ankle weights at home, what can i do with them for running",
    ],
)
def test_ankle_weights_alone_lie_on_the_floor(question: str) -> None:
    reply = text(question)
    assert "floor or a mat" in reply
    assert "bench" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "my right knee is dodgy (ACL reconstruction 2 years ago, physio signed me off), which leg exercises "
        "are kinder to it?",
        "acl injury last year, physio cleared me, what moves are safe for my knee?",
        "old meniscus tear, fully healed, which exercises are easy on the knee?",
    ],
)
def test_a_cleared_knee_gets_the_kinder_moves(question: str) -> None:
    reply = text(question)
    assert "Kinder choices: step-ups" in reply
    assert "locking the knee" in reply
