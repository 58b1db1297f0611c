"""Fair delivery on Discord (issue #26): how long a second user waits while someone floods the bot.

The real Discord adapter (discord.py 2.7, production send budget) against the fake Discord with
Discord's REST rate limits on (tests/fakes/discord_ratelimits.py: 50 bot requests a second, a
channel's messages 5 per 5 s, an interaction's followups 5 per 2 s, X-RateLimit-* headers, 429 as
Discord answers it). Each scenario is a fresh bot, store and server in this process:

- channel flood: one member sends 25 /tips in a channel; a second user's /help in the other
  channel, 5 probes 0.1 s apart, sent while the flood is being answered;
- DM flood: one user sends 300 /tips in a DM; the second user's 5 /help (in their DM);
- per-channel 429 flood: the busy channel allows 1 post a second (a "shared" limit the headers
  don't announce, so each post past it gets a 429 first) and the bot has 10 posts for it; the
  probes, 1 s apart (the other channel's own limit is 5 posts per 5 s): a post to the other
  channel (asked → landed) and a /help in either channel;
- global 429: a post gets a global 429 with retry_after 3 s; /help asked during the pause;
- Join burst: 12 members press a challenge's Join while the channel's 8 posts wait out its limit;
- reminder fan-out: 300 reminders to 300 members' DMs through send() (what the reminder
  service calls), /help asked midway.

Figures: for interactions, creation → first answer (response or defer) at the fake; for posts,
asked → landed. Worst and median of the probes, and what the fake counted: 429s by scope.

    .venv/bin/python bench/bench_fairness_discord.py
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.config import DiscordConfig, Settings  # noqa: E402
from bot.discord.adapter import DiscordAdapter  # noqa: E402
from bot.store.sqlite import Store  # noqa: E402
from handlers.deps import Deps  # noqa: E402
from handlers.types import Reply  # noqa: E402
from tests.fakes.discord_ratelimits import Bucket, RateLimits  # noqa: E402
from tests.fakes.discord_server import ADMIN_PERMISSIONS, FakeDiscord, FakeInteraction, FakeUser  # noqa: E402

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
FLOODER = FakeUser(1_100_000_000_000_000_201, "flo", "Flo")
PROBER = FakeUser(1_100_000_000_000_000_202, "pat", "Pat")


@contextlib.asynccontextmanager
async def running(limits: RateLimits) -> AsyncIterator[tuple[FakeDiscord, DiscordAdapter]]:
    with tempfile.TemporaryDirectory() as tmp:
        async with FakeDiscord() as server:
            server.limits = limits
            cfg = DiscordConfig(api_base_url=server.api_base, gateway_url=server.gateway_url)
            settings = Settings(database=str(Path(tmp) / "legwork.db"), base_dir=Path(tmp), discord=cfg)
            store = Store(settings.database_path)
            await store.open()
            bot = DiscordAdapter(
                "bench-token", settings, Deps(store=store, settings=settings), clock=lambda: NOW,
                guild_ready_timeout=0.05,
            )  # fmt: skip
            await bot.start()
            try:
                yield server, bot
            finally:
                await bot.stop()
                await store.close()


def first_answer(it: FakeInteraction) -> float:
    assert it.first_answer_at is not None
    return it.first_answer_at - it.sent_at


async def probe(
    server: FakeDiscord, n: int = 5, every: float = 1.0, channel: int | None = None, dm: bool = False
) -> list[float]:
    waits = []
    for _ in range(n):
        it = await server.slash("help", user=PROBER, channel_id=channel, dm=dm)
        await it.wait(lambda i: i.answered, 120)
        waits.append(first_answer(it))
        await asyncio.sleep(every)
    return waits


def line(name: str, waits: list[float], server: FakeDiscord, extra: str = "") -> None:
    print(
        f"  {name:<26} worst {max(waits) * 1000:7.0f} ms  median {statistics.median(waits) * 1000:6.0f} ms"
        f"  (n={len(waits)})  429s {server.limited}{extra}"
    )


async def flood_then_probe(label: str, n: int, in_dm: bool) -> None:
    """n /tips from one user at once (in a channel or their DM), then another user's /help probes
    (in the other channel, or their own DM)."""
    async with running(RateLimits()) as (server, _):
        busy, other = server.guilds[0].channel_ids
        where: dict[str, Any] = {"dm": True} if in_dm else {"channel_id": busy}
        flood = [await server.slash("tips", user=FLOODER, **where) for _ in range(n)]
        waits = await probe(server, every=0.1, **({"dm": True} if in_dm else {"channel": other}))
        await asyncio.gather(*(it.wait(lambda i: i.answered, 120) for it in flood))
        worst = max(first_answer(it) for it in flood)
        line(label, waits, server, f"  flood's own worst {worst * 1000:.0f} ms")


async def channel_flood() -> None:
    await flood_then_probe("channel flood (25)", 25, in_dm=False)


async def dm_flood() -> None:
    await flood_then_probe("DM flood (300)", 300, in_dm=True)


async def per_channel_429() -> None:
    async with running(RateLimits()) as (server, bot):
        busy, other = server.guilds[0].channel_ids
        server.limits = RateLimits(shared={busy: Bucket(1, 1.0)})
        posts = [asyncio.create_task(bot.send(str(busy), [Reply(f"result {k}")])) for k in range(10)]
        await server.wait_for(lambda: server.limited["shared"] >= 1, within=30)
        post_waits, answers = [], []
        for k in range(5):
            asked = time.monotonic()
            await bot.send(str(other), [Reply(f"news {k}")])
            post_waits.append(time.monotonic() - asked)
            answers += await probe(server, n=1, every=0.0, channel=busy if k % 2 else other)
            await asyncio.sleep(1.0)  # within the other channel's own 5 per 5 s
        await asyncio.gather(*posts)
        line("per-channel 429: posts", post_waits, server)
        line("per-channel 429: /help", answers, server)


async def global_429() -> None:
    async with running(RateLimits()) as (server, bot):
        busy, other = server.guilds[0].channel_ids
        server.fail(rf"^/channels/{busy}/messages$", 429, is_global=True, retry_after=3.0)
        first = asyncio.create_task(bot.send(str(busy), [Reply("first")]))
        await server.wait_for(lambda: any(c.status == 429 for c in server.calls), within=30)
        waits = await probe(server, n=5, every=0.1, channel=other)
        paused = time.monotonic()
        await bot.send(str(other), [Reply("second")])
        await first
        line(
            "global 429 (3 s): /help",
            waits,
            server,
            f"  a post asked then waited {time.monotonic() - paused:.1f} s",
        )


async def join_burst() -> None:
    async with running(RateLimits()) as (server, bot):
        busy, _ = server.guilds[0].channel_ids
        new = await server.slash(
            "challenge", "new", channel_id=busy, permissions=ADMIN_PERMISSIONS,
            name="Dozen", goal=12, by="2026-12-31",
        )  # fmt: skip
        await new.wait_answered(30)
        post = new.messages[0]
        [join] = [i for i in post.custom_ids() if i.startswith("lw:join")]
        server.limits = RateLimits(shared={busy: Bucket(1, 1.0)})
        posts = [asyncio.create_task(bot.send(str(busy), [Reply(f"digest {k}")])) for k in range(8)]
        await server.wait_for(lambda: server.limited["shared"] >= 1, within=30)
        members = [FakeUser(1_100_000_000_000_000_300 + i, f"m{i}", f"M{i}") for i in range(12)]
        presses = await asyncio.gather(*(server.press(post, join, user=m) for m in members))
        await asyncio.gather(*(p.wait(lambda i: i.answered, 120) for p in presses))
        line("Join burst (12 presses)", [first_answer(p) for p in presses], server)
        await asyncio.gather(*posts)


async def fan_out() -> None:
    async with running(RateLimits()) as (server, bot):
        runners = [1_100_000_000_000_010_000 + i for i in range(300)]
        started = time.monotonic()
        sends = asyncio.gather(*(bot.send(f"dm:{u}", [Reply(f"reminder {u}")]) for u in runners))
        await server.wait_for(
            lambda: (
                sum(1 for c in server.calls if c.path.startswith("/channels/") and c.status == 200) >= 100
            ),
            within=60,
        )
        waits = await probe(server, n=5, every=0.1, dm=True)
        await sends
        took = time.monotonic() - started
        line("300 reminders + /help", waits, server, f"  fan-out {took:.1f} s ({300 / took:.1f}/s)")


async def main() -> None:
    logging.basicConfig(level=logging.ERROR)
    print("Fair delivery on Discord: a second user's /help (creation -> first answer) while the bot")
    print("is flooded (production budget, fake Discord with its REST limits). Target: worst < 1,000 ms.")
    for scenario in (channel_flood, dm_flood, per_channel_429, global_429, join_burst, fan_out):
        await scenario()


if __name__ == "__main__":
    asyncio.run(main())
