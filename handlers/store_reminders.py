"""The port for the reminder service (bot/services/reminders.py): the queue of due reminders.

A claim is the store's record that one (schedule, local date) is being sent; the scheduler's plan
for each due row is passed in (``plan``), so what a day brings is decided in content/calendar.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Protocol

from handlers.rows import ClaimBatch, ClaimPlan, DueReminder, Scope, Unsent


class ReminderQueue(Protocol):
    async def next_reminder_due(
        self, platforms: Iterable[str], scopes: Mapping[str, Scope | None] | None = None
    ) -> datetime | None: ...
    async def claim_due(
        self,
        platform: str,
        now: datetime,
        limit: int,
        plan: Callable[[DueReminder], ClaimPlan],
        scope: Scope | None = None,
    ) -> ClaimBatch: ...
    async def mark_sent(self, keys: Sequence[tuple[int, date]], now: datetime) -> None: ...
    async def refresh_claim(
        self, schedule_id: int, day: date, claimed_at: str, now: datetime
    ) -> str | None: ...
    async def reclaim_unsent(
        self,
        platform: str,
        now: datetime,
        lease_seconds: float,
        grace_seconds: float,
        limit: int,
        scope: Scope | None = None,
    ) -> list[tuple[DueReminder, ClaimPlan]]: ...
    async def release_claims(self, items: Sequence[Unsent]) -> int: ...
    async def prune_reminder_sends(self, before: datetime) -> int: ...
    async def pause_schedule(self, schedule_id: int) -> None:
        """Stop a schedule whose chat is unreachable (its reminders are blocked)."""
        ...
