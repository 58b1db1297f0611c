"""PostgreSQL for a runner's plan beyond the chat: pauses, linked accounts and calendar feeds.

The same behaviour as bot/store/sqlite/plan.py (the store suite checks both). Several processes
may run these at once, so each write first locks the users it changes (``FOR UPDATE``): a runner's
tries at link codes are counted one at a time, a code is used once, and pauses never race.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

import asyncpg

from bot.store.conflicts import retried_on_conflict
from bot.store.postgres.core import CoreStore, affected, clean
from bot.store.sql.conns import PostgresConn
from bot.store.sql.runs import move_runs
from handlers.store import LinkResult, PauseRow, UserRow


class PlanStore(CoreStore):
    # --- pauses ------------------------------------------------------------------------------

    async def get_pause(self, user_id: int) -> PauseRow | None:
        """The runner's current (latest) pause, which may already be over; None if never paused."""
        async with self.pool.acquire() as con:
            row = await con.fetchrow("SELECT * FROM pauses WHERE user_id = $1 AND is_current", user_id)
        return _pause(row) if row else None

    async def pauses(self, user_id: int) -> list[PauseRow]:
        async with self.pool.acquire() as con:
            rows = await con.fetch("SELECT * FROM pauses WHERE user_id = $1 ORDER BY start_date, id", user_id)
        return [_pause(r) for r in rows]

    async def set_pause(
        self,
        user_id: int,
        start: date,
        until: date | None,
        reason: str,
        note: str,
        guidance: str,
        now: datetime,
    ) -> PauseRow:
        """Start a pause from `start`; one still running is replaced (it ends where this starts)."""
        async with self.tx() as con:
            await con.execute("SELECT 1 FROM users WHERE id = $1 FOR UPDATE", user_id)
            await con.execute(
                "UPDATE pauses SET until_date = GREATEST(start_date, $1) WHERE user_id = $2 AND is_current "
                "AND (until_date IS NULL OR until_date > $1)",
                start,
                user_id,
            )
            await con.execute(
                "UPDATE pauses SET is_current = false WHERE user_id = $1 AND is_current", user_id
            )
            row = await con.fetchrow(
                "INSERT INTO pauses (user_id, start_date, until_date, reason, note, guidance, created_at) "
                "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *",
                user_id,
                start,
                until,
                clean(reason),
                clean(note),
                clean(guidance),
                now,
            )
        assert row is not None
        return _pause(row)

    async def end_pause(self, user_id: int, today: date, now: datetime) -> PauseRow | None:
        """End the running pause today (/resume); returns it as it was, or None if none runs."""
        async with self.tx() as con:
            row = await con.fetchrow(
                "SELECT * FROM pauses WHERE user_id = $1 AND is_current FOR UPDATE", user_id
            )
            if row is None:
                return None
            p = _pause(row)
            if not p.active(today):
                return None
            await con.execute("UPDATE pauses SET until_date = $1 WHERE id = $2", today, p.id)
        return p

    async def paused_accounts(self, account_ids: Sequence[int], today: date) -> set[int]:
        """Which of these accounts (challenge members) are paused on `today` (their person's pause)."""
        if not account_ids:
            return set()
        async with self.pool.acquire() as con:
            rows = await con.fetch(
                "SELECT a.id FROM users a LEFT JOIN account_links l ON l.account_id = a.id "
                "JOIN pauses z ON z.user_id = COALESCE(l.person_id, a.id) AND z.is_current "
                "WHERE a.id = ANY($1::bigint[]) AND z.start_date <= $2 "
                "AND (z.until_date IS NULL OR z.until_date > $2)",
                list(dict.fromkeys(account_ids)),
                today,
            )
        return {r[0] for r in rows}

    # --- linked accounts -----------------------------------------------------------------------

    async def linked_accounts(self, user_id: int) -> list[UserRow]:
        """Every platform account of a runner (the person's own first), each as the person."""
        async with self.pool.acquire() as con:
            person = await con.fetchrow("SELECT * FROM users WHERE id = $1", user_id)
            if person is None:
                return []
            rows = await con.fetch(
                "SELECT * FROM users WHERE id = $1 OR id IN "
                "(SELECT account_id FROM account_links WHERE person_id = $1) ORDER BY id <> $1, id",
                user_id,
            )
        tz, created = person["tz"], person["created_at"]
        return [
            UserRow(user_id, r["platform"], r["platform_user_id"], r["display_name"], tz, created, r["id"])
            for r in rows
        ]

    async def create_link_code(
        self, account_id: int, code_hash: str, expires: datetime, now: datetime
    ) -> None:
        """A new one-time code for this account; its earlier unused codes stop working."""
        async with self.tx() as con:
            await con.execute(
                "DELETE FROM link_codes WHERE (account_id = $1 AND used_at IS NULL) OR expires_at < $2",
                account_id,
                now - timedelta(days=1),
            )
            await con.execute(
                "INSERT INTO link_codes (code_hash, account_id, expires_at, created_at) "
                "VALUES ($1, $2, $3, $4)",
                clean(code_hash),
                account_id,
                expires,
                now,
            )

    @retried_on_conflict
    async def redeem_link_code(
        self,
        account_id: int,
        platform: str,
        code_hash: str,
        now: datetime,
        max_tries: int,
        window: timedelta,
    ) -> LinkResult:
        """Try a code from `account_id` (on `platform`); links the accounts if it is good.

        Every try counts (at most `max_tries` per account in `window`); a good code is used up.
        The code's maker becomes the person: the other account's sessions, schedule (unless the
        person has one), calendar and pauses move to it.
        """
        async with self.tx() as con:
            # One try at a time per account, whichever process takes it. The code's maker is locked
            # too, in the same statement, in id order: two accounts redeeming each other's codes at
            # once would otherwise each hold one lock and wait for the other's (a deadlock). A
            # code's maker never changes, so reading it before the locks is safe.
            maker = await con.fetchval(
                "SELECT account_id FROM link_codes WHERE code_hash = $1", clean(code_hash)
            )
            await con.execute(
                "SELECT 1 FROM users WHERE id = ANY($1::bigint[]) ORDER BY id FOR UPDATE",
                [account_id] if maker is None else [account_id, int(maker)],
            )
            await con.execute(
                "DELETE FROM link_attempts WHERE account_id = $1 AND tried_at <= $2", account_id, now - window
            )
            tried = int(
                await con.fetchval("SELECT COUNT(*) FROM link_attempts WHERE account_id = $1", account_id)
            )
            if tried >= max_tries:
                return LinkResult("too_many")
            await con.execute(
                "INSERT INTO link_attempts (account_id, tried_at) VALUES ($1, $2)", account_id, now
            )
            code = await con.fetchrow(
                "SELECT c.account_id, c.expires_at, c.used_at, u.* FROM link_codes c "
                "JOIN users u ON u.id = c.account_id WHERE c.code_hash = $1 FOR UPDATE OF c",
                clean(code_hash),
            )
            if code is None or code["used_at"] is not None:
                return LinkResult("unknown")
            if code["expires_at"] <= now:
                return LinkResult("expired")
            person = int(code["account_id"])
            if person == account_id:
                return LinkResult("own")
            if code["platform"] == platform:
                return LinkResult("same_platform")
            linked = await con.fetchval(
                "SELECT COUNT(*) FROM account_links WHERE account_id = ANY($1::bigint[]) "
                "OR person_id = ANY($1::bigint[])",
                [person, account_id],
            )
            if linked:
                return LinkResult("already")
            dropped = await _merge(con, person, account_id)
            await con.execute(
                "UPDATE link_codes SET used_at = $1 WHERE code_hash = $2", now, clean(code_hash)
            )
            await con.execute(
                "DELETE FROM link_codes WHERE account_id = ANY($1::bigint[]) AND used_at IS NULL",
                [person, account_id],
            )
            await con.execute(
                "INSERT INTO account_links (account_id, person_id, linked_at) VALUES ($1, $2, $3)",
                account_id,
                person,
                now,
            )
            where = await con.fetchval("SELECT platform FROM reminder_schedules WHERE user_id = $1", person)
        other = UserRow(
            person,
            code["platform"],
            code["platform_user_id"],
            code["display_name"],
            code["tz"],
            code["created_at"],
            person,
        )
        return LinkResult("linked", other, where, dropped)

    @retried_on_conflict
    async def unlink_account(self, account_id: int) -> bool:
        """Separate an account from its runner (or a runner from its linked accounts).

        Each account gets back the sessions it logged; the schedule goes with the account on its
        platform; both keep the calendar (hard-run days, race) and the pause history.
        """
        async with self.tx() as con:
            rows = await con.fetch(
                "SELECT account_id, person_id FROM account_links WHERE account_id = $1 OR person_id = $1 "
                "ORDER BY account_id FOR UPDATE",
                account_id,
            )
            if not rows:
                return False
            for r in rows:
                await _split(con, r["person_id"], r["account_id"])
        return True

    # --- calendar feeds ------------------------------------------------------------------------

    async def set_calendar_token(self, user_id: int, token_hash: str, now: datetime) -> None:
        """The runner's feed URL token (replacing an earlier one)."""
        async with self.pool.acquire() as con:
            await con.execute(
                "INSERT INTO calendar_feeds (user_id, token_hash, created_at) VALUES ($1, $2, $3) "
                "ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, "
                "created_at = excluded.created_at",
                user_id,
                clean(token_hash),
                now,
            )

    async def user_by_calendar_token(self, token_hash: str) -> UserRow | None:
        async with self.pool.acquire() as con:
            row = await con.fetchrow(
                "SELECT u.* FROM calendar_feeds f JOIN users u ON u.id = f.user_id WHERE f.token_hash = $1",
                clean(token_hash),
            )
        if row is None:
            return None
        return UserRow(
            row["id"], row["platform"], row["platform_user_id"], row["display_name"], row["tz"],
            row["created_at"], row["id"],
        )  # fmt: skip


async def _merge(con: asyncpg.Connection, person: int, account: int) -> bool:
    """Move `account`'s runner data to `person`; True if the account's schedule was dropped."""
    await con.execute(
        "UPDATE sessions SET logged_by = COALESCE(logged_by, user_id), user_id = $1 WHERE user_id = $2",
        person,
        account,
    )
    await move_runs(PostgresConn(con), account, person)
    mine = await con.fetchval("SELECT COUNT(*) FROM reminder_schedules WHERE user_id = $1", person)
    theirs = await con.fetchval("SELECT COUNT(*) FROM reminder_schedules WHERE user_id = $1", account)
    dropped = False
    if theirs and mine:
        await con.execute("DELETE FROM reminder_schedules WHERE user_id = $1", account)
        dropped = True
    elif theirs:
        await con.execute("UPDATE reminder_schedules SET user_id = $1 WHERE user_id = $2", person, account)
    await con.execute(
        "INSERT INTO runner_plans (user_id, hard_days, race_date) "
        "SELECT $1, hard_days, race_date FROM runner_plans WHERE user_id = $2 "
        "ON CONFLICT (user_id) DO UPDATE SET "
        "hard_days = CASE WHEN runner_plans.hard_days = 0 THEN excluded.hard_days "
        "ELSE runner_plans.hard_days END, race_date = COALESCE(runner_plans.race_date, excluded.race_date)",
        person,
        account,
    )
    await con.execute("DELETE FROM runner_plans WHERE user_id = $1", account)
    await con.execute(
        "UPDATE pauses SET is_current = false WHERE user_id = $1 AND is_current "
        "AND EXISTS (SELECT 1 FROM pauses WHERE user_id = $2 AND is_current)",
        account,
        person,
    )
    await con.execute("UPDATE pauses SET user_id = $1 WHERE user_id = $2", person, account)
    await con.execute(
        "UPDATE users SET tz = COALESCE(tz, (SELECT tz FROM users WHERE id = $1)) WHERE id = $2",
        account,
        person,
    )
    await con.execute("DELETE FROM calendar_feeds WHERE user_id = $1", account)
    return dropped


async def _split(con: asyncpg.Connection, person: int, account: int) -> None:
    """Undo one link: `account` takes back what it logged and the schedule on its platform."""
    await con.execute(
        "UPDATE sessions SET user_id = $1, logged_by = NULL WHERE user_id = $2 AND logged_by = $1",
        account,
        person,
    )
    await con.execute(
        "UPDATE reminder_schedules SET user_id = $1 WHERE user_id = $2 "
        "AND platform = (SELECT platform FROM users WHERE id = $1) "
        "AND platform <> (SELECT platform FROM users WHERE id = $2)",
        account,
        person,
    )
    await con.execute(
        "INSERT INTO runner_plans (user_id, hard_days, race_date) "
        "SELECT $1, hard_days, race_date FROM runner_plans WHERE user_id = $2 "
        "ON CONFLICT (user_id) DO NOTHING",
        account,
        person,
    )
    await con.execute(
        "INSERT INTO pauses (user_id, start_date, until_date, reason, note, guidance, is_current, "
        "created_at) SELECT $1, start_date, until_date, reason, note, guidance, is_current, created_at "
        "FROM pauses WHERE user_id = $2",
        account,
        person,
    )
    await con.execute(
        "UPDATE users SET tz = (SELECT tz FROM users WHERE id = $1) WHERE id = $2", person, account
    )
    status = await con.execute("DELETE FROM account_links WHERE account_id = $1", account)
    assert affected(status) == 1
    left = await con.fetchval("SELECT COUNT(*) FROM account_links WHERE person_id = $1", person)
    if not left:
        await con.execute("UPDATE sessions SET logged_by = NULL WHERE user_id = $1", person)


def _pause(row: asyncpg.Record) -> PauseRow:
    return PauseRow(
        id=row["id"],
        user_id=row["user_id"],
        start=row["start_date"],
        until=row["until_date"],
        reason=row["reason"],
        note=row["note"],
        guidance=row["guidance"],
        created_at=row["created_at"],
    )
