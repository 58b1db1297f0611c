"""Run files through the real Telegram adapter on the fake Bot API: documents downloaded with
getFile only in private chats and under the size limits."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from bot.telegram.adapter import TelegramAdapter
from handlers.deps import Deps
from handlers.store import Store
from tests import runsamples
from tests.conftest import NOW
from tests.fakes.charts import RecordingCharts
from tests.fakes.telegram_server import FakeTelegramServer, parse_html, private_chat
from tests.test_telegram import ANN, BOB, CLUB, callback_data, tg_settings, to


@pytest.fixture
async def server() -> AsyncIterator[FakeTelegramServer]:
    async with FakeTelegramServer() as s:
        yield s


@pytest.fixture
async def bot(server: FakeTelegramServer, store: Store, tmp_path: Path) -> AsyncIterator[TelegramAdapter]:
    deps = Deps(store=store, settings=tg_settings(server, tmp_path), charts=RecordingCharts())
    adapter = TelegramAdapter(server.token, deps.settings, deps, clock=lambda: NOW, retry_delay=0.01)
    await adapter.start()
    yield adapter
    await adapter.stop()


RUN = runsamples.gpx(NOW - timedelta(days=1), runsamples.easy(50))


async def test_a_gpx_document_in_private_is_downloaded_and_recorded(
    server: FakeTelegramServer, bot: TelegramAdapter, store: Store
) -> None:
    server.send_document(private_chat(ANN), ANN, "Thursday.gpx", RUN)
    call = await server.wait_for("sendMessage", to(ANN["id"], "Run added"))
    assert "Easy run: 50 min" in parse_html(call.params["text"])
    assert any(d.startswith(f"runclass:{ANN['id']}:") for d in callback_data(call))
    assert len(server.calls_of("getFile")) == 1 and len(server.downloads) == 1
    user = await store.get_user("telegram", str(ANN["id"]))
    assert user is not None and len(await store.all_runs(user.id)) == 1
    # the same file again
    server.send_document(private_chat(ANN), ANN, "again.gpx", RUN)
    await server.wait_for("sendMessage", to(ANN["id"], "Already have this run (Thu 26 Nov, "))


async def test_a_run_file_in_a_group_is_not_downloaded(
    server: FakeTelegramServer, bot: TelegramAdapter, store: Store
) -> None:
    server.open_private(BOB)
    server.send_document(CLUB, BOB, "long.fit", RUN)
    await server.wait_for(
        "sendMessage", lambda c: "Send run files to me privately" in str(c.params.get("text", ""))
    )
    server.send_document(CLUB, BOB, "minutes.pdf", b"%PDF-1.4")  # not for the bot at all
    server.send_text(CLUB, BOB, "/help@" + server.username)
    await server.wait_for("sendMessage", to(CLUB["id"], "What I can do"))
    assert not server.calls_of("getFile") and server.downloads == []
    assert len([c for c in server.calls_of("sendMessage") if "privately" in str(c.params.get("text"))]) == 1


async def test_big_and_unknown_files_are_refused_without_downloading(
    server: FakeTelegramServer, bot: TelegramAdapter
) -> None:
    server.send_document(private_chat(ANN), ANN, "huge.fit", b"x" * 100, size=25 * 1024 * 1024)
    await server.wait_for("sendMessage", to(ANN["id"], "over 10 MB"))
    server.send_document(private_chat(ANN), ANN, "big.fit", b"x" * 100, size=11 * 1024 * 1024)
    server.send_document(private_chat(ANN), ANN, "notes.docx", b"PK\x03\x04")
    await server.wait_for("sendMessage", to(ANN["id"], "I can read .gpx, .fit and .tcx files"))
    assert len([c for c in server.calls_of("sendMessage") if "over 10 MB" in str(c.params.get("text"))]) == 2
    assert not server.calls_of("getFile") and server.downloads == []


async def test_a_broken_file_is_downloaded_then_refused(
    server: FakeTelegramServer, bot: TelegramAdapter
) -> None:
    server.send_document(private_chat(ANN), ANN, "bomb.gpx", runsamples.BOMB)
    await server.wait_for("sendMessage", to(ANN["id"], "XML entities or a DTD"))
    assert len(server.downloads) == 1
