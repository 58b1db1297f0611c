"""Fair delivery on Discord (issue #26): the real discord.py 2.7 against the fake Discord with
Discord's REST rate limits on (tests/fakes/discord_ratelimits.py: per-route buckets with
X-RateLimit-* headers, a channel's own "shared" limit, the global limit; 429 as Discord answers it).

On Discord a handler's replies are the interaction's answer: the initial response (or a defer)
and followups on that interaction's own webhook route. Discord exempts them from the bot's global
limit and discord.py paces each interaction on its own bucket, so no channel's backlog queues
them; what the bot posts on its own (reminders, digests, results) goes through the outbox
(bot/services/delivery.py), channel by channel. These tests flood one channel and check that
another user, another channel and button presses are not held up by it.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.discord.adapter import USER_LANE, DiscordAdapter
from bot.store.sqlite import Store
from handlers.types import Reply, Request
from tests.fakes.discord_ratelimits import Bucket, RateLimits
from tests.fakes.discord_server import ADMIN_PERMISSIONS, FakeDiscord, FakeInteraction, FakeUser
from tests.test_delivery import PROMPT
from tests.test_discord import TOKEN, dc_settings, started_adapter

FLOODER = FakeUser(1_100_000_000_000_000_201, "flo", "Flo")
PROBER = FakeUser(1_100_000_000_000_000_202, "pat", "Pat")


@pytest.fixture
async def server() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(token=TOKEN) as s:
        s.limits = RateLimits()  # Discord's own figures
        yield s
        assert [(c.path, errors) for c, errors in s.refused] == []


@pytest.fixture
async def bot(server: FakeDiscord, store: Store, tmp_path: Path) -> AsyncIterator[DiscordAdapter]:
    adapter = await started_adapter(dc_settings(server, tmp_path), store)
    yield adapter
    await adapter.stop()


def first_answer(it: FakeInteraction) -> float:
    """Seconds from the interaction's creation to its first answer (a response or a defer)."""
    assert it.first_answer_at is not None, it.payload["data"]
    return it.first_answer_at - it.sent_at


def posted(server: FakeDiscord, channel: int) -> list[str]:
    """What the bot posted in a channel on its own (not interaction answers)."""
    answers = {m.id for it in server.interactions.values() for m in it.messages}
    return [m.text() for m in server.messages.values() if m.channel_id == channel and m.id not in answers]


async def answered(its: list[FakeInteraction], within: float = 30.0) -> None:
    await asyncio.gather(*(it.wait(lambda i: i.answered, within) for it in its))


async def test_a_channel_flood_never_delays_another_users_first_answer(
    server: FakeDiscord, bot: DiscordAdapter
) -> None:
    busy, other = server.guilds[0].channel_ids
    flood = [await server.slash("tips", user=FLOODER, channel_id=busy) for _ in range(25)]
    probes = []
    for k in range(5):
        probe = await server.slash("help", user=PROBER, channel_id=other if k % 2 else busy)
        await probe.wait_answered(30)
        probes.append(probe)
        await asyncio.sleep(0.2)
    waits = [first_answer(p) for p in probes]
    assert max(waits) < PROMPT, waits
    # The flood's own answers came at once too: none waited for the others (Discord wants 3 s).
    await answered(flood)
    assert max(first_answer(it) for it in flood) < PROMPT
    assert all("/workout" in p.text() for p in probes)
    assert all(len(it.callbacks) == 1 for it in [*flood, *probes])  # each answered exactly once
    assert server.limited == {"user": 0, "shared": 0, "global": 0}


async def test_one_users_flood_is_handled_a_few_at_a_time_and_another_user_goes_straight_through(
    server: FakeDiscord, bot: DiscordAdapter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Per-user lanes (bot/discord/adapter.py USER_LANE): a user's 40 commands at once are handled
    at most USER_LANE at a time, so another user's command is not queued behind them on the event
    loop (bench_fairness_discord: a 300-command DM flood held a /help 1.2 s without lanes, 0.25 s
    with them); every flood command is still answered once, within Discord's 3 s."""
    busy, other = server.guilds[0].channel_ids
    running: Counter[int] = Counter()
    most: Counter[int] = Counter()
    real = bot._replies

    async def counted(req: Request) -> tuple[list[Reply], bool]:
        uid = int(req.chat.user_id)
        running[uid] += 1
        most[uid] = max(most[uid], running[uid])
        try:
            await asyncio.sleep(0.05)  # a handler that takes a moment (a store trip)
            return await real(req)
        finally:
            running[uid] -= 1

    monkeypatch.setattr(bot, "_replies", counted)
    flood = [await server.slash("tips", user=FLOODER, channel_id=busy) for _ in range(40)]
    probe = await server.slash("help", user=PROBER, channel_id=other)
    await probe.wait_answered(30)
    await answered(flood)
    assert most[FLOODER.id] == USER_LANE and most[PROBER.id] == 1
    assert first_answer(probe) < PROMPT
    assert max(first_answer(it) for it in flood) < 3.0  # Discord's deadline: deferred in time
    assert all(len(it.callbacks) == 1 for it in [*flood, probe])
    assert bot._lanes.busy() == 0  # no lane is kept once its user's commands are done


@pytest.mark.paced
async def test_a_channels_429s_hold_that_channel_only_and_nothing_is_sent_twice(
    server: FakeDiscord, bot: DiscordAdapter
) -> None:
    """The busy channel allows one post a second (a limit of its own that Discord's headers don't
    announce, so each post past it is refused with 429 first): its 10 posts take ~10 s. Posts to
    the other channel, and every interaction's answer, go on meanwhile."""
    busy, other = server.guilds[0].channel_ids
    server.limits = RateLimits(shared={busy: Bucket(1, 1.0)})
    posts = [asyncio.create_task(bot.send(str(busy), [Reply(f"result {k}")])) for k in range(10)]
    await server.wait_for(lambda: server.limited["shared"] >= 1, within=10)
    post_waits, probes = [], []
    for k in range(5):
        asked = time.monotonic()
        await bot.send(str(other), [Reply(f"news {k}")])
        post_waits.append(time.monotonic() - asked)
        probe = await server.slash("help", user=PROBER, channel_id=busy if k % 2 else other)
        await probe.wait_answered(30)
        probes.append(probe)
        await asyncio.sleep(0.8)  # within the other channel's own 5 posts per 5 s
    assert max(post_waits) < PROMPT, post_waits
    assert max(first_answer(p) for p in probes) < PROMPT
    assert not all(t.done() for t in posts)  # the busy channel was still waiting out its limit
    await asyncio.wait_for(asyncio.gather(*posts), 60)
    held = [c for c in server.calls if c.status == 429]
    assert {c.path for c in held} == {f"/channels/{busy}/messages"}
    assert server.limited["global"] == 0 and server.limited["shared"] >= 3
    texts = posted(server, busy)
    assert sorted(texts) == sorted(f"result {k}" for k in range(10)), texts  # each once
    assert sorted(posted(server, other)) == sorted(f"news {k}" for k in range(5))


@pytest.mark.paced
async def test_a_global_429_pauses_posts_but_not_interaction_answers(
    server: FakeDiscord, bot: DiscordAdapter
) -> None:
    """A global 429: discord.py holds every bot-authorised request for retry_after; interaction
    answers are not bound by the global limit, so they go on."""
    busy, other = server.guilds[0].channel_ids
    pause = PROMPT + 1.0
    server.fail(rf"^/channels/{busy}/messages$", 429, is_global=True, retry_after=pause)
    first = asyncio.create_task(bot.send(str(busy), [Reply("first")]))
    await server.wait_for(lambda: any(c.status == 429 for c in server.calls), within=10)
    paused_at = time.monotonic()
    second = asyncio.create_task(bot.send(str(other), [Reply("second")]))
    probe = await (await server.slash("help", user=PROBER, channel_id=other)).wait_answered(30)
    assert first_answer(probe) < PROMPT  # during the pause
    await asyncio.wait_for(asyncio.gather(first, second), 60)
    sent = [c for c in server.calls if c.method == "POST" and "/messages" in c.path and c.status == 200]
    assert all(c.at >= paused_at + pause - 0.1 for c in sent), [c.at - paused_at for c in sent]
    assert posted(server, busy) == ["first"] and posted(server, other) == ["second"]


async def test_a_join_burst_is_answered_at_once_while_the_channel_is_busy(
    server: FakeDiscord, bot: DiscordAdapter, store: Store
) -> None:
    """12 members press a challenge's Join together while the channel's posts are being held by
    its limit (results, digests): every press gets its answer at once, each joins once."""
    busy, _ = server.guilds[0].channel_ids
    server.limits = RateLimits(shared={busy: Bucket(1, 1.0)})
    new = await server.slash(
        "challenge", "new", channel_id=busy, permissions=ADMIN_PERMISSIONS,
        name="Dozen", goal=12, by="2026-12-31",
    )  # fmt: skip
    await new.wait_answered()
    post = new.messages[0]
    [join] = [i for i in post.custom_ids() if i.startswith("lw:join")]
    posts = [asyncio.create_task(bot.send(str(busy), [Reply(f"digest {k}")])) for k in range(8)]
    await server.wait_for(lambda: server.limited["shared"] >= 1, within=10)
    members = [FakeUser(1_100_000_000_000_000_300 + i, f"m{i}", f"M{i}") for i in range(12)]
    presses = await asyncio.gather(*(server.press(post, join, user=m) for m in members))
    await answered(presses)
    waits = [first_answer(p) for p in presses]
    assert max(waits) < PROMPT, waits
    assert not all(t.done() for t in posts)  # the answers didn't wait for the channel's posts
    await asyncio.gather(*(p.wait_answered(30) for p in presses))
    for m, p in zip(members, presses, strict=True):
        assert f"{m.global_name} joined" in p.text(), p.text()
    await asyncio.wait_for(asyncio.gather(*posts), 60)
    assert sorted(posted(server, busy)) == [f"digest {k}" for k in range(8)]
