"""Discord's edges, end to end through the real discord.py against the fake Discord:

* a club post refused for missing permissions (403, code 50013) tells the guild's owner once,
  privately (bot/discord/access.py);
* a /done whose interaction expired (404, code 10062) is stored once, whether Discord delivers
  the interaction again or the user runs /done again (bot/discord/unanswered.py).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.discord.adapter import DiscordAdapter
from bot.services.challenge_posts import ChallengePoster
from bot.services.reminders import ReminderService
from bot.store.sqlite import Store
from tests.conftest import Backend
from tests.fakes.discord_server import ADMIN_PERMISSIONS, FakeDiscord, FakeUser
from tests.procutil import poll_until
from tests.storeutil import fetch
from tests.test_discord import TOKEN, dc_settings, started_adapter

Factory = Callable[..., Any]


@pytest.fixture
async def server() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(token=TOKEN) as s:
        yield s
        assert [(c.path, errors) for c, errors in s.refused] == []


@pytest.fixture
async def make_adapter(server: FakeDiscord, tmp_path: Path) -> AsyncIterator[Factory]:
    """Start an adapter on a store (a restart: a new adapter on a new store of the same database)."""
    started: list[DiscordAdapter] = []

    async def make(store: Store) -> DiscordAdapter:
        adapter = await started_adapter(dc_settings(server, tmp_path), store)
        started.append(adapter)
        return adapter

    yield make
    for adapter in started:
        await adapter.stop()


# --- 50013 Missing Permissions on a club post -------------------------------------------------------


def dm_posts(server: FakeDiscord, user: FakeUser) -> list[str]:
    """What the bot sent a user privately."""
    channel = server.dm_channels.get(user.id)
    if channel is None:
        return []
    return [
        _text(c.json) for c in server.calls_to("POST", rf"/channels/{channel}/messages") if c.status == 200
    ]


def _text(body: Any) -> str:
    parts = [body.get("content") or ""]
    for e in body.get("embeds") or []:
        parts += [e.get("title", ""), e.get("description", "")]
    return "\n".join(p for p in parts if p)


async def reminders_at(adapter: DiscordAdapter, when: datetime) -> None:
    svc = ReminderService(
        adapter.deps.store, adapter.settings, adapter.deps, {"discord": adapter}, clock=lambda: when
    )
    try:
        await svc.tick(when)
        await svc.drain()
    finally:
        await svc.stop()


async def test_a_club_post_refused_for_missing_permissions_tells_the_owner_once(
    server: FakeDiscord, store: Store, backend: Backend, make_adapter: Factory
) -> None:
    bot = await make_adapter(store)
    guild = server.guilds[0]
    channel = guild.channel_ids[1]
    # Alice (Manage Server) sets a club reminder in the channel and starts a challenge there.
    club = await server.slash(
        "club", "schedule", channel_id=channel, permissions=ADMIN_PERMISSIONS, days="mon,thu", time="18:30"
    )
    assert "Club reminder set" in (await club.wait_answered()).text()
    new = await server.slash(
        "challenge", "new", channel_id=channel, permissions=ADMIN_PERMISSIONS, name="Dozen", goal=2,
        by="2026-12-02",
    )  # fmt: skip
    assert "Dozen" in (await new.wait_answered()).text()
    # Then the bot's Send Messages is taken away in that channel.
    server.missing_permissions.add(channel)
    posts = rf"/channels/{channel}/messages"
    before = len(server.calls_to("POST", posts))

    await reminders_at(bot, datetime(2026, 11, 30, 18, 30, tzinfo=UTC))  # Monday: the club reminder
    refused = server.calls_to("POST", posts)[before:]
    assert refused and all(c.status == 403 for c in refused)  # tried, refused, nothing posted
    # The owner (Carol) is told once, privately: which channel, which permissions, how to resume.
    [notice] = dm_posts(server, server.carol)
    assert "#channel-1" in notice and guild.name in notice
    assert "Send Messages" in notice and "Embed Links" in notice
    assert "/club schedule mon,thu 18:30 home" in notice
    # Nobody else is messaged: no DM channel is even opened for them.
    assert set(server.dm_channels) == {server.carol.id}

    # A second refused post in that channel (the challenge's results) sends no second notice.
    await ChallengePoster(store, bot.settings, {"discord": bot})(datetime(2026, 12, 5, 8, 0, tzinfo=UTC))
    assert len(server.calls_to("POST", posts)) > len(refused) + before  # it was tried
    assert len(dm_posts(server, server.carol)) == 1
    challenge = (await fetch(store, "SELECT id FROM challenges"))[0][0]
    assert await store.post_status(challenge, "results", "") == "blocked"

    # Nor after a restart: a new process on the same database, the reminder set again and refused.
    await bot.stop()
    again = backend.new()
    await again.open()
    try:
        restarted = await make_adapter(again)
        reset = await server.slash(
            "club",
            "schedule",
            channel_id=channel,
            permissions=ADMIN_PERMISSIONS,
            days="mon,thu",
            time="18:30",
        )
        await reset.wait_answered()  # an interaction answer: not a post, so it goes through
        tries = len(server.calls_to("POST", posts))
        await reminders_at(restarted, datetime(2026, 12, 3, 18, 30, tzinfo=UTC))  # Thursday
        assert len(server.calls_to("POST", posts)) > tries
        assert len(dm_posts(server, server.carol)) == 1
        assert set(server.dm_channels) == {server.carol.id}
        assert all(c.status == 403 for c in server.calls_to("POST", posts)[before:])
    finally:
        await again.close()


# --- 10062 Unknown interaction on /done -------------------------------------------------------------


async def sessions_of(store: Store, user: FakeUser) -> list[tuple[Any, ...]]:
    return [
        tuple(r)
        for r in await fetch(
            store,
            "SELECT s.setting, s.minutes, s.note FROM sessions s JOIN users u ON u.id = s.user_id "
            "WHERE u.platform = 'discord' AND u.platform_user_id = ?",
            str(user.id),
        )
    ]


async def test_an_expired_done_is_stored_once_when_redelivered_or_retried(
    server: FakeDiscord, store: Store, make_adapter: Factory, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, "bot.discord.adapter")
    await make_adapter(store)
    server.answer_deadline = 3.0  # Discord's
    alice = server.alice
    # The interaction reaches the bot 3.5 s after it was made (a lagging gateway): the session is
    # stored, but every answer is refused, 10062, and the user sees "did not respond".
    late = await server.slash("done", setting="home", minutes=20, age=3.5)
    await poll_until(lambda: "could not answer a Discord done" in caplog.text, 5, "the failed answer")
    [callback] = server.calls_to("POST", rf"/interactions/{late.id}/[^/]+/callback")
    assert callback.status == 404 and callback.json is not None
    assert not late.answered and not late.visible()
    assert await sessions_of(store, alice) == [("home", 20, "")]

    # Discord delivers the same interaction again: still one session.
    await server.dispatch_interaction(late.payload)
    await poll_until(lambda: caplog.text.count("could not answer a Discord done") >= 2, 5, "the second one")
    assert await sessions_of(store, alice) == [("home", 20, "")]

    # The user runs /done again with the same options: "already logged", nothing stored.
    retry = await server.slash("done", setting="home", minutes=20)
    await retry.wait_answered()
    assert "Already logged" in retry.text() and retry.messages[0].ephemeral
    assert await sessions_of(store, alice) == [("home", 20, "")]
    # A different /done is another session, and a retry by someone else is theirs.
    other = await server.slash("done", setting="home", minutes=20, note="evening")
    assert "Logged ✅" in (await other.wait_answered()).text()
    bob = await server.slash("done", user=server.bob, setting="home", minutes=20)
    assert "Logged ✅" in (await bob.wait_answered()).text()
    assert sorted(await sessions_of(store, alice)) == [("home", 20, ""), ("home", 20, "evening")]
    assert await sessions_of(store, server.bob) == [("home", 20, "")]


async def test_a_done_delivered_again_is_stored_once_by_its_interaction_id(
    server: FakeDiscord, store: Store, make_adapter: Factory
) -> None:
    await make_adapter(store)
    server.answer_deadline = 3.0
    it = await server.slash("done", setting="gym", minutes=30)
    assert "Logged ✅" in (await it.wait_answered()).text()
    assert await sessions_of(store, server.alice) == [("gym", 30, "")]
    # The same interaction again (a gateway replay): its answer is refused, as already
    # acknowledged (40060), and its session is the one stored: the interaction id is its key.
    await server.dispatch_interaction(it.payload)
    await server.wait_for(lambda: len(server.calls_to("POST", rf"/interactions/{it.id}/[^/]+/callback")) == 2)
    assert [c.status for c in server.calls_to("POST", rf"/interactions/{it.id}/[^/]+/callback")] == [200, 400]
    assert await sessions_of(store, server.alice) == [("gym", 30, "")]
    # Followups on a token that was never acknowledged are refused as on Discord (10015).
    late = await server.slash("help", age=5.0)
    await server.wait_for(lambda: bool(server.calls_to("POST", rf"/interactions/{late.id}/[^/]+/callback")))
    assert not late.answered
