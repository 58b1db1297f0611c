"""python-telegram-bot: a 429's wait as a timedelta, without loading the library.

PTB 22 keeps ``RetryAfter``'s wait as a timedelta in the private ``_retry_after`` slot (its own
rate limiter reads it there) and warns when the public ``retry_after`` is read as a number.
This module imports nothing from PTB, so bot/services/ratelimit.py can use it in a process
that runs only Discord or the console.
"""

from __future__ import annotations

from datetime import timedelta

CHECKED = ">=22.8,<22.9"  # python-telegram-bot 22.8


def retry_after_delta(exc: BaseException) -> timedelta | None:
    """The wait a PTB ``RetryAfter`` carries, or None for any other exception."""
    value = getattr(exc, "_retry_after", None)
    return value if isinstance(value, timedelta) else None
