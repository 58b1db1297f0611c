"""Discord: slash commands, embeds and persistent buttons on discord.py 2.7.

Interactions become neutral Requests for handlers.registry.dispatch and the replies become
embeds. The adapter wires the rooms together:

* bot/discord/commands.py — the slash commands, derived from the command table
  (handlers/registry.py), autocomplete, and syncing them to Discord;
* bot/discord/interactions.py — buttons, and answering interactions (defers, edits, followups);
* bot/discord/gateway.py — the client, start-up, restarts, sharding, stop;
* bot/discord/uploads.py — attachments within Discord's upload limit;
* bot/discord/render.py — the neutral markup as embeds and markdown.

Chat ids for ``send`` (unsolicited messages): "<channel_id>" posts in that channel (a DM channel's
id works too: interactions in DMs are stored under it); "dm:<user_id>" opens a DM with the user.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import time
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

import discord
from discord import app_commands

from bot.clock import utcnow
from bot.config import Settings
from bot.dbfaults import outage_of
from bot.discord import commands
from bot.discord.access import NO_ACCESS_CODES, tell_owner
from bot.discord.commands import CommandSync
from bot.discord.gateway import Gateway, ShardedClient, SingleClient
from bot.discord.interactions import (
    NO_MENTIONS,
    TRANSIENT,
    Answer,
    Interactions,
    describe,
    message_kwargs,
    plan,
    retry_request,
)
from bot.discord.render import Outgoing
from bot.discord.unanswered import already_logged, is_retry, note_unanswered
from bot.discord.uploads import UPLOAD_LIMIT, fit_uploads
from bot.services.delivery import Outbox
from bot.services.outbound import Blocked, NoAccess
from bot.services.ratelimit import SendBudget, discord_budget
from handlers.deps import Deps
from handlers.registry import dispatch
from handlers.types import Attachment, Reply, Request

log = logging.getLogger(__name__)

DM_CACHE = 4096  # users whose DM channel id is kept (opening a DM costs a request)
USER_LANE = 4  # one user's commands handled at once; more wait their turn (deferred after 2 s)


class DiscordAdapter(CommandSync, Gateway, Interactions):
    """The Discord platform: one discord.py client, its command tree and the Transport."""

    platform = "discord"

    def __init__(
        self,
        token: str,
        settings: Settings,
        deps: Deps,
        clock: Callable[[], datetime] = utcnow,
        *,
        guild_ready_timeout: float = 2.0,
        ready_timeout: float = 30.0,
        defer_after: float = 2.0,
        upload_limit: int = UPLOAD_LIMIT,
        budget: SendBudget | None = None,
    ) -> None:
        self._token = token
        self.upload_limit = upload_limit
        # The pacing of the messages this bot posts on its own (reminders, digests, results).
        # Interaction answers aren't paced: Discord exempts them from the bot's global limit and
        # they must come within 3 seconds. discord.py itself waits out 429s (retry_after).
        self.budget = budget or discord_budget(settings.processes)
        self.outbox = Outbox(self.budget, name="Discord")
        self.settings = settings
        self.deps = deps
        outage_of(deps)  # database outages in handlers: one report, not a traceback each
        self.clock = clock
        self.ready_timeout = ready_timeout
        self.defer_after = defer_after  # a handler slower than this gets a "thinking…" first
        intents = discord.Intents.none()
        intents.guilds = True
        options: dict[str, Any] = {
            "intents": intents,
            "allowed_mentions": NO_MENTIONS,
            "guild_ready_timeout": guild_ready_timeout,
            "max_messages": None,
            "chunk_guilds_at_startup": False,
            "member_cache_flags": discord.MemberCacheFlags.none(),
        }
        dc = settings.discord
        if dc.shard_count:
            # Several processes share the bot's shards: each runs the ones it is given.
            options["shard_count"] = dc.shard_count
            options["shard_ids"] = list(dc.shard_ids or range(dc.shard_count))
        cls = ShardedClient if dc.uses_shards else SingleClient
        self.client: discord.Client = cls(**options)
        self.client.legwork = self
        self.tree: app_commands.CommandTree[discord.Client] = app_commands.CommandTree(self.client)
        self.tree.error(self._on_tree_error)
        for command in commands.build(self.on_command):
            self.tree.add_command(command)
        self._task: asyncio.Task[None] | None = None
        self._stopped = False
        self._up = False  # start() succeeded: from then on a dead gateway is connected again
        self._restarts = 0
        # Set when the gateway stops for good while running (a token reset: close 4004); the
        # runtime then takes the platform out (bot/app.py) and exits if none is left.
        self.lost = asyncio.Event()
        self.lost_reason = ""
        self._dms: dict[str, int] = {}  # user id -> DM channel id (bounded, least recently used first)
        self._slow: dict[Answer, float] = {}  # answers in flight → when to defer them (monotonic)
        self._lanes = _Lanes(USER_LANE)
        self._watch: asyncio.Task[None] | None = None
        self.synced: bool | None = None  # after start: whether commands were uploaded this time

    async def on_command(
        self,
        interaction: discord.Interaction,
        command: str,
        text: str,
        defer: bool,
        private: bool,
        attachment: Attachment | None = None,
    ) -> None:
        log.debug("discord /%s by %s", command, interaction.user.id)
        # The interaction's id keys what must not happen twice (a /done's session, `once` commands).
        req = replace(self._request(interaction, command, text), message_key=f"i:{interaction.id}")
        if attachment is not None:
            req = replace(req, attachment=attachment)
        await self._run(self._answer(interaction, component=False, private=private), req, defer)

    async def on_button(self, interaction: discord.Interaction, action: str) -> None:
        log.debug("discord button %s by %s", action.split(":", 1)[0], interaction.user.id)
        req = self._request(interaction, "button", action)
        await self._run(self._answer(interaction, component=True, private=False), req, False)

    async def _replies(self, req: Request) -> tuple[list[Reply], bool]:
        """The handler's replies, or "already logged" for the user's repeat of a /done whose
        answer was lost (bot/discord/unanswered.py); True with the latter."""
        try:
            repeat = await is_retry(self.deps.store, req)
        except Exception as exc:  # the store is down: the command itself will say so
            log.warning("Discord: couldn't check for a repeated /%s: %r", req.command, exc)
            repeat = False
        if repeat:
            return already_logged(), True
        return await dispatch(req, self.deps), False

    async def _run(self, ans: Answer, req: Request, defer_now: bool) -> None:
        # Defer (in parallel with the handler) at once for slow commands, or when the handler
        # has not finished after defer_after seconds: Discord wants an answer within 3 s.
        if defer_now:
            self._start_defer(ans)
        else:
            self._slow[ans] = time.monotonic() + self.defer_after
            if self._watch is None or self._watch.done():
                self._watch = asyncio.create_task(self._watch_slow(), name="discord-defer-watch")
        try:
            # One user's flood is handled a few at a time (the rest wait, deferred in time), so
            # another user's command never waits behind all of it on the event loop.
            async with self._lanes.of(ans.interaction.user.id):
                replies, repeat = await self._replies(req)
        finally:
            self._slow.pop(ans, None)
        if ans.deferring is not None:
            await ans.deferring
        try:
            await self._deliver(ans, replies)
        except (discord.HTTPException, *TRANSIENT) as exc:
            if not repeat:  # the user may repeat it: don't store it twice (bot/discord/unanswered.py)
                try:
                    await note_unanswered(self.deps.store, req)
                except Exception as err:
                    log.warning("Discord: couldn't record an unanswered /%s: %r", req.command, err)
            log.warning("could not answer a Discord %s: %s", req.command or "message", describe(exc))

    # --- Transport ----------------------------------------------------------------------------

    async def send(self, chat_id: str, replies: Sequence[Reply]) -> None:
        """Post replies to "<channel_id>" or "dm:<user_id>"; Blocked when Discord refuses for good.

        Through the outbox (bot/services/delivery.py): channels take turns, a channel waits out
        its own limit without holding the others. Interaction answers (the initial response, a
        defer, followups) never queue: Discord wants them within 3 s, and discord.py's own route
        buckets pace them."""
        await self.outbox.deliver(chat_id, functools.partial(self._send_unsolicited, chat_id, replies))

    async def _send_unsolicited(self, chat_id: str, replies: Sequence[Reply]) -> None:
        try:
            target = await self._target(chat_id)
            for reply in replies:
                for out in plan(fit_uploads(reply, self.upload_limit)):
                    await self.budget.acquire(chat_id, bulk=True)
                    await retry_request(_post, target, reply, out)
        except (discord.Forbidden, discord.NotFound) as exc:
            if exc.code in NO_ACCESS_CODES and chat_id.isdigit():  # the channel's admins can fix it
                raise NoAccess(f"Discord refuses chat {chat_id}: {describe(exc)}") from None
            raise Blocked(f"Discord refuses chat {chat_id}: {describe(exc)}") from None
        except discord.HTTPException as exc:
            if exc.code in (50007, 50033, 10003, 10013):
                raise Blocked(f"Discord refuses chat {chat_id}: {describe(exc)}") from None
            raise

    async def tell_admins(self, chat_id: str, paused: str) -> None:
        """A club post in channel `chat_id` was refused (NoAccess): tell the guild's owner once,
        privately, what was paused (bot/discord/access.py)."""
        await tell_owner(self.client, self.deps.store, self.send, self.clock(), chat_id, paused)

    async def _target(self, chat_id: str) -> discord.abc.Messageable:
        kind, _, ident = chat_id.rpartition(":")
        if not ident.isdigit() or kind not in ("", "dm"):
            raise Blocked(f"not a Discord chat id: {chat_id[:40]!r}")
        if kind == "dm":
            channel = self._dms.pop(ident, None)
            if channel is None:
                # Opening a DM is a bot request like a post: it takes a place from the budget too,
                # or a fan-out to 300 members' DMs goes over Discord's 50 a second.
                await self.budget.acquire(chat_id, bulk=True)
                dm = await retry_request(lambda: self.client.create_dm(discord.Object(int(ident))))
                channel = dm.id
            self._dms[ident] = channel  # most recently used last
            if len(self._dms) > DM_CACHE:
                del self._dms[next(iter(self._dms))]
            return self.client.get_partial_messageable(channel, type=discord.ChannelType.private)
        return self.client.get_partial_messageable(int(ident))


async def _post(target: discord.abc.Messageable, reply: Reply, out: Outgoing) -> None:
    await target.send(**message_kwargs(reply, out, edit=False))


class _Lanes:
    """Per-user semaphores, dropped when their last holder or waiter leaves (memory stays bounded
    by the users with commands in flight)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._lanes: dict[int, tuple[asyncio.Semaphore, int]] = {}

    def busy(self) -> int:
        """Users with commands being handled or waiting."""
        return len(self._lanes)

    @contextlib.asynccontextmanager
    async def of(self, user: int) -> AsyncIterator[None]:
        lane, users = self._lanes.get(user, (asyncio.Semaphore(self.size), 0))
        self._lanes[user] = (lane, users + 1)
        try:
            async with lane:
                yield
        finally:
            lane, users = self._lanes[user]
            if users == 1:
                del self._lanes[user]
            else:
                self._lanes[user] = (lane, users - 1)
