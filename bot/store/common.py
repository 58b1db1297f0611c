"""What every store backend shares that is not part of the port: the migration files' layout,
the schema-too-new refusal, weekday masks and the counting rules' lateness check."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from importlib import resources
from zoneinfo import ZoneInfo

HANDLED_KEEP = timedelta(days=2)  # Telegram keeps unconfirmed updates for 24 hours
# claim_update's answers: handle it now / it was handled / another process is handling it now
UPDATE_NEW, UPDATE_DONE, UPDATE_BUSY = "new", "done", "busy"
POST_ATTEMPTS = 3  # a digest or result whose send failed (not blocked) is retried this often


class SchemaTooNew(Exception):
    """The database was written by a newer Legwork than this one."""


def read_migrations(package: str) -> list[tuple[int, str, str]]:
    """(number, name, sql) of every migration in `package`/migrations, in order (numbered 1..n)."""
    found = []
    for entry in resources.files(package).joinpath("migrations").iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            found.append((int(name[:4]), name, entry.read_text(encoding="utf-8")))
    found.sort()
    numbers = [n for n, _, _ in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise RuntimeError(f"migrations are not numbered 1..n: {numbers}")
    return found


def days_mask(days: Iterable[int]) -> int:
    """Weekday numbers (0 = Monday) as a bit mask."""
    mask = 0
    for d in days:
        if not 0 <= d <= 6:
            raise ValueError(f"weekday out of range: {d}")
        mask |= 1 << d
    return mask


def mask_days(mask: int) -> tuple[int, ...]:
    return tuple(d for d in range(7) if mask >> d & 1)


def on_time(logged_at: datetime, local_date: date, zone: ZoneInfo, late_days: int) -> bool:
    """A session counts on a board unless logged more than late_days after its own day."""
    return (logged_at.astimezone(zone).date() - local_date).days <= late_days
