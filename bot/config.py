"""Loading and validating config.toml; secrets come only from the environment.

Two steps. bot/config_file.py declares the file's shape (its tables and keys, each value's type
and default) as msgspec Structs and checks a parsed document against it, with errors that name
the table and key. Then ``parse`` here checks what a type can't say (ranges, time zones, URLs,
settings that need each other, the database URL from the environment) and builds ``Settings``,
whose defaults are the file's.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse, urlsplit, urlunsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import msgspec
from msgspec import UnsetType

from bot.config_file import DEFAULTS, ConfigError, DiscordTable, StravaTable, TelegramTable, WebTable, read
from handlers.settings import HandlerSettings

DEFAULT_CONFIG = Path(__file__).resolve().parent.parent / "config.toml"
DATABASE_ENV = "LEGWORK_DATABASE_URL"  # overrides [bot] database (a PostgreSQL URL's password lives here)
PG_SCHEMES = ("postgresql://", "postgres://")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
CALENDAR_PATH = "/calendar"  # the feed URLs: <[web] public_url>/calendar/<token>.ics
_TG, _DC, _STRAVA = DEFAULTS.telegram, DEFAULTS.discord, DEFAULTS.strava  # the settings' defaults


@dataclass(frozen=True)
class TelegramConfig:
    api_base_url: str = _TG.api_base_url
    file_base_url: str = _TG.file_base_url
    mode: str = _TG.mode  # "polling" | "webhook"
    webhook_listen: str = _TG.webhook_listen
    webhook_port: int = _TG.webhook_port
    webhook_url: str = _TG.webhook_url
    concurrent_updates: int = _TG.concurrent_updates
    poll_timeout: int = _TG.poll_timeout


@dataclass(frozen=True)
class DiscordConfig:
    api_base_url: str = _DC.api_base_url
    gateway_url: str = _DC.gateway_url  # empty: ask Discord for it
    dev_guild_id: str = _DC.dev_guild_id  # empty: sync commands globally
    sharded: bool = _DC.sharded  # one process runs every shard, as many as Discord recommends
    shard_count: int = _DC.shard_count  # > 0: the bot's total shards, split across processes
    shard_ids: tuple[int, ...] = _DC.shard_ids  # this process's shards (empty: all of shard_count)

    @property
    def uses_shards(self) -> bool:
        return self.sharded or self.shard_count > 0

    @property
    def syncs_commands(self) -> bool:
        """Only the process holding shard 0 (or the only process) uploads slash commands."""
        return not self.shard_ids or 0 in self.shard_ids


@dataclass(frozen=True)
class WebConfig:
    """The bot's one HTTP server (bot/web.py): Telegram webhooks, the calendar feed, Strava."""

    listen: str = _TG.webhook_listen
    port: int = _TG.webhook_port
    public_url: str = DEFAULTS.web.public_url  # the origin the world reaches it at


@dataclass(frozen=True)
class StravaConfig:
    enabled: bool = _STRAVA.enabled
    api_base_url: str = _STRAVA.api_base_url
    oauth_base_url: str = _STRAVA.oauth_base_url


@dataclass(frozen=True)
class Settings(HandlerSettings):
    """Every setting; the handler-facing ones (timezone, reminder_time, challenge_*, digest_time)
    come from handlers.settings.HandlerSettings, so a Settings is what Deps takes."""

    database: str = DEFAULTS.bot.database
    processes: int = DEFAULTS.bot.processes  # bot processes sharing the send budgets (each: 1/N)
    log_level: str = DEFAULTS.bot.log_level
    chart_workers: int = DEFAULTS.bot.chart_workers  # 0: one fewer than the CPUs, at most 4
    reminder_grace_hours: float = DEFAULTS.reminders.grace_hours
    reminder_claim_lease_seconds: float = DEFAULTS.reminders.claim_lease_seconds
    digest_day: str = DEFAULTS.challenges.digest_day
    telegram: TelegramConfig = field(default_factory=TelegramConfig)
    discord: DiscordConfig = field(default_factory=DiscordConfig)
    web: WebConfig = field(default_factory=WebConfig)
    strava: StravaConfig = field(default_factory=StravaConfig)
    base_dir: Path = field(default_factory=Path.cwd)

    @property
    def needs_web(self) -> bool:
        """Whether anything needs the HTTP server (bot/web.py)."""
        return bool(self.calendar_feed_url) or self.strava.enabled or self.telegram.mode == "webhook"

    @property
    def uses_postgres(self) -> bool:
        return is_postgres_url(self.database)

    @property
    def database_path(self) -> Path:
        """The SQLite file (for PostgreSQL: a name in the config's folder, for side files)."""
        if self.uses_postgres:
            return self.base_dir / "legwork-postgres"
        return sqlite_path(self.database, self.base_dir)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class Secrets:
    telegram_token: str | None
    discord_token: str | None
    telegram_webhook_secret: str | None
    database_passwords: tuple[str, ...] = ()  # from LEGWORK_DATABASE_URL / PGPASSWORD: redacted in logs
    strava_client_id: str | None = None
    strava_client_secret: str | None = None
    strava_verify_token: str | None = None
    secret_key: str | None = None  # LEGWORK_SECRET_KEY: a Fernet key; tokens at rest are encrypted with it

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Secrets:
        e = os.environ if env is None else env
        return cls(
            telegram_token=e.get("TELEGRAM_BOT_TOKEN") or None,
            discord_token=e.get("DISCORD_BOT_TOKEN") or None,
            telegram_webhook_secret=e.get("TELEGRAM_WEBHOOK_SECRET") or None,
            database_passwords=tuple(
                p for p in (url_password(e.get(DATABASE_ENV, "")), e.get("PGPASSWORD")) if p
            ),
            strava_client_id=e.get("STRAVA_CLIENT_ID") or None,
            strava_client_secret=e.get("STRAVA_CLIENT_SECRET") or None,
            strava_verify_token=e.get("STRAVA_VERIFY_TOKEN") or None,
            secret_key=e.get("LEGWORK_SECRET_KEY") or None,
        )

    def all(self) -> list[str]:
        fixed = (
            self.telegram_token,
            self.discord_token,
            self.telegram_webhook_secret,
            self.strava_client_secret,
            self.strava_verify_token,
            self.secret_key,
        )
        return [s for s in (*fixed, *self.database_passwords) if s]


_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def is_postgres_url(database: str) -> bool:
    return database.strip().lower().startswith(PG_SCHEMES)


def sqlite_path(database: str, base_dir: Path | None = None) -> Path:
    """The file a SQLite setting names: a path or sqlite:///path (relative: beside the config)."""
    text = database.strip()
    if text.lower().startswith("sqlite:///"):
        text = text[len("sqlite:///") :]  # sqlite:////abs/path keeps its leading slash
    p = Path(text).expanduser()
    return p if p.is_absolute() or base_dir is None else base_dir / p


def url_password(database: str) -> str | None:
    """The password inside a database URL, if any (a secret: logs never show it)."""
    if not is_postgres_url(database):
        return None
    try:
        password = urlsplit(database.strip()).password
    except ValueError:  # malformed (e.g. an unclosed "["): the store says so at start, by name
        after = database.strip().split("://", 1)[-1].rpartition("@")[0]
        password = after.partition(":")[2] or None
    return unquote(password) if password else None


def redact_url(database: str) -> str:
    """A database setting fit for a log line or an error message: a URL's password becomes ***."""
    text = database.strip()
    if not is_postgres_url(text):
        return text
    try:
        parts = urlsplit(text)
    except ValueError:  # malformed: hide whatever stands where a password would
        password = url_password(text)
        return text.replace(password, "***") if password else text
    if parts.password is None:
        return text
    host = parts.netloc.rpartition("@")[2]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


def _shards(d: DiscordTable) -> tuple[int, tuple[int, ...]]:
    count, ids = d.shard_count, d.shard_ids
    if not 0 <= count <= 4096:
        raise ConfigError("[discord] shard_count must be between 1 and 4096 (or 0: not split)")
    if ids and not count:
        raise ConfigError(
            "[discord] shard_ids needs shard_count (e.g. shard_ids = [0, 1] of shard_count = 4)"
        )
    if any(not 0 <= i < count for i in ids):
        raise ConfigError(f"[discord] shard_ids must be shard numbers from 0 to {max(count - 1, 0)}")
    if len(set(ids)) != len(ids):
        raise ConfigError("[discord] shard_ids lists a shard twice")
    return count, tuple(sorted(ids))


def _database(value: str, env: Mapping[str, str]) -> str:
    from_env = env.get(DATABASE_ENV, "").strip()
    if from_env:
        if not (is_postgres_url(from_env) or from_env.lower().startswith("sqlite:///")):
            raise ConfigError(f"{DATABASE_ENV} must be a postgresql:// or sqlite:/// URL")
        return from_env
    if not value.strip():
        raise ConfigError('[bot] database must name a file, e.g. "legwork.db", or a postgresql:// URL')
    if url_password(value):
        raise ConfigError(
            f"[bot] database must not hold a password: put the whole URL in {DATABASE_ENV} "
            "(or the password in PGPASSWORD / ~/.pgpass)"
        )
    return value


def _between(section: str, key: str, value: float, low: float, high: float, what: str = "") -> None:
    if not low <= value <= high:
        raise ConfigError(f"[{section}] {key} must be between {low:g} and {high:g}{what}")


def _time(section: str, key: str, value: str) -> str:
    if not _HHMM.match(value):
        raise ConfigError(f'[{section}] {key} must be a 24-hour time like "07:00", got {value!r}')
    return value


def _origin(section: str, key: str, url: str) -> str:
    parts = urlparse(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.path not in ("", "/"):
        raise ConfigError(f'[{section}] {key} must be an origin like "https://bot.example.org", got {url!r}')
    return f"{parts.scheme}://{parts.netloc}"


def _web(w: WebTable, t: TelegramTable, webhook_url: str) -> WebConfig:
    """[web]; listen and port default to [telegram] webhook_listen / webhook_port (their older
    names), public_url to the origin of Telegram's webhook_url in webhook mode."""
    listen = t.webhook_listen if isinstance(w.listen, UnsetType) else w.listen
    port = t.webhook_port if isinstance(w.port, UnsetType) else w.port
    if not 0 <= port <= 65535:
        raise ConfigError("[web] port must be between 1 and 65535 (0: any free port)")
    public = w.public_url.strip()
    if public:
        public = _origin("web", "public_url", public.rstrip("/"))
    elif webhook_url:
        hook = urlparse(webhook_url)
        public = f"{hook.scheme}://{hook.netloc}"
    return WebConfig(listen=listen, port=port, public_url=public)


def _strava(s: StravaTable, web: WebConfig) -> StravaConfig:
    urls = {}
    for key in ("api_base_url", "oauth_base_url"):
        value = str(getattr(s, key)).rstrip("/")
        if not value.startswith(("http://", "https://")):
            raise ConfigError(f"[strava] {key} must start with http:// or https://")
        urls[key] = value
    if s.enabled and not web.public_url:
        raise ConfigError(
            "[strava] enabled needs the bot's public address for Strava's redirect and events: "
            'set [web] public_url (e.g. "https://bot.example.org")'
        )
    return StravaConfig(enabled=s.enabled, **urls)


def parse(data: dict[str, Any], base_dir: Path, env: Mapping[str, str] | None = None) -> Settings:
    """Validate a parsed TOML document into Settings (env: LEGWORK_DATABASE_URL overrides)."""
    f = read(data)
    b, r, c, t, d = f.bot, f.reminders, f.challenges, f.telegram, f.discord

    try:
        ZoneInfo(b.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            f'[bot] timezone {b.timezone!r} is not an IANA time zone (e.g. "Europe/Berlin")'
        ) from None
    database = _database(b.database, os.environ if env is None else env)
    _between("bot", "processes", b.processes, 1, 64, " (how many bot processes run at once)")
    level = b.log_level.upper()
    if level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
        raise ConfigError(f"[bot] log_level must be DEBUG, INFO, WARNING or ERROR, got {level!r}")
    if not 0 <= b.chart_workers <= 16:
        raise ConfigError("[bot] chart_workers must be between 0 (automatic) and 16")

    _between("reminders", "grace_hours", r.grace_hours, 0, 48)
    _between("reminders", "claim_lease_seconds", r.claim_lease_seconds, 1, 3600)
    _between("challenges", "max_sessions_per_day", c.max_sessions_per_day, 1, 10)
    _between("challenges", "late_days", c.late_days, 0, 14)
    digest_day = c.digest_day.lower()[:3]
    if digest_day not in DAYS:
        raise ConfigError(f"[challenges] digest_day must be one of {', '.join(DAYS)}")

    if t.mode not in {"polling", "webhook"}:
        raise ConfigError('[telegram] mode must be "polling" or "webhook"')
    if t.mode == "webhook" and not t.webhook_url.startswith("https://"):
        raise ConfigError("[telegram] webhook_url must be a public https:// URL in webhook mode")
    _between("telegram", "webhook_port", t.webhook_port, 1, 65535)
    _between("telegram", "concurrent_updates", t.concurrent_updates, 1, 256)
    _between("telegram", "poll_timeout", t.poll_timeout, 0, 60)
    for key in ("api_base_url", "file_base_url"):
        if not str(getattr(t, key)).startswith(("http://", "https://")):
            raise ConfigError(f"[telegram] {key} must start with http:// or https://")
    for key in ("api_base_url", "gateway_url"):
        value = str(getattr(d, key))
        if value and not value.startswith(("http://", "https://", "ws://", "wss://")):
            raise ConfigError(f"[discord] {key} must be an http(s):// or ws(s):// URL")
    web = _web(f.web, t, t.webhook_url if t.mode == "webhook" else "")
    feed_url = ""
    if f.calendar.feed:
        if not web.public_url:
            raise ConfigError(
                "[calendar] feed needs the bot's public address: set [web] public_url "
                '(e.g. "https://bot.example.org"), or feed = false'
            )
        feed_url = web.public_url + CALENDAR_PATH
    strava = _strava(f.strava, web)
    if d.dev_guild_id and not d.dev_guild_id.isdigit():
        raise ConfigError("[discord] dev_guild_id must be a numeric guild id (or empty)")
    shard_count, shard_ids = _shards(d)

    return Settings(
        timezone=b.timezone,
        database=database,
        processes=b.processes,
        log_level=level,
        chart_workers=b.chart_workers,
        reminder_time=_time("reminders", "time", r.time),
        reminder_grace_hours=r.grace_hours,
        reminder_claim_lease_seconds=r.claim_lease_seconds,
        recovery_week=r.recovery_week,
        challenge_max_per_day=c.max_sessions_per_day,
        challenge_late_days=c.late_days,
        digest_day=digest_day,
        digest_time=_time("challenges", "digest_time", c.digest_time),
        calendar_feed_url=feed_url,
        telegram=TelegramConfig(**msgspec.structs.asdict(t)),
        discord=DiscordConfig(
            **{**msgspec.structs.asdict(d), "shard_count": shard_count, "shard_ids": shard_ids}
        ),
        web=web,
        strava=strava,
        base_dir=base_dir,
    )


def load(path: Path | str | None = None, env: Mapping[str, str] | None = None) -> Settings:
    """Read and validate a config file (default: the repo's config.toml); env defaults to os.environ."""
    p = Path(path) if path else DEFAULT_CONFIG
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"config file {str(p)!r} not found (use --config PATH)") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config file {str(p)!r} is not valid TOML: {exc}") from None
    try:
        return parse(data, p.resolve().parent, env)
    except ConfigError as exc:
        if str(exc).startswith("["):  # about a table of this file: say which file
            raise ConfigError(f"{p.name}: {exc}") from None
        raise
