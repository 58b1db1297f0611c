"""What both stores share besides the port and the queries: refusals, masks, copy-db's tables."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

HANDLED_KEEP = timedelta(days=2)  # Telegram keeps unconfirmed updates for 24 hours
# claim_update's answers: handle it now / it was handled / another process is handling it now
UPDATE_NEW, UPDATE_DONE, UPDATE_BUSY = "new", "done", "busy"
POST_ATTEMPTS = 3  # a digest or result whose send failed (not blocked) is retried this often


class SchemaTooNew(Exception):
    """The database was written by a newer Legwork than this one."""


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


# --- query fragments the shared modules (bot/store/sql/) build on -----------------------------

SCHEDULE_COLS = "id, user_id, chat_id, platform, target, days, local_time, setting, next_fire, paused"

# A due schedule with what composing its reminder needs; stores unpack it by position.
DUE_SELECT = (
    "SELECT s.id, s.user_id, s.chat_id, s.platform, s.target, s.days, s.local_time, s.setting, "
    "s.next_fire, s.replan, s.last_recovery, "
    "u.platform_user_id AS u_pid, u.display_name AS u_name, u.tz AS u_tz, u.created_at AS u_created, "
    "c.tz AS c_tz, c.created_at AS c_created, p.hard_days, p.race_date, z.start_date, z.until_date, "
    "p.run_day "
    "FROM reminder_schedules s "
    "LEFT JOIN users u ON u.id = s.user_id "
    "LEFT JOIN chats c ON c.id = s.chat_id "
    "LEFT JOIN runner_plans p ON p.user_id = s.user_id "
    "LEFT JOIN pauses z ON z.user_id = s.user_id AND z.is_current "  # the owner's current pause
)

# An account and, when it is linked (account_links), its person: whose id, zone and start it takes
# (columns id, platform, platform_user_id, display_name of the account; pid, ptz, pcreated).
LINKED_USER_SELECT = (
    "SELECT a.id, a.platform, a.platform_user_id, a.display_name, COALESCE(p.id, a.id) AS pid, "
    "CASE WHEN p.id IS NULL THEN a.tz ELSE p.tz END AS ptz, COALESCE(p.created_at, a.created_at) AS pcreated "
    "FROM users a LEFT JOIN account_links l ON l.account_id = a.id LEFT JOIN users p ON p.id = l.person_id "
)

CHALLENGE_SELECT = (
    "SELECT c.*, ch.platform AS chat_platform, ch.platform_chat_id AS chat_pid, "
    "(SELECT COUNT(*) FROM challenge_members m WHERE m.challenge_id = c.id) AS member_count "
    "FROM challenges c JOIN chats ch ON ch.id = c.chat_id "
)

# A board row; bot/store/sql/challenges.py's BOARD_ORDER ranks it (score high to low, who reached
# it first, name, user id), the same order as handlers.store.rank_key.
BOARD_COLUMNS = (
    "SELECT m.user_id, u.platform_user_id, u.display_name, m.sessions, m.reached_at, m.weeks_met, m.score "
    "FROM challenge_members m JOIN users u ON u.id = m.user_id "
)


# --- copying a database between backends (python -m bot copy-db) -------------------------------

# Every table copy-db moves, parents before children, each column with its kind where a store
# converts it ("ts" an instant, "date" a calendar day, "bool"; "" int, float or text). Rows travel
# as tuples of Python values (int, float, str, bool, date, aware datetime, None). Left behind:
# link codes and tries, ask_context, OAuth states and webhook events (they are short-lived).
_COPIED = """
    users: id platform platform_user_id display_name tz created_at:ts
    chats: id platform platform_chat_id is_private:bool tz created_at:ts
    sessions: id user_id setting minutes effort note muscles logged_at:ts local_date:date source dedupe_key logged_by
    runner_plans: user_id hard_days race_date:date run_day:date units runs_offered:bool
    reminder_schedules: id user_id chat_id platform target days local_time setting next_fire:ts replan:bool paused:bool last_recovery:date created_at:ts updated_at:ts
    reminder_sends: schedule_id local_date:date kind claimed_at:ts skipped:bool sent_at:ts
    challenges: id chat_id name kind goal weeks start_date:date end_date:date tz max_per_day late_days created_by created_at:ts ended_at:ts
    challenge_members: challenge_id user_id joined_at:ts sessions weeks_met score reached_at:ts
    challenge_entries: id challenge_id user_id session_id day:date logged_at:ts
    challenge_weeks: challenge_id user_id week sessions
    challenge_removed: challenge_id user_id removed_at:ts
    challenge_posts: challenge_id kind period status attempts claimed_at:ts done_at:ts
    handled_messages: platform message_key handled_at:ts
    pauses: id user_id start_date:date until_date:date reason note guidance is_current:bool created_at:ts
    account_links: account_id person_id linked_at:ts
    calendar_feeds: user_id token_hash created_at:ts
    handled_updates: platform update_id claimed_at:ts done_at:ts
    level_changes: id user_id muscle level from_level reason why effective:date session_id created_at:ts
    runs: id person_id source external_id start_at:ts local_date:date elapsed_s moving_s distance_m elev_gain_m avg_hr max_hr avg_cadence laps klass reason corrected:bool race:bool created_at:ts
    strava_connections: user_id athlete_id athlete_name access_token refresh_token expires_at:ts scope platform platform_user_id chat_target broken:bool connected_at:ts
    strava_subscriptions: id callback_url created_at:ts
"""  # noqa: E501
COPY_TABLES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = tuple(
    (table, tuple((c.partition(":")[0], c.partition(":")[2]) for c in cols.split()))
    for table, _, cols in (line.strip().partition(": ") for line in _COPIED.strip().splitlines())
)
COPY_BATCH = 5_000  # rows read and written at a time
