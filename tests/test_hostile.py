"""Hostile button data through the real adapters: forged, tampered, expired and replayed presses.

Telegram clients send a button's callback_data back as it was, and Discord a component's
custom_id, but a modified client (or a bot with another's token) can send anything. Every press
here goes through python-telegram-bot or discord.py against the fake servers: each must get a
short refusal (a pop-up or a message) and leave the database as it was. The plain handler-level
cases are in tests/test_sessions.py and tests/test_fuzz.py; these add the adapters on top.
"""

from __future__ import annotations

import logging
import os
import random
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from bot.store.sqlite import Store
from handlers import registry
from handlers.registry import BUTTONS
from handlers.types import Reply, Request
from tests.conftest import NOW
from tests.fakes.discord_server import (
    ADMIN_PERMISSIONS,
    FakeDiscord,
    FakeMessage,
)
from tests.fakes.telegram_server import (
    Call,
    FakeTelegramServer,
    group_chat,
    make_user,
    parse_html,
    private_chat,
)
from tests.procutil import assert_unchanged, discord_bot, dump, poll_until, telegram_bot

pytestmark = pytest.mark.asyncio(loop_scope="module")

ANN = make_user(7001, "Ann")
BOB = make_user(7002, "Bob")
BOSS = make_user(7003, "Boss")
CLUB = group_chat(-1007000000001, "Hostile club")
OTHER = group_chat(-1007000000002, "Other club")
TODAY = f"{NOW:%Y%m%d}"
DC_TOKEN = "hostile-discord-token-not-real"


def random_text(seed: int, n: int) -> str:
    """n characters from U+0001..U+00FF: random bytes as Telegram would carry them (<= 2n bytes)."""
    rng = random.Random(seed)
    return bytes(rng.randrange(1, 256) for _ in range(n)).decode("latin-1")


# What arrives, and the refusal it must get. "{me}" is the presser, "{ann}" the victim.
CASES: list[tuple[str, str, str]] = [
    ("someone else's Done", "done:{ann}:" + TODAY + ":home", "belongs to someone else"),
    ("Done with an impossible date", "done:{me}:20261399:home", "no longer valid"),
    ("Done with an unknown setting", "done:{me}:" + TODAY + ":swim", "no longer valid"),
    ("Done with an extra field", "done:{me}:" + TODAY + ":home:x", "no longer valid"),
    ("Done with a non-numeric date", "done:{me}:2026-11-27:home", "no longer valid"),
    ("expired Done", "done:{me}:20261001:home", "too old"),
    ("Done from the future", "done:{me}:20270101:home", "too old"),
    ("random bytes", random_text(1, 31), "expired"),
    ("random bytes after done:", "done:" + random_text(2, 28), "no longer valid"),
    ("64 bytes of garbage", "q" * 64, "expired"),
    ("64 bytes after done:", "done:" + "9" * 59, "no longer valid"),
    ("someone else's forget", "forget:{ann}", "belongs to someone else"),
    ("someone else's Strava disconnect", "strava:off:{ann}", "belongs to someone else"),
    ("Strava button with an unknown action", "strava:wipe:{me}", "expired"),
    ("someone else's keep", "keep:{ann}", "belongs to someone else"),
    ("someone else's skip", "skip:{ann}:" + TODAY, "belongs to someone else"),
    ("skip with a bad date", "skip:{me}:2026", "expired"),
    ("join a deleted challenge", "join:{deleted}", "gone"),
    ("join a challenge that never was", "join:999999", "gone"),
    ("join with an injected id", "join:1 OR 1=1", "gone"),
    ("join another group's challenge", "join:{other}", "another group"),
    ("Done cut short", "done:x", "no longer valid"),
    ("Done with a fullwidth date", "done:{me}:２０２６１１２７:home", "no longer valid"),
    ("Done with an Arabic-Indic date", "done:{me}:٢٠٢٦١١٢٧:home", "no longer valid"),
    ("club Done with a superscript seed", "clubdone:" + TODAY + ":home:²:0", "no longer valid"),
    ("club Done with an Arabic-Indic week", "clubdone:" + TODAY + ":home:0:٣", "no longer valid"),
    ("club Done with a fullwidth seed", "clubdone:" + TODAY + ":home:３:0", "no longer valid"),
    ("club Done with a huge week", "clubdone:" + TODAY + ":home:0:99999999", "no longer valid"),
    ("club Done cut short", "clubdone:x", "no longer valid"),
    ("club Done with an impossible date", "clubdone:20261399:home:0:0", "no longer valid"),
    ("club Done with an unknown setting", "clubdone:" + TODAY + ":swim:0:0", "no longer valid"),
    ("expired club Done", "clubdone:20261001:home:0:0", "too old"),
    ("skip with a fullwidth date", "skip:{me}:２０２６１１２７", "expired"),
    ("join with a superscript id", "join:³", "gone"),
    ("join with an Arabic-Indic id", "join:٣", "gone"),
    ("a topic that doesn't exist", "topic:no-such-topic", "isn't one of mine"),
    ("a topic cut short", "topic:", "isn't one of mine"),
    ("a topic with an injected id", "topic:1 OR 1=1", "isn't one of mine"),
    ("a topic with a superscript id", "topic:²", "isn't one of mine"),
    ("an unknown kind of button", "zap:1", "expired"),
    ("a rating of a session that never was", "effort:999999:3", "expired"),
    ("a rating with a value no button has", "effort:1:5", "expired"),
    ("a rating with a superscript id", "effort:²:3", "expired"),
    ("a rating cut short", "effort:x", "expired"),
    ("a rating with an extra field", "effort:1:3:9", "expired"),
    ("someone else's forget-both", "forget:{ann}:all", "belongs to someone else"),
    ("forget with an extra field", "forget:{me}:all:x", "belongs to someone else"),
    ("someone else's run class", "runclass:{ann}:1:easy", "belongs to someone else"),
    ("run class with an Arabic-Indic id", "runclass:{me}:٣:easy", "expired"),
    ("run class with an unknown class", "runclass:{me}:1:hilly", "expired"),
    ("run class for a run that isn't there", "runclass:{me}:999999:hard", "isn't stored"),
    ("someone else's hard-day offer", "runoffer:{ann}:26", "for someone else"),
    ("hard-day offer with a bad day", "runoffer:{me}:9", "expired"),
    ("hard-day offer with a fullwidth day", "runoffer:{me}:２", "expired"),
]
# Every button prefix the bot has is forged above at least once (checked below).
POSTING = ("sendMessage", "editMessageText", "sendPhoto", "sendDocument", "editMessageReplyMarkup")


def fill(template: str, me: str, ids: dict[str, str]) -> str:
    for key, value in {"me": me, **ids}.items():
        template = template.replace("{" + key + "}", value)
    return template


async def ann_logged_once(store: Store, platform: str, ann_id: str) -> None:
    ann = await store.get_user(platform, ann_id)
    assert ann is not None and await store.count_sessions(ann.id) == 1


# --- Telegram ------------------------------------------------------------------------------------


@dataclass
class TgWorld:
    store: Store
    server: FakeTelegramServer
    ids: dict[str, str] = field(default_factory=dict)  # "{ann}", "{deleted}", "{other}"
    messages: dict[str, Call] = field(default_factory=dict)  # the bot's messages to press under


def tg_to(chat_id: int, contains: str = "") -> Any:
    return lambda c: c.params.get("chat_id") == chat_id and contains in str(c.params.get("text", ""))


def buttons(call: Call) -> list[str]:
    markup = call.params.get("reply_markup") or {}
    return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def tg(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[TgWorld]:
    tmp: Path = tmp_path_factory.mktemp("hostile-tg")
    async with telegram_bot(tmp) as (server, store):
        world = TgWorld(store=store, server=server)
        server.set_admin(CLUB["id"], BOSS["id"], "creator")
        server.set_admin(OTHER["id"], BOSS["id"], "creator")
        # Ann's routine and Done (pressed once), Bob's own routine to press forged data under.
        for who in (ANN, BOB):
            server.send_text(private_chat(who), who, "/workout home")
            world.messages[str(who["id"])] = await server.wait_for("sendMessage", tg_to(who["id"], "routine"))
        ann_routine = world.messages[str(ANN["id"])]
        server.press(ANN, ann_routine.result, buttons(ann_routine)[0])
        await server.wait_for("sendMessage", tg_to(ANN["id"], "Logged"))
        # A challenge running in another group, then one announced in the club and deleted
        # (ended before it started). In that order: SQLite would give a new challenge the
        # deleted one's id (see docs/resilience.md).
        server.send_text(OTHER, BOSS, '/challenge new "Theirs" 8 by 2026-12-31')
        theirs = await server.wait_for("sendMessage", tg_to(OTHER["id"], "New challenge"))
        server.send_text(CLUB, BOSS, '/challenge new "Gone soon" weekly 2 for 4 from 2026-12-07')
        gone = await server.wait_for("sendMessage", tg_to(CLUB["id"], "New challenge"))
        world.messages["club"] = gone
        deleted = buttons(gone)[0].split(":")[1]
        server.send_text(CLUB, BOSS, f"/challenge end {deleted}")
        await server.wait_for("sendMessage", tg_to(CLUB["id"], "Cancelled"))
        world.ids = {"ann": str(ANN["id"]), "deleted": deleted, "other": buttons(theirs)[0].split(":")[1]}
        assert await store.get_challenge(int(deleted)) is None
        yield world


@dataclass
class Pressed:
    shown: str  # the pop-up and the text of any messages the press caused
    answer: Call  # answerCallbackQuery
    caused: list[Call]  # the bot's calls that posted or changed a message meanwhile

    def posted_in(self, chat_id: int) -> list[Call]:
        return [c for c in self.caused if c.params.get("chat_id") == chat_id]


async def tg_press_calls(
    server: FakeTelegramServer, user: dict[str, Any], message: dict[str, Any], data: str
) -> Pressed:
    mark = server.mark()
    update = server.press(user, message, data)
    qid = update["callback_query"]["id"]
    answer = await server.wait_for("answerCallbackQuery", lambda c: c.params["callback_query_id"] == qid)
    # The answer goes out at once; a message the press causes follows through the outbox (paced
    # by the chat's own limit, which doesn't hold the update's confirmation).
    await server.wait_confirmed(update["update_id"])
    assert await server.bot_outbox.drain(10), "the replies to go out"
    caused = [c for c in server.calls[mark:] if c.ok and c.method in POSTING]
    shown = [answer.params.get("text") or ""]
    shown += [parse_html(str(c.params.get("text") or c.params.get("caption") or "")) for c in caused]
    return Pressed("\n".join(s for s in shown if s), answer, caused)


async def tg_press(
    server: FakeTelegramServer, user: dict[str, Any], message: dict[str, Any], data: str
) -> str:
    """Press; return what the presser was shown (the pop-up, or the messages it caused)."""
    return (await tg_press_calls(server, user, message, data)).shown


def no_traceback(caplog: pytest.LogCaptureFixture, case: str) -> None:
    assert not [r for r in caplog.records if r.exc_info], f"{case}: a traceback was logged"
    assert "Traceback" not in caplog.text, case


async def test_every_button_prefix_is_forged() -> None:
    forged = {t.split(":", 1)[0] for _, t, _ in CASES if ":" in t}
    assert set(BUTTONS) <= forged, sorted(set(BUTTONS) - forged)


@pytest.mark.parametrize(("case", "template", "refusal"), CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("where", ["private", "group"])
async def test_telegram_refuses_hostile_button_data(
    tg: TgWorld, case: str, template: str, refusal: str, where: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    server = tg.server
    if template.startswith("join:") and where == "private":
        refusal = "for groups"  # a Join button only means something in a group
    message = tg.messages[str(BOB["id"])].result if where == "private" else tg.messages["club"].result
    data = fill(template, str(BOB["id"]), tg.ids)
    before = await dump(tg.store)
    pressed = await tg_press_calls(server, BOB, message, data)
    shown = pressed.shown
    assert refusal in shown, f"{case}: {shown!r}"
    assert len(shown) <= 300, f"{case}: not a short refusal: {shown!r}"
    if where == "group":
        # Only the presser sees it: a pop-up, nothing posted to (or changed in) the group.
        assert not pressed.posted_in(CLUB["id"]), f"{case}: posted in the group: {pressed.caused}"
        assert refusal in (pressed.answer.params.get("text") or ""), case
        assert pressed.answer.params.get("show_alert") is True, case
    no_traceback(caplog, case)
    assert_unchanged(before, await dump(tg.store), case)
    await ann_logged_once(tg.store, "telegram", str(ANN["id"]))


async def test_telegram_replayed_done_counts_once(tg: TgWorld) -> None:
    server = tg.server
    routine = tg.messages[str(ANN["id"])]
    before = await dump(tg.store)
    for _ in range(3):
        assert "Already logged" in await tg_press(server, ANN, routine.result, buttons(routine)[0])
    assert_unchanged(before, await dump(tg.store), "replay")
    await ann_logged_once(tg.store, "telegram", str(ANN["id"]))


# --- Discord -------------------------------------------------------------------------------------


@dataclass
class DcWorld:
    store: Store
    server: FakeDiscord
    ids: dict[str, str] = field(default_factory=dict)
    ann_routine: FakeMessage | None = None


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def dc(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[DcWorld]:
    tmp: Path = tmp_path_factory.mktemp("hostile-dc")
    async with FakeDiscord(token=DC_TOKEN) as server, discord_bot(tmp, server, DC_TOKEN) as store:
        world = DcWorld(store=store, server=server)
        alice, bob = server.alice, server.bob
        await (await server.slash("workout", dm=True, user=bob)).wait_answered()  # Bob's DM channel
        routine = await (await server.slash("workout", dm=True, user=alice)).wait_answered()
        world.ann_routine = msg = routine.messages[0]
        pressed = await server.press(msg, msg.custom_ids()[0], user=alice, dm=True)
        assert "Logged" in (await pressed.wait_answered()).text()
        other_channel = server.guilds[0].channel_ids[1]
        theirs = await (
            await server.slash(
                "challenge", "new", name="Theirs", goal=8, by="2026-12-31",
                permissions=ADMIN_PERMISSIONS, user=server.carol, channel_id=other_channel,
            )
        ).wait_answered()  # fmt: skip
        gone = await (
            await server.slash(
                "challenge", "new", name="Gone soon", weekly=2, weeks=4, starts="2026-12-07",
                permissions=ADMIN_PERMISSIONS, user=server.carol,
            )
        ).wait_answered()  # fmt: skip
        deleted = gone.messages[0].custom_ids()[0].split(":")[2]
        end = await server.slash(
            "challenge", "end", id=int(deleted), permissions=ADMIN_PERMISSIONS, user=server.carol
        )
        assert "Cancelled" in (await end.wait_answered()).text()
        world.ids = {
            "ann": str(alice.id),
            "deleted": deleted,
            "other": theirs.messages[0].custom_ids()[0].split(":")[2],
        }
        yield world


def forged_message(server: FakeDiscord, channel_id: int, custom_id: str) -> FakeMessage:
    """A message carrying a button with this custom_id. Discord only sends interactions for
    components a message really has (discord.py drops any other), so a hostile custom_id has to
    come on a message: one from an older version of the bot, or a bug."""
    button = {"type": 2, "style": 2, "label": "Press", "custom_id": custom_id}
    return server._store(channel_id, {"content": "", "components": [{"type": 1, "components": [button]}]}, [])


@pytest.mark.parametrize(("case", "template", "refusal"), CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("where", ["private", "group"])
async def test_discord_refuses_hostile_button_data(
    dc: DcWorld, case: str, template: str, refusal: str, where: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    server = dc.server
    bob = server.bob
    if template.startswith("join:") and where == "private":
        refusal = "for groups"
    private = where == "private"
    channel = server.dm_channels[bob.id] if private else server.guilds[0].channel_ids[0]
    # A custom_id is at most 100 characters, and ours never hold whitespace.
    custom_id = "lw:" + "".join(ch for ch in fill(template, str(bob.id), dc.ids) if not ch.isspace())[:97]
    message = forged_message(server, channel, custom_id)
    before = await dump(dc.store)
    posts = len(server.calls_to("POST", f"/channels/{channel}/messages"))
    it = await (await server.press(message, custom_id, user=bob, dm=private)).wait_answered()
    shown = it.text()
    assert refusal in shown, f"{case}: {shown!r}"
    assert len(shown) <= 300, f"{case}: not a short refusal: {shown!r}"
    assert not it.edited and message.edits == 0, f"{case}: the message carrying the button was changed"
    if not private:
        # Ephemeral: only the presser sees it; nothing is posted in the channel.
        assert it.messages and all(m.ephemeral for m in it.messages), f"{case}: visible to the channel"
        assert len(server.calls_to("POST", f"/channels/{channel}/messages")) == posts, case
    no_traceback(caplog, case)
    assert_unchanged(before, await dump(dc.store), case)
    await ann_logged_once(dc.store, "discord", str(server.alice.id))


async def test_discord_replayed_done_counts_once(dc: DcWorld) -> None:
    server = dc.server
    msg = dc.ann_routine
    assert msg is not None
    before = await dump(dc.store)
    for _ in range(3):
        it = await (await server.press(msg, msg.custom_ids()[0], user=server.alice, dm=True)).wait_answered()
        assert "Already logged" in it.text()
    assert_unchanged(before, await dump(dc.store), "replay")
    await ann_logged_once(dc.store, "discord", str(server.alice.id))


# --- malformed platform data -----------------------------------------------------------------------


async def test_telegram_skips_an_update_it_cannot_read(tg: TgWorld) -> None:
    """One malformed update must not fail every getUpdates after it (the bot would go deaf)."""
    server = tg.server
    before = await dump(tg.store)
    bad = server.enqueue({"message": {"text": "/done home 20", "chat": {"id": BOB["id"]}}})  # no date
    server.send_text(private_chat(BOB), BOB, "/tips")
    await server.wait_for("sendMessage", tg_to(BOB["id"], "rules of thumb"), since=server.mark())
    pending = lambda: [u["update_id"] for u in server._updates]  # noqa: E731
    await poll_until(lambda: bad["update_id"] not in pending(), 5, "the bad update to be confirmed")
    assert_unchanged(before, await dump(tg.store), "malformed update")


async def test_discord_survives_an_event_it_cannot_parse(dc: DcWorld) -> None:
    """An event discord.py can't parse ends its gateway loop: the adapter connects again."""
    server = dc.server
    identified = len(server.identifies)
    # A channel the bot has never seen: its partial channel object lacks fields discord.py needs.
    lost = await server.slash("tips", channel_id=1_100_000_000_000_777_777)
    await server.wait_for(lambda: len(server.identifies) > identified, 10)
    await server.wait_connected(within=10)
    it = await (await server.slash("tips")).wait_answered()
    assert "rules of thumb" in it.text()
    assert not lost.answered


# --- random button data ------------------------------------------------------------------------------

RANDOM_PRESSES = int(os.environ.get("LEGWORK_HOSTILE_PRESSES", "60"))
HEAVY_PRESSES = 1000
PREFIXES = ["done:", "clubdone:", "forget:", "keep:", "skip:", "join:", "", "done", "lw:", ":", "done::"]
SETTINGS_WORDS = ["home", "gym", "plyo", "hills", "quick", "HOME", "", "swim", "home\u200b"]


def random_payloads(seed: int, n: int, victim: str) -> list[str]:
    """Button data a modified client could send: real prefixes with someone else's id, broken
    dates and settings, or random characters; never the presser's own id (that could be valid).
    At most 64 bytes of UTF-8, as Telegram allows."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        owner = rng.choice(
            [victim, str(rng.randrange(10**12)), "", "-1", "0x1f", random_text(rng.randrange(99), 4)]
        )
        day = rng.choice(
            [TODAY, "20261399", "2026112", "99999999", "00000000", f"{rng.randrange(10**8):08d}"]
        )
        parts = [rng.choice(PREFIXES) + owner, day, rng.choice(SETTINGS_WORDS)][: rng.randrange(1, 4)]
        text = (
            ":".join(parts) if rng.random() < 0.7 else random_text(rng.randrange(10**6), rng.randrange(1, 33))
        )
        while len(text.encode()) > 64:
            text = text[:-1]
        out.append(text or "x")
    return out


async def random_presses_telegram(tg: TgWorld, n: int) -> None:
    before = await dump(tg.store)
    message = tg.messages[str(BOB["id"])].result
    for i, data in enumerate(random_payloads(11, n, str(ANN["id"]))):
        shown = await tg_press(tg.server, BOB, message, data)
        assert shown and "something went wrong" not in shown and len(shown) <= 300, (i, data, shown)
    assert_unchanged(before, await dump(tg.store), "random presses")
    await ann_logged_once(tg.store, "telegram", str(ANN["id"]))


async def random_presses_discord(dc: DcWorld, n: int) -> None:
    server, bob = dc.server, dc.server.bob
    before = await dump(dc.store)
    for i, data in enumerate(random_payloads(12, n, str(server.alice.id))):
        custom_id = "lw:" + "".join(ch for ch in data if not ch.isspace())
        private = i % 2 == 0
        channel = server.dm_channels[bob.id] if private else server.guilds[0].channel_ids[0]
        message = forged_message(server, channel, custom_id)
        it = await (await server.press(message, custom_id, user=bob, dm=private)).wait_answered()
        shown = it.text()
        assert shown and "something went wrong" not in shown and len(shown) <= 300, (i, custom_id, shown)
    assert_unchanged(before, await dump(dc.store), "random presses")
    await ann_logged_once(dc.store, "discord", str(server.alice.id))


async def test_telegram_random_button_data(tg: TgWorld) -> None:
    await random_presses_telegram(tg, RANDOM_PRESSES)


async def test_discord_random_button_data(dc: DcWorld) -> None:
    await random_presses_discord(dc, RANDOM_PRESSES)


@pytest.mark.heavy
async def test_telegram_random_button_data_heavy(tg: TgWorld) -> None:
    await random_presses_telegram(tg, HEAVY_PRESSES)


@pytest.mark.heavy
async def test_discord_random_button_data_heavy(dc: DcWorld) -> None:
    await random_presses_discord(dc, HEAVY_PRESSES)


# --- a crashing button handler, and a long private answer --------------------------------------------


async def _boom(req: Request, deps: Any) -> list[Reply]:
    raise RuntimeError("a bug in a button handler")


async def _long(req: Request, deps: Any) -> list[Reply]:
    return [Reply("A long personal answer. " * 20, private=True)]


@pytest.fixture
def odd_buttons(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(registry.BUTTONS, "boom", _boom)
    monkeypatch.setitem(registry.BUTTONS, "long", _long)


async def test_telegram_group_press_apology_and_long_answers_stay_private(
    tg: TgWorld, odd_buttons: None
) -> None:
    club = tg.messages["club"].result
    crashed = await tg_press_calls(tg.server, BOB, club, "boom:1")
    assert "something went wrong" in (crashed.answer.params.get("text") or "")
    assert crashed.answer.params.get("show_alert") is True
    assert not crashed.posted_in(CLUB["id"]), crashed.caused
    long = await tg_press_calls(tg.server, BOB, club, "long:1")
    assert "private chat" in (long.answer.params.get("text") or "")
    assert not long.posted_in(CLUB["id"]), long.caused
    assert [c.params["chat_id"] for c in long.caused] == [BOB["id"]]  # the presser's own chat


async def test_discord_group_press_apology_is_ephemeral(dc: DcWorld, odd_buttons: None) -> None:
    server = dc.server
    channel = server.guilds[0].channel_ids[0]
    for custom_id in ("lw:boom:1", "lw:long:1"):
        posts = len(server.calls_to("POST", f"/channels/{channel}/messages"))
        message = forged_message(server, channel, custom_id)
        it = await (await server.press(message, custom_id, user=server.bob)).wait_answered()
        assert it.messages and all(m.ephemeral for m in it.messages), custom_id
        assert len(server.calls_to("POST", f"/channels/{channel}/messages")) == posts
    assert "something went wrong" in it.text() or "long personal" in it.text()
