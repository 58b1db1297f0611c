"""What a claimed reminder day brings and the messages for it: the reminder service's planning
(``content.calendar`` applied to a due row) and composing, apart from its claiming and sending
(bot/services/reminders.py)."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

import content
from content.calendar import (
    DAY_NAMES,
    DayRules,
    last_occurrence,
    moved_to,
    next_occurrence,
    parse_hhmm,
    plan_day,
)
from handlers.coach import club_done_action, routine_reply, routine_text, routine_variant
from handlers.common import day_code, zone
from handlers.progress import BASE, DayLevels, day_levels
from handlers.rows import SILENT_KINDS, ClaimPlan, DueReminder, UserRow
from handlers.types import Button, Reply, esc

if TYPE_CHECKING:
    from bot.config import Settings
    from handlers.deps import Deps

log = logging.getLogger("bot.services.reminders")

NO_ROUTINE = frozenset({"recovery", "race_eve", "hard"})  # claimed days whose message has no routine
REMINDER_LEAD = "⏰ <b>Strength day!</b> Here's today's routine.\n\n"
REPLAN_GRACE = timedelta(seconds=90)  # after a time-zone change: don't send anything older


class ReminderDays:
    """Plans each due row's claim (``plan``, handed to ``ReminderQueue.claim_due``) and composes
    the messages of a claimed day (``compose``)."""

    def __init__(self, settings: Settings, deps: Deps) -> None:
        self.settings = settings
        self.deps = deps
        self.grace = timedelta(hours=settings.reminder_grace_hours)

    def plan(self, row: DueReminder, now: datetime, times: dict[tuple[Any, ...], Any]) -> ClaimPlan:
        try:
            return self._plan_row(row, now, times)
        except Exception:
            # One bad row must not block the batch (and everyone behind it): retry it in an hour.
            log.exception("planning reminder %s failed", row.schedule_id)
            return ClaimPlan(now + timedelta(hours=1))

    def _plan_row(self, row: DueReminder, now: datetime, times: dict[tuple[Any, ...], Any]) -> ClaimPlan:
        key = (row.tz, row.days, row.local_time)
        found = times.get(key)
        if found is None:
            tz = zone(row.tz, self.settings.timezone)
            hour, minute = parse_hhmm(row.local_time)
            found = times[key] = (
                last_occurrence(row.days, hour, minute, tz, now),
                next_occurrence(row.days, hour, minute, tz, now),
            )
        last, nxt = found
        next_fire = nxt[1] if nxt else None
        grace = min(self.grace, REPLAN_GRACE) if row.replan else self.grace
        if last is None or now - last[1] > grace:
            return ClaimPlan(next_fire)  # missed while we were down: skip to the next one
        day, fire = last
        # The same planning /calendar does for the weeks ahead (content.calendar.plan_window).
        planned = plan_day(day, self.rules(row), row.last_recovery)
        return ClaimPlan(next_fire, day, planned.kind, fire, planned.recovery)

    def rules(self, row: DueReminder) -> DayRules:
        """A due row's calendar rules (its owner's pause included; club schedules have none)."""
        return DayRules(
            row.days,
            row.created_at,
            row.hard_days,
            row.race_date,
            self.settings.recovery_week,
            row.pause_from,
            row.pause_until,
            row.run_day,
        )

    # --- composing -------------------------------------------------------------------------------

    def compose(self, row: DueReminder, plan: ClaimPlan, at: DayLevels = BASE) -> list[Reply]:
        """The messages for a claimed day (empty: nothing to send that day), a runner's routine at
        their levels ``at`` that day."""
        day = plan.send_date
        if day is None:
            return []
        kind = plan.kind
        club = row.user is None
        if kind in SILENT_KINDS:
            return []
        if kind == "recovery":
            who = "the club" if club else "you"
            return [
                Reply(
                    f"<b>Recovery week</b> — no strength routines for {who} this week.\n"
                    f"{esc(content.RECOVERY_NOTE)}\nRegular reminders resume next week."
                )
            ]
        if kind == "race_eve":
            return [
                Reply(
                    "<b>Race tomorrow!</b> No strength work today: rest your legs so they're fresh. "
                    "Easy moving is fine. Good luck! 🏁"
                )
            ]
        if kind == "hard":
            free = moved_to(day, self.rules(row))
            when = f"<b>{DAY_NAMES[free.weekday()]}</b>" if free else "your next easy day"
            why = (
                "You ran hard or long today"
                if day == row.run_day and not row.hard_days >> day.weekday() & 1
                else f"{DAY_NAMES[day.weekday()]} is one of your hard-run days"
            )
            return [
                Reply(
                    f"{why}, so no strength routine "
                    "today: keep strength work off hard-run days so your legs are fresh for the quality "
                    f"run. Fit it in on {when} instead — <code>/workout {esc(row.setting)}</code> "
                    "gives you the routine any day."
                )
            ]
        if club:
            seed, week = routine_variant(self._club_owner(row), day)
            text = (
                f"<b>Club strength session</b> — {DAY_NAMES[day.weekday()]} {esc(row.local_time)}\n\n"
                f"{routine_text(row.setting, seed, week, day)}\n"
                "Each member who taps <b>Done</b> logs it for themselves "
                f"(or <code>/done {esc(row.setting)}</code>)."
            )
            return [Reply(text, (Button("Done ✅", club_done_action(day, row.setting, seed, week)),))]
        owner = row.user
        assert owner is not None
        skip = Button("Skip today", skip_action(owner.platform_user_id, day))
        return [routine_reply(owner, row.setting, day, self.deps, REMINDER_LEAD, (skip,), at)]

    def _club_owner(self, row: DueReminder) -> UserRow:
        # A stand-in "user" for the club: same routine for everyone in the group that day.
        return UserRow(
            id=0,
            platform=row.platform,
            platform_user_id=f"club{row.chat_id}",
            display_name="club",
            tz=row.tz,
            created_at=row.created_at,
        )

    async def levels(self, row: DueReminder, plan: ClaimPlan) -> DayLevels:
        day, owner = plan.send_date, row.user
        routine = plan.kind not in SILENT_KINDS and plan.kind not in NO_ROUTINE
        return await day_levels(owner, day, self.deps) if owner and day and routine else BASE


def skip_action(owner_id: str, day: date) -> str:
    return f"skip:{owner_id}:{day_code(day)}"
