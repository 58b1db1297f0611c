"""Logging set-up that can never print a secret.

Two rules keep secrets out of every log level:

- Known secrets (the bot tokens, the webhook secret, database passwords) are replaced with
  ``<redacted>`` in each record's text, traceback and stack (``RedactSecrets``, on the handler and,
  by the Telegram adapter through ``guard``, on the loggers whose records tests capture).
- The libraries' DEBUG records carry whole request and event payloads: python-telegram-bot logs
  every Bot API call's parameters and result, discord.py every gateway event and request body,
  httpx/httpcore/aiohttp the URLs (with Telegram's token in them). Those payloads hold what no
  fixed list can name: /link codes, calendar feed tokens, users' messages. So the same filter drops
  a library's records below its ``LIBRARY_LEVELS`` level (INFO for most) whatever ``log_level``
  says; DEBUG is Legwork's own loggers, which log command names and ids, never message text.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable

REDACTED = "<redacted>"

# The most verbose level each library's records may have (its DEBUG records carry payloads).
LIBRARY_LEVELS: dict[str, int] = {
    "telegram": logging.INFO,
    "discord": logging.INFO,
    "aiohttp": logging.INFO,
    "asyncpg": logging.INFO,
    "aiosqlite": logging.INFO,
    "websockets": logging.INFO,
    "hpack": logging.INFO,
    "multipart": logging.INFO,
    "matplotlib": logging.INFO,
    "PIL": logging.INFO,
    # httpx logs every request URL at INFO, and Telegram's URLs contain the token.
    "httpx": logging.WARNING,
    "httpcore": logging.WARNING,
    "apscheduler": logging.WARNING,
}


class RedactSecrets(logging.Filter):
    """Replaces every known secret in a record's text, traceback and stack with ``<redacted>``."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets: list[str] = []
        for s in secrets:
            self.add(s)

    def add(self, secret: str) -> None:
        if secret and secret not in self.secrets:
            self.secrets.append(secret)
            self.secrets.sort(key=len, reverse=True)  # a secret containing another goes first

    def redact(self, text: str) -> str:
        for s in self.secrets:
            text = text.replace(s, REDACTED)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        least = LIBRARY_LEVELS.get(record.name.split(".", 1)[0])
        if least is not None and record.levelno < least:
            return False
        if not self.secrets:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a broken record: leave it to the handler's error path
            return True
        clean = self.redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def guard(redact: RedactSecrets, names: Iterable[str], libraries: Iterable[str] = ()) -> list[logging.Logger]:
    """Put `redact` on the loggers `names` and on every logger that exists under `libraries`.

    A filter on a logger runs before any handler sees its records, including handlers that are
    not the root's (pytest's caplog): an adapter made without ``setup`` (a test, a bench) still
    never lets its token through. Returns the loggers it was added to, for ``unguard``."""
    wanted = set(names) | set(libraries)
    prefixes = set(libraries)
    wanted.update(n for n in logging.root.manager.loggerDict if n.split(".", 1)[0] in prefixes)
    added = []
    for name in sorted(wanted):
        logger = logging.getLogger(name)
        if redact not in logger.filters:
            logger.addFilter(redact)
            added.append(logger)
    return added


def unguard(redact: RedactSecrets, loggers: Iterable[logging.Logger]) -> None:
    """Take `redact` off the loggers ``guard`` put it on."""
    for logger in loggers:
        logger.removeFilter(redact)


def setup(level: str, secrets: Iterable[str], stream: object = None) -> RedactSecrets:
    """The root handler (redacting `secrets`) at `level`; the libraries held back as above."""
    redact = RedactSecrets(secrets)
    handler = logging.StreamHandler(stream or sys.stderr)  # type: ignore[arg-type]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(redact)
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for name in ("httpx", "httpcore", "apscheduler"):  # not even created: they are chatty
        logging.getLogger(name).setLevel(logging.WARNING)
    return redact
