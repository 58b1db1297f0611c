"""A chat that gets a new id (a Telegram group upgraded to a supergroup) keeps its club: the store's
``move_chat`` on both backends, then the Telegram adapter on the migration service messages and on
a send answered with ``migrate_to_chat_id``."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.config import Settings, TelegramConfig
from bot.telegram.adapter import TelegramAdapter
from handlers.deps import Deps
from handlers.store import Store
from handlers.types import Reply
from tests.conftest import NOW, chat, say
from tests.fakes.charts import RecordingCharts
from tests.fakes.telegram_server import FakeTelegramServer, group_chat, make_user
from tests.storeutil import fetch

OLD, NEW = "-4001", "-1004001"
ADMIN_OLD = chat("boss", group=OLD, admin=True, platform="telegram")
ADMIN_NEW = chat("boss", group=NEW, admin=True, platform="telegram")
MEMBER_NEW = chat("ann", group=NEW, platform="telegram")


async def set_up_club(deps: Deps) -> None:
    [r] = await say(deps, '/challenge new "Winter legs" 12 by 2026-12-31', ADMIN_OLD)
    assert r.buttons, r.text
    assert (
        "joined" in (await say(deps, "/challenge join", chat("ann", group=OLD, platform="telegram")))[0].text
    )
    assert "Club reminder set" in (await say(deps, "/club schedule mon,thu 18:30", ADMIN_OLD))[0].text
    [tz] = await say(deps, "/timezone group Europe/Berlin", ADMIN_OLD)
    assert "Europe/Berlin" in tz.text, tz.text


async def club_as_seen_from(deps: Deps, admin: object, member: object) -> tuple[str, str, str]:
    [ch] = await say(deps, "/challenge", member)  # type: ignore[arg-type]
    [club] = await say(deps, "/club", member)  # type: ignore[arg-type]
    board = await say(deps, "/leaderboard", member)  # type: ignore[arg-type]
    return ch.text, club.text, board[0].text


async def test_a_moved_chat_keeps_its_challenges_members_schedule_and_zone(deps: Deps) -> None:
    await set_up_club(deps)
    assert await deps.store.move_chat("telegram", OLD, NEW) is True
    challenge, club, board = await club_as_seen_from(deps, ADMIN_NEW, MEMBER_NEW)
    assert "Winter legs" in challenge
    assert "Mon and Thu" in club and "18:30" in club
    assert "ann" in board.lower() or "Winter legs" in board
    # The schedule now posts to the new id, the old id has nothing left.
    [target] = await fetch(deps.store, "SELECT target FROM reminder_schedules WHERE chat_id IS NOT NULL")
    assert target[0] == NEW
    assert await deps.store.find_chat("telegram", OLD) is None
    new = await deps.store.find_chat("telegram", NEW)
    assert new is not None and new.tz == "Europe/Berlin"
    # Once: the second migration message (or a second process) finds nothing to move.
    assert await deps.store.move_chat("telegram", OLD, NEW) is False
    assert "Winter legs" in (await say(deps, "/challenge", MEMBER_NEW))[0].text


async def test_a_move_onto_a_chat_seen_first_merges_into_it(deps: Deps) -> None:
    await set_up_club(deps)
    # Someone wrote in the supergroup before the migration message was handled.
    assert "no challenge" in (await say(deps, "/challenge", MEMBER_NEW))[0].text.lower()
    await deps.store.ensure_chat("telegram", NEW, False, NOW)
    assert await deps.store.move_chat("telegram", OLD, NEW) is True
    challenge, club, _ = await club_as_seen_from(deps, ADMIN_NEW, MEMBER_NEW)
    assert "Winter legs" in challenge and "Mon and Thu" in club
    assert len(await fetch(deps.store, "SELECT id FROM reminder_schedules WHERE chat_id IS NOT NULL")) == 1
    assert await deps.store.find_chat("telegram", OLD) is None
    new = await deps.store.find_chat("telegram", NEW)
    assert new is not None and new.tz == "Europe/Berlin"


@pytest.mark.parametrize("same", [True, False])
async def test_moving_an_unknown_chat_or_onto_itself_changes_nothing(deps: Deps, same: bool) -> None:
    await set_up_club(deps)
    before = await fetch(deps.store, "SELECT id, platform_chat_id, tz FROM chats ORDER BY id")
    assert await deps.store.move_chat("telegram", OLD if same else "-999", OLD) is False
    assert await fetch(deps.store, "SELECT id, platform_chat_id, tz FROM chats ORDER BY id") == before


# --- the Telegram adapter ------------------------------------------------------------------------


@pytest.fixture
async def server() -> AsyncIterator[FakeTelegramServer]:
    async with FakeTelegramServer() as s:
        yield s


async def adapter_for(
    server: FakeTelegramServer, store: Store, tmp_path: Path
) -> tuple[TelegramAdapter, Deps]:
    settings = Settings(
        database=str(tmp_path / "legwork.db"),
        base_dir=tmp_path,
        telegram=TelegramConfig(
            api_base_url=server.base_url, file_base_url=server.base_file_url, poll_timeout=1
        ),
    )
    deps = Deps(store=store, settings=settings, charts=RecordingCharts())
    await set_up_club(deps)  # before the adapter: admin rights come from the test's Chat here
    adapter = TelegramAdapter(server.token, settings, deps, clock=lambda: NOW, retry_delay=0.01)
    await adapter.start()
    return adapter, deps


async def ask_in_supergroup(server: FakeTelegramServer, text: str, contains: str) -> str:
    ann = make_user(7001, "ann")
    server.send_text(group_chat(int(NEW), kind="supergroup"), ann, text)
    call = await server.wait_for(
        "sendMessage", lambda c: c.params.get("chat_id") == int(NEW) and contains in str(c.params.get("text"))
    )
    return str(call.params["text"])


async def test_the_migration_messages_move_the_club_to_the_supergroup(
    server: FakeTelegramServer, store: Store, tmp_path: Path
) -> None:
    adapter, _ = await adapter_for(server, store, tmp_path)
    try:
        server.migrate(int(OLD), int(NEW))  # both service messages arrive
        assert "Winter legs" in await ask_in_supergroup(server, "/challenge", "Winter legs")
        assert "18:30" in await ask_in_supergroup(server, "/club", "Mon and Thu")
        assert await store.find_chat("telegram", OLD) is None
        [target] = await fetch(store, "SELECT target FROM reminder_schedules WHERE chat_id IS NOT NULL")
        assert target[0] == NEW
    finally:
        await adapter.stop()


async def test_a_send_answered_migrate_to_chat_id_moves_the_club_too(
    server: FakeTelegramServer, store: Store, tmp_path: Path
) -> None:
    adapter, _ = await adapter_for(server, store, tmp_path)
    try:
        server.migrate(int(OLD), int(NEW), announce=False)  # only the 400 tells
        await adapter.send(OLD, [Reply("Club strength session")])
        assert [c.params["chat_id"] for c in server.calls_of("sendMessage")] == [int(NEW)]
        assert await store.find_chat("telegram", OLD) is None
        [target] = await fetch(store, "SELECT target FROM reminder_schedules WHERE chat_id IS NOT NULL")
        assert target[0] == NEW
        assert "Winter legs" in await ask_in_supergroup(server, "/challenge", "Winter legs")
    finally:
        await adapter.stop()


async def test_a_command_right_after_the_move_waits_for_it(
    server: FakeTelegramServer, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The move is slow (a busy database) and /challenge comes in the same batch of updates: the
    command still finds the club in the supergroup, because a chat's updates wait for its move."""
    adapter, _ = await adapter_for(server, store, tmp_path)
    real = store.move_chat

    async def slow_move(platform: str, old: str, new: str) -> bool:
        await asyncio.sleep(0.5)
        return await real(platform, old, new)

    monkeypatch.setattr(store, "move_chat", slow_move)
    try:
        server.migrate(int(OLD), int(NEW))
        assert "Winter legs" in await ask_in_supergroup(server, "/challenge", "Winter legs")
    finally:
        await adapter.stop()
