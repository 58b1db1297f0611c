"""Small helpers shared by handlers: time zones, users, error replies, CSV files."""

from __future__ import annotations

import calendar
import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from handlers.deps import Deps
from handlers.rows import UserRow
from handlers.types import Reply, Request, esc

MAX_NOTE = 500
DIGITS_ONLY = "Write numbers with the digits 0-9."

# --- numbers: the one place user text becomes a number ------------------------------------------
# str.isdigit() and regex \d accept any Unicode digit ("²", "٣", "３"), and int() then either
# fails ("²") or quietly reads another script's digits. Only ASCII digits are numbers here.
_ASCII_INT = re.compile(r"[0-9]{1,9}", re.ASCII)


def parse_int(text: str, lo: int | None = None, hi: int | None = None) -> int | None:
    """A whole number written with the ASCII digits 0-9 (at most 9 of them), within [lo, hi]; else None."""
    if not _ASCII_INT.fullmatch(text):
        return None
    value = int(text)
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        return None
    return value


def looks_numeric(text: str) -> bool:
    """Whether the word is meant as a number: digits of any script, perhaps with a sign or a point."""
    core = text.lstrip("+-").replace(",", "").replace(".", "", 1)
    return bool(core) and all(ch.isdigit() for ch in core)  # isdigit: any script's, and "²"


def parse_day_code(text: str) -> date | None:
    """The date of a button's "YYYYMMDD" (ASCII digits only; strptime would take any script's)."""
    if not re.fullmatch(r"[0-9]{8}", text, re.ASCII):
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None


def parse_iso_date(text: str) -> date | None:
    """A YYYY-MM-DD date in ASCII digits, or None."""
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text, re.ASCII):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


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
    """A real Area/City IANA zone (or UTC) from user text, case-insensitive; else None.

    tzdata also ships names that are not places: "localtime", "Factory", "posix/...",
    "right/..." (leap-second clocks), "Etc/GMT+5" (sign inverted), "EST5EDT", "US/..." links.
    """
    cleaned = text.strip()
    if not cleaned or len(cleaned) > 64:
        return None
    match = _ZONES_LOWER.get(cleaned.lower())
    return ZoneInfo(match) if match else None


_AREAS = frozenset(
    {
        "Africa",
        "America",
        "Antarctica",
        "Arctic",
        "Asia",
        "Atlantic",
        "Australia",
        "Europe",
        "Indian",
        "Pacific",
    }
)


def _is_place(name: str) -> bool:
    return name == "UTC" or ("/" in name and name.split("/", 1)[0] in _AREAS)


ZONE_NAMES = frozenset(z for z in available_timezones() if _is_place(z))
_ZONES_LOWER = {z.lower(): z for z in ZONE_NAMES}


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


async def presses_own(req: Request, deps: Deps, owner: str) -> bool:
    """Whether a button carrying `owner` (a platform user id) is the presser's: their own, or the
    runner's when the presser is a linked account (a reminder carries the runner's first id)."""
    if owner == req.chat.user_id:
        return True
    user = await deps.store.get_user(req.chat.platform, req.chat.user_id)
    if user is None or user.account_id is None:
        return False
    return any(a.platform_user_id == owner for a in await deps.store.linked_accounts(user.id))


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """An /export file: the header row, then the rows, as UTF-8 CSV."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")
