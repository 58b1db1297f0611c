"""Unsure answers offer the closest topics as buttons; pressing one answers it (Telegram and Discord:
see test_telegram.py and test_discord.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

import content
from handlers.deps import Deps
from handlers.registry import dispatch
from tests.conftest import chat, press, say
from tests.test_console import run_console

VAGUE = "knee"  # one word, three topics tie: lock_knees, runners_knee, form_first
FORGED = [
    "topic:rule:nope",
    "topic:",
    "topic:" + "x" * 300,
    "topic:exercise:calf_raise:x",
    "topic:RULE:FREQUENCY",
]


def test_vague_question_is_still_unsure() -> None:
    assert len(content.answer(VAGUE).choices) == 3


def test_every_topic_button_fits_the_platforms() -> None:
    for topic_id in content.topic_ids():
        action = f"topic:{topic_id}"
        assert len(action.encode()) <= 64 - len("lw:"), action  # Telegram's 64 bytes, with Discord's prefix
        assert len(content.topic_title(topic_id) or "") <= 80  # Discord's button label limit


# ---- handlers ---------------------------------------------------------------------------------


async def test_unsure_answer_offers_three_topic_buttons_that_answer(deps: Deps) -> None:
    [r] = await say(deps, f"/ask {VAGUE}")
    assert "not sure" in r.text and "Tap one" in r.text
    assert [b.action for b in r.buttons] == [f"topic:{t}" for t in content.answer(VAGUE).choices]
    for b in r.buttons:
        topic_id = b.action.split(":", 1)[1]
        assert b.label == content.topic_title(topic_id)
        [answer] = await dispatch(press(b.action), deps)
        expected = content.answer_topic(topic_id)
        assert expected is not None and not answer.private and not answer.buttons
        assert expected.text.split("\n")[0] in answer.text


async def test_free_text_in_a_private_chat_gets_the_buttons_too(deps: Deps) -> None:
    [r] = await say(deps, VAGUE)
    assert len(r.buttons) == 3


@pytest.mark.parametrize("action", FORGED)
async def test_forged_topic_buttons_are_refused_privately(deps: Deps, action: str) -> None:
    [r] = await dispatch(press(action, chat("u2", group="g1")), deps)
    assert r.private and "isn't one of mine" in r.text and "<code>/ask" in r.text
    assert not r.buttons


async def test_off_topic_question_gets_the_short_reply_with_an_example(deps: Deps) -> None:
    [r] = await say(deps, "/ask what is the capital of France")
    assert r.text.startswith("I only know leg strength for runners") and "what helps shin splints?" in r.text
    assert not r.buttons


async def test_a_confident_answer_has_no_buttons(deps: Deps) -> None:
    [r] = await say(deps, "/ask should I stretch before or after lifting")
    # Both asks answered in one direct line (issue 25): stretch before (after the warm-up) and after.
    assert "stretch before the workout" in r.text and "stretch again after" in r.text and not r.buttons
    assert r.text.count("Both:") == 1  # the same line is never said twice


# ---- console ----------------------------------------------------------------------------------


@pytest.mark.subprocess
def test_console_buttons_are_pressed_by_typing_the_action(tmp_path: Path) -> None:
    [asked] = run_console(tmp_path, [f"/ask {VAGUE}"], "--no-scheduler")
    buttons = asked["replies"][0]["buttons"]
    assert len(buttons) == 3
    action = buttons[1]["action"]
    pressed, forged = run_console(tmp_path, [action, "topic:rule:nope"], "--no-scheduler")
    title = content.topic_title(action.split(":", 1)[1])
    assert title and pressed["replies"][0]["text"].startswith(title.split(" ")[0])
    assert "isn't one of mine" in forged["replies"][0]["text"]
