"""PostgreSQL SQL for running-club challenges. The counting rules are the SQLite store's (see its
module docstring); scoring itself is the shared pure ``score_entries``.

Concurrency across processes: a new session locks its member rows (``FOR UPDATE``, in challenge-id
order) before inserting entries, and every recount locks the member's row; under READ COMMITTED
each later statement sees what the previous lock holder committed, so two sessions logged at
once by one member in two processes are both counted. Locking before the entry insert matters:
the insert's foreign key takes a KEY SHARE lock on the member row, and two transactions each
holding one while waiting to upgrade deadlock (the process test found this).
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime

import asyncpg

from bot.store.common import BOARD_COLUMNS, CHALLENGE_SELECT, POST_ATTEMPTS, on_time
from bot.store.postgres.core import affected, clean, iso
from bot.store.postgres.sessions import SessionsStore
from handlers.store import (
    BoardPage,
    BoardRow,
    ChallengeRow,
    MemberRow,
    NewChallenge,
    Rules,
    SessionRow,
    label_ranks,
    score_entries,
)

_CHALLENGE_SELECT = CHALLENGE_SELECT

# The SQLite store's ranking: score high to low; within a tie whoever reached it first (no time
# first, as SQLite sorts NULLs); then by name with ASCII letters folded, compared bytewise like
# SQLite's NOCASE (the "C" collation, not the server locale's); then user id.
_BOARD_COLUMNS = BOARD_COLUMNS
_BOARD_ORDER = (
    " ORDER BY m.score DESC, m.reached_at NULLS FIRST, "
    "translate(u.display_name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') COLLATE \"C\", "
    "m.user_id"
)


class ChallengesStore(SessionsStore):
    # --- challenges -----------------------------------------------------------------------

    async def create_challenge(
        self, chat_id: int, created_by: int | None, c: NewChallenge, now: datetime
    ) -> ChallengeRow:
        async with self.tx() as con:
            new_id = await con.fetchval(
                "INSERT INTO challenges (chat_id, name, kind, goal, weeks, start_date, end_date, tz, "
                "max_per_day, late_days, created_by, created_at) "
                "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
                chat_id,
                clean(c.name),
                c.kind,
                c.goal,
                c.weeks,
                c.start,
                c.end,
                c.tz,
                c.max_per_day,
                c.late_days,
                created_by,
                now,
            )
            row = await _fetch_challenge(con, new_id)
        assert row is not None
        return row

    async def get_challenge(self, challenge_id: int) -> ChallengeRow | None:
        async with self.pool.acquire() as con:
            return await _fetch_challenge(con, challenge_id)

    async def chat_challenges(self, chat_id: int) -> list[ChallengeRow]:
        """Every challenge of a chat, newest first."""
        async with self.pool.acquire() as con:
            rows = await con.fetch(_CHALLENGE_SELECT + "WHERE c.chat_id = $1 ORDER BY c.id DESC", chat_id)
        return [_challenge(r) for r in rows]

    async def rename_challenge(self, challenge_id: int, name: str) -> bool:
        async with self.pool.acquire() as con:
            status = await con.execute(
                "UPDATE challenges SET name = $1 WHERE id = $2", clean(name), challenge_id
            )
        return affected(status) == 1

    async def end_challenge(self, challenge_id: int, today: date, now: datetime) -> bool:
        """End a running challenge today (sessions of today still count).

        Also marks the final results as posted: the caller shows them in its reply.
        """
        async with self.tx() as con:
            status = await con.execute(
                "UPDATE challenges SET ended_at = $1, end_date = GREATEST(start_date, LEAST(end_date, $2)) "
                "WHERE id = $3 AND ended_at IS NULL",
                now,
                today,
                challenge_id,
            )
            if affected(status) != 1:
                return False
            c = await _fetch_challenge(con, challenge_id)
            assert c is not None
            later = await con.fetch(
                "DELETE FROM challenge_entries WHERE challenge_id = $1 AND day > $2 RETURNING user_id",
                challenge_id,
                c.end,
            )
            for user_id in sorted({r[0] for r in later}):
                await _recount(con, c, user_id)
            await con.execute(
                "INSERT INTO challenge_posts (challenge_id, kind, period, status, claimed_at, done_at) "
                "VALUES ($1, 'results', '', 'sent', $2, $2) ON CONFLICT DO NOTHING",
                challenge_id,
                now,
            )
        return True

    async def delete_challenge(self, challenge_id: int) -> bool:
        async with self.pool.acquire() as con:
            return affected(await con.execute("DELETE FROM challenges WHERE id = $1", challenge_id)) == 1

    # --- members --------------------------------------------------------------------------

    async def join_challenge(self, challenge_id: int, user_id: int, today: date, now: datetime) -> str:
        """Join and count the member's earlier sessions in the window.

        Returns "joined", "already", "finished", "removed" or "missing".
        """
        async with self.tx() as con:
            c = await _fetch_challenge(con, challenge_id)
            if c is None:
                return "missing"
            if c.finished(today):
                return "finished"
            removed = await con.fetchval(
                "SELECT 1 FROM challenge_removed WHERE challenge_id = $1 AND user_id = $2",
                challenge_id,
                user_id,
            )
            if removed:
                return "removed"
            status = await con.execute(
                "INSERT INTO challenge_members (challenge_id, user_id, joined_at) VALUES ($1, $2, $3) "
                "ON CONFLICT DO NOTHING",
                challenge_id,
                user_id,
                now,
            )
            if affected(status) != 1:
                return "already"
            found = await con.fetch(
                "SELECT id, logged_at, local_date FROM sessions "
                "WHERE user_id = $1 AND local_date BETWEEN $2 AND $3",
                user_id,
                c.start,
                c.end,
            )
            zone = c.zone
            keep = [s for s in found if on_time(s["logged_at"], s["local_date"], zone, c.late_days)]
            if keep:
                await con.execute(
                    "INSERT INTO challenge_entries (challenge_id, user_id, session_id, day, logged_at) "
                    "SELECT $1, $2, s, d, t FROM unnest($3::bigint[], $4::date[], $5::timestamptz[]) "
                    "AS v(s, d, t) ON CONFLICT DO NOTHING",
                    challenge_id,
                    user_id,
                    [s["id"] for s in keep],
                    [s["local_date"] for s in keep],
                    [s["logged_at"] for s in keep],
                )
            await _recount(con, c, user_id)
        return "joined"

    async def leave_challenge(self, challenge_id: int, user_id: int) -> bool:
        """Leave a board: the member's entries go with the membership."""
        async with self.pool.acquire() as con:
            status = await con.execute(
                "DELETE FROM challenge_members WHERE challenge_id = $1 AND user_id = $2",
                challenge_id,
                user_id,
            )
        return affected(status) == 1

    async def remove_member(self, challenge_id: int, user_id: int, now: datetime) -> bool:
        """An admin takes a member (and all their entries) off a board; they can't join it again."""
        async with self.tx() as con:
            status = await con.execute(
                "DELETE FROM challenge_members WHERE challenge_id = $1 AND user_id = $2",
                challenge_id,
                user_id,
            )
            if affected(status) != 1:
                return False
            await con.execute(
                "INSERT INTO challenge_removed (challenge_id, user_id, removed_at) VALUES ($1, $2, $3) "
                "ON CONFLICT DO NOTHING",
                challenge_id,
                user_id,
                now,
            )
        return True

    async def member_sessions(self, challenge_id: int, user_id: int) -> int:
        """A member's counted sessions (0 if not a member)."""
        async with self.pool.acquire() as con:
            n = await con.fetchval(
                "SELECT sessions FROM challenge_members WHERE challenge_id = $1 AND user_id = $2",
                challenge_id,
                user_id,
            )
        return int(n or 0)

    async def challenge_members(self, challenge_id: int) -> list[MemberRow]:
        async with self.pool.acquire() as con:
            rows = await con.fetch(
                "SELECT u.id, u.platform_user_id, u.display_name FROM challenge_members m "
                "JOIN users u ON u.id = m.user_id WHERE m.challenge_id = $1 ORDER BY m.joined_at, u.id",
                challenge_id,
            )
        return [MemberRow(r[0], r[1], r[2]) for r in rows]

    # --- counting -------------------------------------------------------------------------

    async def on_session_insert(self, con: asyncpg.Connection, row: SessionRow) -> None:
        await super().on_session_insert(con, row)
        found = await con.fetch(
            "SELECT c.* FROM challenge_members m JOIN challenges c ON c.id = m.challenge_id "
            "WHERE m.user_id = $1 AND c.start_date <= $2 AND c.end_date >= $2 ORDER BY c.id FOR UPDATE OF m",
            row.user_id,
            row.local_date,
        )
        for c in [_rules(r) for r in found]:
            if not on_time(row.logged_at, row.local_date, c.zone, c.late_days):
                continue
            status = await con.execute(
                "INSERT INTO challenge_entries (challenge_id, user_id, session_id, day, logged_at) "
                "VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
                c.id,
                row.user_id,
                row.id,
                row.local_date,
                row.logged_at,
            )
            if affected(status) == 1:
                await _recount(con, c, row.user_id)

    async def board(self, c: ChallengeRow, today: date) -> list[BoardRow]:
        """Every member with their score, in ranking order (label them with label_ranks)."""
        await self._drop_tombstones(c)
        async with self.pool.acquire() as con:
            rows = await con.fetch(_BOARD_COLUMNS + "WHERE m.challenge_id = $1" + _BOARD_ORDER, c.id)
            this_week = await _this_week(con, c, today, None)
        return [_board_row(r, this_week) for r in rows]

    async def board_page(self, c: ChallengeRow, today: date, limit: int, me: int | None = None) -> BoardPage:
        """The first `limit` ranked members and the caller's rank, without reading the whole board."""
        await self._drop_tombstones(c)
        # One REPEATABLE READ snapshot: the top, the totals and the caller's rank agree even while
        # other processes record sessions.
        async with self.pool.acquire() as con, con.transaction(isolation="repeatable_read", readonly=True):
            found = await con.fetch(
                _BOARD_COLUMNS + "WHERE m.challenge_id = $1" + _BOARD_ORDER + " LIMIT $2", c.id, limit + 1
            )
            stats = await con.fetchrow(
                "SELECT COUNT(*), COALESCE(SUM(sessions), 0), COUNT(*) FILTER (WHERE score >= $1) "
                "FROM challenge_members WHERE challenge_id = $2",
                c.finish_score,
                c.id,
            )
            mine = None
            if me is not None:
                mine = await con.fetchrow(
                    _BOARD_COLUMNS + "WHERE m.challenge_id = $1 AND m.user_id = $2", c.id, me
                )
            me_label = None
            if mine is not None and all(r[0] != me for r in found[:limit]):
                above, same = await con.fetchrow(
                    "SELECT COUNT(*) FILTER (WHERE score > $1), COUNT(*) FILTER (WHERE score = $1) "
                    "FROM challenge_members WHERE challenge_id = $2 AND score >= $1",
                    mine[6],
                    c.id,
                )
                me_label = f"={above + 1}" if same > 1 else str(above + 1)
            users = [r[0] for r in found] + ([me] if me is not None else [])
            this_week = await _this_week(con, c, today, users)
        fetched = [_board_row(r, this_week) for r in found]
        top = label_ranks(fetched, c.kind)[:limit]
        me_row: tuple[str, BoardRow] | None = None
        if mine is not None:
            me_row = next(((label, r) for label, r in top if r.user_id == me), None)
            if me_row is None and me_label is not None:
                me_row = (me_label, _board_row(mine, this_week))
        assert stats is not None
        return BoardPage(top=top, me=me_row, members=stats[0], sessions=stats[1], finishers=stats[2])

    async def _drop_tombstones(self, c: ChallengeRow) -> None:
        """Entries whose session was deleted (/undo): remove them and recount those members."""
        async with self.pool.acquire() as con:
            stale = await con.fetchval(
                "SELECT 1 FROM challenge_entries WHERE challenge_id = $1 AND session_id IS NULL LIMIT 1", c.id
            )
            if stale is None:
                return
            async with con.transaction():
                gone = await con.fetch(
                    "DELETE FROM challenge_entries WHERE challenge_id = $1 AND session_id IS NULL "
                    "RETURNING user_id",
                    c.id,
                )
                for user_id in sorted({r[0] for r in gone}):
                    await _recount(con, c, user_id)

    # --- digests and results --------------------------------------------------------------

    async def challenges_to_post(self) -> list[ChallengeRow]:
        """Challenges whose final results are still to come (and whose chat isn't blocked)."""
        async with self.pool.acquire() as con:
            rows = await con.fetch(
                _CHALLENGE_SELECT + "WHERE NOT EXISTS (SELECT 1 FROM challenge_posts p "
                "WHERE p.challenge_id = c.id AND (p.status = 'blocked' OR (p.kind = 'results' "
                "AND NOT (p.status = 'failed' AND p.attempts < $1)))) ORDER BY c.id",
                POST_ATTEMPTS,
            )
        return [_challenge(r) for r in rows]

    async def claim_post(self, challenge_id: int, kind: str, period: str, now: datetime) -> bool:
        """Atomically take the right to send one post, across processes; False if it was taken (or
        sent) already. A post whose send failed transiently can be claimed again, POST_ATTEMPTS times.
        """
        async with self.pool.acquire() as con:
            status = await con.execute(
                "INSERT INTO challenge_posts (challenge_id, kind, period, claimed_at) "
                "VALUES ($1, $2, $3, $4) "
                "ON CONFLICT (challenge_id, kind, period) DO UPDATE SET status = 'claimed', "
                "attempts = challenge_posts.attempts + 1, claimed_at = excluded.claimed_at, done_at = NULL "
                "WHERE challenge_posts.status = 'failed' AND challenge_posts.attempts < $5",
                challenge_id,
                kind,
                period,
                now,
                POST_ATTEMPTS,
            )
        return affected(status) == 1

    async def finish_post(
        self, challenge_id: int, kind: str, period: str, status: str, now: datetime
    ) -> None:
        """Record how a claimed post went: "sent", "failed" (may be retried) or "blocked"."""
        async with self.pool.acquire() as con:
            await con.execute(
                "UPDATE challenge_posts SET status = $1, done_at = $2 "
                "WHERE challenge_id = $3 AND kind = $4 AND period = $5",
                status,
                now,
                challenge_id,
                kind,
                period,
            )

    async def post_status(self, challenge_id: int, kind: str, period: str) -> str | None:
        async with self.pool.acquire() as con:
            return await con.fetchval(
                "SELECT status FROM challenge_posts WHERE challenge_id = $1 AND kind = $2 AND period = $3",
                challenge_id,
                kind,
                period,
            )


async def _recount(con: asyncpg.Connection, c: Rules | ChallengeRow, user_id: int) -> None:
    """Rebuild one member's score from their live entries (the member's row locked first)."""
    locked = await con.fetchval(
        "SELECT 1 FROM challenge_members WHERE challenge_id = $1 AND user_id = $2 FOR UPDATE", c.id, user_id
    )
    if locked is None:
        return
    found = await con.fetch(
        "SELECT day, logged_at, session_id FROM challenge_entries "
        "WHERE challenge_id = $1 AND user_id = $2 AND session_id IS NOT NULL",
        c.id,
        user_id,
    )
    entries = [(r[0].isoformat(), iso(r[1]), r[2]) for r in found]
    score = score_entries(entries, c.kind, c.goal, c.start, c.weeks, c.max_per_day)
    reached = datetime.fromisoformat(score.reached_at) if score.reached_at else None
    await con.execute(
        "UPDATE challenge_members SET sessions = $1, weeks_met = $2, score = $3, reached_at = $4 "
        "WHERE challenge_id = $5 AND user_id = $6",
        score.sessions,
        score.weeks_met,
        score.weeks_met if c.kind == "weekly" else score.sessions,
        reached,
        c.id,
        user_id,
    )
    if c.kind == "weekly":
        await con.execute(
            "DELETE FROM challenge_weeks WHERE challenge_id = $1 AND user_id = $2", c.id, user_id
        )
        if score.weeks:
            await con.execute(
                "INSERT INTO challenge_weeks (challenge_id, user_id, week, sessions) "
                "SELECT $1, $2, w, n FROM unnest($3::int[], $4::int[]) AS v(w, n)",
                c.id,
                user_id,
                list(score.weeks),
                list(score.weeks.values()),
            )


async def _this_week(
    con: asyncpg.Connection, c: ChallengeRow, today: date, users: list[int] | None
) -> dict[int, int]:
    """Weekly challenges: counted sessions in the current week, for some users (None: all)."""
    if c.kind != "weekly" or users == []:
        return {}
    sql = "SELECT user_id, sessions FROM challenge_weeks WHERE challenge_id = $1 AND week = $2"
    params: list[object] = [c.id, c.week_of(today)]
    if users is not None:
        sql += " AND user_id = ANY($3::bigint[])"
        params.append(users)
    return {r[0]: r[1] for r in await con.fetch(sql, *params)}


def _board_row(r: asyncpg.Record, this_week: dict[int, int]) -> BoardRow:
    reached = iso(r[4]) if r[4] is not None else None
    return BoardRow(r[0], r[1], r[2], r[3], reached, r[5], this_week.get(r[0], 0))


async def _fetch_challenge(con: asyncpg.Connection, challenge_id: int | None) -> ChallengeRow | None:
    row = await con.fetchrow(_CHALLENGE_SELECT + "WHERE c.id = $1", challenge_id)
    return _challenge(row) if row else None


def _rules(row: asyncpg.Record) -> Rules:
    return Rules(
        id=row["id"],
        kind=row["kind"],
        goal=row["goal"],
        weeks=row["weeks"],
        start=row["start_date"],
        end=row["end_date"],
        tz=row["tz"],
        max_per_day=row["max_per_day"],
        late_days=row["late_days"],
    )


def _challenge(row: asyncpg.Record) -> ChallengeRow:
    rules = _rules(row)
    return ChallengeRow(
        **{f.name: getattr(rules, f.name) for f in fields(Rules)},
        chat_id=row["chat_id"],
        platform=row["chat_platform"],
        platform_chat_id=row["chat_pid"],
        name=row["name"],
        created_at=row["created_at"],
        ended_at=row["ended_at"],
        members=row["member_count"],
    )
