"""Forged, malformed and bot-sent Telegram updates are answered and ignored (#30 item 8)."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.telegram.adapter import TelegramAdapter
from handlers.deps import Deps
from tests.conftest import NOW, Backend
from tests.fakes.telegram_server import FakeTelegramServer, group_chat, make_user, private_chat
from tests.test_telegram import tg_settings

ANN = make_user(1001, "Ann")
HELPER_BOT = make_user(2002, "Helper") | {"is_bot": True}
ANON = make_user(1087968824, "Group") | {"is_bot": True, "username": "GroupAnonymousBot"}
CLUB = group_chat(-1001234567890, "Tuesday runners")


def forged(server: FakeTelegramServer) -> list[tuple[str, dict[str, Any]]]:
    """(what, update) pairs the bot must answer 200 and ignore, without a traceback."""
    done = server.send_text(private_chat(ANN), ANN, "/done home 20")
    server._updates.clear()  # only used as a template here

    def with_message(**fields: Any) -> dict[str, Any]:
        return {"update_id": 10, "message": done["message"] | fields}

    return [
        ("update_id 2^63", {**done, "update_id": 2**63}),
        ("update_id 2^64 + 5", {**done, "update_id": 2**64 + 5}),
        ("negative update_id", {**done, "update_id": -1}),
        ("text as an integer", with_message(text=12345)),
        ("text as a list", with_message(text=["/done"])),
        ("from a bot", with_message(**{"from": HELPER_BOT})),
        ("from a bot in a group", with_message(**{"from": HELPER_BOT, "chat": CLUB, "text": "/tips"})),
        ("chat id as a string", with_message(chat=CLUB | {"id": "club"})),
    ]


async def test_forged_updates_get_200_and_are_ignored_on_the_webhook(
    tmp_path: Path, backend: Backend, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    async with FakeTelegramServer() as server:
        store = backend.new()
        await store.open()
        settings = tg_settings(
            server,
            tmp_path,
            mode="webhook",
            webhook_url="https://legwork.example/tg/hook",
            webhook_listen="127.0.0.1",
            webhook_port=0,
        )
        adapter = TelegramAdapter(
            server.token,
            settings,
            Deps(store=store, settings=settings),
            clock=lambda: NOW,
            webhook_secret="s3",
        )
        await adapter.start()
        try:
            url = f"http://127.0.0.1:{adapter.webhook_port}/tg/hook"
            headers = {"X-Telegram-Bot-Api-Secret-Token": "s3"}
            async with aiohttp.ClientSession() as http:
                for what, update in forged(server):
                    mark = server.mark()
                    # Twice: a 503 would have Telegram deliver it again and again.
                    for _ in range(2):
                        async with http.post(url, json=update, headers=headers) as r:
                            assert r.status == 200, what
                    await asyncio.sleep(0.05)
                    assert not server.calls_of("sendMessage")[mark:], what
                # A normal update still works; an anonymous admin (from GroupAnonymousBot) is no bot.
                ok = server.send_text(private_chat(ANN), ANN, "/done home 20")
                async with http.post(url, json=ok, headers=headers) as r:
                    assert r.status == 200
                anon = server.send_text(CLUB, ANON, "/tips", sender_chat=CLUB)
                async with http.post(url, json=anon, headers=headers) as r:
                    assert r.status == 200
            await server.wait_for("sendMessage", lambda c: "Logged" in str(c.params.get("text")))
            await server.wait_for("sendMessage", lambda c: c.params.get("chat_id") == CLUB["id"])
            user = await store.get_user("telegram", str(ANN["id"]))
            assert user is not None and await store.count_sessions(user.id) == 1
            assert await store.get_user("telegram", str(HELPER_BOT["id"])) is None
        finally:
            await adapter.stop()
            await store.close()
    assert not any(r.exc_info for r in caplog.records)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING and r.name.startswith("bot")]


async def test_forged_updates_are_ignored_when_polling(
    tmp_path: Path, backend: Backend, caplog: pytest.LogCaptureFixture
) -> None:
    async with FakeTelegramServer() as server:
        store = backend.new()
        await store.open()
        settings = tg_settings(server, tmp_path)
        adapter = TelegramAdapter(
            server.token, settings, Deps(store=store, settings=settings), clock=lambda: NOW, retry_delay=0.01
        )
        await adapter.start()
        try:
            for what, update in forged(server):
                if what.startswith(("update_id", "negative")):
                    continue  # the server numbers polled updates itself
                update.pop("update_id")
                server.enqueue(update)
            server.send_text(private_chat(ANN), ANN, "/done home 20")
            await server.wait_for("sendMessage", lambda c: "Logged" in str(c.params.get("text")))
            await asyncio.sleep(0.1)
            assert len(server.calls_of("sendMessage")) == 1
        finally:
            await adapter.stop()
            await store.close()
    assert not any(r.exc_info for r in caplog.records)
