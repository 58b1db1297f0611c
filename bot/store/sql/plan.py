"""Pauses, linked accounts (one runner on two platforms) and calendar feed tokens, written once.
Each write first locks the users it changes (``{for_update}``), so on PostgreSQL tries at link
codes are counted one at a time, a code is used once, and pauses never race."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from bot.store.conflicts import retried_on_conflict
from bot.store.sql.base import SqlBase
from bot.store.sql.dialect import Conn, as_row, ts
from bot.store.sql.runs import move_runs
from handlers.outcomes import LinkOutcome
from handlers.store import LinkResult, PauseRow, UserRow

PAUSE = "SELECT *, start_date AS start, until_date AS until FROM pauses "
PAUSED = "SELECT a.id FROM users a LEFT JOIN account_links l ON l.account_id = a.id JOIN pauses z ON z.user_id = COALESCE(l.person_id, a.id) AND z.is_current WHERE a.id IN (:ids) AND z.start_date <= :d AND (z.until_date IS NULL OR z.until_date > :d)"
NOT_CURRENT = "UPDATE pauses SET is_current = FALSE WHERE user_id = :u AND is_current"
CUT_SHORT = "UPDATE pauses SET until_date = GREATEST(start_date, :start) WHERE user_id = :u AND is_current AND (until_date IS NULL OR until_date > :start)"
NEW_PAUSE = "INSERT INTO pauses (user_id, start_date, until_date, reason, note, guidance, created_at) VALUES (:u, :start, :until, :reason, :note, :guidance, :now) RETURNING *, start_date AS start, until_date AS until"
CODE = "SELECT c.account_id, c.expires_at, c.used_at, u.* FROM link_codes c JOIN users u ON u.id = c.account_id WHERE c.code_hash = :code {for_update OF c}"
ACCOUNTS = "SELECT * FROM users WHERE id = :u OR id IN (SELECT account_id FROM account_links WHERE person_id = :u) ORDER BY id <> :u, id"
DROP_CODES = "DELETE FROM link_codes WHERE (account_id = :a AND used_at IS NULL) OR expires_at < :old"
NEW_CODE = "INSERT INTO link_codes (code_hash, account_id, expires_at, created_at) VALUES (:code, :a, :expires, :now)"
LINKS = "SELECT account_id, person_id FROM account_links WHERE account_id = :a OR person_id = :a ORDER BY account_id {for_update}"
MAKER = "SELECT account_id FROM link_codes WHERE code_hash = :code"
FEED = "INSERT INTO calendar_feeds (user_id, token_hash, created_at) VALUES (:u, :token, :now) ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at"
# Linking moves `:a`'s runner data to the person `:p` (runs between; the schedule in Python).
ADOPT = "UPDATE sessions SET logged_by = COALESCE(logged_by, user_id), user_id = :p WHERE user_id = :a"
MERGE = (
    "INSERT INTO runner_plans (user_id, hard_days, race_date) SELECT :p, hard_days, race_date FROM runner_plans WHERE user_id = :a ON CONFLICT (user_id) DO UPDATE SET hard_days = CASE WHEN runner_plans.hard_days = 0 THEN excluded.hard_days ELSE runner_plans.hard_days END, race_date = COALESCE(runner_plans.race_date, excluded.race_date)",
    "DELETE FROM runner_plans WHERE user_id = :a",
    "UPDATE pauses SET is_current = FALSE WHERE user_id = :a AND is_current AND EXISTS (SELECT 1 FROM pauses WHERE user_id = :p AND is_current)",
    "UPDATE pauses SET user_id = :p WHERE user_id = :a",
    "UPDATE users SET tz = COALESCE(tz, (SELECT tz FROM users WHERE id = :a)) WHERE id = :p",
    "DELETE FROM calendar_feeds WHERE user_id = :a",
)
# Unlinking: `:a` takes back what it logged, the schedule on its platform, a copy of the calendar
# (hard-run days, race) and of the pause history.
SPLIT = (
    "UPDATE sessions SET user_id = :a, logged_by = NULL WHERE user_id = :p AND logged_by = :a",
    "UPDATE reminder_schedules SET user_id = :a WHERE user_id = :p AND platform = (SELECT platform FROM users WHERE id = :a) AND platform <> (SELECT platform FROM users WHERE id = :p)",
    "INSERT INTO runner_plans (user_id, hard_days, race_date) SELECT :a, hard_days, race_date FROM runner_plans WHERE user_id = :p ON CONFLICT (user_id) DO NOTHING",
    "INSERT INTO pauses (user_id, start_date, until_date, reason, note, guidance, is_current, created_at) SELECT :a, start_date, until_date, reason, note, guidance, is_current, created_at FROM pauses WHERE user_id = :p",
    "UPDATE users SET tz = (SELECT tz FROM users WHERE id = :p) WHERE id = :a",
)


class PlanStore(SqlBase):
    async def get_pause(self, user_id: int) -> PauseRow | None:
        row = await self.sql_first(PAUSE + "WHERE user_id = :u AND is_current", u=user_id)
        return as_row(PauseRow, row) if row else None

    async def pauses(self, user_id: int) -> list[PauseRow]:
        rows = await self.sql_fetch(PAUSE + "WHERE user_id = :u ORDER BY start_date, id", u=user_id)
        return [as_row(PauseRow, r) for r in rows]

    async def set_pause(
        self, user_id: int, start: date, until: date | None, reason: str, note: str, guidance: str,
        now: datetime,
    ) -> PauseRow:  # fmt: skip
        """Start a pause from `start`; one still running is replaced (it ends where this starts)."""
        async with self.sql_tx() as c:
            await c.execute("SELECT 1 FROM users WHERE id = :u {for_update}", u=user_id)
            await c.execute(CUT_SHORT, start=start, u=user_id)
            await c.execute(NOT_CURRENT, u=user_id)
            about = {"reason": reason, "note": note, "guidance": guidance}
            row = await c.fetchrow(NEW_PAUSE, u=user_id, start=start, until=until, now=now, **about)
        assert row is not None
        return as_row(PauseRow, row)

    async def end_pause(self, user_id: int, today: date, now: datetime) -> PauseRow | None:
        async with self.sql_tx() as c:
            row = await c.fetchrow(PAUSE + "WHERE user_id = :u AND is_current {for_update}", u=user_id)
            if row is None or not (p := as_row(PauseRow, row)).active(today):
                return None
            await c.execute("UPDATE pauses SET until_date = :today WHERE id = :id", today=today, id=p.id)
        return p

    async def paused_accounts(self, account_ids: Sequence[int], today: date) -> set[int]:
        """Which of these accounts are paused on `today` (their person's pause)."""
        if not account_ids:
            return set()
        return {r["id"] for r in await self.sql_fetch(PAUSED, ids=list(dict.fromkeys(account_ids)), d=today)}

    async def linked_accounts(self, user_id: int) -> list[UserRow]:
        """Every platform account of a runner (the person's own first), each as the person."""
        person = await self.sql_first("SELECT * FROM users WHERE id = :u", u=user_id)
        if person is None:
            return []
        rows = await self.sql_fetch(ACCOUNTS, u=user_id)
        tz, created = person["tz"], ts(person["created_at"])
        return [as_row(UserRow, r, id=user_id, tz=tz, created_at=created, account_id=r["id"]) for r in rows]

    async def create_link_code(
        self, account_id: int, code_hash: str, expires: datetime, now: datetime
    ) -> None:
        """A new one-time code for this account; its earlier unused codes stop working."""
        old, new = {"a": account_id, "old": now - timedelta(days=1)}, {"code": code_hash, "a": account_id}
        await self.sql_script((DROP_CODES, old), (NEW_CODE, {**new, "expires": expires, "now": now}))

    @retried_on_conflict
    async def redeem_link_code(
        self, account_id: int, platform: str, code_hash: str, now: datetime, max_tries: int, window: timedelta
    ) -> LinkResult:
        """Try a code from `account_id` (on `platform`); links the accounts if it is good. Every try
        counts (at most `max_tries` per account in `window`); a good code is used up. The code's
        maker becomes the person: the other account's sessions, schedule (unless the person has
        one), calendar and pauses move to it."""
        async with self.sql_tx() as c:
            # One try at a time per account, whichever process takes it; the code's maker is locked
            # in the same statement, in id order (two accounts redeeming each other's codes at once
            # would otherwise deadlock). A code's maker never changes: reading it first is safe.
            maker = await c.fetchval(MAKER, code=code_hash)
            ids = [account_id] if maker is None else [account_id, int(maker)]
            await c.execute("SELECT 1 FROM users WHERE id IN (:ids) ORDER BY id {for_update}", ids=ids)
            sql = "DELETE FROM link_attempts WHERE account_id = :a AND tried_at <= :since"
            await c.execute(sql, a=account_id, since=now - window)
            tries = await c.fetchval("SELECT COUNT(*) FROM link_attempts WHERE account_id = :a", a=account_id)
            if int(tries) >= max_tries:
                return LinkResult(LinkOutcome.TOO_MANY)
            sql = "INSERT INTO link_attempts (account_id, tried_at) VALUES (:a, :now)"
            await c.execute(sql, a=account_id, now=now)
            code = await c.fetchrow(CODE, code=code_hash)
            if code is None or code["used_at"] is not None:
                return LinkResult(LinkOutcome.UNKNOWN)
            if ts(code["expires_at"]) <= now:
                return LinkResult(LinkOutcome.EXPIRED)
            person = int(code["account_id"])
            if person == account_id:
                return LinkResult(LinkOutcome.OWN)
            if code["platform"] == platform:
                return LinkResult(LinkOutcome.SAME_PLATFORM)
            both = [person, account_id]
            sql = "SELECT COUNT(*) FROM account_links WHERE account_id IN (:ids) OR person_id IN (:ids)"
            if await c.fetchval(sql, ids=both):
                return LinkResult(LinkOutcome.ALREADY)
            dropped = await _merge(c, person, account_id)
            sql = "UPDATE link_codes SET used_at = :now WHERE code_hash = :code"
            await c.execute(sql, now=now, code=code_hash)
            await c.execute("DELETE FROM link_codes WHERE account_id IN (:ids) AND used_at IS NULL", ids=both)
            sql = "INSERT INTO account_links (account_id, person_id, linked_at) VALUES (:a, :p, :now)"
            await c.execute(sql, a=account_id, p=person, now=now)
            where = await c.fetchval("SELECT platform FROM reminder_schedules WHERE user_id = :p", p=person)
        self._forget_users()
        return LinkResult(LinkOutcome.LINKED, as_row(UserRow, code, account_id=person), where, dropped)

    @retried_on_conflict
    async def unlink_account(self, account_id: int) -> bool:
        """Separate an account from its runner (or a runner from its linked accounts)."""
        async with self.sql_tx() as c:
            rows = await c.fetch(LINKS, a=account_id)
            for r in rows:
                ids = {"p": r["person_id"], "a": r["account_id"]}
                for sql in SPLIT:
                    await c.execute(sql, **ids)
                assert await c.execute("DELETE FROM account_links WHERE account_id = :a", **ids) == 1
                if not await c.fetchval("SELECT COUNT(*) FROM account_links WHERE person_id = :p", **ids):
                    await c.execute("UPDATE sessions SET logged_by = NULL WHERE user_id = :p", **ids)
        self._forget_users()
        return bool(rows)

    async def set_calendar_token(self, user_id: int, token_hash: str, now: datetime) -> None:
        await self.sql_exec(FEED, u=user_id, token=token_hash, now=now)

    async def user_by_calendar_token(self, token_hash: str) -> UserRow | None:
        sql = "SELECT u.* FROM calendar_feeds f JOIN users u ON u.id = f.user_id WHERE f.token_hash = :token"
        row = await self.sql_first(sql, token=token_hash)
        return as_row(UserRow, row, account_id=row["id"]) if row else None


async def _merge(c: Conn, person: int, account: int) -> bool:
    """Move `account`'s runner data to `person`; True if the account's schedule was dropped."""
    ids = {"p": person, "a": account}
    await c.execute(ADOPT, **ids)
    await move_runs(c, account, person)
    mine = await c.fetchval("SELECT COUNT(*) FROM reminder_schedules WHERE user_id = :p", **ids)
    theirs = await c.fetchval("SELECT COUNT(*) FROM reminder_schedules WHERE user_id = :a", **ids)
    if theirs and mine:
        await c.execute("DELETE FROM reminder_schedules WHERE user_id = :a", **ids)
    elif theirs:
        await c.execute("UPDATE reminder_schedules SET user_id = :p WHERE user_id = :a", **ids)
    for sql in MERGE:
        await c.execute(sql, **ids)
    return bool(theirs and mine)
