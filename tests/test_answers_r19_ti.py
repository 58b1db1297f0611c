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
