"""What both stores share besides the port and the queries: the schema refusal, copy-db's tables."""


class SchemaTooNew(Exception):
    """The database was written by a newer Legwork than this one."""


# Every table copy-db moves, parents first; a column's kind where stores differ ("ts", "date",
# "bool"). Short-lived tables (link codes, ask_context, OAuth states, webhook events) stay behind.
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
