"""Run files through the real Discord adapter on the fake Discord: /runs import file:."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from bot.discord.adapter import DiscordAdapter
from handlers.deps import Deps
from handlers.store import Store
from tests import runsamples
from tests.conftest import NOW
from tests.fakes.charts import RecordingCharts
from tests.test_discord import TOKEN, FakeDiscord, dc_settings


@pytest.fixture
async def server() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(token=TOKEN) as s:
        yield s


@pytest.fixture
async def bot(server: FakeDiscord, store: Store, tmp_path: Path) -> AsyncIterator[DiscordAdapter]:
    settings = dc_settings(server, tmp_path)
    deps = Deps(store=store, settings=settings, charts=RecordingCharts())
    adapter = DiscordAdapter(TOKEN, settings, deps, clock=lambda: NOW, guild_ready_timeout=0.05)
    await adapter.start()
    yield adapter
    await adapter.stop()


RUN = runsamples.fit(NOW - timedelta(days=2), runsamples.easy(45))


async def test_runs_import_with_an_attachment_in_a_dm(
    bot: DiscordAdapter, server: FakeDiscord, store: Store
) -> None:
    it = await (await server.slash("runs", "import", dm=True, file=("wed.fit", RUN))).wait_answered()
    assert "Run added: Wed 25 Nov, 7.6 km in 45 min" in it.text()
    assert len(server.downloads) == 1
    user = await store.get_user("discord", str(server.alice.id))
    assert user is not None and [r.klass for r in await store.all_runs(user.id)] == ["easy"]
    again = await (await server.slash("runs", "import", dm=True, file=("copy.fit", RUN))).wait_answered()
    assert "Already have this run (Wed 25 Nov, 7.6 km)" in again.text()
    listing = await (await server.slash("runs", "list", dm=True)).wait_answered()
    assert "Wed 25 Nov — 7.6 km, 45 min" in listing.text()


async def test_runs_import_in_a_server_or_too_big_is_not_downloaded(
    bot: DiscordAdapter, server: FakeDiscord
) -> None:
    it = await (await server.slash("runs", "import", file=("wed.fit", RUN))).wait_answered()
    assert "Send run files to me privately" in it.text()
    big = await (
        await server.slash("runs", "import", dm=True, file=("big.fit", b"x", 11 * 1024 * 1024))
    ).wait_answered()
    assert "over 10 MB" in big.text()
    other = await (
        await server.slash("runs", "import", dm=True, file=("photo.png", b"\x89PNG"))
    ).wait_answered()
    assert "I can read .gpx, .fit and .tcx files" in other.text()
    assert server.downloads == []
