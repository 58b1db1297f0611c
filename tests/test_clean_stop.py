"""A clean stop logs no error: both platforms connected, polling and webhook mode, SIGTERM/SIGINT."""

from __future__ import annotations

import asyncio
import signal
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.fakes.discord_server import FakeDiscord
from tests.fakes.telegram_server import FakeTelegramServer, make_user, private_chat
from tests.procutil import BotProcess, free_port, poll_until, write_config

pytestmark = pytest.mark.subprocess

TG_TOKEN = "987654321:clean-stop-token"
DC_TOKEN = "clean-stop-discord-token.NotReal.7f3a9c1d"
SECRET = "clean-stop-webhook-secret"


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegramServer]:
    async with FakeTelegramServer(token=TG_TOKEN) as s:
        yield s


@pytest.fixture
async def dc() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(token=DC_TOKEN) as s:
        yield s


@pytest.mark.parametrize(
    ("mode", "sig"),
    [("polling", signal.SIGTERM), ("webhook", signal.SIGTERM), ("polling", signal.SIGINT)],
    ids=["polling-SIGTERM", "webhook-SIGTERM", "polling-SIGINT"],
)
async def test_stop_with_both_platforms_logs_no_error(
    tmp_path: Path, tg: FakeTelegramServer, dc: FakeDiscord, mode: str, sig: signal.Signals
) -> None:
    extra: dict[str, object] = {}
    env: dict[str, str] = {}
    if mode == "webhook":
        extra = {
            "mode": "webhook",
            "webhook_url": "https://legwork.example/tg/hook",
            "webhook_listen": "127.0.0.1",
            "webhook_port": free_port(),
        }
        env = {"TELEGRAM_WEBHOOK_SECRET": SECRET}
    config = write_config(
        tmp_path / "config.toml",
        tmp_path / "legwork.db",
        telegram_url=tg.base_url,
        telegram_file_url=tg.base_file_url,
        discord_api=dc.api_base,
        discord_gateway=dc.gateway_url,
        telegram_extra=extra,
    )
    bot = BotProcess(tmp_path, config, telegram_token=tg.token, discord_token=dc.token, env=env)
    try:
        await bot.start_and_wait()
        await dc.wait_connected(within=15)
        # Some traffic on both, so their handlers and senders have run before the stop.
        await (await dc.slash("workout", setting="home")).wait_answered()
        if mode == "polling":
            ann = make_user(7_100_001, "Ann")
            tg.send_text(private_chat(ann), ann, "/help")
            await poll_until(lambda: bool(tg.texts_to(ann["id"])), 15, "the Telegram answer")
        await asyncio.sleep(0.3)
        bot.send_signal(sig)
        code = await bot.wait_exit(within=6.5)  # below the runtime's 7 s stop timeout
    finally:
        bot.close()
    log = bot.stderr()
    assert code == 0, log
    assert "Traceback" not in log, log
    assert " ERROR " not in log and "ERROR asyncio" not in log, log
    assert "never retrieved" not in log, log


async def test_stop_while_a_platform_is_still_connecting_logs_no_error(
    tmp_path: Path, tg: FakeTelegramServer, dc: FakeDiscord
) -> None:
    # Discord is up while Telegram's first try still waits for getMe: the start-up's wait for
    # every platform's first try is cancelled by the stop (it used to log "_GatheringFuture
    # exception was never retrieved" with a CancelledError traceback).
    tg.inject("getMe", "slow", times=1, delay=20.0)
    config = write_config(
        tmp_path / "config.toml",
        tmp_path / "legwork.db",
        telegram_url=tg.base_url,
        telegram_file_url=tg.base_file_url,
        discord_api=dc.api_base,
        discord_gateway=dc.gateway_url,
    )
    bot = BotProcess(tmp_path, config, telegram_token=tg.token, discord_token=dc.token)
    try:
        bot.start()
        await poll_until(lambda: "discord connected" in bot.stderr(), 20, "Discord to connect")
        bot.send_signal(signal.SIGTERM)
        code = await bot.wait_exit(within=6.5)
    finally:
        bot.close()
    log = bot.stderr()
    assert code == 0, log
    assert "Traceback" not in log and " ERROR " not in log and "never retrieved" not in log, log
