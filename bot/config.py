"""Loading and validating config.toml; secrets come only from the environment."""

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

from handlers.settings import HandlerSettings

DEFAULT_CONFIG = Path(__file__).resolve().parent.parent / "config.toml"
DATABASE_ENV = "LEGWORK_DATABASE_URL"  # overrides [bot] database (a PostgreSQL URL's password lives here)
PG_SCHEMES = ("postgresql://", "postgres://")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
CALENDAR_PATH = "/calendar"  # the feed URLs: <[web] public_url>/calendar/<token>.ics
STRAVA_API = "https://www.strava.com/api/v3"
STRAVA_OAUTH = "https://www.strava.com/oauth"


class ConfigError(Exception):
    """A setting is missing or wrong; the message names it."""


@dataclass(frozen=True)
class TelegramConfig:
    api_base_url: str = "https://api.telegram.org/bot"
    file_base_url: str = "https://api.telegram.org/file/bot"
    mode: str = "polling"  # "polling" | "webhook"
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_url: str = ""
    concurrent_updates: int = 8
    poll_timeout: int = 30


@dataclass(frozen=True)
class DiscordConfig:
    api_base_url: str = "https://discord.com/api/v10"
    gateway_url: str = ""  # empty: ask Discord for it
    dev_guild_id: str = ""  # empty: sync commands globally
    sharded: bool = False  # one process runs every shard, as many as Discord recommends
    shard_count: int = 0  # > 0: the bot's total shards, split across processes with shard_ids
    shard_ids: tuple[int, ...] = ()  # this process's shards (empty: all of shard_count)

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

    listen: str = "0.0.0.0"
    port: int = 8443
    public_url: str = ""  # the origin the world reaches it at, e.g. https://bot.example.org


@dataclass(frozen=True)
class StravaConfig:
    enabled: bool = False
    api_base_url: str = STRAVA_API
    oauth_base_url: str = STRAVA_OAUTH


@dataclass(frozen=True)
class Settings(HandlerSettings):
    """Every setting; the handler-facing ones (timezone, reminder_time, challenge_*, digest_time)
    come from handlers.settings.HandlerSettings, so a Settings is what Deps takes."""

    database: str = "legwork.db"
    processes: int = 1  # bot processes sharing the platforms' send budgets (each paces at 1/N)
    log_level: str = "INFO"
    chart_workers: int = 0  # processes that draw charts; 0: one fewer than the CPUs, at most 4
    reminder_grace_hours: float = 2.0
    reminder_claim_lease_seconds: float = 120.0
    digest_day: str = "mon"
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


def _shards(d: dict[str, Any]) -> tuple[int, tuple[int, ...]]:
    count = _get(d, "discord", "shard_count", int, 0)
    if not 0 <= count <= 4096:
        raise ConfigError("[discord] shard_count must be between 1 and 4096 (or 0: not split)")
    ids = _get(d, "discord", "shard_ids", list, [])
    if ids and not count:
        raise ConfigError(
            "[discord] shard_ids needs shard_count (e.g. shard_ids = [0, 1] of shard_count = 4)"
        )
    if any(not isinstance(i, int) or isinstance(i, bool) or not 0 <= i < count for i in ids):
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


def _get(table: dict[str, Any], section: str, key: str, kind: type, default: Any) -> Any:
    if key not in table:
        return default
    value = table[key]
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ConfigError(f"[{section}] {key} must be a {kind.__name__}, got {value!r}")
    return value


def _check_keys(table: dict[str, Any], section: str, allowed: set[str]) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise ConfigError(f"[{section}] unknown setting {unknown[0]!r} (known: {', '.join(sorted(allowed))})")


def _time(section: str, key: str, value: str) -> str:
    if not _HHMM.match(value):
        raise ConfigError(f'[{section}] {key} must be a 24-hour time like "07:00", got {value!r}')
    return value


def _origin(section: str, key: str, url: str) -> str:
    parts = urlparse(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.path not in ("", "/"):
        raise ConfigError(f'[{section}] {key} must be an origin like "https://bot.example.org", got {url!r}')
    return f"{parts.scheme}://{parts.netloc}"


def _web(w: dict[str, Any], t: dict[str, Any], webhook_url: str) -> WebConfig:
    """[web]; listen and port default to [telegram] webhook_listen / webhook_port (their older
    names), public_url to the origin of Telegram's webhook_url in webhook mode."""
    _check_keys(w, "web", {"listen", "port", "public_url"})
    listen = _get(w, "web", "listen", str, _get(t, "telegram", "webhook_listen", str, WebConfig.listen))
    port = _get(w, "web", "port", int, _get(t, "telegram", "webhook_port", int, WebConfig.port))
    if not 0 <= port <= 65535:
        raise ConfigError("[web] port must be between 1 and 65535 (0: any free port)")
    public = _get(w, "web", "public_url", str, "").strip()
    if public:
        public = _origin("web", "public_url", public.rstrip("/"))
    elif webhook_url:
        hook = urlparse(webhook_url)
        public = f"{hook.scheme}://{hook.netloc}"
    return WebConfig(listen=listen, port=port, public_url=public)


def _strava(s: dict[str, Any], web: WebConfig) -> StravaConfig:
    _check_keys(s, "strava", {"enabled", "api_base_url", "oauth_base_url"})
    enabled = _get(s, "strava", "enabled", bool, False)
    urls = {}
    for key, default in (("api_base_url", STRAVA_API), ("oauth_base_url", STRAVA_OAUTH)):
        value = _get(s, "strava", key, str, default).rstrip("/")
        if not value.startswith(("http://", "https://")):
            raise ConfigError(f"[strava] {key} must start with http:// or https://")
        urls[key] = value
    if enabled and not web.public_url:
        raise ConfigError(
            "[strava] enabled needs the bot's public address for Strava's redirect and events: "
            'set [web] public_url (e.g. "https://bot.example.org")'
        )
    return StravaConfig(enabled=enabled, **urls)


def parse(data: dict[str, Any], base_dir: Path, env: Mapping[str, str] | None = None) -> Settings:
    """Validate a parsed TOML document into Settings (env: LEGWORK_DATABASE_URL overrides)."""
    names = ("bot", "reminders", "challenges", "calendar", "telegram", "discord", "web", "strava")
    _check_keys(data, "top level", set(names))
    sections = {}
    for name in names:
        sec = data.get(name, {})
        if not isinstance(sec, dict):
            raise ConfigError(f"[{name}] must be a table")
        sections[name] = sec
    b, r, c, t, d = (sections[n] for n in ("bot", "reminders", "challenges", "telegram", "discord"))
    cal = sections["calendar"]
    _check_keys(cal, "calendar", {"feed"})
    _check_keys(b, "bot", {"timezone", "database", "log_level", "chart_workers", "processes"})
    _check_keys(r, "reminders", {"time", "grace_hours", "recovery_week", "claim_lease_seconds"})
    _check_keys(c, "challenges", {"max_sessions_per_day", "late_days", "digest_day", "digest_time"})
    _check_keys(
        t,
        "telegram",
        {"api_base_url", "file_base_url", "mode", "webhook_listen", "webhook_port", "webhook_url"}
        | {"concurrent_updates", "poll_timeout"},
    )
    _check_keys(
        d, "discord", {"api_base_url", "gateway_url", "dev_guild_id", "sharded", "shard_count", "shard_ids"}
    )

    tz = _get(b, "bot", "timezone", str, "UTC")
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f'[bot] timezone {tz!r} is not an IANA time zone (e.g. "Europe/Berlin")') from None
    database = _database(_get(b, "bot", "database", str, "legwork.db"), os.environ if env is None else env)
    processes = _get(b, "bot", "processes", int, 1)
    if not 1 <= processes <= 64:
        raise ConfigError("[bot] processes must be between 1 and 64 (how many bot processes run at once)")
    level = _get(b, "bot", "log_level", str, "INFO").upper()
    if level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
        raise ConfigError(f"[bot] log_level must be DEBUG, INFO, WARNING or ERROR, got {level!r}")
    chart_workers = _get(b, "bot", "chart_workers", int, 0)
    if not 0 <= chart_workers <= 16:
        raise ConfigError("[bot] chart_workers must be between 0 (automatic) and 16")

    grace = _get(r, "reminders", "grace_hours", float, 2.0)
    if not 0 <= grace <= 48:
        raise ConfigError("[reminders] grace_hours must be between 0 and 48")
    lease = _get(r, "reminders", "claim_lease_seconds", float, 120.0)
    if not 1 <= lease <= 3600:
        raise ConfigError("[reminders] claim_lease_seconds must be between 1 and 3600")
    max_day = _get(c, "challenges", "max_sessions_per_day", int, 1)
    if not 1 <= max_day <= 10:
        raise ConfigError("[challenges] max_sessions_per_day must be between 1 and 10")
    late = _get(c, "challenges", "late_days", int, 2)
    if not 0 <= late <= 14:
        raise ConfigError("[challenges] late_days must be between 0 and 14")
    digest_day = _get(c, "challenges", "digest_day", str, "mon").lower()[:3]
    if digest_day not in DAYS:
        raise ConfigError(f"[challenges] digest_day must be one of {', '.join(DAYS)}")

    mode = _get(t, "telegram", "mode", str, "polling")
    if mode not in {"polling", "webhook"}:
        raise ConfigError('[telegram] mode must be "polling" or "webhook"')
    webhook_url = _get(t, "telegram", "webhook_url", str, "")
    if mode == "webhook" and not webhook_url.startswith("https://"):
        raise ConfigError("[telegram] webhook_url must be a public https:// URL in webhook mode")
    port = _get(t, "telegram", "webhook_port", int, 8443)
    if not 1 <= port <= 65535:
        raise ConfigError("[telegram] webhook_port must be between 1 and 65535")
    cu = _get(t, "telegram", "concurrent_updates", int, 8)
    if not 1 <= cu <= 256:
        raise ConfigError("[telegram] concurrent_updates must be between 1 and 256")
    poll_timeout = _get(t, "telegram", "poll_timeout", int, 30)
    if not 0 <= poll_timeout <= 60:
        raise ConfigError("[telegram] poll_timeout must be between 0 and 60")
    for key in ("api_base_url", "file_base_url"):
        if key in t and not str(t[key]).startswith(("http://", "https://")):
            raise ConfigError(f"[telegram] {key} must start with http:// or https://")
    for key in ("api_base_url", "gateway_url"):
        if d.get(key) and not str(d[key]).startswith(("http://", "https://", "ws://", "wss://")):
            raise ConfigError(f"[discord] {key} must be an http(s):// or ws(s):// URL")
    web = _web(sections["web"], t, webhook_url if mode == "webhook" else "")
    feed_url = ""
    if _get(cal, "calendar", "feed", bool, False):
        if not web.public_url:
            raise ConfigError(
                "[calendar] feed needs the bot's public address: set [web] public_url "
                '(e.g. "https://bot.example.org"), or feed = false'
            )
        feed_url = web.public_url + CALENDAR_PATH
    strava = _strava(sections["strava"], web)
    guild = _get(d, "discord", "dev_guild_id", str, "")
    if guild and not guild.isdigit():
        raise ConfigError("[discord] dev_guild_id must be a numeric guild id (or empty)")
    shard_count, shard_ids = _shards(d)

    return Settings(
        timezone=tz,
        database=database,
        processes=processes,
        log_level=level,
        chart_workers=chart_workers,
        reminder_time=_time("reminders", "time", _get(r, "reminders", "time", str, "07:00")),
        reminder_grace_hours=grace,
        reminder_claim_lease_seconds=lease,
        recovery_week=_get(r, "reminders", "recovery_week", bool, True),
        challenge_max_per_day=max_day,
        challenge_late_days=late,
        digest_day=digest_day,
        digest_time=_time("challenges", "digest_time", _get(c, "challenges", "digest_time", str, "08:00")),
        calendar_feed_url=feed_url,
        telegram=TelegramConfig(
            api_base_url=_get(t, "telegram", "api_base_url", str, TelegramConfig.api_base_url),
            file_base_url=_get(t, "telegram", "file_base_url", str, TelegramConfig.file_base_url),
            mode=mode,
            webhook_listen=_get(t, "telegram", "webhook_listen", str, "0.0.0.0"),
            webhook_port=port,
            webhook_url=webhook_url,
            concurrent_updates=cu,
            poll_timeout=poll_timeout,
        ),
        discord=DiscordConfig(
            api_base_url=_get(d, "discord", "api_base_url", str, DiscordConfig.api_base_url),
            gateway_url=_get(d, "discord", "gateway_url", str, ""),
            dev_guild_id=guild,
            sharded=_get(d, "discord", "sharded", bool, False),
            shard_count=shard_count,
            shard_ids=shard_ids,
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
    return parse(data, p.resolve().parent, env)
