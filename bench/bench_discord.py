"""Discord throughput: Legwork's /workout vs a bare echo command, through the real discord.py 2.7.

The fake Discord (REST + gateway) runs in its own process, so its work doesn't share the bot's
event loop. One Legwork DiscordAdapter connects to it; besides Legwork's own commands its tree
gets a bare ``/echo`` whose callback only answers ``interaction.response.send_message(...)``.
For each round the fake sends N INTERACTION_CREATE events from 200 different members, keeping 32
unanswered at a time (a steady stream: a single burst of N would push its tail past Discord's
3-second answer deadline), and stops the clock when the N-th answer has arrived.

- echo: the bare discord.py floor (gateway event → app command → interaction callback).
- /workout: the real path: Request, handler (SQLite user upsert, routine building), mini-HTML →
  embed, a persistent Done button. The 200 members signed up over a year (seeded) and ask for
  all five settings; every round is a new day, so each member's first /workout of a round misses
  the routine and plan caches (their later ones that round hit, as a runner asking twice would).
- /canned: the adapter with a ready-made /workout reply: everything but the handler's work, i.e.
  what the Discord adapter itself costs.

Rounds alternate the three so all see the same warm state; besides the rate the bench prints the
bot process's CPU time per interaction, which a busy machine disturbs much less than the rate.

    .venv/bin/python bench/bench_discord.py [--n 500] [--rounds 9] [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import discord  # noqa: E402
from discord import app_commands  # noqa: E402

import bot.discord.adapter as da  # noqa: E402
from bot import gc_tuning  # noqa: E402
from bot.config import DiscordConfig, Settings  # noqa: E402
from bot.discord.adapter import DiscordAdapter  # noqa: E402
from bot.store.sqlite import Store  # noqa: E402
from handlers.deps import Deps  # noqa: E402
from handlers.registry import dispatch  # noqa: E402
from handlers.types import Chat, Reply, Request  # noqa: E402

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
TOKEN = "bench-token"


async def echo(interaction: discord.Interaction, text: str) -> None:
    await interaction.response.send_message(text, allowed_mentions=discord.AllowedMentions.none())


def start_fake() -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.discord_server", "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if "api_base_url=" not in line:
        proc.kill()
        raise RuntimeError(f"fake Discord did not start: {line!r}")
    return proc, line.split("api_base_url=")[1].split()[0]


async def burst(
    http: aiohttp.ClientSession,
    control: str,
    name: str,
    n: int,
    options: dict[str, Any] | list[dict[str, Any]],
) -> float:
    body: dict[str, Any] = {"name": name, "n": n}
    body["option_cycle" if isinstance(options, list) else "options"] = options
    async with http.post(f"{control}/burst", json=body) as r:
        r.raise_for_status()
        return float((await r.json())["seconds"])


SETTINGS = ("home", "gym", "plyo", "hills", "quick")
COMMANDS: tuple[tuple[str, dict[str, Any] | list[dict[str, Any]]], ...] = (
    ("echo", {"text": "hello"}),
    ("workout", [{"setting": s} for s in SETTINGS]),  # member k asks for SETTINGS[k % 5]
    ("canned", {}),
)
MEMBERS = 200
FIRST_MEMBER = 1_300_000_000_000_000_000  # the fake's member ids


async def seed_members(store: Store) -> None:
    """The 200 members as runners who signed up over the past year (routines depend on the week)."""
    for k in range(MEMBERS):
        await store.ensure_user(
            "discord", str(FIRST_MEMBER + k), f"Runner {k}", NOW - timedelta(weeks=k % 52, days=k % 7)
        )


def add_bench_commands(adapter: DiscordAdapter, canned: Reply) -> None:
    """/echo (bare discord.py) and /canned (the adapter answering a ready-made reply)."""

    async def routed(req: Request, deps: Deps) -> list[Reply]:
        return [canned] if req.command == "canned" else await dispatch(req, deps)

    async def canned_cmd(interaction: discord.Interaction) -> None:
        await adapter.on_command(interaction, "canned", "", False, False)

    da.dispatch = routed  # type: ignore[assignment]  # bench only: the adapter looks it up per call
    adapter.tree.add_command(app_commands.Command(name="echo", description="bench echo", callback=echo))
    adapter.tree.add_command(app_commands.Command(name="canned", description="bench", callback=canned_cmd))


async def run(api_base: str, n: int, rounds: int) -> None:
    results: dict[str, list[tuple[float, float]]] = {name: [] for name, _ in COMMANDS}
    base = api_base.removesuffix("/api/v10")
    control = base + "/_fake"
    gateway = base.replace("http://", "ws://") + "/gateway-ws"
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.db")
        await store.open()
        settings = Settings(
            database=str(Path(tmp) / "bench.db"),
            base_dir=Path(tmp),
            discord=DiscordConfig(api_base_url=api_base, gateway_url=gateway),
        )
        await seed_members(store)
        today = [NOW]  # one day later each round: every member's first /workout is a new routine
        adapter = DiscordAdapter(
            TOKEN,
            settings,
            Deps(store=store, settings=settings),
            clock=lambda: today[0],
            guild_ready_timeout=0.1,
        )
        sample = Request(Chat("discord", "1", "1", False), "workout", ("home",), "home", "Runner", NOW)
        add_bench_commands(adapter, (await dispatch(sample, adapter.deps))[0])
        try:
            await adapter.start()
            async with aiohttp.ClientSession() as http:
                # Warm-up: one small burst per command (connections, imports, first code paths)
                # on the day before the rounds, then the collector settings the runtime applies
                # once it has started (bot/gc_tuning.py). The members are known runners (seeded),
                # but each round is a new day, so routine and plan caches miss as in real use.
                today[0] = NOW - timedelta(days=1)
                for name, options in COMMANDS:
                    await burst(http, control, name, 20, options)
                gc_tuning.settle()
                for k in range(rounds):
                    today[0] = NOW + timedelta(days=k)
                    for name, options in COMMANDS:
                        cpu = time.process_time()
                        seconds = await burst(http, control, name, n, options)
                        results[name].append((n / seconds, 1000 * (time.process_time() - cpu) / n))
        finally:
            await adapter.stop()
            await store.close()
    # Ratios are taken within each round (the commands ran back to back), then the median round.
    ratio = {
        k: statistics.median(r / e for (r, _), (e, _) in zip(v, results["echo"], strict=True))
        for k, v in results.items()
    }
    rate = {k: statistics.median(r for r, _ in v) for k, v in results.items()}
    cpu = {k: statistics.median(c for _, c in v) for k, v in results.items()}
    print(f"discord.py {discord.__version__}, {n} interactions per round, {rounds} rounds (medians)")
    labels = {n: f"{n:9}" for n, _ in COMMANDS}
    for name, _ in COMMANDS:
        rounds_text = ", ".join(f"{r:.0f}" for r, _ in results[name])
        print(
            f"{labels[name]}: {rate[name]:7.1f} interactions/s, bot CPU {cpu[name]:.2f} ms each"
            f"  (rounds: {rounds_text})"
        )
    for name in [n for n, _ in COMMANDS if n != "echo"]:
        print(
            f"{labels[name]}/ echo: {100 * ratio[name]:5.1f}% by rate (median of rounds; target >= 70%), "
            f"{100 * cpu['echo'] / cpu[name]:5.1f}% by bot CPU per interaction"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--quick", action="store_true", help="n=100, one round")
    args = parser.parse_args()
    if args.quick:
        args.n, args.rounds = 100, 1
    proc, api_base = start_fake()
    try:
        asyncio.run(run(api_base, args.n, args.rounds))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
