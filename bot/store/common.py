"""What every store backend shares that is not part of the port: the migration files' layout,
the schema-too-new refusal and weekday masks."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from importlib import resources

from handlers.outcomes import UpdateClaim

HANDLED_KEEP = timedelta(days=2)  # Telegram keeps unconfirmed updates for 24 hours
# claim_update's answers: handle it now / it was handled / another process is handling it now
UPDATE_NEW, UPDATE_DONE, UPDATE_BUSY = UpdateClaim.NEW, UpdateClaim.DONE, UpdateClaim.BUSY
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
# it first, name, user id), the same order as handlers.challenge_rules.rank_key.
BOARD_COLUMNS = (
    "SELECT m.user_id, u.platform_user_id, u.display_name, m.sessions, m.reached_at, m.weeks_met, m.score "
    "FROM challenge_members m JOIN users u ON u.id = m.user_id "
)


# --- copying a database between backends (python -m bot copy-db) -------------------------------

# Every table copy-db moves, parents before children, with each column's kind: "int", "text",
# "bool", "date" (a calendar day) or "ts" (an instant). Rows travel between stores as tuples of
# Python values (int, str, bool, date, aware datetime, None); each store converts to its own types.
COPY_TABLES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("users", (("id", "int"), ("platform", "text"), ("platform_user_id", "text"), ("display_name", "text"),
               ("tz", "text"), ("created_at", "ts"))),
    ("chats", (("id", "int"), ("platform", "text"), ("platform_chat_id", "text"), ("is_private", "bool"),
               ("tz", "text"), ("created_at", "ts"))),
    ("sessions", (("id", "int"), ("user_id", "int"), ("setting", "text"), ("minutes", "int"),
                  ("effort", "int"), ("note", "text"), ("muscles", "text"), ("logged_at", "ts"),
                  ("local_date", "date"), ("source", "text"), ("dedupe_key", "text"), ("logged_by", "int"))),
    ("runner_plans", (("user_id", "int"), ("hard_days", "int"), ("race_date", "date"), ("run_day", "date"),
                      ("units", "text"), ("runs_offered", "bool"))),
    ("reminder_schedules", (("id", "int"), ("user_id", "int"), ("chat_id", "int"), ("platform", "text"),
                            ("target", "text"), ("days", "int"), ("local_time", "text"), ("setting", "text"),
                            ("next_fire", "ts"), ("replan", "bool"), ("paused", "bool"),
                            ("last_recovery", "date"), ("created_at", "ts"), ("updated_at", "ts"))),
    ("reminder_sends", (("schedule_id", "int"), ("local_date", "date"), ("kind", "text"),
                        ("claimed_at", "ts"), ("skipped", "bool"), ("sent_at", "ts"))),
    ("challenges", (("id", "int"), ("chat_id", "int"), ("name", "text"), ("kind", "text"), ("goal", "int"),
                    ("weeks", "int"), ("start_date", "date"), ("end_date", "date"), ("tz", "text"),
                    ("max_per_day", "int"), ("late_days", "int"), ("created_by", "int"),
                    ("created_at", "ts"), ("ended_at", "ts"))),
    ("challenge_members", (("challenge_id", "int"), ("user_id", "int"), ("joined_at", "ts"),
                           ("sessions", "int"), ("weeks_met", "int"), ("score", "int"),
                           ("reached_at", "ts"))),
    ("challenge_entries", (("id", "int"), ("challenge_id", "int"), ("user_id", "int"), ("session_id", "int"),
                           ("day", "date"), ("logged_at", "ts"))),
    ("challenge_weeks", (("challenge_id", "int"), ("user_id", "int"), ("week", "int"), ("sessions", "int"))),
    ("challenge_removed", (("challenge_id", "int"), ("user_id", "int"), ("removed_at", "ts"))),
    ("challenge_posts", (("challenge_id", "int"), ("kind", "text"), ("period", "text"), ("status", "text"),
                         ("attempts", "int"), ("claimed_at", "ts"), ("done_at", "ts"))),
    ("handled_messages", (("platform", "text"), ("message_key", "text"), ("handled_at", "ts"))),
    # Issue 18. Link codes and tries are left behind: they last ten minutes and an hour.
    ("pauses", (("id", "int"), ("user_id", "int"), ("start_date", "date"), ("until_date", "date"),
                ("reason", "text"), ("note", "text"), ("guidance", "text"), ("is_current", "bool"),
                ("created_at", "ts"))),
    ("account_links", (("account_id", "int"), ("person_id", "int"), ("linked_at", "ts"))),
    ("calendar_feeds", (("user_id", "int"), ("token_hash", "text"), ("created_at", "ts"))),
    ("handled_updates", (("platform", "text"), ("update_id", "int"), ("claimed_at", "ts"),
                         ("done_at", "ts"))),
    # Issue 25's ask_context is left behind too: a follow-up counts for 15 minutes.
    # Issue 29.
    ("level_changes", (("id", "int"), ("user_id", "int"), ("muscle", "text"), ("level", "int"),
                       ("from_level", "int"), ("reason", "text"), ("why", "text"), ("effective", "date"),
                       ("session_id", "int"), ("created_at", "ts"))),
    # Issue 27.
    ("runs", (("id", "int"), ("person_id", "int"), ("source", "text"), ("external_id", "text"),
              ("start_at", "ts"), ("local_date", "date"), ("elapsed_s", "real"), ("moving_s", "real"),
              ("distance_m", "real"), ("elev_gain_m", "real"), ("avg_hr", "real"), ("max_hr", "real"),
              ("avg_cadence", "real"), ("laps", "text"), ("klass", "text"), ("reason", "text"),
              ("corrected", "bool"), ("race", "bool"), ("created_at", "ts"))),
    # Issue 28. OAuth states (ten minutes) and webhook events (handled within seconds) are left behind.
    ("strava_connections", (("user_id", "int"), ("athlete_id", "int"), ("athlete_name", "text"),
                            ("access_token", "text"), ("refresh_token", "text"), ("expires_at", "ts"),
                            ("scope", "text"), ("platform", "text"), ("platform_user_id", "text"),
                            ("chat_target", "text"), ("broken", "bool"), ("connected_at", "ts"))),
    ("strava_subscriptions", (("id", "int"), ("callback_url", "text"), ("created_at", "ts"))),
)  # fmt: skip
COPY_BATCH = 5_000  # rows read and written at a time
