"""Answering Discord interactions: buttons, defers, the first answer, edits and followups.

Buttons carry "lw:<action>" as their custom_id and are matched by a DynamicItem template, so a
button sent before a restart still works. Discord wants an answer within 3 s: a slow handler gets a
"thinking…" (a defer) first, and its replies come as an edit of it and followups.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

import aiohttp
import discord
from discord import app_commands

from bot import retry
from bot.discord.render import CUSTOM_ID_MAX, LABEL_MAX, Outgoing, plan_messages
from bot.discord.uploads import files_of, fit_uploads
from bot.retry import DISCORD_REQUEST
from handlers.commands import split_args
from handlers.types import Chat, Reply, Request

log = logging.getLogger(__name__)

CUSTOM_ID_PREFIX = "lw:"
NO_MENTIONS = discord.AllowedMentions.none()


# --- buttons -------------------------------------------------------------------------------------

_SPACE = re.compile(r"\s")
_STYLES = {"done": discord.ButtonStyle.success, "forget": discord.ButtonStyle.danger}


class _Pressed(Protocol):
    async def on_button(self, interaction: discord.Interaction, action: str) -> None: ...


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
        adapter: _Pressed | None = getattr(interaction.client, "legwork", None)
        if adapter is not None:
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


# --- answering interactions -----------------------------------------------------------------------


@dataclass(eq=False)  # hashed by identity: the defer watch keys answers in flight by it
class Answer:
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


def plan(reply: Reply, embeds: bool = True) -> list[Outgoing]:
    return plan_messages(
        reply.text,
        has_image=reply.image is not None,
        has_file=reply.file is not None,
        has_buttons=bool(reply.buttons),
        embeds=embeds,
    )


def message_kwargs(reply: Reply, out: Outgoing, *, edit: bool) -> dict[str, Any]:
    """Keyword arguments shared by send_message, followup.send, channel.send and the edits."""
    kw: dict[str, Any] = {"embeds": list(out.embeds), "allowed_mentions": NO_MENTIONS}
    if out.content or edit:
        kw["content"] = out.content or None
    files = files_of(reply, out)
    if files:
        kw["attachments" if edit else "files"] = files
    view = _view(reply) if out.with_buttons else None
    if view is not None or edit:
        kw["view"] = view
    return kw


TRANSIENT = (aiohttp.ClientConnectionError, TimeoutError, discord.DiscordServerError)


async def retry_request(op: Callable[..., Awaitable[Any]], *args: Any) -> Any:
    """Retry what discord.py does not: dropped connections, timeouts and 5xx after its own retries
    (bot/retry.py DISCORD_REQUEST)."""
    return await retry.call(DISCORD_REQUEST, TRANSIENT, "Discord request", op, *args)


def describe(exc: BaseException) -> str:
    if isinstance(exc, discord.HTTPException):
        return f"HTTP {exc.status} (code {exc.code}) {exc.text[:120]}"
    return type(exc).__name__


class Interactions:
    """The DiscordAdapter's interaction answering (a mixin: the adapter holds the state)."""

    platform: str
    clock: Callable[[], datetime]
    defer_after: float
    upload_limit: int
    _slow: dict[Answer, float]
    _watch: asyncio.Task[None] | None

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
        args = split_args(text) if command != "button" else ()
        return Request(chat, command, args, text, user.display_name, self.clock())

    def _answer(self, interaction: discord.Interaction, *, component: bool, private: bool) -> Answer:
        in_guild = interaction.guild_id is not None
        return Answer(
            interaction,
            component=component,
            in_guild=in_guild,
            embeds=not in_guild or interaction.app_permissions.embed_links,
            ephemeral_hint=private and in_guild,
        )

    def _start_defer(self, ans: Answer) -> None:
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

    async def _defer(self, ans: Answer) -> None:
        r = ans.interaction.response
        try:
            if ans.component:
                await retry_request(r.defer)
                ans.deferred = "update"
            else:
                await retry_request(lambda: r.defer(thinking=True, ephemeral=ans.ephemeral_hint))
                ans.deferred = "thinking"
        except (discord.HTTPException, *TRANSIENT) as exc:
            log.warning("could not defer a Discord interaction: %s", describe(exc))

    async def _deliver(self, ans: Answer, replies: Sequence[Reply]) -> None:
        for reply in replies:
            reply = fit_uploads(reply, self.upload_limit)
            ephemeral = reply.private and ans.in_guild
            outs = plan(reply, embeds=ans.embeds)
            for n, out in enumerate(outs):
                edit = reply.edit and ans.component and n == 0
                await retry_request(self._emit, ans, reply, out, ephemeral, edit)

    async def _emit(self, ans: Answer, reply: Reply, out: Outgoing, ephemeral: bool, edit: bool) -> None:
        it = ans.interaction
        r = it.response
        if edit:
            kw = message_kwargs(reply, out, edit=True)
            if not r.is_done():
                await r.edit_message(**kw)
            else:
                await it.edit_original_response(**kw)
            return
        if not r.is_done():
            try:
                await r.send_message(ephemeral=ephemeral, **message_kwargs(reply, out, edit=False))
            except discord.HTTPException as exc:
                if exc.code != 40060:  # already acknowledged: an earlier attempt got through
                    raise
            return
        if ans.deferred == "thinking" and not ans.original_filled:
            ans.original_filled = True
            if ephemeral == ans.ephemeral_hint:
                await it.edit_original_response(**message_kwargs(reply, out, edit=True))
                return
            # The "thinking…" message can't change visibility: note it and send the real thing.
            await it.edit_original_response(content="Sent privately." if ephemeral else "Posted below.")
        await it.followup.send(ephemeral=ephemeral, wait=True, **message_kwargs(reply, out, edit=False))

    async def _on_tree_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        if isinstance(error, app_commands.CommandSignatureMismatch | app_commands.CommandNotFound):
            text = "This command is being updated. Please try again in a minute."
        else:
            log.error("Discord command failed: %s", describe(error.__cause__ or error))
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
