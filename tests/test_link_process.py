"""One bot process on both fake platforms: a runner logs on Telegram, links, and sees it on Discord.

The real ``python -m bot`` runs with both tokens; the fake Telegram and Discord servers run in this
test process (see tests/test_process.py for the harness).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.fakes.discord_server import FakeDiscord, FakeUser
from tests.fakes.telegram_server import FakeTelegramServer, make_user, private_chat
from tests.procutil import poll_until
from tests.test_process import DC_TOKEN, TG_TOKEN, make_bot, stop

pytestmark = pytest.mark.subprocess


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegramServer]:
    async with FakeTelegramServer(token=TG_TOKEN) as s:
        yield s


@pytest.fixture
async def dc() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(token=DC_TOKEN) as s:
        yield s


CODE = re.compile(r"([A-Z0-9]{4}-[A-Z0-9]{4})")


def texts_to(server: FakeTelegramServer, chat_id: int) -> list[str]:
    return [
        str(c.params.get("text", ""))
        for c in server.calls_of("sendMessage")
        if c.params.get("chat_id") == chat_id
    ]


async def test_log_on_telegram_link_and_see_it_in_discord_history(
    tmp_path: Path, tg: FakeTelegramServer, dc: FakeDiscord
) -> None:
    bot, _db = make_bot(tmp_path, tg, dc)
    ann = make_user(5_000_001, "Ann")
    dc_ann = FakeUser(1_300_000_000_000_000_777, "ann", "Ann")
    try:
        await bot.start_and_wait()
        await dc.wait_connected(within=10)
        tg.send_text(private_chat(ann), ann, "/done hills 25 note hill sprints on telegram")
        await poll_until(lambda: any("Logged" in t for t in texts_to(tg, ann["id"])), 30, "the /done reply")
        # Before linking, Discord knows nothing of it.
        before = await (await dc.slash("history", user=dc_ann, dm=True)).wait_answered(30)
        assert "hill sprints" not in before.text()

        tg.send_text(private_chat(ann), ann, "/link")
        await poll_until(lambda: any(CODE.search(t) for t in texts_to(tg, ann["id"])), 30, "a link code")
        code = next(m.group(1) for t in texts_to(tg, ann["id"]) if (m := CODE.search(t)))
        linked = await (await dc.slash("link", user=dc_ann, code=code)).wait_answered(30)
        assert "Linked" in linked.text() and linked.messages[0].ephemeral

        history = await (await dc.slash("history", user=dc_ann, dm=True)).wait_answered(30)
        assert "hill sprints on telegram" in history.text()
        # And back: a session logged on Discord shows in Telegram's /history.
        done = await (
            await dc.slash("done", user=dc_ann, dm=True, setting="gym", note="gym on discord")
        ).wait_answered(30)
        assert "Logged" in done.text()
        tg.send_text(private_chat(ann), ann, "/history")
        await poll_until(
            lambda: any("gym on discord" in t for t in texts_to(tg, ann["id"])), 30, "Telegram's /history"
        )
        # The code was single-use.
        again = await (
            await dc.slash("link", user=FakeUser(1_300_000_000_000_000_778, "bo", "Bo"), code=code)
        ).wait_answered(30)
        assert "wrong, used or expired" in again.text()
        assert bot.running
        assert "Traceback" not in bot.stderr()
        await stop(bot)
    finally:
        bot.close()
