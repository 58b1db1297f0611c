"""Discord: slash commands, embeds and persistent buttons on discord.py 2.7.

Interactions become neutral Requests for handlers.registry.dispatch and the replies become
embeds. Slash commands are generated from SLASH (one row per command) merged with the registry,
so a command added to the registry appears here with a free-text option until it gets a row.
Buttons carry "lw:<action>" as their custom_id and are matched by a DynamicItem template, so a
button sent before a restart still works.

Chat ids for ``send`` (unsolicited messages): "<channel_id>" posts in that channel (a DM channel's
id works too: interactions in DMs are stored under it); "dm:<user_id>" opens a DM with the user.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import inspect
import io
import json
import logging
import os
import re
import time
import zipfile
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import aiohttp
import discord
from discord import app_commands

import content
from bot import retry
from bot.clock import utcnow
from bot.compat.discord import aim
from bot.config import DiscordConfig, Settings
from bot.dbfaults import outage_of
from bot.discord.files import attachment_of
from bot.discord.render import CUSTOM_ID_MAX, LABEL_MAX, Outgoing, plan_messages
from bot.retry import DISCORD_REQUEST, GATEWAY_RESTART
from bot.services.delivery import Outbox
from bot.services.outbound import Blocked, CannotRun
from bot.services.ratelimit import SendBudget, discord_budget
from handlers.common import ZONE_NAMES
from handlers.deps import Deps
from handlers.registry import COMMANDS, MAX_INPUT, dispatch
from handlers.types import Attachment, Chat, Reply, Request

log = logging.getLogger(__name__)

DEFAULT_GATEWAY = "wss://gateway.discord.gg/"
CUSTOM_ID_PREFIX = "lw:"
NO_MENTIONS = discord.AllowedMentions.none()
WORKOUT_SETTINGS = ("home", "gym", "plyo", "hills", "quick")
DONE_SETTINGS = ("home", "gym", "plyo", "hills")
EXCLUDED = frozenset({"start"})  # /start is Telegram's greeting; Discord has the command picker
MAX_CHOICES = 25
# Gateway close codes after which connecting again can't help (auth, sharding, intents).
GATEWAY_FATAL_CODES = frozenset({4004, 4010, 4011, 4012, 4013, 4014})
GATEWAY_STABLE = 60.0  # seconds up after which the restart back-off starts afresh


# --- the command table -------------------------------------------------------------------------


@dataclass(frozen=True)
class Opt:
    """One slash-command option and how it is written into the handler's argument text."""

    name: str
    description: str
    kind: type = str  # str | int | bool | discord.User (written as "@<user id>")
    required: bool = False
    choices: tuple[str, ...] = ()
    complete: str = ""  # autocomplete source: "exercise" | "muscle" | "timezone"
    low: int | None = None  # int: min value; str: min length
    high: int | None = None  # int: max value; str: max length
    word: str = ""  # written before the value ("effort 7"); for a bool option, the whole argument
    bare: tuple[str, ...] = ()  # values written without `word` (e.g. "off")
    quote: bool = False  # wrap in double quotes: a name with spaces stays one argument
    fill: str = ""  # written when the option is left out (keeps later arguments in place)


@dataclass(frozen=True)
class Slash:
    """A slash command, or a group whose subcommand name is the first argument."""

    name: str
    options: tuple[Opt, ...] = ()
    description: str = ""  # default: the registry's summary
    order: tuple[str, ...] = ()  # argument order when it differs from the option order
    defer: bool = False  # may be slow (charts, files): defer before running the handler
    private: bool = False  # the answer is personal: defer ephemerally in servers
    subs: tuple[Slash, ...] = ()


def _days(what: str, required: bool = True, **kw: Any) -> Opt:
    return Opt("days", what, required=required, high=40, **kw)


_TIME = Opt("time", "Local time HH:MM, e.g. 07:00 (default: the configured reminder time)", high=5)
_CHALLENGE = Opt("id", "The challenge's number (default: the current one)", kind=int, low=1, high=999_999_999)

SLASH: tuple[Slash, ...] = (
    Slash("help"),
    Slash("workout", (Opt("setting", "Where you train", choices=WORKOUT_SETTINGS),)),
    Slash(
        "exercise", (Opt("name", "The exercise (leave empty to list them)", complete="exercise", high=100),)
    ),
    Slash("muscle", (Opt("group", "The muscle group", complete="muscle", high=100),)),
    Slash("ask", (Opt("question", "Your question", required=True, high=500),)),
    Slash("tips"),
    Slash(
        "done",
        (
            Opt("setting", "What you did (default: home)", choices=DONE_SETTINGS, fill="home"),
            Opt("minutes", "How long, in minutes", kind=int, low=1, high=300),
            Opt("effort", "How hard, 1 (easy) to 10 (all out)", kind=int, low=1, high=10, word="effort"),
            Opt("note", "A short note", high=500, word="note"),
        ),
    ),
    Slash("undo"),
    Slash("history", (Opt("count", "How many sessions (default 10)", kind=int, low=1, high=100),)),
    Slash("stats", defer=True, private=True),
    Slash("progress", private=True),
    Slash("export", defer=True, private=True),
    Slash("forget"),
    Slash(
        "timezone",
        (
            Opt("zone", "An Area/City name, e.g. Europe/Berlin", complete="timezone", high=64),
            Opt("group", "Set this channel's time zone instead of yours (admins)", kind=bool, word="group"),
        ),
        order=("group", "zone"),
    ),
    Slash(
        "schedule",
        (
            _days("Strength days, e.g. tue,fri — or off"),
            _TIME,
            Opt("setting", "Routine type", choices=WORKOUT_SETTINGS),
        ),
    ),
    Slash(
        "runs",
        subs=(
            Slash("list", description="Your last runs and hard-run days"),
            Slash(
                "import",
                (Opt("file", "A .fit, .gpx or .tcx file", kind=discord.Attachment, required=True),),
                description="Import a run file",
                defer=True,
                private=True,
            ),
            Slash(
                "hard", (_days("Hard-run days, e.g. wed,sat"),), description="Set your weekly hard-run days"
            ),
            Slash("off", description="Clear your hard-run days"),
        ),
    ),
    Slash("race", (Opt("date", "Race date YYYY-MM-DD — or off", required=True, high=10),)),
    Slash(
        "club",
        subs=(
            Slash(
                "schedule",
                (
                    _days("Club strength days, e.g. mon,thu"),
                    _TIME,
                    Opt("setting", "Routine type", choices=WORKOUT_SETTINGS),
                ),
                description="Set this channel's club reminder (Manage Server)",
            ),
            Slash("show", description="Show this channel's club reminder"),
            Slash("off", description="Stop this channel's club reminder (Manage Server)"),
        ),
    ),
    Slash(
        "challenge",
        subs=(
            Slash(
                "new",
                (
                    Opt("name", "The challenge's name", required=True, high=64, quote=True),
                    Opt("goal", "Sessions each member aims for by the end date", kind=int, low=1, high=1000),
                    Opt("by", "End date YYYY-MM-DD (with goal)", high=10, word="by"),
                    Opt("weekly", "Or: sessions per week …", kind=int, low=1, high=14, word="weekly"),
                    Opt("weeks", "… for this many weeks", kind=int, low=1, high=52, word="for"),
                    Opt("starts", "Start date YYYY-MM-DD (default: today)", high=10, word="from"),
                ),
                description="Start a challenge in this channel (Manage Server)",
            ),
            Slash("list", description="The challenges in this channel"),
            Slash("join", (_CHALLENGE,), description="Join a challenge"),
            Slash("leave", (_CHALLENGE,), description="Leave a challenge"),
            Slash(
                "edit",
                (_CHALLENGE, Opt("name", "The new name", required=True, high=64, quote=True, word="name")),
                description="Rename a challenge (Manage Server)",
            ),
            Slash("end", (_CHALLENGE,), description="End a challenge now (Manage Server)"),
            Slash(
                "remove",
                (_CHALLENGE, Opt("member", "Who to remove", kind=discord.User, required=True)),
                description="Remove a member from a challenge (Manage Server)",
            ),
        ),
    ),
    Slash("leaderboard", (_CHALLENGE,), defer=True),
    Slash(
        "pause",
        (
            Opt("until", "Back on this date, YYYY-MM-DD (default: until /resume)", high=10, word="until"),
            Opt("reason", "Why you pause", choices=("injury", "holiday")),
            Opt("note", "A short note, e.g. the injury", high=200, word="note"),
        ),
        private=True,
    ),
    Slash("resume", private=True),
    Slash(
        "calendar",
        (Opt("url", "A private subscription URL instead of the file", kind=bool, word="url"),),
        defer=True,
        private=True,
    ),
    Slash(
        "link",
        (Opt("code", "The code /link gave you on the other platform (empty: get a code)", high=20),),
        private=True,
    ),
    Slash("unlink", private=True),
)


def slash_specs() -> list[Slash]:
    """Every registry command as a slash command: its SLASH row, or one free-text option."""
    table = {s.name: s for s in SLASH}
    out = []
    for name, cmd in COMMANDS.items():
        if name in EXCLUDED:
            continue
        spec = table.get(name) or Slash(
            name, (Opt("text", (cmd.usage or "Arguments")[:100], high=MAX_INPUT),)
        )
        out.append(spec)
    return out


def _value_text(opt: Opt, value: Any) -> str:
    if opt.kind is bool:
        return opt.word if value else ""
    if opt.kind is discord.User:
        return f"@{value.id}"
    text = " ".join(str(value).split())
    if opt.quote:
        text = '"' + text.replace('"', "'") + '"'
    if opt.word and text.lower() not in opt.bare:
        return f"{opt.word} {text}"
    return text


def build_text(spec: Slash, values: dict[str, Any], prefix: str = "") -> str:
    """The argument text the handler would get from the same command typed on Telegram."""
    by_name = {o.name: o for o in spec.options}
    order = spec.order or tuple(by_name)
    parts = [prefix] if prefix else []
    for name in order:
        opt = by_name[name]
        value = values.get(name)
        if value is None or value == "":
            parts.append(opt.fill)
        else:
            parts.append(_value_text(opt, value))
    return " ".join(p for p in parts if p)[:MAX_INPUT]


@functools.cache
def _zones() -> tuple[str, ...]:
    """The zone names /timezone accepts (Area/City and UTC), sorted once per process."""
    return tuple(sorted(ZONE_NAMES))


def suggestions(source: str, current: str, limit: int = MAX_CHOICES) -> list[tuple[str, str]]:
    """(label, value) pairs for an autocomplete, best first, at most `limit` (Discord allows 25)."""
    text = current.strip()
    if source == "exercise":
        return [(e.name, e.name) for e in content.suggest_exercises(text, limit=limit)][:limit]
    if source == "muscle":
        q = text.lower()
        found = [
            (m.name, m.name)
            for key, m in content.MUSCLES.items()
            if not q or q in key.lower() or q in m.name.lower()
        ]
        found.sort(key=lambda p: (not p[0].lower().startswith(q), p[0]))
        return found[:limit]
    if source == "timezone":
        q = text.lower().replace(" ", "_")
        zones = [z for z in _zones() if not q or q in z.lower()]
        zones.sort(key=lambda z: (not (z.lower().startswith(q) or z.lower().split("/")[-1].startswith(q)), z))
        return [(z, z) for z in zones[:limit]]
    return []


# --- buttons -------------------------------------------------------------------------------------

_SPACE = re.compile(r"\s")
_STYLES = {"done": discord.ButtonStyle.success, "forget": discord.ButtonStyle.danger}


class ActionButton(discord.ui.DynamicItem[discord.ui.Button], template=r"lw:(?P<action>\S{1,97})"):
    """A button whose custom_id is "lw:<Button.action>"; it survives restarts."""

    def __init__(self, action: str, label: str = "") -> None:
        super().__init__(
            discord.ui.Button(
                label=(label or action)[:LABEL_MAX], style=_style(action), custom_id=CUSTOM_ID_PREFIX + action
            )
        )
        self.action = action

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: Any, /
    ) -> ActionButton:
        return cls(match["action"], getattr(item, "label", None) or "")

    async def callback(self, interaction: discord.Interaction) -> None:
        adapter = getattr(interaction.client, "legwork", None)
        if isinstance(adapter, DiscordAdapter):
            await adapter.on_button(interaction, self.action)


def _style(action: str) -> discord.ButtonStyle:
    return _STYLES.get(action.split(":", 1)[0], discord.ButtonStyle.secondary)


class _SentButtons(discord.ui.View):
    """Buttons on their way out, already in Discord's wire form.

    What a press runs is found by matching its custom_id against ActionButton's template
    (registered in setup_hook), so the view that carries buttons out needs no Button objects and
    is never kept: it counts as finished from the start, so discord.py never stores it. It is a
    View (discord.py checks for one) but skips View.__init__, whose item walk, random id and
    future cost more per reply than the rest of the adapter's own work; it answers every
    question discord.py 2.7 asks a view on the way out (send, followup, edit), which
    tests/test_discord.py drives through each of them against the fake Discord.
    """

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self._rows = rows

    def to_components(self) -> list[dict[str, Any]]:
        return self._rows

    def has_components_v2(self) -> bool:
        return False

    def is_finished(self) -> bool:
        return True

    def is_dispatchable(self) -> bool:
        return True

    @property
    def timeout(self) -> float | None:
        return None

    @timeout.setter
    def timeout(self, value: float | None) -> None:
        pass  # an ephemeral followup sets 15 minutes on views it would keep; this one is not kept

    def __repr__(self) -> str:
        return f"<_SentButtons rows={len(self._rows)}>"


BUTTONS_PER_ROW = 5


def _view(reply: Reply) -> discord.ui.View | None:
    buttons: list[dict[str, Any]] = []
    for b in reply.buttons[:25]:
        if len(CUSTOM_ID_PREFIX + b.action) > CUSTOM_ID_MAX or not b.action or _SPACE.search(b.action):
            log.warning("button action %r does not fit a Discord custom_id; left out", b.action[:40])
            continue
        label = (b.label or b.action)[:LABEL_MAX]
        buttons.append(
            {
                "type": 2,
                "style": _style(b.action).value,
                "label": label,
                "custom_id": CUSTOM_ID_PREFIX + b.action,
            }
        )
    if not buttons:
        return None
    rows = [
        {"type": 1, "components": buttons[i : i + BUTTONS_PER_ROW]}
        for i in range(0, len(buttons), BUTTONS_PER_ROW)
    ]
    return _SentButtons(rows)


class _Hooks:
    legwork: DiscordAdapter | None = None

    async def setup_hook(self) -> None:
        self.add_dynamic_items(ActionButton)  # type: ignore[attr-defined]


class _Client(_Hooks, discord.Client):
    pass


class _ShardedClient(_Hooks, discord.AutoShardedClient):
    pass


# --- answering interactions -----------------------------------------------------------------------


@dataclass(eq=False)  # hashed by identity: the defer watch keys answers in flight by it
class _Answer:
    """How far one interaction's answer has got."""

    interaction: discord.Interaction
    component: bool
    in_guild: bool
    embeds: bool
    ephemeral_hint: bool
    deferred: str = ""  # "" | "thinking" | "update"
    original_filled: bool = False
    deferring: asyncio.Task[None] | None = None


WATCH_TICK = 0.25  # seconds between looks at the answers in flight (at most a quarter of defer_after)


def _plan(reply: Reply, embeds: bool = True) -> list[Outgoing]:
    return plan_messages(
        reply.text,
        has_image=reply.image is not None,
        has_file=reply.file is not None,
        has_buttons=bool(reply.buttons),
        embeds=embeds,
    )


def _files(reply: Reply, out: Outgoing) -> list[discord.File]:
    files = []
    if out.with_image and reply.image:
        files.append(discord.File(io.BytesIO(reply.image), filename="chart.png"))
    if out.with_file and reply.file:
        name, data = reply.file
        files.append(discord.File(io.BytesIO(data), filename=name))
    return files


def _message_kwargs(reply: Reply, out: Outgoing, *, edit: bool) -> dict[str, Any]:
    """Keyword arguments shared by send_message, followup.send, channel.send and the edits."""
    kw: dict[str, Any] = {"embeds": list(out.embeds), "allowed_mentions": NO_MENTIONS}
    if out.content or edit:
        kw["content"] = out.content or None
    files = _files(reply, out)
    if files:
        kw["attachments" if edit else "files"] = files
    view = _view(reply) if out.with_buttons else None
    if view is not None or edit:
        kw["view"] = view
    return kw


TRANSIENT = (aiohttp.ClientConnectionError, TimeoutError, discord.DiscordServerError)

UPLOAD_LIMIT = 10 * 1024 * 1024  # bytes a bot may attach to one message (Discord's default since 2024)


def fit_uploads(reply: Reply, limit: int = UPLOAD_LIMIT) -> Reply:
    """The reply with attachments Discord will take: a file over the limit is zipped, and if that
    is still too big, left out with a note saying so; an image over it is left out likewise.
    (Discord answers an oversized upload with 413 and the whole message is lost.)"""
    if reply.image is None and reply.file is None:
        return reply
    notes: list[str] = []
    image, file = reply.image, reply.file
    if file is not None and len(file[1]) + len(image or b"") > limit:
        name, data = file
        packed = io.BytesIO()
        with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
            z.writestr(name, data)
        if packed.tell() + len(image or b"") <= limit:
            file = (name.rsplit(".", 1)[0] + ".zip", packed.getvalue())
            notes.append(f"(Zipped to fit Discord's {_mb(limit)} upload limit.)")
        else:
            file = None
            notes.append(
                f"The file is {_mb(len(data))}, more than Discord's {_mb(limit)} upload limit, so it isn't "
                "attached. Ask again on Telegram or in the console, or delete old data with /forget."
            )
    if image is not None and len(image) + (len(file[1]) if file else 0) > limit:
        image = None
        notes.append(f"The chart is over Discord's {_mb(limit)} upload limit, so it isn't attached.")
    if not notes:
        return reply
    text = "\n".join([reply.text, *notes]) if reply.text else "\n".join(notes)
    return replace(reply, text=text, image=image, file=file)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 100 * 1024 else f"{n / 1024:.1f} KB"


async def _retry(op: Callable[..., Awaitable[Any]], *args: Any) -> Any:
    """Retry what discord.py does not: dropped connections, timeouts and 5xx after its own retries
    (bot/retry.py DISCORD_REQUEST)."""
    return await retry.call(DISCORD_REQUEST, TRANSIENT, "Discord request", op, *args)


class DiscordAdapter:
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
        cls = _ShardedClient if dc.uses_shards else _Client
        self.client: discord.Client = cls(**options)
        self.client.legwork = self
        self.tree: app_commands.CommandTree[discord.Client] = app_commands.CommandTree(self.client)
        self.tree.error(self._on_tree_error)
        for spec in slash_specs():
            self.tree.add_command(self._command(spec))
        self._task: asyncio.Task[None] | None = None
        self._stopped = False
        self._up = False  # start() succeeded: from then on a dead gateway is connected again
        self._restarts = 0
        # Set when the gateway stops for good while running (a token reset: close 4004); the
        # runtime then takes the platform out (bot/app.py) and exits if none is left.
        self.lost = asyncio.Event()
        self.lost_reason = ""
        self._slow: dict[_Answer, float] = {}  # answers in flight → when to defer them (monotonic)
        self._watch: asyncio.Task[None] | None = None
        self.synced: bool | None = None  # after start: whether commands were uploaded this time

    # --- building commands ------------------------------------------------------------------

    def _command(
        self, spec: Slash, parent: Slash | None = None
    ) -> app_commands.Command[Any, ..., Any] | app_commands.Group:
        description = (spec.description or self._summary(spec.name))[:100]
        if spec.subs:
            group = app_commands.Group(name=spec.name, description=description)
            for sub in spec.subs:
                group.add_command(self._command(sub, spec))
            return group
        return app_commands.Command(
            name=spec.name, description=description, callback=self._callback(spec, parent)
        )

    @staticmethod
    def _summary(name: str) -> str:
        cmd = COMMANDS.get(name)
        return cmd.summary if cmd else name

    def _callback(self, spec: Slash, parent: Slash | None) -> Callable[..., Coroutine[Any, Any, None]]:
        """A callback whose signature discord.py reads as the options of `spec`."""
        adapter = self

        async def callback(interaction: discord.Interaction, **values: Any) -> None:
            command = parent.name if parent else spec.name
            files = [values.pop(k) for k, v in list(values.items()) if isinstance(v, discord.Attachment)]
            text = build_text(spec, values, prefix=spec.name if parent else "")
            await adapter.on_command(
                interaction,
                command,
                text,
                spec.defer or bool(parent and parent.defer),
                spec.private,
                attachment_of(files[0]) if files else None,
            )

        params = [
            inspect.Parameter(
                "interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=discord.Interaction
            )
        ]
        for opt in spec.options:
            params.append(
                inspect.Parameter(
                    opt.name,
                    inspect.Parameter.KEYWORD_ONLY,
                    annotation=_annotation(opt),
                    default=inspect.Parameter.empty if opt.required else None,
                )
            )
        # inspect reads a function's __signature__ (PEP 362) before its code: discord.py sees these.
        callback.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
        app_commands.describe(**{o.name: o.description[:100] for o in spec.options})(callback)
        choices = {
            o.name: [app_commands.Choice(name=c.capitalize(), value=c) for c in o.choices]
            for o in spec.options
            if o.choices
        }
        if choices:
            app_commands.choices(**choices)(callback)
        completers = {o.name: self._completer(o.complete) for o in spec.options if o.complete}
        if completers:
            app_commands.autocomplete(**completers)(callback)
        return callback

    def _completer(
        self, source: str
    ) -> Callable[[discord.Interaction, str], Coroutine[Any, Any, list[app_commands.Choice[str]]]]:
        async def complete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
            try:
                found = suggestions(source, current or "")
            except Exception:
                log.exception("autocomplete %s failed", source)
                found = []
            return [app_commands.Choice(name=n[:100], value=v[:100]) for n, v in found[:MAX_CHOICES]]

        return complete

    # --- lifecycle ----------------------------------------------------------------------------

    async def start(self) -> None:
        """Log in, sync commands if they changed, connect the gateway; return once ready."""
        if self._task is not None:
            return
        point_at(self.settings.discord)
        try:
            await self.client.login(self._token)
        except discord.LoginFailure:
            raise CannotRun("Discord rejected the bot token (401): check DISCORD_BOT_TOKEN") from None
        await self._sync_commands()
        self._task = asyncio.create_task(self.client.connect(reconnect=True), name="discord-gateway")
        self._task.add_done_callback(self._gateway_ended)
        ready = asyncio.create_task(self.client.wait_until_ready())
        done, _ = await asyncio.wait(
            {ready, self._task}, timeout=self.ready_timeout, return_when=asyncio.FIRST_COMPLETED
        )
        if ready not in done:
            ready.cancel()
        if self._task in done:
            exc = self._task.exception()
            if _fatal(exc):
                raise CannotRun(f"the Discord gateway refused the bot: {_describe_close(exc)}") from None
            raise exc if exc else RuntimeError("the Discord gateway closed during start-up")
        self._up = True
        if ready not in done:
            log.warning(
                "Discord is not ready after %.0f s; carrying on while it connects", self.ready_timeout
            )
        else:
            log.info("Discord ready as %s in %d server(s)", self.client.user, len(self.client.guilds))

    def _gateway_ended(self, task: asyncio.Task[None]) -> None:
        """discord.py reconnects by itself after network trouble, but any other exception out of
        its gateway loop (an event it can't parse, say) ends it: connect again, with back-off,
        unless retrying can't help (a rejected token, missing intents)."""
        if task.cancelled() or self._stopped:
            return
        exc = task.exception()
        if exc is None:
            return
        if _fatal(exc) or not self._up:
            log.error("Discord gateway stopped: %s: %s", type(exc).__name__, exc)
            if self._up:
                self.lost_reason = f"the Discord gateway refused the bot: {_describe_close(exc)}"
                self.lost.set()
            return
        delay = GATEWAY_RESTART.delay(self._restarts + 1)
        self._restarts += 1
        log.error("Discord gateway stopped: %s: %s; connecting again in %g s", type(exc).__name__, exc, delay)
        self._task = asyncio.ensure_future(self._connect_again(delay))
        self._task.add_done_callback(self._gateway_ended)

    async def _connect_again(self, delay: float) -> None:
        # The dead loop left its websocket open (and its heartbeat thread running): close it.
        ws = getattr(self.client, "ws", None)
        if ws is not None:
            try:
                await ws.close(code=4000)
            except Exception as exc:
                log.debug("closing the dead Discord gateway failed: %s", _describe(exc))
        await asyncio.sleep(delay)
        started = time.monotonic()
        try:
            await self.client.connect(reconnect=True)
        finally:
            if time.monotonic() - started > GATEWAY_STABLE:
                self._restarts = 0  # it had run fine for a while: start the back-off afresh

    async def stop(self) -> None:
        """Close the client (bounded); safe to call twice or before start."""
        if self._stopped:
            return
        self._stopped = True
        await self.outbox.close(2.0)  # reminders and digests being sent get a moment to finish
        try:
            await asyncio.wait_for(self.client.close(), timeout=10)
        except TimeoutError:
            log.warning("Discord client did not close within 10 s")
        except Exception as exc:
            log.warning("Discord client close failed: %s", type(exc).__name__)
        for task in (self._task, self._watch):
            if task is not None and not task.done():
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)

    # --- command sync -------------------------------------------------------------------------

    def _sync_guild(self) -> discord.Object | None:
        gid = self.settings.discord.dev_guild_id
        return discord.Object(int(gid)) if gid else None

    def command_payload(self) -> list[dict[str, Any]]:
        guild = self._sync_guild()
        if guild is not None:
            self.tree.copy_global_to(guild=guild)
        return [c.to_dict(self.tree) for c in self.tree.get_commands(guild=guild)]

    @property
    def sync_state_path(self) -> Path:
        db = self.settings.database_path
        return db.with_name(db.name + ".discord-commands.json")

    async def _sync_commands(self) -> None:
        if not self.settings.discord.syncs_commands:
            log.info("Discord commands are synced by the process holding shard 0")
            self.synced = False
            return
        guild = self._sync_guild()
        payload = self.command_payload()
        digest = hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()
        key = f"{self.client.application_id}:{'guild:' + str(guild.id) if guild else 'global'}"
        state = _read_json(self.sync_state_path)
        if state.get(key) == digest:
            log.info("Discord commands unchanged; not syncing")
            self.synced = False
            return
        try:
            await self.tree.sync(guild=guild)
        except discord.HTTPException as exc:
            log.error("could not sync Discord commands: %s %s", exc.status, exc.text[:200])
            self.synced = False
            return
        state[key] = digest
        _write_json(self.sync_state_path, state)
        self.synced = True
        log.info(
            "synced %d Discord commands %s", len(payload), f"to guild {guild.id}" if guild else "globally"
        )

    # --- interactions -------------------------------------------------------------------------

    def _request(self, interaction: discord.Interaction, command: str, text: str) -> Request:
        in_guild = interaction.guild_id is not None
        is_dm = not in_guild and (
            interaction.channel is None
            or getattr(interaction.channel, "type", None) == discord.ChannelType.private
        )
        user = interaction.user
        chat = Chat(
            platform=self.platform,
            chat_id=str(interaction.channel_id or user.id),
            user_id=str(user.id),
            is_private=is_dm,
            # Discord computes the member's permissions server-side and sends them with the interaction.
            is_admin=in_guild and interaction.permissions.manage_guild,
        )
        args = tuple(text.split()) if command != "button" else ()
        return Request(chat, command, args, text, user.display_name, self.clock())

    def _answer(self, interaction: discord.Interaction, *, component: bool, private: bool) -> _Answer:
        in_guild = interaction.guild_id is not None
        return _Answer(
            interaction,
            component=component,
            in_guild=in_guild,
            embeds=not in_guild or interaction.app_permissions.embed_links,
            ephemeral_hint=private and in_guild,
        )

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
        req = self._request(interaction, command, text)
        if attachment is not None:
            req = replace(req, attachment=attachment)
        await self._run(self._answer(interaction, component=False, private=private), req, defer)

    async def on_button(self, interaction: discord.Interaction, action: str) -> None:
        log.debug("discord button %s by %s", action.split(":", 1)[0], interaction.user.id)
        req = self._request(interaction, "button", action)
        await self._run(self._answer(interaction, component=True, private=False), req, False)

    async def _run(self, ans: _Answer, req: Request, defer_now: bool) -> None:
        # Defer (in parallel with the handler) at once for slow commands, or when the handler
        # has not finished after defer_after seconds: Discord wants an answer within 3 s.
        if defer_now:
            self._start_defer(ans)
        else:
            self._slow[ans] = time.monotonic() + self.defer_after
            if self._watch is None or self._watch.done():
                self._watch = asyncio.create_task(self._watch_slow(), name="discord-defer-watch")
        try:
            replies = await dispatch(req, self.deps)
        finally:
            self._slow.pop(ans, None)
        if ans.deferring is not None:
            await ans.deferring
        try:
            await self._deliver(ans, replies)
        except (discord.HTTPException, *TRANSIENT) as exc:
            log.warning("could not answer a Discord %s: %s", req.command or "message", _describe(exc))

    def _start_defer(self, ans: _Answer) -> None:
        ans.deferring = asyncio.get_running_loop().create_task(self._defer(ans))

    async def _watch_slow(self) -> None:
        """Defer the answers whose handler still runs after defer_after seconds.

        One watch for all answers in flight instead of a timer each: a timer per interaction
        (set, then nearly always cancelled) cost a few per cent of the adapter's CPU under load.
        The watch ends when nothing is in flight; the next interaction starts it again.
        """
        while self._slow:
            await asyncio.sleep(min(WATCH_TICK, self.defer_after / 4))
            now = time.monotonic()
            for ans in [a for a, due in self._slow.items() if due <= now]:
                del self._slow[ans]
                self._start_defer(ans)

    async def _defer(self, ans: _Answer) -> None:
        r = ans.interaction.response
        try:
            if ans.component:
                await _retry(r.defer)
                ans.deferred = "update"
            else:
                await _retry(lambda: r.defer(thinking=True, ephemeral=ans.ephemeral_hint))
                ans.deferred = "thinking"
        except (discord.HTTPException, *TRANSIENT) as exc:
            log.warning("could not defer a Discord interaction: %s", _describe(exc))

    async def _deliver(self, ans: _Answer, replies: Sequence[Reply]) -> None:
        for reply in replies:
            reply = fit_uploads(reply, self.upload_limit)
            ephemeral = reply.private and ans.in_guild
            outs = _plan(reply, embeds=ans.embeds)
            for n, out in enumerate(outs):
                edit = reply.edit and ans.component and n == 0
                await _retry(self._emit, ans, reply, out, ephemeral, edit)

    async def _emit(self, ans: _Answer, reply: Reply, out: Outgoing, ephemeral: bool, edit: bool) -> None:
        it = ans.interaction
        r = it.response
        if edit:
            kw = _message_kwargs(reply, out, edit=True)
            if not r.is_done():
                await r.edit_message(**kw)
            else:
                await it.edit_original_response(**kw)
            return
        if not r.is_done():
            try:
                await r.send_message(ephemeral=ephemeral, **_message_kwargs(reply, out, edit=False))
            except discord.HTTPException as exc:
                if exc.code != 40060:  # already acknowledged: an earlier attempt got through
                    raise
            return
        if ans.deferred == "thinking" and not ans.original_filled:
            ans.original_filled = True
            if ephemeral == ans.ephemeral_hint:
                await it.edit_original_response(**_message_kwargs(reply, out, edit=True))
                return
            # The "thinking…" message can't change visibility: note it and send the real thing.
            await it.edit_original_response(content="Sent privately." if ephemeral else "Posted below.")
        await it.followup.send(ephemeral=ephemeral, wait=True, **_message_kwargs(reply, out, edit=False))

    async def _on_tree_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        if isinstance(error, app_commands.CommandSignatureMismatch | app_commands.CommandNotFound):
            text = "This command is being updated. Please try again in a minute."
        else:
            log.error("Discord command failed: %s", _describe(error.__cause__ or error))
            text = "Sorry, something went wrong on my side. Please try again in a moment."
        if interaction.type == discord.InteractionType.autocomplete:
            return
        try:
            if interaction.response.is_done():
                await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
            else:
                await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
        except (discord.HTTPException, *TRANSIENT):
            pass

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
                for out in _plan(fit_uploads(reply, self.upload_limit)):
                    await self.budget.acquire(chat_id, bulk=True)
                    await _retry(_post, target, reply, out)
        except (discord.Forbidden, discord.NotFound) as exc:
            raise Blocked(f"Discord refuses chat {chat_id}: {_describe(exc)}") from None
        except discord.HTTPException as exc:
            if exc.code in (50007, 50033, 10003, 10013):
                raise Blocked(f"Discord refuses chat {chat_id}: {_describe(exc)}") from None
            raise

    async def _target(self, chat_id: str) -> discord.abc.Messageable:
        kind, _, ident = chat_id.rpartition(":")
        if not ident.isdigit() or kind not in ("", "dm"):
            raise Blocked(f"not a Discord chat id: {chat_id[:40]!r}")
        if kind == "dm":
            return await _retry(lambda: self.client.create_dm(discord.Object(int(ident))))
        return self.client.get_partial_messageable(int(ident))


async def _post(target: discord.abc.Messageable, reply: Reply, out: Outgoing) -> None:
    await target.send(**_message_kwargs(reply, out, edit=False))


def _annotation(opt: Opt) -> Any:
    if opt.kind is int:
        return app_commands.Range[int, opt.low or 0, opt.high or 1_000_000] if opt.low or opt.high else int
    if opt.kind in (bool, discord.User, discord.Attachment):
        return opt.kind
    if opt.high:
        return app_commands.Range[str, opt.low or 1, opt.high]
    return str


def _fatal(exc: BaseException | None) -> bool:
    """Connecting again can't help: a rejected token (close 4004), missing intents, bad sharding."""
    return isinstance(exc, discord.LoginFailure | discord.PrivilegedIntentsRequired) or (
        isinstance(exc, discord.ConnectionClosed) and exc.code in GATEWAY_FATAL_CODES
    )


def _describe_close(exc: BaseException | None) -> str:
    if isinstance(exc, discord.ConnectionClosed):
        hint = " (the token was rejected: check DISCORD_BOT_TOKEN)" if exc.code == 4004 else ""
        return f"close code {exc.code}{hint}"
    return type(exc).__name__ if exc else "closed"


def _describe(exc: BaseException) -> str:
    if isinstance(exc, discord.HTTPException):
        return f"HTTP {exc.status} (code {exc.code}) {exc.text[:120]}"
    return type(exc).__name__


def point_at(cfg: DiscordConfig) -> None:
    """Aim discord.py at the configured REST base and gateway.

    Both are class attributes in discord.py (bot/compat/discord.py), so this is process-wide:
    fine for one Discord client per process, and why it happens at start() rather than at import.
    """
    aim(cfg.api_base_url, cfg.gateway_url or DEFAULT_GATEWAY)


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("could not record the Discord command hash in %s: %s", path, exc)
