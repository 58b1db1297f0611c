"""Process-level resilience: the real ``python -m bot`` against fake platforms, killed and restarted.

The fake servers run in this process; the bot is a subprocess on a real SQLite file in tmp_path.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.fakes.telegram_server import FakeTelegramServer, make_user, private_chat
from tests.procutil import BotProcess, integrity, poll_until, query, write_config

BURST = int(os.environ.get("LEGWORK_BURST", "150"))


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegramServer]:
    async with FakeTelegramServer() as s:
        yield s


def tg_bot(tmp_path: Path, server: FakeTelegramServer, **cfg: object) -> tuple[BotProcess, Path]:
    db = tmp_path / "legwork.db"
    config = write_config(
        tmp_path / "config.toml",
        db,
        telegram_url=server.base_url,
        telegram_file_url=server.base_file_url,
        **cfg,  # type: ignore[arg-type]
    )
    return BotProcess(tmp_path, config, telegram_token=server.token), db


def logged_chats(server: FakeTelegramServer) -> Counter[int]:
    return Counter(
        c.params["chat_id"] for c in server.calls_of("sendMessage") if "Logged" in c.params.get("text", "")
    )


async def run_done_burst(tmp_path: Path, server: FakeTelegramServer, n: int) -> None:
    users = [make_user(2_000_000 + i, f"Runner{i}") for i in range(n)]
    for i, u in enumerate(users):
        server.send_text(private_chat(u), u, f"/done home 20 burst{i}")
    bot, db = tg_bot(tmp_path, server)
    try:
        await bot.start_and_wait()
        kill_at = n // 3
        await poll_until(lambda: sum(logged_chats(server).values()) >= kill_at, 60, f"{kill_at} acks")
        bot.kill9()
        acked = set(logged_chats(server))
        print(f"killed after {len(acked)} acknowledged /done of {n}")
        rows = query(
            db,
            "SELECT u.platform_user_id, s.note FROM sessions s JOIN users u ON u.id = s.user_id",
        )
        stored = {int(pid) for pid, _ in rows}
        assert acked <= stored, f"acknowledged but not stored: {sorted(acked - stored)[:10]}"
        await bot.start_and_wait()
        await poll_until(lambda: len(logged_chats(server)) >= n, 60, "every /done to be answered")
        bot.send_signal(15)
        assert await bot.wait_exit(15) == 0
    finally:
        bot.close()
    per_user = Counter(
        int(pid)
        for pid, _ in query(
            db, "SELECT u.platform_user_id, s.note FROM sessions s JOIN users u ON u.id = s.user_id"
        )
    )
    dups = {u: c for u, c in per_user.items() if c > 1}
    replies = logged_chats(server)
    print(
        f"sessions {sum(per_user.values())} for {len(per_user)} users; duplicated {len(dups)}; "
        f"double replies {sum(1 for c in replies.values() if c > 1)}"
    )
    assert len(per_user) == n
    assert integrity(db) == "ok"


async def test_kill9_during_done_burst(tmp_path: Path, tg: FakeTelegramServer) -> None:
    await run_done_burst(tmp_path, tg, BURST)
