"""The port for a runner's plan: reminder schedules (personal and club), hard-run days and race,
and pauses. Handlers call it; ``handlers.store.HandlerStore`` includes it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol

from handlers.rows import PauseRow, RunnerPlan, ScheduleRow


class PlansPort(Protocol):
    # schedules and the runner's calendar
    async def get_user_schedule(self, user_id: int) -> ScheduleRow | None: ...
    async def get_club_schedule(self, chat_id: int) -> ScheduleRow | None: ...
    async def set_user_schedule(
        self,
        user_id: int,
        platform: str,
        target: str,
        days: Sequence[int],
        local_time: str,
        setting: str,
        next_fire: datetime,
        now: datetime,
    ) -> ScheduleRow: ...
    async def set_club_schedule(
        self,
        chat_id: int,
        platform: str,
        target: str,
        days: Sequence[int],
        local_time: str,
        setting: str,
        next_fire: datetime,
        now: datetime,
    ) -> ScheduleRow: ...
    async def delete_user_schedule(self, user_id: int) -> bool: ...
    async def delete_club_schedule(self, chat_id: int) -> bool: ...
    async def mark_reminder_skipped(self, user_id: int, local_date: date) -> bool: ...
    async def get_runner_plan(self, user_id: int) -> RunnerPlan: ...
    async def set_hard_days(self, user_id: int, days: Sequence[int]) -> None: ...
    async def set_race_date(self, user_id: int, race: date | None) -> None: ...

    # pauses (personal reminders only; the history counts for streaks)
    async def get_pause(self, user_id: int) -> PauseRow | None: ...
    async def pauses(self, user_id: int) -> list[PauseRow]: ...
    async def set_pause(
        self,
        user_id: int,
        start: date,
        until: date | None,
        reason: str,
        note: str,
        guidance: str,
        now: datetime,
    ) -> PauseRow: ...
    async def end_pause(self, user_id: int, today: date, now: datetime) -> PauseRow | None: ...
