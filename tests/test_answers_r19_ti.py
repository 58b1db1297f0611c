"""Round 19, ti (issue 25): multi-part asks, the runner's constraints, paraphrases, fixed by mechanism.

- the monthly week off strength work, and running asked of that week: the runs carry on;
- a "No: never ..." whose prohibition an earlier ask's reply already said is not said again;
- the day after a hard run asked of a drill or a move: the hard-run rule's verdict, not the drill's pitch;
- the days a runner can train at all ("only at weekends", "only Sundays free"): no day outside them;
- "balanced" legs or training: balanced development of opposing groups, not balance work;
- how strength work helps coordination: through balance and form.
"""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


# ---- running during the week off strength work -------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Do I need to take time off strength training sometimes? Can I still run during that break?",
        "Should I take a week off from the gym every month? Can I still jog?",
        "Is a recovery week from lifting a thing? And should I keep running through it?",
    ],
)
def test_running_carries_on_in_the_week_off(question: str) -> None:
    reply = text(question)
    assert "week off strength work" in reply
    assert "keep running" in reply
    assert reply.count("\n\n") == 1


@pytest.mark.parametrize(
    "question",
    [
        "How often should I take a deload week, and do I stop running too?",
        "Once a month I take a week off weights. Should I stop running that week as well?",
        "Do I need a week off lifting, and do I pause my runs too?",
    ],
)
def test_stop_running_too_is_a_no(question: str) -> None:
    reply = text(question)
    assert "No, keep running" in reply
    assert "Yes, keep running" not in reply


# ---- a prohibition said once ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Should I breathe out on the way up or the way down? Can I hold my breath on a heavy rep?",
        "how do i breathe during squats, is holding it ok?",
        "When do I breathe in and out on a lift? Is it fine to hold my breath?",
    ],
)
def test_never_hold_your_breath_said_once(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Breathe out")
    assert reply.lower().count("hold your breath") == 1


# ---- the day after a hard run, asked of a drill ------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Can I do plyometrics the day after a hard interval session? And how often should I do them?",
        "Is it ok to do my line hops the day after a tempo run?",
        "Can I do skipping drills the morning after my long run, and how many?",
    ],
)
def test_drills_after_a_hard_run_get_the_timing_rule(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Yes, if your legs have recovered")
    assert "need no kit" not in reply


# ---- the days the runner can train ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "day", "not_days"),
    [
        ("I only have Sundays free for training. Where do I fit strength work?", "Sunday", ("Wednesday",)),
        (
            "Weekends are all I've got for training and Sunday is my long run. When should I lift?",
            "Saturday",
            ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
        ),
        (
            "I can only train at weekends because of work, and Saturday is my long run. Where does legs go?",
            "Sunday",
            ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
        ),
    ],
)
def test_only_the_runners_days_are_offered(question: str, day: str, not_days: tuple[str, ...]) -> None:
    reply = text(question)
    assert reply.startswith(day)
    assert "better than none" in reply
    assert not any(d in reply for d in not_days)


def test_two_days_left_give_both() -> None:
    reply = text("I can only get out on Saturdays and Sundays. Which days should I do legs?")
    assert reply.startswith("Saturday and Sunday")


# ---- balanced legs -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "People say runners should keep their legs balanced. What does that mean?",
        "my coach wants my leg training to be balanced, what does that involve?",
        "what do people mean by a balanced leg routine for runners?",
    ],
)
def test_balanced_is_opposing_groups(question: str) -> None:
    reply = text(question)
    assert "opposing" in reply
    assert "hamstring" in reply
    assert not reply.startswith("Balance work")


# ---- coordination -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "How do leg exercises make me more coordinated rather than just stronger?",
        "how does lifting improve coordination, not only muscle?",
        "In what way does strength training build coordination as well as strength?",
    ],
)
def test_coordination_through_balance_and_form(question: str) -> None:
    reply = text(question)
    assert "small muscles" in reply
    assert "form" in reply
    assert "Nearly all of them" not in reply


# ---- why runners skip strength work ------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Why do runners avoid the weight room, and should they?",
        "why don't more runners do strength work?",
        "Why are so many runners scared of lifting weights?",
    ],
)
def test_why_runners_skip_it_gives_their_fears(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Because many fear")
    assert "slow" in reply
    assert "injuries" in reply
    assert "\n\n" not in reply


# ---- an arm hurt, legs asked --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "My elbow is bad so I can't carry weights. Can I still train my legs?",
        "Shoulder problem at the moment, no dumbbells for me. Can I still do leg work?",
        "I've got a wrist injury. Which leg exercises can I still do?",
    ],
)
def test_an_arm_hurt_keeps_the_legs_training(question: str) -> None:
    reply = text(question)
    assert "don't load that arm" in reply
    assert "leg press" in reply
    assert "Legwork session has" not in reply


def test_a_grip_without_injury_keeps_its_plan() -> None:
    reply = text("Dodgy wrists, can't grip dumbbells. What leg work is left?")
    assert reply.startswith("Nothing here needs a grip")


# ---- the one session a week a runner has --------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("I can only get to the gym once a week. Is it pointless doing legs just once?", "No: "),
        ("Work shifts mean one leg session a week at most. Is that a waste of time?", "No: "),
        ("Is a single strength session a week worth it?", "Yes: "),
    ],
)
def test_one_session_a_week_made_to_count(question: str, lead: str) -> None:
    reply = text(question)
    assert reply.startswith(lead + "one strength session a week is far better than none")
    assert "several major muscle groups" in reply
    assert "high mileage" not in reply


# ---- a sore part, stretching or strength asked --------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "move"),
    [
        ("My knees ache on long runs, should I do stretching or strengthening?", "step-ups"),
        ("My shins hurt when I run, what stretching or strength work would help?", "wall toe raise"),
        ("hips are sore after runs - stretch or strengthen?", "side-lying hip raise"),
        ("knees hurt, what stretching or strength should I do?", "hamstring push-ups"),
    ],
)
def test_sore_part_gets_strength_moves_and_the_safe_line(question: str, move: str) -> None:
    reply = text(question)
    assert reply.startswith("Strength work, mostly")
    assert move in reply
    assert "physio" in reply
    assert "Finish with some stretching" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "is once a week enough for leg strength?",
        "Is one session of leg work a week enough?",
        "can only make it to the gym once a week, is that enough",
    ],
)
def test_one_session_enough_is_a_start_made_to_count(question: str) -> None:
    reply = text(question)
    assert reply.startswith("It's a start, but")
    assert "make it count" in reply


# ---- a muscle part not said yet is new ----------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Which calf muscle is the inner one and which is the outer one, and what exercise hits them?",
        "which is the inner calf and which is the outer, and how do I train them?",
        "What's the inner calf muscle called, and the outer one?",
    ],
)
def test_inner_and_outer_calf_both_named(question: str) -> None:
    reply = text(question)
    assert "soleus is the deeper, inner calf muscle" in reply
    assert "gastrocnemius is the outer calf muscle" in reply


# ---- what a move looks like: its steps -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "step"),
    [
        (
            "What's that lying-on-your-side leg lift with an ankle weight meant to look like?",
            "1) Fix an ankle",
        ),
        ("what does a hamstring push-up look like?", "1) Lie face up"),
        ("what is a wall squat supposed to look like with a ball?", "1) Trap a pumped-up exercise ball"),
    ],
)
def test_look_like_gets_the_steps(question: str, step: str) -> None:
    reply = text(question)
    assert step in reply
    assert "no set weight" not in reply


# ---- travelling: the no-kit routine --------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Travelling for work all week in hotels, how do I keep up leg strength?",
        "On the road for work a lot, how can I keep doing leg work?",
        "I'm on a business trip for two weeks, how do I keep up my leg training?",
    ],
)
def test_travelling_gets_moves_without_kit(question: str) -> None:
    reply = text(question)
    assert reply.startswith("With no kit")
    assert "One-legged squat" in reply
    assert "Dumbbell" not in reply and "machine" not in reply


# ---- the gap between a run and a lift, asked after the order -------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Do I do my run first or my strength work first if they're on the same day? And how long between "
        "them?",
        "should I run before or after lifting, and how long should I leave between?",
        "Same day run and lift: which goes first, and how long do I wait in between?",
    ],
)
def test_gap_between_run_and_lift(question: str) -> None:
    reply = text(question)
    assert "run first" in reply.lower()
    assert "The article gives no gap" in reply
    assert "15 to 20 minutes is enough" not in reply


# ---- getting ready for a session: the warm-up ----------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What's a good way to get ready before I start a leg session?",
        "how should I prepare for a leg workout?",
        "what should I do to get ready for leg day?",
    ],
)
def test_getting_ready_is_the_warm_up_and_stretch(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Warm up and stretch first")
    assert "jogging" in reply
    assert "•" not in reply


# ---- a surgeon's or physio's go-ahead said in plain words ----------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Old meniscus op on my left knee, surgeon says I can exercise but I'm nervous. Which leg exercises "
        "are sensible?",
        "torn meniscus two years ago, doctor says I can train now, which exercises are safe?",
        "Meniscus surgery in the spring and my physio told me I can start lifting. What leg work should I "
        "do?",
    ],
)
def test_a_go_ahead_told_gets_moves_not_a_diagnosis_line(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Good that")
    assert "bridges" in reply
    assert "needs a proper diagnosis" not in reply


# ---- the order asked on a shared day: no "Yes" to an either/or -----------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "do i run frist or lift frist if its the same day",
        "Should I run first or do strength first if it's the same day?",
        "same day: do I jog first or lift first?",
    ],
)
def test_order_on_a_shared_day_answers_the_order(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Run first")
    assert "hard-run day" in reply
