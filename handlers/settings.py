"""The settings handlers read: a plain value, filled in by bot/config from config.toml."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HandlerSettings:
    """What commands need to know of the configuration (bot.config.Settings extends it)."""

    timezone: str = "UTC"  # [bot] timezone: the zone of users and chats that set none
    reminder_time: str = "07:00"  # [reminders] time: default local time of a new schedule
    challenge_max_per_day: int = 1  # [challenges] max_sessions_per_day
    challenge_late_days: int = 2  # [challenges] late_days
    digest_time: str = "08:00"  # [challenges] digest_time: when results and digests go out
