"""Round 20, to (issue 25): long messages, the reply answers the ask actually asked, and a constraint told
anywhere in the story holds for every list in the reply.

- no bench to be had ("no room for a bench", "nowhere to put a bench"): no list or cue names one (the
  step-up on a stair instead, or left out when there are no stairs either);
- jumping ruled out anywhere ("my doctor said no jumping", "plyometrics are out"): no hop drill in any list,
  and a reply that prescribed them gives power without them;
- "down time" is the monthly week off, not a session's length;
- "which muscles do what in a stride?": every group's job (not a routine, nor the names alone);
- a bare "is there any point?" after the strength work is told, with the legs busy all day: yes, and why;
- "is strength the answer or should I cut my mileage?": the strength work, and why;
- "is this actually a problem?" about an imbalance told in the story: the verdict, then the additions;
- "thighs huge at the front, the backs weak" is quads against hamstrings.
"""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


# ---- no bench: no list or cue names one ----------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I rent a tiny studio, there's no room for a bench or any real kit. I run 30k a week and want "
        "stronger legs. What can I do at home?",
        "Our flat is small and there's nowhere to put a bench. I'm training for a half. Could you give me a "
        "leg routine I can do indoors?",
        "Caravan life at the moment, no space for a bench at all. I run most days. What leg exercises work "
        "at home?",
    ],
)
def test_no_bench_told_lists_no_bench(question: str) -> None:
    reply = text(question)
    body = "\n".join(x for x in reply.split("\n") if not x.startswith(("Full card:", "Try one:", "More:")))
    assert "bench" not in body.lower()
    assert "•" in reply  # still a routine


def test_no_bench_and_no_stairs_leaves_the_step_up_out() -> None:
    reply = text("No stairs in my bungalow and no room for a bench. What leg routine can I do at home?")
    assert "step-up" not in reply.lower()
    assert "bench" not in reply.lower()


def test_no_bench_keeps_a_muscle_list_clean() -> None:
    reply = text("There's no room for a bench in my flat. What works the quads?")
    assert "Bench step-up" not in reply
    assert "Step-up" in reply or "step-up" in reply


# ---- no jumping: no hop drills anywhere ------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I've got dodgy knees and my physio said no jumping at all. I want to get quicker on the climbs. "
        "Which exercises would help?",
        "Our building has thin floors so plyometrics are out. I race 400m and want a faster start. What "
        "can I do instead?",
        "Jumping is off the table for me after my knee op. How do I build explosive power for my 5k kick?",
        "I'm 100kg and on the top floor with paper thin floors, so jumping is out. Can I still build power?",
    ],
)
def test_no_jumping_no_hop_drills(question: str) -> None:
    reply = text(question).lower()
    for hop in ("line hops", "box hops", "skipping", "hop back and forth"):
        assert hop not in reply
    assert "one-legged squat" in reply or "step-up" in reply


def test_plyos_asked_for_by_their_coach_still_answered() -> None:
    # the drills are theirs (the coach wants them): a worry about them is not a rule against them
    reply = text(
        "My son is 15 and his coach wants him doing plyos. I'm worried the jumping will wreck his knees. "
        "Is this normal, and how should he start?"
    ).lower()
    assert "hop" in reply


# ---- down time is the week off -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I did a 16 week block of lifting twice a week and never stopped once. By the end my legs felt "
        "dead. Should I be building in some down time?",
        "Do I need any downtime from strength work?",
        "I've been lifting non-stop since spring alongside my marathon build. Is some down time from the "
        "gym a good idea?",
    ],
)
def test_down_time_is_the_week_off(question: str) -> None:
    reply = text(question)
    assert "week off" in reply
    assert "inefficient" not in reply and "15 to 20 minutes is enough" not in reply


# ---- which muscles do what -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I'm an engineer and like to understand the mechanics. Which muscles do what during a running "
        "stride? I want to design my own balanced routine.",
        "What does each leg muscle actually do when you run?",
        "I coach a junior club. What's the role of each muscle group in running? I want to explain it well.",
    ],
)
def test_each_muscle_job(question: str) -> None:
    reply = text(question)
    for part in ("Quads", "Hamstrings", "Calves", "Glutes", "hip"):
        assert part in reply
    assert "absorb" in reply and "upright" in reply
    assert "12–15 reps" not in reply  # not a routine


# ---- is there any point, legs busy all day ---------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I'm a postwoman, walking 12 miles a day, and I run 25 miles a week. My physio keeps on at me about "
        "strength work. Is there any point when my legs work all day anyway?",
        "I work on a building site, on my feet all day, and I run 4 times a week. Everyone says to lift "
        "weights. Honestly is there any point when I'm already on my feet all day?",
        "I'm a farmer and my legs are busy from dawn to dusk. My running club says I need strength work. "
        "Is it even worth it when my legs work that hard already?",
    ],
)
def test_bare_point_after_strength_told(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Yes")
    assert (
        "inefficient" in reply or "endurance rather than strength" in reply
    )  # (one text since the merge: tn's)


def test_point_with_little_time_is_not_the_why() -> None:
    # the clause is the time they have, not legs already working: the time answer, not why lift
    reply = text(
        "I do night shifts and run 30k a week. A friend keeps nagging me to do strength work. Is there any "
        "point if I can only find 15 minutes, and what would you start with?"
    )
    assert "15" in reply and "•" in reply


# ---- strength or cut mileage -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I'm at 70 miles a week and my knees grumble on long runs. People say lift. Is strength training "
        "the answer or should I just cut my mileage back?",
        "My shins ache after long runs. Should I cut my miles or start lifting?",
        "Is strength work the fix or should I reduce my running volume?",
    ],
)
def test_strength_or_cut_mileage(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Strength work")
    assert "warm" not in reply.lower()


def test_cut_runs_or_strength_when_time_is_short_is_which_to_keep() -> None:
    reply = text("Exams soon and no time. Should I cut runs or the strength sessions?")
    assert reply.startswith("Keep the strength sessions")


# ---- an imbalance told, "is this a problem?" -------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "For ages my only leg work was squats and leg extensions. My physio says my quads are far bigger "
        "than the back of my legs. I run 10k. Is this actually a problem, and what should I add?",
        "My thighs are huge at the front but the backs are weak. Is that a problem?",
        "I only ever did leg press and extensions. My coach says my hamstrings are weak compared with my "
        "quads. Is that an issue, and what should I add?",
    ],
)
def test_imbalance_told_gets_its_verdict(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Yes")
    assert "imbalance" in reply
    assert "hamstring" in reply.lower()
