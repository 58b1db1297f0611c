"""Process-level resilience: the real ``python -m bot`` against fake platforms, killed and restarted.

The fake Telegram and Discord servers run in this test process; the bot is a subprocess on a real
SQLite file in tmp_path, started with the platform tokens in its environment (see tests/procutil.py).
Default sizes keep the module under a minute; ``-m heavy`` runs the large variants
(2,000 reminder subscribers, a 500-update burst). Each test prints its figures (run with ``-s``);
docs/resilience.md collects them.
"""

from __future__ import annotations

import asyncio
import math
import re
import signal
import stat
import time
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.services.ratelimit import TELEGRAM_GLOBAL
from bot.services.reminders import MARK_SECONDS, ReminderService
from bot.store.sqlite import Store
from handlers.rows import NewSchedule
from tests.fakes.discord_server import MEMBER_PERMISSIONS, FakeDiscord, FakeInteraction, FakeUser
from tests.fakes.telegram_server import FakeTelegramServer, make_user, private_chat
from tests.procutil import BotProcess, free_port, integrity, poll_until, query, write_config

pytestmark = pytest.mark.subprocess  # every test here runs the bot as a process

# The reminder scheduler's default number of concurrent senders per platform.
SENDERS = ReminderService.__init__.__kwdefaults__["concurrency"]  # type: ignore[index]
LEASE = 1.0  # [reminders] claim_lease_seconds in these tests (the smallest allowed)
TG_TOKEN = "987654321:process-test-token"  # shorter than a real one on purpose
DC_TOKEN = "process-test-discord-token.NotReal.7f3a9c1d"
SESSIONS_BY_USER = (
    "SELECT u.platform, u.platform_user_id, s.note FROM sessions s JOIN users u ON u.id = s.user_id"
)


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegramServer]:
    async with FakeTelegramServer(token=TG_TOKEN) as s:
        yield s


@pytest.fixture
async def dc() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(token=DC_TOKEN) as s:
        yield s


def make_bot(
    tmp_path: Path,
    tg: FakeTelegramServer | None = None,
    dc: FakeDiscord | None = None,
    **cfg: Any,
) -> tuple[BotProcess, Path]:
    db = tmp_path / "legwork.db"
    config = write_config(
        tmp_path / "config.toml",
        db,
        telegram_url=tg.base_url if tg else None,
        telegram_file_url=tg.base_file_url if tg else None,
        discord_api=dc.api_base if dc else None,
        discord_gateway=dc.gateway_url if dc else None,
        lease_seconds=LEASE,
        **cfg,
    )
    bot = BotProcess(
        tmp_path, config, telegram_token=tg.token if tg else None, discord_token=dc.token if dc else None
    )
    return bot, db


def sent_to(server: FakeTelegramServer, contains: str) -> Counter[int]:
    """Successful sendMessage calls whose text contains `contains`, counted per chat."""
    return Counter(
        c.params["chat_id"] for c in server.calls_of("sendMessage") if contains in c.params.get("text", "")
    )


def sessions_per_user(db: Path) -> Counter[tuple[str, str]]:
    return Counter((platform, pid) for platform, pid, _ in query(db, SESSIONS_BY_USER))


async def stop(bot: BotProcess, sig: int = signal.SIGTERM, within: float = 15.0) -> float:
    started = time.monotonic()
    bot.send_signal(sig)
    assert await bot.wait_exit(within) == 0, bot.stderr()[-3000:]
    return time.monotonic() - started


# --- 1. kill -9 while reminders go out --------------------------------------------------------------


async def prepare_subscribers(db: Path, server: FakeTelegramServer, n: int) -> None:
    """n runners whose reminder (every day, a minute ago: within grace) is due the moment the bot starts."""
    now = datetime.now(UTC)
    fire = (now - timedelta(minutes=1)).replace(second=0, microsecond=0)
    store = Store(db)
    await store.open()
    try:
        for i in range(n):
            uid = 3_000_000 + i
            server.open_private(make_user(uid, f"Sub{i}"))
            user = await store.ensure_user("telegram", str(uid), f"Sub{i}", now)
            new = NewSchedule("telegram", str(uid), tuple(range(7)), f"{fire:%H:%M}", "home", fire)
            await store.set_user_schedule(user.id, new, now)
    finally:
        await store.close()


async def crash_during_reminders(tmp_path: Path, tg: FakeTelegramServer, n: int, kill_after: int) -> None:
    bot, db = make_bot(tmp_path, tg)
    await prepare_subscribers(db, tg, n)
    reminded = lambda: sent_to(tg, "Strength day")  # noqa: E731
    try:
        await bot.start_and_wait()
        await poll_until(lambda: sum(reminded().values()) >= kill_after, 120, f"{kill_after} reminders")
        bot.kill9()
        before = len(reminded())
        # A claim is taken over once its lease has run out since it was last stamped.
        [(last,)] = query(db, "SELECT MAX(claimed_at) FROM reminder_sends WHERE sent_at IS NULL")
        assert last is not None, "everything was confirmed before the kill: kill earlier"
        expiry = datetime.fromisoformat(last) + timedelta(seconds=LEASE + 0.2)
        await poll_until(lambda: datetime.now(UTC) > expiry, LEASE + 5, "the claims' lease to run out")

        await bot.start_and_wait()
        took = await poll_until(lambda: len(reminded()) >= n, 120, f"all {n} chats to be reminded")
        await poll_until(
            lambda: query(db, "SELECT COUNT(*) FROM reminder_sends WHERE sent_at IS NULL")[0][0] == 0,
            30,
            "every send to be recorded",
        )
        await stop(bot)
    finally:
        bot.close()

    per_chat = reminded()
    duplicates = sum(1 for c in per_chat.values() if c > 1)
    extra = sum(per_chat.values()) - len(per_chat)
    # What can be in flight at a crash: the sends since the last record (every MARK_SECONDS, at the
    # bot's 30 messages a second) plus one per sender. Below the number of chats, so sending every
    # reminder twice, or recording them rarely, fails here.
    bound = math.ceil(MARK_SECONDS * TELEGRAM_GLOBAL.rate) + SENDERS
    assert bound < n
    print(
        f"\n[reminders] {n} subscribers; kill -9 after {before} chats reminded; after the restart all "
        f"{len(per_chat)} were reminded within {took:.1f}s; duplicates: {duplicates} chats "
        f"({extra} extra messages), bound {bound}"
    )
    assert len(per_chat) == n and set(per_chat) == {3_000_000 + i for i in range(n)}
    assert duplicates <= bound
    rows = query(
        db, "SELECT COUNT(*), COUNT(DISTINCT schedule_id), MIN(sent_at IS NOT NULL) FROM reminder_sends"
    )
    assert rows == [(n, n, 1)]
    assert integrity(db) == "ok"


async def test_kill9_while_reminders_go_out(tmp_path: Path, tg: FakeTelegramServer) -> None:
    await crash_during_reminders(tmp_path, tg, n=240, kill_after=80)


@pytest.mark.heavy
async def test_kill9_while_2000_reminders_go_out(tmp_path: Path, tg: FakeTelegramServer) -> None:
    await crash_during_reminders(tmp_path, tg, n=2000, kill_after=500)


# --- 2. kill -9 during a burst of /done ------------------------------------------------------------


async def crash_during_done_burst(tmp_path: Path, tg: FakeTelegramServer, n: int) -> None:
    users = [make_user(2_000_000 + i, f"Runner{i}") for i in range(n)]
    for i, u in enumerate(users):
        tg.send_text(private_chat(u), u, f"/done home 20 note burst{i}")
    bot, db = make_bot(tmp_path, tg)
    # "Logged ✅" confirms a new session; "Already logged ✅" answers a message handled before.
    logged = lambda: sent_to(tg, "Logged ✅")  # noqa: E731
    again = lambda: sent_to(tg, "Already logged ✅")  # noqa: E731
    answered = lambda: set(logged()) | set(again())  # noqa: E731
    try:
        await bot.start_and_wait()
        await poll_until(lambda: sum(logged().values()) >= n // 3, 60, f"{n // 3} acknowledgements")
        bot.kill9()
        acked = {str(chat) for chat in logged()}
        stored = {pid for _, pid in sessions_per_user(db)}
        lost = acked - stored
        assert not lost, f"acknowledged but not stored: {sorted(lost)[:10]}"

        await bot.start_and_wait()
        took = await poll_until(lambda: len(answered()) >= n, 60, "every /done to be answered")
        await stop(bot)
    finally:
        bot.close()
    per_user = sessions_per_user(db)
    twice = sum(1 for c in logged().values() if c > 1)
    both = logged() + again()
    answered_twice = sum(1 for c in both.values() if c > 1)
    late = sum(1 for chat in again() if chat not in logged())
    duplicated = sum(1 for c in per_user.values() if c > 1)
    print(
        f"\n[/done burst] {n} updates; kill -9 after {len(acked)} acknowledged (all stored); after the "
        f"restart every update was handled within {took:.1f}s: {sum(per_user.values())} sessions for "
        f'{len(per_user)} runners, {duplicated} duplicated; {twice} runners got "Logged" twice; '
        f'{answered_twice} got "Logged" then "Already logged"; {late} got only "Already logged" '
        "(stored before the kill, answered after it)"
    )
    assert len(per_user) == n and duplicated == 0
    # A session is confirmed as new exactly once: a re-delivered /done says "Already logged".
    assert twice == 0
    # A handled update is recorded after its reply, so only the updates in flight at the kill
    # (concurrent_updates, 8 here) can be answered twice: stored once, "Already logged" the second time.
    assert answered_twice <= 8
    assert {note for _, _, note in query(db, SESSIONS_BY_USER)} == {f"burst{i}" for i in range(n)}
    assert integrity(db) == "ok"


async def test_kill9_during_a_burst_of_done(tmp_path: Path, tg: FakeTelegramServer) -> None:
    await crash_during_done_burst(tmp_path, tg, 150)


@pytest.mark.heavy
async def test_kill9_during_a_burst_of_500_done(tmp_path: Path, tg: FakeTelegramServer) -> None:
    await crash_during_done_burst(tmp_path, tg, 500)


# --- 3. platform faults under load ---------------------------------------------------------------------

# Injected in two rounds (each round's getUpdates failures come back to back).
TG_FAULTS = [
    ("sendMessage", "429", 1),
    ("sendMessage", "500", 2),
    ("sendMessage", "502", 2),
    ("sendMessage", "slow", 2),
    ("sendMessage", "drop", 2),
    ("getUpdates", "502", 1),
    ("getUpdates", "500", 1),
]
TG_FAULTS_LATER = [
    ("sendMessage", "429", 1),
    ("sendMessage", "500", 1),
    ("getUpdates", "502", 1),
    ("getUpdates", "drop", 1),
    ("getUpdates", "slow", 1),
]
DC_FAULTS = [
    (r"^/interactions/\d+/[^/]+/callback$", 429, 2),
    (r"^/interactions/\d+/[^/]+/callback$", 500, 1),
    (r"^/interactions/\d+/[^/]+/callback$", 502, 1),
    (r"^/interactions/\d+/[^/]+/callback$", "drop", 2),
]


def runner(i: int) -> FakeUser:
    return FakeUser(1_300_000_000_000_000_000 + i, f"runner{i}", f"Runner {i}")


async def slash_done(dc: FakeDiscord, first: int, count: int) -> list[FakeInteraction]:
    its = [
        await dc.slash("done", user=runner(i), permissions=MEMBER_PERMISSIONS, minutes=20, note=f"dc{i}")
        for i in range(first, first + count)
    ]
    await asyncio.gather(*(it.wait_answered(30) for it in its))
    return its


async def test_platform_faults_under_load(tmp_path: Path, tg: FakeTelegramServer, dc: FakeDiscord) -> None:
    n_tg, n_dc = 200, 36
    bot, db = make_bot(tmp_path, tg, dc)
    users = [make_user(4_000_000 + i, f"Load{i}") for i in range(n_tg)]
    logged = lambda: sent_to(tg, "Logged")  # noqa: E731
    its: list[FakeInteraction] = []
    try:
        await bot.start_and_wait()
        await dc.wait_connected(within=10)
        quiet = len(bot.stderr().splitlines())
        started = time.monotonic()
        for method, kind, times in TG_FAULTS:
            tg.inject(method, kind, times, retry_after=1, delay=1.0)
        for path, kind, times in DC_FAULTS:
            dc.fail(path, kind, times=times)
        for i, u in enumerate(users[: n_tg // 2]):
            tg.send_text(private_chat(u), u, f"/done home 20 note load{i}")
        its += await slash_done(dc, 0, n_dc // 3)
        await dc.drop_gateway()  # the gateway closes: discord.py reconnects and resumes
        await dc.wait_for(lambda: dc.resumes >= 1, 15)
        await dc.wait_connected(within=15)
        await poll_until(lambda: len(logged()) >= n_tg // 2, 60, "the first half to be answered")
        for method, kind, times in TG_FAULTS_LATER:
            tg.inject(method, kind, times, retry_after=1, delay=1.0)
        for i, u in enumerate(users[n_tg // 2 :], start=n_tg // 2):
            tg.send_text(private_chat(u), u, f"/done home 20 note load{i}")
        its += await slash_done(dc, n_dc // 3, n_dc // 3)
        await dc.reconnect()  # Discord asks for a reconnect (op 7)
        await dc.wait_for(lambda: dc.resumes >= 2, 15)
        await dc.wait_connected(within=15)
        its += await slash_done(dc, 2 * (n_dc // 3), n_dc - 2 * (n_dc // 3))
        await poll_until(lambda: len(logged()) >= n_tg, 90, "every Telegram /done to be answered")
        took = time.monotonic() - started
        assert bot.running, "the bot died under faults"
        noisy = bot.stderr().splitlines()[quiet:]
        await stop(bot)
    finally:
        bot.close()

    injected = sum(t for _, _, t in TG_FAULTS + TG_FAULTS_LATER) + sum(t for _, _, t in DC_FAULTS) + 2
    taken = [c for c in tg.calls if c.fault] + [c for c in dc.calls if c.status in (0, 429, 500, 502)]
    replies = logged()
    per_user = sessions_per_user(db)
    print(
        f"\n[faults] {injected} faults injected ({len(taken)} REST answers faulted); "
        f"{n_tg} Telegram updates and {n_dc} Discord interactions answered in {took:.1f}s; "
        f"{len(noisy)} log lines while under faults"
    )
    assert len(taken) >= injected - 2, "not every fault was hit"
    # Every update answered exactly once, every record kept exactly once.
    assert set(replies) == {u["id"] for u in users} and set(replies.values()) == {1}
    assert per_user == Counter({("telegram", str(u["id"])): 1 for u in users}) + Counter(
        {("discord", str(runner(i).id)): 1 for i in range(n_dc)}
    )
    for i, it in enumerate(its):
        assert len(it.callbacks) == 1 and len(it.visible()) == 1, f"interaction {i}: {it.callbacks}"
        assert "Logged" in it.text() and f"dc{i}" in it.text()
    # The log names the faults briefly: a line or two each at most, no tracebacks.
    log = "\n".join(noisy)
    assert "Traceback" not in log
    assert len(noisy) <= 3 * injected, log
    for named in ("429 on", "Internal Server Error", "Bad Gateway", "Server disconnected"):
        assert named in log, named  # Telegram: 429, 500, 502, dropped connections
    assert "polling failed" in log  # getUpdates
    assert "rate limited" in log and "ServerDisconnectedError" in log and "RESUMED" in log  # Discord
    assert integrity(db) == "ok"


# --- 4. clean shutdown with replies in flight ------------------------------------------------------------


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
async def test_signal_while_replies_are_in_flight(
    tmp_path: Path, tg: FakeTelegramServer, sig: signal.Signals
) -> None:
    bot, db = make_bot(tmp_path, tg)
    users = [make_user(5_000_000 + i, f"Late{i}") for i in range(3)]
    try:
        await bot.start_and_wait()
        tg.inject("sendMessage", "slow", times=len(users), delay=2.0)
        for i, u in enumerate(users):
            tg.send_text(private_chat(u), u, f"/done gym 30 note late{i}")
        # In flight: the server has taken all three slow answers and is holding them.
        await poll_until(lambda: not tg._faults["sendMessage"], 10, "the replies to be in flight")
        took = await stop(bot, sig, within=20)
    finally:
        bot.close()
    print(f"\n[{sig.name}] exit 0 after {took:.2f}s with {len(users)} slow replies in flight")
    assert took < 7  # below the adapter's stop timeout (7 s): the replies finished, nothing was cut
    assert set(sent_to(tg, "Logged")) == {u["id"] for u in users}  # they were let finish
    assert "Traceback" not in bot.stderr()
    assert integrity(db) == "ok"
    store = Store(db)  # reopens cleanly, and everything is there
    await store.open()
    try:
        assert await store.integrity_ok()
        assert await store.count_sessions() == len(users)
    finally:
        await store.close()


# --- 5. secrets ----------------------------------------------------------------------------------------


async def test_tokens_never_leak(tmp_path: Path, tg: FakeTelegramServer, dc: FakeDiscord) -> None:
    bot, db = make_bot(tmp_path, tg, dc, log_level="DEBUG")
    ann = make_user(6_000_001, "Ann")
    try:
        await bot.start_and_wait()
        await dc.wait_connected(within=10)
        for text in ("/help", "/done home 20 note secret-test", "/nonsense", "/schedule tue,fri 25:99"):
            tg.send_text(private_chat(ann), ann, text)
        await poll_until(lambda: len(tg.texts_to(ann["id"])) >= 4, 30, "four answers")
        tg.inject("sendMessage", "500", times=4)  # the first try and every retry: an error path
        tg.inject("getUpdates", "502")
        tg.send_text(private_chat(ann), ann, "/tips")
        # Meanwhile (the retries take a few seconds), Discord, with an answer that never arrives.
        await (await dc.slash("workout", setting="gym")).wait_answered()
        dc.fail(r"^/interactions/\d+/[^/]+/callback$", "drop", times=3)  # every attempt fails
        await dc.slash("done", note="after a failure")
        await poll_until(lambda: "could not answer" in bot.stderr(), 30, "the Discord failure to be logged")
        await (await dc.slash("done", setting="plyo")).wait_answered()
        await poll_until(lambda: len(tg.texts_to(ann["id"])) >= 5, 30, "the apology")
        assert "something went wrong" in tg.texts_to(ann["id"])[-1]
        await stop(bot)
    finally:
        bot.close()
    secrets = [TG_TOKEN, TG_TOKEN.split(":", 1)[1], DC_TOKEN]
    output = bot.all_output()
    assert " DEBUG bot." in output and len(output.splitlines()) > 20  # the logs did flow, verbosely
    sent = repr([(c.method, c.params) for c in tg.calls]) + repr([(c.path, c.json) for c in dc.calls])
    stored = db.read_bytes() + (
        db.with_name(db.name + "-wal").read_bytes() if Path(f"{db}-wal").exists() else b""
    )
    for secret in secrets:
        assert secret not in output
        assert secret not in sent
        assert secret.encode() not in stored
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    for side in (Path(f"{db}-wal"), Path(f"{db}-shm")):
        if side.exists():
            assert stat.S_IMODE(side.stat().st_mode) & 0o077 == 0, side


# --- 6. start-up: a platform that is down, or whose token is rejected, stops nothing else ----------


def attempt_lines(bot: BotProcess, platform: str) -> list[str]:
    return [line for line in bot.stderr().splitlines() if f"{platform}: can't start" in line]


async def discord_answers(dc: FakeDiscord, within: float = 15) -> None:
    await dc.wait_connected(within=within)
    it = await (await dc.slash("tips")).wait_answered(10)
    assert "rules of thumb" in it.text()


async def test_telegram_down_at_start_connects_once_it_is_up(tmp_path: Path, dc: FakeDiscord) -> None:
    """Telegram's API is unreachable at start: Discord and the scheduler run meanwhile, each
    attempt logs one line, and Telegram connects once its API comes back."""
    late = FakeTelegramServer(token=TG_TOKEN, port=free_port())  # not listening yet
    bot, _db = make_bot(tmp_path, late, dc)
    user = make_user(6_000_001, "Late")
    try:
        await bot.start_and_wait()
        await discord_answers(dc)  # the other platform runs while Telegram is down
        down = 3.0
        await asyncio.sleep(down)
        tries_while_down = len(attempt_lines(bot, "Telegram"))
        await late.start()
        up_at = time.monotonic()
        late.send_text(private_chat(user), user, "/help")
        await poll_until(lambda: bool(sent_to(late, "What I can do")), 90, "Telegram to connect and answer")
        took = time.monotonic() - up_at
        assert bot.running
        await discord_answers(dc)
        err = bot.stderr()
        await stop(bot)
    finally:
        bot.close()
        await late.stop()
    lines = attempt_lines(bot, "Telegram")
    print(
        f"\n[start-up] Telegram down for {down:.0f}s after start: {tries_while_down} failed attempts "
        f"logged while down ({len(lines)} in all), connected {took:.1f}s after its API came back; "
        f"Discord answered throughout. First line: {lines[0].split(' - ')[-1] if lines else ''}"
    )
    assert 2 <= tries_while_down <= 4  # 1 s, 2 s, 4 s ... back-off (+ up to 1 s jitter) in 3 s
    assert all("trying again in" in line and "attempt" in line for line in lines)
    assert "Traceback" not in err
    assert "Telegram: running as @" in err


async def test_discord_down_at_start_connects_once_it_is_up(tmp_path: Path, tg: FakeTelegramServer) -> None:
    late = FakeDiscord(token=DC_TOKEN, port=free_port())  # not listening yet
    bot, _db = make_bot(tmp_path, tg, late)
    user = make_user(6_000_003, "Early")
    try:
        await bot.start_and_wait()
        tg.send_text(private_chat(user), user, "/help")  # the other platform runs meanwhile
        await poll_until(lambda: bool(sent_to(tg, "What I can do")), 30, "Telegram to answer")
        await asyncio.sleep(3.0)
        tries_while_down = len(attempt_lines(bot, "Discord"))
        await late.start()
        up_at = time.monotonic()
        await discord_answers(late, within=60)
        took = time.monotonic() - up_at
        err = bot.stderr()
        await stop(bot)
    finally:
        bot.close()
        await late.close()
    print(
        f"\n[start-up] Discord down for 3s after start: {tries_while_down} failed attempts logged while "
        f"down, answering {took:.1f}s after it came back; Telegram answered throughout"
    )
    assert 2 <= tries_while_down <= 4
    assert "Traceback" not in err and DC_TOKEN not in err


@pytest.mark.parametrize("bad", ["telegram-401", "discord-401", "discord-4004"])
async def test_a_rejected_token_stops_only_its_platform(tmp_path: Path, bad: str) -> None:
    platform = bad.split("-")[0].capitalize()
    async with (
        FakeTelegramServer(token=TG_TOKEN) as tg,
        FakeDiscord(token=DC_TOKEN, gateway_token="reset-token" if bad == "discord-4004" else None) as dc,
    ):
        _, db = make_bot(tmp_path, tg, dc)
        wrong_tg = TG_TOKEN.replace("process", "revoked") if bad == "telegram-401" else TG_TOKEN
        wrong_dc = DC_TOKEN + "x" if bad == "discord-401" else DC_TOKEN
        bot = BotProcess(tmp_path, tmp_path / "config.toml", telegram_token=wrong_tg, discord_token=wrong_dc)
        user = make_user(6_000_002, "Other")
        try:
            await bot.start_and_wait()
            if platform == "Telegram":
                await discord_answers(dc)
            else:
                tg.send_text(private_chat(user), user, "/help")
                await poll_until(lambda: bool(sent_to(tg, "What I can do")), 30, "Telegram to answer")
            await poll_until(lambda: f"{platform} can't run" in bot.stderr(), 30, "the clear message")
            await asyncio.sleep(1.0)
            assert bot.running, "the process stopped although another platform runs"
            err = bot.stderr()
            await stop(bot)
        finally:
            bot.close()
    line = next(line for line in err.splitlines() if f"{platform} can't run" in line)
    print(f"\n[start-up] {bad}: {line.split(' - ')[-1]}")
    assert ("401" in line) if bad.endswith("401") else ("4004" in line)
    assert "TOKEN" in line  # says which variable to check
    assert not attempt_lines(bot, platform), "a rejected token must not be retried"
    assert "Traceback" not in err
    for secret in (TG_TOKEN.split(":", 1)[1], wrong_tg.split(":", 1)[1], DC_TOKEN, wrong_dc):
        assert secret not in err
    assert integrity(db) == "ok"


async def test_exits_non_zero_only_when_no_platform_can_run(tmp_path: Path) -> None:
    async with FakeTelegramServer(token=TG_TOKEN) as tg, FakeDiscord(token=DC_TOKEN) as dc:
        make_bot(tmp_path, tg, dc)
        bot = BotProcess(
            tmp_path, tmp_path / "config.toml", telegram_token="1:revoked", discord_token="revoked"
        )
        try:
            bot.start()
            code = await bot.wait_exit(30)
            took = time.monotonic() - bot.started_at
        finally:
            bot.close()
    err = bot.stderr()
    print(f"\n[start-up] both tokens rejected: exit code {code} after {took:.1f}s")
    assert code == 1
    assert "Telegram can't run" in err and "Discord can't run" in err and "No platform can run" in err
    assert "Traceback" not in err


async def test_a_token_revoked_while_running_stops_its_platform_then_the_process(tmp_path: Path) -> None:
    """Discord's token is reset while the bot runs (the gateway closes with 4004 and refuses it
    again): Discord stops with a clear message and Telegram carries on; then Telegram's token is
    revoked (getUpdates answers 401): no platform is left, so the process exits with code 1."""
    async with FakeTelegramServer(token=TG_TOKEN) as tg, FakeDiscord(token=DC_TOKEN) as dc:
        _, db = make_bot(tmp_path, tg, dc)
        bot = BotProcess(tmp_path, tmp_path / "config.toml", telegram_token=TG_TOKEN, discord_token=DC_TOKEN)
        user = make_user(6_000_003, "Still")
        try:
            await bot.start_and_wait()
            await discord_answers(dc)
            dc.gateway_token = "reset-token"  # the old token no longer identifies
            for gw in list(dc._gateways):
                await gw.ws.close(code=4004, message=b"Authentication failed.")
            await poll_until(lambda: "Discord stopped" in bot.stderr(), 30, "Discord to stop")
            tg.send_text(private_chat(user), user, "/help")
            await poll_until(lambda: bool(sent_to(tg, "What I can do")), 30, "Telegram to answer")
            assert bot.running, "the process stopped although Telegram runs"
            tg.token = "1:revoked"  # every call with the old token is a 401 now
            code = await bot.wait_exit(60)
        finally:
            bot.close()
    err = bot.stderr()
    line = next(line for line in err.splitlines() if "Discord stopped" in line)
    print(f"\n[running] token reset: {line.split(' - ')[-1]}; then Telegram revoked: exit code {code}")
    assert "4004" in line and "DISCORD_BOT_TOKEN" in line
    assert "Telegram stopped" in err and "TELEGRAM_BOT_TOKEN" in err and "No platform can run" in err
    assert code == 1
    assert "Traceback" not in err and DC_TOKEN not in err and TG_TOKEN.split(":", 1)[1] not in err
    assert integrity(db) == "ok"


# --- 7. one runner on two platforms (issue 18) -------------------------------------------------------

LINK_CODE = re.compile(r"([A-Z0-9]{4}-[A-Z0-9]{4})")


def texts_to(server: FakeTelegramServer, chat_id: int) -> list[str]:
    return [
        str(c.params.get("text", ""))
        for c in server.calls_of("sendMessage")
        if c.params.get("chat_id") == chat_id
    ]


async def test_log_on_telegram_link_and_see_it_in_discord_history(
    tmp_path: Path, tg: FakeTelegramServer, dc: FakeDiscord
) -> None:
    bot, _db = make_bot(tmp_path, tg, dc)
    ann = make_user(5_000_001, "Ann")
    dc_ann = FakeUser(1_300_000_000_000_000_777, "ann", "Ann")
    try:
        await bot.start_and_wait()
        await dc.wait_connected(within=10)
        tg.send_text(private_chat(ann), ann, "/done hills 25 note hill sprints on telegram")
        await poll_until(lambda: any("Logged" in t for t in texts_to(tg, ann["id"])), 30, "the /done reply")
        # Before linking, Discord knows nothing of it.
        before = await (await dc.slash("history", user=dc_ann, dm=True)).wait_answered(30)
        assert "hill sprints" not in before.text()

        tg.send_text(private_chat(ann), ann, "/link")
        await poll_until(lambda: any(LINK_CODE.search(t) for t in texts_to(tg, ann["id"])), 30, "a link code")
        code = next(m.group(1) for t in texts_to(tg, ann["id"]) if (m := LINK_CODE.search(t)))
        linked = await (await dc.slash("link", user=dc_ann, code=code)).wait_answered(30)
        assert "Linked" in linked.text() and linked.messages[0].ephemeral

        history = await (await dc.slash("history", user=dc_ann, dm=True)).wait_answered(30)
        assert "hill sprints on telegram" in history.text()
        # And back: a session logged on Discord shows in Telegram's /history.
        done = await (
            await dc.slash("done", user=dc_ann, dm=True, setting="gym", note="gym on discord")
        ).wait_answered(30)
        assert "Logged" in done.text()
        tg.send_text(private_chat(ann), ann, "/history")
        await poll_until(
            lambda: any("gym on discord" in t for t in texts_to(tg, ann["id"])), 30, "Telegram's /history"
        )
        # The code was single-use.
        again = await (
            await dc.slash("link", user=FakeUser(1_300_000_000_000_000_778, "bo", "Bo"), code=code)
        ).wait_answered(30)
        assert "wrong, used or expired" in again.text()
        assert bot.running
        assert "Traceback" not in bot.stderr()
        await stop(bot)
    finally:
        bot.close()
