"""Discord's slash commands, derived from the command table (handlers/registry.py COMMANDS).

Each command's args (handlers/commands.py) become its options: their type, choices, limits,
autocomplete and attachments; a command with subcommands becomes a group. A slash command's typed
values go to the handler in the text form a typed command has (handlers.commands.slash_text), so a
handler never sees which platform a command came from. Also: the autocomplete suggestions, and
syncing the commands to Discord only when they changed.
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import json
import logging
import os
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any, Protocol

import discord
from discord import app_commands

import content
from bot.config import Settings
from bot.discord.uploads import attachment_of
from handlers.commands import FILE, FLAG, INT, USER, Arg, Command, slash_text
from handlers.common import ZONE_NAMES
from handlers.registry import COMMANDS
from handlers.types import Attachment

log = logging.getLogger(__name__)

MAX_CHOICES = 25
DESCRIPTION_MAX = 100


class OnCommand(Protocol):
    def __call__(
        self,
        interaction: discord.Interaction,
        command: str,
        text: str,
        defer: bool,
        private: bool,
        attachment: Attachment | None = None,
    ) -> Coroutine[Any, Any, None]: ...


def slash_commands() -> list[Command]:
    """The registry's commands Discord offers, in the registry's order."""
    return [c for c in COMMANDS.values() if c.slash]


def build(on_command: OnCommand) -> list[app_commands.Command[Any, ..., Any] | app_commands.Group]:
    """The slash commands (and groups) for the tree; each runs `on_command` when used."""
    out: list[app_commands.Command[Any, ..., Any] | app_commands.Group] = []
    for cmd in slash_commands():
        description = cmd.summary[:DESCRIPTION_MAX]
        if not cmd.subs:
            callback = _callback(on_command, cmd, None, cmd.args, defer=cmd.slow, private=cmd.personal)
            out.append(app_commands.Command(name=cmd.name, description=description, callback=callback))
            continue
        group = app_commands.Group(name=cmd.name, description=description)
        for sub in cmd.subs:
            callback = _callback(
                on_command, cmd, sub.name, sub.args, defer=sub.slow or cmd.slow, private=sub.personal
            )
            group.add_command(
                app_commands.Command(
                    name=sub.name, description=sub.description[:DESCRIPTION_MAX], callback=callback
                )
            )
        out.append(group)
    return out


def _callback(
    on_command: OnCommand, cmd: Command, sub: str | None, args: tuple[Arg, ...], *, defer: bool, private: bool
) -> Callable[..., Coroutine[Any, Any, None]]:
    """A callback whose signature discord.py reads as the options of `args`."""

    users = {a.name for a in args if a.type == USER}

    async def callback(interaction: discord.Interaction, **values: Any) -> None:
        files = [values.pop(k) for k, v in list(values.items()) if isinstance(v, discord.Attachment)]
        for name in users & values.keys():  # the text form names a user by id
            if values[name] is not None:
                values[name] = values[name].id
        text = slash_text(cmd, sub, values)
        await on_command(
            interaction, cmd.name, text, defer, private, attachment_of(files[0]) if files else None
        )

    params = [
        inspect.Parameter(
            "interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=discord.Interaction
        )
    ]
    for arg in args:
        params.append(
            inspect.Parameter(
                arg.name,
                inspect.Parameter.KEYWORD_ONLY,
                annotation=annotation(arg),
                default=inspect.Parameter.empty if arg.required else None,
            )
        )
    # inspect reads a function's __signature__ (PEP 362) before its code: discord.py sees these.
    callback.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    app_commands.describe(**{a.name: a.description[:DESCRIPTION_MAX] for a in args})(callback)
    choices = {
        a.name: [app_commands.Choice(name=c.capitalize(), value=c) for c in a.choices]
        for a in args
        if a.choices
    }
    if choices:
        app_commands.choices(**choices)(callback)
    completers = {a.name: _completer(a.complete) for a in args if a.complete}
    if completers:
        app_commands.autocomplete(**completers)(callback)
    return callback


def annotation(arg: Arg) -> Any:
    """The option type discord.py makes of a parameter with this annotation."""
    if arg.type == INT:
        return app_commands.Range[int, arg.low or 0, arg.high or 1_000_000] if arg.low or arg.high else int
    if arg.type == FLAG:
        return bool
    if arg.type == USER:
        return discord.User
    if arg.type == FILE:
        return discord.Attachment
    if arg.high:
        return app_commands.Range[str, arg.low or 1, arg.high]
    return str


def _completer(
    source: str,
) -> Callable[[discord.Interaction, str], Coroutine[Any, Any, list[app_commands.Choice[str]]]]:
    async def complete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        try:
            found = suggestions(source, current or "")
        except Exception:
            log.exception("autocomplete %s failed", source)
            found = []
        return [app_commands.Choice(name=n[:100], value=v[:100]) for n, v in found[:MAX_CHOICES]]

    return complete


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


# --- syncing the commands to Discord --------------------------------------------------------------


class CommandSync:
    """Upload the command set when it differs from the one last uploaded (a hash on disk)."""

    settings: Settings
    client: discord.Client
    tree: app_commands.CommandTree[discord.Client]
    synced: bool | None

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
