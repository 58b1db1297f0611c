"""A small fake Discord (REST + gateway) on one 127.0.0.1 port, for driving the real discord.py.

In tests::

    async with FakeDiscord() as server:
        # point discord.py at server.api_base / server.gateway_url, start the bot, then
        it = await server.slash("workout", setting="home", user=server.alice)
        await it.wait_answered()
        it.embeds_text()  # what the user would see

Every REST call is recorded (``server.calls``) with its method, path, query, JSON body and
uploaded files; ``server.fail(...)`` injects 429s (with ``Via`` and X-RateLimit headers, which
discord.py needs before it retries), 5xx answers and dropped connections. ``server.reconnect()``
sends the gateway a RECONNECT (op 7) and ``server.drop_gateway()`` closes the sockets.

As Discord does: a channel in ``server.missing_permissions`` refuses the bot's posts with 403
code 50013 (Missing Permissions); with ``answer_deadline`` set (Discord's is 3 s), an interaction
answered later than that after it was created gets 404 code 10062 (Unknown interaction), and its
token's webhook (followups, @original) 404 code 10015 (Unknown Webhook), since it was never
acknowledged. ``slash(..., age=s)`` delivers an interaction `s` seconds after it was created (a
lagging gateway or bot). The deadline is off unless a test sets it: a loaded 2-core CI machine can
push a correct bot's deferral past 3 s, and the tests that don't exercise expiry shouldn't flake.
With ``server.limits = RateLimits(...)`` it keeps Discord's REST rate limits (per route with
X-RateLimit-* headers, per channel "shared", global; tests/fakes/discord_ratelimits.py) and answers
429 as Discord does; ``server.limited`` counts those 429s by scope.

As a process (for process-level tests)::

    python -m tests.fakes.discord_server --port 8765

prints the URLs and serves a small control API under /_fake (see ``_control_*``).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson
from aiohttp import WSMsgType, web

from tests.fakes.discord_limits import invalid_form_body, message_errors
from tests.fakes.discord_ratelimits import Limiter, RateLimits

API_PREFIX = "/api/v10"
EPHEMERAL = 1 << 6
MANAGE_GUILD = 1 << 5
# A plain member: view channel, send messages, embed links, attach files, read history, use app commands.
MEMBER_PERMISSIONS = (1 << 10) | (1 << 11) | (1 << 14) | (1 << 15) | (1 << 16) | (1 << 31)
ADMIN_PERMISSIONS = MEMBER_PERMISSIONS | MANAGE_GUILD
BOT_PERMISSIONS = MEMBER_PERMISSIONS

# Option types of application commands (Discord's numbering).
SUB_COMMAND, SUB_COMMAND_GROUP, STRING, INTEGER, BOOLEAN, USER, NUMBER = 1, 2, 3, 4, 5, 6, 10
ATTACHMENT = 11


def _now_iso() -> str:
    return datetime.now(UTC).isoformat()


@dataclass(frozen=True)
class FakeUser:
    id: int
    username: str
    global_name: str | None = None

    def payload(self, bot: bool = False) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "username": self.username,
            "global_name": self.global_name,
            "discriminator": "0",
            "avatar": None,
            "bot": bot,
            "public_flags": 0,
        }


@dataclass
class FakeGuild:
    id: int
    name: str
    channel_ids: list[int]
    members: list[FakeUser] = field(default_factory=list)
    owner_id: int = 1


@dataclass
class Call:
    """One REST request as the server saw it."""

    method: str
    path: str  # without the /api/v10 prefix, e.g. "/channels/5/messages"
    query: dict[str, str]
    json: Any
    files: list[tuple[str, bytes]]  # (filename, content) of multipart uploads
    status: int = 200
    at: float = field(default_factory=time.monotonic)

    @property
    def embeds(self) -> list[dict[str, Any]]:
        return list((self.json or {}).get("embeds") or [])


@dataclass
class Fault:
    method: str | None
    path: re.Pattern[str]
    kind: int | str  # 429, 500, 502, "drop"
    times: int
    retry_after: float
    is_global: bool


@dataclass
class FakeMessage:
    id: int
    channel_id: int
    content: str
    embeds: list[dict[str, Any]]
    components: list[dict[str, Any]]
    attachments: list[dict[str, Any]]
    flags: int
    edits: int = 0

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & EPHEMERAL)

    def custom_ids(self) -> list[str]:
        return [
            c["custom_id"] for row in self.components for c in row.get("components", []) if "custom_id" in c
        ]

    def text(self) -> str:
        parts = [self.content] if self.content else []
        for e in self.embeds:
            parts += [e.get("title", ""), e.get("description", "")]
        return "\n".join(p for p in parts if p)


@dataclass
class FakeInteraction:
    """An interaction the server dispatched, and what the bot answered."""

    id: int
    token: str
    type: int
    payload: dict[str, Any]
    sent_at: float
    callbacks: list[dict[str, Any]] = field(default_factory=list)  # the callback bodies (type + data)
    messages: list[FakeMessage] = field(default_factory=list)  # @original first, then follow-ups
    edited: list[FakeMessage] = field(default_factory=list)  # messages changed by type 7 / @original PATCH
    first_answer_at: float | None = None
    changed: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def answered(self) -> bool:
        return bool(self.callbacks)

    @property
    def deferred(self) -> bool:
        return any(c.get("type") in (5, 6) for c in self.callbacks)

    @property
    def choices(self) -> list[dict[str, Any]]:
        for c in self.callbacks:
            if c.get("type") == 8:
                return list((c.get("data") or {}).get("choices") or [])
        return []

    def visible(self) -> list[FakeMessage]:
        """Messages the user sees: created by the answer, plus those it edited."""
        return [m for m in self.messages if m.content or m.embeds or m.attachments] + self.edited

    def text(self) -> str:
        return "\n".join(m.text() for m in self.visible())

    async def wait(self, predicate: Callable[[FakeInteraction], bool], within: float = 5.0) -> None:
        async def loop() -> None:
            while not predicate(self):
                self.changed.clear()
                await self.changed.wait()

        await asyncio.wait_for(loop(), within)

    async def wait_answered(self, within: float = 5.0) -> FakeInteraction:
        """Until there is visible content (a deferral alone is not an answer)."""
        await self.wait(
            lambda it: bool(it.visible()) or any(c.get("type") == 8 for c in it.callbacks), within
        )
        return self


class _Gateway:
    """One gateway connection."""

    def __init__(self, ws: web.WebSocketResponse, shard: tuple[int, int]) -> None:
        self.ws = ws
        self.shard = shard
        self.seq = 0
        self.session_id = ""
        self.identified = asyncio.Event()
        self.send_lock = asyncio.Lock()

    async def dispatch(self, event: str, data: Any) -> None:
        async with self.send_lock:
            self.seq += 1
            await self.ws.send_str(orjson.dumps({"op": 0, "t": event, "s": self.seq, "d": data}).decode())

    async def op(self, op: int, data: Any = None) -> None:
        async with self.send_lock:
            await self.ws.send_str(orjson.dumps({"op": op, "d": data}).decode())


class FakeDiscord:
    """The fake server. Use as an async context manager."""

    def __init__(
        self,
        *,
        guild_count: int = 1,
        host: str = "127.0.0.1",
        port: int = 0,
        heartbeat_ms: int = 41250,
        shards: int = 1,
        token: str | None = None,
        gateway_token: str | None = None,
        max_upload: int = 10 * 1024 * 1024,
    ) -> None:
        self.host, self.port = host, port
        self.token = token  # when set, REST calls and IDENTIFY must carry it (401 / close 4004 if not)
        # When set, IDENTIFY must carry this one instead: REST accepts the bot, the gateway closes
        # with 4004 (a token reset between the two, as Discord does it).
        self.gateway_token = gateway_token
        self.max_upload = max_upload  # bytes of attachments per message; more is a 413 (code 40005)
        self.heartbeat_ms = heartbeat_ms
        self.shards = shards
        self._ids = itertools.count(1_200_000_000_000_000_000)
        self.app_id = 1_100_000_000_000_000_001
        self.bot = FakeUser(self.app_id, "Legwork", "Legwork")
        self.alice = FakeUser(1_100_000_000_000_000_101, "alice", "Alice")
        self.bob = FakeUser(1_100_000_000_000_000_102, "bob", "Bob")
        self.carol = FakeUser(1_100_000_000_000_000_103, "carol", "Carol")
        self.guilds = [
            FakeGuild(
                id=1_100_000_000_000_001_000 + i,
                name=f"Running Club {i + 1}",
                channel_ids=[1_100_000_000_000_002_000 + 10 * i, 1_100_000_000_000_002_001 + 10 * i],
                members=[self.alice, self.bob, self.carol],
                owner_id=self.carol.id,
            )
            for i in range(guild_count)
        ]
        # Requests refused for going over a limit (tests/fakes/discord_limits.py), with the errors.
        self.refused: list[tuple[Call, dict[str, Any]]] = []
        self.no_dm_users: set[int] = set()  # users whose privacy settings refuse DMs (50007)
        # Channels where the bot lacks Send Messages (or View Channel): posts get 403, code 50013.
        self.missing_permissions: set[int] = set()
        self.answer_deadline: float | None = None  # seconds to answer an interaction (Discord: 3)
        # Discord's REST rate limits, when set (tests/fakes/discord_ratelimits.py); off by default.
        self._limiter: Limiter | None = None
        self.limited: dict[str, int] = {"user": 0, "shared": 0, "global": 0}  # 429s by scope
        self.calls: list[Call] = []
        self.identifies: list[dict[str, Any]] = []
        self.resumes: int = 0
        self.commands: dict[str, list[dict[str, Any]]] = {}  # "global" | guild id -> command payloads
        self.messages: dict[int, FakeMessage] = {}
        self.interactions: dict[str, FakeInteraction] = {}  # by token
        self.dm_channels: dict[int, int] = {}  # user id -> DM channel id
        self.uploads: dict[str, bytes] = {}  # attachment id -> content of files users attached
        self.downloads: list[str] = []  # attachment ids the bot fetched
        self._faults: list[Fault] = []
        self._gateways: list[_Gateway] = []
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None

    # --- lifecycle -------------------------------------------------------------------------

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def start(self) -> None:
        app = web.Application(client_max_size=32 * 1024 * 1024)
        app.router.add_get("/gateway-ws", self._gateway)
        app.router.add_get("/attachments/{aid}/{name}", self._attachment_file)
        app.router.add_route("*", "/_fake/{what}", self._control)
        app.router.add_route("*", API_PREFIX + "/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        server = site._server
        assert server is not None and server.sockets  # type: ignore[attr-defined]
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]

    async def close(self) -> None:
        for gw in list(self._gateways):
            await gw.ws.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def api_base(self) -> str:
        return self.url + API_PREFIX

    @property
    def gateway_url(self) -> str:
        return f"ws://{self.host}:{self.port}/gateway-ws"

    # --- test controls -----------------------------------------------------------------------

    @property
    def limits(self) -> RateLimits | None:
        return self._limiter.limits if self._limiter is not None else None

    @limits.setter
    def limits(self, limits: RateLimits | None) -> None:
        """Enforce Discord's rate limits from now on (None: none), answering 429 as Discord does."""
        self._limiter = Limiter(limits) if limits is not None else None

    def fail(
        self,
        path: str,
        kind: int | str = 429,
        *,
        method: str | None = None,
        times: int = 1,
        retry_after: float = 0.05,
        is_global: bool = False,
    ) -> None:
        """The next `times` requests whose path matches the regex `path` get this fault."""
        self._faults.append(Fault(method, re.compile(path), kind, times, retry_after, is_global))

    def calls_to(self, method: str, path: str) -> list[Call]:
        """Recorded calls with this method whose path matches the regex (fully)."""
        rx = re.compile(path)
        return [c for c in self.calls if c.method == method and rx.fullmatch(c.path)]

    async def wait_for(self, predicate: Callable[[], bool], within: float = 5.0) -> None:
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(predicate), within)

    async def wait_connected(self, count: int = 1, within: float = 5.0) -> None:
        """Until `count` gateway connections have identified (or resumed) and are open."""
        await self.wait_for(
            lambda: sum(1 for g in self._gateways if g.identified.is_set() and not g.ws.closed) >= count,
            within,
        )

    async def reconnect(self) -> None:
        """Ask every connected client to reconnect (gateway op 7)."""
        for gw in list(self._gateways):
            if not gw.ws.closed:
                await gw.op(7)

    async def drop_gateway(self, code: int = 4000) -> None:
        for gw in list(self._gateways):
            await gw.ws.close(code=code)

    def member(self, user: FakeUser, permissions: int) -> dict[str, Any]:
        return {
            "user": user.payload(),
            "roles": [],
            "joined_at": _now_iso(),
            "deaf": False,
            "mute": False,
            "nick": None,
            "flags": 0,
            "permissions": str(permissions),
        }

    def _base_interaction(
        self,
        kind: int,
        data: dict[str, Any],
        user: FakeUser,
        guild: FakeGuild | None,
        channel_id: int | None,
        permissions: int,
        app_permissions: int,
    ) -> dict[str, Any]:
        iid = next(self._ids)
        token = f"itoken-{iid}-" + "x" * 40
        payload: dict[str, Any] = {
            "id": str(iid),
            "application_id": str(self.app_id),
            "type": kind,
            "data": data,
            "token": token,
            "version": 1,
            "locale": "en-US",
            "entitlements": [],
            "attachment_size_limit": 10 * 1024 * 1024,
            "app_permissions": str(app_permissions),
        }
        if guild is not None:
            cid = channel_id or guild.channel_ids[0]
            payload |= {
                "guild_id": str(guild.id),
                "guild_locale": "en-US",
                "channel_id": str(cid),
                "channel": {"id": str(cid), "type": 0, "guild_id": str(guild.id), "name": "general"},
                "member": self.member(user, permissions),
                "authorizing_integration_owners": {"0": str(guild.id)},
                "context": 0,
            }
        else:
            cid = channel_id or self._dm_channel(user.id)
            payload |= {
                "channel_id": str(cid),
                "channel": {"id": str(cid), "type": 1, "recipients": [user.payload()]},
                "user": user.payload(),
                "authorizing_integration_owners": {"0": str(guild.id) if guild else "0"},
                "context": 1,
            }
        return payload

    def _command(self, name: str, guild: FakeGuild | None) -> dict[str, Any]:
        scopes = ([str(guild.id)] if guild else []) + ["global"]
        for scope in scopes:
            for cmd in self.commands.get(scope, []):
                if cmd["name"] == name:
                    return cmd
        raise KeyError(f"/{name} is not registered (synced: {sorted(self.commands)})")

    def _options(
        self,
        schema: list[dict[str, Any]],
        values: dict[str, Any],
        focused: str | None,
        resolved: dict[str, dict[str, Any]],
        guild: FakeGuild | None,
    ) -> list[dict[str, Any]]:
        known = {o["name"]: o for o in schema}
        out = []
        for name, value in values.items():
            if name not in known:
                raise KeyError(f"unknown option {name!r} (known: {sorted(known)})")
            kind = known[name]["type"]
            if kind == USER:
                # A user option carries the id; the user (and member) come in data.resolved.
                user = value if isinstance(value, FakeUser) else FakeUser(int(value), f"user{value}")
                resolved.setdefault("users", {})[str(user.id)] = user.payload()
                if guild is not None:
                    member = self.member(user, MEMBER_PERMISSIONS)
                    del member["user"]
                    resolved.setdefault("members", {})[str(user.id)] = member
                value = str(user.id)
            if kind == ATTACHMENT:
                # An attachment option: value (filename, content[, reported size]); the file is
                # served on this server's /attachments/ URL and described in data.resolved.
                filename, content, *size = value
                aid = str(next(self._ids))
                self.uploads[aid] = content
                url = f"{self.url}/attachments/{aid}/{filename}"
                resolved.setdefault("attachments", {})[aid] = {
                    "id": aid, "filename": filename, "size": size[0] if size else len(content),
                    "url": url, "proxy_url": url,
                }  # fmt: skip
                value = aid
            opt = {"name": name, "type": kind, "value": value}
            if name == focused:
                opt["focused"] = True
            out.append(opt)
        missing = [o["name"] for o in schema if o.get("required") and o["name"] not in values]
        if missing and focused is None:
            raise KeyError(f"missing required options {missing}")
        return out

    def _command_data(
        self, name: str, sub: str | None, values: dict[str, Any], guild: FakeGuild | None, focused: str | None
    ) -> dict[str, Any]:
        cmd = self._command(name, guild)
        schema = cmd.get("options") or []
        resolved: dict[str, dict[str, Any]] = {}
        if sub is not None:
            subs = {o["name"]: o for o in schema if o["type"] == SUB_COMMAND}
            if sub not in subs:
                raise KeyError(f"/{name} has no subcommand {sub!r} (known: {sorted(subs)})")
            options = [
                {
                    "name": sub,
                    "type": SUB_COMMAND,
                    "options": self._options(
                        subs[sub].get("options") or [], values, focused, resolved, guild
                    ),
                }
            ]
        else:
            options = self._options(schema, values, focused, resolved, guild)
        data: dict[str, Any] = {"id": cmd["id"], "name": name, "type": 1, "options": options}
        if resolved:
            data["resolved"] = resolved
        if cmd.get("guild_id"):
            data["guild_id"] = cmd["guild_id"]
        return data

    async def slash(
        self,
        command: str,
        sub: str | None = None,
        /,
        *,
        user: FakeUser | None = None,
        dm: bool = False,
        guild: FakeGuild | None = None,
        channel_id: int | None = None,
        permissions: int = MEMBER_PERMISSIONS,
        app_permissions: int = BOT_PERMISSIONS,
        age: float = 0.0,
        **options: Any,
    ) -> FakeInteraction:
        """Dispatch a slash command the bot registered; options are checked against its schema.
        ``age``: seconds since the interaction was created (delivered late)."""
        g = None if dm else (guild or self.guilds[0])
        data = self._command_data(command, sub, options, g, None)
        payload = self._base_interaction(
            2, data, user or self.alice, g, channel_id, permissions, app_permissions
        )
        return await self.dispatch_interaction(payload, age=age)

    async def autocomplete(
        self,
        command: str,
        focused: str,
        sub: str | None = None,
        /,
        *,
        user: FakeUser | None = None,
        dm: bool = False,
        **options: Any,
    ) -> FakeInteraction:
        g = None if dm else self.guilds[0]
        data = self._command_data(command, sub, options, g, focused)
        payload = self._base_interaction(
            4, data, user or self.alice, g, None, MEMBER_PERMISSIONS, BOT_PERMISSIONS
        )
        return await self.dispatch_interaction(payload)

    async def press(
        self,
        message: FakeMessage | int,
        custom_id: str,
        *,
        user: FakeUser | None = None,
        dm: bool = False,
        permissions: int = MEMBER_PERMISSIONS,
    ) -> FakeInteraction:
        """Press a button on a message the bot sent (the message must carry that custom_id)."""
        msg = message if isinstance(message, FakeMessage) else self.messages[message]
        if custom_id not in msg.custom_ids():
            raise KeyError(f"message {msg.id} has no component {custom_id!r} (has {msg.custom_ids()})")
        g = None if dm else self.guilds[0]
        data = {"custom_id": custom_id, "component_type": 2}
        payload = self._base_interaction(
            3, data, user or self.alice, g, msg.channel_id, permissions, BOT_PERMISSIONS
        )
        payload["message"] = self._message_payload(msg)
        return await self.dispatch_interaction(payload)

    async def burst(
        self,
        command: str,
        n: int,
        *,
        users: int = 200,
        window: int = 32,
        within: float = 120.0,
        option_cycle: Sequence[dict[str, Any]] = (),
        **options: Any,
    ) -> float:
        """Dispatch `n` slash commands from `users` members, at most `window` unanswered at a time.

        With `option_cycle`, member k sends the options ``option_cycle[k % len(option_cycle)]``.

        Returns the seconds until the last one was answered (a steady stream, as Discord delivers
        them, rather than one burst whose tail would wait past the 3-second answer deadline).
        """
        start = time.perf_counter()
        slots = asyncio.Semaphore(window)

        async def one(i: int) -> None:
            async with slots:
                user = FakeUser(
                    1_300_000_000_000_000_000 + i % users, f"runner{i % users}", f"Runner {i % users}"
                )
                opts = option_cycle[(i % users) % len(option_cycle)] if option_cycle else options
                it = await self.slash(command, user=user, **opts)
                await it.wait_answered(within)
                self.interactions.pop(it.token, None)  # keep memory flat over long runs
                for m in it.messages:
                    self.messages.pop(m.id, None)

        await asyncio.gather(*(one(i) for i in range(n)))
        self.calls.clear()
        return time.perf_counter() - start

    async def dispatch_interaction(self, payload: dict[str, Any], *, age: float = 0.0) -> FakeInteraction:
        """Send INTERACTION_CREATE. The same payload again is a re-delivery of that interaction
        (as a gateway replay would be): same id, same token, same deadline."""
        it = self.interactions.get(payload["token"])
        if it is None:
            it = FakeInteraction(
                id=int(payload["id"]),
                token=payload["token"],
                type=payload["type"],
                payload=payload,
                sent_at=time.monotonic() - age,
            )
            self.interactions[it.token] = it
        gw = self._gateway_for(int(payload.get("guild_id") or 0))
        await gw.dispatch("INTERACTION_CREATE", payload)
        return it

    def _gateway_for(self, guild_id: int) -> _Gateway:
        live = [g for g in self._gateways if g.identified.is_set() and not g.ws.closed]
        if not live:
            raise RuntimeError("no client is connected to the fake gateway")
        for g in live:
            shard_id, count = g.shard
            if (guild_id >> 22) % count == shard_id:
                return g
        return live[0]

    # --- gateway -----------------------------------------------------------------------------

    def _ready(self, gw: _Gateway) -> dict[str, Any]:
        shard_id, count = gw.shard
        return {
            "v": 10,
            "user": self.bot.payload(bot=True) | {"verified": True, "mfa_enabled": False, "flags": 0},
            "guilds": [
                {"id": str(g.id), "unavailable": True}
                for g in self.guilds
                if (g.id >> 22) % count == shard_id
            ],
            "session_id": gw.session_id,
            "resume_gateway_url": self.gateway_url,
            "shard": [shard_id, count],
            "application": {"id": str(self.app_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
        }

    def _guild_payload(self, g: FakeGuild) -> dict[str, Any]:
        return {
            "id": str(g.id),
            "name": g.name,
            "icon": None,
            "owner_id": str(g.owner_id),
            "unavailable": False,
            "member_count": len(g.members) + 1,
            "large": False,
            "features": [],
            "joined_at": _now_iso(),
            "roles": [
                {
                    "id": str(g.id),
                    "name": "@everyone",
                    "permissions": str(MEMBER_PERMISSIONS),
                    "position": 0,
                    "color": 0,
                    "hoist": False,
                    "managed": False,
                    "mentionable": False,
                    "flags": 0,
                }
            ],
            "channels": [
                {
                    "id": str(cid),
                    "type": 0,
                    "guild_id": str(g.id),
                    "name": f"channel-{n}",
                    "position": n,
                    "permission_overwrites": [],
                    "nsfw": False,
                    "parent_id": None,
                }
                for n, cid in enumerate(g.channel_ids)
            ],
            "members": [self.member(u, MEMBER_PERMISSIONS) for u in g.members]
            + [self.member(self.bot, BOT_PERMISSIONS) | {"user": self.bot.payload(bot=True)}],
            "voice_states": [],
            "presences": [],
            "threads": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "emojis": [],
            "stickers": [],
        }

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        gw = _Gateway(ws, (0, self.shards))
        self._gateways.append(gw)
        try:
            await gw.op(10, {"heartbeat_interval": self.heartbeat_ms})
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                frame = orjson.loads(msg.data)
                op, data = frame.get("op"), frame.get("d")
                if op == 1:
                    await gw.op(11)
                elif op == 2:
                    expected = self.gateway_token or self.token
                    if expected is not None and data.get("token") != expected:
                        await ws.close(code=4004, message=b"Authentication failed.")
                        break
                    self.identifies.append(data)
                    shard = data.get("shard") or [0, 1]
                    gw.shard = (int(shard[0]), int(shard[1]))
                    gw.session_id = f"session-{next(self._ids)}"
                    await gw.dispatch("READY", self._ready(gw))
                    for g in self.guilds:
                        if (g.id >> 22) % gw.shard[1] == gw.shard[0]:
                            await gw.dispatch("GUILD_CREATE", self._guild_payload(g))
                    gw.identified.set()
                    await self._notify()
                elif op == 6:
                    self.resumes += 1
                    gw.session_id = data.get("session_id", "")
                    gw.seq = int(data.get("seq") or 0)
                    await gw.dispatch("RESUMED", {})
                    gw.identified.set()
                    await self._notify()
        finally:
            await self._notify()
        return ws

    # --- REST --------------------------------------------------------------------------------

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    def _take_fault(self, method: str, path: str) -> Fault | None:
        for f in self._faults:
            if f.times > 0 and (f.method in (None, method)) and f.path.search(path):
                f.times -= 1
                if f.times == 0:
                    self._faults.remove(f)
                return f
        return None

    @staticmethod
    def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
        # discord.py parses JSON only when Content-Type is exactly "application/json".
        h = {"Content-Type": "application/json"} | (headers or {})
        return web.Response(body=orjson.dumps(data), status=status, headers=h)

    @staticmethod
    def _error(status: int, code: int, message: str) -> web.Response:
        return FakeDiscord._json({"code": code, "message": message}, status)

    async def _read_body(self, request: web.Request) -> tuple[Any, list[tuple[str, bytes]]]:
        ctype = request.headers.get("Content-Type", "")
        if ctype.startswith("multipart/"):
            body: Any = None
            files: list[tuple[str, bytes]] = []
            reader = await request.multipart()
            while (part := await reader.next()) is not None:
                content = await part.read()  # type: ignore[union-attr]
                if part.name == "payload_json":  # type: ignore[union-attr]
                    body = orjson.loads(content)
                else:
                    files.append((part.filename or "", bytes(content)))  # type: ignore[union-attr]
            return body, files
        raw = await request.read()
        return (orjson.loads(raw) if raw else None), []

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        body, files = await self._read_body(request)
        call = Call(request.method, path, dict(request.query), body, files)
        self.calls.append(call)
        needs_auth = not path.startswith(("/interactions/", "/webhooks/"))
        if (
            needs_auth
            and self.token is not None
            and request.headers.get("Authorization") != f"Bot {self.token}"
        ):
            call.status = 401
            await self._notify()
            return self._error(401, 0, "401: Unauthorized")
        if sum(len(content) for _, content in files) > self.max_upload:
            call.status = 413
            await self._notify()
            return self._error(413, 40005, "Request entity too large")
        fault = self._take_fault(request.method, path)
        if fault is not None:
            call.status = 0 if fault.kind == "drop" else int(fault.kind)
            await self._notify()
            return self._faulted(request, fault)
        headers: dict[str, str] = {}
        if self._limiter is not None:
            verdict = self._limiter.check(request.method, path, authorised=needs_auth)
            if verdict.refused is not None:  # over a rate limit: 429 (not counted toward it)
                call.status = 429
                self.limited[verdict.scope] += 1
                await self._notify()
                return self._json(verdict.refused, 429, verdict.headers)
            headers = verdict.headers
        errors = _limit_errors(request.method, path, body)
        if errors:  # over one of Discord's limits: 400, Invalid Form Body (code 50035)
            call.status = 400
            self.refused.append((call, errors))
            await self._notify()
            return self._json(invalid_form_body(errors), 400)
        try:
            response = await self._route(request.method, path, request.query, body, files)
        except _Refused as exc:
            response = self._error(exc.status, exc.code, exc.message)
        except KeyError as exc:
            response = self._error(404, 10003, f"Unknown {exc}")
        call.status = response.status
        response.headers.update(headers)
        await self._notify()
        return response

    def _faulted(self, request: web.Request, fault: Fault) -> web.StreamResponse:
        if fault.kind == "drop":
            # Close the socket without an answer: the client sees a disconnected server.
            assert request.transport is not None
            request.transport.close()
            return web.Response(status=500)
        if fault.kind == 429:
            return self._json(
                {
                    "message": "You are being rate limited.",
                    "retry_after": fault.retry_after,
                    "global": fault.is_global,
                },
                429,
                {
                    "Via": "1.1 google",
                    "Retry-After": str(max(1, round(fault.retry_after))),
                    "X-RateLimit-Limit": "5",
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Reset-After": str(fault.retry_after),
                    "X-RateLimit-Bucket": "fakebucket",
                    "X-RateLimit-Scope": "global" if fault.is_global else "user",
                    **({"X-RateLimit-Global": "true"} if fault.is_global else {}),
                },
            )
        return self._error(int(fault.kind), 0, "Server error")

    async def _route(
        self, method: str, path: str, query: Any, body: Any, files: list[tuple[str, bytes]]
    ) -> web.Response:
        parts = path.strip("/").split("/")
        match method, parts:
            case "GET", ["gateway"]:
                return self._json({"url": self.gateway_url})
            case "GET", ["gateway", "bot"]:
                return self._json(
                    {
                        "url": self.gateway_url,
                        "shards": self.shards,
                        "session_start_limit": {
                            "total": 1000,
                            "remaining": 999,
                            "reset_after": 0,
                            "max_concurrency": 1,
                        },
                    }
                )
            case "GET", ["users", "@me"]:
                return self._json(
                    self.bot.payload(bot=True) | {"verified": True, "mfa_enabled": False, "flags": 0}
                )
            case "GET", ["oauth2", "applications", "@me"]:
                return self._json(self._app_info())
            case "GET", ["applications", "@me"]:
                return self._json(self._app_info())
            case (("GET" | "PUT"), ["applications", app, "commands"]):
                return self._commands(method, app, "global", body)
            case (("GET" | "PUT"), ["applications", app, "guilds", gid, "commands"]):
                return self._commands(method, app, gid, body)
            case "POST", ["interactions", _iid, token, "callback"]:
                return self._callback(token, body or {}, files, query)
            case "POST", ["webhooks", _app, token]:
                it = self._webhook(token)
                msg = self._store(int(it.payload["channel_id"]), body or {}, files)
                it.messages.append(msg)
                self._answer(it)
                return self._json(self._message_payload(msg))
            case (("PATCH" | "GET"), ["webhooks", _app, token, "messages", mid]):
                it = self._webhook(token)
                msg = self._original(it) if mid == "@original" else self.messages[int(mid)]
                if method == "PATCH":
                    self._edit(msg, body or {}, files)
                    if msg not in it.messages and msg not in it.edited:
                        it.edited.append(msg)
                    self._answer(it)
                return self._json(self._message_payload(msg))
            case "POST", ["users", "@me", "channels"]:
                uid = int((body or {}).get("recipient_id", 0))
                return self._json(
                    {
                        "id": str(self._dm_channel(uid)),
                        "type": 1,
                        "last_message_id": None,
                        "recipients": [FakeUser(uid, f"user{uid}").payload()],
                    }
                )
            case "POST", ["channels", cid, "messages"]:
                channel = int(cid)
                owner = next((u for u, c in self.dm_channels.items() if c == channel), None)
                if owner is not None and owner in self.no_dm_users:
                    return self._error(403, 50007, "Cannot send messages to this user")
                if owner is None and not any(channel in g.channel_ids for g in self.guilds):
                    return self._error(404, 10003, "Unknown Channel")
                if channel in self.missing_permissions:
                    return self._error(403, 50013, "Missing Permissions")
                msg = self._store(channel, body or {}, files)
                return self._json(self._message_payload(msg))
            case "GET", ["channels", cid]:
                return self._json(self._channel_payload(int(cid)))
            case "GET", ["guilds", gid]:
                guild = next((g for g in self.guilds if g.id == int(gid)), None)
                if guild is None:
                    return self._error(404, 10004, "Unknown Guild")
                rest_fields = ("channels", "members", "voice_states", "presences", "threads", "joined_at")
                full = self._guild_payload(guild)
                return self._json({k: v for k, v in full.items() if k not in rest_fields})
            case "PATCH", ["channels", _cid, "messages", mid]:
                msg = self.messages[int(mid)]
                self._edit(msg, body or {}, files)
                return self._json(self._message_payload(msg))
        return self._error(404, 0, f"fake Discord has no route {method} {path}")

    def _app_info(self) -> dict[str, Any]:
        return {
            "id": str(self.app_id),
            "name": "Legwork",
            "icon": None,
            "description": "Leg strength for runners",
            "bot_public": True,
            "bot_require_code_grant": False,
            "verify_key": "0" * 64,
            "owner": self.carol.payload(),
            "flags": 0,
            "summary": "",
            "rpc_origins": [],
            "interactions_endpoint_url": None,
            "team": None,
        }

    def _commands(self, method: str, app: str, scope: str, body: Any) -> web.Response:
        if app != str(self.app_id):
            return self._error(403, 50001, "Missing Access")
        if method == "PUT":
            stored = []
            for c in body or []:
                cmd = dict(c)
                cmd["id"] = str(next(self._ids))
                cmd["application_id"] = str(self.app_id)
                cmd["version"] = str(next(self._ids))
                if scope != "global":
                    cmd["guild_id"] = scope
                stored.append(cmd)
            self.commands[scope] = stored
        return self._json(self.commands.get(scope, []))

    def _interaction(self, token: str) -> FakeInteraction:
        it = self.interactions.get(token)
        if it is None:
            raise KeyError("Webhook")
        return it

    def _expired(self, it: FakeInteraction) -> bool:
        return self.answer_deadline is not None and time.monotonic() - it.sent_at > self.answer_deadline

    def _webhook(self, token: str) -> FakeInteraction:
        """The interaction behind a followup or @original call: it must have been acknowledged
        (an interaction that never was has no webhook, as on Discord)."""
        it = self.interactions.get(token)
        if it is None or not it.callbacks:
            raise _Refused(404, 10015, "Unknown Webhook")
        return it

    def _original(self, it: FakeInteraction) -> FakeMessage:
        if it.type == 3 and not any(c.get("type") in (4, 5) for c in it.callbacks):
            # A component's deferred update: @original is the message that carried the button.
            return self.messages[int(it.payload["message"]["id"])]
        if not it.messages:
            raise KeyError("Message")
        return it.messages[0]

    def _answer(self, it: FakeInteraction) -> None:
        if it.first_answer_at is None:
            it.first_answer_at = time.monotonic()
        it.changed.set()

    def _callback(
        self, token: str, body: dict[str, Any], files: list[tuple[str, bytes]], query: Any
    ) -> web.Response:
        it = self._interaction(token)
        if it.callbacks:
            return self._error(400, 40060, "Interaction has already been acknowledged.")
        if self._expired(it):
            return self._error(404, 10062, "Unknown interaction")
        kind = int(body.get("type", 0))
        data = body.get("data") or {}
        it.callbacks.append(body)
        resource: dict[str, Any] | None = None
        message_id = None
        channel = int(it.payload["channel_id"])
        if kind == 4:
            msg = self._store(channel, data, files)
            it.messages.append(msg)
            resource = {"type": 4, "message": self._message_payload(msg)}
            message_id = msg.id
        elif kind == 5:
            msg = self._store(channel, {"content": "", "flags": data.get("flags", 0)}, [])
            it.messages.append(msg)
            resource = {"type": 5, "message": self._message_payload(msg)}
            message_id = msg.id
        elif kind == 7:
            msg = self.messages[int(it.payload["message"]["id"])]
            self._edit(msg, data, files)
            it.edited.append(msg)
            resource = {"type": 7, "message": self._message_payload(msg)}
            message_id = msg.id
        self._answer(it)
        answer: dict[str, Any] = {
            "interaction": {
                "id": str(it.id),
                "type": it.type,
                "response_message_id": str(message_id) if message_id else None,
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool(int(data.get("flags", 0) or 0) & EPHEMERAL),
            }
        }
        if resource is not None:
            answer["resource"] = resource
        if query.get("with_response") in ("1", "true", "True"):
            return self._json(answer)
        return web.Response(status=204)

    async def _attachment_file(self, request: web.Request) -> web.StreamResponse:
        aid = request.match_info["aid"]
        self.downloads.append(aid)
        if aid not in self.uploads:
            return web.Response(status=404)
        return web.Response(body=self.uploads[aid], content_type="application/octet-stream")

    def _channel_payload(self, channel_id: int) -> dict[str, Any]:
        """GET /channels/<id>: a guild's text channel, or a DM channel the bot opened."""
        for g in self.guilds:
            if channel_id in g.channel_ids:
                n = g.channel_ids.index(channel_id)
                return {
                    "id": str(channel_id), "type": 0, "guild_id": str(g.id), "name": f"channel-{n}",
                    "position": n, "permission_overwrites": [], "nsfw": False, "parent_id": None,
                }  # fmt: skip
        owner = next((u for u, c in self.dm_channels.items() if c == channel_id), None)
        if owner is None:
            raise _Refused(404, 10003, "Unknown Channel")
        return {
            "id": str(channel_id), "type": 1, "last_message_id": None,
            "recipients": [FakeUser(owner, f"user{owner}").payload()],
        }  # fmt: skip

    def _dm_channel(self, user_id: int) -> int:
        if user_id not in self.dm_channels:
            self.dm_channels[user_id] = next(self._ids)
        return self.dm_channels[user_id]

    def _attachments(self, data: dict[str, Any], files: list[tuple[str, bytes]]) -> list[dict[str, Any]]:
        out = []
        for name, content in files:
            aid = next(self._ids)
            url = f"{self.url}/attachments/{aid}/{name}"
            out.append({"id": str(aid), "filename": name, "size": len(content), "url": url, "proxy_url": url})
        return out

    def _store(self, channel_id: int, data: dict[str, Any], files: list[tuple[str, bytes]]) -> FakeMessage:
        msg = FakeMessage(
            id=next(self._ids),
            channel_id=channel_id,
            content=data.get("content") or "",
            embeds=list(data.get("embeds") or []),
            components=list(data.get("components") or []),
            attachments=self._attachments(data, files),
            flags=int(data.get("flags") or 0),
        )
        self.messages[msg.id] = msg
        return msg

    def _edit(self, msg: FakeMessage, data: dict[str, Any], files: list[tuple[str, bytes]]) -> None:
        msg.edits += 1
        if "content" in data:
            msg.content = data["content"] or ""
        if "embeds" in data:
            msg.embeds = list(data["embeds"] or [])
        if "components" in data:
            msg.components = list(data["components"] or [])
        if files or "attachments" in data:
            msg.attachments = self._attachments(data, files)

    def _message_payload(self, msg: FakeMessage) -> dict[str, Any]:
        return {
            "id": str(msg.id),
            "channel_id": str(msg.channel_id),
            "author": self.bot.payload(bot=True),
            "content": msg.content,
            "timestamp": _now_iso(),
            "edited_timestamp": _now_iso() if msg.edits else None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": msg.attachments,
            "embeds": msg.embeds,
            "components": msg.components,
            "pinned": False,
            "type": 0,
            "flags": msg.flags,
        }

    # --- control API for process-level tests -----------------------------------------------

    async def _control(self, request: web.Request) -> web.Response:
        what = request.match_info["what"]
        body = await request.json() if request.can_read_body else {}
        if what == "calls":
            return self._json(
                [
                    {
                        "method": c.method,
                        "path": c.path,
                        "query": c.query,
                        "json": c.json,
                        "files": [n for n, _ in c.files],
                        "status": c.status,
                    }
                    for c in self.calls
                ]
            )
        if what == "slash":
            user = FakeUser(int(body.pop("user_id", self.alice.id)), body.pop("username", "alice"))
            it = await self.slash(
                body.pop("name"), body.pop("sub", None), user=user, **body.pop("options", {})
            )
            await it.wait_answered(float(body.get("within", 5)))
            return self._json({"token": it.token, "text": it.text()})
        if what == "burst":
            elapsed = await self.burst(
                body["name"],
                int(body["n"]),
                users=int(body.get("users", 200)),
                window=int(body.get("window", 32)),
                option_cycle=body.get("option_cycle", ()),
                **body.get("options", {}),
            )
            return self._json({"n": int(body["n"]), "seconds": elapsed})
        if what == "fail":
            self.fail(
                body["path"], body.get("kind", 429), method=body.get("method"), times=body.get("times", 1)
            )
            return self._json({"ok": True})
        if what == "reconnect":
            await self.reconnect()
            return self._json({"ok": True})
        if what == "state":
            connected = sum(1 for g in self._gateways if g.identified.is_set() and not g.ws.closed)
            return self._json(
                {"connected": connected, "identifies": len(self.identifies), "resumes": self.resumes}
            )
        return self._error(404, 0, f"no control {what!r}")


class _Refused(Exception):
    """A route's refusal with Discord's status, JSON error code and message."""

    def __init__(self, status: int, code: int, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def _limit_errors(method: str, path: str, body: Any) -> dict[str, Any]:
    """Discord's errors for a message body over its limits ({}: none, or not a message)."""
    parts = path.strip("/").split("/")
    match method, parts:
        case "POST", ["interactions", _iid, _token, "callback"]:
            if isinstance(body, dict) and int(body.get("type", 0) or 0) in (4, 7):
                errors = message_errors(body.get("data"))
                return {"data": errors} if errors else {}
            return {}
        case ("POST", ["webhooks", _, _]) | ("PATCH", ["webhooks", _, _, "messages", _]):
            return message_errors(body)
        case ("POST", ["channels", _, "messages"]) | ("PATCH", ["channels", _, "messages", _]):
            return message_errors(body)
    return {}


def embed_texts(calls: Iterable[Call]) -> str:
    """All embed titles and descriptions in these calls, for assertions."""
    out = []
    for c in calls:
        data = c.json or {}
        data = data.get("data", data) if isinstance(data, dict) else {}
        for e in data.get("embeds") or []:
            out += [e.get("title", ""), e.get("description", "")]
        if data.get("content"):
            out.append(data["content"])
    return "\n".join(t for t in out if t)


async def _serve(host: str, port: int) -> None:
    server = FakeDiscord(host=host, port=port)
    await server.start()
    print(
        f"fake Discord on {server.url}: api_base_url={server.api_base} gateway_url={server.gateway_url}",
        flush=True,
    )
    try:
        await asyncio.Event().wait()
    finally:
        await server.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="A fake Discord REST + gateway server for tests.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    try:
        asyncio.run(_serve(args.host, args.port))
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
