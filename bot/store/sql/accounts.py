"""Users, chats and the ledgers of handled messages and updates, written once for both stores."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.store.sql.base import SqlBase
from bot.store.sql.dialect import Row, as_row
from handlers.outcomes import UpdateClaim
from handlers.store import ChatRow, UserRow

HANDLED_KEEP = timedelta(days=2)  # Telegram keeps unconfirmed updates for 24 hours
# claim_update's answers: handle it now / it was handled / another process is handling it now
UPDATE_NEW, UPDATE_DONE, UPDATE_BUSY = UpdateClaim.NEW, UpdateClaim.DONE, UpdateClaim.BUSY
REPLAN_NOW = datetime.fromisoformat("1970-01-01T00:00:00+00:00")  # due at once; a tick re-plans it

# An account and, when it is linked (account_links), its person: whose id, zone and start it takes.
USER = "SELECT COALESCE(p.id, a.id) AS id, a.platform, a.platform_user_id, a.display_name, CASE WHEN p.id IS NULL THEN a.tz ELSE p.tz END AS tz, COALESCE(p.created_at, a.created_at) AS created_at, CASE WHEN p.id IS NULL THEN NULL ELSE a.id END AS account_id FROM users a LEFT JOIN account_links l ON l.account_id = a.id LEFT JOIN users p ON p.id = l.person_id WHERE a.platform = :p AND a.platform_user_id = :pid"
UPSERT_USER = "INSERT INTO users (platform, platform_user_id, display_name, created_at) VALUES (:p, :pid, :name, :now) ON CONFLICT (platform, platform_user_id) DO UPDATE SET display_name = CASE WHEN excluded.display_name <> '' THEN excluded.display_name ELSE users.display_name END RETURNING *, (SELECT person_id FROM account_links WHERE account_id = users.id) AS person"
REPLAN = "UPDATE reminder_schedules SET next_fire = :now, replan = TRUE WHERE {col} = :id AND next_fire IS NOT NULL"
UPSERT_CHAT = "INSERT INTO chats (platform, platform_chat_id, is_private, created_at) VALUES (:p, :pid, :private, :now) ON CONFLICT (platform, platform_chat_id) DO UPDATE SET is_private = chats.is_private RETURNING *"
PRUNE_HANDLED = "DELETE FROM handled_messages WHERE handled_at < :old"
CLAIM_HANDLED = "INSERT INTO handled_messages (platform, message_key, handled_at) VALUES (:p, :key, :now) ON CONFLICT DO NOTHING"
CLAIM_UPDATE = "INSERT INTO handled_updates (platform, update_id, claimed_at) VALUES (:p, :id, :now) ON CONFLICT (platform, update_id) DO UPDATE SET claimed_at = excluded.claimed_at WHERE handled_updates.done_at IS NULL AND handled_updates.claimed_at < :stale RETURNING 1"
UPDATE_KEY = "WHERE platform = :p AND update_id = :id"


def plain_user(row: Row, account_id: int | None = None) -> UserRow:
    return as_row(UserRow, row, account_id=account_id)


class AccountsStore(SqlBase):
    async def ensure_user(
        self, platform: str, platform_user_id: str, display_name: str, now: datetime
    ) -> UserRow:
        """The user's row, created on first contact; the display name follows the platform's."""
        name = display_name[:64]
        cached = self._users.get((platform, platform_user_id))
        if cached is not None and (not name or cached.display_name == name):
            return cached
        if not self.caches_users:  # another process may have written it: read before writing
            row = await self.sql_first(USER, p=platform, pid=platform_user_id)
            if row is not None and (not name or row["display_name"] == name):
                return as_row(UserRow, row)
        row = await self.sql_write(UPSERT_USER, p=platform, pid=platform_user_id, name=name, now=now)
        assert row is not None
        if row["person"] is not None:  # a linked account acts as its person: one more read
            row = await self.sql_first(USER, p=platform, pid=platform_user_id)
            assert row is not None
            return self._remember(as_row(UserRow, row))
        return self._remember(plain_user(row))

    async def get_user(self, platform: str, platform_user_id: str) -> UserRow | None:
        row = await self.sql_first(USER, p=platform, pid=platform_user_id)
        return as_row(UserRow, row) if row else None

    async def set_user_tz(self, user_id: int, tz: str) -> None:
        await self._set_tz("users", "user_id", user_id, tz)

    async def set_chat_tz(self, chat_id: int, tz: str) -> None:
        await self._set_tz("chats", "chat_id", chat_id, tz)

    async def _set_tz(self, table: str, col: str, owner: int, tz: str) -> None:
        """The new zone and, in the same transaction, the owner's schedule re-planned."""
        async with self.sql_tx() as c:
            await c.execute(f"UPDATE {table} SET tz = :tz WHERE id = :id", tz=tz, id=owner)
            await c.execute(REPLAN.format(col=col), now=REPLAN_NOW, id=owner)
        self._forget_users()

    async def delete_user(self, user_id: int) -> None:
        await self.sql_exec("DELETE FROM users WHERE id = :id", id=user_id)  # the rest by cascade
        self._forget_users()

    async def ensure_chat(
        self, platform: str, platform_chat_id: str, is_private: bool, now: datetime
    ) -> ChatRow:
        row = await self.sql_write(UPSERT_CHAT, p=platform, pid=platform_chat_id, private=is_private, now=now)
        assert row is not None
        return as_row(ChatRow, row)

    async def find_chat(self, platform: str, platform_chat_id: str) -> ChatRow | None:
        sql = "SELECT * FROM chats WHERE platform = :p AND platform_chat_id = :pid"
        row = await self.sql_first(sql, p=platform, pid=platform_chat_id)
        return as_row(ChatRow, row) if row else None

    async def get_chat_by_id(self, chat_id: int) -> ChatRow | None:
        row = await self.sql_first("SELECT * FROM chats WHERE id = :id", id=chat_id)
        return as_row(ChatRow, row) if row else None

    async def first_handling(self, platform: str, message_key: str, now: datetime) -> bool:
        """Claim a message for a command that must not run twice (across processes); False if it
        was claimed before. Prunes claims older than HANDLED_KEEP. One trip on SQLite."""
        claim = {"p": platform, "key": message_key, "now": now}
        counts = await self.sql_script((PRUNE_HANDLED, {"old": now - HANDLED_KEEP}), (CLAIM_HANDLED, claim))
        return counts[1] == 1

    async def handled_before(self, platform: str, message_key: str) -> bool:
        sql = "SELECT 1 FROM handled_messages WHERE platform = :p AND message_key = :key"
        return await self.sql_first(sql, p=platform, key=message_key) is not None

    async def claim_update(
        self, platform: str, update_id: int, now: datetime, lease_seconds: float
    ) -> UpdateClaim:
        """ "new" (handle it, then finish_update), "done" (handled before) or "busy" (claimed within
        its lease by a process that may still be handling it)."""
        key = {"p": platform, "id": update_id}
        async with self.sql_tx() as c:
            if update_id % 256 == 0:  # prune now and then, not on every update
                await c.execute("DELETE FROM handled_updates WHERE claimed_at < :old", old=now - HANDLED_KEEP)
            stale = now - timedelta(seconds=lease_seconds)
            if await c.fetchrow(CLAIM_UPDATE, now=now, stale=stale, **key) is not None:
                return UPDATE_NEW
            done = await c.fetchval(f"SELECT done_at FROM handled_updates {UPDATE_KEY}", **key)
        return UPDATE_DONE if done is not None else UPDATE_BUSY

    async def finish_update(self, platform: str, update_id: int, now: datetime, handled: bool) -> None:
        """Mark a claimed update handled, or (handled=False) release it for the next delivery."""
        if handled:
            sql = f"UPDATE handled_updates SET done_at = :now {UPDATE_KEY}"
        else:
            sql = f"DELETE FROM handled_updates {UPDATE_KEY} AND done_at IS NULL"
        await self.sql_exec(sql, now=now, p=platform, id=update_id)
