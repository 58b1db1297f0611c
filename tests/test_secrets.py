"""No log level shows a secret: a full session of the real ``python -m bot`` at DEBUG, grepped.

The bot runs in Telegram's webhook mode (so the webhook secret and the calendar feed are in play)
with Discord beside it, on PostgreSQL through a URL with a password (the local test server trusts
127.0.0.1, so the password is carried but not needed). The session makes a /link code on Telegram
and redeems it on Discord, makes a calendar feed URL and fetches it, logs a session with a note and
writes free text. Then the whole output is searched for each secret, and for the words of every
message beyond its command name.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from tests.fakes.discord_server import FakeDiscord
from tests.fakes.telegram_server import FakeTelegramServer, make_user, private_chat
from tests.pgutil import fresh_database
from tests.procutil import BotProcess, free_port, poll_until, write_config

pytestmark = pytest.mark.subprocess

TG_TOKEN = "987654322:secrets-test-token-AAbbCC"
DC_TOKEN = "secrets-test-discord-token.NotReal.9a8b7c"
HOOK_SECRET = "hook-secret-Zq81xPw"
DB_PASSWORD = "db-pass-Kx7Yw2"
# Words of user messages (beyond the command name) that no log line may carry.
PRIVATE_WORDS = ("knee-hurts-after-hills", "marmalade-tempo", "plyo-private-note")


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegramServer]:
    async with FakeTelegramServer(token=TG_TOKEN) as s:
        yield s


@pytest.fixture
async def dc() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(token=DC_TOKEN) as s:
        yield s


async def test_a_debug_log_of_a_full_session_holds_no_secret(
    tmp_path: Path, tg: FakeTelegramServer, dc: FakeDiscord
) -> None:
    port = free_port()
    async with fresh_database() as url:
        db_url = url.replace("postgresql://postgres@", f"postgresql://postgres:{DB_PASSWORD}@", 1)
        assert DB_PASSWORD in db_url
        config = write_config(
            tmp_path / "config.toml",
            "legwork.db",  # overridden by LEGWORK_DATABASE_URL
            telegram_url=tg.base_url,
            telegram_file_url=tg.base_file_url,
            discord_api=dc.api_base,
            discord_gateway=dc.gateway_url,
            log_level="DEBUG",
            telegram_extra={
                "mode": "webhook",
                "webhook_url": "https://legwork.example/tg/hook",
                "webhook_listen": "127.0.0.1",
                "webhook_port": port,
            },
        )
        with config.open("a", encoding="utf-8") as f:
            f.write("[calendar]\nfeed = true\n")
        bot = BotProcess(
            tmp_path,
            config,
            telegram_token=TG_TOKEN,
            discord_token=DC_TOKEN,
            env={"TELEGRAM_WEBHOOK_SECRET": HOOK_SECRET, "LEGWORK_DATABASE_URL": db_url},
        )
        ann = make_user(6_100_001, "Ann")
        hook = f"http://127.0.0.1:{port}/tg/hook"
        try:
            await bot.start_and_wait()
            await dc.wait_connected(within=10)
            async with aiohttp.ClientSession() as http:

                async def say(text: str) -> str:
                    before = len(tg.texts_to(ann["id"]))
                    update = tg.send_text(private_chat(ann), ann, text)
                    headers = {"X-Telegram-Bot-Api-Secret-Token": HOOK_SECRET}
                    async with http.post(hook, json=update, headers=headers) as r:
                        assert r.status == 200
                    await poll_until(lambda: len(tg.texts_to(ann["id"])) > before, 20, f"an answer to {text}")
                    return tg.texts_to(ann["id"])[-1]

                await say("/help")
                await say(f"/done home 20 note {PRIVATE_WORDS[0]}")
                await say(f"just chatting about {PRIVATE_WORDS[1]}")
                code_reply = await say("/link")
                code = re.search(r"([A-Z0-9]{4}-[A-Z0-9]{4})", code_reply)
                assert code is not None, code_reply
                feed_reply = await say("/calendar url")
                feed = re.search(r"(https?://\S+?/calendar/)([A-Za-z0-9_-]+)\.ics", feed_reply)
                assert feed is not None, feed_reply
                token = feed.group(2)
                async with http.get(f"http://127.0.0.1:{port}/calendar/{token}.ics") as r:
                    assert r.status == 200
                    assert "BEGIN:VCALENDAR" in await r.text()
                linked = await (await dc.slash("link", code=code.group(1))).wait_answered(10)
                assert "linked" in linked.text().lower(), linked.text()
                await (await dc.slash("done", setting="plyo", note=PRIVATE_WORDS[2])).wait_answered(10)
            bot.send_signal(15)
            assert await bot.wait_exit(15) == 0
        finally:
            bot.close()
    output = bot.all_output()
    assert " DEBUG bot." in output, output[-2000:]  # the logs did flow, at DEBUG
    secrets = {
        "Telegram token": TG_TOKEN.split(":", 1)[1],
        "Discord token": DC_TOKEN,
        "webhook secret": HOOK_SECRET,
        "database password": DB_PASSWORD,
        "link code": code.group(1),
        "link code (bare)": code.group(1).replace("-", ""),
        "calendar feed token": token,
        **{f"message words {i}": w for i, w in enumerate(PRIVATE_WORDS)},
    }
    leaked = {what: [ln for ln in output.splitlines() if s in ln][:2] for what, s in secrets.items()}
    assert {what: lines for what, lines in leaked.items() if lines} == {}
