"""Round 16 (wa): long messages, background plus one to three asks, each ask answered once, in order,
verdict first, honouring what the runner said they lack.

Mechanisms covered:
- one gym machine told broken among several named (or "no curl machine"): that machine's swaps, not a
  gym list that prescribes it; an imbalance worry told is answered first;
- yes/no asks that each get a verdict: no routine glued on that no ask wanted;
- "is it too late to start?" before an event: "No, it's not too late", and a first-timer starts gently;
- "my legs are already strong from all that running, right?": No, and what strength work adds;
- no gym told: an injury reply's exercise list drops machine and dumbbell versions;
- "can I actually do leg strength in that setup?" after the kit is told: yes and the plan for it.
"""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


# ---- a machine told broken among several named ----------------------------------------------------
@pytest.mark.parametrize(
    "q",
    [
        "My gym is tiny and the hamstring curl machine has been broken for months. I've been doing leg "
        "press and leg extensions twice a week but I just read that unbalanced muscles cause injuries and "
        "now I'm paranoid. What do I do for hamstrings with no curl machine?",
        "The leg curl at our gym is out of order again. I do leg press and lunges on Mondays. What can I do "
        "instead for my hamstrings?",
        "Our hotel gym has a leg press and a leg extension but no leg curl machine. What should I do for "
        "hamstrings so my legs aren't unbalanced?",
        "Someone is always on the hamstring curl at my gym, so I just do leg press and leg extensions. Any "
        "ideas what I could do instead?",
    ],
)
def test_broken_machine_among_several_gets_its_swap(q: str) -> None:
    out = text(q)
    assert "hamstring push-up" in out.lower()
    assert "• Hamstring curl" not in out
    assert not out.startswith("For your hamstrings: hamstring curl")


@pytest.mark.parametrize(
    "q",
    [
        "My gym is tiny and the hamstring curl machine has been broken for months. I've been doing leg "
        "press and leg extensions twice a week but I just read that unbalanced muscles cause injuries. What "
        "do I do for hamstrings with no curl machine?",
        "Our hotel gym has a leg press and a leg extension but no leg curl machine. What should I do for "
        "hamstrings so my legs aren't unbalanced?",
        "Leg curl machine broken at my gym, and I worry about an imbalance since I only do leg press. What "
        "can I do instead?",
    ],
)
def test_broken_machine_balance_worry_answered_first(q: str) -> None:
    out = text(q)
    assert out.startswith("Good instinct: quad work needs hamstring work")


# ---- yes/no asks only: no routine glued on --------------------------------------------------------
@pytest.mark.parametrize(
    "q",
    [
        "Triathlete, 50. I started leg strength three months ago and have done it twice a week without a "
        "single break, same routine every time. Lately I feel flat and kind of bored of it. A friend says "
        "take a week off strength. Does that make sense, and should I be changing things up?",
        "I drive lorries in the north of Scotland. From December to February it's dark when I finish and "
        "the roads are sheet ice, so my running falls apart every winter. Would doing strength work over "
        "winter actually help me hold onto anything?",
        "I'm 41, I go to the gym with machines after work and run 4 times a week. I'm afraid big muscles "
        "make me slow, so I use very light weights and lots of reps. Is this the correct way?",
    ],
)
def test_verdict_asks_get_no_routine(q: str) -> None:
    out = text(q)
    assert out.startswith(("Yes", "No"))
    assert "• " not in out
    assert "Twice a week, not on a hard-run day" not in out


def test_verdict_asks_each_answered_in_order() -> None:
    out = text(
        "Been doing the same leg routine twice a week for four months and I'm bored stiff. My coach says "
        "take a week off strength now and then. Does that make sense, and should I be changing things up?"
    )
    assert out.startswith("Yes")
    assert out.index("week off") < out.lower().index("change")


@pytest.mark.parametrize(
    "q",
    [
        "Snowed in for a month, no gym. What can I do for my legs at home?",
        "Bored of my routine and only have dumbbells at home. What should I do for legs?",
        "No gym, just stairs. Is there anything I can do for leg strength?",
    ],
)
def test_moves_asked_still_get_the_plan(q: str) -> None:
    assert "• " in text(q)


# ---- too late before an event ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "q",
    [
        "Marathon is in 6 weeks, my first, and I've literally never done any strength training. Everyone "
        "in my running group keeps saying I should. Is it too late to start now or am I just going to be "
        "sore and mess up my training?",
        "Half marathon in 8 weeks and I've never lifted. Am I too late to start strength work?",
        "My 10k is two months away and I already do some squats. Is it too late to add proper strength "
        "sessions?",
    ],
)
def test_too_late_before_event_is_no(q: str) -> None:
    out = text(q)
    assert out.startswith("No, it's not too late")
    assert not out.startswith("Yes")


@pytest.mark.parametrize(
    "q",
    [
        "Marathon is in 6 weeks, my first, and I've never done any strength training. Is it too late to "
        "start or will I just be sore?",
        "Police fitness test in 5 weeks and I have never lifted anything. Is it too late to start strength "
        "work?",
        "Half in 8 weeks, brand new to lifting and scared of soreness. Too late to begin?",
    ],
)
def test_first_timer_before_event_starts_gently(q: str) -> None:
    out = text(q)
    assert "start gently" in out
    assert "plenty of time" not in out


# ---- strong from running, right? ------------------------------------------------------------------
@pytest.mark.parametrize(
    "q",
    [
        "I'm an ultra runner, averaging 90 km a week with long runs of 3+ hours. Honestly I think strength "
        "work is a waste of time I could spend on more miles. My legs are already strong from all that "
        "running, right? Convince me otherwise.",
        "I run 70k a week. My legs are plenty strong from the mileage by now, right?",
        "Marathoner here, five runs a week. My quads are already strong enough from running, right?",
    ],
)
def test_strong_from_running_is_no(q: str) -> None:
    out = text(q)
    assert out.startswith("No: running builds endurance")
    assert "injur" in out


# ---- no gym: no machine or dumbbell versions in an injury list --------------------------------------
@pytest.mark.parametrize(
    "q",
    [
        "So I started running 3 months ago and the fronts of my shins ache after most runs, it goes away "
        "by the next day. I'm on my feet all day and I don't have a gym. Is there anything strength-wise "
        "that helps this?",
        "My shins hurt after runs. No gym near me. What strength exercises help?",
        "Shin splints keep coming back and I have no gym membership. Which exercises would help?",
    ],
)
def test_no_gym_injury_list_drops_weighted(q: str) -> None:
    out = text(q)
    assert "calf raise" in out.lower()
    assert "weighted calf raise" not in out.lower()


def test_no_gym_but_dumbbells_keeps_weighted() -> None:
    out = text("Shin splints creeping in. No gym, but I've got a pair of dumbbells. What helps?")
    assert "weighted calf raise" in out.lower()


@pytest.mark.parametrize(
    "q",
    [
        "Runner's knee again. I don't have a gym membership. Which exercises should I do?",
        "Knee pain from runner's knee, no gym. What should I be doing?",
        "Runner's knee flaring up and I don't have a gym. Any exercises?",
    ],
)
def test_no_gym_injury_list_drops_machines(q: str) -> None:
    out = text(q)
    assert "leg press" not in out.lower()
    assert "hamstring curl" not in out.lower()


# ---- can I do it in that setup? --------------------------------------------------------------------
@pytest.mark.parametrize(
    "q",
    [
        "I'm a long-haul truck driver, sleep in the cab most nights at truck stops. No gym, just the cab "
        "steps and a big parking lot. I run 3 days a week when I can. Can I actually do leg strength in "
        "that setup?",
        "I live on a narrowboat, tiny cabin, just a towpath and the boat's steps. Could I really do leg "
        "strength work with this setup?",
        "I work on an oil rig two weeks at a time, no gym, just stairwells and a small room. Can I still "
        "do leg strength in that situation?",
    ],
)
def test_setup_told_can_i_gets_yes_and_plan(q: str) -> None:
    out = text(q)
    assert out.startswith("Yes")
    assert "• Calf raise" in out
    assert not out.startswith("No step")


# ---- a sprinter's start with no weights where they train -------------------------------------------
@pytest.mark.parametrize(
    "q",
    [
        "I run the 200 at college and my coach keeps saying my start is too slow. We do team lifting twice "
        "a week but I want to add something I can do in my dorm room or the hallway without weights. What "
        "would actually help the explosive part?",
        "Sprinter, 100m. My start out of the blocks is sluggish and I've got no gym access this summer. What "
        "can I do at home?",
        "I race 400m and my coach says my start is slow. I only have my bedroom to train in. What helps?",
    ],
)
def test_sprint_start_without_weights_drops_gym_line(q: str) -> None:
    out = text(q)
    assert out.startswith("For a more explosive start")
    assert "leg press" not in out
    assert "one-legged squats" in out


def test_sprint_start_with_gym_keeps_heavier_line() -> None:
    out = text("100m sprinter, slow out of the blocks. What leg work helps the first 20 metres?")
    assert "Add heavier strength work" in out


# ---- "what can I realistically do?" with the kit and time told: the plan -----------------------------
@pytest.mark.parametrize(
    "q",
    [
        "Mum of 14 month old twins here. Before I got pregnant I ran 10Ks regularly and I'm slowly getting "
        "back into it. My only free time is the 15 min when they both nap and all I own is a yoga mat and a "
        "resistance band. What can I realistically do?",
        "Shift worker, 20 minutes between shifts and a resistance band in my locker. What can I "
        "realistically do for my legs?",
        "I've got a yoga mat and 15 minutes at lunch. What could I sensibly do?",
    ],
)
def test_realistically_do_gets_a_plan(q: str) -> None:
    out = text(q)
    assert "• One-legged squat" in out
    assert "15 to 20 minutes is enough for a worthwhile session, much less" not in out


@pytest.mark.parametrize(
    "q",
    [
        "All I own is a yoga mat and a resistance band and I get 15 minutes. What can I realistically do?",
        "Resistance band and 15 minutes in the evening, that's it. What can I do for my legs?",
        "I have a resistance band, nothing else, and about 15 minutes. Give me a leg routine.",
    ],
)
def test_band_told_lists_the_bridge_it_names(q: str) -> None:
    out = text(q)
    if "band round the knees can add resistance to the bridge" in out:
        assert "• Bridge" in out


# ---- one session walked through start to finish ----------------------------------------------------
@pytest.mark.parametrize(
    "q",
    [
        "I'm finally going to the gym tomorrow for a proper leg session for running, I've never done one "
        "before. I've got about 45 min. Could you walk me through how to structure it from start to finish "
        "so I don't look like an idiot?",
        "First ever leg day at the gym on Friday, about an hour free. Can you talk me through the whole "
        "thing from start to finish?",
        "Joined a gym last week and I've got 40 minutes after work on Thursday for legs. Could you walk me "
        "through the session from start to finish?",
    ],
)
def test_session_walked_through_in_order(q: str) -> None:
    out = text(q)
    assert out.startswith("Start")
    assert "jogging" in out.split("\n")[0]
    assert "stretching" in "\n".join(out.split("\n")[-3:])
    assert "Twice a week" not in out
    assert "Gym kit singles out" not in out


# ---- who's right about lifting and bulk ----------------------------------------------------------
@pytest.mark.parametrize(
    ("q", "lead"),
    [
        (
            "I'm 16 and run cross country for my school. Our coach says we shouldn't lift weights because "
            "we'll get bulky and slow but my older brother who plays rugby says that's rubbish. Who's right? "
            "I'd like to get stronger.",
            "Your older brother is right",
        ),
        (
            "My coach says lifting will make me bulky and slow but my dad says that's nonsense. Who's right?",
            "Your dad is right",
        ),
        (
            "My running club mates say weights make you slow, my physio says that's a myth. Which is right?",
            "Your physio is right",
        ),
    ],
)
def test_whos_right_names_the_side_first(q: str, lead: str) -> None:
    assert text(q).startswith(f"{lead}: with a balanced programme")


def test_whos_right_teen_gets_careful_start_not_heavier_loads() -> None:
    out = text(
        "I'm 15, my coach says weights will make me bulky and slow and my sister says that's rubbish. "
        "Who's right?"
    )
    assert out.startswith("Your sister is right")
    assert "bodyweight basics" in out
    assert "heavier weights" not in out


# ---- an older runner with no gym told: no gym machines suggested -----------------------------------
@pytest.mark.parametrize(
    "q",
    [
        "I'm 63, retired, do parkrun every Saturday and a couple of slow runs in the week. Lately I feel "
        "wobbly on the uneven bits in the woods. I'm a bit nervous about my joints though. What's sensible "
        "for someone like me?",
        "I'm 68 and still jogging three times a week at home in the village. What leg exercises can I do?",
        "I'm 71, run slowly with my club, and have a chair and the stairs at home. What should I do for my "
        "legs?",
    ],
)
def test_older_runner_without_gym_gets_no_machines_note(q: str) -> None:
    out = text(q)
    assert "gym machines are a safe start" not in out


def test_older_runner_in_gym_keeps_machines_note() -> None:
    out = text("I'm 70 and joined a gym. Which leg machines should I use?")
    assert "gym machines are a safe start" in out
