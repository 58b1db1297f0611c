"""The asyncpg pool, migrations under an advisory lock, users and chats. Only this package holds
PostgreSQL SQL; every value goes in as a bound parameter ($1, $2, ...), never formatted in."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta

import asyncpg

from bot.config import redact_url
from bot.store.common import (
    HANDLED_KEEP,
    LINKED_USER_SELECT,
    UPDATE_BUSY,
    UPDATE_DONE,
    UPDATE_NEW,
    SchemaTooNew,
    read_migrations,
)
from bot.store.sql.conns import PostgresConn
from handlers.store import ChatRow, UserRow, utc_stamp

log = logging.getLogger(__name__)

# pg_advisory_lock key for migrations: any constant shared by every Legwork process ("LEGWORK").
MIGRATION_LOCK = 0x4C4547574F524B
POOL_MAX = 10


def migrations() -> list[tuple[int, str, str]]:
    """(number, name, sql) of every PostgreSQL migration shipped, in order."""
    return read_migrations("bot.store.postgres")


iso = utc_stamp  # the port's text form of an instant (claim stamps, board times)


FOREIGN_KEY_VIOLATION = "23503"


def clean(text: str) -> str:
    """PostgreSQL text can't hold NUL; the platforms' own strings (names) could carry one."""
    return text.replace("\x00", "") if "\x00" in text else text


def affected(status: str) -> int:
    """Rows touched, from asyncpg's command tag ("INSERT 0 1", "UPDATE 3", "DELETE 0")."""
    tail = status.rsplit(" ", 1)[-1]
    return int(tail) if tail.isdigit() else 0


class CoreStore:
    """Owns the asyncpg pool. Each method takes a connection for one statement or one transaction.

    Unlike the SQLite store there is no per-process cache of users: another process may have
    changed a user's name or time zone, and a primary-key read costs one round trip.
    """

    def __init__(self, dsn: str, *, pool_max: int = POOL_MAX) -> None:
        self.dsn = dsn
        self.pool_max = pool_max
        self._pool: asyncpg.Pool | None = None

    def __repr__(self) -> str:
        return f"PostgresStore({redact_url(self.dsn)!r})"

    async def open(self) -> None:
        self._pool = await asyncpg.create_pool(
            self.dsn,
            min_size=1,
            max_size=self.pool_max,
            server_settings={"timezone": "UTC"},
            reset=_keep_session,
        )
        try:
            await self.migrate()
        except BaseException:
            await self.close()
            raise

    async def close(self) -> None:
        if self._pool is not None:
            pool, self._pool = self._pool, None
            await pool.close()

    async def __aenter__(self) -> CoreStore:
        await self.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def pool(self) -> asyncpg.Pool:
        if self._pool is None:
            raise RuntimeError("store is not open")
        return self._pool

    def row_gone(self, exc: BaseException) -> bool:
        """A foreign key violated (SQLSTATE 23503): a row the write referred to is gone."""
        return getattr(exc, "sqlstate", None) == FOREIGN_KEY_VIOLATION

    @asynccontextmanager
    async def tx(self) -> AsyncIterator[asyncpg.Connection]:
        """A transaction (READ COMMITTED); rolled back if the block raises."""
        async with self.pool.acquire() as con, con.transaction():
            yield con

    @asynccontextmanager
    async def sql_tx(self) -> AsyncIterator[PostgresConn]:
        """A transaction for the queries written once (bot/store/sql/)."""
        async with self.tx() as con:
            yield PostgresConn(con)

    @asynccontextmanager
    async def sql_read(self) -> AsyncIterator[PostgresConn]:
        async with self.pool.acquire() as con:
            yield PostgresConn(con)

    async def schema_version(self) -> int:
        async with self.pool.acquire() as con:
            exists = await con.fetchval("SELECT to_regclass('legwork_schema') IS NOT NULL")
            if not exists:
                return 0
            return int(await con.fetchval("SELECT COALESCE(MAX(version), 0) FROM legwork_schema"))

    async def migrate(self) -> int:
        """Apply every migration newer than the database's, once, however many processes start.

        A session-level advisory lock serialises the processes: the first applies the migrations,
        the others wait on the lock and then find nothing left to do.
        """
        shipped = migrations()
        latest = shipped[-1][0]
        async with self.pool.acquire() as con:
            await con.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK)
            try:
                await con.execute(
                    "CREATE TABLE IF NOT EXISTS legwork_schema (version integer PRIMARY KEY, "
                    "name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"
                )
                current = int(await con.fetchval("SELECT COALESCE(MAX(version), 0) FROM legwork_schema"))
                if current > latest:
                    raise SchemaTooNew(
                        f"database {redact_url(self.dsn)} has schema {current}, but this Legwork knows only "
                        f"up to {latest}: upgrade Legwork or point [bot] database elsewhere"
                    )
                for number, name, sql in shipped:
                    if number <= current:
                        continue
                    async with con.transaction():
                        await con.execute(sql)  # no arguments: the simple protocol runs a whole script
                        await con.execute(
                            "INSERT INTO legwork_schema (version, name) VALUES ($1, $2)", number, name
                        )
                    log.info("applied PostgreSQL migration %s", name)
            finally:
                await con.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK)
        return latest

    async def integrity_ok(self) -> bool:
        async with self.pool.acquire() as con:
            return bool(await con.fetchval("SELECT true"))

    # --- users and chats -------------------------------------------------------------------

    async def ensure_user(
        self, platform: str, platform_user_id: str, display_name: str, now: datetime
    ) -> UserRow:
        """The user's row, created on first contact; the display name follows the platform's."""
        name = clean(display_name[:64])
        async with self.pool.acquire() as con:
            row = await con.fetchrow(_USER_SQL, platform, clean(platform_user_id))
            if row is not None and (not name or row["display_name"] == name):
                return _linked_user(row)
            await con.fetchrow(
                "INSERT INTO users (platform, platform_user_id, display_name, created_at) "
                "VALUES ($1, $2, $3, $4) ON CONFLICT (platform, platform_user_id) "
                "DO UPDATE SET display_name = CASE WHEN excluded.display_name <> '' "
                "THEN excluded.display_name ELSE users.display_name END RETURNING *",
                platform,
                clean(platform_user_id),
                name,
                now,
            )
            row = await con.fetchrow(_USER_SQL, platform, clean(platform_user_id))
        assert row is not None
        return _linked_user(row)

    async def first_handling(self, platform: str, message_key: str, now: datetime) -> bool:
        """Claim a platform message for a command that must not run twice, across processes; False
        if it was claimed before. Claims older than two days are pruned."""
        async with self.tx() as con:
            await con.execute("DELETE FROM handled_messages WHERE handled_at < $1", now - HANDLED_KEEP)
            status = await con.execute(
                "INSERT INTO handled_messages (platform, message_key, handled_at) VALUES ($1, $2, $3) "
                "ON CONFLICT DO NOTHING",
                platform,
                clean(message_key),
                now,
            )
        return affected(status) == 1

    async def handled_before(self, platform: str, message_key: str) -> bool:
        """Whether ``first_handling`` recorded this key (the adapters record handled updates as
        "update:<id>" there too)."""
        async with self.pool.acquire() as con:
            found = await con.fetchval(
                "SELECT 1 FROM handled_messages WHERE platform = $1 AND message_key = $2",
                platform,
                clean(message_key),
            )
        return found is not None

    async def claim_update(self, platform: str, update_id: int, now: datetime, lease_seconds: float) -> str:
        """Take an incoming update for handling, across processes: "new" (handle it, then
        finish_update), "done" (handled before: acknowledge it) or "busy" (another process claimed
        it within its lease and may still be handling it: ask for a later delivery)."""
        async with self.pool.acquire() as con:
            if update_id % 256 == 0:  # prune now and then, not on every update
                await con.execute("DELETE FROM handled_updates WHERE claimed_at < $1", now - HANDLED_KEEP)
            won = await con.fetchval(
                "INSERT INTO handled_updates (platform, update_id, claimed_at) VALUES ($1, $2, $3) "
                "ON CONFLICT (platform, update_id) DO UPDATE SET claimed_at = excluded.claimed_at "
                "WHERE handled_updates.done_at IS NULL AND handled_updates.claimed_at < $4 RETURNING true",
                platform,
                update_id,
                now,
                now - timedelta(seconds=lease_seconds),
            )
            if won:
                return UPDATE_NEW
            done = await con.fetchval(
                "SELECT done_at IS NOT NULL FROM handled_updates WHERE platform = $1 AND update_id = $2",
                platform,
                update_id,
            )
        return UPDATE_DONE if done else UPDATE_BUSY

    async def finish_update(self, platform: str, update_id: int, now: datetime, handled: bool) -> None:
        """Mark a claimed update handled, or (handled=False) release it for the next delivery."""
        async with self.pool.acquire() as con:
            if handled:
                await con.execute(
                    "UPDATE handled_updates SET done_at = $1 WHERE platform = $2 AND update_id = $3",
                    now,
                    platform,
                    update_id,
                )
            else:
                await con.execute(
                    "DELETE FROM handled_updates WHERE platform = $1 AND update_id = $2 AND done_at IS NULL",
                    platform,
                    update_id,
                )

    async def get_user(self, platform: str, platform_user_id: str) -> UserRow | None:
        """The account's row as ensure_user gives it (a linked account acts as its person)."""
        async with self.pool.acquire() as con:
            row = await con.fetchrow(_USER_SQL, platform, clean(platform_user_id))
        return _linked_user(row) if row else None

    async def set_user_tz(self, user_id: int, tz: str) -> None:
        async with self.tx() as con:
            await con.execute("UPDATE users SET tz = $1 WHERE id = $2", tz, user_id)
            await self._replan_owner(con, "user_id", user_id)

    async def delete_user(self, user_id: int) -> None:
        """Remove a user and, by cascade, everything stored about them."""
        async with self.pool.acquire() as con:
            await con.execute("DELETE FROM users WHERE id = $1", user_id)

    async def ensure_chat(
        self, platform: str, platform_chat_id: str, is_private: bool, now: datetime
    ) -> ChatRow:
        async with self.pool.acquire() as con:
            row = await con.fetchrow(
                "INSERT INTO chats (platform, platform_chat_id, is_private, created_at) "
                "VALUES ($1, $2, $3, $4) ON CONFLICT (platform, platform_chat_id) "
                "DO UPDATE SET is_private = chats.is_private RETURNING *",
                platform,
                clean(platform_chat_id),
                is_private,
                now,
            )
        assert row is not None
        return _chat(row)

    async def find_chat(self, platform: str, platform_chat_id: str) -> ChatRow | None:
        """A chat row without creating it (handlers validate input before writing anything)."""
        async with self.pool.acquire() as con:
            row = await con.fetchrow(
                "SELECT * FROM chats WHERE platform = $1 AND platform_chat_id = $2",
                platform,
                clean(platform_chat_id),
            )
        return _chat(row) if row else None

    async def get_chat_by_id(self, chat_id: int) -> ChatRow | None:
        async with self.pool.acquire() as con:
            row = await con.fetchrow("SELECT * FROM chats WHERE id = $1", chat_id)
        return _chat(row) if row else None

    async def set_chat_tz(self, chat_id: int, tz: str) -> None:
        async with self.tx() as con:
            await con.execute("UPDATE chats SET tz = $1 WHERE id = $2", tz, chat_id)
            await self._replan_owner(con, "chat_id", chat_id)

    async def _replan_owner(self, con: asyncpg.Connection, owner_col: str, owner: int) -> None:
        """Hook: a time-zone change re-plans the owner's schedule (see the reminders part)."""


async def _keep_session(con: asyncpg.Connection) -> None:
    """Skip asyncpg's reset query on every release (a round trip each time): this store leaves no
    session state behind (no LISTEN, no cursors outside transactions, the migration lock released)."""


_USER_SQL = LINKED_USER_SELECT + "WHERE a.platform = $1 AND a.platform_user_id = $2"


def _linked_user(row: asyncpg.Record) -> UserRow:
    account, person = row["id"], row["pid"]
    return UserRow(
        id=person,
        platform=row["platform"],
        platform_user_id=row["platform_user_id"],
        display_name=row["display_name"],
        tz=row["ptz"],
        created_at=row["pcreated"],
        account_id=account if account != person else None,
    )


def _chat(row: asyncpg.Record) -> ChatRow:
    return ChatRow(
        id=row["id"],
        platform=row["platform"],
        platform_chat_id=row["platform_chat_id"],
        is_private=row["is_private"],
        tz=row["tz"],
    )
