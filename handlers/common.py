"""Small helpers shared by handlers: time zones, users, error replies."""

from __future__ import annotations

import calendar
import unicodedata
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from handlers.deps import Deps
from handlers.store import UserRow
from handlers.types import Reply, Request, esc

MAX_NOTE = 500


def dated_example(template: str, today: date) -> str:
    """Fill an example's date fields from today, so no example ever shows a date in the past.

    Fields: {race} (six weeks ahead), {end} (the last day of next month), {month} (next month's name).
    """
    nxt = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
    end = nxt.replace(day=calendar.monthrange(nxt.year, nxt.month)[1])
    return template.format(
        race=(today + timedelta(weeks=6)).isoformat(), end=end.isoformat(), month=nxt.strftime("%B")
    )


def bad(problem: str, example: str) -> list[Reply]:
    """The standard reply to wrong input: what was wrong and an example of the right form."""
    return [Reply(f"{esc(problem)}\nExample: <code>{esc(example)}</code>")]


def zone(name: str | None, default: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or default)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(default)


def parse_zone(text: str) -> ZoneInfo | None:
    """An IANA zone from user text (case-insensitive), or None."""
    cleaned = text.strip()
    if not cleaned or len(cleaned) > 64 or ".." in cleaned or cleaned.startswith("/"):
        return None
    if cleaned in _ZONES:
        return ZoneInfo(cleaned)
    match = _ZONES_LOWER.get(cleaned.lower())
    return ZoneInfo(match) if match else None


_ZONES = frozenset(available_timezones())
_ZONES_LOWER = {z.lower(): z for z in _ZONES}


async def current_user(req: Request, deps: Deps) -> UserRow:
    return await deps.store.ensure_user(
        req.chat.platform, req.chat.user_id, clean_name(req.display_name), req.now
    )


def user_zone(user: UserRow, deps: Deps) -> ZoneInfo:
    return zone(user.tz, deps.settings.timezone)


def local_today(user: UserRow, deps: Deps, now: datetime) -> date:
    return now.astimezone(user_zone(user, deps)).date()


def clean_text(text: str, limit: int) -> str:
    """Drop control and format characters (RTL marks, zero-width) and cap the length."""
    out = text[: limit * 2]
    if not out.isprintable():  # printable text has no control or format characters: nothing to drop
        out = "".join(ch if ch in "\n\t" or unicodedata.category(ch)[0] != "C" else " " for ch in out)
    return " ".join(out.split())[:limit]


def clean_name(name: str) -> str:
    return clean_text(name, 64) or "runner"


def day_code(day: date) -> str:
    """ "20261201": how buttons carry a date (compact, and cheap to make in a reminder burst)."""
    return day.isoformat().replace("-", "")


def week_index(user: UserRow, today: date) -> int:
    """Weeks since the runner first used the bot (drives progression and recovery weeks)."""
    start = user.created_at.date()
    return max(0, (today - start).days // 7)
