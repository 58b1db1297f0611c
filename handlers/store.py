"""The storage PORT: the rows handlers and services read and write, and ``Store``, the operations
they call on storage. Nothing here knows about SQL; bot/store/* implements it.

Handlers and services depend on this module only; the concrete store is chosen by the app wiring.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from handlers.store_levels import LevelStore
from handlers.store_runs import RunsPort
from handlers.store_strava import StravaStore

SILENT_KINDS = frozenset({"race_day", "quiet", "paused"})  # claimed reminder days that send nothing
_ASCII_FOLD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def utc_stamp(dt: datetime) -> str:
    """UTC timestamp text that sorts correctly: "2026-12-01T07:00:00.000000Z".

    Part of the port: a claim's stamp (ClaimBatch, refresh_claim) is this text of the claim time.
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

    status: str  # "linked" | "unknown" | "expired" | "own" | "same_platform" | "already" | "too_many"
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


def rank_key(row: BoardRow, kind: str) -> tuple[int, str, str, int]:
    """Sort key equal to the SQL ranking order (scores of 0 have no reached time)."""
    return (-row.score(kind), row.reached or "", row.name.translate(_ASCII_FOLD), row.user_id)


def label_ranks(ordered: Sequence[BoardRow], kind: str) -> list[tuple[str, BoardRow]]:
    """Competition ranks for rows in ranking order: equal scores share a rank, shown "=3"."""
    scores = [r.score(kind) for r in ordered]
    sizes: dict[int, int] = {}
    for sc in scores:
        sizes[sc] = sizes.get(sc, 0) + 1
    out = []
    position, prev = 0, None
    for i, (sc, r) in enumerate(zip(scores, ordered, strict=True), 1):
        if sc != prev:
            position, prev = i, sc
        out.append((f"={position}" if sizes[sc] > 1 else str(position), r))
    return out


@dataclass(frozen=True)
class BoardPage:
    """The top of a board, the caller's own place, and totals: what a leaderboard message shows."""

    top: list[tuple[str, BoardRow]]  # (rank label, row) in ranking order
    me: tuple[str, BoardRow] | None  # the caller's rank and row, if they are a member
    members: int
    sessions: int  # counted sessions of all members together
    finishers: int  # members who reached the finish score


@dataclass(frozen=True)
class Score:
    sessions: int  # counted sessions, per-day cap applied
    weeks_met: int  # weekly challenges: weeks with at least goal counted sessions
    reached_at: str | None  # ISO time the score was reached (last counted session / last week met)
    weeks: dict[int, int]  # weekly challenges: counted sessions per 0-based week


def score_entries(
    entries: list[tuple[str, str, int]], kind: str, goal: int, start: date, weeks: int, max_per_day: int
) -> Score:
    """Score one member from their entries (day, logged_at, session_id).

    The earliest-logged sessions of a day are the ones that count; a week is met when its
    goal-th counted session is logged.
    """
    per_day: dict[str, int] = {}
    per_week: dict[int, int] = {}
    total = 0
    last_at: str | None = None
    week_met_at: list[str] = []
    for day, logged_at, _sid in sorted(entries, key=lambda e: (e[1], e[2])):
        if per_day.get(day, 0) >= max_per_day:
            continue
        per_day[day] = per_day.get(day, 0) + 1
        total += 1
        last_at = logged_at
        if kind == "weekly":
            week = min(max((date.fromisoformat(day) - start).days // 7, 0), max(weeks - 1, 0))
            per_week[week] = per_week.get(week, 0) + 1
            if per_week[week] == goal:
                week_met_at.append(logged_at)
    if kind == "weekly":
        return Score(total, len(week_met_at), max(week_met_at, default=None), per_week)
    return Score(total, 0, last_at, {})


# --- the answerer's memory (issue 25) ----------------------------------------------------------

CONTEXT_KEEP = timedelta(days=1)  # rows older than this are pruned (a follow-up counts for 15 minutes)


class AskContext(NamedTuple):
    """What a person last asked about in a chat: a topic id (content.answer's ``context``) and when."""

    topic: str
    asked_at: datetime


# --- the port ----------------------------------------------------------------------------------


class Store(LevelStore, RunsPort, StravaStore, Protocol):
    """What handlers and services call on storage: exactly these operations, nothing about SQL.

    bot/store/sqlite implements it; a second backend implements the same methods with the same
    meaning (the store test suite is the definition of that meaning).
    """

    # users and chats
    async def ensure_user(
        self, platform: str, platform_user_id: str, display_name: str, now: datetime
    ) -> UserRow: ...
    async def get_user(self, platform: str, platform_user_id: str) -> UserRow | None: ...
    async def set_user_tz(self, user_id: int, tz: str) -> None: ...
    async def delete_user(self, user_id: int) -> None: ...
    async def ensure_chat(
        self, platform: str, platform_chat_id: str, is_private: bool, now: datetime
    ) -> ChatRow: ...
    async def find_chat(self, platform: str, platform_chat_id: str) -> ChatRow | None: ...
    async def set_chat_tz(self, chat_id: int, tz: str) -> None: ...
    def row_gone(self, exc: BaseException) -> bool:
        """Whether `exc` (raised by one of these methods) means a row the write referred to was
        deleted meanwhile: a foreign key violated because /forget ran at the same time. The command,
        run again, finds things as they now are."""
        ...

    async def move_chat(self, platform: str, old_chat_id: str, new_chat_id: str) -> bool:
        """A chat got a new id (a Telegram group became a supergroup): move its challenges, club
        schedule and time zone to it, once, in one transaction; False if nothing was moved."""
        ...

    async def first_handling(self, platform: str, message_key: str, now: datetime) -> bool: ...
    async def claim_update(
        self, platform: str, update_id: int, now: datetime, lease_seconds: float
    ) -> str: ...
    async def finish_update(self, platform: str, update_id: int, now: datetime, handled: bool) -> None: ...
    async def handled_before(self, platform: str, message_key: str) -> bool: ...

    # the answerer's memory: a person's last question topic per chat
    async def get_ask_context(self, platform: str, chat_id: str, user_id: str) -> AskContext | None: ...
    async def set_ask_context(
        self, platform: str, chat_id: str, user_id: str, topic: str, now: datetime
    ) -> None: ...
    async def clear_ask_context(self, platform: str, user_id: str) -> int: ...

    # sessions
    async def add_session(self, user_id: int, s: NewSession) -> tuple[SessionRow, bool]: ...
    async def log_session(self, user_id: int, s: NewSession, week_start: date) -> LoggedSession:
        """/done's store work in ONE write transaction: add_session (dedupe, challenge counting)
        and the count of the user's sessions with local_date in [week_start, week_start + 6 days]
        as it stands after the insert."""
        ...

    async def undo_last_session(self, user_id: int, since: datetime) -> SessionRow | None: ...
    async def recent_sessions(self, user_id: int, limit: int) -> list[SessionRow]: ...
    async def sessions_between(self, user_id: int, start: date, end: date) -> list[SessionRow]: ...
    async def all_sessions(self, user_id: int) -> list[SessionRow]: ...

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
    async def pause_schedule(self, schedule_id: int) -> None: ...
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
    async def paused_accounts(self, account_ids: Sequence[int], today: date) -> set[int]: ...

    # one runner on several platforms
    async def linked_accounts(self, user_id: int) -> list[UserRow]: ...
    async def create_link_code(
        self, account_id: int, code_hash: str, expires: datetime, now: datetime
    ) -> None: ...
    async def redeem_link_code(
        self,
        account_id: int,
        platform: str,
        code_hash: str,
        now: datetime,
        max_tries: int,
        window: timedelta,
    ) -> LinkResult: ...
    async def unlink_account(self, account_id: int) -> bool: ...

    # private calendar feeds
    async def set_calendar_token(self, user_id: int, token_hash: str, now: datetime) -> None: ...
    async def user_by_calendar_token(self, token_hash: str) -> UserRow | None: ...

    # the reminder service
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

    # challenges
    async def create_challenge(
        self, chat_id: int, created_by: int | None, c: NewChallenge, now: datetime
    ) -> ChallengeRow: ...
    async def get_challenge(self, challenge_id: int) -> ChallengeRow | None: ...
    async def chat_challenges(self, chat_id: int) -> list[ChallengeRow]: ...
    async def rename_challenge(self, challenge_id: int, name: str) -> bool: ...
    async def end_challenge(self, challenge_id: int, today: date, now: datetime) -> bool: ...
    async def delete_challenge(self, challenge_id: int) -> bool: ...
    async def join_challenge(self, challenge_id: int, user_id: int, today: date, now: datetime) -> str: ...
    async def leave_challenge(self, challenge_id: int, user_id: int) -> bool: ...
    async def remove_member(self, challenge_id: int, user_id: int, now: datetime) -> bool: ...
    async def member_sessions(self, challenge_id: int, user_id: int) -> int: ...
    async def challenge_members(self, challenge_id: int) -> list[MemberRow]: ...
    async def board_page(
        self, c: ChallengeRow, today: date, limit: int, me: int | None = None
    ) -> BoardPage: ...

    # challenge digests and results (the challenge poster)
    async def challenges_to_post(self) -> list[ChallengeRow]: ...
    async def claim_post(self, challenge_id: int, kind: str, period: str, now: datetime) -> bool: ...
    async def finish_post(
        self, challenge_id: int, kind: str, period: str, status: str, now: datetime
    ) -> None: ...
