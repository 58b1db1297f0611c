"""Round 7, tuner t6: a race time isn't the minutes a runner has; "will it make me faster?" about
strength work gets the payoff answer."""

import pytest

from content import answer


@pytest.mark.parametrize(
    "message",
    [
        "My parkrun times have crept up from 25 to 28 minutes lately. What can I do at home?",
        "My 5k time has slowed to 31 minutes over the winter. What can I do at home to get faster?",
    ],
)
def test_race_time_is_not_session_minutes(message: str) -> None:
    text = answer(message, "").text
    assert "minutes is" not in text
    assert "15 to 20" in text


@pytest.mark.parametrize(
    "message",
    [
        "My 5k time has slowed a lot this year. I have 20 minutes at home twice a week, what should I do?",
        "Getting slower, any ideas for a 30 minute session at home?",
    ],
)
def test_time_they_have_still_read(message: str) -> None:
    assert "minutes is" in answer(message, "").text


@pytest.mark.parametrize(
    "message",
    [
        "My mate says I should lift. Would it actually make me faster, and how often should I go?",
        "Everyone says do strength work. Could that bring my times down, and what should I do at home?",
        "Would lifting speed me up for my half?",
        "I'm thinking about strength training. Will it really help my pace, and when should I do it?",
    ],
)
def test_payoff_ask_gets_yes(message: str) -> None:
    text = answer(message, "").text
    assert "Yes: well-trained muscles" in text
    assert "faster" in text
    assert "not sure about" not in text


@pytest.mark.parametrize(
    ("message", "hard", "free"),
    [
        ("My hard runs are Mon, Wed and Fri. When can I fit lifting in?", ["Mon", "Wed", "Fri"], "Tue"),
        ("hard days are tue thu and sun, when can i squeeze strength in", ["Tue", "Thu", "Sun"], "Fri"),
        ("My key sessions are Tuesday and Saturday. When should I fit in leg work?", ["Tue", "Sat"], "Wed"),
    ],
)
def test_hard_days_named_get_their_own_days(message: str, hard: list[str], free: str) -> None:
    text = answer(message, "").text
    lead = text.split("Keep strength work off")[0]
    assert free in lead
    assert not any(d in lead for d in hard)


@pytest.mark.parametrize(
    ("message", "card"),
    [
        ("where do i put my hands on a hamstring push up", "Hamstring push-up: 1)"),
        ("On lunges, where should I put my weight?", "Lunge: 1)"),
        ("What do one-legged squats work, and where do I put my back foot?", "rest just its toes"),
    ],
)
def test_where_a_body_part_goes_is_form(message: str, card: str) -> None:
    text = answer(message, "").text
    assert card in text
    assert "easy days" not in text


@pytest.mark.parametrize(
    "message",
    [
        "Can I go straight into my routine after an easy run?",
        "can I do my leg routine straight after running?",
        "Is it fine to start the strength routine right after my jog?",
    ],
)
def test_routine_after_a_run_is_the_order(message: str) -> None:
    text = answer(message, "").text
    assert text.startswith("Yes")
    assert "run first" in text


@pytest.mark.parametrize(
    "message",
    [
        "No weights and no hills where I live. Any ideas?",
        "Stuck in a hotel with no equipment. Suggestions?",
        "No gym and no kit, and it's totally flat here. Anything?",
    ],
)
def test_bare_anything_after_constraints_gets_a_plan(message: str) -> None:
    text = answer(message, "").text
    assert "• " in text
    assert "treadmill" not in text
