"""Round 14 (tuner wb): body limits and constraints read in more words; an old, healed injury told by
the life it happened in ("back then", "in my rugby days", "used to pull it") is history, not today's
injury, while a hurt told as today's news still gets the stop/rest lead; and an on-topic message
(sessions a week, a limit told after a comma) is not refused as off-topic."""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless

_OFF = "I only know leg strength"
_STOP = ("Stop and rest", "Stop now")


# --- an old injury told by the life it happened in: not acute ---------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "I strained my calf a few times back in my rugby days, now I just run halves. how should I set up my "
        "leg strength week?",
        "tore my hamstring in my playing days, now I'm a runner. which exercises keep both legs even?",
        "I used to pull my hamstrings a lot when I played football. what leg work should I do now?",
        "pulled my groin twice back then when I played hockey, now 40 and running 10ks. how do I balance my "
        "leg sessions?",
    ],
)
def test_an_old_injury_is_not_told_to_stop(message: str) -> None:
    reply = text(message)
    assert not reply.startswith(_STOP), reply
    assert _OFF not in reply


@pytest.mark.parametrize(
    "message",
    [
        "tore my hamstring years ago and just pulled it again today, what exercises?",
        "played rugby back then and pulled my hamstring last night, what now?",
        "I used to strain my calves, and I just pulled one this morning. can I still do calf raises?",
    ],
)
def test_a_hurt_told_as_todays_news_still_stops(message: str) -> None:
    reply = text(message)
    assert any(s in reply[:40] for s in _STOP) or reply.startswith("Not yet. Stop"), reply
    assert "doctor" in reply or "physio" in reply


# --- a training limit told is on topic -------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "night nurse, only time for one session a week, is that worth it?",
        "busy dad of three, just get 2 short sessions a week, will that do anything?",
        "sleeping badly with work stress, is a couple of short sessions still worth it?",
        "night shifts mess up my sleep, are 2 sessions per week ok for legs?",
    ],
)
def test_sessions_a_week_with_sleep_or_work_told_is_on_topic(message: str) -> None:
    reply = text(message)
    assert _OFF not in reply, reply
    assert any(w in reply for w in ("15 to 20 minutes", "once a week", "twice a week", "Once a week")), reply


def test_sleep_alone_is_still_off_topic() -> None:
    assert _OFF in text("how much sleep do I need?")
