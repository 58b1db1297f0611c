"""config.toml's shape: its tables and keys, each value's type and default, checked by msgspec.

Each table is a ``msgspec.Struct`` that refuses keys it doesn't declare; ``read`` converts a parsed
TOML document into a ``ConfigFile`` and turns msgspec's errors into messages that name the table
and key ("[telegram] concurrent_updates: expected int, got str"). What a type can't say (ranges,
time zones, URLs, settings that need each other) is bot/config.py's ``parse``. The defaults here
are the settings' defaults too: bot.config's dataclasses take theirs from ``DEFAULTS``.
"""

from __future__ import annotations

import re
from typing import Any

import msgspec
from msgspec import UNSET, UnsetType

from handlers.settings import HandlerSettings

_HANDLERS = HandlerSettings()  # the handler-facing settings' defaults live with them (handlers/)


class ConfigError(Exception):
    """A setting is missing or wrong; the message names it."""


class _Table(msgspec.Struct, forbid_unknown_fields=True):
    """One table of config.toml: its keys, their types and defaults; any other key is refused."""


class BotTable(_Table):
    timezone: str = _HANDLERS.timezone
    database: str = "legwork.db"
    log_level: str = "INFO"
    chart_workers: int = 0  # processes that draw charts; 0: one fewer than the CPUs, at most 4
    processes: int = 1  # bot processes sharing the platforms' send budgets (each paces at 1/N)


class RemindersTable(_Table):
    time: str = _HANDLERS.reminder_time
    grace_hours: float = 2.0
    recovery_week: bool = _HANDLERS.recovery_week
    claim_lease_seconds: float = 120.0


class ChallengesTable(_Table):
    max_sessions_per_day: int = _HANDLERS.challenge_max_per_day
    late_days: int = _HANDLERS.challenge_late_days
    digest_day: str = "mon"
    digest_time: str = _HANDLERS.digest_time


class CalendarTable(_Table):
    feed: bool = False


class WebTable(_Table):
    listen: str | UnsetType = UNSET  # unset: [telegram] webhook_listen (its older name)
    port: int | UnsetType = UNSET  # unset: [telegram] webhook_port
    public_url: str = ""  # the origin the world reaches it at, e.g. https://bot.example.org


class TelegramTable(_Table):
    api_base_url: str = "https://api.telegram.org/bot"
    file_base_url: str = "https://api.telegram.org/file/bot"
    mode: str = "polling"  # "polling" | "webhook"
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_url: str = ""
    concurrent_updates: int = 8
    poll_timeout: int = 30


class DiscordTable(_Table):
    api_base_url: str = "https://discord.com/api/v10"
    gateway_url: str = ""  # empty: ask Discord for it
    dev_guild_id: str = ""  # empty: sync commands globally
    sharded: bool = False  # one process runs every shard, as many as Discord recommends
    shard_count: int = 0  # > 0: the bot's total shards, split across processes with shard_ids
    shard_ids: tuple[int, ...] = ()  # this process's shards (empty: all of shard_count)


class StravaTable(_Table):
    enabled: bool = False
    api_base_url: str = "https://www.strava.com/api/v3"
    oauth_base_url: str = "https://www.strava.com/oauth"


class ConfigFile(_Table):
    """The whole of config.toml, as ``msgspec.convert`` checks it."""

    bot: BotTable = msgspec.field(default_factory=BotTable)
    reminders: RemindersTable = msgspec.field(default_factory=RemindersTable)
    challenges: ChallengesTable = msgspec.field(default_factory=ChallengesTable)
    calendar: CalendarTable = msgspec.field(default_factory=CalendarTable)
    telegram: TelegramTable = msgspec.field(default_factory=TelegramTable)
    discord: DiscordTable = msgspec.field(default_factory=DiscordTable)
    web: WebTable = msgspec.field(default_factory=WebTable)
    strava: StravaTable = msgspec.field(default_factory=StravaTable)


DEFAULTS = ConfigFile()  # an empty config.toml

# msgspec's names for TOML's values, as a config.toml writer knows them
_KINDS = {"object": "table", "array": "array", "null": "nothing", "time": "a TOML time"}
_AT = re.compile(r"^(?P<what>.*?)(?: - at `\$(?P<path>.*)`)?$", re.DOTALL)
_UNKNOWN = re.compile(r"^Object contains unknown field `(?P<key>.*)`$", re.DOTALL)
_EXPECTED = re.compile(r"^Expected `(?P<want>[^`]*)`, got `(?P<got>[^`]*)`$", re.DOTALL)


def read(data: dict[str, Any]) -> ConfigFile:
    """A parsed TOML document checked against the file's shape (tables, keys, types)."""
    try:
        return msgspec.convert(data, ConfigFile)
    except msgspec.ValidationError as exc:
        raise _named(exc) from None


def _named(exc: msgspec.ValidationError) -> ConfigError:
    """msgspec's "Expected `int`, got `str` - at `$.telegram.concurrent_updates`" as
    "[telegram] concurrent_updates: expected int, got str"."""
    m = _AT.match(str(exc))
    assert m is not None  # the pattern matches any text
    what, path = m["what"], (m["path"] or "").lstrip(".")
    section, _, key = path.partition(".")
    where = f"[{section}] {key}" if key else f"[{section}]" if section else "[top level]"
    unknown = _UNKNOWN.match(what)
    if unknown and not key:
        tables = {f.name: f.type for f in msgspec.structs.fields(ConfigFile)}
        known = sorted(f.name for f in msgspec.structs.fields(tables.get(section, ConfigFile)))
        return ConfigError(f"{where} unknown setting {unknown['key']!r} (known: {', '.join(known)})")
    expected = _EXPECTED.match(what)
    if expected:
        want, got = (_KINDS.get(k, k) for k in (expected["want"], expected["got"]))
        hint = ' (write it in quotes, e.g. "07:00")' if expected["got"] in ("time", "datetime") else ""
        return ConfigError(f"{where}: expected {want}, got {got}{hint}")
    return ConfigError(f"{where}: {what[:1].lower()}{what[1:]}")
