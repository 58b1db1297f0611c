from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from bot import config
from bot.logs import RedactSecrets

ROOT = Path(__file__).resolve().parent.parent


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "c.toml"
    p.write_text(text)
    return p


def test_repo_config_loads() -> None:
    s = config.load(ROOT / "config.toml")
    assert s.timezone == "UTC" and s.reminder_grace_hours == 2.0
    assert s.telegram.concurrent_updates >= 1
    assert s.database_path == ROOT / "legwork.db"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('[bot]\ntimezone = "Mars/Olympus"', "[bot] timezone"),
        ('[bot]\ndatabase = ""', "[bot] database"),
        ("[bot]\nbogus = 1", "bogus"),
        ("[reminders]\ngrace_hours = -1", "grace_hours"),
        ('[reminders]\ntime = "25:00"', "[reminders] time"),
        ("[reminders]\ntime = 7", "[reminders] time"),
        ("[challenges]\nmax_sessions_per_day = 0", "max_sessions_per_day"),
        ('[challenges]\ndigest_day = "someday"', "digest_day"),
        ('[telegram]\nmode = "carrier-pigeon"', "[telegram] mode"),
        ('[telegram]\nmode = "webhook"', "webhook_url"),
        ('[telegram]\napi_base_url = "ftp://x"', "api_base_url"),
        ('[discord]\ndev_guild_id = "abc"', "dev_guild_id"),
        ("[calendar]\nfeed = true", "[calendar] feed"),  # polling mode serves no HTTP
        ('[calendar]\nfeed = "yes"', "[calendar] feed"),
        ("[calendar]\nurl = 1", "url"),
        ('[web]\npublic_url = "bot.example.org"', "[web] public_url"),
        ('[web]\npublic_url = "https://bot.example.org/legwork"', "[web] public_url"),
        ("[web]\nport = 70000", "[web] port"),
        ("[web]\nhost = 1", "host"),
        ("[strava]\nenabled = true", "[web] public_url"),  # Strava must reach the bot
        ('[strava]\napi_base_url = "ftp://x"', "[strava] api_base_url"),
        ('[strava]\nclient_secret = "x"', "client_secret"),  # secrets only from the environment
        ("[discord]\nshard_ids = [0]", "needs shard_count"),
        ("[bot]\nprocesses = 0", "[bot] processes"),
        ("[discord]\nshard_count = 2\nshard_ids = [2]", "[discord] shard_ids"),
        ("[discord]\nshard_count = 2\nshard_ids = [1, 1]", "twice"),
        ('[bot]\ndatabase = "postgresql://bot:pw@db/legwork"', "must not hold a password"),
        ("this is not toml", "not valid TOML"),
        ('[telegram]\nconcurrent_updates = "8"', "[telegram] concurrent_updates: expected int, got str"),
        ("[reminders]\ngrace_hours = true", "[reminders] grace_hours: expected float, got bool"),
        ('[discord]\nshard_ids = [0, "1"]', "[discord] shard_ids[1]: expected int, got str"),
        ("bot = 5", "[bot]: expected table, got int"),
        ("[reminders]\ntime = 07:00:00", "write it in quotes"),
        ("[nonsense]\nx = 1", "[top level] unknown setting 'nonsense'"),
    ],
)
def test_bad_settings_are_named(tmp_path: Path, text: str, names: str) -> None:
    with pytest.raises(config.ConfigError) as err:
        config.load(write(tmp_path, text))
    assert names in str(err.value)


def test_a_wrong_type_names_the_file_table_and_key(tmp_path: Path) -> None:
    with pytest.raises(config.ConfigError) as err:
        config.load(write(tmp_path, '[bot]\ntimezone = "UTC"\n[telegram]\nconcurrent_updates = "eight"'))
    assert str(err.value) == "c.toml: [telegram] concurrent_updates: expected int, got str"
    with pytest.raises(config.ConfigError) as err:
        config.load(write(tmp_path, "[web]\nlisten = 8080"))
    assert str(err.value) == "c.toml: [web] listen: expected str, got int"


def test_an_empty_file_gives_the_settings_defaults(tmp_path: Path) -> None:
    # The file's shape (bot/config_file.py) holds the defaults; Settings() takes the same ones.
    s = config.load(write(tmp_path, ""), env={})
    assert s == replace(config.Settings(), base_dir=tmp_path)
    assert s.telegram.mode == "polling" and s.web.port == s.telegram.webhook_port == 8443


def test_calendar_feed_is_off_by_default_and_lives_on_the_webhook_server(tmp_path: Path) -> None:
    assert config.load(ROOT / "config.toml").calendar_feed_url == ""
    s = config.load(
        write(
            tmp_path,
            '[calendar]\nfeed = true\n[telegram]\nmode = "webhook"\n'
            'webhook_url = "https://bot.example:8443/tg/hook"',
        )
    )
    assert s.calendar_feed_url == "https://bot.example:8443/calendar"


def test_web_server_settings_and_the_feed_without_telegram_webhooks(tmp_path: Path) -> None:
    s = config.load(
        write(tmp_path, '[calendar]\nfeed = true\n[web]\nport = 9000\npublic_url = "https://b.example/"')
    )
    assert s.calendar_feed_url == "https://b.example/calendar"
    assert (s.web.listen, s.web.port, s.needs_web, s.strava.enabled) == ("0.0.0.0", 9000, True, False)
    plain = config.load(ROOT / "config.toml")
    assert not plain.needs_web and plain.strava.api_base_url == "https://www.strava.com/api/v3"
    # [telegram] webhook_listen / webhook_port are the server's older names: still honoured.
    hook = config.load(
        write(
            tmp_path,
            '[telegram]\nmode = "webhook"\nwebhook_url = "https://h.example/tg"\nwebhook_port = 8441\n'
            '[strava]\nenabled = true\napi_base_url = "http://127.0.0.1:9/api/v3/"',
        )
    )
    assert (hook.web.port, hook.web.public_url, hook.needs_web) == (8441, "https://h.example", True)
    assert hook.strava.enabled and hook.strava.api_base_url == "http://127.0.0.1:9/api/v3"


def test_strava_secrets_come_from_the_environment_and_are_redacted() -> None:
    env = {
        "STRAVA_CLIENT_SECRET": "cs-123456",
        "STRAVA_VERIFY_TOKEN": "vt-654321",
        "LEGWORK_SECRET_KEY": "k" * 44,
    }
    secrets = config.Secrets.from_env(env)
    assert secrets.strava_client_secret == "cs-123456" and secrets.strava_client_id is None
    assert {"cs-123456", "vt-654321", "k" * 44} <= set(secrets.all())


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(config.ConfigError, match="not found"):
        config.load(tmp_path / "nope.toml")


def test_relative_database_is_beside_the_config(tmp_path: Path) -> None:
    s = config.load(write(tmp_path, '[bot]\ndatabase = "data/x.db"\ntimezone = "Europe/Berlin"'))
    assert s.database_path == tmp_path / "data" / "x.db"
    assert s.zone.key == "Europe/Berlin"


def test_secrets_only_from_environment() -> None:
    s = config.Secrets.from_env({"TELEGRAM_BOT_TOKEN": "123:abc", "DISCORD_BOT_TOKEN": ""})
    assert s.telegram_token == "123:abc" and s.discord_token is None
    assert s.all() == ["123:abc"]


@pytest.mark.subprocess
def test_bad_config_stops_start_up_with_the_setting_named(tmp_path: Path) -> None:
    p = write(tmp_path, '[bot]\ntimezone = "Nowhere/Land"')
    out = subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(p), "console", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        input="",
        timeout=60,
    )
    assert out.returncode == 2
    assert "[bot] timezone" in out.stderr
    assert "Traceback" not in out.stderr


def test_redaction_filter_hides_secrets_in_messages_and_tracebacks() -> None:
    import logging

    f = RedactSecrets(["SECRET123"])
    try:
        raise ValueError("url /botSECRET123/getMe")
    except ValueError:
        import sys as _sys

        rec = logging.LogRecord("x", logging.ERROR, "f", 1, "calling %s", ("botSECRET123",), _sys.exc_info())
    f.filter(rec)
    assert "SECRET123" not in rec.getMessage()
    assert rec.exc_text and "SECRET123" not in rec.exc_text


def test_database_url_from_the_environment_overrides_and_its_password_is_a_secret(tmp_path: Path) -> None:
    path = write(tmp_path, '[bot]\ndatabase = "legwork.db"\n[discord]\nshard_count = 4\nshard_ids = [3, 1]')
    env = {"LEGWORK_DATABASE_URL": "postgresql://bot:pa%3Ass@db.internal:5432/legwork"}
    s = config.load(path, env=env)
    assert s.uses_postgres and s.database == env["LEGWORK_DATABASE_URL"]
    assert s.discord.shard_ids == (1, 3) and not s.discord.syncs_commands
    assert config.Secrets.from_env(env).all() == ["pa:ss"]
    assert not config.load(path, env={}).uses_postgres
    assert config.load(path, env={}).database_path == tmp_path / "legwork.db"
    with pytest.raises(config.ConfigError, match="LEGWORK_DATABASE_URL"):
        config.load(path, env={"LEGWORK_DATABASE_URL": "mysql://x"})
