"""The rows of the storage port: what handlers and services read from and hand to storage.

Plain values, nothing about SQL. The operations are the role ports (handlers/store.py composes
them); the rules that decide scores and ranks are in handlers/challenge_rules.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from handlers.outcomes import LinkOutcome

SILENT_KINDS = frozenset({"race_day", "quiet", "paused"})  # claimed reminder days that send nothing


def utc_stamp(dt: datetime) -> str:
    """UTC timestamp text that sorts correctly: "2026-12-01T07:00:00.000000Z".

    The stamp a claim carries (ClaimBatch, refresh_claim) and a board row's ``reached`` time are
    this text: the one text format that crosses the port.
    """
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# --- users and chats -------------------------------------------------------------------------


@dataclass(frozen=True)
class UserRow:
    id: int
    platform: str
    platform_user_id: str
    display_name: str
    tz: str | None
    created_at: datetime
    # The platform account behind this row when it is linked to another (see /link): `id` is then
    # the runner's (the person's) id, which sessions, schedule, pauses and calendar belong to,
    # while platform, platform_user_id and display_name are the account's. None: the same as id.
    account_id: int | None = None

    @property
    def account(self) -> int:
        """The platform account's id (challenge places belong to the account, in its chat)."""
        return self.account_id if self.account_id is not None else self.id


@dataclass(frozen=True)
class PauseRow:
    """A pause of personal reminders: from `start` up to, not including, `until` (None: /resume)."""

    id: int
    user_id: int
    start: date
    until: date | None
    reason: str  # "injury" | "holiday" | ""
    note: str
    guidance: str  # the injury guidance offered with it ("" none), so it is offered once
    created_at: datetime

    def active(self, day: date) -> bool:
        return self.start <= day and (self.until is None or day < self.until)

    def covers(self, first: date, last: date, today: date) -> bool:
        """Whether every day from first to last (inclusive) lies in the pause as known on `today`
        (an open pause runs up to today)."""
        end = self.until - timedelta(days=1) if self.until else today
        return self.start <= first and last <= end


@dataclass(frozen=True)
class LinkResult:
    """What redeeming a link code did."""

    status: LinkOutcome
    other: UserRow | None = None  # linked: the account that made the code (now the person)
    schedule_platform: str | None = None  # linked: where the runner's reminders go
    dropped_schedule: bool = False  # linked: both had reminders; the code maker's were kept


@dataclass(frozen=True)
class ChatRow:
    id: int
    platform: str
    platform_chat_id: str
    is_private: bool
    tz: str | None


# --- sessions ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionRow:
    id: int
    user_id: int
    setting: str
    minutes: int | None
    effort: int | None
    note: str
    muscles: tuple[str, ...]
    logged_at: datetime
    local_date: date
    source: str


@dataclass(frozen=True)
class LoggedSession:
    """What ``Store.log_session`` did: the row (the earlier one for a repeated dedupe key),
    whether it was created now, and the runner's sessions in the week asked about (this one
    included)."""

    row: SessionRow
    created: bool
    week_sessions: int


@dataclass(frozen=True)
class NewSession:
    setting: str
    minutes: int | None
    effort: int | None
    note: str
    muscles: tuple[str, ...]
    logged_at: datetime
    local_date: date
    source: str = "command"
    dedupe_key: str | None = None  # a Done button's key: the same key is recorded once
    logged_by: int | None = None  # the linked account that logged it, when not the person itself


# --- schedules and reminders ----------------------------------------------------------------


@dataclass(frozen=True)
class ScheduleRow:
    id: int
    user_id: int | None  # a personal schedule ...
    chat_id: int | None  # ... or a club schedule (chats.id)
    platform: str
    target: str  # platform chat id the reminders go to
    days: tuple[int, ...]  # weekdays, 0 = Monday
    local_time: str  # "HH:MM" in the owner's zone
    setting: str
    next_fire: datetime | None  # UTC; None while paused
    paused: bool


@dataclass(frozen=True)
class NewSchedule:
    """A schedule as /schedule or /club schedule sets it: where the reminders go, on which
    weekdays (0 = Monday), at what local time, which routine, and the first reminder (UTC)."""

    platform: str
    target: str
    days: tuple[int, ...]
    local_time: str
    setting: str
    next_fire: datetime


@dataclass(frozen=True)
class RunnerPlan:
    hard_days: tuple[int, ...] = ()
    race_date: date | None = None


@dataclass(slots=True)  # not frozen: a frozen init costs ~3 µs more, a lot in a burst of 100,000
class DueReminder:
    """A due schedule row with what composing its reminder needs (owner, zone, calendar); read-only
    by convention."""

    schedule_id: int
    user: UserRow | None  # personal schedules
    chat_id: int | None  # club schedules
    platform: str
    target: str
    days: int  # mask
    local_time: str
    setting: str
    next_fire: datetime
    replan: bool  # the owner changed time zone since next_fire was planned
    tz: str | None  # the owner's (user's or chat's) zone now; None: the default
    created_at: datetime  # when the user (or chat) first appeared: drives week numbers
    hard_days: int  # mask
    race_date: date | None
    last_recovery: date | None  # local date of the last recovery-week note
    pause_from: date | None = None  # the owner's current pause (personal schedules only)
    pause_until: date | None = None
    run_day: date | None = None  # the latest date a hard or long run made a hard-run day


@dataclass(frozen=True, slots=True)
class ClaimPlan:
    """What the scheduler decided for one due row."""

    next_fire: datetime | None  # the following reminder (UTC)
    send_date: date | None = None  # the local date to claim now, if any
    kind: str = ""  # "routine", "hard", "race_eve", "race_day", "recovery", "quiet"
    fire: datetime | None = None  # the claimed occurrence's fire time (to release it unsent)
    recovery: bool = False  # remember send_date as the week's recovery note


@dataclass(frozen=True)
class ClaimBatch:
    examined: int  # due rows looked at (all advanced)
    claimed: list[tuple[DueReminder, ClaimPlan]]  # rows whose local date this caller claimed


@dataclass(frozen=True)
class Scope:
    """The only reminders one process delivers on a platform: those going to ``chats``, and of
    the personal ones only ``user``'s. A console process has one; platform adapters have none."""

    chats: frozenset[str]
    user: str


@dataclass(frozen=True)
class Unsent:
    """A claimed reminder that was never handed to a transport (see release_claims)."""

    schedule_id: int
    local_date: date
    fire: datetime
    next_fire: datetime | None


# --- challenges ----------------------------------------------------------------------------


@dataclass(frozen=True)
class NewChallenge:
    name: str
    kind: str  # "total": goal sessions in the window | "weekly": goal sessions in each of weeks weeks
    goal: int
    weeks: int  # 0 for "total"
    start: date
    end: date  # inclusive
    tz: str
    max_per_day: int
    late_days: int


@dataclass(frozen=True)
class Rules:
    """What counting needs from a challenge row (read without the joins of ChallengeRow)."""

    id: int
    kind: str
    goal: int
    weeks: int
    start: date
    end: date
    tz: str
    max_per_day: int
    late_days: int

    @property
    def zone(self) -> ZoneInfo:
        """The challenge's zone (UTC if the stored name is unknown here)."""
        return _zone(self.tz)


@dataclass(frozen=True)
class ChallengeRow(Rules):
    """A challenge with its chat, name and membership (its counting rules come from Rules)."""

    chat_id: int
    platform: str
    platform_chat_id: str
    name: str
    created_at: datetime
    ended_at: datetime | None
    members: int

    def today(self, now: datetime) -> date:
        return now.astimezone(self.zone).date()

    def finished(self, today: date) -> bool:
        return self.ended_at is not None or today > self.end

    def status(self, today: date) -> str:
        if self.finished(today):
            return "finished"
        return "upcoming" if today < self.start else "running"

    @property
    def weeks_total(self) -> int:
        """Weeks of a weekly challenge (fewer if an admin ended it early); 0 for "total"."""
        return (self.end - self.start).days // 7 + 1 if self.kind == "weekly" else 0

    @property
    def finish_score(self) -> int:
        """The score that completes the challenge: the goal, or every week met."""
        return self.weeks_total if self.kind == "weekly" else self.goal

    def week_of(self, day: date) -> int:
        """0-based week of a weekly challenge (weeks run from the start date), clamped."""
        return min(max((day - self.start).days // 7, 0), max(self.weeks - 1, 0))


@dataclass(frozen=True)
class MemberRow:
    user_id: int
    platform_user_id: str
    display_name: str


class BoardRow(NamedTuple):
    """One member on a board (a tuple: boards of thousands are built fast)."""

    user_id: int
    platform_user_id: str
    name: str
    count: int  # type: ignore[assignment]  # counted sessions (per-day cap); shadows tuple.count on purpose
    reached: str | None  # ISO UTC time the member reached their score (sorts in time order; None: 0)
    weeks_met: int  # weekly challenges: weeks with at least goal counted sessions
    this_week: int  # weekly challenges: counted sessions in the current week

    def score(self, kind: str) -> int:
        return self.weeks_met if kind == "weekly" else self.count


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


@dataclass(frozen=True)
class BoardPage:
    """The top of a board, the caller's own place, and totals: what a leaderboard message shows."""

    top: list[tuple[str, BoardRow]]  # (rank label, row) in ranking order
    me: tuple[str, BoardRow] | None  # the caller's rank and row, if they are a member
    members: int
    sessions: int  # counted sessions of all members together
    finishers: int  # members who reached the finish score


# --- the answerer's memory (issue 25) ----------------------------------------------------------

CONTEXT_KEEP = timedelta(days=1)  # rows older than this are pruned (a follow-up counts for 15 minutes)


class AskContext(NamedTuple):
    """What a person last asked about in a chat: a topic id (content.answer's ``context``) and when."""

    topic: str
    asked_at: datetime
