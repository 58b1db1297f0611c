"""The permission matrix: every admin-only action × {admin, member, stranger, private chat}, on
Telegram and on Discord, through the real adapters and the fake servers.

Admin-only: /club schedule …, /club schedule off, /timezone group <zone>, /challenge new, edit,
end and remove. On Telegram an admin is whoever getChatMember calls creator or administrator; on
Discord whoever the interaction says has Manage Server. A stranger is not in the group at all
(Telegram: status "left"; Discord: a user outside the server's member list, with no permissions).
"Private" is the group's own admin sending the command in a private chat (DM), where it must not
reach the group. Admins succeed; everyone else gets a short refusal and the database stays as
it was (bar the first-contact user row). Each case runs in a group of its own, prepared by the
admin through the bot; one bot and one fake server per platform serve the whole module.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from bot.store.sqlite import Store
from handlers.rows import ChatRow
from tests.fakes.discord_server import ADMIN_PERMISSIONS, MEMBER_PERMISSIONS, FakeDiscord, FakeUser
from tests.fakes.telegram_server import FakeTelegramServer, group_chat, make_user, parse_html, private_chat
from tests.procutil import assert_unchanged, discord_bot, dump, telegram_bot

pytestmark = pytest.mark.asyncio(loop_scope="module")

ROLES = ("admin", "member", "stranger", "private")
REFUSED = re.compile(
    r"Only (the|this) group's admins|is for group chats|works in the group chat|Challenges are for groups"
)
DC_TOKEN = "permissions-discord-token-not-real"


@dataclass(frozen=True)
class Action:
    """An admin-only command, what the group needs first, and how to see it took effect."""

    needs: str  # "" | "schedule" | "challenge" | "member" (a challenge with a member to remove)
    telegram: str  # the command; {id}: the challenge, {target}: the member's platform id
    discord: tuple[str, str | None, dict[str, Any]]  # slash command, subcommand, options
    applied: Callable[[Store, ChatRow, int | None], Awaitable[bool]]


async def _club_set(store: Store, chat: ChatRow, cid: int | None) -> bool:
    row = await store.get_club_schedule(chat.id)
    return row is not None and row.days == (0, 3) and row.local_time == "18:30"


async def _club_off(store: Store, chat: ChatRow, cid: int | None) -> bool:
    return await store.get_club_schedule(chat.id) is None


async def _zone_set(store: Store, chat: ChatRow, cid: int | None) -> bool:
    row = await store.get_chat_by_id(chat.id)
    return row is not None and row.tz == "Europe/Berlin"


async def _created(store: Store, chat: ChatRow, cid: int | None) -> bool:
    return any(c.name == "Matrix new" for c in await store.chat_challenges(chat.id))


async def _renamed(store: Store, chat: ChatRow, cid: int | None) -> bool:
    c = await store.get_challenge(cid or 0)
    return c is not None and c.name == "Renamed"


async def _ended(store: Store, chat: ChatRow, cid: int | None) -> bool:
    c = await store.get_challenge(cid or 0)
    return c is not None and c.ended_at is not None


async def _removed(store: Store, chat: ChatRow, cid: int | None) -> bool:
    return not await store.challenge_members(cid or 0)


ACTIONS: dict[str, Action] = {
    "club schedule": Action(
        "",
        "/club schedule mon,thu 18:30",
        ("club", "schedule", {"days": "mon,thu", "time": "18:30"}),
        _club_set,
    ),
    "club schedule off": Action("schedule", "/club schedule off", ("club", "off", {}), _club_off),
    "timezone group": Action(
        "",
        "/timezone group Europe/Berlin",
        ("timezone", None, {"zone": "Europe/Berlin", "group": True}),
        _zone_set,
    ),
    "challenge new": Action(
        "",
        '/challenge new "Matrix new" 10 by 2026-12-31',
        ("challenge", "new", {"name": "Matrix new", "goal": 10, "by": "2026-12-31"}),
        _created,
    ),
    "challenge edit": Action(
        "challenge",
        '/challenge edit {id} name "Renamed"',
        ("challenge", "edit", {"id": "{id}", "name": "Renamed"}),
        _renamed,
    ),
    "challenge end": Action("challenge", "/challenge end {id}", ("challenge", "end", {"id": "{id}"}), _ended),
    "challenge remove": Action(
        "member",
        "/challenge remove {id} @{target}",
        ("challenge", "remove", {"id": "{id}", "member": "{target}"}),
        _removed,
    ),
}


def check(
    role: str, replies: str, applied: bool, before: dict[str, Any], after: dict[str, Any], case: str
) -> None:
    if role == "admin":
        assert applied, f"{case}: the admin's command did not take effect: {replies!r}"
        assert not REFUSED.search(replies), f"{case}: {replies!r}"
        return
    assert REFUSED.search(replies), f"{case}: no refusal in {replies!r}"
    assert len(replies) <= 400, f"{case}: not a short refusal: {replies!r}"
    assert not applied
    assert_unchanged(before, after, case)


# --- Telegram ------------------------------------------------------------------------------------

ADMIN = make_user(8001, "Ada", username="ada_admin")
MEMBER = make_user(8002, "Mel")
STRANGER = make_user(8003, "Stan")
TARGET = make_user(8004, "Tess")
TG_USERS = {"admin": ADMIN, "member": MEMBER, "stranger": STRANGER, "private": ADMIN}


@dataclass
class TgBot:
    server: FakeTelegramServer
    store: Store
    chats: itertools.count[int]


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def tg(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[TgBot]:
    tmp: Path = tmp_path_factory.mktemp("perm-tg")
    async with telegram_bot(tmp) as (server, store):
        yield TgBot(server, store, itertools.count(-1008000000001, -1))


async def tg_say(server: FakeTelegramServer, chat: dict[str, Any], user: dict[str, Any], text: str) -> str:
    """Send and wait for the bot's answer in that chat; returns its text."""
    mark = server.mark()
    update = server.send_text(chat, user, text)
    reply_to = None if chat["type"] == "private" else update["message"]["message_id"]

    def answers(c: Any) -> bool:
        if c.params.get("chat_id") != chat["id"]:
            return False
        return reply_to is None or (c.params.get("reply_parameters") or {}).get("message_id") == reply_to

    call = await server.wait_for("sendMessage", answers, since=mark)
    return parse_html(call.params["text"])


async def tg_prepare(bot: TgBot, action: Action) -> tuple[dict[str, Any], ChatRow, int | None]:
    server = bot.server
    group = group_chat(next(bot.chats), "Matrix club")
    server.set_admin(group["id"], ADMIN["id"], "creator")
    server.set_admin(group["id"], STRANGER["id"], "left")
    await tg_say(server, group, ADMIN, "/club")  # the group's first contact
    cid = None
    if action.needs == "schedule":
        assert "Club reminder set" in await tg_say(server, group, ADMIN, "/club schedule tue,fri 07:00")
    if action.needs in ("challenge", "member"):
        text = await tg_say(server, group, ADMIN, '/challenge new "Matrix" 10 by 2026-12-31')
        found = re.search(r"New challenge #(\d+)", text)
        assert found, text
        cid = int(found.group(1))
    if action.needs == "member":
        assert "joined" in await tg_say(server, group, TARGET, f"/challenge join {cid}")
    chat = await bot.store.find_chat("telegram", str(group["id"]))
    assert chat is not None
    return group, chat, cid


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", list(ACTIONS))
async def test_telegram_admin_only_actions(tg: TgBot, name: str, role: str) -> None:
    action = ACTIONS[name]
    group, chat, cid = await tg_prepare(tg, action)
    user = TG_USERS[role]
    where = private_chat(user) if role == "private" else group
    before = await dump(tg.store)
    text = action.telegram.format(id=cid, target=TARGET["id"])
    replies = await tg_say(tg.server, where, user, text)
    applied = await action.applied(tg.store, chat, cid)
    check(role, replies, applied, before, await dump(tg.store), f"telegram {name} by {role}")


# --- Discord -------------------------------------------------------------------------------------


@dataclass
class DcBot:
    server: FakeDiscord
    store: Store
    channels: itertools.count[int]

    @property
    def admin(self) -> FakeUser:
        return self.server.carol

    @property
    def member(self) -> FakeUser:
        return self.server.alice

    @property
    def target(self) -> FakeUser:
        return self.server.bob


DC_STRANGER = FakeUser(1_100_000_000_000_000_999, "stranger", "Stranger")  # not in the server


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def dc(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[DcBot]:
    tmp: Path = tmp_path_factory.mktemp("perm-dc")
    async with FakeDiscord(token=DC_TOKEN) as server:
        # A channel per case, known to the server before the bot connects.
        first = 1_100_000_000_000_009_001
        server.guilds[0].channel_ids += range(first, first + 2 * len(ACTIONS) * len(ROLES))
        async with discord_bot(tmp, server, DC_TOKEN) as store:
            yield DcBot(server, store, itertools.count(first))


async def dc_say(
    bot: DcBot, command: str, sub: str | None, options: dict[str, Any], role: str, channel: int
) -> str:
    user = {"admin": bot.admin, "member": bot.member, "stranger": DC_STRANGER, "private": bot.admin}[role]
    permissions = {"admin": ADMIN_PERMISSIONS, "member": MEMBER_PERMISSIONS, "stranger": 0}.get(
        role, ADMIN_PERMISSIONS
    )
    it = await bot.server.slash(
        command, sub, user=user, permissions=permissions, dm=role == "private",
        channel_id=None if role == "private" else channel, **options,
    )  # fmt: skip
    return (await it.wait_answered()).text()


async def dc_prepare(bot: DcBot, action: Action) -> tuple[int, ChatRow, int | None]:
    channel = next(bot.channels)
    await dc_say(bot, "club", "show", {}, "admin", channel)  # the channel's first contact
    cid = None
    if action.needs == "schedule":
        text = await dc_say(bot, "club", "schedule", {"days": "tue,fri", "time": "07:00"}, "admin", channel)
        assert "Club reminder set" in text
    if action.needs in ("challenge", "member"):
        options = {"name": "Matrix", "goal": 10, "by": "2026-12-31"}
        text = await dc_say(bot, "challenge", "new", options, "admin", channel)
        found = re.search(r"New challenge #(\d+)", text)
        assert found, text
        cid = int(found.group(1))
    if action.needs == "member":
        it = await bot.server.slash("challenge", "join", user=bot.target, channel_id=channel, id=cid)
        assert "joined" in (await it.wait_answered()).text()
    chat = await bot.store.find_chat("discord", str(channel))
    assert chat is not None
    return channel, chat, cid


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", list(ACTIONS))
async def test_discord_admin_only_actions(dc: DcBot, name: str, role: str) -> None:
    action = ACTIONS[name]
    channel, chat, cid = await dc_prepare(dc, action)
    command, sub, template = action.discord
    values = {"{id}": cid, "{target}": dc.target}
    options = {k: values.get(v, v) if isinstance(v, str) else v for k, v in template.items()}
    before = await dump(dc.store)
    replies = await dc_say(dc, command, sub, options, role, channel)
    applied = await action.applied(dc.store, chat, cid)
    check(role, replies, applied, before, await dump(dc.store), f"discord {name} by {role}")
