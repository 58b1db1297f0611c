"""Several real ``python -m bot`` processes on one PostgreSQL database, in Telegram webhook mode.

The fake Bot API runs in this test process; each bot process listens for webhooks on its own
port and the test plays Telegram's part, posting each update to the processes in turn (and again
to the next one when a process answers 503 or is gone). ``[bot] processes`` is the number of
processes, so each paces its sends at its share of Telegram's budget. Default sizes keep the
module around a minute and a half; ``-m heavy`` runs the large variants. Figures are printed
(run with ``-s``).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.app import SHARED_QUEUE
from bot.services.reminders import ReminderService
from bot.store.postgres import PostgresStore
from handlers.rows import NewSchedule
from tests.fakes.telegram_server import FakeTelegramServer, group_chat, make_user, private_chat
from tests.pgutil import fresh_database
from tests.procutil import BotProcess, free_port, poll_until, write_config
from tests.storeutil import fetch

pytestmark = pytest.mark.subprocess  # every test here runs bot processes

SENDERS = ReminderService.__init__.__kwdefaults__["concurrency"]  # type: ignore[index]
TG_TOKEN = "987654321:pg-process-test-token"
SECRET = "pg-process-webhook-secret"
# The claim lease must outlast a claim's wait in its process (queue, pacing at 10/s, the send and
# the up to 1 s until sends are recorded), or another process takes over a claim whose reminder is
# already out (a duplicate). 5 s was not enough on this loaded 2-core machine; production uses 120 s.
LEASE = 15.0
HOOK = "/tg/hook"
RATE = 30.0  # Telegram's budget for the whole bot, messages a second


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegramServer]:
    async with FakeTelegramServer(token=TG_TOKEN) as s:
        yield s


@pytest.fixture
async def pg() -> AsyncIterator[str]:
    async with fresh_database() as url:
        yield url


@dataclass
class Worker:
    bot: BotProcess
    port: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}{HOOK}"


class Telegram:
    """Telegram's side of webhook delivery: post an update until some process answers 200."""

    def __init__(self, workers: list[Worker], http: aiohttp.ClientSession) -> None:
        self.workers = workers
        self.http = http
        self._turn = itertools.count()
        self.retries = 0
        self.slots = asyncio.Semaphore(40)  # Telegram's default max_connections for a webhook

    async def deliver(self, update: dict[str, Any], first: int | None = None) -> int:
        """Returns the index of the worker that accepted it."""
        start = next(self._turn) if first is None else first
        for attempt in range(200):
            i = (start + attempt) % len(self.workers)
            w = self.workers[i]
            if not w.bot.running:
                continue
            try:
                async with (
                    self.slots,
                    self.http.post(
                        w.url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
                    ) as r,
                ):
                    if r.status == 200:
                        return i
            except aiohttp.ClientError:
                pass
            self.retries += 1
            await asyncio.sleep(0.05)
        raise AssertionError(f"update {update['update_id']} was never accepted")


@asynccontextmanager
async def cluster(
    tmp_path: Path, tg: FakeTelegramServer, url: str, n: int, extra_toml: str = ""
) -> AsyncIterator[Telegram]:
    workers = []
    for i in range(n):
        port = free_port()
        config = write_config(
            tmp_path / f"config{i}.toml",
            url,
            telegram_url=tg.base_url,
            telegram_file_url=tg.base_file_url,
            lease_seconds=LEASE,
            bot_extra={"processes": n},
            telegram_extra={
                "mode": "webhook",
                "webhook_url": f"https://legwork.example{HOOK}",
                "webhook_listen": "127.0.0.1",
                "webhook_port": port,
            },
        )
        config.write_text(config.read_text() + extra_toml)
        bot = BotProcess(
            tmp_path, config, telegram_token=tg.token, env={"TELEGRAM_WEBHOOK_SECRET": SECRET}, name=f"bot{i}"
        )
        workers.append(Worker(bot, port))
    try:
        for w in workers:  # all at once: they race to migrate the fresh database
            w.bot.start()
        await asyncio.gather(*(w.bot.wait_running(60) for w in workers))
        async with aiohttp.ClientSession() as http:
            yield Telegram(workers, http)
    finally:
        for w in workers:
            w.bot.close()


def sent(server: FakeTelegramServer, contains: str, method: str = "sendMessage") -> list[Any]:
    return [
        c
        for c in server.calls_of(method)
        if contains in str(c.params.get("text", c.params.get("caption", "")))
    ]


def per_chat(calls: list[Any]) -> Counter[int]:
    return Counter(int(c.params["chat_id"]) for c in calls)


async def subscribe(url: str, server: FakeTelegramServer, n: int) -> None:
    """n runners whose daily reminder fell due a minute ago (within grace): due the moment bots start."""
    now = datetime.now(UTC)
    fire = (now - timedelta(minutes=1)).replace(second=0, microsecond=0)
    store = PostgresStore(url)
    await store.open()
    try:

        async def one(i: int) -> None:
            uid = 5_000_000 + i
            server.open_private(make_user(uid, f"Sub{i}"))
            user = await store.ensure_user("telegram", str(uid), f"Sub{i}", now)
            new = NewSchedule("telegram", str(uid), tuple(range(7)), f"{fire:%H:%M}", "home", fire)
            await store.set_user_schedule(user.id, new, now)

        await asyncio.gather(*(one(i) for i in range(n)))
    finally:
        await store.close()


def resends(telegram: Telegram) -> int:
    """Sends the bot processes logged as retried after a transient error or re-sent after a lease."""
    out = "".join(w.bot.all_output() for w in telegram.workers)
    retried = out.count("transient send error")
    taken = sum(int(m) for m in re.findall(r"re-sending (\d+) \w+ reminders claimed", out))
    return retried + taken


def sustained_rate(calls: list[Any]) -> float:
    """Messages a second after the first burst, from the fake server's arrival times."""
    times = sorted(c.at for c in calls)
    skip = 10  # the buckets' bursts (5 per process at most)
    span = times[-1] - times[skip]
    return (len(times) - 1 - skip) / span if span > 0 else float("inf")


# --- 1. reminders due at the same minute, spread over the processes, each sent once -------------


async def fan_out(tmp_path: Path, tg: FakeTelegramServer, url: str, n: int, processes: int) -> None:
    await subscribe(url, tg, n)
    async with cluster(tmp_path, tg, url, processes) as telegram:
        started = time.monotonic()
        took = await poll_until(
            lambda: len(per_chat(sent(tg, "Strength day"))) >= n, n / RATE * 2 + 30, "reminders"
        )
        await asyncio.sleep(1.5)  # anything sent twice, and every send's record, is in by now
        reminders = sent(tg, "Strength day")
        store = PostgresStore(url)
        await store.open()
        try:
            claims = await fetch(store, "SELECT COUNT(*), COUNT(sent_at) FROM reminder_sends")
        finally:
            await store.close()
    counts = per_chat(reminders)
    twice = sum(c > 1 for c in counts.values())
    rate = sustained_rate(reminders)
    again = resends(telegram)
    print(
        f"\n[pg fan-out] {n} reminders due in one minute, {processes} webhook processes: all sent in "
        f"{took:.1f}s ({time.monotonic() - started:.1f}s with the check), {rate:.1f} msg/s sustained "
        f"for the bot (budget {RATE:g}/s), {twice} sent twice ({again} sends retried or taken over)"
    )
    assert claims == [(n, n)]  # each runner's day claimed once in all, and recorded sent
    assert len(counts) == n
    # Nothing is faulted here: every runner gets exactly one (a retry or takeover that sent a
    # second copy is a failure, whatever the log says about it).
    assert twice == 0, f"{twice} runners reminded twice ({again} sends retried or taken over)"
    assert rate <= RATE * 1.1  # the processes together keep Telegram's budget
    # and they shared the work: one process alone, at a third of the budget, would need 3x as long
    assert took < n / (RATE / processes) * 0.75


async def test_reminders_due_together_go_out_once_across_processes(
    tmp_path: Path, tg: FakeTelegramServer, pg: str
) -> None:
    await fan_out(tmp_path, tg, pg, 1000, 3)


# --- 2. kill -9 one process in the middle of the fan-out -----------------------------------------


async def test_kill9_one_process_mid_fan_out_every_reminder_arrives(
    tmp_path: Path, tg: FakeTelegramServer, pg: str
) -> None:
    n = 450
    await subscribe(pg, tg, n)
    async with cluster(tmp_path, tg, pg, 3) as telegram:
        await poll_until(lambda: len(sent(tg, "Strength day")) >= 120, 60, "120 reminders")
        victim = telegram.workers[0].bot
        victim.kill9()
        killed_at = time.monotonic()
        took = await poll_until(lambda: len(per_chat(sent(tg, "Strength day"))) >= n, 90, "every reminder")
        await asyncio.sleep(1.5)
    counts = per_chat(sent(tg, "Strength day"))
    twice = sum(c > 1 for c in counts.values())
    print(
        f"\n[pg kill -9] {n} reminders over 3 processes, one killed after 120 were sent: every runner "
        f"reminded {took:.1f}s after the kill (lease {LEASE:g}s); {twice} sent twice (sent by the killed "
        "process but not yet recorded)"
    )
    assert len(counts) == n and max(counts.values()) <= 2
    # only what the killed process had sent but not yet recorded can go twice
    assert twice <= SHARED_QUEUE + SENDERS
    assert time.monotonic() - killed_at < 90


# --- 3. a burst of /done spread over the processes -----------------------------------------------


async def done_burst(tmp_path: Path, tg: FakeTelegramServer, url: str, n: int, processes: int) -> None:
    users = [make_user(6_000_000 + i, f"Runner{i}") for i in range(n)]
    updates = [tg.send_text(private_chat(u), u, f"/done home 20 note burst{i}") for i, u in enumerate(users)]
    async with cluster(tmp_path, tg, url, processes) as telegram:
        started = time.monotonic()
        accepted = await asyncio.gather(*(telegram.deliver(u) for u in updates))
        took = time.monotonic() - started
        # Telegram delivers again what it wasn't sure of: re-deliver some to other processes
        again = await asyncio.gather(
            *(telegram.deliver(u, first=k + 1) for u, k in zip(updates[:50], accepted[:50], strict=True))
        )
        await poll_until(lambda: len(sent(tg, "Logged")) >= n, 60, "every acknowledgement")
        await asyncio.sleep(1.0)
        store = PostgresStore(url)
        await store.open()
        try:
            rows = await fetch(
                store,
                "SELECT u.platform_user_id, s.note FROM sessions s JOIN users u ON u.id = s.user_id",
            )
        finally:
            await store.close()
    per_user = Counter(pid for pid, _ in rows)
    replies = per_chat(sent(tg, "Logged"))
    spread = Counter(accepted)
    print(
        f"\n[pg /done burst] {n} concurrent /done over {processes} processes (accepted {dict(spread)}) "
        f"handled in {took:.1f}s ({n / took:.0f}/s); {len(rows)} sessions stored; 50 re-delivered to "
        f"another process: {sum(c > 1 for c in replies.values())} answered twice"
    )
    assert len(per_user) == n and set(per_user.values()) == {1}
    assert {note for _, note in rows} == {f"burst{i}" for i in range(n)}
    assert len(replies) == n and set(replies.values()) == {1}
    assert len(spread) == processes and len(again) == 50


async def test_concurrent_done_over_processes_is_stored_once(
    tmp_path: Path, tg: FakeTelegramServer, pg: str
) -> None:
    await done_burst(tmp_path, tg, pg, 450, 3)


@pytest.mark.heavy
async def test_3000_concurrent_done_over_processes_are_stored_once(
    tmp_path: Path, tg: FakeTelegramServer, pg: str
) -> None:
    await done_burst(tmp_path, tg, pg, 3000, 3)


@pytest.mark.heavy
async def test_1000_reminders_over_two_processes(tmp_path: Path, tg: FakeTelegramServer, pg: str) -> None:
    await fan_out(tmp_path, tg, pg, 1000, 2)


# --- 4. a challenge board reads the same from every process ---------------------------------------


def _buttons(call: Any) -> list[str]:
    markup = call.params.get("reply_markup")
    if isinstance(markup, str):
        markup = json.loads(markup)
    return [b["callback_data"] for row in (markup or {}).get("inline_keyboard", []) for b in row]


async def test_a_challenge_board_is_identical_from_every_process(
    tmp_path: Path, tg: FakeTelegramServer, pg: str
) -> None:
    club = group_chat(-1009876543210, "Club")
    admin = make_user(7_000_000, "Coach")
    tg.set_admin(club["id"], admin["id"])
    # few members: every Join press edits the group's message, and groups get 20 messages a minute
    members = [make_user(7_000_001 + i, f"Member{i:02d}") for i in range(8)]
    end = (datetime.now(UTC) + timedelta(days=20)).date()
    async with cluster(tmp_path, tg, pg, 3, "[challenges]\nmax_sessions_per_day = 3\n") as telegram:
        await telegram.deliver(
            tg.send_text(club, admin, f'/challenge new "Squats" 10 by {end:%Y-%m-%d}'), first=0
        )
        created = await tg.wait_for("sendMessage", lambda c: "Squats" in str(c.params.get("text")), 20)
        [join] = [d for d in _buttons(created) if "join" in d]
        message = created.result
        # members join through the button and log sessions in private, each via another process
        await asyncio.gather(*(telegram.deliver(tg.press(m, message, join)) for m in members))
        logs = [
            tg.send_text(private_chat(m), m, "/done home 20")
            for m in members
            for _ in range(1 + members.index(m) % 3)
        ]
        for batch in range(0, len(logs), 20):
            await asyncio.gather(*(telegram.deliver(u) for u in logs[batch : batch + 20]))
        await poll_until(lambda: len(sent(tg, "Logged")) >= len(logs), 60, "every session acknowledged")
        assert not sent(tg, "went wrong")  # no handler failed (a deadlock would show up here)
        boards = []
        for i in range(3):
            mark = tg.mark()
            await telegram.deliver(tg.send_text(club, members[5], "/leaderboard"), first=i)
            call = await tg.wait_for(
                "sendMessage",
                # the board itself: "✅ X joined" posts paced by the group's limit may come later
                lambda c: (
                    int(c.params["chat_id"]) == club["id"]
                    and "Squats" in str(c.params.get("text"))
                    and "members" in str(c.params.get("text"))
                ),
                60,
                since=mark,
            )
            boards.append(call.params["text"])
    print(f"\n[pg board] {len(members)} members, {len(logs)} sessions over 3 processes:\n{boards[0][:300]}")
    assert boards[0] == boards[1] == boards[2]
    assert "8 members" in boards[0] and "3/10" in boards[0] and "2/10" in boards[0] and "1/10" in boards[0]
