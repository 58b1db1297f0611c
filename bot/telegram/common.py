"""What the Telegram adapter's parts share: their logger, error text and a few Bot API constants.

The adapter is split by job (adapter.py: lifecycle and update handling; polling.py, webhook.py,
delivery.py, incoming.py), but it logs as one: every part writes to the ``bot.telegram.adapter``
logger, so log lines, their logger name and the redaction filter on it (bot/logs.py) are the same
whichever file the code lives in.
"""

from __future__ import annotations

import logging

log = logging.getLogger("bot.telegram.adapter")

# The loggers the adapter puts its secret filter on (see TelegramAdapter and bot.logs.guard):
# its own, the renderer's, and the libraries whose records can carry the token.
OWN_LOGGERS = (log.name, "bot.telegram.render")
LIBRARY_LOGGERS = ("telegram", "httpx", "httpcore")

ALLOWED_UPDATES = ["message", "callback_query"]
APOLOGY = "Sorry, something went wrong on my side. Please try again in a moment."


def describe(exc: BaseException | None) -> str:
    """One line for a log: the error's type and the start of its text (no traceback)."""
    if exc is None:
        return "unknown error"
    return f"{type(exc).__name__}: {str(exc)[:300]}"
