"""Running-club challenges (members, counted entries, posts), written once for both stores.
A session counts on its ``local_date`` inside [start, end], unless logged more than ``late_days``
after it (``on_time``); sessions logged before joining are added at join; /undo leaves a tombstone
entry that the next board read drops. Scores live on challenge_members (recounted by the pure
``score_entries``), each recount with the member's row locked (``FOR UPDATE``, in id order)."""

from __future__ import annotations

from datetime import date, datetime

from bot.store.sql.dialect import Conn, Row, as_row, day, ts, values
from bot.store.sql.sessions import SessionsStore
from handlers.challenge_rules import label_ranks, on_time, score_entries
from handlers.outcomes import JoinOutcome, PostStatus
from handlers.store import (
    BoardPage,
    BoardRow,
    ChallengeRow,
    MemberRow,
    NewChallenge,
    Rules,
    SessionRow,
    utc_stamp,
)

POST_ATTEMPTS = 3  # a digest or result whose send failed (not blocked) is retried this often
_RULES = 'c.*, c.start_date AS start, c.end_date AS "end"'
SELECT = f"SELECT {_RULES}, ch.platform, ch.platform_chat_id, (SELECT COUNT(*) FROM challenge_members m WHERE m.challenge_id = c.id) AS members FROM challenges c JOIN chats ch ON ch.id = c.chat_id "
# The ranking, in one place (handlers.challenge_rules.rank_key in Python): score high to low; who reached it
# first (no time first); name with ASCII letters folded, compared bytewise; user id.
ORDER = " ORDER BY m.score DESC, m.reached_at NULLS FIRST, {fold:u.display_name}, m.user_id"
BOARD = "SELECT m.user_id, u.platform_user_id, u.display_name, m.sessions, m.reached_at, m.weeks_met, m.score FROM challenge_members m JOIN users u ON u.id = m.user_id WHERE m.challenge_id = :c"
CREATE = "INSERT INTO challenges (chat_id, name, kind, goal, weeks, start_date, end_date, tz, max_per_day, late_days, created_by, created_at) VALUES (:chat, :name, :kind, :goal, :weeks, :start, :end, :tz, :max_per_day, :late_days, :by, :now) RETURNING id"
END = "UPDATE challenges SET ended_at = :now, end_date = GREATEST(start_date, LEAST(end_date, :today)) WHERE id = :id AND ended_at IS NULL"
ENTRY = "INSERT INTO challenge_entries (challenge_id, user_id, session_id, day, logged_at) VALUES (:c, :u, :s, :day, :at) ON CONFLICT DO NOTHING"
MEMBERS = "SELECT u.id, u.platform_user_id, u.display_name FROM challenge_members m JOIN users u ON u.id = m.user_id WHERE m.challenge_id = :c ORDER BY m.joined_at, u.id"
JOIN = "INSERT INTO challenge_members (challenge_id, user_id, joined_at) VALUES (:c, :u, :now) ON CONFLICT DO NOTHING"
REMOVED = "INSERT INTO challenge_removed (challenge_id, user_id, removed_at) VALUES (:c, :u, :now) ON CONFLICT DO NOTHING"
MEMBER_KEY = "WHERE challenge_id = :c AND user_id = :u"
MEMBER = "FROM challenge_members " + MEMBER_KEY
RESULTS_SENT = "INSERT INTO challenge_posts (challenge_id, kind, period, status, claimed_at, done_at) VALUES (:c, 'results', '', 'sent', :now, :now) ON CONFLICT DO NOTHING"
# A linked account's sessions are its person's (account_links).
SESSIONS_IN = "SELECT id, logged_at, local_date FROM sessions WHERE user_id = COALESCE((SELECT person_id FROM account_links WHERE account_id = :u), :u) AND local_date BETWEEN :a AND :b"
# The runner's places: its own and its linked accounts' (each in its own chat), locked in order.
PLACES = f"SELECT {_RULES}, m.user_id AS member FROM challenge_members m JOIN challenges c ON c.id = m.challenge_id WHERE (m.user_id = :u OR m.user_id IN (SELECT account_id FROM account_links WHERE person_id = :u)) AND c.start_date <= :day AND c.end_date >= :day ORDER BY c.id, m.user_id {{for_update OF m}}"
STATS = "SELECT COUNT(*), COALESCE(SUM(sessions), 0), COUNT(*) FILTER (WHERE score >= :fin) FROM challenge_members WHERE challenge_id = :c"
ABOVE = "SELECT COUNT(*) FILTER (WHERE score > :s), COUNT(*) FILTER (WHERE score = :s) FROM challenge_members WHERE challenge_id = :c AND score >= :s"
TO_POST = f"{SELECT}WHERE NOT EXISTS (SELECT 1 FROM challenge_posts p WHERE p.challenge_id = c.id AND (p.status = 'blocked' OR (p.kind = 'results' AND NOT (p.status = 'failed' AND p.attempts < :n)))) ORDER BY c.id"
CLAIM_POST = "INSERT INTO challenge_posts (challenge_id, kind, period, claimed_at) VALUES (:c, :kind, :period, :now) ON CONFLICT (challenge_id, kind, period) DO UPDATE SET status = 'claimed', attempts = challenge_posts.attempts + 1, claimed_at = excluded.claimed_at, done_at = NULL WHERE challenge_posts.status = 'failed' AND challenge_posts.attempts < :n"
POST = "WHERE challenge_id = :c AND kind = :kind AND period = :period"
FINISH_POST = f"UPDATE challenge_posts SET status = :status, done_at = :now {POST}"
SCORE = "UPDATE challenge_members SET sessions = :n, weeks_met = :w, score = :score, reached_at = :at WHERE challenge_id = :c AND user_id = :u"
LIVE_ENTRIES = "SELECT day, logged_at, session_id FROM challenge_entries WHERE challenge_id = :c AND user_id = :u AND session_id IS NOT NULL"
PAST_END = "DELETE FROM challenge_entries WHERE challenge_id = :c AND day > :end RETURNING user_id"
WEEK = "INSERT INTO challenge_weeks (challenge_id, user_id, week, sessions) VALUES (:c, :u, :w, :n)"


def _stamp(v: object) -> str:
    """A timestamp column as the port's text (utc_stamp): SQLite stores that text already."""
    return v if isinstance(v, str) else utc_stamp(v)  # type: ignore[arg-type]


class ChallengesStore(SessionsStore):
    async def create_challenge(
        self, chat_id: int, created_by: int | None, c: NewChallenge, now: datetime
    ) -> ChallengeRow:
        async with self.sql_tx() as con:
            new_id = await con.fetchval(CREATE, chat=chat_id, by=created_by, now=now, **vars(c))
            row = await _fetch(con, new_id)
        assert row is not None
        return row

    async def get_challenge(self, challenge_id: int) -> ChallengeRow | None:
        async with self.sql_read() as con:
            return await _fetch(con, challenge_id)

    async def chat_challenges(self, chat_id: int) -> list[ChallengeRow]:
        """Every challenge of a chat, newest first."""
        rows = await self.sql_fetch(SELECT + "WHERE c.chat_id = :chat ORDER BY c.id DESC", chat=chat_id)
        return [as_row(ChallengeRow, r) for r in rows]

    async def rename_challenge(self, challenge_id: int, name: str) -> bool:
        sql = "UPDATE challenges SET name = :n WHERE id = :id"
        return await self.sql_exec(sql, n=name, id=challenge_id) == 1

    async def end_challenge(self, challenge_id: int, today: date, now: datetime) -> bool:
        """End a running challenge today (today's sessions still count); its results count as
        posted (the caller shows them in its reply)."""
        async with self.sql_tx() as con:
            if await con.execute(END, now=now, today=today, id=challenge_id) != 1:
                return False
            c = await _fetch(con, challenge_id)
            assert c is not None
            later = await con.fetch(PAST_END, c=challenge_id, end=c.end)
            for user_id in sorted({r["user_id"] for r in later}):
                await _recount(con, c, user_id)
            await con.execute(RESULTS_SENT, c=challenge_id, now=now)
        return True

    async def delete_challenge(self, challenge_id: int) -> bool:
        return await self.sql_exec("DELETE FROM challenges WHERE id = :id", id=challenge_id) == 1

    async def join_challenge(
        self, challenge_id: int, user_id: int, today: date, now: datetime
    ) -> JoinOutcome:
        """Join and count the member's earlier sessions in the window."""
        ids = {"c": challenge_id, "u": user_id}
        async with self.sql_tx() as con:
            c = await _fetch(con, challenge_id)
            if c is None:
                return JoinOutcome.MISSING
            if c.finished(today):
                return JoinOutcome.FINISHED
            if await con.fetchval("SELECT 1 FROM challenge_removed " + MEMBER_KEY, **ids):
                return JoinOutcome.REMOVED
            if await con.execute(JOIN, now=now, **ids) != 1:
                return JoinOutcome.ALREADY
            found = await con.fetch(SESSIONS_IN, u=user_id, a=c.start, b=c.end)
            counted = [(ts(s["logged_at"]), day(s["local_date"]), s["id"]) for s in found]
            kept = [(at, d, i) for at, d, i in counted if on_time(at, d, c.zone, c.late_days)]
            await con.executemany(ENTRY, [{"s": i, "day": d, "at": at, **ids} for at, d, i in kept])
            await _recount(con, c, user_id)
        return JoinOutcome.JOINED

    async def leave_challenge(self, challenge_id: int, user_id: int) -> bool:
        """Leave a board: the member's entries go with the membership."""
        return await self.sql_exec("DELETE " + MEMBER, c=challenge_id, u=user_id) == 1

    async def remove_member(self, challenge_id: int, user_id: int, now: datetime) -> bool:
        """An admin takes a member (and all their entries) off a board; they can't join it again."""
        async with self.sql_tx() as con:
            if await con.execute("DELETE " + MEMBER, c=challenge_id, u=user_id) != 1:
                return False
            await con.execute(REMOVED, c=challenge_id, u=user_id, now=now)
        return True

    async def member_sessions(self, challenge_id: int, user_id: int) -> int:
        """A member's counted sessions (0 if not a member)."""
        row = await self.sql_first("SELECT sessions " + MEMBER, c=challenge_id, u=user_id)
        return int(row["sessions"] or 0) if row else 0

    async def challenge_members(self, challenge_id: int) -> list[MemberRow]:
        return [MemberRow(*values(r)) for r in await self.sql_fetch(MEMBERS, c=challenge_id)]

    async def on_session_insert(self, c: Conn, row: SessionRow) -> None:
        await super().on_session_insert(c, row)
        for r in await c.fetch(PLACES, u=row.user_id, day=row.local_date):
            rules = as_row(Rules, r)
            if on_time(row.logged_at, row.local_date, rules.zone, rules.late_days):
                at = {"day": row.local_date, "at": row.logged_at}
                if await c.execute(ENTRY, c=rules.id, u=r["member"], s=row.id, **at) == 1:
                    await _recount(c, rules, r["member"])

    async def board(self, c: ChallengeRow, today: date) -> list[BoardRow]:
        """Every member with their score, in ranking order (label them with label_ranks)."""
        await self._drop_tombstones(c)
        async with self.sql_read() as con:
            rows = await con.fetch(BOARD + ORDER, c=c.id)
            this_week = await _this_week(con, c, today, None)
        return [_board_row(r, this_week) for r in rows]

    async def board_page(self, c: ChallengeRow, today: date, limit: int, me: int | None = None) -> BoardPage:
        """The first `limit` ranked members and the caller's rank, without reading the whole board."""
        await self._drop_tombstones(c)
        # One snapshot: the top, the totals and the caller's rank agree while others record sessions.
        async with self.sql_snapshot() as con:
            found = await con.fetch(BOARD + ORDER + " LIMIT :n", c=c.id, n=limit + 1)
            stats = await con.fetchrow(STATS, fin=c.finish_score, c=c.id)
            mine = None if me is None else await con.fetchrow(BOARD + " AND m.user_id = :me", c=c.id, me=me)
            me_label = None
            if mine is not None and all(r["user_id"] != me for r in found[:limit]):
                counts = await con.fetchrow(ABOVE, s=mine["score"], c=c.id)
                above, same = values(counts)[:2] if counts else (0, 1)
                me_label = f"={above + 1}" if same > 1 else str(above + 1)
            users = [r["user_id"] for r in found] + ([me] if me is not None else [])
            this_week = await _this_week(con, c, today, users)
        top = label_ranks([_board_row(r, this_week) for r in found], c.kind)[:limit]
        # the group of the last row shown may go on past the rows fetched: label_ranks saw one more
        me_row: tuple[str, BoardRow] | None = None
        if mine is not None:
            me_row = next(((label, r) for label, r in top if r.user_id == me), None)
            if me_row is None and me_label is not None:
                me_row = (me_label, _board_row(mine, this_week))
        assert stats is not None
        members, sessions, finishers = values(stats)
        return BoardPage(top=top, me=me_row, members=members, sessions=sessions, finishers=finishers)

    async def _drop_tombstones(self, c: ChallengeRow) -> None:
        """Entries whose session was deleted (/undo): remove them and recount those members."""
        where = "FROM challenge_entries WHERE challenge_id = :c AND session_id IS NULL"
        if await self.sql_first(f"SELECT 1 {where} LIMIT 1", c=c.id) is None:
            return
        async with self.sql_tx() as con:
            gone = await con.fetch(f"DELETE {where} RETURNING user_id", c=c.id)
            for user_id in sorted({r["user_id"] for r in gone}):
                await _recount(con, c, user_id)

    async def challenges_to_post(self) -> list[ChallengeRow]:
        """Challenges whose final results are still to come (and whose chat isn't blocked)."""
        return [as_row(ChallengeRow, r) for r in await self.sql_fetch(TO_POST, n=POST_ATTEMPTS)]

    async def claim_post(self, challenge_id: int, kind: str, period: str, now: datetime) -> bool:
        """Take the right to send one post, across processes; False if it was taken (or sent).
        A post whose send failed transiently can be claimed again, POST_ATTEMPTS times."""
        post = {"c": challenge_id, "kind": kind, "period": period}
        return await self.sql_exec(CLAIM_POST, now=now, n=POST_ATTEMPTS, **post) == 1

    async def finish_post(
        self, challenge_id: int, kind: str, period: str, status: PostStatus, now: datetime
    ) -> None:
        """Record how a claimed post went (FAILED may be retried)."""
        post = {"c": challenge_id, "kind": kind, "period": period}
        await self.sql_exec(FINISH_POST, status=status, now=now, **post)

    async def post_status(self, challenge_id: int, kind: str, period: str) -> str | None:
        post = {"c": challenge_id, "kind": kind, "period": period}
        row = await self.sql_first(f"SELECT status FROM challenge_posts {POST}", **post)
        return row["status"] if row else None


async def _recount(con: Conn, c: Rules | ChallengeRow, user_id: int) -> None:
    """Rebuild one member's score from their live entries (the member's row locked first)."""
    ids = {"c": c.id, "u": user_id}
    if await con.fetchval("SELECT 1 " + MEMBER + " {for_update}", **ids) is None:
        return
    found = await con.fetch(LIVE_ENTRIES, **ids)
    entries = [(day(r["day"]).isoformat(), _stamp(r["logged_at"]), r["session_id"]) for r in found]
    s = score_entries(entries, c.kind, c.goal, c.start, c.weeks, c.max_per_day)
    at = datetime.fromisoformat(s.reached_at) if s.reached_at else None
    score = s.weeks_met if c.kind == "weekly" else s.sessions
    await con.execute(SCORE, n=s.sessions, w=s.weeks_met, score=score, at=at, **ids)
    if c.kind == "weekly":
        await con.execute("DELETE FROM challenge_weeks " + MEMBER_KEY, **ids)
        await con.executemany(WEEK, [{"w": w, "n": n, **ids} for w, n in s.weeks.items()])


async def _this_week(con: Conn, c: ChallengeRow, today: date, users: list[int] | None) -> dict[int, int]:
    """Weekly challenges: counted sessions in the current week, for some users (None: all)."""
    if c.kind != "weekly" or users == []:
        return {}
    sql = "SELECT user_id, sessions FROM challenge_weeks WHERE challenge_id = :c AND week = :w"
    sql += " AND user_id IN (:users)" if users is not None else ""
    rows = await con.fetch(sql, c=c.id, w=c.week_of(today), users=users)
    return {r["user_id"]: r["sessions"] for r in rows}


def _board_row(r: Row, this_week: dict[int, int]) -> BoardRow:
    uid, pid, name, sessions, at, weeks_met = values(r)[:6]
    stamp = None if at is None else _stamp(at)
    return BoardRow(uid, pid, name, sessions, stamp, weeks_met, this_week.get(uid, 0))


async def _fetch(con: Conn, challenge_id: int | None) -> ChallengeRow | None:
    row = await con.fetchrow(SELECT + "WHERE c.id = :id", id=challenge_id)
    return as_row(ChallengeRow, row) if row else None
