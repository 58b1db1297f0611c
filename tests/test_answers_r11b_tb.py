"""Round 11 pass 2 (tuner tb): multi-part messages, follow-ups, slang and typos (val17 failures)."""

from __future__ import annotations

import pytest

from tests.answerutil import text

POLICE = (
    "police test in 8 weeks. should i even bother with strength this close, "
    "and will it slow down my 1.5 mile?"
)


@pytest.mark.parametrize(
    "message",
    [
        POLICE,
        "army fitness test is 6 weeks out, is there any point doing leg work now or is it too late?",
        "half marathon in 2 months, is it pointless starting squats now?",
    ],
)
def test_event_weeks_away_is_worth_it_not_the_week_off(message: str) -> None:
    # An event N weeks away is no count of weeks lifted: the verdict on the time left, not the week off.
    reply = text(message)
    first = reply.split("\n")[0]
    assert "worth it" in first, reply
    assert "twice a week" in first, reply
    assert "day before" in first, reply
    assert "week off" not in reply, reply


def test_event_weeks_away_then_slow_ask_answered_second() -> None:
    reply = text(POLICE)
    assert "slow you down" in reply.split("\n\n")[1], reply


def test_weeks_lifted_still_gets_the_week_off() -> None:
    assert "week off" in text("I've lifted 6 weeks straight, do I need a break?")


@pytest.mark.parametrize(
    ("message", "last", "steady", "other"),
    [
        ("my chairs keep sliding, what else can I use", "exercise:hamstring_pushup", "wall", "exercise ball"),
        ("the chair slips on my wooden floor", "exercise:hamstring_pushup", "wall", "exercise ball"),
        (
            "my step wobbles a bit, is there something else I can use?",
            "exercise:calf_raise",
            "solid",
            "stair",
        ),
        ("the bench moves when i step up, what do i do", None, "wall", "stair"),
    ],
)
def test_kit_that_moves_gets_steadied_then_swapped(
    message: str, last: str | None, steady: str, other: str
) -> None:
    reply = text(message, last)
    first = reply.split("\n")[0]
    assert steady in first, reply
    assert other in first, reply
    assert "Dose" not in reply, reply


def test_tips_on_a_move_is_no_kit_that_tips() -> None:
    reply = text("going up onto a box one foot at a time and back down - any tips on doing it right")
    assert "so it can't move" not in reply, reply


@pytest.mark.parametrize(
    "message",
    ["can I do plyometrics at home?", "could i do plyos in my flat?", "can i do jump drills indoors"],
)
def test_plyos_at_home_names_what_to_do(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes"), reply
    assert "line" in reply.split("\n")[0], reply
    assert "bounding drills" not in reply, reply


@pytest.mark.parametrize(
    "message",
    [
        "dad of 3, I get about 30 min twice a week. what exercises, and in what order with my runs?",
        "only have 20 minutes at home, what should i do and is it before or after my run?",
        "give me a gym routine and tell me which goes first, the run or the weights",
    ],
)
def test_plan_then_run_order_ask_answered(message: str) -> None:
    reply = text(message)
    assert "• " in reply, reply
    assert "run first" in reply.lower(), reply


@pytest.mark.parametrize(
    ("message", "number"),
    [
        ("bro how many hill sends am i meant to do, quads are cooked after 3 💀", "5–8"),
        ("how many hill repeats should i do, legs are dead after 4", "5–8"),
        ("how many calf raises am i supposed to do? calves get wrecked after 10", "12–15"),
    ],
)
def test_how_many_with_soreness_told_leads_with_the_number(message: str, number: str) -> None:
    reply = text(message)
    assert number in reply.split("\n")[0], reply
    assert not reply.startswith("Yes"), reply


@pytest.mark.parametrize(
    "message",
    [
        "Second year uni, the gym membership is like £30 a month and I genuinely can't justify it. "
        "I run 3 times "
        "a week. All I've got is my room and the stairwell. What would you have me do?",
        "the gym costs 40 a month which i cant afford, i have a bedroom and some stairs. what would you do?",
    ],
)
def test_a_month_told_is_no_ask_for_the_week_off(message: str) -> None:
    assert "week off" not in text(message)


@pytest.mark.parametrize(
    "message",
    [
        "need some no-faff S&C for a dad who pushes a running buggy everywhere, keep it chill",
        "need a quick leg workout, i run 5 days a week",
    ],
)
def test_a_bare_need_some_is_a_request_not_do_i_need_it(message: str) -> None:
    """A held-out regression of pass 2 (test18-027): "need some S&C for a dad who pushes a running
    buggy" read as "do I need strength work if I already run?"."""
    assert "inefficient way to build strength" not in text(message)


def test_need_leg_day_if_i_run_is_still_yes() -> None:
    assert text("need leg day if i already run 60k?").startswith("Yes")
